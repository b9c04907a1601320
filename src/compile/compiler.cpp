// Code generation: turns the AST (with its Symtable) into code objects, one per module/function/class body.
#include <algorithm>
#include <cstring>
#include <deque>
#include <string>
#include <unordered_map>
#include <vector>

#include "compile/compile.h"
#include "compile/symtable.h"
#include "objects/objects.h"
#include "vm/linetable.h"
#include "vm/opcodes.h"

namespace pyco {

using namespace ast;

namespace {

// Compile-time errors that are SyntaxErrors in Python ('break' outside loop, ...).
struct CompileError {
    std::string message;
    Pos pos;
    bool set = false;
};

enum class FBlockKind : uint8_t { WhileLoop, ForLoop, TryExcept, FinallyTry, FinallyEnd, With, AsyncWith, HandlerCleanup, ExceptStar };

struct FBlock {
    FBlockKind kind;
    uint32_t loop_start = 0;
    std::vector<uint32_t>* break_jumps = nullptr;
    const ast::List<Stmt*>* finalbody = nullptr;
    std::string_view handler_name;
};

// One code object under construction. Lives on the C++ stack (its pyco::List* fields are then found by the GC's
// conservative scan while compilation allocates).
struct CodeUnit {
    Scope* scope = nullptr;
    std::vector<uint32_t> code;
    std::vector<Loc> locs;
    pyco::List* consts = nullptr;
    pyco::List* names = nullptr;
    std::unordered_map<std::string_view, uint32_t> name_index;
    std::unordered_map<std::string, uint32_t> str_const_index;
    std::vector<std::string_view> varnames;
    std::unordered_map<std::string_view, uint32_t> var_index;
    std::vector<std::string_view> cellvars, freevars;
    std::unordered_map<std::string_view, uint32_t> cell_index;  // cells then free vars
    std::vector<FBlock> fblocks;
    std::string qualname;
    Loc loc{1, 1, 0, 0};
    int depth = 0, max_depth = 0;
    bool is_function = false;
};

struct Compiler {
    Interpreter& vm;
    Symtable& st;
    Str* filename;
    Str* source;
    ParseMode mode;
    CompileError err;
    CodeUnit* u = nullptr;
    std::deque<std::string> hidden_names;  // storage for compiler-made local names (match captures)
    int star_depth = 0;                    // nesting of try/except* statements (their hidden locals)
    Pos pattern_pos;                       // the pattern being compiled (CPython reports pattern errors there)

    // ---- emission --------------------------------------------------------------------------------------------
    void set_loc(const Pos& p) {
        u->loc = Loc{p.line, p.end_line, static_cast<uint16_t>(p.col < 0xffff ? p.col : 0xffff),
                     static_cast<uint16_t>(p.end_col < 0xffff ? p.end_col : 0xffff)};
    }
    uint32_t emit(Op op, uint32_t arg = 0) {
        if (arg > kMaxArg) fail("too many constants or names in one code object", Pos{u->loc.line, u->loc.col, u->loc.line, u->loc.col});
        u->code.push_back(make_instr(op, arg & kMaxArg));
        u->locs.push_back(u->loc);
        return static_cast<uint32_t>(u->code.size() - 1);
    }
    uint32_t here() const { return static_cast<uint32_t>(u->code.size()); }
    void patch(uint32_t at, uint32_t target) { u->code[at] = make_instr(instr_op(u->code[at]), target); }
    void patch_here(uint32_t at) { patch(at, here()); }

    void fail(const std::string& msg, const Pos& pos) {
        if (err.set) return;
        err.set = true;
        err.message = msg;
        err.pos = pos;
    }
    bool ok() const { return !err.set; }

    // ---- constants and names -------------------------------------------------------------------------------
    R<uint32_t> add_const(Value v) {
        TRY(list_append(vm, u->consts, v));
        return u->consts->size - 1;
    }
    R<uint32_t> str_const(std::string_view s) {
        auto it = u->str_const_index.find(std::string(s));
        if (it != u->str_const_index.end()) return it->second;
        Str* str = TRY(intern(vm, s));
        uint32_t i = TRY(add_const(val(str)));
        u->str_const_index.emplace(std::string(s), i);
        return i;
    }
    R<uint32_t> name(std::string_view s) {
        auto it = u->name_index.find(s);
        if (it != u->name_index.end()) return it->second;
        Str* str = TRY(intern(vm, s));
        TRY(list_append(vm, u->names, val(str)));
        uint32_t i = u->names->size - 1;
        u->name_index.emplace(s, i);
        return i;
    }
    uint32_t varname(std::string_view s) {
        auto it = u->var_index.find(s);
        if (it != u->var_index.end()) return it->second;
        u->varnames.push_back(s);
        uint32_t i = static_cast<uint32_t>(u->varnames.size() - 1);
        u->var_index.emplace(s, i);
        return i;
    }
    Status load_const(Value v) {
        uint32_t i = TRY(add_const(v));
        emit(Op::LOAD_CONST, i);
        return Status::ok();
    }
    Status load_none() { return load_const(Value::none()); }

    // ---- names ---------------------------------------------------------------------------------------------
    enum class Access { Load, Store, Del };

    std::string_view mangle(std::string_view id) { return st.mangle(u->scope, id); }

    Status name_op(std::string_view id, Access acc) {
        id = mangle(id);
        Scope* s = u->scope;
        Symbol* sym = s->find(id);
        NameScope ns = sym ? sym->scope : NameScope::GlobalImplicit;
        bool dict_scope = s->kind == ScopeKind::Module || s->kind == ScopeKind::Class;
        if (ns == NameScope::Free || ns == NameScope::Cell) {
            auto it = u->cell_index.find(id);
            if (it != u->cell_index.end()) {
                if (s->kind == ScopeKind::Class && ns == NameScope::Free && acc == Access::Load) {
                    uint32_t ni = TRY(name(id));
                    (void)ni;
                    emit(Op::LOAD_CLASSDEREF, it->second);
                    return Status::ok();
                }
                if (s->kind == ScopeKind::Class && ns == NameScope::Cell && id == "__class__") {
                    // the class cell is not a class-body variable
                } else {
                    emit(acc == Access::Load ? Op::LOAD_DEREF : acc == Access::Store ? Op::STORE_DEREF : Op::DELETE_DEREF,
                         it->second);
                    return Status::ok();
                }
            }
        }
        if (ns == NameScope::GlobalExplicit || (ns == NameScope::GlobalImplicit && !dict_scope)) {
            uint32_t ni = TRY(name(id));
            emit(acc == Access::Load ? Op::LOAD_GLOBAL : acc == Access::Store ? Op::STORE_GLOBAL : Op::DELETE_GLOBAL, ni);
            return Status::ok();
        }
        if (dict_scope) {
            uint32_t ni = TRY(name(id));
            emit(acc == Access::Load ? Op::LOAD_NAME : acc == Access::Store ? Op::STORE_NAME : Op::DELETE_NAME, ni);
            return Status::ok();
        }
        uint32_t vi = varname(id);
        emit(acc == Access::Load ? Op::LOAD_FAST : acc == Access::Store ? Op::STORE_FAST : Op::DELETE_FAST, vi);
        return Status::ok();
    }

    // ---- code units ----------------------------------------------------------------------------------------
    Status enter_unit(CodeUnit& unit, Scope* scope, std::string qualname) {
        unit.scope = scope;
        unit.consts = TRY(new_list(vm));
        unit.names = TRY(new_list(vm));
        unit.qualname = std::move(qualname);
        unit.is_function = scope->kind == ScopeKind::Function || scope->kind == ScopeKind::Lambda ||
                           scope->kind == ScopeKind::Comprehension;
        if (u) unit.loc = u->loc;
        u = &unit;
        if (unit.is_function) {
            for (std::string_view p : scope->params) varname(p);
        }
        // Cells: locals captured by inner scopes, in order of first appearance; then free variables.
        for (std::string_view n : scope->order) {
            Symbol& sy = scope->symbols[n];
            if (sy.scope == NameScope::Cell) unit.cellvars.push_back(n);
        }
        if (scope->kind == ScopeKind::Class && scope->needs_class_cell) unit.cellvars.push_back("__class__");
        for (std::string_view n : scope->order) {
            Symbol& sy = scope->symbols[n];
            if (sy.scope == NameScope::Free) unit.freevars.push_back(n);
        }
        for (auto& [n, sy] : scope->symbols) {  // free names reached only through resolution (e.g. class bodies)
            if (sy.scope == NameScope::Free &&
                std::find(unit.freevars.begin(), unit.freevars.end(), n) == unit.freevars.end() &&
                std::find(unit.cellvars.begin(), unit.cellvars.end(), n) == unit.cellvars.end())
                unit.freevars.push_back(n);
        }
        uint32_t i = 0;
        for (std::string_view n : unit.cellvars) unit.cell_index.emplace(n, i++);
        for (std::string_view n : unit.freevars) unit.cell_index.emplace(n, i++);
        return Status::ok();
    }

    R<Tuple*> names_tuple(const std::vector<std::string_view>& names) {
        Tuple* t = TRY(new_tuple(vm, static_cast<uint32_t>(names.size())));
        for (size_t i = 0; i < names.size(); i++) t->items[i] = val(TRY(intern(vm, names[i])));
        return t;
    }

    // Computes the maximum stack depth by walking the code (each instruction's effect is static).
    int stack_effect(uint32_t ins, bool jump) {
        Op op = instr_op(ins);
        int a = static_cast<int>(instr_arg(ins));
        switch (op) {
            case Op::NOP: case Op::ROT_TWO: case Op::ROT_THREE: case Op::ROT_FOUR: case Op::KW_NAMES:
            case Op::UNARY_NEGATIVE: case Op::UNARY_POSITIVE: case Op::UNARY_NOT: case Op::UNARY_INVERT:
            case Op::GET_ITER: case Op::JUMP: case Op::LOAD_ATTR: case Op::GET_YIELD_FROM_ITER: case Op::POP_BLOCK:
            case Op::LIST_TO_TUPLE: case Op::SETUP_ANNOTATIONS: case Op::YIELD_VALUE:
            case Op::GET_AWAITABLE: case Op::GET_AITER: case Op::ASYNC_GEN_WRAP:
                return 0;
            case Op::GET_ANEXT: case Op::BEFORE_ASYNC_WITH:
                return 1;
            case Op::END_ASYNC_FOR:
                return -3;
            case Op::SETUP_ASYNC_WITH:
                return jump ? 1 : 0;
            case Op::POP_TOP: case Op::STORE_FAST: case Op::STORE_DEREF: case Op::STORE_NAME: case Op::STORE_GLOBAL:
            case Op::DELETE_ATTR: case Op::BINARY_OP: case Op::INPLACE_OP: case Op::COMPARE_OP: case Op::IS_OP:
            case Op::CONTAINS_OP: case Op::BINARY_SUBSCR: case Op::LIST_APPEND: case Op::SET_ADD:
            case Op::LIST_EXTEND: case Op::SET_UPDATE: case Op::DICT_UPDATE: case Op::DICT_MERGE:
            case Op::RETURN_VALUE: case Op::POP_EXCEPT: case Op::RERAISE: case Op::IMPORT_STAR: case Op::PRINT_EXPR:
            case Op::IMPORT_NAME: case Op::YIELD_FROM:
                return -1;
            case Op::DUP_TOP: case Op::PUSH_NULL: case Op::LOAD_CONST: case Op::LOAD_FAST: case Op::LOAD_DEREF:
            case Op::LOAD_CLOSURE: case Op::LOAD_CLASSDEREF: case Op::LOAD_NAME: case Op::LOAD_GLOBAL:
            case Op::LOAD_METHOD: case Op::LOAD_ASSERTION_ERROR: case Op::LOAD_BUILD_CLASS: case Op::IMPORT_FROM:
            case Op::WITH_EXCEPT_START: case Op::MATCH_MAPPING: case Op::MATCH_SEQUENCE: case Op::MATCH_KEYS:
            case Op::GET_LEN: case Op::COPY_DICT_WITHOUT_KEYS:
                return op == Op::COPY_DICT_WITHOUT_KEYS ? 0 : 1;
            case Op::DELETE_FAST: case Op::DELETE_DEREF: case Op::DELETE_NAME: case Op::DELETE_GLOBAL:
                return 0;
            case Op::DUP_TOP_TWO: return 2;
            case Op::STORE_ATTR: case Op::DELETE_SUBSCR: case Op::MAP_ADD: case Op::JUMP_IF_NOT_EXC_MATCH: return -2;
            case Op::STORE_SUBSCR: return -3;
            case Op::CALL: return -a - 1;
            case Op::CALL_EX: return -2 - a;
            case Op::BUILD_SLICE: return 1 - a;
            case Op::BUILD_TUPLE: case Op::BUILD_LIST: case Op::BUILD_SET: case Op::BUILD_STRING: return 1 - a;
            case Op::BUILD_MAP: return 1 - 2 * a;
            case Op::UNPACK_SEQUENCE: return a - 1;
            case Op::UNPACK_EX: return (a & 0xff) + (a >> 8);
            case Op::POP_JUMP_IF_FALSE: case Op::POP_JUMP_IF_TRUE: return -1;
            case Op::JUMP_IF_FALSE_OR_POP: case Op::JUMP_IF_TRUE_OR_POP: return jump ? 0 : -1;
            case Op::FOR_ITER: return jump ? -1 : 1;
            case Op::MAKE_FUNCTION: return -(((a & 1) != 0) + ((a & 2) != 0) + ((a & 4) != 0) + ((a & 8) != 0));
            case Op::SETUP_FINALLY: return jump ? 2 : 0;
            case Op::SETUP_WITH: return jump ? 2 : 1;
            case Op::RAISE_VARARGS: return -a;
            case Op::FORMAT_VALUE: return (a & 4) ? -1 : 0;
            case Op::MATCH_CLASS: return -2;
        }
        return 0;
    }

