// Calling any callable: Python functions, natives, bound methods, classes and objects with __call__.
#include <cstring>

#include "objects/objects.h"
#include "ports/port.h"
#include "vm/vm.h"

namespace pyco {

uint32_t Args::nkw() const { return kwnames ? kwnames->size : 0; }

// Calls `callable` with `first` inserted before the given arguments, without allocating for small calls.
static R<Value> call_with_first(Interpreter& vm, Value callable, Value first, Args args) {
    uint32_t total = args.n + args.nkw();
    Value buf[12];
    if (total + 1 <= 12) {
        buf[0] = first;
        if (total) std::memcpy(static_cast<void*>(buf + 1), args.v, sizeof(Value) * total);
        return call(vm, callable, Args{buf, args.n + 1, args.kwnames});
    }
    Tuple* all = TRY(new_tuple(vm, total + 1));
    all->items[0] = first;
    for (uint32_t i = 0; i < total; i++) all->items[i + 1] = args.v[i];
    return call(vm, callable, Args{all->items, args.n + 1, args.kwnames});
}

Status enter_recursion(Interpreter& vm, const char* where) {
    (void)where;
    if (vm.native_depth > vm.recursion_limit + 50) {
        return raise(vm, vm.e_RecursionError, "maximum recursion depth exceeded");
    }
    // Guard the C++ stack itself: deep native recursion (repr of nested lists, say) must not overflow it.
    char probe;
    uintptr_t here = reinterpret_cast<uintptr_t>(&probe);
    uintptr_t limit = vm.port.stack_limit();
    if (limit && here < limit) return raise(vm, vm.e_RecursionError, "maximum recursion depth exceeded");
    vm.native_depth++;
    return Status::ok();
}

R<Value> type_call(Interpreter& vm, Type* t, Args args) {
    if (t == vm.t_type && args.n == 1 && args.nkw() == 0) return val(type_of(vm, args.v[0]));
    Value nw = type_lookup(vm, t, vm.n___new__);
    if (nw.is_null()) return raise(vm, vm.e_TypeError, "cannot create '%s' instances", t->name->data);
    if (is_kind(nw, Kind::ClassMethod)) nw = static_cast<ClassMethod*>(nw.as_obj())->func;
    Value obj = TRY(call_with_first(vm, nw, val(t), args));
    if (!isinstance(vm, obj, t)) return obj;
    Value init = type_lookup(vm, type_of(vm, obj), vm.n___init__);
    if (init.is_null() || init == vm.object_init) {
        // object.__init__ only complains about arguments when __new__ is object's too.
        if ((args.n || args.nkw()) && type_lookup(vm, t, vm.n___new__) == vm.object_new)
            return raise(vm, vm.e_TypeError, "%s() takes no arguments", t->name->data);
        return obj;
    }
    Value r = TRY(call_with_first(vm, init, obj, args));
    if (!r.is_none()) return raise(vm, vm.e_TypeError, "__init__() should return None, not '%s'", type_name(vm, r));
    return obj;
}

R<Value> call(Interpreter& vm, Value callable, Args args) {
    if (callable.is_obj()) {
        Obj* o = callable.as_obj();
        switch (o->type->kind) {
            case Kind::Function:
                if (o->type == vm.t_function) return call_function(vm, static_cast<Function*>(o), args);
                break;
            case Kind::NativeFunction: {
                auto* nf = static_cast<NativeFunction*>(o);
                if (!nf->self.is_null()) {
                    // A built-in bound to its receiver (e.g. a module function taking the module, or `[].append`).
                    uint32_t total = args.n + args.nkw();
                    Tuple* all = TRY(new_tuple(vm, total + 1));
                    all->items[0] = nf->self;
                    for (uint32_t i = 0; i < total; i++) all->items[i + 1] = args.v[i];
                    TRY(enter_recursion(vm));
                    R<Value> r = nf->fn(vm, Args{all->items, args.n + 1, args.kwnames});
                    leave_recursion(vm);
                    return r;
                }
                TRY(enter_recursion(vm));
                R<Value> r = nf->fn(vm, args);
                leave_recursion(vm);
                return r;
            }
            case Kind::BoundMethod: {
                auto* m = static_cast<BoundMethod*>(o);
                return call_with_first(vm, m->func, m->self, args);
            }
            case Kind::Type:
                if (o->type == vm.t_type) return type_call(vm, static_cast<Type*>(o), args);
                break;
            default:
                break;
        }
    }
    Type* t = type_of(vm, callable);
    Value dunder = type_lookup(vm, t, vm.n___call__);
    if (dunder.is_null() || dunder.is_none()) return raise(vm, vm.e_TypeError, "'%s' object is not callable", t->name->data);
    return call_with_first(vm, dunder, callable, args);
}

R<Value> call0(Interpreter& vm, Value callable) { return call(vm, callable, Args{nullptr, 0, nullptr}); }
R<Value> call1(Interpreter& vm, Value callable, Value a) { return call(vm, callable, Args{&a, 1, nullptr}); }
R<Value> call2(Interpreter& vm, Value callable, Value a, Value b) {
    Value v[2] = {a, b};
    return call(vm, callable, Args{v, 2, nullptr});
}
R<Value> call3(Interpreter& vm, Value callable, Value a, Value b, Value c) {
    Value v[3] = {a, b, c};
    return call(vm, callable, Args{v, 3, nullptr});
}

R<NativeFunction*> new_native(Interpreter& vm, const char* name, NativeFn fn, Value self) {
    NativeFunction* f = TRY(alloc<NativeFunction>(vm, vm.t_builtin_function));
    f->fn = fn;
    f->name = name;
    f->self = self;
    return f;
}

// ---- argument checking ------------------------------------------------------------------------------------------

Status check_nargs(Interpreter& vm, Args args, const char* fname, uint32_t min, uint32_t max) {
    if (args.nkw()) return raise(vm, vm.e_TypeError, "%s() takes no keyword arguments", fname);
    if (args.n >= min && args.n <= max) return Status::ok();
    if (min == max) {
        if (min == 0) return raise(vm, vm.e_TypeError, "%s() takes no arguments (%u given)", fname, args.n);
        if (min == 1) return raise(vm, vm.e_TypeError, "%s() takes exactly one argument (%u given)", fname, args.n);
        return raise(vm, vm.e_TypeError, "%s expected %u arguments, got %u", fname, min, args.n);
    }
    if (args.n < min) return raise(vm, vm.e_TypeError, "%s expected at least %u argument%s, got %u", fname, min, min == 1 ? "" : "s", args.n);
    return raise(vm, vm.e_TypeError, "%s expected at most %u argument%s, got %u", fname, max, max == 1 ? "" : "s", args.n);
}

Status parse_args(Interpreter& vm, Args args, const char* fname, std::initializer_list<const char*> names,
                  uint32_t min_required, uint32_t first_kw, Value* out) {
    uint32_t n = static_cast<uint32_t>(names.size());
    for (uint32_t i = 0; i < n; i++) out[i] = Value();
    if (args.n > n) {
        return raise(vm, vm.e_TypeError, "%s() takes at most %u argument%s (%u given)", fname, n, n == 1 ? "" : "s",
                     args.n + args.nkw());
    }
    for (uint32_t i = 0; i < args.n; i++) out[i] = args.v[i];
    for (uint32_t k = 0; k < args.nkw(); k++) {
        Str* kn = as_str(args.kwnames->items[k]);
        uint32_t i = 0;
        for (const char* nm : names) {
            if (i >= first_kw && kn->view() == nm) break;
            i++;
        }
        if (i >= n) {
            uint32_t j = 0;
            for (const char* nm : names) {
                if (j < first_kw && kn->view() == nm)
                    return raise(vm, vm.e_TypeError, "%s() takes no keyword arguments", fname);
                j++;
            }
            return raise(vm, vm.e_TypeError, "'%s' is an invalid keyword argument for %s()", kn->data, fname);
        }
        if (!out[i].is_null())
            return raise(vm, vm.e_TypeError, "argument for %s() given by name ('%s') and position (%u)", fname, kn->data, i + 1);
        out[i] = args.v[args.n + k];
    }
    uint32_t i = 0;
    for (const char* nm : names) {
        if (i < min_required && out[i].is_null()) {
            if (i < first_kw)
                return raise(vm, vm.e_TypeError, "%s() takes at least %u positional argument%s (%u given)", fname,
                             min_required, min_required == 1 ? "" : "s", args.n);
            return raise(vm, vm.e_TypeError, "%s() missing required argument '%s' (pos %u)", fname, nm, i + 1);
        }
        i++;
    }
    return Status::ok();
}

}  // namespace pyco
