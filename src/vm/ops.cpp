// Generic operations on any value (operators, comparison, truth, hashing, subscripts, iteration, repr/str),
// with fast paths for exact built-in types and dunder dispatch for everything else.
#include <cstring>

#include "objects/objects.h"
#include "vm/vm.h"

namespace pyco {

static const char* const kBinopSymbols[] = {
#define X(n, sym, ...) sym,
    PYCO_BINARY_OPS(X)
#undef X
};

static bool is_number(Interpreter& vm, Value v) {
    Type* t = type_of(vm, v);
    return t == vm.t_int_ || t == vm.t_bool_ || t == vm.t_float_;
}

R<bool> truthy(Interpreter& vm, Value v) {
    if (v.is_bool()) return v.is_true();
    if (v.is_none()) return false;
    if (v.is_int()) return v.as_int() != 0;
    Obj* o = v.as_obj();
    Type* t = o->type;
    if (!(t->flags & TF_HEAPTYPE)) {
        switch (t->kind) {
            case Kind::Str: return static_cast<Str*>(o)->size != 0;
            case Kind::List: return static_cast<List*>(o)->size != 0;
            case Kind::Tuple: return static_cast<Tuple*>(o)->size != 0;
            case Kind::Dict: return static_cast<Dict*>(o)->table.used != 0;
            case Kind::Set: return static_cast<Set*>(o)->table.used != 0;
            case Kind::Float: return static_cast<Float*>(o)->value != 0.0;
            case Kind::Int: return true;  // heap ints are never zero
            case Kind::Bytes: return static_cast<Bytes*>(o)->size != 0;
            case Kind::Range: return static_cast<Range*>(o)->length != 0;
            default: break;
        }
    }
    bool found = false;
    Value r = TRY(call_method(vm, v, vm.n___bool__, nullptr, 0, &found));
    if (found) {
        if (!r.is_bool()) return raise(vm, vm.e_TypeError, "__bool__ should return bool, returned %s", type_name(vm, r));
        return r.is_true();
    }
    r = TRY(call_method(vm, v, vm.n___len__, nullptr, 0, &found));
    if (found) {
        int64_t n = TRY(index_value(vm, r));
        if (n < 0) return raise(vm, vm.e_ValueError, "__len__() should return >= 0");
        return n != 0;
    }
    return true;
}

// The core of every binary operator: a.__op__(b), then b.__rop__(a) (first when b's type is a subclass that
// overrides it), NotImplemented meaning "try the other".
static R<Value> binary_dispatch(Interpreter& vm, BinOp op, Value a, Value b) {
    int i = static_cast<int>(op);
    Type* ta = type_of(vm, a);
    Type* tb = type_of(vm, b);
    Str* name = vm.binop_dunder[i];
    Str* rname = vm.binop_rdunder[i];
    Value fa = type_lookup(vm, ta, name);
    Value fb = ta == tb ? Value() : type_lookup(vm, tb, rname);
    if (!fb.is_null() && fb != type_lookup(vm, ta, rname) && is_subtype(tb, ta)) {
        Value r = TRY(call2(vm, fb, b, a));
        if (r != vm.not_implemented) return r;
        fb = Value();
    }
    if (!fa.is_null() && !fa.is_none()) {
        Value r = TRY(call2(vm, fa, a, b));
        if (r != vm.not_implemented) return r;
    }
    if (!fb.is_null() && !fb.is_none()) {
        Value r = TRY(call2(vm, fb, b, a));
        if (r != vm.not_implemented) return r;
    }
    return vm.not_implemented;
}

static Raised binop_type_error(Interpreter& vm, BinOp op, Value a, Value b, bool inplace) {
    Type* ta = type_of(vm, a);
    if (op == BinOp::Add && !inplace && (ta == vm.t_str || ta == vm.t_list || ta == vm.t_tuple || ta == vm.t_bytes ||
                                         ta == vm.t_bytearray)) {
        if (ta == vm.t_str)
            return raise(vm, vm.e_TypeError, "can only concatenate str (not \"%s\") to str", type_name(vm, b));
        if (ta == vm.t_bytes || ta == vm.t_bytearray)
            return raise(vm, vm.e_TypeError, "can't concat %s to %s", type_name(vm, b), ta->name->data);
        return raise(vm, vm.e_TypeError, "can only concatenate %s (not \"%s\") to %s", ta->name->data, type_name(vm, b), ta->name->data);
    }
    auto is_seq = [](Value v) {
        return is_kind(v, Kind::Str) || is_kind(v, Kind::List) || is_kind(v, Kind::Tuple) || is_kind(v, Kind::Bytes) ||
               is_kind(v, Kind::ByteArray);
    };
    if (op == BinOp::Mul && (is_seq(a) || is_seq(b))) {
        Value other = is_seq(a) ? b : a;
        if (!is_int_value(other))
            return raise(vm, vm.e_TypeError, "can't multiply sequence by non-int of type '%s'", type_name(vm, other));
    }
    if (op == BinOp::Pow && !inplace)
        return raise(vm, vm.e_TypeError, "unsupported operand type(s) for ** or pow(): '%s' and '%s'", type_name(vm, a), type_name(vm, b));
    return raise(vm, vm.e_TypeError, "unsupported operand type(s) for %s%s: '%s' and '%s'",
                 op == BinOp::Pow ? "**" : kBinopSymbols[static_cast<int>(op)], inplace ? "=" : "", type_name(vm, a), type_name(vm, b));
}

// Exact built-in numbers and str + str, without dunder lookups; NotImplemented when not applicable.
static R<Value> builtin_fast_path(Interpreter& vm, BinOp op, Value a, Value b) {
    Type* ta = type_of(vm, a);
    Type* tb = type_of(vm, b);
    if ((ta == vm.t_int_ || ta == vm.t_bool_) && (tb == vm.t_int_ || tb == vm.t_bool_)) return int_binary(vm, op, a, b);
    if (is_number(vm, a) && is_number(vm, b)) return float_binary(vm, op, a, b);
    if (op == BinOp::Add && ta == vm.t_str && tb == vm.t_str) return val(TRY(str_concat(vm, as_str(a), as_str(b))));
    return vm.not_implemented;
}

R<Value> binary_op(Interpreter& vm, BinOp op, Value a, Value b) {
    Value fast = TRY(builtin_fast_path(vm, op, a, b));
    if (fast != vm.not_implemented) return fast;
    Value r = TRY(binary_dispatch(vm, op, a, b));
    if (r != vm.not_implemented) return r;
    return binop_type_error(vm, op, a, b, false);
}

R<Value> inplace_op(Interpreter& vm, BinOp op, Value a, Value b) {
    Type* ta = type_of(vm, a);
    if (!(ta == vm.t_int_ || ta == vm.t_float_ || ta == vm.t_str || ta == vm.t_bool_ || ta == vm.t_tuple)) {
        Value f = type_lookup(vm, ta, vm.binop_idunder[static_cast<int>(op)]);
        if (!f.is_null() && !f.is_none()) {
            Value r = TRY(call2(vm, f, a, b));
            if (r != vm.not_implemented) return r;
        }
    }
    Value fast = TRY(builtin_fast_path(vm, op, a, b));
    if (fast != vm.not_implemented) return fast;
    Value r = TRY(binary_dispatch(vm, op, a, b));
    if (r != vm.not_implemented) return r;
    return binop_type_error(vm, op, a, b, true);
}

static R<Value> unary(Interpreter& vm, Value v, Str* name, const char* symbol) {
    bool found = false;
    Value r = TRY(call_method(vm, v, name, nullptr, 0, &found));
    if (!found) return raise(vm, vm.e_TypeError, "bad operand type for unary %s: '%s'", symbol, type_name(vm, v));
    return r;
}

R<Value> unary_neg(Interpreter& vm, Value v) {
    if (v.is_int() && v.as_int() != Value::kSmallMin) return Value::small_int(-v.as_int());
    if (is_kind(v, Kind::Float) && type_of(vm, v) == vm.t_float_) return new_float(vm, -float_value(v));
    return unary(vm, v, vm.n___neg__, "-");
}
R<Value> unary_pos(Interpreter& vm, Value v) {
    if (v.is_int()) return v;
    return unary(vm, v, vm.n___pos__, "+");
}
R<Value> unary_invert(Interpreter& vm, Value v) {
    if (v.is_int()) return Value::small_int(~v.as_int());
    return unary(vm, v, vm.n___invert__, "~");
}

static Str* cmp_name(Interpreter& vm, CmpOp op) {
    switch (op) {
        case CmpOp::Eq: return vm.n___eq__;
        case CmpOp::Ne: return vm.n___ne__;
        case CmpOp::Lt: return vm.n___lt__;
        case CmpOp::Le: return vm.n___le__;
        case CmpOp::Gt: return vm.n___gt__;
        case CmpOp::Ge: return vm.n___ge__;
    }
    return vm.n___eq__;
}
static CmpOp swapped(CmpOp op) {
    switch (op) {
        case CmpOp::Lt: return CmpOp::Gt;
        case CmpOp::Le: return CmpOp::Ge;
        case CmpOp::Gt: return CmpOp::Lt;
        case CmpOp::Ge: return CmpOp::Le;
        default: return op;
    }
}
static const char* cmp_symbol(CmpOp op) {
    static const char* const s[] = {"==", "!=", "<", "<=", ">", ">="};
    return s[static_cast<int>(op)];
}

R<Value> compare(Interpreter& vm, CmpOp op, Value a, Value b) {
    Type* ta = type_of(vm, a);
    Type* tb = type_of(vm, b);
    if (ta == vm.t_str && tb == vm.t_str) {
        Str* x = as_str(a);
        Str* y = as_str(b);
        if (op == CmpOp::Eq) return Value::boolean(str_equal(x, y));
        if (op == CmpOp::Ne) return Value::boolean(!str_equal(x, y));
        size_t n = x->size < y->size ? x->size : y->size;
        int c = std::memcmp(x->data, y->data, n);
        if (c == 0) c = x->size < y->size ? -1 : x->size > y->size ? 1 : 0;
        switch (op) {
            case CmpOp::Lt: return Value::boolean(c < 0);
            case CmpOp::Le: return Value::boolean(c <= 0);
            case CmpOp::Gt: return Value::boolean(c > 0);
            default: return Value::boolean(c >= 0);
        }
    }
    // Reflected first when b's type is a proper subclass overriding the reflected comparison.
    Str* name = cmp_name(vm, op);
    Str* rname = cmp_name(vm, swapped(op));
    bool checked_reflected = false;
    if (ta != tb && is_subtype(tb, ta)) {
        Value fb = type_lookup(vm, tb, rname);
        if (!fb.is_null() && !fb.is_none() && fb != type_lookup(vm, ta, rname)) {
            checked_reflected = true;
            Value r = TRY(call2(vm, fb, b, a));
            if (r != vm.not_implemented) return r;
        }
    }
    Value fa = type_lookup(vm, ta, name);
    if (!fa.is_null() && !fa.is_none()) {
        Value r = TRY(call2(vm, fa, a, b));
        if (r != vm.not_implemented) return r;
    }
    if (!checked_reflected) {
        Value fb = type_lookup(vm, tb, rname);
        if (!fb.is_null() && !fb.is_none()) {
            Value r = TRY(call2(vm, fb, b, a));
            if (r != vm.not_implemented) return r;
        }
    }
    if (op == CmpOp::Eq) return Value::boolean(a == b);
    if (op == CmpOp::Ne) return Value::boolean(a != b);
    return raise(vm, vm.e_TypeError, "'%s' not supported between instances of '%s' and '%s'", cmp_symbol(op),
                 type_name(vm, a), type_name(vm, b));
}

R<bool> equal(Interpreter& vm, Value a, Value b) {
    if (a == b) return true;
    if (a.is_int() && b.is_int()) return false;
    Type* ta = type_of(vm, a);
    if (ta == vm.t_str && type_of(vm, b) == vm.t_str) return str_equal(as_str(a), as_str(b));
    Value r = TRY(compare(vm, CmpOp::Eq, a, b));
    if (r.is_bool()) return r.is_true();
    return truthy(vm, r);
}

R<bool> less_than(Interpreter& vm, Value a, Value b) {
    if (a.is_int() && b.is_int()) return a.as_int() < b.as_int();
    Value r = TRY(compare(vm, CmpOp::Lt, a, b));
    if (r.is_bool()) return r.is_true();
    return truthy(vm, r);
}

R<bool> contains(Interpreter& vm, Value container, Value item) {
    bool found = false;
    Value r = TRY(call_method(vm, container, vm.n___contains__, &item, 1, &found));
    if (found) return truthy(vm, r);
    Value it = TRY(get_iter_or_error(vm, container, true));
    while (true) {
        Value v = TRY(iter_next(vm, it));
        if (v.is_null()) return false;
        if (v == item) return true;
        bool eq = TRY(equal(vm, v, item));
        if (eq) return true;
    }
}

R<int64_t> hash_value(Interpreter& vm, Value v) {
    if (v.is_int()) return int_hash(v);
    if (v.is_bool()) return v.is_true() ? 1 : 0;
    if (v.is_none()) return static_cast<int64_t>(0xFCA86420) >> 4;
    Obj* o = v.as_obj();
    if (o->type == vm.t_str) return str_hash(static_cast<Str*>(o));
    Value h = type_lookup(vm, o->type, vm.n___hash__);
    if (h.is_null() || h.is_none()) return raise(vm, vm.e_TypeError, "unhashable type: '%s'", type_name(vm, val(o)));
    Value r = TRY(call1(vm, h, v));
    if (r.is_int()) {
        int64_t x = r.as_int();
        return x == -1 ? -2 : x;
    }
    if (!is_int_value(r)) return raise(vm, vm.e_TypeError, "__hash__ method should return an integer");
    // A result that fits a machine word is the hash itself (as in CPython); a larger one is hashed like an int.
    int64_t exact = 0;
    if (int_fits_i64(r, &exact)) return exact == -1 ? -2 : exact;
    return int_hash(r);
}

R<Value> getitem(Interpreter& vm, Value obj, Value key) {
    Type* t = type_of(vm, obj);
    if (t == vm.t_list && key.is_int()) {
        List* l = as_list(obj);
        int64_t i = key.as_int();
        if (i < 0) i += l->size;
        if (i >= 0 && i < static_cast<int64_t>(l->size)) return l->items[i];
        return raise(vm, vm.e_IndexError, "list index out of range");
    }
    if (t == vm.t_dict) {
        Value v = TRY(dict_get(vm, as_dict(obj), key));
        if (!v.is_null()) return v;
        return raise_with_arg(vm, vm.e_KeyError, key);
    }
    if (t == vm.t_str) return str_getitem(vm, as_str(obj), key);
    bool found = false;
    Value r = TRY(call_method(vm, obj, vm.n___getitem__, &key, 1, &found));
    if (found) return r;
    if (is_type(obj)) {
        if (obj == val(vm.t_type)) return new_generic_alias(vm, obj, key);  // type[int], as CPython special-cases it
        Value cgi = TRY(getattr_opt(vm, obj, vm.n___class_getitem__));
        if (!cgi.is_null()) return call1(vm, cgi, key);
        return raise(vm, vm.e_TypeError, "type '%s' is not subscriptable", static_cast<Type*>(obj.as_obj())->name->data);
    }
    return raise(vm, vm.e_TypeError, "'%s' object is not subscriptable", t->name->data);
}

Status setitem(Interpreter& vm, Value obj, Value key, Value value) {
    if (type_of(vm, obj) == vm.t_dict) return dict_set(vm, as_dict(obj), key, value);
    bool found = false;
    Value args[2] = {key, value};
    TRY(call_method(vm, obj, vm.n___setitem__, args, 2, &found));
    if (!found) return raise(vm, vm.e_TypeError, "'%s' object does not support item assignment", type_name(vm, obj));
    return Status::ok();
}

Status delitem(Interpreter& vm, Value obj, Value key) {
    bool found = false;
    TRY(call_method(vm, obj, vm.n___delitem__, &key, 1, &found));
    if (!found) return raise(vm, vm.e_TypeError, "'%s' object doesn't support item deletion", type_name(vm, obj));
    return Status::ok();
}

R<int64_t> length(Interpreter& vm, Value v) {
    if (v.is_obj()) {
        Obj* o = v.as_obj();
        if (!(o->type->flags & TF_HEAPTYPE)) {
            switch (o->type->kind) {
                case Kind::Str: return static_cast<Str*>(o)->length;
                case Kind::List: return static_cast<List*>(o)->size;
                case Kind::Tuple: return static_cast<Tuple*>(o)->size;
                case Kind::Dict: return static_cast<Dict*>(o)->table.used;
                case Kind::Set: return static_cast<Set*>(o)->table.used;
                case Kind::Bytes: return static_cast<Bytes*>(o)->size;
                default: break;
            }
        }
    }
    bool found = false;
    Value r = TRY(call_method(vm, v, vm.n___len__, nullptr, 0, &found));
    if (!found) return raise(vm, vm.e_TypeError, "object of type '%s' has no len()", type_name(vm, v));
    if (!is_int_value(r)) return raise(vm, vm.e_TypeError, "'%s' object cannot be interpreted as an integer", type_name(vm, r));
    int64_t n = 0;
    if (!int_fits_i64(r, &n)) return raise(vm, vm.e_OverflowError, "cannot fit 'int' into an index-sized integer");
    if (n < 0) return raise(vm, vm.e_ValueError, "__len__() should return >= 0");
    return n;
}

R<Value> get_iter_or_error(Interpreter& vm, Value v, bool for_contains) {
    if (v.is_obj()) {
        Obj* o = v.as_obj();
        Type* t = o->type;
        // A subclass uses the built-in iterator unless some class along its MRO overrides __iter__.
        Type* builtin = t;
        while (builtin->flags & TF_HEAPTYPE) builtin = builtin->base;
        if (!(t->flags & TF_HEAPTYPE) || type_lookup(vm, t, vm.n___iter__) == type_lookup(vm, builtin, vm.n___iter__)) {
            switch (t->kind) {
                case Kind::List: return val(TRY(new_iter(vm, vm.t_list_iterator, v)));
                case Kind::Tuple: return val(TRY(new_iter(vm, vm.t_tuple_iterator, v)));
                case Kind::Str: return val(TRY(new_iter(vm, vm.t_str_iterator, v)));
                case Kind::Bytes: return val(TRY(new_iter(vm, vm.t_bytes_iterator, v)));
                case Kind::Range: {
                    auto* r = static_cast<Range*>(o);
                    Iter* it = TRY(new_iter(vm, vm.t_range_iterator, Value()));
                    it->i = r->start;
                    it->j = r->length;
                    it->k = r->step;
                    return val(it);
                }
                case Kind::Dict: {
                    Iter* it = TRY(new_iter(vm, vm.t_dict_keyiterator, v));
                    it->b = Value::small_int(static_cast<Dict*>(o)->version);
                    it->j = static_cast<Dict*>(o)->table.used;
                    return val(it);
                }
                case Kind::Set: {
                    Iter* it = TRY(new_iter(vm, vm.t_set_iterator, v));
                    it->j = static_cast<Set*>(o)->table.used;
                    return val(it);
                }
                case Kind::Iter:
                case Kind::Generator:
                    if (!(t->flags & TF_HEAPTYPE)) return v;
                    break;
                default:
                    break;
            }
        }
    }
    bool found = false;
    Value r = TRY(call_method(vm, v, vm.n___iter__, nullptr, 0, &found));
    if (found) {
        Type* rt = type_of(vm, r);
        if (rt->kind != Kind::Iter && rt->kind != Kind::Generator && type_lookup(vm, rt, vm.n___next__).is_null())
            return raise(vm, vm.e_TypeError, "iter() returned non-iterator of type '%s'", rt->name->data);
        return r;
    }
    if (!type_lookup(vm, type_of(vm, v), vm.n___getitem__).is_null() && !is_kind(v, Kind::Dict)) {
        return val(TRY(new_iter(vm, vm.t_seq_iterator, v)));
    }
    if (for_contains)
        return raise(vm, vm.e_TypeError, "argument of type '%s' is not iterable", type_name(vm, v));
    return raise(vm, vm.e_TypeError, "'%s' object is not iterable", type_name(vm, v));
}

R<Value> get_iter(Interpreter& vm, Value v) { return get_iter_or_error(vm, v, false); }

R<Value> iter_next(Interpreter& vm, Value it) {
    if (it.is_obj()) {
        Obj* o = it.as_obj();
        if (o->type->kind == Kind::Iter && !(o->type->flags & (TF_HEAPTYPE | TF_OWN_NEXT))) return builtin_iter_next(vm, static_cast<Iter*>(o));
        if (o->type->kind == Kind::Generator && o->type == vm.t_generator) {
            Value ret;
            Value r = TRY(generator_resume(vm, static_cast<Generator*>(o), Value::none(), false, &ret));
            return r;
        }
    }
    bool found = false;
    R<Value> r = call_method(vm, it, vm.n___next__, nullptr, 0, &found);
    if (r.failed()) {
        if (exception_matches(vm, vm.exc, vm.e_StopIteration)) {
            take_exception(vm);
            return Value();
        }
        return Raised{};
    }
    if (!found) return raise(vm, vm.e_TypeError, "'%s' object is not an iterator", type_name(vm, it));
    return r.take();
}

R<int64_t> index_value(Interpreter& vm, Value v, const char* what) {
    if (v.is_int()) return static_cast<int64_t>(v.as_int());
    if (v.is_bool()) return v.is_true() ? 1 : 0;
    Value iv = v;
    if (!is_int_value(v)) {
        bool found = false;
        iv = TRY(call_method(vm, v, vm.n___index__, nullptr, 0, &found));
        if (!found) {
            if (what) return raise(vm, vm.e_TypeError, "%s", what);
            return raise(vm, vm.e_TypeError, "'%s' object cannot be interpreted as an integer", type_name(vm, v));
        }
        if (!is_int_value(iv)) return raise(vm, vm.e_TypeError, "__index__ returned non-int (type %s)", type_name(vm, iv));
    }
    int64_t out = 0;
    if (!int_fits_i64(iv, &out)) return raise(vm, vm.e_OverflowError, "Python int too large to convert to C ssize_t");
    return out;
}

R<Str*> repr(Interpreter& vm, Value v) {
    if (v.is_none()) return TRY(intern(vm, "None"));
    if (v.is_bool()) return TRY(intern(vm, v.is_true() ? "True" : "False"));
    if (v.is_int()) return int_to_str(vm, v);
    Type* t = type_of(vm, v);
    if (t == vm.t_str) return str_repr(vm, as_str(v));
    bool found = false;
    Value rv = TRY(call_method(vm, v, vm.n___repr__, nullptr, 0, &found));
    if (!is_kind(rv, Kind::Str)) return raise(vm, vm.e_TypeError, "__repr__ returned non-string (type %s)", type_name(vm, rv));
    return as_str(rv);
}

R<Str*> to_str(Interpreter& vm, Value v) {
    Type* t = type_of(vm, v);
    if (t == vm.t_str) return as_str(v);
    if (v.is_int()) return int_to_str(vm, v);
    bool found = false;
    Value rv = TRY(call_method(vm, v, vm.n___str__, nullptr, 0, &found));
    if (!is_kind(rv, Kind::Str)) return raise(vm, vm.e_TypeError, "__str__ returned non-string (type %s)", type_name(vm, rv));
    return as_str(rv);
}

R<Value> format_value(Interpreter& vm, Value v, Str* spec) {
    if (spec->size == 0) {
        Type* t = type_of(vm, v);
        if (t == vm.t_str || t == vm.t_int_) return val(TRY(to_str(vm, v)));
    }
    Value sv = val(spec);
    bool found = false;
    Value r = TRY(call_method(vm, v, vm.n___format__, &sv, 1, &found));
    if (!found) return raise(vm, vm.e_TypeError, "Type %s doesn't define __format__", type_name(vm, v));
    if (!is_kind(r, Kind::Str)) return raise(vm, vm.e_TypeError, "__format__ must return a str, not %s", type_name(vm, r));
    return r;
}

R<List*> list_from_iterable(Interpreter& vm, Value iterable) {
    Type* t = type_of(vm, iterable);
    if (t == vm.t_list) return list_from_span(vm, as_list(iterable)->items, as_list(iterable)->size);
    if (t == vm.t_tuple) return list_from_span(vm, as_tuple(iterable)->items, as_tuple(iterable)->size);
    List* out = TRY(new_list(vm));
    Value it = TRY(get_iter(vm, iterable));
    while (true) {
        Value v = TRY(iter_next(vm, it));
        if (v.is_null()) break;
        TRY(list_append(vm, out, v));
    }
    return out;
}

}  // namespace pyco
