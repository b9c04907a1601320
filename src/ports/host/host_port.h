// The host port: POSIX files, the terminal as console, clocks, and Ctrl-C as KeyboardInterrupt.
#pragma once
#include <termios.h>

#include <atomic>
#include <map>
#include <condition_variable>
#include <cstdio>
#include <mutex>
#include <string>
#include <thread>

#include "ports/port.h"
#include "ports/host/webrepl.h"

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
    int statvfs(std::string_view path, PortStatVfs* st) override;
    int poll_fds(PortPollFd* fds, size_t n, int timeout_ms) override;

    int pin_by_name(std::string_view name) override;
    int pin_configure(int pin, int mode, int pull) override;
    int pin_read(int pin) override;
    int pin_write(int pin, int level) override;
    int adc_read_u16(int channel) override;
    size_t unique_id(uint8_t* buf, size_t cap) override;
    uint32_t cpu_freq() override { return cpu_freq_; }
    int set_cpu_freq(uint32_t hz) override;
    void idle() override;
    int reset_cause() override { return reset_cause_; }
    void hard_reset() override;
    int webrepl_start(const std::string& host, int port, const std::string& password, std::string* what) override;
    void webrepl_stop() override;

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

    // ---- the virtual board (pyco --device) ----
    // Makes `dir` the device's filesystem root: from now on every path is a device path ("/x" is dir/x,
    // relative paths start at the device's current directory) that can't leave dir, through ".." or symbolic
    // links. 0 or -errno (dir must be an existing directory).
    int set_device_root(const std::string& dir);
    bool is_device() const { return !root_.empty(); }
    // Pin level changes are written to `trace` as "pin 25 -> 1" lines (null: not traced).
    void set_pin_trace(FILE* trace) { pin_trace_ = trace; }
    // Input pins read their level from this file (lines "PIN LEVEL"), re-read on every read.
    void set_pin_input_file(const std::string& path) { pin_input_file_ = path; }
    // Serves the console on a new pseudo-terminal instead of stdin/stdout, with `link` a symbolic link to its
    // slave side. Clients may come and go; Ctrl-C bytes interrupt running code. 0 or -errno (*what: the step).
    int open_serial(const std::string& link, std::string* what);

private:
    // Maps a device path to the host path inside the root (identity without a root). The last component is
    // not followed when it is a symbolic link and follow_last is false (remove, rename). 0 or -errno.
    int map_path(std::string_view path, std::string* host, bool follow_last = true);
    int map_path(std::string_view path, std::string* host, std::string* device, bool follow_last);
    // The serial console's reader thread: moves bytes from the pty into serial_in_, raising Ctrl-C as an
    // interrupt while code runs.
    void serial_reader();
    bool serial_fill(int timeout_ms, bool* timed_out, bool* interrupted);
    void serial_write(const char* p, size_t n);
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

    std::string root_;            // the device's root directory on the host (real path, no trailing '/')
    // Files opened on the device for writing from scratch ('w'): written to a hidden temporary file beside the
    // real one and renamed over it on close, so that a crash leaves the old content or the new, never a mix.
    std::map<int, std::pair<std::string, std::string>> replacing_;  // fd -> (temporary path, final path)
    std::string cwd_ = "/";       // the device's current directory (a device path)
    static constexpr int kPins = 30;  // GPIO 0..29, as on an RP2040
    struct PinState {
        int mode = -1;  // PIN_MODE_*, -1 not configured
        int pull = PIN_PULL_NONE;
        int out = 0;    // the level driven when an output
        int traced = -1;  // the last level written to the trace
    };
    PinState pins_[kPins];
    // The value for `pin` in the input file (-1: none).
    long input_value(int pin);
    FILE* pin_trace_ = nullptr;
    std::string pin_input_file_;
    uint32_t cpu_freq_ = 125000000;
    int reset_cause_ = 1;  // PWRON_RESET; WDT_RESET (3) after machine.reset(), as on an RP2040

    // The serial console (open_serial).
    int serial_fd_ = -1;                  // the pty's master side
    std::string serial_link_;
    std::thread serial_thread_;
    std::mutex serial_mu_;
    std::condition_variable serial_cv_;
    std::string serial_in_;               // received, not yet consumed (guarded by serial_mu_)
    std::atomic<bool> serial_stop_{false};
    std::atomic<bool> serial_connected_{false};
    std::atomic<bool> serial_hangup_{false};  // a client disconnected since the last read
    std::atomic<bool> serial_interrupt_char_{true};  // Ctrl-C interrupts (while code runs, not in raw mode)

    // The WebREPL (webrepl_start): its thread hands the client's keys to the console through console_inject.
    void console_inject(const char* p, size_t n);
    WebRepl webrepl_;
    std::string webrepl_host_, webrepl_password_;  // what it was started with
    int web_pipe_[2] = {-1, -1};  // keys from the WebREPL to a terminal console (read with stdin)
    bool stdin_eof_ = false;      // stdin ended while the WebREPL keeps the board going
    std::atomic<bool> console_keys_{false};  // the console is in raw mode: Ctrl-C is a key, not an interrupt
};

}  // namespace pyco
