// The memoryview type: zero-copy, one-dimensional views of bytes, bytearray and array.array buffers (through the
// buffer interface of bytes.cpp), with struct-style item formats, casts and the exporters' export counts.
#include <cmath>
#include <cstring>
#include <string>

#include "objects/objects.h"

namespace pyco {

namespace {

constexpr const char* kReleased = "operation forbidden on released memoryview object";

MemoryView* as_mv(Value v) { return static_cast<MemoryView*>(v.as_obj()); }
Args rest_args(Args a) { return Args{a.v + 1, a.n - 1, a.kwnames}; }

// The size of a struct format character's item, 0 when memoryview does not know it.
int format_size(char f) {
    switch (f) {
        case 'B': case 'b': case 'c': case '?': return 1;
        case 'h': case 'H': return 2;
        case 'i': case 'I': case 'f': return 4;
        case 'l': case 'L': case 'q': case 'Q': case 'n': case 'N': case 'd': return 8;
        default: return 0;
    }
}
bool byte_format(char f) { return f == 'B' || f == 'b' || f == 'c'; }

uint32_t* exports_of(Value v) {
    if (is_kind(v, Kind::ByteArray)) return &static_cast<ByteArray*>(v.as_obj())->exports;
    if (is_kind(v, Kind::Buffer) && static_cast<Buffer*>(v.as_obj())->flavor == BUF_ARRAY)
        return &static_cast<Buffer*>(v.as_obj())->exports;
    return nullptr;
}

// The exporter's whole buffer (valid until the next allocation or Python code).
uint8_t* exporter_data(const MemoryView* mv) {
    if (is_kind(mv->obj, Kind::Bytes)) return as_bytes(mv->obj)->data;
    uint8_t* data = nullptr;
    size_t size;
    (void)writable_buffer(mv->obj, &data, &size);
    return data;
}
uint8_t* item_ptr(const MemoryView* mv, int64_t k) { return exporter_data(mv) + mv->offset + k * mv->stride; }
bool contiguous(const MemoryView* mv) { return mv->length <= 1 || mv->stride == mv->itemsize; }

R<MemoryView*> self_mv(Interpreter& vm, Args args, const char* name) {
    Value self = TRY(self_of(vm, args, vm.t_memoryview, name));
    MemoryView* mv = as_mv(self);
    if (mv->released) return raise(vm, vm.e_ValueError, "%s", kReleased);
    return mv;
}

R<MemoryView*> new_view(Interpreter& vm, Value obj) {
    auto* mv = static_cast<MemoryView*>(TRY(alloc_object(vm, vm.t_memoryview, sizeof(MemoryView), true)));
    mv->obj = obj;
    mv->hash = -1;
    if (uint32_t* e = exports_of(obj)) (*e)++;
    return mv;
}

// A view of the whole of a bytes-like object (or a copy of another view's shape); null if not bytes-like.
R<MemoryView*> view_of(Interpreter& vm, Value obj) {
    if (is_kind(obj, Kind::MemoryView)) {
        MemoryView* src = as_mv(obj);
        if (src->released) return raise(vm, vm.e_ValueError, "%s", kReleased);
        MemoryView* mv = TRY(new_view(vm, src->obj));
        mv->offset = src->offset;
        mv->length = src->length;
        mv->stride = src->stride;
        mv->itemsize = src->itemsize;
        mv->format = src->format;
        mv->readonly = src->readonly;
        return mv;
    }
    std::string_view view;
    if (!buffer_view(obj, &view)) return static_cast<MemoryView*>(nullptr);
    MemoryView* mv = TRY(new_view(vm, obj));
    mv->format = 'B';
    mv->itemsize = 1;
    if (is_kind(obj, Kind::Buffer)) {
        char tc = static_cast<Buffer*>(obj.as_obj())->typecode;
        mv->format = tc == 'u' ? 'w' : tc;
        mv->itemsize = static_cast<uint8_t>(tc == 'u' || tc == 'w' ? 4 : format_size(tc));
    }
    mv->readonly = is_kind(obj, Kind::Bytes);
    mv->length = static_cast<int64_t>(view.size()) / mv->itemsize;
    mv->stride = mv->itemsize;
    return mv;
}

R<Value> unpack(Interpreter& vm, char f, const uint8_t* p) {
    switch (f) {
        case 'B': return Value::small_int(p[0]);
        case 'b': return Value::small_int(static_cast<int8_t>(p[0]));
        case 'c': return val(TRY(new_bytes(vm, std::string_view(reinterpret_cast<const char*>(p), 1))));
        case '?': return Value::boolean(p[0] != 0);
        case 'h': { int16_t x; std::memcpy(&x, p, 2); return Value::small_int(x); }
        case 'H': { uint16_t x; std::memcpy(&x, p, 2); return Value::small_int(x); }
        case 'i': { int32_t x; std::memcpy(&x, p, 4); return make_int(vm, x); }
        case 'I': { uint32_t x; std::memcpy(&x, p, 4); return make_int(vm, x); }
        case 'l': case 'q': case 'n': { int64_t x; std::memcpy(&x, p, 8); return make_int(vm, x); }
        case 'L': case 'Q': case 'N': {
            uint64_t x;
            std::memcpy(&x, p, 8);
            if (x <= static_cast<uint64_t>(INT64_MAX)) return make_int(vm, static_cast<int64_t>(x));
            return int_parse(vm, std::to_string(x), 10);
        }
        case 'f': { float x; std::memcpy(&x, p, 4); return new_float(vm, x); }
        case 'd': { double x; std::memcpy(&x, p, 8); return new_float(vm, x); }
        default: return raise(vm, vm.e_NotImplementedError, "memoryview: format %c not supported", f);
    }
}

// Packs v for format f into out (CPython's errors: TypeError for the wrong type, ValueError out of range).
Status pack(Interpreter& vm, char f, Value v, uint8_t* out) {
    if (f == 'c') {
        if (!is_kind(v, Kind::Bytes) || as_bytes(v)->size != 1)
            return raise(vm, vm.e_ValueError, "memoryview: invalid value for format 'c'");
        out[0] = as_bytes(v)->data[0];
        return Status::ok();
    }
    if (f == '?') {
        out[0] = TRY(truthy(vm, v)) ? 1 : 0;
        return Status::ok();
    }
    if (f == 'f' || f == 'd') {
        double d;
        if (!is_kind(v, Kind::Float) && !is_int_value(v))
            return raise(vm, vm.e_TypeError, "memoryview: invalid type for format '%c'", f);
        TRY(number_to_double(vm, v, &d));
        if (f == 'f') {
            float x = static_cast<float>(d);
            std::memcpy(out, &x, 4);
        } else {
            std::memcpy(out, &d, 8);
        }
        return Status::ok();
    }
    if (!is_int_value(v)) return raise(vm, vm.e_TypeError, "memoryview: invalid type for format '%c'", f);
    int64_t x;
    bool fits = int_fits_i64(v, &x);
    bool is_unsigned = f == 'B' || f == 'H' || f == 'I' || f == 'L' || f == 'Q' || f == 'N';
    uint64_t ux = static_cast<uint64_t>(x);
    if (!fits && is_unsigned && !int_is_negative(v)) {
        // Only Q/L/N hold values above INT64_MAX.
        Str* text = TRY(int_to_str(vm, v, 16));
        ux = std::strtoull(text->data, nullptr, 16);
        fits = text->size <= 16 && format_size(f) == 8;
        if (!fits) return raise(vm, vm.e_ValueError, "memoryview: invalid value for format '%c'", f);
        std::memcpy(out, &ux, 8);
        return Status::ok();
    }
    int size = format_size(f);
    bool ok = fits;
    if (ok && is_unsigned) ok = x >= 0 && (size == 8 || ux < (uint64_t{1} << (size * 8)));
    if (ok && !is_unsigned && size < 8) ok = x >= -(int64_t{1} << (size * 8 - 1)) && x < (int64_t{1} << (size * 8 - 1));
    if (!ok) return raise(vm, vm.e_ValueError, "memoryview: invalid value for format '%c'", f);
    // Little-endian hosts: the low bytes of x are the item.
    std::memcpy(out, &x, static_cast<size_t>(size));
    return Status::ok();
}

std::string to_bytes(const MemoryView* mv) {
    std::string out;
    out.reserve(static_cast<size_t>(mv->length * mv->itemsize));
    for (int64_t k = 0; k < mv->length; k++) out.append(reinterpret_cast<const char*>(item_ptr(mv, k)), mv->itemsize);
    return out;
}

R<Value> mv_new(Interpreter& vm, Args args) {
    Value opt[1];
    TRY(parse_args(vm, Args{args.v + 1, args.n - 1, args.kwnames}, "memoryview", {"object"}, 1, 0, opt));
    MemoryView* mv = TRY(view_of(vm, opt[0]));
    if (!mv)
        return raise(vm, vm.e_TypeError, "memoryview: a bytes-like object is required, not '%s'",
                     type_name(vm, opt[0]));
    return val(mv);
}

R<Value> mv_len_m(Interpreter& vm, Args args) {
    MemoryView* mv = TRY(self_mv(vm, args, "__len__"));
    return make_int(vm, mv->length);
}

R<Value> mv_getitem_m(Interpreter& vm, Args args) {
    MemoryView* mv = TRY(self_mv(vm, args, "__getitem__"));
    TRY(check_nargs(vm, rest_args(args), "__getitem__", 1, 1));
    Value key = args.v[1];
    if (is_kind(key, Kind::Slice)) {
        int64_t start, stop, step;
        int64_t n = TRY(slice_indices(vm, static_cast<Slice*>(key.as_obj()), mv->length, &start, &stop, &step));
        MemoryView* r = TRY(view_of(vm, args.v[0]));
        r->offset = mv->offset + start * mv->stride;
        r->length = n;
        r->stride = mv->stride * step;
        return val(r);
    }
    if (!is_int_value(key) && type_lookup(type_of(vm, key), vm.n___index__).is_null())
        return raise(vm, vm.e_TypeError, "memoryview: invalid slice key");
    int64_t i = TRY(index_value(vm, key));
    if (i < 0) i += mv->length;
    if (i < 0 || i >= mv->length) return raise(vm, vm.e_IndexError, "index out of bounds on dimension 1");
    return unpack(vm, mv->format, item_ptr(mv, i));
}

R<Value> mv_setitem_m(Interpreter& vm, Args args) {
    MemoryView* mv = TRY(self_mv(vm, args, "__setitem__"));
    TRY(check_nargs(vm, rest_args(args), "__setitem__", 2, 2));
    if (mv->readonly) return raise(vm, vm.e_TypeError, "cannot modify read-only memory");
    Value key = args.v[1], value = args.v[2];
    if (is_kind(key, Kind::Slice)) {
        int64_t start, stop, step;
        int64_t n = TRY(slice_indices(vm, static_cast<Slice*>(key.as_obj()), mv->length, &start, &stop, &step));
        MemoryView* src = TRY(view_of(vm, value));
        if (!src)
            return raise(vm, vm.e_TypeError, "a bytes-like object is required, not '%s'", type_name(vm, value));
        bool same = src->length == n && src->format == mv->format;
        if (!same) {
            memoryview_release_export(src);
            return raise(vm, vm.e_ValueError, "memoryview assignment: lvalue and rvalue have different structures");
        }
        std::string data = to_bytes(src);  // a copy: source and destination may overlap
        memoryview_release_export(src);
        for (int64_t k = 0; k < n; k++)
            std::memcpy(item_ptr(mv, start + k * step), data.data() + k * mv->itemsize, mv->itemsize);
        return Value::none();
    }
    if (!is_int_value(key) && type_lookup(type_of(vm, key), vm.n___index__).is_null())
        return raise(vm, vm.e_TypeError, "memoryview: invalid slice key");
    int64_t i = TRY(index_value(vm, key));
    if (i < 0) i += mv->length;
    if (i < 0 || i >= mv->length) return raise(vm, vm.e_IndexError, "index out of bounds on dimension 1");
    if (!format_size(mv->format))
        return raise(vm, vm.e_NotImplementedError, "memoryview: format %c not supported", mv->format);
    uint8_t item[8];
    TRY(pack(vm, mv->format, value, item));
    std::memcpy(item_ptr(mv, i), item, mv->itemsize);
    return Value::none();
}

R<Value> mv_delitem_m(Interpreter& vm, Args args) {
    TRY(self_mv(vm, args, "__delitem__"));
    return raise(vm, vm.e_TypeError, "cannot delete memory");
}

R<Value> mv_iter_m(Interpreter& vm, Args args) {
    TRY(self_mv(vm, args, "__iter__"));
    return val(TRY(new_iter(vm, vm.t_seq_iterator, args.v[0])));
}

R<Value> mv_tobytes_m(Interpreter& vm, Args args) {
    MemoryView* mv = TRY(self_mv(vm, args, "tobytes"));
    Value opt[1];
    TRY(parse_args(vm, rest_args(args), "tobytes", {"order"}, 0, 0, opt));
    return val(TRY(new_bytes(vm, to_bytes(mv))));
}

R<Value> mv_tolist_m(Interpreter& vm, Args args) {
    MemoryView* mv = TRY(self_mv(vm, args, "tolist"));
    TRY(check_nargs(vm, rest_args(args), "tolist", 0, 0));
    List* out = TRY(new_list(vm, static_cast<uint32_t>(mv->length)));
    for (int64_t k = 0; k < mv->length; k++) TRY(list_append(vm, out, TRY(unpack(vm, mv->format, item_ptr(mv, k)))));
    return val(out);
}

// hex(sep, bytes_per_sep): bytes.hex over a copy of the data.
R<Value> mv_hex_m(Interpreter& vm, Args args) {
    MemoryView* mv = TRY(self_mv(vm, args, "hex"));
    Bytes* data = TRY(new_bytes(vm, to_bytes(mv)));
    Value hex = type_lookup(vm.t_bytes, TRY(intern(vm, "hex")));
    uint32_t total = args.n + args.nkw();
    Value forwarded[8];
    if (total > 8) return raise(vm, vm.e_TypeError, "hex() takes at most 2 arguments (%u given)", total - 1);
    forwarded[0] = val(data);
    for (uint32_t k = 1; k < total; k++) forwarded[k] = args.v[k];
    return static_cast<NativeFunction*>(hex.as_obj())->fn(vm, Args{forwarded, args.n, args.kwnames});
}

R<Value> mv_release_m(Interpreter& vm, Args args) {
    Value self = TRY(self_of(vm, args, vm.t_memoryview, "release"));
    TRY(check_nargs(vm, rest_args(args), "release", 0, 0));
    memoryview_release_export(as_mv(self));
    return Value::none();
}

R<Value> mv_enter_m(Interpreter& vm, Args args) {
    TRY(self_mv(vm, args, "__enter__"));
    return args.v[0];
}

R<Value> mv_exit_m(Interpreter& vm, Args args) {
    Value self = TRY(self_of(vm, args, vm.t_memoryview, "__exit__"));
    memoryview_release_export(as_mv(self));
    return Value::none();
}

R<Value> mv_cast_m(Interpreter& vm, Args args) {
    MemoryView* mv = TRY(self_mv(vm, args, "cast"));
    Value opt[2];
    TRY(parse_args(vm, rest_args(args), "cast", {"format", "shape"}, 1, 0, opt));
    if (!is_kind(opt[0], Kind::Str))
        return raise(vm, vm.e_TypeError, "memoryview: format argument must be a string");
    std::string_view fmt = as_str(opt[0])->view();
    if (!fmt.empty() && fmt[0] == '@') fmt.remove_prefix(1);
    if (fmt.size() != 1 || !format_size(fmt[0]))
        return raise(vm, vm.e_ValueError,
                     "memoryview: destination format must be a native single character format prefixed with an "
                     "optional '@'");
    char f = fmt[0];
    if (!contiguous(mv)) return raise(vm, vm.e_TypeError, "memoryview: casts are restricted to C-contiguous views");
    if (!byte_format(f) && !byte_format(mv->format))
        return raise(vm, vm.e_TypeError, "memoryview: cannot cast between two non-byte formats");
    int64_t nbytes = mv->length * mv->itemsize;
    int size = format_size(f);
    if (nbytes % size != 0) return raise(vm, vm.e_TypeError, "memoryview: length is not a multiple of itemsize");
    if (!opt[1].is_null()) {
        // Only the one-dimensional shape [n] is supported.
        int64_t n = TRY(length(vm, opt[1]));
        if (n != 1)
            return raise(vm, vm.e_NotImplementedError, "memoryview: only one-dimensional casts are supported");
        Value first = TRY(getitem(vm, opt[1], Value::small_int(0)));
        if (!first.is_int() || first.as_int() * size != nbytes)
            return raise(vm, vm.e_TypeError, "memoryview: product(shape) * itemsize != buffer size");
    }
    MemoryView* r = TRY(view_of(vm, args.v[0]));
    r->format = f;
    r->itemsize = static_cast<uint8_t>(size);
    r->length = nbytes / size;
    r->stride = size;
    return val(r);
}

// The items of a bytes-like value as a (possibly temporary) view, for comparisons.
R<bool> views_equal(Interpreter& vm, MemoryView* a, MemoryView* b) {
    if (a->length != b->length) return false;
    if (a->format == b->format && a->format != 'f' && a->format != 'd') {
        for (int64_t k = 0; k < a->length; k++)
            if (std::memcmp(item_ptr(a, k), item_ptr(b, k), a->itemsize) != 0) return false;
        return true;
    }
    for (int64_t k = 0; k < a->length; k++) {
        Value x = TRY(unpack(vm, a->format, item_ptr(a, k)));
        Value y = TRY(unpack(vm, b->format, item_ptr(b, k)));
        if (!TRY(equal(vm, x, y))) return false;
    }
    return true;
}

R<Value> mv_compare(Interpreter& vm, Args args, bool eq) {
    Value self = TRY(self_of(vm, args, vm.t_memoryview, eq ? "__eq__" : "__ne__"));
    TRY(check_nargs(vm, rest_args(args), eq ? "__eq__" : "__ne__", 1, 1));
    MemoryView* mv = as_mv(self);
    Value other = args.v[1];
    if (other == self) return Value::boolean(eq);
    if (mv->released || (is_kind(other, Kind::MemoryView) && as_mv(other)->released))
        return Value::boolean(!eq);
    MemoryView* tmp = TRY(view_of(vm, other));
    if (!tmp) return vm.not_implemented;
    R<bool> same = views_equal(vm, mv, tmp);
    memoryview_release_export(tmp);
    return Value::boolean(TRY(std::move(same)) == eq);
}
R<Value> mv_eq_m(Interpreter& vm, Args args) { return mv_compare(vm, args, true); }
R<Value> mv_ne_m(Interpreter& vm, Args args) { return mv_compare(vm, args, false); }

R<Value> mv_hash_m(Interpreter& vm, Args args) {
    MemoryView* mv = TRY(self_mv(vm, args, "__hash__"));
    if (mv->hash != -1) return make_int(vm, mv->hash);
    if (!mv->readonly) return raise(vm, vm.e_ValueError, "cannot hash writable memoryview object");
    if (!byte_format(mv->format))
        return raise(vm, vm.e_ValueError, "memoryview: hashing is restricted to formats 'B', 'b' or 'c'");
    Bytes* data = TRY(new_bytes(vm, to_bytes(mv)));
    mv->hash = TRY(hash_value(vm, val(data)));
    return make_int(vm, mv->hash);
}

R<Value> mv_repr_m(Interpreter& vm, Args args) {
    Value self = TRY(self_of(vm, args, vm.t_memoryview, "__repr__"));
    char buf[64];
    std::snprintf(buf, sizeof buf, "<%smemory at %p>", as_mv(self)->released ? "released " : "",
                  static_cast<void*>(self.as_obj()));
    return val(TRY(new_str(vm, buf)));
}

// ---- properties ---------------------------------------------------------------------------------------------------

R<Value> mv_obj_get(Interpreter& vm, Args args) { return TRY(self_mv(vm, args, "obj"))->obj; }
R<Value> mv_nbytes_get(Interpreter& vm, Args args) {
    MemoryView* mv = TRY(self_mv(vm, args, "nbytes"));
    return make_int(vm, mv->length * mv->itemsize);
}
R<Value> mv_readonly_get(Interpreter& vm, Args args) {
    return Value::boolean(TRY(self_mv(vm, args, "readonly"))->readonly);
}
R<Value> mv_itemsize_get(Interpreter& vm, Args args) {
    return Value::small_int(TRY(self_mv(vm, args, "itemsize"))->itemsize);
}
R<Value> mv_format_get(Interpreter& vm, Args args) {
    MemoryView* mv = TRY(self_mv(vm, args, "format"));
    return val(TRY(new_str(vm, std::string_view(&mv->format, 1))));
}
R<Value> mv_ndim_get(Interpreter& vm, Args args) {
    TRY(self_mv(vm, args, "ndim"));
    return Value::small_int(1);
}
R<Value> mv_shape_get(Interpreter& vm, Args args) {
    MemoryView* mv = TRY(self_mv(vm, args, "shape"));
    return val(TRY(tuple_of(vm, {TRY(make_int(vm, mv->length))})));
}
R<Value> mv_strides_get(Interpreter& vm, Args args) {
    MemoryView* mv = TRY(self_mv(vm, args, "strides"));
    return val(TRY(tuple_of(vm, {TRY(make_int(vm, mv->stride))})));
}
R<Value> mv_suboffsets_get(Interpreter& vm, Args args) {
    TRY(self_mv(vm, args, "suboffsets"));
    return val(vm.empty_tuple);
}
R<Value> mv_contiguous_get(Interpreter& vm, Args args) {
    return Value::boolean(contiguous(TRY(self_mv(vm, args, "contiguous"))));
}
}  // namespace

void memoryview_release_export(MemoryView* mv) {
    if (mv->released) return;
    mv->released = true;
    if (uint32_t* e = exports_of(mv->obj))
        if (*e > 0) (*e)--;
}

Status check_resizable(Interpreter& vm, Value exporter, const char* message) {
    uint32_t* e = exports_of(exporter);
    if (!e || *e == 0) return Status::ok();
    collect_garbage(vm);  // views that were dropped without release() give their exports back when collected
    if (*e == 0) return Status::ok();
    return raise(vm, vm.e_BufferError, "%s", message);
}

// Used by buffer_view/writable_buffer (bytes.cpp) for memoryview arguments.
bool memoryview_buffer(Value v, uint8_t** data, size_t* size, bool* readonly) {
    if (!is_kind(v, Kind::MemoryView)) return false;
    MemoryView* mv = as_mv(v);
    if (mv->released || !contiguous(mv)) return false;
    *data = exporter_data(mv) + mv->offset;
    *size = static_cast<size_t>(mv->length * mv->itemsize);
    *readonly = mv->readonly;
    return true;
}

void init_memoryview_type(Interpreter& vm) {
    Type* t = vm.t_memoryview;
    add_staticmethods(vm, t, {{"__new__", mv_new}});
    add_methods(vm, t,
                {{"__len__", mv_len_m}, {"__getitem__", mv_getitem_m}, {"__setitem__", mv_setitem_m},
                 {"__delitem__", mv_delitem_m}, {"__iter__", mv_iter_m}, {"__eq__", mv_eq_m}, {"__ne__", mv_ne_m},
                 {"__hash__", mv_hash_m}, {"__repr__", mv_repr_m}, {"__enter__", mv_enter_m},
                 {"__exit__", mv_exit_m}, {"tobytes", mv_tobytes_m}, {"tolist", mv_tolist_m}, {"hex", mv_hex_m},
                 {"release", mv_release_m}, {"cast", mv_cast_m}});
    add_properties(vm, t,
                   {{"obj", mv_obj_get}, {"nbytes", mv_nbytes_get}, {"readonly", mv_readonly_get},
                    {"itemsize", mv_itemsize_get}, {"format", mv_format_get}, {"ndim", mv_ndim_get},
                    {"shape", mv_shape_get}, {"strides", mv_strides_get}, {"suboffsets", mv_suboffsets_get},
                    {"contiguous", mv_contiguous_get}, {"c_contiguous", mv_contiguous_get},
                    {"f_contiguous", mv_contiguous_get}});
}

}  // namespace pyco
