// The parser: recursive descent from tokens to the AST, with CPython 3.11's syntax error messages.
#include "compile/parser.h"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <cstdarg>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <memory>
#include <string>
#include <vector>

#include "compile/lexer.h"
#include "objects/unicode.h"

namespace pyco {

namespace {

using namespace ast;

// Binary operator precedence for precedence climbing (higher binds tighter).
struct BinOpInfo {
    Tok tok;
    BinOpKind op;
    int prec;
};
constexpr BinOpInfo kBinOps[] = {
    {Tok::VBar, BinOpKind::BitOr, 1},       {Tok::Circumflex, BinOpKind::BitXor, 2},
    {Tok::Amper, BinOpKind::BitAnd, 3},     {Tok::LeftShift, BinOpKind::LShift, 4},
    {Tok::RightShift, BinOpKind::RShift, 4}, {Tok::Plus, BinOpKind::Add, 5},
    {Tok::Minus, BinOpKind::Sub, 5},        {Tok::Star, BinOpKind::Mult, 6},
    {Tok::Slash, BinOpKind::Div, 6},        {Tok::DoubleSlash, BinOpKind::FloorDiv, 6},
    {Tok::Percent, BinOpKind::Mod, 6},      {Tok::At, BinOpKind::MatMult, 6},
};

struct AugOpInfo {
    Tok tok;
    BinOpKind op;
};
constexpr AugOpInfo kAugOps[] = {
    {Tok::PlusEqual, BinOpKind::Add},          {Tok::MinEqual, BinOpKind::Sub},
    {Tok::StarEqual, BinOpKind::Mult},         {Tok::AtEqual, BinOpKind::MatMult},
    {Tok::SlashEqual, BinOpKind::Div},         {Tok::PercentEqual, BinOpKind::Mod},
    {Tok::AmperEqual, BinOpKind::BitAnd},      {Tok::VBarEqual, BinOpKind::BitOr},
    {Tok::CircumflexEqual, BinOpKind::BitXor}, {Tok::LeftShiftEqual, BinOpKind::LShift},
    {Tok::RightShiftEqual, BinOpKind::RShift}, {Tok::DoubleStarEqual, BinOpKind::Pow},
    {Tok::DoubleSlashEqual, BinOpKind::FloorDiv},
};

// Recursion limit for nested expressions; the lexer separately caps brackets at 200. Each level costs about
// 2 KB of C stack (-O2, x86-64), so ports with small stacks lower it.
#ifndef PYCO_PARSER_MAX_DEPTH
#define PYCO_PARSER_MAX_DEPTH 300
#endif
constexpr int kMaxDepth = PYCO_PARSER_MAX_DEPTH;
// Limit on the nesting depth of the AST itself, which also grows without parser recursion through chains
// (`a + b + c ...`, `a.b.c ...`, elif): consumers of the tree recurse over it, so it must stay bounded.
// CPython's compiler gives up around the same depth.
#ifndef PYCO_PARSER_MAX_AST_DEPTH
#define PYCO_PARSER_MAX_AST_DEPTH 2500
#endif
constexpr int kMaxAstDepth = PYCO_PARSER_MAX_AST_DEPTH;

// Names of the "\N{...}" escapes known without the name database (builds without PYCO_UNICODE_NAMES).
struct UnicodeName {
    std::string_view name;
    uint32_t cp;
};
constexpr UnicodeName kUnicodeNames[] = {
    {"NULL", 0x0},
    {"BELL", 0x7},
    {"BACKSPACE", 0x8},
    {"CHARACTER TABULATION", 0x9},
    {"LINE FEED", 0xA},
    {"LINE TABULATION", 0xB},
    {"FORM FEED", 0xC},
    {"CARRIAGE RETURN", 0xD},
    {"ESCAPE", 0x1B},
    {"SPACE", 0x20},
    {"EXCLAMATION MARK", 0x21},
    {"QUOTATION MARK", 0x22},
    {"NUMBER SIGN", 0x23},
    {"DOLLAR SIGN", 0x24},
    {"PERCENT SIGN", 0x25},
    {"AMPERSAND", 0x26},
    {"APOSTROPHE", 0x27},
    {"LEFT PARENTHESIS", 0x28},
    {"RIGHT PARENTHESIS", 0x29},
    {"ASTERISK", 0x2A},
    {"PLUS SIGN", 0x2B},
    {"COMMA", 0x2C},
    {"HYPHEN-MINUS", 0x2D},
    {"FULL STOP", 0x2E},
    {"SOLIDUS", 0x2F},
    {"DIGIT ZERO", 0x30},
    {"COLON", 0x3A},
    {"SEMICOLON", 0x3B},
    {"LESS-THAN SIGN", 0x3C},
    {"EQUALS SIGN", 0x3D},
    {"GREATER-THAN SIGN", 0x3E},
    {"QUESTION MARK", 0x3F},
    {"COMMERCIAL AT", 0x40},
    {"LATIN CAPITAL LETTER A", 0x41},
    {"LEFT SQUARE BRACKET", 0x5B},
    {"REVERSE SOLIDUS", 0x5C},
    {"RIGHT SQUARE BRACKET", 0x5D},
    {"LOW LINE", 0x5F},
    {"GRAVE ACCENT", 0x60},
    {"LATIN SMALL LETTER A", 0x61},
    {"LEFT CURLY BRACKET", 0x7B},
    {"VERTICAL LINE", 0x7C},
    {"RIGHT CURLY BRACKET", 0x7D},
    {"TILDE", 0x7E},
    {"DELETE", 0x7F},
    {"NO-BREAK SPACE", 0xA0},
    {"POUND SIGN", 0xA3},
    {"YEN SIGN", 0xA5},
    {"SECTION SIGN", 0xA7},
    {"COPYRIGHT SIGN", 0xA9},
    {"REGISTERED SIGN", 0xAE},
    {"DEGREE SIGN", 0xB0},
    {"PLUS-MINUS SIGN", 0xB1},
    {"MICRO SIGN", 0xB5},
    {"PILCROW SIGN", 0xB6},
    {"MIDDLE DOT", 0xB7},
    {"MULTIPLICATION SIGN", 0xD7},
    {"LATIN SMALL LETTER SHARP S", 0xDF},
    {"LATIN SMALL LETTER A WITH GRAVE", 0xE0},
    {"LATIN SMALL LETTER A WITH ACUTE", 0xE1},
    {"LATIN SMALL LETTER A WITH DIAERESIS", 0xE4},
    {"LATIN SMALL LETTER C WITH CEDILLA", 0xE7},
    {"LATIN SMALL LETTER E WITH GRAVE", 0xE8},
    {"LATIN SMALL LETTER E WITH ACUTE", 0xE9},
    {"LATIN SMALL LETTER N WITH TILDE", 0xF1},
    {"LATIN SMALL LETTER O WITH DIAERESIS", 0xF6},
    {"DIVISION SIGN", 0xF7},
    {"LATIN SMALL LETTER U WITH DIAERESIS", 0xFC},
    {"LATIN CAPITAL LETTER E WITH ACUTE", 0xC9},
    {"GREEK CAPITAL LETTER DELTA", 0x394},
    {"GREEK CAPITAL LETTER SIGMA", 0x3A3},
    {"GREEK CAPITAL LETTER OMEGA", 0x3A9},
    {"GREEK SMALL LETTER ALPHA", 0x3B1},
    {"GREEK SMALL LETTER BETA", 0x3B2},
    {"GREEK SMALL LETTER GAMMA", 0x3B3},
    {"GREEK SMALL LETTER DELTA", 0x3B4},
    {"GREEK SMALL LETTER EPSILON", 0x3B5},
    {"GREEK SMALL LETTER THETA", 0x3B8},
    {"GREEK SMALL LETTER LAMDA", 0x3BB},
    {"GREEK SMALL LETTER MU", 0x3BC},
    {"GREEK SMALL LETTER PI", 0x3C0},
    {"GREEK SMALL LETTER SIGMA", 0x3C3},
    {"GREEK SMALL LETTER OMEGA", 0x3C9},
    {"CYRILLIC CAPITAL LETTER A", 0x410},
    {"HEBREW LETTER ALEF", 0x5D0},
    {"ZERO WIDTH SPACE", 0x200B},
    {"ZERO WIDTH NON-JOINER", 0x200C},
    {"ZERO WIDTH JOINER", 0x200D},
    {"EN DASH", 0x2013},
    {"EM DASH", 0x2014},
    {"LEFT SINGLE QUOTATION MARK", 0x2018},
    {"RIGHT SINGLE QUOTATION MARK", 0x2019},
    {"LEFT DOUBLE QUOTATION MARK", 0x201C},
    {"RIGHT DOUBLE QUOTATION MARK", 0x201D},
    {"DAGGER", 0x2020},
    {"BULLET", 0x2022},
    {"HORIZONTAL ELLIPSIS", 0x2026},
    {"LINE SEPARATOR", 0x2028},
    {"PARAGRAPH SEPARATOR", 0x2029},
    {"PER MILLE SIGN", 0x2030},
    {"EURO SIGN", 0x20AC},
    {"TRADE MARK SIGN", 0x2122},
    {"LEFTWARDS ARROW", 0x2190},
    {"UPWARDS ARROW", 0x2191},
    {"RIGHTWARDS ARROW", 0x2192},
    {"DOWNWARDS ARROW", 0x2193},
    {"FOR ALL", 0x2200},
    {"INFINITY", 0x221E},
    {"NOT EQUAL TO", 0x2260},
    {"LESS-THAN OR EQUAL TO", 0x2264},
    {"GREATER-THAN OR EQUAL TO", 0x2265},
    {"BLACK SQUARE", 0x25A0},
    {"WHITE SQUARE", 0x25A1},
    {"BLACK CIRCLE", 0x25CF},
    {"WHITE CIRCLE", 0x25CB},
    {"BLACK STAR", 0x2605},
    {"WHITE STAR", 0x2606},
    {"SNOWMAN", 0x2603},
    {"BLACK HEART SUIT", 0x2665},
    {"CHECK MARK", 0x2713},
    {"HEAVY CHECK MARK", 0x2714},
    {"BALLOT X", 0x2717},
    {"IDEOGRAPHIC SPACE", 0x3000},
    {"CJK UNIFIED IDEOGRAPH-4E00", 0x4E00},
    {"BYTE ORDER MARK", 0xFEFF},
    {"ZERO WIDTH NO-BREAK SPACE", 0xFEFF},
    {"REPLACEMENT CHARACTER", 0xFFFD},
    {"GRINNING FACE", 0x1F600},
    {"SMILING FACE WITH SMILING EYES", 0x1F60A},
    {"FACE WITH TEARS OF JOY", 0x1F602},
    {"THUMBS UP SIGN", 0x1F44D},
    {"SNAKE", 0x1F40D},
    {"PILE OF POO", 0x1F4A9},
};

bool lookup_unicode_name(std::string_view name, uint32_t* cp) {
    if (unicode::have_names()) return unicode::lookup_name(name, cp, true);
    char up[64];
    if (name.size() >= sizeof up) return false;
    for (size_t i = 0; i < name.size(); i++) {
        char c = name[i];
        up[i] = (c >= 'a' && c <= 'z') ? static_cast<char>(c - 32) : c;
    }
    std::string_view u(up, name.size());
    // Algorithmic names of the CJK unified ideograph blocks.
    constexpr std::string_view kCjk = "CJK UNIFIED IDEOGRAPH-";
    if (u.substr(0, kCjk.size()) == kCjk && (u.size() == kCjk.size() + 4 || u.size() == kCjk.size() + 5)) {
        uint32_t v = 0;
        for (char c : u.substr(kCjk.size())) {
            int h = (c >= '0' && c <= '9') ? c - '0' : (c >= 'A' && c <= 'F') ? c - 'A' + 10 : -1;
            if (h < 0) return false;
            v = v * 16 + h;
        }
        bool ok = (v >= 0x3400 && v <= 0x4DBF) || (v >= 0x4E00 && v <= 0x9FFF) || (v >= 0x20000 && v <= 0x2A6DF) ||
                  (v >= 0x2A700 && v <= 0x2EBE0) || (v >= 0x30000 && v <= 0x3134A);
        if (ok) *cp = v;
        return ok;
    }
    for (const UnicodeName& n : kUnicodeNames)
        if (n.name == u) {
            *cp = n.cp;
            return true;
        }
    return false;
}

int hexval(char c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
}

bool is_expr_start(Tok k) {
    switch (k) {
        case Tok::Name: case Tok::Number: case Tok::String: case Tok::LPar: case Tok::LSqb: case Tok::LBrace:
        case Tok::Minus: case Tok::Plus: case Tok::Tilde: case Tok::KwNot: case Tok::KwLambda: case Tok::KwAwait:
        case Tok::KwTrue: case Tok::KwFalse: case Tok::KwNone: case Tok::Ellipsis:
            return true;
        default:
            return false;
    }
}

// CPython's _PyPegen_get_expr_name: how error messages call an expression.
const char* expr_name(const Expr* e) {
    switch (e->kind) {
        case ExprKind::Attribute: return "attribute";
        case ExprKind::Subscript: return "subscript";
        case ExprKind::Starred: return "starred";
        case ExprKind::Name: return "name";
        case ExprKind::List: return "list";
        case ExprKind::Tuple: return "tuple";
        case ExprKind::Lambda: return "lambda";
        case ExprKind::Call: return "function call";
        case ExprKind::BoolOp: case ExprKind::BinOp: case ExprKind::UnaryOp: return "expression";
        case ExprKind::GeneratorExp: return "generator expression";
        case ExprKind::Yield: case ExprKind::YieldFrom: return "yield expression";
        case ExprKind::Await: return "await expression";
        case ExprKind::ListComp: return "list comprehension";
        case ExprKind::SetComp: return "set comprehension";
        case ExprKind::DictComp: return "dict comprehension";
        case ExprKind::Dict: return "dict literal";
        case ExprKind::Set: return "set display";
        case ExprKind::JoinedStr: case ExprKind::FormattedValue: return "f-string expression";
        case ExprKind::Constant: {
            auto k = static_cast<const Constant*>(e)->ckind;
            if (k == ConstKind::None) return "None";
            if (k == ConstKind::True) return "True";
            if (k == ConstKind::False) return "False";
            if (k == ConstKind::Ellipsis) return "ellipsis";
            return "literal";
        }
        case ExprKind::Compare: return "comparison";
        case ExprKind::IfExp: return "conditional expression";
        case ExprKind::NamedExpr: return "named expression";
        default: return "expression";
    }
}

enum class TargetKind { Store, Del, For };

class Parser {
public:
    Parser(Arena& arena, std::string_view src, int depth) : a_(arena), src_(src), lex_(src), depth_(depth) {}
    // For the expression part of an f-string: [begin, end) of src, starting at line/col.
    Parser(Arena& arena, std::string_view src, uint32_t begin, uint32_t end, int line, int col, int depth,
           int ast_depth)
        : a_(arena), src_(src), lex_(src, begin, end, line, col), depth_(depth), ast_depth_(ast_depth),
          fstring_(true) {}

    Module* file_input();
    Module* eval_input();
    Module* single_input();
    Expr* fstring_expr();

    bool failed() const { return failed_; }
    // The error to report, after CPython's rules for which of parser and tokenizer errors wins.
    // from_lexer, if given, tells whether the tokenizer produced it.
    SyntaxErrorInfo final_error(bool* from_lexer = nullptr);

private:
    // ---- tokens ----
    const Token& tok(size_t k = 0) {
        while (toks_.size() <= p_ + k) {
            if (!toks_.empty() && (toks_.back().kind == Tok::EndMarker || toks_.back().kind == Tok::Error))
                return toks_.back();
            toks_.push_back(lex_.next());
        }
        return toks_[p_ + k];
    }
    Tok kind(size_t k = 0) { return tok(k).kind; }
    bool at(Tok k) { return kind() == k; }
    Token advance() {
        Token t = tok();
        if (t.kind != Tok::EndMarker && t.kind != Tok::Error) p_++;
        prev_ = t;
        if (t.kind != Tok::Newline && t.kind != Tok::Indent && t.kind != Tok::Dedent) last_real_ = t;
        return t;
    }
    bool accept(Tok k) {
        if (!at(k)) return false;
        advance();
        return true;
    }
    std::string_view text(const Token& t) const { return src_.substr(t.start, t.end - t.start); }
    // Called between statements. Nothing looks back past a statement (speculation stays within one), so the
    // token buffer only has to hold the current statement: memory is bounded by the longest statement.
    void compact() {
        if (speculating_) return;
        parenthesized_.clear();
        // Tokens are lexed on demand, so only a few lookahead tokens follow p_ and the erase moves few; a low
        // threshold keeps the buffer (28 bytes a token) under 2-4 KB on a microcontroller.
        if (p_ < 64) return;
        toks_.erase(toks_.begin(), toks_.begin() + static_cast<std::ptrdiff_t>(p_));
        p_ = 0;
    }
    bool at_soft(std::string_view kw, size_t k = 0) { return kind(k) == Tok::Name && text(tok(k)) == kw; }

