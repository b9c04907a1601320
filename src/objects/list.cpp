// The list type: growable item buffer, indexing and slice assignment, stable merge sort, repr recursion guard,
// and all list methods.
#include <cstring>

#include "objects/objects.h"

namespace pyco {

// ---- repr recursion guard ---------------------------------------------------------------------------------------

// A mark is the object's address with bit 2 set: neither a small int nor an object pointer, so the collector
// skips it (the object itself is alive: its repr is running).
static Value repr_mark(Obj* o) { return Value::from_bits(reinterpret_cast<uintptr_t>(o) | 4); }

bool repr_enter(Interpreter& vm, Obj* o) {
    Value mark = repr_mark(o);
    for (Value v : vm.extra_roots)
        if (v == mark) return false;
    vm.extra_roots.push_back(mark);
    return true;
}

void repr_leave(Interpreter& vm, Obj* o) {
    Value mark = repr_mark(o);
    for (size_t i = vm.extra_roots.size(); i-- > 0;) {
        if (vm.extra_roots[i] == mark) {
            vm.extra_roots.erase(vm.extra_roots.begin() + static_cast<std::ptrdiff_t>(i));
            return;
        }
    }
}

// ---- construction and growth ------------------------------------------------------------------------------------

namespace {

// Makes room for `need` items, over-allocating like CPython (size + size/8 + 6) so appends are amortised O(1).
Status list_reserve(Interpreter& vm, List* l, uint64_t need) {
    if (need <= l->capacity) return Status::ok();
    uint64_t cap = (need + (need >> 3) + 6) & ~static_cast<uint64_t>(3);
    if (need > (UINT32_MAX / sizeof(Value)) - 8) return raise_memory_error(vm);
    if (cap > UINT32_MAX / sizeof(Value)) cap = need;
    void* p = TRY(realloc_raw(vm, l->items, static_cast<size_t>(cap) * sizeof(Value)));
    l->items = static_cast<Value*>(p);
    l->capacity = static_cast<uint32_t>(cap);
    return Status::ok();
}

// Drops the item buffer (the list becomes empty).
void list_release(Interpreter& vm, List* l) {
    Value* items = l->items;
    l->items = nullptr;
    l->size = 0;
    l->capacity = 0;
    if (items) free_raw(vm, items);
}

Args rest(Args a) { return Args{a.v + 1, a.n - 1, a.kwnames}; }

bool has_index(Interpreter& vm, Value v) {
    return is_int_value(v) || !type_lookup(type_of(vm, v), vm.n___index__).is_null();
}

}  // namespace

R<List*> new_list(Interpreter& vm, uint32_t capacity) {
    List* l = TRY(alloc<List>(vm, vm.t_list));
    if (capacity) TRY(list_reserve(vm, l, capacity));
    return l;
}

Status list_append(Interpreter& vm, List* l, Value v) {
    if (l->size == l->capacity) TRY(list_reserve(vm, l, static_cast<uint64_t>(l->size) + 1));
    l->items[l->size++] = v;
    return Status::ok();
}

R<List*> list_from_span(Interpreter& vm, const Value* items, uint32_t n) {
    List* l = TRY(new_list(vm, n));
    if (n) std::memcpy(static_cast<void*>(l->items), items, sizeof(Value) * n);
    l->size = n;
    return l;
}

Status list_extend(Interpreter& vm, List* l, Value iterable) {
    Type* t = type_of(vm, iterable);
    if (t == vm.t_list || t == vm.t_tuple || iterable == val(l)) {
        // Snapshot first: the source may be l itself.
        uint32_t n = t == vm.t_tuple ? as_tuple(iterable)->size : as_list(iterable)->size;
        if (n == 0) return Status::ok();
        TRY(list_reserve(vm, l, static_cast<uint64_t>(l->size) + n));
        const Value* src = t == vm.t_tuple ? as_tuple(iterable)->items : as_list(iterable)->items;
        std::memmove(static_cast<void*>(l->items + l->size), src, sizeof(Value) * n);
        l->size += n;
        return Status::ok();
    }
    Value it = TRY(get_iter(vm, iterable));
    while (true) {
        Value v = TRY(iter_next(vm, it));
        if (v.is_null()) return Status::ok();
        TRY(list_append(vm, l, v));
    }
}

// ---- sorting ----------------------------------------------------------------------------------------------------

namespace {

// a < b with fast paths for the common homogeneous cases.
R<bool> sort_less(Interpreter& vm, Value a, Value b) {
    if (a.is_int() && b.is_int()) return a.as_int() < b.as_int();
    if (a.is_obj() && b.is_obj()) {
        Type* ta = a.as_obj()->type;
        Type* tb = b.as_obj()->type;
        if (ta == vm.t_str && tb == vm.t_str) {
            Str* x = as_str(a);
            Str* y = as_str(b);
            size_t n = x->size < y->size ? x->size : y->size;
            int c = std::memcmp(x->data, y->data, n);
            return c < 0 || (c == 0 && x->size < y->size);
        }
        if (ta == vm.t_float_ && tb == vm.t_float_) return float_value(a) < float_value(b);
    }
    return less_than(vm, a, b);
}

// Sorts keys[0..n) stably, moving vals (when not null) along. On failure both arrays still hold a permutation of
// their original contents.
struct Sorter {
    Interpreter& vm;
    Value* keys;
    Value* vals;
    Value* tmpk;
    Value* tmpv;

