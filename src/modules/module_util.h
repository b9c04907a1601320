// Helpers shared by the built-in modules (math, time, random, json, struct, ...): creating a module, adding
// functions, running a module's frozen Python part, and number conversions with CPython's errors.
#pragma once
#include <initializer_list>
#include <string_view>

#include "objects/bigint.h"
#include "objects/objects.h"

namespace pyco {

// A new module registered in sys.modules.
[[nodiscard]] R<Module*> create_module(Interpreter& vm, const char* name);
[[nodiscard]] Status module_add_functions(Interpreter& vm, Module* m, std::initializer_list<MethodDef> fns);
[[nodiscard]] Status module_set(Interpreter& vm, Module* m, const char* name, Value v);
// Runs Python source (a module's part written in Python, kept in the binary) in the module's namespace.
[[nodiscard]] Status module_exec(Interpreter& vm, Module* m, std::string_view source);

// A built-in class of a module whose instances have a native layout (e.g. Kind::Buffer): `module_name` is its
// __module__ (CPython's, e.g. "_io"); `flags` TF_BASETYPE lets Python code subclass it. Methods are added with
// add_methods; instances are allocated by its __new__ with alloc<Layout>(vm, cls).
[[nodiscard]] R<Type*> new_native_type(Interpreter& vm, const char* name, const char* module_name, Kind kind,
                                       uint32_t flags, Type* base = nullptr);

// Any int (small, big, bool, subclass) as a BigInt, and back (a plain int, small when it fits).
BigInt bigint_of(Value int_value);
[[nodiscard]] R<Value> int_of_bigint(Interpreter& vm, const BigInt& b);

// CPython's PyFloat_AsDouble: float, int (OverflowError if too large), __float__, __index__; TypeError
// "must be real number, not T" otherwise.
[[nodiscard]] R<double> real_to_double(Interpreter& vm, Value v);
// CPython's PyNumber_Index: an int for any object with __index__ (TypeError "'T' object cannot be interpreted
// as an integer" otherwise).
[[nodiscard]] R<Value> index_of(Interpreter& vm, Value v);

}  // namespace pyco
