// Scope analysis pass: walks the AST once to collect bindings and uses, then resolves every name.
#include "compile/symtable.h"

namespace pyco {

using namespace ast;

struct SymtableBuilder {
    Symtable& st;
    SymtableError* err;
    Scope* cur = nullptr;
    bool failed = false;

    Scope* open(ScopeKind kind, std::string name, const void* node, int line) {
        auto* s = new Scope{};
        s->kind = kind;
        s->name = std::move(name);
        s->parent = cur;
        s->line = line;
        if (cur) cur->children.push_back(s);
        st.all_.push_back(s);
        st.by_node_[node] = s;
        cur = s;
        return s;
    }
    void close() { cur = cur->parent; }

    void fail(const std::string& msg, Pos pos) {
        if (failed) return;
        failed = true;
        err->message = msg;
        err->pos = pos;
    }

    Symbol& sym(std::string_view n) {
        n = st.mangle(cur, n);
        auto it = cur->symbols.find(n);
        if (it == cur->symbols.end()) {
            cur->order.push_back(n);
            it = cur->symbols.emplace(n, Symbol{}).first;
        }
        return it->second;
    }
    void bind(std::string_view n, Pos pos) {
        Symbol& s = sym(n);
        if ((s.flags & SYM_GLOBAL) == 0 && (s.flags & SYM_NONLOCAL) == 0) s.flags |= SYM_ASSIGNED;
        (void)pos;
    }
    void use(std::string_view n) {
        sym(n).flags |= SYM_USED;
        if (n == "super" && cur->kind != ScopeKind::Class) mark_class_cell_use();
    }
    void mark_class_cell_use() {
        // Zero-argument super() and __class__ need the implicit __class__ cell of the enclosing class.
        Scope* s = cur;
        while (s && s->kind != ScopeKind::Class && s->kind != ScopeKind::Module) s = s->parent;
        if (s && s->kind == ScopeKind::Class && cur->kind != ScopeKind::Class) {
            cur->uses_class_cell = true;
            sym("__class__").flags |= SYM_USED;
            s->needs_class_cell = true;
        }
    }

    void stmts(const List<Stmt*>& body) {
        for (Stmt* s : body) stmt(s);
    }
    void exprs(const List<Expr*>& es) {
        for (Expr* e : es)
            if (e) expr(e);
    }

    void arguments_defaults(Arguments* a) {
        exprs(a->defaults);
        for (Expr* e : a->kw_defaults)
            if (e) expr(e);
    }
    void annotations(Arguments* a) {
        auto ann = [&](Arg* g) {
            if (g && g->annotation) expr(g->annotation);
        };
        for (Arg* g : a->posonlyargs) ann(g);
        for (Arg* g : a->args) ann(g);
        ann(a->vararg);
        for (Arg* g : a->kwonlyargs) ann(g);
        ann(a->kwarg);
    }
    void params(Arguments* a) {
        auto add = [&](Arg* g) {
            Symbol& s = sym(g->name);
            if (s.flags & SYM_PARAM) {
                fail("duplicate argument '" + std::string(g->name) + "' in function definition", g->pos);
            }
            s.flags |= SYM_PARAM | SYM_ASSIGNED;
            cur->params.push_back(st.mangle(cur, g->name));
        };
        for (Arg* g : a->posonlyargs) add(g);
        for (Arg* g : a->args) add(g);
        for (Arg* g : a->kwonlyargs) add(g);
        if (a->vararg) {
            add(a->vararg);
            cur->has_varargs = true;
        }
        if (a->kwarg) {
            add(a->kwarg);
            cur->has_varkw = true;
        }
    }

    void function(const void* node, std::string_view name, Arguments* args, const List<Stmt*>* body, Expr* lambda_body,
                  bool is_async, Pos pos) {
        arguments_defaults(args);
        annotations(args);
        open(lambda_body ? ScopeKind::Lambda : ScopeKind::Function, std::string(name), node, pos.line);
        cur->is_coroutine = is_async;
        params(args);
        if (body) stmts(*body);
        if (lambda_body) expr(lambda_body);
        close();
    }

