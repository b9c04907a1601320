// The bytearray type: mutable byte strings. Mutation is implemented here; the read-only methods run bytes.cpp's
// implementation over a bytes snapshot of the receiver and turn bytes results back into bytearrays.
#include <array>
#include <cstring>
#include <string>
#include <string_view>
#include <utility>
#include <vector>  // scratch flags for extended-slice deletion

#include "objects/objects.h"

namespace pyco {

namespace {

constexpr size_t kMaxByteArraySize = 0xFFFFFFF0u;
constexpr const char* kResizeExported = "Existing exports of data: object cannot be re-sized";

ByteArray* as_ba(Value v) { return static_cast<ByteArray*>(v.as_obj()); }
std::string_view ba_view(const ByteArray* b) { return {reinterpret_cast<const char*>(b->data), b->size}; }

bool bytes_like_view(Value v, std::string_view* out) { return buffer_view(v, out); }

bool has_index(Interpreter& vm, Value v) {
    return is_int_value(v) || !type_lookup(type_of(vm, v), vm.n___index__).is_null();
}

Status ba_reserve(Interpreter& vm, ByteArray* b, size_t n) {
    if (n > kMaxByteArraySize) return raise_memory_error(vm);
    if (n <= b->capacity && b->data) return Status::ok();
    size_t cap = n < 8 ? 8 : n + n / 4;
    if (cap > kMaxByteArraySize) cap = n;
    void* p = TRY(realloc_raw(vm, b->data, cap));
    b->data = static_cast<uint8_t*>(p);
    b->capacity = static_cast<uint32_t>(cap);
    return Status::ok();
}

// Replaces bytes [start, start+len) with `with` (which may alias the buffer: copied first).
Status ba_splice(Interpreter& vm, ByteArray* b, size_t start, size_t len, std::string_view with) {
    std::string copy(with);
    size_t tail = b->size - start - len;
    size_t new_size = b->size - len + copy.size();
    if (new_size != b->size) TRY(check_resizable(vm, val(b), kResizeExported));
    TRY(ba_reserve(vm, b, new_size));
    std::memmove(b->data + start + copy.size(), b->data + start + len, tail);
    if (!copy.empty()) std::memcpy(b->data + start, copy.data(), copy.size());
    b->size = static_cast<uint32_t>(new_size);
    return Status::ok();
}

R<ByteArray*> new_bytearray_of_type(Interpreter& vm, Type* t, std::string_view data) {
    ByteArray* b = TRY(alloc<ByteArray>(vm, t));
    TRY(ba_splice(vm, b, 0, 0, data));
    return b;
}

R<Value> ba_result(Interpreter& vm, std::string_view data) {
    return val(TRY(new_bytearray_of_type(vm, vm.t_bytearray, data)));
}

R<uint8_t> byte_value(Interpreter& vm, Value v) {
    int64_t n = TRY(index_value(vm, v));
    if (n < 0 || n > 255) return raise(vm, vm.e_ValueError, "byte must be in range(0, 256)");
    return static_cast<uint8_t>(n);
}

Status append_iterable(Interpreter& vm, std::string& out, Value src) {
    Value iter = TRY(get_iter(vm, src));
    while (true) {
        Value item = TRY(iter_next(vm, iter));
        if (item.is_null()) break;
        out += static_cast<char>(TRY(byte_value(vm, item)));
    }
    return Status::ok();
}

R<const char*> optional_text(Interpreter& vm, Value v, const char* pname) {
    if (v.is_null()) return static_cast<const char*>(nullptr);
    if (!is_kind(v, Kind::Str))
        return raise(vm, vm.e_TypeError, "bytearray() argument '%s' must be str, not %s", pname, type_name(vm, v));
    return as_str(v)->data;
}

Args rest_args(Args a) { return Args{a.v + 1, a.n - 1, a.kwnames}; }

R<int64_t> item_index(Interpreter& vm, Value key, uint32_t size) {
    R<int64_t> ri = index_value(vm, key);
    if (ri.failed()) {
        if (!exception_matches(vm, vm.exc, vm.e_OverflowError)) return Raised{};
        take_exception(vm);
        return raise(vm, vm.e_IndexError, "cannot fit 'int' into an index-sized integer");
    }
    int64_t i = ri.take();
    if (i < 0) i += size;
    if (i < 0 || i >= static_cast<int64_t>(size)) return raise(vm, vm.e_IndexError, "bytearray index out of range");
    return i;
}

// ---- construction -----------------------------------------------------------------------------------------------

R<Value> ba_new(Interpreter& vm, Args args) {
    if (args.n < 1 || !is_type(args.v[0]))
        return raise(vm, vm.e_TypeError, "bytearray.__new__(X): X is not a type object");
    Type* cls = static_cast<Type*>(args.v[0].as_obj());
    if (!is_subtype(cls, vm.t_bytearray))
        return raise(vm, vm.e_TypeError, "bytearray.__new__(%s): %s is not a subtype of bytearray", cls->name->data,
                     cls->name->data);
    return val(TRY(alloc<ByteArray>(vm, cls)));
}

R<Value> ba_init(Interpreter& vm, Args args) {
    Value self = TRY(self_of(vm, args, vm.t_bytearray, "__init__"));
    Value opt[3];
    TRY(parse_args(vm, rest_args(args), "bytearray", {"source", "encoding", "errors"}, 0, 0, opt));
    Value src = opt[0];
    const char* encoding = TRY(optional_text(vm, opt[1], "encoding"));
    const char* errors = TRY(optional_text(vm, opt[2], "errors"));
    std::string data;
    std::string_view view;
    if (src.is_null()) {
        if (encoding) return raise(vm, vm.e_TypeError, "encoding without a string argument");
        if (errors) return raise(vm, vm.e_TypeError, "errors without a string argument");
    } else if (is_kind(src, Kind::Str)) {
        if (!encoding) return raise(vm, vm.e_TypeError, "string argument without an encoding");
        Bytes* b = TRY(encode_str(vm, as_str(src), encoding, errors));
        data = b->view();
    } else if (encoding) {
        return raise(vm, vm.e_TypeError, "encoding without a string argument");
    } else if (errors) {
        return raise(vm, vm.e_TypeError, "errors without a string argument");
    } else if (bytes_like_view(src, &view)) {
        data = view;
    } else if (has_index(vm, src)) {
        int64_t n = TRY(index_value(vm, src));
        if (n < 0) return raise(vm, vm.e_ValueError, "negative count");
        if (static_cast<uint64_t>(n) > kMaxByteArraySize) return raise_memory_error(vm);
        data.assign(static_cast<size_t>(n), '\0');
    } else {
        R<Value> it = get_iter(vm, src);
        if (it.failed()) {
            if (exception_matches(vm, vm.exc, vm.e_TypeError)) {
                take_exception(vm);
                return raise(vm, vm.e_TypeError, "cannot convert '%s' object to bytearray", type_name(vm, src));
            }
            return Raised{};
        }
        TRY(append_iterable(vm, data, it.take()));
    }
    ByteArray* b = as_ba(self);
    TRY(ba_splice(vm, b, 0, b->size, data));
    return Value::none();
}

// ---- sequence protocol ------------------------------------------------------------------------------------------

R<Value> ba_len_m(Interpreter& vm, Args args) {
    Value self = TRY(self_of(vm, args, vm.t_bytearray, "__len__"));
    TRY(check_nargs(vm, rest_args(args), "__len__", 0, 0));
    return Value::small_int(as_ba(self)->size);
}

R<Value> ba_getitem_m(Interpreter& vm, Args args) {
    Value self = TRY(self_of(vm, args, vm.t_bytearray, "__getitem__"));
    TRY(check_nargs(vm, rest_args(args), "__getitem__", 1, 1));
    ByteArray* b = as_ba(self);
    Value key = args.v[1];
    if (is_kind(key, Kind::Slice)) {
        int64_t start, stop, step;
        int64_t n = TRY(slice_indices(vm, static_cast<Slice*>(key.as_obj()), b->size, &start, &stop, &step));
        std::string out;
        for (int64_t k = 0, i = start; k < n; k++, i += step) out += static_cast<char>(b->data[i]);
        return ba_result(vm, out);
    }
    if (!has_index(vm, key))
        return raise(vm, vm.e_TypeError, "bytearray indices must be integers or slices, not %s", type_name(vm, key));
    int64_t i = TRY(item_index(vm, key, b->size));
    return Value::small_int(b->data[i]);
}

// The bytes a slice assignment stores: bytes-like values directly, otherwise an iterable of ints.
R<std::string> assigned_bytes(Interpreter& vm, Value v) {
    std::string_view view;
    if (bytes_like_view(v, &view)) return std::string(view);
    if (has_index(vm, v) || is_kind(v, Kind::Str))
        return raise(vm, vm.e_TypeError, "can assign only bytes, buffers, or iterables of ints in range(0, 256)");
    std::string out;
    R<Value> it = get_iter(vm, v);
    if (it.failed()) {
        if (exception_matches(vm, vm.exc, vm.e_TypeError)) {
            take_exception(vm);
            return raise(vm, vm.e_TypeError, "cannot convert '%s' object to bytearray", type_name(vm, v));
        }
        return Raised{};
    }
    TRY(append_iterable(vm, out, it.take()));
    return out;
}

// Assigns (or with a null value deletes) a slice.
Status assign_slice(Interpreter& vm, ByteArray* b, Slice* s, Value value) {
    int64_t start, stop, step;
    int64_t n = TRY(slice_indices(vm, s, b->size, &start, &stop, &step));
    std::string with;
    if (!value.is_null()) with = TRY(assigned_bytes(vm, value));
    if (step == 1) {
        if (stop < start) stop = start;
        return ba_splice(vm, b, static_cast<size_t>(start), static_cast<size_t>(stop - start), with);
    }
    if (value.is_null()) {
        std::string keep;
        std::vector<bool> drop(b->size, false);
        for (int64_t k = 0, i = start; k < n; k++, i += step) drop[static_cast<size_t>(i)] = true;
        for (uint32_t i = 0; i < b->size; i++)
            if (!drop[i]) keep += static_cast<char>(b->data[i]);
        return ba_splice(vm, b, 0, b->size, keep);
    }
    if (static_cast<int64_t>(with.size()) != n)
        return raise(vm, vm.e_ValueError, "attempt to assign bytes of size %zu to extended slice of size %lld",
                     with.size(), static_cast<long long>(n));
    for (int64_t k = 0, i = start; k < n; k++, i += step) b->data[i] = static_cast<uint8_t>(with[k]);
    return Status::ok();
}

R<Value> ba_setitem_m(Interpreter& vm, Args args) {
    Value self = TRY(self_of(vm, args, vm.t_bytearray, "__setitem__"));
    TRY(check_nargs(vm, rest_args(args), "__setitem__", 2, 2));
    ByteArray* b = as_ba(self);
    Value key = args.v[1];
    if (is_kind(key, Kind::Slice)) {
        TRY(assign_slice(vm, b, static_cast<Slice*>(key.as_obj()), args.v[2]));
        return Value::none();
    }
    if (!has_index(vm, key))
        return raise(vm, vm.e_TypeError, "bytearray indices must be integers or slices, not %s", type_name(vm, key));
    int64_t i = TRY(item_index(vm, key, b->size));
    b->data[i] = TRY(byte_value(vm, args.v[2]));
    return Value::none();
}

R<Value> ba_delitem_m(Interpreter& vm, Args args) {
    Value self = TRY(self_of(vm, args, vm.t_bytearray, "__delitem__"));
    TRY(check_nargs(vm, rest_args(args), "__delitem__", 1, 1));
    ByteArray* b = as_ba(self);
    Value key = args.v[1];
    if (is_kind(key, Kind::Slice)) {
        TRY(assign_slice(vm, b, static_cast<Slice*>(key.as_obj()), Value()));
        return Value::none();
    }
    if (!has_index(vm, key))
        return raise(vm, vm.e_TypeError, "bytearray indices must be integers or slices, not %s", type_name(vm, key));
    int64_t i = TRY(item_index(vm, key, b->size));
    TRY(ba_splice(vm, b, static_cast<size_t>(i), 1, ""));
    return Value::none();
}

R<Value> ba_iter_m(Interpreter& vm, Args args) {
    Value self = TRY(self_of(vm, args, vm.t_bytearray, "__iter__"));
    TRY(check_nargs(vm, rest_args(args), "__iter__", 0, 0));
    return val(TRY(new_iter(vm, vm.t_seq_iterator, self)));
}

R<Value> ba_repr_m(Interpreter& vm, Args args) {
    Value self = TRY(self_of(vm, args, vm.t_bytearray, "__repr__"));
    TRY(check_nargs(vm, rest_args(args), "__repr__", 0, 0));
    Str* inner = TRY(bytes_repr(vm, ba_view(as_ba(self))));
    std::string out = self.as_obj()->type->name->data;
    out += '(';
    out.append(inner->data);
    out += ')';
    return val(TRY(new_str(vm, out)));
}

// ---- operators --------------------------------------------------------------------------------------------------

R<Value> ba_add_m(Interpreter& vm, Args args) {
    Value self = TRY(self_of(vm, args, vm.t_bytearray, "__add__"));
    TRY(check_nargs(vm, rest_args(args), "__add__", 1, 1));
    std::string_view other;
    if (!bytes_like_view(args.v[1], &other)) return vm.not_implemented;
    std::string out(ba_view(as_ba(self)));
    out.append(other);
    return ba_result(vm, out);
}

R<Value> ba_iadd_m(Interpreter& vm, Args args) {
    Value self = TRY(self_of(vm, args, vm.t_bytearray, "__iadd__"));
    TRY(check_nargs(vm, rest_args(args), "__iadd__", 1, 1));
    std::string_view other;
    if (!bytes_like_view(args.v[1], &other))
        return raise(vm, vm.e_TypeError, "can't concat %s to %s", type_name(vm, args.v[1]), type_name(vm, self));
    ByteArray* b = as_ba(self);
    TRY(ba_splice(vm, b, b->size, 0, other));
    return self;
}

R<std::string> repeated(Interpreter& vm, ByteArray* b, Value count) {
    int64_t n = TRY(index_value(vm, count));
    std::string out;
    if (n <= 0 || b->size == 0) return out;
    if (n > static_cast<int64_t>(kMaxByteArraySize / b->size)) return raise_memory_error(vm);
    out.reserve(static_cast<size_t>(n) * b->size);
    for (int64_t k = 0; k < n; k++) out.append(ba_view(b));
    return out;
}

R<Value> ba_mul_m(Interpreter& vm, Args args) {
    Value self = TRY(self_of(vm, args, vm.t_bytearray, "__mul__"));
    TRY(check_nargs(vm, rest_args(args), "__mul__", 1, 1));
    if (!has_index(vm, args.v[1])) return vm.not_implemented;
    std::string out = TRY(repeated(vm, as_ba(self), args.v[1]));
    return ba_result(vm, out);
}

R<Value> ba_imul_m(Interpreter& vm, Args args) {
    Value self = TRY(self_of(vm, args, vm.t_bytearray, "__imul__"));
    TRY(check_nargs(vm, rest_args(args), "__imul__", 1, 1));
    if (!has_index(vm, args.v[1])) return vm.not_implemented;
    ByteArray* b = as_ba(self);
    std::string out = TRY(repeated(vm, b, args.v[1]));
    TRY(ba_splice(vm, b, 0, b->size, out));
    return self;
}

// ---- mutating methods -------------------------------------------------------------------------------------------

R<Value> ba_append_m(Interpreter& vm, Args args) {
    Value self = TRY(self_of(vm, args, vm.t_bytearray, "append"));
    TRY(check_nargs(vm, rest_args(args), "bytearray.append", 1, 1));
    char c = static_cast<char>(TRY(byte_value(vm, args.v[1])));
    ByteArray* b = as_ba(self);
    TRY(ba_splice(vm, b, b->size, 0, std::string_view(&c, 1)));
    return Value::none();
}

R<Value> ba_extend_m(Interpreter& vm, Args args) {
    Value self = TRY(self_of(vm, args, vm.t_bytearray, "extend"));
    TRY(check_nargs(vm, rest_args(args), "bytearray.extend", 1, 1));
    Value src = args.v[1];
    std::string data;
    std::string_view view;
    if (bytes_like_view(src, &view)) {
        data = view;
    } else {
        R<Value> it = get_iter(vm, src);
        if (it.failed()) {
            if (exception_matches(vm, vm.exc, vm.e_TypeError)) {
                take_exception(vm);
                return raise(vm, vm.e_TypeError, "can't extend bytearray with %s", type_name(vm, src));
            }
            return Raised{};
        }
        TRY(append_iterable(vm, data, it.take()));
    }
    ByteArray* b = as_ba(self);
    TRY(ba_splice(vm, b, b->size, 0, data));
    return Value::none();
}

R<Value> ba_insert_m(Interpreter& vm, Args args) {
    Value self = TRY(self_of(vm, args, vm.t_bytearray, "insert"));
    TRY(check_nargs(vm, rest_args(args), "insert", 2, 2));
    int64_t i = TRY(index_value(vm, args.v[1]));
    char c = static_cast<char>(TRY(byte_value(vm, args.v[2])));
    ByteArray* b = as_ba(self);
    if (i < 0) i += b->size;
    if (i < 0) i = 0;
    if (i > static_cast<int64_t>(b->size)) i = b->size;
    TRY(ba_splice(vm, b, static_cast<size_t>(i), 0, std::string_view(&c, 1)));
    return Value::none();
}

R<Value> ba_pop_m(Interpreter& vm, Args args) {
    Value self = TRY(self_of(vm, args, vm.t_bytearray, "pop"));
    TRY(check_nargs(vm, rest_args(args), "pop", 0, 1));
    ByteArray* b = as_ba(self);
    int64_t i = args.n > 1 ? TRY(index_value(vm, args.v[1])) : -1;
    if (b->size == 0) return raise(vm, vm.e_IndexError, "pop from empty bytearray");
    if (i < 0) i += b->size;
    if (i < 0 || i >= static_cast<int64_t>(b->size)) return raise(vm, vm.e_IndexError, "pop index out of range");
    uint8_t c = b->data[i];
    TRY(ba_splice(vm, b, static_cast<size_t>(i), 1, ""));
    return Value::small_int(c);
}

R<Value> ba_remove_m(Interpreter& vm, Args args) {
    Value self = TRY(self_of(vm, args, vm.t_bytearray, "remove"));
    TRY(check_nargs(vm, rest_args(args), "bytearray.remove", 1, 1));
    uint8_t c = TRY(byte_value(vm, args.v[1]));
    ByteArray* b = as_ba(self);
    for (uint32_t i = 0; i < b->size; i++) {
        if (b->data[i] == c) {
            TRY(ba_splice(vm, b, i, 1, ""));
            return Value::none();
        }
    }
    return raise(vm, vm.e_ValueError, "value not found in bytearray");
}

R<Value> ba_clear_m(Interpreter& vm, Args args) {
    Value self = TRY(self_of(vm, args, vm.t_bytearray, "clear"));
    TRY(check_nargs(vm, rest_args(args), "bytearray.clear", 0, 0));
    if (as_ba(self)->size != 0) TRY(check_resizable(vm, self, kResizeExported));
    as_ba(self)->size = 0;
    return Value::none();
}

R<Value> ba_copy_m(Interpreter& vm, Args args) {
    Value self = TRY(self_of(vm, args, vm.t_bytearray, "copy"));
    TRY(check_nargs(vm, rest_args(args), "bytearray.copy", 0, 0));
    return ba_result(vm, ba_view(as_ba(self)));
}

R<Value> ba_reverse_m(Interpreter& vm, Args args) {
    Value self = TRY(self_of(vm, args, vm.t_bytearray, "reverse"));
    TRY(check_nargs(vm, rest_args(args), "bytearray.reverse", 0, 0));
    ByteArray* b = as_ba(self);
    for (uint32_t i = 0, j = b->size; i + 1 < j; i++, j--) std::swap(b->data[i], b->data[j - 1]);
    return Value::none();
}

// ---- read-only methods shared with bytes ------------------------------------------------------------------------

// bytes methods a bytearray has too; each runs over a bytes snapshot and gets its bytes results converted.
constexpr std::array kSharedMethods = {
    "__contains__", "__eq__",     "__ne__",       "__lt__",       "__le__",      "__gt__",      "__ge__",
    "decode",       "hex",        "find",         "rfind",        "index",       "rindex",      "count",
    "startswith",   "endswith",   "partition",    "rpartition",   "split",       "rsplit",      "splitlines",
    "join",         "strip",      "lstrip",       "rstrip",       "replace",     "removeprefix", "removesuffix",
    "upper",        "lower",      "swapcase",     "title",        "capitalize",  "isalpha",     "isalnum",
    "isdigit",      "isspace",    "isascii",      "isupper",      "islower",     "istitle",     "center",
    "ljust",        "rjust",      "zfill",        "expandtabs",   "translate",
};

R<Value> to_bytearray_result(Interpreter& vm, Value r) {
    if (is_kind(r, Kind::Bytes)) return ba_result(vm, as_bytes(r)->view());
    if (is_kind(r, Kind::List)) {
        List* l = as_list(r);
        for (uint32_t i = 0; i < l->size; i++)
            if (is_kind(l->items[i], Kind::Bytes)) l->items[i] = TRY(ba_result(vm, as_bytes(l->items[i])->view()));
    } else if (is_kind(r, Kind::Tuple)) {
        Tuple* t = as_tuple(r);
        for (uint32_t i = 0; i < t->size; i++)
            if (is_kind(t->items[i], Kind::Bytes)) t->items[i] = TRY(ba_result(vm, as_bytes(t->items[i])->view()));
    }
    return r;
}

// bytes' argument errors name "bytes.method()"; the caller called bytearray.method().
Raised renamed_error(Interpreter& vm) {
    if (!exception_matches(vm, vm.exc, vm.e_TypeError)) return Raised{};
    auto* exc = static_cast<Exception*>(vm.exc.as_obj());
    if (!exc->args || exc->args->size != 1 || !is_kind(exc->args->items[0], Kind::Str)) return Raised{};
    std::string_view msg = as_str(exc->args->items[0])->data;
    if (msg.substr(0, 6) != "bytes.") return Raised{};
    std::string text = "bytearray.";
    text.append(msg.substr(6));
    take_exception(vm);
    return raise(vm, vm.e_TypeError, "%s", text.c_str());
}

template <size_t I>
R<Value> shared_method(Interpreter& vm, Args args) {
    const char* name = kSharedMethods[I];
    Value self = TRY(self_of(vm, args, vm.t_bytearray, name));
    Value snapshot = val(TRY(new_bytes(vm, ba_view(as_ba(self)))));
    Str* key = TRY(intern(vm, name));
    Value fn = type_lookup(vm.t_bytes, key);
    // The argument copy lives where the GC scans: on the C++ stack, or in a tuple for unusually long calls.
    uint32_t total = args.n + args.nkw();
    Value local[8];
    Value* argv = local;
    Tuple* spill = nullptr;
    if (total > 8) {
        spill = TRY(new_tuple(vm, total));
        for (uint32_t i = 0; i < total; i++) spill->items[i] = Value::none();
        argv = spill->items;
    }
    for (uint32_t i = 0; i < total; i++) argv[i] = args.v[i];
    argv[0] = snapshot;
    R<Value> r = call(vm, fn, Args{argv, args.n, args.kwnames});
    if (r.failed()) return renamed_error(vm);
    return to_bytearray_result(vm, r.take());
}

template <size_t... I>
void add_shared_methods(Interpreter& vm, std::index_sequence<I...>) {
    (add_methods(vm, vm.t_bytearray, {{kSharedMethods[I], shared_method<I>}}), ...);
}

R<Value> ba_fromhex_m(Interpreter& vm, Args args) {
    if (args.n < 1 || !is_type(args.v[0])) return raise(vm, vm.e_TypeError, "fromhex() requires a type");
    Value cls = args.v[0];
    Str* key = TRY(intern(vm, "fromhex"));
    // bytes.fromhex is a classmethod: calling it through the type binds bytes as cls.
    Value bound = TRY(getattr(vm, val(vm.t_bytes), key));
    Value r = TRY(call(vm, bound, rest_args(args)));
    if (static_cast<Type*>(cls.as_obj()) == vm.t_bytearray) return ba_result(vm, as_bytes(r)->view());
    return call1(vm, cls, r);
}

}  // namespace

// ---- registration -----------------------------------------------------------------------------------------------

void init_bytearray_type(Interpreter& vm) {
    Type* t = vm.t_bytearray;
    add_staticmethods(vm, t, {{"__new__", ba_new}});
    add_classmethods(vm, t, {{"fromhex", ba_fromhex_m}});
    add_methods(vm, t,
                {{"__init__", ba_init},
                 {"__len__", ba_len_m},
                 {"__getitem__", ba_getitem_m},
                 {"__setitem__", ba_setitem_m},
                 {"__delitem__", ba_delitem_m},
                 {"__iter__", ba_iter_m},
                 {"__repr__", ba_repr_m},
                 {"__add__", ba_add_m},
                 {"__iadd__", ba_iadd_m},
                 {"__mul__", ba_mul_m},
                 {"__rmul__", ba_mul_m},
                 {"__imul__", ba_imul_m},
                 {"append", ba_append_m},
                 {"extend", ba_extend_m},
                 {"insert", ba_insert_m},
                 {"pop", ba_pop_m},
                 {"remove", ba_remove_m},
                 {"clear", ba_clear_m},
                 {"copy", ba_copy_m},
                 {"reverse", ba_reverse_m}});
    add_shared_methods(vm, std::make_index_sequence<kSharedMethods.size()>());
    // maketrans is a static method shared with bytes.
    Str* mk = intern(vm, "maketrans").take();
    (void)dict_set_str(vm, t->dict, mk, dict_get_str(vm.t_bytes->dict, mk));
    (void)dict_set_str(vm, t->dict, vm.n___hash__, Value::none());
}

}  // namespace pyco
