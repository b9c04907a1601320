// The abstract syntax tree: the contract between the parser (which builds it) and the compiler (which reads it).
//
// Shapes follow CPython's `ast` module so that its documentation describes ours. All nodes live in an Arena and
// are trivially destructible: children are raw pointers into the same arena, sequences are List<T>, names and
// decoded literals are string_views into the arena. Positions: `line` is 1-based, `col` is the 0-based byte
// offset in the line (like CPython's col_offset); end_line/end_col point one past the node's last byte.
#pragma once
#include <cstdint>
#include <string_view>

#include "compile/arena.h"

namespace pyco::ast {

struct Pos {
    int line = 0, col = 0, end_line = 0, end_col = 0;
};

// ---------------------------------------------------------------------------------------------------------------
// Expressions
// ---------------------------------------------------------------------------------------------------------------

#define PYCO_EXPR_KINDS(X)                                                                                       \
    X(BoolOp) X(NamedExpr) X(BinOp) X(UnaryOp) X(Lambda) X(IfExp) X(Dict) X(Set) X(ListComp) X(SetComp)          \
    X(DictComp) X(GeneratorExp) X(Await) X(Yield) X(YieldFrom) X(Compare) X(Call) X(FormattedValue)               \
    X(JoinedStr) X(Constant) X(Attribute) X(Subscript) X(Starred) X(Name) X(List) X(Tuple) X(Slice)

enum class ExprKind : uint8_t {
#define X(k) k,
    PYCO_EXPR_KINDS(X)
#undef X
};

// Load/Store/Del as in CPython; the parser sets Store/Del on assignment and `del` targets (recursively
// through Tuple/List/Starred).
enum class Ctx : uint8_t { Load, Store, Del };

enum class BoolOpKind : uint8_t { And, Or };
enum class BinOpKind : uint8_t { Add, Sub, Mult, MatMult, Div, Mod, Pow, LShift, RShift, BitOr, BitXor, BitAnd, FloorDiv };
enum class UnaryOpKind : uint8_t { Invert, Not, UAdd, USub };
enum class CmpOpKind : uint8_t { Eq, NotEq, Lt, LtE, Gt, GtE, Is, IsNot, In, NotIn };

struct Expr {
    ExprKind kind;
    Pos pos;
};

struct BoolOp : Expr { BoolOpKind op; List<Expr*> values; };  // values.size >= 2
struct NamedExpr : Expr { Expr* target; Expr* value; };        // target is a Name (Store)
struct BinOp : Expr { Expr* left; BinOpKind op; Expr* right; };
struct UnaryOp : Expr { UnaryOpKind op; Expr* operand; };
struct Arguments;
struct Lambda : Expr { Arguments* args; Expr* body; };
struct IfExp : Expr { Expr* test; Expr* body; Expr* orelse; };
// keys[i] == nullptr means `**values[i]`.
struct Dict : Expr { List<Expr*> keys; List<Expr*> values; };
struct Set : Expr { List<Expr*> elts; };
struct Comprehension { Expr* target; Expr* iter; List<Expr*> ifs; bool is_async; };
struct ListComp : Expr { Expr* elt; List<Comprehension*> generators; };
struct SetComp : Expr { Expr* elt; List<Comprehension*> generators; };
struct DictComp : Expr { Expr* key; Expr* value; List<Comprehension*> generators; };
struct GeneratorExp : Expr { Expr* elt; List<Comprehension*> generators; };
struct Await : Expr { Expr* value; };
struct Yield : Expr { Expr* value; };  // value may be nullptr
struct YieldFrom : Expr { Expr* value; };
struct Compare : Expr { Expr* left; List<CmpOpKind> ops; List<Expr*> comparators; };
struct Keyword { std::string_view arg; Expr* value; Pos pos; };  // arg empty means `**value`
struct Call : Expr { Expr* func; List<Expr*> args; List<Keyword*> keywords; };  // args may hold Starred
// conversion: -1 none, 's', 'r', 'a'. format_spec is a JoinedStr or nullptr.
struct FormattedValue : Expr { Expr* value; int conversion; Expr* format_spec; };
// values: Constant (Str) and FormattedValue parts. `f"{x=}"` is expanded by the parser into the text
// "x=" followed by FormattedValue with conversion 'r' (unless a format spec/conversion is given), as CPython does.
struct JoinedStr : Expr { List<Expr*> values; };

enum class ConstKind : uint8_t { None, True, False, Ellipsis, Int, BigInt, Float, Imag, Str, Bytes };
struct Constant : Expr {
    ConstKind ckind;
    int64_t i;               // Int: value (fits in int64)
    double f;                // Float, Imag: value
    std::string_view s;      // Str: UTF-8 text, escapes decoded; Bytes: raw bytes, escapes decoded;
                             // BigInt: the literal's digits with underscores removed and no prefix
    int base;                // BigInt: 10, 16, 8 or 2
};

struct Attribute : Expr { Expr* value; std::string_view attr; Ctx ctx; };
struct Subscript : Expr { Expr* value; Expr* slice; Ctx ctx; };  // a[1:2, 3] has slice = Tuple(Slice, Constant)
struct Starred : Expr { Expr* value; Ctx ctx; };
struct Name : Expr { std::string_view id; Ctx ctx; };
struct ListExpr : Expr { List<Expr*> elts; Ctx ctx; };
struct TupleExpr : Expr { List<Expr*> elts; Ctx ctx; };
struct Slice : Expr { Expr* lower; Expr* upper; Expr* step; };  // each may be nullptr

// ---------------------------------------------------------------------------------------------------------------
// Function arguments
// ---------------------------------------------------------------------------------------------------------------

struct Arg { std::string_view name; Expr* annotation; Pos pos; };  // annotation may be nullptr
struct Arguments {
    List<Arg*> posonlyargs;
    List<Arg*> args;
    Arg* vararg;                 // *args or nullptr
    List<Arg*> kwonlyargs;
    List<Expr*> kw_defaults;     // same length as kwonlyargs; nullptr where there is no default
    Arg* kwarg;                  // **kwargs or nullptr
    List<Expr*> defaults;        // defaults of the last len(defaults) of posonlyargs + args
};

// ---------------------------------------------------------------------------------------------------------------
// Statements
// ---------------------------------------------------------------------------------------------------------------

#define PYCO_STMT_KINDS(X)                                                                                       \
    X(FunctionDef) X(ClassDef) X(Return) X(Delete) X(Assign) X(AugAssign) X(AnnAssign) X(For) X(While) X(If)     \
    X(With) X(Match) X(Raise) X(Try) X(TryStar) X(Assert) X(Import) X(ImportFrom) X(Global) X(Nonlocal)          \
    X(ExprStmt) X(Pass) X(Break) X(Continue)

enum class StmtKind : uint8_t {
#define X(k) k,
    PYCO_STMT_KINDS(X)
#undef X
};

struct Stmt {
    StmtKind kind;
    Pos pos;
};

struct FunctionDef : Stmt {
    std::string_view name;
    Arguments* args;
    List<Stmt*> body;
    List<Expr*> decorators;
    Expr* returns;  // nullptr if no annotation
    bool is_async;
};
struct ClassDef : Stmt {
    std::string_view name;
    List<Expr*> bases;
    List<Keyword*> keywords;
    List<Stmt*> body;
    List<Expr*> decorators;
};
struct Return : Stmt { Expr* value; };  // may be nullptr
struct Delete : Stmt { List<Expr*> targets; };
struct Assign : Stmt { List<Expr*> targets; Expr* value; };  // a = b = value: targets = [a, b]
struct AugAssign : Stmt { Expr* target; BinOpKind op; Expr* value; };
// simple: target is a plain Name not in parentheses. value may be nullptr (`x: int`).
struct AnnAssign : Stmt { Expr* target; Expr* annotation; Expr* value; bool simple; };
struct For : Stmt { Expr* target; Expr* iter; List<Stmt*> body; List<Stmt*> orelse; bool is_async; };
struct While : Stmt { Expr* test; List<Stmt*> body; List<Stmt*> orelse; };
struct If : Stmt { Expr* test; List<Stmt*> body; List<Stmt*> orelse; };  // elif is a nested If in orelse
struct WithItem { Expr* context_expr; Expr* optional_vars; };           // optional_vars may be nullptr
struct With : Stmt { List<WithItem*> items; List<Stmt*> body; bool is_async; };

// Patterns of the match statement.
enum class PatternKind : uint8_t { MatchValue, MatchSingleton, MatchSequence, MatchMapping, MatchClass, MatchStar, MatchAs, MatchOr };
struct Pattern {
    PatternKind kind;
    Pos pos;
    Expr* value;                     // MatchValue: the value; MatchSingleton: a Constant None/True/False
    List<Pattern*> patterns;         // MatchSequence, MatchOr, MatchClass (positional), MatchMapping (values)
    List<Expr*> keys;                // MatchMapping
    std::string_view rest;           // MatchMapping `**rest` (empty if none)
    Expr* cls;                       // MatchClass
    List<std::string_view> kwd_attrs;
    List<Pattern*> kwd_patterns;
    Pattern* pattern;                // MatchAs: sub-pattern or nullptr (plain capture / wildcard)
    std::string_view name;           // MatchAs / MatchStar: bound name, empty for `_`
};
struct MatchCase { Pattern* pattern; Expr* guard; List<Stmt*> body; };
struct Match : Stmt { Expr* subject; List<MatchCase*> cases; };

struct Raise : Stmt { Expr* exc; Expr* cause; };  // both may be nullptr
struct ExceptHandler { Expr* type; std::string_view name; List<Stmt*> body; Pos pos; };  // type/name optional
struct Try : Stmt { List<Stmt*> body; List<ExceptHandler*> handlers; List<Stmt*> orelse; List<Stmt*> finalbody; };
struct TryStar : Stmt { List<Stmt*> body; List<ExceptHandler*> handlers; List<Stmt*> orelse; List<Stmt*> finalbody; };
struct Assert : Stmt { Expr* test; Expr* msg; };
struct Alias { std::string_view name; std::string_view asname; Pos pos; };  // name may be dotted; asname may be empty
struct Import : Stmt { List<Alias*> names; };
// module may be empty (`from . import x`); names[0].name == "*" for star imports.
struct ImportFrom : Stmt { std::string_view module; List<Alias*> names; int level; };
struct Global : Stmt { List<std::string_view> names; };
struct Nonlocal : Stmt { List<std::string_view> names; };
struct ExprStmt : Stmt { Expr* value; };
struct Pass : Stmt {};
struct Break : Stmt {};
struct Continue : Stmt {};

struct Module {
    List<Stmt*> body;
};

}  // namespace pyco::ast
