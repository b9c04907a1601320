// The natives of the `machine` module (`_machine`; the Python part, Pin and ADC, is lib/machine.py, frozen): the
// board's pins, clock, id and resets, as MicroPython's machine module on the rp2 port offers them. Everything goes through the Port, so the same module drives the virtual board and a real chip.
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


}  // namespace

Status init_machine_module(Interpreter& vm) {
    Module* m = TRY(create_module(vm, "_machine"));
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
    return Status::ok();
}

}  // namespace pyco