    void stmt(Stmt* s) {
        if (failed) return;
        switch (s->kind) {
            case StmtKind::FunctionDef: {
                auto* f = static_cast<FunctionDef*>(s);
                exprs(f->decorators);
                if (f->returns) expr(f->returns);
                function(f, f->name, f->args, &f->body, nullptr, f->is_async, f->pos);
                bind(f->name, f->pos);
                break;
            }
            case StmtKind::ClassDef: {
                auto* c = static_cast<ClassDef*>(s);
                exprs(c->decorators);
                exprs(c->bases);
                for (Keyword* k : c->keywords) expr(k->value);
                open(ScopeKind::Class, std::string(c->name), c, c->pos.line);
                stmts(c->body);
                close();
                bind(c->name, c->pos);
                break;
            }
            case StmtKind::Return: {
                auto* r = static_cast<Return*>(s);
                if (cur->kind == ScopeKind::Module || cur->kind == ScopeKind::Class) fail("'return' outside function", s->pos);
                if (r->value) expr(r->value);
                break;
            }
            case StmtKind::Delete:
                exprs(static_cast<Delete*>(s)->targets);
                break;
            case StmtKind::Assign: {
                auto* a = static_cast<Assign*>(s);
                expr(a->value);
                exprs(a->targets);
                break;
            }
            case StmtKind::AugAssign: {
                auto* a = static_cast<AugAssign*>(s);
                expr(a->value);
                expr(a->target);
                if (a->target->kind == ExprKind::Name) use(static_cast<Name*>(a->target)->id);
                break;
            }
            case StmtKind::AnnAssign: {
                auto* a = static_cast<AnnAssign*>(s);
                if (a->value) expr(a->value);
                if (a->target->kind == ExprKind::Name && a->simple) {
                    Symbol& sy = sym(static_cast<Name*>(a->target)->id);
                    sy.flags |= SYM_ANNOTATED;
                    if (a->value) sy.flags |= SYM_ASSIGNED;
                    else if (cur->kind == ScopeKind::Function || cur->kind == ScopeKind::Lambda) sy.flags |= SYM_ASSIGNED;
                } else {
                    expr(a->target);
                }
                if (cur->kind == ScopeKind::Module || cur->kind == ScopeKind::Class) expr(a->annotation);
                break;
            }
            case StmtKind::For: {
                auto* f = static_cast<For*>(s);
                expr(f->iter);
                expr(f->target);
                stmts(f->body);
                stmts(f->orelse);
                break;
            }
            case StmtKind::While: {
                auto* w = static_cast<While*>(s);
                expr(w->test);
                stmts(w->body);
                stmts(w->orelse);
                break;
            }
            case StmtKind::If: {
                auto* i = static_cast<If*>(s);
                expr(i->test);
                stmts(i->body);
                stmts(i->orelse);
                break;
            }
            case StmtKind::With: {
                auto* w = static_cast<With*>(s);
                for (WithItem* it : w->items) {
                    expr(it->context_expr);
                    if (it->optional_vars) expr(it->optional_vars);
                }
                stmts(w->body);
                break;
            }
            case StmtKind::Match: {
                auto* m = static_cast<Match*>(s);
                expr(m->subject);
                for (MatchCase* c : m->cases) {
                    pattern(c->pattern);
                    if (c->guard) expr(c->guard);
                    stmts(c->body);
                }
                break;
            }
            case StmtKind::Raise: {
                auto* r = static_cast<Raise*>(s);
                if (r->exc) expr(r->exc);
                if (r->cause) expr(r->cause);
                break;
            }
            case StmtKind::Try:
            case StmtKind::TryStar: {
                auto* t = static_cast<Try*>(s);
                stmts(t->body);
                for (ExceptHandler* h : t->handlers) {
                    if (h->type) expr(h->type);
                    if (!h->name.empty()) bind(h->name, h->pos);
                    stmts(h->body);
                }
                stmts(t->orelse);
                stmts(t->finalbody);
                break;
            }
            case StmtKind::Assert: {
                auto* a = static_cast<Assert*>(s);
                expr(a->test);
                if (a->msg) expr(a->msg);
                break;
            }
            case StmtKind::Import: {
                for (Alias* a : static_cast<Import*>(s)->names) {
                    std::string_view n = a->asname.empty() ? a->name.substr(0, a->name.find('.')) : a->asname;
                    bind(n, a->pos);
                }
                break;
            }
            case StmtKind::ImportFrom: {
                for (Alias* a : static_cast<ImportFrom*>(s)->names) {
                    if (a->name == "*") {
                        if (cur->kind != ScopeKind::Module) fail("import * only allowed at module level", s->pos);
                        continue;
                    }
                    bind(a->asname.empty() ? a->name : a->asname, a->pos);
                }
                break;
            }
            case StmtKind::Global:
            case StmtKind::Nonlocal: {
                bool global = s->kind == StmtKind::Global;
                const auto& names = global ? static_cast<Global*>(s)->names : static_cast<Nonlocal*>(s)->names;
                for (std::string_view n : names) {
                    if (!global && cur->kind == ScopeKind::Module) {
                        fail("nonlocal declaration not allowed at module level", s->pos);
                        return;
                    }
                    Symbol& sy = sym(n);
                    const char* what = global ? "global" : "nonlocal";
                    if (sy.flags & SYM_PARAM) {
                        fail("name '" + std::string(n) + "' is parameter and " + what, s->pos);
                        return;
                    }
                    if (sy.flags & (SYM_ASSIGNED | SYM_USED)) {
                        fail("name '" + std::string(n) + "' is " + ((sy.flags & SYM_ASSIGNED) ? "assigned to" : "used") +
                                 " before " + what + " declaration",
                             s->pos);
                        return;
                    }
                    if (global && (sy.flags & SYM_NONLOCAL)) {
                        fail("name '" + std::string(n) + "' is nonlocal and global", s->pos);
                        return;
                    }
                    if (!global && (sy.flags & SYM_GLOBAL)) {
                        fail("name '" + std::string(n) + "' is nonlocal and global", s->pos);
                        return;
                    }
                    sy.flags |= global ? SYM_GLOBAL : SYM_NONLOCAL;
                }
                break;
            }
            case StmtKind::ExprStmt:
                expr(static_cast<ExprStmt*>(s)->value);
                break;
            case StmtKind::Pass:
            case StmtKind::Break:
            case StmtKind::Continue:
                break;
        }
    }

