// Source text to AST: the parser's public entry point (the lexer sits behind it).
#pragma once
#include <string>
#include <string_view>

#include "compile/arena.h"
#include "compile/ast.h"

namespace pyco {

enum class ParseMode : uint8_t {
    File,    // a module: statements until end of input
    Eval,    // a single expression (eval()); the result Module holds one ExprStmt
    Single,  // one interactive statement (the REPL): a simple statement line or one compound statement
};

enum class SyntaxErrorKind : uint8_t { SyntaxError, IndentationError, TabError };

// What a SyntaxError reports. Positions as in ast::Pos (line 1-based, col 0-based byte offset).
struct SyntaxErrorInfo {
    SyntaxErrorKind kind = SyntaxErrorKind::SyntaxError;
    std::string message;  // CPython's wording, e.g. "invalid syntax", "expected ':'", "'(' was never closed"
    int line = 0, col = 0, end_line = 0, end_col = 0;
    // True when the error is only that input ended too early (open bracket, unfinished block or triple-quoted
    // string, line ending in a backslash): the REPL then asks for a continuation line instead of reporting.
    bool incomplete = false;
};

// Parses `source` (UTF-8; invalid UTF-8 or NUL bytes are a SyntaxError). Returns nullptr and fills *err on
// error. All AST memory comes from `arena`. Never crashes or hangs on any input; nesting deeper than a fixed
// limit is a SyntaxError ("too many nested parentheses" / "too many levels of indentation").
[[nodiscard]] ast::Module* parse(Arena& arena, std::string_view source, ParseMode mode, SyntaxErrorInfo* err);

}  // namespace pyco
