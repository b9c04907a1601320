// The `machine` module: the board's pins, clock, id and resets, as MicroPython's machine module on the rp2 port
// offers them. Everything goes through the Port, so the same module drives the virtual board and a real chip.
#include <cerrno>
#include <string>

#include "modules/module_util.h"
#include "modules/modules.h"
#include "objects/objects.h"
#include "ports/port.h"

namespace pyco {

namespace {

// _pin_id(id): the GPIO number for an int or a name ('LED', 'GP5'); ValueError "invalid pin" otherwise.
R<Value> machine_pin_id(Interpreter& vm, Args args) {
    TRY(check_nargs(vm, args, "_pin_id", 1, 1));
    Value id = args.v[0];
    int pin = -1;
    if (is_kind(id, Kind::Str)) {
        pin = vm.port.pin_by_name(as_str(id)->view());
        if (pin < 0) return raise(vm, vm.e_ValueError, "unknown named pin \"%s\"", std::string(as_str(id)->view()).c_str());
    } else if (is_int_value(id)) {
        int64_t n = TRY(index_value(vm, id));
        if (n >= 0 && n < 1024) pin = static_cast<int>(n);
    } else {
        return raise(vm, vm.e_TypeError, "expecting a pin");
    }
    // A pin the board doesn't have fails to read back.
    if (pin < 0 || vm.port.pin_read(pin) == -EINVAL) return raise(vm, vm.e_ValueError, "invalid pin");
    return Value::small_int(pin);
}

R<int> int_arg(Interpreter& vm, Value v) {
    if (v.is_none()) return 0;
    return static_cast<int>(TRY(index_value(vm, v)));
}

// _pin_config(pin, mode, pull): -1 leaves a setting as it is; pull None is no pull.
R<Value> machine_pin_config(Interpreter& vm, Args args) {
    TRY(check_nargs(vm, args, "_pin_config", 3, 3));
    int pin = TRY(int_arg(vm, args.v[0]));
    int mode = TRY(int_arg(vm, args.v[1]));
    int pull = TRY(int_arg(vm, args.v[2]));
    if (mode < -1 || mode > PIN_MODE_ALT) return raise(vm, vm.e_ValueError, "invalid pin mode: %d", mode);
    if (pull < -1 || pull > PIN_PULL_DOWN) return raise(vm, vm.e_ValueError, "invalid pull: %d", pull);
    int r = vm.port.pin_configure(pin, mode, pull);
    if (r < 0) return raise_os_error(vm, -r, Value());
    return Value::none();
}

R<Value> machine_pin_read(Interpreter& vm, Args args) {
    TRY(check_nargs(vm, args, "_pin_read", 1, 1));
    int r = vm.port.pin_read(TRY(int_arg(vm, args.v[0])));
    if (r < 0) return raise_os_error(vm, -r, Value());
    return Value::small_int(r);
}

R<Value> machine_pin_write(Interpreter& vm, Args args) {
    TRY(check_nargs(vm, args, "_pin_write", 2, 2));
    int pin = TRY(int_arg(vm, args.v[0]));
    int r = vm.port.pin_write(pin, TRY(truthy(vm, args.v[1])) ? 1 : 0);
    if (r < 0) return raise_os_error(vm, -r, Value());
    return Value::none();
}

R<Value> machine_adc_read(Interpreter& vm, Args args) {
    TRY(check_nargs(vm, args, "_adc_read", 1, 1));
    int r = vm.port.adc_read_u16(TRY(int_arg(vm, args.v[0])));
    if (r < 0) return raise_os_error(vm, -r, Value());
    return Value::small_int(r);
}

// freq() -> the CPU clock in Hz; freq(hz) sets it.
R<Value> machine_freq(Interpreter& vm, Args args) {
    TRY(check_nargs(vm, args, "freq", 0, 1));
    if (args.n == 0) return make_int(vm, vm.port.cpu_freq());
    int64_t hz = TRY(index_value(vm, args.v[0]));
    if (hz <= 0 || hz > 0xffffffffLL || vm.port.set_cpu_freq(static_cast<uint32_t>(hz)) < 0)
        return raise(vm, vm.e_ValueError, "cannot change frequency");
    return Value::none();
}

R<Value> machine_unique_id(Interpreter& vm, Args args) {
    TRY(check_nargs(vm, args, "unique_id", 0, 0));
    uint8_t buf[32];
    size_t n = vm.port.unique_id(buf, sizeof buf);
    return val(TRY(new_bytes(vm, std::string_view(reinterpret_cast<const char*>(buf), n))));
}

// The resets end the running program with SystemExit; the REPL sees vm.reset_requested and resets the board.
Raised raise_system_exit(Interpreter& vm) {
    R<Value> e = call0(vm, val(vm.e_SystemExit));
    if (e.failed()) return Raised{};
    return raise_value(vm, e.take());
}

R<Value> machine_soft_reset(Interpreter& vm, Args args) {
    TRY(check_nargs(vm, args, "soft_reset", 0, 0));
    vm.reset_requested = 1;
    return raise_system_exit(vm);
}

R<Value> machine_reset(Interpreter& vm, Args args) {
    TRY(check_nargs(vm, args, "reset", 0, 0));
    vm.port.flush_console();
    vm.port.hard_reset();
    vm.reset_requested = 2;
    return raise_system_exit(vm);
}

R<Value> machine_reset_cause(Interpreter& vm, Args args) {
    TRY(check_nargs(vm, args, "reset_cause", 0, 0));
    return Value::small_int(vm.port.reset_cause());
}

R<Value> machine_idle(Interpreter& vm, Args args) {
    TRY(check_nargs(vm, args, "idle", 0, 0));
    vm.port.idle();
    return Value::none();
}

R<Value> machine_disable_irq(Interpreter& vm, Args args) {
    TRY(check_nargs(vm, args, "disable_irq", 0, 0));
    return make_int(vm, vm.port.disable_irq());
}

R<Value> machine_enable_irq(Interpreter& vm, Args args) {
    TRY(check_nargs(vm, args, "enable_irq", 1, 1));
    vm.port.enable_irq(static_cast<uint32_t>(TRY(index_value(vm, args.v[0]))));
    return Value::none();
}

// Pin objects: one per GPIO (Pin(25) is Pin(25), as on MicroPython's rp2 port, where pins are static objects).
constexpr const char* kMachinePy = R"PY(
_pins = {}
_MODES = ('IN', 'OUT', 'OPEN_DRAIN', 'ALT')
_PULLS = (None, 'PULL_UP', 'PULL_DOWN')

class Pin:
    IN = 0
    OUT = 1
    OPEN_DRAIN = 2
    ALT = 3
    PULL_UP = 1
    PULL_DOWN = 2
    IRQ_FALLING = 4
    IRQ_RISING = 8

