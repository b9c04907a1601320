// MicroPython's WebREPL on the host: a WebSocket server (RFC 6455) whose text frames carry the board's REPL
// (after a password) and whose binary frames carry WebREPL's file transfers ("WA" requests, "WB" answers).
#pragma once
#include <atomic>
#include <cstdint>
#include <functional>
#include <mutex>
#include <string>
#include <string_view>
#include <thread>

namespace pyco {

class WebRepl {
public:
    struct Hooks {
        // REPL bytes typed by the client (after the password).
        std::function<void(const char* data, size_t n)> input;
        // A device path (always absolute) to the host path inside the board's filesystem: 0 or -errno.
        std::function<int(const std::string& device_path, std::string* host_path)> map_path;
    };

    WebRepl() = default;
    ~WebRepl() { stop(); }
    WebRepl(const WebRepl&) = delete;
    WebRepl& operator=(const WebRepl&) = delete;

    // Listens on host:port (host empty: all interfaces; port 0: any, see port()) and serves clients one at a
    // time on a thread of its own. 0 or -errno (*what: the step that failed).
    int start(const std::string& host, int port, const std::string& password, Hooks hooks, std::string* what);
    void stop();
    bool running() const { return thread_.joinable(); }
    int port() const { return bound_port_; }
    bool connected() const { return state_ == State::Connected; }

    // REPL output, from any thread: sent in text frames to the connected client once it gave the password.
    // `crlf`: the output already ends its lines with "\r\n" (else "\n" becomes "\r\n", as on a board).
    void send_console(std::string_view data, bool crlf);

private:
    enum class State { Handshake, Password, Connected };
    enum class FileOp { Header, PutData, GetWait };

    void run();
    void accept_client();
    void serve_client(bool drain = false);
    void drop_client();
    void receive(const char* p, size_t n);
    void handshake(const char* p, size_t n);
    void frames(const char* p, size_t n);
    // A complete frame's header was parsed; the payload (if any) follows.
    bool begin_frame();
    void payload(const char* p, size_t n);
    void end_frame();
    void text(const char* p, size_t n);
    void binary(const char* p, size_t n);
    void file_request();
    void finish_put();
    void send_get_chunk();
    void fail(uint16_t code);  // a protocol error: close with `code`, then drop the client
    // Writes a whole frame (false: the client is gone).
    bool send_frame(uint8_t opcode, std::string_view payload);
    bool send_raw(std::string_view bytes);
    bool send_locked(std::string_view bytes);  // send_mu_ held
    bool send_status(uint16_t status);

    Hooks hooks_;
    std::string password_;
    int listen_fd_ = -1;
    int bound_port_ = 0;
    std::thread thread_;
    std::atomic<bool> stop_{false};

    // The client (touched only by the server thread, except client_fd_ and state_ under send_mu_ for sends).
    std::mutex send_mu_;
    int client_fd_ = -1;
    std::atomic<State> state_{State::Handshake};
    bool closing_ = false;      // a close frame was sent: drop the client after this read
    uint64_t deadline_ms_ = 0;  // the handshake and the password must come before this
    std::string request_;       // the HTTP request being received
    std::string password_typed_;
    std::string utf8_pending_;  // an incomplete UTF-8 sequence held back from the last text frame sent

    // The frame being received.
    std::string header_;
    bool in_payload_ = false;
    uint8_t opcode_ = 0;
    bool fin_ = false;
    uint8_t mask_[4] = {};
    uint64_t payload_left_ = 0;
    uint64_t payload_pos_ = 0;
    std::string control_;     // a control frame's payload
    uint8_t message_ = 0;     // the opcode of the fragmented data message in progress (0: none)

    // WebREPL's file protocol.
    FileOp file_op_ = FileOp::Header;
    std::string record_;        // the request record being received (82 bytes)
    int file_fd_ = -1;
    std::string put_tmp_, put_path_;
    uint64_t put_left_ = 0;
    bool put_failed_ = false;
};

// Sec-WebSocket-Accept for a Sec-WebSocket-Key: base64(SHA-1(key + the RFC 6455 GUID)).
std::string websocket_accept(std::string_view key);

}  // namespace pyco