    int compute_stacksize() {
        if (!ok()) return 2;  // after a compile error jumps may be unpatched; the code is discarded anyway
        size_t n = u->code.size();
        std::vector<int> depth(n + 1, -1);
        std::vector<uint32_t> work;
        depth[0] = 0;
        work.push_back(0);
        int maxd = 0;
        while (!work.empty()) {
            uint32_t i = work.back();
            work.pop_back();
            int d = depth[i];
            while (i < n) {
                uint32_t ins = u->code[i];
                Op op = instr_op(ins);
                bool is_jump = op == Op::JUMP || op == Op::POP_JUMP_IF_FALSE || op == Op::POP_JUMP_IF_TRUE ||
                               op == Op::JUMP_IF_FALSE_OR_POP || op == Op::JUMP_IF_TRUE_OR_POP || op == Op::FOR_ITER ||
                               op == Op::SETUP_FINALLY || op == Op::SETUP_WITH || op == Op::JUMP_IF_NOT_EXC_MATCH ||
                               op == Op::SETUP_ASYNC_WITH;
                if (is_jump) {
                    uint32_t t = instr_arg(ins);
                    int td = d + stack_effect(ins, true);
                    if (op == Op::SETUP_WITH) td = d + 2;  // handler: [exit old exc] from [mgr]
                    if (td > maxd) maxd = td;
                    if (t <= n && depth[t] < td) {
                        depth[t] = td;
                        work.push_back(t);
                    }
                }
                d += stack_effect(ins, false);
                if (d > maxd) maxd = d;
                if (op == Op::JUMP || op == Op::RETURN_VALUE || op == Op::RERAISE ||
                    (op == Op::RAISE_VARARGS)) break;
                i++;
                if (i < n && depth[i] >= d) break;
                if (i < n) depth[i] = d;
            }
        }
        return maxd + 2;
    }

    R<Code*> finish_unit(std::string_view name, int firstline, int argcount, int posonly, int kwonly, uint16_t flags) {
        Code* c = TRY(alloc<Code>(vm, vm.t_code));
        c->name = TRY(intern(vm, name));
        c->qualname = TRY(new_str(vm, u->qualname));
        c->filename = filename;
        c->source = source;
        c->consts = TRY(tuple_from_span(vm, u->consts->items, u->consts->size));
        c->names = TRY(tuple_from_span(vm, u->names->items, u->names->size));
        c->varnames = TRY(names_tuple(u->varnames));
        c->cellvars = TRY(names_tuple(u->cellvars));
        c->freevars = TRY(names_tuple(u->freevars));
        c->ninstr = static_cast<uint32_t>(u->code.size());
        void* code = TRY(alloc_raw(vm, sizeof(uint32_t) * (c->ninstr + 1)));
        std::memcpy(code, u->code.data(), sizeof(uint32_t) * c->ninstr);
        c->code = static_cast<uint32_t*>(code);
        std::string table;
        encode_locs(u->locs.data(), c->ninstr, firstline, true, &table);
        void* linetable = TRY(alloc_raw(vm, table.size()));
        std::memcpy(linetable, table.data(), table.size());
        c->linetable = static_cast<uint8_t*>(linetable);
        c->linetable_size = static_cast<uint32_t>(table.size());
        c->argcount = static_cast<uint16_t>(argcount);
        c->posonlyargcount = static_cast<uint16_t>(posonly);
        c->kwonlyargcount = static_cast<uint16_t>(kwonly);
        c->flags = flags;
        c->nlocals = static_cast<uint16_t>(u->varnames.size());
        c->stacksize = static_cast<uint16_t>(compute_stacksize());
        c->firstlineno = firstline;
        if (!u->cellvars.empty()) {
            void* m = TRY(alloc_raw(vm, sizeof(int16_t) * u->cellvars.size()));
            c->cell2arg = static_cast<int16_t*>(m);
            for (size_t i = 0; i < u->cellvars.size(); i++) {
                c->cell2arg[i] = -1;
                for (size_t p = 0; p < u->scope->params.size(); p++)
                    if (u->scope->params[p] == u->cellvars[i]) c->cell2arg[i] = static_cast<int16_t>(p);
            }
        }
        if (u->varnames.size() > 0xfff0 || c->stacksize > 0xfff0) fail("code object too large", Pos{firstline, 0, firstline, 0});
        return c;
    }

    // ---- statements ------------------------------------------------------------------------------------------
    Status body(const ast::List<Stmt*>& stmts) {
        for (Stmt* s : stmts) {
            TRY(stmt(s));
            if (!ok()) return Status::ok();
        }
        return Status::ok();
    }

    // Unwinds fblocks from the innermost outwards (for return/break/continue). preserve_tos: a return value is
    // on top of the stack and must stay there.
    Status unwind_fblock(FBlock& fb, bool preserve_tos) {
        switch (fb.kind) {
            case FBlockKind::WhileLoop:
                break;
            case FBlockKind::ForLoop:
                if (preserve_tos) emit(Op::ROT_TWO);
                emit(Op::POP_TOP);
                break;
            case FBlockKind::TryExcept:
                emit(Op::POP_BLOCK);
                break;
            case FBlockKind::FinallyTry: {
                emit(Op::POP_BLOCK);
                // The finally body runs outside its own fblock.
                FBlock saved = fb;
                size_t idx = &fb - u->fblocks.data();
                std::vector<FBlock> tail(u->fblocks.begin() + static_cast<long>(idx), u->fblocks.end());
                u->fblocks.resize(idx);
                TRY(body(*saved.finalbody));
                u->fblocks.insert(u->fblocks.end(), tail.begin(), tail.end());
                break;
            }
            case FBlockKind::FinallyEnd:
                if (preserve_tos) emit(Op::ROT_TWO);
                emit(Op::POP_TOP);  // the exception
                if (preserve_tos) emit(Op::ROT_TWO);
                emit(Op::POP_EXCEPT);
                break;
            case FBlockKind::With:
            case FBlockKind::AsyncWith:
                emit(Op::POP_BLOCK);
                if (preserve_tos) emit(Op::ROT_TWO);
                TRY(call_exit_none(fb.kind == FBlockKind::AsyncWith));
                break;
            case FBlockKind::ExceptStar:
                break;  // jumps out of an except* handler are rejected before unwinding (crosses_except_star)
            case FBlockKind::HandlerCleanup:
                if (preserve_tos) emit(Op::ROT_TWO);
                emit(Op::POP_EXCEPT);
                if (!fb.handler_name.empty()) {
                    TRY(load_none());
                    TRY(name_op(fb.handler_name, Access::Store));
                    TRY(name_op(fb.handler_name, Access::Del));
                }
                break;
        }
        return Status::ok();
    }

    // [exit] -> []: exit(None, None, None), awaited for `async with`
    Status call_exit_none(bool is_async = false) {
        emit(Op::PUSH_NULL);
        emit(Op::ROT_TWO);
        TRY(load_none());
        emit(Op::DUP_TOP);
        emit(Op::DUP_TOP);
        emit(Op::CALL, 3);
        if (is_async) TRY(emit_await(2));
        emit(Op::POP_TOP);
        return Status::ok();
    }

    // [awaitable] -> [result]
    Status emit_await(uint32_t where) {
        emit(Op::GET_AWAITABLE, where);
        TRY(load_none());
        emit(Op::YIELD_FROM);
        return Status::ok();
    }

    bool in_async_function() const {
        return u->scope->is_coroutine && (u->scope->kind == ScopeKind::Function || u->scope->kind == ScopeKind::Comprehension);
    }

    Status async_for(For* f) {
        if (!in_async_function()) {
            fail("'async for' outside async function", f->pos);
            return Status::ok();
        }
        TRY(expr(f->iter));
        set_loc(f->pos);
        emit(Op::GET_AITER);
        uint32_t start = here();
        uint32_t setup = emit(Op::SETUP_FINALLY);
        emit(Op::GET_ANEXT);
        TRY(load_none());
        emit(Op::YIELD_FROM);
        emit(Op::POP_BLOCK);
        std::vector<uint32_t> breaks;
        TRY(store_target(f->target));
        u->fblocks.push_back(FBlock{FBlockKind::ForLoop, start, &breaks});
        TRY(body(f->body));
        u->fblocks.pop_back();
        set_loc(f->pos);
        emit(Op::JUMP, start);
        patch_here(setup);
        emit(Op::END_ASYNC_FOR);
        TRY(body(f->orelse));
        for (uint32_t j : breaks) patch_here(j);
        return Status::ok();
    }

    Status async_with(With* w, uint32_t item) {
        if (!in_async_function()) {
            fail("'async with' outside async function", w->pos);
            return Status::ok();
        }
        WithItem* it = w->items[item];
        TRY(expr(it->context_expr));
        set_loc(w->pos);
        emit(Op::BEFORE_ASYNC_WITH);
        TRY(emit_await(1));
        uint32_t setup = emit(Op::SETUP_ASYNC_WITH);
        if (it->optional_vars) TRY(store_target(it->optional_vars));
        else emit(Op::POP_TOP);
        u->fblocks.push_back(FBlock{FBlockKind::AsyncWith});
        if (item + 1 < w->items.size) TRY(async_with(w, item + 1));
        else TRY(body(w->body));
        u->fblocks.pop_back();
        set_loc(w->pos);
        emit(Op::POP_BLOCK);
        TRY(call_exit_none(true));
        uint32_t to_end = emit(Op::JUMP);
        patch_here(setup);
        emit(Op::WITH_EXCEPT_START);
        TRY(emit_await(2));
        uint32_t to_suppress = emit(Op::POP_JUMP_IF_TRUE);
        emit(Op::RERAISE);
        patch_here(to_suppress);
        emit(Op::POP_TOP);     // exc
        emit(Op::POP_EXCEPT);  // old handling
        emit(Op::POP_TOP);     // exit
        patch_here(to_end);
        return Status::ok();
    }

    // Whether a break/continue (to_loop) or a return would leave an except* handler: a SyntaxError.
    bool crosses_except_star(bool to_loop, const Pos& pos) {
        for (size_t i = u->fblocks.size(); i-- > 0;) {
            FBlockKind k = u->fblocks[i].kind;
            if (to_loop && (k == FBlockKind::WhileLoop || k == FBlockKind::ForLoop)) return false;
            if (k == FBlockKind::ExceptStar) {
                fail("'break', 'continue' and 'return' cannot appear in an except* block", pos);
                return true;
            }
        }
        return false;
    }

