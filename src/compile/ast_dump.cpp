// AST to text in CPython's ast.dump() format, so tests can compare against the reference implementation.
#include "compile/ast_dump.h"

#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <string_view>

#include "compile/lexer.h"

namespace pyco {

namespace {

using namespace ast;

constexpr const char* kBinOpNames[] = {"Add",    "Sub",    "Mult",  "MatMult", "Div",    "Mod",     "Pow",
                                       "LShift", "RShift", "BitOr", "BitXor",  "BitAnd", "FloorDiv"};
constexpr const char* kUnaryOpNames[] = {"Invert", "Not", "UAdd", "USub"};
constexpr const char* kCmpOpNames[] = {"Eq", "NotEq", "Lt", "LtE", "Gt", "GtE", "Is", "IsNot", "In", "NotIn"};
constexpr const char* kCtxNames[] = {"Load", "Store", "Del"};

// Python's repr(float): the shortest digits that round-trip, fixed notation for exponents in [-4, 16).
std::string float_repr(double v, bool for_complex) {
    if (std::isnan(v)) return "nan";
    if (std::isinf(v)) return v < 0 ? "-inf" : "inf";
    char buf[64];
    int prec = 0;
    for (; prec < 17; prec++) {
        snprintf(buf, sizeof buf, "%.*e", prec, v);
        if (strtod(buf, nullptr) == v) break;
    }
    snprintf(buf, sizeof buf, "%.*e", prec, v);
    std::string s(buf);
    bool neg = s[0] == '-';
    if (neg) s.erase(0, 1);
    size_t e = s.find('e');
    int exp = atoi(s.c_str() + e + 1);
    std::string digits;
    for (size_t i = 0; i < e; i++)
        if (s[i] != '.') digits += s[i];
    while (digits.size() > 1 && digits.back() == '0') digits.pop_back();
    int decpt = exp + 1;
    std::string out;
    if (decpt > -4 && decpt <= 16) {
        if (decpt <= 0) {
            out = "0." + std::string(-decpt, '0') + digits;
        } else if (static_cast<size_t>(decpt) >= digits.size()) {
            out = digits + std::string(decpt - digits.size(), '0');
            if (!for_complex) out += ".0";
        } else {
            out = digits.substr(0, decpt) + "." + digits.substr(decpt);
        }
    } else {
        out = digits.substr(0, 1);
        if (digits.size() > 1) out += "." + digits.substr(1);
        char eb[16];
        snprintf(eb, sizeof eb, "e%c%02d", exp < 0 ? '-' : '+', exp < 0 ? -exp : exp);
        out += eb;
    }
    return neg ? "-" + out : out;
}

// Converts digits in `base` to decimal text (quadratic, fine for dumps).
std::string to_decimal(std::string_view digits, int base) {
    std::string dec = "0";  // little-endian decimal digits
    for (char c : digits) {
        int d = (c >= '0' && c <= '9') ? c - '0' : (c | 32) - 'a' + 10;
        int carry = d;
        for (char& x : dec) {
            int v = (x - '0') * base + carry;
            x = static_cast<char>('0' + v % 10);
            carry = v / 10;
        }
        while (carry) {
            dec += static_cast<char>('0' + carry % 10);
            carry /= 10;
        }
    }
    while (dec.size() > 1 && dec.back() == '0') dec.pop_back();
    return std::string(dec.rbegin(), dec.rend());
}

void hex_escape(std::string& out, uint32_t cp) {
    char buf[16];
    if (cp < 0x100) snprintf(buf, sizeof buf, "\\x%02x", cp);
    else if (cp < 0x10000) snprintf(buf, sizeof buf, "\\u%04x", cp);
    else snprintf(buf, sizeof buf, "\\U%08x", cp);
    out += buf;
}

std::string str_repr(std::string_view s, bool bytes) {
    bool has_single = s.find('\'') != std::string_view::npos, has_double = s.find('"') != std::string_view::npos;
    char q = has_single && !has_double ? '"' : '\'';
    std::string out = bytes ? "b" : "";
    out += q;
    for (size_t i = 0; i < s.size();) {
        auto c = static_cast<unsigned char>(s[i]);
        if (c == static_cast<unsigned char>(q) || c == '\\') {
            out += '\\';
            out += static_cast<char>(c);
            i++;
        } else if (c == '\n') out += "\\n", i++;
        else if (c == '\r') out += "\\r", i++;
        else if (c == '\t') out += "\\t", i++;
        else if (c < 0x20 || c == 0x7F) hex_escape(out, c), i++;
        else if (c < 0x80) out += static_cast<char>(c), i++;
        else if (bytes) hex_escape(out, c), i++;
        else {
            uint32_t cp = 0;
            int n = utf8_decode(s, i, &cp);
            if (n == 0) {
                // A lone surrogate (encoded like UTF-8): 3 bytes.
                cp = ((c & 0x0F) << 12) | ((i + 1 < s.size() ? s[i + 1] & 0x3F : 0) << 6) |
                     (i + 2 < s.size() ? s[i + 2] & 0x3F : 0);
                n = 3;
                hex_escape(out, cp);
            } else if (is_printable_nonascii(cp)) {
                out.append(s.substr(i, n));
            } else {
                hex_escape(out, cp);
            }
            i += n;
        }
    }
    out += q;
    return out;
}

class Dumper {
public:
    explicit Dumper(bool attrs) : attrs_(attrs) {}
    std::string out;

