// Source bytes to tokens: the lexer owns token kinds, indentation tracking and bracket matching.
#pragma once
#include <array>
#include <cstdint>
#include <string_view>

#include "compile/parser.h"

namespace pyco {

// Tokens with no fixed spelling. The string is what error messages call them.
#define PYCO_TOKEN_KINDS(X)                                                                                      \
    X(EndMarker, "end of file") X(Newline, "newline") X(Indent, "indent") X(Dedent, "dedent")                  \
    X(Name, "name") X(Number, "number") X(String, "string") X(Error, "error")           \
    X(Unknown, "unknown character")

// Operators and delimiters, longest spellings are matched first by the lexer (see kOperators in lexer.cpp).
#define PYCO_OPERATOR_TOKENS(X)                                                                                  \
    X(LPar, "(") X(RPar, ")") X(LSqb, "[") X(RSqb, "]") X(LBrace, "{") X(RBrace, "}") X(Colon, ":")              \
    X(Comma, ",") X(Semi, ";") X(Plus, "+") X(Minus, "-") X(Star, "*") X(Slash, "/") X(VBar, "|")               \
    X(Amper, "&") X(Less, "<") X(Greater, ">") X(Equal, "=") X(Dot, ".") X(Percent, "%") X(EqEqual, "==")       \
    X(NotEqual, "!=") X(LessEqual, "<=") X(GreaterEqual, ">=") X(Tilde, "~") X(Circumflex, "^")                 \
    X(LeftShift, "<<") X(RightShift, ">>") X(DoubleStar, "**") X(PlusEqual, "+=") X(MinEqual, "-=")             \
    X(StarEqual, "*=") X(SlashEqual, "/=") X(PercentEqual, "%=") X(AmperEqual, "&=") X(VBarEqual, "|=")         \
    X(CircumflexEqual, "^=") X(LeftShiftEqual, "<<=") X(RightShiftEqual, ">>=") X(DoubleStarEqual, "**=")       \
    X(DoubleSlash, "//") X(DoubleSlashEqual, "//=") X(At, "@") X(AtEqual, "@=") X(RArrow, "->")                 \
    X(Ellipsis, "...") X(ColonEqual, ":=") X(Exclamation, "!")

// Hard keywords get their own kinds; soft keywords (match, case, _) stay Name.
#define PYCO_KEYWORDS(X)                                                                                         \
    X(False, "False") X(None, "None") X(True, "True") X(And, "and") X(As, "as") X(Assert, "assert")             \
    X(Async, "async") X(Await, "await") X(Break, "break") X(Class, "class") X(Continue, "continue")              \
    X(Def, "def") X(Del, "del") X(Elif, "elif") X(Else, "else") X(Except, "except") X(Finally, "finally")       \
    X(For, "for") X(From, "from") X(Global, "global") X(If, "if") X(Import, "import") X(In, "in") X(Is, "is")   \
    X(Lambda, "lambda") X(Nonlocal, "nonlocal") X(Not, "not") X(Or, "or") X(Pass, "pass") X(Raise, "raise")     \
    X(Return, "return") X(Try, "try") X(While, "while") X(With, "with") X(Yield, "yield")

enum class Tok : uint8_t {
#define X(k, s) k,
    PYCO_TOKEN_KINDS(X) PYCO_OPERATOR_TOKENS(X)
#undef X
#define X(k, s) Kw##k,
    PYCO_KEYWORDS(X)
#undef X
        Count
};

// The spelling of a token kind ("(", "if", "newline").
std::string_view tok_name(Tok t);

// CPython tokenizes the rest of the input after a parser error and lets some tokenizer errors found there
// win: bad literals and characters always (Hard), an unclosed bracket only if it opened on a line before the
// last token read (UnclosedBracket), indentation errors and a trailing backslash never (Quiet).
enum class LexErrorClass : uint8_t { Hard, UnclosedBracket, Quiet };

struct Token {
    Tok kind = Tok::EndMarker;
    uint32_t start = 0, end = 0;  // byte offsets into the source
    int line = 0, col = 0, end_line = 0, end_col = 0;
};

// Produces tokens on demand. After an Error token, error() describes it and further calls return Error again.
// A second mode lexes the expression part of an f-string: a sub-range of the same source, treated as if
// inside brackets (no NEWLINE/INDENT), so that positions stay those of the enclosing file.
class Lexer {
public:
    static constexpr int kMaxParens = 200;
    static constexpr int kMaxIndent = 100;

    explicit Lexer(std::string_view src);
    Lexer(std::string_view src, uint32_t begin, uint32_t end, int line, int col);

    Token next();
    const SyntaxErrorInfo& error() const { return err_; }
    // Bracket depth at the current point: some of CPython's error guesses only apply inside brackets.
    int level() const { return level_; }
    // How the error ranks against a parser error found earlier in the input (see LexErrorClass).
    LexErrorClass error_class() const { return error_class_; }

private:
    struct Open {
        char c;
        int line, col;
    };

    Token make(Tok k, uint32_t start, uint32_t end);
    Token error_token() const;
    Token fail(SyntaxErrorKind kind, const char* msg, int line, int col, int end_line, int end_col, LexErrorClass cls,
               bool incomplete = false);
    Token fail_here(const char* msg, uint32_t at, uint32_t end);
    Token fail_fmt(uint32_t at, uint32_t end, const char* fmt, ...) __attribute__((format(printf, 4, 5)));
    int col_of(uint32_t p) const { return static_cast<int>(p - line_start_); }
    bool at_indentation();  // returns false if it produced an error
    Token lex_number(uint32_t start);
    Token lex_string(uint32_t start, uint32_t quote);
    Token lex_name_or_string(uint32_t start);
    bool newline_at(uint32_t p, uint32_t* len) const;
    void new_line(uint32_t next_start) {
        line_++;
        line_start_ = next_start;
    }

    std::string_view src_;
    uint32_t pos_ = 0, end_ = 0;
    uint32_t line_start_ = 0;
    int line_ = 1;
    bool fstring_ = false;
    bool at_bol_ = true;
    bool line_has_tokens_ = false;  // a NEWLINE is owed at end of input
    bool failed_ = false;
    LexErrorClass error_class_ = LexErrorClass::Hard;
    int pending_ = 0;  // > 0: INDENTs to emit, < 0: DEDENTs to emit
    int indent_top_ = 0;
    std::array<int, kMaxIndent + 1> indents_{};
    std::array<int, kMaxIndent + 1> alt_indents_{};
    int level_ = 0;
    std::array<Open, kMaxParens> parens_{};
    SyntaxErrorInfo err_;
};

// UTF-8 helpers shared with the parser.
// Decodes one code point at s[i]; returns its length (0 if invalid/truncated).
int utf8_decode(std::string_view s, size_t i, uint32_t* cp);
// Appends the UTF-8 (surrogates allowed, as CPython's str can hold them) encoding of cp to buf; returns length.
int lexer_utf8_encode(uint32_t cp, char* buf);
// Whether a code point >= 128 may continue an identifier (XID_Continue).
bool is_identifier_char_nonascii(uint32_t cp);
// Whether a code point is printable in Python's sense (str.isprintable), for error messages.
bool is_printable_nonascii(uint32_t cp);

}  // namespace pyco
