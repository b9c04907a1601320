// The microcontroller port: the console on the board's UART (buffered by its receive interrupt, Ctrl-C as
// KeyboardInterrupt while code runs), clocks from the board's tick, the stack's bounds; no filesystem yet.
#pragma once
#include "ports/port.h"

namespace pyco {

class McuPort : public Port {
public:
    void write_console(int fd, std::string_view data) override;
    void flush_console() override {}
    bool read_line(std::string* out) override;
    bool console_is_terminal() override { return true; }
    void set_console_raw(bool raw) override;
    int read_console_byte(int timeout_ms) override;
    void set_console_crlf(bool on) override { crlf_ = on; }
    std::string board_name() override;
    std::string cpu_name() override;
    void set_interrupt_flag(volatile int* flag) override;

    // Files: none yet (every path is missing; nothing can be created).
    int open(std::string_view path, int flags) override;
    long read(int fd, void* buf, size_t n) override;
    long write(int fd, const void* buf, size_t n) override;
    int close(int fd) override;
    long seek(int fd, long offset, int whence) override;
    int stat(std::string_view path, PortStat* st) override;
    int listdir(std::string_view path, std::vector<std::string>* names) override;
    int mkdir(std::string_view path) override;
    int rmdir(std::string_view path) override;
    int remove(std::string_view path) override;
    int rename(std::string_view from, std::string_view to) override;
    int getcwd(std::string* out) override;
    int chdir(std::string_view path) override;

    // GPIO and the clock, from the board.
    int pin_by_name(std::string_view name) override;
    int pin_configure(int pin, int mode, int pull) override;
    int pin_read(int pin) override;
    int pin_write(int pin, int level) override;
    uint32_t cpu_freq() override;

    uint64_t monotonic_ns() override;
    int64_t time_ns() override;
    void sleep_ns(uint64_t ns) override;
    std::string getenv(std::string_view name) override;
    uintptr_t stack_limit() override;

    // The stack the interpreter runs on (from the linker script): where the GC's scan of it ends, and its size.
    static uintptr_t stack_top();
    static size_t stack_size();
    // Bytes of the stack used since boot (its painted words that were overwritten).
    static size_t stack_used();

private:
    bool crlf_ = false;
};

}  // namespace pyco
