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


// ---- async generators (PEP 525) -------------------------------------------------------------------------------
// `yield v` inside an async generator yields v wrapped (ASYNC_GEN_WRAP); values an `await` inside it yields are
// not wrapped. The awaitables asend()/athrow()/aclose() (and __anext__) step the generator: a wrapped value
// completes the awaitable with StopIteration(v); an unwrapped one passes through to whoever drives the await
// (the event loop). Awaitables are Iter objects: a = the generator, b/c = the value to send or the exception
// to throw, i = what it does, j = its state.

enum : int64_t { kAsend = 0, kAthrow = 1, kAclose = 2 };
enum : int64_t { kAwaitInit = 0, kAwaitIter = 1, kAwaitClosed = 2 };

R<Value> raise_empty(Interpreter& vm, Type* type) {
    R<Value> exc = new_exception(vm, type, Args{nullptr, 0, nullptr});
    if (exc.failed()) return Raised{};
    return raise_value(vm, exc.take());
}

R<Value> raise_stop_with(Interpreter& vm, Value v) {
    R<Value> exc = new_exception(vm, vm.e_StopIteration, Args{&v, 1, nullptr});
    if (exc.failed()) return Raised{};
    return raise_value(vm, exc.take());
}

bool is_wrapped(Interpreter& vm, Value v) { return v.is_obj() && v.as_obj()->type == vm.t_async_generator_wrapped_value; }

R<Value> agen_unwrap(Interpreter& vm, Generator* g, R<Value> r) {
    if (r.failed()) {
        if (exception_matches(vm, vm.exc, vm.e_StopIteration)) {  // the generator returned
            take_exception(vm);
            (void)raise_empty(vm, vm.e_StopAsyncIteration);
        }
        if (exception_matches(vm, vm.exc, vm.e_StopAsyncIteration) || exception_matches(vm, vm.exc, vm.e_GeneratorExit))
            g->ag_closed = true;
        g->ag_running_async = false;
        return Raised{};
    }
    Value v = r.take();
    if (is_wrapped(vm, v)) {
        g->ag_running_async = false;
        return raise_stop_with(vm, static_cast<Cell*>(v.as_obj())->value);
    }
    return v;
}

R<Generator*> agen_self(Interpreter& vm, Args args, const char* method) {
    Value self = TRY(self_of(vm, args, vm.t_async_generator, method));
    return gen_self(self);
}

R<Value> new_agen_awaitable(Interpreter& vm, Generator* g, int64_t op, Value b, Value c) {
    Iter* it = TRY(alloc<Iter>(vm, op == kAsend ? vm.t_async_generator_asend : vm.t_async_generator_athrow));
    it->a = val(g);
    it->b = b;
    it->c = c;
    it->i = op;
    it->j = kAwaitInit;
    return val(it);
}

R<Value> agen_aiter(Interpreter& vm, Args args) {
    TRY(agen_self(vm, args, "__aiter__"));
    return args.v[0];
}

R<Value> agen_anext(Interpreter& vm, Args args) {
    Generator* g = TRY(agen_self(vm, args, "__anext__"));
    return new_agen_awaitable(vm, g, kAsend, Value::none(), Value());
}

R<Value> agen_asend(Interpreter& vm, Args args) {
    Generator* g = TRY(agen_self(vm, args, "asend"));
    TRY(check_nargs(vm, args, "asend", 2, 2));
    return new_agen_awaitable(vm, g, kAsend, args.v[1], Value());
}

R<Value> agen_athrow(Interpreter& vm, Args args) {
    Generator* g = TRY(agen_self(vm, args, "athrow"));
    TRY(check_nargs(vm, args, "athrow", 2, 4));
    Value exc = args.v[1];
    Value arg = args.n >= 3 ? args.v[2] : Value();
    // The exception is built when the awaitable first runs, as gen.throw(type, value) would.
    Tuple* t = TRY(new_tuple(vm, arg.is_null() ? 1 : 2));
    t->items[0] = exc;
    if (!arg.is_null()) t->items[1] = arg;
    return new_agen_awaitable(vm, g, kAthrow, val(t), Value());
}