    Status unwind_to_loop(bool is_break, const Pos& pos) {
        if (crosses_except_star(true, pos)) return Status::ok();
        for (size_t i = u->fblocks.size(); i-- > 0;) {
            FBlock fb = u->fblocks[i];
            if (fb.kind == FBlockKind::WhileLoop || fb.kind == FBlockKind::ForLoop) {
                if (is_break) {
                    TRY(unwind_fblock(u->fblocks[i], false));
                    fb.break_jumps->push_back(emit(Op::JUMP));
                } else {
                    emit(Op::JUMP, fb.loop_start);
                }
                return Status::ok();
            }
            TRY(unwind_fblock(u->fblocks[i], false));
        }
        fail(is_break ? "'break' outside loop" : "'continue' not properly in loop", pos);
        return Status::ok();
    }

    Status stmt(Stmt* s) {
        set_loc(s->pos);
        switch (s->kind) {
            case StmtKind::ExprStmt: {
                Expr* e = static_cast<ExprStmt*>(s)->value;
                if (mode == ParseMode::Single && u->scope->kind == ScopeKind::Module) {
                    TRY(expr(e));
                    emit(Op::PRINT_EXPR);
                } else if (e->kind == ExprKind::Constant) {
                    // A docstring or a lone constant does nothing.
                } else {
                    TRY(expr(e));
                    emit(Op::POP_TOP);
                }
                break;
            }
            case StmtKind::Assign: {
                auto* a = static_cast<Assign*>(s);
                TRY(expr(a->value));
                for (uint32_t i = 0; i < a->targets.size; i++) {
                    if (i + 1 < a->targets.size) emit(Op::DUP_TOP);
                    TRY(store_target(a->targets[i]));
                }
                break;
            }
            case StmtKind::AugAssign:
                TRY(aug_assign(static_cast<AugAssign*>(s)));
                break;
            case StmtKind::AnnAssign: {
                auto* a = static_cast<AnnAssign*>(s);
                if (a->value) {
                    TRY(expr(a->value));
                    TRY(store_target(a->target));
                } else if (a->target->kind != ExprKind::Name) {
                    // `x.y: int` evaluates x; `x[i]: int` evaluates x and i.
                    if (a->target->kind == ExprKind::Attribute) {
                        TRY(expr(static_cast<Attribute*>(a->target)->value));
                        emit(Op::POP_TOP);
                    } else if (a->target->kind == ExprKind::Subscript) {
                        TRY(expr(static_cast<Subscript*>(a->target)->value));
                        emit(Op::POP_TOP);
                        TRY(expr(static_cast<Subscript*>(a->target)->slice));
                        emit(Op::POP_TOP);
                    }
                }
                if (a->simple && a->target->kind == ExprKind::Name &&
                    (u->scope->kind == ScopeKind::Module || u->scope->kind == ScopeKind::Class)) {
                    TRY(expr(a->annotation));
                    uint32_t ni = TRY(name("__annotations__"));
                    emit(Op::LOAD_NAME, ni);
                    uint32_t k = TRY(str_const(mangle(static_cast<Name*>(a->target)->id)));
                    emit(Op::LOAD_CONST, k);
                    emit(Op::STORE_SUBSCR);
                }
                break;
            }
            case StmtKind::Delete:
                for (Expr* t : static_cast<Delete*>(s)->targets) TRY(delete_target(t));
                break;
            case StmtKind::Pass:
                break;
            case StmtKind::Return: {
                auto* r = static_cast<Return*>(s);
                if (u->scope->is_generator && u->scope->is_coroutine && r->value) {
                    fail("'return' with value in async generator", s->pos);
                    break;
                }
                if (crosses_except_star(false, s->pos)) break;
                if (r->value) TRY(expr(r->value));
                else TRY(load_none());
                for (size_t i = u->fblocks.size(); i-- > 0;) TRY(unwind_fblock(u->fblocks[i], true));
                set_loc(s->pos);
                emit(Op::RETURN_VALUE);
                break;
            }
            case StmtKind::Break:
                TRY(unwind_to_loop(true, s->pos));
                break;
            case StmtKind::Continue:
                TRY(unwind_to_loop(false, s->pos));
                break;
            case StmtKind::If: {
                auto* i = static_cast<If*>(s);
                std::vector<uint32_t> to_else;
                TRY(jump_if(i->test, false, &to_else));
                TRY(body(i->body));
                if (!i->orelse.empty()) {
                    uint32_t to_end = emit(Op::JUMP);
                    for (uint32_t j : to_else) patch_here(j);
                    TRY(body(i->orelse));
                    patch_here(to_end);
                } else {
                    for (uint32_t j : to_else) patch_here(j);
                }
                break;
            }
            case StmtKind::While: {
                auto* w = static_cast<While*>(s);
                uint32_t start = here();
                std::vector<uint32_t> to_else, breaks;
                TRY(jump_if(w->test, false, &to_else));
                u->fblocks.push_back(FBlock{FBlockKind::WhileLoop, start, &breaks});
                TRY(body(w->body));
                u->fblocks.pop_back();
                set_loc(s->pos);
                emit(Op::JUMP, start);
                for (uint32_t j : to_else) patch_here(j);
                TRY(body(w->orelse));
                for (uint32_t j : breaks) patch_here(j);
                break;
            }
            case StmtKind::For: {
                auto* f = static_cast<For*>(s);
                if (f->is_async) {
                    TRY(async_for(f));
                    break;
                }
                TRY(expr(f->iter));
                set_loc(s->pos);
                emit(Op::GET_ITER);
                uint32_t start = here();
                uint32_t for_iter = emit(Op::FOR_ITER);
                std::vector<uint32_t> breaks;
                TRY(store_target(f->target));
                u->fblocks.push_back(FBlock{FBlockKind::ForLoop, start, &breaks});
                TRY(body(f->body));
                u->fblocks.pop_back();
                set_loc(s->pos);
                emit(Op::JUMP, start);
                patch_here(for_iter);
                TRY(body(f->orelse));
                for (uint32_t j : breaks) patch_here(j);
                break;
            }
            case StmtKind::FunctionDef:
                TRY(function_def(static_cast<FunctionDef*>(s)));
                break;
            case StmtKind::ClassDef:
                TRY(class_def(static_cast<ClassDef*>(s)));
                break;
            case StmtKind::Raise: {
                auto* r = static_cast<Raise*>(s);
                uint32_t n = 0;
                if (r->exc) {
                    TRY(expr(r->exc));
                    n = 1;
                    if (r->cause) {
                        TRY(expr(r->cause));
                        n = 2;
                    }
                }
                set_loc(s->pos);
                emit(Op::RAISE_VARARGS, n);
                break;
            }
            case StmtKind::Try:
                TRY(try_stmt(static_cast<Try*>(s)));
                break;
            case StmtKind::TryStar:
                TRY(try_stmt(reinterpret_cast<Try*>(s), true));  // same layout as Try
                break;
            case StmtKind::Assert: {
                auto* a = static_cast<Assert*>(s);
                std::vector<uint32_t> to_end;
                TRY(jump_if(a->test, true, &to_end));
                set_loc(s->pos);
                emit(Op::LOAD_ASSERTION_ERROR);
                if (a->msg) {
                    emit(Op::PUSH_NULL);
                    emit(Op::ROT_TWO);
                    TRY(expr(a->msg));
                    emit(Op::CALL, 1);
                }
                emit(Op::RAISE_VARARGS, 1);
                for (uint32_t j : to_end) patch_here(j);
                break;
            }
            case StmtKind::Import:
                for (Alias* a : static_cast<Import*>(s)->names) {
                    set_loc(a->pos);
                    TRY(load_const(Value::small_int(0)));
                    TRY(load_none());
                    uint32_t ni = TRY(name(a->name));
                    emit(Op::IMPORT_NAME, ni);
                    if (!a->asname.empty()) {
                        // `import a.b.c as d` binds the submodule: walk the attributes.
                        std::string_view rest = a->name;
                        size_t dot = rest.find('.');
                        while (dot != std::string_view::npos) {
                            rest = rest.substr(dot + 1);
                            size_t next = rest.find('.');
                            uint32_t ai = TRY(name(rest.substr(0, next)));
                            emit(Op::IMPORT_FROM, ai);
                            emit(Op::ROT_TWO);
                            emit(Op::POP_TOP);
                            dot = next;
                        }
                        TRY(name_op(a->asname, Access::Store));
                    } else {
                        TRY(name_op(a->name.substr(0, a->name.find('.')), Access::Store));
                    }
                }
                break;
            case StmtKind::ImportFrom: {
                auto* f = static_cast<ImportFrom*>(s);
                TRY(load_const(Value::small_int(f->level)));
                Tuple* fromlist = TRY(new_tuple(vm, f->names.size));
                for (uint32_t i = 0; i < f->names.size; i++) fromlist->items[i] = val(TRY(intern(vm, f->names[i]->name)));
                TRY(load_const(val(fromlist)));
                uint32_t ni = TRY(name(f->module));
                emit(Op::IMPORT_NAME, ni);
                if (f->names.size == 1 && f->names[0]->name == "*") {
                    emit(Op::IMPORT_STAR);
                    break;
                }
                for (Alias* a : f->names) {
                    set_loc(a->pos);
                    uint32_t ai = TRY(name(a->name));
                    emit(Op::IMPORT_FROM, ai);
                    TRY(name_op(a->asname.empty() ? a->name : a->asname, Access::Store));
                }
                emit(Op::POP_TOP);
                break;
            }
            case StmtKind::Global:
            case StmtKind::Nonlocal:
                break;
            case StmtKind::With:
                if (static_cast<With*>(s)->is_async) TRY(async_with(static_cast<With*>(s), 0));
                else TRY(with_stmt(static_cast<With*>(s), 0));
                break;
            case StmtKind::Match:
                TRY(match_stmt(static_cast<Match*>(s)));
                break;
        }
        return Status::ok();
    }

    Status aug_assign(AugAssign* a) {
        uint32_t op = static_cast<uint32_t>(a->op);
        Expr* t = a->target;
        switch (t->kind) {
            case ExprKind::Name: {
                std::string_view id = static_cast<Name*>(t)->id;
                TRY(name_op(id, Access::Load));
                TRY(expr(a->value));
                set_loc(a->pos);
                emit(Op::INPLACE_OP, op);
                TRY(name_op(id, Access::Store));
                break;
            }
            case ExprKind::Attribute: {
                auto* at = static_cast<Attribute*>(t);
                TRY(expr(at->value));
                emit(Op::DUP_TOP);
                uint32_t ni = TRY(name(mangle(at->attr)));
                emit(Op::LOAD_ATTR, ni);
                TRY(expr(a->value));
                set_loc(a->pos);
                emit(Op::INPLACE_OP, op);
                emit(Op::ROT_TWO);
                emit(Op::STORE_ATTR, ni);
                break;
            }
            case ExprKind::Subscript: {
                auto* sub = static_cast<Subscript*>(t);
                TRY(expr(sub->value));
                TRY(expr(sub->slice));
                emit(Op::DUP_TOP_TWO);
                emit(Op::BINARY_SUBSCR);
                TRY(expr(a->value));
                set_loc(a->pos);
                emit(Op::INPLACE_OP, op);
                emit(Op::ROT_THREE);
                emit(Op::STORE_SUBSCR);
                break;
            }
            default:
                fail("'" + std::string(expr_description(t)) + "' is an illegal expression for augmented assignment", t->pos);
        }
        return Status::ok();
    }

    static const char* expr_description(Expr* e) {
        switch (e->kind) {
            case ExprKind::Tuple: return "tuple";
            case ExprKind::List: return "list";
            case ExprKind::Call: return "function call";
            case ExprKind::Constant: return "literal";
            default: return "expression";
        }
    }

