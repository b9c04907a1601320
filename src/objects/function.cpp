// Functions, bound methods, built-in functions, modules, cells, code, property/classmethod/staticmethod, super,
// and the singletons (None, NotImplemented, Ellipsis).
#include <cstdio>
#include <string>

#include "modules/modules.h"
#include "objects/objects.h"
#include "vm/vm.h"

namespace pyco {

R<Function*> new_function(Interpreter& vm, Code* code, Dict* globals, Str* qualname) {
    Function* f = TRY(alloc<Function>(vm, vm.t_function));
    f->code = code;
    f->globals = globals;
    f->name = code->name;
    f->qualname = qualname;
    f->module_name = dict_get_str(globals, vm.n___name__);
    if (code->consts->size > 0 && is_kind(code->consts->items[0], Kind::Str) && !(code->flags & CO_MODULE))
        f->doc = code->consts->items[0];
    return f;
}

R<Value> new_bound_method(Interpreter& vm, Value func, Value self) {
    BoundMethod* m = TRY(alloc<BoundMethod>(vm, vm.t_method));
    m->func = func;
    m->self = self;
    return val(m);
}

R<Module*> new_module(Interpreter& vm, Str* name) {
    Module* m = TRY(alloc<Module>(vm, vm.t_module));
    m->name = name;
    m->dict = TRY(new_dict(vm));
    TRY(dict_set_str(vm, m->dict, vm.n___name__, val(name)));
    TRY(dict_set_str(vm, m->dict, vm.n___doc__, Value::none()));
    return m;
}

namespace {

std::string address(const void* p) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%p", p);
    return buf;
}

R<Value> str_value(Interpreter& vm, const std::string& s) { return val(TRY(new_str(vm, s))); }

R<Value> function_repr(Interpreter& vm, Args args) {
    auto* f = static_cast<Function*>(TRY(self_of(vm, args, vm.t_function, "__repr__")).as_obj());
    return str_value(vm, "<function " + std::string(f->qualname->view()) + " at " + address(f) + ">");
}

R<Value> function_get(Interpreter& vm, Args args) {
    TRY(check_nargs(vm, args, "__get__", 2, 3));
    if (args.v[1].is_none()) return args.v[0];
    return new_bound_method(vm, args.v[0], args.v[1]);
}

R<Value> method_repr(Interpreter& vm, Args args) {
    auto* m = static_cast<BoundMethod*>(TRY(self_of(vm, args, vm.t_method, "__repr__")).as_obj());
    Value qn = TRY(getattr_opt(vm, m->func, vm.n___qualname__));
    std::string name = is_kind(qn, Kind::Str) ? std::string(as_str(qn)->view()) : "?";
    return str_value(vm, "<bound method " + name + " of " + std::string(TRY(repr(vm, m->self))->view()) + ">");
}

R<Value> method_eq(Interpreter& vm, Args args) {
    TRY(check_nargs(vm, args, "__eq__", 2, 2));
    if (!is_kind(args.v[1], Kind::BoundMethod)) return vm.not_implemented;
    auto* a = static_cast<BoundMethod*>(args.v[0].as_obj());
    auto* b = static_cast<BoundMethod*>(args.v[1].as_obj());
    return Value::boolean(a->func == b->func && a->self == b->self);
}

R<Value> method_hash(Interpreter& vm, Args args) {
    auto* m = static_cast<BoundMethod*>(args.v[0].as_obj());
    int64_t a = TRY(hash_value(vm, m->func));
    return make_int(vm, a ^ static_cast<int64_t>(m->self.bits() >> 4));
}

R<Value> native_repr(Interpreter& vm, Args args) {
    auto* f = static_cast<NativeFunction*>(args.v[0].as_obj());
    if (!f->self.is_null() && !is_kind(f->self, Kind::Module))
        return str_value(vm, "<built-in method " + std::string(f->name) + " of " + type_name(vm, f->self) + " object at " +
                                 address(f->self.is_obj() ? f->self.as_obj() : nullptr) + ">");
    if (!f->data.is_null() && is_type(f->data))
        return str_value(vm, "<method '" + std::string(f->name) + "' of '" +
                                 std::string(static_cast<Type*>(f->data.as_obj())->name->view()) + "' objects>");
    return str_value(vm, "<built-in function " + std::string(f->name) + ">");
}

R<Value> module_repr(Interpreter& vm, Args args) {
    auto* m = static_cast<Module*>(TRY(self_of(vm, args, vm.t_module, "__repr__")).as_obj());
    Value file = m->dict ? dict_get_str(m->dict, vm.n___file__) : Value();
    if (is_kind(file, Kind::Str))
        return str_value(vm, "<module '" + std::string(m->name->view()) + "' from '" + std::string(as_str(file)->view()) + "'>");
    bool frozen = find_frozen_module(m->name->view()) != nullptr;
    return str_value(vm, "<module '" + std::string(m->name->view()) + (frozen ? "' (frozen)>" : "' (built-in)>"));
}

R<Value> module_new(Interpreter& vm, Args args) {
    Value a[2];
    TRY(parse_args(vm, Args{args.v + 1, args.n - 1, args.kwnames}, "module", {"name", "doc"}, 1, 0, a));
    if (!is_kind(a[0], Kind::Str)) return raise(vm, vm.e_TypeError, "module.__init__() argument 'name' must be str, not %s", type_name(vm, a[0]));
    Module* m = TRY(new_module(vm, as_str(a[0])));
    return val(m);
}

R<Value> module_init(Interpreter& vm, Args args) {
    (void)vm;
    (void)args;
    return Value::none();
}

R<Value> cell_repr(Interpreter& vm, Args args) {
    return str_value(vm, "<cell at " + address(args.v[0].as_obj()) + ">");
}

R<Value> code_repr(Interpreter& vm, Args args) {
    auto* c = static_cast<Code*>(args.v[0].as_obj());
    return str_value(vm, "<code object " + std::string(c->name->view()) + " at " + address(c) + ", file \"" +
                             std::string(c->filename->view()) + "\", line " + std::to_string(c->firstlineno) + ">");
}

R<Value> none_repr(Interpreter& vm, Args args) {
    (void)args;
    return val(TRY(intern(vm, "None")));
}
R<Value> none_bool(Interpreter& vm, Args args) {
    (void)vm;
    (void)args;
    return Value::boolean(false);
}
R<Value> none_new(Interpreter& vm, Args args) {
    if (args.n > 1 || args.nkw()) return raise(vm, vm.e_TypeError, "NoneType takes no arguments");
    return Value::none();
}
R<Value> notimpl_repr(Interpreter& vm, Args args) {
    (void)args;
    return val(TRY(intern(vm, "NotImplemented")));
}
R<Value> ellipsis_repr(Interpreter& vm, Args args) {
    (void)args;
    return val(TRY(intern(vm, "Ellipsis")));
}

// ---- property, classmethod, staticmethod --------------------------------------------------------------------

R<Value> property_new(Interpreter& vm, Args args) {
    Type* cls = static_cast<Type*>(args.v[0].as_obj());
    Property* p = TRY(alloc<Property>(vm, cls));
    return val(p);
}

R<Value> property_init(Interpreter& vm, Args args) {
    Value self = TRY(self_of(vm, args, vm.t_property, "__init__"));
    Value a[4];
    TRY(parse_args(vm, Args{args.v + 1, args.n - 1, args.kwnames}, "property", {"fget", "fset", "fdel", "doc"}, 0, 0, a));
    auto* p = static_cast<Property*>(self.as_obj());
    p->fget = a[0].is_none() ? Value() : a[0];
    p->fset = a[1].is_none() ? Value() : a[1];
    p->fdel = a[2].is_none() ? Value() : a[2];
    p->doc = a[3];
    if (p->doc.is_null() && !p->fget.is_null()) p->doc = TRY(getattr_opt(vm, p->fget, vm.n___doc__));
    return Value::none();
}

R<Value> property_copy_with(Interpreter& vm, Args args, int which) {
    Value self = TRY(self_of(vm, args, vm.t_property, "setter"));
    TRY(check_nargs(vm, args, "property", 2, 2));
    auto* p = static_cast<Property*>(self.as_obj());
    Property* q = TRY(alloc<Property>(vm, p->type));
    q->fget = p->fget;
    q->fset = p->fset;
    q->fdel = p->fdel;
    q->doc = p->doc;
    if (which == 0) q->fget = args.v[1];
    if (which == 1) q->fset = args.v[1];
    if (which == 2) q->fdel = args.v[1];
    return val(q);
}
R<Value> property_getter(Interpreter& vm, Args args) { return property_copy_with(vm, args, 0); }
R<Value> property_setter(Interpreter& vm, Args args) { return property_copy_with(vm, args, 1); }
R<Value> property_deleter(Interpreter& vm, Args args) { return property_copy_with(vm, args, 2); }

R<Value> property_get(Interpreter& vm, Args args) {
    TRY(check_nargs(vm, args, "__get__", 2, 3));
    auto* p = static_cast<Property*>(args.v[0].as_obj());
    if (args.v[1].is_none()) return args.v[0];
    if (p->fget.is_null()) return raise(vm, vm.e_AttributeError, "property has no getter");
    return call1(vm, p->fget, args.v[1]);
}

R<Value> property_set(Interpreter& vm, Args args) {
    TRY(check_nargs(vm, args, "__set__", 3, 3));
    auto* p = static_cast<Property*>(args.v[0].as_obj());
    if (p->fset.is_null()) return raise(vm, vm.e_AttributeError, "can't set attribute");
    TRY(call2(vm, p->fset, args.v[1], args.v[2]));
    return Value::none();
}

R<Value> wrapper_new(Interpreter& vm, Args args) {
    Type* cls = static_cast<Type*>(args.v[0].as_obj());
    if (args.n != 2) return raise(vm, vm.e_TypeError, "%s expected 1 argument, got %u", cls->name->data, args.n - 1);
    ClassMethod* cm = TRY(alloc<ClassMethod>(vm, cls));
    cm->func = args.v[1];
    return val(cm);
}

R<Value> wrapper_init(Interpreter& vm, Args args) {
    (void)vm;
    (void)args;
    return Value::none();
}

R<Value> classmethod_get(Interpreter& vm, Args args) {
    TRY(check_nargs(vm, args, "__get__", 2, 3));
    auto* cm = static_cast<ClassMethod*>(args.v[0].as_obj());
    Value owner = args.n == 3 && !args.v[2].is_none() ? args.v[2] : val(type_of(vm, args.v[1]));
    return new_bound_method(vm, cm->func, owner);
}

R<Value> staticmethod_get(Interpreter& vm, Args args) {
    TRY(check_nargs(vm, args, "__get__", 2, 3));
    return static_cast<ClassMethod*>(args.v[0].as_obj())->func;
}

R<Value> staticmethod_call(Interpreter& vm, Args args) {
    auto* cm = static_cast<ClassMethod*>(args.v[0].as_obj());
    return call(vm, cm->func, Args{args.v + 1, args.n - 1, args.kwnames});
}

// ---- super ----------------------------------------------------------------------------------------------------

R<Value> super_new(Interpreter& vm, Args args) {
    Type* cls = static_cast<Type*>(args.v[0].as_obj());
    Value type, obj;
    if (args.n == 1) {
        // Zero-argument form: the __class__ cell and the first argument of the calling function.
        Frame* f = vm.frame;
        if (!f || !f->func) return raise(vm, vm.e_RuntimeError, "super(): no arguments");
        Code* co = f->code;
        if (co->argcount == 0 && !(co->flags & CO_VARARGS)) return raise(vm, vm.e_RuntimeError, "super(): no arguments");
        obj = f->fast[0];
        if (co->cell2arg) {
            for (uint32_t i = 0; i < co->cellvars->size; i++)
                if (co->cell2arg[i] == 0) obj = static_cast<Cell*>(f->fast[co->nlocals + i].as_obj())->value;
        }
        if (obj.is_null()) return raise(vm, vm.e_RuntimeError, "super(): arg[0] deleted");
        uint32_t ncell = co->cellvars->size;
        for (uint32_t i = 0; i < co->freevars->size; i++) {
            if (as_str(co->freevars->items[i])->view() == "__class__") {
                Value c = f->fast[co->nlocals + ncell + i];
                type = static_cast<Cell*>(c.as_obj())->value;
            }
        }
        if (type.is_null()) return raise(vm, vm.e_RuntimeError, "super(): __class__ cell not found");
    } else {
        TRY(check_nargs(vm, Args{args.v + 1, args.n - 1, args.kwnames}, "super", 1, 2));
        type = args.v[1];
        obj = args.n == 3 ? args.v[2] : Value();
    }
    if (!is_type(type)) return raise(vm, vm.e_TypeError, "super() argument 1 must be a type, not %s", type_name(vm, type));
    Super* s = TRY(alloc<Super>(vm, cls));
    s->type = static_cast<Type*>(type.as_obj());
    s->obj = obj;
    if (!obj.is_null()) {
        if (is_type(obj) && is_subtype(static_cast<Type*>(obj.as_obj()), s->type)) s->obj_type = static_cast<Type*>(obj.as_obj());
        else if (isinstance(vm, obj, s->type)) s->obj_type = type_of(vm, obj);
        else return raise(vm, vm.e_TypeError, "super(type, obj): obj must be an instance or subtype of type");
    }
    return val(s);
}

R<Value> super_init(Interpreter& vm, Args args) {
    (void)vm;
    (void)args;
    return Value::none();
}

R<Value> super_repr(Interpreter& vm, Args args) {
    auto* s = static_cast<Super*>(args.v[0].as_obj());
    std::string r = "<super: <class '" + std::string(s->type->name->view()) + "'>, ";
    r += s->obj_type ? "<" + std::string(s->obj_type->name->view()) + " object>>" : "NULL>";
    return str_value(vm, r);
}

// f.__call__(*args, **kwargs): calls are dispatched on the object's kind; this makes them visible to
// hasattr(f, '__call__') and structural checks such as collections.abc.Callable.
R<Value> callable_call(Interpreter& vm, Args args) {
    return call(vm, args.v[0], Args{args.v + 1, args.n - 1, args.kwnames});
}

}  // namespace

