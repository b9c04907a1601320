// The tuple type: construction helpers, indexing and slicing, comparisons, CPython's tuple hash, and methods.
#include <cstring>

#include "objects/objects.h"

namespace pyco {

R<Tuple*> new_tuple(Interpreter& vm, uint32_t size) {
    if (size == 0 && vm.empty_tuple) return vm.empty_tuple;
    Tuple* t = TRY(alloc<Tuple>(vm, vm.t_tuple, sizeof(Value) * size));
    t->size = size;
    return t;
}

R<Tuple*> tuple_from_span(Interpreter& vm, const Value* items, uint32_t n) {
    Tuple* t = TRY(new_tuple(vm, n));
    if (n) std::memcpy(static_cast<void*>(t->items), items, sizeof(Value) * n);
    return t;
}

R<Tuple*> tuple_of(Interpreter& vm, std::initializer_list<Value> items) {
    return tuple_from_span(vm, items.begin(), static_cast<uint32_t>(items.size()));
}

namespace {

// The arguments after self.
Args rest(Args a) { return Args{a.v + 1, a.n - 1, a.kwnames}; }

bool has_index(Interpreter& vm, Value v) {
    return is_int_value(v) || !type_lookup(type_of(vm, v), vm.n___index__).is_null();
}

R<Tuple*> tuple_from_iterable(Interpreter& vm, Value iterable) {
    if (type_of(vm, iterable) == vm.t_tuple) return as_tuple(iterable);
    List* l = TRY(list_from_iterable(vm, iterable));
    return tuple_from_span(vm, l->items, l->size);
}

R<Value> tuple_new(Interpreter& vm, Args args) {
    if (args.n < 1 || !is_type(args.v[0])) return raise(vm, vm.e_TypeError, "tuple.__new__(X): X is not a type object");
    Type* cls = static_cast<Type*>(args.v[0].as_obj());
    if (!is_subtype(cls, vm.t_tuple))
        return raise(vm, vm.e_TypeError, "tuple.__new__(%s): %s is not a subtype of tuple", cls->name->data, cls->name->data);
    if (args.nkw() && cls == vm.t_tuple) return raise(vm, vm.e_TypeError, "tuple() takes no keyword arguments");
    if (args.n > 2) return raise(vm, vm.e_TypeError, "tuple expected at most 1 argument, got %u", args.n - 1);
    Tuple* items = vm.empty_tuple;
    if (args.n == 2) items = TRY(tuple_from_iterable(vm, args.v[1]));
    if (cls == vm.t_tuple) return val(items);
    Tuple* t = TRY(alloc<Tuple>(vm, cls, sizeof(Value) * items->size));
    t->size = items->size;
    if (items->size) std::memcpy(static_cast<void*>(t->items), items->items, sizeof(Value) * items->size);
    return val(t);
}

R<Value> tuple_len(Interpreter& vm, Args args) {
    Value self = TRY(self_of(vm, args, vm.t_tuple, "__len__"));
    TRY(check_nargs(vm, rest(args), "tuple.__len__", 0, 0));
    return Value::small_int(as_tuple(self)->size);
}

R<Value> tuple_getitem(Interpreter& vm, Args args) {
    Value self = TRY(self_of(vm, args, vm.t_tuple, "__getitem__"));
    TRY(check_nargs(vm, rest(args), "tuple.__getitem__", 1, 1));
    Tuple* t = as_tuple(self);
    Value key = args.v[1];
    if (is_kind(key, Kind::Slice)) {
        int64_t start, stop, step;
        int64_t n = TRY(slice_indices(vm, static_cast<Slice*>(key.as_obj()), t->size, &start, &stop, &step));
        if (n <= 0) return val(TRY(new_tuple(vm, 0)));
        if (step == 1 && n == static_cast<int64_t>(t->size) && t->type == vm.t_tuple) return self;
        Tuple* out = TRY(new_tuple(vm, static_cast<uint32_t>(n)));
        for (int64_t k = 0, i = start; k < n; k++, i += step) out->items[k] = t->items[i];
        return val(out);
    }
    if (!has_index(vm, key))
        return raise(vm, vm.e_TypeError, "tuple indices must be integers or slices, not %s", type_name(vm, key));
    int64_t i = TRY(seq_index(vm, key, t->size, "tuple"));
    return t->items[i];
}

R<Value> tuple_contains(Interpreter& vm, Args args) {
    Value self = TRY(self_of(vm, args, vm.t_tuple, "__contains__"));
    TRY(check_nargs(vm, rest(args), "tuple.__contains__", 1, 1));
    Tuple* t = as_tuple(self);
    for (uint32_t i = 0; i < t->size; i++) {
        if (t->items[i] == args.v[1]) return Value::boolean(true);
        bool eq = TRY(equal(vm, t->items[i], args.v[1]));
        if (eq) return Value::boolean(true);
    }
    return Value::boolean(false);
}

R<Value> tuple_iter(Interpreter& vm, Args args) {
    Value self = TRY(self_of(vm, args, vm.t_tuple, "__iter__"));
    TRY(check_nargs(vm, rest(args), "tuple.__iter__", 0, 0));
    return val(TRY(new_iter(vm, vm.t_tuple_iterator, self)));
}

// Lexicographic comparison as CPython's tuplerichcompare: the first differing pair decides (identity counts as
// equal), otherwise the lengths do.
R<Value> tuple_compare(Interpreter& vm, Args args, CmpOp op, const char* name) {
    Value self = TRY(self_of(vm, args, vm.t_tuple, name));
    TRY(check_nargs(vm, rest(args), name, 1, 1));
    if (!isinstance(vm, args.v[1], vm.t_tuple)) return vm.not_implemented;
    Tuple* a = as_tuple(self);
    Tuple* b = as_tuple(args.v[1]);
    uint32_t i = 0;
    for (; i < a->size && i < b->size; i++) {
        if (a->items[i] == b->items[i]) continue;
        bool eq = TRY(equal(vm, a->items[i], b->items[i]));
        if (!eq) break;
    }
    if (i >= a->size || i >= b->size) {
        return Value::boolean(compare_scalars(op, a->size, b->size));
    }
    if (op == CmpOp::Eq) return Value::boolean(false);
    if (op == CmpOp::Ne) return Value::boolean(true);
    return compare(vm, op, a->items[i], b->items[i]);
}

R<Value> tuple_eq(Interpreter& vm, Args args) { return tuple_compare(vm, args, CmpOp::Eq, "__eq__"); }
R<Value> tuple_ne(Interpreter& vm, Args args) { return tuple_compare(vm, args, CmpOp::Ne, "__ne__"); }
R<Value> tuple_lt(Interpreter& vm, Args args) { return tuple_compare(vm, args, CmpOp::Lt, "__lt__"); }
R<Value> tuple_le(Interpreter& vm, Args args) { return tuple_compare(vm, args, CmpOp::Le, "__le__"); }
R<Value> tuple_gt(Interpreter& vm, Args args) { return tuple_compare(vm, args, CmpOp::Gt, "__gt__"); }
R<Value> tuple_ge(Interpreter& vm, Args args) { return tuple_compare(vm, args, CmpOp::Ge, "__ge__"); }

// CPython 3.11's tuplehash (an xxHash64 variant), so hash((1, 2)) is the same number as in CPython.
R<Value> tuple_hash(Interpreter& vm, Args args) {
    Value self = TRY(self_of(vm, args, vm.t_tuple, "__hash__"));
    TRY(check_nargs(vm, rest(args), "tuple.__hash__", 0, 0));
    constexpr uint64_t kPrime1 = 11400714785074694791ULL;
    constexpr uint64_t kPrime2 = 14029467366897019727ULL;
    constexpr uint64_t kPrime5 = 2870177450012600261ULL;
    Tuple* t = as_tuple(self);
    uint64_t acc = kPrime5;
    for (uint32_t i = 0; i < t->size; i++) {
        uint64_t lane = static_cast<uint64_t>(TRY(hash_value(vm, t->items[i])));
        acc += lane * kPrime2;
        acc = (acc << 31) | (acc >> 33);
        acc *= kPrime1;
    }
    acc += static_cast<uint64_t>(t->size) ^ (kPrime5 ^ 3527539ULL);
    if (acc == static_cast<uint64_t>(-1)) return make_int(vm, 1546275796);
    return make_int(vm, static_cast<int64_t>(acc));
}

R<Value> tuple_repr(Interpreter& vm, Args args) {
    Value self = TRY(self_of(vm, args, vm.t_tuple, "__repr__"));
    TRY(check_nargs(vm, rest(args), "tuple.__repr__", 0, 0));
    Tuple* t = as_tuple(self);
    if (t->size == 0) return val(TRY(new_str(vm, "()")));
    StrBuilder b;
    b.add('(');
    for (uint32_t i = 0; i < t->size; i++) {
        if (i) b.add(", ");
        Str* r = TRY(repr(vm, t->items[i]));
        b.add(r->view());
    }
    if (t->size == 1) b.add(',');
    b.add(')');
    return val(TRY(b.build(vm)));
}

R<Value> tuple_add(Interpreter& vm, Args args) {
    Value self = TRY(self_of(vm, args, vm.t_tuple, "__add__"));
    TRY(check_nargs(vm, rest(args), "tuple.__add__", 1, 1));
    if (!isinstance(vm, args.v[1], vm.t_tuple)) return vm.not_implemented;
    Tuple* a = as_tuple(self);
    Tuple* b = as_tuple(args.v[1]);
    if (b->size == 0 && a->type == vm.t_tuple) return self;
    if (a->size == 0 && b->type == vm.t_tuple) return args.v[1];
    uint64_t n = static_cast<uint64_t>(a->size) + b->size;
    if (n > UINT32_MAX / sizeof(Value)) return raise_memory_error(vm);
    Tuple* out = TRY(new_tuple(vm, static_cast<uint32_t>(n)));
    for (uint32_t i = 0; i < a->size; i++) out->items[i] = a->items[i];
    for (uint32_t i = 0; i < b->size; i++) out->items[a->size + i] = b->items[i];
    return val(out);
}

R<Value> tuple_mul(Interpreter& vm, Args args) {
    Value self = TRY(self_of(vm, args, vm.t_tuple, "__mul__"));
    TRY(check_nargs(vm, rest(args), "tuple.__mul__", 1, 1));
    if (!has_index(vm, args.v[1])) return vm.not_implemented;
    int64_t n = TRY(index_value(vm, args.v[1]));
    Tuple* t = as_tuple(self);
    if (n <= 0 || t->size == 0) return val(TRY(new_tuple(vm, 0)));
    if (n == 1 && t->type == vm.t_tuple) return self;
    if (static_cast<uint64_t>(n) > (UINT32_MAX / sizeof(Value)) / t->size) return raise_memory_error(vm);
    uint32_t total = static_cast<uint32_t>(n) * t->size;
    Tuple* out = TRY(new_tuple(vm, total));
    for (uint32_t k = 0; k < total; k++) out->items[k] = t->items[k % t->size];
    return val(out);
}

// Resolves optional start/stop arguments of index() like slice bounds.
R<bool> resolve_bounds(Interpreter& vm, Args args, uint32_t first, int64_t size, int64_t* start, int64_t* stop) {
    *start = 0;
    *stop = size;
    for (uint32_t k = 0; k < 2 && first + k < args.n; k++) {
        Value v = args.v[first + k];
        if (!has_index(vm, v))
            return raise(vm, vm.e_TypeError, "slice indices must be integers or have an __index__ method");
        int64_t x = TRY(index_value(vm, v));
        if (x < 0) {
            x += size;
            if (x < 0) x = 0;
        }
        if (x > size) x = size;
        (k == 0 ? *start : *stop) = x;
    }
    return true;
}

R<Value> tuple_index(Interpreter& vm, Args args) {
    Value self = TRY(self_of(vm, args, vm.t_tuple, "index"));
    TRY(check_nargs(vm, rest(args), "index", 1, 3));
    Tuple* t = as_tuple(self);
    int64_t start, stop;
    TRY(resolve_bounds(vm, args, 2, t->size, &start, &stop));
    for (int64_t i = start; i < stop && i < static_cast<int64_t>(t->size); i++) {
        if (t->items[i] == args.v[1]) return Value::small_int(i);
        bool eq = TRY(equal(vm, t->items[i], args.v[1]));
        if (eq) return Value::small_int(i);
    }
    return raise(vm, vm.e_ValueError, "tuple.index(x): x not in tuple");
}

R<Value> tuple_count(Interpreter& vm, Args args) {
    Value self = TRY(self_of(vm, args, vm.t_tuple, "count"));
    TRY(check_nargs(vm, rest(args), "tuple.count", 1, 1));
    Tuple* t = as_tuple(self);
    int64_t n = 0;
    for (uint32_t i = 0; i < t->size; i++) {
        if (t->items[i] == args.v[1]) {
            n++;
            continue;
        }
        bool eq = TRY(equal(vm, t->items[i], args.v[1]));
        if (eq) n++;
    }
    return Value::small_int(n);
}

R<Value> tuple_getnewargs(Interpreter& vm, Args args) {
    Value self = TRY(self_of(vm, args, vm.t_tuple, "__getnewargs__"));
    Tuple* t = as_tuple(self);
    Tuple* copy = TRY(tuple_from_span(vm, t->items, t->size));
    return val(TRY(tuple_of(vm, {val(copy)})));
}

}  // namespace

void init_tuple_type(Interpreter& vm) {
    Type* t = vm.t_tuple;
    add_staticmethods(vm, t, {{"__new__", tuple_new}});
    add_methods(vm, t,
                {{"__len__", tuple_len},
                 {"__getitem__", tuple_getitem},
                 {"__contains__", tuple_contains},
                 {"__iter__", tuple_iter},
                 {"__eq__", tuple_eq},
                 {"__ne__", tuple_ne},
                 {"__lt__", tuple_lt},
                 {"__le__", tuple_le},
                 {"__gt__", tuple_gt},
                 {"__ge__", tuple_ge},
                 {"__hash__", tuple_hash},
                 {"__repr__", tuple_repr},
                 {"__add__", tuple_add},
                 {"__mul__", tuple_mul},
                 {"__rmul__", tuple_mul},
                 {"__getnewargs__", tuple_getnewargs},
                 {"index", tuple_index},
                 {"count", tuple_count}});
}

}  // namespace pyco