    Status store_target(Expr* t) {
        switch (t->kind) {
            case ExprKind::Name:
                return name_op(static_cast<Name*>(t)->id, Access::Store);
            case ExprKind::Attribute: {
                auto* a = static_cast<Attribute*>(t);
                TRY(expr(a->value));
                set_loc(t->pos);
                uint32_t ni = TRY(name(mangle(a->attr)));
                emit(Op::STORE_ATTR, ni);
                return Status::ok();
            }
            case ExprKind::Subscript: {
                auto* s = static_cast<Subscript*>(t);
                TRY(expr(s->value));
                TRY(expr(s->slice));
                set_loc(t->pos);
                emit(Op::STORE_SUBSCR);
                return Status::ok();
            }
            case ExprKind::Tuple:
            case ExprKind::List: {
                const ast::List<Expr*>& elts = t->kind == ExprKind::Tuple ? static_cast<TupleExpr*>(t)->elts
                                                                     : static_cast<ListExpr*>(t)->elts;
                int star = -1;
                for (uint32_t i = 0; i < elts.size; i++) {
                    if (elts[i]->kind == ExprKind::Starred) {
                        if (star >= 0) {
                            fail("multiple starred expressions in assignment", elts[i]->pos);
                            return Status::ok();
                        }
                        star = static_cast<int>(i);
                    }
                }
                set_loc(t->pos);
                if (star >= 0) {
                    uint32_t after = elts.size - static_cast<uint32_t>(star) - 1;
                    if (star > 255 || after > 0xffff) {
                        fail("too many expressions in star-unpacking assignment", t->pos);
                        return Status::ok();
                    }
                    emit(Op::UNPACK_EX, static_cast<uint32_t>(star) | (after << 8));
                } else {
                    emit(Op::UNPACK_SEQUENCE, elts.size);
                }
                for (Expr* e : elts) {
                    TRY(store_target(e->kind == ExprKind::Starred ? static_cast<Starred*>(e)->value : e));
                }
                return Status::ok();
            }
            case ExprKind::Starred:
                fail("starred assignment target must be in a list or tuple", t->pos);
                return Status::ok();
            default:
                fail(std::string("cannot assign to ") + expr_description(t), t->pos);
                return Status::ok();
        }
    }

    Status delete_target(Expr* t) {
        switch (t->kind) {
            case ExprKind::Name:
                return name_op(static_cast<Name*>(t)->id, Access::Del);
            case ExprKind::Attribute: {
                auto* a = static_cast<Attribute*>(t);
                TRY(expr(a->value));
                set_loc(t->pos);
                uint32_t ni = TRY(name(mangle(a->attr)));
                emit(Op::DELETE_ATTR, ni);
                return Status::ok();
            }
            case ExprKind::Subscript: {
                auto* s = static_cast<Subscript*>(t);
                TRY(expr(s->value));
                TRY(expr(s->slice));
                set_loc(t->pos);
                emit(Op::DELETE_SUBSCR);
                return Status::ok();
            }
            case ExprKind::Tuple:
            case ExprKind::List: {
                const ast::List<Expr*>& elts = t->kind == ExprKind::Tuple ? static_cast<TupleExpr*>(t)->elts
                                                                     : static_cast<ListExpr*>(t)->elts;
                for (Expr* e : elts) TRY(delete_target(e));
                return Status::ok();
            }
            default:
                fail(std::string("cannot delete ") + expr_description(t), t->pos);
                return Status::ok();
        }
    }

    Status try_stmt(Try* t, bool star = false) {
        if (!t->finalbody.empty()) {
            uint32_t setup = emit(Op::SETUP_FINALLY);
            u->fblocks.push_back(FBlock{FBlockKind::FinallyTry, 0, nullptr, &t->finalbody});
            if (star) TRY(try_except_star(t));
            else if (!t->handlers.empty()) TRY(try_except(t));
            else TRY(body(t->body));
            u->fblocks.pop_back();
            emit(Op::POP_BLOCK);
            TRY(body(t->finalbody));
            uint32_t to_end = emit(Op::JUMP);
            patch_here(setup);
            u->fblocks.push_back(FBlock{FBlockKind::FinallyEnd});
            TRY(body(t->finalbody));
            u->fblocks.pop_back();
            emit(Op::RERAISE);
            patch_here(to_end);
            return Status::ok();
        }
        return star ? try_except_star(t) : try_except(t);
    }

    // [] -> [NULL helper]: one of the except* runtime helpers, hidden builtins made by init_exception_groups.
    Status load_eg_helper(std::string_view helper) {
        uint32_t ni = TRY(name(helper));
        emit(Op::PUSH_NULL);
        emit(Op::LOAD_GLOBAL, ni);
        return Status::ok();
    }

    // try/except* (PEP 654). The caught exception goes into a hidden state ([orig, unmatched rest, raised]);
    // each clause takes its part with $eg_match (split of the rest; a naked exception is wrapped in a group),
    // runs its body with that part as the handled exception (re-raised into a SETUP_FINALLY so sys.exc_info and
    // bare `raise` see it), and records whatever its body raises; $eg_end then gives what to raise at the end.
    Status try_except_star(Try* t) {
        std::string sfx = std::to_string(star_depth++);
        uint32_t st = capture_slot("eg_state" + sfx);
        uint32_t tmp = capture_slot("eg_tmp" + sfx);
        uint32_t setup = emit(Op::SETUP_FINALLY);
        u->fblocks.push_back(FBlock{FBlockKind::TryExcept});
        TRY(body(t->body));
        u->fblocks.pop_back();
        emit(Op::POP_BLOCK);
        TRY(body(t->orelse));
        uint32_t to_end = emit(Op::JUMP);
        patch_here(setup);
        // [old exc]
        emit(Op::STORE_FAST, tmp);
        TRY(load_eg_helper("$eg_begin"));
        emit(Op::LOAD_FAST, tmp);
        emit(Op::CALL, 1);
        emit(Op::STORE_FAST, st);  // [old]
        for (uint32_t i = 0; i < t->handlers.size; i++) {
            ExceptHandler* h = t->handlers[i];
            set_loc(h->pos);
            TRY(load_eg_helper("$eg_match"));
            emit(Op::LOAD_FAST, st);
            if (h->type) TRY(expr(h->type));
            else TRY(load_none());
            set_loc(h->pos);
            emit(Op::CALL, 2);  // [old match]
            emit(Op::DUP_TOP);
            TRY(load_none());
            emit(Op::IS_OP, 0);
            uint32_t to_skip = emit(Op::POP_JUMP_IF_TRUE);
            uint32_t catch_setup = emit(Op::SETUP_FINALLY);
            emit(Op::RERAISE);  // the match becomes the handled exception (no traceback entry)
            patch_here(catch_setup);  // [old match old2 match]
            if (!h->name.empty()) TRY(name_op(h->name, Access::Store));
            else emit(Op::POP_TOP);
            uint32_t body_setup = emit(Op::SETUP_FINALLY);
            u->fblocks.push_back(FBlock{FBlockKind::ExceptStar});
            TRY(body(h->body));
            u->fblocks.pop_back();
            emit(Op::POP_BLOCK);
            emit(Op::POP_EXCEPT);  // [old match]
            uint32_t to_clear = emit(Op::JUMP);
            patch_here(body_setup);  // [old match old2 match exc2]: record what the handler raised
            emit(Op::STORE_FAST, tmp);
            TRY(load_eg_helper("$eg_raised"));
            emit(Op::LOAD_FAST, st);
            emit(Op::LOAD_FAST, tmp);
            emit(Op::CALL, 2);
            emit(Op::POP_TOP);
            emit(Op::POP_EXCEPT);
            emit(Op::POP_EXCEPT);  // [old match]
            patch_here(to_clear);
            emit(Op::POP_TOP);  // the match, left under the catch block's level by RERAISE
            if (!h->name.empty()) {
                TRY(load_none());
                TRY(name_op(h->name, Access::Store));
                TRY(name_op(h->name, Access::Del));
            }
            uint32_t to_next = emit(Op::JUMP);
            patch_here(to_skip);
            emit(Op::POP_TOP);
            patch_here(to_next);
        }
        TRY(load_eg_helper("$eg_end"));
        emit(Op::LOAD_FAST, st);
        emit(Op::CALL, 1);  // [old result]
        TRY(load_none());
        emit(Op::STORE_FAST, tmp);
        TRY(load_none());
        emit(Op::STORE_FAST, st);
        emit(Op::DUP_TOP);
        TRY(load_none());
        emit(Op::IS_OP, 0);
        uint32_t to_done = emit(Op::POP_JUMP_IF_TRUE);
        emit(Op::RERAISE);
        patch_here(to_done);
        emit(Op::POP_TOP);
        emit(Op::POP_EXCEPT);
        patch_here(to_end);
        star_depth--;
        return Status::ok();
    }

    Status try_except(Try* t) {
        uint32_t setup = emit(Op::SETUP_FINALLY);
        u->fblocks.push_back(FBlock{FBlockKind::TryExcept});
        TRY(body(t->body));
        u->fblocks.pop_back();
        emit(Op::POP_BLOCK);
        TRY(body(t->orelse));
        std::vector<uint32_t> to_end;
        to_end.push_back(emit(Op::JUMP));
        patch_here(setup);
        for (uint32_t i = 0; i < t->handlers.size; i++) {
            ExceptHandler* h = t->handlers[i];
            set_loc(h->pos);
            uint32_t to_next = 0;
            if (h->type) {
                emit(Op::DUP_TOP);
                TRY(expr(h->type));
                set_loc(h->pos);
                to_next = emit(Op::JUMP_IF_NOT_EXC_MATCH);
            } else if (i + 1 < t->handlers.size) {
                fail("default 'except:' must be last", h->pos);
                return Status::ok();
            }
            if (!h->name.empty()) TRY(name_op(h->name, Access::Store));
            else emit(Op::POP_TOP);
            u->fblocks.push_back(FBlock{FBlockKind::HandlerCleanup, 0, nullptr, nullptr, h->name});
            TRY(body(h->body));
            u->fblocks.pop_back();
            emit(Op::POP_EXCEPT);
            if (!h->name.empty()) {
                TRY(load_none());
                TRY(name_op(h->name, Access::Store));
                TRY(name_op(h->name, Access::Del));
            }
            to_end.push_back(emit(Op::JUMP));
            if (h->type) patch_here(to_next);
        }
        if (t->handlers.size == 0 || t->handlers[t->handlers.size - 1]->type) emit(Op::RERAISE);
        for (uint32_t j : to_end) patch_here(j);
        return Status::ok();
    }

    Status with_stmt(With* w, uint32_t item) {
        WithItem* it = w->items[item];
        TRY(expr(it->context_expr));
        set_loc(w->pos);
        uint32_t setup = emit(Op::SETUP_WITH);
        if (it->optional_vars) TRY(store_target(it->optional_vars));
        else emit(Op::POP_TOP);
        u->fblocks.push_back(FBlock{FBlockKind::With});
        if (item + 1 < w->items.size) TRY(with_stmt(w, item + 1));
        else TRY(body(w->body));
        u->fblocks.pop_back();
        set_loc(w->pos);
        emit(Op::POP_BLOCK);
        TRY(call_exit_none());
        uint32_t to_end = emit(Op::JUMP);
        patch_here(setup);
        emit(Op::WITH_EXCEPT_START);
        uint32_t to_suppress = emit(Op::POP_JUMP_IF_TRUE);
        emit(Op::RERAISE);
        patch_here(to_suppress);
        emit(Op::POP_TOP);     // exc
        emit(Op::POP_EXCEPT);  // old handling
        emit(Op::POP_TOP);     // exit
        patch_here(to_end);
        return Status::ok();
    }

    // ---- match statements ---------------------------------------------------------------------------------------
    // A pattern consumes the subject on top of the stack. Failure jumps to the case's failure chain, which pops
    // the items the pattern had pushed (`on_top`, not counting its subject) and lands with the match subject on
    // top. Captured values go to hidden locals and are bound to their names only once the whole pattern has
    // matched, so a failed case binds nothing (as in CPython).
    struct PatternCtx {
        std::vector<std::string_view> stores;              // captured names, in order
        std::vector<std::pair<uint32_t, int>> fail_jumps;  // jump instruction, items to pop on failure
        int on_top = 0;
        bool allow_irrefutable = false;
    };

    uint32_t capture_slot(std::string_view id) {
        std::string hidden = "$" + std::string(id);
        for (const std::string& h : hidden_names)
            if (h == hidden) return varname(h);
        hidden_names.push_back(hidden);
        return varname(hidden_names.back());
    }

    void jump_to_fail(PatternCtx& pc, Op op) { pc.fail_jumps.push_back({emit(op), pc.on_top}); }