    // ---- positions ----
    static Pos tpos(const Token& t) { return {t.line, t.col, t.end_line, t.end_col}; }
    static Pos span(const Pos& a, const Pos& b) { return {a.line, a.col, b.end_line, b.end_col}; }
    Pos from(const Pos& a) const { return {a.line, a.col, prev_.end_line, prev_.end_col}; }
    Pos from(const Token& t) const { return {t.line, t.col, prev_.end_line, prev_.end_col}; }
    Pos real_end(const Pos& a) const { return {a.line, a.col, last_real_.end_line, last_real_.end_col}; }

    template <class T> T* expr(ExprKind k, Pos p) {
        T* n = a_.make<T>();
        n->kind = k;
        n->pos = p;
        return n;
    }
    template <class T> T* stmt(StmtKind k, Pos p) {
        T* n = a_.make<T>();
        n->kind = k;
        n->pos = p;
        return n;
    }
    template <class T> List<T> list(const std::vector<T>& v) { return List<T>::from(a_, v); }
    std::string_view name_of(const Token& t) { return a_.copy(text(t)); }

    // ---- errors ----
    std::nullptr_t error(SyntaxErrorKind kind, std::string msg, int line, int col, int end_line, int end_col);
    std::nullptr_t error_at(const Pos& p, std::string msg) {
        return error(SyntaxErrorKind::SyntaxError, std::move(msg), p.line, p.col, p.end_line, p.end_col);
    }
    std::nullptr_t error_tok(const Token& t, std::string msg) { return error_at(tpos(t), std::move(msg)); }
    std::nullptr_t errorf(const Pos& p, const char* fmt, ...) __attribute__((format(printf, 3, 4)));
    std::nullptr_t invalid_syntax();
    std::nullptr_t unexpected_after(Expr* a, size_t a_start);
    std::nullptr_t expect_colon();
    bool expect(Tok k) {
        if (accept(k)) return true;
        invalid_syntax();
        return false;
    }
    bool expect_name(Token* out) {
        if (at(Tok::Name)) {
            *out = advance();
            return true;
        }
        invalid_syntax();
        return false;
    }

    struct DepthGuard {
        Parser* p;
        bool ok;
        explicit DepthGuard(Parser* parser) : p(parser), ok(++parser->depth_ <= kMaxDepth) {
            parser->ast_depth_++;
            if (!ok) p->error_tok(p->tok(), "too many nested parentheses");
            else if (p->ast_depth_ > kMaxAstDepth) ok = false, p->error_tok(p->tok(), "expression too complex");
        }
        ~DepthGuard() {
            p->depth_--;
            p->ast_depth_--;
        }
    };
    // Counts the links of a left-nested chain against the AST depth limit.
    struct ChainGuard {
        Parser* p;
        int n = 0;
        explicit ChainGuard(Parser* parser) : p(parser) {}
        bool step() {
            n++;
            if (++p->ast_depth_ <= kMaxAstDepth) return true;
            p->error_tok(p->tok(), "expression too complex");
            return false;
        }
        ~ChainGuard() { p->ast_depth_ -= n; }
    };

    // Runs f speculatively; on failure the token position and error state are restored.
    // Error analysis inside a speculation is skipped (see unexpected_after), which keeps nested speculations
    // from multiplying: every speculation is then a single linear parse.
    struct Mark {
        size_t p;
        Token prev, real;
        bool failed;
    };
    Mark mark() const { return {p_, prev_, last_real_, failed_}; }
    void reset(const Mark& m) {
        p_ = m.p;
        prev_ = m.prev;
        last_real_ = m.real;
        failed_ = m.failed;
    }
    template <class F> auto speculate(F f) -> decltype(f()) {
        Mark m = mark();
        speculating_++;
        auto r = f();
        speculating_--;
        if (!r || failed_) {
            reset(m);
            return nullptr;
        }
        return r;
    }

    // ---- statements ----
    bool statements_until(Tok end, std::vector<Stmt*>& out);
    bool statement(std::vector<Stmt*>& out);
    bool simple_stmts(std::vector<Stmt*>& out);
    Stmt* simple_stmt();
    Stmt* compound_stmt();
    bool block(std::vector<Stmt*>& out, const char* what, int line);
    Stmt* expr_stmt();
    Stmt* import_stmt();
    Stmt* from_stmt();
    bool dotted_name(std::string_view* out);
    Stmt* if_stmt();
    Stmt* while_stmt();
    Stmt* for_stmt(const Token* async_tok);
    Stmt* with_stmt(const Token* async_tok);
    Stmt* try_stmt();
    Stmt* funcdef(const Token* async_tok, std::vector<Expr*>& decorators, const Token& first);
    Stmt* classdef(std::vector<Expr*>& decorators, const Token& first);
    Stmt* decorated();
    Stmt* match_stmt();
    bool else_block(std::vector<Stmt*>& out);

    // ---- match patterns ----
    Pattern* patterns();
    Pattern* pattern();
    Pattern* or_pattern();
    Pattern* closed_pattern();
    Pattern* make_pattern(PatternKind k, Pos p) {
        Pattern* n = a_.make<Pattern>();
        n->kind = k;
        n->pos = p;
        return n;
    }
    Expr* literal_expr_for_pattern(bool* ok);
    Expr* signed_number();
    Pattern* mapping_pattern();
    Pattern* class_pattern_args(Expr* cls);
    Pattern* star_pattern();

    // ---- expressions ----
    Expr* star_expressions();
    Expr* star_expression();
    Expr* star_named_expression();
    Expr* named_expression();
    Expr* expression();
    Expr* disjunction();
    Expr* conjunction();
    Expr* inversion();
    Expr* comparison();
    Expr* binary(int min_prec);
    Expr* factor();
    Expr* power();
    Expr* await_primary();
    Expr* primary();
    Expr* atom();
    Expr* lambdef();
    Expr* yield_expr();
    Expr* paren_atom();
    Expr* list_atom();
    Expr* brace_atom();
    Expr* call_trailer(Expr* func, const Token& open, const Pos& start);
    Expr* subscript_trailer(Expr* value, const Pos& start);
    Expr* slice();
    bool comprehension_clauses(std::vector<Comprehension*>& out);
    Expr* star_targets();
    Expr* star_target();
    Arguments* parameters(bool lambda, Tok close);
    Expr* number(const Token& t);
    Expr* strings();

    // ---- targets ----
    Expr* invalid_target(Expr* e, TargetKind k);
    void set_ctx(Expr* e, Ctx c);
    bool check_target(Expr* e, TargetKind k);
    std::nullptr_t assign_error(const std::vector<Expr*>& targets, size_t first_eq);
    bool eq_hint(Expr* a, Expr* b);
    Expr* shortest_operand();
    bool is_bitwise_or_level(const Expr* a) const;
    bool is_parenthesized(const Expr* e) const {
        return std::find(parenthesized_.begin(), parenthesized_.end(), e) != parenthesized_.end();
    }

    // ---- strings ----
    struct StrTok {
        bool bytes = false, raw = false, fmt = false;
        uint32_t body = 0, body_end = 0;  // offsets of the text between the quotes
        Token t;
    };
    StrTok split_string(const Token& t);
    bool decode_escapes(std::string& out, const StrTok& s, uint32_t from, uint32_t to);
    bool decode_one_escape(std::string& out, const StrTok& s, uint32_t* i, uint32_t to);
    bool fstring(const StrTok& s, uint32_t* i, int nest, std::vector<Expr*>& parts, std::string& lit,
                 const Pos& whole);
    bool fstring_field(const StrTok& s, uint32_t* i, int nest, std::vector<Expr*>& parts, std::string& lit,
                       const Pos& whole);
    void flush_literal(std::vector<Expr*>& parts, std::string& lit, const Pos& whole);
    void advance_loc(uint32_t to);

