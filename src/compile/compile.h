// Source to code object: parse, analyse scopes, generate bytecode; errors become Python SyntaxErrors.
#pragma once
#include <string_view>

#include "compile/parser.h"
#include "vm/interp.h"

namespace pyco {

// Compiles `source` read from `filename`. On a syntax error raises SyntaxError (or IndentationError/TabError)
// carrying filename, line, column and the source line. When `incomplete` is given, it is set for errors that
// only mean "the input ended early" (the REPL then reads another line).
[[nodiscard]] R<Code*> compile_source(Interpreter& vm, std::string_view source, Str* filename, ParseMode mode,
                                      bool* incomplete = nullptr);

}  // namespace pyco