    // Emits the failure chain: entry k pops k items, then falls through to entry k - 1.
    void emit_fail_pops(PatternCtx& pc) {
        int maxp = 0;
        for (auto& fj : pc.fail_jumps) maxp = std::max(maxp, fj.second);
        std::vector<uint32_t> label(static_cast<size_t>(maxp) + 1);
        for (int k = maxp; k >= 1; k--) {
            label[static_cast<size_t>(k)] = here();
            emit(Op::POP_TOP);
        }
        label[0] = here();
        for (auto& fj : pc.fail_jumps) patch(fj.first, label[static_cast<size_t>(fj.second)]);
        pc.fail_jumps.clear();
    }

    Status store_capture(std::string_view id, PatternCtx& pc) {
        if (id.empty()) {
            emit(Op::POP_TOP);
            return Status::ok();
        }
        if (std::find(pc.stores.begin(), pc.stores.end(), id) != pc.stores.end()) {
            fail("multiple assignments to name '" + std::string(id) + "' in pattern", pattern_pos);
            return Status::ok();
        }
        pc.stores.push_back(id);
        emit(Op::STORE_FAST, capture_slot(id));
        return Status::ok();
    }

    static bool is_wildcard(Pattern* p) { return p->kind == PatternKind::MatchAs && !p->pattern && p->name.empty(); }
    static bool is_star_wildcard(Pattern* p) { return p->kind == PatternKind::MatchStar && p->name.empty(); }

    Status subpattern(Pattern* p, PatternCtx& pc) {
        bool saved = pc.allow_irrefutable;
        pc.allow_irrefutable = true;
        TRY(pattern(p, pc));
        pc.allow_irrefutable = saved;
        return Status::ok();
    }

    Status pattern(Pattern* p, PatternCtx& pc) {
        if (!ok()) return Status::ok();
        pattern_pos = p->pos;
        set_loc(p->pos);
        switch (p->kind) {
            case PatternKind::MatchValue:
                TRY(expr(p->value));
                set_loc(p->pos);
                emit(Op::COMPARE_OP, static_cast<uint32_t>(CmpOp::Eq));
                jump_to_fail(pc, Op::POP_JUMP_IF_FALSE);
                return Status::ok();
            case PatternKind::MatchSingleton:
                TRY(expr(p->value));
                set_loc(p->pos);
                emit(Op::IS_OP, 0);
                jump_to_fail(pc, Op::POP_JUMP_IF_FALSE);
                return Status::ok();
            case PatternKind::MatchAs:
                if (!p->pattern) {
                    if (!pc.allow_irrefutable) {
                        if (!p->name.empty())
                            fail("name capture '" + std::string(p->name) + "' makes remaining patterns unreachable", p->pos);
                        else
                            fail("wildcard makes remaining patterns unreachable", p->pos);
                        return Status::ok();
                    }
                    return store_capture(p->name, pc);
                }
                pc.on_top++;
                emit(Op::DUP_TOP);
                TRY(pattern(p->pattern, pc));
                pc.on_top--;
                return store_capture(p->name, pc);
            case PatternKind::MatchStar:
                return store_capture(p->name, pc);
            case PatternKind::MatchSequence:
                return sequence_pattern(p, pc);
            case PatternKind::MatchMapping:
                return mapping_pattern(p, pc);
            case PatternKind::MatchClass:
                return class_pattern(p, pc);
            case PatternKind::MatchOr:
                return or_pattern(p, pc);
        }
        return Status::ok();
    }

    Status sequence_pattern(Pattern* p, PatternCtx& pc) {
        uint32_t size = p->patterns.size;
        int star = -1;
        bool only_wildcard = true, star_wildcard = false;
        for (uint32_t i = 0; i < size; i++) {
            Pattern* q = p->patterns[i];
            if (q->kind == PatternKind::MatchStar) {
                if (star >= 0) {
                    fail("multiple starred names in sequence pattern", p->pos);
                    return Status::ok();
                }
                star_wildcard = is_star_wildcard(q);
                star = static_cast<int>(i);
            }
            only_wildcard = only_wildcard && (is_wildcard(q) || is_star_wildcard(q));
        }
        pc.on_top++;  // the subject stays during the checks
        emit(Op::MATCH_SEQUENCE);
        jump_to_fail(pc, Op::POP_JUMP_IF_FALSE);
        if (star < 0) {
            emit(Op::GET_LEN);
            TRY(load_const(Value::small_int(size)));
            emit(Op::COMPARE_OP, static_cast<uint32_t>(CmpOp::Eq));
            jump_to_fail(pc, Op::POP_JUMP_IF_FALSE);
        } else if (size > 1) {
            emit(Op::GET_LEN);
            TRY(load_const(Value::small_int(size - 1)));
            emit(Op::COMPARE_OP, static_cast<uint32_t>(CmpOp::Ge));
            jump_to_fail(pc, Op::POP_JUMP_IF_FALSE);
        }
        pc.on_top--;
        if (only_wildcard) {
            emit(Op::POP_TOP);
            return Status::ok();
        }
        if (star_wildcard) {
            // Index the subject instead of unpacking it (no list for the ignored middle).
            pc.on_top++;
            for (uint32_t i = 0; i < size; i++) {
                Pattern* q = p->patterns[i];
                if (is_wildcard(q) || static_cast<int>(i) == star) continue;
                emit(Op::DUP_TOP);
                if (static_cast<int>(i) < star) {
                    TRY(load_const(Value::small_int(i)));
                } else {
                    emit(Op::GET_LEN);
                    TRY(load_const(Value::small_int(size - i)));
                    emit(Op::BINARY_OP, static_cast<uint32_t>(pyco::BinOp::Sub));
                }
                emit(Op::BINARY_SUBSCR);
                TRY(subpattern(q, pc));
                set_loc(p->pos);
            }
            pc.on_top--;
            emit(Op::POP_TOP);
            return Status::ok();
        }
        if (star < 0) {
            emit(Op::UNPACK_SEQUENCE, size);
        } else {
            uint32_t after = size - static_cast<uint32_t>(star) - 1;
            if (star > 255 || after > 0xffff) {
                fail("too many expressions in star-unpacking sequence pattern", p->pos);
                return Status::ok();
            }
            emit(Op::UNPACK_EX, static_cast<uint32_t>(star) | (after << 8));
        }
        pc.on_top += static_cast<int>(size);
        for (uint32_t i = 0; i < size; i++) {
            pc.on_top--;
            TRY(subpattern(p->patterns[i], pc));
        }
        return Status::ok();
    }

    // A mapping-pattern key known at compile time (literals, negated numbers) for the duplicate-key check.
    R<Value> pattern_key_constant(Expr* e) {
        if (e->kind == ExprKind::Constant) {
            auto* c = static_cast<Constant*>(e);
            switch (c->ckind) {
                case ConstKind::None: return Value::none();
                case ConstKind::True: return Value::boolean(true);
                case ConstKind::False: return Value::boolean(false);
                case ConstKind::Int: return make_int(vm, c->i);
                case ConstKind::BigInt: return int_parse(vm, c->s, c->base);
                case ConstKind::Float: return new_float(vm, c->f);
                case ConstKind::Str: return val(TRY(new_str(vm, c->s)));
                case ConstKind::Bytes: return val(TRY(new_bytes(vm, c->s)));
                default: return Value();
            }
        }
        if (e->kind == ExprKind::UnaryOp && static_cast<UnaryOp*>(e)->op == UnaryOpKind::USub) {
            Value v = TRY(pattern_key_constant(static_cast<UnaryOp*>(e)->operand));
            if (v.is_null()) return Value();
            return unary_neg(vm, v);
        }
        return Value();
    }

    Status mapping_pattern(Pattern* p, PatternCtx& pc) {
        uint32_t size = p->keys.size;
        bool has_rest = !p->rest.empty();
        pc.on_top++;
        emit(Op::MATCH_MAPPING);
        jump_to_fail(pc, Op::POP_JUMP_IF_FALSE);
        if (!size && !has_rest) {
            pc.on_top--;
            emit(Op::POP_TOP);
            return Status::ok();
        }
        if (size) {
            emit(Op::GET_LEN);
            TRY(load_const(Value::small_int(size)));
            emit(Op::COMPARE_OP, static_cast<uint32_t>(CmpOp::Ge));
            jump_to_fail(pc, Op::POP_JUMP_IF_FALSE);
        }
        pyco::Set* seen = TRY(new_set(vm, vm.t_set));
        for (Expr* k : p->keys) {
            Value kv = TRY(pattern_key_constant(k));
            if (!kv.is_null()) {
                if (TRY(set_contains(vm, seen, kv))) {
                    Str* r = TRY(repr(vm, kv));
                    fail("mapping pattern checks duplicate key (" + std::string(r->view()) + ")", p->pos);
                    return Status::ok();
                }
                TRY(set_add(vm, seen, kv));
            } else if (k->kind != ExprKind::Attribute && k->kind != ExprKind::BinOp) {
                fail("mapping pattern keys may only match literals and attribute lookups", k->pos);
                return Status::ok();
            }
            TRY(expr(k));
        }
        set_loc(p->pos);
        emit(Op::BUILD_TUPLE, size);
        emit(Op::MATCH_KEYS);
        pc.on_top += 2;  // the keys and the values (or None)
        emit(Op::DUP_TOP);
        TRY(load_none());
        emit(Op::IS_OP, 1);
        jump_to_fail(pc, Op::POP_JUMP_IF_FALSE);
        emit(Op::UNPACK_SEQUENCE, size);
        pc.on_top += static_cast<int>(size) - 1;
        for (uint32_t i = 0; i < size; i++) {
            pc.on_top--;
            TRY(subpattern(p->patterns[i], pc));
        }
        pc.on_top -= 2;
        set_loc(p->pos);
        if (has_rest) {
            emit(Op::COPY_DICT_WITHOUT_KEYS);  // [subject keys] -> [subject rest]
            TRY(store_capture(p->rest, pc));
            emit(Op::POP_TOP);
        } else {
            emit(Op::POP_TOP);  // keys
            emit(Op::POP_TOP);  // subject
        }
        return Status::ok();
    }

    Status class_pattern(Pattern* p, PatternCtx& pc) {
        uint32_t nargs = p->patterns.size, nattrs = p->kwd_attrs.size;
        for (uint32_t i = 0; i < nattrs; i++) {
            for (uint32_t j = 0; j < i; j++) {
                if (p->kwd_attrs[j] == p->kwd_attrs[i]) {
                    fail("attribute name repeated in class pattern: " + std::string(p->kwd_attrs[i]), p->kwd_patterns[i]->pos);
                    return Status::ok();
                }
            }
        }
        TRY(expr(p->cls));
        Tuple* names = TRY(new_tuple(vm, nattrs));
        for (uint32_t i = 0; i < nattrs; i++) names->items[i] = val(TRY(intern(vm, p->kwd_attrs[i])));
        TRY(load_const(val(names)));
        set_loc(p->pos);
        emit(Op::MATCH_CLASS, nargs);  // [subject cls names] -> [attributes or None]
        emit(Op::DUP_TOP);
        TRY(load_none());
        emit(Op::IS_OP, 1);
        pc.on_top++;
        jump_to_fail(pc, Op::POP_JUMP_IF_FALSE);
        emit(Op::UNPACK_SEQUENCE, nargs + nattrs);
        pc.on_top += static_cast<int>(nargs + nattrs) - 1;
        for (uint32_t i = 0; i < nargs + nattrs; i++) {
            pc.on_top--;
            Pattern* q = i < nargs ? p->patterns[i] : p->kwd_patterns[i - nargs];
            if (is_wildcard(q)) {
                emit(Op::POP_TOP);
                continue;
            }
            TRY(subpattern(q, pc));
        }
        return Status::ok();
    }

