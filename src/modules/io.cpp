// The `io` module: StringIO and BytesIO (in-memory streams, Kind::Buffer), the class hierarchy IOBase /
// TextIOBase / BufferedIOBase / RawIOBase that open()'s file types are placed under, io.open, SEEK_* and
// UnsupportedOperation.
//
// A StringIO keeps its text as UTF-32 code points (Buffer::data) so that positions, reads and overwrites are by
// code point as in CPython; a BytesIO keeps bytes. Both write at the position (overwriting, padding a gap with
// zeros) like a file. Buffer::typecode holds a StringIO's newline mode.
#include <cstring>
#include <string>

#include "modules/module_util.h"
#include "modules/modules.h"

namespace pyco {

namespace {

// StringIO's newline argument: None translates \r\n and \r to \n on writing; '' splits lines at any ending
// without translating; '\r' and '\r\n' translate \n to themselves on writing and end lines only there.
enum : char { NL_LF = 'n', NL_UNIVERSAL = 'u', NL_ANY = 'e', NL_CR = 'r', NL_CRLF = 'c' };

Buffer* as_buf(Value v) { return static_cast<Buffer*>(v.as_obj()); }
bool is_text(const Buffer* b) { return b->flavor == BUF_STRINGIO; }
size_t item_size(const Buffer* b) { return is_text(b) ? 4 : 1; }
int64_t nitems(const Buffer* b) { return static_cast<int64_t>(b->size / item_size(b)); }
uint32_t item(const Buffer* b, int64_t i) {
    if (is_text(b)) return reinterpret_cast<const uint32_t*>(b->data)[i];
    return b->data[i];
}

R<Buffer*> io_self(Interpreter& vm, Args args, uint8_t flavor, const char* method) {
    if (args.n >= 1 && is_kind(args.v[0], Kind::Buffer) && as_buf(args.v[0])->flavor == flavor) return as_buf(args.v[0]);
    return raise(vm, vm.e_TypeError, "descriptor '%s' for '_io.%s' objects doesn't apply to a '%s' object", method,
                 flavor == BUF_STRINGIO ? "StringIO" : "BytesIO", args.n ? type_name(vm, args.v[0]) : "NoneType");
}

// Either stream (methods shared by StringIO and BytesIO are registered on both types).
R<Buffer*> any_self(Interpreter& vm, Args args, const char* method) {
    if (args.n >= 1 && is_kind(args.v[0], Kind::Buffer)) {
        Buffer* b = as_buf(args.v[0]);
        if (b->flavor == BUF_STRINGIO || b->flavor == BUF_BYTESIO) return b;
    }
    return raise(vm, vm.e_TypeError, "descriptor '%s' for '_io._IOBase' objects doesn't apply to a '%s' object", method,
                 args.n ? type_name(vm, args.v[0]) : "NoneType");
}

// CPython's StringIO says "I/O operation on closed file" where BytesIO and IOBase add a period.
Status check_closed(Interpreter& vm, const Buffer* b, bool period = false) {
    if (!b->closed) return Status::ok();
    return raise(vm, vm.e_ValueError, "I/O operation on closed file%s", period || !is_text(b) ? "." : "");
}

Type* unsupported_operation(Interpreter& vm) {
    R<Str*> name = intern(vm, "UnsupportedOperation");
    if (name.failed()) return vm.e_OSError;
    Value t = dict_get_str(vm.t_text_file->dict, name.take());
    return is_type(t) ? static_cast<Type*>(t.as_obj()) : vm.e_OSError;
}

// Arguments after self, with the names of a method's parameters.
Status method_args(Interpreter& vm, Args args, const char* fname, std::initializer_list<const char*> names,
                   uint32_t required, Value* out) {
    return parse_args(vm, Args{args.v + 1, args.n - 1, args.kwnames}, fname, names, required, 0, out);
}

// CPython's _Py_convert_optional_to_ssize_t: None or absent is -1.
R<int64_t> optional_size(Interpreter& vm, Value v) {
    if (v.is_null() || v.is_none()) return int64_t(-1);
    if (!is_int_value(v) && type_lookup(type_of(vm, v), vm.n___index__).is_null())
        return raise(vm, vm.e_TypeError, "argument should be integer or None, not '%s'", type_name(vm, v));
    return index_value(vm, v);
}

// ---- the buffer --------------------------------------------------------------------------------------------------

Status reserve(Interpreter& vm, Buffer* b, size_t bytes) {
    if (bytes <= b->capacity && b->data) return Status::ok();
    if (bytes > 0x7FFFFFF0u) return raise_memory_error(vm);
    size_t cap = bytes < 16 ? 16 : bytes + bytes / 2;
    if (cap > 0x7FFFFFF0u) cap = bytes;
    b->data = static_cast<uint8_t*>(TRY(realloc_raw(vm, b->data, cap)));
    b->capacity = static_cast<uint32_t>(cap);
    return Status::ok();
}

// Writes items (bytes, or code points as 4-byte units) at the position; a gap after the end is zero-filled.
Status write_items(Interpreter& vm, Buffer* b, const void* items, size_t n) {
    size_t isz = item_size(b);
    if (n == 0) return Status::ok();
    if (static_cast<uint64_t>(b->pos) > 0x7FFFFFF0u / isz || n > 0x7FFFFFF0u / isz) return raise_memory_error(vm);
    size_t at = static_cast<size_t>(b->pos) * isz;
    size_t end = at + n * isz;
    if (end > b->size) {
        TRY(reserve(vm, b, end));
        if (at > b->size) std::memset(b->data + b->size, 0, at - b->size);
        b->size = static_cast<uint32_t>(end);
    }
    std::memcpy(b->data + at, items, n * isz);
    b->pos += static_cast<int64_t>(n);
    return Status::ok();
}

// Items [from, to) as a str or bytes.
R<Value> slice_value(Interpreter& vm, const Buffer* b, int64_t from, int64_t to) {
    if (to < from) to = from;
    if (!is_text(b)) {
        return val(TRY(new_bytes(vm, std::string_view(reinterpret_cast<const char*>(b->data) + from,
                                                      static_cast<size_t>(to - from)))));
    }
    std::string utf8;
    char enc[4];
    for (int64_t i = from; i < to; i++) utf8.append(enc, static_cast<size_t>(utf8_encode(item(b, i), enc)));
    return val(TRY(new_str(vm, utf8)));
}

// The code points of `text` after the newline translation of writing.
std::u32string translate_for_write(std::string_view text, char mode) {
    std::u32string out;
    out.reserve(text.size());
    for (size_t i = 0; i < text.size();) {
        size_t adv = 1;
        uint32_t c = utf8_decode(text.data() + i, &adv);
        i += adv;
        if (mode == NL_UNIVERSAL && c == '\r') {
            if (i < text.size() && text[i] == '\n') i++;
            c = '\n';
        } else if (c == '\n' && (mode == NL_CR || mode == NL_CRLF)) {
            out.push_back('\r');
            if (mode == NL_CR) continue;
        }
        out.push_back(c);
    }
    return out;
}

Status write_text(Interpreter& vm, Buffer* b, Str* s) {
    std::u32string items = translate_for_write(s->view(), b->typecode);
    return write_items(vm, b, items.data(), items.size());
}

// The end of the line starting at the position (at most `limit` items when limit >= 0).
int64_t line_end(const Buffer* b, int64_t limit) {
    int64_t n = nitems(b);
    int64_t start = b->pos < n ? b->pos : n;
    int64_t end = (limit >= 0 && start + limit < n) ? start + limit : n;
    char mode = is_text(b) ? b->typecode : char(NL_LF);
    for (int64_t i = start; i < end; i++) {
        uint32_t c = item(b, i);
        if (c == '\n' && (mode == NL_LF || mode == NL_UNIVERSAL || mode == NL_ANY)) return i + 1;
        if (c != '\r') continue;
        if (mode == NL_CR) return i + 1;
        if (mode == NL_ANY) return (i + 1 < end && item(b, i + 1) == '\n') ? i + 2 : i + 1;
        if (mode == NL_CRLF && i + 1 < end && item(b, i + 1) == '\n') return i + 2;
    }
    return end;
}

R<Value> take_line(Interpreter& vm, Buffer* b, int64_t limit) {
    int64_t end = line_end(b, limit);
    int64_t start = b->pos < nitems(b) ? b->pos : nitems(b);
    Value v = TRY(slice_value(vm, b, start, end));
    if (end > b->pos) b->pos = end;
    return v;
}

bool is_empty(Value v) {
    return is_kind(v, Kind::Str) ? as_str(v)->size == 0 : as_bytes(v)->size == 0;
}

// ---- construction ------------------------------------------------------------------------------------------------

R<Value> stream_new(Interpreter& vm, Args args, uint8_t flavor, const char* what) {
    if (args.n < 1 || !is_type(args.v[0])) return raise(vm, vm.e_TypeError, "%s.__new__(X): X is not a type object", what);
    auto* b = TRY(alloc<Buffer>(vm, static_cast<Type*>(args.v[0].as_obj())));
    b->flavor = flavor;
    b->typecode = NL_LF;
    return val(b);
}

R<Value> stringio_new(Interpreter& vm, Args args) { return stream_new(vm, args, BUF_STRINGIO, "StringIO"); }
R<Value> bytesio_new(Interpreter& vm, Args args) { return stream_new(vm, args, BUF_BYTESIO, "BytesIO"); }

R<Value> stringio_init(Interpreter& vm, Args args) {
    Buffer* b = TRY(io_self(vm, args, BUF_STRINGIO, "__init__"));
    Value a[2];
    TRY(method_args(vm, args, "StringIO", {"initial_value", "newline"}, 0, a));
    char mode = NL_LF;
    if (!a[1].is_null() && !a[1].is_none()) {
        if (!is_kind(a[1], Kind::Str))
            return raise(vm, vm.e_TypeError, "newline must be str or None, not %s", type_name(vm, a[1]));
        std::string_view nl = as_str(a[1])->view();
        if (nl == "\n") mode = NL_LF;
        else if (nl.empty()) mode = NL_ANY;
        else if (nl == "\r") mode = NL_CR;
        else if (nl == "\r\n") mode = NL_CRLF;
        else return raise(vm, vm.e_ValueError, "illegal newline value: %s", TRY(repr(vm, a[1]))->data);
    } else if (a[1].is_none()) {
        mode = NL_UNIVERSAL;
    }
    if (!a[0].is_null() && !a[0].is_none() && !isinstance(vm, a[0], vm.t_str))
        return raise(vm, vm.e_TypeError, "initial_value must be str or None, not %s", type_name(vm, a[0]));
    b->typecode = mode;
    b->size = 0;
    b->pos = 0;
    b->closed = false;
    if (!a[0].is_null() && !a[0].is_none()) {
        TRY(write_text(vm, b, as_str(a[0])));
        b->pos = 0;
    }
    return Value::none();
}

R<Value> bytesio_init(Interpreter& vm, Args args) {
    Buffer* b = TRY(io_self(vm, args, BUF_BYTESIO, "__init__"));
    Value a[1];
    TRY(method_args(vm, args, "BytesIO", {"initial_bytes"}, 0, a));
    std::string data;
    if (!a[0].is_null() && !a[0].is_none()) {
        std::string_view view;
        if (!buffer_view(a[0], &view))
            return raise(vm, vm.e_TypeError, "a bytes-like object is required, not '%s'", type_name(vm, a[0]));
        data = view;
    }
    b->size = 0;
    b->pos = 0;
    b->closed = false;
    TRY(write_items(vm, b, data.data(), data.size()));
    b->pos = 0;
    return Value::none();
}

// ---- methods shared by StringIO and BytesIO ----------------------------------------------------------------------

R<Value> io_read(Interpreter& vm, Args args) {
    Buffer* b = TRY(any_self(vm, args, "read"));
    Value a[1];
    TRY(method_args(vm, args, "read", {"size"}, 0, a));
    int64_t size = TRY(optional_size(vm, a[0]));
    TRY(check_closed(vm, b));
    int64_t n = nitems(b);
    int64_t start = b->pos < n ? b->pos : n;
    int64_t end = (size >= 0 && start + size < n) ? start + size : n;
    Value v = TRY(slice_value(vm, b, start, end));
    if (end > b->pos) b->pos = end;
    return v;
}

R<Value> io_readline(Interpreter& vm, Args args) {
    Buffer* b = TRY(any_self(vm, args, "readline"));
    Value a[1];
    TRY(method_args(vm, args, "readline", {"size"}, 0, a));
    int64_t size = TRY(optional_size(vm, a[0]));
    TRY(check_closed(vm, b));
    return take_line(vm, b, size);
}

R<Value> io_readlines(Interpreter& vm, Args args) {
    Buffer* b = TRY(any_self(vm, args, "readlines"));
    Value a[1];
    TRY(method_args(vm, args, "readlines", {"hint"}, 0, a));
    int64_t hint = TRY(optional_size(vm, a[0]));
    TRY(check_closed(vm, b));
    List* out = TRY(new_list(vm));
    int64_t total = 0;
    while (true) {
        int64_t before = b->pos;
        Value line = TRY(take_line(vm, b, -1));
        if (is_empty(line)) break;
        TRY(list_append(vm, out, line));
        total += b->pos - before;
        if (hint > 0 && total >= hint) break;
    }
    return val(out);
}

R<Value> io_write(Interpreter& vm, Args args) {
    Buffer* b = TRY(any_self(vm, args, "write"));
    if (args.nkw()) return raise(vm, vm.e_TypeError, "write() takes no keyword arguments");
    if (args.n != 2) return raise(vm, vm.e_TypeError, "write() takes exactly one argument (%u given)", args.n - 1);
    Value v = args.v[1];
    if (is_text(b)) {
        if (!isinstance(vm, v, vm.t_str))
            return raise(vm, vm.e_TypeError, "string argument expected, got '%s'", type_name(vm, v));
        TRY(check_closed(vm, b));
        TRY(write_text(vm, b, as_str(v)));
        return make_int(vm, as_str(v)->length);
    }
    std::string_view view;
    if (!buffer_view(v, &view))
        return raise(vm, vm.e_TypeError, "a bytes-like object is required, not '%s'", type_name(vm, v));
    TRY(check_closed(vm, b));
    std::string copy(view);  // the source may be resized by the reallocation below (an array is never a BytesIO, but
                             // keep the rule simple)
    TRY(write_items(vm, b, copy.data(), copy.size()));
    return make_int(vm, static_cast<int64_t>(copy.size()));
}

R<Value> io_writelines(Interpreter& vm, Args args) {
    TRY(any_self(vm, args, "writelines"));
    TRY(check_nargs(vm, args, "writelines", 2, 2));
    Value it = TRY(get_iter_or_error(vm, args.v[1], false));
    while (true) {
        Value line = TRY(iter_next(vm, it));
        if (line.is_null()) break;
        Value pair[2] = {args.v[0], line};
        TRY(io_write(vm, Args{pair, 2, nullptr}));
    }
    return Value::none();
}

R<Value> io_seek(Interpreter& vm, Args args) {
    Buffer* b = TRY(any_self(vm, args, "seek"));
    Value a[2];
    TRY(method_args(vm, args, "seek", {"pos", "whence"}, 1, a));
    int64_t pos = TRY(index_value(vm, a[0]));
    int64_t whence = a[1].is_null() ? 0 : TRY(index_value(vm, a[1]));
    TRY(check_closed(vm, b));
    if (is_text(b)) {
        if (whence < 0 || whence > 2)
            return raise(vm, vm.e_ValueError, "Invalid whence (%lld, should be 0, 1 or 2)", (long long)whence);
        if (pos < 0 && whence == 0) return raise(vm, vm.e_ValueError, "Negative seek position %lld", (long long)pos);
        // CPython 3.11 says "cur-relative" for whence 2 as well.
        if (whence != 0 && pos != 0) return raise(vm, vm.e_OSError, "Can't do nonzero cur-relative seeks");
        if (whence == 1) pos = b->pos;
        if (whence == 2) pos = nitems(b);
    } else {
        if (pos < 0 && whence == 0) return raise(vm, vm.e_ValueError, "negative seek value %lld", (long long)pos);
        if (whence == 1) pos += b->pos;
        else if (whence == 2) pos += nitems(b);
        else if (whence != 0)
            return raise(vm, vm.e_ValueError, "invalid whence (%lld, should be 0, 1 or 2)", (long long)whence);
        if (pos < 0) pos = 0;
    }
    b->pos = pos;
    return make_int(vm, pos);
}

R<Value> io_tell(Interpreter& vm, Args args) {
    Buffer* b = TRY(any_self(vm, args, "tell"));
    TRY(check_nargs(vm, args, "tell", 1, 1));
    TRY(check_closed(vm, b));
    return make_int(vm, b->pos);
}

R<Value> io_truncate(Interpreter& vm, Args args) {
    Buffer* b = TRY(any_self(vm, args, "truncate"));
    Value a[1];
    TRY(method_args(vm, args, "truncate", {"size"}, 0, a));
    bool at_position = a[0].is_null() || a[0].is_none();
    int64_t size = at_position ? 0 : TRY(optional_size(vm, a[0]));
    TRY(check_closed(vm, b));
    if (at_position) size = b->pos;
    if (size < 0) return raise(vm, vm.e_ValueError, "%s size value %lld", is_text(b) ? "Negative" : "negative", (long long)size);
    if (size < nitems(b)) b->size = static_cast<uint32_t>(size * static_cast<int64_t>(item_size(b)));
    return make_int(vm, size);
}

R<Value> io_getvalue(Interpreter& vm, Args args) {
    Buffer* b = TRY(any_self(vm, args, "getvalue"));
    TRY(check_nargs(vm, args, "getvalue", 1, 1));
    TRY(check_closed(vm, b));
    return slice_value(vm, b, 0, nitems(b));
}

R<Value> io_close(Interpreter& vm, Args args) {
    Buffer* b = TRY(any_self(vm, args, "close"));
    TRY(check_nargs(vm, args, "close", 1, 1));
    b->closed = true;
    return Value::none();
}

R<Value> io_true_if_open(Interpreter& vm, Args args) {
    Buffer* b = TRY(any_self(vm, args, "readable"));
    TRY(check_nargs(vm, args, "readable", 1, 1));
    TRY(check_closed(vm, b));
    return Value::boolean(true);
}

R<Value> io_isatty(Interpreter& vm, Args args) {
    Buffer* b = TRY(any_self(vm, args, "isatty"));
    TRY(check_nargs(vm, args, "isatty", 1, 1));
    TRY(check_closed(vm, b));
    return Value::boolean(false);
}

R<Value> io_flush(Interpreter& vm, Args args) {
    Buffer* b = TRY(any_self(vm, args, "flush"));
    TRY(check_nargs(vm, args, "flush", 1, 1));
    TRY(check_closed(vm, b, true));
    return Value::none();
}

R<Value> io_fileno(Interpreter& vm, Args args) {
    TRY(any_self(vm, args, "fileno"));
    return raise(vm, unsupported_operation(vm), "fileno");
}

R<Value> io_iter(Interpreter& vm, Args args) {
    Buffer* b = TRY(any_self(vm, args, "__iter__"));
    if (is_text(b)) TRY(check_closed(vm, b, true));
    return args.v[0];
}

R<Value> io_next(Interpreter& vm, Args args) {
    Buffer* b = TRY(any_self(vm, args, "__next__"));
    TRY(check_closed(vm, b));
    Value line = TRY(take_line(vm, b, -1));
    if (!is_empty(line)) return line;
    return raise_value(vm, TRY(new_exception(vm, vm.e_StopIteration, Args{nullptr, 0, nullptr})));
}

R<Value> io_enter(Interpreter& vm, Args args) {
    Buffer* b = TRY(any_self(vm, args, "__enter__"));
    TRY(check_closed(vm, b, true));
    return args.v[0];
}

R<Value> io_exit(Interpreter& vm, Args args) {
    Buffer* b = TRY(any_self(vm, args, "__exit__"));
    b->closed = true;
    return Value::none();
}

R<Value> io_closed_get(Interpreter& vm, Args args) {
    Buffer* b = TRY(any_self(vm, args, "closed"));
    return Value::boolean(b->closed);
}

R<Value> stringio_line_buffering_get(Interpreter& vm, Args args) {
    Buffer* b = TRY(io_self(vm, args, BUF_STRINGIO, "line_buffering"));
    TRY(check_closed(vm, b));
    return Value::boolean(false);
}

// StringIO.encoding and .errors: None (there are no bytes to decode).
R<Value> stringio_none_get(Interpreter& vm, Args args) {
    TRY(io_self(vm, args, BUF_STRINGIO, "encoding"));
    return Value::none();
}

// ---- BytesIO only ------------------------------------------------------------------------------------------------

R<Value> bytesio_readinto(Interpreter& vm, Args args) {
    Buffer* b = TRY(io_self(vm, args, BUF_BYTESIO, "readinto"));
    TRY(check_nargs(vm, args, "readinto", 2, 2));
    uint8_t* dest;
    size_t room;
    if (!writable_buffer(args.v[1], &dest, &room))
        return raise(vm, vm.e_TypeError, "readinto() argument must be read-write bytes-like object, not %s",
                     type_name(vm, args.v[1]));
    TRY(check_closed(vm, b));
    int64_t avail = nitems(b) - b->pos;
    if (avail < 0) avail = 0;
    size_t n = static_cast<size_t>(avail) < room ? static_cast<size_t>(avail) : room;
    if (n) std::memcpy(dest, b->data + b->pos, n);
    b->pos += static_cast<int64_t>(n);
    return make_int(vm, static_cast<int64_t>(n));
}

constexpr const char* kIoPy = R"PY(
class IOBase:
    pass

class RawIOBase(IOBase):
    pass

class BufferedIOBase(IOBase):
    pass

class TextIOBase(IOBase):
    pass

for _c in (IOBase, RawIOBase, BufferedIOBase, TextIOBase):
    _c.__module__ = 'io'
del _c
SEEK_SET = 0
SEEK_CUR = 1
SEEK_END = 2
DEFAULT_BUFFER_SIZE = 8192
)PY";

// Puts one of open()'s file types under an io base class, so isinstance(f, io.TextIOBase) etc. hold.
Status reparent(Interpreter& vm, Type* t, Type* base) {
    if (t->base == base) return Status::ok();
    Tuple* mro = TRY(new_tuple(vm, base->mro->size + 1));
    mro->items[0] = val(t);
    for (uint32_t i = 0; i < base->mro->size; i++) mro->items[i + 1] = base->mro->items[i];
    t->bases = TRY(tuple_of(vm, {val(base)}));
    t->mro = mro;
    t->base = base;
    vm.type_epoch++;
    return Status::ok();
}

R<Type*> type_in(Interpreter& vm, Module* m, const char* name) {
    Value t = dict_get_str(m->dict, TRY(intern(vm, name)));
    if (!is_type(t)) return raise(vm, vm.e_SystemError, "io.%s is missing", name);
    return static_cast<Type*>(t.as_obj());
}

}  // namespace