    def __new__(cls, id, *args, **kwargs):
        n = _pin_id(id)
        p = _pins.get(n)
        if p is None:
            p = object.__new__(cls)
            p._id = n
            p._mode = -1
            p._pull = 0
            _pins[n] = p
        return p

    def __init__(self, id, mode=-1, pull=-1, *, value=None):
        if mode != -1 or pull != -1 or value is not None:
            self.init(mode, pull, value=value)

    def init(self, mode=-1, pull=-1, *, value=None):
        if value is not None:
            _pin_write(self._id, value)
        _pin_config(self._id, mode, pull)
        if mode != -1:
            self._mode = mode
        if pull != -1:
            self._pull = 0 if pull is None else pull

    def value(self, *x):
        if len(x) > 1:
            raise TypeError('function takes at most 1 positional argument')
        if x:
            _pin_write(self._id, x[0])
            return None
        return _pin_read(self._id)

    def __call__(self, *x):
        return self.value(*x)

    def on(self):
        _pin_write(self._id, 1)

    def off(self):
        _pin_write(self._id, 0)

    def high(self):
        _pin_write(self._id, 1)

    def low(self):
        _pin_write(self._id, 0)

    def toggle(self):
        _pin_write(self._id, 1 - _pin_read(self._id))

    def __repr__(self):
        s = 'Pin(GPIO%d' % self._id
        if self._mode >= 0:
            s += ', mode=' + _MODES[self._mode]
        if self._pull:
            s += ', pull=' + _PULLS[self._pull]
        return s + ')'

# ADC(id): a channel 0..4 (4: the temperature sensor), an ADC pin number (26..29) or a Pin.
class ADC:
    CORE_TEMP = 4

    def __init__(self, id):
        if isinstance(id, Pin):
            id = id._id
        elif isinstance(id, str):
            id = _pin_id(id)
        ch = id - 26 if id >= 26 else id
        if not 0 <= ch <= 4:
            raise ValueError('invalid ADC channel')
        self._ch = ch

    def read_u16(self):
        return _adc_read(self._ch)

    def __repr__(self):
        return '<ADC channel=%d>' % self._ch

PWRON_RESET = 1
WDT_RESET = 3
)PY";

}  // namespace

Status init_machine_module(Interpreter& vm) {
    Module* m = TRY(create_module(vm, "machine"));
    TRY(module_add_functions(vm, m,
                             {{"_pin_id", machine_pin_id},
                              {"_pin_config", machine_pin_config},
                              {"_pin_read", machine_pin_read},
                              {"_pin_write", machine_pin_write},
                              {"_adc_read", machine_adc_read},
                              {"freq", machine_freq},
                              {"unique_id", machine_unique_id},
                              {"soft_reset", machine_soft_reset},
                              {"reset", machine_reset},
                              {"reset_cause", machine_reset_cause},
                              {"idle", machine_idle},
                              {"disable_irq", machine_disable_irq},
                              {"enable_irq", machine_enable_irq}}));
    TRY(module_exec(vm, m, kMachinePy));
    return Status::ok();
}

}  // namespace pyco
