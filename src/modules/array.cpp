// The `array` module: array.array (Kind::Buffer, flavor BUF_ARRAY) for the typecodes b B u h H i I l L q Q f d,
// with CPython 3.11's conversions and messages. Items live packed in native byte order in Buffer::data (size in
// bytes), so tobytes/frombytes/byteswap and the buffer interface (buffer_view: bytes(a), bytearray(a), struct,
// hashlib, binary writes) see CPython's layout.
#include <cmath>
#include <cstdio>
#include <cstring>
#include <string>

#include "modules/module_util.h"
#include "modules/modules.h"

namespace pyco {

namespace {

constexpr const char* kTypecodes = "bBuhHiIlLqQfd";
constexpr size_t kMaxArrayBytes = 0x7FFFFFF0u;

size_t item_size_of(char tc) {
    switch (tc) {
        case 'b': case 'B': return 1;
        case 'h': case 'H': return 2;
        case 'u': case 'i': case 'I': case 'f': return 4;
        default: return 8;  // l L q Q d (LP64)
    }
}

Buffer* as_arr(Value v) { return static_cast<Buffer*>(v.as_obj()); }
bool is_array(Value v) { return is_kind(v, Kind::Buffer) && as_arr(v)->flavor == BUF_ARRAY; }
size_t isz(const Buffer* a) { return item_size_of(a->typecode); }
int64_t len(const Buffer* a) { return static_cast<int64_t>(a->size / isz(a)); }

constexpr const char* kResizeExported = "cannot resize an array that is exporting buffers";

R<Type*> array_type(Interpreter& vm) {
    Value mod = TRY(dict_get(vm, vm.modules, val(TRY(intern(vm, "array")))));
    Value t = is_kind(mod, Kind::Module) ? dict_get_str(static_cast<Module*>(mod.as_obj())->dict, TRY(intern(vm, "array")))
                                         : Value();
    if (!is_type(t)) return raise(vm, vm.e_SystemError, "array module is not initialised");
    return static_cast<Type*>(t.as_obj());
}

R<Buffer*> new_array(Interpreter& vm, Type* t, char tc) {
    auto* a = TRY(alloc<Buffer>(vm, t));
    a->flavor = BUF_ARRAY;
    a->typecode = tc;
    return a;
}

R<Buffer*> new_plain_array(Interpreter& vm, char tc) { return new_array(vm, TRY(array_type(vm)), tc); }

Status reserve(Interpreter& vm, Buffer* a, size_t bytes) {
    if (bytes > kMaxArrayBytes) return raise_memory_error(vm);
    if (bytes <= a->capacity && a->data) return Status::ok();
    size_t cap = bytes < 16 ? 16 : bytes + bytes / 4;
    if (cap > kMaxArrayBytes) cap = bytes;
    a->data = static_cast<uint8_t*>(TRY(realloc_raw(vm, a->data, cap)));
    a->capacity = static_cast<uint32_t>(cap);
    return Status::ok();
}

// Replaces bytes [at, at + remove) with `with` (copied first: it may point into the array itself).
Status splice(Interpreter& vm, Buffer* a, size_t at, size_t remove, std::string_view with) {
    std::string copy(with);
    size_t new_size = a->size - remove + copy.size();
    if (new_size != a->size) TRY(check_resizable(vm, val(a), kResizeExported));
    TRY(reserve(vm, a, new_size));
    std::memmove(a->data + at + copy.size(), a->data + at + remove, a->size - at - remove);
    if (!copy.empty()) std::memcpy(a->data + at, copy.data(), copy.size());
    a->size = static_cast<uint32_t>(new_size);
    return Status::ok();
}

std::string_view bytes_of(const Buffer* a) { return {reinterpret_cast<const char*>(a->data), a->size}; }

// ---- item conversion ---------------------------------------------------------------------------------------------

// An int for an integer typecode: ints as they are, other objects through __index__ (CPython's errors).
R<Value> integer_item(Interpreter& vm, Value v) {
    if (is_int_value(v)) return v;
    return index_of(vm, v);
}

// The magnitude class of an int: fits int64 (*i64), or a non-negative value below 2**64 (*u64), or neither.
enum class Fit { I64, U64, Big };
Fit classify(Value v, int64_t* i64, uint64_t* u64) {
    if (int_fits_i64(v, i64)) return Fit::I64;
    Value p = int_plain(v);
    if (p.is_obj()) {
        auto* o = static_cast<Int*>(p.as_obj());
        if (!o->negative && o->ndigits <= 2) {
            *u64 = o->digits[0] | (o->ndigits > 1 ? uint64_t(o->digits[1]) << 32 : 0);
            return Fit::U64;
        }
    }
    return Fit::Big;
}

Raised overflow(Interpreter& vm, const char* msg) { return raise(vm, vm.e_OverflowError, "%s", msg); }

// Range checks of CPython's PyArg_Parse codes, which array's setters use: "h" (short), "i" (int), "b" (unsigned
// byte); a value beyond a C long fails earlier with PyLong_AsLong's message.
Status check_range(Interpreter& vm, int64_t x, int64_t lo, int64_t hi, const char* what) {
    if (x < lo) return raise(vm, vm.e_OverflowError, "%s is less than minimum", what);
    if (x > hi) return raise(vm, vm.e_OverflowError, "%s is greater than maximum", what);
    return Status::ok();
}

// Converts a Python value to the packed item of typecode tc (out: item_size_of(tc) bytes).
Status pack_item(Interpreter& vm, char tc, Value v, uint8_t* out) {
    if (tc == 'f' || tc == 'd') {
        double d = TRY(real_to_double(vm, v));
        if (tc == 'f') {
            float f = static_cast<float>(d);
            std::memcpy(out, &f, 4);
        } else {
            std::memcpy(out, &d, 8);
        }
        return Status::ok();
    }
    if (tc == 'u') {
        if (!is_kind(v, Kind::Str) || as_str(v)->length != 1)
            return raise(vm, vm.e_TypeError, "array item must be unicode character");
        size_t adv;
        uint32_t cp = utf8_decode(as_str(v)->data, &adv);
        std::memcpy(out, &cp, 4);
        return Status::ok();
    }
    Value n = TRY(integer_item(vm, v));
    int64_t i = 0;
    uint64_t u = 0;
    Fit fit = classify(n, &i, &u);
    bool negative = int_is_negative(n);
    switch (tc) {
        case 'b': case 'B': case 'h': case 'H': case 'i': case 'l': {
            if (fit != Fit::I64) return overflow(vm, "Python int too large to convert to C long");
            if (tc == 'b') {
                TRY(check_range(vm, i, INT16_MIN, INT16_MAX, "signed short integer"));
                TRY(check_range(vm, i, INT8_MIN, INT8_MAX, "signed char"));
                auto x = static_cast<int8_t>(i);
                std::memcpy(out, &x, 1);
            } else if (tc == 'B') {
                TRY(check_range(vm, i, 0, UINT8_MAX, "unsigned byte integer"));
                out[0] = static_cast<uint8_t>(i);
            } else if (tc == 'h') {
                TRY(check_range(vm, i, INT16_MIN, INT16_MAX, "signed short integer"));
                auto x = static_cast<int16_t>(i);
                std::memcpy(out, &x, 2);
            } else if (tc == 'H') {
                TRY(check_range(vm, i, INT32_MIN, INT32_MAX, "signed integer"));
                TRY(check_range(vm, i, 0, UINT16_MAX, "unsigned short"));
                auto x = static_cast<uint16_t>(i);
                std::memcpy(out, &x, 2);
            } else if (tc == 'i') {
                TRY(check_range(vm, i, INT32_MIN, INT32_MAX, "signed integer"));
                auto x = static_cast<int32_t>(i);
                std::memcpy(out, &x, 4);
            } else {
                std::memcpy(out, &i, 8);
            }
            return Status::ok();
        }
        case 'I': case 'L': {
            if (negative) return overflow(vm, "can't convert negative value to unsigned int");
            if (fit == Fit::Big) return overflow(vm, "Python int too large to convert to C unsigned long");
            uint64_t x = fit == Fit::I64 ? static_cast<uint64_t>(i) : u;
            if (tc == 'I') {
                if (x > UINT32_MAX) return overflow(vm, "unsigned int is greater than maximum");
                auto y = static_cast<uint32_t>(x);
                std::memcpy(out, &y, 4);
            } else {
                std::memcpy(out, &x, 8);
            }
            return Status::ok();
        }
        case 'q':
            if (fit != Fit::I64) return overflow(vm, "int too big to convert");
            std::memcpy(out, &i, 8);
            return Status::ok();
        default: {  // 'Q'
            if (negative) return overflow(vm, "can't convert negative int to unsigned");
            if (fit == Fit::Big) return overflow(vm, "int too big to convert");
            uint64_t x = fit == Fit::I64 ? static_cast<uint64_t>(i) : u;
            std::memcpy(out, &x, 8);
            return Status::ok();
        }
    }
}

// The Python value of the packed item at p.
R<Value> unpack_item(Interpreter& vm, char tc, const uint8_t* p) {
    switch (tc) {
        case 'b': return Value::small_int(static_cast<int8_t>(p[0]));
        case 'B': return Value::small_int(p[0]);
        case 'h': { int16_t x; std::memcpy(&x, p, 2); return Value::small_int(x); }
        case 'H': { uint16_t x; std::memcpy(&x, p, 2); return Value::small_int(x); }
        case 'i': { int32_t x; std::memcpy(&x, p, 4); return make_int(vm, x); }
        case 'I': { uint32_t x; std::memcpy(&x, p, 4); return make_int(vm, x); }
        case 'l': case 'q': { int64_t x; std::memcpy(&x, p, 8); return make_int(vm, x); }
        case 'L': case 'Q': {
            uint64_t x;
            std::memcpy(&x, p, 8);
            if (x <= static_cast<uint64_t>(INT64_MAX)) return make_int(vm, static_cast<int64_t>(x));
            return int_of_bigint(vm, BigInt::from_u64(x));
        }
        case 'f': { float x; std::memcpy(&x, p, 4); return new_float(vm, x); }
        case 'd': { double x; std::memcpy(&x, p, 8); return new_float(vm, x); }
        default: {  // 'u'
            uint32_t cp;
            std::memcpy(&cp, p, 4);
            if (cp > 0x10FFFF) return raise(vm, vm.e_ValueError, "character U+%x is not in range [U+0000; U+10ffff]", cp);
            return val(TRY(str_from_codepoint(vm, cp)));
        }
    }
}

R<Value> item_at(Interpreter& vm, const Buffer* a, int64_t i) {
    return unpack_item(vm, a->typecode, a->data + static_cast<size_t>(i) * isz(a));
}

// Appends one converted value (conversion first: it may run Python code).
Status append_value(Interpreter& vm, Buffer* a, Value v) {
    uint8_t item[8];
    TRY(pack_item(vm, a->typecode, v, item));
    TRY(check_resizable(vm, val(a), kResizeExported));
    TRY(reserve(vm, a, a->size + isz(a)));
    std::memcpy(a->data + a->size, item, isz(a));
    a->size += static_cast<uint32_t>(isz(a));
    return Status::ok();
}

Status extend_from_iterable(Interpreter& vm, Buffer* a, Value iterable) {
    Value it = TRY(get_iter(vm, iterable));
    while (true) {
        Value v = TRY(iter_next(vm, it));
        if (v.is_null()) return Status::ok();
        TRY(append_value(vm, a, v));
    }
}

Status from_bytes(Interpreter& vm, Buffer* a, Value data) {
    std::string_view view;
    if (!buffer_view(data, &view))
        return raise(vm, vm.e_TypeError, "a bytes-like object is required, not '%s'", type_name(vm, data));
    if (view.size() % isz(a)) return raise(vm, vm.e_ValueError, "bytes length not a multiple of item size");
    return splice(vm, a, a->size, 0, view);
}

// Code points of a str as 4-byte items.
std::string utf32_of(Str* s) {
    std::string out;
    for (size_t i = 0; i < s->size;) {
        size_t adv = 1;
        uint32_t cp = utf8_decode(s->data + i, &adv);
        i += adv;
        out.append(reinterpret_cast<const char*>(&cp), 4);
    }
    return out;
}

// ---- construction ------------------------------------------------------------------------------------------------

R<Value> array_new(Interpreter& vm, Args args) {
    if (args.n < 1 || !is_type(args.v[0])) return raise(vm, vm.e_TypeError, "array.__new__(X): X is not a type object");
    Type* cls = static_cast<Type*>(args.v[0].as_obj());
    if (args.nkw() && cls == TRY(array_type(vm))) return raise(vm, vm.e_TypeError, "array.array() takes no keyword arguments");
    if (args.n < 2) return raise(vm, vm.e_TypeError, "array() takes at least 1 argument (0 given)");
    if (args.n > 3) return raise(vm, vm.e_TypeError, "array() takes at most 2 arguments (%u given)", args.n - 1);
    Value code = args.v[1];
    if (!is_kind(code, Kind::Str) || as_str(code)->length != 1) {
        return raise(vm, vm.e_TypeError, "array() argument 1 must be a unicode character, not %s",
                     is_kind(code, Kind::Str) ? "str" : type_name(vm, code));
    }
    char tc = as_str(code)->data[0];
    if (as_str(code)->size != 1 || !std::strchr(kTypecodes, tc))
        return raise(vm, vm.e_ValueError, "bad typecode (must be b, B, u, h, H, i, I, l, L, q, Q, f or d)");
    Value init = args.n > 2 ? args.v[2] : Value();
    Buffer* a = TRY(new_array(vm, cls, tc));
    if (init.is_null() || init.is_none()) return val(a);
    if (is_kind(init, Kind::Str)) {
        if (tc != 'u')
            return raise(vm, vm.e_TypeError, "cannot use a str to initialize an array with typecode '%c'", tc);
        TRY(splice(vm, a, 0, 0, utf32_of(as_str(init))));
    } else if (is_array(init)) {
        Buffer* src = as_arr(init);
        if (src->typecode == 'u' && tc != 'u')
            return raise(vm, vm.e_TypeError, "cannot use a unicode array to initialize an array with typecode '%c'", tc);
        if (src->typecode == tc) {
            TRY(splice(vm, a, 0, 0, bytes_of(src)));
        } else {
            for (int64_t i = 0; i < len(src); i++) TRY(append_value(vm, a, TRY(item_at(vm, src, i))));
        }
    } else if (is_kind(init, Kind::Bytes) || is_kind(init, Kind::ByteArray)) {
        TRY(from_bytes(vm, a, init));
    } else {
        TRY(extend_from_iterable(vm, a, init));
    }
    return val(a);
}

R<Buffer*> arr_self(Interpreter& vm, Args args, const char* method) {
    if (args.n >= 1 && is_array(args.v[0])) return as_arr(args.v[0]);
    return raise(vm, vm.e_TypeError, "descriptor '%s' for 'array.array' objects doesn't apply to a '%s' object", method,
                 args.n ? type_name(vm, args.v[0]) : "NoneType");
}

// CPython's messages for a method's positional arguments (METH_O / METH_NOARGS style).
Status arity(Interpreter& vm, Args args, const char* method, uint32_t min, uint32_t max) {
    uint32_t given = args.n - 1;
    if (args.nkw()) return raise(vm, vm.e_TypeError, "array.%s() takes no keyword arguments", method);
    if (given >= min && given <= max) return Status::ok();
    if (max == 0) return raise(vm, vm.e_TypeError, "array.%s() takes no arguments (%u given)", method, given);
    if (min == max) return raise(vm, vm.e_TypeError, "array.%s() takes exactly one argument (%u given)", method, given);
    if (given < min)
        return raise(vm, vm.e_TypeError, "%s expected at least %u argument%s, got %u", method, min, min == 1 ? "" : "s", given);
    return raise(vm, vm.e_TypeError, "%s expected at most %u argument%s, got %u", method, max, max == 1 ? "" : "s", given);
}

// ---- sequence protocol ----------------------------------------------------------------------------------------------

R<Value> array_len(Interpreter& vm, Args args) {
    Buffer* a = TRY(arr_self(vm, args, "__len__"));
    return make_int(vm, len(a));
}

bool is_index_like(Interpreter& vm, Value v) {
    return is_int_value(v) || !type_lookup(type_of(vm, v), vm.n___index__).is_null();
}

R<Value> array_getitem(Interpreter& vm, Args args) {
    Buffer* a = TRY(arr_self(vm, args, "__getitem__"));
    TRY(arity(vm, args, "__getitem__", 1, 1));
    Value key = args.v[1];
    if (is_kind(key, Kind::Slice)) {
        int64_t start, stop, step;
        int64_t n = TRY(slice_indices(vm, static_cast<Slice*>(key.as_obj()), len(a), &start, &stop, &step));
        Buffer* r = TRY(new_plain_array(vm, a->typecode));
        size_t sz = isz(a);
        TRY(reserve(vm, r, static_cast<size_t>(n) * sz));
        for (int64_t k = 0; k < n; k++)
            std::memcpy(r->data + k * sz, a->data + (start + k * step) * static_cast<int64_t>(sz), sz);
        r->size = static_cast<uint32_t>(static_cast<size_t>(n) * sz);
        return val(r);
    }
    if (!is_index_like(vm, key)) return raise(vm, vm.e_TypeError, "array indices must be integers");
    int64_t i = TRY(seq_index(vm, key, len(a), "array"));
    return item_at(vm, a, i);
}

// a[slice] = array (same typecode); `value` null deletes.
Status assign_slice(Interpreter& vm, Buffer* a, Slice* s, Value value) {
    std::string src;
    if (!value.is_null()) {
        if (!is_array(value))
            return raise(vm, vm.e_TypeError, "can only assign array (not \"%s\") to array slice", type_name(vm, value));
        if (as_arr(value)->typecode != a->typecode)
            return raise(vm, vm.e_TypeError, "bad argument type for built-in operation");
        src = bytes_of(as_arr(value));
    }
    size_t sz = isz(a);
    int64_t start, stop, step;
    int64_t n = TRY(slice_indices(vm, s, len(a), &start, &stop, &step));
    int64_t count = static_cast<int64_t>(src.size() / sz);
    if (step == 1) {
        if (stop < start) stop = start;
        return splice(vm, a, static_cast<size_t>(start) * sz, static_cast<size_t>(stop - start) * sz, src);
    }
    if (value.is_null()) {
        // Deleting an extended slice: keep the items not selected, in order.
        std::string kept;
        int64_t total = len(a);
        std::string drop(static_cast<size_t>(total), '\0');
        for (int64_t k = 0; k < n; k++) drop[static_cast<size_t>(start + k * step)] = 1;
        for (int64_t i = 0; i < total; i++)
            if (!drop[static_cast<size_t>(i)]) kept.append(reinterpret_cast<const char*>(a->data) + i * static_cast<int64_t>(sz), sz);
        return splice(vm, a, 0, a->size, kept);
    }
    if (count != n)
        return raise(vm, vm.e_ValueError, "attempt to assign array of size %lld to extended slice of size %lld",
                     (long long)count, (long long)n);
    for (int64_t k = 0; k < n; k++)
        std::memcpy(a->data + (start + k * step) * static_cast<int64_t>(sz), src.data() + k * static_cast<int64_t>(sz), sz);
    return Status::ok();
}

R<Value> array_setitem(Interpreter& vm, Args args) {
    Buffer* a = TRY(arr_self(vm, args, "__setitem__"));
    TRY(arity(vm, args, "__setitem__", 2, 2));
    Value key = args.v[1];
    if (is_kind(key, Kind::Slice)) {
        TRY(assign_slice(vm, a, static_cast<Slice*>(key.as_obj()), args.v[2]));
        return Value::none();
    }
    if (!is_index_like(vm, key)) return raise(vm, vm.e_TypeError, "array indices must be integers");
    int64_t i = TRY(seq_index(vm, key, len(a), "array assignment"));
    uint8_t item[8];
    TRY(pack_item(vm, a->typecode, args.v[2], item));
    if (i >= len(a)) return raise(vm, vm.e_IndexError, "array assignment index out of range");  // shrunk meanwhile
    std::memcpy(a->data + static_cast<size_t>(i) * isz(a), item, isz(a));
    return Value::none();
}

R<Value> array_delitem(Interpreter& vm, Args args) {
    Buffer* a = TRY(arr_self(vm, args, "__delitem__"));
    TRY(arity(vm, args, "__delitem__", 1, 1));
    Value key = args.v[1];
    if (is_kind(key, Kind::Slice)) {
        TRY(assign_slice(vm, a, static_cast<Slice*>(key.as_obj()), Value()));
        return Value::none();
    }
    if (!is_index_like(vm, key)) return raise(vm, vm.e_TypeError, "array indices must be integers");
    int64_t i = TRY(seq_index(vm, key, len(a), "array assignment"));
    TRY(splice(vm, a, static_cast<size_t>(i) * isz(a), isz(a), {}));
    return Value::none();
}

// The index of the first item equal to x in [start, stop), or -1.
R<int64_t> find(Interpreter& vm, Buffer* a, Value x, int64_t start, int64_t stop) {
    for (int64_t i = start; i < stop && i < len(a); i++) {
        if (TRY(equal(vm, TRY(item_at(vm, a, i)), x))) return i;
    }
    return int64_t(-1);
}

R<Value> array_contains(Interpreter& vm, Args args) {
    Buffer* a = TRY(arr_self(vm, args, "__contains__"));
    TRY(arity(vm, args, "__contains__", 1, 1));
    return Value::boolean(TRY(find(vm, a, args.v[1], 0, len(a))) >= 0);
}

R<Value> array_iter(Interpreter& vm, Args args) {
    TRY(arr_self(vm, args, "__iter__"));
    return val(TRY(new_iter(vm, vm.t_seq_iterator, args.v[0])));
}

// ---- methods -------------------------------------------------------------------------------------------------------

R<Value> array_append(Interpreter& vm, Args args) {
    Buffer* a = TRY(arr_self(vm, args, "append"));
    TRY(arity(vm, args, "append", 1, 1));
    TRY(append_value(vm, a, args.v[1]));
    return Value::none();
}

Status extend(Interpreter& vm, Buffer* a, Value other) {
    if (is_array(other)) {
        if (as_arr(other)->typecode != a->typecode)
            return raise(vm, vm.e_TypeError, "can only extend with array of same kind");
        return splice(vm, a, a->size, 0, bytes_of(as_arr(other)));
    }
    return extend_from_iterable(vm, a, other);
}

R<Value> array_extend(Interpreter& vm, Args args) {
    Buffer* a = TRY(arr_self(vm, args, "extend"));
    TRY(arity(vm, args, "extend", 1, 1));
    TRY(extend(vm, a, args.v[1]));
    return Value::none();
}

R<Value> array_insert(Interpreter& vm, Args args) {
    Buffer* a = TRY(arr_self(vm, args, "insert"));
    TRY(arity(vm, args, "insert", 2, 2));
    int64_t i = TRY(index_value(vm, args.v[1]));
    uint8_t item[8];
    TRY(pack_item(vm, a->typecode, args.v[2], item));
    int64_t n = len(a);
    if (i < 0) i = i + n < 0 ? 0 : i + n;
    if (i > n) i = n;
    TRY(splice(vm, a, static_cast<size_t>(i) * isz(a), 0, std::string_view(reinterpret_cast<char*>(item), isz(a))));
    return Value::none();
}

R<Value> array_pop(Interpreter& vm, Args args) {
    Buffer* a = TRY(arr_self(vm, args, "pop"));
    TRY(arity(vm, args, "pop", 0, 1));
    int64_t i = args.n > 1 ? TRY(index_value(vm, args.v[1])) : -1;
    int64_t n = len(a);
    if (n == 0) return raise(vm, vm.e_IndexError, "pop from empty array");
    if (i < 0) i += n;
    if (i < 0 || i >= n) return raise(vm, vm.e_IndexError, "pop index out of range");
    Value v = TRY(item_at(vm, a, i));
    TRY(splice(vm, a, static_cast<size_t>(i) * isz(a), isz(a), {}));
    return v;
}

R<Value> array_remove(Interpreter& vm, Args args) {
    Buffer* a = TRY(arr_self(vm, args, "remove"));
    TRY(arity(vm, args, "remove", 1, 1));
    int64_t i = TRY(find(vm, a, args.v[1], 0, len(a)));
    if (i < 0) return raise(vm, vm.e_ValueError, "array.remove(x): x not in array");
    TRY(splice(vm, a, static_cast<size_t>(i) * isz(a), isz(a), {}));
    return Value::none();
}

R<Value> array_index(Interpreter& vm, Args args) {
    Buffer* a = TRY(arr_self(vm, args, "index"));
    TRY(arity(vm, args, "index", 1, 3));
    int64_t n = len(a);
    int64_t bounds[2] = {0, n};
    for (uint32_t k = 0; k < 2 && k + 2 < args.n; k++) {
        int64_t v = TRY(index_value(vm, args.v[k + 2]));
        if (v < 0) v = v + n < 0 ? 0 : v + n;
        bounds[k] = v;
    }
    int64_t i = TRY(find(vm, a, args.v[1], bounds[0], bounds[1]));
    if (i < 0) return raise(vm, vm.e_ValueError, "array.index(x): x not in array");
    return make_int(vm, i);
}

R<Value> array_count(Interpreter& vm, Args args) {
    Buffer* a = TRY(arr_self(vm, args, "count"));
    TRY(arity(vm, args, "count", 1, 1));
    int64_t count = 0;
    for (int64_t i = 0; i < len(a); i++) count += TRY(equal(vm, TRY(item_at(vm, a, i)), args.v[1])) ? 1 : 0;
    return make_int(vm, count);
}

R<Value> array_reverse(Interpreter& vm, Args args) {
    Buffer* a = TRY(arr_self(vm, args, "reverse"));
    TRY(arity(vm, args, "reverse", 0, 0));
    size_t sz = isz(a);
    uint8_t tmp[8];
    for (int64_t i = 0, j = len(a) - 1; i < j; i++, j--) {
        std::memcpy(tmp, a->data + i * sz, sz);
        std::memcpy(a->data + i * sz, a->data + j * sz, sz);
        std::memcpy(a->data + j * sz, tmp, sz);
    }
    return Value::none();
}

R<Value> array_byteswap(Interpreter& vm, Args args) {
    Buffer* a = TRY(arr_self(vm, args, "byteswap"));
    TRY(arity(vm, args, "byteswap", 0, 0));
    size_t sz = isz(a);
    for (size_t at = 0; at + sz <= a->size; at += sz) {
        for (size_t k = 0; k < sz / 2; k++) std::swap(a->data[at + k], a->data[at + sz - 1 - k]);
    }
    return Value::none();
}

R<Value> array_tobytes(Interpreter& vm, Args args) {
    Buffer* a = TRY(arr_self(vm, args, "tobytes"));
    TRY(arity(vm, args, "tobytes", 0, 0));
    return val(TRY(new_bytes(vm, bytes_of(a))));
}

R<Value> array_frombytes(Interpreter& vm, Args args) {
    Buffer* a = TRY(arr_self(vm, args, "frombytes"));
    TRY(arity(vm, args, "frombytes", 1, 1));
    TRY(from_bytes(vm, a, args.v[1]));
    return Value::none();
}

R<List*> to_list(Interpreter& vm, Buffer* a) {
    List* l = TRY(new_list(vm, static_cast<uint32_t>(len(a))));
    for (int64_t i = 0; i < len(a); i++) TRY(list_append(vm, l, TRY(item_at(vm, a, i))));
    return l;
}

R<Value> array_tolist(Interpreter& vm, Args args) {
    Buffer* a = TRY(arr_self(vm, args, "tolist"));
    TRY(arity(vm, args, "tolist", 0, 0));
    return val(TRY(to_list(vm, a)));
}

R<Value> array_fromlist(Interpreter& vm, Args args) {
    Buffer* a = TRY(arr_self(vm, args, "fromlist"));
    TRY(arity(vm, args, "fromlist", 1, 1));
    if (!isinstance(vm, args.v[1], vm.t_list)) return raise(vm, vm.e_TypeError, "arg must be list");
    // All or nothing, as CPython: convert everything before appending.
    List* l = as_list(args.v[1]);
    std::string packed;
    uint8_t item[8];
    for (uint32_t i = 0; i < l->size; i++) {
        TRY(pack_item(vm, a->typecode, l->items[i], item));
        packed.append(reinterpret_cast<char*>(item), isz(a));
    }
    TRY(splice(vm, a, a->size, 0, packed));
    return Value::none();
}

R<Value> array_tounicode(Interpreter& vm, Args args) {
    Buffer* a = TRY(arr_self(vm, args, "tounicode"));
    TRY(arity(vm, args, "tounicode", 0, 0));
    if (a->typecode != 'u') return raise(vm, vm.e_ValueError, "tounicode() may only be called on unicode type arrays");
    StrBuilder sb;
    for (int64_t i = 0; i < len(a); i++) {
        uint32_t cp;
        std::memcpy(&cp, a->data + i * 4, 4);
        sb.add_codepoint(cp);
    }
    return val(TRY(sb.build(vm)));
}

R<Value> array_fromunicode(Interpreter& vm, Args args) {
    Buffer* a = TRY(arr_self(vm, args, "fromunicode"));
    TRY(arity(vm, args, "fromunicode", 1, 1));
    if (!is_kind(args.v[1], Kind::Str))
        return raise(vm, vm.e_TypeError, "fromunicode() argument must be str, not %s", type_name(vm, args.v[1]));
    if (a->typecode != 'u')
        return raise(vm, vm.e_ValueError, "fromunicode() may only be called on unicode type arrays");
    TRY(splice(vm, a, a->size, 0, utf32_of(as_str(args.v[1]))));
    return Value::none();
}

R<Value> array_buffer_info(Interpreter& vm, Args args) {
    Buffer* a = TRY(arr_self(vm, args, "buffer_info"));
    TRY(arity(vm, args, "buffer_info", 0, 0));
    Value addr = TRY(make_int(vm, static_cast<int64_t>(reinterpret_cast<uintptr_t>(a->data))));
    return val(TRY(tuple_of(vm, {addr, TRY(make_int(vm, len(a)))})));
}

R<Value> array_copy(Interpreter& vm, Args args) {
    Buffer* a = TRY(arr_self(vm, args, "__copy__"));
    Buffer* r = TRY(new_array(vm, type_of(vm, args.v[0]), a->typecode));
    TRY(splice(vm, r, 0, 0, bytes_of(a)));
    return val(r);
}

R<Value> array_repr(Interpreter& vm, Args args) {
    Buffer* a = TRY(arr_self(vm, args, "__repr__"));
    std::string out = std::string(type_of(vm, args.v[0])->name->view()) + "('" + a->typecode + "'";
    if (len(a) > 0) {
        Value items = a->typecode == 'u' ? TRY(array_tounicode(vm, Args{args.v, 1, nullptr})) : val(TRY(to_list(vm, a)));
        out += ", ";
        out += TRY(repr(vm, items))->view();
    }
    out += ")";
    return val(TRY(new_str(vm, out)));
}

R<Value> array_typecode_get(Interpreter& vm, Args args) {
    Buffer* a = TRY(arr_self(vm, args, "typecode"));
    char tc[2] = {a->typecode, 0};
    return val(TRY(new_str(vm, tc)));
}

R<Value> array_itemsize_get(Interpreter& vm, Args args) {
    Buffer* a = TRY(arr_self(vm, args, "itemsize"));
    return Value::small_int(static_cast<int64_t>(isz(a)));
}

// ---- operators -----------------------------------------------------------------------------------------------------

R<Value> array_add(Interpreter& vm, Args args) {
    Buffer* a = TRY(arr_self(vm, args, "__add__"));
    TRY(arity(vm, args, "__add__", 1, 1));
    Value other = args.v[1];
    if (!is_array(other))
        return raise(vm, vm.e_TypeError, "can only append array (not \"%s\") to array", type_name(vm, other));
    if (as_arr(other)->typecode != a->typecode) return raise(vm, vm.e_TypeError, "bad argument type for built-in operation");
    Buffer* r = TRY(new_plain_array(vm, a->typecode));
    TRY(splice(vm, r, 0, 0, bytes_of(a)));
    TRY(splice(vm, r, r->size, 0, bytes_of(as_arr(other))));
    return val(r);
}

R<Value> array_iadd(Interpreter& vm, Args args) {
    Buffer* a = TRY(arr_self(vm, args, "__iadd__"));
    TRY(arity(vm, args, "__iadd__", 1, 1));
    Value other = args.v[1];
    if (!is_array(other))
        return raise(vm, vm.e_TypeError, "can only extend array with array (not \"%s\")", type_name(vm, other));
    TRY(extend(vm, a, other));
    return args.v[0];
}

R<int64_t> repeat_count(Interpreter& vm, Value n) {
    if (!is_index_like(vm, n))
        return raise(vm, vm.e_TypeError, "can't multiply sequence by non-int of type '%s'", type_name(vm, n));
    int64_t k = TRY(index_value(vm, n));
    return k < 0 ? 0 : k;
}

Status repeat_into(Interpreter& vm, Buffer* r, std::string_view unit, int64_t times) {
    if (unit.empty() || times == 0) return splice(vm, r, 0, r->size, {});
    if (static_cast<uint64_t>(times) > kMaxArrayBytes / unit.size()) return raise_memory_error(vm);
    std::string copy(unit);
    if (copy.size() * static_cast<size_t>(times) != r->size) TRY(check_resizable(vm, val(r), kResizeExported));
    TRY(reserve(vm, r, copy.size() * static_cast<size_t>(times)));
    for (int64_t k = 0; k < times; k++) std::memcpy(r->data + k * static_cast<int64_t>(copy.size()), copy.data(), copy.size());
    r->size = static_cast<uint32_t>(copy.size() * static_cast<size_t>(times));
    return Status::ok();
}

R<Value> array_mul(Interpreter& vm, Args args) {
    Buffer* a = TRY(arr_self(vm, args, "__mul__"));
    TRY(arity(vm, args, "__mul__", 1, 1));
    int64_t k = TRY(repeat_count(vm, args.v[1]));
    Buffer* r = TRY(new_plain_array(vm, a->typecode));
    TRY(repeat_into(vm, r, bytes_of(a), k));
    return val(r);
}

R<Value> array_imul(Interpreter& vm, Args args) {
    Buffer* a = TRY(arr_self(vm, args, "__imul__"));
    TRY(arity(vm, args, "__imul__", 1, 1));
    int64_t k = TRY(repeat_count(vm, args.v[1]));
    TRY(repeat_into(vm, a, bytes_of(a), k));
    return args.v[0];
}

// Comparisons as CPython's array_richcompare: arrays only; lengths first for == and !=, then item by item.
R<Value> compare_arrays(Interpreter& vm, Args args, CmpOp op, const char* name) {
    Buffer* a = TRY(arr_self(vm, args, name));
    TRY(arity(vm, args, name, 1, 1));
    if (!is_array(args.v[1])) return vm.not_implemented;
    Buffer* b = as_arr(args.v[1]);
    if (len(a) != len(b) && (op == CmpOp::Eq || op == CmpOp::Ne)) return Value::boolean(op == CmpOp::Ne);
    int64_t i = 0;
    for (; i < len(a) && i < len(b); i++) {
        Value x = TRY(item_at(vm, a, i));
        Value y = TRY(item_at(vm, b, i));
        if (!TRY(equal(vm, x, y))) {
            if (op == CmpOp::Eq) return Value::boolean(false);
            if (op == CmpOp::Ne) return Value::boolean(true);
            return compare(vm, op, x, y);
        }
    }
    return Value::boolean(compare_scalars(op, len(a), len(b)));
}

template <CmpOp Op> R<Value> array_cmp(Interpreter& vm, Args args) {
    constexpr const char* names[] = {"__eq__", "__ne__", "__lt__", "__le__", "__gt__", "__ge__"};
    return compare_arrays(vm, args, Op, names[static_cast<int>(Op)]);
}

}  // namespace

Status init_array_module(Interpreter& vm) {
    Module* m = TRY(create_module(vm, "array"));
    Type* t = TRY(new_native_type(vm, "array", "array", Kind::Buffer, TF_BASETYPE | TF_SEQUENCE));
    t->dict_offset = 0;  // arrays have no __dict__ (subclasses get one)
    add_staticmethods(vm, t, {{"__new__", array_new}});
    add_methods(vm, t, {{"__len__", array_len},
                        {"__getitem__", array_getitem},
                        {"__setitem__", array_setitem},
                        {"__delitem__", array_delitem},
                        {"__contains__", array_contains},
                        {"__iter__", array_iter},
                        {"__repr__", array_repr},
                        {"__add__", array_add},
                        {"__iadd__", array_iadd},
                        {"__mul__", array_mul},
                        {"__rmul__", array_mul},
                        {"__imul__", array_imul},
                        {"__eq__", array_cmp<CmpOp::Eq>},
                        {"__ne__", array_cmp<CmpOp::Ne>},
                        {"__lt__", array_cmp<CmpOp::Lt>},
                        {"__le__", array_cmp<CmpOp::Le>},
                        {"__gt__", array_cmp<CmpOp::Gt>},
                        {"__ge__", array_cmp<CmpOp::Ge>},
                        {"__copy__", array_copy},
                        {"__deepcopy__", array_copy},
                        {"append", array_append},
                        {"extend", array_extend},
                        {"insert", array_insert},
                        {"pop", array_pop},
                        {"remove", array_remove},
                        {"index", array_index},
                        {"count", array_count},
                        {"reverse", array_reverse},
                        {"byteswap", array_byteswap},
                        {"tobytes", array_tobytes},
                        {"frombytes", array_frombytes},
                        {"tolist", array_tolist},
                        {"fromlist", array_fromlist},
                        {"tounicode", array_tounicode},
                        {"fromunicode", array_fromunicode},
                        {"buffer_info", array_buffer_info}});
    add_properties(vm, t, {{"typecode", array_typecode_get}, {"itemsize", array_itemsize_get}});
    TRY(dict_set_str(vm, t->dict, vm.n___hash__, Value::none()));
    TRY(module_set(vm, m, "array", val(t)));
    TRY(module_set(vm, m, "ArrayType", val(t)));
    TRY(module_set(vm, m, "typecodes", val(TRY(new_str(vm, kTypecodes)))));
    return Status::ok();
}

}  // namespace pyco
