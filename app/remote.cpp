// `pyco remote PORT COMMAND ...`: the deploy client. Talks to a board (pyco's virtual board or a MicroPython
// board) over its serial port using only the documented raw REPL and raw-paste protocols.
#include "remote.h"

#include <dirent.h>
#include <fcntl.h>
#include <poll.h>
#include <sys/stat.h>
#include <termios.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <algorithm>
#include <cstring>
#include <string>
#include <vector>

namespace pyco {

namespace {

constexpr const char* kRemoteUsage =
    "usage: pyco remote PORT COMMAND [ARGS] [+ COMMAND [ARGS]] ...\n"
    "Commands (a ':' prefix marks a path on the board):\n"
    "  ls [:DIR]            list a directory on the board\n"
    "  cat :FILE            print a file on the board\n"
    "  cp [-r] SRC... DST   copy files (and with -r directories) to (:DST) or from (:SRC) the board\n"
    "  rm :FILE, mkdir :DIR, rmdir :DIR\n"
    "  run FILE             run a local file on the board, showing its output\n"
    "  exec CODE, eval EXPR run code / print an expression's value on the board\n"
    "  repl                 a terminal to the board (Ctrl-] leaves)\n"
    "  reset                reset the board (machine.reset())\n";

// `s` as a Python string literal (for paths in the code sent to the board).
std::string py_str(std::string_view s) {
    std::string out = "'";
    for (unsigned char c : s) {
        if (c == '\\' || c == '\'') {
            out += '\\';
            out += static_cast<char>(c);
        } else if (c < 0x20 || c == 0x7f) {
            char buf[8];
            std::snprintf(buf, sizeof buf, "\\x%02x", c);
            out += buf;
        } else {
            out += static_cast<char>(c);
        }
    }
    return out + "'";
}

std::string remote_path(std::string_view arg) { return std::string(arg.substr(arg[0] == ':' ? 1 : 0)); }

class Board {
public:
    ~Board() {
        if (fd_ >= 0) {
            if (in_raw_) write_all("\r\x02");
            ::close(fd_);
        }
    }

    bool open(const std::string& port) {
        fd_ = ::open(port.c_str(), O_RDWR | O_NOCTTY);
        if (fd_ < 0) return fail("can't open " + port + ": " + std::strerror(errno));
        struct termios t;
        if (tcgetattr(fd_, &t) == 0) {
            cfmakeraw(&t);
            cfsetispeed(&t, B115200);
            cfsetospeed(&t, B115200);
            tcsetattr(fd_, TCSANOW, &t);
        }
        return true;
    }

    // Interrupts whatever runs and enters the raw REPL (as mpremote does).
    bool enter_raw() {
        if (in_raw_) return true;
        write_all("\r\x03\x03");
        drain(200);
        write_all("\r\x01");
        if (!read_until("raw REPL; CTRL-B to exit\r\n>", 5000)) return fail("the board does not answer (no raw REPL)");
        in_raw_ = true;
        return true;
    }

    // Runs code in the raw REPL. Output goes to `out` (or is streamed to stdout when null); the traceback of an
    // uncaught exception to *error. False when the protocol failed.
    bool exec(const std::string& code, std::string* out, std::string* error, int timeout_ms = 30000) {
        if (!enter_raw()) return false;
        if (!send_code(code)) return false;
        std::string o, e;
        if (!read_until("\x04", timeout_ms, &o, out == nullptr)) return fail("the board stopped answering");
        if (!read_until("\x04", timeout_ms, &e)) return fail("the board stopped answering");
        if (!read_until(">", timeout_ms)) return fail("the board stopped answering");
        o.pop_back();
        e.pop_back();
        if (out) *out = o;
        *error = e;
        return true;
    }

    // Sends a line of code without waiting for its end (for reset, which the board never finishes answering).
    bool send_only(const std::string& code) { return enter_raw() && send_code(code); }

    bool terminal();

    const std::string& message() const { return message_; }

private:
    bool fail(const std::string& m) {
        message_ = m;
        return false;
    }

    void write_all(std::string_view s) {
        while (!s.empty()) {
            ssize_t n = ::write(fd_, s.data(), s.size());
            if (n < 0 && errno == EINTR) continue;
            if (n <= 0) return;
            s.remove_prefix(static_cast<size_t>(n));
        }
    }