    void pattern(Pattern* p) {
        if (!p) return;
        switch (p->kind) {
            case PatternKind::MatchValue:
            case PatternKind::MatchSingleton:
                if (p->value) expr(p->value);
                break;
            case PatternKind::MatchSequence:
            case PatternKind::MatchOr:
                for (Pattern* q : p->patterns) pattern(q);
                break;
            case PatternKind::MatchMapping:
                exprs(p->keys);
                for (Pattern* q : p->patterns) pattern(q);
                if (!p->rest.empty()) bind(p->rest, p->pos);
                break;
            case PatternKind::MatchClass:
                expr(p->cls);
                for (Pattern* q : p->patterns) pattern(q);
                for (Pattern* q : p->kwd_patterns) pattern(q);
                break;
            case PatternKind::MatchStar:
                if (!p->name.empty()) bind(p->name, p->pos);
                break;
            case PatternKind::MatchAs:
                pattern(p->pattern);
                if (!p->name.empty()) bind(p->name, p->pos);
                break;
        }
    }

    void comprehension(Expr* e, const List<Comprehension*>& gens, Expr* elt, Expr* value, const char* name) {
        // The first iterable is evaluated in the enclosing scope; the rest runs in the comprehension's own.
        expr(gens[0]->iter);
        open(ScopeKind::Comprehension, name, e, e->pos.line);
        sym(".0").flags |= SYM_PARAM | SYM_ASSIGNED;
        cur->params.push_back(".0");
        bool first = true;
        for (Comprehension* c : gens) {
            if (!first) expr(c->iter);
            first = false;
            expr(c->target);
            exprs(c->ifs);
        }
        if (elt) expr(elt);
        if (value) expr(value);
        bool is_gen = e->kind == ExprKind::GeneratorExp;
        if (is_gen) cur->is_generator = true;
        for (Comprehension* c : gens)
            if (c->is_async) cur->is_coroutine = true;
        // An async list/set/dict comprehension is awaited where it is built, so an enclosing comprehension is
        // asynchronous too (an async generator expression is not awaited: it doesn't propagate).
        if (cur->is_coroutine && !is_gen && cur->parent && cur->parent->kind == ScopeKind::Comprehension)
            cur->parent->is_coroutine = true;
        close();
    }