    Arena& a_;
    std::string_view src_;
    Lexer lex_;
    std::vector<Token> toks_;  // tokens of the current statement (see compact())
    size_t p_ = 0;             // index of the current token in toks_
    size_t analysis_mark_ = SIZE_MAX;  // furthest token read when error analysis (with lookahead) started
    size_t match_newline_ = SIZE_MAX;  // `match <subject>` followed by NEWLINE: index of that NEWLINE
    int speculating_ = 0;
    int lenient_ = 0;  // see shortest_operand()
    std::vector<const Expr*> parenthesized_;  // groups `(e)`, consulted only to word error messages
    Token prev_;
    Token last_real_;  // last consumed token that is not NEWLINE/INDENT/DEDENT: where compound statements end
    Token after_strings_;  // the token after the string literals being decoded, where their errors point
    int depth_ = 0;
    int ast_depth_ = 0;
    bool fstring_ = false;
    // f-string expression: the result is a tuple or generator without its own parentheses, so it takes the
    // position of the braces around it.
    bool bare_tuple_ = false;
    bool failed_ = false;
    SyntaxErrorInfo err_;
    // Walking position inside the string token being decoded, to give f-string expressions their place.
    uint32_t loc_off_ = 0;
    int loc_line_ = 0, loc_col_ = 0;
};

// ---------------------------------------------------------------------------------------------------------------
// Errors
// ---------------------------------------------------------------------------------------------------------------

std::nullptr_t Parser::error(SyntaxErrorKind kind, std::string msg, int line, int col, int end_line, int end_col) {
    if (failed_) return nullptr;
    failed_ = true;
    err_.kind = kind;
    err_.message = std::move(msg);
    err_.line = line;
    err_.col = col;
    err_.end_line = end_line;
    err_.end_col = end_col;
    err_.incomplete = false;
    return nullptr;
}

std::nullptr_t Parser::errorf(const Pos& p, const char* fmt, ...) {
    char buf[300];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(buf, sizeof buf, fmt, ap);
    va_end(ap);
    return error_at(p, buf);
}

std::nullptr_t Parser::invalid_syntax() {
    const Token& cur = tok();
    // Like CPython, a generic error points at the furthest token read before error analysis began.
    size_t idx = analysis_mark_ != SIZE_MAX ? analysis_mark_ : toks_.size() - 1;
    if (idx < p_) idx = p_;
    const Token& t = cur.kind == Tok::Error || idx >= toks_.size() ? cur : toks_[idx];
    if (t.kind == Tok::Error) return error_tok(t, "");  // replaced by the lexer's error in final_error()
    if (t.kind == Tok::Indent)
        return error(SyntaxErrorKind::IndentationError, "unexpected indent", t.line, t.end_col - 1, t.end_line,
                     t.end_col);
    if (t.kind == Tok::Dedent && t.start < src_.size())
        return error(SyntaxErrorKind::IndentationError, "unexpected unindent", t.line, t.col, t.end_line, t.end_col);
    if (t.kind == Tok::EndMarker && fstring_) return error_tok(t, "invalid syntax");
    return error_tok(t, "invalid syntax");
}

std::nullptr_t Parser::expect_colon() {
    if (at(Tok::Colon)) return nullptr;
    const Token& t = tok();
    if (t.kind == Tok::Error || t.kind == Tok::Indent) return invalid_syntax();
    return error_tok(t, "expected ':'");
}

// Called when an expression `a` (starting at token a_start) is followed by a token that cannot continue it:
// reproduces CPython's guesses (missing comma, Python 2 print, '=' for '==') before "invalid syntax".
std::nullptr_t Parser::unexpected_after(Expr* a, size_t a_start) {
    if (failed_) return nullptr;
    if (speculating_ > 0) return invalid_syntax();
    tok();
    if (analysis_mark_ == SIZE_MAX) analysis_mark_ = toks_.size() - 1;
    Tok k = kind();
    if (a && a->kind == ExprKind::Name && (k != Tok::LPar) && (is_expr_start(k) || k == Tok::Star)) {
        auto id = static_cast<Name*>(a)->id;
        if (id == "print" || id == "exec") {
            Expr* b = speculate([&] { return star_expressions(); });
            if (!b) b = shortest_operand();
            if (b) {
                return errorf(span(a->pos, b->pos), "Missing parentheses in call to '%.*s'. Did you mean %.*s(...)?",
                              static_cast<int>(id.size()), id.data(), static_cast<int>(id.size()), id.data());
            }
        }
    }
    // "Perhaps you forgot a comma?" applies inside brackets (the f-string expression has virtual ones) and to
    // an expression that cannot continue with another (not a lambda, conditional, starred...).
    bool comma_candidate = a && a->kind != ExprKind::Lambda && a->kind != ExprKind::IfExp &&
                           a->kind != ExprKind::Starred && a->kind != ExprKind::NamedExpr &&
                           a->kind != ExprKind::Yield && a->kind != ExprKind::YieldFrom;
    if (comma_candidate && is_expr_start(k) && (lex_.level() > 0 || fstring_)) {
        size_t save = p_;
        p_ = a_start;
        bool excluded = (at(Tok::Name) && kind(1) == Tok::String) || at_soft("match") || at_soft("case") ||
                        at_soft("_");
        p_ = save;
        if (!excluded) {
            Expr* b = speculate([&] { return expression(); });
            if (!b) b = shortest_operand();
            if (b) return error_at(span(a->pos, b->pos), "invalid syntax. Perhaps you forgot a comma?");
        }
    }
    if (a && k == Tok::Equal && a->kind != ExprKind::Slice && is_bitwise_or_level(a)) {
        // CPython's invalid_named_expression: `a = b` where no assignment can be.
        size_t save = p_;
        advance();
        Expr* b = speculate([&] { return binary(1); });
        bool fires = b && !at(Tok::Equal) && !at(Tok::ColonEqual);
        p_ = save;
        if (fires && eq_hint(a, b)) return nullptr;
    }
    return invalid_syntax();
}

// When the expression after a misplaced one does not parse in full, CPython's PEG parser settles for the
// longest prefix that does (`x` of `x*(bad)`): in lenient mode, operators and trailers whose operand fails
// are left unconsumed instead of failing the whole expression.
Expr* Parser::shortest_operand() {
    lenient_++;
    Expr* b = speculate([&] { return expression(); });
    lenient_--;
    return b;
}

SyntaxErrorInfo Parser::final_error(bool* from_lexer) {
    if (from_lexer) *from_lexer = true;
    // A tokenizer error that the parser reached is what CPython reports.
    if (!toks_.empty() && toks_.back().kind == Tok::Error) return lex_.error();
    SyntaxErrorInfo e = err_;
    // The parser failed first: CPython tokenizes the rest of the input and prefers a tokenizer error found
    // there (an unclosed bracket only if it opened before the error's line).
    if (!fstring_) {
        for (;;) {
            Token t = lex_.next();
            if (t.kind == Tok::EndMarker) break;
            if (t.kind == Tok::Error) {
                // CPython compares with the line of the last token it had read, not the error's own line.
                int last_line = toks_.empty() ? 0 : toks_.back().line;
                LexErrorClass cls = lex_.error_class();
                bool wins = cls == LexErrorClass::Hard ||
                            (cls == LexErrorClass::UnclosedBracket && last_line > lex_.error().line);
                if (wins) return lex_.error();
                break;
            }
        }
    }
    if (from_lexer) *from_lexer = false;
    // Running out of input is what makes the REPL ask for more.
    const Token& t = toks_.empty() ? prev_ : toks_[std::min(p_, toks_.size() - 1)];
    if (t.kind == Tok::EndMarker || (t.kind == Tok::Dedent && t.start >= src_.size())) e.incomplete = true;
    return e;
}

// ---------------------------------------------------------------------------------------------------------------
// Statements
// ---------------------------------------------------------------------------------------------------------------

Module* Parser::file_input() {
    std::vector<Stmt*> body;
    while (!at(Tok::EndMarker)) {
        if (failed_) return nullptr;
        if (at(Tok::Newline)) {
            advance();
            continue;
        }
        if (!statement(body)) return nullptr;
    }
    if (failed_) return nullptr;
    Module* m = a_.make<Module>();
    m->body = list(body);
    return m;
}

Module* Parser::eval_input() {
    Expr* e = star_expressions();
    if (!e) return nullptr;
    while (at(Tok::Newline)) advance();
    if (at(Tok::Equal)) return invalid_syntax();  // no "did you mean '=='" for eval input, as in CPython
    if (!at(Tok::EndMarker)) return unexpected_after(e, 0);
    auto* s = stmt<ExprStmt>(StmtKind::ExprStmt, e->pos);
    s->value = e;
    Module* m = a_.make<Module>();
    std::vector<Stmt*> body{s};
    m->body = list(body);
    return m;
}

Module* Parser::single_input() {
    std::vector<Stmt*> body;
    while (at(Tok::Newline)) advance();
    if (!at(Tok::EndMarker)) {
        if (!statement(body)) return nullptr;
        while (at(Tok::Newline)) advance();
        if (!at(Tok::EndMarker)) {
            if (at(Tok::Error) || at(Tok::Indent)) return invalid_syntax();
            return error_tok(prev_, "multiple statements found while compiling a single statement");
        }
    }
    Module* m = a_.make<Module>();
    m->body = list(body);
    return m;
}

bool Parser::statement(std::vector<Stmt*>& out) {
    compact();
    switch (kind()) {
        case Tok::KwDef: case Tok::KwIf: case Tok::KwClass: case Tok::KwWith: case Tok::KwFor: case Tok::KwTry:
        case Tok::KwWhile: case Tok::At: case Tok::KwAsync: {
            Stmt* s = compound_stmt();
            if (!s) return false;
            out.push_back(s);
            return true;
        }
        case Tok::Name:
            if (at_soft("match")) {
                match_newline_ = SIZE_MAX;
                Stmt* s = match_stmt();
                if (s) {
                    out.push_back(s);
                    return true;
                }
                if (failed_) return false;
                if (match_newline_ != SIZE_MAX) {
                    // `match x` + NEWLINE: an expression statement if it is one, else a match missing its ':'.
                    size_t nl = match_newline_;
                    size_t mark = out.size();
                    bool ok = speculate([&]() -> bool* { return simple_stmts(out) ? &failed_ : nullptr; }) != nullptr;
                    if (ok) return true;
                    out.resize(mark);
                    return error_tok(toks_[nl], "expected ':'"), false;
                }
            }
            return simple_stmts(out);
        default:
            return simple_stmts(out);
    }
}

bool Parser::simple_stmts(std::vector<Stmt*>& out) {
    for (;;) {
        Stmt* s = simple_stmt();
        if (!s) return false;
        out.push_back(s);
        if (accept(Tok::Semi)) {
            if (at(Tok::Newline)) break;
            continue;
        }
        break;
    }
    if (!at(Tok::Newline)) {
        invalid_syntax();
        return false;
    }
    advance();
    return true;
}

Stmt* Parser::simple_stmt() {
    Token t = tok();
    switch (t.kind) {
        case Tok::KwPass: advance(); return stmt<Pass>(StmtKind::Pass, tpos(t));
        case Tok::KwBreak: advance(); return stmt<Break>(StmtKind::Break, tpos(t));
        case Tok::KwContinue: advance(); return stmt<Continue>(StmtKind::Continue, tpos(t));
        case Tok::KwReturn: {
            advance();
            Expr* v = nullptr;
            if (!at(Tok::Newline) && !at(Tok::Semi)) {
                v = star_expressions();
                if (!v) return nullptr;
            }
            auto* s = stmt<Return>(StmtKind::Return, from(t));
            s->value = v;
            return s;
        }
        case Tok::KwRaise: {
            advance();
            auto* s = stmt<Raise>(StmtKind::Raise, tpos(t));
            if (!at(Tok::Newline) && !at(Tok::Semi)) {
                s->exc = expression();
                if (!s->exc) return nullptr;
                if (accept(Tok::KwFrom)) {
                    s->cause = expression();
                    if (!s->cause) return nullptr;
                }
            }
            s->pos = from(t);
            return s;
        }
        case Tok::KwGlobal: case Tok::KwNonlocal: {
            advance();
            std::vector<std::string_view> names;
            do {
                Token n;
                if (!expect_name(&n)) return nullptr;
                names.push_back(name_of(n));
            } while (accept(Tok::Comma));
            if (t.kind == Tok::KwGlobal) {
                auto* s = stmt<Global>(StmtKind::Global, from(t));
                s->names = list(names);
                return s;
            }
            auto* s = stmt<Nonlocal>(StmtKind::Nonlocal, from(t));
            s->names = list(names);
            return s;
        }
        case Tok::KwDel: {
            advance();
            std::vector<Expr*> targets;
            Expr* e = star_expressions();
            if (!e) return nullptr;
            if (!at(Tok::Newline) && !at(Tok::Semi)) return unexpected_after(e, 0);
            if (e->kind == ExprKind::Tuple) {
                auto* tup = static_cast<TupleExpr*>(e);
                // A parenthesized tuple starts at its '(' rather than at its first element.
                bool parenthesized = tup->elts.size == 0 || tup->elts[0]->pos.col != tup->pos.col ||
                                     tup->elts[0]->pos.line != tup->pos.line;
                if (parenthesized) targets.push_back(e);
                else
                    for (Expr* x : tup->elts) targets.push_back(x);
            } else {
                targets.push_back(e);
            }
            for (Expr* x : targets)
                if (!check_target(x, TargetKind::Del)) return nullptr;
            auto* s = stmt<Delete>(StmtKind::Delete, from(t));
            s->targets = list(targets);
            return s;
        }
        case Tok::KwAssert: {
            advance();
            auto* s = stmt<Assert>(StmtKind::Assert, tpos(t));
            s->test = expression();
            if (!s->test) return nullptr;
            if (accept(Tok::Comma)) {
                s->msg = expression();
                if (!s->msg) return nullptr;
            }
            s->pos = from(t);
            return s;
        }
        case Tok::KwImport: return import_stmt();
        case Tok::KwFrom: return from_stmt();
        default: return expr_stmt();
    }
}

Stmt* Parser::expr_stmt() {
    Token first = tok();
    size_t start = p_;
    Expr* e;
    if (at(Tok::KwYield)) e = yield_expr();
    else e = star_expressions();
    if (!e) return nullptr;
    if (at(Tok::Colon)) {  // annotated assignment; `simple` marks a bare, unparenthesized name
        advance();
        if (e->kind == ExprKind::Tuple) return error_at(e->pos, "only single target (not tuple) can be annotated");
        if (e->kind == ExprKind::List) return error_at(e->pos, "only single target (not list) can be annotated");
        if (e->kind != ExprKind::Name && e->kind != ExprKind::Attribute && e->kind != ExprKind::Subscript)
            return error_at(e->pos, "illegal target for annotation");
        Expr* ann = expression();
        if (!ann) return nullptr;
        Expr* value = nullptr;
        if (accept(Tok::Equal)) {
            value = at(Tok::KwYield) ? yield_expr() : star_expressions();
            if (!value) return nullptr;
        }
        set_ctx(e, Ctx::Store);
        auto* s = stmt<AnnAssign>(StmtKind::AnnAssign, from(first));
        s->target = e;
        s->annotation = ann;
        s->value = value;
        s->simple = e->kind == ExprKind::Name && first.kind != Tok::LPar;
        return s;
    }
    if (at(Tok::Equal)) {
        std::vector<Expr*> targets{e};
        Expr* value = nullptr;
        size_t first_eq = p_;
        while (at(Tok::Equal)) {
            Expr* t = targets.back();
            if (t->kind == ExprKind::Yield || t->kind == ExprKind::YieldFrom || invalid_target(t, TargetKind::Store))
                return assign_error(targets, first_eq);
            advance();
            size_t vstart = p_;
            Expr* v = at(Tok::KwYield) ? yield_expr() : star_expressions();
            if (!v) return nullptr;
            if (at(Tok::Equal)) {
                targets.push_back(v);
                continue;
            }
            value = v;
            if (!at(Tok::Newline) && !at(Tok::Semi)) return unexpected_after(value, vstart);
        }
        for (Expr* t : targets) set_ctx(t, Ctx::Store);
        auto* s = stmt<Assign>(StmtKind::Assign, from(first));
        s->targets = list(targets);
        s->value = value;
        return s;
    }
    for (const AugOpInfo& op : kAugOps) {
        if (at(op.tok)) {
            if (e->kind != ExprKind::Name && e->kind != ExprKind::Attribute && e->kind != ExprKind::Subscript)
                return errorf(e->pos, "'%s' is an illegal expression for augmented assignment", expr_name(e));
            advance();
            Expr* v = at(Tok::KwYield) ? yield_expr() : star_expressions();
            if (!v) return nullptr;
            set_ctx(e, Ctx::Store);
            auto* s = stmt<AugAssign>(StmtKind::AugAssign, from(first));
            s->target = e;
            s->op = op.op;
            s->value = v;
            return s;
        }
    }
    if (!at(Tok::Newline) && !at(Tok::Semi)) return unexpected_after(e, start);
    auto* s = stmt<ExprStmt>(StmtKind::ExprStmt, from(first));
    s->value = e;
    return s;
}

bool Parser::dotted_name(std::string_view* out) {
    Token n;
    if (!expect_name(&n)) return false;
    uint32_t start = n.start, end = n.end;
    bool contiguous = true;
    std::string joined(text(n));
    while (at(Tok::Dot) && kind(1) == Tok::Name) {
        Token d = advance();
        Token m = advance();
        if (d.start != end || m.start != d.end) contiguous = false;
        end = m.end;
        joined += '.';
        joined += text(m);
    }
    *out = contiguous ? a_.copy(src_.substr(start, end - start)) : a_.copy(joined);
    return true;
}

Stmt* Parser::import_stmt() {
    Token t = advance();
    std::vector<Alias*> names;
    do {
        Token first = tok();
        auto* al = a_.make<Alias>();
        if (!dotted_name(&al->name)) return nullptr;
        if (accept(Tok::KwAs)) {
            Token n;
            if (!expect_name(&n)) return nullptr;
            al->asname = name_of(n);
        }
        al->pos = from(first);
        names.push_back(al);
    } while (accept(Tok::Comma));
    auto* s = stmt<Import>(StmtKind::Import, from(t));
    s->names = list(names);
    return s;
}

Stmt* Parser::from_stmt() {
    Token t = advance();
    int level = 0;
    for (;;) {
        if (accept(Tok::Dot)) level++;
        else if (accept(Tok::Ellipsis)) level += 3;
        else break;
    }
    std::string_view module;
    if (!at(Tok::KwImport) || level == 0) {
        if (!dotted_name(&module)) return nullptr;
    }
    if (!accept(Tok::KwImport)) return invalid_syntax();
    std::vector<Alias*> names;
    if (at(Tok::Star)) {
        Token st = advance();
        auto* al = a_.make<Alias>();
        al->name = "*";
        al->pos = tpos(st);
        names.push_back(al);
    } else {
        bool paren = accept(Tok::LPar);
        for (;;) {
            Token n;
            if (!expect_name(&n)) return nullptr;
            auto* al = a_.make<Alias>();
            al->name = name_of(n);
            if (accept(Tok::KwAs)) {
                Token m;
                if (!expect_name(&m)) return nullptr;
                al->asname = name_of(m);
            }
            al->pos = from(n);
            names.push_back(al);
            if (!accept(Tok::Comma)) break;
            if (paren && at(Tok::RPar)) break;
            if (!paren && (at(Tok::Newline) || at(Tok::Semi)))
                return error_tok(tok(), "trailing comma not allowed without surrounding parentheses");
        }
        if (paren && !expect(Tok::RPar)) return nullptr;
    }
    auto* s = stmt<ImportFrom>(StmtKind::ImportFrom, from(t));
    s->module = module;
    s->names = list(names);
    s->level = level;
    return s;
}

// A suite after ':': an indented block, or simple statements on the same line.
bool Parser::block(std::vector<Stmt*>& out, const char* what, int line) {
    if (!at(Tok::Newline)) return simple_stmts(out);
    advance();
    if (!at(Tok::Indent)) {
        const Token& t = tok();
        if (t.kind == Tok::Error) {
            invalid_syntax();
            return false;
        }
        char buf[120];
        snprintf(buf, sizeof buf, "expected an indented block after %s on line %d", what, line);
        bool at_eof = t.kind == Tok::EndMarker || (t.kind == Tok::Dedent && t.start >= src_.size());
        const Token& at_tok = at_eof ? prev_ : t;  // CPython points at the NEWLINE then
        error(SyntaxErrorKind::IndentationError, buf, at_tok.line, at_tok.col, at_tok.end_line, at_tok.end_col);
        return false;
    }
    advance();
    while (!at(Tok::Dedent)) {
        if (failed_) return false;
        if (at(Tok::EndMarker) || at(Tok::Error)) {
            invalid_syntax();
            return false;
        }
        if (!statement(out)) return false;
    }
    advance();
    return true;
}

Stmt* Parser::compound_stmt() {
    Token t = tok();
    switch (t.kind) {
        case Tok::KwIf: return if_stmt();
        case Tok::KwWhile: return while_stmt();
        case Tok::KwFor: return for_stmt(nullptr);
        case Tok::KwWith: return with_stmt(nullptr);
        case Tok::KwTry: return try_stmt();
        case Tok::At: return decorated();
        case Tok::KwDef: {
            std::vector<Expr*> none;
            return funcdef(nullptr, none, t);
        }
        case Tok::KwClass: {
            std::vector<Expr*> none;
            return classdef(none, t);
        }
        case Tok::KwAsync: {
            advance();
            if (at(Tok::KwDef)) {
                std::vector<Expr*> none;
                return funcdef(&t, none, t);
            }
            if (at(Tok::KwFor)) return for_stmt(&t);
            if (at(Tok::KwWith)) return with_stmt(&t);
            return invalid_syntax();
        }
        default: return invalid_syntax();
    }
}


bool Parser::else_block(std::vector<Stmt*>& out) {
    Token e = advance();
    if (!at(Tok::Colon)) {
        expect_colon();
        return false;
    }
    advance();
    return block(out, "'else' statement", e.line);
}

// if/elif chains are parsed in a loop (elif is a nested If in orelse, but must not recurse in the parser).
Stmt* Parser::if_stmt() {
    struct Clause {
        Token kw;
        Expr* test;
        std::vector<Stmt*> body;
    };
    std::vector<Clause> clauses;
    std::vector<Stmt*> orelse;
    ChainGuard chain(this);
    do {
        if (!clauses.empty() && !chain.step()) return nullptr;
        Token t = advance();
        size_t start = p_;
        Expr* test = named_expression();
        if (!test) return nullptr;
        if (!at(Tok::Colon)) {
            if (at(Tok::Equal) || !at(Tok::Newline)) unexpected_after(test, start);
            return expect_colon();
        }
        advance();
        clauses.push_back(Clause{t, test, {}});
        if (!block(clauses.back().body, clauses.size() == 1 ? "'if' statement" : "'elif' statement", t.line))
            return nullptr;
    } while (at(Tok::KwElif));
    if (at(Tok::KwElse) && !else_block(orelse)) return nullptr;
    // Every If of the chain ends where the whole statement ends.
    Stmt* result = nullptr;
    for (size_t i = clauses.size(); i-- > 0;) {
        auto* s = stmt<If>(StmtKind::If, real_end(tpos(clauses[i].kw)));
        s->test = clauses[i].test;
        s->body = list(clauses[i].body);
        if (result) {
            std::vector<Stmt*> nested{result};
            s->orelse = list(nested);
        } else {
            s->orelse = list(orelse);
        }
        result = s;
    }
    return result;
}

Stmt* Parser::while_stmt() {
    Token t = advance();
    size_t start = p_;
    Expr* test = named_expression();
    if (!test) return nullptr;
    if (!at(Tok::Colon)) {
        if (at(Tok::Equal) || !at(Tok::Newline)) return unexpected_after(test, start), expect_colon();
        return expect_colon();
    }
    advance();
    std::vector<Stmt*> body, orelse;
    if (!block(body, "'while' statement", t.line)) return nullptr;
    if (at(Tok::KwElse) && !else_block(orelse)) return nullptr;
    auto* s = stmt<While>(StmtKind::While, real_end(tpos(t)));
    s->test = test;
    s->body = list(body);
    s->orelse = list(orelse);
    return s;
}

Stmt* Parser::for_stmt(const Token* async_tok) {
    Token t = advance();
    Expr* target = star_targets();
    if (!target) return nullptr;
    if (!at(Tok::KwIn)) {
        if (!check_target(target, TargetKind::For)) return nullptr;
        return invalid_syntax();
    }
    if (!check_target(target, TargetKind::For)) return nullptr;
    advance();
    Expr* iter = star_expressions();
    if (!iter) return nullptr;
    if (!at(Tok::Colon)) return expect_colon();
    advance();
    std::vector<Stmt*> body, orelse;
    if (!block(body, "'for' statement", t.line)) return nullptr;
    if (at(Tok::KwElse) && !else_block(orelse)) return nullptr;
    auto* s = stmt<For>(StmtKind::For, real_end(tpos(async_tok ? *async_tok : t)));
    s->target = target;
    s->iter = iter;
    s->body = list(body);
    s->orelse = list(orelse);
    s->is_async = async_tok != nullptr;
    return s;
}

Stmt* Parser::with_stmt(const Token* async_tok) {
    Token t = advance();
    std::vector<WithItem*> items;
    auto item = [&]() -> WithItem* {
        Expr* e = expression();
        if (!e) return nullptr;
        auto* w = a_.make<WithItem>();
        w->context_expr = e;
        if (accept(Tok::KwAs)) {
            Expr* v = star_target();
            if (!v) return nullptr;
            if (!check_target(v, TargetKind::Store)) return nullptr;
            w->optional_vars = v;
        }
        return w;
    };
    bool done = false;
    if (at(Tok::LPar) && kind(1) != Tok::KwYield) {
        // `with (a as b, c):` -- parenthesized items, tried first as CPython does.
        auto r = speculate([&]() -> WithItem* {
            advance();
            std::vector<WithItem*> tmp;
            WithItem* w = nullptr;
            do {
                if (at(Tok::RPar)) break;
                w = item();
                if (!w) return nullptr;
                tmp.push_back(w);
            } while (accept(Tok::Comma));
            if (!accept(Tok::RPar) || !at(Tok::Colon) || tmp.empty()) return nullptr;
            items = tmp;
            return w;
        });
        done = r != nullptr;
    }
    if (!done) {
        items.clear();
        do {
            WithItem* w = item();
            if (!w) return nullptr;
            items.push_back(w);
        } while (accept(Tok::Comma));
    }
    if (!at(Tok::Colon)) return expect_colon();
    advance();
    std::vector<Stmt*> body;
    if (!block(body, "'with' statement", t.line)) return nullptr;
    auto* s = stmt<With>(StmtKind::With, real_end(tpos(async_tok ? *async_tok : t)));
    s->items = list(items);
    s->body = list(body);
    s->is_async = async_tok != nullptr;
    return s;
}

Stmt* Parser::try_stmt() {
    Token t = advance();
    if (!at(Tok::Colon)) return expect_colon();
    advance();
    std::vector<Stmt*> body, orelse, finalbody;
    std::vector<ExceptHandler*> handlers;
    if (!block(body, "'try' statement", t.line)) return nullptr;
    int star = -1;  // -1 unknown, 0 plain except, 1 except*
    while (at(Tok::KwExcept)) {
        Token e = advance();
        bool is_star = false;
        if (at(Tok::Star)) {
            advance();
            is_star = true;
        }
        if (star != -1 && star != static_cast<int>(is_star))
            return error_tok(e, "cannot have both 'except' and 'except*' on the same 'try'");
        star = is_star;
        auto* h = a_.make<ExceptHandler>();
        if (!at(Tok::Colon)) {
            if (is_star && at(Tok::Newline)) return error_tok(tok(), "expected one or more exception types");
            size_t start = p_;
            h->type = expression();
            if (!h->type) return nullptr;
            if (at(Tok::Comma)) {
                size_t save = p_;
                advance();
                Expr* more = speculate([&] { return expression(); });
                p_ = save;
                if (more) {
                    return error_at(span(h->type->pos, more->pos), "multiple exception types must be parenthesized");
                }
            }
            if (accept(Tok::KwAs)) {
                Token n;
                if (!expect_name(&n)) return nullptr;
                h->name = name_of(n);
            }
            if (!at(Tok::Colon)) {
                if (!at(Tok::Newline)) return unexpected_after(h->type, start), expect_colon();
                return expect_colon();
            }
        } else if (is_star) {
            return error_tok(tok(), "expected one or more exception types");
        }
        advance();
        std::vector<Stmt*> hbody;
        if (!block(hbody, is_star ? "'except*' statement" : "'except' statement", e.line)) return nullptr;
        h->body = list(hbody);
        h->pos = real_end(tpos(e));
        handlers.push_back(h);
    }
    if (at(Tok::KwElse)) {
        if (handlers.empty()) return error_tok(tok(), "expected 'except' or 'finally' block");
        if (!else_block(orelse)) return nullptr;
    }
    if (at(Tok::KwFinally)) {
        Token f = advance();
        if (!at(Tok::Colon)) return expect_colon();
        advance();
        if (!block(finalbody, "'finally' statement", f.line)) return nullptr;
    }
    if (handlers.empty() && finalbody.empty()) {
        if (at(Tok::Error)) return invalid_syntax();
        return error_tok(tok(), "expected 'except' or 'finally' block");
    }
    Pos p = real_end(tpos(t));
    if (star == 1) {
        auto* s = stmt<TryStar>(StmtKind::TryStar, p);
        s->body = list(body);
        s->handlers = list(handlers);
        s->orelse = list(orelse);
        s->finalbody = list(finalbody);
        return s;
    }
    auto* s = stmt<Try>(StmtKind::Try, p);
    s->body = list(body);
    s->handlers = list(handlers);
    s->orelse = list(orelse);
    s->finalbody = list(finalbody);
    return s;
}

Stmt* Parser::decorated() {
    std::vector<Expr*> decorators;
    while (at(Tok::At)) {
        advance();
        Expr* d = named_expression();
        if (!d) return nullptr;
        if (!at(Tok::Newline)) return unexpected_after(d, 0);
        advance();
        decorators.push_back(d);
    }
    Token t = tok();
    if (t.kind == Tok::KwDef) return funcdef(nullptr, decorators, t);
    if (t.kind == Tok::KwClass) return classdef(decorators, t);
    if (t.kind == Tok::KwAsync && kind(1) == Tok::KwDef) {
        advance();
        return funcdef(&t, decorators, t);
    }
    return invalid_syntax();
}

Stmt* Parser::funcdef(const Token* async_tok, std::vector<Expr*>& decorators, const Token& first) {
    Token def = advance();
    Token name;
    if (!expect_name(&name)) return nullptr;
    if (!at(Tok::LPar)) {
        if (at(Tok::Error)) return invalid_syntax();
        return error_tok(tok(), "expected '('");
    }
    advance();
    Arguments* args = parameters(false, Tok::RPar);
    if (!args) return nullptr;
    if (!expect(Tok::RPar)) return nullptr;
    Expr* returns = nullptr;
    if (at(Tok::RArrow)) {
        Token arrow = advance();
        if (!is_expr_start(kind())) return error_tok(arrow, "expected ':'");  // CPython's forced ':'
        returns = expression();
        if (!returns) return nullptr;
    }
    if (!at(Tok::Colon)) return expect_colon();
    advance();
    std::vector<Stmt*> body;
    if (!block(body, "function definition", def.line)) return nullptr;
    auto* s = stmt<FunctionDef>(StmtKind::FunctionDef, real_end(tpos(first)));
    s->name = name_of(name);
    s->args = args;
    s->body = list(body);
    s->decorators = list(decorators);
    s->returns = returns;
    s->is_async = async_tok != nullptr;
    return s;
}

Stmt* Parser::classdef(std::vector<Expr*>& decorators, const Token& first) {
    Token cls = advance();
    Token name;
    if (!expect_name(&name)) return nullptr;
    auto* s = stmt<ClassDef>(StmtKind::ClassDef, tpos(first));
    if (at(Tok::LPar)) {
        Token open = advance();
        auto* call = static_cast<Call*>(call_trailer(nullptr, open, tpos(open)));
        if (!call) return nullptr;
        s->bases = call->args;
        s->keywords = call->keywords;
    }
    if (!at(Tok::Colon)) return expect_colon();
    advance();
    std::vector<Stmt*> body;
    if (!block(body, "class definition", cls.line)) return nullptr;
    s->pos = real_end(tpos(first));
    s->name = name_of(name);
    s->body = list(body);
    s->decorators = list(decorators);
    return s;
}

// ---------------------------------------------------------------------------------------------------------------
// match statement
// ---------------------------------------------------------------------------------------------------------------

Stmt* Parser::match_stmt() {
    // `match` is a soft keyword: a statement only when a subject and ':' follow; otherwise the caller parses
    // the line as ordinary statements (`match = 1`, `match(x)`).
    Token t = tok();
    if (!is_expr_start(kind(1)) && kind(1) != Tok::Star) return nullptr;
    size_t save = p_;
    Token save_prev = prev_, save_real = last_real_;
    advance();
    Expr* subject = speculate([&]() -> Expr* {
        Token start = tok();
        Expr* e = star_named_expression();
        if (!e) return nullptr;
        if (at(Tok::Comma)) {
            std::vector<Expr*> elts{e};
            while (accept(Tok::Comma)) {
                if (at(Tok::Colon)) break;
                Expr* x = star_named_expression();
                if (!x) return nullptr;
                elts.push_back(x);
            }
            auto* tup = expr<TupleExpr>(ExprKind::Tuple, from(start));
            tup->elts = list(elts);
            e = tup;
        } else if (e->kind == ExprKind::Starred) {
            return nullptr;
        }
        if (!at(Tok::Colon)) {
            if (at(Tok::Newline)) match_newline_ = p_;
            return nullptr;
        }
        return e;
    });
    if (!subject) {
        p_ = save;
        prev_ = save_prev;
        last_real_ = save_real;
        return nullptr;
    }
    advance();  // ':'
    if (!at(Tok::Newline)) return invalid_syntax();
    advance();
    if (!at(Tok::Indent)) {
        const Token& n = tok();
        if (n.kind == Tok::Error) return invalid_syntax();
        char buf[100];
        snprintf(buf, sizeof buf, "expected an indented block after 'match' statement on line %d", t.line);
        bool at_eof = n.kind == Tok::EndMarker || (n.kind == Tok::Dedent && n.start >= src_.size());
        const Token& at_tok = at_eof ? prev_ : n;
        return error(SyntaxErrorKind::IndentationError, buf, at_tok.line, at_tok.col, at_tok.end_line, at_tok.end_col);
    }
    advance();
    std::vector<MatchCase*> cases;
    while (!at(Tok::Dedent)) {
        if (!at_soft("case")) return invalid_syntax();
        Token c = advance();
        auto* mc = a_.make<MatchCase>();
        mc->pattern = patterns();
        if (!mc->pattern) return nullptr;
        if (accept(Tok::KwIf)) {
            mc->guard = named_expression();
            if (!mc->guard) return nullptr;
        }
        if (!at(Tok::Colon)) return at(Tok::Newline) ? expect_colon() : invalid_syntax();
        advance();
        std::vector<Stmt*> body;
        if (!block(body, "'case' statement", c.line)) return nullptr;
        mc->body = list(body);
        cases.push_back(mc);
    }
    advance();
    auto* s = stmt<Match>(StmtKind::Match, real_end(tpos(t)));
    s->subject = subject;
    s->cases = list(cases);
    return s;
}

// patterns: open_sequence_pattern | pattern
Pattern* Parser::patterns() {
    Token first = tok();
    Pattern* p = at(Tok::Star) ? star_pattern() : pattern();
    if (!p) return nullptr;
    if (!at(Tok::Comma)) {
        if (p->kind == PatternKind::MatchStar) return invalid_syntax();  // needs a comma: `case *a,:`
        return p;
    }
    std::vector<Pattern*> items{p};
    while (accept(Tok::Comma)) {
        if (at(Tok::Colon) || at(Tok::KwIf)) break;
        Pattern* q = at(Tok::Star) ? star_pattern() : pattern();
        if (!q) return nullptr;
        items.push_back(q);
    }
    Pattern* seq = make_pattern(PatternKind::MatchSequence, from(first));
    seq->patterns = list(items);
    return seq;
}

Pattern* Parser::star_pattern() {
    Token st = advance();
    Token n;
    if (!expect_name(&n)) return nullptr;
    Pattern* p = make_pattern(PatternKind::MatchStar, from(st));
    if (text(n) != "_") p->name = name_of(n);
    return p;
}

// pattern: or_pattern ['as' NAME]
Pattern* Parser::pattern() {
    DepthGuard g(this);
    if (!g.ok) return nullptr;
    Token start = tok();
    Pattern* p = or_pattern();
    if (!p) return nullptr;
    if (at(Tok::KwAs)) {
        advance();
        if (!at(Tok::Name)) return invalid_syntax();
        Token n = advance();
        if (text(n) == "_") return error_tok(n, "cannot use '_' as a target");
        Pattern* as = make_pattern(PatternKind::MatchAs, from(start));
        as->pattern = p;
        as->name = name_of(n);
        return as;
    }
    return p;
}

Pattern* Parser::or_pattern() {
    Token start = tok();
    Pattern* p = closed_pattern();
    if (!p) return nullptr;
    if (!at(Tok::VBar)) return p;
    std::vector<Pattern*> alts{p};
    while (accept(Tok::VBar)) {
        Pattern* q = closed_pattern();
        if (!q) return nullptr;
        alts.push_back(q);
    }
    Pattern* o = make_pattern(PatternKind::MatchOr, from(start));
    o->patterns = list(alts);
    return o;
}

// signed_number: ['-'] NUMBER, and complex literals `-1 + 2j`.
Expr* Parser::signed_number() {
    Token first = tok();
    bool neg = accept(Tok::Minus);
    if (!at(Tok::Number)) return invalid_syntax();
    Token nt = advance();
    Expr* e = number(nt);
    if (!e) return nullptr;
    if (neg) {
        auto* u = expr<UnaryOp>(ExprKind::UnaryOp, from(first));
        u->op = UnaryOpKind::USub;
        u->operand = e;
        e = u;
    }
    if (at(Tok::Plus) || at(Tok::Minus)) {
        Token op = advance();
        if (!at(Tok::Number)) return invalid_syntax();
        Token it = advance();
        Expr* im = number(it);
        if (!im) return nullptr;
        if (static_cast<Constant*>(im)->ckind != ConstKind::Imag)
            return error_at(im->pos, "imaginary number required in complex literal");
        auto* b = expr<BinOp>(ExprKind::BinOp, from(first));
        b->left = e;
        b->op = op.kind == Tok::Plus ? BinOpKind::Add : BinOpKind::Sub;
        b->right = im;
        e = b;
    }
    return e;
}

// Keys of mapping patterns and values of value patterns: literals or dotted names.
Expr* Parser::literal_expr_for_pattern(bool* ok) {
    *ok = true;
    Token t = tok();
    switch (t.kind) {
        case Tok::Minus: case Tok::Number: return signed_number();
        case Tok::String: {
            Expr* e = strings();
            if (e && e->kind == ExprKind::JoinedStr)
                return error_at(e->pos, "patterns may only match literals and attribute lookups");
            return e;
        }
        case Tok::KwNone: case Tok::KwTrue: case Tok::KwFalse: {
            advance();
            auto* c = expr<Constant>(ExprKind::Constant, tpos(t));
            c->ckind = t.kind == Tok::KwNone   ? ConstKind::None
                       : t.kind == Tok::KwTrue ? ConstKind::True
                                               : ConstKind::False;
            return c;
        }
        case Tok::Name: {
            if (kind(1) != Tok::Dot) break;
            advance();
            Expr* e = nullptr;
            auto* n = expr<Name>(ExprKind::Name, tpos(t));
            n->id = name_of(t);
            e = n;
            ChainGuard chain(this);
            while (at(Tok::Dot)) {
                if (!chain.step()) return nullptr;
                advance();
                Token a;
                if (!expect_name(&a)) return nullptr;
                auto* at_ = expr<Attribute>(ExprKind::Attribute, from(t));
                at_->value = e;
                at_->attr = name_of(a);
                e = at_;
            }
            return e;
        }
        default: break;
    }
    *ok = false;
    return nullptr;
}

Pattern* Parser::closed_pattern() {
    Token t = tok();
    switch (t.kind) {
        case Tok::Minus: case Tok::Number: case Tok::String: {
            bool ok;
            Expr* e = literal_expr_for_pattern(&ok);
            if (!e) return nullptr;
            Pattern* p = make_pattern(PatternKind::MatchValue, e->pos);
            p->value = e;
            return p;
        }
        case Tok::KwNone: case Tok::KwTrue: case Tok::KwFalse: {
            bool ok;
            Expr* e = literal_expr_for_pattern(&ok);
            Pattern* p = make_pattern(PatternKind::MatchSingleton, e->pos);
            p->value = e;
            return p;
        }
        case Tok::Name: {
            if (kind(1) == Tok::Dot || kind(1) == Tok::LPar) {
                Expr* e;
                if (kind(1) == Tok::Dot) {
                    bool ok;
                    e = literal_expr_for_pattern(&ok);
                    if (!e) return nullptr;
                } else {
                    advance();
                    auto* n = expr<Name>(ExprKind::Name, tpos(t));
                    n->id = name_of(t);
                    e = n;
                }
                if (at(Tok::LPar)) return class_pattern_args(e);
                Pattern* p = make_pattern(PatternKind::MatchValue, e->pos);
                p->value = e;
                return p;
            }
            advance();
            Pattern* p = make_pattern(PatternKind::MatchAs, tpos(t));
            if (text(t) != "_") p->name = name_of(t);
            return p;
        }
        case Tok::LPar: {
            Token open = advance();
            if (at(Tok::RPar)) {
                advance();
                return make_pattern(PatternKind::MatchSequence, from(open));
            }
            Pattern* first = at(Tok::Star) ? star_pattern() : pattern();
            if (!first) return nullptr;
            if (at(Tok::RPar) && first->kind != PatternKind::MatchStar) {
                advance();
                return first;  // a group: parentheses do not show in the position
            }
            std::vector<Pattern*> items{first};
            while (accept(Tok::Comma)) {
                if (at(Tok::RPar)) break;
                Pattern* q = at(Tok::Star) ? star_pattern() : pattern();
                if (!q) return nullptr;
                items.push_back(q);
            }
            if (!expect(Tok::RPar)) return nullptr;
            Pattern* seq = make_pattern(PatternKind::MatchSequence, from(open));
            seq->patterns = list(items);
            return seq;
        }
        case Tok::LSqb: {
            Token open = advance();
            std::vector<Pattern*> items;
            while (!at(Tok::RSqb)) {
                Pattern* q = at(Tok::Star) ? star_pattern() : pattern();
                if (!q) return nullptr;
                items.push_back(q);
                if (!accept(Tok::Comma)) break;
            }
            if (!expect(Tok::RSqb)) return nullptr;
            Pattern* seq = make_pattern(PatternKind::MatchSequence, from(open));
            seq->patterns = list(items);
            return seq;
        }
        case Tok::LBrace: return mapping_pattern();
        default: return invalid_syntax();
    }
}

Pattern* Parser::mapping_pattern() {
    Token open = advance();
    std::vector<Expr*> keys;
    std::vector<Pattern*> values;
    std::string_view rest;
    while (!at(Tok::RBrace)) {
        if (at(Tok::DoubleStar)) {
            advance();
            Token n;
            if (!expect_name(&n)) return nullptr;
            rest = name_of(n);
            accept(Tok::Comma);
            if (!at(Tok::RBrace)) return invalid_syntax();
            break;
        }
        bool ok;
        Expr* k = literal_expr_for_pattern(&ok);
        if (!k) {
            if (!ok) return invalid_syntax();
            return nullptr;
        }
        if (!expect(Tok::Colon)) return nullptr;
        Pattern* v = pattern();
        if (!v) return nullptr;
        keys.push_back(k);
        values.push_back(v);
        if (!accept(Tok::Comma)) break;
    }
    if (!expect(Tok::RBrace)) return nullptr;
    Pattern* p = make_pattern(PatternKind::MatchMapping, from(open));
    p->keys = list(keys);
    p->patterns = list(values);
    p->rest = rest;
    return p;
}

Pattern* Parser::class_pattern_args(Expr* cls) {
    advance();  // '('
    std::vector<Pattern*> pos_pats, kw_pats;
    std::vector<std::string_view> kw_names;
    while (!at(Tok::RPar)) {
        if (at(Tok::Name) && kind(1) == Tok::Equal) {
            Token n = advance();
            advance();
            Pattern* v = pattern();
            if (!v) return nullptr;
            kw_names.push_back(name_of(n));
            kw_pats.push_back(v);
        } else {
            Pattern* v = pattern();
            if (!v) return nullptr;
            if (!kw_pats.empty()) return error_at(v->pos, "positional patterns follow keyword patterns");
            pos_pats.push_back(v);
        }
        if (!accept(Tok::Comma)) break;
    }
    if (!expect(Tok::RPar)) return nullptr;
    Pattern* p = make_pattern(PatternKind::MatchClass, from(cls->pos));
    p->cls = cls;
    p->patterns = list(pos_pats);
    p->kwd_attrs = list(kw_names);
    p->kwd_patterns = list(kw_pats);
    return p;
}

// ---------------------------------------------------------------------------------------------------------------
// Targets
// ---------------------------------------------------------------------------------------------------------------

Expr* Parser::invalid_target(Expr* e, TargetKind k) {
    switch (e->kind) {
        case ExprKind::List:
            for (Expr* x : static_cast<ListExpr*>(e)->elts)
                if (Expr* bad = invalid_target(x, k)) return bad;
            return nullptr;
        case ExprKind::Tuple:
            for (Expr* x : static_cast<TupleExpr*>(e)->elts)
                if (Expr* bad = invalid_target(x, k)) return bad;
            return nullptr;
        case ExprKind::Starred:
            if (k == TargetKind::Del) return e;
            return invalid_target(static_cast<Starred*>(e)->value, k);
        case ExprKind::Compare:
            if (k == TargetKind::For) {
                auto* c = static_cast<Compare*>(e);
                if (c->ops[0] == CmpOpKind::In) return invalid_target(c->left, k);
                return nullptr;
            }
            return e;
        case ExprKind::Name: case ExprKind::Subscript: case ExprKind::Attribute: return nullptr;
        default: return e;
    }
}

void Parser::set_ctx(Expr* e, Ctx c) {
    switch (e->kind) {
        case ExprKind::Name: static_cast<Name*>(e)->ctx = c; break;
        case ExprKind::Attribute: static_cast<Attribute*>(e)->ctx = c; break;
        case ExprKind::Subscript: static_cast<Subscript*>(e)->ctx = c; break;
        case ExprKind::Starred:
            static_cast<Starred*>(e)->ctx = c;
            set_ctx(static_cast<Starred*>(e)->value, c);
            break;
        case ExprKind::List:
            static_cast<ListExpr*>(e)->ctx = c;
            for (Expr* x : static_cast<ListExpr*>(e)->elts) set_ctx(x, c);
            break;
        case ExprKind::Tuple:
            static_cast<TupleExpr*>(e)->ctx = c;
            for (Expr* x : static_cast<TupleExpr*>(e)->elts) set_ctx(x, c);
            break;
        default: break;
    }
}

bool Parser::check_target(Expr* e, TargetKind k) {
    if (Expr* bad = invalid_target(e, k)) {
        errorf(bad->pos, k == TargetKind::Del ? "cannot delete %s" : "cannot assign to %s", expr_name(bad));
        return false;
    }
    set_ctx(e, k == TargetKind::Del ? Ctx::Del : Ctx::Store);
    return true;
}

bool Parser::is_bitwise_or_level(const Expr* a) const {
    switch (a->kind) {
        case ExprKind::Compare: case ExprKind::BoolOp: case ExprKind::IfExp: case ExprKind::Lambda:
        case ExprKind::NamedExpr: case ExprKind::Starred: case ExprKind::Yield: case ExprKind::YieldFrom:
            return is_parenthesized(a);
        case ExprKind::UnaryOp:
            return static_cast<const UnaryOp*>(a)->op != UnaryOpKind::Not || is_parenthesized(a);
        default: return true;
    }
}

// `a = b` (b not followed by another '=') where '==' was probably meant: CPython's two wordings. Returns
// whether an error was raised.
bool Parser::eq_hint(Expr* a, Expr* b) {
    if (a->kind == ExprKind::Name && !is_parenthesized(a)) {
        error_at(span(a->pos, b->pos), "invalid syntax. Maybe you meant '==' or ':=' instead of '='?");
        return true;
    }
    bool excluded = a->kind == ExprKind::List || a->kind == ExprKind::Tuple || a->kind == ExprKind::GeneratorExp;
    if (a->kind == ExprKind::Constant) {
        auto k = static_cast<Constant*>(a)->ckind;
        excluded |= k == ConstKind::True || k == ConstKind::False || k == ConstKind::None;
    }
    if (excluded || !is_bitwise_or_level(a)) return false;
    errorf(a->pos, "cannot assign to %s here. Maybe you meant '==' instead of '='?", expr_name(a));
    return true;
}

// The targets of `t0 = t1 = ... = value` hold an invalid one. CPython first tries its "did you mean '=='"
// rule on the last element of t0 (whatever its validity) and the expression after the first '=', then
// reports the first invalid target plainly. first_eq is the token index of the first '='.
std::nullptr_t Parser::assign_error(const std::vector<Expr*>& targets, size_t first_eq) {
    Expr* t0 = targets[0];
    Expr* e = t0;
    if (t0->kind == ExprKind::Tuple && !is_parenthesized(t0) && !static_cast<TupleExpr*>(t0)->elts.empty()) {
        auto* tup = static_cast<TupleExpr*>(t0);
        e = tup->elts[tup->elts.size - 1];
    }
    size_t save = p_;
    p_ = first_eq + 1;
    Expr* b = speculate([&] { return binary(1); });
    bool fires = b && !at(Tok::Equal) && !at(Tok::ColonEqual);
    p_ = save;
    if (fires && eq_hint(e, b)) return nullptr;
    for (Expr* t : targets) {
        if (t->kind == ExprKind::Yield || t->kind == ExprKind::YieldFrom) {
            if (Expr* bad = invalid_target(t, TargetKind::Store); bad && bad != t) break;
            return error_at(t->pos, "assignment to yield expression not possible");
        }
        if (Expr* bad = invalid_target(t, TargetKind::Store))
            return errorf(bad->pos, "cannot assign to %s", expr_name(bad));
    }
    return invalid_syntax();
}

// ---------------------------------------------------------------------------------------------------------------
// Expressions
// ---------------------------------------------------------------------------------------------------------------

Expr* Parser::star_expressions() {
    Token start = tok();
    Expr* e = star_expression();
    if (!e) return nullptr;
    if (!at(Tok::Comma)) return e;
    std::vector<Expr*> elts{e};
    while (accept(Tok::Comma)) {
        if (!(is_expr_start(kind()) || at(Tok::Star))) break;
        Expr* x = star_expression();
        if (!x) return nullptr;
        elts.push_back(x);
    }
    auto* t = expr<TupleExpr>(ExprKind::Tuple, from(start));
    t->elts = list(elts);
    return t;
}

Expr* Parser::star_expression() {
    if (at(Tok::Star)) {
        Token st = advance();
        Expr* v = binary(1);
        if (!v) return nullptr;
        auto* s = expr<Starred>(ExprKind::Starred, from(st));
        s->value = v;
        return s;
    }
    return expression();
}

Expr* Parser::star_named_expression() {
    if (at(Tok::Star)) {
        Token st = advance();
        Expr* v = binary(1);
        if (!v) return nullptr;
        auto* s = expr<Starred>(ExprKind::Starred, from(st));
        s->value = v;
        return s;
    }
    return named_expression();
}

Expr* Parser::named_expression() {
    if (at(Tok::Name) && kind(1) == Tok::ColonEqual) {
        Token n = advance();
        advance();
        Expr* v = expression();
        if (!v) return nullptr;
        auto* target = expr<Name>(ExprKind::Name, tpos(n));
        target->id = name_of(n);
        target->ctx = Ctx::Store;
        auto* ne = expr<NamedExpr>(ExprKind::NamedExpr, from(n));
        ne->target = target;
        ne->value = v;
        return ne;
    }
    Expr* e = expression();
    if (e && at(Tok::ColonEqual)) return errorf(e->pos, "cannot use assignment expressions with %s", expr_name(e));
    return e;
}

Expr* Parser::expression() {
    DepthGuard g(this);
    if (!g.ok) return nullptr;
    if (at(Tok::KwLambda)) return lambdef();
    Token start = tok();
    Expr* body = disjunction();
    if (!body) return nullptr;
    if (!at(Tok::KwIf)) return body;
    Mark before = mark();
    advance();
    Expr* test = disjunction();
    if (!test || !at(Tok::KwElse)) {
        if (lenient_) {
            reset(before);
            return body;
        }
        if (!test) return nullptr;
    }
    if (!at(Tok::KwElse)) {
        if (at(Tok::Newline) || at(Tok::RPar) || at(Tok::RSqb) || at(Tok::RBrace) || at(Tok::Comma) || at(Tok::Colon)
            || at(Tok::Semi) || at(Tok::EndMarker))
            return error_at(span(body->pos, test->pos), "expected 'else' after 'if' expression");
        return invalid_syntax();
    }
    advance();
    Expr* orelse = expression();
    if (!orelse) return nullptr;
    auto* e = expr<IfExp>(ExprKind::IfExp, from(start));
    e->test = test;
    e->body = body;
    e->orelse = orelse;
    return e;
}

Expr* Parser::disjunction() {
    Token start = tok();
    Expr* e = conjunction();
    if (!e || !at(Tok::KwOr)) return e;
    std::vector<Expr*> values{e};
    while (accept(Tok::KwOr)) {
        Expr* x = conjunction();
        if (!x) return nullptr;
        values.push_back(x);
    }
    auto* b = expr<BoolOp>(ExprKind::BoolOp, from(start));
    b->op = BoolOpKind::Or;
    b->values = list(values);
    return b;
}

Expr* Parser::conjunction() {
    Token start = tok();
    Expr* e = inversion();
    if (!e || !at(Tok::KwAnd)) return e;
    std::vector<Expr*> values{e};
    while (accept(Tok::KwAnd)) {
        Expr* x = inversion();
        if (!x) return nullptr;
        values.push_back(x);
    }
    auto* b = expr<BoolOp>(ExprKind::BoolOp, from(start));
    b->op = BoolOpKind::And;
    b->values = list(values);
    return b;
}

Expr* Parser::inversion() {
    if (at(Tok::KwNot)) {
        DepthGuard g(this);
        if (!g.ok) return nullptr;
        Token t = advance();
        Expr* v = inversion();
        if (!v) return nullptr;
        auto* u = expr<UnaryOp>(ExprKind::UnaryOp, from(t));
        u->op = UnaryOpKind::Not;
        u->operand = v;
        return u;
    }
    return comparison();
}

Expr* Parser::comparison() {
    Token start = tok();
    Expr* e = binary(1);
    if (!e) return nullptr;
    std::vector<CmpOpKind> ops;
    std::vector<Expr*> comps;
    for (;;) {
        CmpOpKind op;
        switch (kind()) {
            case Tok::EqEqual: op = CmpOpKind::Eq; break;
            case Tok::NotEqual: op = CmpOpKind::NotEq; break;
            case Tok::Less: op = CmpOpKind::Lt; break;
            case Tok::LessEqual: op = CmpOpKind::LtE; break;
            case Tok::Greater: op = CmpOpKind::Gt; break;
            case Tok::GreaterEqual: op = CmpOpKind::GtE; break;
            case Tok::KwIn: op = CmpOpKind::In; break;
            case Tok::KwIs: op = kind(1) == Tok::KwNot ? CmpOpKind::IsNot : CmpOpKind::Is; break;
            case Tok::KwNot:
                if (kind(1) != Tok::KwIn) goto done;
                op = CmpOpKind::NotIn;
                break;
            default: goto done;
        }
        Mark before = mark();
        advance();
        if (op == CmpOpKind::IsNot || op == CmpOpKind::NotIn) advance();
        {
            Expr* r = binary(1);
            if (!r) {
                if (!lenient_) return nullptr;
                reset(before);
                break;
            }
            ops.push_back(op);
            comps.push_back(r);
        }
    }
done:
    if (ops.empty()) return e;
    auto* c = expr<Compare>(ExprKind::Compare, from(start));
    c->left = e;
    c->ops = list(ops);
    c->comparators = list(comps);
    return c;
}

// Precedence climbing over the left-associative binary operators.
Expr* Parser::binary(int min_prec) {
    Token start = tok();
    Expr* left = factor();
    if (!left) return nullptr;
    ChainGuard chain(this);
    for (;;) {
        const BinOpInfo* info = nullptr;
        Tok k = kind();
        for (const BinOpInfo& b : kBinOps)
            if (b.tok == k) {
                info = &b;
                break;
            }
        if (!info || info->prec < min_prec) return left;
        if (!chain.step()) return nullptr;
        Mark before = mark();
        advance();
        Expr* right;
        {
            DepthGuard g(this);
            if (!g.ok) return nullptr;
            right = binary(info->prec + 1);
        }
        if (!right) {
            if (lenient_) {
                reset(before);
                return left;
            }
            return nullptr;
        }
        auto* b = expr<BinOp>(ExprKind::BinOp, from(start));
        b->left = left;
        b->op = info->op;
        b->right = right;
        left = b;
    }
}

Expr* Parser::factor() {
    Tok k = kind();
    if (k == Tok::Plus || k == Tok::Minus || k == Tok::Tilde) {
        DepthGuard g(this);
        if (!g.ok) return nullptr;
        Token t = advance();
        Expr* v = factor();
        if (!v) return nullptr;
        auto* u = expr<UnaryOp>(ExprKind::UnaryOp, from(t));
        u->op = k == Tok::Plus ? UnaryOpKind::UAdd : k == Tok::Minus ? UnaryOpKind::USub : UnaryOpKind::Invert;
        u->operand = v;
        return u;
    }
    return power();
}

Expr* Parser::power() {
    Token start = tok();
    Expr* e = await_primary();
    if (!e || !at(Tok::DoubleStar)) return e;
    advance();
    DepthGuard g(this);
    if (!g.ok) return nullptr;
    Expr* r = factor();
    if (!r) return nullptr;
    auto* b = expr<BinOp>(ExprKind::BinOp, from(start));
    b->left = e;
    b->op = BinOpKind::Pow;
    b->right = r;
    return b;
}

Expr* Parser::await_primary() {
    if (at(Tok::KwAwait)) {
        DepthGuard g(this);
        if (!g.ok) return nullptr;
        Token t = advance();
        Expr* v = primary();
        if (!v) return nullptr;
        auto* a = expr<Await>(ExprKind::Await, from(t));
        a->value = v;
        return a;
    }
    return primary();
}

Expr* Parser::primary() {
    Token start = tok();
    Expr* e = atom();
    if (!e) return nullptr;
    ChainGuard chain(this);
    for (;;) {
        Tok k = kind();
        if (k != Tok::Dot && k != Tok::LPar && k != Tok::LSqb) return e;
        if (!chain.step()) return nullptr;
        Mark before = mark();
        Expr* next = nullptr;
        if (k == Tok::Dot) {
            advance();
            Token n;
            if (expect_name(&n)) {
                auto* a = expr<Attribute>(ExprKind::Attribute, from(start));
                a->value = e;
                a->attr = name_of(n);
                next = a;
            }
        } else if (k == Tok::LPar) {
            Token open = advance();
            next = call_trailer(e, open, tpos(start));
        } else {
            advance();
            next = subscript_trailer(e, tpos(start));
        }
        if (!next) {
            if (lenient_) {
                reset(before);
                return e;
            }
            return nullptr;
        }
        e = next;
    }
}

// Arguments of a call (or class bases); `(` already consumed. With func == nullptr, returns a Call holding
// just args and keywords.
Expr* Parser::call_trailer(Expr* func, const Token& open, const Pos& start_pos) {
    std::vector<Expr*> args;
    std::vector<Keyword*> keywords;
    bool seen_kw = false, seen_kwunpack = false;
    while (!at(Tok::RPar)) {
        Token first = tok();
        size_t start = p_;
        if (at(Tok::Star)) {
            advance();
            Expr* v = expression();
            if (!v) return nullptr;
            if (seen_kwunpack)
                return error_tok(first, "iterable argument unpacking follows keyword argument unpacking");
            auto* s = expr<Starred>(ExprKind::Starred, from(first));
            s->value = v;
            args.push_back(s);
        } else if (at(Tok::DoubleStar)) {
            advance();
            Expr* v = expression();
            if (!v) return nullptr;
            auto* k = a_.make<Keyword>();
            k->value = v;
            k->pos = from(first);
            keywords.push_back(k);
            seen_kwunpack = true;
        } else if (at(Tok::Name) && kind(1) == Tok::Equal) {
            Token n = advance();
            advance();
            Expr* v = expression();
            if (!v) return nullptr;
            if (at(Tok::KwFor) || (at(Tok::KwAsync) && kind(1) == Tok::KwFor)) {
                return error_at(span(tpos(n), v->pos), "invalid syntax. Maybe you meant '==' or ':=' instead of '='?");
            }
            auto* k = a_.make<Keyword>();
            k->arg = name_of(n);
            k->value = v;
            k->pos = from(first);
            keywords.push_back(k);
            seen_kw = true;
        } else if ((at(Tok::KwTrue) || at(Tok::KwFalse) || at(Tok::KwNone)) && kind(1) == Tok::Equal) {
            Token n = tok();
            advance();
            advance();
            Expr* v = expression();
            if (!v) return nullptr;
            return errorf(span(tpos(n), v->pos), "cannot assign to %.*s", static_cast<int>(text(n).size()),
                          text(n).data());
        } else {
            Expr* v = named_expression();
            if (!v) return nullptr;
            if (at(Tok::KwFor) || (at(Tok::KwAsync) && kind(1) == Tok::KwFor)) {
                Token for_tok = tok();
                if (func == nullptr) return error_tok(for_tok, "invalid syntax");  // class bases: no bare genexp
                std::vector<Comprehension*> gens;
                if (!comprehension_clauses(gens)) return nullptr;
                bool sole = args.empty() && keywords.empty() && at(Tok::RPar);
                if (!sole && (at(Tok::Comma) || !args.empty() || !keywords.empty()))
                    return error_at(from(first), "Generator expression must be parenthesized");
                auto* g = expr<GeneratorExp>(ExprKind::GeneratorExp, from(first));
                if (sole) g->pos = {open.line, open.col, tok().end_line, tok().end_col};  // the call's parentheses
                g->elt = v;
                g->generators = list(gens);
                v = g;
            } else if (at(Tok::Equal)) {
                return error_at(span(v->pos, tpos(tok())),
                                "expression cannot contain assignment, perhaps you meant \"==\"?");
            }
            if (seen_kwunpack) return error_tok(tok(), "positional argument follows keyword argument unpacking");
            if (seen_kw) return error_tok(tok(), "positional argument follows keyword argument");
            if (!at(Tok::Comma) && !at(Tok::RPar)) return unexpected_after(v, start);
            args.push_back(v);
        }
        if (!at(Tok::Comma)) {
            if (!at(Tok::RPar)) {
                Expr* last = !args.empty() ? args.back() : (!keywords.empty() ? keywords.back()->value : nullptr);
                return unexpected_after(last, start);
            }
            break;
        }
        advance();
    }
    if (!at(Tok::RPar)) return invalid_syntax();
    Token close = advance();
    auto* c = expr<Call>(ExprKind::Call, span(start_pos, tpos(close)));
    c->func = func;
    c->args = list(args);
    c->keywords = list(keywords);
    return c;
}

Expr* Parser::slice() {
    Token first = tok();
    Expr* lower = nullptr;
    if (!at(Tok::Colon)) {
        if (at(Tok::Star)) return star_expression();
        lower = named_expression();
        if (!lower) return nullptr;
        if (!at(Tok::Colon)) return lower;
    }
    advance();  // ':'
    Expr* upper = nullptr;
    Expr* step = nullptr;
    if (!at(Tok::Colon) && !at(Tok::Comma) && !at(Tok::RSqb)) {
        upper = expression();
        if (!upper) return nullptr;
    }
    if (accept(Tok::Colon)) {
        if (!at(Tok::Comma) && !at(Tok::RSqb)) {
            step = expression();
            if (!step) return nullptr;
        }
    }
    auto* s = expr<Slice>(ExprKind::Slice, from(first));
    s->lower = lower;
    s->upper = upper;
    s->step = step;
    return s;
}

Expr* Parser::subscript_trailer(Expr* value, const Pos& start_pos) {
    size_t start = p_;
    Token first_tok = tok();
    Expr* first = slice();
    if (!first) return nullptr;
    Expr* index = first;
    if (at(Tok::Comma) || first->kind == ExprKind::Starred) {
        std::vector<Expr*> elts{first};
        while (accept(Tok::Comma)) {
            if (at(Tok::RSqb)) break;
            Expr* x = slice();
            if (!x) return nullptr;
            elts.push_back(x);
        }
        auto* t = expr<TupleExpr>(ExprKind::Tuple, from(first_tok));
        t->elts = list(elts);
        index = t;
    }
    if (!at(Tok::RSqb)) return unexpected_after(index, start);
    Token close = advance();
    auto* s = expr<Subscript>(ExprKind::Subscript, span(start_pos, tpos(close)));
    s->value = value;
    s->slice = index;
    return s;
}

Expr* Parser::atom() {
    Token t = tok();
    switch (t.kind) {
        case Tok::Name: {
            advance();
            auto* n = expr<Name>(ExprKind::Name, tpos(t));
            n->id = name_of(t);
            return n;
        }
        case Tok::KwTrue: case Tok::KwFalse: case Tok::KwNone: case Tok::Ellipsis: {
            advance();
            auto* c = expr<Constant>(ExprKind::Constant, tpos(t));
            c->ckind = t.kind == Tok::KwTrue    ? ConstKind::True
                       : t.kind == Tok::KwFalse ? ConstKind::False
                       : t.kind == Tok::KwNone  ? ConstKind::None
                                                : ConstKind::Ellipsis;
            return c;
        }
        case Tok::Number: advance(); return number(t);
        case Tok::String: return strings();
        case Tok::LPar: return paren_atom();
        case Tok::LSqb: return list_atom();
        case Tok::LBrace: return brace_atom();
        default: return invalid_syntax();
    }
}

Expr* Parser::paren_atom() {
    Token open = advance();
    if (at(Tok::RPar)) {
        advance();
        return expr<TupleExpr>(ExprKind::Tuple, from(open));
    }
    if (at(Tok::KwYield)) {
        Expr* y = yield_expr();
        if (!y) return nullptr;
        if (!at(Tok::RPar)) return unexpected_after(y, 0);
        advance();
        return y;
    }
    size_t start = p_;
    Expr* first = star_named_expression();
    if (!first) return nullptr;
    if (at(Tok::KwFor) || (at(Tok::KwAsync) && kind(1) == Tok::KwFor)) {
        if (first->kind == ExprKind::Starred)
            return error_at(first->pos, "iterable unpacking cannot be used in comprehension");
        std::vector<Comprehension*> gens;
        if (!comprehension_clauses(gens)) return nullptr;
        if (!at(Tok::RPar)) return unexpected_after(nullptr, start);
        advance();
        auto* g = expr<GeneratorExp>(ExprKind::GeneratorExp, from(open));
        g->elt = first;
        g->generators = list(gens);
        return g;
    }
    if (at(Tok::RPar)) {
        advance();
        if (first->kind == ExprKind::Starred) return error_at(first->pos, "cannot use starred expression here");
        parenthesized_.push_back(first);
        return first;
    }
    if (!at(Tok::Comma)) return unexpected_after(first, start);
    std::vector<Expr*> elts{first};
    while (accept(Tok::Comma)) {
        if (at(Tok::RPar)) break;
        start = p_;
        Expr* x = star_named_expression();
        if (!x) return nullptr;
        elts.push_back(x);
        if (!at(Tok::Comma) && !at(Tok::RPar)) return unexpected_after(x, start);
    }
    if (!expect(Tok::RPar)) return nullptr;
    auto* t = expr<TupleExpr>(ExprKind::Tuple, from(open));
    t->elts = list(elts);
    parenthesized_.push_back(t);
    return t;
}

Expr* Parser::list_atom() {
    Token open = advance();
    std::vector<Expr*> elts;
    if (!at(Tok::RSqb)) {
        size_t start = p_;
        Expr* first = star_named_expression();
        if (!first) return nullptr;
        if (at(Tok::KwFor) || (at(Tok::KwAsync) && kind(1) == Tok::KwFor)) {
            if (first->kind == ExprKind::Starred)
            return error_at(first->pos, "iterable unpacking cannot be used in comprehension");
            std::vector<Comprehension*> gens;
            if (!comprehension_clauses(gens)) return nullptr;
            if (!at(Tok::RSqb)) return unexpected_after(nullptr, start);
            advance();
            auto* l = expr<ListComp>(ExprKind::ListComp, from(open));
            l->elt = first;
            l->generators = list(gens);
            return l;
        }
        elts.push_back(first);
        if (!at(Tok::Comma) && !at(Tok::RSqb)) return unexpected_after(first, start);
        while (accept(Tok::Comma)) {
            if (at(Tok::RSqb)) break;
            start = p_;
            Expr* x = star_named_expression();
            if (!x) return nullptr;
            elts.push_back(x);
            if (at(Tok::KwFor) || (at(Tok::KwAsync) && kind(1) == Tok::KwFor))
                return error_at(span(first->pos, x->pos),
                                "did you forget parentheses around the comprehension target?");
            if (!at(Tok::Comma) && !at(Tok::RSqb)) return unexpected_after(x, start);
        }
    }
    if (!expect(Tok::RSqb)) return nullptr;
    auto* l = expr<ListExpr>(ExprKind::List, from(open));
    l->elts = list(elts);
    return l;
}

Expr* Parser::brace_atom() {
    Token open = advance();
    if (at(Tok::RBrace)) {
        advance();
        return expr<Dict>(ExprKind::Dict, from(open));
    }
    std::vector<Expr*> keys, values;
    auto dict_rest = [&]() -> Expr* {
        while (accept(Tok::Comma)) {
            if (at(Tok::RBrace)) break;
            if (accept(Tok::DoubleStar)) {
                Expr* v = binary(1);
                if (!v) return nullptr;
                keys.push_back(nullptr);
                values.push_back(v);
                continue;
            }
            size_t start = p_;
            Expr* k = expression();
            if (!k) return nullptr;
            if (!at(Tok::Colon)) {
                if (is_expr_start(kind())) return unexpected_after(k, start);
                return error(SyntaxErrorKind::SyntaxError, "':' expected after dictionary key", k->pos.end_line,
                             k->pos.end_col - 1, k->pos.end_line, k->pos.end_col);
            }
            advance();
            if (at(Tok::Star)) return error_tok(tok(), "cannot use a starred expression in a dictionary value");
            if (at(Tok::RBrace) || at(Tok::Comma))
                return error_tok(prev_, "expression expected after dictionary key and ':'");
            Expr* v = expression();
            if (!v) return nullptr;
            keys.push_back(k);
            values.push_back(v);
            if (!at(Tok::Comma) && !at(Tok::RBrace)) return unexpected_after(v, start);
        }
        if (!expect(Tok::RBrace)) return nullptr;
        auto* d = expr<Dict>(ExprKind::Dict, from(open));
        d->keys = list(keys);
        d->values = list(values);
        return d;
    };
    if (at(Tok::DoubleStar)) {
        Token dstar = advance();
        Expr* v = binary(1);
        if (!v) return nullptr;
        if (at(Tok::KwFor)) return error_tok(dstar, "dict unpacking cannot be used in dict comprehension");
        keys.push_back(nullptr);
        values.push_back(v);
        if (!at(Tok::Comma) && !at(Tok::RBrace)) return unexpected_after(v, 0);
        return dict_rest();
    }
    size_t start = p_;
    Expr* first = star_named_expression();
    if (!first) return nullptr;
    if (at(Tok::Colon) && first->kind != ExprKind::Starred) {
        advance();
        if (at(Tok::Star)) return error_tok(tok(), "cannot use a starred expression in a dictionary value");
        if (at(Tok::RBrace) || at(Tok::Comma))
            return error_tok(prev_, "expression expected after dictionary key and ':'");
        Expr* v = expression();
        if (!v) return nullptr;
        if (at(Tok::KwFor) || (at(Tok::KwAsync) && kind(1) == Tok::KwFor)) {
            std::vector<Comprehension*> gens;
            if (!comprehension_clauses(gens)) return nullptr;
            if (!at(Tok::RBrace)) return unexpected_after(nullptr, start);
            advance();
            auto* d = expr<DictComp>(ExprKind::DictComp, from(open));
            d->key = first;
            d->value = v;
            d->generators = list(gens);
            return d;
        }
        keys.push_back(first);
        values.push_back(v);
        if (!at(Tok::Comma) && !at(Tok::RBrace)) return unexpected_after(v, start);
        return dict_rest();
    }
    if (at(Tok::KwFor) || (at(Tok::KwAsync) && kind(1) == Tok::KwFor)) {
        if (first->kind == ExprKind::Starred)
            return error_at(first->pos, "iterable unpacking cannot be used in comprehension");
        std::vector<Comprehension*> gens;
        if (!comprehension_clauses(gens)) return nullptr;
        if (!at(Tok::RBrace)) return unexpected_after(nullptr, start);
        advance();
        auto* s = expr<SetComp>(ExprKind::SetComp, from(open));
        s->elt = first;
        s->generators = list(gens);
        return s;
    }
    std::vector<Expr*> elts{first};
    if (!at(Tok::Comma) && !at(Tok::RBrace)) return unexpected_after(first, start);
    while (accept(Tok::Comma)) {
        if (at(Tok::RBrace)) break;
        start = p_;
        Expr* x = star_named_expression();
        if (!x) return nullptr;
        elts.push_back(x);
        if (at(Tok::KwFor) || (at(Tok::KwAsync) && kind(1) == Tok::KwFor))
            return error_at(span(first->pos, x->pos), "did you forget parentheses around the comprehension target?");
        if (!at(Tok::Comma) && !at(Tok::RBrace)) return unexpected_after(x, start);
    }
    if (!expect(Tok::RBrace)) return nullptr;
    auto* s = expr<Set>(ExprKind::Set, from(open));
    s->elts = list(elts);
    return s;
}

bool Parser::comprehension_clauses(std::vector<Comprehension*>& out) {
    while (at(Tok::KwFor) || (at(Tok::KwAsync) && kind(1) == Tok::KwFor)) {
        auto* c = a_.make<Comprehension>();
        if (at(Tok::KwAsync)) {
            advance();
            c->is_async = true;
        }
        advance();  // 'for'
        Expr* target = star_targets();
        if (!target) return false;
        if (!check_target(target, TargetKind::For)) return false;
        if (!at(Tok::KwIn)) {
            invalid_syntax();
            return false;
        }
        advance();
        c->target = target;
        c->iter = disjunction();
        if (!c->iter) return false;
        std::vector<Expr*> ifs;
        while (accept(Tok::KwIf)) {
            Expr* cond = disjunction();
            if (!cond) return false;
            ifs.push_back(cond);
        }
        c->ifs = list(ifs);
        out.push_back(c);
    }
    return true;
}

Expr* Parser::star_target() {
    if (at(Tok::Star)) {
        Token st = advance();
        if (at(Tok::Star)) return invalid_syntax();
        Expr* v = star_target();
        if (!v) return nullptr;
        auto* s = expr<Starred>(ExprKind::Starred, from(st));
        s->value = v;
        return s;
    }
    return binary(1);
}

Expr* Parser::star_targets() {
    Token start = tok();
    Expr* e = star_target();
    if (!e || !at(Tok::Comma)) return e;
    std::vector<Expr*> elts{e};
    while (accept(Tok::Comma)) {
        if (!(is_expr_start(kind()) || at(Tok::Star))) break;
        Expr* x = star_target();
        if (!x) return nullptr;
        elts.push_back(x);
    }
    auto* t = expr<TupleExpr>(ExprKind::Tuple, from(start));
    t->elts = list(elts);
    return t;
}

Expr* Parser::yield_expr() {
    Token t = advance();
    if (accept(Tok::KwFrom)) {
        Expr* v = expression();
        if (!v) return nullptr;
        auto* y = expr<YieldFrom>(ExprKind::YieldFrom, from(t));
        y->value = v;
        return y;
    }
    auto* y = expr<Yield>(ExprKind::Yield, tpos(t));
    if (is_expr_start(kind()) || at(Tok::Star)) {
        y->value = star_expressions();
        if (!y->value) return nullptr;
        y->pos = from(t);
    }
    return y;
}

Expr* Parser::lambdef() {
    Token t = advance();
    Arguments* args = parameters(true, Tok::Colon);
    if (!args) return nullptr;
    if (!at(Tok::Colon)) return expect_colon();
    advance();
    Expr* body = expression();
    if (!body) return nullptr;
    auto* l = expr<Lambda>(ExprKind::Lambda, from(t));
    l->args = args;
    l->body = body;
    return l;
}

// Parameters of a def (annotations allowed) or a lambda, up to (not including) `close`.
Arguments* Parser::parameters(bool lambda, Tok close) {
    auto* args = a_.make<Arguments>();
    std::vector<Arg*> posonly, regular, kwonly;
    std::vector<Expr*> defaults, kw_defaults;
    bool seen_slash = false, seen_star = false;
    auto param = [&](bool allow_star_ann) -> Arg* {
        Token n;
        if (!at(Tok::Name)) {
            if (at(Tok::LPar))
                error_tok(tok(), lambda ? "Lambda expression parameters cannot be parenthesized"
                                        : "Function parameters cannot be parenthesized");
            else
                invalid_syntax();
            return nullptr;
        }
        n = advance();
        auto* a = a_.make<Arg>();
        a->name = name_of(n);
        if (!lambda && accept(Tok::Colon)) {
            a->annotation = allow_star_ann ? star_expression() : expression();
            if (!a->annotation) return nullptr;
        }
        a->pos = from(n);
        return a;
    };
    while (!at(close)) {
        if (at(Tok::Slash)) {
            Token s = advance();
            if (seen_slash) return error_tok(s, "/ may appear only once");
            if (seen_star) return error_tok(s, "/ must be ahead of *");
            if (regular.empty()) {
                if (at(Tok::Comma)) return error_tok(s, "at least one argument must precede /");
                return error_tok(s, "invalid syntax");
            }
            seen_slash = true;
            posonly = regular;
            regular.clear();
        } else if (at(Tok::Star)) {
            Token star_tok = advance();
            if (seen_star) return error_tok(star_tok, "* argument may appear only once");
            seen_star = true;
            if (at(Tok::Comma) || at(close)) {
                if (at(close) || kind(1) == close || kind(1) == Tok::DoubleStar)
                    return error_tok(star_tok, "named arguments must follow bare *");
            } else {
                Arg* a = param(true);
                if (!a) return nullptr;
                if (at(Tok::Equal)) return error_tok(tok(), "var-positional argument cannot have default value");
                args->vararg = a;
            }
        } else if (at(Tok::DoubleStar)) {
            advance();
            Arg* a = param(false);
            if (!a) return nullptr;
            if (at(Tok::Equal)) return error_tok(tok(), "var-keyword argument cannot have default value");
            args->kwarg = a;
            bool comma = accept(Tok::Comma);
            if (!at(close)) {
                if (comma && (at(Tok::Name) || at(Tok::Star) || at(Tok::DoubleStar) || at(Tok::Slash)))
                    return error_tok(tok(), "arguments cannot follow var-keyword argument");
                return invalid_syntax();
            }
            break;
        } else {
            Arg* a = param(false);
            if (!a) return nullptr;
            Expr* def = nullptr;
            if (accept(Tok::Equal)) {
                def = expression();
                if (!def) return nullptr;
            }
            if (seen_star) {
                kwonly.push_back(a);
                kw_defaults.push_back(def);
            } else {
                if (def) defaults.push_back(def);
                else if (!defaults.empty())
                    return error_at(a->pos, "non-default argument follows default argument");
                regular.push_back(a);
            }
        }
        if (!accept(Tok::Comma)) break;
    }
    if (!at(close)) return invalid_syntax();
    // Duplicate names: CPython finds these in its symbol table; we do it here, in O(n log n).
    std::vector<std::string_view> names;
    for (Arg* a : posonly) names.push_back(a->name);
    for (Arg* a : regular) names.push_back(a->name);
    if (args->vararg) names.push_back(args->vararg->name);
    for (Arg* a : kwonly) names.push_back(a->name);
    if (args->kwarg) names.push_back(args->kwarg->name);
    if (names.size() > 1) {
        std::vector<std::string_view> sorted = names;
        std::sort(sorted.begin(), sorted.end());
        for (size_t i = 1; i < sorted.size(); i++) {
            if (sorted[i] == sorted[i - 1]) {
                // Report at the second occurrence in source order.
                std::vector<Arg*> all;
                for (Arg* a : posonly) all.push_back(a);
                for (Arg* a : regular) all.push_back(a);
                if (args->vararg) all.push_back(args->vararg);
                for (Arg* a : kwonly) all.push_back(a);
                if (args->kwarg) all.push_back(args->kwarg);
                int count = 0;
                for (Arg* a : all) {
                    if (a->name == sorted[i] && ++count == 2)
                        return errorf(a->pos, "duplicate argument '%.*s' in function definition",
                                      static_cast<int>(a->name.size()), a->name.data());
                }
            }
        }
    }
    args->posonlyargs = list(posonly);
    args->args = list(regular);
    args->kwonlyargs = list(kwonly);
    args->kw_defaults = list(kw_defaults);
    args->defaults = list(defaults);
    return args;
}

// ---------------------------------------------------------------------------------------------------------------
// Literals
// ---------------------------------------------------------------------------------------------------------------

Expr* Parser::number(const Token& t) {
    std::string_view s = text(t);
    auto* c = expr<Constant>(ExprKind::Constant, tpos(t));
    // Digits without underscores, in the arena (also NUL-terminated for strtod).
    char* buf = static_cast<char*>(a_.alloc(s.size() + 1, 1));
    size_t n = 0;
    for (char ch : s)
        if (ch != '_') buf[n++] = ch;
    buf[n] = 0;
    char last = buf[n - 1];
    bool is_hex = n > 1 && buf[0] == '0' && (buf[1] == 'x' || buf[1] == 'X');
    if (!is_hex && (last == 'j' || last == 'J')) {
        buf[n - 1] = 0;
        c->ckind = ConstKind::Imag;
        c->f = strtod(buf, nullptr);
        return c;
    }
    bool is_float = false;
    if (!is_hex)
        for (size_t i = 0; i < n; i++)
            if (buf[i] == '.' || buf[i] == 'e' || buf[i] == 'E') is_float = true;
    if (is_float) {
        c->ckind = ConstKind::Float;
        c->f = strtod(buf, nullptr);
        return c;
    }
    int base = 10;
    const char* digits = buf;
    if (n > 1 && buf[0] == '0') {
        char p = buf[1];
        if (p == 'x' || p == 'X') base = 16, digits += 2;
        else if (p == 'o' || p == 'O') base = 8, digits += 2;
        else if (p == 'b' || p == 'B') base = 2, digits += 2;
    }
    uint64_t v = 0;
    bool overflow = false;
    for (const char* d = digits; *d; d++) {
        int dv = hexval(*d);
        if (v > (static_cast<uint64_t>(INT64_MAX) - dv) / base) {
            overflow = true;
            break;
        }
        v = v * base + dv;
    }
    if (overflow) {
        c->ckind = ConstKind::BigInt;
        c->s = std::string_view(digits, n - (digits - buf));
        c->base = base;
        return c;
    }
    c->ckind = ConstKind::Int;
    c->i = static_cast<int64_t>(v);
    return c;
}

Parser::StrTok Parser::split_string(const Token& t) {
    StrTok s;
    s.t = t;
    uint32_t p = t.start;
    for (;; p++) {
        char c = src_[p];
        if (c == 'b' || c == 'B') s.bytes = true;
        else if (c == 'r' || c == 'R') s.raw = true;
        else if (c == 'f' || c == 'F') s.fmt = true;
        else if (c == 'u' || c == 'U') {
        } else break;
    }
    char q = src_[p];
    bool triple = t.end - p >= 6 && src_[p + 1] == q && src_[p + 2] == q;
    uint32_t ql = triple ? 3 : 1;
    s.body = p + ql;
    s.body_end = t.end - ql;
    return s;
}

// Decodes one backslash escape at src_[*i] (the backslash) into out.
bool Parser::decode_one_escape(std::string& out, const StrTok& s, uint32_t* i, uint32_t to) {
    uint32_t p = *i + 1;
    if (p >= to) {  // cannot happen for a well-formed token, but stay in bounds
        out += '\\';
        *i = p;
        return true;
    }
    char c = src_[p++];
    auto put_cp = [&](uint32_t cp) {
        char buf[4];
        out.append(buf, lexer_utf8_encode(cp, buf));
    };
    auto unicode_error = [&](const char* what) {
        errorf(tpos(after_strings_), "(unicode error) 'unicodeescape' codec can't decode bytes in position %u-%u: %s",
               *i - s.body, p - 1 - s.body, what);
        return false;
    };
    switch (c) {
        case '\n': break;
        case '\r':
            if (p < to && src_[p] == '\n') p++;
            break;
        case '\\': out += '\\'; break;
        case '\'': out += '\''; break;
        case '"': out += '"'; break;
        case 'a': out += '\a'; break;
        case 'b': out += '\b'; break;
        case 'f': out += '\f'; break;
        case 'n': out += '\n'; break;
        case 'r': out += '\r'; break;
        case 't': out += '\t'; break;
        case 'v': out += '\v'; break;
        case '0': case '1': case '2': case '3': case '4': case '5': case '6': case '7': {
            uint32_t v = c - '0';
            for (int k = 0; k < 2 && p < to && src_[p] >= '0' && src_[p] <= '7'; k++) v = v * 8 + (src_[p++] - '0');
            if (s.bytes) out += static_cast<char>(v & 0xFF);
            else put_cp(v);
            break;
        }
        case 'x': {
            int h1 = p < to ? hexval(src_[p]) : -1;
            int h2 = p + 1 < to ? hexval(src_[p + 1]) : -1;
            if (h1 < 0 || h2 < 0) {
                if (s.bytes) {
                    errorf(tpos(after_strings_), "(value error) invalid \\x escape at position %u", *i - s.body);
                    return false;
                }
                p += (h1 >= 0);
                return unicode_error("truncated \\xXX escape");
            }
            p += 2;
            uint32_t v = static_cast<uint32_t>(h1 * 16 + h2);
            if (s.bytes) out += static_cast<char>(v);
            else put_cp(v);
            break;
        }
        case 'u': case 'U': case 'N':
            if (s.bytes) {
                out += '\\';
                out += c;
                break;
            }
            if (c == 'N') {
                if (p >= to || src_[p] != '{') return unicode_error("malformed \\N character escape");
                uint32_t q = p + 1;
                while (q < to && src_[q] != '}') q++;
                if (q >= to || q == p + 1) {
                    p = q;  // CPython's error covers the text up to the brace or the end
                    return unicode_error("malformed \\N character escape");
                }
                uint32_t cp;
                std::string_view name = src_.substr(p + 1, q - p - 1);
                p = q + 1;
                if (!lookup_unicode_name(name, &cp)) return unicode_error("unknown Unicode character name");
                put_cp(cp);
                break;
            } else {
                int len = c == 'u' ? 4 : 8;
                uint32_t v = 0;
                for (int k = 0; k < len; k++) {
                    int h = p < to ? hexval(src_[p]) : -1;
                    if (h < 0)
                        return unicode_error(c == 'u' ? "truncated \\uXXXX escape" : "truncated \\UXXXXXXXX escape");
                    v = v * 16 + h;
                    p++;
                }
                if (v > 0x10FFFF) return unicode_error("illegal Unicode character");
                put_cp(v);
            }
            break;
        default:
            // Unknown escapes keep their backslash (a DeprecationWarning in CPython).
            out += '\\';
            p--;
            break;
    }
    *i = p;
    return true;
}

// Decodes the literal text src_[from, to) of string s (escapes, newline normalization) and appends to out.
bool Parser::decode_escapes(std::string& out, const StrTok& s, uint32_t from, uint32_t to) {
    uint32_t i = from;
    while (i < to) {
        char c = src_[i];
        if (c == '\\' && !s.raw) {
            if (!decode_one_escape(out, s, &i, to)) return false;
            continue;
        }
        if (c == '\r') {
            out += '\n';
            i += (i + 1 < to && src_[i + 1] == '\n') ? 2 : 1;
            continue;
        }
        if (s.bytes && static_cast<unsigned char>(c) >= 0x80) {
            error_tok(s.t, "bytes can only contain ASCII literal characters");
            return false;
        }
        out += c;
        i++;
    }
    return true;
}

void Parser::flush_literal(std::vector<Expr*>& parts, std::string& lit, const Pos& whole) {
    if (lit.empty()) return;
    auto* c = expr<Constant>(ExprKind::Constant, whole);
    c->ckind = ConstKind::Str;
    c->s = a_.copy(lit);
    parts.push_back(c);
    lit.clear();
}

// Moves the (offset, line, col) cursor within the current string token forward to `to`.
void Parser::advance_loc(uint32_t to) {
    while (loc_off_ < to) {
        char c = src_[loc_off_];
        if (c == '\n' || (c == '\r' && !(loc_off_ + 1 < src_.size() && src_[loc_off_ + 1] == '\n'))) {
            loc_line_++;
            loc_col_ = 0;
        } else {
            loc_col_++;
        }
        loc_off_++;
    }
}

// The literal and replacement fields of an f-string body from *i; stops at the end of the body, or (nest > 0,
// inside a format spec) at the '}' that closes the field.
bool Parser::fstring(const StrTok& s, uint32_t* i, int nest, std::vector<Expr*>& parts, std::string& lit,
                     const Pos& whole) {
    uint32_t end = s.body_end;
    while (*i < end) {
        char c = src_[*i];
        if (c == '{' || c == '}') {
            if (nest == 0) {
                if (*i + 1 < end && src_[*i + 1] == c) {
                    lit += c;
                    *i += 2;
                    continue;
                }
                if (c == '}') {
                    error_tok(after_strings_, "f-string: single '}' is not allowed");
                    return false;
                }
            }
            if (c == '}') return true;  // end of a format spec
            if (!fstring_field(s, i, nest, parts, lit, whole)) return false;
            continue;
        }
        uint32_t j = *i;
        while (j < end && src_[j] != '{' && src_[j] != '}') {
            if (src_[j] == '\\' && !s.raw && j + 1 < end) {
                // An escape may contain braces (\N{...}): decode it as a unit.
                if (j > *i && !decode_escapes(lit, s, *i, j)) return false;
                if (!decode_one_escape(lit, s, &j, end)) return false;
                *i = j;
                continue;
            }
            j++;
        }
        if (j > *i && !decode_escapes(lit, s, *i, j)) return false;
        *i = j;
    }
    return true;
}

// One replacement field; src_[*i] is its '{'.
bool Parser::fstring_field(const StrTok& s, uint32_t* i, int nest, std::vector<Expr*>& parts, std::string& lit,
                           const Pos& whole) {
    auto fail = [&](const char* msg) {
        error_tok(after_strings_, msg);
        return false;
    };
    if (nest >= 2) return fail("f-string: expressions nested too deeply");
    uint32_t end = s.body_end;
    uint32_t expr_start = *i + 1;
    uint32_t p = expr_start;
    char quote = 0;
    bool triple = false;
    char stack[Lexer::kMaxParens];
    int depth = 0;
    for (; p < end; p++) {
        char c = src_[p];
        if (c == '\\') return fail("f-string expression part cannot include a backslash");
        if (quote) {
            if (c == quote) {
                if (triple) {
                    if (p + 2 < end && src_[p + 1] == c && src_[p + 2] == c) {
                        p += 2;
                        quote = 0;
                    }
                } else {
                    quote = 0;
                }
            }
            continue;
        }
        if (c == '\'' || c == '"') {
            quote = c;
            triple = p + 2 < end && src_[p + 1] == c && src_[p + 2] == c;
            if (triple) p += 2;
            continue;
        }
        if (c == '[' || c == '(' || c == '{') {
            if (depth >= Lexer::kMaxParens) return fail("f-string: too many nested parenthesis");
            stack[depth++] = c;
            continue;
        }
        if (c == '#') return fail("f-string expression part cannot include '#'");
        if (depth == 0 && (c == '!' || c == ':' || c == '}' || c == '=' || c == '>' || c == '<')) {
            char n = p + 1 < end ? src_[p + 1] : 0;
            if (c == '!' && n == '=') {
                p++;
                continue;
            }
            if (c == '=' && n == '=') {
                p++;
                continue;
            }
            if ((c == '<' || c == '>') && n == '=') {
                p++;
                continue;
            }
            if (c == '<' || c == '>') continue;
            break;
        }
        if (c == ']' || c == ')' || c == '}') {
            if (depth == 0) {
                char buf[40];
                snprintf(buf, sizeof buf, "f-string: unmatched '%c'", c);
                return fail(buf);
            }
            char open = stack[--depth];
            if (!((open == '(' && c == ')') || (open == '[' && c == ']') || (open == '{' && c == '}'))) {
                char buf[100];
                snprintf(buf, sizeof buf, "f-string: closing parenthesis '%c' does not match opening parenthesis '%c'",
                         c, open);
                return fail(buf);
            }
        }
    }
    if (quote) return fail("f-string: unterminated string");
    if (depth > 0) {
        char buf[40];
        snprintf(buf, sizeof buf, "f-string: unmatched '%c'", stack[depth - 1]);
        return fail(buf);
    }
    if (p >= end) return fail("f-string: expecting '}'");
    bool empty = true;
    for (uint32_t k = expr_start; k < p; k++)
        if (src_[k] != ' ' && src_[k] != '\t' && src_[k] != '\n' && src_[k] != '\r' && src_[k] != '\f') empty = false;
    if (empty) {
        if (src_[p] == '}') return fail("f-string: empty expression not allowed");
        char buf[60];
        snprintf(buf, sizeof buf, "f-string: expression required before '%c'", src_[p]);
        return fail(buf);
    }

    advance_loc(expr_start - 1);
    int brace_line = loc_line_, brace_col = loc_col_;
    advance_loc(expr_start);
    // On the heap: a Parser holds the lexer's bracket and indentation tables (a few KB).
    auto sub_owner = std::make_unique<Parser>(a_, src_, expr_start, p, loc_line_, loc_col_, depth_ + 1,
                                              ast_depth_ + 2);
    Parser& sub = *sub_owner;
    Expr* value = sub.fstring_expr();
    if (!value) {
        bool from_lexer;
        SyntaxErrorInfo e = sub.final_error(&from_lexer);
        if (!from_lexer && e.message.rfind("f-string", 0) != 0) e.message = "f-string: " + e.message;
        // CPython parses "(expr)" on its own, so columns on the first line count from the '{'.
        if (e.line == brace_line) e.col -= brace_col;
        if (e.end_line == brace_line) e.end_col -= brace_col;
        error(e.kind, e.message, e.line, e.col, e.end_line, e.end_col);
        return false;
    }
    if (sub.bare_tuple_) {
        advance_loc(p);
        value->pos = {brace_line, brace_col, loc_line_, loc_col_ + 1};
    }
    // `{expr=}` repeats its source text, up to the '=' and the whitespace after it.
    uint32_t doc_end = 0;
    if (src_[p] == '=') {
        p++;
        while (p < end && (src_[p] == ' ' || src_[p] == '\t' || src_[p] == '\n' || src_[p] == '\r' || src_[p] == '\f'))
            p++;
        doc_end = p;
    }
    int conversion = -1;
    if (p < end && src_[p] == '!') {
        p++;
        if (p >= end) return fail("f-string: expecting '}'");
        char c = src_[p];
        if (c != 's' && c != 'r' && c != 'a')
            return fail("f-string: invalid conversion character: expected 's', 'r', or 'a'");
        conversion = c;
        p++;
        if (p >= end) return fail("f-string: expecting '}'");
        if (src_[p] != ':' && src_[p] != '}') return fail("f-string: expecting '}'");
    }
    Expr* spec = nullptr;
    if (p < end && src_[p] == ':') {
        p++;
        std::vector<Expr*> spec_parts;
        std::string spec_lit;
        if (!fstring(s, &p, nest + 1, spec_parts, spec_lit, whole)) return false;
        // CPython 3.11 places a format spec at its own string token, and a spec that is only text too.
        flush_literal(spec_parts, spec_lit, spec_parts.empty() ? tpos(s.t) : whole);
        auto* js = expr<JoinedStr>(ExprKind::JoinedStr, tpos(s.t));
        js->values = list(spec_parts);
        spec = js;
    }
    if (p >= end || src_[p] != '}') return fail("f-string: expecting '}'");
    p++;
    if (doc_end) {
        lit.append(src_.substr(expr_start, doc_end - expr_start));
        if (conversion == -1 && !spec) conversion = 'r';
    }
    flush_literal(parts, lit, whole);
    auto* fv = expr<FormattedValue>(ExprKind::FormattedValue, whole);
    fv->value = value;
    fv->conversion = conversion;
    fv->format_spec = spec;
    parts.push_back(fv);
    *i = p;
    return true;
}

Expr* Parser::fstring_expr() {
    Expr* e;
    if (at(Tok::KwYield)) e = yield_expr();
    else e = star_expressions();
    if (!e) return nullptr;
    if (at(Tok::KwFor) || (at(Tok::KwAsync) && kind(1) == Tok::KwFor)) {
        // `{x for x in y}` is a generator expression: CPython parses the field as "(x for x in y)".
        if (e->kind == ExprKind::Starred)
            return error_at(e->pos, "iterable unpacking cannot be used in comprehension");
        std::vector<Comprehension*> gens;
        if (!comprehension_clauses(gens)) return nullptr;
        auto* g = expr<GeneratorExp>(ExprKind::GeneratorExp, e->pos);
        g->elt = e;
        g->generators = list(gens);
        e = g;
        bare_tuple_ = true;
    }
    if (!at(Tok::EndMarker)) return unexpected_after(e, 0);
    if (e->kind == ExprKind::Tuple) {
        // CPython parses the expression wrapped in parentheses, which a bare tuple then spans.
        bare_tuple_ = true;
        if (toks_[0].kind == Tok::LPar) {
            int depth = 0;
            for (size_t i = 0; i < toks_.size(); i++) {
                Tok k = toks_[i].kind;
                if (k == Tok::LPar || k == Tok::LSqb || k == Tok::LBrace) depth++;
                if (k == Tok::RPar || k == Tok::RSqb || k == Tok::RBrace) {
                    if (--depth == 0) {
                        bare_tuple_ = i + 2 != toks_.size();
                        break;
                    }
                }
            }
        }
    }
    return e;
}

// Adjacent string literals, concatenated; with any f-string among them the result is a JoinedStr.
Expr* Parser::strings() {
    Token first = tok();
    size_t n = 0;
    bool any_bytes = false, any_str = false, any_f = false;
    while (kind(n) == Tok::String) n++;
    after_strings_ = tok(n);  // CPython reports literal errors at the token it peeked past the strings
    n = 0;
    while (kind(n) == Tok::String) {
        StrTok s = split_string(tok(n));
        if (s.bytes) any_bytes = true;
        else any_str = true;
        if (s.fmt) any_f = true;
        n++;
    }
    Token last = tok(n - 1);
    if (any_bytes && any_str) {
        Token after = tok(n);
        return error_tok(after, "cannot mix bytes and nonbytes literals");
    }
    Pos whole{first.line, first.col, last.end_line, last.end_col};
    if (!any_f) {
        std::string out;
        for (size_t k = 0; k < n; k++) {
            StrTok s = split_string(advance());
            if (!decode_escapes(out, s, s.body, s.body_end)) return nullptr;
        }
        auto* c = expr<Constant>(ExprKind::Constant, whole);
        c->ckind = any_bytes ? ConstKind::Bytes : ConstKind::Str;
        c->s = a_.copy(out);
        return c;
    }
    std::vector<Expr*> parts;
    std::string lit;
    for (size_t k = 0; k < n; k++) {
        Token t = advance();
        StrTok s = split_string(t);
        if (!s.fmt) {
            if (!decode_escapes(lit, s, s.body, s.body_end)) return nullptr;
            continue;
        }
        loc_off_ = t.start;
        loc_line_ = t.line;
        loc_col_ = t.col;
        uint32_t i = s.body;
        if (!fstring(s, &i, 0, parts, lit, whole)) return nullptr;
    }
    flush_literal(parts, lit, whole);
    auto* j = expr<JoinedStr>(ExprKind::JoinedStr, whole);
    j->values = list(parts);
    return j;
}

// Rejects NUL bytes and invalid UTF-8 up front, as CPython's decoder does.
bool check_source(std::string_view src, SyntaxErrorInfo* err) {
    int line = 1;
    size_t line_start = 0;
    for (size_t i = 0; i < src.size();) {
        auto c = static_cast<unsigned char>(src[i]);
        if (c == 0) {
            err->kind = SyntaxErrorKind::SyntaxError;
            err->message = "source code cannot contain null bytes";
            err->line = err->end_line = line;
            err->col = err->end_col = static_cast<int>(i - line_start);
            err->incomplete = false;
            return false;
        }
        if (c < 0x80) {
            if (c == '\n') line++, line_start = i + 1;
            i++;
            continue;
        }
        uint32_t cp;
        int n = utf8_decode(src, i, &cp);
        if (n == 0) {
            char buf[160];
            const char* why = "invalid start byte";
            if ((c & 0xC0) != 0x80 && c >= 0xC2 && c <= 0xF4)
                why = i + 1 >= src.size() ? "unexpected end of data" : "invalid continuation byte";
            snprintf(buf, sizeof buf, "(unicode error) 'utf-8' codec can't decode byte 0x%02x in position %zu: %s", c,
                     i, why);
            err->kind = SyntaxErrorKind::SyntaxError;
            err->message = buf;
            err->line = err->end_line = line;
            err->col = err->end_col = static_cast<int>(i - line_start);
            err->incomplete = false;
            return false;
        }
        i += n;
    }
    return true;
}

// The encoding named by a PEP 263 coding comment on line 1 or 2 (empty if none), lowercased.
std::string coding_cookie(std::string_view src) {
    size_t pos = 0;
    for (int line = 0; line < 2 && pos < src.size(); line++) {
        size_t end = src.find('\n', pos);
        if (end == std::string_view::npos) end = src.size();
        std::string_view l = src.substr(pos, end - pos);
        size_t i = 0;
        while (i < l.size() && (l[i] == ' ' || l[i] == '\t' || l[i] == '\f')) i++;
        if (i == l.size() || l[i] == '\r') {
            pos = end + 1;
            continue;  // a blank first line lets line 2 carry the cookie
        }
        if (l[i] != '#') return "";
        size_t c = l.find("coding", i);
        while (c != std::string_view::npos) {
            size_t k = c + 6;
            if (k < l.size() && (l[k] == ':' || l[k] == '=')) {
                k++;
                while (k < l.size() && (l[k] == ' ' || l[k] == '\t')) k++;
                std::string name;
                while (k < l.size() && (isalnum(static_cast<unsigned char>(l[k])) || l[k] == '-' || l[k] == '_' ||
                                        l[k] == '.')) {
                    char ch = l[k++];
                    name += ch == '_' ? '-' : static_cast<char>(tolower(static_cast<unsigned char>(ch)));
                }
                if (!name.empty()) return name;
            }
            c = l.find("coding", c + 1);
        }
        pos = end + 1;
    }
    return "";
}

}  // namespace

ast::Module* parse(Arena& arena, std::string_view source, ParseMode mode, SyntaxErrorInfo* err) {
    bool bom = source.size() >= 3 && source.substr(0, 3) == "\xEF\xBB\xBF";
    if (bom) source.remove_prefix(3);
    // Source encodings: UTF-8 (the default) and Latin-1, which is converted to UTF-8 in the arena.
    std::string coding = coding_cookie(source);
    if (!coding.empty()) {
        auto fail = [&](const std::string& msg) {
            err->kind = SyntaxErrorKind::SyntaxError;
            err->message = msg;
            err->line = err->end_line = 0;
            err->col = err->end_col = 0;
            err->incomplete = false;
            return nullptr;
        };
        bool utf8 = coding == "utf-8" || coding == "utf8" || coding.rfind("utf-8-", 0) == 0 || coding == "ascii" ||
                    coding == "us-ascii";
        bool latin1 = coding == "latin-1" || coding == "latin1" || coding == "iso-8859-1" ||
                      coding == "iso8859-1" || coding == "iso-latin-1" || coding == "l1" ||
                      coding.rfind("latin-1-", 0) == 0 || coding.rfind("iso-8859-1-", 0) == 0;
        bool strict_utf8 = coding == "utf-8" || coding.rfind("utf-8-", 0) == 0;
        if (bom && !strict_utf8) return fail("encoding problem: " + coding + " with BOM");
        if (!utf8 && !latin1) {
            // Other ASCII-compatible encodings read pure ASCII the same way; beyond that we cannot decode.
            for (char c : source)
                if (static_cast<unsigned char>(c) >= 0x80)
                    return fail("encoding problem: " + coding + " (only UTF-8 and Latin-1 sources are supported)");
        }
        if (latin1) {
            size_t extra = 0;
            for (char c : source) extra += static_cast<unsigned char>(c) >= 0x80;
            char* buf = static_cast<char*>(arena.alloc(source.size() + extra + 1, 1));
            size_t n = 0;
            for (char c : source) n += lexer_utf8_encode(static_cast<unsigned char>(c), buf + n);
            source = std::string_view(buf, n);
        }
    }
    if (source.size() > 0xFFFFFFF0u) {
        err->message = "source code too long";
        return nullptr;
    }
    if (!check_source(source, err)) return nullptr;
    auto parser = std::make_unique<Parser>(arena, source, 0);  // heap: a Parser is a few KB
    Parser& p = *parser;
    ast::Module* m = nullptr;
    switch (mode) {
        case ParseMode::File: m = p.file_input(); break;
        case ParseMode::Eval: m = p.eval_input(); break;
        case ParseMode::Single: m = p.single_input(); break;
    }
    if (m && !p.failed()) return m;
    *err = p.final_error();
    if (err->message.empty()) err->message = "invalid syntax";
    return nullptr;
}

}  // namespace pyco
