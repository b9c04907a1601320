// The WebREPL server: RFC 6455's opening handshake and framing (masked client frames, fragmentation, ping/pong,
// close) and MicroPython's WebREPL on top (the "Password: " prompt, text frames for the REPL, binary frames for
// its file protocol). Nothing a client sends can stop the server: errors drop that client only.
#include "ports/host/webrepl.h"

#include <arpa/inet.h>
#include <fcntl.h>
#include <netdb.h>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstring>

#include "modules/digest.h"

namespace pyco {

namespace {

constexpr std::string_view kGuid = "258EAFA5-E914-47DA-95CA-C5AB0DC85B11";
constexpr size_t kMaxRequest = 8192;        // a longer HTTP request is refused
constexpr uint64_t kLoginMs = 30000;        // the handshake and the password must come within this
constexpr int kSendTimeoutMs = 5000;        // a client that reads nothing for this long is dropped
constexpr size_t kRecordSize = 82;          // WebREPL's request record: "<2sBBQLH64s"
constexpr size_t kGetChunk = 1024;
enum : uint8_t { kContinuation = 0, kText = 1, kBinary = 2, kClose = 8, kPing = 9, kPong = 10 };
enum : uint8_t { kPutFile = 1, kGetFile = 2, kGetVersion = 3 };
enum : uint16_t { kCloseNormal = 1000, kCloseProtocol = 1002, kCloseTooBig = 1009 };

uint64_t now_ms() {
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return static_cast<uint64_t>(ts.tv_sec) * 1000u + static_cast<uint64_t>(ts.tv_nsec) / 1000000u;
}

std::string base64(const uint8_t* p, size_t n) {
    static constexpr char kAlphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    std::string out;
    for (size_t i = 0; i < n; i += 3) {
        uint32_t v = static_cast<uint32_t>(p[i]) << 16;
        if (i + 1 < n) v |= static_cast<uint32_t>(p[i + 1]) << 8;
        if (i + 2 < n) v |= p[i + 2];
        out += kAlphabet[(v >> 18) & 63];
        out += kAlphabet[(v >> 12) & 63];
        out += i + 1 < n ? kAlphabet[(v >> 6) & 63] : '=';
        out += i + 2 < n ? kAlphabet[v & 63] : '=';
    }
    return out;
}

std::string lower(std::string_view s) {
    std::string r(s);
    for (char& c : r)
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    return r;
}

std::string_view trim(std::string_view s) {
    while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
    while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r')) s.remove_suffix(1);
    return s;
}

uint64_t le(const std::string& s, size_t at, size_t bytes) {
    uint64_t v = 0;
    for (size_t i = 0; i < bytes; i++) v |= static_cast<uint64_t>(static_cast<uint8_t>(s[at + i])) << (8 * i);
    return v;
}

// How many bytes at the end of `s` are the start of a UTF-8 sequence that isn't complete yet.
size_t incomplete_utf8_tail(std::string_view s) {
    for (size_t back = 1; back <= 3 && back <= s.size(); back++) {
        auto c = static_cast<uint8_t>(s[s.size() - back]);
        if ((c & 0xC0) == 0x80) continue;  // a continuation byte: look further back
        size_t need = (c & 0xE0) == 0xC0 ? 2 : (c & 0xF0) == 0xE0 ? 3 : (c & 0xF8) == 0xF0 ? 4 : 1;
        return need > back ? back : 0;
    }
    return 0;
}

// A server frame (never masked, always final).
std::string make_frame(uint8_t opcode, std::string_view payload) {
    std::string frame;
    frame += static_cast<char>(0x80 | opcode);
    if (payload.size() < 126) {
        frame += static_cast<char>(payload.size());
    } else if (payload.size() < 65536) {
        frame += static_cast<char>(126);
        frame += static_cast<char>(payload.size() >> 8);
        frame += static_cast<char>(payload.size() & 0xFF);
    } else {
        frame += static_cast<char>(127);
        for (int i = 7; i >= 0; i--) frame += static_cast<char>((static_cast<uint64_t>(payload.size()) >> (8 * i)) & 0xFF);
    }
    frame += payload;
    return frame;
}

}  // namespace

std::string websocket_accept(std::string_view key) {
    HashState h;
    hash_init(&h, HashAlgo::Sha1);
    hash_update(&h, key);
    hash_update(&h, kGuid);
    uint8_t digest[20];
    hash_digest(&h, digest);
    return base64(digest, sizeof digest);
}

int WebRepl::start(const std::string& host, int port, const std::string& password, Hooks hooks, std::string* what) {
    if (running()) {
        *what = "already running";
        return -EALREADY;
    }
    struct addrinfo hints {};
    hints.ai_family = AF_UNSPEC;
    hints.ai_socktype = SOCK_STREAM;
    hints.ai_flags = AI_PASSIVE | AI_NUMERICSERV;
    struct addrinfo* found = nullptr;
    std::string service = std::to_string(port);
    if (getaddrinfo(host.empty() ? nullptr : host.c_str(), service.c_str(), &hints, &found) != 0 || !found) {
        *what = "no such address: " + host;
        return -EADDRNOTAVAIL;
    }
    int fd = ::socket(found->ai_family, found->ai_socktype | SOCK_CLOEXEC | SOCK_NONBLOCK, 0);
    int err = 0;
    if (fd < 0) {
        err = -errno;
        *what = "socket";
    } else {
        int one = 1;
        ::setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &one, sizeof one);
        if (::bind(fd, found->ai_addr, found->ai_addrlen) < 0) {
            err = -errno;
            *what = "bind";
        } else if (::listen(fd, 2) < 0) {
            err = -errno;
            *what = "listen";
        }
    }
    freeaddrinfo(found);
    if (err) {
        if (fd >= 0) ::close(fd);
        return err;
    }
    struct sockaddr_storage addr {};
    socklen_t len = sizeof addr;
    if (::getsockname(fd, reinterpret_cast<struct sockaddr*>(&addr), &len) == 0) {
        bound_port_ = addr.ss_family == AF_INET6 ? ntohs(reinterpret_cast<struct sockaddr_in6*>(&addr)->sin6_port)
                                                 : ntohs(reinterpret_cast<struct sockaddr_in*>(&addr)->sin_port);
    }
    listen_fd_ = fd;
    password_ = password;
    hooks_ = std::move(hooks);
    stop_ = false;
    thread_ = std::thread(&WebRepl::run, this);
    return 0;
}