// ---- code object attributes (co_name and co_filename are special attributes in attr.cpp) ----------------------

static R<Code*> code_self(Interpreter& vm, Args args, const char* name) {
    return static_cast<Code*>(TRY(self_of(vm, args, vm.t_code, name)).as_obj());
}
static R<Value> code_argcount(Interpreter& vm, Args args) { return make_int(vm, TRY(code_self(vm, args, "co_argcount"))->argcount); }
static R<Value> code_posonlyargcount(Interpreter& vm, Args args) {
    return make_int(vm, TRY(code_self(vm, args, "co_posonlyargcount"))->posonlyargcount);
}
static R<Value> code_kwonlyargcount(Interpreter& vm, Args args) {
    return make_int(vm, TRY(code_self(vm, args, "co_kwonlyargcount"))->kwonlyargcount);
}
static R<Value> code_nlocals(Interpreter& vm, Args args) { return make_int(vm, TRY(code_self(vm, args, "co_nlocals"))->nlocals); }
static R<Value> code_stacksize(Interpreter& vm, Args args) { return make_int(vm, TRY(code_self(vm, args, "co_stacksize"))->stacksize); }
static R<Value> code_firstlineno(Interpreter& vm, Args args) { return make_int(vm, TRY(code_self(vm, args, "co_firstlineno"))->firstlineno); }
static R<Value> code_qualname(Interpreter& vm, Args args) { return val(TRY(code_self(vm, args, "co_qualname"))->qualname); }
static R<Value> code_varnames(Interpreter& vm, Args args) { return val(TRY(code_self(vm, args, "co_varnames"))->varnames); }
static R<Value> code_cellvars(Interpreter& vm, Args args) { return val(TRY(code_self(vm, args, "co_cellvars"))->cellvars); }
static R<Value> code_freevars(Interpreter& vm, Args args) { return val(TRY(code_self(vm, args, "co_freevars"))->freevars); }
static R<Value> code_names(Interpreter& vm, Args args) { return val(TRY(code_self(vm, args, "co_names"))->names); }
static R<Value> code_consts(Interpreter& vm, Args args) { return val(TRY(code_self(vm, args, "co_consts"))->consts); }

