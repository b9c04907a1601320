// Generator objects: iteration, send(), throw() and close().
#include <cstdio>
#include <string>

#include "objects/objects.h"
#include "vm/opcodes.h"
#include "vm/vm.h"

namespace pyco {

namespace {

Generator* gen_self(Value v) { return static_cast<Generator*>(v.as_obj()); }

// Runs the generator one step; a finished generator raises StopIteration(return value).
R<Value> step(Interpreter& vm, Generator* g, Value sent, bool throwing) {
    Value ret;
    Value r = TRY(generator_resume(vm, g, sent, throwing, &ret));
    if (!r.is_null()) return r;
    Value arg = ret.is_null() ? Value::none() : ret;
    R<Value> exc = new_exception(vm, vm.e_StopIteration, Args{&arg, ret.is_null() || ret.is_none() ? 0u : 1u, nullptr});
    if (exc.failed()) return Raised{};
    return raise_value(vm, exc.take());
}

R<Value> gen_iter(Interpreter& vm, Args args) {
    TRY(self_of(vm, args, vm.t_generator, "__iter__"));
    return args.v[0];
}

R<Value> gen_next(Interpreter& vm, Args args) {
    Value self = TRY(self_of(vm, args, vm.t_generator, "__next__"));
    return step(vm, gen_self(self), Value::none(), false);
}

R<Value> gen_send(Interpreter& vm, Args args) {
    Value self = TRY(self_of(vm, args, vm.t_generator, "send"));
    TRY(check_nargs(vm, args, "send", 2, 2));
    return step(vm, gen_self(self), args.v[1], false);
}

// The iterator a suspended generator delegates to (it is suspended at YIELD_FROM, the iterator on top of its
// stack), or null.
Value delegate_of(Generator* g) {
    Frame* f = g->frame;
    if (!f || !g->started || g->running) return Value();
    if (instr_op(f->code->code[f->ip]) != Op::YIELD_FROM) return Value();
    return f->sp[-1];
}

R<Value> gen_close_impl(Interpreter& vm, Args args);
R<Value> gen_throw_impl(Interpreter& vm, Args args);

// Closes the iterator a generator delegates to: close() of a generator/coroutine, else its close method if any.
R<Value> close_delegate(Interpreter& vm, Generator* g, Value inner) {
    g->running = true;
    R<Value> r(Value::none());
    if (is_kind(inner, Kind::Generator)) {
        Value a = inner;
        r = gen_close_impl(vm, Args{&a, 1, nullptr});
    } else {
        R<Str*> name = intern(vm, "close");
        if (name.failed()) r = Raised{};
        else {
            bool found = false;
            r = call_method(vm, inner, name.take(), nullptr, 0, &found);
        }
    }
    g->running = false;
    return r;
}

// The value carried by a StopIteration instance (None if none).
Value stop_value(Value e) {
    Value v = as_exception(e)->value;
    return v.is_null() ? Value::none() : v;
}

// throw() into a generator suspended in `yield from`/`await` (PEP 380): GeneratorExit closes the delegate and
// is then raised here; other exceptions go to the delegate's throw(), whose StopIteration finishes the
// delegation with its value.
R<Value> throw_delegating(Interpreter& vm, Generator* g, Value inner, Value exc, Args args) {
    if (isinstance(vm, exc, vm.e_GeneratorExit)) {
        R<Value> c = close_delegate(vm, g, inner);
        if (!c.failed()) vm.exc = exc;  // else the close() error is raised here instead
        return step(vm, g, Value::none(), true);
    }
    R<Value> r(Value::none());
    g->running = true;
    if (is_kind(inner, Kind::Generator)) {
        Value a[2] = {inner, exc};
        r = gen_throw_impl(vm, Args{a, 2, nullptr});
    } else {
        R<Str*> name = intern(vm, "throw");
        if (name.failed()) {
            r = Raised{};
        } else {
            bool found = false;
            r = call_method(vm, inner, name.take(), args.v + 1, args.n - 1, &found);  // the original arguments
            if (!r.failed() && !found) {
                g->running = false;
                vm.exc = exc;
                return step(vm, g, Value::none(), true);
            }
        }
    }
    g->running = false;
    if (!r.failed()) return r.take();  // the delegate yielded: we stay suspended in it
    if (exception_matches(vm, vm.exc, vm.e_StopIteration)) {
        Value v = stop_value(take_exception(vm));
        Frame* f = g->frame;
        f->sp--;  // drop the delegate; resume after YIELD_FROM with its result
        f->ip++;
        return step(vm, g, v, false);
    }
    return step(vm, g, Value::none(), true);
}

R<Value> gen_throw_impl(Interpreter& vm, Args args) {
    Value self = args.v[0];
    TRY(check_nargs(vm, args, "throw", 2, 4));
    Value exc = args.v[1];
    if (is_type(exc)) {
        Value a = args.n >= 3 && !args.v[2].is_none() ? args.v[2] : Value();
        exc = TRY(call(vm, exc, Args{a.is_null() ? nullptr : &a, a.is_null() ? 0u : 1u, nullptr}));
    }
    if (!isinstance(vm, exc, vm.e_BaseException)) return raise(vm, vm.e_TypeError, "exceptions must be classes or instances deriving from BaseException, not %s", type_name(vm, exc));
    Generator* g = gen_self(self);
    Value inner = delegate_of(g);
    if (!inner.is_null()) return throw_delegating(vm, g, inner, exc, args);
    vm.exc = exc;
    if (!g->frame || !g->started) {
        g->frame = nullptr;
        return Raised{};
    }
    return step(vm, g, Value::none(), true);
}

R<Value> gen_throw(Interpreter& vm, Args args) {
    TRY(self_of(vm, args, vm.t_generator, "throw"));
    return gen_throw_impl(vm, args);
}

R<Value> gen_close_impl(Interpreter& vm, Args args) {
    Generator* g = gen_self(args.v[0]);
    if (!g->frame) return Value::none();
    if (!g->started) {
        g->frame = nullptr;
        return Value::none();
    }
    Value inner = delegate_of(g);
    R<Value> closed = inner.is_null() ? R<Value>(Value::none()) : close_delegate(vm, g, inner);
    if (!closed.failed()) {  // else the delegate's close() error is raised here instead of GeneratorExit
        R<Value> exc = new_exception(vm, vm.e_GeneratorExit, Args{nullptr, 0, nullptr});
        if (exc.failed()) return Raised{};
        vm.exc = exc.take();
    }
    Value ret;
    R<Value> r = generator_resume(vm, g, Value::none(), true, &ret);
    if (r.failed()) {
        if (exception_matches(vm, vm.exc, vm.e_GeneratorExit) || exception_matches(vm, vm.exc, vm.e_StopIteration)) {
            take_exception(vm);
            return Value::none();
        }
        return Raised{};
    }
    if (!r.take().is_null())
        return raise(vm, vm.e_RuntimeError, "%s ignored GeneratorExit", g->type == vm.t_coroutine ? "coroutine" : "generator");
    return Value::none();
}

R<Value> gen_close(Interpreter& vm, Args args) {
    TRY(self_of(vm, args, vm.t_generator, "close"));
    return gen_close_impl(vm, args);
}

R<Value> gen_repr(Interpreter& vm, Args args) {
    Generator* g = gen_self(args.v[0]);
    char buf[64];
    std::snprintf(buf, sizeof buf, " at %p>", static_cast<void*>(g));
    std::string s = "<generator object ";
    s += g->qualname->view();
    s += buf;
    return val(TRY(new_str(vm, s)));
}

// ---- coroutines: the generator machinery without iteration; __await__ gives a wrapper that iterates ----------

R<Generator*> coro_self(Interpreter& vm, Args args, const char* method) {
    Value self = TRY(self_of(vm, args, vm.t_coroutine, method));
    return gen_self(self);
}

R<Value> coro_send(Interpreter& vm, Args args) {
    Generator* g = TRY(coro_self(vm, args, "send"));
    TRY(check_nargs(vm, args, "send", 2, 2));
    return step(vm, g, args.v[1], false);
}

R<Value> coro_throw(Interpreter& vm, Args args) {
    TRY(coro_self(vm, args, "throw"));
    return gen_throw_impl(vm, args);
}

R<Value> coro_close(Interpreter& vm, Args args) {
    TRY(coro_self(vm, args, "close"));
    return gen_close_impl(vm, args);
}

R<Value> coro_await(Interpreter& vm, Args args) {
    Generator* g = TRY(coro_self(vm, args, "__await__"));
    Cell* w = TRY(alloc<Cell>(vm, vm.t_coroutine_wrapper));
    w->value = val(g);
    return val(w);
}

R<Value> coro_repr(Interpreter& vm, Args args) {
    Generator* g = TRY(coro_self(vm, args, "__repr__"));
    char buf[64];
    std::snprintf(buf, sizeof buf, " at %p>", static_cast<void*>(g));
    return val(TRY(new_str(vm, "<coroutine object " + std::string(g->qualname->view()) + buf)));
}

// The wrapper's methods act on the coroutine it wraps (args.v[0] replaced by the coroutine).
R<Value> wrapper_call(Interpreter& vm, Args args, const char* method, NativeFn fn) {
    Value self = TRY(self_of(vm, args, vm.t_coroutine_wrapper, method));
    Tuple* all = TRY(tuple_from_span(vm, args.v, args.n + args.nkw()));
    all->items[0] = static_cast<Cell*>(self.as_obj())->value;
    return fn(vm, Args{all->items, args.n, args.kwnames});
}
R<Value> wrapper_iter(Interpreter& vm, Args args) { return self_of(vm, args, vm.t_coroutine_wrapper, "__iter__"); }
R<Value> wrapper_next(Interpreter& vm, Args args) {
    Value self = TRY(self_of(vm, args, vm.t_coroutine_wrapper, "__next__"));
    return step(vm, gen_self(static_cast<Cell*>(self.as_obj())->value), Value::none(), false);
}
R<Value> wrapper_send(Interpreter& vm, Args args) { return wrapper_call(vm, args, "send", coro_send); }
R<Value> wrapper_throw(Interpreter& vm, Args args) { return wrapper_call(vm, args, "throw", coro_throw); }
R<Value> wrapper_close(Interpreter& vm, Args args) { return wrapper_call(vm, args, "close", coro_close); }

}  // namespace

void init_generator_type(Interpreter& vm) {
    add_methods(vm, vm.t_coroutine,
                {{"send", coro_send}, {"throw", coro_throw}, {"close", coro_close}, {"__await__", coro_await}, {"__repr__", coro_repr}});
    add_methods(vm, vm.t_coroutine_wrapper, {{"__iter__", wrapper_iter},
                                             {"__next__", wrapper_next},
                                             {"send", wrapper_send},
                                             {"throw", wrapper_throw},
                                             {"close", wrapper_close}});
    add_methods(vm, vm.t_generator, {{"__iter__", gen_iter},
                                     {"__next__", gen_next},
                                     {"send", gen_send},
                                     {"throw", gen_throw},
                                     {"close", gen_close},
                                     {"__repr__", gen_repr}});
}

}  // namespace pyco