void WebRepl::stop() {
    if (!thread_.joinable()) return;
    stop_ = true;
    thread_.join();
}

void WebRepl::run() {
    while (!stop_) {
        struct pollfd fds[2] = {{listen_fd_, POLLIN, 0}, {client_fd_, POLLIN, 0}};
        int r = ::poll(fds, client_fd_ >= 0 ? 2 : 1, 100);
        if (client_fd_ >= 0 && state_ != State::Connected && now_ms() > deadline_ms_) drop_client();
        if (r <= 0) continue;
        // The client first: one that just left makes room for the next.
        if (client_fd_ >= 0 && fds[1].fd == client_fd_ && (fds[1].revents & (POLLIN | POLLHUP | POLLERR))) serve_client();
        if (fds[0].revents & POLLIN) accept_client();
    }
    drop_client();
    ::close(listen_fd_);
    listen_fd_ = -1;
}

// Reads what the client sent (all of it when `drain`), dropping it when it has gone.
void WebRepl::serve_client(bool drain) {
    do {
        char buf[4096];
        ssize_t n = ::recv(client_fd_, buf, sizeof buf, 0);
        if (n < 0 && errno == EINTR) continue;
        if (n < 0 && errno == EAGAIN) return;
        if (n <= 0) {
            drop_client();  // gone, perhaps in the middle of a frame or a file
            return;
        }
        receive(buf, static_cast<size_t>(n));
        if (closing_) {
            drop_client();
            return;
        }
    } while (drain);
}