    // One byte from the board, or -1 after timeout_ms.
    int read_byte(int timeout_ms) {
        if (pos_ < buf_.size()) return static_cast<unsigned char>(buf_[pos_++]);
        buf_.clear();
        pos_ = 0;
        struct pollfd p {fd_, POLLIN, 0};
        if (::poll(&p, 1, timeout_ms) <= 0) return -1;
        char tmp[4096];
        ssize_t n = ::read(fd_, tmp, sizeof tmp);
        if (n <= 0) return -1;
        buf_.assign(tmp, static_cast<size_t>(n));
        return static_cast<unsigned char>(buf_[pos_++]);
    }

    void drain(int quiet_ms) {
        while (read_byte(quiet_ms) >= 0) {
        }
    }

    // Reads up to and including `pattern` (kept in *got when given; streamed to stdout when `stream`).
    bool read_until(std::string_view pattern, int timeout_ms, std::string* got = nullptr, bool stream = false) {
        std::string seen;
        while (true) {
            int c = read_byte(timeout_ms);
            if (c < 0) return false;
            seen.push_back(static_cast<char>(c));
            if (stream && c != 0x04) {
                char ch = static_cast<char>(c);
                ::write(1, &ch, 1);
            }
            if (seen.size() >= pattern.size() && seen.compare(seen.size() - pattern.size(), pattern.size(), pattern) == 0) {
                if (got) *got = seen;
                return true;
            }
        }
    }

    // Raw-paste mode when the board offers it (flow control by windows), else the plain raw REPL.
    bool send_code(const std::string& code) {
        write_all("\x05" "A" "\x01");
        int a = read_byte(2000), b = read_byte(2000);
        if (a == 'R' && b == 0x01) {
            int lo = read_byte(2000), hi = read_byte(2000);
            if (lo < 0 || hi < 0) return fail("raw-paste: no window size");
            size_t increment = static_cast<size_t>(lo | (hi << 8));
            size_t window = increment;
            size_t i = 0;
            while (i < code.size()) {
                // Take every flow-control byte that has arrived; wait for one when the window is used up.
                while (true) {
                    int c = read_byte(window == 0 ? 5000 : 0);
                    if (c == 0x01) {
                        window += increment;
                    } else if (c == 0x04) {
                        write_all("\x04");
                        return fail("the board ended the transfer");
                    } else if (c < 0) {
                        if (window == 0) return fail("raw-paste: the board granted no more data");
                        break;
                    }
                }
                size_t n = std::min(window, code.size() - i);
                write_all(std::string_view(code).substr(i, n));
                i += n;
                window -= n;
            }
            write_all("\x04");
            // The board acknowledges the end with \x04 (flow-control \x01 bytes may come first).
            while (true) {
                int c = read_byte(5000);
                if (c == 0x04) return true;
                if (c < 0) return fail("raw-paste: no acknowledgement");
            }
        }
        if (a == 'R' && b == 0x00) {
            // Raw-paste not supported: the board is at the raw REPL prompt again.
        } else {
            // An old board echoes nothing useful: get back to a clean raw REPL prompt.
            write_all("\r\x03");
            drain(200);
            write_all("\r\x01");
            if (!read_until("raw REPL; CTRL-B to exit\r\n>", 5000)) return fail("no raw REPL");
        }
        for (size_t i = 0; i < code.size(); i += 256) {
            write_all(std::string_view(code).substr(i, 256));
            usleep(10000);
        }
        write_all("\x04");
        int o = read_byte(5000), k = read_byte(5000);
        if (o != 'O' || k != 'K') return fail("the raw REPL did not accept the code");
        return true;
    }

