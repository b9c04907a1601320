// Scope analysis: decides for every name in every scope whether it is local, global, a cell or free.
#pragma once
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "compile/ast.h"

namespace pyco {

enum class ScopeKind : uint8_t { Module, Function, Class, Lambda, Comprehension };

// What a name is in one scope, once analysis is done.
enum class NameScope : uint8_t {
    Local,           // fast local (functions) or a locals-dict name (module/class bodies)
    GlobalExplicit,  // `global x`
    GlobalImplicit,  // used, never bound here or in an enclosing function
    Free,            // bound in an enclosing function: reached through a cell passed in the closure
    Cell,            // local, and captured by an inner function: stored in a cell
};

// Symbol flags collected while walking.
enum : uint16_t {
    SYM_ASSIGNED = 1, SYM_PARAM = 2, SYM_USED = 4, SYM_GLOBAL = 8, SYM_NONLOCAL = 16, SYM_ANNOTATED = 32,
    SYM_IMPORTED = 64,
};

struct Symbol {
    uint16_t flags = 0;
    NameScope scope = NameScope::GlobalImplicit;
};

struct Scope {
    ScopeKind kind;
    std::string name;
    Scope* parent = nullptr;
    std::vector<Scope*> children;
    std::unordered_map<std::string_view, Symbol> symbols;
    std::vector<std::string_view> order;  // names in order of first appearance (parameters first)
    std::vector<std::string_view> params;
    bool is_generator = false;
    bool is_coroutine = false;
    bool needs_class_cell = false;  // class scope: some method uses super() or __class__
    bool uses_class_cell = false;   // function scope: refers to __class__ (explicitly or through super())
    bool has_varargs = false, has_varkw = false;
    int line = 0;

    Symbol* find(std::string_view n) {
        auto it = symbols.find(n);
        return it == symbols.end() ? nullptr : &it->second;
    }
};

struct SymtableError {
    std::string message;
    ast::Pos pos;
};

// The scopes of one module, keyed by the AST node that opens them (Module, FunctionDef, Lambda, ClassDef,
// comprehension expressions).
class Symtable {
public:
    // Returns false and fills *err for errors such as "nonlocal declaration not allowed at module level".
    bool build(ast::Module* m, ScopeKind top, SymtableError* err);
    Scope* scope_of(const void* node) const {
        auto it = by_node_.find(node);
        return it == by_node_.end() ? nullptr : it->second;
    }
    ~Symtable();
    // Name mangling of `__private` identifiers used inside a class (CPython's rules): the innermost class
    // enclosing `scope` (or `scope` itself) decides the prefix. Returns `name` itself when it isn't mangled.
    std::string_view mangle(const Scope* scope, std::string_view name);

private:
    std::unordered_set<std::string> mangled_;  // storage for mangled names (node-based: views stay valid)

    friend struct SymtableBuilder;
    std::unordered_map<const void*, Scope*> by_node_;
    std::vector<Scope*> all_;
};

}  // namespace pyco