Status init_io_module(Interpreter& vm) {
    Module* m = TRY(create_module(vm, "io"));
    TRY(module_exec(vm, m, kIoPy));
    Type* text_base = TRY(type_in(vm, m, "TextIOBase"));
    Type* buffered_base = TRY(type_in(vm, m, "BufferedIOBase"));
    Type* sio = TRY(new_native_type(vm, "StringIO", "_io", Kind::Buffer, TF_BASETYPE, text_base));
    Type* bio = TRY(new_native_type(vm, "BytesIO", "_io", Kind::Buffer, TF_BASETYPE, buffered_base));
    for (Type* t : {sio, bio}) {
        add_methods(vm, t, {{"read", io_read},
                            {"readline", io_readline},
                            {"readlines", io_readlines},
                            {"write", io_write},
                            {"writelines", io_writelines},
                            {"seek", io_seek},
                            {"tell", io_tell},
                            {"truncate", io_truncate},
                            {"getvalue", io_getvalue},
                            {"close", io_close},
                            {"readable", io_true_if_open},
                            {"writable", io_true_if_open},
                            {"seekable", io_true_if_open},
                            {"isatty", io_isatty},
                            {"flush", io_flush},
                            {"fileno", io_fileno},
                            {"__iter__", io_iter},
                            {"__next__", io_next},
                            {"__enter__", io_enter},
                            {"__exit__", io_exit}});
        add_properties(vm, t, {{"closed", io_closed_get}});
    }
    add_staticmethods(vm, sio, {{"__new__", stringio_new}});
    add_methods(vm, sio, {{"__init__", stringio_init}});
    add_properties(vm, sio, {{"line_buffering", stringio_line_buffering_get},
                             {"encoding", stringio_none_get},
                             {"errors", stringio_none_get}});
    add_staticmethods(vm, bio, {{"__new__", bytesio_new}});
    add_methods(vm, bio, {{"__init__", bytesio_init}, {"readinto", bytesio_readinto}, {"read1", io_read}});
    TRY(module_set(vm, m, "StringIO", val(sio)));
    TRY(module_set(vm, m, "BytesIO", val(bio)));
    // open()'s results: one text type and one binary type stand for CPython's several classes.
    TRY(reparent(vm, vm.t_text_file, text_base));
    TRY(reparent(vm, vm.t_binary_file, buffered_base));
    TRY(module_set(vm, m, "TextIOWrapper", val(vm.t_text_file)));
    for (const char* name : {"BufferedReader", "BufferedWriter", "BufferedRandom", "FileIO"})
        TRY(module_set(vm, m, name, val(vm.t_binary_file)));
    TRY(module_set(vm, m, "UnsupportedOperation", val(unsupported_operation(vm))));
    TRY(module_set(vm, m, "open", dict_get_str(vm.builtins, TRY(intern(vm, "open")))));
    return Status::ok();
}

}  // namespace pyco
