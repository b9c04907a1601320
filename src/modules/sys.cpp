// The `sys` and `gc` modules.
#include <cstring>
#include <string>
#include <vector>

#include "modules/frozen.h"
#include "modules/modules.h"
#include "objects/objects.h"
#include "ports/port.h"
#include "vm/vm.h"

namespace pyco {

namespace {

R<Value> sys_exit(Interpreter& vm, Args args) {
    TRY(check_nargs(vm, args, "exit", 0, 1));
    R<Value> e = new_exception(vm, vm.e_SystemExit, args);
    if (e.failed()) return Raised{};
    return raise_value(vm, e.take());
}

R<Value> sys_getrecursionlimit(Interpreter& vm, Args args) {
    TRY(check_nargs(vm, args, "getrecursionlimit", 0, 0));
    return Value::small_int(vm.recursion_limit);
}

R<Value> sys_setrecursionlimit(Interpreter& vm, Args args) {
    TRY(check_nargs(vm, args, "setrecursionlimit", 1, 1));
    int64_t n = TRY(index_value(vm, args.v[0]));
    if (n < 1) return raise(vm, vm.e_ValueError, "recursion limit must be greater or equal than 1");
    vm.recursion_limit = n > 100000 ? 100000 : static_cast<int>(n);
    return Value::none();
}

R<Value> sys_exc_info(Interpreter& vm, Args args) {
    TRY(check_nargs(vm, args, "exc_info", 0, 0));
    Value e = current_handled_exception(vm);
    if (e.is_none()) return val(TRY(tuple_of(vm, {Value::none(), Value::none(), Value::none()})));
    Exception* x = as_exception(e);
    return val(TRY(tuple_of(vm, {val(type_of(vm, e)), e, x->traceback ? val(x->traceback) : Value::none()})));
}

R<Value> sys_exception(Interpreter& vm, Args args) {
    TRY(check_nargs(vm, args, "exception", 0, 0));
    return current_handled_exception(vm);
}

// MicroPython's print_exception(exc, file=sys.stdout): the traceback as the REPL prints it, written to `file`.
R<Value> sys_print_exception(Interpreter& vm, Args args) {
    Value a[2];
    TRY(parse_args(vm, args, "print_exception", {"exc", "file"}, 1, 0, a));
    if (!is_kind(a[0], Kind::Exception)) return raise(vm, vm.e_TypeError, "print_exception() argument must be an exception");
    Value file = a[1];
    if (file.is_null() || file.is_none()) file = TRY(getattr(vm, val(vm.sys_module), vm.n_stdout_));
    Value write = TRY(getattr(vm, file, TRY(intern(vm, "write"))));
    Str* text = TRY(new_str(vm, format_exception_text(vm, a[0])));
    TRY(call1(vm, write, val(text)));
    return Value::none();
}

R<Value> sys_intern(Interpreter& vm, Args args) {
    TRY(check_nargs(vm, args, "intern", 1, 1));
    if (!is_kind(args.v[0], Kind::Str)) return raise(vm, vm.e_TypeError, "intern() argument must be str, not %s", type_name(vm, args.v[0]));
    return val(TRY(intern(vm, as_str(args.v[0])->view())));
}

// sys._getframemodulename(depth=0) (CPython 3.12): the __name__ of the globals of the Python frame `depth` levels
// up from the caller; namedtuple and friends use it to set __module__ (pyco has no frame objects, so no _getframe).
R<Value> sys_getframemodulename(Interpreter& vm, Args args) {
    TRY(check_nargs(vm, args, "_getframemodulename", 0, 1));
    int64_t depth = args.n ? TRY(index_value(vm, args.v[0])) : 0;
    Frame* f = vm.frame;
    while (f && depth > 0) {
        f = f->back;
        depth--;
    }
    if (!f || !f->globals) return Value::none();
    Value name = dict_get_str(f->globals, vm.n___name__);
    return name.is_null() ? Value::none() : name;
}

R<Value> sys_getattr(Interpreter& vm, Args args) {
    TRY(check_nargs(vm, args, "__getattr__", 1, 1));
    if (!is_kind(args.v[0], Kind::Str)) return raise(vm, vm.e_TypeError, "attribute name must be string");
    std::string_view name = as_str(args.v[0])->view();
    const FrozenModule* fm = find_frozen_module("_pyco_sys");  // absent only inside pyco-freeze
    if (fm && (name == "version_info" || name == "flags" || name == "implementation")) {
        Module* py = TRY(new_module(vm, TRY(intern(vm, "_pyco_sys"))));
        TRY(dict_set_str(vm, py->dict, vm.n___builtins__, TRY(dict_get(vm, vm.modules, val(vm.n_builtins)))));
        TRY(run_code(vm, TRY(load_frozen_code(vm, fm)), py->dict, py->dict));
        std::string machine = vm.port.board_name() + " with " + vm.port.cpu_name();
        Value setup = dict_get_str(py->dict, TRY(intern(vm, "_setup")));
        TRY(call2(vm, setup, val(TRY(new_str(vm, machine))), val(TRY(new_str(vm, PYCO_VERSION)))));
        Value v = dict_get_str(vm.sys_module->dict, as_str(args.v[0]));
        if (!v.is_null()) return v;
    }
    return raise(vm, vm.e_AttributeError, "module 'sys' has no attribute '%s'", as_str(args.v[0])->data);
}

R<Value> gc_collect(Interpreter& vm, Args args) {
    (void)args;
    collect_garbage(vm);
    return Value::small_int(0);
}
R<Value> gc_enable(Interpreter& vm, Args args) {
    (void)args;
    vm.gc_enabled = true;
    return Value::none();
}
R<Value> gc_disable(Interpreter& vm, Args args) {
    (void)args;
    vm.gc_enabled = false;
    return Value::none();
}
R<Value> gc_isenabled(Interpreter& vm, Args args) {
    (void)args;
    return Value::boolean(vm.gc_enabled);
}
R<Value> gc_mem_free(Interpreter& vm, Args args) {
    (void)args;
    return make_int(vm, static_cast<int64_t>(vm.heap.bytes_total() - vm.heap.bytes_used()));
}
R<Value> gc_mem_alloc(Interpreter& vm, Args args) {
    (void)args;
    return make_int(vm, static_cast<int64_t>(vm.heap.bytes_used()));
}
R<Value> gc_threshold(Interpreter& vm, Args args) {
    if (args.n == 0) return make_int(vm, static_cast<int64_t>(vm.gc_threshold));
    int64_t n = TRY(index_value(vm, args.v[0]));
    if (n > 0) vm.gc_threshold = static_cast<size_t>(n);
    return Value::none();
}

Status set(Interpreter& vm, Module* m, const char* name, Value v) { return dict_set_str(vm, m->dict, TRY(intern(vm, name)), v); }

}  // namespace

Status add_module_function(Interpreter& vm, Module* m, const char* name, NativeFn fn) {
    NativeFunction* f = TRY(new_native(vm, name, fn));
    f->module_name = m->name;
    return dict_set_str(vm, m->dict, TRY(intern(vm, name)), val(f));
}

Status init_sys(Interpreter& vm, const std::vector<std::string>& argv) {
    Module* m = TRY(new_module(vm, vm.n_sys));
    vm.sys_module = m;
    TRY(dict_set(vm, vm.modules, val(vm.n_sys), val(m)));
    List* av = TRY(new_list(vm));
    for (const std::string& a : argv) TRY(list_append(vm, av, val(TRY(new_str(vm, a)))));
    TRY(set(vm, m, "argv", val(av)));
    TRY(set(vm, m, "orig_argv", val(av)));
    TRY(set(vm, m, "path", val(TRY(new_list(vm)))));
    TRY(set(vm, m, "modules", val(vm.modules)));
    TRY(set(vm, m, "version", val(TRY(new_str(vm, PYCO_PYTHON_VERSION ".0 (pyco " PYCO_VERSION ")")))));
    TRY(set(vm, m, "hexversion", Value::small_int(0x030B00F0)));
    TRY(set(vm, m, "platform", val(TRY(new_str(vm, "linux")))));
    const uint16_t probe = 1;
    TRY(set(vm, m, "byteorder", val(TRY(new_str(vm, *reinterpret_cast<const uint8_t*>(&probe) ? "little" : "big")))));
    TRY(set(vm, m, "maxsize", TRY(make_int(vm, INTPTR_MAX))));
    TRY(set(vm, m, "executable", val(TRY(new_str(vm, "")))));
    TRY(set(vm, m, "stdin", TRY(new_console_file(vm, 0, "<stdin>", "r"))));
    TRY(set(vm, m, "stdout", TRY(new_console_file(vm, 1, "<stdout>", "w"))));
    TRY(set(vm, m, "stderr", TRY(new_console_file(vm, 2, "<stderr>", "w"))));
    TRY(set(vm, m, "__stdin__", dict_get_str(m->dict, vm.n_stdin_)));
    TRY(set(vm, m, "__stdout__", dict_get_str(m->dict, vm.n_stdout_)));
    TRY(set(vm, m, "__stderr__", dict_get_str(m->dict, vm.n_stderr_)));
    TRY(add_module_function(vm, m, "exit", sys_exit));
    TRY(add_module_function(vm, m, "getrecursionlimit", sys_getrecursionlimit));
    TRY(add_module_function(vm, m, "setrecursionlimit", sys_setrecursionlimit));
    TRY(add_module_function(vm, m, "exc_info", sys_exc_info));
    TRY(add_module_function(vm, m, "exception", sys_exception));
    TRY(add_module_function(vm, m, "print_exception", sys_print_exception));
    TRY(add_module_function(vm, m, "intern", sys_intern));
    TRY(add_module_function(vm, m, "_getframemodulename", sys_getframemodulename));
    // version_info, flags and implementation are named structures made by Python code (lib/_pyco_sys.py) on
    // first use, through the module's __getattr__: nothing runs at start-up (where a Ctrl-C arriving early
    // could interrupt it) and a program that never asks pays nothing.
    TRY(add_module_function(vm, m, "__getattr__", sys_getattr));
    return Status::ok();
}

Status init_gc_module(Interpreter& vm) {
    Module* m = TRY(new_module(vm, TRY(intern(vm, "gc"))));
    TRY(dict_set(vm, vm.modules, val(m->name), val(m)));
    TRY(add_module_function(vm, m, "collect", gc_collect));
    TRY(add_module_function(vm, m, "enable", gc_enable));
    TRY(add_module_function(vm, m, "disable", gc_disable));
    TRY(add_module_function(vm, m, "isenabled", gc_isenabled));
    TRY(add_module_function(vm, m, "mem_free", gc_mem_free));
    TRY(add_module_function(vm, m, "mem_alloc", gc_mem_alloc));
    TRY(add_module_function(vm, m, "threshold", gc_threshold));
    return Status::ok();
}

}  // namespace pyco
