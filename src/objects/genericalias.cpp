// types.GenericAlias (`list[int]`) and types.UnionType (`int | None`): what annotations are made of.
// Both use the Iter layout: a = origin (GenericAlias) or unused, b = the tuple of arguments.
#include <string>

#include "objects/objects.h"
#include "vm/vm.h"

namespace pyco {

namespace {

Tuple* args_of(Value v) { return as_tuple(static_cast<Iter*>(v.as_obj())->b); }
Value origin_of(Value v) { return static_cast<Iter*>(v.as_obj())->a; }

bool is_alias(Interpreter& vm, Value v) { return v.is_obj() && v.as_obj()->type == vm.t_generic_alias; }
bool is_union(Interpreter& vm, Value v) { return v.is_obj() && v.as_obj()->type == vm.t_union_type; }

// One argument as CPython writes it inside `origin[...]`: `...`, aliases by their repr, anything with
// __origin__/__args__ (typing's objects) by repr, classes and functions as [module.]qualname, else repr.
R<std::string> repr_item(Interpreter& vm, Value v) {
    if (v == vm.ellipsis) return std::string("...");
    if (!is_alias(vm, v)) {
        Value origin = TRY(getattr_opt(vm, v, TRY(intern(vm, "__origin__"))));
        Value args = origin.is_null() ? Value() : TRY(getattr_opt(vm, v, TRY(intern(vm, "__args__"))));
        if (args.is_null()) {
            Value qualname = TRY(getattr_opt(vm, v, vm.n___qualname__));
            Value module = qualname.is_null() ? Value() : TRY(getattr_opt(vm, v, vm.n___module__));
            if (is_kind(qualname, Kind::Str) && is_kind(module, Kind::Str)) {
                if (as_str(module)->view() == "builtins") return std::string(as_str(qualname)->view());
                return std::string(as_str(module)->view()) + "." + std::string(as_str(qualname)->view());
            }
            if (!qualname.is_null() && !module.is_null() && is_kind(qualname, Kind::Str) && module.is_none())
                return std::string(as_str(qualname)->view());
        }
    }
    Str* r = TRY(repr(vm, v));
    return std::string(r->view());
}

R<Value> alias_self(Interpreter& vm, Args args, const char* method) { return self_of(vm, args, vm.t_generic_alias, method); }
R<Value> union_self(Interpreter& vm, Args args, const char* method) { return self_of(vm, args, vm.t_union_type, method); }

R<Value> alias_new(Interpreter& vm, Args args) {
    TRY(check_nargs(vm, args, "GenericAlias", 3, 3));
    return new_generic_alias(vm, args.v[1], args.v[2]);
}

R<Value> alias_repr(Interpreter& vm, Args args) {
    Value self = TRY(alias_self(vm, args, "__repr__"));
    TRY(enter_recursion(vm, " while getting the repr of an object"));
    R<std::string> head = repr_item(vm, origin_of(self));
    if (head.failed()) {
        leave_recursion(vm);
        return Raised{};
    }
    std::string s = head.take() + "[";
    Tuple* a = args_of(self);
    if (a->size == 0) s += "()";
    for (uint32_t i = 0; i < a->size; i++) {
        if (i) s += ", ";
        R<std::string> item = repr_item(vm, a->items[i]);
        if (item.failed()) {
            leave_recursion(vm);
            return Raised{};
        }
        s += item.take();
    }
    leave_recursion(vm);
    s += "]";
    return val(TRY(new_str(vm, s)));
}

// Calling list[int](...) calls list(...) and records the alias on the result when it can hold attributes.
R<Value> alias_call(Interpreter& vm, Args args) {
    Value self = TRY(alias_self(vm, args, "__call__"));
    Value r = TRY(call(vm, origin_of(self), Args{args.v + 1, args.n - 1, args.kwnames}));
    R<Str*> name = intern(vm, "__orig_class__");
    if (name.failed()) return Raised{};
    if (setattr(vm, r, name.take(), self).failed()) {
        if (!exception_matches(vm, vm.exc, vm.e_AttributeError) && !exception_matches(vm, vm.exc, vm.e_TypeError)) return Raised{};
        take_exception(vm);
    }
    return r;
}

R<Value> alias_eq(Interpreter& vm, Args args) {
    Value self = TRY(alias_self(vm, args, "__eq__"));
    TRY(check_nargs(vm, args, "__eq__", 2, 2));
    Value other = args.v[1];
    if (!is_alias(vm, other)) return vm.not_implemented;
    if (!TRY(equal(vm, origin_of(self), origin_of(other)))) return Value::boolean(false);
    return Value::boolean(TRY(equal(vm, val(args_of(self)), val(args_of(other)))));
}

R<Value> alias_hash(Interpreter& vm, Args args) {
    Value self = TRY(alias_self(vm, args, "__hash__"));
    int64_t h = TRY(hash_value(vm, origin_of(self))) ^ TRY(hash_value(vm, val(args_of(self))));
    if (h == -1) h = -2;
    return make_int(vm, h);
}

R<Value> alias_mro_entries(Interpreter& vm, Args args) {
    Value self = TRY(alias_self(vm, args, "__mro_entries__"));
    TRY(check_nargs(vm, args, "__mro_entries__", 2, 2));
    Tuple* t = TRY(new_tuple(vm, 1));
    t->items[0] = origin_of(self);
    return val(t);
}

R<Value> alias_origin(Interpreter& vm, Args args) { return origin_of(TRY(alias_self(vm, args, "__origin__"))); }
R<Value> alias_args(Interpreter& vm, Args args) { return val(args_of(TRY(alias_self(vm, args, "__args__")))); }

// The type variables among the arguments: objects of a class named TypeVar/ParamSpec/TypeVarTuple (typing's).
R<Value> parameters_of(Interpreter& vm, Tuple* a) {
    List* params = TRY(new_list(vm, 0));
    for (uint32_t i = 0; i < a->size; i++) {
        Value v = a->items[i];
        std::string_view tn = type_of(vm, v)->name->view();
        if (tn == "TypeVar" || tn == "ParamSpec" || tn == "TypeVarTuple") {
            if (!TRY(contains(vm, val(params), v))) TRY(list_append(vm, params, v));
        } else if (is_alias(vm, v) || is_union(vm, v)) {
            Tuple* inner = as_tuple(TRY(parameters_of(vm, args_of(v))));
            for (uint32_t j = 0; j < inner->size; j++)
                if (!TRY(contains(vm, val(params), inner->items[j]))) TRY(list_append(vm, params, inner->items[j]));
        }
    }
    return val(TRY(tuple_from_span(vm, params->items, params->size)));
}

R<Value> alias_parameters(Interpreter& vm, Args args) {
    return parameters_of(vm, args_of(TRY(alias_self(vm, args, "__parameters__"))));
}

// ---- unions -----------------------------------------------------------------------------------------------------

bool unionable(Interpreter& vm, Value v) { return v.is_none() || is_type(v) || is_alias(vm, v) || is_union(vm, v); }

// Appends v's members (a union contributes its arguments; None becomes NoneType), skipping duplicates.
R<Value> add_members(Interpreter& vm, List* out, Value v) {
    if (is_union(vm, v)) {
        Tuple* a = args_of(v);
        for (uint32_t i = 0; i < a->size; i++) TRY(add_members(vm, out, a->items[i]));
        return Value::none();
    }
    if (v.is_none()) v = val(vm.t_none);
    for (uint32_t i = 0; i < out->size; i++) {
        Value o = out->items[i];
        if (o == v) return Value::none();
        if (is_alias(vm, o) && is_alias(vm, v) && TRY(equal(vm, o, v))) return Value::none();
    }
    TRY(list_append(vm, out, v));
    return Value::none();
}

R<Value> make_union(Interpreter& vm, Value a, Value b) {
    if (!unionable(vm, a) || !unionable(vm, b)) return vm.not_implemented;
    List* members = TRY(new_list(vm, 0));
    TRY(add_members(vm, members, a));
    TRY(add_members(vm, members, b));
    if (members->size == 1) return members->items[0];
    Iter* u = TRY(alloc<Iter>(vm, vm.t_union_type));
    u->b = val(TRY(tuple_from_span(vm, members->items, members->size)));
    return val(u);
}

R<Value> or_m(Interpreter& vm, Args args) {
    TRY(check_nargs(vm, args, "__or__", 2, 2));
    return make_union(vm, args.v[0], args.v[1]);
}

R<Value> ror_m(Interpreter& vm, Args args) {
    TRY(check_nargs(vm, args, "__ror__", 2, 2));
    return make_union(vm, args.v[1], args.v[0]);
}

R<Value> union_repr(Interpreter& vm, Args args) {
    Value self = TRY(union_self(vm, args, "__repr__"));
    Tuple* a = args_of(self);
    std::string s;
    for (uint32_t i = 0; i < a->size; i++) {
        if (i) s += " | ";
        if (a->items[i] == val(vm.t_none)) s += "None";
        else s += TRY(repr_item(vm, a->items[i]));
    }
    return val(TRY(new_str(vm, s)));
}

R<Value> union_args(Interpreter& vm, Args args) { return val(args_of(TRY(union_self(vm, args, "__args__")))); }
R<Value> union_parameters(Interpreter& vm, Args args) {
    return parameters_of(vm, args_of(TRY(union_self(vm, args, "__parameters__"))));
}

// Unions compare equal regardless of order.
R<Value> union_eq(Interpreter& vm, Args args) {
    Value self = TRY(union_self(vm, args, "__eq__"));
    TRY(check_nargs(vm, args, "__eq__", 2, 2));
    if (!is_union(vm, args.v[1])) return vm.not_implemented;
    Tuple* a = args_of(self);
    Tuple* b = args_of(args.v[1]);
    for (int pass = 0; pass < 2; pass++) {
        Tuple* x = pass ? b : a;
        Tuple* y = pass ? a : b;
        for (uint32_t i = 0; i < x->size; i++) {
            bool found = false;
            for (uint32_t j = 0; j < y->size && !found; j++) found = TRY(equal(vm, x->items[i], y->items[j]));
            if (!found) return Value::boolean(false);
        }
    }
    return Value::boolean(true);
}

R<Value> union_hash(Interpreter& vm, Args args) {
    Value self = TRY(union_self(vm, args, "__hash__"));
    Tuple* a = args_of(self);
    int64_t h = 0x2f0f;
    for (uint32_t i = 0; i < a->size; i++) h ^= TRY(hash_value(vm, a->items[i]));
    if (h == -1) h = -2;
    return make_int(vm, h);
}

R<Value> class_getitem(Interpreter& vm, Args args) {
    TRY(check_nargs(vm, args, "__class_getitem__", 2, 2));
    return new_generic_alias(vm, args.v[0], args.v[1]);
}

}  // namespace

R<Value> new_generic_alias(Interpreter& vm, Value origin, Value args) {
    if (!is_kind(args, Kind::Tuple)) {
        Tuple* t = TRY(new_tuple(vm, 1));
        t->items[0] = args;
        args = val(t);
    }
    Iter* ga = TRY(alloc<Iter>(vm, vm.t_generic_alias));
    ga->a = origin;
    ga->b = args;
    return val(ga);
}

// isinstance()/issubclass() support: members of a union, or an error for a parameterized generic.
R<Tuple*> union_members_for_check(Interpreter& vm, Value cls, const char* fn) {
    if (is_alias(vm, cls)) return raise(vm, vm.e_TypeError, "%s() argument 2 cannot be a parameterized generic", fn);
    if (is_union(vm, cls)) return args_of(cls);
    return static_cast<Tuple*>(nullptr);
}

// Attribute access on list[int] goes to list, except for the alias's own attributes.
bool generic_alias_forwards(Interpreter& vm, Value obj, Str* name) {
    if (!is_alias(vm, obj)) return false;
    static constexpr const char* kOwn[] = {"__class__", "__origin__", "__args__", "__unpacked__", "__parameters__",
                                           "__typing_unpacked_tuple_args__", "__mro_entries__", "__reduce_ex__",
                                           "__reduce__", "__copy__", "__deepcopy__"};
    for (const char* own : kOwn)
        if (name->view() == own) return false;
    return true;
}

Value generic_alias_origin(Value alias) { return origin_of(alias); }

void init_generic_alias_types(Interpreter& vm) {
    R<Str*> types = intern(vm, "types");
    if (types.failed()) return;
    vm.t_generic_alias->module_name = types.take();
    vm.t_union_type->module_name = vm.t_generic_alias->module_name;
    add_staticmethods(vm, vm.t_generic_alias, {{"__new__", alias_new}});
    add_methods(vm, vm.t_generic_alias, {{"__repr__", alias_repr},
                                         {"__call__", alias_call},
                                         {"__eq__", alias_eq},
                                         {"__hash__", alias_hash},
                                         {"__mro_entries__", alias_mro_entries},
                                         {"__or__", or_m},
                                         {"__ror__", ror_m}});
    add_properties(vm, vm.t_generic_alias, {{"__origin__", alias_origin}, {"__args__", alias_args}, {"__parameters__", alias_parameters}});
    add_methods(vm, vm.t_union_type, {{"__repr__", union_repr}, {"__eq__", union_eq}, {"__hash__", union_hash}, {"__or__", or_m}, {"__ror__", ror_m}});
    add_properties(vm, vm.t_union_type, {{"__args__", union_args}, {"__parameters__", union_parameters}});
    add_methods(vm, vm.t_type, {{"__or__", or_m}, {"__ror__", ror_m}});
    for (Type* t : {vm.t_list, vm.t_tuple, vm.t_dict, vm.t_set, vm.t_frozenset, vm.t_enumerate})
        add_classmethods(vm, t, {{"__class_getitem__", class_getitem}});
}

}  // namespace pyco