void WebRepl::accept_client() {
    int fd = ::accept4(listen_fd_, nullptr, nullptr, SOCK_CLOEXEC | SOCK_NONBLOCK);
    if (fd < 0) return;
    if (client_fd_ >= 0) serve_client(true);  // the current client may have left already
    if (client_fd_ >= 0) {
        // One client at a time, as on MicroPython: a second connection is turned away.
        ::close(fd);
        return;
    }
    std::lock_guard<std::mutex> lock(send_mu_);
    client_fd_ = fd;
    state_ = State::Handshake;
    closing_ = false;
    deadline_ms_ = now_ms() + kLoginMs;
    request_.clear();
    password_typed_.clear();
    utf8_pending_.clear();
    header_.clear();
    in_payload_ = false;
    control_.clear();
    message_ = 0;
    file_op_ = FileOp::Header;
    record_.clear();
}

void WebRepl::drop_client() {
    if (file_fd_ >= 0) {
        ::close(file_fd_);
        file_fd_ = -1;
        // A file half received is abandoned: the old content (if any) stays.
        if (file_op_ == FileOp::PutData) ::unlink(put_tmp_.c_str());
    }
    file_op_ = FileOp::Header;
    std::lock_guard<std::mutex> lock(send_mu_);
    if (client_fd_ >= 0) ::close(client_fd_);
    client_fd_ = -1;
    state_ = State::Handshake;
    closing_ = false;
}

void WebRepl::receive(const char* p, size_t n) {
    if (state_ == State::Handshake) return handshake(p, n);
    frames(p, n);
}

// ---- the opening handshake --------------------------------------------------------------------------------------

void WebRepl::handshake(const char* p, size_t n) {
    request_.append(p, n);
    size_t end = request_.find("\r\n\r\n");
    if (end == std::string::npos) {
        if (request_.size() > kMaxRequest) {
            send_raw("HTTP/1.1 431 Request Header Fields Too Large\r\nConnection: close\r\n\r\n");
            closing_ = true;
        }
        return;
    }
    std::string rest = request_.substr(end + 4);
    std::string_view head(request_.data(), end);
    std::string key;
    bool upgrade = false;
    bool get = head.substr(0, 4) == "GET ";
    size_t pos = head.find("\r\n");
    while (pos != std::string_view::npos) {
        size_t next = head.find("\r\n", pos + 2);
        std::string_view line = head.substr(pos + 2, next == std::string_view::npos ? std::string_view::npos : next - pos - 2);
        size_t colon = line.find(':');
        if (colon != std::string_view::npos) {
            std::string name = lower(trim(line.substr(0, colon)));
            std::string_view value = trim(line.substr(colon + 1));
            if (name == "sec-websocket-key") key = value;
            if (name == "upgrade" && lower(value).find("websocket") != std::string::npos) upgrade = true;
        }
        pos = next;
    }
    if (!get || !upgrade || key.empty()) {
        send_raw("HTTP/1.1 400 Bad Request\r\nContent-Type: text/plain\r\nConnection: close\r\n\r\n"
                 "This is a WebREPL: connect with a WebSocket client (MicroPython's webrepl.html or webrepl_cli.py).\r\n");
        closing_ = true;
        return;
    }
    std::string response = "HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
                           "Sec-WebSocket-Accept: " + websocket_accept(key) + "\r\n\r\n";
    if (!send_raw(response)) return;
    request_.clear();
    state_ = State::Password;
    if (!send_frame(kText, "Password: ")) return;
    if (!rest.empty()) frames(rest.data(), rest.size());
}

// ---- frames -------------------------------------------------------------------------------------------------------

