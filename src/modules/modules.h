// Built-in modules and the import system: the entry points the VM and the command line use.
#pragma once
#include <string>
#include <string_view>
#include <vector>

#include "vm/interp.h"

namespace pyco {

// builtins.cpp: creates the builtins module (all built-in functions, types and exceptions).
[[nodiscard]] Status init_builtins(Interpreter& vm);
// ExceptionGroup/BaseExceptionGroup and the except* helpers (run Python code: needs a fully set-up interpreter).
[[nodiscard]] Status init_exception_groups(Interpreter& vm);
// `ascii(v)` as a str Value (also used by f-string `!a`).
[[nodiscard]] R<Value> builtin_ascii_value(Interpreter& vm, Value v);
// The REPL's expression statement: prints repr(v) unless None and stores it as builtins._.
[[nodiscard]] Status print_expr_value(Interpreter& vm, Value v);
// isinstance(obj, cls) with the metaclass's __instancecheck__ (cls: a type or a tuple of them).
[[nodiscard]] R<bool> isinstance_check(Interpreter& vm, Value obj, Value cls);
// Writes text to sys.stdout (through its write method when replaced).
[[nodiscard]] Status write_stdout(Interpreter& vm, std::string_view text);

// file.cpp: open() and the file objects (text and binary, on the port's files and on the console).
[[nodiscard]] R<Value> builtin_open(Interpreter& vm, Args args);
[[nodiscard]] R<Value> new_console_file(Interpreter& vm, int fd, const char* name, const char* mode);
void init_file_types(Interpreter& vm);

// Adds a native function to a built-in module (sys.cpp).
[[nodiscard]] Status add_module_function(Interpreter& vm, Module* m, const char* name, NativeFn fn);

// sys.cpp / gc module.
[[nodiscard]] Status init_sys(Interpreter& vm, const std::vector<std::string>& argv);
[[nodiscard]] Status init_gc_module(Interpreter& vm);
// os.cpp: `os` and `os.path`.
[[nodiscard]] Status init_os_module(Interpreter& vm);
// math.cpp, time.cpp, random.cpp, json.cpp: the standard modules of the same names.
[[nodiscard]] Status init_math_module(Interpreter& vm);
[[nodiscard]] Status init_time_module(Interpreter& vm);
[[nodiscard]] Status init_random_module(Interpreter& vm);
[[nodiscard]] Status init_json_module(Interpreter& vm);
// struct.cpp, binascii.cpp, errno.cpp.
[[nodiscard]] Status init_struct_module(Interpreter& vm);
[[nodiscard]] Status init_binascii_module(Interpreter& vm);
// unicodedata.cpp: category, name, lookup, decimal, digit, numeric.
[[nodiscard]] Status init_unicodedata_module(Interpreter& vm);
[[nodiscard]] Status init_errno_module(Interpreter& vm);
[[nodiscard]] Status init_select_module(Interpreter& vm);  // _select, under lib/select.py
// hashlib.cpp, io.cpp, array.cpp.
[[nodiscard]] Status init_hashlib_module(Interpreter& vm);
[[nodiscard]] Status init_io_module(Interpreter& vm);
[[nodiscard]] Status init_array_module(Interpreter& vm);
// machine.cpp: the board's hardware (pins, clock, resets) through the Port.
[[nodiscard]] Status init_machine_module(Interpreter& vm);
// webrepl.cpp: _webrepl.start/stop, the port's WebREPL server (lib/webrepl.py is MicroPython's webrepl module).
[[nodiscard]] Status init_webrepl_module(Interpreter& vm);
// re.cpp: the `re` module (engine in re_parse.cpp / re_match.cpp).
[[nodiscard]] Status init_re_module(Interpreter& vm);

// import.cpp
[[nodiscard]] R<Value> import_module(Interpreter& vm, Str* name, Dict* globals, Value fromlist, intptr_t level);
[[nodiscard]] Status import_star(Interpreter& vm, Value module, Dict* into);
std::string module_file_description(Interpreter& vm, Module* m);
// Built-in modules other than sys/builtins/gc (created at start): a successful null Value when `name` is not one.
[[nodiscard]] R<Value> import_builtin_module(Interpreter& vm, Str* name);
// The names of all modules built into the binary (for help('modules')), frozen ones included.
std::vector<std::string> builtin_module_names();
// A frozen module (lib/, compiled at build time; modules/frozen.h) by dotted name, or null; its code object,
// whose file name is "<frozen NAME>".
const struct FrozenModule* find_frozen_module(std::string_view name);
[[nodiscard]] R<Code*> load_frozen_code(Interpreter& vm, const FrozenModule* fm);
// Runs a file as the __main__ module (the script runner) or as a named module.
[[nodiscard]] R<Module*> run_main_file(Interpreter& vm, std::string_view path);
[[nodiscard]] R<Module*> exec_source_as_module(Interpreter& vm, std::string_view source, Str* filename, Str* name);

// errors.cpp: printing exceptions the way CPython does (with a caret line under the failing expression).
void print_exception(Interpreter& vm, Value exc, int fd = 2);
// The same text as a string (sys.print_exception writes it to a file object).
std::string format_exception_text(Interpreter& vm, Value exc);
// The NameError for an undefined name, with a "Did you mean" hint where one helps.
Raised raise_name_error(Interpreter& vm, Str* name);

}  // namespace pyco