R<Value> agen_aclose(Interpreter& vm, Args args) {
    Generator* g = TRY(agen_self(vm, args, "aclose"));
    return new_agen_awaitable(vm, g, kAclose, Value(), Value());
}

R<Value> agen_repr(Interpreter& vm, Args args) {
    Generator* g = TRY(agen_self(vm, args, "__repr__"));
    char buf[64];
    std::snprintf(buf, sizeof buf, " at %p>", static_cast<void*>(g));
    return val(TRY(new_str(vm, "<async_generator object " + std::string(g->qualname->view()) + buf)));
}

R<Iter*> awaitable_self(Interpreter& vm, Args args, const char* method) {
    Value self = args.n ? args.v[0] : Value();
    if (self.is_null() || !self.is_obj() ||
        (self.as_obj()->type != vm.t_async_generator_asend && self.as_obj()->type != vm.t_async_generator_athrow)) {
        Value s = TRY(self_of(vm, args, vm.t_async_generator_asend, method));
        return static_cast<Iter*>(s.as_obj());
    }
    return static_cast<Iter*>(self.as_obj());
}

// Throws into the generator: args are (type-or-instance[, value]).
R<Value> agen_throw_into(Interpreter& vm, Generator* g, const Value* exc_args, uint32_t n) {
    Value a[3] = {val(g), n > 0 ? exc_args[0] : Value(), n > 1 ? exc_args[1] : Value()};
    return gen_throw_impl(vm, Args{a, n + 1, nullptr});
}

R<Value> awaitable_step(Interpreter& vm, Iter* aw, Value sent, const Value* throw_args, uint32_t nthrow) {
    Generator* g = gen_self(aw->a);
    if (aw->i == kAsend) {
        if (aw->j == kAwaitClosed) return raise(vm, vm.e_RuntimeError, "cannot reuse already awaited __anext__()/asend()");
        if (aw->j == kAwaitInit) {
            if (g->ag_running_async) return raise(vm, vm.e_RuntimeError, "anext(): asynchronous generator is already running");
            if (!throw_args && sent.is_none()) sent = aw->b;
            aw->j = kAwaitIter;
        }
        g->ag_running_async = true;
        R<Value> r = throw_args ? agen_throw_into(vm, g, throw_args, nthrow) : step(vm, g, sent, false);
        R<Value> out = agen_unwrap(vm, g, std::move(r));
        if (out.failed()) aw->j = kAwaitClosed;
        return out;
    }
    bool closing = aw->i == kAclose;
    if (aw->j == kAwaitClosed) return raise(vm, vm.e_RuntimeError, "cannot reuse already awaited aclose()/athrow()");
    if (!g->frame) {
        aw->j = kAwaitClosed;
        return raise_empty(vm, vm.e_StopIteration);
    }
    R<Value> r(Value{});
    if (aw->j == kAwaitInit) {
        if (g->ag_running_async) {
            aw->j = kAwaitClosed;
            return raise(vm, vm.e_RuntimeError, closing ? "aclose(): asynchronous generator is already running"
                                                        : "athrow(): asynchronous generator is already running");
        }
        if (g->ag_closed) {
            aw->j = kAwaitClosed;
            return raise_empty(vm, vm.e_StopAsyncIteration);
        }
        if (!throw_args && !sent.is_none()) return raise(vm, vm.e_RuntimeError, "can't send non-None value to a just-started coroutine");
        aw->j = kAwaitIter;
        g->ag_running_async = true;
        if (closing) {
            g->ag_closed = true;
            Value ge = vm.e_GeneratorExit ? val(vm.e_GeneratorExit) : Value();
            r = agen_throw_into(vm, g, &ge, 1);
        } else {
            Tuple* t = as_tuple(aw->b);
            r = agen_throw_into(vm, g, t->items, t->size);
        }
    } else {
        r = throw_args ? agen_throw_into(vm, g, throw_args, nthrow) : step(vm, g, sent, false);
    }
    if (!closing) {
        R<Value> out = agen_unwrap(vm, g, std::move(r));
        if (out.failed()) aw->j = kAwaitClosed;
        return out;
    }
    if (!r.failed()) {
        Value v = r.take();
        if (!is_wrapped(vm, v)) return v;
        g->ag_running_async = false;
        aw->j = kAwaitClosed;
        return raise(vm, vm.e_RuntimeError, "async generator ignored GeneratorExit");
    }
    g->ag_running_async = false;
    aw->j = kAwaitClosed;
    // aclose() is done when the generator exits (StopIteration for its return, StopAsyncIteration, GeneratorExit).
    if (exception_matches(vm, vm.exc, vm.e_StopAsyncIteration) || exception_matches(vm, vm.exc, vm.e_GeneratorExit) ||
        exception_matches(vm, vm.exc, vm.e_StopIteration)) {
        take_exception(vm);
        return raise_empty(vm, vm.e_StopIteration);
    }
    return Raised{};
}

