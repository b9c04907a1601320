// The host port on POSIX.
#include "ports/host/host_port.h"

#include <dirent.h>
#include <pthread.h>
#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <sys/statvfs.h>
#include <sys/utsname.h>
#include <sys/stat.h>
#include <sys/types.h>
#include <time.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <vector>

namespace pyco {

namespace {
std::string z(std::string_view s) { return std::string(s); }

void write_all(int fd, const char* p, size_t n) {
    while (n > 0) {
        ssize_t w = ::write(fd, p, n);
        if (w < 0) {
            if (errno == EINTR) continue;
            return;
        }
        p += w;
        n -= static_cast<size_t>(w);
    }
}
// The one piece of process-wide state: a signal handler can reach nothing else. Atomic because the serial
// console's reader thread raises interrupts too.
std::atomic<volatile int*> g_interrupt_flag{nullptr};

void on_sigint(int) {
    if (volatile int* f = g_interrupt_flag.load()) *f = 1;
}

// Temporary files of replaced files end in this (hidden from os.listdir on a device).
constexpr std::string_view kReplacingSuffix = ".pyco-tmp";

bool ends_with(std::string_view s, std::string_view tail) {
    return s.size() >= tail.size() && s.substr(s.size() - tail.size()) == tail;
}

// A path's non-empty components other than ".".
std::vector<std::string> path_components(std::string_view p) {
    std::vector<std::string> out;
    size_t i = 0;
    while (i < p.size()) {
        size_t j = p.find('/', i);
        if (j == std::string_view::npos) j = p.size();
        if (j > i && p.substr(i, j - i) != ".") out.emplace_back(p.substr(i, j - i));
        i = j + 1;
    }
    return out;
}

std::string join_components(const std::vector<std::string>& parts) {
    std::string s;
    for (const std::string& c : parts) s += "/" + c;
    return s.empty() ? "/" : s;
}

std::string lower(std::string s) {
    for (char& c : s)
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    return s;
}
}  // namespace

HostPort::HostPort() {
    out_is_tty_ = isatty(1);
    in_is_tty_ = isatty(0);
}

HostPort::~HostPort() {
    webrepl_stop();
    flush_console();
    set_console_raw(false);
    if (g_interrupt_flag.load()) set_interrupt_flag(nullptr);
    if (serial_fd_ >= 0) {
        serial_stop_ = true;
        if (serial_thread_.joinable()) serial_thread_.join();
        ::close(serial_fd_);
        ::unlink(serial_link_.c_str());
    }
    if (pin_trace_ && pin_trace_ != stderr) std::fclose(pin_trace_);
    for (int fd : web_pipe_)
        if (fd >= 0) ::close(fd);
}

void HostPort::set_interrupt_flag(volatile int* flag) {
    g_interrupt_flag = flag;
    // On a serial console Ctrl-C arrives as a byte; SIGINT keeps stopping the pyco process itself.
    if (serial_fd_ >= 0) return;
    struct sigaction sa {};
    sa.sa_handler = flag ? on_sigint : SIG_DFL;
    sigaction(SIGINT, &sa, nullptr);
}

std::string HostPort::board_name() {
    if (is_device()) return "virtual board";
    struct utsname u;
    return uname(&u) == 0 ? lower(u.sysname) : "unknown";
}

std::string HostPort::cpu_name() {
    struct utsname u;
    return uname(&u) == 0 ? std::string(u.machine) : "unknown";
}

void HostPort::set_console_raw(bool raw) {
    console_keys_ = raw;
    if (serial_fd_ >= 0) {
        // The client's terminal is raw already; what changes is whether Ctrl-C is a key or an interrupt.
        raw_ = raw;
        serial_interrupt_char_ = !raw;
        return;
    }
    if (!in_is_tty_ || raw == raw_) return;
    if (raw) {
        if (tcgetattr(0, &cooked_) < 0) return;
        struct termios t = cooked_;
        // Keys arrive unprocessed and unechoed; output processing (\n -> \r\n) stays on.
        t.c_iflag &= ~static_cast<tcflag_t>(ICRNL | INLCR | IGNCR | IXON | ISTRIP | BRKINT);
        t.c_lflag &= ~static_cast<tcflag_t>(ICANON | ECHO | ISIG | IEXTEN);
        t.c_cc[VMIN] = 1;
        t.c_cc[VTIME] = 0;
        if (tcsetattr(0, TCSANOW, &t) < 0) return;
    } else {
        tcsetattr(0, TCSANOW, &cooked_);
    }
    raw_ = raw;
}

bool HostPort::fill_input(int timeout_ms, bool* timed_out, bool* interrupted) {
    *timed_out = *interrupted = false;
    if (in_pos_ > 0) {
        in_buf_.erase(0, in_pos_);
        in_pos_ = 0;
    }
    if (serial_fd_ >= 0) return serial_fill(timeout_ms, timed_out, interrupted);
    while (true) {
        // stdin, and the keys of a WebREPL client (stdin may end: the board then waits for the WebREPL).
        struct pollfd fds[2] = {{stdin_eof_ ? -1 : 0, POLLIN, 0}, {web_pipe_[0], POLLIN, 0}};
        int r = ::poll(fds, web_pipe_[0] >= 0 ? 2 : 1, timeout_ms < 0 ? -1 : timeout_ms);
        if (r < 0) {
            if (errno != EINTR) return false;
            volatile int* flag = g_interrupt_flag.load();
            if (flag && *flag) {
                *interrupted = true;
                return false;
            }
            continue;
        }
        if (r == 0) {
            *timed_out = true;
            return false;
        }
        char buf[4096];
        if (web_pipe_[0] >= 0 && (fds[1].revents & POLLIN)) {
            ssize_t n = ::read(web_pipe_[0], buf, sizeof buf);
            if (n > 0) {
                in_buf_.append(buf, static_cast<size_t>(n));
                return true;
            }
        }
        if (!(fds[0].revents & (POLLIN | POLLHUP | POLLERR))) continue;
        ssize_t n = ::read(0, buf, sizeof buf);
        if (n < 0 && errno == EINTR) continue;
        if (n <= 0 && web_pipe_[0] >= 0) {
            stdin_eof_ = true;
            continue;
        }
        if (n <= 0) return false;
        in_buf_.append(buf, static_cast<size_t>(n));
        return true;
    }
}

int HostPort::read_console_byte(int timeout_ms) {
    flush_console();
    if (serial_hangup_.exchange(false)) {
        in_buf_.clear();
        in_pos_ = 0;
        return kConsoleHangup;
    }
    if (in_pos_ >= in_buf_.size()) {
        bool timed_out, interrupted;
        if (!fill_input(timeout_ms, &timed_out, &interrupted)) {
            if (serial_hangup_.exchange(false)) return kConsoleHangup;
            if (interrupted) {
                // A SIGINT while waiting for a key (stdin not in raw mode): it is the Ctrl-C key.
                *g_interrupt_flag.load() = 0;
                return 3;
            }
            return timed_out ? kConsoleTimeout : kConsoleEof;
        }
    }
    return static_cast<unsigned char>(in_buf_[in_pos_++]);
}

void HostPort::write_console(int fd, std::string_view data) {
    if (!crlf_) return write_fd(fd, data);
    size_t start = 0;
    for (size_t nl; (nl = data.find('\n', start)) != std::string_view::npos; start = nl + 1) {
        write_fd(fd, data.substr(start, nl - start));
        write_fd(fd, "\r\n");
    }
    write_fd(fd, data.substr(start));
}

void HostPort::write_fd(int fd, std::string_view data) {
    if (data.empty()) return;
    if (fd == 1) {
        out_buf_.append(data);
        if (out_is_tty_ || out_buf_.size() >= 8192 || webrepl_.connected()) flush_console();
        return;
    }
    flush_console();
    webrepl_.send_console(data, crlf_);
    if (serial_fd_ >= 0) return serial_write(data.data(), data.size());
    write_all(fd, data.data(), data.size());
}

void HostPort::flush_console() {
    if (out_buf_.empty()) return;
    webrepl_.send_console(out_buf_, crlf_);
    if (serial_fd_ >= 0) serial_write(out_buf_.data(), out_buf_.size());
    else write_all(1, out_buf_.data(), out_buf_.size());
    out_buf_.clear();
}

bool HostPort::read_line(std::string* out) {
    flush_console();
    out->clear();
    while (true) {
        size_t nl = in_buf_.find('\n', in_pos_);
        if (nl != std::string::npos) {
            out->append(in_buf_, in_pos_, nl + 1 - in_pos_);
            in_pos_ = nl + 1;
            return true;
        }
        out->append(in_buf_, in_pos_, std::string::npos);
        in_pos_ = in_buf_.size();
        bool timed_out, interrupted;
        if (!fill_input(-1, &timed_out, &interrupted)) return !out->empty();
    }
}

int HostPort::open(std::string_view path, int flags) {
    int f = 0;
    if ((flags & PORT_READ) && (flags & PORT_WRITE)) f = O_RDWR;
    else if (flags & PORT_WRITE) f = O_WRONLY;
    else f = O_RDONLY;
    if (flags & PORT_CREATE) f |= O_CREAT;
    if (flags & PORT_TRUNCATE) f |= O_TRUNC;
    if (flags & PORT_APPEND) f |= O_APPEND;
    if (flags & PORT_EXCL) f |= O_EXCL;
    std::string host;
    if (int e = map_path(path, &host)) return e;
    if (is_device() && f == (O_WRONLY | O_CREAT | O_TRUNC)) {
        // Replacing a file's content: write beside it, rename over it on close.
        struct stat st;
        if (::stat(host.c_str(), &st) == 0 && S_ISDIR(st.st_mode)) return -EISDIR;
        // A new file exists (empty) from the start, as on a board's littlefs; its content appears on close.
        int created = ::open(host.c_str(), O_WRONLY | O_CREAT | O_CLOEXEC, 0666);
        if (created < 0) return -errno;
        ::close(created);
        size_t slash = host.rfind('/');
        std::string tmp = host.substr(0, slash + 1) + "." + host.substr(slash + 1) + std::string(kReplacingSuffix);
        int fd = ::open(tmp.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0666);
        if (fd < 0) return -errno;
        replacing_[fd] = {tmp, host};
        return fd;
    }
    int fd = ::open(host.c_str(), f | O_CLOEXEC, 0666);
    if (fd < 0) return -errno;
    struct stat st;
    if (fstat(fd, &st) == 0 && S_ISDIR(st.st_mode) && (flags & PORT_WRITE) == 0) {
        // Reading a directory fails with EISDIR on read in CPython's open(): report it at open time.
        ::close(fd);
        return -EISDIR;
    }
    return fd;
}

long HostPort::read(int fd, void* buf, size_t n) {
    ssize_t r = ::read(fd, buf, n);
    return r < 0 ? -errno : r;
}
long HostPort::write(int fd, const void* buf, size_t n) {
    if (fd == 1 || fd == 2) {
        write_console(fd, std::string_view(static_cast<const char*>(buf), n));
        return static_cast<long>(n);
    }
    ssize_t r = ::write(fd, buf, n);
    return r < 0 ? -errno : r;
}
int HostPort::close(int fd) {
    if (fd <= 2) return 0;
    auto it = replacing_.find(fd);
    if (it == replacing_.end()) return ::close(fd) < 0 ? -errno : 0;
    auto [tmp, host] = it->second;
    replacing_.erase(it);
    int err = ::fsync(fd) < 0 ? -errno : 0;
    if (::close(fd) < 0 && !err) err = -errno;
    if (!err && ::rename(tmp.c_str(), host.c_str()) < 0) err = -errno;
    if (err) ::unlink(tmp.c_str());
    return err;
}
long HostPort::seek(int fd, long offset, int whence) {
    off_t r = ::lseek(fd, offset, whence);
    return r < 0 ? -errno : static_cast<long>(r);
}
int HostPort::stat(std::string_view path, PortStat* st) {
    std::string host;
    if (int e = map_path(path, &host)) return e;
    struct stat s;
    if (::stat(host.c_str(), &s) < 0) return -errno;
    st->is_dir = S_ISDIR(s.st_mode);
    st->size = static_cast<uint64_t>(s.st_size);
    st->mtime = s.st_mtime;
    return 0;
}
int HostPort::listdir(std::string_view path, std::vector<std::string>* names) {
    std::string host;
    if (int e = map_path(path, &host)) return e;
    DIR* d = opendir(host.c_str());
    if (!d) return -errno;
    while (struct dirent* e = readdir(d)) {
        if (std::strcmp(e->d_name, ".") == 0 || std::strcmp(e->d_name, "..") == 0) continue;
        if (is_device() && e->d_name[0] == '.' && ends_with(e->d_name, kReplacingSuffix)) continue;
        names->push_back(e->d_name);
    }
    closedir(d);
    return 0;
}
int HostPort::mkdir(std::string_view path) {
    std::string host;
    if (int e = map_path(path, &host, false)) return e;
    return ::mkdir(host.c_str(), 0777) < 0 ? -errno : 0;
}
int HostPort::rmdir(std::string_view path) {
    std::string host;
    if (int e = map_path(path, &host, false)) return e;
    if (is_device() && host == root_) return -EBUSY;  // the root stays
    return ::rmdir(host.c_str()) < 0 ? -errno : 0;
}
int HostPort::remove(std::string_view path) {
    std::string host;
    if (int e = map_path(path, &host, false)) return e;
    return ::unlink(host.c_str()) < 0 ? -errno : 0;
}
int HostPort::rename(std::string_view from, std::string_view to) {
    std::string a, b;
    if (int e = map_path(from, &a, false)) return e;
    if (int e = map_path(to, &b, false)) return e;
    if (is_device() && (a == root_ || b == root_)) return -EBUSY;
    return ::rename(a.c_str(), b.c_str()) < 0 ? -errno : 0;
}
int HostPort::statvfs(std::string_view path, PortStatVfs* st) {
    std::string host;
    if (int e = map_path(path, &host)) return e;
    struct statvfs v;
    if (::statvfs(host.c_str(), &v) < 0) return -errno;
    st->block_size = v.f_frsize;
    st->blocks = v.f_blocks;
    st->blocks_free = v.f_bavail;
    st->files = v.f_files;
    st->files_free = v.f_favail;
    st->name_max = v.f_namemax;
    return 0;
}
int HostPort::getcwd(std::string* out) {
    if (is_device()) {
        *out = cwd_;
        return 0;
    }
    char buf[4096];
    if (!::getcwd(buf, sizeof buf)) return -errno;
    *out = buf;
    return 0;
}
int HostPort::chdir(std::string_view path) {
    if (!is_device()) return ::chdir(z(path).c_str()) < 0 ? -errno : 0;
    std::string host, device;
    if (int e = map_path(path, &host, &device, true)) return e;
    struct stat s;
    if (::stat(host.c_str(), &s) < 0) return -errno;
    if (!S_ISDIR(s.st_mode)) return -ENOTDIR;
    cwd_ = device;
    return 0;
}

// ---- the virtual board's filesystem --------------------------------------------------------------------------

int HostPort::set_device_root(const std::string& dir) {
    char* real = ::realpath(dir.c_str(), nullptr);
    if (!real) return -errno;
    std::string r = real;
    std::free(real);
    struct stat s;
    if (::stat(r.c_str(), &s) < 0) return -errno;
    if (!S_ISDIR(s.st_mode)) return -ENOTDIR;
    root_ = r == "/" ? "" : r;
    if (root_.empty()) root_ = "/.";  // a root of "/" confines nothing, but keeps device semantics
    cwd_ = "/";
    return 0;
}

int HostPort::map_path(std::string_view path, std::string* host, bool follow_last) {
    return map_path(path, host, nullptr, follow_last);
}

// Resolves the device path one component at a time, as the kernel would, but with the device root as "/":
// ".." never climbs above it, and a symbolic link is followed only when its target (relative to the link's
// directory, or an absolute host path) lies inside the root — any other link is refused with EACCES.
int HostPort::map_path(std::string_view path, std::string* host, std::string* device, bool follow_last) {
    if (!is_device()) {
        *host = path;
        if (device) *device = path;
        return 0;
    }
    if (path.empty()) return -ENOENT;
    if (path.find('\0') != std::string_view::npos) return -EINVAL;
    std::vector<std::string> parts = path[0] == '/' ? std::vector<std::string>() : path_components(cwd_);
    std::vector<std::string> todo = path_components(path);  // consumed from the back
    std::reverse(todo.begin(), todo.end());
    int links = 0;
    while (!todo.empty()) {
        std::string c = std::move(todo.back());
        todo.pop_back();
        if (c == "..") {
            if (!parts.empty()) parts.pop_back();
            continue;
        }
        parts.push_back(std::move(c));
        if (todo.empty() && !follow_last) break;
        std::string h = root_ + join_components(parts);
        struct stat st;
        if (::lstat(h.c_str(), &st) != 0 || !S_ISLNK(st.st_mode)) continue;
        if (++links > 32) return -ELOOP;
        char buf[4096];
        ssize_t n = ::readlink(h.c_str(), buf, sizeof buf - 1);
        if (n < 0) return -errno;
        std::string_view target(buf, static_cast<size_t>(n));
        parts.pop_back();
        std::vector<std::string> resolved;
        if (!target.empty() && target[0] == '/') {
            // An absolute host path: lexically normalized, it must start with the root's components.
            std::vector<std::string> abs;
            for (std::string& t : path_components(target)) {
                if (t == "..") {
                    if (!abs.empty()) abs.pop_back();
                } else {
                    abs.push_back(std::move(t));
                }
            }
            std::vector<std::string> root = path_components(root_);
            if (abs.size() < root.size() || !std::equal(root.begin(), root.end(), abs.begin())) return -EACCES;
            resolved.assign(abs.begin() + static_cast<long>(root.size()), abs.end());
        } else {
            resolved = parts;
            for (std::string& t : path_components(target)) {
                if (t == "..") {
                    if (resolved.empty()) return -EACCES;  // the link climbs out of the root
                    resolved.pop_back();
                } else {
                    resolved.push_back(std::move(t));
                }
            }
        }
        // The target's components may be links themselves: walk them again from the root.
        parts.clear();
        for (auto it = resolved.rbegin(); it != resolved.rend(); ++it) todo.push_back(std::move(*it));
    }
    std::string d = join_components(parts);
    *host = parts.empty() ? root_ : root_ + d;
    if (device) *device = d;
    return 0;
}

// ---- the virtual board's pins ---------------------------------------------------------------------------------

int HostPort::pin_by_name(std::string_view name) {
    if (name == "LED") return 25;  // the Pico's on-board LED
    std::string_view digits;
    if (name.substr(0, 4) == "GPIO") digits = name.substr(4);
    else if (name.substr(0, 2) == "GP") digits = name.substr(2);
    if (digits.empty() || digits.size() > 2) return -1;
    int n = 0;
    for (char c : digits) {
        if (c < '0' || c > '9') return -1;
        n = n * 10 + (c - '0');
    }
    return n < kPins ? n : -1;
}

int HostPort::pin_configure(int pin, int mode, int pull) {
    if (pin < 0 || pin >= kPins) return -EINVAL;
    if (mode > PIN_MODE_ALT || pull > PIN_PULL_DOWN) return -EINVAL;
    PinState& p = pins_[pin];
    if (mode >= 0) p.mode = mode;
    if (pull >= 0) p.pull = pull;
    if (p.mode == PIN_MODE_OUT || p.mode == PIN_MODE_OPEN_DRAIN) pin_write(pin, p.out);
    return 0;
}

int HostPort::pin_read(int pin) {
    if (pin < 0 || pin >= kPins) return -EINVAL;
    const PinState& p = pins_[pin];
    if (p.mode == PIN_MODE_OUT) return p.out;
    if (p.mode == PIN_MODE_OPEN_DRAIN && p.out == 0) return 0;
    // An input: the level the test bench sets in the input file, else what the pull makes of a floating pin.
    long v = input_value(pin);
    if (v >= 0) return v != 0;
    return p.pull == PIN_PULL_UP ? 1 : 0;
}

long HostPort::input_value(int pin) {
    if (pin_input_file_.empty()) return -1;
    FILE* f = std::fopen(pin_input_file_.c_str(), "r");
    if (!f) return -1;
    long value = -1, v;
    int n;
    while (std::fscanf(f, "%d %ld", &n, &v) == 2)
        if (n == pin) value = v < 0 ? 0 : v;
    std::fclose(f);
    return value;
}

int HostPort::adc_read_u16(int channel) {
    if (channel < 0 || channel > 4) return -EINVAL;
    // The temperature sensor reads 0.706 V: 27 degrees C by the RP2040 datasheet's formula.
    if (channel == 4) return 14020;
    long v = input_value(26 + channel);  // the input file's value for the ADC pin, 0..65535
    return v < 0 ? 0 : v > 65535 ? 65535 : static_cast<int>(v);
}

int HostPort::pin_write(int pin, int level) {
    if (pin < 0 || pin >= kPins) return -EINVAL;
    PinState& p = pins_[pin];
    p.out = level != 0;
    bool driven = p.mode == PIN_MODE_OUT || p.mode == PIN_MODE_OPEN_DRAIN;
    if (driven && pin_trace_ && p.traced != p.out) {
        std::fprintf(pin_trace_, "pin %d -> %d\n", pin, p.out);
        std::fflush(pin_trace_);
        p.traced = p.out;
    }
    return 0;
}

size_t HostPort::unique_id(uint8_t* buf, size_t cap) {
    // Eight bytes, as an RP2040's flash id: stable for a given host and device directory.
    struct utsname u;
    std::string seed = (uname(&u) == 0 ? std::string(u.nodename) : std::string()) + "|" + root_;
    uint64_t h = 1469598103934665603ull;
    for (unsigned char c : seed) h = (h ^ c) * 1099511628211ull;
    size_t n = cap < 8 ? cap : 8;
    for (size_t i = 0; i < n; i++) buf[i] = static_cast<uint8_t>(h >> (56 - 8 * i));
    return n;
}

int HostPort::set_cpu_freq(uint32_t hz) {
    if (hz < 10000000 || hz > 500000000) return -EINVAL;
    cpu_freq_ = hz;
    return 0;
}

void HostPort::idle() { sleep_ns(1000000); }

// The virtual board can't restart the process; it puts its hardware back as a reset would (pins become
// unconfigured inputs, the clock its default) and the REPL starts a fresh interpreter.
void HostPort::hard_reset() {
    for (PinState& p : pins_) p = PinState();
    cpu_freq_ = 125000000;
    reset_cause_ = 3;
}

// ---- the serial console ---------------------------------------------------------------------------------------

int HostPort::open_serial(const std::string& link, std::string* what) {
    int m = ::posix_openpt(O_RDWR | O_NOCTTY);
    if (m < 0) {
        *what = "posix_openpt";
        return -errno;
    }
    char name[256];
    if (::grantpt(m) < 0 || ::unlockpt(m) < 0 || ::ptsname_r(m, name, sizeof name) != 0) {
        int e = errno;
        ::close(m);
        *what = "pseudo-terminal";
        return -e;
    }
    // The slave side raw: bytes pass unchanged both ways and nothing is echoed (a USB serial port's behaviour).
    int s = ::open(name, O_RDWR | O_NOCTTY);
    if (s >= 0) {
        struct termios t;
        if (tcgetattr(s, &t) == 0) {
            cfmakeraw(&t);
            tcsetattr(s, TCSANOW, &t);
        }
        ::close(s);
    }
    struct stat st;
    if (::lstat(link.c_str(), &st) == 0) {
        if (!S_ISLNK(st.st_mode)) {
            ::close(m);
            *what = link + " exists and is not a symbolic link";
            return -EEXIST;
        }
        ::unlink(link.c_str());
    }
    if (::symlink(name, link.c_str()) < 0) {
        int e = errno;
        ::close(m);
        *what = "symlink " + link;
        return -e;
    }
    ::fcntl(m, F_SETFL, ::fcntl(m, F_GETFL) | O_NONBLOCK);
    serial_fd_ = m;
    serial_link_ = link;
    in_is_tty_ = false;
    out_is_tty_ = true;  // output goes out as it is written, as over USB
    serial_thread_ = std::thread(&HostPort::serial_reader, this);
    return 0;
}

void HostPort::serial_reader() {
    while (!serial_stop_) {
        struct pollfd p {serial_fd_, POLLIN, 0};
        int r = ::poll(&p, 1, 100);
        if (r < 0) continue;
        if (p.revents & POLLIN) {
            char buf[1024];
            ssize_t n = ::read(serial_fd_, buf, sizeof buf);
            if (n > 0) {
                serial_connected_ = true;
                std::lock_guard<std::mutex> lock(serial_mu_);
                for (ssize_t i = 0; i < n; i++) {
                    volatile int* flag = g_interrupt_flag.load();
                    if (buf[i] == 0x03 && serial_interrupt_char_ && flag) {
                        *flag = 1;  // the VM raises KeyboardInterrupt; the byte is not input
                        continue;
                    }
                    serial_in_.push_back(buf[i]);
                }
                serial_cv_.notify_all();
                continue;
            }
        }
        if (p.revents & (POLLHUP | POLLERR)) {
            // No client has the port open: what was in flight is dropped, and the board waits for the next one.
            if (serial_connected_) {
                serial_connected_ = false;
                tcflush(serial_fd_, TCIOFLUSH);
                std::lock_guard<std::mutex> lock(serial_mu_);
                serial_in_.clear();
                serial_hangup_ = true;
                serial_cv_.notify_all();
            }
            std::this_thread::sleep_for(std::chrono::milliseconds(50));
            continue;
        }
        serial_connected_ = true;
    }
}

bool HostPort::serial_fill(int timeout_ms, bool* timed_out, bool* interrupted) {
    std::unique_lock<std::mutex> lock(serial_mu_);
    auto ready = [this] {
        volatile int* flag = g_interrupt_flag.load();
        return !serial_in_.empty() || serial_hangup_ || (flag && *flag && !raw_);
    };
    if (timeout_ms < 0) serial_cv_.wait(lock, ready);
    else serial_cv_.wait_for(lock, std::chrono::milliseconds(timeout_ms), ready);
    if (!serial_in_.empty()) {
        in_buf_ += serial_in_;
        serial_in_.clear();
        return true;
    }
    volatile int* flag = g_interrupt_flag.load();
    if (flag && *flag) *interrupted = true;
    else *timed_out = true;
    return false;
}

void HostPort::serial_write(const char* p, size_t n) {
    while (n > 0) {
        // Nobody listening: the output is lost, as on a USB port with no host attached.
        if (!serial_connected_) return;
        ssize_t w = ::write(serial_fd_, p, n);
        if (w > 0) {
            p += w;
            n -= static_cast<size_t>(w);
            continue;
        }
        if (w < 0 && errno == EINTR) continue;
        if (w < 0 && errno == EAGAIN) {
            struct pollfd q {serial_fd_, POLLOUT, 0};
            ::poll(&q, 1, 100);
            continue;
        }
        return;
    }
}

// ---- the WebREPL -------------------------------------------------------------------------------------------------

int HostPort::webrepl_start(const std::string& host, int port, const std::string& password, std::string* what) {
    if (!is_device()) {
        *what = "the WebREPL serves a board (pyco --device DIR)";
        return -EOPNOTSUPP;
    }
    if (serial_fd_ < 0 && web_pipe_[0] < 0) {
        if (::pipe2(web_pipe_, O_CLOEXEC | O_NONBLOCK) < 0) {
            *what = "pipe";
            return -errno;
        }
    }
    WebRepl::Hooks hooks;
    hooks.input = [this](const char* p, size_t n) { console_inject(p, n); };
    // Paths are resolved from the root (never the REPL's current directory, which the other thread owns).
    hooks.map_path = [this](const std::string& device, std::string* host_path) { return map_path(device, host_path); };
    if (webrepl_.running()) {
        // boot.py calling webrepl.start() again after a soft reset keeps the connection it may come from.
        if (host == webrepl_host_ && (port == 0 || port == webrepl_.port()) && password == webrepl_password_)
            return webrepl_.port();
        webrepl_.stop();
    }
    if (int e = webrepl_.start(host, port, password, std::move(hooks), what)) return e;
    webrepl_host_ = host;
    webrepl_password_ = password;
    return webrepl_.port();
}

void HostPort::webrepl_stop() { webrepl_.stop(); }

void HostPort::console_inject(const char* p, size_t n) {
    std::string keys;
    volatile int* flag = g_interrupt_flag.load();
    for (size_t i = 0; i < n; i++) {
        bool interrupts = serial_fd_ >= 0 ? serial_interrupt_char_.load() : !console_keys_.load();
        if (p[i] == 0x03 && interrupts && flag) {
            *flag = 1;  // Ctrl-C while code runs: KeyboardInterrupt, not input
            continue;
        }
        keys.push_back(p[i]);
    }
    if (serial_fd_ >= 0) {
        std::lock_guard<std::mutex> lock(serial_mu_);
        serial_in_ += keys;
        serial_cv_.notify_all();  // also wakes a reader an interrupt is for
        return;
    }
    if (keys.empty()) return;
    // A board busy running code reads its keys later; what does not fit in the pipe meanwhile is lost.
    (void)!::write(web_pipe_[1], keys.data(), keys.size());
}

uint64_t HostPort::monotonic_ns() {
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return static_cast<uint64_t>(ts.tv_sec) * 1000000000u + static_cast<uint64_t>(ts.tv_nsec);
}
int64_t HostPort::time_ns() {
    struct timespec ts;
    clock_gettime(CLOCK_REALTIME, &ts);
    return static_cast<int64_t>(ts.tv_sec) * 1000000000 + ts.tv_nsec;
}
static_assert(PORT_POLLIN == POLLIN && PORT_POLLPRI == POLLPRI && PORT_POLLOUT == POLLOUT && PORT_POLLERR == POLLERR &&
              PORT_POLLHUP == POLLHUP && PORT_POLLNVAL == POLLNVAL);

int HostPort::poll_fds(PortPollFd* fds, size_t n, int timeout_ms) {
    // Console input already read into in_buf_ is ready without asking the OS; fd 0 is the serial link's pty
    // on a board with --serial.
    std::vector<struct pollfd> p(n);
    bool buffered = false;
    for (size_t i = 0; i < n; i++) {
        bool console = fds[i].fd == 0;
        p[i].fd = console && serial_fd_ >= 0 ? serial_fd_ : fds[i].fd;
        p[i].events = static_cast<short>(fds[i].events);
        p[i].revents = 0;
        if (console && (fds[i].events & PORT_POLLIN) && in_pos_ < in_buf_.size()) buffered = true;
    }
    int r = ::poll(p.data(), n, buffered ? 0 : timeout_ms < 0 ? -1 : timeout_ms);
    if (r < 0) return -errno;
    r = 0;
    for (size_t i = 0; i < n; i++) {
        fds[i].revents = p[i].revents;
        if (buffered && fds[i].fd == 0 && (fds[i].events & PORT_POLLIN)) fds[i].revents |= PORT_POLLIN;
        if (fds[i].revents) r++;
    }
    return r;
}

void HostPort::sleep_ns(uint64_t ns) {
    struct timespec ts;
    ts.tv_sec = static_cast<time_t>(ns / 1000000000u);
    ts.tv_nsec = static_cast<long>(ns % 1000000000u);
    while (nanosleep(&ts, &ts) < 0 && errno == EINTR) {
    }
}
void HostPort::local_zone(int64_t utc_secs, int32_t* offset, bool* isdst, std::string* name) {
    time_t t = static_cast<time_t>(utc_secs);
    struct tm tm;
    if (!localtime_r(&t, &tm)) {
        *offset = 0;
        *isdst = false;
        *name = "UTC";
        return;
    }
    *offset = static_cast<int32_t>(tm.tm_gmtoff);
    *isdst = tm.tm_isdst > 0;
    *name = tm.tm_zone ? tm.tm_zone : "";
}
std::string HostPort::getenv(std::string_view name) {
    const char* v = std::getenv(z(name).c_str());
    return v ? v : "";
}

void HostPort::set_stack(uintptr_t lowest_address, size_t reserve) { stack_limit_ = lowest_address + reserve; }

uintptr_t HostPort::use_current_thread_stack(size_t reserve) {
    pthread_attr_t attr;
    void* addr = nullptr;
    size_t size = 0;
    if (pthread_getattr_np(pthread_self(), &attr) != 0) return 0;
    pthread_attr_getstack(&attr, &addr, &size);
    pthread_attr_destroy(&attr);
    set_stack(reinterpret_cast<uintptr_t>(addr), reserve);
    return reinterpret_cast<uintptr_t>(addr) + size;
}

}  // namespace pyco
