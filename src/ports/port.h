// The port: the only interface through which the core touches the operating system or the hardware.
#pragma once
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace pyco {

// File open flags understood by Port::open (independent of the OS's values).
enum : int { PORT_READ = 1, PORT_WRITE = 2, PORT_CREATE = 4, PORT_TRUNCATE = 8, PORT_APPEND = 16, PORT_EXCL = 32 };

struct PortStat {
    bool is_dir = false;
    uint64_t size = 0;
    int64_t mtime = 0;
};

// A filesystem's capacity, as os.statvfs reports it.
struct PortStatVfs {
    uint64_t block_size = 0;     // f_bsize and f_frsize
    uint64_t blocks = 0;         // f_blocks
    uint64_t blocks_free = 0;    // f_bfree and f_bavail
    uint64_t files = 0;          // f_files
    uint64_t files_free = 0;     // f_ffree and f_favail
    uint64_t name_max = 255;     // f_namemax
};

// machine.Pin's modes and pulls, with MicroPython's rp2 values (the numbers Python code sees).
enum : int { PIN_MODE_IN = 0, PIN_MODE_OUT = 1, PIN_MODE_OPEN_DRAIN = 2, PIN_MODE_ALT = 3 };
enum : int { PIN_PULL_NONE = 0, PIN_PULL_UP = 1, PIN_PULL_DOWN = 2 };

// One file descriptor for Port::poll_fds: the events wanted and those that happened (PORT_POLL* bits).
struct PortPollFd {
    int fd;
    int events;
    int revents;
};
// poll(2)'s event bits with Linux's values, which MicroPython uses on every port too (select.POLLIN ...).
enum : int { PORT_POLLIN = 1, PORT_POLLPRI = 2, PORT_POLLOUT = 4, PORT_POLLERR = 8, PORT_POLLHUP = 16, PORT_POLLNVAL = 32 };

// Errors are negative errno values (POSIX numbering, which MicroPython uses on every port too).
class Port {
public:
    virtual ~Port() = default;

    // Console. fd 0/1/2 are stdin/stdout/stderr.
    virtual void write_console(int fd, std::string_view data) = 0;
    virtual void flush_console() = 0;
    // Reads one line from stdin including its '\n' (none at EOF); false at EOF with nothing read.
    virtual bool read_line(std::string* out) = 0;

    // Console at the byte level, for the REPL's line editor and the raw REPL.
    // True when stdin is an interactive terminal (where raw mode and line editing make sense).
    virtual bool console_is_terminal() { return false; }
    // Raw terminal mode: bytes arrive one by one, unechoed, and Ctrl-C arrives as the byte 0x03 instead of
    // interrupting. Off restores the normal (cooked) mode, where Ctrl-C interrupts running code again.
    // Does nothing when the console is not a terminal.
    virtual void set_console_raw(bool) {}
    // The next byte from stdin (0..255), waiting at most timeout_ms (negative: forever). kConsoleTimeout when
    // nothing arrived in time, kConsoleEof at the end of input. Flushes pending console output first.
    static constexpr int kConsoleTimeout = -1;
    static constexpr int kConsoleEof = -2;
    // The console's client went away (the host of a serial port disconnected): input being received is
    // incomplete and dropped. Only ports whose console can disconnect report it.
    static constexpr int kConsoleHangup = -3;
    virtual int read_console_byte(int timeout_ms) = 0;
    // Console output translates "\n" to "\r\n" (a serial line's convention, as on a MicroPython board).
    virtual void set_console_crlf(bool) {}
    // For the REPL's banner: the board's and the processor's names (host: "linux with x86_64").
    virtual std::string board_name() { return "unknown"; }
    virtual std::string cpu_name() { return "unknown"; }
    // Where a Ctrl-C (an interrupt outside raw mode) is reported: the port sets *flag to 1 and the VM raises
    // KeyboardInterrupt when it sees it. Null detaches.
    virtual void set_interrupt_flag(volatile int*) {}

    // Files.
    virtual int open(std::string_view path, int flags) = 0;  // fd >= 3 or -errno
    virtual long read(int fd, void* buf, size_t n) = 0;
    virtual long write(int fd, const void* buf, size_t n) = 0;
    virtual int close(int fd) = 0;
    virtual long seek(int fd, long offset, int whence) = 0;
    virtual int stat(std::string_view path, PortStat* st) = 0;
    virtual int listdir(std::string_view path, std::vector<std::string>* names) = 0;
    virtual int mkdir(std::string_view path) = 0;
    virtual int rmdir(std::string_view path) = 0;
    virtual int remove(std::string_view path) = 0;
    virtual int rename(std::string_view from, std::string_view to) = 0;
    virtual int getcwd(std::string* out) = 0;
    virtual int chdir(std::string_view path) = 0;

    // Waits until one of `n` file descriptors (0 is the console's input; others come from open) is ready for
    // the events asked for, or timeout_ms passes (negative: no limit); sets each revents. Returns the number of
    // descriptors with events, 0 on timeout, or -errno (-EINTR when a Ctrl-C interrupted the wait).
    virtual int poll_fds(PortPollFd* fds, size_t n, int timeout_ms) {
        (void)fds, (void)n, (void)timeout_ms;
        return -95;  // EOPNOTSUPP
    }

    // The filesystem holding `path`: its capacity (os.statvfs). 0 or -errno.
    virtual int statvfs(std::string_view path, PortStatVfs* st) {
        (void)path;
        (void)st;
        return -95;  // EOPNOTSUPP
    }

    // Hardware, for the machine module. Every call is small and plain so that each board implements it
    // directly. Pins are the board's GPIO numbers; errors are -errno (-EINVAL: no such pin or mode).
    // The pin number for a pin name such as "LED", or -1 when the board has no pin of that name.
    virtual int pin_by_name(std::string_view name) {
        (void)name;
        return -1;
    }
    // Sets a pin's mode (PIN_MODE_*) and pull (PIN_PULL_*); a negative value leaves that setting unchanged.
    virtual int pin_configure(int pin, int mode, int pull) {
        (void)pin, (void)mode, (void)pull;
        return -19;  // ENODEV
    }
    // The pin's level: 0 or 1 (an output pin reads back its driven level), or -errno.
    virtual int pin_read(int pin) {
        (void)pin;
        return -19;
    }
    // Drives an output pin to `level` (0 or 1; an input pin remembers it for when it becomes an output).
    virtual int pin_write(int pin, int level) {
        (void)pin, (void)level;
        return -19;
    }
    // An analog input (machine.ADC): channel 0..3 are the ADC pins (GPIO 26..29 on an RP2040), 4 the temperature
    // sensor. The reading scaled to 0..65535, or -errno.
    virtual int adc_read_u16(int channel) {
        (void)channel;
        return -19;
    }
    // The chip's unique id (machine.unique_id()): bytes written to buf, at most `cap`.
    virtual size_t unique_id(uint8_t* buf, size_t cap) {
        (void)buf, (void)cap;
        return 0;
    }
    // The CPU clock in Hz, and changing it (0 or -errno).
    virtual uint32_t cpu_freq() { return 0; }
    virtual int set_cpu_freq(uint32_t hz) {
        (void)hz;
        return -22;  // EINVAL
    }
    // Waits briefly for something to happen (machine.idle(): until the next interrupt or about a millisecond).
    virtual void idle() {}
    // Why the board last started: 1 power on (machine.PWRON_RESET), 3 watchdog (machine.WDT_RESET).
    virtual int reset_cause() { return 1; }
    // Resets the whole board as its reset button would (machine.reset()). Returns only on ports that can't;
    // the REPL then restarts the interpreter as after a soft reset, running main.py too.
    virtual void hard_reset() {}
    // Interrupts off/on around critical sections (machine.disable_irq/enable_irq): disable returns the state
    // that enable restores.
    virtual uint32_t disable_irq() { return 0; }
    virtual void enable_irq(uint32_t state) { (void)state; }

    // WebREPL (MicroPython's webrepl.start/stop): serves the console, and file transfers into the board's
    // filesystem, to one WebSocket client at a time on host:port (host empty: every interface) once it gives
    // `password`; port 0 picks a free port. Starting it again with the same settings keeps it (and its client),
    // with others restarts it. The port it listens on, or -errno (*what: which step failed).
    virtual int webrepl_start(const std::string& host, int port, const std::string& password, std::string* what) {
        (void)host, (void)port, (void)password;
        *what = "no network";
        return -95;  // EOPNOTSUPP
    }
    virtual void webrepl_stop() {}

    // Clocks.
    virtual uint64_t monotonic_ns() = 0;
    virtual int64_t time_ns() = 0;
    virtual void sleep_ns(uint64_t ns) = 0;
    // The local time zone at the UTC instant `utc_secs`: its offset east of UTC in seconds, whether daylight
    // saving time is in effect, and its name. Ports without a time zone keep this default (UTC).
    virtual void local_zone(int64_t utc_secs, int32_t* offset, bool* isdst, std::string* name) {
        (void)utc_secs;
        *offset = 0;
        *isdst = false;
        *name = "UTC";
    }

    // The environment (PYCOPATH etc.); empty when unset or unsupported.
    virtual std::string getenv(std::string_view name) = 0;

    // Approximate address of the running code's stack bottom limit: the C++ stack may not grow past it.
    virtual uintptr_t stack_limit() = 0;
};

}  // namespace pyco
