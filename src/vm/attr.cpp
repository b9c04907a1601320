// Attribute access: the descriptor protocol, instance dicts, special attributes of built-in objects,
// __getattr__/__setattr__ hooks, and allocation-free method lookup for calls.
#include <cstring>

#include "objects/objects.h"
#include "vm/vm.h"

namespace pyco {

R<Value> generic_getattr_opt_internal(Interpreter& vm, Value obj, Str* name);

namespace {

R<Tuple*> list_or_tuple_to_tuple(Interpreter& vm, Value v) {
    if (is_kind(v, Kind::Tuple)) return as_tuple(v);
    List* l = TRY(list_from_iterable(vm, v));
    return tuple_from_span(vm, l->items, l->size);
}

bool is_data_descriptor(Interpreter& vm, Value d) {
    if (!d.is_obj()) return false;
    Type* t = d.as_obj()->type;
    if (t->kind == Kind::Property || t->kind == Kind::Member) return true;
    if (!(t->flags & TF_HEAPTYPE)) return false;
    return !type_lookup(vm, t, vm.n___set__).is_null() || !type_lookup(vm, t, vm.n___delete__).is_null();
}

Value* member_slot(MemberDescr* m, Value obj) {
    return reinterpret_cast<Value*>(reinterpret_cast<char*>(obj.as_obj()) + m->offset);
}

Status check_member_owner(Interpreter& vm, MemberDescr* m, Value obj) {
    if (isinstance(vm, obj, m->owner)) return Status::ok();
    return raise(vm, vm.e_TypeError, "descriptor '%s' for '%s' objects doesn't apply to a '%s' object", m->name->data,
                 m->owner->name->data, type_name(vm, obj));
}

// Applies a class attribute's descriptor behaviour for access through `obj` (null for access through the class).
R<Value> bind_descriptor(Interpreter& vm, Value descr, Value obj, Type* owner) {
    if (!descr.is_obj()) return descr;
    Type* dt = descr.as_obj()->type;
    switch (dt->kind) {
        case Kind::Function:
            if (obj.is_null()) return descr;
            return new_bound_method(vm, descr, obj);
        case Kind::NativeFunction: {
            auto* nf = static_cast<NativeFunction*>(descr.as_obj());
            if (obj.is_null() || !nf->self.is_null() || nf->data.is_null()) return descr;
            return new_bound_method(vm, descr, obj);
        }
        case Kind::ClassMethod:
            if (dt == vm.t_staticmethod || is_subtype(dt, vm.t_staticmethod)) return static_cast<ClassMethod*>(descr.as_obj())->func;
            return new_bound_method(vm, static_cast<ClassMethod*>(descr.as_obj())->func, val(owner));
        case Kind::Member: {
            if (obj.is_null()) return descr;
            auto* m = static_cast<MemberDescr*>(descr.as_obj());
            TRY(check_member_owner(vm, m, obj));
            Value v = *member_slot(m, obj);
            if (v.is_null())
                return raise(vm, vm.e_AttributeError, "'%s' object has no attribute '%s'", type_name(vm, obj), m->name->data);
            return v;
        }
        case Kind::Property: {
            if (obj.is_null()) return descr;
            auto* p = static_cast<Property*>(descr.as_obj());
            if (p->fget.is_null() || p->fget.is_none()) return raise(vm, vm.e_AttributeError, "property object has no getter");
            return call1(vm, p->fget, obj);
        }
        default:
            break;
    }
    if (dt->flags & TF_HEAPTYPE) {
        Value get = type_lookup(vm, dt, vm.n___get__);
        if (!get.is_null()) {
            Value args[3] = {descr, obj.is_null() ? Value::none() : obj, val(owner)};
            return call(vm, get, Args{args, 3, nullptr});
        }
    }
    return descr;
}

Value tuple_or_none(Tuple* t) { return t ? val(t) : Value::none(); }

// Attributes of built-in objects that live in their C++ fields.
// `f.__isabstractmethod__` is present and true (abc's marker, looked through by property/classmethod).
static R<bool> is_abstract_method(Interpreter& vm, Value f) {
    Value v = TRY(getattr_opt(vm, f, TRY(intern(vm, "__isabstractmethod__"))));
    return !v.is_null() && TRY(truthy(vm, v));
}

R<Value> special_attr(Interpreter& vm, Value obj, Str* name) {
    if (!obj.is_obj()) return name == vm.n___class__ ? val(type_of(vm, obj)) : Value();
    Obj* o = obj.as_obj();
    switch (o->type->kind) {
        case Kind::Type: {
            auto* t = static_cast<Type*>(o);
            if (name == vm.n___name__) return val(t->name);
            if (name == vm.n___qualname__) return val(t->qualname ? t->qualname : t->name);
            if (name == vm.n___mro__) return val(t->mro);
            if (name == vm.n___bases__) return t->bases ? val(t->bases) : val(TRY(tuple_of(vm, {})));
            if (name == vm.n___base__) return t->base ? val(t->base) : Value::none();
            if (name == vm.n___dict__) return val(t->dict);
            if (name == vm.n___module__ && !(t->flags & TF_HEAPTYPE))  // a module's native class names its module
                return t->module_name ? val(t->module_name) : val(TRY(intern(vm, "builtins")));
            if (name == vm.n___doc__ && !(t->flags & TF_HEAPTYPE)) return Value::none();
            break;
        }
        case Kind::Function: {
            auto* f = static_cast<Function*>(o);
            if (name == vm.n___name__) return val(f->name);
            if (name == vm.n___qualname__) return val(f->qualname);
            if (name == vm.n___code__) return val(f->code);
            if (name == vm.n___globals__) return val(f->globals);
            if (name == vm.n___defaults__) return tuple_or_none(f->defaults);
            if (name == vm.n___kwdefaults__) return f->kwdefaults ? val(f->kwdefaults) : Value::none();
            if (name == vm.n___closure__) return tuple_or_none(f->closure);
            if (name == vm.n___module__) return f->module_name.is_null() ? Value::none() : f->module_name;
            if (name == vm.n___doc__) return f->doc.is_null() ? Value::none() : f->doc;
            if (name == vm.n___annotations__) {
                if (!f->annotations) f->annotations = TRY(new_dict(vm));
                return val(f->annotations);
            }
            if (name == vm.n___dict__) {
                if (!f->dict) f->dict = TRY(new_dict(vm));
                return val(f->dict);
            }
            break;
        }
        case Kind::NativeFunction: {
            auto* f = static_cast<NativeFunction*>(o);
            if (name == vm.n___name__) return val(TRY(new_str(vm, f->name)));
            if (name == vm.n___qualname__) {
                std::string q = f->data.is_null() ? f->name : std::string(static_cast<Type*>(f->data.as_obj())->name->view()) + "." + f->name;
                return val(TRY(new_str(vm, q)));
            }
            if (name == vm.n___self__) return f->self.is_null() ? (f->module_name ? val(f->module_name) : Value::none()) : f->self;
            if (name == vm.n___doc__) return Value::none();
            if (name == vm.n___module__) return f->module_name ? val(f->module_name) : Value::none();
            break;
        }
        case Kind::BoundMethod: {
            auto* m = static_cast<BoundMethod*>(o);
            if (name == vm.n___func__) return m->func;
            if (name == vm.n___self__) return m->self;
            return getattr(vm, m->func, name);
        }
        case Kind::Code: {
            auto* c = static_cast<Code*>(o);
            if (name == vm.n_co_name) return val(c->name);
            if (name == vm.n_co_filename) return val(c->filename);
            break;
        }
        case Kind::Module: {
            if (name == vm.n___dict__) return val(static_cast<Module*>(o)->dict);
            break;
        }
        case Kind::Exception: {
            auto* e = static_cast<Exception*>(o);
            if (name == vm.n_args) return e->args ? val(e->args) : val(vm.empty_tuple);
            if (name == vm.n___traceback__) return e->traceback ? val(e->traceback) : Value::none();
            if (name == vm.n___cause__) return e->cause.is_null() ? Value::none() : e->cause;
            if (name == vm.n___context__) return e->context.is_null() ? Value::none() : e->context;
            if (name == vm.n___suppress_context__) return Value::boolean(e->suppress_context);
            if (name == vm.n___notes__ && !e->notes.is_null()) return e->notes;
            if (name == vm.n_value && isinstance(vm, obj, vm.e_StopIteration)) return e->value.is_null() ? Value::none() : e->value;
            if (name == vm.n_code && isinstance(vm, obj, vm.e_SystemExit)) return e->value.is_null() ? Value::none() : e->value;
            break;
        }
        case Kind::Traceback: {
            auto* tb = static_cast<Traceback*>(o);
            if (name == vm.n_tb_next) return tb->next ? val(tb->next) : Value::none();
            if (name == vm.n_tb_lineno) return Value::small_int(code_line(tb->code, tb->instr));
            break;
        }
        case Kind::Generator: {  // generators and coroutines
            auto* g = static_cast<Generator*>(o);
            if (name == vm.n___name__) return val(g->name);
            if (name == vm.n___qualname__) return val(g->qualname);
            break;
        }
        case Kind::Member: {
            auto* m = static_cast<MemberDescr*>(o);
            if (name == vm.n___name__) return val(m->name);
            if (name == vm.n___qualname__) return val(TRY(new_str(vm, std::string(m->owner->qualname->view()) + "." + std::string(m->name->view()))));
            if (name->view() == "__objclass__") return val(m->owner);
            if (name == vm.n___doc__) return Value::none();
            break;
        }
        case Kind::Property: {
            auto* p = static_cast<Property*>(o);
            if (name == vm.n_fget) return p->fget.is_null() ? Value::none() : p->fget;
            if (name == vm.n_fset) return p->fset.is_null() ? Value::none() : p->fset;
            if (name == vm.n_fdel) return p->fdel.is_null() ? Value::none() : p->fdel;
            if (name == vm.n___doc__) return p->doc.is_null() ? Value::none() : p->doc;
            if (name->view() == "__isabstractmethod__") {  // abc: abstract if any accessor is
                for (Value f : {p->fget, p->fset, p->fdel})
                    if (!f.is_null() && TRY(is_abstract_method(vm, f))) return Value::boolean(true);
                return Value::boolean(false);
            }
            break;
        }
        case Kind::ClassMethod:  // classmethod and staticmethod
            if (name == vm.n___func__) return static_cast<ClassMethod*>(o)->func;
            if (name->view() == "__isabstractmethod__")
                return Value::boolean(TRY(is_abstract_method(vm, static_cast<ClassMethod*>(o)->func)));
            break;
        case Kind::Slice: {
            auto* s = static_cast<Slice*>(o);
            if (name == vm.n_start_) return s->start;
            if (name == vm.n_stop) return s->stop;
            if (name == vm.n_step) return s->step;
            break;
        }
        default:
            break;
    }
    if (name == vm.n___class__) return val(o->type);
    if (name == vm.n___dict__) {
        Dict** slot = instance_dict_slot(obj);
        if (slot) {
            if (!*slot) *slot = TRY(new_dict(vm));
            return val(*slot);
        }
    }
    return Value();
}

// `lookup`: a failed lookup (CPython then sets .name and .obj; a failed delete doesn't).
Raised attribute_error(Interpreter& vm, Value obj, Str* name, bool lookup = true) {
    if (is_type(obj))
        (void)raise(vm, vm.e_AttributeError, "type object '%s' has no attribute '%s'",
                    static_cast<Type*>(obj.as_obj())->name->data, name->data);
    else if (is_kind(obj, Kind::Module))
        (void)raise(vm, vm.e_AttributeError, "module '%s' has no attribute '%s'",
                    static_cast<Module*>(obj.as_obj())->name->data, name->data);
    else
        (void)raise(vm, vm.e_AttributeError, "'%s' object has no attribute '%s'", type_name(vm, obj), name->data);
    if (!lookup) return Raised{};
    // AttributeError.name and .obj, as CPython sets them (they also feed the "Did you mean" hint).
    Value exc = take_exception(vm);
    Dict** slot = exc.is_obj() ? instance_dict_slot(exc) : nullptr;
    if (slot && *slot) {
        if (dict_set_str(vm, *slot, vm.n_name, val(name)).failed()) return Raised{};
        if (dict_set_str(vm, *slot, vm.n_obj, obj).failed()) return Raised{};
    }
    vm.exc = exc;
    return Raised{};
}

// Attribute lookup on a class object: the metatype's data descriptors, then the class's MRO, then the metatype.
R<Value> type_getattr(Interpreter& vm, Type* t, Str* name) {
    Type* meta = t->type;
    Value mattr = type_lookup(vm, meta, name);
    if (!mattr.is_null() && is_data_descriptor(vm, mattr)) return bind_descriptor(vm, mattr, val(t), meta);
    Value sp = TRY(special_attr(vm, val(t), name));
    if (!sp.is_null()) return sp;
    Value attr = type_lookup(vm, t, name);
    if (!attr.is_null()) return bind_descriptor(vm, attr, Value(), t);
    if (!mattr.is_null()) return bind_descriptor(vm, mattr, val(t), meta);
    return Value();
}

// ---- attribute cache for instances of user classes ----
// getattr/setattr/load_method on an instance of a plain user class (layout Kind::Object) repeat the same
// class-level decisions on every access: is __getattribute__/__setattr__ overridden, what does the MRO hold
// for the name, is that a data descriptor. AttrCacheEntry keeps those answers per (class, name) until a class
// namespace changes (type_epoch); the per-instance part (the instance __dict__) is still read every time.
enum AttrCacheFlags : uint32_t {
    AC_GET = 1,          // get: instance __dict__ first, then descr, exactly as generic_getattr does
    AC_SET = 2,          // set: straight into the instance __dict__ (setattr's final step)
    AC_METHOD = 4,       // descr is a plain function or a native method: bind (or call) with self
    AC_PLAIN_VALUE = 8,  // descr is returned as it is (no descriptor behaviour)
};

bool attr_cacheable(Interpreter& vm, Type* t, Str* name) {
    return vm.attr_cache && t->kind == Kind::Object && (t->flags & TF_HEAPTYPE) && name->interned;
}

__attribute__((noinline)) const Interpreter::AttrCacheEntry& attr_fill(Interpreter& vm, Interpreter::AttrCacheEntry& e,
                                                                        Type* t, Str* name);

inline const Interpreter::AttrCacheEntry& attr_entry(Interpreter& vm, Type* t, Str* name) {
    uintptr_t h = (reinterpret_cast<uintptr_t>(t) >> 4) ^ (reinterpret_cast<uintptr_t>(name) >> 3);
    Interpreter::AttrCacheEntry& e = vm.attr_cache[(h ^ (h >> 10)) & (Interpreter::kAttrCacheSize - 1)];
    if (e.type == t && e.name == name && e.epoch == vm.type_epoch) return e;
    return attr_fill(vm, e, t, name);
}

const Interpreter::AttrCacheEntry& attr_fill(Interpreter& vm, Interpreter::AttrCacheEntry& e, Type* t, Str* name) {
    Value descr = type_lookup(vm, t, name);
    uint32_t flags = 0;
    bool special = name == vm.n___class__ || name == vm.n___dict__;  // special_attr's names for Kind::Object
    Value ga = type_lookup(vm, t, vm.n___getattribute__);
    if (!special && (ga.is_null() || ga == vm.object_getattribute) && !is_data_descriptor(vm, descr)) flags |= AC_GET;
    bool setter = false;
    if (descr.is_obj()) {
        Type* dt = descr.as_obj()->type;
        setter = dt->kind == Kind::Member || dt->kind == Kind::Property ||
                 ((dt->flags & TF_HEAPTYPE) && !type_lookup(vm, dt, vm.n___set__).is_null());
        Kind k = dt->kind;
        if ((k == Kind::Function && dt == vm.t_function) ||
            (k == Kind::NativeFunction && static_cast<NativeFunction*>(descr.as_obj())->self.is_null() &&
             !static_cast<NativeFunction*>(descr.as_obj())->data.is_null()))
            flags |= AC_METHOD;
        else if (k != Kind::Function && k != Kind::NativeFunction && k != Kind::ClassMethod && k != Kind::Member &&
                 k != Kind::Property && !(dt->flags & TF_HEAPTYPE))
            flags |= AC_PLAIN_VALUE;
    } else if (!descr.is_null()) {
        flags |= AC_PLAIN_VALUE;
    }
    Value sa = type_lookup(vm, t, vm.n___setattr__);
    if (!special && (sa.is_null() || sa == vm.object_setattr) && !setter && t->dict_offset) flags |= AC_SET;
    e = Interpreter::AttrCacheEntry{t, name, vm.type_epoch, descr, flags};
    return e;
}

Dict* instance_dict_of(Value obj, Type* t) {
    return t->dict_offset ? *reinterpret_cast<Dict**>(reinterpret_cast<char*>(obj.as_obj()) + t->dict_offset) : nullptr;
}

// The cached get; a null Value means "take the general path" (which then does the full lookup).
Value cached_getattr(const Interpreter::AttrCacheEntry& e, Value obj, Type* t, Str* name, bool* bind) {
    *bind = false;
    if (!(e.flags & AC_GET)) return Value();
    if (Dict* d = instance_dict_of(obj, t)) {
        Value v = dict_get_str(d, name);
        if (!v.is_null()) return v;
    }
    if (e.flags & AC_PLAIN_VALUE) return e.descr;
    if (e.flags & AC_METHOD) {
        *bind = true;
        return e.descr;
    }
    return Value();
}

}  // namespace

R<Value> generic_getattr(Interpreter& vm, Value obj, Str* name) {
    if (is_type(obj)) {
        Value v = TRY(type_getattr(vm, static_cast<Type*>(obj.as_obj()), name));
        if (v.is_null()) return attribute_error(vm, obj, name);
        return v;
    }
    Type* t = type_of(vm, obj);
    Value descr = type_lookup(vm, t, name);
    if (!descr.is_null() && is_data_descriptor(vm, descr)) return bind_descriptor(vm, descr, obj, t);
    Value sp = TRY(special_attr(vm, obj, name));
    if (!sp.is_null()) return sp;
    Dict** slot = instance_dict_slot(obj);
    if (slot && *slot) {
        Value v = dict_get_str(*slot, name);
        if (!v.is_null()) return v;
    }
    if (!descr.is_null()) return bind_descriptor(vm, descr, obj, t);
    return attribute_error(vm, obj, name);
}

// super(): looks `name` up along the MRO of the instance's type, after `type`.
static R<Value> super_getattr(Interpreter& vm, Super* s, Str* name) {
    Type* start = s->obj_type;
    if (start && start->mro && name != vm.n___class__) {
        Tuple* mro = start->mro;
        uint32_t i = 0;
        while (i < mro->size && mro->items[i].as_obj() != s->type) i++;
        for (i++; i < mro->size; i++) {
            Type* p = static_cast<Type*>(mro->items[i].as_obj());
            Value v = p->dict ? dict_get_str(p->dict, name) : Value();
            if (v.is_null()) continue;
            bool through_class = s->obj == val(start) && is_type(s->obj);
            return bind_descriptor(vm, v, through_class ? Value() : s->obj, start);
        }
    }
    return generic_getattr(vm, val(s), name);
}

R<Value> getattr(Interpreter& vm, Value obj, Str* name) {
    Type* t = type_of(vm, obj);
    if (attr_cacheable(vm, t, name)) {
        bool bind;
        Value v = cached_getattr(attr_entry(vm, t, name), obj, t, name, &bind);
        if (!v.is_null()) return bind ? new_bound_method(vm, v, obj) : v;
    }
    if (t->kind == Kind::Super) return super_getattr(vm, static_cast<Super*>(obj.as_obj()), name);
    if (t->flags & TF_HEAPTYPE) {
        Value ga = type_lookup(vm, t, vm.n___getattribute__);
        Value base_ga = vm.object_getattribute;
        R<Value> r(Value{});
        if (!ga.is_null() && ga != base_ga && !is_type(obj)) {
            Value args[2] = {obj, val(name)};
            r = call(vm, ga, Args{args, 2, nullptr});
        } else {
            r = generic_getattr(vm, obj, name);
        }
        if (!r.failed()) return r;
        Value hook = type_lookup(vm, t, vm.n___getattr__);
        if (hook.is_null() || !exception_matches(vm, vm.exc, vm.e_AttributeError)) return Raised{};
        take_exception(vm);
        Value args[2] = {obj, val(name)};
        return call(vm, hook, Args{args, 2, nullptr});
    }
    if (is_kind(obj, Kind::Module)) {
        Module* m = static_cast<Module*>(obj.as_obj());
        Value v = m->dict ? dict_get_str(m->dict, name) : Value();
        if (!v.is_null()) return v;
        Value r = TRY(generic_getattr_opt_internal(vm, obj, name));
        if (!r.is_null()) return r;
        Value hook = m->dict ? dict_get_str(m->dict, vm.n___getattr__) : Value();
        if (!hook.is_null()) return call1(vm, hook, val(name));
        return attribute_error(vm, obj, name);
    }
    if (t == vm.t_generic_alias && generic_alias_forwards(vm, obj, name)) return getattr(vm, generic_alias_origin(obj), name);
    return generic_getattr(vm, obj, name);
}

R<Value> generic_getattr_opt_internal(Interpreter& vm, Value obj, Str* name) {
    Type* t = type_of(vm, obj);
    Value sp = TRY(special_attr(vm, obj, name));
    if (!sp.is_null()) return sp;
    Value descr = type_lookup(vm, t, name);
    if (!descr.is_null()) return bind_descriptor(vm, descr, obj, t);
    return Value();
}

R<Value> getattr_opt(Interpreter& vm, Value obj, Str* name) {
    R<Value> r = getattr(vm, obj, name);
    if (!r.failed()) return r;
    if (!exception_matches(vm, vm.exc, vm.e_AttributeError)) return Raised{};
    take_exception(vm);
    return Value();
}

// Sets (or with a null value deletes) a __slots__ value.
static Status member_set(Interpreter& vm, MemberDescr* m, Value obj, Value value) {
    TRY(check_member_owner(vm, m, obj));
    Value* slot = member_slot(m, obj);
    if (value.is_null() && slot->is_null()) return raise(vm, vm.e_AttributeError, "%s", m->name->data);
    *slot = value;
    return Status::ok();
}

Status setattr(Interpreter& vm, Value obj, Str* name, Value value) {
    Type* t = type_of(vm, obj);
    if (attr_cacheable(vm, t, name) && (attr_entry(vm, t, name).flags & AC_SET)) {
        Dict** slot = reinterpret_cast<Dict**>(reinterpret_cast<char*>(obj.as_obj()) + t->dict_offset);
        if (!*slot) *slot = TRY(new_dict(vm));
        return dict_set_str(vm, *slot, name, value);
    }
    if (t->flags & TF_HEAPTYPE) {  // a __setattr__ of the class (of the metaclass, for a class)
        Value sa = type_lookup(vm, t, vm.n___setattr__);
        if (!sa.is_null() && sa != vm.object_setattr &&
            !(is_type(obj) && sa == dict_get_str(vm.t_type->dict, vm.n___setattr__))) {
            Value args[3] = {obj, val(name), value};
            TRY(call(vm, sa, Args{args, 3, nullptr}));
            return Status::ok();
        }
    }
    return generic_setattr(vm, obj, name, value);
}

Status generic_setattr(Interpreter& vm, Value obj, Str* name, Value value) {
    Type* t = type_of(vm, obj);
    if (is_type(obj)) {
        Type* ty = static_cast<Type*>(obj.as_obj());
        if (!(ty->flags & TF_HEAPTYPE))
            return raise(vm, vm.e_TypeError, "cannot set '%s' attribute of immutable type '%s'", name->data, ty->name->data);
        Value mattr = type_lookup(vm, ty->type, name);
        if (!mattr.is_null() && is_kind(mattr, Kind::Property)) {
            auto* p = static_cast<Property*>(mattr.as_obj());
            if (p->fset.is_null() || p->fset.is_none()) return raise(vm, vm.e_AttributeError, "can't set attribute");
            TRY(call2(vm, p->fset, obj, value));
            return Status::ok();
        }
        if (name == vm.n___name__) {
            if (!is_kind(value, Kind::Str)) return raise(vm, vm.e_TypeError, "can only assign string to %s.__name__, not '%s'", ty->name->data, type_name(vm, value));
            ty->name = as_str(value);
            return Status::ok();
        }
        if (name == vm.n___qualname__ && is_kind(value, Kind::Str)) {
            ty->qualname = as_str(value);
            return Status::ok();
        }
        if (name == vm.n___module__ && is_kind(value, Kind::Str)) ty->module_name = as_str(value);
        if (name == vm.n___abstractmethods__) {
            if (TRY(truthy(vm, value))) ty->flags |= TF_IS_ABSTRACT;
            else ty->flags &= ~static_cast<uint32_t>(TF_IS_ABSTRACT);
        }
        return dict_set_str(vm, ty->dict, name, value);
    }
    Value descr = type_lookup(vm, t, name);
    if (!descr.is_null() && descr.is_obj()) {
        Type* dt = descr.as_obj()->type;
        if (dt->kind == Kind::Member) return member_set(vm, static_cast<MemberDescr*>(descr.as_obj()), obj, value);
        if (dt->kind == Kind::Property) {
            auto* p = static_cast<Property*>(descr.as_obj());
            if (p->fset.is_null() || p->fset.is_none()) {
                Value fget_name = p->fget.is_null() ? Value() : TRY(getattr_opt(vm, p->fget, vm.n___name__));
                if (is_kind(fget_name, Kind::Str))
                    return raise(vm, vm.e_AttributeError, "property '%s' of '%s' object has no setter", as_str(fget_name)->data, t->name->data);
                return raise(vm, vm.e_AttributeError, "can't set attribute");
            }
            TRY(call2(vm, p->fset, obj, value));
            return Status::ok();
        }
        if (dt->flags & TF_HEAPTYPE) {
            Value set = type_lookup(vm, dt, vm.n___set__);
            if (!set.is_null()) {
                Value args[3] = {descr, obj, value};
                TRY(call(vm, set, Args{args, 3, nullptr}));
                return Status::ok();
            }
        }
    }
    if (obj.is_obj()) {
        Obj* o = obj.as_obj();
        if (o->type->kind == Kind::Exception) {
            auto* e = static_cast<Exception*>(o);
            if (name == vm.n___cause__) {
                if (!value.is_none() && !isinstance(vm, value, vm.e_BaseException))
                    return raise(vm, vm.e_TypeError, "exception cause must be None or derive from BaseException");
                e->cause = value.is_none() ? Value() : value;
                e->suppress_context = true;
                return Status::ok();
            }
            if (name == vm.n___context__) {
                e->context = value.is_none() ? Value() : value;
                return Status::ok();
            }
            if (name == vm.n___suppress_context__) {
                e->suppress_context = TRY(truthy(vm, value));
                return Status::ok();
            }
            if (name == vm.n___traceback__) {
                e->traceback = is_kind(value, Kind::Traceback) ? static_cast<Traceback*>(value.as_obj()) : nullptr;
                return Status::ok();
            }
            if (name == vm.n_args) {
                e->args = TRY(list_or_tuple_to_tuple(vm, value));
                return Status::ok();
            }
        } else if (o->type->kind == Kind::Function) {
            auto* f = static_cast<Function*>(o);
            if (name == vm.n___name__ && is_kind(value, Kind::Str)) {
                f->name = as_str(value);
                return Status::ok();
            }
            if (name == vm.n___qualname__ && is_kind(value, Kind::Str)) {
                f->qualname = as_str(value);
                return Status::ok();
            }
            if (name == vm.n___doc__) {
                f->doc = value;
                return Status::ok();
            }
            if (name == vm.n___module__) {
                f->module_name = value;
                return Status::ok();
            }
            if (name == vm.n___defaults__) {
                f->defaults = value.is_none() ? nullptr : as_tuple(value);
                return Status::ok();
            }
            if (name == vm.n___annotations__) {  // functools.update_wrapper copies it
                if (value.is_none()) {
                    f->annotations = nullptr;
                } else if (is_kind(value, Kind::Dict)) {
                    f->annotations = static_cast<Dict*>(value.as_obj());
                } else {
                    return raise(vm, vm.e_TypeError, "__annotations__ must be set to a dict object");
                }
                return Status::ok();
            }
        }
    }
    Dict** slot = instance_dict_slot(obj);
    if (!slot) {
        if (!type_lookup(vm, t, name).is_null())
            return raise(vm, vm.e_AttributeError, "'%s' object attribute '%s' is read-only", type_name(vm, obj), name->data);
        return raise(vm, vm.e_AttributeError, "'%s' object has no attribute '%s'", type_name(vm, obj), name->data);
    }
    if (!*slot) *slot = TRY(new_dict(vm));
    return dict_set_str(vm, *slot, name, value);
}

Status delattr(Interpreter& vm, Value obj, Str* name) {
    Type* t = type_of(vm, obj);
    if (t->flags & TF_HEAPTYPE) {
        Value da = type_lookup(vm, t, vm.n___delattr__);
        if (!da.is_null() && da != vm.object_delattr && !is_type(obj)) {
            Value args[2] = {obj, val(name)};
            TRY(call(vm, da, Args{args, 2, nullptr}));
            return Status::ok();
        }
    }
    Value descr = type_lookup(vm, t, name);
    if (!descr.is_null() && is_kind(descr, Kind::Member) && !is_type(obj))
        return member_set(vm, static_cast<MemberDescr*>(descr.as_obj()), obj, Value());
    if (!descr.is_null() && is_kind(descr, Kind::Property)) {
        auto* p = static_cast<Property*>(descr.as_obj());
        if (p->fdel.is_null() || p->fdel.is_none()) return raise(vm, vm.e_AttributeError, "can't delete attribute");
        TRY(call1(vm, p->fdel, obj));
        return Status::ok();
    }
    if (!descr.is_null() && descr.is_obj() && (descr.as_obj()->type->flags & TF_HEAPTYPE)) {
        Value del = type_lookup(vm, descr.as_obj()->type, vm.n___delete__);
        if (!del.is_null()) {
            TRY(call2(vm, del, descr, obj));
            return Status::ok();
        }
    }
    if (is_type(obj) && !(static_cast<Type*>(obj.as_obj())->flags & TF_HEAPTYPE))
        return raise(vm, vm.e_TypeError, "cannot delete '%s' attribute of immutable type '%s'", name->data,
                     static_cast<Type*>(obj.as_obj())->name->data);
    Dict** slot = instance_dict_slot(obj);
    Value old;
    if (slot && *slot) old = TRY(dict_pop(vm, *slot, val(name)));
    if (old.is_null()) return attribute_error(vm, obj, name, false);
    return Status::ok();
}

R<Value> load_method(Interpreter& vm, Value obj, Str* name, bool* is_method) {
    *is_method = false;
    Type* t = type_of(vm, obj);
    if (attr_cacheable(vm, t, name)) {
        bool bind;
        Value v = cached_getattr(attr_entry(vm, t, name), obj, t, name, &bind);
        if (!v.is_null()) {
            *is_method = bind;
            return v;
        }
        return getattr(vm, obj, name);
    }
    if (!is_type(obj) && !is_kind(obj, Kind::Module) && t->kind != Kind::Super) {
        bool plain_getattr = !(t->flags & TF_HEAPTYPE) ||
                             type_lookup(vm, t, vm.n___getattribute__) == vm.object_getattribute;
        if (plain_getattr) {
            Value descr = type_lookup(vm, t, name);
            if (descr.is_obj()) {
                Kind k = descr.as_obj()->type->kind;
                bool method_like = (k == Kind::Function && descr.as_obj()->type == vm.t_function) ||
                                   (k == Kind::NativeFunction && static_cast<NativeFunction*>(descr.as_obj())->self.is_null() &&
                                    !static_cast<NativeFunction*>(descr.as_obj())->data.is_null());
                if (method_like) {
                    Dict** slot = instance_dict_slot(obj);
                    if (!slot || !*slot || dict_get_str(*slot, name).is_null()) {
                        *is_method = true;
                        return descr;
                    }
                }
            }
        }
    }
    return getattr(vm, obj, name);
}

R<Value> lookup_special(Interpreter& vm, Value obj, Str* name) {
    Type* t = type_of(vm, obj);
    Value descr = type_lookup(vm, t, name);
    if (descr.is_null()) return Value();
    return bind_descriptor(vm, descr, obj, t);
}

R<Value> call_method(Interpreter& vm, Value obj, Str* name, const Value* args, uint32_t n, bool* found) {
    Type* t = type_of(vm, obj);
    Value descr = type_lookup(vm, t, name);
    if (found) *found = !descr.is_null();
    if (descr.is_null()) return Value();
    if (descr.is_obj() && (descr.as_obj()->type->kind == Kind::Function ||
                           (descr.as_obj()->type->kind == Kind::NativeFunction &&
                            static_cast<NativeFunction*>(descr.as_obj())->self.is_null() &&
                            !static_cast<NativeFunction*>(descr.as_obj())->data.is_null()))) {
        Value buf[8];
        if (n + 1 <= 8) {
            buf[0] = obj;
            for (uint32_t i = 0; i < n; i++) buf[i + 1] = args[i];
            return call(vm, descr, Args{buf, n + 1, nullptr});
        }
        Tuple* all = TRY(new_tuple(vm, n + 1));
        all->items[0] = obj;
        for (uint32_t i = 0; i < n; i++) all->items[i + 1] = args[i];
        return call(vm, descr, Args{all->items, n + 1, nullptr});
    }
    if (descr.is_none()) {
        if (found) *found = false;
        return Value();
    }
    Value bound = TRY(bind_descriptor(vm, descr, obj, t));
    return call(vm, bound, Args{args, n, nullptr});
}

// ---- member_descriptor: the methods for explicit use (attribute access goes through the Kind::Member paths) ----

static R<Value> member_repr(Interpreter& vm, Args args) {
    auto* m = static_cast<MemberDescr*>(TRY(self_of(vm, args, vm.t_member_descriptor, "__repr__")).as_obj());
    return val(TRY(new_str(vm, "<member '" + std::string(m->name->view()) + "' of '" + std::string(m->owner->name->view()) + "' objects>")));
}

static R<Value> member_get(Interpreter& vm, Args args) {
    Value self = TRY(self_of(vm, args, vm.t_member_descriptor, "__get__"));
    TRY(check_nargs(vm, args, "__get__", 2, 3));
    if (args.v[1].is_none()) return self;
    return bind_descriptor(vm, self, args.v[1], static_cast<MemberDescr*>(self.as_obj())->owner);
}

static R<Value> member_set_m(Interpreter& vm, Args args) {
    Value self = TRY(self_of(vm, args, vm.t_member_descriptor, "__set__"));
    TRY(check_nargs(vm, args, "__set__", 3, 3));
    TRY(member_set(vm, static_cast<MemberDescr*>(self.as_obj()), args.v[1], args.v[2]));
    return Value::none();
}

static R<Value> member_delete(Interpreter& vm, Args args) {
    Value self = TRY(self_of(vm, args, vm.t_member_descriptor, "__delete__"));
    TRY(check_nargs(vm, args, "__delete__", 2, 2));
    TRY(member_set(vm, static_cast<MemberDescr*>(self.as_obj()), args.v[1], Value()));
    return Value::none();
}

void init_member_descriptor_type(Interpreter& vm) {
    add_methods(vm, vm.t_member_descriptor,
                {{"__repr__", member_repr}, {"__get__", member_get}, {"__set__", member_set_m}, {"__delete__", member_delete}});
}

}  // namespace pyco