    void expr(Expr* e) {
        if (failed || !e) return;
        switch (e->kind) {
            case ExprKind::BoolOp:
                exprs(static_cast<BoolOp*>(e)->values);
                break;
            case ExprKind::NamedExpr: {
                auto* n = static_cast<NamedExpr*>(e);
                expr(n->value);
                // The target binds in the nearest enclosing non-comprehension scope.
                std::string_view id = st.mangle(cur, static_cast<Name*>(n->target)->id);
                Scope* saved = cur;
                while (cur->kind == ScopeKind::Comprehension) {
                    Symbol& s = sym(id);
                    s.flags |= SYM_NONLOCAL | SYM_USED;
                    cur = cur->parent;
                }
                if (cur->kind == ScopeKind::Class && saved != cur) {
                    cur = saved;
                    fail("assignment expression within a comprehension cannot be used in a class body", e->pos);
                    return;
                }
                bind(id, e->pos);
                if (saved != cur && cur->kind == ScopeKind::Module) {
                    // Comprehension-bound walrus at module level: the name is a global of the comprehension.
                    Scope* s = saved;
                    while (s != cur) {
                        Symbol& sy = s->symbols[id];
                        sy.flags = static_cast<uint16_t>((sy.flags & ~SYM_NONLOCAL) | SYM_GLOBAL);
                        s = s->parent;
                    }
                }
                cur = saved;
                break;
            }
            case ExprKind::BinOp:
                expr(static_cast<BinOp*>(e)->left);
                expr(static_cast<BinOp*>(e)->right);
                break;
            case ExprKind::UnaryOp:
                expr(static_cast<UnaryOp*>(e)->operand);
                break;
            case ExprKind::Lambda: {
                auto* l = static_cast<Lambda*>(e);
                function(l, "<lambda>", l->args, nullptr, l->body, false, l->pos);
                break;
            }
            case ExprKind::IfExp: {
                auto* i = static_cast<IfExp*>(e);
                expr(i->test);
                expr(i->body);
                expr(i->orelse);
                break;
            }
            case ExprKind::Dict: {
                auto* d = static_cast<ast::Dict*>(e);
                exprs(d->keys);
                exprs(d->values);
                break;
            }
            case ExprKind::Set:
                exprs(static_cast<ast::Set*>(e)->elts);
                break;
            case ExprKind::ListComp: {
                auto* c = static_cast<ListComp*>(e);
                comprehension(e, c->generators, c->elt, nullptr, "<listcomp>");
                break;
            }
            case ExprKind::SetComp: {
                auto* c = static_cast<SetComp*>(e);
                comprehension(e, c->generators, c->elt, nullptr, "<setcomp>");
                break;
            }
            case ExprKind::DictComp: {
                auto* c = static_cast<DictComp*>(e);
                comprehension(e, c->generators, c->key, c->value, "<dictcomp>");
                break;
            }
            case ExprKind::GeneratorExp: {
                auto* c = static_cast<GeneratorExp*>(e);
                comprehension(e, c->generators, c->elt, nullptr, "<genexpr>");
                break;
            }
            case ExprKind::Await:
                if (cur->kind == ScopeKind::Comprehension) cur->is_coroutine = true;
                expr(static_cast<Await*>(e)->value);
                break;
            case ExprKind::Yield:
            case ExprKind::YieldFrom: {
                if (cur->kind == ScopeKind::Module || cur->kind == ScopeKind::Class) {
                    fail("'yield' outside function", e->pos);
                    return;
                }
                cur->is_generator = true;
                Expr* v = e->kind == ExprKind::Yield ? static_cast<Yield*>(e)->value : static_cast<YieldFrom*>(e)->value;
                if (v) expr(v);
                break;
            }
            case ExprKind::Compare:
                expr(static_cast<Compare*>(e)->left);
                exprs(static_cast<Compare*>(e)->comparators);
                break;
            case ExprKind::Call: {
                auto* c = static_cast<Call*>(e);
                expr(c->func);
                exprs(c->args);
                for (Keyword* k : c->keywords) expr(k->value);
                break;
            }
            case ExprKind::FormattedValue:
                expr(static_cast<FormattedValue*>(e)->value);
                expr(static_cast<FormattedValue*>(e)->format_spec);
                break;
            case ExprKind::JoinedStr:
                exprs(static_cast<JoinedStr*>(e)->values);
                break;
            case ExprKind::Constant:
                break;
            case ExprKind::Attribute:
                expr(static_cast<Attribute*>(e)->value);
                break;
            case ExprKind::Subscript:
                expr(static_cast<Subscript*>(e)->value);
                expr(static_cast<Subscript*>(e)->slice);
                break;
            case ExprKind::Starred:
                expr(static_cast<Starred*>(e)->value);
                break;
            case ExprKind::Name: {
                auto* n = static_cast<Name*>(e);
                if (n->ctx == Ctx::Load) {
                    use(n->id);
                    if (n->id == "__class__") mark_class_cell_use();
                } else {
                    bind(n->id, n->pos);
                }
                break;
            }
            case ExprKind::List:
                exprs(static_cast<ListExpr*>(e)->elts);
                break;
            case ExprKind::Tuple:
                exprs(static_cast<TupleExpr*>(e)->elts);
                break;
            case ExprKind::Slice: {
                auto* s = static_cast<ast::Slice*>(e);
                expr(s->lower);
                expr(s->upper);
                expr(s->step);
                break;
            }
        }
    }