R<Value> awaitable_send(Interpreter& vm, Args args) {
    Iter* aw = TRY(awaitable_self(vm, args, "send"));
    TRY(check_nargs(vm, args, "send", 2, 2));
    return awaitable_step(vm, aw, args.v[1], nullptr, 0);
}

R<Value> awaitable_next(Interpreter& vm, Args args) {
    Iter* aw = TRY(awaitable_self(vm, args, "__next__"));
    return awaitable_step(vm, aw, Value::none(), nullptr, 0);
}

R<Value> awaitable_throw(Interpreter& vm, Args args) {
    Iter* aw = TRY(awaitable_self(vm, args, "throw"));
    TRY(check_nargs(vm, args, "throw", 2, 4));
    if (aw->j == kAwaitClosed)
        return raise(vm, vm.e_RuntimeError, aw->i == kAsend ? "cannot reuse already awaited __anext__()/asend()"
                                                            : "cannot reuse already awaited aclose()/athrow()");
    return awaitable_step(vm, aw, Value::none(), args.v + 1, args.n - 1 > 2 ? 2 : args.n - 1);
}

R<Value> awaitable_close(Interpreter& vm, Args args) {
    Iter* aw = TRY(awaitable_self(vm, args, "close"));
    aw->j = kAwaitClosed;
    return Value::none();
}

R<Value> awaitable_self_iter(Interpreter& vm, Args args) {
    TRY(awaitable_self(vm, args, "__await__"));
    return args.v[0];
}

}  // namespace

void init_generator_type(Interpreter& vm) {
    add_methods(vm, vm.t_coroutine,
                {{"send", coro_send}, {"throw", coro_throw}, {"close", coro_close}, {"__await__", coro_await}, {"__repr__", coro_repr}});
    add_methods(vm, vm.t_coroutine_wrapper, {{"__iter__", wrapper_iter},
                                             {"__next__", wrapper_next},
                                             {"send", wrapper_send},
                                             {"throw", wrapper_throw},
                                             {"close", wrapper_close}});
    add_methods(vm, vm.t_async_generator, {{"__aiter__", agen_aiter},
                                           {"__anext__", agen_anext},
                                           {"asend", agen_asend},
                                           {"athrow", agen_athrow},
                                           {"aclose", agen_aclose},
                                           {"__repr__", agen_repr}});
    for (Type* t : {vm.t_async_generator_asend, vm.t_async_generator_athrow})
        add_methods(vm, t, {{"__await__", awaitable_self_iter},
                            {"__iter__", awaitable_self_iter},
                            {"__next__", awaitable_next},
                            {"send", awaitable_send},
                            {"throw", awaitable_throw},
                            {"close", awaitable_close}});
    add_methods(vm, vm.t_generator, {{"__iter__", gen_iter},
                                     {"__next__", gen_next},
                                     {"send", gen_send},
                                     {"throw", gen_throw},
                                     {"close", gen_close},
                                     {"__repr__", gen_repr}});
}

}  // namespace pyco
