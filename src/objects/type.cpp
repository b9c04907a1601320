// `type` and `object`: class creation (with C3 method resolution order), lookup along the MRO, and the
// methods every object inherits.
#include <algorithm>
#include <cstddef>
#include <cctype>
#include <cstdio>
#include <string>
#include <vector>

#include "modules/modules.h"
#include "objects/objects.h"
#include "vm/vm.h"

namespace pyco {

bool is_subtype(Type* t, Type* base) {
    if (t == base) return true;
    if (t->mro) {
        for (uint32_t i = 0; i < t->mro->size; i++)
            if (t->mro->items[i].as_obj() == base) return true;
        return false;
    }
    for (Type* p = t->base; p; p = p->base)
        if (p == base) return true;
    return false;
}

const char* type_name(Interpreter& vm, Value v) {
    Type* t = type_of(vm, v);
    // A module's native class (new_native_type) is named with its module in messages, as CPython's tp_name
    // ('array.array', '_io.StringIO'); the interned text lives as long as the interpreter.
    if (!(t->flags & TF_HEAPTYPE) && t->module_name && t->module_name->view() != "builtins") {
        std::string full = std::string(t->module_name->view()) + "." + std::string(t->name->view());
        R<Str*> s = intern(vm, full);
        if (!s.failed()) return s.take()->data;
        (void)take_exception(vm);
    }
    return t->name->data;
}

Value type_lookup(Type* t, Str* name) {
    if (!t->mro) {
        for (Type* p = t; p; p = p->base) {
            if (!p->dict) continue;
            Value v = dict_get_str(p->dict, name);
            if (!v.is_null()) return v;
        }
        return Value();
    }
    Tuple* mro = t->mro;
    for (uint32_t i = 0; i < mro->size; i++) {
        Type* p = static_cast<Type*>(mro->items[i].as_obj());
        if (!p->dict) continue;
        Value v = dict_get_str(p->dict, name);
        if (!v.is_null()) return v;
    }
    return Value();
}

Value type_lookup(Interpreter& vm, Type* t, Str* name) {
    if (!vm.type_cache) return type_lookup(t, name);
    uintptr_t h = (reinterpret_cast<uintptr_t>(t) >> 4) ^ (reinterpret_cast<uintptr_t>(name) >> 3);
    Interpreter::TypeCacheEntry& e = vm.type_cache[(h ^ (h >> 11)) & (Interpreter::kTypeCacheSize - 1)];
    if (e.type == t && e.name == name && e.epoch == vm.type_epoch) return e.value;
    Value v = type_lookup(t, name);
    if (name->interned) e = Interpreter::TypeCacheEntry{t, name, vm.type_epoch, v};
    return v;
}

Dict** instance_dict_slot(Value v) {
    if (!v.is_obj()) return nullptr;
    Obj* o = v.as_obj();
    if (o->type->kind == Kind::Module) return &static_cast<Module*>(o)->dict;
    if (o->type->kind == Kind::Type) return &static_cast<Type*>(o)->dict;
    uint32_t off = o->type->dict_offset;
    if (!off) return nullptr;
    if (off == kDictAtEnd) return dict_at_end(o);
    return reinterpret_cast<Dict**>(reinterpret_cast<char*>(o) + off);
}

size_t dict_at_end_offset(Obj* o) {
    size_t n = 0;
    switch (o->type->kind) {
        case Kind::Str: n = sizeof(Str) + static_cast<Str*>(o)->size + 1; break;
        case Kind::Bytes: n = sizeof(Bytes) + static_cast<Bytes*>(o)->size + 1; break;
        case Kind::Int: n = sizeof(Int) + static_cast<Int*>(o)->ndigits * 4u; break;
        case Kind::Tuple: n = sizeof(Tuple) + static_cast<Tuple*>(o)->size * sizeof(Value); break;
        case Kind::Float: n = sizeof(Float); break;
        case Kind::Complex: n = sizeof(Complex); break;
        default: n = o->type->instance_size; break;
    }
    if (n < o->type->instance_size) n = o->type->instance_size;
    return (n + 7) & ~size_t{7};
}

Dict** dict_at_end(Obj* o) { return reinterpret_cast<Dict**>(reinterpret_cast<char*>(o) + dict_at_end_offset(o)); }

uint32_t subclass_dict_offset(Kind k) {
    switch (k) {
        case Kind::Str: case Kind::Bytes: case Kind::Int: case Kind::Tuple: case Kind::Float: case Kind::Complex:
            return kDictAtEnd;
        default:
            return layout_dict_offset(k);
    }
}

// C3 linearisation of the bases' MROs.
static R<Tuple*> compute_mro(Interpreter& vm, Type* t, Tuple* bases) {
    std::vector<std::vector<Type*>> seqs;
    for (uint32_t i = 0; i < bases->size; i++) {
        Type* b = static_cast<Type*>(bases->items[i].as_obj());
        std::vector<Type*> s;
        for (uint32_t j = 0; j < b->mro->size; j++) s.push_back(static_cast<Type*>(b->mro->items[j].as_obj()));
        seqs.push_back(s);
    }
    std::vector<Type*> b;
    for (uint32_t i = 0; i < bases->size; i++) b.push_back(static_cast<Type*>(bases->items[i].as_obj()));
    seqs.push_back(b);
    std::vector<Type*> out{t};
    while (true) {
        bool any = false;
        for (auto& s : seqs)
            if (!s.empty()) any = true;
        if (!any) break;
        Type* cand = nullptr;
        for (auto& s : seqs) {
            if (s.empty()) continue;
            Type* c = s[0];
            bool in_tail = false;
            for (auto& s2 : seqs)
                for (size_t k = 1; k < s2.size(); k++)
                    if (s2[k] == c) in_tail = true;
            if (!in_tail) {
                cand = c;
                break;
            }
        }
        if (!cand) {
            std::string names;
            for (uint32_t i = 0; i < bases->size; i++) {
                if (i) names += ", ";
                names += static_cast<Type*>(bases->items[i].as_obj())->name->data;
            }
            return raise(vm, vm.e_TypeError, "Cannot create a consistent method resolution order (MRO) for bases %s",
                         names.c_str());
        }
        out.push_back(cand);
        for (auto& s : seqs)
            if (!s.empty() && s[0] == cand) s.erase(s.begin());
    }
    Tuple* mro = TRY(new_tuple(vm, static_cast<uint32_t>(out.size())));
    for (size_t i = 0; i < out.size(); i++) mro->items[i] = val(out[i]);
    return mro;
}

// The base whose layout instances inherit: the most derived among bases with a non-Object layout.
static R<Type*> solid_base(Interpreter& vm, Tuple* bases) {
    Type* best = static_cast<Type*>(bases->items[0].as_obj());
    auto layout_of = [](Type* t) {
        while (t->base && t->kind == t->base->kind && t->instance_size == t->base->instance_size) t = t->base;
        return t;
    };
    for (uint32_t i = 0; i < bases->size; i++) {
        Type* b = static_cast<Type*>(bases->items[i].as_obj());
        Type* lb = layout_of(b), *lbest = layout_of(best);
        if (is_subtype(lbest, lb)) continue;
        if (is_subtype(lb, lbest)) {
            best = b;
            continue;
        }
        return raise(vm, vm.e_TypeError, "multiple bases have instance lay-out conflict");
    }
    return best;
}

// __slots__: a member descriptor per name, values stored after the base's layout, and no instance __dict__
// unless "__dict__" is listed or a base has one.
static Status make_slots(Interpreter& vm, Type* t, Type* base, Value slots) {
    List* items = TRY(new_list(vm));
    if (is_kind(slots, Kind::Str)) TRY(list_append(vm, items, slots));
    else items = TRY(list_from_iterable(vm, slots));
    List* names = TRY(new_list(vm));
    bool want_dict = false;
    for (uint32_t i = 0; i < items->size; i++) {
        Value item = items->items[i];
        if (!is_kind(item, Kind::Str)) return raise(vm, vm.e_TypeError, "__slots__ items must be strings, not '%s'", type_name(vm, item));
        std::string_view nm = as_str(item)->view();
        bool ident = !nm.empty() && !(nm[0] >= '0' && nm[0] <= '9');
        for (char c : nm)
            if (!(std::isalnum(static_cast<unsigned char>(c)) || c == '_' || static_cast<unsigned char>(c) >= 0x80)) ident = false;
        if (!ident) return raise(vm, vm.e_TypeError, "__slots__ must be identifiers");
        if (nm == "__dict__") {
            if (want_dict || base->dict_offset) return raise(vm, vm.e_TypeError, "__dict__ slot disallowed: we already got one");
            want_dict = true;
            continue;
        }
        if (nm == "__weakref__") continue;  // no weak references in pyco
        // Private names are mangled like identifiers in the class body.
        std::string mangled(nm);
        std::string_view cls = t->name->view();
        while (!cls.empty() && cls[0] == '_') cls.remove_prefix(1);
        if (nm.size() > 2 && nm.substr(0, 2) == "__" && nm.substr(nm.size() - 2) != "__" && !cls.empty())
            mangled = "_" + std::string(cls) + mangled;
        Str* key = TRY(intern(vm, mangled));
        if (!dict_get_str(t->dict, key).is_null())
            return raise(vm, vm.e_ValueError, "'%s' in __slots__ conflicts with class variable", key->data);
        TRY(list_append(vm, names, val(key)));
    }
    if (names->size && (t->kind == Kind::Int || t->kind == Kind::Str || t->kind == Kind::Bytes || t->kind == Kind::Tuple ||
                        t->kind == Kind::Type))
        return raise(vm, vm.e_TypeError, "nonempty __slots__ not supported for subtype of '%s'", base->name->data);
    for (uint32_t i = 0; i < names->size; i++) {
        MemberDescr* m = TRY(alloc<MemberDescr>(vm, vm.t_member_descriptor));
        m->name = as_str(names->items[i]);
        m->owner = t;
        m->offset = t->instance_size + i * static_cast<uint32_t>(sizeof(Value));
        TRY(dict_set(vm, t->dict, names->items[i], val(m)));
    }
    t->instance_size += names->size * static_cast<uint32_t>(sizeof(Value));
    t->dict_offset = base->dict_offset ? base->dict_offset : want_dict ? subclass_dict_offset(base->kind) : 0;
    return Status::ok();
}

R<Type*> new_type(Interpreter& vm, Type* meta, Str* name, Tuple* bases, Dict* ns, Args kwargs) {
    if (bases->size == 0) bases = TRY(tuple_of(vm, {val(vm.t_object)}));
    for (uint32_t i = 0; i < bases->size; i++) {
        Value b = bases->items[i];
        if (!is_type(b)) return raise(vm, vm.e_TypeError, "bases must be types");
        Type* bt = static_cast<Type*>(b.as_obj());
        if (!(bt->flags & TF_BASETYPE)) return raise(vm, vm.e_TypeError, "type '%s' is not an acceptable base type", bt->name->data);
        for (uint32_t j = 0; j < i; j++)
            if (bases->items[j] == b) return raise(vm, vm.e_TypeError, "duplicate base class %s", bt->name->data);
    }
    Type* base = TRY(solid_base(vm, bases));
    Type* t = TRY(alloc<Type>(vm, meta, meta->instance_size > sizeof(Type) ? meta->instance_size - sizeof(Type) : 0));
    t->name = name;
    t->base = base;
    t->bases = bases;
    t->kind = base->kind;
    t->instance_size = base->instance_size;
    // Instances of a class get a __dict__ wherever their layout has a slot for one (list, dict and set
    // keep that slot for their subclasses).
    t->dict_offset = base->dict_offset ? base->dict_offset : subclass_dict_offset(base->kind);
    t->flags = TF_HEAPTYPE | TF_BASETYPE | (base->flags & TF_EXCEPTION);
    for (uint32_t i = 0; i < bases->size; i++) t->flags |= static_cast<Type*>(bases->items[i].as_obj())->flags & TF_EXCEPTION;
    t->mro = TRY(compute_mro(vm, t, bases));
    vm.type_epoch++;
    t->dict = TRY(dict_copy(vm, ns));
    t->dict->type_dict = true;
    Value qn = dict_get_str(t->dict, vm.n___qualname__);
    t->qualname = is_kind(qn, Kind::Str) ? as_str(qn) : name;
    if (!qn.is_null()) (void)TRY(dict_pop(vm, t->dict, val(vm.n___qualname__)));
    Value mod = dict_get_str(t->dict, vm.n___module__);
    if (mod.is_null() && vm.frame && vm.frame->globals) {
        // type(name, bases, ns) without __module__: the module of the code calling it, as CPython does.
        mod = dict_get_str(vm.frame->globals, vm.n___name__);
        if (!mod.is_null()) TRY(dict_set_str(vm, t->dict, vm.n___module__, mod));
    }
    if (is_kind(mod, Kind::Str)) t->module_name = as_str(mod);
    Value slots = dict_get_str(t->dict, vm.n___slots__);
    if (!slots.is_null()) TRY(make_slots(vm, t, base, slots));
    // After the slots: '__doc__' may be one of them.
    if (dict_get_str(t->dict, vm.n___doc__).is_null()) TRY(dict_set_str(vm, t->dict, vm.n___doc__, Value::none()));
    // __new__ and __init_subclass__ defined in the body are implicitly static/class methods.
    Value nw = dict_get_str(t->dict, vm.n___new__);
    if (is_kind(nw, Kind::Function)) {
        ClassMethod* sm = TRY(alloc<ClassMethod>(vm, vm.t_staticmethod));
        sm->func = nw;
        TRY(dict_set_str(vm, t->dict, vm.n___new__, val(sm)));
    }
    for (Str* implicit : {vm.n___init_subclass__, vm.n___class_getitem__}) {
        Value fn = dict_get_str(t->dict, implicit);
        if (is_kind(fn, Kind::Function)) {
            ClassMethod* cm = TRY(alloc<ClassMethod>(vm, vm.t_classmethod));
            cm->func = fn;
            TRY(dict_set_str(vm, t->dict, implicit, val(cm)));
        }
    }
    // __eq__ without __hash__ makes instances unhashable.
    if (!dict_get_str(t->dict, vm.n___eq__).is_null() && dict_get_str(t->dict, vm.n___hash__).is_null())
        TRY(dict_set_str(vm, t->dict, vm.n___hash__, Value::none()));
    TRY(dict_fit(vm, t->dict, true));  // no code has seen the new dict yet
    // __set_name__ on attributes.
    uint32_t pos = 0;
    Value k, v;
    while (dict_next(t->dict, &pos, &k, &v)) {
        if (!v.is_obj()) continue;
        bool found = false;
        Value args[2] = {val(t), k};
        if (call_method(vm, v, vm.n___set_name__, args, 2, &found).failed()) {
            // CPython 3.11 reports the failure as a RuntimeError caused by the original exception.
            Value cause = take_exception(vm);
            Str* key_repr = TRY(repr(vm, k));
            (void)raise(vm, vm.e_RuntimeError, "Error calling __set_name__ on '%s' instance %s in '%s'",
                        type_of(vm, v)->name->data, key_repr->data, t->name->data);
            as_exception(vm.exc)->cause = cause;
            as_exception(vm.exc)->context = cause;
            as_exception(vm.exc)->suppress_context = true;
            return Raised{};
        }
    }
    // __init_subclass__ of the parent.
    Super* sup = TRY(alloc<Super>(vm, vm.t_super));
    sup->type = t;
    sup->obj = val(t);
    sup->obj_type = t;
    Value init_sub = TRY(getattr(vm, val(sup), vm.n___init_subclass__));
    TRY(call(vm, init_sub, Args{kwargs.v, 0, kwargs.kwnames}));
    return t;
}

void add_methods(Interpreter& vm, Type* t, std::initializer_list<MethodDef> methods) {
    for (const MethodDef& m : methods) {
        R<NativeFunction*> f = new_native(vm, m.name, m.fn);
        if (f.failed()) return;
        f.take()->data = val(t);
        R<Str*> n = intern(vm, m.name);
        if (n.failed()) return;
        (void)dict_set_str(vm, t->dict, n.take(), val(f.take()));
    }
}

static void add_wrapped(Interpreter& vm, Type* t, Type* wrapper, std::initializer_list<MethodDef> methods) {
    for (const MethodDef& m : methods) {
        R<NativeFunction*> f = new_native(vm, m.name, m.fn);
        if (f.failed()) return;
        f.take()->data = val(t);
        R<ClassMethod*> cm = alloc<ClassMethod>(vm, wrapper);
        if (cm.failed()) return;
        cm.take()->func = val(f.take());
        R<Str*> n = intern(vm, m.name);
        if (n.failed()) return;
        (void)dict_set_str(vm, t->dict, n.take(), val(cm.take()));
    }
}

void add_classmethods(Interpreter& vm, Type* t, std::initializer_list<MethodDef> methods) {
    add_wrapped(vm, t, vm.t_classmethod, methods);
}
void add_staticmethods(Interpreter& vm, Type* t, std::initializer_list<MethodDef> methods) {
    add_wrapped(vm, t, vm.t_staticmethod, methods);
}

R<Value> self_of(Interpreter& vm, Args args, Type* t, const char* method) {
    if (args.n == 0) return raise(vm, vm.e_TypeError, "descriptor '%s' of '%s' object needs an argument", method, t->name->data);
    Value self = args.v[0];
    if (!isinstance(vm, self, t)) {
        return raise(vm, vm.e_TypeError, "descriptor '%s' for '%s' objects doesn't apply to a '%s' object", method,
                     t->name->data, type_name(vm, self));
    }
    return self;
}

// ---- object -----------------------------------------------------------------------------------------------------

static bool overrides(Interpreter& vm, Type* t, Str* name, Type* owner) {
    Value v = type_lookup(t, name);
    Value base = dict_get_str(owner->dict, name);
    (void)vm;
    return v != base;
}

// CPython's refusal to instantiate a class whose __abstractmethods__ (set by abc.ABCMeta) is non-empty.
static Raised abstract_class_error(Interpreter& vm, Type* cls) {
    std::vector<std::string> names;
    Value methods = dict_get_str(cls->dict, vm.n___abstractmethods__);
    if (!methods.is_null()) {
        R<Value> it = get_iter(vm, methods);
        if (it.failed()) return Raised{};
        while (true) {
            R<Value> item = iter_next(vm, it.take());
            if (item.failed()) return Raised{};
            if (item.take().is_null()) break;
            if (is_kind(item.take(), Kind::Str)) names.emplace_back(as_str(item.take())->view());
        }
    }
    std::sort(names.begin(), names.end());
    std::string joined;
    for (const std::string& n : names) joined += (joined.empty() ? "" : ", ") + n;
    return raise(vm, vm.e_TypeError, "Can't instantiate abstract class %s with abstract method%s %s", cls->name->data,
                 names.size() > 1 ? "s" : "", joined.c_str());
}

static R<Value> object_new(Interpreter& vm, Args args) {
    if (args.n < 1 || !is_type(args.v[0])) return raise(vm, vm.e_TypeError, "object.__new__(X): X is not a type object");
    Type* cls = static_cast<Type*>(args.v[0].as_obj());
    if ((args.n > 1 || args.nkw()) && (overrides(vm, cls, vm.n___new__, vm.t_object) || !overrides(vm, cls, vm.n___init__, vm.t_object))) {
        if (!overrides(vm, cls, vm.n___init__, vm.t_object) && !overrides(vm, cls, vm.n___new__, vm.t_object))
            return raise(vm, vm.e_TypeError, "%s() takes no arguments", cls->name->data);
        if (overrides(vm, cls, vm.n___new__, vm.t_object))
            return raise(vm, vm.e_TypeError, "object.__new__() takes exactly one argument (the type to instantiate)");
    }
    if (cls->flags & TF_ABSTRACT) return raise(vm, vm.e_TypeError, "cannot create '%s' instances", cls->name->data);
    if (cls->flags & TF_IS_ABSTRACT) return abstract_class_error(vm, cls);
    if (cls->kind != Kind::Object) {
        return raise(vm, vm.e_TypeError, "object.__new__(%s) is not safe, use %s.__new__()", cls->name->data,
                     cls->base ? cls->base->name->data : "object");
    }
    Obj* o = TRY(alloc_object(vm, cls, sizeof(Instance)));
    return val(o);
}

static R<Value> object_init(Interpreter& vm, Args args) {
    if (args.n < 1) return raise(vm, vm.e_TypeError, "descriptor '__init__' of 'object' object needs an argument");
    Type* cls = type_of(vm, args.v[0]);
    if ((args.n > 1 || args.nkw())) {
        if (overrides(vm, cls, vm.n___init__, vm.t_object))
            return raise(vm, vm.e_TypeError, "object.__init__() takes exactly one argument (the instance to initialize)");
        if (!overrides(vm, cls, vm.n___new__, vm.t_object))
            return raise(vm, vm.e_TypeError, "%s() takes no arguments", cls->name->data);
    }
    return Value::none();
}

static R<Value> object_repr(Interpreter& vm, Args args) {
    Value self = args.v[0];
    Type* t = type_of(vm, self);
    char buf[64];
    std::snprintf(buf, sizeof buf, " object at %p>", static_cast<void*>(self.as_obj()));
    std::string s = "<";
    if (t->module_name && t->module_name->view() != "builtins") {
        s += t->module_name->view();
        s += ".";
    }
    s += t->qualname ? t->qualname->view() : t->name->view();
    s += buf;
    return val(TRY(new_str(vm, s)));
}

static R<Value> object_str(Interpreter& vm, Args args) { return val(TRY(repr(vm, args.v[0]))); }

static R<Value> object_eq(Interpreter& vm, Args args) {
    TRY(check_nargs(vm, args, "__eq__", 2, 2));
    return args.v[0] == args.v[1] ? Value::boolean(true) : vm.not_implemented;
}

static R<Value> object_ne(Interpreter& vm, Args args) {
    TRY(check_nargs(vm, args, "__ne__", 2, 2));
    // Delegates to __eq__ and inverts, unless NotImplemented.
    bool found = false;
    Value r = TRY(call_method(vm, args.v[0], vm.n___eq__, &args.v[1], 1, &found));
    if (!found || r == vm.not_implemented) return vm.not_implemented;
    bool t = TRY(truthy(vm, r));
    return Value::boolean(!t);
}

static R<Value> object_cmp_unsupported(Interpreter& vm, Args args) {
    (void)args;
    return vm.not_implemented;
}

static R<Value> object_hash(Interpreter& vm, Args args) {
    (void)vm;
    uintptr_t p = args.v[0].bits();
    return Value::small_int(static_cast<intptr_t>((p >> 4) | (p << (sizeof(p) * 8 - 4))) >> 2);
}

static R<Value> object_setattr(Interpreter& vm, Args args) {
    TRY(check_nargs(vm, args, "__setattr__", 3, 3));
    if (!is_kind(args.v[1], Kind::Str))
        return raise(vm, vm.e_TypeError, "attribute name must be string, not '%s'", type_name(vm, args.v[1]));
    if (is_type(args.v[0])) return raise(vm, vm.e_TypeError, "can't apply this __setattr__ to %s object", type_name(vm, args.v[0]));
    TRY(generic_setattr(vm, args.v[0], as_str(args.v[1]), args.v[2]));
    return Value::none();
}

// type.__setattr__(cls, name, value): what a metaclass's __setattr__ reaches through super().
static R<Value> type_setattr(Interpreter& vm, Args args) {
    TRY(check_nargs(vm, args, "__setattr__", 3, 3));
    if (!is_type(args.v[0])) return raise(vm, vm.e_TypeError, "descriptor '__setattr__' requires a 'type' object but received a '%s'", type_name(vm, args.v[0]));
    if (!is_kind(args.v[1], Kind::Str))
        return raise(vm, vm.e_TypeError, "attribute name must be string, not '%s'", type_name(vm, args.v[1]));
    TRY(generic_setattr(vm, args.v[0], as_str(args.v[1]), args.v[2]));
    return Value::none();
}

static R<Value> object_delattr(Interpreter& vm, Args args) {
    TRY(check_nargs(vm, args, "__delattr__", 2, 2));
    Dict** slot = instance_dict_slot(args.v[0]);
    Value old;
    if (slot && *slot) old = TRY(dict_pop(vm, *slot, args.v[1]));
    if (old.is_null())
        return raise(vm, vm.e_AttributeError, "'%s' object has no attribute '%s'", type_name(vm, args.v[0]),
                     is_kind(args.v[1], Kind::Str) ? as_str(args.v[1])->data : "?");
    return Value::none();
}

static R<Value> object_getattribute(Interpreter& vm, Args args) {
    TRY(check_nargs(vm, args, "__getattribute__", 2, 2));
    if (!is_kind(args.v[1], Kind::Str))
        return raise(vm, vm.e_TypeError, "attribute name must be string, not '%s'", type_name(vm, args.v[1]));
    return generic_getattr(vm, args.v[0], as_str(args.v[1]));
}

static R<Value> object_format(Interpreter& vm, Args args) {
    TRY(check_nargs(vm, args, "__format__", 2, 2));
    if (!is_kind(args.v[1], Kind::Str)) return raise(vm, vm.e_TypeError, "__format__() argument must be str, not %s", type_name(vm, args.v[1]));
    if (as_str(args.v[1])->size)
        return raise(vm, vm.e_TypeError, "unsupported format string passed to %s.__format__", type_name(vm, args.v[0]));
    return val(TRY(to_str(vm, args.v[0])));
}

static R<Value> object_init_subclass(Interpreter& vm, Args args) {
    if (args.nkw()) return raise(vm, vm.e_TypeError, "%s.__init_subclass__() takes no keyword arguments",
                                 args.n ? (is_type(args.v[0]) ? static_cast<Type*>(args.v[0].as_obj())->name->data : "object") : "object");
    return Value::none();
}

// object.__subclasshook__(subclass): abc's hook; NotImplemented means "use the normal mechanism".
static R<Value> object_subclasshook(Interpreter& vm, Args) { return vm.not_implemented; }

static R<Value> object_reduce_dir(Interpreter& vm, Args args) {
    Value self = args.v[0];
    List* names = TRY(new_list(vm));
    Dict* seen = TRY(new_dict(vm));
    auto add_dict = [&](Dict* d) -> Status {
        if (!d) return Status::ok();
        uint32_t pos = 0;
        Value k, v;
        while (dict_next(d, &pos, &k, &v)) {
            Value had = TRY(dict_get(vm, seen, k));
            if (had.is_null()) {
                TRY(dict_set(vm, seen, k, Value::none()));
                TRY(list_append(vm, names, k));
            }
        }
        return Status::ok();
    };
    Dict** slot = instance_dict_slot(self);
    if (slot && !is_type(self)) TRY(add_dict(*slot));
    Type* t = is_type(self) ? static_cast<Type*>(self.as_obj()) : type_of(vm, self);
    for (uint32_t i = 0; i < t->mro->size; i++) TRY(add_dict(static_cast<Type*>(t->mro->items[i].as_obj())->dict));
    TRY(list_sort(vm, names, Value(), false));
    return val(names);
}

// ---- type -------------------------------------------------------------------------------------------------------

static R<Value> type_new(Interpreter& vm, Args args) {
    // type.__new__(meta, name, bases, ns) or type(obj)
    if (args.n == 2 && args.v[0].as_obj() == vm.t_type) return val(type_of(vm, args.v[1]));
    if (args.n != 4) return raise(vm, vm.e_TypeError, "type() takes 1 or 3 arguments");
    if (!is_type(args.v[0])) return raise(vm, vm.e_TypeError, "type.__new__(X): X is not a type object");
    if (!is_kind(args.v[1], Kind::Str)) return raise(vm, vm.e_TypeError, "type.__new__() argument 1 must be str, not %s", type_name(vm, args.v[1]));
    if (!is_kind(args.v[2], Kind::Tuple)) return raise(vm, vm.e_TypeError, "type.__new__() argument 2 must be tuple, not %s", type_name(vm, args.v[2]));
    if (!is_kind(args.v[3], Kind::Dict)) return raise(vm, vm.e_TypeError, "type.__new__() argument 3 must be dict, not %s", type_name(vm, args.v[3]));
    Type* meta = static_cast<Type*>(args.v[0].as_obj());
    // The most derived metaclass of the bases wins; a Python-level __new__ of it takes over.
    Tuple* bases = as_tuple(args.v[2]);
    Type* winner = meta;
    for (uint32_t i = 0; i < bases->size; i++) {
        Type* mt = type_of(vm, bases->items[i]);
        if (is_subtype(winner, mt)) continue;
        if (is_subtype(mt, winner)) {
            winner = mt;
            continue;
        }
        return raise(vm, vm.e_TypeError,
                     "metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the "
                     "metaclasses of all its bases");
    }
    if (winner != meta) {
        Value nw = type_lookup(winner, vm.n___new__);
        if (nw != dict_get_str(vm.t_type->dict, vm.n___new__)) {
            if (is_kind(nw, Kind::ClassMethod)) nw = static_cast<ClassMethod*>(nw.as_obj())->func;
            uint32_t total = args.n + args.nkw();
            Tuple* all = TRY(tuple_from_span(vm, args.v, total));
            all->items[0] = val(winner);
            return call(vm, nw, Args{all->items, args.n, args.kwnames});
        }
        meta = winner;
    }
    Args kw{args.v + args.n, 0, args.kwnames};
    Type* t = TRY(new_type(vm, meta, as_str(args.v[1]), bases, as_dict(args.v[3]), kw));
    return val(t);
}

static R<Value> type_init(Interpreter& vm, Args args) {
    (void)vm;
    (void)args;
    return Value::none();
}

static R<Value> type_repr(Interpreter& vm, Args args) {
    Type* t = static_cast<Type*>(args.v[0].as_obj());
    std::string s = "<class '";
    if (t->module_name && t->module_name->view() != "builtins") {
        s += t->module_name->view();
        s += ".";
    }
    s += t->qualname ? t->qualname->view() : t->name->view();
    s += "'>";
    return val(TRY(new_str(vm, s)));
}

static R<Value> type_mro_method(Interpreter& vm, Args args) {
    Type* t = static_cast<Type*>(TRY(self_of(vm, args, vm.t_type, "mro")).as_obj());
    return val(TRY(list_from_span(vm, t->mro->items, t->mro->size)));
}

static R<Value> type_subclasscheck(Interpreter& vm, Args args) {
    TRY(check_nargs(vm, args, "__subclasscheck__", 2, 2));
    if (!is_type(args.v[1])) return raise(vm, vm.e_TypeError, "issubclass() arg 1 must be a class");
    return Value::boolean(is_subtype(static_cast<Type*>(args.v[1].as_obj()), static_cast<Type*>(args.v[0].as_obj())));
}

static R<Value> type_instancecheck(Interpreter& vm, Args args) {
    TRY(check_nargs(vm, args, "__instancecheck__", 2, 2));
    return Value::boolean(isinstance(vm, args.v[1], static_cast<Type*>(args.v[0].as_obj())));
}

static R<Value> type_subclasses(Interpreter& vm, Args args) {
    (void)args;
    return val(TRY(new_list(vm)));
}

static R<Value> type_call_method(Interpreter& vm, Args args) {
    if (args.n < 1 || !is_type(args.v[0])) return raise(vm, vm.e_TypeError, "descriptor '__call__' requires a 'type' object");
    return type_call(vm, static_cast<Type*>(args.v[0].as_obj()), Args{args.v + 1, args.n - 1, args.kwnames});
}

void init_type_type(Interpreter& vm) {
    add_staticmethods(vm, vm.t_object, {{"__new__", object_new}});
    add_methods(vm, vm.t_object, {{"__init__", object_init},
                                  {"__repr__", object_repr},
                                  {"__str__", object_str},
                                  {"__eq__", object_eq},
                                  {"__ne__", object_ne},
                                  {"__lt__", object_cmp_unsupported},
                                  {"__le__", object_cmp_unsupported},
                                  {"__gt__", object_cmp_unsupported},
                                  {"__ge__", object_cmp_unsupported},
                                  {"__hash__", object_hash},
                                  {"__setattr__", object_setattr},
                                  {"__delattr__", object_delattr},
                                  {"__getattribute__", object_getattribute},
                                  {"__format__", object_format},
                                  {"__dir__", object_reduce_dir}});
    add_classmethods(vm, vm.t_object, {{"__init_subclass__", object_init_subclass},
                                       {"__subclasshook__", object_subclasshook}});
    add_staticmethods(vm, vm.t_type, {{"__new__", type_new}});
    add_methods(vm, vm.t_type, {{"__init__", type_init},
                                {"__repr__", type_repr},
                                {"__call__", type_call_method},
                                {"mro", type_mro_method},
                                {"__subclasscheck__", type_subclasscheck},
                                {"__instancecheck__", type_instancecheck},
                                {"__subclasses__", type_subclasses},
                                {"__setattr__", type_setattr}});
}

}  // namespace pyco