    void pos(const Pos& p) {
        if (!attrs_) return;
        char buf[100];
        snprintf(buf, sizeof buf, ", lineno=%d, col_offset=%d, end_lineno=%d, end_col_offset=%d", p.line, p.col,
                 p.end_line, p.end_col);
        out += buf;
    }
    // Field separator bookkeeping: fields are written as ", name=value" after the first.
    void open(const char* name) {
        out += name;
        out += '(';
        first_ = true;
    }
    void field(const char* name) {
        if (!first_) out += ", ";
        first_ = false;
        out += name;
        out += '=';
    }
    void close(const Pos* p) {
        if (p) {
            if (first_ && attrs_) {
                // No fields before the attributes: drop the leading ", ".
                size_t mark = out.size();
                pos(*p);
                out.erase(mark, 2);
            } else {
                pos(*p);
            }
        }
        out += ')';
        first_ = false;
    }
    void name_str(std::string_view s) { out += str_repr(s, false); }
    template <class T, class F> void seq(const List<T>& l, F f) {
        out += '[';
        for (uint32_t i = 0; i < l.size; i++) {
            if (i) out += ", ";
            f(l[i]);
        }
        out += ']';
        first_ = false;
    }
    void exprs(const List<Expr*>& l) {
        seq(l, [&](Expr* e) {
            if (e) expr(e);
            else out += "None";
        });
    }
    void stmts(const List<Stmt*>& l) {
        seq(l, [&](Stmt* s) { stmt(s); });
    }
    void opt_expr(const char* name, Expr* e) {
        if (!e) return;
        field(name);
        expr(e);
    }
    void req_expr(const char* name, Expr* e) {
        field(name);
        expr(e);
    }
    void ctx(Ctx c) {
        field("ctx");
        out += kCtxNames[static_cast<int>(c)];
        out += "()";
    }
    void comprehensions(const List<Comprehension*>& gens) {
        field("generators");
        seq(gens, [&](Comprehension* c) {
            open("comprehension");
            req_expr("target", c->target);
            req_expr("iter", c->iter);
            field("ifs");
            exprs(c->ifs);
            field("is_async");
            out += c->is_async ? "1" : "0";
            close(nullptr);
        });
    }
    void arg(Arg* a) {
        open("arg");
        field("arg");
        name_str(a->name);
        opt_expr("annotation", a->annotation);
        close(&a->pos);
    }
    void arguments(Arguments* a) {
        open("arguments");
        field("posonlyargs");
        seq(a->posonlyargs, [&](Arg* x) { arg(x); });
        field("args");
        seq(a->args, [&](Arg* x) { arg(x); });
        if (a->vararg) {
            field("vararg");
            arg(a->vararg);
        }
        field("kwonlyargs");
        seq(a->kwonlyargs, [&](Arg* x) { arg(x); });
        field("kw_defaults");
        exprs(a->kw_defaults);
        if (a->kwarg) {
            field("kwarg");
            arg(a->kwarg);
        }
        field("defaults");
        exprs(a->defaults);
        close(nullptr);
    }
    void keywords(const List<Keyword*>& l) {
        seq(l, [&](Keyword* k) {
            open("keyword");
            if (!k->arg.empty()) {
                field("arg");
                name_str(k->arg);
            }
            req_expr("value", k->value);
            close(&k->pos);
        });
    }
    void constant(const Constant* c) {
        field("value");
        switch (c->ckind) {
            case ConstKind::None: out += "None"; break;
            case ConstKind::True: out += "True"; break;
            case ConstKind::False: out += "False"; break;
            case ConstKind::Ellipsis: out += "Ellipsis"; break;
            case ConstKind::Int: out += std::to_string(c->i); break;
            case ConstKind::BigInt: out += to_decimal(c->s, c->base); break;
            case ConstKind::Float: out += float_repr(c->f, false); break;
            case ConstKind::Imag: out += float_repr(c->f, true) + "j"; break;
            case ConstKind::Str: out += str_repr(c->s, false); break;
            case ConstKind::Bytes: out += str_repr(c->s, true); break;
        }
    }

