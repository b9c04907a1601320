// Debug/test rendering of the AST in the format of CPython's ast.dump().
#pragma once
#include <string>

#include "compile/ast.h"

namespace pyco {

// Same text as Python's `ast.dump(tree, include_attributes=...)` for the same tree (Module gets
// `type_ignores=[]`, function/loop/with statements are split into their Async* node names).
std::string ast_dump(const ast::Module* m, bool include_attributes = false);
std::string ast_dump(const ast::Expr* e, bool include_attributes = false);

}  // namespace pyco
