// The host port on POSIX.
#include "ports/host/host_port.h"

#include <dirent.h>
#include <pthread.h>
#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <sys/utsname.h>
#include <sys/stat.h>
#include <sys/types.h>
#include <time.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>

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
// The one piece of process-wide state: a signal handler can reach nothing else.
volatile int* g_interrupt_flag = nullptr;

void on_sigint(int) {
    if (g_interrupt_flag) *g_interrupt_flag = 1;
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
    flush_console();
    set_console_raw(false);
    if (g_interrupt_flag) set_interrupt_flag(nullptr);
}

void HostPort::set_interrupt_flag(volatile int* flag) {
    g_interrupt_flag = flag;
    struct sigaction sa {};
    sa.sa_handler = flag ? on_sigint : SIG_DFL;
    sigaction(SIGINT, &sa, nullptr);
}

std::string HostPort::board_name() {
    struct utsname u;
    return uname(&u) == 0 ? lower(u.sysname) : "unknown";
}

std::string HostPort::cpu_name() {
    struct utsname u;
    return uname(&u) == 0 ? std::string(u.machine) : "unknown";
}

void HostPort::set_console_raw(bool raw) {
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
    while (true) {
        struct pollfd p {0, POLLIN, 0};
        int r = ::poll(&p, 1, timeout_ms < 0 ? -1 : timeout_ms);
        if (r < 0) {
            if (errno != EINTR) return false;
            if (g_interrupt_flag && *g_interrupt_flag) {
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
        ssize_t n = ::read(0, buf, sizeof buf);
        if (n < 0 && errno == EINTR) continue;
        if (n <= 0) return false;
        in_buf_.append(buf, static_cast<size_t>(n));
        return true;
    }
}

int HostPort::read_console_byte(int timeout_ms) {
    flush_console();
    if (in_pos_ >= in_buf_.size()) {
        bool timed_out, interrupted;
        if (!fill_input(timeout_ms, &timed_out, &interrupted)) {
            if (interrupted) {
                // A SIGINT while waiting for a key (stdin not in raw mode): it is the Ctrl-C key.
                *g_interrupt_flag = 0;
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
        if (out_is_tty_ || out_buf_.size() >= 8192) flush_console();
        return;
    }
    flush_console();
    write_all(fd, data.data(), data.size());
}

void HostPort::flush_console() {
    if (out_buf_.empty()) return;
    write_all(1, out_buf_.data(), out_buf_.size());
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
    int fd = ::open(z(path).c_str(), f | O_CLOEXEC, 0666);
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
    return ::close(fd) < 0 ? -errno : 0;
}
long HostPort::seek(int fd, long offset, int whence) {
    off_t r = ::lseek(fd, offset, whence);
    return r < 0 ? -errno : static_cast<long>(r);
}
int HostPort::stat(std::string_view path, PortStat* st) {
    struct stat s;
    if (::stat(z(path).c_str(), &s) < 0) return -errno;
    st->is_dir = S_ISDIR(s.st_mode);
    st->size = static_cast<uint64_t>(s.st_size);
    st->mtime = s.st_mtime;
    return 0;
}
int HostPort::listdir(std::string_view path, std::vector<std::string>* names) {
    DIR* d = opendir(z(path).c_str());
    if (!d) return -errno;
    while (struct dirent* e = readdir(d)) {
        if (std::strcmp(e->d_name, ".") == 0 || std::strcmp(e->d_name, "..") == 0) continue;
        names->push_back(e->d_name);
    }
    closedir(d);
    return 0;
}
int HostPort::mkdir(std::string_view path) { return ::mkdir(z(path).c_str(), 0777) < 0 ? -errno : 0; }
int HostPort::rmdir(std::string_view path) { return ::rmdir(z(path).c_str()) < 0 ? -errno : 0; }
int HostPort::remove(std::string_view path) { return ::unlink(z(path).c_str()) < 0 ? -errno : 0; }
int HostPort::rename(std::string_view from, std::string_view to) {
    return ::rename(z(from).c_str(), z(to).c_str()) < 0 ? -errno : 0;
}
int HostPort::getcwd(std::string* out) {
    char buf[4096];
    if (!::getcwd(buf, sizeof buf)) return -errno;
    *out = buf;
    return 0;
}
int HostPort::chdir(std::string_view path) { return ::chdir(z(path).c_str()) < 0 ? -errno : 0; }

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