    void expr(const Expr* e) {
        switch (e->kind) {
            case ExprKind::BoolOp: {
                auto* x = static_cast<const BoolOp*>(e);
                open("BoolOp");
                field("op");
                out += x->op == BoolOpKind::And ? "And()" : "Or()";
                field("values");
                exprs(x->values);
                break;
            }
            case ExprKind::NamedExpr: {
                auto* x = static_cast<const NamedExpr*>(e);
                open("NamedExpr");
                req_expr("target", x->target);
                req_expr("value", x->value);
                break;
            }
            case ExprKind::BinOp: {
                auto* x = static_cast<const BinOp*>(e);
                open("BinOp");
                req_expr("left", x->left);
                field("op");
                out += kBinOpNames[static_cast<int>(x->op)];
                out += "()";
                req_expr("right", x->right);
                break;
            }
            case ExprKind::UnaryOp: {
                auto* x = static_cast<const UnaryOp*>(e);
                open("UnaryOp");
                field("op");
                out += kUnaryOpNames[static_cast<int>(x->op)];
                out += "()";
                req_expr("operand", x->operand);
                break;
            }
            case ExprKind::Lambda: {
                auto* x = static_cast<const Lambda*>(e);
                open("Lambda");
                field("args");
                arguments(x->args);
                req_expr("body", x->body);
                break;
            }
            case ExprKind::IfExp: {
                auto* x = static_cast<const IfExp*>(e);
                open("IfExp");
                req_expr("test", x->test);
                req_expr("body", x->body);
                req_expr("orelse", x->orelse);
                break;
            }
            case ExprKind::Dict: {
                auto* x = static_cast<const Dict*>(e);
                open("Dict");
                field("keys");
                exprs(x->keys);
                field("values");
                exprs(x->values);
                break;
            }
            case ExprKind::Set: {
                open("Set");
                field("elts");
                exprs(static_cast<const Set*>(e)->elts);
                break;
            }
            case ExprKind::ListComp: {
                auto* x = static_cast<const ListComp*>(e);
                open("ListComp");
                req_expr("elt", x->elt);
                comprehensions(x->generators);
                break;
            }
            case ExprKind::SetComp: {
                auto* x = static_cast<const SetComp*>(e);
                open("SetComp");
                req_expr("elt", x->elt);
                comprehensions(x->generators);
                break;
            }
            case ExprKind::DictComp: {
                auto* x = static_cast<const DictComp*>(e);
                open("DictComp");
                req_expr("key", x->key);
                req_expr("value", x->value);
                comprehensions(x->generators);
                break;
            }
            case ExprKind::GeneratorExp: {
                auto* x = static_cast<const GeneratorExp*>(e);
                open("GeneratorExp");
                req_expr("elt", x->elt);
                comprehensions(x->generators);
                break;
            }
            case ExprKind::Await:
                open("Await");
                req_expr("value", static_cast<const Await*>(e)->value);
                break;
            case ExprKind::Yield:
                open("Yield");
                opt_expr("value", static_cast<const Yield*>(e)->value);
                break;
            case ExprKind::YieldFrom:
                open("YieldFrom");
                req_expr("value", static_cast<const YieldFrom*>(e)->value);
                break;
            case ExprKind::Compare: {
                auto* x = static_cast<const Compare*>(e);
                open("Compare");
                req_expr("left", x->left);
                field("ops");
                seq(x->ops, [&](CmpOpKind k) {
                    out += kCmpOpNames[static_cast<int>(k)];
                    out += "()";
                });
                field("comparators");
                exprs(x->comparators);
                break;
            }
            case ExprKind::Call: {
                auto* x = static_cast<const Call*>(e);
                open("Call");
                req_expr("func", x->func);
                field("args");
                exprs(x->args);
                field("keywords");
                keywords(x->keywords);
                break;
            }
            case ExprKind::FormattedValue: {
                auto* x = static_cast<const FormattedValue*>(e);
                open("FormattedValue");
                req_expr("value", x->value);
                field("conversion");
                out += std::to_string(x->conversion);
                opt_expr("format_spec", x->format_spec);
                break;
            }
            case ExprKind::JoinedStr:
                open("JoinedStr");
                field("values");
                exprs(static_cast<const JoinedStr*>(e)->values);
                break;
            case ExprKind::Constant:
                open("Constant");
                constant(static_cast<const Constant*>(e));
                break;
            case ExprKind::Attribute: {
                auto* x = static_cast<const Attribute*>(e);
                open("Attribute");
                req_expr("value", x->value);
                field("attr");
                name_str(x->attr);
                ctx(x->ctx);
                break;
            }
            case ExprKind::Subscript: {
                auto* x = static_cast<const Subscript*>(e);
                open("Subscript");
                req_expr("value", x->value);
                req_expr("slice", x->slice);
                ctx(x->ctx);
                break;
            }
            case ExprKind::Starred: {
                auto* x = static_cast<const Starred*>(e);
                open("Starred");
                req_expr("value", x->value);
                ctx(x->ctx);
                break;
            }
            case ExprKind::Name: {
                auto* x = static_cast<const Name*>(e);
                open("Name");
                field("id");
                name_str(x->id);
                ctx(x->ctx);
                break;
            }
            case ExprKind::List: {
                auto* x = static_cast<const ListExpr*>(e);
                open("List");
                field("elts");
                exprs(x->elts);
                ctx(x->ctx);
                break;
            }
            case ExprKind::Tuple: {
                auto* x = static_cast<const TupleExpr*>(e);
                open("Tuple");
                field("elts");
                exprs(x->elts);
                ctx(x->ctx);
                break;
            }
            case ExprKind::Slice: {
                auto* x = static_cast<const Slice*>(e);
                open("Slice");
                opt_expr("lower", x->lower);
                opt_expr("upper", x->upper);
                opt_expr("step", x->step);
                break;
            }
        }
        close(&e->pos);
    }

