// The exception hierarchy: BaseException and its subclasses' constructors, str/repr, and raising helpers.
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <string>

#include "objects/objects.h"
#include "vm/vm.h"

namespace pyco {

Value take_exception(Interpreter& vm) {
    Value e = vm.exc;
    vm.exc = Value();
    return e;
}

bool exception_matches(Interpreter& vm, Value exc, Type* type) {
    if (exc.is_null()) return false;
    return isinstance(vm, exc, type);
}

// Sets the pending exception, chaining the exception being handled as its __context__.
Raised raise_value(Interpreter& vm, Value exc) {
    if (is_type(exc)) {
        R<Value> inst = call(vm, exc, Args{nullptr, 0, nullptr});
        if (inst.failed()) return Raised{};
        exc = inst.take();
    }
    Value handled = current_handled_exception(vm);
    if (handled.is_obj() && handled != exc && exc.is_obj() && exc.as_obj()->type->kind == Kind::Exception) {
        Exception* e = as_exception(exc);
        // Avoid cycles: don't chain an exception that is already in the handled one's context chain.
        Value c = handled;
        bool cycle = false;
        while (c.is_obj()) {
            if (c == exc) {
                cycle = true;
                break;
            }
            c = as_exception(c)->context;
        }
        if (!cycle && e->context.is_null()) e->context = handled;
    }
    vm.exc = exc;
    return Raised{};
}

Status set_special_fields(Interpreter& vm, Exception* e);

// Built-in exception classes are instantiated directly: raising must work even when the recursion limit
// forbids further calls (raising RecursionError itself, say).
Type* os_error_subclass(Interpreter& vm, int64_t err);

R<Value> new_exception(Interpreter& vm, Type* type, Args args) {
    if ((type->flags & TF_HEAPTYPE) || args.nkw()) return type_call(vm, type, args);
    if (type == vm.e_OSError && args.n >= 2 && args.n <= 5 && args.v[0].is_int()) type = os_error_subclass(vm, args.v[0].as_int());
    Exception* e = TRY(alloc<Exception>(vm, type));
    e->args = TRY(tuple_from_span(vm, args.v, args.n));
    TRY(set_special_fields(vm, e));
    return val(e);
}

Raised raise(Interpreter& vm, Type* type, const char* fmt, ...) {
    char buf[512];
    va_list ap;
    va_start(ap, fmt);
    std::vsnprintf(buf, sizeof buf, fmt, ap);
    va_end(ap);
    // KeyboardInterrupt and friends raised with an empty message have no args.
    Value msg;
    if (buf[0] || std::strcmp(fmt, "%s") != 0) {
        R<Str*> s = new_str(vm, buf);
        if (s.failed()) return Raised{};
        msg = val(s.take());
    }
    R<Value> e = new_exception(vm, type, Args{msg.is_null() ? nullptr : &msg, msg.is_null() ? 0u : 1u, nullptr});
    if (e.failed()) return Raised{};
    return raise_value(vm, e.take());
}

Raised raise_with_arg(Interpreter& vm, Type* type, Value arg) {
    R<Value> e = new_exception(vm, type, Args{&arg, 1, nullptr});
    if (e.failed()) return Raised{};
    return raise_value(vm, e.take());
}

Raised raise_memory_error(Interpreter& vm) {
    vm.exc = vm.memory_error;
    if (vm.exc.is_obj()) {
        as_exception(vm.exc)->traceback = nullptr;
        as_exception(vm.exc)->context = Value();
    }
    return Raised{};
}

// The OSError subclass CPython picks for an errno (OSError(2, 'x') is a FileNotFoundError).
Type* os_error_subclass(Interpreter& vm, int64_t err) {
    switch (err) {
        case ENOENT: return vm.e_FileNotFoundError;
        case EEXIST: return vm.e_FileExistsError;
        case EISDIR: return vm.e_IsADirectoryError;
        case ENOTDIR: return vm.e_NotADirectoryError;
        case EACCES: case EPERM: return vm.e_PermissionError;
        case ETIMEDOUT: return vm.e_TimeoutError;
        case EAGAIN: case EALREADY: case EINPROGRESS: return vm.e_BlockingIOError;
        case ECHILD: return vm.e_ChildProcessError;
        case EPIPE: case ESHUTDOWN: return vm.e_BrokenPipeError;
        case ECONNABORTED: return vm.e_ConnectionAbortedError;
        case ECONNREFUSED: return vm.e_ConnectionRefusedError;
        case ECONNRESET: return vm.e_ConnectionResetError;
        case EINTR: return vm.e_InterruptedError;
        case ESRCH: return vm.e_ProcessLookupError;
        default: return vm.e_OSError;
    }
}

Raised raise_os_error(Interpreter& vm, int err, Value filename) {
    Type* t = os_error_subclass(vm, err);
    R<Str*> msg = new_str(vm, std::strerror(err));
    if (msg.failed()) return Raised{};
    Value args[3] = {Value::small_int(err), val(msg.take()), filename};
    R<Value> e = new_exception(vm, t, Args{args, filename.is_null() ? 2u : 3u, nullptr});
    if (e.failed()) return Raised{};
    return raise_value(vm, e.take());
}

namespace {

Exception* exc_self(Value v) { return as_exception(v); }
}  // namespace

R<Value> base_exception_new(Interpreter& vm, Args args) {
    if (args.n < 1 || !is_type(args.v[0])) return raise(vm, vm.e_TypeError, "BaseException.__new__(X): X is not a type object");
    Type* cls = static_cast<Type*>(args.v[0].as_obj());
    if (!(cls->flags & TF_EXCEPTION)) return raise(vm, vm.e_TypeError, "BaseException.__new__(%s) is not a subtype of BaseException", cls->name->data);
    if (cls == vm.e_OSError && args.n >= 3 && args.n <= 6 && args.v[1].is_int()) cls = os_error_subclass(vm, args.v[1].as_int());
    Exception* e = TRY(alloc<Exception>(vm, cls));
    e->args = TRY(tuple_from_span(vm, args.v + 1, args.n - 1));
    return val(e);
}

namespace {
R<Value> base_exception_str(Interpreter& vm, Args args);
}  // namespace

// Fills the subclass-specific fields from args (StopIteration.value, SystemExit.code, OSError.errno...).
Status set_special_fields(Interpreter& vm, Exception* e) {
    Type* t = e->type;
    Tuple* a = e->args;
    if (is_subtype(t, vm.e_StopIteration) || is_subtype(t, vm.e_SystemExit)) {
        e->value = a->size == 0 ? Value::none() : a->size == 1 ? a->items[0] : val(a);
    } else if (is_subtype(t, vm.e_OSError) && a->size >= 2 && a->size <= 5) {
        Dict** slot = instance_dict_slot(val(e));
        if (!*slot) *slot = TRY(new_dict(vm));
        TRY(dict_set_str(vm, *slot, vm.n_errno_, a->items[0]));
        TRY(dict_set_str(vm, *slot, vm.n_strerror, a->items[1]));
        TRY(dict_set_str(vm, *slot, vm.n_filename, a->size >= 3 ? a->items[2] : Value::none()));
        if (a->size >= 3) e->args = TRY(tuple_from_span(vm, a->items, 2));
    } else if (is_subtype(t, vm.e_OSError)) {
        Dict** slot = instance_dict_slot(val(e));
        if (!*slot) *slot = TRY(new_dict(vm));
        TRY(dict_set_str(vm, *slot, vm.n_errno_, Value::none()));
        TRY(dict_set_str(vm, *slot, vm.n_strerror, Value::none()));
        TRY(dict_set_str(vm, *slot, vm.n_filename, Value::none()));
    } else if (is_subtype(t, vm.e_SyntaxError)) {
        Dict** slot = instance_dict_slot(val(e));
        if (!*slot) *slot = TRY(new_dict(vm));
        Value msg = a->size >= 1 ? a->items[0] : Value::none();
        TRY(dict_set_str(vm, *slot, vm.n_msg, msg));
        Value fields[6] = {Value::none(), Value::none(), Value::none(), Value::none(), Value::none(), Value::none()};
        if (a->size == 2 && is_kind(a->items[1], Kind::Tuple)) {
            Tuple* d = as_tuple(a->items[1]);
            for (uint32_t i = 0; i < d->size && i < 6; i++) fields[i] = d->items[i];
        }
        Str* names[6] = {vm.n_filename, vm.n_lineno, vm.n_offset, vm.n_text, vm.n_end_lineno, vm.n_end_offset};
        for (int i = 0; i < 6; i++) TRY(dict_set_str(vm, *slot, names[i], fields[i]));
        TRY(dict_set_str(vm, *slot, vm.n_print_file_and_line, Value::none()));
    } else if (is_subtype(t, vm.e_NameError) || is_subtype(t, vm.e_AttributeError) || is_subtype(t, vm.e_ImportError)) {
        Dict** slot = instance_dict_slot(val(e));
        if (!*slot) *slot = TRY(new_dict(vm));
        if (dict_get_str(*slot, vm.n_name).is_null()) TRY(dict_set_str(vm, *slot, vm.n_name, Value::none()));
        if (is_subtype(t, vm.e_AttributeError) && dict_get_str(*slot, vm.n_obj).is_null())
            TRY(dict_set_str(vm, *slot, vm.n_obj, Value::none()));
        if (is_subtype(t, vm.e_ImportError) && dict_get_str(*slot, vm.n_path).is_null())
            TRY(dict_set_str(vm, *slot, vm.n_path, Value::none()));
    }
    return Status::ok();
}

namespace {

R<Value> base_exception_init(Interpreter& vm, Args args) {
    Value self = TRY(self_of(vm, args, vm.e_BaseException, "__init__"));
    Exception* e = exc_self(self);
    Type* t = e->type;
    // Keyword arguments are accepted only where CPython accepts them (ImportError name/path).
    if (args.nkw()) {
        if (is_subtype(t, vm.e_ImportError) || is_subtype(t, vm.e_NameError) || is_subtype(t, vm.e_AttributeError)) {
            Dict** slot = instance_dict_slot(self);
            if (!*slot) *slot = TRY(new_dict(vm));
            for (uint32_t k = 0; k < args.nkw(); k++) TRY(dict_set(vm, *slot, args.kwnames->items[k], args.v[args.n + k]));
        } else {
            return raise(vm, vm.e_TypeError, "%s() takes no keyword arguments", t->name->data);
        }
    }
    e->args = TRY(tuple_from_span(vm, args.v + 1, args.n - 1));
    TRY(set_special_fields(vm, e));
    return Value::none();
}

R<Value> base_exception_str(Interpreter& vm, Args args) {
    Value self = TRY(self_of(vm, args, vm.e_BaseException, "__str__"));
    Exception* e = exc_self(self);
    Tuple* a = e->args ? e->args : vm.empty_tuple;
    if (a->size == 0) return val(vm.empty_str);
    if (a->size == 1) return val(TRY(to_str(vm, a->items[0])));
    return val(TRY(repr(vm, val(a))));
}

R<Value> key_error_str(Interpreter& vm, Args args) {
    Value self = TRY(self_of(vm, args, vm.e_KeyError, "__str__"));
    Exception* e = exc_self(self);
    if (e->args && e->args->size == 1) return val(TRY(repr(vm, e->args->items[0])));
    return base_exception_str(vm, args);
}

R<Value> os_error_str(Interpreter& vm, Args args) {
    Value self = TRY(self_of(vm, args, vm.e_OSError, "__str__"));
    Exception* e = exc_self(self);
    Dict** slot = instance_dict_slot(self);
    Value err = *slot ? dict_get_str(*slot, vm.n_errno_) : Value();
    Value strerr = *slot ? dict_get_str(*slot, vm.n_strerror) : Value();
    Value fname = *slot ? dict_get_str(*slot, vm.n_filename) : Value();
    if (!err.is_null() && !err.is_none() && !strerr.is_null() && !strerr.is_none()) {
        std::string s = "[Errno ";
        s += TRY(to_str(vm, err))->view();
        s += "] ";
        s += TRY(to_str(vm, strerr))->view();
        if (!fname.is_null() && !fname.is_none()) {
            s += ": ";
            s += TRY(repr(vm, fname))->view();
        }
        return val(TRY(new_str(vm, s)));
    }
    (void)e;
    return base_exception_str(vm, args);
}

R<Value> syntax_error_str(Interpreter& vm, Args args) {
    Value self = TRY(self_of(vm, args, vm.e_SyntaxError, "__str__"));
    Dict** slot = instance_dict_slot(self);
    Value msg = *slot ? dict_get_str(*slot, vm.n_msg) : Value();
    Value fname = *slot ? dict_get_str(*slot, vm.n_filename) : Value();
    Value line = *slot ? dict_get_str(*slot, vm.n_lineno) : Value();
    if (msg.is_null() || msg.is_none()) return base_exception_str(vm, args);
    std::string s(TRY(to_str(vm, msg))->view());
    bool has_file = is_kind(fname, Kind::Str);
    bool has_line = is_int_value(line);
    if (has_file || has_line) {
        s += " (";
        if (has_file) {
            std::string_view f = as_str(fname)->view();
            size_t slash = f.rfind('/');
            s += slash == std::string_view::npos ? f : f.substr(slash + 1);
        }
        if (has_line) {
            s += has_file ? ", line " : "line ";
            s += TRY(to_str(vm, line))->view();
        }
        s += ")";
    }
    return val(TRY(new_str(vm, s)));
}

R<Value> base_exception_repr(Interpreter& vm, Args args) {
    Value self = TRY(self_of(vm, args, vm.e_BaseException, "__repr__"));
    Exception* e = exc_self(self);
    std::string s(e->type->name->view());
    Tuple* a = e->args ? e->args : vm.empty_tuple;
    if (a->size == 1) {
        s += "(";
        s += TRY(repr(vm, a->items[0]))->view();
        s += ")";
    } else {
        s += TRY(repr(vm, val(a)))->view();
    }
    return val(TRY(new_str(vm, s)));
}

R<Value> base_exception_with_traceback(Interpreter& vm, Args args) {
    Value self = TRY(self_of(vm, args, vm.e_BaseException, "with_traceback"));
    TRY(check_nargs(vm, args, "with_traceback", 2, 2));
    exc_self(self)->traceback = is_kind(args.v[1], Kind::Traceback) ? static_cast<Traceback*>(args.v[1].as_obj()) : nullptr;
    return self;
}

R<Value> base_exception_add_note(Interpreter& vm, Args args) {
    Value self = TRY(self_of(vm, args, vm.e_BaseException, "add_note"));
    TRY(check_nargs(vm, args, "add_note", 2, 2));
    if (!is_kind(args.v[1], Kind::Str))
        return raise(vm, vm.e_TypeError, "note must be a str, not '%s'", type_name(vm, args.v[1]));
    Exception* e = exc_self(self);
    if (e->notes.is_null()) e->notes = val(TRY(new_list(vm)));
    TRY(list_append(vm, as_list(e->notes), args.v[1]));
    return Value::none();
}

}  // namespace

void init_exception_types(Interpreter& vm) {
    add_staticmethods(vm, vm.e_BaseException, {{"__new__", base_exception_new}});
    add_methods(vm, vm.e_BaseException, {{"__init__", base_exception_init},
                                         {"__str__", base_exception_str},
                                         {"__repr__", base_exception_repr},
                                         {"with_traceback", base_exception_with_traceback},
                                         {"add_note", base_exception_add_note}});
    add_methods(vm, vm.e_KeyError, {{"__str__", key_error_str}});
    add_methods(vm, vm.e_OSError, {{"__str__", os_error_str}});
    add_methods(vm, vm.e_SyntaxError, {{"__str__", syntax_error_str}});
}

}  // namespace pyco
