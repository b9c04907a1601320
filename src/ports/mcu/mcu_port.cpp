// The microcontroller port over the board interface (board.h).
#include "ports/mcu/mcu_port.h"

#include <cerrno>

#include "ports/mcu/board.h"
#include "ports/mcu/cortex_m.h"

extern "C" {
extern uint32_t __stack_bottom, __stack_top;
uint32_t mcu_stack_used();
}

namespace pyco {

namespace {

// Received console bytes, filled by the UART interrupt (board::uart_poll) and drained by the port. The state an
// interrupt handler shares with the port can only live here.
struct Console {
    static constexpr uint32_t kSize = 256;  // a power of two
    uint8_t buf[kSize];
    volatile uint32_t head = 0, tail = 0;  // head: next write (interrupt), tail: next read (port)
    volatile bool raw = true;              // raw mode: Ctrl-C is a byte, not an interrupt
    volatile int* interrupt_flag = nullptr;
};
Console g_console;

// Bytes the recursion check keeps free below the point where it refuses to go deeper: room for the native
// function that checks, the fault handler and interrupt frames.
constexpr size_t kStackReserve = 2048;

}  // namespace

}  // namespace pyco

namespace pyco::board {

bool console_has_room() { return g_console.head - g_console.tail < Console::kSize; }

void console_received(uint8_t byte) {
    if (byte == 3 && !g_console.raw && g_console.interrupt_flag) {
        *g_console.interrupt_flag = 1;  // Ctrl-C while code runs: KeyboardInterrupt, the byte is consumed
        return;
    }
    g_console.buf[g_console.head % Console::kSize] = byte;
    g_console.head = g_console.head + 1;
}

}  // namespace pyco::board

namespace pyco {

void McuPort::write_console(int, std::string_view data) {
    if (!crlf_) return board::uart_write(data.data(), data.size());
    size_t start = 0;
    for (size_t nl; (nl = data.find('\n', start)) != std::string_view::npos; start = nl + 1) {
        board::uart_write(data.data() + start, nl - start);
        board::uart_write("\r\n", 2);
    }
    board::uart_write(data.data() + start, data.size() - start);
}

int McuPort::read_console_byte(int timeout_ms) {
    uint64_t deadline = timeout_ms < 0 ? UINT64_MAX : board::ticks_us() + uint64_t(timeout_ms) * 1000;
    for (;;) {
        cortex_m::interrupts_off();
        if (g_console.head != g_console.tail) {
            uint8_t b = g_console.buf[g_console.tail % Console::kSize];
            g_console.tail = g_console.tail + 1;
            board::uart_poll();  // bytes held back while the buffer was full
            cortex_m::interrupts_on();
            return b;
        }
        cortex_m::interrupts_on();
        if (board::ticks_us() >= deadline) return kConsoleTimeout;
        board::wait_for_interrupt();
    }
}

bool McuPort::read_line(std::string* out) {
    out->clear();
    for (;;) {
        int c = read_console_byte(-1);
        if (c == '\r') c = '\n';  // a serial terminal's Enter
        if (c < 0) return !out->empty();
        if (c == 4 && out->empty()) return false;  // Ctrl-D: end of input
        out->push_back(static_cast<char>(c));
        char echo = static_cast<char>(c);
        write_console(1, std::string_view(&echo, 1));
        if (c == '\n') return true;
    }
}

void McuPort::set_console_raw(bool raw) { g_console.raw = raw; }

void McuPort::set_interrupt_flag(volatile int* flag) { g_console.interrupt_flag = flag; }

std::string McuPort::board_name() { return board::name(); }
std::string McuPort::cpu_name() { return board::cpu(); }

int McuPort::open(std::string_view, int flags) { return flags & PORT_CREATE ? -EROFS : -ENOENT; }
long McuPort::read(int, void*, size_t) { return -EBADF; }
long McuPort::write(int, const void*, size_t) { return -EBADF; }
int McuPort::close(int) { return -EBADF; }
long McuPort::seek(int, long, int) { return -EBADF; }
int McuPort::stat(std::string_view path, PortStat* st) {
    if (path == "/" || path == "." || path.empty()) {
        *st = PortStat{};
        st->is_dir = true;
        return 0;
    }
    return -ENOENT;
}
int McuPort::listdir(std::string_view path, std::vector<std::string>* names) {
    names->clear();
    return path == "/" || path == "." || path.empty() ? 0 : -ENOENT;
}
int McuPort::mkdir(std::string_view) { return -EROFS; }
int McuPort::rmdir(std::string_view) { return -EROFS; }
int McuPort::remove(std::string_view) { return -EROFS; }
int McuPort::rename(std::string_view, std::string_view) { return -EROFS; }
int McuPort::getcwd(std::string* out) {
    *out = "/";
    return 0;
}
int McuPort::chdir(std::string_view path) { return path == "/" ? 0 : -ENOENT; }

int McuPort::pin_by_name(std::string_view name) {
    char buf[8];
    if (name.size() >= sizeof buf) return -1;
    name.copy(buf, name.size());
    buf[name.size()] = 0;
    return board::pin_by_name(buf);
}
int McuPort::pin_configure(int pin, int mode, int pull) { return board::pin_configure(pin, mode, pull); }
int McuPort::pin_read(int pin) { return board::pin_read(pin); }
int McuPort::pin_write(int pin, int level) { return board::pin_write(pin, level); }
uint32_t McuPort::cpu_freq() { return board::cpu_freq(); }

uint64_t McuPort::monotonic_ns() { return board::ticks_us() * 1000; }
// No real-time clock: the epoch is the moment of boot.
int64_t McuPort::time_ns() { return static_cast<int64_t>(monotonic_ns()); }

void McuPort::sleep_ns(uint64_t ns) {
    uint64_t end = board::ticks_us() + ns / 1000;
    while (board::ticks_us() < end) board::wait_for_interrupt();
}

std::string McuPort::getenv(std::string_view) { return std::string(); }

uintptr_t McuPort::stack_limit() { return reinterpret_cast<uintptr_t>(&__stack_bottom) + kStackReserve; }
uintptr_t McuPort::stack_top() { return reinterpret_cast<uintptr_t>(&__stack_top); }
size_t McuPort::stack_size() {
    return reinterpret_cast<uintptr_t>(&__stack_top) - reinterpret_cast<uintptr_t>(&__stack_bottom);
}
size_t McuPort::stack_used() { return mcu_stack_used(); }

}  // namespace pyco