    void pattern(const Pattern* p) {
        switch (p->kind) {
            case PatternKind::MatchValue:
                open("MatchValue");
                req_expr("value", p->value);
                break;
            case PatternKind::MatchSingleton:
                open("MatchSingleton");
                constant(static_cast<const Constant*>(p->value));
                break;
            case PatternKind::MatchSequence:
                open("MatchSequence");
                field("patterns");
                patterns(p->patterns);
                break;
            case PatternKind::MatchMapping:
                open("MatchMapping");
                field("keys");
                exprs(p->keys);
                field("patterns");
                patterns(p->patterns);
                if (!p->rest.empty()) {
                    field("rest");
                    name_str(p->rest);
                }
                break;
            case PatternKind::MatchClass:
                open("MatchClass");
                req_expr("cls", p->cls);
                field("patterns");
                patterns(p->patterns);
                field("kwd_attrs");
                seq(p->kwd_attrs, [&](std::string_view s) { name_str(s); });
                field("kwd_patterns");
                patterns(p->kwd_patterns);
                break;
            case PatternKind::MatchStar:
                open("MatchStar");
                if (!p->name.empty()) {
                    field("name");
                    name_str(p->name);
                }
                break;
            case PatternKind::MatchAs:
                open("MatchAs");
                if (p->pattern) {
                    field("pattern");
                    pattern(p->pattern);
                }
                if (!p->name.empty()) {
                    field("name");
                    name_str(p->name);
                }
                break;
            case PatternKind::MatchOr:
                open("MatchOr");
                field("patterns");
                patterns(p->patterns);
                break;
        }
        close(&p->pos);
    }
    void patterns(const List<Pattern*>& l) {
        seq(l, [&](Pattern* p) { pattern(p); });
    }

