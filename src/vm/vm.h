// The bytecode interpreter's entry points: running code objects, calling Python functions, generators.
#pragma once
#include "vm/interp.h"

namespace pyco {

// Runs module-level (or class-body, exec) code with the given namespaces.
[[nodiscard]] R<Value> run_code(Interpreter& vm, Code* code, Dict* globals, Dict* locals);
// Runs a class body (a function compiled with CO_CLASS) with `ns` as its namespace; returns the __class__
// cell or None.
[[nodiscard]] R<Value> run_class_body(Interpreter& vm, Function* body, Dict* ns);
// Calls a Python function object.
[[nodiscard]] R<Value> call_function(Interpreter& vm, Function* fn, Args args);
// Resumes a generator: sends `value` (or throws the pending exception when `throwing`). A finished generator
// returns a successful null Value and leaves its return value in *ret (for StopIteration / yield from).
[[nodiscard]] R<Value> generator_resume(Interpreter& vm, Generator* gen, Value value, bool throwing, Value* ret);
// Source line number of an instruction.
int code_line(Code* code, uint32_t instr);
// Adds a traceback entry for the frame's current instruction to the pending exception.
void add_traceback(Interpreter& vm, Frame* f);
// The exception currently being handled (sys.exc_info()), or None.
Value current_handled_exception(Interpreter& vm);
void init_generator_type(Interpreter& vm);

}  // namespace pyco