    Status or_pattern(Pattern* p, PatternCtx& pc) {
        std::vector<uint32_t> to_end;
        std::vector<std::string_view> control;
        uint32_t n = p->patterns.size;
        for (uint32_t i = 0; i < n; i++) {
            PatternCtx alt;
            alt.allow_irrefutable = i == n - 1 && pc.allow_irrefutable;
            set_loc(p->pos);
            emit(Op::DUP_TOP);
            TRY(pattern(p->patterns[i], alt));
            if (!ok()) return Status::ok();
            if (i == 0) {
                control = alt.stores;
            } else {
                bool same = alt.stores.size() == control.size();
                for (std::string_view nm : control)
                    if (std::find(alt.stores.begin(), alt.stores.end(), nm) == alt.stores.end()) same = false;
                if (!same) {
                    fail("alternative patterns bind different names", pattern_pos);
                    return Status::ok();
                }
            }
            to_end.push_back(emit(Op::JUMP));
            emit_fail_pops(alt);
        }
        emit(Op::POP_TOP);  // no alternative matched
        jump_to_fail(pc, Op::JUMP);
        for (uint32_t j : to_end) patch_here(j);
        for (std::string_view nm : control) {
            if (std::find(pc.stores.begin(), pc.stores.end(), nm) != pc.stores.end()) {
                fail("multiple assignments to name '" + std::string(nm) + "' in pattern", pattern_pos);
                return Status::ok();
            }
            pc.stores.push_back(nm);
        }
        emit(Op::POP_TOP);  // the subject
        return Status::ok();
    }

    Status match_stmt(Match* m) {
        TRY(expr(m->subject));
        std::vector<uint32_t> to_end;
        for (uint32_t i = 0; i < m->cases.size; i++) {
            MatchCase* c = m->cases[i];
            PatternCtx pc;
            pc.allow_irrefutable = c->guard != nullptr || i == m->cases.size - 1;
            set_loc(c->pattern->pos);
            emit(Op::DUP_TOP);
            TRY(pattern(c->pattern, pc));
            if (!ok()) return Status::ok();
            for (std::string_view nm : pc.stores) {
                emit(Op::LOAD_FAST, capture_slot(nm));
                TRY(name_op(nm, Access::Store));
            }
            if (c->guard) {
                std::vector<uint32_t> guard_fails;
                TRY(jump_if(c->guard, false, &guard_fails));
                for (uint32_t j : guard_fails) pc.fail_jumps.push_back({j, 0});
            }
            emit(Op::POP_TOP);  // the subject
            TRY(body(c->body));
            to_end.push_back(emit(Op::JUMP));
            emit_fail_pops(pc);
        }
        emit(Op::POP_TOP);
        for (uint32_t j : to_end) patch_here(j);
        return Status::ok();
    }

    // ---- functions and classes -------------------------------------------------------------------------------
    std::string child_qualname(std::string_view name) {
        if (u->scope->kind == ScopeKind::Module) return std::string(name);
        if (u->scope->kind == ScopeKind::Class) return u->qualname + "." + std::string(name);
        return u->qualname + ".<locals>." + std::string(name);
    }

    // Emits the closure tuple for a code object's free variables (pushed by the parent).
    Status closure_for(Code* code, uint32_t* flags) {
        if (code->freevars->size == 0) return Status::ok();
        for (uint32_t i = 0; i < code->freevars->size; i++) {
            std::string_view n = as_str(code->freevars->items[i])->view();
            auto it = u->cell_index.find(n);
            if (it == u->cell_index.end()) {
                fail("internal compiler error: no cell for free variable '" + std::string(n) + "'", Pos{u->loc.line, 0, u->loc.line, 0});
                return Status::ok();
            }
            emit(Op::LOAD_CLOSURE, it->second);
        }
        emit(Op::BUILD_TUPLE, code->freevars->size);
        *flags |= 8;
        return Status::ok();
    }

    Status defaults(Arguments* a, uint32_t* flags) {
        if (a->defaults.size) {
            for (Expr* e : a->defaults) TRY(expr(e));
            emit(Op::BUILD_TUPLE, a->defaults.size);
            *flags |= 1;
        }
        uint32_t nkw = 0;
        for (uint32_t i = 0; i < a->kwonlyargs.size; i++) {
            if (!a->kw_defaults[i]) continue;
            uint32_t k = TRY(str_const(mangle(a->kwonlyargs[i]->name)));
            emit(Op::LOAD_CONST, k);
            TRY(expr(a->kw_defaults[i]));
            nkw++;
        }
        if (nkw) {
            emit(Op::BUILD_MAP, nkw);
            *flags |= 2;
        }
        return Status::ok();
    }

    // Builds the __annotations__ dict of a function (CPython's order: args, posonlyargs, *args, kwonly, **kw,
    // return). Keys are the (mangled) parameter names.
    Status annotations(Arguments* a, Expr* returns, uint32_t* flags) {
        uint32_t n = 0;
        auto one = [&](std::string_view key, Expr* ann) -> Status {
            if (!ann) return Status::ok();
            uint32_t k = TRY(str_const(key));
            emit(Op::LOAD_CONST, k);
            TRY(expr(ann));
            n++;
            return Status::ok();
        };
        for (Arg* g : a->args) TRY(one(mangle(g->name), g->annotation));
        for (Arg* g : a->posonlyargs) TRY(one(mangle(g->name), g->annotation));
        if (a->vararg) TRY(one(mangle(a->vararg->name), a->vararg->annotation));
        for (Arg* g : a->kwonlyargs) TRY(one(mangle(g->name), g->annotation));
        if (a->kwarg) TRY(one(mangle(a->kwarg->name), a->kwarg->annotation));
        TRY(one("return", returns));
        if (n) {
            emit(Op::BUILD_MAP, n);
            *flags |= 4;
        }
        return Status::ok();
    }

    // Compiles a function body into a code object and emits MAKE_FUNCTION for it.
    Status make_function(const void* node, std::string_view fname, Arguments* args, const ast::List<Stmt*>* stmts,
                         Expr* lambda_body, const Pos& pos, Expr* returns = nullptr) {
        uint32_t flags = 0;
        TRY(defaults(args, &flags));
        TRY(annotations(args, returns, &flags));
        Scope* scope = st.scope_of(node);
        CodeUnit unit;
        CodeUnit* parent = u;
        TRY(enter_unit(unit, scope, child_qualname(fname)));
        set_loc(pos);
        if (stmts) {
            // A docstring becomes the first constant (CPython's convention: co_consts[0]).
            if (stmts->size && (*stmts)[0]->kind == StmtKind::ExprStmt) {
                Expr* e = static_cast<ExprStmt*>((*stmts)[0])->value;
                if (e->kind == ExprKind::Constant && static_cast<Constant*>(e)->ckind == ConstKind::Str)
                    TRY(str_const(static_cast<Constant*>(e)->s));
                else
                    TRY(add_const(Value::none()));
            } else {
                TRY(add_const(Value::none()));
            }
            TRY(body(*stmts));
            if (unit.code.empty() || instr_op(unit.code.back()) != Op::RETURN_VALUE || true) {
                TRY(load_none());
                emit(Op::RETURN_VALUE);
            }
        } else {
            TRY(add_const(Value::none()));
            TRY(expr(lambda_body));
            emit(Op::RETURN_VALUE);
        }
        uint16_t cflags = 0;
        if (scope->has_varargs) cflags |= CO_VARARGS;
        for (Scope* p = scope->parent; p; p = p->parent)  // defined inside a function: co_flags shows CO_NESTED
            if (p->kind == ScopeKind::Function || p->kind == ScopeKind::Lambda || p->kind == ScopeKind::Comprehension) cflags |= CO_NESTED;
        if (scope->has_varkw) cflags |= CO_VARKEYWORDS;
        if (scope->is_coroutine) cflags |= scope->is_generator ? CO_ASYNC_GENERATOR : CO_COROUTINE;
        else if (scope->is_generator) cflags |= CO_GENERATOR;
        Code* code = TRY(finish_unit(fname, pos.line, args->posonlyargs.size + args->args.size, args->posonlyargs.size,
                                     args->kwonlyargs.size, cflags));
        u = parent;
        if (!ok()) return Status::ok();
        TRY(closure_for(code, &flags));
        TRY(load_const(val(code)));
        set_loc(pos);
        emit(Op::MAKE_FUNCTION, flags);
        return Status::ok();
    }

    // [dec1 ... decN obj] -> dec1(...decN(obj)): the innermost decorator applies first.
    void apply_decorators(uint32_t n) {
        for (uint32_t i = 0; i < n; i++) {
            emit(Op::PUSH_NULL);
            emit(Op::ROT_THREE);
            emit(Op::CALL, 1);
        }
    }

    Status function_def(FunctionDef* f) {
        for (Expr* d : f->decorators) TRY(expr(d));
        TRY(make_function(f, f->name, f->args, &f->body, nullptr, f->pos, f->returns));
        set_loc(f->pos);
        apply_decorators(f->decorators.size);
        return name_op(f->name, Access::Store);
    }

    Status class_def(ClassDef* c) {
        for (Expr* d : c->decorators) TRY(expr(d));
        Scope* scope = st.scope_of(c);
        CodeUnit unit;
        CodeUnit* parent = u;
        TRY(enter_unit(unit, scope, child_qualname(c->name)));
        set_loc(c->pos);
        TRY(add_const(Value::none()));
        uint32_t n_name = TRY(name("__name__"));
        emit(Op::LOAD_NAME, n_name);
        uint32_t n_module = TRY(name("__module__"));
        emit(Op::STORE_NAME, n_module);
        TRY(load_const(val(TRY(new_str(vm, unit.qualname)))));
        uint32_t n_qual = TRY(name("__qualname__"));
        emit(Op::STORE_NAME, n_qual);
        bool has_ann = false;
        for (Stmt* s : c->body)
            if (s->kind == StmtKind::AnnAssign) has_ann = true;
        if (has_ann) emit(Op::SETUP_ANNOTATIONS);
        if (c->body.size && c->body[0]->kind == StmtKind::ExprStmt) {
            Expr* e = static_cast<ExprStmt*>(c->body[0])->value;
            if (e->kind == ExprKind::Constant && static_cast<Constant*>(e)->ckind == ConstKind::Str) {
                TRY(expr(e));
                uint32_t n_doc = TRY(name("__doc__"));
                emit(Op::STORE_NAME, n_doc);
            }
        }
        TRY(body(c->body));
        if (scope->needs_class_cell) {
            emit(Op::LOAD_CLOSURE, unit.cell_index["__class__"]);
        } else {
            TRY(load_none());
        }
        emit(Op::RETURN_VALUE);
        Code* code = TRY(finish_unit(c->name, c->pos.line, 0, 0, 0, CO_MODULE | CO_CLASS));
        u = parent;
        if (!ok()) return Status::ok();
        set_loc(c->pos);
        emit(Op::PUSH_NULL);
        emit(Op::LOAD_BUILD_CLASS);
        uint32_t flags = 0;
        TRY(closure_for(code, &flags));
        TRY(load_const(val(code)));
        emit(Op::MAKE_FUNCTION, flags);
        uint32_t k = TRY(str_const(c->name));
        emit(Op::LOAD_CONST, k);
        TRY(call_args(c->bases, c->keywords, 2, c->pos));
        apply_decorators(c->decorators.size);
        return name_op(c->name, Access::Store);
    }

    // ---- expressions -----------------------------------------------------------------------------------------
    // Jumps to a target (appended to *jumps) when `e` is `when`; falls through otherwise.
    Status jump_if(Expr* e, bool when, std::vector<uint32_t>* jumps) {
        if (e->kind == ExprKind::UnaryOp && static_cast<UnaryOp*>(e)->op == UnaryOpKind::Not)
            return jump_if(static_cast<UnaryOp*>(e)->operand, !when, jumps);
        if (e->kind == ExprKind::BoolOp) {
            auto* b = static_cast<BoolOp*>(e);
            bool is_and = b->op == BoolOpKind::And;
            if (is_and != when) {
                // (a and b) jumping when false / (a or b) jumping when true: any operand decides.
                for (Expr* v : b->values) TRY(jump_if(v, when, jumps));
            } else {
                std::vector<uint32_t> skip;
                for (uint32_t i = 0; i + 1 < b->values.size; i++) TRY(jump_if(b->values[i], !when, &skip));
                TRY(jump_if(b->values[b->values.size - 1], when, jumps));
                for (uint32_t j : skip) patch_here(j);
            }
            return Status::ok();
        }
        TRY(expr(e));
        set_loc(e->pos);
        jumps->push_back(emit(when ? Op::POP_JUMP_IF_TRUE : Op::POP_JUMP_IF_FALSE));
        return Status::ok();
    }