    static constexpr int64_t kRun = 32;

    void put(int64_t dst, Value k, Value v) {
        keys[dst] = k;
        if (vals) vals[dst] = v;
    }

    // Binary insertion sort of [lo, hi).
    Status insertion(int64_t lo, int64_t hi) {
        for (int64_t i = lo + 1; i < hi; i++) {
            Value pk = keys[i];
            Value pv = vals ? vals[i] : Value();
            int64_t l = lo, r = i;
            while (l < r) {
                int64_t m = l + (r - l) / 2;
                bool lt = TRY(sort_less(vm, pk, keys[m]));
                if (lt) r = m;
                else l = m + 1;
            }
            if (l == i) continue;
            std::memmove(static_cast<void*>(keys + l + 1), keys + l, sizeof(Value) * static_cast<size_t>(i - l));
            if (vals) std::memmove(static_cast<void*>(vals + l + 1), vals + l, sizeof(Value) * static_cast<size_t>(i - l));
            put(l, pk, pv);
        }
        return Status::ok();
    }

    // Merges the sorted runs [lo, mid) and [mid, hi); equal keys keep the left run first.
    Status merge(int64_t lo, int64_t mid, int64_t hi) {
        bool ordered = TRY(sort_less(vm, keys[mid], keys[mid - 1]));
        if (!ordered) return Status::ok();
        int64_t na = mid - lo;
        std::memcpy(static_cast<void*>(tmpk), keys + lo, sizeof(Value) * static_cast<size_t>(na));
        if (vals) std::memcpy(static_cast<void*>(tmpv), vals + lo, sizeof(Value) * static_cast<size_t>(na));
        int64_t i = 0, j = mid, out = lo;
        Status st;
        while (i < na && j < hi) {
            R<bool> lt = sort_less(vm, keys[j], tmpk[i]);
            if (lt.failed()) {
                st = Raised{};
                break;
            }
            if (lt.take()) {
                put(out++, keys[j], vals ? vals[j] : Value());
                j++;
            } else {
                put(out++, tmpk[i], vals ? tmpv[i] : Value());
                i++;
            }
        }
        // The rest of the left run fills exactly the gap before keys[j].
        for (; i < na; i++) put(out++, tmpk[i], vals ? tmpv[i] : Value());
        return st;
    }

