// open() and the file objects: text (UTF-8, newline translation) and binary files over the port's file API, and
// the console streams behind sys.stdin/stdout/stderr.
//
// Reads go through a read-ahead buffer (File::rbuf; rpos..rlen is unread data). Writes go straight to the port,
// so nothing is lost when a file is never closed (the GC only closes the descriptor of an unreachable file).
// Before a write, seek or tell the read-ahead is given back (the port's position is moved to the logical one).
#include <cstring>
#include <string>

#include "modules/modules.h"
#include "objects/objects.h"
#include "ports/port.h"

namespace pyco {

namespace {

// File::mode bits.
enum : uint8_t {
    FM_READ = 1,
    FM_WRITE = 2,
    FM_APPEND = 4,
    FM_NEWLINE_SHIFT = 3,  // 3 bits: the Newline below
    FM_NEWLINE_MASK = 7 << FM_NEWLINE_SHIFT,
    FM_NAME_IS_FD = 64,  // opened from a descriptor: `name` is that int
    FM_CONSOLE = 128,    // fd 0/1/2 through the port's console functions
};

// The newline argument of open(): None translates \r and \r\n to \n on reading; '' splits lines the same way
// without translating; the others end lines only there and translate \n to themselves on writing.
enum Newline : uint8_t { NL_UNIVERSAL, NL_UNTRANSLATED, NL_LF, NL_CR, NL_CRLF };

// Error numbers are POSIX's on every port (see port.h).
constexpr int kEISDIR = 21;
constexpr int kESPIPE = 29;

constexpr size_t kChunk = 8192;

// File::mode_str holds "<mode>|<encoding>" (the mode as given to open(), the encoding as reported by repr and
// .encoding); '|' never occurs in a valid mode.
std::string_view mode_text(File* f) {
    std::string_view s = f->mode_str->view();
    return s.substr(0, s.find('|'));
}

std::string_view encoding_text(File* f) {
    std::string_view s = f->mode_str->view();
    size_t bar = s.find('|');
    return bar == std::string_view::npos ? std::string_view("UTF-8") : s.substr(bar + 1);
}

Newline newline_of(File* f) { return static_cast<Newline>((f->mode & FM_NEWLINE_MASK) >> FM_NEWLINE_SHIFT); }
bool is_console(File* f) { return f->mode & FM_CONSOLE; }
size_t unread(File* f) { return f->rlen - f->rpos; }

R<File*> file_self(Interpreter& vm, Args args, const char* method) {
    if (args.n < 1 || !is_kind(args.v[0], Kind::File)) {
        return raise(vm, vm.e_TypeError, "descriptor '%s' for '_io.TextIOWrapper' objects doesn't apply to a '%s' object",
                     method, args.n ? type_name(vm, args.v[0]) : "NoneType");
    }
    return static_cast<File*>(args.v[0].as_obj());
}

// CPython's messages for operations on a closed file differ between the text and binary layers.
Status ensure_open(Interpreter& vm, File* f, const char* binary_message = nullptr) {
    if (f->fd >= 0) return Status::ok();
    const char* msg = f->binary && binary_message ? binary_message : "I/O operation on closed file.";
    return raise(vm, vm.e_ValueError, "%s", msg);
}

Status ensure_open_bare(Interpreter& vm, File* f) {
    if (f->fd >= 0) return Status::ok();
    return raise(vm, vm.e_ValueError, "I/O operation on closed file");
}

Type* unsupported_operation(Interpreter& vm) {
    R<Str*> name = intern(vm, "UnsupportedOperation");
    if (name.failed()) return vm.e_OSError;
    Value t = dict_get_str(vm.t_text_file->dict, name.take());
    return is_type(t) ? static_cast<Type*>(t.as_obj()) : vm.e_OSError;
}

Status ensure_readable(Interpreter& vm, File* f) {
    if (!f->binary) TRY(ensure_open(vm, f));
    if (!(f->mode & FM_READ)) return raise(vm, unsupported_operation(vm), f->binary ? "read" : "not readable");
    return Status::ok();
}

Status ensure_writable(Interpreter& vm, File* f) {
    if (!f->binary) TRY(ensure_open(vm, f));
    if (!(f->mode & FM_WRITE)) return raise(vm, unsupported_operation(vm), f->binary ? "write" : "not writable");
    return ensure_open(vm, f, "write to closed file");
}

// ---- the read-ahead buffer ---------------------------------------------------------------------------------------

// Moves unread data to the front and makes room for `more` bytes after it.
Status reserve(Interpreter& vm, File* f, size_t more) {
    if (f->rpos) {
        std::memmove(f->rbuf, f->rbuf + f->rpos, unread(f));
        f->rlen -= f->rpos;
        f->rpos = 0;
    }
    if (f->rlen + more <= f->rcap) return Status::ok();
    size_t cap = f->rcap ? f->rcap : kChunk;
    while (cap < f->rlen + more) cap *= 2;
    if (cap > UINT32_MAX) return raise(vm, vm.e_OverflowError, "file data too large to buffer");
    void* p = f->rbuf ? TRY(realloc_raw(vm, f->rbuf, cap)) : TRY(alloc_raw(vm, cap));
    f->rbuf = static_cast<uint8_t*>(p);
    f->rcap = static_cast<uint32_t>(cap);
    return Status::ok();
}

// Reads more data after the unread bytes; returns how many arrived (0 at end of file). Offsets relative to rpos
// stay valid.
R<size_t> fill(Interpreter& vm, File* f) {
    if (is_console(f)) {
        std::string line;
        if (!vm.port.read_line(&line)) return size_t(0);
        TRY(reserve(vm, f, line.size()));
        std::memcpy(f->rbuf + f->rlen, line.data(), line.size());
        f->rlen += static_cast<uint32_t>(line.size());
        return line.size();
    }
    TRY(reserve(vm, f, kChunk));
    long n = vm.port.read(f->fd, f->rbuf + f->rlen, f->rcap - f->rlen);
    if (n < 0) return raise_os_error(vm, static_cast<int>(-n), Value());
    f->rlen += static_cast<uint32_t>(n);
    return static_cast<size_t>(n);
}

// The byte at offset `off` after rpos, reading more if needed; -1 at end of file.
R<int> peek(Interpreter& vm, File* f, size_t off) {
    while (off >= unread(f)) {
        if (TRY(fill(vm, f)) == 0) return -1;
    }
    return f->rbuf[f->rpos + off];
}

// Gives the read-ahead back to the port so that its position is the logical one.
Status drop_read_ahead(Interpreter& vm, File* f) {
    size_t n = unread(f);
    f->rpos = f->rlen = 0;
    if (n == 0 || is_console(f)) return Status::ok();
    long r = vm.port.seek(f->fd, -static_cast<long>(n), 1);
    if (r < 0) return raise_os_error(vm, static_cast<int>(-r), Value());
    return Status::ok();
}

// ---- UTF-8 -------------------------------------------------------------------------------------------------------

enum class Utf8 { Ok, Incomplete, Invalid };

// Checks the sequence at s (n > 0 bytes available) the way CPython's strict decoder does.
Utf8 utf8_sequence(const uint8_t* s, size_t n, size_t* len, const char** reason) {
    uint8_t b = s[0];
    if (b < 0x80) {
        *len = 1;
        return Utf8::Ok;
    }
    uint8_t lo = 0x80, hi = 0xbf;
    size_t need;
    if (b >= 0xc2 && b <= 0xdf) {
        need = 2;
    } else if (b >= 0xe0 && b <= 0xef) {
        need = 3;
        if (b == 0xe0) lo = 0xa0;
        if (b == 0xed) hi = 0x9f;
    } else if (b >= 0xf0 && b <= 0xf4) {
        need = 4;
        if (b == 0xf0) lo = 0x90;
        if (b == 0xf4) hi = 0x8f;
    } else {
        *reason = "invalid start byte";
        return Utf8::Invalid;
    }
    for (size_t i = 1; i < need; i++) {
        if (i >= n) {
            *reason = "unexpected end of data";
            return Utf8::Incomplete;
        }
        uint8_t c = s[i];
        if (c < (i == 1 ? lo : 0x80) || c > (i == 1 ? hi : 0xbf)) {
            *reason = "invalid continuation byte";
            return Utf8::Invalid;
        }
    }
    *len = need;
    return Utf8::Ok;
}

// Decodes a complete span of file data into a str, translating newlines where the file asks for it.
R<Str*> decode_span(Interpreter& vm, File* f, const uint8_t* p, size_t n) {
    for (size_t i = 0; i < n;) {
        size_t len = 1;
        const char* reason = nullptr;
        if (p[i] < 0x80) {
            i++;
            continue;
        }
        if (utf8_sequence(p + i, n - i, &len, &reason) != Utf8::Ok) {
            return raise(vm, vm.e_UnicodeDecodeError, "'utf-8' codec can't decode byte 0x%02x in position %zu: %s",
                         p[i], i, reason);
        }
        i += len;
    }
    std::string_view text(reinterpret_cast<const char*>(p), n);
    if (newline_of(f) != NL_UNIVERSAL || text.find('\r') == std::string_view::npos) return new_str(vm, text);
    std::string out;
    out.reserve(n);
    for (size_t i = 0; i < n; i++) {
        if (p[i] != '\r') {
            out.push_back(static_cast<char>(p[i]));
            continue;
        }
        out.push_back('\n');
        if (i + 1 < n && p[i + 1] == '\n') i++;
    }
    return new_str(vm, out);
}

// Consumes `n` bytes of read-ahead as the result of a read.
R<Value> take_bytes(Interpreter& vm, File* f, size_t n) {
    const uint8_t* p = f->rbuf ? f->rbuf + f->rpos : nullptr;
    Value r = f->binary ? val(TRY(new_bytes(vm, std::string_view(reinterpret_cast<const char*>(p), n))))
                        : val(TRY(decode_span(vm, f, p, n)));
    f->rpos += static_cast<uint32_t>(n);
    return r;
}

// ---- reading -----------------------------------------------------------------------------------------------------

R<Value> read_all(Interpreter& vm, File* f) {
    while (TRY(fill(vm, f)) != 0) {
    }
    return take_bytes(vm, f, unread(f));
}

// Text: `count` characters, a \r\n pair counting as one where it is translated.
R<Value> read_chars(Interpreter& vm, File* f, int64_t count) {
    size_t off = 0;
    bool universal = newline_of(f) == NL_UNIVERSAL;
    for (int64_t got = 0; got < count; got++) {
        int b = TRY(peek(vm, f, off));
        if (b < 0) break;
        if (b == '\r' && universal) {
            off += TRY(peek(vm, f, off + 1)) == '\n' ? 2 : 1;
            continue;
        }
        for (;;) {
            size_t len = 1;
            const char* reason = nullptr;
            Utf8 r = utf8_sequence(f->rbuf + f->rpos + off, unread(f) - off, &len, &reason);
            if (r == Utf8::Ok) {
                off += len;
                break;
            }
            // Invalid data, or a sequence cut off by the end of the file: the decoder reports it.
            if (r == Utf8::Invalid || TRY(fill(vm, f)) == 0) return take_bytes(vm, f, unread(f));
        }
    }
    return take_bytes(vm, f, off);
}

R<Value> read_line(Interpreter& vm, File* f, int64_t limit) {
    size_t off = 0;
    Newline nl = f->binary ? NL_LF : newline_of(f);
    for (int64_t got = 0; limit < 0 || got < limit; got++) {
        int b = TRY(peek(vm, f, off));
        if (b < 0) break;
        if (b == '\n' && nl != NL_CR && nl != NL_CRLF) {
            off++;
            break;
        }
        if (b == '\r' && nl != NL_LF) {
            bool pair = TRY(peek(vm, f, off + 1)) == '\n';
            if (nl == NL_CRLF && !pair) {
                off++;
                continue;
            }
            off += pair && nl != NL_CR ? 2 : 1;
            break;
        }
        if (b < 0x80 || f->binary) {
            off++;
            continue;
        }
        for (;;) {
            size_t len = 1;
            const char* reason = nullptr;
            Utf8 r = utf8_sequence(f->rbuf + f->rpos + off, unread(f) - off, &len, &reason);
            if (r == Utf8::Ok) {
                off += len;
                break;
            }
            if (r == Utf8::Invalid || TRY(fill(vm, f)) == 0) return take_bytes(vm, f, unread(f));
        }
    }
    return take_bytes(vm, f, off);
}

bool is_empty_result(Value v) {
    if (is_kind(v, Kind::Str)) return as_str(v)->size == 0;
    return is_kind(v, Kind::Bytes) && as_bytes(v)->size == 0;
}

R<int64_t> size_argument(Interpreter& vm, Value v) {
    if (v.is_null() || v.is_none()) return int64_t(-1);
    return index_value(vm, v);
}

// ---- writing -----------------------------------------------------------------------------------------------------

Status write_all(Interpreter& vm, File* f, std::string_view data) {
    if (is_console(f)) {
        vm.port.write_console(f->fd, data);
        return Status::ok();
    }
    while (!data.empty()) {
        long n = vm.port.write(f->fd, data.data(), data.size());
        if (n < 0) return raise_os_error(vm, static_cast<int>(-n), Value());
        data.remove_prefix(static_cast<size_t>(n));
    }
    return Status::ok();
}

R<size_t> write_value(Interpreter& vm, File* f, Value v) {
    TRY(ensure_writable(vm, f));
    if (f->binary) {
        std::string_view data;
        if (!buffer_view(v, &data)) {
            return raise(vm, vm.e_TypeError, "a bytes-like object is required, not '%s'", type_name(vm, v));
        }
        TRY(drop_read_ahead(vm, f));
        TRY(write_all(vm, f, data));
        return data.size();
    }
    if (!isinstance(vm, v, vm.t_str)) {
        return raise(vm, vm.e_TypeError, "write() argument must be str, not %s", type_name(vm, v));
    }
    Str* s = as_str(v);
    TRY(drop_read_ahead(vm, f));
    Newline nl = newline_of(f);
    std::string_view text = s->view();
    if ((nl == NL_CR || nl == NL_CRLF) && text.find('\n') != std::string_view::npos) {
        std::string out;
        for (char c : text) {
            if (c == '\n') {
                out.append(nl == NL_CR ? "\r" : "\r\n");
            } else {
                out.push_back(c);
            }
        }
        TRY(write_all(vm, f, out));
    } else {
        TRY(write_all(vm, f, text));
    }
    return s->length;
}

// ---- methods -----------------------------------------------------------------------------------------------------

R<Value> file_read(Interpreter& vm, Args args) {
    File* f = TRY(file_self(vm, args, "read"));
    Value a[1] = {};
    TRY(parse_args(vm, Args{args.v + 1, args.n - 1, args.kwnames}, "read", {"size"}, 0, 1, a));
    TRY(ensure_open(vm, f, "read of closed file"));
    TRY(ensure_readable(vm, f));
    int64_t size = TRY(size_argument(vm, a[0]));
    if (size < 0) return read_all(vm, f);
    if (!f->binary) return read_chars(vm, f, size);
    while (unread(f) < static_cast<uint64_t>(size)) {
        if (TRY(fill(vm, f)) == 0) break;
    }
    size_t n = unread(f) < static_cast<uint64_t>(size) ? unread(f) : static_cast<size_t>(size);
    return take_bytes(vm, f, n);
}

R<Value> file_readline(Interpreter& vm, Args args) {
    File* f = TRY(file_self(vm, args, "readline"));
    Value a[1] = {};
    TRY(parse_args(vm, Args{args.v + 1, args.n - 1, args.kwnames}, "readline", {"size"}, 0, 1, a));
    TRY(ensure_open(vm, f, "readline of closed file"));
    TRY(ensure_readable(vm, f));
    return read_line(vm, f, TRY(size_argument(vm, a[0])));
}

R<Value> file_readlines(Interpreter& vm, Args args) {
    File* f = TRY(file_self(vm, args, "readlines"));
    Value a[1] = {};
    TRY(parse_args(vm, Args{args.v + 1, args.n - 1, args.kwnames}, "readlines", {"hint"}, 0, 1, a));
    TRY(ensure_open(vm, f));
    TRY(ensure_readable(vm, f));
    int64_t hint = TRY(size_argument(vm, a[0]));
    List* lines = TRY(new_list(vm));
    int64_t total = 0;
    for (;;) {
        Value line = TRY(read_line(vm, f, -1));
        if (is_empty_result(line)) break;
        TRY(list_append(vm, lines, line));
        total += is_kind(line, Kind::Str) ? as_str(line)->length : as_bytes(line)->size;
        if (hint > 0 && total >= hint) break;
    }
    return val(lines);
}

R<Value> file_next(Interpreter& vm, Args args) {
    File* f = TRY(file_self(vm, args, "__next__"));
    TRY(check_nargs(vm, args, "__next__", 1, 1));
    TRY(ensure_open(vm, f, "readline of closed file"));
    TRY(ensure_readable(vm, f));
    Value line = TRY(read_line(vm, f, -1));
    if (!is_empty_result(line)) return line;
    return raise_value(vm, TRY(new_exception(vm, vm.e_StopIteration, Args{nullptr, 0, nullptr})));
}

R<Value> file_write(Interpreter& vm, Args args) {
    File* f = TRY(file_self(vm, args, "write"));
    TRY(check_nargs(vm, args, "write", 2, 2));
    return make_int(vm, static_cast<int64_t>(TRY(write_value(vm, f, args.v[1]))));
}

R<Value> file_writelines(Interpreter& vm, Args args) {
    File* f = TRY(file_self(vm, args, "writelines"));
    TRY(check_nargs(vm, args, "writelines", 2, 2));
    TRY(ensure_open(vm, f));
    Value it = TRY(get_iter(vm, args.v[1]));
    for (;;) {
        Value line = TRY(iter_next(vm, it));
        if (line.is_null()) return Value::none();
        TRY(write_value(vm, f, line));
    }
}

Status close_file(Interpreter& vm, File* f) {
    if (f->fd < 0) return Status::ok();
    int fd = f->fd;
    f->fd = -1;
    if (f->rbuf) free_raw(vm, f->rbuf);
    f->rbuf = nullptr;
    f->rpos = f->rlen = f->rcap = 0;
    if (is_console(f)) {
        vm.port.flush_console();
        return Status::ok();
    }
    if (f->owns_fd) {
        int r = vm.port.close(fd);
        if (r < 0) return raise_os_error(vm, -r, Value());
    }
    return Status::ok();
}

R<Value> file_close(Interpreter& vm, Args args) {
    File* f = TRY(file_self(vm, args, "close"));
    TRY(check_nargs(vm, args, "close", 1, 1));
    TRY(close_file(vm, f));
    return Value::none();
}

R<Value> file_flush(Interpreter& vm, Args args) {
    File* f = TRY(file_self(vm, args, "flush"));
    TRY(check_nargs(vm, args, "flush", 1, 1));
    TRY(ensure_open(vm, f));
    if (is_console(f)) vm.port.flush_console();
    return Value::none();
}

R<Value> file_seek(Interpreter& vm, Args args) {
    File* f = TRY(file_self(vm, args, "seek"));
    TRY(check_nargs(vm, args, "seek", 2, 3));
    TRY(ensure_open(vm, f, "seek of closed file"));
    int64_t offset = TRY(index_value(vm, args.v[1]));
    int64_t whence = args.n > 2 ? TRY(index_value(vm, args.v[2])) : 0;
    if (whence < 0 || whence > 2) {
        if (f->binary) return raise(vm, vm.e_ValueError, "whence value %lld unsupported", static_cast<long long>(whence));
        return raise(vm, vm.e_ValueError, "invalid whence (%lld, should be 0, 1 or 2)", static_cast<long long>(whence));
    }
    if (!f->binary) {
        if (whence == 1 && offset != 0) return raise(vm, unsupported_operation(vm), "can't do nonzero cur-relative seeks");
        if (whence == 2 && offset != 0) return raise(vm, unsupported_operation(vm), "can't do nonzero end-relative seeks");
        if (whence == 0 && offset < 0) {
            return raise(vm, vm.e_ValueError, "negative seek position %lld", static_cast<long long>(offset));
        }
    }
    if (is_console(f)) return raise_os_error(vm, kESPIPE, Value());
    if (whence == 1) offset -= static_cast<int64_t>(unread(f));
    f->rpos = f->rlen = 0;
    long r = vm.port.seek(f->fd, static_cast<long>(offset), static_cast<int>(whence));
    if (r < 0) return raise_os_error(vm, static_cast<int>(-r), Value());
    return make_int(vm, r);
}

R<Value> file_tell(Interpreter& vm, Args args) {
    File* f = TRY(file_self(vm, args, "tell"));
    TRY(check_nargs(vm, args, "tell", 1, 1));
    if (f->binary) {
        TRY(ensure_open_bare(vm, f));
    } else {
        TRY(ensure_open(vm, f));
    }
    if (is_console(f)) return raise_os_error(vm, kESPIPE, Value());
    long r = vm.port.seek(f->fd, 0, 1);
    if (r < 0) return raise_os_error(vm, static_cast<int>(-r), Value());
    return make_int(vm, r - static_cast<long>(unread(f)));
}

R<Value> file_fileno(Interpreter& vm, Args args) {
    File* f = TRY(file_self(vm, args, "fileno"));
    TRY(check_nargs(vm, args, "fileno", 1, 1));
    TRY(ensure_open_bare(vm, f));
    return Value::small_int(f->fd);
}

R<Value> file_readable(Interpreter& vm, Args args) {
    File* f = TRY(file_self(vm, args, "readable"));
    TRY(check_nargs(vm, args, "readable", 1, 1));
    TRY(ensure_open_bare(vm, f));
    return Value::boolean(f->mode & FM_READ);
}

// CPython answers writable() even on a closed file.
R<Value> file_writable(Interpreter& vm, Args args) {
    File* f = TRY(file_self(vm, args, "writable"));
    TRY(check_nargs(vm, args, "writable", 1, 1));
    return Value::boolean(f->fd >= 0 && (f->mode & FM_WRITE));
}

R<Value> file_seekable(Interpreter& vm, Args args) {
    File* f = TRY(file_self(vm, args, "seekable"));
    TRY(check_nargs(vm, args, "seekable", 1, 1));
    TRY(ensure_open_bare(vm, f));
    return Value::boolean(!is_console(f));
}

R<Value> file_isatty(Interpreter& vm, Args args) {
    File* f = TRY(file_self(vm, args, "isatty"));
    TRY(check_nargs(vm, args, "isatty", 1, 1));
    TRY(ensure_open_bare(vm, f));
    return Value::boolean(false);
}

R<Value> file_enter(Interpreter& vm, Args args) {
    File* f = TRY(file_self(vm, args, "__enter__"));
    TRY(check_nargs(vm, args, "__enter__", 1, 1));
    TRY(ensure_open(vm, f));
    return args.v[0];
}

R<Value> file_exit(Interpreter& vm, Args args) {
    File* f = TRY(file_self(vm, args, "__exit__"));
    TRY(close_file(vm, f));
    return Value::none();
}

R<Value> file_iter(Interpreter& vm, Args args) {
    File* f = TRY(file_self(vm, args, "__iter__"));
    TRY(check_nargs(vm, args, "__iter__", 1, 1));
    TRY(ensure_open(vm, f));
    return args.v[0];
}

R<Value> name_value(Interpreter& vm, File* f) {
    if (f->mode & FM_NAME_IS_FD) return int_parse(vm, f->name->view(), 10);
    return val(f->name);
}

// The raw mode of a binary file as CPython reports it: 'rb', 'wb', 'ab', 'xb', with '+' last.
std::string binary_mode(File* f) {
    std::string_view given = mode_text(f);
    std::string m;
    for (char c : {'r', 'w', 'a', 'x'}) {
        if (given.find(c) != std::string_view::npos) m.push_back(c);
    }
    m.push_back('b');
    if (given.find('+') != std::string_view::npos) m.push_back('+');
    return m;
}

R<Value> file_repr(Interpreter& vm, Args args) {
    File* f = TRY(file_self(vm, args, "__repr__"));
    std::string text = "<_io.";
    if (f->binary) {
        bool plus = (f->mode & FM_READ) && (f->mode & FM_WRITE);
        text += plus ? "BufferedRandom" : (f->mode & FM_READ) ? "BufferedReader" : "BufferedWriter";
    } else {
        text += "TextIOWrapper";
    }
    text += " name=";
    Str* name = TRY(repr(vm, TRY(name_value(vm, f))));
    text += name->view();
    if (!f->binary) {
        text += " mode='";
        text += mode_text(f);
        text += "' encoding='";
        text += encoding_text(f);
        text += "'";
    }
    text += ">";
    return val(TRY(new_str(vm, text)));
}

// ---- data attributes (read-only properties) ----------------------------------------------------------------------

R<Value> get_closed(Interpreter& vm, Args args) {
    File* f = TRY(file_self(vm, args, "closed"));
    return Value::boolean(f->fd < 0);
}

R<Value> get_name(Interpreter& vm, Args args) {
    File* f = TRY(file_self(vm, args, "name"));
    return name_value(vm, f);
}

R<Value> get_mode(Interpreter& vm, Args args) {
    File* f = TRY(file_self(vm, args, "mode"));
    if (f->binary) return val(TRY(new_str(vm, binary_mode(f))));
    return val(TRY(new_str(vm, mode_text(f))));
}

R<Value> get_encoding(Interpreter& vm, Args args) {
    File* f = TRY(file_self(vm, args, "encoding"));
    return val(TRY(new_str(vm, encoding_text(f))));
}

R<Value> get_errors(Interpreter& vm, Args args) {
    TRY(file_self(vm, args, "errors"));
    return val(TRY(new_str(vm, "strict")));
}

// sys.stdin/stdout/stderr's binary layer (made by new_console_file); other text files have none yet.
R<Value> get_buffer(Interpreter& vm, Args args) {
    File* f = TRY(file_self(vm, args, "buffer"));
    Value b = f->dict ? dict_get_str(f->dict, vm.n_buffer) : Value();
    if (b.is_null()) return raise(vm, vm.e_AttributeError, "'_io.TextIOWrapper' object has no attribute 'buffer'");
    return b;
}

Status add_getters(Interpreter& vm, Type* t, std::initializer_list<MethodDef> getters) {
    for (const MethodDef& g : getters) {
        NativeFunction* fget = TRY(new_native(vm, g.name, g.fn));
        Property* p = TRY(alloc<Property>(vm, vm.t_property));
        p->fget = val(fget);
        p->doc = Value::none();
        TRY(dict_set_str(vm, t->dict, TRY(intern(vm, g.name)), val(p)));
    }
    return Status::ok();
}

Status init_file_type(Interpreter& vm, Type* t, bool text) {
    add_methods(vm, t, {{"read", file_read},
                        {"readline", file_readline},
                        {"readlines", file_readlines},
                        {"write", file_write},
                        {"writelines", file_writelines},
                        {"close", file_close},
                        {"flush", file_flush},
                        {"seek", file_seek},
                        {"tell", file_tell},
                        {"fileno", file_fileno},
                        {"readable", file_readable},
                        {"writable", file_writable},
                        {"seekable", file_seekable},
                        {"isatty", file_isatty},
                        {"__enter__", file_enter},
                        {"__exit__", file_exit},
                        {"__iter__", file_iter},
                        {"__next__", file_next},
                        {"__repr__", file_repr}});
    TRY(add_getters(vm, t, {{"closed", get_closed}, {"name", get_name}, {"mode", get_mode}}));
    if (text) TRY(add_getters(vm, t, {{"encoding", get_encoding}, {"errors", get_errors}, {"buffer", get_buffer}}));
    TRY(dict_set_str(vm, t->dict, vm.n___module__, val(TRY(new_str(vm, "_io")))));
    return Status::ok();
}

// io.UnsupportedOperation (an OSError and a ValueError). Kept in the file types' dicts, where the io module can
// find it.
Status init_unsupported_operation(Interpreter& vm) {
    Dict* d = TRY(new_dict(vm));
    TRY(dict_set_str(vm, d, vm.n___module__, val(TRY(new_str(vm, "io")))));
    Str* name = TRY(intern(vm, "UnsupportedOperation"));
    Tuple* bases = TRY(tuple_of(vm, {val(vm.e_OSError), val(vm.e_ValueError)}));
    R<Type*> t = new_type(vm, vm.t_type, name, bases, d);
    if (t.failed()) {
        (void)take_exception(vm);
        bases = TRY(tuple_of(vm, {val(vm.e_OSError)}));
        t = new_type(vm, vm.t_type, name, bases, d);
        if (t.failed()) return Raised{};
    }
    TRY(dict_set_str(vm, vm.t_text_file->dict, name, val(t.take())));
    TRY(dict_set_str(vm, vm.t_binary_file->dict, name, val(t.take())));
    return Status::ok();
}

// ---- open() ------------------------------------------------------------------------------------------------------

struct OpenMode {
    bool creating = false, reading = false, writing = false, appending = false, updating = false;
    bool text = false, binary = false;
};

Status parse_mode(Interpreter& vm, std::string_view mode, OpenMode* m) {
    for (size_t i = 0; i < mode.size(); i++) {
        char c = mode[i];
        bool* flag = c == 'x' ? &m->creating : c == 'r' ? &m->reading : c == 'w' ? &m->writing
                   : c == 'a' ? &m->appending : c == '+' ? &m->updating : c == 't' ? &m->text
                   : c == 'b' ? &m->binary : nullptr;
        if (!flag || *flag) {
            return raise(vm, vm.e_ValueError, "invalid mode: '%.*s'", static_cast<int>(mode.size()), mode.data());
        }
        *flag = true;
    }
    if (m->text && m->binary) return raise(vm, vm.e_ValueError, "can't have text and binary mode at once");
    if (m->creating + m->reading + m->writing + m->appending > 1) {
        return raise(vm, vm.e_ValueError, "must have exactly one of create/read/write/append mode");
    }
    return Status::ok();
}

R<Str*> optional_str(Interpreter& vm, Value v, const char* what) {
    if (v.is_null() || v.is_none()) return static_cast<Str*>(nullptr);
    if (!isinstance(vm, v, vm.t_str)) {
        return raise(vm, vm.e_TypeError, "open() argument '%s' must be str or None, not %s", what, type_name(vm, v));
    }
    return as_str(v);
}

bool is_utf8_name(std::string_view enc) {
    std::string norm;
    for (char c : enc) {
        if (c == '-' || c == '_' || c == ' ') continue;
        norm.push_back(c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c);
    }
    // ASCII and Latin-1 text round-trips through UTF-8 as long as it is ASCII, which is what programs mostly write.
    return norm == "utf8" || norm == "ascii" || norm == "usascii" || norm == "latin1" || norm == "iso88591" ||
           norm == "locale";
}

R<File*> new_file(Interpreter& vm, Type* type) {
    File* f = static_cast<File*>(TRY(alloc_object(vm, type, sizeof(File), /*finalizer=*/true)));
    f->fd = -1;
    return f;
}

}  // namespace

R<Value> builtin_open(Interpreter& vm, Args args) {
    Value a[8] = {};
    TRY(parse_args(vm, args, "open",
                   {"file", "mode", "buffering", "encoding", "errors", "newline", "closefd", "opener"}, 1, 0, a));
    Value file = a[0];
    std::string_view path;
    int64_t fd_given = -1;
    if (is_kind(file, Kind::Str)) {
        path = as_str(file)->view();
    } else if (is_kind(file, Kind::Bytes)) {
        path = as_bytes(file)->view();
    } else if (is_int_value(file)) {
        fd_given = TRY(index_value(vm, file));
        if (fd_given < 0) return raise(vm, vm.e_ValueError, "negative file descriptor");
    } else {
        return raise(vm, vm.e_TypeError, "expected str, bytes or os.PathLike object, not %s", type_name(vm, file));
    }
    std::string_view mode = "r";
    if (!a[1].is_null()) {
        if (!isinstance(vm, a[1], vm.t_str)) {
            return raise(vm, vm.e_TypeError, "open() argument 'mode' must be str, not %s", type_name(vm, a[1]));
        }
        mode = as_str(a[1])->view();
    }
    int64_t buffering = a[2].is_null() ? -1 : TRY(index_value(vm, a[2]));
    Str* encoding = TRY(optional_str(vm, a[3], "encoding"));
    Str* errors = TRY(optional_str(vm, a[4], "errors"));
    Str* newline = TRY(optional_str(vm, a[5], "newline"));
    bool closefd = a[6].is_null() ? true : TRY(truthy(vm, a[6]));

    OpenMode m;
    TRY(parse_mode(vm, mode, &m));
    if (m.binary && encoding) return raise(vm, vm.e_ValueError, "binary mode doesn't take an encoding argument");
    if (m.binary && errors) return raise(vm, vm.e_ValueError, "binary mode doesn't take an errors argument");
    if (m.binary && newline) return raise(vm, vm.e_ValueError, "binary mode doesn't take a newline argument");
    if (!m.binary && buffering == 0) return raise(vm, vm.e_ValueError, "can't have unbuffered text I/O");
    Newline nl = NL_UNIVERSAL;
    if (newline) {
        std::string_view s = newline->view();
        if (s.empty()) {
            nl = NL_UNTRANSLATED;
        } else if (s == "\n") {
            nl = NL_LF;
        } else if (s == "\r") {
            nl = NL_CR;
        } else if (s == "\r\n") {
            nl = NL_CRLF;
        } else {
            return raise(vm, vm.e_ValueError, "illegal newline value: %s", newline->data);
        }
    }
    if (!(m.creating || m.reading || m.writing || m.appending)) {
        return raise(vm, vm.e_ValueError, "Must have exactly one of create/read/write/append mode and at most one plus");
    }
    if (encoding && !is_utf8_name(encoding->view())) {
        return raise(vm, vm.e_LookupError, "unknown encoding: %s", encoding->data);
    }
    if (fd_given < 0 && !closefd) return raise(vm, vm.e_ValueError, "Cannot use closefd=False with file name");
    if (path.find('\0') != std::string_view::npos) return raise(vm, vm.e_ValueError, "embedded null byte");

    uint8_t bits = static_cast<uint8_t>(nl << FM_NEWLINE_SHIFT);
    int flags = 0;
    if (m.reading) {
        flags = PORT_READ;
        bits |= FM_READ;
    } else if (m.writing) {
        flags = PORT_WRITE | PORT_CREATE | PORT_TRUNCATE;
        bits |= FM_WRITE;
    } else if (m.appending) {
        flags = PORT_WRITE | PORT_CREATE | PORT_APPEND;
        bits |= FM_WRITE | FM_APPEND;
    } else {
        flags = PORT_WRITE | PORT_CREATE | PORT_EXCL;
        bits |= FM_WRITE;
    }
    if (m.updating) {
        flags |= PORT_READ | PORT_WRITE;
        bits |= FM_READ | FM_WRITE;
    }

    std::string mode_str(mode);
    mode_str += '|';
    mode_str += encoding ? encoding->view() : "UTF-8";
    File* f = TRY(new_file(vm, m.binary ? vm.t_binary_file : vm.t_text_file));
    f->binary = m.binary;
    f->mode_str = TRY(new_str(vm, mode_str));
    if (fd_given >= 0) {
        f->name = TRY(new_str(vm, std::to_string(fd_given)));
        bits |= FM_NAME_IS_FD;
        if (fd_given <= 2) bits |= FM_CONSOLE;
        f->mode = bits;
        f->owns_fd = closefd && fd_given > 2;
        f->fd = static_cast<int>(fd_given);
        return val(f);
    }
    f->name = is_kind(file, Kind::Str) && file.as_obj()->type == vm.t_str ? as_str(file) : TRY(new_str(vm, path));
    f->mode = bits;
    int fd = vm.port.open(path, flags);
    if (fd < 0) return raise_os_error(vm, -fd, val(f->name));
    f->fd = fd;
    f->owns_fd = true;
    // Opening a directory succeeds on POSIX; reading it would fail later, CPython refuses at once.
    PortStat st;
    if (vm.port.stat(path, &st) == 0 && st.is_dir) {
        (void)close_file(vm, f);
        return raise_os_error(vm, kEISDIR, val(f->name));
    }
    return val(f);
}

R<Value> new_console_file(Interpreter& vm, int fd, const char* name, const char* mode) {
    File* f = TRY(new_file(vm, vm.t_text_file));
    f->name = TRY(new_str(vm, name));
    std::string mode_str = mode;
    mode_str += "|utf-8";
    f->mode_str = TRY(new_str(vm, mode_str));
    f->mode = static_cast<uint8_t>(FM_CONSOLE | (mode[0] == 'r' ? FM_READ : FM_WRITE));
    f->binary = false;
    f->owns_fd = false;
    f->fd = fd;
    // CPython's sys.stdout.buffer etc.: the binary layer under the text stream (here a binary console file on
    // the same descriptor, kept in the text file's __dict__).
    File* b = TRY(new_file(vm, vm.t_binary_file));
    b->name = f->name;
    b->mode_str = TRY(new_str(vm, mode[0] == 'r' ? "rb" : "wb"));
    b->mode = static_cast<uint8_t>(FM_CONSOLE | (mode[0] == 'r' ? FM_READ : FM_WRITE));
    b->binary = true;
    b->owns_fd = false;
    b->fd = fd;
    f->dict = TRY(new_dict(vm));
    TRY(dict_set_str(vm, f->dict, vm.n_buffer, val(b)));
    return val(f);
}

void init_file_types(Interpreter& vm) {
    // Failures here can only be MemoryError during start-up, which Interpreter::init reports.
    (void)init_file_type(vm, vm.t_text_file, true);
    (void)init_file_type(vm, vm.t_binary_file, false);
    (void)init_unsupported_operation(vm);
    // CPython's classes live in _io: reprs and messages say '_io.TextIOWrapper' (see type_name).
    R<Str*> io_name = intern(vm, "_io");
    if (!io_name.failed()) vm.t_text_file->module_name = vm.t_binary_file->module_name = io_name.take();
}

}  // namespace pyco