    void handlers(const List<ExceptHandler*>& l) {
        seq(l, [&](ExceptHandler* h) {
            open("ExceptHandler");
            opt_expr("type", h->type);
            if (!h->name.empty()) {
                field("name");
                name_str(h->name);
            }
            field("body");
            stmts(h->body);
            close(&h->pos);
        });
    }
    void aliases(const List<Alias*>& l) {
        seq(l, [&](Alias* a) {
            open("alias");
            field("name");
            name_str(a->name);
            if (!a->asname.empty()) {
                field("asname");
                name_str(a->asname);
            }
            close(&a->pos);
        });
    }
    void names(const List<std::string_view>& l) {
        seq(l, [&](std::string_view s) { name_str(s); });
    }

    void stmt(const Stmt* s) {
        switch (s->kind) {
            case StmtKind::FunctionDef: {
                auto* x = static_cast<const FunctionDef*>(s);
                open(x->is_async ? "AsyncFunctionDef" : "FunctionDef");
                field("name");
                name_str(x->name);
                field("args");
                arguments(x->args);
                field("body");
                stmts(x->body);
                field("decorator_list");
                exprs(x->decorators);
                opt_expr("returns", x->returns);
                break;
            }
            case StmtKind::ClassDef: {
                auto* x = static_cast<const ClassDef*>(s);
                open("ClassDef");
                field("name");
                name_str(x->name);
                field("bases");
                exprs(x->bases);
                field("keywords");
                keywords(x->keywords);
                field("body");
                stmts(x->body);
                field("decorator_list");
                exprs(x->decorators);
                break;
            }
            case StmtKind::Return:
                open("Return");
                opt_expr("value", static_cast<const Return*>(s)->value);
                break;
            case StmtKind::Delete:
                open("Delete");
                field("targets");
                exprs(static_cast<const Delete*>(s)->targets);
                break;
            case StmtKind::Assign: {
                auto* x = static_cast<const Assign*>(s);
                open("Assign");
                field("targets");
                exprs(x->targets);
                req_expr("value", x->value);
                break;
            }
            case StmtKind::AugAssign: {
                auto* x = static_cast<const AugAssign*>(s);
                open("AugAssign");
                req_expr("target", x->target);
                field("op");
                out += kBinOpNames[static_cast<int>(x->op)];
                out += "()";
                req_expr("value", x->value);
                break;
            }
            case StmtKind::AnnAssign: {
                auto* x = static_cast<const AnnAssign*>(s);
                open("AnnAssign");
                req_expr("target", x->target);
                req_expr("annotation", x->annotation);
                opt_expr("value", x->value);
                field("simple");
                out += x->simple ? "1" : "0";
                break;
            }
            case StmtKind::For: {
                auto* x = static_cast<const For*>(s);
                open(x->is_async ? "AsyncFor" : "For");
                req_expr("target", x->target);
                req_expr("iter", x->iter);
                field("body");
                stmts(x->body);
                field("orelse");
                stmts(x->orelse);
                break;
            }
            case StmtKind::While: {
                auto* x = static_cast<const While*>(s);
                open("While");
                req_expr("test", x->test);
                field("body");
                stmts(x->body);
                field("orelse");
                stmts(x->orelse);
                break;
            }
            case StmtKind::If: {
                auto* x = static_cast<const If*>(s);
                open("If");
                req_expr("test", x->test);
                field("body");
                stmts(x->body);
                field("orelse");
                stmts(x->orelse);
                break;
            }
            case StmtKind::With: {
                auto* x = static_cast<const With*>(s);
                open(x->is_async ? "AsyncWith" : "With");
                field("items");
                seq(x->items, [&](WithItem* w) {
                    open("withitem");
                    req_expr("context_expr", w->context_expr);
                    opt_expr("optional_vars", w->optional_vars);
                    close(nullptr);
                });
                field("body");
                stmts(x->body);
                break;
            }
            case StmtKind::Match: {
                auto* x = static_cast<const Match*>(s);
                open("Match");
                req_expr("subject", x->subject);
                field("cases");
                seq(x->cases, [&](MatchCase* c) {
                    open("match_case");
                    field("pattern");
                    pattern(c->pattern);
                    opt_expr("guard", c->guard);
                    field("body");
                    stmts(c->body);
                    close(nullptr);
                });
                break;
            }
            case StmtKind::Raise: {
                auto* x = static_cast<const Raise*>(s);
                open("Raise");
                opt_expr("exc", x->exc);
                opt_expr("cause", x->cause);
                break;
            }
            case StmtKind::Try: case StmtKind::TryStar: {
                auto* x = static_cast<const Try*>(s);  // same layout as TryStar
                open(s->kind == StmtKind::Try ? "Try" : "TryStar");
                field("body");
                stmts(x->body);
                field("handlers");
                handlers(x->handlers);
                field("orelse");
                stmts(x->orelse);
                field("finalbody");
                stmts(x->finalbody);
                break;
            }
            case StmtKind::Assert: {
                auto* x = static_cast<const Assert*>(s);
                open("Assert");
                req_expr("test", x->test);
                opt_expr("msg", x->msg);
                break;
            }
            case StmtKind::Import:
                open("Import");
                field("names");
                aliases(static_cast<const Import*>(s)->names);
                break;
            case StmtKind::ImportFrom: {
                auto* x = static_cast<const ImportFrom*>(s);
                open("ImportFrom");
                if (!x->module.empty()) {
                    field("module");
                    name_str(x->module);
                }
                field("names");
                aliases(x->names);
                field("level");
                out += std::to_string(x->level);
                break;
            }
            case StmtKind::Global:
                open("Global");
                field("names");
                names(static_cast<const Global*>(s)->names);
                break;
            case StmtKind::Nonlocal:
                open("Nonlocal");
                field("names");
                names(static_cast<const Nonlocal*>(s)->names);
                break;
            case StmtKind::ExprStmt:
                open("Expr");
                req_expr("value", static_cast<const ExprStmt*>(s)->value);
                break;
            case StmtKind::Pass: open("Pass"); break;
            case StmtKind::Break: open("Break"); break;
            case StmtKind::Continue: open("Continue"); break;
        }
        close(&s->pos);
    }

private:
    bool attrs_;
    bool first_ = true;
};

}  // namespace

std::string ast_dump(const ast::Module* m, bool include_attributes) {
    Dumper d(include_attributes);
    d.open("Module");
    d.field("body");
    d.stmts(m->body);
    d.field("type_ignores");
    d.out += "[]";
    d.close(nullptr);
    return d.out;
}

std::string ast_dump(const ast::Expr* e, bool include_attributes) {
    Dumper d(include_attributes);
    d.expr(e);
    return d.out;
}

}  // namespace pyco