// co_flags in CPython's numbering, which inspect-style code tests (CO_GENERATOR is 0x20 there).
static R<Value> code_flags(Interpreter& vm, Args args) {
    Code* c = TRY(code_self(vm, args, "co_flags"));
    static constexpr struct { uint16_t ours; int64_t cpython; } kMap[] = {
        {CO_VARARGS, 0x04}, {CO_VARKEYWORDS, 0x08}, {CO_NESTED, 0x10}, {CO_GENERATOR, 0x20},
        {CO_COROUTINE, 0x80}, {CO_ASYNC_GENERATOR, 0x200},
    };
    int64_t flags = (c->flags & CO_MODULE) ? 0 : 0x03;  // CO_OPTIMIZED | CO_NEWLOCALS for function bodies
    for (const auto& m : kMap)
        if (c->flags & m.ours) flags |= m.cpython;
    return make_int(vm, flags);
}

void init_function_types(Interpreter& vm) {
    add_methods(vm, vm.t_function, {{"__repr__", function_repr}, {"__get__", function_get}, {"__call__", callable_call}});
    add_methods(vm, vm.t_method, {{"__repr__", method_repr}, {"__eq__", method_eq}, {"__hash__", method_hash},
                                  {"__call__", callable_call}});
    add_methods(vm, vm.t_builtin_function, {{"__repr__", native_repr}, {"__call__", callable_call}});
    add_staticmethods(vm, vm.t_module, {{"__new__", module_new}});
    add_methods(vm, vm.t_module, {{"__repr__", module_repr}, {"__init__", module_init}});
    add_methods(vm, vm.t_cell, {{"__repr__", cell_repr}});
    add_methods(vm, vm.t_code, {{"__repr__", code_repr}});
    add_properties(vm, vm.t_code, {{"co_argcount", code_argcount}, {"co_posonlyargcount", code_posonlyargcount},
                                   {"co_kwonlyargcount", code_kwonlyargcount}, {"co_nlocals", code_nlocals},
                                   {"co_stacksize", code_stacksize}, {"co_firstlineno", code_firstlineno},
                                   {"co_qualname", code_qualname}, {"co_varnames", code_varnames},
                                   {"co_cellvars", code_cellvars}, {"co_freevars", code_freevars},
                                   {"co_names", code_names}, {"co_consts", code_consts}, {"co_flags", code_flags}});
    add_staticmethods(vm, vm.t_none, {{"__new__", none_new}});
    add_methods(vm, vm.t_none, {{"__repr__", none_repr}, {"__bool__", none_bool}});
    add_methods(vm, vm.t_not_implemented, {{"__repr__", notimpl_repr}});
    add_methods(vm, vm.t_ellipsis, {{"__repr__", ellipsis_repr}});
    add_staticmethods(vm, vm.t_property, {{"__new__", property_new}});
    add_methods(vm, vm.t_property, {{"__init__", property_init},
                                    {"getter", property_getter},
                                    {"setter", property_setter},
                                    {"deleter", property_deleter},
                                    {"__get__", property_get},
                                    {"__set__", property_set}});
    add_staticmethods(vm, vm.t_classmethod, {{"__new__", wrapper_new}});
    add_methods(vm, vm.t_classmethod, {{"__init__", wrapper_init}, {"__get__", classmethod_get}});
    add_staticmethods(vm, vm.t_staticmethod, {{"__new__", wrapper_new}});
    add_methods(vm, vm.t_staticmethod, {{"__init__", wrapper_init}, {"__get__", staticmethod_get}, {"__call__", staticmethod_call}});
    add_staticmethods(vm, vm.t_super, {{"__new__", super_new}});
    add_methods(vm, vm.t_super, {{"__init__", super_init}, {"__repr__", super_repr}});
}

}  // namespace pyco