    Status constant(Constant* c) {
        switch (c->ckind) {
            case ConstKind::None: return load_none();
            case ConstKind::True: return load_const(Value::boolean(true));
            case ConstKind::False: return load_const(Value::boolean(false));
            case ConstKind::Ellipsis: return load_const(vm.ellipsis);
            case ConstKind::Int: return load_const(TRY(make_int(vm, c->i)));
            case ConstKind::BigInt: return load_const(TRY(int_parse(vm, c->s, c->base)));
            case ConstKind::Float: return load_const(TRY(new_float(vm, c->f)));
            case ConstKind::Imag: {
                Complex* z = TRY(alloc<Complex>(vm, vm.t_complex));
                z->imag = c->f;
                return load_const(val(z));
            }
            case ConstKind::Str: {
                uint32_t k = TRY(str_const(c->s));
                emit(Op::LOAD_CONST, k);
                return Status::ok();
            }
            case ConstKind::Bytes: return load_const(val(TRY(new_bytes(vm, c->s))));
        }
        return Status::ok();
    }

    // Emits a sequence of elements that may contain *starred items, building a list (then converting).
    // kind: 0 tuple, 1 list, 2 set.
    Status starred_sequence(const ast::List<Expr*>& elts, int kind) {
        bool has_star = false;
        for (Expr* e : elts)
            if (e->kind == ExprKind::Starred) has_star = true;
        if (!has_star) {
            for (Expr* e : elts) TRY(expr(e));
            emit(kind == 0 ? Op::BUILD_TUPLE : kind == 1 ? Op::BUILD_LIST : Op::BUILD_SET, elts.size);
            return Status::ok();
        }
        emit(kind == 2 ? Op::BUILD_SET : Op::BUILD_LIST, 0);
        for (Expr* e : elts) {
            if (e->kind == ExprKind::Starred) {
                TRY(expr(static_cast<Starred*>(e)->value));
                emit(kind == 2 ? Op::SET_UPDATE : Op::LIST_EXTEND, 1);
            } else {
                TRY(expr(e));
                emit(kind == 2 ? Op::SET_ADD : Op::LIST_APPEND, 1);
            }
        }
        if (kind == 0) emit(Op::LIST_TO_TUPLE);
        return Status::ok();
    }

    // Emits arguments for a call whose callable (and null/self) is already on the stack; `extra` arguments
    // are already pushed too. Emits the CALL / CALL_EX.
    Status call_args(const ast::List<Expr*>& args, const ast::List<Keyword*>& keywords, uint32_t extra, const Pos& pos) {
        bool complex_call = false;
        for (Expr* a : args)
            if (a->kind == ExprKind::Starred) complex_call = true;
        for (Keyword* k : keywords)
            if (k->arg.empty()) complex_call = true;
        if (!complex_call) {
            for (Expr* a : args) TRY(expr(a));
            if (keywords.size) {
                Tuple* names = TRY(new_tuple(vm, keywords.size));
                for (uint32_t i = 0; i < keywords.size; i++) {
                    for (uint32_t j = 0; j < i; j++) {
                        if (keywords[j]->arg == keywords[i]->arg) {
                            fail("keyword argument repeated: " + std::string(keywords[i]->arg), keywords[i]->pos);
                            return Status::ok();
                        }
                    }
                    names->items[i] = val(TRY(intern(vm, keywords[i]->arg)));
                    TRY(expr(keywords[i]->value));
                }
                uint32_t k = TRY(add_const(val(names)));
                set_loc(pos);
                emit(Op::KW_NAMES, k);
            }
            set_loc(pos);
            emit(Op::CALL, extra + args.size + keywords.size);
            return Status::ok();
        }
        // General form: positional arguments into a tuple, keywords into a dict.
        emit(Op::BUILD_LIST, extra);
        for (Expr* a : args) {
            if (a->kind == ExprKind::Starred) {
                TRY(expr(static_cast<Starred*>(a)->value));
                emit(Op::LIST_EXTEND, 1);
            } else {
                TRY(expr(a));
                emit(Op::LIST_APPEND, 1);
            }
        }
        emit(Op::LIST_TO_TUPLE);
        uint32_t has_kw = 0;
        if (keywords.size) {
            emit(Op::BUILD_MAP, 0);
            for (Keyword* k : keywords) {
                if (k->arg.empty()) {
                    TRY(expr(k->value));
                    emit(Op::DICT_MERGE, 1);
                } else {
                    uint32_t ki = TRY(str_const(k->arg));
                    emit(Op::LOAD_CONST, ki);
                    TRY(expr(k->value));
                    emit(Op::BUILD_MAP, 1);
                    emit(Op::DICT_MERGE, 1);
                }
            }
            has_kw = 1;
        }
        set_loc(pos);
        emit(Op::CALL_EX, has_kw);
        return Status::ok();
    }

    Status call(Call* c) {
        bool complex_call = false;
        for (Expr* a : c->args)
            if (a->kind == ExprKind::Starred) complex_call = true;
        for (Keyword* k : c->keywords)
            if (k->arg.empty()) complex_call = true;
        // CALL_EX takes [null callable tuple dict]: the method-call shape [func self] is only for plain calls.
        if (!complex_call && c->func->kind == ExprKind::Attribute && static_cast<Attribute*>(c->func)->ctx == Ctx::Load) {
            auto* a = static_cast<Attribute*>(c->func);
            TRY(expr(a->value));
            set_loc(a->pos);
            uint32_t ni = TRY(name(mangle(a->attr)));
            emit(Op::LOAD_METHOD, ni);
        } else {
            emit(Op::PUSH_NULL);
            TRY(expr(c->func));
        }
        return call_args(c->args, c->keywords, 0, c->pos);
    }

    Status comprehension(Expr* e, const ast::List<Comprehension*>& gens, Expr* elt, Expr* value, const char* name_) {
        Scope* scope = st.scope_of(e);
        bool is_gen = e->kind == ExprKind::GeneratorExp;
        bool is_async = scope->is_coroutine;
        if (is_async && !is_gen && !(u->scope->is_coroutine && u->scope->kind != ScopeKind::Lambda)) {
            fail("asynchronous comprehension outside of an asynchronous function", e->pos);
            return Status::ok();
        }
        CodeUnit unit;
        CodeUnit* parent = u;
        TRY(enter_unit(unit, scope, child_qualname(name_)));
        set_loc(e->pos);
        TRY(add_const(Value::none()));
        if (!is_gen) emit(e->kind == ExprKind::ListComp ? Op::BUILD_LIST : e->kind == ExprKind::SetComp ? Op::BUILD_SET : Op::BUILD_MAP, 0);
        std::vector<uint32_t> starts, exits;
        std::vector<bool> async_exit;
        for (uint32_t g = 0; g < gens.size; g++) {
            Comprehension* c = gens[g];
            if (g == 0) {
                emit(Op::LOAD_FAST, 0);  // .0: the iterator passed in
            } else {
                TRY(expr(c->iter));
                set_loc(e->pos);
                emit(c->is_async ? Op::GET_AITER : Op::GET_ITER);
            }
            uint32_t start = here();
            starts.push_back(start);
            async_exit.push_back(c->is_async);
            if (c->is_async) {
                // As `async for`: await __anext__(); StopAsyncIteration ends the loop at END_ASYNC_FOR.
                exits.push_back(emit(Op::SETUP_FINALLY));
                emit(Op::GET_ANEXT);
                TRY(load_none());
                emit(Op::YIELD_FROM);
                emit(Op::POP_BLOCK);
            } else {
                exits.push_back(emit(Op::FOR_ITER));
            }
            TRY(store_target(c->target));
            for (Expr* cond : c->ifs) {
                std::vector<uint32_t> skip;
                TRY(jump_if(cond, false, &skip));
                for (uint32_t j : skip) patch(j, start);
            }
        }
        uint32_t depth = gens.size + 1;
        if (is_gen) {
            TRY(expr(elt));
            if (is_async) emit(Op::ASYNC_GEN_WRAP);
            emit(Op::YIELD_VALUE);
            emit(Op::POP_TOP);
        } else if (e->kind == ExprKind::DictComp) {
            TRY(expr(elt));
            TRY(expr(value));
            emit(Op::MAP_ADD, depth);
        } else {
            TRY(expr(elt));
            emit(e->kind == ExprKind::ListComp ? Op::LIST_APPEND : Op::SET_ADD, depth);
        }
        for (size_t g = gens.size; g-- > 0;) {
            emit(Op::JUMP, starts[g]);
            patch_here(exits[g]);
            if (async_exit[g]) emit(Op::END_ASYNC_FOR);
        }
        if (is_gen) TRY(load_none());
        emit(Op::RETURN_VALUE);
        uint32_t cflags = is_gen ? (is_async ? CO_ASYNC_GENERATOR : CO_GENERATOR) : (is_async ? CO_COROUTINE : 0);
        Code* code = TRY(finish_unit(name_, e->pos.line, 1, 0, 0, cflags));
        u = parent;
        if (!ok()) return Status::ok();
        set_loc(e->pos);
        emit(Op::PUSH_NULL);
        uint32_t flags = 0;
        TRY(closure_for(code, &flags));
        TRY(load_const(val(code)));
        emit(Op::MAKE_FUNCTION, flags);
        TRY(expr(gens[0]->iter));
        set_loc(e->pos);
        emit(gens[0]->is_async ? Op::GET_AITER : Op::GET_ITER);
        emit(Op::CALL, 1);
        if (is_async && !is_gen) TRY(emit_await(0));
        return Status::ok();
    }

    Status compare(Compare* c) {
        TRY(expr(c->left));
        auto emit_cmp = [&](CmpOpKind k) {
            switch (k) {
                case CmpOpKind::Eq: emit(Op::COMPARE_OP, static_cast<uint32_t>(CmpOp::Eq)); break;
                case CmpOpKind::NotEq: emit(Op::COMPARE_OP, static_cast<uint32_t>(CmpOp::Ne)); break;
                case CmpOpKind::Lt: emit(Op::COMPARE_OP, static_cast<uint32_t>(CmpOp::Lt)); break;
                case CmpOpKind::LtE: emit(Op::COMPARE_OP, static_cast<uint32_t>(CmpOp::Le)); break;
                case CmpOpKind::Gt: emit(Op::COMPARE_OP, static_cast<uint32_t>(CmpOp::Gt)); break;
                case CmpOpKind::GtE: emit(Op::COMPARE_OP, static_cast<uint32_t>(CmpOp::Ge)); break;
                case CmpOpKind::Is: emit(Op::IS_OP, 0); break;
                case CmpOpKind::IsNot: emit(Op::IS_OP, 1); break;
                case CmpOpKind::In: emit(Op::CONTAINS_OP, 0); break;
                case CmpOpKind::NotIn: emit(Op::CONTAINS_OP, 1); break;
            }
        };
        if (c->ops.size == 1) {
            TRY(expr(c->comparators[0]));
            set_loc(c->pos);
            emit_cmp(c->ops[0]);
            return Status::ok();
        }
        // a < b < c: [a] b -> dup b, rot, compare; if false, jump to cleanup keeping the false result.
        std::vector<uint32_t> cleanup;
        for (uint32_t i = 0; i < c->ops.size; i++) {
            TRY(expr(c->comparators[i]));
            set_loc(c->pos);
            if (i + 1 < c->ops.size) {
                emit(Op::DUP_TOP);
                emit(Op::ROT_THREE);
                emit_cmp(c->ops[i]);
                cleanup.push_back(emit(Op::JUMP_IF_FALSE_OR_POP));
            } else {
                emit_cmp(c->ops[i]);
            }
        }
        uint32_t to_end = emit(Op::JUMP);
        for (uint32_t j : cleanup) patch_here(j);
        emit(Op::ROT_TWO);
        emit(Op::POP_TOP);
        patch_here(to_end);
        return Status::ok();
    }