    int fd_ = -1;
    bool in_raw_ = false;
    std::string buf_;
    size_t pos_ = 0;
    std::string message_;

};

// repl: the local terminal connected to the board's friendly REPL until Ctrl-].
bool Board::terminal() {
    if (in_raw_) {
        write_all("\r\x02");
        in_raw_ = false;
    } else {
        write_all("\r");
    }
    bool tty = isatty(0);
    struct termios saved {};
    if (tty) {
        tcgetattr(0, &saved);
        struct termios t = saved;
        cfmakeraw(&t);
        tcsetattr(0, TCSANOW, &t);
    }
    std::fputs("Connected to the board; Ctrl-] to leave\r\n", stderr);
    if (pos_ < buf_.size()) ::write(1, buf_.data() + pos_, buf_.size() - pos_);
    buf_.clear();
    pos_ = 0;
    bool ok = true;
    while (true) {
        struct pollfd p[2] = {{0, POLLIN, 0}, {fd_, POLLIN, 0}};
        if (::poll(p, 2, -1) < 0) {
            if (errno == EINTR) continue;
            break;
        }
        char tmp[4096];
        if (p[1].revents & (POLLIN | POLLHUP | POLLERR)) {
            ssize_t n = ::read(fd_, tmp, sizeof tmp);
            if (n <= 0) {
                ok = fail("the board went away");
                break;
            }
            ::write(1, tmp, static_cast<size_t>(n));
        }
        if (p[0].revents & (POLLIN | POLLHUP)) {
            ssize_t n = ::read(0, tmp, sizeof tmp);
            if (n <= 0) break;
            std::string_view in(tmp, static_cast<size_t>(n));
            size_t quit = in.find('\x1d');
            write_all(in.substr(0, quit));
            if (quit != std::string_view::npos) break;
        }
    }
    if (tty) tcsetattr(0, TCSANOW, &saved);
    std::fputs("\n", stderr);
    return ok;
}

bool read_local(const std::string& path, std::string* out) {
    FILE* f = std::fopen(path.c_str(), "rb");
    if (!f) return false;
    char buf[65536];
    size_t n;
    while ((n = std::fread(buf, 1, sizeof buf, f)) > 0) out->append(buf, n);
    std::fclose(f);
    return true;
}

bool is_local_dir(const std::string& path) {
    struct stat st;
    return ::stat(path.c_str(), &st) == 0 && S_ISDIR(st.st_mode);
}

std::string base_name(std::string p) {
    while (p.size() > 1 && p.back() == '/') p.pop_back();
    size_t s = p.rfind('/');
    return s == std::string::npos ? p : p.substr(s + 1);
}

std::string join(const std::string& dir, const std::string& name) {
    if (dir.empty()) return name;
    return dir.back() == '/' ? dir + name : dir + "/" + name;
}

class Remote {
public:
    explicit Remote(Board& b) : b_(b) {}

    // Runs code; prints the board's traceback to stderr on an error. False on any failure.
    bool run(const std::string& code, std::string* out = nullptr, bool stream = false) {
        std::string o, err;
        if (!b_.exec(code, stream ? nullptr : &o, &err)) {
            std::fprintf(stderr, "pyco remote: %s\n", b_.message().c_str());
            return false;
        }
        if (out) *out = o;
        if (!err.empty()) {
            std::fputs(err.c_str(), stderr);
            return false;
        }
        return true;
    }

    bool ls(const std::string& dir) {
        std::string out;
        if (!run("import os\nfor e in sorted(os.ilistdir(" + (dir.empty() ? std::string() : py_str(dir)) + ")):\n"
                 " print('%12d %s%s' % (e[3] if len(e) > 3 else 0, e[0], '/' if e[1] & 0x4000 else ''))\n", &out))
            return false;
        std::printf("ls :%s\n%s", dir.c_str(), crlf_to_lf(out).c_str());
        return true;
    }

    bool cat(const std::string& file) {
        std::string data;
        if (!get(file, &data)) return false;
        std::fwrite(data.data(), 1, data.size(), stdout);
        return true;
    }

    // A board file's bytes, sent as hex lines (the raw REPL is a text channel).
    bool get(const std::string& file, std::string* data) {
        std::string out;
        if (!run("import binascii\nwith open(" + py_str(file) + ", 'rb') as f:\n while True:\n  b = f.read(256)\n"
                 "  if not b: break\n  print(binascii.hexlify(b).decode())\n", &out))
            return false;
        for (size_t i = 0; i + 1 < out.size(); i++) {
            auto hex = [](char c) { return c <= '9' ? c - '0' : (c | 0x20) - 'a' + 10; };
            if (out[i] == '\r' || out[i] == '\n') continue;
            data->push_back(static_cast<char>(hex(out[i]) * 16 + hex(out[i + 1])));
            i++;
        }
        return true;
    }

