"""machine: the board's hardware (MicroPython's module): pins, ADC, clocks, resets. The natives are the C++
module _machine (src/modules/machine.cpp, over the Port's hardware hooks); the Python part is frozen here so that a
microcontroller does not compile it at import."""
from _machine import (_pin_id, _pin_config, _pin_read, _pin_write, _adc_read, freq, unique_id, soft_reset, reset,
                      reset_cause, idle, disable_irq, enable_irq)

# Pin objects: one per GPIO (Pin(25) is Pin(25), as on MicroPython's rp2 port, where pins are static objects).
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