void WebRepl::frames(const char* p, size_t n) {
    while (n > 0 && !closing_) {
        if (in_payload_) {
            size_t k = payload_left_ < n ? static_cast<size_t>(payload_left_) : n;
            payload(p, k);
            p += k;
            n -= k;
            payload_left_ -= k;
            if (payload_left_ == 0) end_frame();
            continue;
        }
        header_.push_back(*p++);
        n--;
        if (header_.size() < 2) continue;
        uint8_t len7 = static_cast<uint8_t>(header_[1]) & 0x7F;
        size_t need = 2 + (len7 == 126 ? 2 : len7 == 127 ? 8 : 0) + ((static_cast<uint8_t>(header_[1]) & 0x80) ? 4 : 0);
        if (header_.size() < need) continue;
        if (!begin_frame()) return;
        header_.clear();
        if (payload_left_ == 0) end_frame();
    }
}

bool WebRepl::begin_frame() {
    auto b0 = static_cast<uint8_t>(header_[0]), b1 = static_cast<uint8_t>(header_[1]);
    fin_ = (b0 & 0x80) != 0;
    opcode_ = b0 & 0x0F;
    // RFC 6455 5.1-5.5: client frames are masked, no extensions were negotiated (RSV bits 0), control frames are
    // short and unfragmented, a continuation needs a message to continue and a new message needs none open.
    bool control = opcode_ >= 8;
    bool known = opcode_ <= kBinary || opcode_ == kClose || opcode_ == kPing || opcode_ == kPong;
    if ((b0 & 0x70) || !(b1 & 0x80) || !known || (control && (!fin_ || (b1 & 0x7F) > 125)) ||
        (opcode_ == kContinuation && !message_) || ((opcode_ == kText || opcode_ == kBinary) && message_)) {
        fail(kCloseProtocol);
        return false;
    }
    uint8_t len7 = b1 & 0x7F;
    size_t at = 2;
    if (len7 == 126) {
        payload_left_ = (static_cast<uint64_t>(static_cast<uint8_t>(header_[2])) << 8) | static_cast<uint8_t>(header_[3]);
        at = 4;
    } else if (len7 == 127) {
        payload_left_ = 0;
        for (size_t i = 0; i < 8; i++) payload_left_ = (payload_left_ << 8) | static_cast<uint8_t>(header_[2 + i]);
        at = 10;
        if (payload_left_ >> 63) {
            fail(kCloseTooBig);
            return false;
        }
    } else {
        payload_left_ = len7;
    }
    std::memcpy(mask_, header_.data() + at, 4);
    payload_pos_ = 0;
    in_payload_ = true;
    control_.clear();
    if (opcode_ == kText || opcode_ == kBinary) message_ = opcode_;
    return true;
}

void WebRepl::payload(const char* p, size_t n) {
    char buf[4096];
    while (n > 0) {
        size_t k = n < sizeof buf ? n : sizeof buf;
        for (size_t i = 0; i < k; i++) buf[i] = static_cast<char>(p[i] ^ mask_[(payload_pos_ + i) & 3]);
        payload_pos_ += k;
        if (opcode_ >= 8) control_.append(buf, k);
        else if (message_ == kText) text(buf, k);
        else binary(buf, k);
        if (closing_) return;
        p += k;
        n -= k;
    }
}

void WebRepl::end_frame() {
    in_payload_ = false;
    header_.clear();
    if (opcode_ == kClose) {
        // Answer with the client's status code (RFC 6455 5.5.1), then part.
        send_frame(kClose, control_.substr(0, control_.size() >= 2 ? 2 : 0));
        closing_ = true;
    } else if (opcode_ == kPing) {
        send_frame(kPong, control_);
    } else if (opcode_ < 8 && fin_) {
        message_ = 0;
    }
}

void WebRepl::fail(uint16_t code) {
    char status[2] = {static_cast<char>(code >> 8), static_cast<char>(code & 0xFF)};
    send_frame(kClose, std::string_view(status, 2));
    closing_ = true;
}

// ---- the REPL in text frames ---------------------------------------------------------------------------------------