    bool put(const std::string& data, const std::string& file) {
        std::string code = "import binascii\nf = open(" + py_str(file) + ", 'wb')\nw = f.write\nh = binascii.unhexlify\n";
        static const char* kHex = "0123456789abcdef";
        for (size_t i = 0; i < data.size(); i += 256) {
            code += "w(h('";
            for (size_t j = i; j < data.size() && j < i + 256; j++) {
                unsigned char c = static_cast<unsigned char>(data[j]);
                code += kHex[c >> 4];
                code += kHex[c & 15];
            }
            code += "'))\n";
        }
        code += "f.close()\n";
        return run(code);
    }

    bool remote_is_dir(const std::string& path, bool* is_dir) {
        std::string out;
        if (!run("import os\ntry:\n print(os.stat(" + py_str(path) + ")[0] & 0x4000 != 0)\nexcept OSError:\n print(None)\n", &out))
            return false;
        *is_dir = out.rfind("True", 0) == 0;
        return true;
    }

    // cp: each SRC to DST; the side with ':' is the board.
    bool cp(const std::vector<std::string>& srcs, const std::string& dst, bool recursive) {
        bool to_board = !dst.empty() && dst[0] == ':';
        for (const std::string& src : srcs) {
            if (to_board == (!src.empty() && src[0] == ':')) {
                std::fprintf(stderr, "pyco remote: cp copies between the board (':' paths) and this computer\n");
                return false;
            }
            if (to_board ? !upload(src, remote_path(dst), recursive, srcs.size() > 1)
                         : !download(remote_path(src), dst, recursive, srcs.size() > 1))
                return false;
        }
        return true;
    }

    bool upload(const std::string& src, std::string dst, bool recursive, bool into_dir) {
        bool dst_dir = false;
        if (!remote_is_dir(dst.empty() ? "/" : dst, &dst_dir)) return false;
        if (dst.empty() || dst_dir || into_dir || dst.back() == '/') dst = join(dst.empty() ? "/" : dst, base_name(src));
        std::printf("cp %s :%s\n", src.c_str(), dst.c_str());
        if (is_local_dir(src)) {
            if (!recursive) {
                std::fprintf(stderr, "pyco remote: %s is a directory (use cp -r)\n", src.c_str());
                return false;
            }
            if (!run("import os\ntry:\n os.mkdir(" + py_str(dst) + ")\nexcept OSError:\n pass\n")) return false;
            DIR* d = opendir(src.c_str());
            if (!d) return false;
            std::vector<std::string> names;
            while (struct dirent* e = readdir(d))
                if (std::strcmp(e->d_name, ".") && std::strcmp(e->d_name, "..")) names.push_back(e->d_name);
            closedir(d);
            for (const std::string& n : names)
                if (!upload(join(src, n), dst + "/", true, true)) return false;
            return true;
        }
        std::string data;
        if (!read_local(src, &data)) {
            std::fprintf(stderr, "pyco remote: can't read %s: %s\n", src.c_str(), std::strerror(errno));
            return false;
        }
        return put(data, dst);
    }

    bool download(const std::string& src, std::string dst, bool recursive, bool into_dir) {
        if (dst.empty() || is_local_dir(dst) || into_dir || dst.back() == '/') dst = join(dst.empty() ? "." : dst, base_name(src));
        std::printf("cp :%s %s\n", src.c_str(), dst.c_str());
        bool src_dir = false;
        if (!remote_is_dir(src, &src_dir)) return false;
        if (src_dir) {
            if (!recursive) {
                std::fprintf(stderr, "pyco remote: :%s is a directory (use cp -r)\n", src.c_str());
                return false;
            }
            ::mkdir(dst.c_str(), 0777);
            std::string out;
            if (!run("import os\nfor e in os.ilistdir(" + py_str(src) + "):\n print(e[0])\n", &out)) return false;
            for (const std::string& n : lines(out))
                if (!download(join(src, n), dst + "/", true, true)) return false;
            return true;
        }
        std::string data;
        if (!get(src, &data)) return false;
        FILE* f = std::fopen(dst.c_str(), "wb");
        if (!f) {
            std::fprintf(stderr, "pyco remote: can't write %s: %s\n", dst.c_str(), std::strerror(errno));
            return false;
        }
        std::fwrite(data.data(), 1, data.size(), f);
        std::fclose(f);
        return true;
    }