    // Second pass: decide each name's scope, innermost scopes first so that uses in children create cells.
    static bool is_function_like(Scope* s) {
        return s->kind == ScopeKind::Function || s->kind == ScopeKind::Lambda || s->kind == ScopeKind::Comprehension;
    }

    // Finds the function scope above `from` that binds `name`; marks the route free and the binding a cell.
    bool resolve_free(Scope* from, std::string_view name) {
        for (Scope* s = from->parent; s; s = s->parent) {
            if (s->kind == ScopeKind::Class) {
                if (name == "__class__" && s->needs_class_cell) {
                    s->symbols["__class__"].scope = NameScope::Cell;
                    for (Scope* t = from; t != s; t = t->parent) {
                        Symbol& sy = t->symbols[name];
                        if (sy.scope != NameScope::Cell) sy.scope = NameScope::Free;
                    }
                    return true;
                }
                continue;
            }
            if (s->kind == ScopeKind::Module) return false;
            auto it = s->symbols.find(name);
            if (it == s->symbols.end()) continue;
            Symbol& sy = it->second;
            if (sy.flags & SYM_GLOBAL) return false;
            if (sy.flags & SYM_NONLOCAL) continue;
            if (sy.flags & (SYM_ASSIGNED | SYM_PARAM)) {
                sy.scope = NameScope::Cell;
                for (Scope* t = from; t != s; t = t->parent) {
                    if (t->kind == ScopeKind::Class) {
                        // A class body between: it reads the name through LOAD_CLASSDEREF.
                        auto& cs = t->symbols[name];
                        if (!(cs.flags & (SYM_ASSIGNED))) cs.scope = NameScope::Free;
                        continue;
                    }
                    Symbol& ts = t->symbols[name];
                    if (ts.scope != NameScope::Cell) ts.scope = NameScope::Free;
                }
                return true;
            }
        }
        return false;
    }

    void resolve(Scope* s) {
        for (std::string_view name : s->order) {
            Symbol& sy = s->symbols[name];
            if (sy.flags & SYM_GLOBAL) {
                sy.scope = NameScope::GlobalExplicit;
            } else if (sy.flags & SYM_NONLOCAL) {
                if (!resolve_free(s, name)) {
                    if (s->kind == ScopeKind::Comprehension) {
                        sy.scope = NameScope::GlobalImplicit;  // walrus inside a module-level comprehension
                    } else {
                        fail("no binding for nonlocal '" + std::string(name) + "' found", Pos{s->line, 0, s->line, 0});
                        return;
                    }
                }
                if (sy.scope != NameScope::Cell && sy.scope != NameScope::GlobalImplicit) sy.scope = NameScope::Free;
            } else if (sy.flags & (SYM_ASSIGNED | SYM_PARAM)) {
                if (sy.scope != NameScope::Cell) sy.scope = NameScope::Local;
            } else if (s->kind != ScopeKind::Module) {
                if (sy.scope == NameScope::Free || sy.scope == NameScope::Cell) continue;
                if (resolve_free(s, name)) {
                    if (sy.scope != NameScope::Cell) sy.scope = NameScope::Free;
                } else {
                    sy.scope = NameScope::GlobalImplicit;
                }
            } else {
                sy.scope = NameScope::GlobalImplicit;
            }
        }
        for (Scope* c : s->children) resolve(c);
    }
};

bool Symtable::build(Module* m, ScopeKind top, SymtableError* err) {
    SymtableBuilder b{*this, err};
    b.open(top, "<module>", m, 1);
    b.stmts(m->body);
    if (b.failed) return false;
    // Names used in children must be resolved top-down so that inner free variables find outer bindings
    // after the outer scope's own classification; cells set by inner resolution survive (checked above).
    b.resolve(all_[0]);
    return !b.failed;
}

std::string_view Symtable::mangle(const Scope* scope, std::string_view name) {
    if (name.size() < 3 || name[0] != '_' || name[1] != '_') return name;
    if (name[name.size() - 1] == '_' && name[name.size() - 2] == '_') return name;
    if (name.find('.') != std::string_view::npos) return name;
    while (scope && scope->kind != ScopeKind::Class) scope = scope->parent;
    if (!scope) return name;
    std::string_view cls = scope->name;
    while (!cls.empty() && cls[0] == '_') cls.remove_prefix(1);
    if (cls.empty()) return name;
    std::string m = "_" + std::string(cls) + std::string(name);
    return *mangled_.insert(std::move(m)).first;
}

Symtable::~Symtable() {
    for (Scope* s : all_) delete s;
}

}  // namespace pyco
