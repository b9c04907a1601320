// The dispatch loop: executes one frame's bytecode, with exception unwinding through the frame's block stack.
#include "vm/vm.h"

#include <cstring>

#include "modules/modules.h"
#include "objects/objects.h"
#include "vm/linetable.h"
#include "vm/opcodes.h"

#if defined(__GNUC__) && !defined(PYCO_SWITCH_DISPATCH)
#define PYCO_THREADED_DISPATCH 1
#else
#define PYCO_THREADED_DISPATCH 0
#endif

namespace pyco {

const char* op_name(Op op) {
    static constexpr const char* names[] = {
#define X(name) #name,
        PYCO_OPCODES(X)
#undef X
    };
    return names[static_cast<int>(op)];
}

int code_line(Code* code, uint32_t instr) {
    return code_loc(code, instr).line;
}

void add_traceback(Interpreter& vm, Frame* f) {
    if (!vm.exc.is_obj() || vm.exc.as_obj()->type->kind != Kind::Exception) return;
    Value exc = vm.exc;
    vm.exc = Value();  // allocation below must not see a half-raised state
    R<Traceback*> tb = alloc<Traceback>(vm, vm.t_traceback);
    if (tb.failed()) {
        vm.exc = exc;  // keep the original exception; the traceback entry is lost
        return;
    }
    Traceback* t = tb.take();
    t->code = f->code;
    t->instr = f->lasti;
    t->globals = f->globals;
    t->next = as_exception(exc)->traceback;
    as_exception(exc)->traceback = t;
    vm.exc = exc;
}

Value current_handled_exception(Interpreter& vm) {
    for (Frame* f = vm.frame; f; f = f->back) {
        if (f->handling.is_obj()) return f->handling;
    }
    return Value::none();
}

namespace {

inline Value* stack_base(Frame* f) { return f->fast + f->code->nlocals + f->code->cellvars->size + f->code->freevars->size; }

// Makes `exc` (an instance or a class) the pending exception for `raise exc`.
Raised do_raise(Interpreter& vm, Value exc, Value cause, bool has_cause) {
    Value inst = exc;
    if (is_type(exc)) {
        Type* t = static_cast<Type*>(exc.as_obj());
        if (!(t->flags & TF_EXCEPTION)) return raise(vm, vm.e_TypeError, "exceptions must derive from BaseException");
        R<Value> r = call(vm, exc, Args{nullptr, 0, nullptr});
        if (r.failed()) return Raised{};
        inst = r.take();
        if (!isinstance(vm, inst, vm.e_BaseException)) {
            return raise(vm, vm.e_TypeError, "calling %s should have returned an instance of BaseException, not %s",
                         t->name->data, type_name(vm, inst));
        }
    } else if (!isinstance(vm, exc, vm.e_BaseException)) {
        return raise(vm, vm.e_TypeError, "exceptions must derive from BaseException");
    }
    if (has_cause) {
        Value c = cause;
        if (is_type(c)) {
            if (!(static_cast<Type*>(c.as_obj())->flags & TF_EXCEPTION))
                return raise(vm, vm.e_TypeError, "exception causes must derive from BaseException");
            R<Value> r = call(vm, c, Args{nullptr, 0, nullptr});
            if (r.failed()) return Raised{};
            c = r.take();
        } else if (!c.is_none() && !isinstance(vm, c, vm.e_BaseException)) {
            return raise(vm, vm.e_TypeError, "exception causes must derive from BaseException");
        }
        as_exception(inst)->cause = c.is_none() ? Value() : c;
        as_exception(inst)->suppress_context = true;
    }
    return raise_value(vm, inst);
}

Status exc_match(Interpreter& vm, Value exc, Value type, bool* matched) {
    auto check_one = [&](Value t) -> Status {
        if (!is_type(t) || !(static_cast<Type*>(t.as_obj())->flags & TF_EXCEPTION))
            return raise(vm, vm.e_TypeError, "catching classes that do not inherit from BaseException is not allowed");
        return Status::ok();
    };
    *matched = false;
    if (is_kind(type, Kind::Tuple)) {
        Tuple* t = as_tuple(type);
        for (uint32_t i = 0; i < t->size; i++) TRY(check_one(t->items[i]));
        for (uint32_t i = 0; i < t->size; i++)
            if (isinstance(vm, exc, static_cast<Type*>(t->items[i].as_obj()))) *matched = true;
        return Status::ok();
    }
    TRY(check_one(type));
    *matched = isinstance(vm, exc, static_cast<Type*>(type.as_obj()));
    return Status::ok();
}

Status unpack_sequence(Interpreter& vm, Value seq, uint32_t before, int32_t after, Value* out) {
    // out receives values in stack order: out[0] is pushed first (the last target).
    bool has_star = after >= 0;
    uint32_t n = before;
    if (!has_star && (is_kind(seq, Kind::Tuple) || is_kind(seq, Kind::List))) {
        uint32_t size = is_kind(seq, Kind::Tuple) ? as_tuple(seq)->size : as_list(seq)->size;
        const Value* items = is_kind(seq, Kind::Tuple) ? as_tuple(seq)->items : as_list(seq)->items;
        if (size != n) {
            if (size < n) return raise(vm, vm.e_ValueError, "not enough values to unpack (expected %u, got %u)", n, size);
            return raise(vm, vm.e_ValueError, "too many values to unpack (expected %u)", n);
        }
        for (uint32_t i = 0; i < n; i++) out[n - 1 - i] = items[i];
        return Status::ok();
    }
    Value it = TRY(get_iter(vm, seq));
    if (!has_star) {
        for (uint32_t i = 0; i < n; i++) {
            Value v = TRY(iter_next(vm, it));
            if (v.is_null()) return raise(vm, vm.e_ValueError, "not enough values to unpack (expected %u, got %u)", n, i);
            out[n - 1 - i] = v;
        }
        Value extra = TRY(iter_next(vm, it));
        if (!extra.is_null()) return raise(vm, vm.e_ValueError, "too many values to unpack (expected %u)", n);
        return Status::ok();
    }
    uint32_t total = before + 1 + static_cast<uint32_t>(after);
    for (uint32_t i = 0; i < before; i++) {
        Value v = TRY(iter_next(vm, it));
        if (v.is_null())
            return raise(vm, vm.e_ValueError, "not enough values to unpack (expected at least %u, got %u)",
                         before + static_cast<uint32_t>(after), i);
        out[total - 1 - i] = v;
    }
    List* rest = TRY(list_from_iterable(vm, it));
    if (rest->size < static_cast<uint32_t>(after))
        return raise(vm, vm.e_ValueError, "not enough values to unpack (expected at least %u, got %u)",
                     before + static_cast<uint32_t>(after), before + rest->size);
    uint32_t keep = rest->size - static_cast<uint32_t>(after);
    for (int32_t j = 0; j < after; j++) out[after - 1 - j] = rest->items[keep + static_cast<uint32_t>(j)];
    rest->size = keep;
    out[after] = val(rest);
    return Status::ok();
}

// An exact float, or a small int a double represents exactly (|i| < 2^53), as a double.
inline bool plain_double(Interpreter& vm, Value v, double* out) {
    if (v.is_int()) {
        intptr_t i = v.as_int();
        if (i > (int64_t(1) << 53) || i < -(int64_t(1) << 53)) return false;
        *out = static_cast<double>(i);
        return true;
    }
    if (v.is_obj() && v.as_obj()->type == vm.t_float_) {
        *out = float_value(v);
        return true;
    }
    return false;
}

// Arithmetic the dispatch loop does inline: small int + - * without overflow, and + - * / of floats (with
// small ints). Returns false when the generic path must decide (other types, overflow, division by zero).
inline bool arith_fast_path(Interpreter& vm, BinOp op, Value a, Value b, double* fresult, Value* iresult) {
    if (a.is_int() && b.is_int()) {
        intptr_t x = a.as_int(), y = b.as_int(), z;
        switch (op) {
            case BinOp::Add: z = x + y; break;  // one bit short of a word: cannot overflow the machine type
            case BinOp::Sub: z = x - y; break;
            case BinOp::Mul:
                if (__builtin_mul_overflow(x, y, &z)) return false;
                break;
            default: return false;
        }
        if (!Value::fits_small(z)) return false;
        *iresult = Value::small_int(z);
        return true;
    }
    if (!(a.is_obj() || b.is_obj())) return false;
    double x, y;
    if (!plain_double(vm, a, &x) || !plain_double(vm, b, &y)) return false;
    switch (op) {
        case BinOp::Add: *fresult = x + y; return true;
        case BinOp::Sub: *fresult = x - y; return true;
        case BinOp::Mul: *fresult = x * y; return true;
        case BinOp::TrueDiv:
            if (y == 0.0 || (a.is_int() && b.is_int())) return false;
            *fresult = x / y;
            return true;
        default: return false;
    }
}

R<Value> format_with_conversion(Interpreter& vm, Value v, uint32_t conv, Value spec) {
    if ((conv & 3) == 1) v = val(TRY(to_str(vm, v)));
    else if ((conv & 3) == 2) v = val(TRY(repr(vm, v)));
    else if ((conv & 3) == 3) v = TRY(builtin_ascii_value(vm, v));
    if (spec.is_null() && is_kind(v, Kind::Str) && type_of(vm, v) == vm.t_str) return v;
    Str* s = spec.is_null() ? vm.empty_str : as_str(spec);
    return format_value(vm, v, s);
}

Status build_string(Interpreter& vm, Value* items, uint32_t n, Value* out) {
    size_t total = 0;
    for (uint32_t i = 0; i < n; i++) total += as_str(items[i])->size;
    std::string s;
    s.reserve(total);
    for (uint32_t i = 0; i < n; i++) s.append(as_str(items[i])->view());
    *out = val(TRY(new_str(vm, s)));
    return Status::ok();
}

Status dict_merge_call(Interpreter& vm, Dict* d, Value other, Value func) {
    if (!is_kind(other, Kind::Dict)) {
        Value keys = TRY(getattr_opt(vm, other, vm.n_keys));
        if (keys.is_null()) {
            R<Str*> fname = func.is_null() ? R<Str*>(vm.empty_str) : R<Str*>(vm.empty_str);
            (void)fname;
            return raise(vm, vm.e_TypeError, "argument after ** must be a mapping, not %s", type_name(vm, other));
        }
    }
    Value it = TRY(get_iter(vm, is_kind(other, Kind::Dict) ? other : TRY(call_method(vm, other, vm.n_keys, nullptr, 0, nullptr))));
    while (true) {
        Value k = TRY(iter_next(vm, it));
        if (k.is_null()) break;
        Value existing = TRY(dict_get(vm, d, k));
        if (!existing.is_null()) {
            if (is_kind(k, Kind::Str)) return raise(vm, vm.e_TypeError, "got multiple values for keyword argument '%s'", as_str(k)->data);
            return raise(vm, vm.e_TypeError, "keywords must be strings");
        }
        Value v = TRY(getitem(vm, other, k));
        TRY(dict_set(vm, d, k, v));
    }
    return Status::ok();
}

R<Value> import_from(Interpreter& vm, Value module, Str* name) {
    Value v = TRY(getattr_opt(vm, module, name));
    if (!v.is_null()) return v;
    // A submodule not yet imported: try importing "pkg.name".
    if (is_kind(module, Kind::Module)) {
        Module* m = static_cast<Module*>(module.as_obj());
        std::string full = std::string(m->name->view()) + "." + std::string(name->view());
        Value sub = TRY(dict_get(vm, vm.modules, val(TRY(new_str(vm, full)))));
        if (!sub.is_null()) return sub;
        return raise(vm, vm.e_ImportError, "cannot import name '%s' from '%s' (%s)", name->data, m->name->data,
                     module_file_description(vm, m).c_str());
    }
    return raise(vm, vm.e_ImportError, "cannot import name '%s'", name->data);
}

// Match statements: whether a type matches sequence/mapping patterns (a flag of it or of a base).
bool type_has_flag(Type* t, uint32_t flag) {
    Tuple* mro = t->mro;
    if (!mro) return (t->flags & flag) != 0;
    for (uint32_t i = 0; i < mro->size; i++)
        if (static_cast<Type*>(mro->items[i].as_obj())->flags & flag) return true;
    return false;
}

// MATCH_KEYS: a tuple of subject.get(key) for every key, or None when a key is missing.
R<Value> match_keys(Interpreter& vm, Value subject, Tuple* keys) {
    if (keys->size == 0) return val(vm.empty_tuple);
    Tuple* values = TRY(new_tuple(vm, keys->size));
    for (uint32_t i = 0; i < keys->size; i++) values->items[i] = Value::none();
    Set* seen = TRY(new_set(vm, vm.t_set));
    bool exact_dict = type_of(vm, subject) == vm.t_dict;
    Value get, dummy;
    if (!exact_dict) {
        Str* n_get = TRY(intern(vm, "get"));
        get = TRY(getattr(vm, subject, n_get));
        dummy = TRY(call0(vm, val(vm.t_object)));
    }
    for (uint32_t i = 0; i < keys->size; i++) {
        Value key = keys->items[i];
        if (TRY(set_contains(vm, seen, key))) {
            Str* r = TRY(repr(vm, key));
            return raise(vm, vm.e_ValueError, "mapping pattern checks duplicate key (%s)", r->data);
        }
        TRY(set_add(vm, seen, key));
        Value v;
        if (exact_dict) {
            v = TRY(dict_get(vm, as_dict(subject), key));
            if (v.is_null()) return Value::none();
        } else {
            v = TRY(call2(vm, get, key, dummy));
            if (v == dummy) return Value::none();
        }
        values->items[i] = v;
    }
    return val(values);
}

// One attribute for a class pattern: null (no match) when the subject lacks it.
R<Value> match_class_attr(Interpreter& vm, Value subject, Type* type, Str* name, Set* seen) {
    if (TRY(set_contains(vm, seen, val(name))))
        return raise(vm, vm.e_TypeError, "%s() got multiple sub-patterns for attribute '%s'", type->name->data, name->data);
    TRY(set_add(vm, seen, val(name)));
    R<Value> r = getattr(vm, subject, name);
    if (r.failed()) {
        if (!exception_matches(vm, vm.exc, vm.e_AttributeError)) return Raised{};
        take_exception(vm);
        return Value();
    }
    return r.take();
}

// Types whose instances a class pattern's single positional sub-pattern matches as a whole (`case int(x)`).
bool match_self_type(Interpreter& vm, Type* t) {
    Type* selfs[] = {vm.t_bool_, vm.t_bytearray, vm.t_bytes, vm.t_dict, vm.t_float_, vm.t_frozenset,
                     vm.t_int_, vm.t_list, vm.t_set, vm.t_str, vm.t_tuple};
    for (Type* s : selfs)
        if (is_subtype(t, s)) return true;
    return false;
}

// MATCH_CLASS: a tuple of the positional (through __match_args__) and keyword attributes, or None.
R<Value> match_class(Interpreter& vm, Value subject, Value cls, Tuple* kwnames, uint32_t nargs) {
    if (!is_type(cls)) return raise(vm, vm.e_TypeError, "called match pattern must be a type");
    if (!TRY(isinstance_check(vm, subject, cls))) return Value::none();
    Type* type = static_cast<Type*>(cls.as_obj());
    Tuple* match_args = nullptr;
    bool match_self = false;
    if (nargs) {
        Value ma = TRY(getattr_opt(vm, cls, vm.n___match_args__));
        if (!ma.is_null()) {
            if (!is_kind(ma, Kind::Tuple) || type_of(vm, ma) != vm.t_tuple)
                return raise(vm, vm.e_TypeError, "%s.__match_args__ must be a tuple (got %s)", type->name->data,
                             type_name(vm, ma));
            match_args = as_tuple(ma);
        } else {
            match_self = match_self_type(vm, type);
        }
        uint32_t allowed = match_args ? match_args->size : match_self ? 1 : 0;
        if (allowed < nargs)
            return raise(vm, vm.e_TypeError, "%s() accepts %u positional sub-pattern%s (%u given)", type->name->data,
                         allowed, allowed == 1 ? "" : "s", nargs);
    }
    Tuple* attrs = TRY(new_tuple(vm, nargs + kwnames->size));
    for (uint32_t i = 0; i < attrs->size; i++) attrs->items[i] = Value::none();
    Set* seen = TRY(new_set(vm, vm.t_set));
    for (uint32_t i = 0; i < nargs; i++) {
        Value a;
        if (match_self) {
            a = subject;
        } else {
            Value nm = match_args->items[i];
            if (!is_kind(nm, Kind::Str))
                return raise(vm, vm.e_TypeError, "__match_args__ elements must be strings (got %s)", type_name(vm, nm));
            a = TRY(match_class_attr(vm, subject, type, as_str(nm), seen));
            if (a.is_null()) return Value::none();
        }
        attrs->items[i] = a;
    }
    for (uint32_t i = 0; i < kwnames->size; i++) {
        Value a = TRY(match_class_attr(vm, subject, type, as_str(kwnames->items[i]), seen));
        if (a.is_null()) return Value::none();
        attrs->items[nargs + i] = a;
    }
    return val(attrs);
}

// `await obj`: the iterator that drives it (a coroutine itself, or what __await__ returns). `where` picks the
// message: 0 await, 1 __aenter__, 2 __aexit__, 3 __anext__.
R<Value> get_awaitable(Interpreter& vm, Value obj, uint32_t where) {
    if (type_of(vm, obj) == vm.t_coroutine) return obj;
    Value m = TRY(lookup_special(vm, obj, vm.n___await__));
    if (m.is_null()) {
        switch (where) {
            case 1:
                return raise(vm, vm.e_TypeError, "'async with' received an object from __aenter__ that does not implement __await__: %s",
                             type_name(vm, obj));
            case 2:
                return raise(vm, vm.e_TypeError, "'async with' received an object from __aexit__ that does not implement __await__: %s",
                             type_name(vm, obj));
            case 3:
                return raise(vm, vm.e_TypeError, "'async for' received an invalid object from __anext__: %s", type_name(vm, obj));
            default:
                return raise(vm, vm.e_TypeError, "object %s can't be used in 'await' expression", type_name(vm, obj));
        }
    }
    Value it = TRY(call0(vm, m));
    if (type_of(vm, it) == vm.t_coroutine) return raise(vm, vm.e_TypeError, "__await__() returned a coroutine");
    if (type_lookup(type_of(vm, it), vm.n___next__).is_null())
        return raise(vm, vm.e_TypeError, "__await__() returned non-iterator of type '%s'", type_name(vm, it));
    return it;
}

}  // namespace

R<Value> eval_frame(Interpreter& vm, Frame* f, bool* yielded);

// Runs code whose names live in a locals dict (module, class body, exec), with an optional closure.
static R<Value> run_with_locals(Interpreter& vm, Code* code, Dict* globals, Dict* locals, Tuple* closure) {
    TRY(enter_recursion(vm));
    uint32_t ncells = code->cellvars->size + code->freevars->size;
    uint32_t size = code->nlocals + ncells + code->stacksize;
    if (vm.stack_top + size > vm.stack_end) {
        leave_recursion(vm);
        return raise(vm, vm.e_RecursionError, "maximum recursion depth exceeded");
    }
    Frame frame{};
    frame.code = code;
    frame.globals = globals;
    frame.locals = locals;
    Value b = dict_get_str(globals, vm.n___builtins__);
    frame.builtins = is_kind(b, Kind::Dict) ? as_dict(b) : is_kind(b, Kind::Module) ? static_cast<Module*>(b.as_obj())->dict : vm.builtins;
    frame.fast = vm.stack_top;
    std::memset(static_cast<void*>(frame.fast), 0, sizeof(Value) * size);
    frame.sp = frame.fast;
    vm.stack_top += size;
    for (uint32_t i = 0; i < code->cellvars->size; i++) {
        R<Cell*> c = alloc<Cell>(vm, vm.t_cell);
        if (c.failed()) {
            vm.stack_top = frame.fast;
            leave_recursion(vm);
            return Raised{};
        }
        frame.fast[code->nlocals + i] = val(c.take());
    }
    for (uint32_t i = 0; i < code->freevars->size; i++)
        frame.fast[code->nlocals + code->cellvars->size + i] = closure && i < closure->size ? closure->items[i] : Value();
    frame.sp = stack_base(&frame);
    bool yielded = false;
    R<Value> r = eval_frame(vm, &frame, &yielded);
    vm.stack_top = frame.fast;
    leave_recursion(vm);
    return r;
}

R<Value> run_code(Interpreter& vm, Code* code, Dict* globals, Dict* locals) {
    return run_with_locals(vm, code, globals, locals, nullptr);
}

R<Value> run_class_body(Interpreter& vm, Function* body, Dict* ns) {
    return run_with_locals(vm, body->code, body->globals, ns, body->closure);
}

// Binds arguments to a function's parameters (fast locals), CPython's rules and messages.
static Status bind_arguments(Interpreter& vm, Function* fn, Args args, Value* fast) {
    Code* co = fn->code;
    uint32_t nparams = co->argcount;
    uint32_t nkwonly = co->kwonlyargcount;
    uint32_t nkw = args.nkw();
    uint32_t npos = args.n;
    uint32_t total = nparams + nkwonly;
    const char* fname = fn->qualname->data;
    Dict* kwargs = nullptr;
    if (co->flags & CO_VARKEYWORDS) {
        kwargs = TRY(new_dict(vm));
        fast[total + ((co->flags & CO_VARARGS) ? 1 : 0)] = val(kwargs);
    }
    // Positional.
    uint32_t ncopy = npos < nparams ? npos : nparams;
    for (uint32_t i = 0; i < ncopy; i++) fast[i] = args.v[i];
    if (co->flags & CO_VARARGS) {
        Tuple* rest = TRY(tuple_from_span(vm, args.v + ncopy, npos - ncopy));
        fast[total] = val(rest);
    } else if (npos > nparams) {
        uint32_t ndef = fn->defaults ? fn->defaults->size : 0;
        uint32_t kwonly_given = 0;
        for (uint32_t k = 0; k < nkw; k++) {
            Str* kn = as_str(args.kwnames->items[k]);
            for (uint32_t j = nparams; j < total; j++)
                if (str_equal(as_str(co->varnames->items[j]), kn)) kwonly_given++;
        }
        std::string given = kwonly_given ? " positional arguments (and " + std::to_string(kwonly_given) + " keyword-only argument" +
                                               (kwonly_given > 1 ? "s" : "") + ")"
                                         : (npos == 1 ? " was" : " were");
        if (kwonly_given) given += " were";
        if (ndef) {
            return raise(vm, vm.e_TypeError, "%s() takes from %u to %u positional arguments but %u%s given", fname,
                         nparams - ndef, nparams, npos, kwonly_given ? given.c_str() : (npos == 1 ? " was" : " were"));
        }
        return raise(vm, vm.e_TypeError, "%s() takes %u positional argument%s but %u%s given", fname, nparams,
                     nparams == 1 ? "" : "s", npos, kwonly_given ? given.c_str() : (npos == 1 ? " was" : " were"));
    }
    // Keywords.
    for (uint32_t k = 0; k < nkw; k++) {
        Value kv = args.kwnames->items[k];
        Str* kn = as_str(kv);
        Value value = args.v[npos + k];
        uint32_t j = co->posonlyargcount;
        for (; j < total; j++) {
            Str* pn = as_str(co->varnames->items[j]);
            if (pn == kn || str_equal(pn, kn)) break;
        }
        if (j < total) {
            if (!fast[j].is_null())
                return raise(vm, vm.e_TypeError, "%s() got multiple values for argument '%s'", fname, kn->data);
            fast[j] = value;
            continue;
        }
        if (!kwargs) {
            for (uint32_t p = 0; p < co->posonlyargcount; p++) {
                if (str_equal(as_str(co->varnames->items[p]), kn))
                    return raise(vm, vm.e_TypeError,
                                 "%s() got some positional-only arguments passed as keyword arguments: '%s'", fname,
                                 kn->data);
            }
            return raise(vm, vm.e_TypeError, "%s() got an unexpected keyword argument '%s'", fname, kn->data);
        }
        TRY(dict_set(vm, kwargs, kv, value));
    }
    // Defaults and missing arguments.
    if (npos < nparams) {
        uint32_t ndef = fn->defaults ? fn->defaults->size : 0;
        uint32_t first_def = nparams - ndef;
        std::vector<std::string> missing;
        for (uint32_t i = npos; i < nparams; i++) {
            if (!fast[i].is_null()) continue;
            if (i >= first_def) fast[i] = fn->defaults->items[i - first_def];
            else missing.push_back(std::string(as_str(co->varnames->items[i])->view()));
        }
        if (!missing.empty()) {
            std::string list;
            for (size_t i = 0; i < missing.size(); i++) {
                list += "'" + missing[i] + "'";
                if (i + 2 < missing.size()) list += ", ";
                else if (i + 2 == missing.size()) list += missing.size() > 2 ? ", and " : " and ";
            }
            return raise(vm, vm.e_TypeError, "%s() missing %zu required positional argument%s: %s", fname, missing.size(),
                         missing.size() == 1 ? "" : "s", list.c_str());
        }
    }
    if (nkwonly) {
        std::vector<std::string> missing;
        for (uint32_t i = nparams; i < total; i++) {
            if (!fast[i].is_null()) continue;
            Value d;
            if (fn->kwdefaults) {
                R<Value> r = dict_get(vm, fn->kwdefaults, co->varnames->items[i]);
                if (r.failed()) return Raised{};
                d = r.take();
            }
            if (!d.is_null()) fast[i] = d;
            else missing.push_back(std::string(as_str(co->varnames->items[i])->view()));
        }
        if (!missing.empty()) {
            std::string list;
            for (size_t i = 0; i < missing.size(); i++) {
                list += "'" + missing[i] + "'";
                if (i + 2 < missing.size()) list += ", ";
                else if (i + 2 == missing.size()) list += missing.size() > 2 ? ", and " : " and ";
            }
            return raise(vm, vm.e_TypeError, "%s() missing %zu required keyword-only argument%s: %s", fname,
                         missing.size(), missing.size() == 1 ? "" : "s", list.c_str());
        }
    }
    return Status::ok();
}

// Fills the cells of a new frame: fresh cells (initialised from arguments where a parameter is captured), then
// the closure's cells.
static Status init_cells(Interpreter& vm, Function* fn, Value* fast) {
    Code* co = fn->code;
    for (uint32_t i = 0; i < co->cellvars->size; i++) {
        Cell* c = TRY(alloc<Cell>(vm, vm.t_cell));
        if (co->cell2arg && co->cell2arg[i] >= 0) {
            c->value = fast[co->cell2arg[i]];
        }
        fast[co->nlocals + i] = val(c);
    }
    for (uint32_t i = 0; i < co->freevars->size; i++) {
        fast[co->nlocals + co->cellvars->size + i] = fn->closure ? fn->closure->items[i] : Value();
    }
    return Status::ok();
}

static R<Value> make_generator(Interpreter& vm, Function* fn, Args args) {
    Code* co = fn->code;
    uint32_t ncells = co->cellvars->size + co->freevars->size;
    uint32_t nvalues = co->nlocals + ncells + co->stacksize;
    Type* t = (co->flags & CO_COROUTINE) ? vm.t_coroutine : (co->flags & CO_ASYNC_GENERATOR) ? vm.t_async_generator : vm.t_generator;
    Generator* g = TRY(alloc<Generator>(vm, t));
    g->code = co;
    g->name = fn->name;
    g->qualname = fn->qualname;
    void* mem = TRY(alloc_raw(vm, sizeof(Frame) + sizeof(Value) * nvalues));
    Frame* f = new (mem) Frame{};
    f->fast = reinterpret_cast<Value*>(static_cast<char*>(mem) + sizeof(Frame));
    f->func = fn;
    f->code = co;
    f->globals = fn->globals;
    f->builtins = vm.builtins;
    f->generator = g;
    f->sp = f->fast;  // nothing traced until bound
    g->frame = f;
    TRY(bind_arguments(vm, fn, args, f->fast));
    f->sp = f->fast + co->nlocals;
    TRY(init_cells(vm, fn, f->fast));
    f->sp = stack_base(f);
    return val(g);
}

R<Value> call_function(Interpreter& vm, Function* fn, Args args) {
    Code* co = fn->code;
    if (co->flags & (CO_GENERATOR | CO_COROUTINE | CO_ASYNC_GENERATOR)) return make_generator(vm, fn, args);
    if (vm.depth >= vm.recursion_limit) return raise(vm, vm.e_RecursionError, "maximum recursion depth exceeded");
    uint32_t ncells = co->cellvars->size + co->freevars->size;
    uint32_t size = co->nlocals + ncells + co->stacksize;
    if (vm.stack_top + size > vm.stack_end) return raise(vm, vm.e_RecursionError, "maximum recursion depth exceeded");
    Frame frame;
    frame.func = fn;
    frame.code = co;
    frame.globals = fn->globals;
    frame.locals = nullptr;
    frame.builtins = vm.builtins;
    frame.fast = vm.stack_top;
    frame.ip = 0;
    frame.lasti = 0;
    frame.back = nullptr;
    frame.nblocks = 0;
    frame.handling = Value();
    frame.generator = nullptr;
    std::memset(static_cast<void*>(frame.fast), 0, sizeof(Value) * size);
    frame.sp = frame.fast + co->nlocals;
    vm.stack_top += size;
    // The common call: exactly the positional parameters, nothing else to bind.
    Status st;
    if (!args.kwnames && args.n == co->argcount && co->kwonlyargcount == 0 && !(co->flags & (CO_VARARGS | CO_VARKEYWORDS))) {
        for (uint32_t i = 0; i < args.n; i++) frame.fast[i] = args.v[i];
    } else {
        st = bind_arguments(vm, fn, args, frame.fast);
    }
    if (!st.failed() && ncells) st = init_cells(vm, fn, frame.fast);
    if (st.failed()) {
        vm.stack_top = frame.fast;
        return Raised{};
    }
    frame.sp = stack_base(&frame);
    vm.depth++;
    bool yielded = false;
    R<Value> r = eval_frame(vm, &frame, &yielded);
    vm.depth--;
    vm.stack_top = frame.fast;
    return r;
}

R<Value> generator_resume(Interpreter& vm, Generator* gen, Value value, bool throwing, Value* ret) {
    *ret = Value();
    bool coro = gen->type == vm.t_coroutine;
    bool agen = gen->type == vm.t_async_generator;
    const char* what = coro ? "coroutine" : agen ? "async generator" : "generator";
    if (gen->running) return raise(vm, vm.e_ValueError, "%s already executing", what);
    Frame* f = gen->frame;
    if (!f) {
        if (throwing) return Raised{};  // the pending exception propagates
        if (coro) return raise(vm, vm.e_RuntimeError, "cannot reuse already awaited coroutine");
        return Value();
    }
    if (!gen->started && !throwing && !value.is_none()) {
        return raise(vm, vm.e_TypeError, "can't send non-None value to a just-started %s", what);
    }
    if (vm.depth >= vm.recursion_limit) return raise(vm, vm.e_RecursionError, "maximum recursion depth exceeded");
    if (gen->started && !throwing) *f->sp++ = value;  // the value of the yield expression
    gen->started = true;
    gen->running = true;
    vm.depth++;
    bool yielded = false;
    R<Value> r(Value{});
    if (throwing) {
        // Raise the pending exception at the point of suspension.
        r = eval_frame(vm, f, &yielded);
    } else {
        r = eval_frame(vm, f, &yielded);
    }
    vm.depth--;
    gen->running = false;
    if (r.failed()) {
        gen->frame = nullptr;
        // A StopIteration escaping a generator becomes RuntimeError (PEP 479).
        bool stop_async = agen && exception_matches(vm, vm.exc, vm.e_StopAsyncIteration);
        if (stop_async || exception_matches(vm, vm.exc, vm.e_StopIteration)) {
            Value cause = take_exception(vm);
            (void)raise(vm, vm.e_RuntimeError, "%s raised %s", what, stop_async ? "StopAsyncIteration" : "StopIteration");
            as_exception(vm.exc)->cause = cause;
            as_exception(vm.exc)->context = cause;
            as_exception(vm.exc)->suppress_context = true;
        }
        return Raised{};
    }
    if (yielded) return r.take();
    gen->frame = nullptr;
    *ret = r.take();
    return Value();
}

R<Value> eval_frame(Interpreter& vm, Frame* f, bool* yielded) {
    Code* co = f->code;
    const uint32_t* code = co->code;
    Value* fast = f->fast;
    Value* base = stack_base(f);
    Value* sp = f->sp;
    uint32_t ip = f->ip;
    Value* consts = co->consts->items;
    Value* names = co->names->items;
    Tuple* kwnames = nullptr;
    bool reraise = false;
    f->back = vm.frame;
    vm.frame = f;
    *yielded = false;

    // Exception thrown into a suspended generator.
    if (!vm.exc.is_null() && f->generator) {
        f->lasti = ip ? ip - 1 : 0;
        goto error;
    }

#define PUSH(v) (*sp++ = (v))
#define POP() (*--sp)
#define TOP() (sp[-1])
#define SECOND() (sp[-2])
#define THIRD() (sp[-3])
#define SYNC() (f->sp = sp)
#define CHECK(expr)                  \
    ({                               \
        auto&& r_ = (expr);          \
        if (r_.failed()) goto error; \
        r_.take();                   \
    })

    // Dispatch: with GCC/Clang, threaded code (computed goto): every opcode has a label, and the hottest
    // handlers end in their own copy of the fetch-and-jump (NEXT) instead of sharing the loop's one indirect
    // jump, which lets the branch predictor learn opcode successions. Elsewhere, a plain switch.
#if PYCO_THREADED_DISPATCH
#define X(name) &&T_##name,
    static void* const labels[] = {PYCO_OPCODES(X)};
#undef X
#define TARGET(name) \
    case Op::name:   \
    T_##name:
#define NEXT()                                    \
    do {                                          \
        ins = code[ip];                           \
        f->lasti = ip;                            \
        ip++;                                     \
        arg = instr_arg(ins);                     \
        SYNC();                                   \
        goto* labels[uint8_t(instr_op(ins))];     \
    } while (0)
#else
#define TARGET(name) case Op::name:
#define NEXT() break
#endif

    uint32_t ins, arg;
    for (;;) {
        ins = code[ip];
        f->lasti = ip;
        ip++;
        arg = instr_arg(ins);
        SYNC();
#if PYCO_THREADED_DISPATCH
        goto* labels[uint8_t(instr_op(ins))];
#endif
        switch (instr_op(ins)) {
            TARGET(NOP)
                break;
            TARGET(POP_TOP)
                --sp;
                NEXT();
            TARGET(ROT_TWO) {
                Value a = TOP();
                TOP() = SECOND();
                SECOND() = a;
                break;
            }
            TARGET(ROT_THREE) {
                Value a = TOP();
                TOP() = SECOND();
                SECOND() = THIRD();
                THIRD() = a;
                NEXT();
            }
            TARGET(ROT_FOUR) {
                Value a = TOP();
                sp[-1] = sp[-2];
                sp[-2] = sp[-3];
                sp[-3] = sp[-4];
                sp[-4] = a;
                break;
            }
            TARGET(DUP_TOP) {
                Value a = TOP();
                PUSH(a);
                break;
            }
            TARGET(DUP_TOP_TWO) {
                Value a = SECOND(), b = TOP();
                PUSH(a);
                PUSH(b);
                NEXT();
            }
            TARGET(PUSH_NULL)
                PUSH(Value());
                break;
            TARGET(LOAD_CONST)
                PUSH(consts[arg]);
                NEXT();
            TARGET(LOAD_FAST) {
                Value v = fast[arg];
                if (v.is_null()) {
                    (void)raise(vm, vm.e_UnboundLocalError,
                                "cannot access local variable '%s' where it is not associated with a value",
                                as_str(co->varnames->items[arg])->data);
                    goto error;
                }
                PUSH(v);
                NEXT();
            }
            TARGET(STORE_FAST)
                fast[arg] = POP();
                NEXT();
            TARGET(DELETE_FAST)
                if (fast[arg].is_null()) {
                    (void)raise(vm, vm.e_UnboundLocalError,
                                "cannot access local variable '%s' where it is not associated with a value",
                                as_str(co->varnames->items[arg])->data);
                    goto error;
                }
                fast[arg] = Value();
                break;
            TARGET(LOAD_DEREF)
            TARGET(LOAD_CLASSDEREF) {
                Cell* c = static_cast<Cell*>(fast[co->nlocals + arg].as_obj());
                uint32_t ncell = co->cellvars->size;
                Str* nm = as_str(arg < ncell ? co->cellvars->items[arg] : co->freevars->items[arg - ncell]);
                if (instr_op(ins) == Op::LOAD_CLASSDEREF && f->locals) {
                    Value v = CHECK(dict_get(vm, f->locals, val(nm)));
                    if (!v.is_null()) {
                        PUSH(v);
                        break;
                    }
                }
                if (c->value.is_null()) {
                    if (arg < ncell)
                        (void)raise(vm, vm.e_UnboundLocalError,
                                    "cannot access local variable '%s' where it is not associated with a value", nm->data);
                    else
                        (void)raise(vm, vm.e_NameError,
                                    "cannot access free variable '%s' where it is not associated with a value in enclosing scope",
                                    nm->data);
                    goto error;
                }
                PUSH(c->value);
                break;
            }
            TARGET(STORE_DEREF)
                static_cast<Cell*>(fast[co->nlocals + arg].as_obj())->value = POP();
                break;
            TARGET(DELETE_DEREF)
                static_cast<Cell*>(fast[co->nlocals + arg].as_obj())->value = Value();
                break;
            TARGET(LOAD_CLOSURE)
                PUSH(fast[co->nlocals + arg]);
                break;
            TARGET(LOAD_NAME) {
                Str* nm = as_str(names[arg]);
                Value v;
                if (f->locals) {
                    if (type_of(vm, val(f->locals)) == vm.t_dict) v = dict_get_str(f->locals, nm);
                    else {
                        R<Value> r = getitem(vm, val(f->locals), val(nm));
                        if (r.failed()) {
                            if (!exception_matches(vm, vm.exc, vm.e_KeyError)) goto error;
                            take_exception(vm);
                        } else {
                            v = r.take();
                        }
                    }
                }
                if (v.is_null()) v = dict_get_str(f->globals, nm);
                if (v.is_null()) v = dict_get_str(f->builtins, nm);
                if (v.is_null()) {
                    (void)raise_name_error(vm, nm);
                    goto error;
                }
                PUSH(v);
                break;
            }
            TARGET(STORE_NAME) {
                Value v = POP();
                if (type_of(vm, val(f->locals)) == vm.t_dict) CHECK(dict_set_str(vm, f->locals, as_str(names[arg]), v));
                else CHECK(setitem(vm, val(f->locals), names[arg], v));
                break;
            }
            TARGET(DELETE_NAME) {
                Value old = CHECK(dict_pop(vm, f->locals, names[arg]));
                if (old.is_null()) {
                    (void)raise_name_error(vm, as_str(names[arg]));
                    goto error;
                }
                break;
            }
            TARGET(LOAD_GLOBAL) {
                Value nv = names[arg];
                if (GlobalCache* gc = co->global_cache) {
                    GlobalCache& e = gc[arg];
                    if (e.globals == f->globals) {
                        HashTable& g = f->globals->table;
                        if (e.globals_index >= 0) {
                            if (static_cast<uint32_t>(e.globals_index) < g.nentries && g.entries[e.globals_index].key == nv) {
                                PUSH(g.entries[e.globals_index].value);
                                NEXT();
                            }
                        } else if (e.globals_version == f->globals->version && e.builtins == f->builtins) {
                            HashTable& b = f->builtins->table;
                            if (static_cast<uint32_t>(e.builtins_index) < b.nentries && b.entries[e.builtins_index].key == nv) {
                                PUSH(b.entries[e.builtins_index].value);
                                NEXT();
                            }
                        }
                    }
                }
                Str* nm = as_str(nv);
                int64_t gix = dict_find_str(f->globals, nm);
                Value v;
                int64_t bix = -1;
                if (gix >= 0) {
                    v = f->globals->table.entries[gix].value;
                } else {
                    bix = dict_find_str(f->builtins, nm);
                    if (bix >= 0) v = f->builtins->table.entries[bix].value;
                }
                if (v.is_null()) {
                    (void)raise_name_error(vm, nm);
                    goto error;
                }
                if (!co->global_cache) {
                    R<void*> mem = alloc_raw(vm, sizeof(GlobalCache) * co->names->size);
                    if (mem.failed()) take_exception(vm);  // the cache is optional
                    else {
                        co->global_cache = static_cast<GlobalCache*>(mem.take());
                        for (uint32_t i = 0; i < co->names->size; i++) co->global_cache[i].globals_index = INT32_MIN;
                    }
                }
                // Entries are cached only under the very name object the fast path compares with.
                if (co->global_cache &&
                    (gix >= 0 ? f->globals->table.entries[gix].key == nv : f->builtins->table.entries[bix].key == nv)) {
                    co->global_cache[arg] = GlobalCache{f->globals, f->builtins, f->globals->version,
                                                        static_cast<int32_t>(gix), static_cast<int32_t>(bix)};
                }
                PUSH(v);
                break;
            }
            TARGET(STORE_GLOBAL)
                CHECK(dict_set_str(vm, f->globals, as_str(names[arg]), POP()));
                break;
            TARGET(DELETE_GLOBAL) {
                Value old = CHECK(dict_pop(vm, f->globals, names[arg]));
                if (old.is_null()) {
                    (void)raise_name_error(vm, as_str(names[arg]));
                    goto error;
                }
                break;
            }
            TARGET(LOAD_ATTR) {
                Value v = CHECK(getattr(vm, TOP(), as_str(names[arg])));
                TOP() = v;
                NEXT();
            }
            TARGET(STORE_ATTR) {
                Value obj = TOP(), v = SECOND();
                sp -= 2;
                CHECK(setattr(vm, obj, as_str(names[arg]), v));
                NEXT();
            }
            TARGET(DELETE_ATTR) {
                Value obj = POP();
                CHECK(delattr(vm, obj, as_str(names[arg])));
                break;
            }
            TARGET(LOAD_METHOD) {
                bool is_method = false;
                Value obj = TOP();
                Value m = CHECK(load_method(vm, obj, as_str(names[arg]), &is_method));
                if (is_method) {
                    TOP() = m;
                    PUSH(obj);
                } else {
                    TOP() = Value();
                    PUSH(m);
                }
                NEXT();
            }
            TARGET(KW_NAMES)
                kwnames = as_tuple(consts[arg]);
                break;
            TARGET(CALL) {
                Value* args = sp - arg;
                Value callable;
                uint32_t n = arg;
                if (sp[-static_cast<int>(arg) - 2].is_null()) {
                    callable = sp[-static_cast<int>(arg) - 1];
                } else {
                    callable = sp[-static_cast<int>(arg) - 2];
                    args--;
                    n++;
                }
                uint32_t nkw = kwnames ? kwnames->size : 0;
                Args a{args, n - nkw, kwnames};
                kwnames = nullptr;
                R<Value> r = is_kind(callable, Kind::Function) && type_of(vm, callable) == vm.t_function
                                 ? call_function(vm, static_cast<Function*>(callable.as_obj()), a)
                                 : call(vm, callable, a);
                sp -= arg + 2;
                if (r.failed()) goto error;
                PUSH(r.take());
                NEXT();
            }
            TARGET(CALL_EX) {
                Value kw = arg ? POP() : Value();
                Value posargs = POP();
                Value callable = POP();
                --sp;  // null
                Tuple* pos = as_tuple(posargs);
                R<Value> r(Value{});
                if (kw.is_null() || as_dict(kw)->table.used == 0) {
                    r = call(vm, callable, Args{pos->items, pos->size, nullptr});
                } else {
                    Dict* d = as_dict(kw);
                    uint32_t nk = d->table.used;
                    Tuple* names_t = CHECK(new_tuple(vm, nk));
                    Tuple* all = CHECK(new_tuple(vm, pos->size + nk));
                    for (uint32_t i = 0; i < pos->size; i++) all->items[i] = pos->items[i];
                    uint32_t p = 0, k = 0;
                    Value key, value;
                    while (dict_next(d, &p, &key, &value)) {
                        if (!is_kind(key, Kind::Str)) {
                            (void)raise(vm, vm.e_TypeError, "keywords must be strings");
                            goto error;
                        }
                        names_t->items[k] = key;
                        all->items[pos->size + k] = value;
                        k++;
                    }
                    r = call(vm, callable, Args{all->items, pos->size, names_t});
                }
                if (r.failed()) goto error;
                PUSH(r.take());
                break;
            }
            TARGET(BINARY_OP)
            TARGET(INPLACE_OP) {
                Value b = TOP(), a = SECOND();
                Value ir;
                double fr;
                if (arith_fast_path(vm, static_cast<BinOp>(arg), a, b, &fr, &ir)) {
                    if (ir.is_null()) {
                        Float* fl = CHECK(alloc<Float>(vm, vm.t_float_));  // inline fast path (interp.h)
                        fl->value = fr;
                        ir = val(fl);
                    }
                    --sp;
                    TOP() = ir;
                    NEXT();
                }
                Value r = instr_op(ins) == Op::BINARY_OP ? CHECK(binary_op(vm, static_cast<BinOp>(arg), a, b))
                                                         : CHECK(inplace_op(vm, static_cast<BinOp>(arg), a, b));
                --sp;
                TOP() = r;
                NEXT();
            }
            TARGET(UNARY_NEGATIVE) {
                Value r = CHECK(unary_neg(vm, TOP()));
                TOP() = r;
                break;
            }
            TARGET(UNARY_POSITIVE) {
                Value r = CHECK(unary_pos(vm, TOP()));
                TOP() = r;
                break;
            }
            TARGET(UNARY_INVERT) {
                Value r = CHECK(unary_invert(vm, TOP()));
                TOP() = r;
                break;
            }
            TARGET(UNARY_NOT) {
                bool t = CHECK(truthy(vm, TOP()));
                TOP() = Value::boolean(!t);
                break;
            }
            TARGET(COMPARE_OP) {
                Value b = TOP(), a = SECOND();
                if (a.is_int() && b.is_int()) {
                    intptr_t x = a.as_int(), y = b.as_int();
                    --sp;
                    TOP() = Value::boolean(compare_scalars(static_cast<CmpOp>(arg), x, y));
                    NEXT();
                }
                double x, y;
                if ((a.is_obj() || b.is_obj()) && plain_double(vm, a, &x) && plain_double(vm, b, &y)) {
                    --sp;
                    TOP() = Value::boolean(compare_scalars(static_cast<CmpOp>(arg), x, y));
                    NEXT();
                }
                Value r = CHECK(compare(vm, static_cast<CmpOp>(arg), a, b));
                --sp;
                TOP() = r;
                NEXT();
            }
            TARGET(IS_OP) {
                Value b = POP();
                bool same = TOP() == b;
                TOP() = Value::boolean(arg ? !same : same);
                break;
            }
            TARGET(CONTAINS_OP) {
                Value container = TOP(), item = SECOND();
                bool in = CHECK(contains(vm, container, item));
                --sp;
                TOP() = Value::boolean(arg ? !in : in);
                break;
            }
            TARGET(BINARY_SUBSCR) {
                Value key = TOP(), obj = SECOND();
                if (key.is_int() && is_kind(obj, Kind::List) && type_of(vm, obj) == vm.t_list) {
                    List* l = as_list(obj);
                    intptr_t i = key.as_int();
                    if (i < 0) i += l->size;
                    if (i >= 0 && i < static_cast<intptr_t>(l->size)) {
                        --sp;
                        TOP() = l->items[i];
                        NEXT();
                    }
                }
                Value r = CHECK(getitem(vm, obj, key));
                --sp;
                TOP() = r;
                break;
            }
            TARGET(STORE_SUBSCR) {
                Value key = TOP(), obj = SECOND(), v = THIRD();
                sp -= 3;
                if (key.is_int() && is_kind(obj, Kind::List) && type_of(vm, obj) == vm.t_list) {
                    List* l = as_list(obj);
                    intptr_t i = key.as_int();
                    if (i < 0) i += l->size;
                    if (i >= 0 && i < static_cast<intptr_t>(l->size)) {
                        l->items[i] = v;
                        NEXT();
                    }
                }
                CHECK(setitem(vm, obj, key, v));
                break;
            }
            TARGET(DELETE_SUBSCR) {
                Value key = TOP(), obj = SECOND();
                sp -= 2;
                CHECK(delitem(vm, obj, key));
                break;
            }
            TARGET(BUILD_SLICE) {
                Value step = arg == 3 ? POP() : Value::none();
                Value stop = POP();
                Value start = TOP();
                Value s = CHECK(new_slice(vm, start, stop, step));
                TOP() = s;
                break;
            }
            TARGET(BUILD_TUPLE) {
                Tuple* t = CHECK(tuple_from_span(vm, sp - arg, arg));
                sp -= arg;
                PUSH(val(t));
                break;
            }
            TARGET(BUILD_LIST) {
                List* l = CHECK(list_from_span(vm, sp - arg, arg));
                sp -= arg;
                PUSH(val(l));
                break;
            }
            TARGET(BUILD_SET) {
                Set* s = CHECK(new_set(vm, vm.t_set));
                PUSH(val(s));
                SYNC();
                for (uint32_t i = 0; i < arg; i++) CHECK(set_add(vm, s, sp[-1 - static_cast<int>(arg) + static_cast<int>(i)]));
                sp -= arg + 1;
                PUSH(val(s));
                break;
            }
            TARGET(BUILD_MAP) {
                Dict* d = CHECK(new_dict(vm));
                PUSH(val(d));
                SYNC();
                Value* items = sp - 1 - 2 * arg;
                for (uint32_t i = 0; i < arg; i++) CHECK(dict_set(vm, d, items[2 * i], items[2 * i + 1]));
                sp -= 2 * arg + 1;
                PUSH(val(d));
                break;
            }
            TARGET(BUILD_STRING) {
                Value s;
                CHECK(build_string(vm, sp - arg, arg, &s));
                sp -= arg;
                PUSH(s);
                break;
            }
            TARGET(LIST_APPEND) {
                Value v = POP();
                CHECK(list_append(vm, as_list(sp[-static_cast<int>(arg)]), v));
                break;
            }
            TARGET(SET_ADD) {
                Value v = POP();
                CHECK(set_add(vm, as_set(sp[-static_cast<int>(arg)]), v));
                break;
            }
            TARGET(MAP_ADD) {
                Value v = TOP(), k = SECOND();
                CHECK(dict_set(vm, as_dict(sp[-static_cast<int>(arg) - 2]), k, v));
                sp -= 2;
                break;
            }
            TARGET(LIST_EXTEND) {
                Value it = TOP();
                List* l = as_list(sp[-static_cast<int>(arg) - 1]);
                if (!is_kind(it, Kind::List) && !is_kind(it, Kind::Tuple)) {
                    Value probe = CHECK(getattr_opt(vm, it, vm.n___iter__));
                    if (probe.is_null() && !is_kind(it, Kind::Str) && !is_kind(it, Kind::Dict) &&
                        !is_kind(it, Kind::Set) && !is_kind(it, Kind::Bytes) && !is_kind(it, Kind::Range) &&
                        !is_kind(it, Kind::Iter) && !is_kind(it, Kind::Generator) && !is_kind(it, Kind::DictView)) {
                        Value gi = CHECK(getattr_opt(vm, it, vm.n___getitem__));
                        if (gi.is_null()) {
                            (void)raise(vm, vm.e_TypeError, "Value after * must be an iterable, not %s", type_name(vm, it));
                            goto error;
                        }
                    }
                }
                List* src = CHECK(list_from_iterable(vm, it));
                for (uint32_t i = 0; i < src->size; i++) CHECK(list_append(vm, l, src->items[i]));
                --sp;
                break;
            }
            TARGET(SET_UPDATE) {
                Value it = TOP();
                Set* s = as_set(sp[-static_cast<int>(arg) - 1]);
                List* src = CHECK(list_from_iterable(vm, it));
                for (uint32_t i = 0; i < src->size; i++) CHECK(set_add(vm, s, src->items[i]));
                --sp;
                break;
            }
            TARGET(DICT_UPDATE) {
                Value other = TOP();
                Dict* d = as_dict(sp[-static_cast<int>(arg) - 1]);
                if (!is_kind(other, Kind::Dict)) {
                    Value keys = CHECK(getattr_opt(vm, other, vm.n_keys));
                    if (keys.is_null()) {
                        (void)raise(vm, vm.e_TypeError, "'%s' object is not a mapping", type_name(vm, other));
                        goto error;
                    }
                }
                CHECK(dict_update(vm, d, other));
                --sp;
                break;
            }
            TARGET(DICT_MERGE) {
                Value other = TOP();
                Dict* d = as_dict(sp[-static_cast<int>(arg) - 1]);
                CHECK(dict_merge_call(vm, d, other, Value()));
                --sp;
                break;
            }
            TARGET(LIST_TO_TUPLE) {
                List* l = as_list(TOP());
                Tuple* t = CHECK(tuple_from_span(vm, l->items, l->size));
                TOP() = val(t);
                break;
            }
            TARGET(UNPACK_SEQUENCE) {
                Value seq = POP();
                if (sp + arg > base + co->stacksize) {
                    (void)raise(vm, vm.e_SystemError, "stack overflow in unpack");
                    goto error;
                }
                CHECK(unpack_sequence(vm, seq, arg, -1, sp));
                sp += arg;
                NEXT();
            }
            TARGET(UNPACK_EX) {
                Value seq = POP();
                uint32_t before = arg & 0xff, after = arg >> 8;
                CHECK(unpack_sequence(vm, seq, before, static_cast<int32_t>(after), sp));
                sp += before + after + 1;
                break;
            }
            TARGET(JUMP)
                if (arg < ip && vm.interrupt_pending) {
                    vm.interrupt_pending = false;
                    (void)raise(vm, vm.e_KeyboardInterrupt, "%s", "");
                    goto error;
                }
                ip = arg;
                NEXT();
            TARGET(POP_JUMP_IF_FALSE) {
                Value v = POP();
                if (v.is_false()) ip = arg;
                else if (!v.is_true()) {
                    SYNC();
                    bool t = CHECK(truthy(vm, v));
                    if (!t) ip = arg;
                }
                NEXT();
            }
            TARGET(POP_JUMP_IF_TRUE) {
                Value v = POP();
                if (v.is_true()) ip = arg;
                else if (!v.is_false()) {
                    SYNC();
                    bool t = CHECK(truthy(vm, v));
                    if (t) ip = arg;
                }
                NEXT();
            }
            TARGET(JUMP_IF_FALSE_OR_POP) {
                bool t = CHECK(truthy(vm, TOP()));
                if (!t) ip = arg;
                else --sp;
                break;
            }
            TARGET(JUMP_IF_TRUE_OR_POP) {
                bool t = CHECK(truthy(vm, TOP()));
                if (t) ip = arg;
                else --sp;
                break;
            }
            TARGET(GET_ITER) {
                Value it = CHECK(get_iter(vm, TOP()));
                TOP() = it;
                break;
            }
            TARGET(FOR_ITER) {
                Value it = TOP();
                if (it.as_obj()->type == vm.t_range_iterator) {
                    Iter* r = static_cast<Iter*>(it.as_obj());
                    if (r->j > 0 && Value::fits_small(r->i)) {
                        Value v = Value::small_int(static_cast<intptr_t>(r->i));
                        r->j--;
                        // Unsigned: stepping past the last element may leave the int64 range.
                        if (r->j > 0) r->i = static_cast<int64_t>(static_cast<uint64_t>(r->i) + static_cast<uint64_t>(r->k));
                        PUSH(v);
                        NEXT();
                    }
                    if (r->j <= 0) {
                        --sp;
                        ip = arg;
                        NEXT();
                    }
                }
                if (it.as_obj()->type == vm.t_list_iterator) {
                    Iter* li = static_cast<Iter*>(it.as_obj());
                    List* l = as_list(li->a);
                    if (li->i < static_cast<int64_t>(l->size)) {
                        PUSH(l->items[li->i++]);
                        NEXT();
                    }
                    --sp;
                    ip = arg;
                    break;
                }
                Value v = CHECK(iter_next(vm, it));
                if (v.is_null()) {
                    --sp;
                    ip = arg;
                } else {
                    PUSH(v);
                }
                if (arg < ip && vm.interrupt_pending) {
                    vm.interrupt_pending = false;
                    (void)raise(vm, vm.e_KeyboardInterrupt, "%s", "");
                    goto error;
                }
                break;
            }
            TARGET(MAKE_FUNCTION) {
                Code* fc = static_cast<Code*>(POP().as_obj());
                Value closure = (arg & 8) ? POP() : Value();
                Value annotations = (arg & 4) ? POP() : Value();
                Value kwdefaults = (arg & 2) ? POP() : Value();
                Value defaults = (arg & 1) ? POP() : Value();
                PUSH(val(fc));
                PUSH(closure);
                PUSH(annotations);
                PUSH(kwdefaults);
                PUSH(defaults);
                SYNC();
                Function* fn = CHECK(new_function(vm, fc, f->globals, fc->qualname));
                sp -= 5;
                if (!closure.is_null()) fn->closure = as_tuple(closure);
                if (!defaults.is_null()) fn->defaults = as_tuple(defaults);
                if (!kwdefaults.is_null()) fn->kwdefaults = as_dict(kwdefaults);
                if (!annotations.is_null()) fn->annotations = as_dict(annotations);
                PUSH(val(fn));
                break;
            }
            TARGET(RETURN_VALUE) {
                Value r = POP();
                f->sp = sp;
                vm.frame = f->back;
                return r;
            }
            TARGET(ASYNC_GEN_WRAP) {
                Cell* w = CHECK(alloc<Cell>(vm, vm.t_async_generator_wrapped_value));
                w->value = TOP();
                TOP() = val(w);
                break;
            }
            TARGET(YIELD_VALUE) {
                Value r = POP();
                f->sp = sp;
                f->ip = ip;
                vm.frame = f->back;
                *yielded = true;
                return r;
            }
            TARGET(GET_YIELD_FROM_ITER) {
                Value v = TOP();
                if (!is_kind(v, Kind::Generator)) {
                    Value it = CHECK(get_iter(vm, v));
                    TOP() = it;
                }
                break;
            }
            TARGET(YIELD_FROM) {
                Value sent = POP();
                Value it = TOP();
                Value result;
                if (is_kind(it, Kind::Generator)) {
                    Value ret;
                    result = CHECK(generator_resume(vm, static_cast<Generator*>(it.as_obj()), sent, false, &ret));
                    if (result.is_null()) {
                        TOP() = ret.is_null() ? Value::none() : ret;
                        break;
                    }
                } else if (sent.is_none() && it.is_obj() && it.as_obj()->type->kind == Kind::Iter &&
                           !(it.as_obj()->type->flags & (TF_HEAPTYPE | TF_OWN_NEXT))) {
                    result = CHECK(iter_next(vm, it));  // a builtin iterator: its StopIteration carries no value
                    if (result.is_null()) {
                        TOP() = Value::none();
                        break;
                    }
                } else {
                    // __next__() or send(); a StopIteration ends the delegation with its value.
                    bool found = false;
                    R<Value> r = sent.is_none() ? call_method(vm, it, vm.n___next__, nullptr, 0, &found)
                                                : call_method(vm, it, vm.n_send, &sent, 1, nullptr);
                    if (r.failed()) {
                        if (!exception_matches(vm, vm.exc, vm.e_StopIteration)) goto error;
                        Value e = take_exception(vm);
                        Value v = as_exception(e)->value;
                        TOP() = v.is_null() ? Value::none() : v;
                        break;
                    }
                    if (sent.is_none() && !found) {
                        (void)raise(vm, vm.e_TypeError, "'%s' object is not an iterator", type_name(vm, it));
                        goto error;
                    }
                    result = r.take();
                }
                // Suspend, re-executing YIELD_FROM when resumed (the sent value will be pushed).
                f->sp = sp;
                f->ip = ip - 1;
                vm.frame = f->back;
                *yielded = true;
                return result;
            }
            TARGET(SETUP_FINALLY)
            TARGET(SETUP_WITH) {
                if (instr_op(ins) == Op::SETUP_WITH) {
                    Value mgr = TOP();
                    Value enter = CHECK(lookup_special(vm, mgr, vm.n___enter__));
                    Value exit = CHECK(lookup_special(vm, mgr, vm.n___exit__));
                    if (enter.is_null() || exit.is_null()) {
                        (void)raise(vm, vm.e_TypeError,
                                    enter.is_null() ? "'%s' object does not support the context manager protocol"
                                                    : "'%s' object does not support the context manager protocol (missed __exit__ method)",
                                    type_name(vm, mgr));
                        goto error;
                    }
                    TOP() = exit;
                    Value r = CHECK(call0(vm, enter));
                    if (f->nblocks >= kMaxBlocks) {
                        (void)raise(vm, vm.e_SystemError, "too many statically nested blocks");
                        goto error;
                    }
                    f->blocks[f->nblocks++] = Block{arg, static_cast<uint32_t>(sp - base), BLOCK_FINALLY};
                    PUSH(r);
                    break;
                }
                if (f->nblocks >= kMaxBlocks) {
                    (void)raise(vm, vm.e_SystemError, "too many statically nested blocks");
                    goto error;
                }
                f->blocks[f->nblocks++] = Block{arg, static_cast<uint32_t>(sp - base), BLOCK_FINALLY};
                break;
            }
            TARGET(POP_BLOCK)
                f->nblocks--;
                break;
            TARGET(POP_EXCEPT) {
                f->nblocks--;  // the EXCEPT_HANDLER block
                Value old = POP();
                f->handling = old;
                break;
            }
            TARGET(RERAISE) {
                Value exc = POP();
                vm.exc = exc;
                reraise = true;
                goto error;
            }
            TARGET(WITH_EXCEPT_START) {
                Value exc = TOP();
                Value exit = sp[-3];
                Exception* e = as_exception(exc);
                Value tb = e->traceback ? val(e->traceback) : Value::none();
                Value args[3] = {val(type_of(vm, exc)), exc, tb};
                Value r = CHECK(call(vm, exit, Args{args, 3, nullptr}));
                PUSH(r);
                break;
            }
            TARGET(JUMP_IF_NOT_EXC_MATCH) {
                Value type = TOP(), exc = SECOND();
                sp -= 2;
                bool matched = false;
                SYNC();
                if (exc_match(vm, exc, type, &matched).failed()) goto error;
                if (!matched) ip = arg;
                break;
            }
            TARGET(RAISE_VARARGS) {
                if (arg == 0) {
                    Value cur = current_handled_exception(vm);
                    if (cur.is_none()) {
                        (void)raise(vm, vm.e_RuntimeError, "No active exception to reraise");
                        goto error;
                    }
                    vm.exc = cur;
                    reraise = true;
                    goto error;
                }
                Value cause = arg == 2 ? POP() : Value();
                Value exc = POP();
                SYNC();
                (void)do_raise(vm, exc, cause, arg == 2);
                goto error;
            }
            TARGET(LOAD_ASSERTION_ERROR)
                PUSH(val(vm.e_AssertionError));
                break;
            TARGET(LOAD_BUILD_CLASS) {
                Value bc = dict_get_str(f->builtins, vm.n___build_class__);
                if (bc.is_null()) {
                    (void)raise(vm, vm.e_NameError, "__build_class__ not found");
                    goto error;
                }
                PUSH(bc);
                break;
            }
            TARGET(IMPORT_NAME) {
                Value fromlist = POP();
                Value level = TOP();
                Value m = CHECK(import_module(vm, as_str(names[arg]), f->globals, fromlist, level.as_int()));
                TOP() = m;
                break;
            }
            TARGET(IMPORT_FROM) {
                Value v = CHECK(import_from(vm, TOP(), as_str(names[arg])));
                PUSH(v);
                break;
            }
            TARGET(IMPORT_STAR) {
                Value m = POP();
                SYNC();
                CHECK(import_star(vm, m, f->locals ? f->locals : f->globals));
                break;
            }
            TARGET(FORMAT_VALUE) {
                Value spec = (arg & 4) ? POP() : Value();
                Value v = TOP();
                PUSH(spec);
                SYNC();
                Value r = CHECK(format_with_conversion(vm, v, arg, spec));
                --sp;
                TOP() = r;
                break;
            }
            TARGET(PRINT_EXPR) {
                Value v = TOP();
                CHECK(print_expr_value(vm, v));
                --sp;
                break;
            }
            TARGET(SETUP_ANNOTATIONS) {
                Dict* ns = f->locals ? f->locals : f->globals;
                if (dict_get_str(ns, vm.n___annotations__).is_null()) {
                    Dict* d = CHECK(new_dict(vm));
                    CHECK(dict_set_str(vm, ns, vm.n___annotations__, val(d)));
                }
                break;
            }
            TARGET(GET_AWAITABLE) {
                Value it = CHECK(get_awaitable(vm, TOP(), arg));
                TOP() = it;
                break;
            }
            TARGET(GET_AITER) {
                Value obj = TOP();
                Value m = CHECK(lookup_special(vm, obj, vm.n___aiter__));
                if (m.is_null()) {
                    (void)raise(vm, vm.e_TypeError, "'async for' requires an object with __aiter__ method, got %s",
                                type_name(vm, obj));
                    goto error;
                }
                Value ait = CHECK(call0(vm, m));
                if (type_lookup(type_of(vm, ait), vm.n___anext__).is_null()) {
                    (void)raise(vm, vm.e_TypeError,
                                "'async for' received an object from __aiter__ that does not implement __anext__: %s",
                                type_name(vm, ait));
                    goto error;
                }
                TOP() = ait;
                break;
            }
            TARGET(GET_ANEXT) {
                Value ait = TOP();
                Value m = CHECK(lookup_special(vm, ait, vm.n___anext__));
                if (m.is_null()) {
                    (void)raise(vm, vm.e_TypeError, "'async for' requires an iterator with __anext__ method, got %s",
                                type_name(vm, ait));
                    goto error;
                }
                Value aw = CHECK(call0(vm, m));
                PUSH(aw);
                Value it = CHECK(get_awaitable(vm, aw, 3));
                TOP() = it;
                break;
            }
            TARGET(END_ASYNC_FOR) {
                Value exc = TOP();
                if (!exception_matches(vm, exc, vm.e_StopAsyncIteration)) {
                    --sp;
                    vm.exc = exc;
                    reraise = true;
                    goto error;
                }
                f->nblocks--;  // the EXCEPT_HANDLER block
                f->handling = SECOND();
                sp -= 3;
                break;
            }
            TARGET(BEFORE_ASYNC_WITH) {
                Value mgr = TOP();
                Value enter = CHECK(lookup_special(vm, mgr, vm.n___aenter__));
                Value exit = enter.is_null() ? Value() : CHECK(lookup_special(vm, mgr, vm.n___aexit__));
                if (enter.is_null() || exit.is_null()) {
                    (void)raise(vm, vm.e_TypeError,
                                enter.is_null() ? "'%s' object does not support the asynchronous context manager protocol"
                                                : "'%s' object does not support the asynchronous context manager protocol (missed __aexit__ method)",
                                type_name(vm, mgr));
                    goto error;
                }
                TOP() = exit;
                Value r = CHECK(call0(vm, enter));
                PUSH(r);
                break;
            }
            TARGET(SETUP_ASYNC_WITH)
                if (f->nblocks >= kMaxBlocks) {
                    (void)raise(vm, vm.e_SystemError, "too many statically nested blocks");
                    goto error;
                }
                f->blocks[f->nblocks++] = Block{arg, static_cast<uint32_t>(sp - base) - 1, BLOCK_FINALLY};
                break;
            TARGET(MATCH_CLASS) {
                Value names_t = TOP(), cls = SECOND(), subject = THIRD();
                Value r = CHECK(match_class(vm, subject, cls, as_tuple(names_t), arg));
                sp -= 2;
                TOP() = r;
                break;
            }
            TARGET(MATCH_MAPPING)
                {
                    Value is = Value::boolean(type_has_flag(type_of(vm, TOP()), TF_MAPPING));
                    PUSH(is);
                }
                break;
            TARGET(MATCH_SEQUENCE)
                {
                    Value is = Value::boolean(type_has_flag(type_of(vm, TOP()), TF_SEQUENCE));
                    PUSH(is);
                }
                break;
            TARGET(MATCH_KEYS) {
                Value r = CHECK(match_keys(vm, SECOND(), as_tuple(TOP())));
                PUSH(r);
                break;
            }
            TARGET(GET_LEN) {
                int64_t n = CHECK(length(vm, TOP()));
                Value v = CHECK(make_int(vm, n));
                PUSH(v);
                break;
            }
            TARGET(COPY_DICT_WITHOUT_KEYS) {
                Tuple* keys = as_tuple(TOP());
                Value subject = SECOND();
                Dict* rest = CHECK(new_dict(vm));
                PUSH(val(rest));
                SYNC();
                CHECK(dict_update(vm, rest, subject));
                for (uint32_t i = 0; i < keys->size; i++) {
                    Value old = CHECK(dict_pop(vm, rest, keys->items[i]));
                    if (old.is_null()) {
                        (void)raise_with_arg(vm, vm.e_KeyError, keys->items[i]);
                        goto error;
                    }
                }
                --sp;
                TOP() = val(rest);
                break;
            }
        }
        continue;

    error:
        f->sp = sp;
        if (!reraise) add_traceback(vm, f);
        reraise = false;
        kwnames = nullptr;
        // Unwind to the innermost handler of this frame.
        while (f->nblocks > 0) {
            Block b = f->blocks[--f->nblocks];
            if (b.kind == BLOCK_EXCEPT_HANDLER) {
                f->handling = base[b.level];
                sp = base + b.level;
                continue;
            }
            sp = base + b.level;
            Value exc = take_exception(vm);
            f->blocks[f->nblocks++] = Block{0, b.level, BLOCK_EXCEPT_HANDLER};
            PUSH(f->handling);
            PUSH(exc);
            f->handling = exc;
            ip = b.handler;
            break;
        }
        if (vm.exc.is_null()) continue;
        f->sp = sp;
        f->ip = ip;
        vm.frame = f->back;
        return Raised{};
    }
#undef PUSH
#undef POP
#undef TOP
#undef SECOND
#undef THIRD
#undef SYNC
#undef CHECK
#undef TARGET
#undef NEXT
}

}  // namespace pyco