void WebRepl::text(const char* p, size_t n) {
    if (state_ == State::Password) {
        // As MicroPython: the password is not echoed and ends at the first CR or LF; a wrong one ends the session.
        size_t i = 0;
        for (; i < n && state_ == State::Password; i++) {
            if (p[i] != '\r' && p[i] != '\n') {
                if (password_typed_.size() < 256) password_typed_.push_back(p[i]);
                continue;
            }
            if (password_typed_ != password_) {
                send_frame(kText, "\r\nAccess denied\r\n");
                fail(kCloseNormal);
                return;
            }
            password_typed_.clear();
            state_ = State::Connected;
            send_frame(kText, "\r\nWebREPL connected\r\n>>> ");
        }
        p += i;
        n -= i;
        if (n > 0 && (*p == '\n')) {  // the LF of a CRLF after the password
            p++;
            n--;
        }
        if (n == 0) return;
    }
    if (hooks_.input) hooks_.input(p, n);
}

void WebRepl::send_console(std::string_view data, bool crlf) {
    if (state_ != State::Connected || data.empty()) return;
    std::string out;
    std::lock_guard<std::mutex> lock(send_mu_);
    if (client_fd_ < 0) return;
    out.swap(utf8_pending_);
    for (size_t i = 0; i < data.size(); i++) {
        if (data[i] == '\n' && !crlf && (i == 0 ? out.empty() || out.back() != '\r' : data[i - 1] != '\r')) out += '\r';
        out += data[i];
    }
    // A text frame must hold whole UTF-8 characters: the start of one cut by the flush waits for the rest.
    size_t tail = incomplete_utf8_tail(out);
    utf8_pending_.assign(out, out.size() - tail, tail);
    out.resize(out.size() - tail);
    if (out.empty()) return;
    // The client stopped reading or is gone: the server thread sees the shutdown and drops it.
    if (!send_locked(make_frame(kText, out))) ::shutdown(client_fd_, SHUT_RDWR);
}

// ---- WebREPL's file protocol in binary frames ----------------------------------------------------------------------

void WebRepl::binary(const char* p, size_t n) {
    if (state_ != State::Connected) return;  // nothing before the password
    while (n > 0 && !closing_) {
        switch (file_op_) {
            case FileOp::Header: {
                size_t k = kRecordSize - record_.size();
                if (k > n) k = n;
                record_.append(p, k);
                p += k;
                n -= k;
                if (record_.size() == kRecordSize) file_request();
                break;
            }
            case FileOp::PutData: {
                size_t k = put_left_ < n ? static_cast<size_t>(put_left_) : n;
                if (file_fd_ >= 0 && !put_failed_) {
                    size_t off = 0;
                    while (off < k) {
                        ssize_t w = ::write(file_fd_, p + off, k - off);
                        if (w < 0 && errno == EINTR) continue;
                        if (w <= 0) {
                            put_failed_ = true;
                            break;
                        }
                        off += static_cast<size_t>(w);
                    }
                }
                p += k;
                n -= k;
                put_left_ -= k;
                if (put_left_ == 0) finish_put();
                break;
            }
            case FileOp::GetWait:
                // Each byte the client sends asks for the next chunk.
                p++;
                n--;
                send_get_chunk();
                break;
        }
    }
}