    static std::vector<std::string> lines(const std::string& out) {
        std::vector<std::string> v;
        size_t start = 0;
        while (start < out.size()) {
            size_t nl = out.find('\n', start);
            if (nl == std::string::npos) nl = out.size();
            std::string l = out.substr(start, nl - start);
            if (!l.empty() && l.back() == '\r') l.pop_back();
            if (!l.empty()) v.push_back(l);
            start = nl + 1;
        }
        return v;
    }

    static std::string crlf_to_lf(const std::string& s) {
        std::string o;
        for (char c : s)
            if (c != '\r') o += c;
        return o;
    }

private:
    Board& b_;
};

}  // namespace

int remote_main(int argc, char** argv) {
    // argv: PORT COMMAND ARGS... (after "remote")
    if (argc >= 1 && (std::strcmp(argv[0], "-h") == 0 || std::strcmp(argv[0], "--help") == 0)) {
        std::fputs(kRemoteUsage, stdout);
        return 0;
    }
    if (argc < 2) {
        std::fputs(kRemoteUsage, stderr);
        return 2;
    }
    Board board;
    if (!board.open(argv[0])) {
        std::fprintf(stderr, "pyco remote: %s\n", board.message().c_str());
        return 1;
    }
    Remote r(board);
    int i = 1;
    while (i < argc) {
        std::vector<std::string> args;
        std::string cmd = argv[i++];
        while (i < argc && std::strcmp(argv[i], "+") != 0) args.push_back(argv[i++]);
        if (i < argc) i++;  // the "+"
        std::string code;
        bool ok = true;
        auto need = [&](size_t n) {
            if (args.size() == n) return true;
            std::fprintf(stderr, "pyco remote: %s takes %zu argument%s\n%s", cmd.c_str(), n, n == 1 ? "" : "s", kRemoteUsage);
            return false;
        };
        if (cmd == "ls") {
            ok = args.size() <= 1 && r.ls(args.empty() ? "" : remote_path(args[0]));
        } else if (cmd == "cat") {
            ok = need(1) && r.cat(remote_path(args[0]));
        } else if (cmd == "cp") {
            bool recursive = !args.empty() && args[0] == "-r";
            if (recursive) args.erase(args.begin());
            if (args.size() < 2) {
                std::fprintf(stderr, "pyco remote: cp needs a source and a destination\n");
                return 2;
            }
            std::string dst = args.back();
            args.pop_back();
            ok = r.cp(args, dst, recursive);
        } else if (cmd == "rm" || cmd == "mkdir" || cmd == "rmdir") {
            ok = need(1) && r.run("import os\nos." + std::string(cmd == "rm" ? "remove" : cmd) + "(" +
                                  py_str(remote_path(args[0])) + ")\n");
        } else if (cmd == "run") {
            std::string src;
            if (!need(1)) return 2;
            if (!read_local(args[0], &src)) {
                std::fprintf(stderr, "pyco remote: can't read %s: %s\n", args[0].c_str(), std::strerror(errno));
                return 1;
            }
            ok = r.run(src, nullptr, true);
        } else if (cmd == "exec") {
            ok = need(1) && r.run(args[0] + "\n", nullptr, true);
        } else if (cmd == "eval") {
            ok = need(1) && r.run("print(" + args[0] + ")\n", nullptr, true);
        } else if (cmd == "repl") {
            ok = board.terminal();
            if (!ok) std::fprintf(stderr, "pyco remote: %s\n", board.message().c_str());
        } else if (cmd == "reset") {
            ok = board.send_only("import machine\nmachine.reset()\n");
        } else {
            std::fprintf(stderr, "pyco remote: unknown command '%s'\n%s", cmd.c_str(), kRemoteUsage);
            return 2;
        }
        std::fflush(stdout);
        if (!ok) return 1;
    }
    return 0;
}

}  // namespace pyco