    Status sort(int64_t n) {
        for (int64_t lo = 0; lo < n; lo += kRun) TRY(insertion(lo, lo + kRun < n ? lo + kRun : n));
        for (int64_t width = kRun; width < n; width *= 2) {
            for (int64_t lo = 0; lo + width < n; lo += 2 * width) {
                int64_t hi = lo + 2 * width < n ? lo + 2 * width : n;
                TRY(merge(lo, lo + width, hi));
            }
        }
        return Status::ok();
    }
};

void reverse_values(Value* v, int64_t n) {
    for (int64_t i = 0, j = n - 1; i < j; i++, j--) {
        Value t = v[i];
        v[i] = v[j];
        v[j] = t;
    }
}

// Sorts `saved` (the list's items, moved out of it for the duration).
Status sort_items(Interpreter& vm, List* saved, Value key, bool reverse) {
    int64_t n = saved->size;
    List* keys = nullptr;
    if (!key.is_null() && !key.is_none()) {
        keys = TRY(new_list(vm, saved->size));
        for (uint32_t i = 0; i < saved->size; i++) {
            Value k = TRY(call1(vm, key, saved->items[i]));
            keys->items[keys->size++] = k;
        }
    }
    if (n < 2) return Status::ok();
    List* tmpk = TRY(new_list(vm, saved->size));
    tmpk->size = saved->size;  // zeroed buffer: traced as nulls until filled
    List* tmpv = nullptr;
    if (keys) {
        tmpv = TRY(new_list(vm, saved->size));
        tmpv->size = saved->size;
    }
    // Sorting the reversed list stably and reversing back keeps equal items in their original order.
    if (reverse) {
        reverse_values(saved->items, n);
        if (keys) reverse_values(keys->items, n);
    }
    Sorter s{vm, keys ? keys->items : saved->items, keys ? saved->items : nullptr, tmpk->items,
             tmpv ? tmpv->items : nullptr};
    Status st = s.sort(n);
    if (reverse) reverse_values(saved->items, n);
    return st;
}

}  // namespace

Status list_sort(Interpreter& vm, List* l, Value key, bool reverse) {
    // Like CPython, the list is empty while it is being sorted, so comparisons and key functions see (and can
    // detect) no half-sorted state; changes they make are discarded and reported.
    List* saved = TRY(alloc<List>(vm, vm.t_list));
    saved->items = l->items;
    saved->size = l->size;
    saved->capacity = l->capacity;
    l->items = nullptr;
    l->size = 0;
    l->capacity = 0;
    Status st = sort_items(vm, saved, key, reverse);
    bool modified = l->items != nullptr || l->size != 0;
    list_release(vm, l);
    l->items = saved->items;
    l->size = saved->size;
    l->capacity = saved->capacity;
    saved->items = nullptr;
    saved->size = 0;
    saved->capacity = 0;
    if (st.failed()) return Raised{};
    if (modified) return raise(vm, vm.e_ValueError, "list modified during sort");
    return Status::ok();
}

// ---- methods ----------------------------------------------------------------------------------------------------

namespace {

R<Value> list_new_m(Interpreter& vm, Args args) {
    if (args.n < 1 || !is_type(args.v[0])) return raise(vm, vm.e_TypeError, "list.__new__(X): X is not a type object");
    Type* cls = static_cast<Type*>(args.v[0].as_obj());
    if (!is_subtype(cls, vm.t_list))
        return raise(vm, vm.e_TypeError, "list.__new__(%s): %s is not a subtype of list", cls->name->data, cls->name->data);
    return val(TRY(alloc<List>(vm, cls)));
}

R<Value> list_init_m(Interpreter& vm, Args args) {
    Value self = TRY(self_of(vm, args, vm.t_list, "__init__"));
    if (args.nkw()) return raise(vm, vm.e_TypeError, "list() takes no keyword arguments");
    if (args.n > 2) return raise(vm, vm.e_TypeError, "list expected at most 1 argument, got %u", args.n - 1);
    List* l = as_list(self);
    list_release(vm, l);
    if (args.n == 2) TRY(list_extend(vm, l, args.v[1]));
    return Value::none();
}

R<Value> list_len_m(Interpreter& vm, Args args) {
    Value self = TRY(self_of(vm, args, vm.t_list, "__len__"));
    TRY(check_nargs(vm, rest(args), "list.__len__", 0, 0));
    return Value::small_int(as_list(self)->size);
}

R<Value> list_getitem_m(Interpreter& vm, Args args) {
    Value self = TRY(self_of(vm, args, vm.t_list, "__getitem__"));
    TRY(check_nargs(vm, rest(args), "list.__getitem__", 1, 1));
    List* l = as_list(self);
    Value key = args.v[1];
    if (key.is_int()) {
        int64_t i = key.as_int();
        if (i < 0) i += l->size;
        if (i >= 0 && i < static_cast<int64_t>(l->size)) return l->items[i];
        return raise(vm, vm.e_IndexError, "list index out of range");
    }
    if (is_kind(key, Kind::Slice)) {
        int64_t start, stop, step;
        int64_t n = TRY(slice_indices(vm, static_cast<Slice*>(key.as_obj()), l->size, &start, &stop, &step));
        if (n <= 0) return val(TRY(new_list(vm)));
        List* out = TRY(new_list(vm, static_cast<uint32_t>(n)));
        for (int64_t k = 0, i = start; k < n && i < static_cast<int64_t>(l->size); k++, i += step)
            out->items[out->size++] = l->items[i];
        return val(out);
    }
    if (!has_index(vm, key))
        return raise(vm, vm.e_TypeError, "list indices must be integers or slices, not %s", type_name(vm, key));
    int64_t i = TRY(seq_index(vm, key, l->size, "list"));
    return l->items[i];
}

// Replaces l[lo:hi] with the items of `v` (a list or tuple snapshot), or deletes them when v is null.
Status assign_slice(Interpreter& vm, List* l, int64_t lo, int64_t hi, Value v) {
    int64_t size = l->size;
    if (lo < 0) lo = 0;
    if (lo > size) lo = size;
    if (hi < lo) hi = lo;
    if (hi > size) hi = size;
    List* src = nullptr;
    if (!v.is_null()) {
        if (type_of(vm, v) == vm.t_list || type_of(vm, v) == vm.t_tuple) {
            bool is_tuple = type_of(vm, v) == vm.t_tuple;
            src = is_tuple ? TRY(list_from_span(vm, as_tuple(v)->items, as_tuple(v)->size))
                           : TRY(list_from_span(vm, as_list(v)->items, as_list(v)->size));
        } else {
            R<List*> r = list_from_iterable(vm, v);
            if (r.failed()) {
                if (exception_matches(vm, vm.exc, vm.e_TypeError) && type_lookup(type_of(vm, v), vm.n___iter__).is_null() &&
                    type_lookup(type_of(vm, v), vm.n___getitem__).is_null()) {
                    take_exception(vm);
                    return raise(vm, vm.e_TypeError, "can only assign an iterable");
                }
                return Raised{};
            }
            src = r.take();
        }
        // The conversion may have run code that changed the list.
        size = l->size;
        if (lo > size) lo = size;
        if (hi > size) hi = size;
        if (hi < lo) hi = lo;
    }
    int64_t n = src ? src->size : 0;
    int64_t delta = n - (hi - lo);
    if (delta > 0) TRY(list_reserve(vm, l, static_cast<uint64_t>(size + delta)));
    if (delta != 0 && hi < size)
        std::memmove(static_cast<void*>(l->items + hi + delta), l->items + hi, sizeof(Value) * static_cast<size_t>(size - hi));
    if (n) std::memcpy(static_cast<void*>(l->items + lo), src->items, sizeof(Value) * static_cast<size_t>(n));
    l->size = static_cast<uint32_t>(size + delta);
    if (delta < 0) std::memset(static_cast<void*>(l->items + l->size), 0, sizeof(Value) * static_cast<size_t>(-delta));
    return Status::ok();
}

// Deletes the items of an extended slice.
void delete_extended(List* l, int64_t start, int64_t step, int64_t n) {
    if (step < 0) {
        start = start + step * (n - 1);
        step = -step;
    }
    int64_t out = start, k = 0;
    for (int64_t i = start; i < static_cast<int64_t>(l->size); i++) {
        if (k < n && i == start + k * step) {
            k++;
            continue;
        }
        l->items[out++] = l->items[i];
    }
    for (int64_t i = out; i < static_cast<int64_t>(l->size); i++) l->items[i] = Value();
    l->size = static_cast<uint32_t>(out);
}

Status list_setslice(Interpreter& vm, List* l, Slice* sl, Value v) {
    int64_t start, stop, step;
    int64_t n = TRY(slice_indices(vm, sl, l->size, &start, &stop, &step));
    if (step == 1) return assign_slice(vm, l, start, stop, v);
    if (v.is_null()) {
        if (n > 0) delete_extended(l, start, step, n);
        return Status::ok();
    }
    List* src = nullptr;
    if (type_of(vm, v) == vm.t_list && as_list(v) != l) {
        src = as_list(v);
    } else if (type_of(vm, v) == vm.t_tuple) {
        src = TRY(list_from_span(vm, as_tuple(v)->items, as_tuple(v)->size));
    } else {
        R<List*> r = list_from_iterable(vm, v);
        if (r.failed()) {
            if (exception_matches(vm, vm.exc, vm.e_TypeError) && type_lookup(type_of(vm, v), vm.n___iter__).is_null() &&
                type_lookup(type_of(vm, v), vm.n___getitem__).is_null()) {
                take_exception(vm);
                return raise(vm, vm.e_TypeError, "must assign iterable to extended slice");
            }
            return Raised{};
        }
        src = r.take();
    }
    if (src->size != n) {
        return raise(vm, vm.e_ValueError, "attempt to assign sequence of size %u to extended slice of size %lld", src->size,
                     static_cast<long long>(n));
    }
    for (int64_t k = 0, i = start; k < n; k++, i += step)
        if (i >= 0 && i < static_cast<int64_t>(l->size)) l->items[i] = src->items[k];
    return Status::ok();
}

R<Value> list_setitem_m(Interpreter& vm, Args args) {
    Value self = TRY(self_of(vm, args, vm.t_list, "__setitem__"));
    TRY(check_nargs(vm, rest(args), "__setitem__", 2, 2));
    List* l = as_list(self);
    Value key = args.v[1];
    if (is_kind(key, Kind::Slice)) {
        TRY(list_setslice(vm, l, static_cast<Slice*>(key.as_obj()), args.v[2]));
        return Value::none();
    }
    if (!has_index(vm, key))
        return raise(vm, vm.e_TypeError, "list indices must be integers or slices, not %s", type_name(vm, key));
    int64_t i = TRY(seq_index(vm, key, l->size, "list assignment"));
    l->items[i] = args.v[2];
    return Value::none();
}

R<Value> list_delitem_m(Interpreter& vm, Args args) {
    Value self = TRY(self_of(vm, args, vm.t_list, "__delitem__"));
    TRY(check_nargs(vm, rest(args), "list.__delitem__", 1, 1));
    List* l = as_list(self);
    Value key = args.v[1];
    if (is_kind(key, Kind::Slice)) {
        TRY(list_setslice(vm, l, static_cast<Slice*>(key.as_obj()), Value()));
        return Value::none();
    }
    if (!has_index(vm, key))
        return raise(vm, vm.e_TypeError, "list indices must be integers or slices, not %s", type_name(vm, key));
    int64_t i = TRY(seq_index(vm, key, l->size, "list assignment"));
    TRY(assign_slice(vm, l, i, i + 1, Value()));
    return Value::none();
}

R<Value> list_contains_m(Interpreter& vm, Args args) {
    Value self = TRY(self_of(vm, args, vm.t_list, "__contains__"));
    TRY(check_nargs(vm, rest(args), "list.__contains__", 1, 1));
    List* l = as_list(self);
    for (uint32_t i = 0; i < l->size; i++) {
        Value item = l->items[i];
        if (item == args.v[1]) return Value::boolean(true);
        bool eq = TRY(equal(vm, item, args.v[1]));
        if (eq) return Value::boolean(true);
    }
    return Value::boolean(false);
}

R<Value> list_iter_m(Interpreter& vm, Args args) {
    Value self = TRY(self_of(vm, args, vm.t_list, "__iter__"));
    TRY(check_nargs(vm, rest(args), "list.__iter__", 0, 0));
    return val(TRY(new_iter(vm, vm.t_list_iterator, self)));
}

R<Value> list_reversed_m(Interpreter& vm, Args args) {
    Value self = TRY(self_of(vm, args, vm.t_list, "__reversed__"));
    TRY(check_nargs(vm, rest(args), "list.__reversed__", 0, 0));
    return val(TRY(new_iter(vm, vm.t_list_reverseiterator, self, Value(), static_cast<int64_t>(as_list(self)->size) - 1)));
}

// As CPython's list_richcompare: lengths decide == and != at once; otherwise the first differing pair decides.
R<Value> list_compare(Interpreter& vm, Args args, CmpOp op, const char* name) {
    Value self = TRY(self_of(vm, args, vm.t_list, name));
    TRY(check_nargs(vm, rest(args), name, 1, 1));
    if (!isinstance(vm, args.v[1], vm.t_list)) return vm.not_implemented;
    List* a = as_list(self);
    List* b = as_list(args.v[1]);
    if (a->size != b->size && (op == CmpOp::Eq || op == CmpOp::Ne)) return Value::boolean(op == CmpOp::Ne);
    uint32_t i = 0;
    Value x, y;  // the first differing pair (the lists may change while their items are compared)
    for (; i < a->size && i < b->size; i++) {
        x = a->items[i];
        y = b->items[i];
        if (x == y) continue;
        bool eq = TRY(equal(vm, x, y));
        if (!eq) break;
    }
    if (i >= a->size || i >= b->size) {
        return Value::boolean(compare_scalars(op, a->size, b->size));
    }
    if (op == CmpOp::Eq) return Value::boolean(false);
    if (op == CmpOp::Ne) return Value::boolean(true);
    return compare(vm, op, x, y);
}

R<Value> list_eq_m(Interpreter& vm, Args args) { return list_compare(vm, args, CmpOp::Eq, "__eq__"); }
R<Value> list_ne_m(Interpreter& vm, Args args) { return list_compare(vm, args, CmpOp::Ne, "__ne__"); }
R<Value> list_lt_m(Interpreter& vm, Args args) { return list_compare(vm, args, CmpOp::Lt, "__lt__"); }
R<Value> list_le_m(Interpreter& vm, Args args) { return list_compare(vm, args, CmpOp::Le, "__le__"); }
R<Value> list_gt_m(Interpreter& vm, Args args) { return list_compare(vm, args, CmpOp::Gt, "__gt__"); }
R<Value> list_ge_m(Interpreter& vm, Args args) { return list_compare(vm, args, CmpOp::Ge, "__ge__"); }

R<Str*> list_repr_items(Interpreter& vm, List* l) {
    StrBuilder b;
    b.add('[');
    for (uint32_t i = 0; i < l->size; i++) {
        if (i) b.add(", ");
        Str* r = TRY(repr(vm, l->items[i]));
        b.add(r->view());
    }
    b.add(']');
    return b.build(vm);
}

R<Value> list_repr_m(Interpreter& vm, Args args) {
    Value self = TRY(self_of(vm, args, vm.t_list, "__repr__"));
    TRY(check_nargs(vm, rest(args), "list.__repr__", 0, 0));
    List* l = as_list(self);
    if (l->size == 0) return val(TRY(new_str(vm, "[]")));
    if (!repr_enter(vm, l)) return val(TRY(new_str(vm, "[...]")));
    R<Str*> r = list_repr_items(vm, l);
    repr_leave(vm, l);
    return val(TRY(r));
}

R<Value> list_add_m(Interpreter& vm, Args args) {
    Value self = TRY(self_of(vm, args, vm.t_list, "__add__"));
    TRY(check_nargs(vm, rest(args), "list.__add__", 1, 1));
    if (!isinstance(vm, args.v[1], vm.t_list)) return vm.not_implemented;
    List* a = as_list(self);
    List* b = as_list(args.v[1]);
    List* out = TRY(new_list(vm, a->size + b->size));
    if (a->size) std::memcpy(static_cast<void*>(out->items), a->items, sizeof(Value) * a->size);
    if (b->size) std::memcpy(static_cast<void*>(out->items + a->size), b->items, sizeof(Value) * b->size);
    out->size = a->size + b->size;
    return val(out);
}

R<Value> list_iadd_m(Interpreter& vm, Args args) {
    Value self = TRY(self_of(vm, args, vm.t_list, "__iadd__"));
    TRY(check_nargs(vm, rest(args), "list.__iadd__", 1, 1));
    TRY(list_extend(vm, as_list(self), args.v[1]));
    return self;
}

// The repeat count of * (false: not an integer, NotImplemented).
R<bool> repeat_count(Interpreter& vm, Value v, int64_t* n) {
    if (!has_index(vm, v)) return false;
    *n = TRY(index_value(vm, v));
    return true;
}

R<Value> list_mul_m(Interpreter& vm, Args args) {
    Value self = TRY(self_of(vm, args, vm.t_list, "__mul__"));
    TRY(check_nargs(vm, rest(args), "list.__mul__", 1, 1));
    int64_t n = 0;
    bool ok = TRY(repeat_count(vm, args.v[1], &n));
    if (!ok) return vm.not_implemented;
    List* l = as_list(self);
    if (n <= 0 || l->size == 0) return val(TRY(new_list(vm)));
    if (static_cast<uint64_t>(n) > (UINT32_MAX / sizeof(Value)) / l->size) return raise_memory_error(vm);
    uint32_t size = l->size;
    uint32_t total = static_cast<uint32_t>(n) * size;
    List* out = TRY(new_list(vm, total));
    for (uint32_t k = 0; k < total; k += size) std::memcpy(static_cast<void*>(out->items + k), l->items, sizeof(Value) * size);
    out->size = total;
    return val(out);
}

R<Value> list_imul_m(Interpreter& vm, Args args) {
    Value self = TRY(self_of(vm, args, vm.t_list, "__imul__"));
    TRY(check_nargs(vm, rest(args), "list.__imul__", 1, 1));
    int64_t n = 0;
    bool ok = TRY(repeat_count(vm, args.v[1], &n));
    if (!ok) return vm.not_implemented;
    List* l = as_list(self);
    if (n <= 0) {
        list_release(vm, l);
        return self;
    }
    if (n == 1 || l->size == 0) return self;
    uint32_t size = l->size;
    if (static_cast<uint64_t>(n) > (UINT32_MAX / sizeof(Value)) / size) return raise_memory_error(vm);
    uint32_t total = static_cast<uint32_t>(n) * size;
    TRY(list_reserve(vm, l, total));
    for (uint32_t k = size; k < total; k += size) std::memcpy(static_cast<void*>(l->items + k), l->items, sizeof(Value) * size);
    l->size = total;
    return self;
}

R<Value> list_append_m(Interpreter& vm, Args args) {
    Value self = TRY(self_of(vm, args, vm.t_list, "append"));
    TRY(check_nargs(vm, rest(args), "list.append", 1, 1));
    TRY(list_append(vm, as_list(self), args.v[1]));
    return Value::none();
}

R<Value> list_extend_m(Interpreter& vm, Args args) {
    Value self = TRY(self_of(vm, args, vm.t_list, "extend"));
    TRY(check_nargs(vm, rest(args), "list.extend", 1, 1));
    TRY(list_extend(vm, as_list(self), args.v[1]));
    return Value::none();
}

R<Value> list_insert_m(Interpreter& vm, Args args) {
    Value self = TRY(self_of(vm, args, vm.t_list, "insert"));
    TRY(check_nargs(vm, rest(args), "insert", 2, 2));
    int64_t i = TRY(index_value(vm, args.v[1]));
    List* l = as_list(self);
    int64_t n = l->size;
    if (i < 0) {
        i += n;
        if (i < 0) i = 0;
    }
    if (i > n) i = n;
    TRY(list_reserve(vm, l, static_cast<uint64_t>(n) + 1));
    std::memmove(static_cast<void*>(l->items + i + 1), l->items + i, sizeof(Value) * static_cast<size_t>(n - i));
    l->items[i] = args.v[2];
    l->size++;
    return Value::none();
}

R<Value> list_pop_m(Interpreter& vm, Args args) {
    Value self = TRY(self_of(vm, args, vm.t_list, "pop"));
    TRY(check_nargs(vm, rest(args), "pop", 0, 1));
    List* l = as_list(self);
    int64_t i = -1;
    if (args.n == 2) i = TRY(index_value(vm, args.v[1]));
    if (l->size == 0) return raise(vm, vm.e_IndexError, "pop from empty list");
    if (i < 0) i += l->size;
    if (i < 0 || i >= static_cast<int64_t>(l->size)) return raise(vm, vm.e_IndexError, "pop index out of range");
    Value v = l->items[i];
    std::memmove(static_cast<void*>(l->items + i), l->items + i + 1, sizeof(Value) * static_cast<size_t>(l->size - i - 1));
    l->size--;
    l->items[l->size] = Value();
    return v;
}

// The first position in [start, stop) holding an item equal to x, or -1.
R<int64_t> find_item(Interpreter& vm, List* l, Value x, int64_t start, int64_t stop) {
    for (int64_t i = start; i < stop && i < static_cast<int64_t>(l->size); i++) {
        Value item = l->items[i];
        if (item == x) return i;
        bool eq = TRY(equal(vm, item, x));
        if (eq) return i;
    }
    return static_cast<int64_t>(-1);
}

R<Value> list_remove_m(Interpreter& vm, Args args) {
    Value self = TRY(self_of(vm, args, vm.t_list, "remove"));
    TRY(check_nargs(vm, rest(args), "list.remove", 1, 1));
    List* l = as_list(self);
    int64_t i = TRY(find_item(vm, l, args.v[1], 0, l->size));
    if (i < 0) return raise(vm, vm.e_ValueError, "list.remove(x): x not in list");
    TRY(assign_slice(vm, l, i, i + 1, Value()));
    return Value::none();
}

R<Value> list_index_m(Interpreter& vm, Args args) {
    Value self = TRY(self_of(vm, args, vm.t_list, "index"));
    TRY(check_nargs(vm, rest(args), "index", 1, 3));
    List* l = as_list(self);
    int64_t size = l->size;
    int64_t bounds[2] = {0, size};
    for (uint32_t k = 0; k < 2 && 2 + k < args.n; k++) {
        Value v = args.v[2 + k];
        if (!has_index(vm, v))
            return raise(vm, vm.e_TypeError, "slice indices must be integers or have an __index__ method");
        int64_t x = TRY(index_value(vm, v));
        if (x < 0) {
            x += size;
            if (x < 0) x = 0;
        }
        bounds[k] = x;
    }
    int64_t i = TRY(find_item(vm, l, args.v[1], bounds[0], bounds[1]));
    if (i >= 0) return Value::small_int(i);
    Str* r = TRY(repr(vm, args.v[1]));
    return raise(vm, vm.e_ValueError, "%s is not in list", r->data);
}

R<Value> list_count_m(Interpreter& vm, Args args) {
    Value self = TRY(self_of(vm, args, vm.t_list, "count"));
    TRY(check_nargs(vm, rest(args), "list.count", 1, 1));
    List* l = as_list(self);
    int64_t n = 0;
    for (uint32_t i = 0; i < l->size; i++) {
        Value item = l->items[i];
        if (item == args.v[1]) {
            n++;
            continue;
        }
        bool eq = TRY(equal(vm, item, args.v[1]));
        if (eq) n++;
    }
    return Value::small_int(n);
}

R<Value> list_sort_m(Interpreter& vm, Args args) {
    Value self = TRY(self_of(vm, args, vm.t_list, "sort"));
    if (args.n > 1) return raise(vm, vm.e_TypeError, "sort() takes no positional arguments");
    Value key, reverse;
    for (uint32_t k = 0; k < args.nkw(); k++) {
        Str* name = as_str(args.kwnames->items[k]);
        Value v = args.v[args.n + k];
        if (name->view() == "key") key = v;
        else if (name->view() == "reverse") reverse = v;
        else return raise(vm, vm.e_TypeError, "'%s' is an invalid keyword argument for sort()", name->data);
    }
    bool rev = false;
    if (!reverse.is_null()) rev = TRY(index_value(vm, reverse)) != 0;
    TRY(list_sort(vm, as_list(self), key, rev));
    return Value::none();
}

R<Value> list_reverse_m(Interpreter& vm, Args args) {
    Value self = TRY(self_of(vm, args, vm.t_list, "reverse"));
    TRY(check_nargs(vm, rest(args), "list.reverse", 0, 0));
    List* l = as_list(self);
    reverse_values(l->items, l->size);
    return Value::none();
}

R<Value> list_copy_m(Interpreter& vm, Args args) {
    Value self = TRY(self_of(vm, args, vm.t_list, "copy"));
    TRY(check_nargs(vm, rest(args), "list.copy", 0, 0));
    return val(TRY(list_from_span(vm, as_list(self)->items, as_list(self)->size)));
}

R<Value> list_clear_m(Interpreter& vm, Args args) {
    Value self = TRY(self_of(vm, args, vm.t_list, "clear"));
    TRY(check_nargs(vm, rest(args), "list.clear", 0, 0));
    list_release(vm, as_list(self));
    return Value::none();
}

}  // namespace

void init_list_type(Interpreter& vm) {
    Type* t = vm.t_list;
    add_staticmethods(vm, t, {{"__new__", list_new_m}});
    add_methods(vm, t,
                {{"__init__", list_init_m},
                 {"__len__", list_len_m},
                 {"__getitem__", list_getitem_m},
                 {"__setitem__", list_setitem_m},
                 {"__delitem__", list_delitem_m},
                 {"__contains__", list_contains_m},
                 {"__iter__", list_iter_m},
                 {"__reversed__", list_reversed_m},
                 {"__eq__", list_eq_m},
                 {"__ne__", list_ne_m},
                 {"__lt__", list_lt_m},
                 {"__le__", list_le_m},
                 {"__gt__", list_gt_m},
                 {"__ge__", list_ge_m},
                 {"__repr__", list_repr_m},
                 {"__add__", list_add_m},
                 {"__iadd__", list_iadd_m},
                 {"__mul__", list_mul_m},
                 {"__rmul__", list_mul_m},
                 {"__imul__", list_imul_m},
                 {"append", list_append_m},
                 {"extend", list_extend_m},
                 {"insert", list_insert_m},
                 {"pop", list_pop_m},
                 {"remove", list_remove_m},
                 {"index", list_index_m},
                 {"count", list_count_m},
                 {"sort", list_sort_m},
                 {"reverse", list_reverse_m},
                 {"copy", list_copy_m},
                 {"clear", list_clear_m}});
    (void)dict_set_str(vm, t->dict, vm.n___hash__, Value::none());
}

}  // namespace pyco
