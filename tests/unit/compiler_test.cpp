// The compiler: scopes, code object shape, syntax errors found after parsing, and end-to-end evaluation.
#include <gtest/gtest.h>

#include "test_support.h"
#include "vm/opcodes.h"

namespace pyco {

using Compiler = InterpreterTest;

static bool has_op(Code* c, Op op) {
    for (uint32_t i = 0; i < c->ninstr; i++)
        if (instr_op(c->code[i]) == op) return true;
    return false;
}

TEST_F(Compiler, ModuleUsesNamesFunctionsUseFastLocals) {
    R<Code*> c = compile_source(*vm, "x = 1\ndef f(a):\n    b = a + x\n    return b\n", new_str(*vm, "t.py").take(), ParseMode::File);
    ASSERT_FALSE(c.failed());
    Code* mod = c.take();
    EXPECT_TRUE(has_op(mod, Op::STORE_NAME));
    Code* f = nullptr;
    for (uint32_t i = 0; i < mod->consts->size; i++)
        if (is_kind(mod->consts->items[i], Kind::Code)) f = static_cast<Code*>(mod->consts->items[i].as_obj());
    ASSERT_NE(f, nullptr);
    EXPECT_EQ(f->argcount, 1);
    EXPECT_EQ(f->nlocals, 2);
    EXPECT_TRUE(has_op(f, Op::LOAD_FAST));
    EXPECT_TRUE(has_op(f, Op::LOAD_GLOBAL));
    EXPECT_FALSE(has_op(f, Op::LOAD_NAME));
}

TEST_F(Compiler, ClosuresUseCells) {
    R<Code*> c = compile_source(*vm, "def outer():\n    n = 0\n    def inner():\n        nonlocal n\n        n += 1\n        return n\n    return inner\n",
                                new_str(*vm, "t.py").take(), ParseMode::File);
    ASSERT_FALSE(c.failed());
    Value r = run("def outer():\n    n = 0\n    def inner():\n        nonlocal n\n        n += 1\n        return n\n    return inner\nf = outer()\nf()\nresult = f()\n");
    EXPECT_EQ(repr_of(r), "2");
}

TEST_F(Compiler, SyntaxErrorsFromCompilerPass) {
    for (const char* src : {"break\n", "return 1\n", "def f():\n    nonlocal q\n", "def f(a, a): pass\n"}) {
        R<Code*> c = compile_source(*vm, src, new_str(*vm, "t.py").take(), ParseMode::File);
        EXPECT_TRUE(c.failed()) << src;
        EXPECT_TRUE(exception_matches(*vm, vm->exc, vm->e_SyntaxError)) << src;
        take_exception(*vm);
    }
}

TEST_F(Compiler, EndToEnd) {
    EXPECT_EQ(repr_of(run("result = [x * x for x in range(5) if x % 2]\n")), "[1, 9]");
    EXPECT_EQ(repr_of(run("def g():\n    yield 1\n    yield 2\nresult = list(g())\n")), "[1, 2]");
    EXPECT_EQ(repr_of(run("try:\n    1/0\nexcept ZeroDivisionError as e:\n    result = str(e)\n")), "'division by zero'");
    EXPECT_EQ(repr_of(run("class A:\n    def f(self): return 1\nclass B(A):\n    def f(self): return super().f() + 1\nresult = B().f()\n")), "2");
}

}  // namespace pyco
