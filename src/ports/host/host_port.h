// The host port: POSIX files, the terminal as console, clocks, and Ctrl-C as KeyboardInterrupt.
#pragma once
#include <termios.h>

#include <string>

#include "ports/port.h"

namespace pyco {

class HostPort : public Port {
public:
    HostPort();
    ~HostPort() override;

    void write_console(int fd, std::string_view data) override;
    void flush_console() override;
    bool read_line(std::string* out) override;
    bool console_is_terminal() override { return in_is_tty_; }
    void set_console_raw(bool raw) override;
    int read_console_byte(int timeout_ms) override;
    void set_console_crlf(bool on) override { crlf_ = on; }
    std::string board_name() override;
    std::string cpu_name() override;
    void set_interrupt_flag(volatile int* flag) override;

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

    uint64_t monotonic_ns() override;
    int64_t time_ns() override;
    void sleep_ns(uint64_t ns) override;
    void local_zone(int64_t utc_secs, int32_t* offset, bool* isdst, std::string* name) override;
    std::string getenv(std::string_view name) override;
    uintptr_t stack_limit() override { return stack_limit_; }

    // The running thread's stack: recursion stops this many bytes before its end.
    void set_stack(uintptr_t lowest_address, size_t reserve);
    // The highest address of the calling thread's stack (where the GC's conservative scan of it ends), and
    // sets the recursion limit `reserve` bytes before its lowest address.
    uintptr_t use_current_thread_stack(size_t reserve);

private:
    // Reads more of stdin into in_buf_: false at end of input, timeout or interruption (*interrupted set).
    bool fill_input(int timeout_ms, bool* timed_out, bool* interrupted);
    void write_fd(int fd, std::string_view data);

    std::string in_buf_;  // stdin bytes read but not consumed (shared by read_line and read_console_byte)
    size_t in_pos_ = 0;
    bool in_is_tty_ = false;
    bool raw_ = false;
    bool crlf_ = false;
    struct termios cooked_ {};  // the terminal's settings before raw mode
    std::string out_buf_;  // stdout is buffered (like CPython's when not a terminal); stderr is not
    bool out_is_tty_ = false;
    uintptr_t stack_limit_ = 0;
};

}  // namespace pyco
