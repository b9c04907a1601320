// range and slice objects, slice resolution against a length, and sequence index checking.
#include <cstdint>
#include <cstdio>

#include "objects/objects.h"

namespace pyco {

static Raised raise_ssize_overflow(Interpreter& vm) {
    return raise(vm, vm.e_OverflowError, "Python int too large to convert to C ssize_t");
}

// Arithmetic on range values goes through uint64_t: every value a range produces fits in int64_t, but the
// intermediate (start + i*step) and the "one past the end" value may not, and signed overflow is undefined.
static int64_t wrap_add(int64_t a, int64_t b) {
    return static_cast<int64_t>(static_cast<uint64_t>(a) + static_cast<uint64_t>(b));
}
static int64_t wrap_mul(int64_t a, int64_t b) {
    return static_cast<int64_t>(static_cast<uint64_t>(a) * static_cast<uint64_t>(b));
}
static uint64_t magnitude(int64_t v) { return v < 0 ? 0 - static_cast<uint64_t>(v) : static_cast<uint64_t>(v); }

// The number of values of range(start, stop, step); false if it exceeds int64_t.
static bool compute_range_length(int64_t start, int64_t stop, int64_t step, int64_t* out) {
    uint64_t n = 0;
    if (step > 0 && start < stop)
        n = (static_cast<uint64_t>(stop) - static_cast<uint64_t>(start) - 1) / static_cast<uint64_t>(step) + 1;
    else if (step < 0 && start > stop)
        n = (static_cast<uint64_t>(start) - static_cast<uint64_t>(stop) - 1) / magnitude(step) + 1;
    if (n > static_cast<uint64_t>(INT64_MAX)) return false;
    *out = static_cast<int64_t>(n);
    return true;
}

static R<Range*> make_range(Interpreter& vm, int64_t start, int64_t stop, int64_t step) {
    int64_t length = 0;
    if (!compute_range_length(start, stop, step, &length)) return raise_ssize_overflow(vm);
    Range* r = TRY(alloc<Range>(vm, vm.t_range));
    r->start = start;
    r->stop = stop;
    r->step = step;
    r->length = length;
    return r;
}

static Range* as_range(Value v) { return static_cast<Range*>(v.as_obj()); }
static int64_t range_item(Range* r, int64_t i) { return wrap_add(r->start, wrap_mul(i, r->step)); }

// An int argument of a range method that can take the O(1) path: an exact int or bool (like CPython, which
// leaves int subclasses to the generic comparison loop since they may redefine __eq__).
static bool exact_int_arg(Interpreter& vm, Value v) {
    return v.is_int() || v.is_bool() || (v.is_obj() && v.as_obj()->type == vm.t_int_);
}

// For an exact int: its position in r, or -1 if r does not contain it.
static int64_t range_position(Range* r, Value v) {
    int64_t x = 0;
    if (v.is_int()) x = v.as_int();
    else if (v.is_bool()) x = v.is_true() ? 1 : 0;
    else if (!int_fits_i64(v, &x)) return -1;  // beyond int64: no range holds it
    if (r->length == 0) return -1;
    if (r->step > 0 ? (x < r->start || x >= r->stop) : (x > r->start || x <= r->stop)) return -1;
    uint64_t dist = r->step > 0 ? static_cast<uint64_t>(x) - static_cast<uint64_t>(r->start)
                                : static_cast<uint64_t>(r->start) - static_cast<uint64_t>(x);
    uint64_t mag = magnitude(r->step);
    if (dist % mag != 0) return -1;
    return static_cast<int64_t>(dist / mag);
}

// ---- range methods ----------------------------------------------------------------------------------------------

static R<Value> range_new(Interpreter& vm, Args args) {
    if (args.n < 1 || !is_type(args.v[0])) return raise(vm, vm.e_TypeError, "range.__new__(X): X is not a type object");
    if (args.nkw()) return raise(vm, vm.e_TypeError, "range() takes no keyword arguments");
    uint32_t n = args.n - 1;
    if (n == 0) return raise(vm, vm.e_TypeError, "range expected at least 1 argument, got 0");
    if (n > 3) return raise(vm, vm.e_TypeError, "range expected at most 3 arguments, got %u", n);
    int64_t start = 0, stop = 0, step = 1;
    if (n == 1) {
        stop = TRY(index_value(vm, args.v[1]));
    } else {
        start = TRY(index_value(vm, args.v[1]));
        stop = TRY(index_value(vm, args.v[2]));
        if (n == 3) {
            step = TRY(index_value(vm, args.v[3]));
            if (step == 0) return raise(vm, vm.e_ValueError, "range() arg 3 must not be zero");
        }
    }
    return val(TRY(make_range(vm, start, stop, step)));
}

static R<Value> range_len(Interpreter& vm, Args args) {
    Range* r = as_range(TRY(self_of(vm, args, vm.t_range, "__len__")));
    TRY(check_nargs(vm, args, "__len__", 1, 1));
    return make_int(vm, r->length);
}

static R<Value> range_bool(Interpreter& vm, Args args) {
    Range* r = as_range(TRY(self_of(vm, args, vm.t_range, "__bool__")));
    return Value::boolean(r->length != 0);
}

static R<Value> range_slice(Interpreter& vm, Range* r, Slice* s) {
    int64_t start = 0, stop = 0, step = 0;
    TRY(slice_indices(vm, s, r->length, &start, &stop, &step));
    int64_t new_start, new_stop, new_step, t;
    if (__builtin_mul_overflow(start, r->step, &t) || __builtin_add_overflow(r->start, t, &new_start) ||
        __builtin_mul_overflow(stop, r->step, &t) || __builtin_add_overflow(r->start, t, &new_stop) ||
        __builtin_mul_overflow(step, r->step, &new_step))
        return raise_ssize_overflow(vm);
    return val(TRY(make_range(vm, new_start, new_stop, new_step)));
}

static R<Value> range_getitem(Interpreter& vm, Args args) {
    Range* r = as_range(TRY(self_of(vm, args, vm.t_range, "__getitem__")));
    TRY(check_nargs(vm, args, "__getitem__", 2, 2));
    Value key = args.v[1];
    if (is_kind(key, Kind::Slice)) return range_slice(vm, r, static_cast<Slice*>(key.as_obj()));
    int64_t i = 0;
    if (key.is_int()) {
        i = key.as_int();
    } else {
        char msg[160];
        std::snprintf(msg, sizeof msg, "range indices must be integers or slices, not %s", type_name(vm, key));
        R<int64_t> ri = index_value(vm, key, msg);
        if (ri.failed()) {
            if (!exception_matches(vm, vm.exc, vm.e_OverflowError)) return Raised{};
            take_exception(vm);
            return raise(vm, vm.e_IndexError, "range object index out of range");
        }
        i = ri.take();
    }
    if (i < 0) i += r->length;
    if (i < 0 || i >= r->length) return raise(vm, vm.e_IndexError, "range object index out of range");
    return make_int(vm, range_item(r, i));
}

static R<Value> range_contains(Interpreter& vm, Args args) {
    Range* r = as_range(TRY(self_of(vm, args, vm.t_range, "__contains__")));
    if (args.n != 2) return raise(vm, vm.e_TypeError, "expected 1 argument, got %u", args.n - 1);
    Value x = args.v[1];
    if (exact_int_arg(vm, x)) return Value::boolean(range_position(r, x) >= 0);
    for (int64_t i = 0; i < r->length; i++) {
        Value item = TRY(make_int(vm, range_item(r, i)));
        if (TRY(equal(vm, x, item))) return Value::boolean(true);
    }
    return Value::boolean(false);
}

static R<Value> range_count(Interpreter& vm, Args args) {
    Range* r = as_range(TRY(self_of(vm, args, vm.t_range, "count")));
    if (args.n != 2 || args.nkw())
        return raise(vm, vm.e_TypeError, "range.count() takes exactly one argument (%u given)", args.n - 1 + args.nkw());
    Value x = args.v[1];
    if (exact_int_arg(vm, x)) return Value::small_int(range_position(r, x) >= 0 ? 1 : 0);
    int64_t count = 0;
    for (int64_t i = 0; i < r->length; i++) {
        Value item = TRY(make_int(vm, range_item(r, i)));
        if (TRY(equal(vm, x, item))) count++;
    }
    return make_int(vm, count);
}

static R<Value> range_index(Interpreter& vm, Args args) {
    Range* r = as_range(TRY(self_of(vm, args, vm.t_range, "index")));
    if (args.n != 2 || args.nkw())
        return raise(vm, vm.e_TypeError, "range.index() takes exactly one argument (%u given)", args.n - 1 + args.nkw());
    Value x = args.v[1];
    if (exact_int_arg(vm, x)) {
        int64_t pos = range_position(r, x);
        if (pos >= 0) return make_int(vm, pos);
        Str* s = TRY(repr(vm, x));
        return raise(vm, vm.e_ValueError, "%s is not in range", s->data);
    }
    for (int64_t i = 0; i < r->length; i++) {
        Value item = TRY(make_int(vm, range_item(r, i)));
        if (TRY(equal(vm, x, item))) return make_int(vm, i);
    }
    return raise(vm, vm.e_ValueError, "sequence.index(x): x not in sequence");
}

// The range_iterator layout is read directly by the VM's FOR_ITER: i = next value, j = remaining, k = step.
static R<Value> new_range_iterator(Interpreter& vm, int64_t first, int64_t count, int64_t step) {
    Iter* it = TRY(new_iter(vm, vm.t_range_iterator, Value()));
    it->i = first;
    it->j = count;
    it->k = step;
    return val(it);
}

static R<Value> range_iter(Interpreter& vm, Args args) {
    Range* r = as_range(TRY(self_of(vm, args, vm.t_range, "__iter__")));
    return new_range_iterator(vm, r->start, r->length, r->step);
}

static R<Value> range_reversed(Interpreter& vm, Args args) {
    Range* r = as_range(TRY(self_of(vm, args, vm.t_range, "__reversed__")));
    if (r->length == 0) return new_range_iterator(vm, r->start, 0, 1);
    return new_range_iterator(vm, range_item(r, r->length - 1), r->length, static_cast<int64_t>(0 - static_cast<uint64_t>(r->step)));
}

static R<Value> range_repr(Interpreter& vm, Args args) {
    Range* r = as_range(TRY(self_of(vm, args, vm.t_range, "__repr__")));
    char buf[96];
    if (r->step == 1)
        std::snprintf(buf, sizeof buf, "range(%lld, %lld)", static_cast<long long>(r->start), static_cast<long long>(r->stop));
    else
        std::snprintf(buf, sizeof buf, "range(%lld, %lld, %lld)", static_cast<long long>(r->start),
                      static_cast<long long>(r->stop), static_cast<long long>(r->step));
    return val(TRY(new_str(vm, buf)));
}

// Ranges are equal when they produce the same sequence: range(0) == range(5, 5), range(0, 3, 5) == range(0, 1).
static bool range_same_sequence(Range* a, Range* b) {
    if (a == b) return true;
    if (a->length != b->length) return false;
    if (a->length == 0) return true;
    if (a->start != b->start) return false;
    if (a->length == 1) return true;
    return a->step == b->step;
}

static R<Value> range_eq(Interpreter& vm, Args args) {
    Range* r = as_range(TRY(self_of(vm, args, vm.t_range, "__eq__")));
    TRY(check_nargs(vm, args, "__eq__", 2, 2));
    if (!is_kind(args.v[1], Kind::Range)) return vm.not_implemented;
    return Value::boolean(range_same_sequence(r, as_range(args.v[1])));
}

static R<Value> range_ne(Interpreter& vm, Args args) {
    Range* r = as_range(TRY(self_of(vm, args, vm.t_range, "__ne__")));
    TRY(check_nargs(vm, args, "__ne__", 2, 2));
    if (!is_kind(args.v[1], Kind::Range)) return vm.not_implemented;
    return Value::boolean(!range_same_sequence(r, as_range(args.v[1])));
}

// CPython's rule, so equal ranges hash equal: hash((len, start, step)) with the parts that don't affect the
// sequence replaced by None.
static R<Value> range_hash(Interpreter& vm, Args args) {
    Range* r = as_range(TRY(self_of(vm, args, vm.t_range, "__hash__")));
    Value len = TRY(make_int(vm, r->length));
    Value start = Value::none(), step = Value::none();
    if (r->length > 0) {
        start = TRY(make_int(vm, r->start));
        if (r->length > 1) step = TRY(make_int(vm, r->step));
    }
    Tuple* t = TRY(tuple_of(vm, {len, start, step}));
    return make_int(vm, TRY(hash_value(vm, val(t))));
}

static R<Value> range_start_get(Interpreter& vm, Args args) {
    return make_int(vm, as_range(TRY(self_of(vm, args, vm.t_range, "start")))->start);
}
static R<Value> range_stop_get(Interpreter& vm, Args args) {
    return make_int(vm, as_range(TRY(self_of(vm, args, vm.t_range, "stop")))->stop);
}
static R<Value> range_step_get(Interpreter& vm, Args args) {
    return make_int(vm, as_range(TRY(self_of(vm, args, vm.t_range, "step")))->step);
}

// ---- slice ------------------------------------------------------------------------------------------------------

R<Value> new_slice(Interpreter& vm, Value start, Value stop, Value step) {
    Slice* s = TRY(alloc<Slice>(vm, vm.t_slice));
    s->start = start.is_null() ? Value::none() : start;
    s->stop = stop.is_null() ? Value::none() : stop;
    s->step = step.is_null() ? Value::none() : step;
    return val(s);
}

// A slice bound as a C integer, clamped to the int64_t range like CPython's _PyEval_SliceIndex (so huge bounds
// still slice correctly).
static Status slice_bound(Interpreter& vm, Value v, int64_t* out) {
    if (v.is_int()) {
        *out = v.as_int();
        return Status::ok();
    }
    Value iv = v;
    if (!is_int_value(v)) {
        bool found = false;
        if (!type_lookup(type_of(vm, v), vm.n___index__).is_null())
            iv = TRY(call_method(vm, v, vm.n___index__, nullptr, 0, &found));
        if (!found)
            return raise(vm, vm.e_TypeError, "slice indices must be integers or None or have an __index__ method");
        if (!is_int_value(iv)) return raise(vm, vm.e_TypeError, "__index__ returned non-int (type %s)", type_name(vm, iv));
    }
    iv = int_plain(iv);
    if (iv.is_int()) {
        *out = iv.as_int();
    } else if (!int_fits_i64(iv, out)) {
        *out = int_is_negative(iv) ? INT64_MIN : INT64_MAX;
    }
    return Status::ok();
}

R<int64_t> slice_indices(Interpreter& vm, Slice* s, int64_t length, int64_t* start, int64_t* stop, int64_t* step) {
    int64_t st = 1;
    if (!s->step.is_none()) {
        TRY(slice_bound(vm, s->step, &st));
        if (st == 0) return raise(vm, vm.e_ValueError, "slice step cannot be zero");
        if (st < -INT64_MAX) st = -INT64_MAX;  // so that -step cannot overflow
    }
    int64_t lo, hi;
    if (s->start.is_none()) lo = st < 0 ? INT64_MAX : 0;
    else TRY(slice_bound(vm, s->start, &lo));
    if (s->stop.is_none()) hi = st < 0 ? INT64_MIN : INT64_MAX;
    else TRY(slice_bound(vm, s->stop, &hi));

    auto adjust = [&](int64_t& v) {
        if (v < 0) {
            v += length;
            if (v < 0) v = st < 0 ? -1 : 0;
        } else if (v >= length) {
            v = st < 0 ? length - 1 : length;
        }
    };
    adjust(lo);
    adjust(hi);
    *start = lo;
    *stop = hi;
    *step = st;
    if (st < 0) return hi < lo ? (lo - hi - 1) / (-st) + 1 : 0;
    return lo < hi ? (hi - lo - 1) / st + 1 : 0;
}

static Slice* as_slice(Value v) { return static_cast<Slice*>(v.as_obj()); }

static R<Value> slice_new(Interpreter& vm, Args args) {
    if (args.n < 1 || !is_type(args.v[0])) return raise(vm, vm.e_TypeError, "slice.__new__(X): X is not a type object");
    if (args.nkw()) return raise(vm, vm.e_TypeError, "slice() takes no keyword arguments");
    uint32_t n = args.n - 1;
    if (n == 0) return raise(vm, vm.e_TypeError, "slice expected at least 1 argument, got 0");
    if (n > 3) return raise(vm, vm.e_TypeError, "slice expected at most 3 arguments, got %u", n);
    if (n == 1) return new_slice(vm, Value::none(), args.v[1], Value::none());
    return new_slice(vm, args.v[1], args.v[2], n == 3 ? args.v[3] : Value::none());
}

static R<Value> slice_repr(Interpreter& vm, Args args) {
    Slice* s = as_slice(TRY(self_of(vm, args, vm.t_slice, "__repr__")));
    StrBuilder b;
    b.add("slice(");
    b.add(TRY(repr(vm, s->start))->view());
    b.add(", ");
    b.add(TRY(repr(vm, s->stop))->view());
    b.add(", ");
    b.add(TRY(repr(vm, s->step))->view());
    b.add(')');
    return val(TRY(b.build(vm)));
}

// Slices compare like the tuples (start, stop, step).
static R<Value> slice_compare(Interpreter& vm, Args args, CmpOp op, const char* name) {
    Slice* s = as_slice(TRY(self_of(vm, args, vm.t_slice, name)));
    TRY(check_nargs(vm, args, name, 2, 2));
    if (!is_kind(args.v[1], Kind::Slice)) return vm.not_implemented;
    Slice* o = as_slice(args.v[1]);
    if (s == o) return Value::boolean(op == CmpOp::Eq || op == CmpOp::Le || op == CmpOp::Ge);
    Tuple* a = TRY(tuple_of(vm, {s->start, s->stop, s->step}));
    Tuple* b = TRY(tuple_of(vm, {o->start, o->stop, o->step}));
    return compare(vm, op, val(a), val(b));
}

static R<Value> slice_eq(Interpreter& vm, Args args) { return slice_compare(vm, args, CmpOp::Eq, "__eq__"); }
static R<Value> slice_ne(Interpreter& vm, Args args) { return slice_compare(vm, args, CmpOp::Ne, "__ne__"); }
static R<Value> slice_lt(Interpreter& vm, Args args) { return slice_compare(vm, args, CmpOp::Lt, "__lt__"); }
static R<Value> slice_le(Interpreter& vm, Args args) { return slice_compare(vm, args, CmpOp::Le, "__le__"); }
static R<Value> slice_gt(Interpreter& vm, Args args) { return slice_compare(vm, args, CmpOp::Gt, "__gt__"); }
static R<Value> slice_ge(Interpreter& vm, Args args) { return slice_compare(vm, args, CmpOp::Ge, "__ge__"); }

static R<Value> slice_indices_m(Interpreter& vm, Args args) {
    Slice* s = as_slice(TRY(self_of(vm, args, vm.t_slice, "indices")));
    if (args.n != 2 || args.nkw())
        return raise(vm, vm.e_TypeError, "slice.indices() takes exactly one argument (%u given)", args.n - 1 + args.nkw());
    int64_t length = TRY(index_value(vm, args.v[1]));
    if (length < 0) return raise(vm, vm.e_ValueError, "length should not be negative");
    int64_t start = 0, stop = 0, step = 0;
    TRY(slice_indices(vm, s, length, &start, &stop, &step));
    Value a = TRY(make_int(vm, start));
    Value b = TRY(make_int(vm, stop));
    Value c = TRY(make_int(vm, step));
    return val(TRY(tuple_of(vm, {a, b, c})));
}

static R<Value> slice_start_get(Interpreter& vm, Args args) {
    return as_slice(TRY(self_of(vm, args, vm.t_slice, "start")))->start;
}
static R<Value> slice_stop_get(Interpreter& vm, Args args) {
    return as_slice(TRY(self_of(vm, args, vm.t_slice, "stop")))->stop;
}
static R<Value> slice_step_get(Interpreter& vm, Args args) {
    return as_slice(TRY(self_of(vm, args, vm.t_slice, "step")))->step;
}

// ---- sequence indices -------------------------------------------------------------------------------------------

R<int64_t> seq_index(Interpreter& vm, Value key, int64_t length, const char* what) {
    int64_t i = 0;
    if (key.is_int()) {
        i = key.as_int();
    } else {
        char msg[160];
        std::snprintf(msg, sizeof msg, "%s indices must be integers or slices, not %s", what, type_name(vm, key));
        R<int64_t> ri = index_value(vm, key, msg);
        if (ri.failed()) {
            if (!exception_matches(vm, vm.exc, vm.e_OverflowError)) return Raised{};
            take_exception(vm);
            return raise(vm, vm.e_IndexError, "cannot fit 'int' into an index-sized integer");
        }
        i = ri.take();
    }
    if (i < 0) i += length;
    if (i < 0 || i >= length) return raise(vm, vm.e_IndexError, "%s index out of range", what);
    return i;
}

// ---- registration -----------------------------------------------------------------------------------------------

// Read-only data attributes (range.start, slice.stop, ...) are properties whose getter is a native function.
static void add_getters(Interpreter& vm, Type* t, std::initializer_list<MethodDef> getters) {
    for (const MethodDef& g : getters) {
        R<NativeFunction*> f = new_native(vm, g.name, g.fn);
        if (f.failed()) return;
        NativeFunction* fget = f.take();
        R<Property*> p = alloc<Property>(vm, vm.t_property);
        if (p.failed()) return;
        p.take()->fget = val(fget);
        R<Str*> n = intern(vm, g.name);
        if (n.failed()) return;
        (void)dict_set_str(vm, t->dict, n.take(), val(p.take()));
    }
}

void init_range_type(Interpreter& vm) {
    add_staticmethods(vm, vm.t_range, {{"__new__", range_new}});
    add_methods(vm, vm.t_range, {{"__len__", range_len},
                                 {"__bool__", range_bool},
                                 {"__getitem__", range_getitem},
                                 {"__contains__", range_contains},
                                 {"__iter__", range_iter},
                                 {"__reversed__", range_reversed},
                                 {"__repr__", range_repr},
                                 {"__eq__", range_eq},
                                 {"__ne__", range_ne},
                                 {"__hash__", range_hash},
                                 {"count", range_count},
                                 {"index", range_index}});
    add_getters(vm, vm.t_range, {{"start", range_start_get}, {"stop", range_stop_get}, {"step", range_step_get}});

    add_staticmethods(vm, vm.t_slice, {{"__new__", slice_new}});
    add_methods(vm, vm.t_slice, {{"__repr__", slice_repr},
                                 {"__eq__", slice_eq},
                                 {"__ne__", slice_ne},
                                 {"__lt__", slice_lt},
                                 {"__le__", slice_le},
                                 {"__gt__", slice_gt},
                                 {"__ge__", slice_ge},
                                 {"indices", slice_indices_m}});
    add_getters(vm, vm.t_slice, {{"start", slice_start_get}, {"stop", slice_stop_get}, {"step", slice_step_get}});
    (void)dict_set_str(vm, vm.t_slice->dict, vm.n___hash__, Value::none());
}

}  // namespace pyco