void WebRepl::file_request() {
    std::string rec;
    rec.swap(record_);
    if (rec[0] != 'W' || rec[1] != 'A') return;  // not a request: ignored, as MicroPython does
    auto type = static_cast<uint8_t>(rec[2]);
    if (type == kGetVersion) {
        unsigned major = 0, minor = 0, micro = 0;
        std::sscanf(PYCO_VERSION, "%u.%u.%u", &major, &minor, &micro);
        char version[3] = {static_cast<char>(major), static_cast<char>(minor), static_cast<char>(micro)};
        send_frame(kBinary, std::string_view(version, 3));
        return;
    }
    if (type != kPutFile && type != kGetFile) return;
    size_t name_len = static_cast<size_t>(le(rec, 16, 2));
    if (name_len > 64) name_len = 64;
    std::string name = rec.substr(18, name_len);
    std::string device = !name.empty() && name[0] == '/' ? name : "/" + name;
    std::string host;
    int err = name.empty() || name.find('\0') != std::string::npos ? -ENOENT : hooks_.map_path(device, &host);
    if (type == kPutFile) {
        // The data follows in any case: it is received (and dropped when the file can't be written).
        put_left_ = le(rec, 12, 4);
        put_failed_ = err != 0;
        file_fd_ = -1;
        struct stat st;
        if (!err && ::stat(host.c_str(), &st) == 0 && S_ISDIR(st.st_mode)) put_failed_ = true;
        if (!put_failed_) {
            // Written beside the file and renamed over it when complete, as the board's files are: a client that
            // vanishes mid-transfer leaves the old content.
            size_t slash = host.rfind('/');
            put_path_ = host;
            put_tmp_ = host.substr(0, slash + 1) + "." + host.substr(slash + 1) + ".pyco-tmp";
            file_fd_ = ::open(put_tmp_.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0666);
            if (file_fd_ < 0) put_failed_ = true;
        }
        send_status(put_failed_ ? 1 : 0);
        file_op_ = FileOp::PutData;
        if (put_left_ == 0) finish_put();
        return;
    }
    file_fd_ = err ? -1 : ::open(host.c_str(), O_RDONLY | O_CLOEXEC);
    struct stat st;
    if (file_fd_ >= 0 && (::fstat(file_fd_, &st) != 0 || S_ISDIR(st.st_mode))) {
        ::close(file_fd_);
        file_fd_ = -1;
    }
    send_status(file_fd_ >= 0 ? 0 : 1);
    if (file_fd_ >= 0) file_op_ = FileOp::GetWait;
}

void WebRepl::finish_put() {
    file_op_ = FileOp::Header;
    if (file_fd_ < 0) return;  // the failure was reported when the request came
    bool ok = !put_failed_ && ::fsync(file_fd_) == 0;
    if (::close(file_fd_) != 0) ok = false;
    file_fd_ = -1;
    if (ok && ::rename(put_tmp_.c_str(), put_path_.c_str()) != 0) ok = false;
    if (!ok) ::unlink(put_tmp_.c_str());
    send_status(ok ? 0 : 1);
}

void WebRepl::send_get_chunk() {
    char buf[2 + kGetChunk];
    ssize_t n = file_fd_ >= 0 ? ::read(file_fd_, buf + 2, kGetChunk) : 0;
    if (n < 0) n = 0;
    buf[0] = static_cast<char>(n & 0xFF);
    buf[1] = static_cast<char>(n >> 8);
    send_frame(kBinary, std::string_view(buf, 2 + static_cast<size_t>(n)));
    if (n == 0) {
        // The empty chunk ends the file; the status follows.
        if (file_fd_ >= 0) ::close(file_fd_);
        file_fd_ = -1;
        file_op_ = FileOp::Header;
        send_status(0);
    }
}

bool WebRepl::send_status(uint16_t status) {
    char resp[4] = {'W', 'B', static_cast<char>(status & 0xFF), static_cast<char>(status >> 8)};
    return send_frame(kBinary, std::string_view(resp, 4));
}

// ---- sending ------------------------------------------------------------------------------------------------------

bool WebRepl::send_frame(uint8_t opcode, std::string_view payload) { return send_raw(make_frame(opcode, payload)); }

bool WebRepl::send_raw(std::string_view bytes) {
    std::lock_guard<std::mutex> lock(send_mu_);
    if (send_locked(bytes)) return true;
    closing_ = true;
    return false;
}

bool WebRepl::send_locked(std::string_view bytes) {
    size_t off = 0;
    while (off < bytes.size() && client_fd_ >= 0) {
        ssize_t w = ::send(client_fd_, bytes.data() + off, bytes.size() - off, MSG_NOSIGNAL);
        if (w > 0) {
            off += static_cast<size_t>(w);
            continue;
        }
        if (w < 0 && errno == EINTR) continue;
        if (w < 0 && errno == EAGAIN) {
            struct pollfd q {client_fd_, POLLOUT, 0};
            if (::poll(&q, 1, kSendTimeoutMs) > 0) continue;
        }
        return false;
    }
    return off == bytes.size();
}

}  // namespace pyco