    Status expr(Expr* e) {
        if (!ok()) return Status::ok();
        set_loc(e->pos);
        switch (e->kind) {
            case ExprKind::Constant:
                return constant(static_cast<Constant*>(e));
            case ExprKind::Name:
                return name_op(static_cast<Name*>(e)->id, Access::Load);
            case ExprKind::BinOp: {
                auto* b = static_cast<ast::BinOp*>(e);
                TRY(expr(b->left));
                TRY(expr(b->right));
                set_loc(e->pos);
                emit(Op::BINARY_OP, static_cast<uint32_t>(b->op));
                return Status::ok();
            }
            case ExprKind::UnaryOp: {
                auto* un = static_cast<UnaryOp*>(e);
                TRY(expr(un->operand));
                set_loc(e->pos);
                switch (un->op) {
                    case UnaryOpKind::Invert: emit(Op::UNARY_INVERT); break;
                    case UnaryOpKind::Not: emit(Op::UNARY_NOT); break;
                    case UnaryOpKind::UAdd: emit(Op::UNARY_POSITIVE); break;
                    case UnaryOpKind::USub: emit(Op::UNARY_NEGATIVE); break;
                }
                return Status::ok();
            }
            case ExprKind::BoolOp: {
                auto* b = static_cast<BoolOp*>(e);
                std::vector<uint32_t> jumps;
                for (uint32_t i = 0; i + 1 < b->values.size; i++) {
                    TRY(expr(b->values[i]));
                    jumps.push_back(emit(b->op == BoolOpKind::And ? Op::JUMP_IF_FALSE_OR_POP : Op::JUMP_IF_TRUE_OR_POP));
                }
                TRY(expr(b->values[b->values.size - 1]));
                for (uint32_t j : jumps) patch_here(j);
                return Status::ok();
            }
            case ExprKind::Compare:
                return compare(static_cast<Compare*>(e));
            case ExprKind::IfExp: {
                auto* i = static_cast<IfExp*>(e);
                std::vector<uint32_t> to_else;
                TRY(jump_if(i->test, false, &to_else));
                TRY(expr(i->body));
                uint32_t to_end = emit(Op::JUMP);
                for (uint32_t j : to_else) patch_here(j);
                TRY(expr(i->orelse));
                patch_here(to_end);
                return Status::ok();
            }
            case ExprKind::Call:
                return call(static_cast<Call*>(e));
            case ExprKind::Attribute: {
                auto* a = static_cast<Attribute*>(e);
                TRY(expr(a->value));
                set_loc(e->pos);
                uint32_t ni = TRY(name(mangle(a->attr)));
                emit(Op::LOAD_ATTR, ni);
                return Status::ok();
            }
            case ExprKind::Subscript: {
                auto* s = static_cast<Subscript*>(e);
                TRY(expr(s->value));
                TRY(expr(s->slice));
                set_loc(e->pos);
                emit(Op::BINARY_SUBSCR);
                return Status::ok();
            }
            case ExprKind::Slice: {
                auto* s = static_cast<ast::Slice*>(e);
                if (s->lower) TRY(expr(s->lower));
                else TRY(load_none());
                if (s->upper) TRY(expr(s->upper));
                else TRY(load_none());
                if (s->step) {
                    TRY(expr(s->step));
                    emit(Op::BUILD_SLICE, 3);
                } else {
                    emit(Op::BUILD_SLICE, 2);
                }
                return Status::ok();
            }
            case ExprKind::Tuple:
                return starred_sequence(static_cast<TupleExpr*>(e)->elts, 0);
            case ExprKind::List:
                return starred_sequence(static_cast<ListExpr*>(e)->elts, 1);
            case ExprKind::Set:
                return starred_sequence(static_cast<ast::Set*>(e)->elts, 2);
            case ExprKind::Dict: {
                auto* d = static_cast<ast::Dict*>(e);
                bool has_splat = false;
                for (Expr* k : d->keys)
                    if (!k) has_splat = true;
                if (!has_splat) {
                    for (uint32_t i = 0; i < d->keys.size; i++) {
                        TRY(expr(d->keys[i]));
                        TRY(expr(d->values[i]));
                    }
                    emit(Op::BUILD_MAP, d->keys.size);
                    return Status::ok();
                }
                emit(Op::BUILD_MAP, 0);
                for (uint32_t i = 0; i < d->keys.size; i++) {
                    if (!d->keys[i]) {
                        TRY(expr(d->values[i]));
                        emit(Op::DICT_UPDATE, 1);
                    } else {
                        TRY(expr(d->keys[i]));
                        TRY(expr(d->values[i]));
                        emit(Op::MAP_ADD, 1);
                    }
                }
                return Status::ok();
            }
            case ExprKind::ListComp: {
                auto* c = static_cast<ListComp*>(e);
                return comprehension(e, c->generators, c->elt, nullptr, "<listcomp>");
            }
            case ExprKind::SetComp: {
                auto* c = static_cast<SetComp*>(e);
                return comprehension(e, c->generators, c->elt, nullptr, "<setcomp>");
            }
            case ExprKind::DictComp: {
                auto* c = static_cast<DictComp*>(e);
                return comprehension(e, c->generators, c->key, c->value, "<dictcomp>");
            }
            case ExprKind::GeneratorExp: {
                auto* c = static_cast<GeneratorExp*>(e);
                return comprehension(e, c->generators, c->elt, nullptr, "<genexpr>");
            }
            case ExprKind::Lambda: {
                auto* l = static_cast<Lambda*>(e);
                return make_function(l, "<lambda>", l->args, nullptr, l->body, l->pos);
            }
            case ExprKind::NamedExpr: {
                auto* n = static_cast<NamedExpr*>(e);
                TRY(expr(n->value));
                emit(Op::DUP_TOP);
                return store_target(n->target);
            }
            case ExprKind::Yield: {
                auto* y = static_cast<Yield*>(e);
                if (y->value) TRY(expr(y->value));
                else TRY(load_none());
                set_loc(e->pos);
                if (u->scope->is_coroutine) emit(Op::ASYNC_GEN_WRAP);
                emit(Op::YIELD_VALUE);
                return Status::ok();
            }
            case ExprKind::YieldFrom: {
                if (u->scope->is_coroutine) {
                    fail("'yield from' inside async function", e->pos);
                    return Status::ok();
                }
                TRY(expr(static_cast<YieldFrom*>(e)->value));
                set_loc(e->pos);
                emit(Op::GET_YIELD_FROM_ITER);
                TRY(load_none());
                emit(Op::YIELD_FROM);
                return Status::ok();
            }
            case ExprKind::Await:
                if (!in_async_function()) {
                    if (u->scope->kind == ScopeKind::Module || u->scope->kind == ScopeKind::Class)
                        fail("'await' outside function", e->pos);
                    else
                        fail("'await' outside async function", e->pos);
                    return Status::ok();
                }
                TRY(expr(static_cast<Await*>(e)->value));
                set_loc(e->pos);
                return emit_await(0);
            case ExprKind::Starred:
                fail("can't use starred expression here", e->pos);
                return Status::ok();
            case ExprKind::JoinedStr: {
                auto* j = static_cast<JoinedStr*>(e);
                if (j->values.size == 0) {
                    uint32_t k = TRY(str_const(""));
                    emit(Op::LOAD_CONST, k);
                    return Status::ok();
                }
                for (Expr* v : j->values) TRY(expr(v));
                if (j->values.size > 1) emit(Op::BUILD_STRING, j->values.size);
                else if (j->values[0]->kind == ExprKind::Constant) {
                }
                return Status::ok();
            }
            case ExprKind::FormattedValue: {
                auto* f = static_cast<FormattedValue*>(e);
                TRY(expr(f->value));
                uint32_t conv = f->conversion == 's' ? 1 : f->conversion == 'r' ? 2 : f->conversion == 'a' ? 3 : 0;
                if (f->format_spec) {
                    TRY(expr(f->format_spec));
                    conv |= 4;
                }
                set_loc(e->pos);
                emit(Op::FORMAT_VALUE, conv);
                return Status::ok();
            }
        }
        return Status::ok();
    }

    R<Code*> module(ast::Module* m) {
        Scope* scope = st.scope_of(m);
        CodeUnit unit;
        TRY(enter_unit(unit, scope, "<module>"));
        bool has_ann = false;
        for (Stmt* s : m->body)
            if (s->kind == StmtKind::AnnAssign) has_ann = true;
        if (has_ann) emit(Op::SETUP_ANNOTATIONS);
        if (mode == ParseMode::Eval) {
            TRY(expr(static_cast<ExprStmt*>(m->body[0])->value));
            emit(Op::RETURN_VALUE);
        } else {
            // A module docstring is stored as __doc__.
            if (m->body.size && m->body[0]->kind == StmtKind::ExprStmt && mode == ParseMode::File) {
                Expr* e = static_cast<ExprStmt*>(m->body[0])->value;
                if (e->kind == ExprKind::Constant && static_cast<Constant*>(e)->ckind == ConstKind::Str) {
                    set_loc(e->pos);
                    TRY(expr(e));
                    uint32_t n_doc = TRY(name("__doc__"));
                    emit(Op::STORE_NAME, n_doc);
                }
            }
            TRY(body(m->body));
            TRY(load_none());
            emit(Op::RETURN_VALUE);
        }
        return finish_unit("<module>", 1, 0, 0, 0, CO_MODULE);
    }
};

}  // namespace

static Raised raise_syntax_error(Interpreter& vm, SyntaxErrorKind kind, const std::string& msg, Str* filename,
                                 std::string_view source, int line, int col, int end_line, int end_col) {
    // The offending line's text, for the error display.
    std::string_view text;
    if (line >= 1) {
        size_t start = 0;
        for (int l = 1; l < line && start != std::string_view::npos; l++) {
            start = source.find('\n', start);
            if (start != std::string_view::npos) start++;
        }
        if (start != std::string_view::npos && start <= source.size()) {
            size_t end = source.find('\n', start);
            text = source.substr(start, end == std::string_view::npos ? std::string_view::npos : end - start + 1);
        }
    }
    Type* t = kind == SyntaxErrorKind::TabError ? vm.e_TabError
              : kind == SyntaxErrorKind::IndentationError ? vm.e_IndentationError : vm.e_SyntaxError;
    R<Str*> m = new_str(vm, msg);
    if (m.failed()) return Raised{};
    Value textv = Value::none();
    size_t text_len = 0;
    if (!text.empty() && utf8_valid(text, &text_len)) {
        R<Str*> ts = new_str(vm, text);
        if (ts.failed()) return Raised{};
        textv = val(ts.take());
    }
    // CPython's offsets are 1-based character columns.
    auto char_col = [&](int byte_col) -> int64_t {
        if (textv.is_none()) return byte_col + 1;
        size_t n = 0;
        std::string_view prefix = text.substr(0, std::min<size_t>(static_cast<size_t>(byte_col), text.size()));
        if (!utf8_valid(prefix, &n)) return byte_col + 1;
        return static_cast<int64_t>(n) + 1;
    };
    Value details[6] = {val(filename), Value::small_int(line), Value::small_int(char_col(col)), textv,
                        Value::small_int(end_line), Value::small_int(end_line == line ? char_col(end_col) : end_col + 1)};
    R<Tuple*> d = tuple_from_span(vm, details, 6);
    if (d.failed()) return Raised{};
    Value args[2] = {val(m.take()), val(d.take())};
    R<Value> exc = new_exception(vm, t, Args{args, 2, nullptr});
    if (exc.failed()) return Raised{};
    return raise_value(vm, exc.take());
}

R<Code*> compile_source(Interpreter& vm, std::string_view source, Str* filename, ParseMode mode, bool* incomplete) {
    if (incomplete) *incomplete = false;
    Arena arena;
    SyntaxErrorInfo perr;
    ast::Module* m = parse(arena, source, mode, &perr);
    if (!m) {
        if (incomplete) *incomplete = perr.incomplete;
        return raise_syntax_error(vm, perr.kind, perr.message, filename, source, perr.line, perr.col, perr.end_line,
                                  perr.end_col);
    }
    Symtable st;
    SymtableError serr;
    if (!st.build(m, ScopeKind::Module, &serr)) {
        return raise_syntax_error(vm, SyntaxErrorKind::SyntaxError, serr.message, filename, source, serr.pos.line,
                                  serr.pos.col, serr.pos.end_line, serr.pos.end_col);
    }
    Str* src = TRY(new_str(vm, source));
    Compiler c{vm, st, filename, src, mode, {}};
    Code* code = TRY(c.module(m));
    if (!c.ok()) {
        return raise_syntax_error(vm, SyntaxErrorKind::SyntaxError, c.err.message, filename, source, c.err.pos.line,
                                  c.err.pos.col, c.err.pos.end_line, c.err.pos.end_col);
    }
    return code;
}

}  // namespace pyco
