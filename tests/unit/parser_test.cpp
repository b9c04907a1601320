// Parser tests: AST dumps compared with CPython 3.11's ast.dump, syntax errors with its messages and positions.
#include <gtest/gtest.h>

#include <cstdint>
#include <string>

#include "compile/ast_dump.h"
#include "compile/parser.h"

namespace pyco {
namespace {

std::string kind_name(SyntaxErrorKind k) {
    switch (k) {
        case SyntaxErrorKind::SyntaxError: return "SyntaxError";
        case SyntaxErrorKind::IndentationError: return "IndentationError";
        case SyntaxErrorKind::TabError: return "TabError";
    }
    return "?";
}

// The dump of `src`, or "Kind: message (line:col)" if it does not parse.
std::string parse_dump(std::string_view src, ParseMode mode = ParseMode::File, bool attrs = false) {
    Arena arena;
    SyntaxErrorInfo err;
    ast::Module* m = parse(arena, src, mode, &err);
    if (!m) {
        return kind_name(err.kind) + ": " + err.message + " (" + std::to_string(err.line) + ":" +
               std::to_string(err.col) + ")";
    }
    return ast_dump(m, attrs);
}

SyntaxErrorInfo parse_error(std::string_view src, ParseMode mode = ParseMode::File) {
    Arena arena;
    SyntaxErrorInfo err;
    ast::Module* m = parse(arena, src, mode, &err);
    EXPECT_EQ(m, nullptr) << src;
    return err;
}

struct Case {
    const char* src;
    const char* expected;
};

// Expected dumps were produced by CPython 3.11.7's ast.dump().
constexpr Case kConstructs[] = {
    {R"py(x = 1)py",
     R"py(Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Constant(value=1))], type_ignores=[]))py"},
    {R"py(x = y = 2)py",
     R"py(Module(body=[Assign(targets=[Name(id='x', ctx=Store()), Name(id='y', ctx=Store())], value=Constant(value=2))], type_ignores=[]))py"},
    {R"py(a, b = b, a)py",
     R"py(Module(body=[Assign(targets=[Tuple(elts=[Name(id='a', ctx=Store()), Name(id='b', ctx=Store())], ctx=Store())], value=Tuple(elts=[Name(id='b', ctx=Load()), Name(id='a', ctx=Load())], ctx=Load()))], type_ignores=[]))py"},
    {R"py([a, *b] = c)py",
     R"py(Module(body=[Assign(targets=[List(elts=[Name(id='a', ctx=Store()), Starred(value=Name(id='b', ctx=Store()), ctx=Store())], ctx=Store())], value=Name(id='c', ctx=Load()))], type_ignores=[]))py"},
    {R"py(x: int)py",
     R"py(Module(body=[AnnAssign(target=Name(id='x', ctx=Store()), annotation=Name(id='int', ctx=Load()), simple=1)], type_ignores=[]))py"},
    {R"py(x: int = 5)py",
     R"py(Module(body=[AnnAssign(target=Name(id='x', ctx=Store()), annotation=Name(id='int', ctx=Load()), value=Constant(value=5), simple=1)], type_ignores=[]))py"},
    {R"py((x): int = 5)py",
     R"py(Module(body=[AnnAssign(target=Name(id='x', ctx=Store()), annotation=Name(id='int', ctx=Load()), value=Constant(value=5), simple=0)], type_ignores=[]))py"},
    {R"py(a.b: int)py",
     R"py(Module(body=[AnnAssign(target=Attribute(value=Name(id='a', ctx=Load()), attr='b', ctx=Store()), annotation=Name(id='int', ctx=Load()), simple=0)], type_ignores=[]))py"},
    {R"py(a[0]: int = 1)py",
     R"py(Module(body=[AnnAssign(target=Subscript(value=Name(id='a', ctx=Load()), slice=Constant(value=0), ctx=Store()), annotation=Name(id='int', ctx=Load()), value=Constant(value=1), simple=0)], type_ignores=[]))py"},
    {R"py(x += 1)py",
     R"py(Module(body=[AugAssign(target=Name(id='x', ctx=Store()), op=Add(), value=Constant(value=1))], type_ignores=[]))py"},
    {R"py(x.y -= 2)py",
     R"py(Module(body=[AugAssign(target=Attribute(value=Name(id='x', ctx=Load()), attr='y', ctx=Store()), op=Sub(), value=Constant(value=2))], type_ignores=[]))py"},
    {R"py(x[0] **= 3)py",
     R"py(Module(body=[AugAssign(target=Subscript(value=Name(id='x', ctx=Load()), slice=Constant(value=0), ctx=Store()), op=Pow(), value=Constant(value=3))], type_ignores=[]))py"},
    {R"py(x //= 2; y @= m; z >>= 1; w <<= 2; v ^= 1; u |= 2; t &= 3; s %= 4; r /= 5; q *= 6)py",
     R"py(Module(body=[AugAssign(target=Name(id='x', ctx=Store()), op=FloorDiv(), value=Constant(value=2)), AugAssign(target=Name(id='y', ctx=Store()), op=MatMult(), value=Name(id='m', ctx=Load())), AugAssign(target=Name(id='z', ctx=Store()), op=RShift(), value=Constant(value=1)), AugAssign(target=Name(id='w', ctx=Store()), op=LShift(), value=Constant(value=2)), AugAssign(target=Name(id='v', ctx=Store()), op=BitXor(), value=Constant(value=1)), AugAssign(target=Name(id='u', ctx=Store()), op=BitOr(), value=Constant(value=2)), AugAssign(target=Name(id='t', ctx=Store()), op=BitAnd(), value=Constant(value=3)), AugAssign(target=Name(id='s', ctx=Store()), op=Mod(), value=Constant(value=4)), AugAssign(target=Name(id='r', ctx=Store()), op=Div(), value=Constant(value=5)), AugAssign(target=Name(id='q', ctx=Store()), op=Mult(), value=Constant(value=6))], type_ignores=[]))py"},
    {R"py(del a, b[0], c.d)py",
     R"py(Module(body=[Delete(targets=[Name(id='a', ctx=Del()), Subscript(value=Name(id='b', ctx=Load()), slice=Constant(value=0), ctx=Del()), Attribute(value=Name(id='c', ctx=Load()), attr='d', ctx=Del())])], type_ignores=[]))py"},
    {R"py(del (a, b))py",
     R"py(Module(body=[Delete(targets=[Tuple(elts=[Name(id='a', ctx=Del()), Name(id='b', ctx=Del())], ctx=Del())])], type_ignores=[]))py"},
    {R"py(del [a, b])py",
     R"py(Module(body=[Delete(targets=[List(elts=[Name(id='a', ctx=Del()), Name(id='b', ctx=Del())], ctx=Del())])], type_ignores=[]))py"},
    {R"py(assert x)py",
     R"py(Module(body=[Assert(test=Name(id='x', ctx=Load()))], type_ignores=[]))py"},
    {R"py(assert x, 'msg')py",
     R"py(Module(body=[Assert(test=Name(id='x', ctx=Load()), msg=Constant(value='msg'))], type_ignores=[]))py"},
    {R"py(pass; break; continue)py",
     R"py(Module(body=[Pass(), Break(), Continue()], type_ignores=[]))py"},
    {R"py(return)py",
     R"py(Module(body=[Return()], type_ignores=[]))py"},
    {R"py(return 1, 2)py",
     R"py(Module(body=[Return(value=Tuple(elts=[Constant(value=1), Constant(value=2)], ctx=Load()))], type_ignores=[]))py"},
    {R"py(return *a, b)py",
     R"py(Module(body=[Return(value=Tuple(elts=[Starred(value=Name(id='a', ctx=Load()), ctx=Load()), Name(id='b', ctx=Load())], ctx=Load()))], type_ignores=[]))py"},
    {R"py(raise)py",
     R"py(Module(body=[Raise()], type_ignores=[]))py"},
    {R"py(raise E)py",
     R"py(Module(body=[Raise(exc=Name(id='E', ctx=Load()))], type_ignores=[]))py"},
    {R"py(raise E from e)py",
     R"py(Module(body=[Raise(exc=Name(id='E', ctx=Load()), cause=Name(id='e', ctx=Load()))], type_ignores=[]))py"},
    {R"py(global a, b)py",
     R"py(Module(body=[Global(names=['a', 'b'])], type_ignores=[]))py"},
    {R"py(nonlocal a)py",
     R"py(Module(body=[Nonlocal(names=['a'])], type_ignores=[]))py"},
    {R"py(import a)py",
     R"py(Module(body=[Import(names=[alias(name='a')])], type_ignores=[]))py"},
    {R"py(import a.b.c as d, e)py",
     R"py(Module(body=[Import(names=[alias(name='a.b.c', asname='d'), alias(name='e')])], type_ignores=[]))py"},
    {R"py(from a import b)py",
     R"py(Module(body=[ImportFrom(module='a', names=[alias(name='b')], level=0)], type_ignores=[]))py"},
    {R"py(from a.b import c as d, e)py",
     R"py(Module(body=[ImportFrom(module='a.b', names=[alias(name='c', asname='d'), alias(name='e')], level=0)], type_ignores=[]))py"},
    {R"py(from . import x)py",
     R"py(Module(body=[ImportFrom(names=[alias(name='x')], level=1)], type_ignores=[]))py"},
    {R"py(from .. import (a, b,))py",
     R"py(Module(body=[ImportFrom(names=[alias(name='a'), alias(name='b')], level=2)], type_ignores=[]))py"},
    {R"py(from ...a import *)py",
     R"py(Module(body=[ImportFrom(module='a', names=[alias(name='*')], level=3)], type_ignores=[]))py"},
    {R"py(from .... import y)py",
     R"py(Module(body=[ImportFrom(names=[alias(name='y')], level=4)], type_ignores=[]))py"},
    {R"py(from . a import b)py",
     R"py(Module(body=[ImportFrom(module='a', names=[alias(name='b')], level=1)], type_ignores=[]))py"},
    {R"py(if a:
    pass
elif b:
    pass
else:
    pass)py",
     R"py(Module(body=[If(test=Name(id='a', ctx=Load()), body=[Pass()], orelse=[If(test=Name(id='b', ctx=Load()), body=[Pass()], orelse=[Pass()])])], type_ignores=[]))py"},
    {R"py(while x:
    break
else:
    pass)py",
     R"py(Module(body=[While(test=Name(id='x', ctx=Load()), body=[Break()], orelse=[Pass()])], type_ignores=[]))py"},
    {R"py(for x in y:
    continue
else:
    pass)py",
     R"py(Module(body=[For(target=Name(id='x', ctx=Store()), iter=Name(id='y', ctx=Load()), body=[Continue()], orelse=[Pass()])], type_ignores=[]))py"},
    {R"py(for x, y in z: pass)py",
     R"py(Module(body=[For(target=Tuple(elts=[Name(id='x', ctx=Store()), Name(id='y', ctx=Store())], ctx=Store()), iter=Name(id='z', ctx=Load()), body=[Pass()], orelse=[])], type_ignores=[]))py"},
    {R"py(for (x, y) in z: pass)py",
     R"py(Module(body=[For(target=Tuple(elts=[Name(id='x', ctx=Store()), Name(id='y', ctx=Store())], ctx=Store()), iter=Name(id='z', ctx=Load()), body=[Pass()], orelse=[])], type_ignores=[]))py"},
    {R"py(for *a, b in c: pass)py",
     R"py(Module(body=[For(target=Tuple(elts=[Starred(value=Name(id='a', ctx=Store()), ctx=Store()), Name(id='b', ctx=Store())], ctx=Store()), iter=Name(id='c', ctx=Load()), body=[Pass()], orelse=[])], type_ignores=[]))py"},
    {R"py(async def f():
    async for x in y:
        await z
    async with a as b, c:
        pass)py",
     R"py(Module(body=[AsyncFunctionDef(name='f', args=arguments(posonlyargs=[], args=[], kwonlyargs=[], kw_defaults=[], defaults=[]), body=[AsyncFor(target=Name(id='x', ctx=Store()), iter=Name(id='y', ctx=Load()), body=[Expr(value=Await(value=Name(id='z', ctx=Load())))], orelse=[]), AsyncWith(items=[withitem(context_expr=Name(id='a', ctx=Load()), optional_vars=Name(id='b', ctx=Store())), withitem(context_expr=Name(id='c', ctx=Load()))], body=[Pass()])], decorator_list=[])], type_ignores=[]))py"},
    {R"py(with a: pass)py",
     R"py(Module(body=[With(items=[withitem(context_expr=Name(id='a', ctx=Load()))], body=[Pass()])], type_ignores=[]))py"},
    {R"py(with a as b, c as d: pass)py",
     R"py(Module(body=[With(items=[withitem(context_expr=Name(id='a', ctx=Load()), optional_vars=Name(id='b', ctx=Store())), withitem(context_expr=Name(id='c', ctx=Load()), optional_vars=Name(id='d', ctx=Store()))], body=[Pass()])], type_ignores=[]))py"},
    {R"py(with (a, b): pass)py",
     R"py(Module(body=[With(items=[withitem(context_expr=Name(id='a', ctx=Load())), withitem(context_expr=Name(id='b', ctx=Load()))], body=[Pass()])], type_ignores=[]))py"},
    {R"py(with (a as b, c as d,): pass)py",
     R"py(Module(body=[With(items=[withitem(context_expr=Name(id='a', ctx=Load()), optional_vars=Name(id='b', ctx=Store())), withitem(context_expr=Name(id='c', ctx=Load()), optional_vars=Name(id='d', ctx=Store()))], body=[Pass()])], type_ignores=[]))py"},
    {R"py(with (a) as b: pass)py",
     R"py(Module(body=[With(items=[withitem(context_expr=Name(id='a', ctx=Load()), optional_vars=Name(id='b', ctx=Store()))], body=[Pass()])], type_ignores=[]))py"},
    {R"py(with (a, b) as c: pass)py",
     R"py(Module(body=[With(items=[withitem(context_expr=Tuple(elts=[Name(id='a', ctx=Load()), Name(id='b', ctx=Load())], ctx=Load()), optional_vars=Name(id='c', ctx=Store()))], body=[Pass()])], type_ignores=[]))py"},
    {R"py(with (yield x): pass)py",
     R"py(Module(body=[With(items=[withitem(context_expr=Yield(value=Name(id='x', ctx=Load())))], body=[Pass()])], type_ignores=[]))py"},
    {R"py(with a as (b, c): pass)py",
     R"py(Module(body=[With(items=[withitem(context_expr=Name(id='a', ctx=Load()), optional_vars=Tuple(elts=[Name(id='b', ctx=Store()), Name(id='c', ctx=Store())], ctx=Store()))], body=[Pass()])], type_ignores=[]))py"},
    {R"py(try:
    pass
except:
    pass)py",
     R"py(Module(body=[Try(body=[Pass()], handlers=[ExceptHandler(body=[Pass()])], orelse=[], finalbody=[])], type_ignores=[]))py"},
    {R"py(try:
    pass
except E as e:
    pass
else:
    pass
finally:
    pass)py",
     R"py(Module(body=[Try(body=[Pass()], handlers=[ExceptHandler(type=Name(id='E', ctx=Load()), name='e', body=[Pass()])], orelse=[Pass()], finalbody=[Pass()])], type_ignores=[]))py"},
    {R"py(try:
    pass
finally:
    pass)py",
     R"py(Module(body=[Try(body=[Pass()], handlers=[], orelse=[], finalbody=[Pass()])], type_ignores=[]))py"},
    {R"py(try:
    pass
except* (A, B) as e:
    pass
except* C:
    pass)py",
     R"py(Module(body=[TryStar(body=[Pass()], handlers=[ExceptHandler(type=Tuple(elts=[Name(id='A', ctx=Load()), Name(id='B', ctx=Load())], ctx=Load()), name='e', body=[Pass()]), ExceptHandler(type=Name(id='C', ctx=Load()), body=[Pass()])], orelse=[], finalbody=[])], type_ignores=[]))py"},
    {R"py(try:
    pass
except (A, B):
    pass)py",
     R"py(Module(body=[Try(body=[Pass()], handlers=[ExceptHandler(type=Tuple(elts=[Name(id='A', ctx=Load()), Name(id='B', ctx=Load())], ctx=Load()), body=[Pass()])], orelse=[], finalbody=[])], type_ignores=[]))py"},
    {R"py(@d
@e.f(1)
def g(a, b=1, *args, c, d=2, **kw) -> int:
    return a)py",
     R"py(Module(body=[FunctionDef(name='g', args=arguments(posonlyargs=[], args=[arg(arg='a'), arg(arg='b')], vararg=arg(arg='args'), kwonlyargs=[arg(arg='c'), arg(arg='d')], kw_defaults=[None, Constant(value=2)], kwarg=arg(arg='kw'), defaults=[Constant(value=1)]), body=[Return(value=Name(id='a', ctx=Load()))], decorator_list=[Name(id='d', ctx=Load()), Call(func=Attribute(value=Name(id='e', ctx=Load()), attr='f', ctx=Load()), args=[Constant(value=1)], keywords=[])], returns=Name(id='int', ctx=Load()))], type_ignores=[]))py"},
    {R"py(def f(a, b, /, c, *, d): pass)py",
     R"py(Module(body=[FunctionDef(name='f', args=arguments(posonlyargs=[arg(arg='a'), arg(arg='b')], args=[arg(arg='c')], kwonlyargs=[arg(arg='d')], kw_defaults=[None], defaults=[]), body=[Pass()], decorator_list=[])], type_ignores=[]))py"},
    {R"py(def f(a=1, /, b=2): pass)py",
     R"py(Module(body=[FunctionDef(name='f', args=arguments(posonlyargs=[arg(arg='a')], args=[arg(arg='b')], kwonlyargs=[], kw_defaults=[], defaults=[Constant(value=1), Constant(value=2)]), body=[Pass()], decorator_list=[])], type_ignores=[]))py"},
    {R"py(def f(*, a): pass)py",
     R"py(Module(body=[FunctionDef(name='f', args=arguments(posonlyargs=[], args=[], kwonlyargs=[arg(arg='a')], kw_defaults=[None], defaults=[]), body=[Pass()], decorator_list=[])], type_ignores=[]))py"},
    {R"py(def f(a: int, *b: str, **c: float): pass)py",
     R"py(Module(body=[FunctionDef(name='f', args=arguments(posonlyargs=[], args=[arg(arg='a', annotation=Name(id='int', ctx=Load()))], vararg=arg(arg='b', annotation=Name(id='str', ctx=Load())), kwonlyargs=[], kw_defaults=[], kwarg=arg(arg='c', annotation=Name(id='float', ctx=Load())), defaults=[]), body=[Pass()], decorator_list=[])], type_ignores=[]))py"},
    {R"py(def f(*args: *Ts): pass)py",
     R"py(Module(body=[FunctionDef(name='f', args=arguments(posonlyargs=[], args=[], vararg=arg(arg='args', annotation=Starred(value=Name(id='Ts', ctx=Load()), ctx=Load())), kwonlyargs=[], kw_defaults=[], defaults=[]), body=[Pass()], decorator_list=[])], type_ignores=[]))py"},
    {R"py(class A: pass)py",
     R"py(Module(body=[ClassDef(name='A', bases=[], keywords=[], body=[Pass()], decorator_list=[])], type_ignores=[]))py"},
    {R"py(class A(B, C, metaclass=M, **kw): pass)py",
     R"py(Module(body=[ClassDef(name='A', bases=[Name(id='B', ctx=Load()), Name(id='C', ctx=Load())], keywords=[keyword(arg='metaclass', value=Name(id='M', ctx=Load())), keyword(value=Name(id='kw', ctx=Load()))], body=[Pass()], decorator_list=[])], type_ignores=[]))py"},
    {R"py(@dec
class A():
    x = 1)py",
     R"py(Module(body=[ClassDef(name='A', bases=[], keywords=[], body=[Assign(targets=[Name(id='x', ctx=Store())], value=Constant(value=1))], decorator_list=[Name(id='dec', ctx=Load())])], type_ignores=[]))py"},
    {R"py(lambda: 0)py",
     R"py(Module(body=[Expr(value=Lambda(args=arguments(posonlyargs=[], args=[], kwonlyargs=[], kw_defaults=[], defaults=[]), body=Constant(value=0)))], type_ignores=[]))py"},
    {R"py(lambda x, /, y=1, *a, z, **k: x)py",
     R"py(Module(body=[Expr(value=Lambda(args=arguments(posonlyargs=[arg(arg='x')], args=[arg(arg='y')], vararg=arg(arg='a'), kwonlyargs=[arg(arg='z')], kw_defaults=[None], kwarg=arg(arg='k'), defaults=[Constant(value=1)]), body=Name(id='x', ctx=Load())))], type_ignores=[]))py"},
    {R"py(lambda *, a: a)py",
     R"py(Module(body=[Expr(value=Lambda(args=arguments(posonlyargs=[], args=[], kwonlyargs=[arg(arg='a')], kw_defaults=[None], defaults=[]), body=Name(id='a', ctx=Load())))], type_ignores=[]))py"},
    {R"py(lambda *a, **k: 0)py",
     R"py(Module(body=[Expr(value=Lambda(args=arguments(posonlyargs=[], args=[], vararg=arg(arg='a'), kwonlyargs=[], kw_defaults=[], kwarg=arg(arg='k'), defaults=[]), body=Constant(value=0)))], type_ignores=[]))py"},
    {R"py(a if b else c)py",
     R"py(Module(body=[Expr(value=IfExp(test=Name(id='b', ctx=Load()), body=Name(id='a', ctx=Load()), orelse=Name(id='c', ctx=Load())))], type_ignores=[]))py"},
    {R"py(a if b else c if d else e)py",
     R"py(Module(body=[Expr(value=IfExp(test=Name(id='b', ctx=Load()), body=Name(id='a', ctx=Load()), orelse=IfExp(test=Name(id='d', ctx=Load()), body=Name(id='c', ctx=Load()), orelse=Name(id='e', ctx=Load()))))], type_ignores=[]))py"},
    {R"py(x = (y := 5))py",
     R"py(Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=NamedExpr(target=Name(id='y', ctx=Store()), value=Constant(value=5)))], type_ignores=[]))py"},
    {R"py(if (n := len(a)) > 10: pass)py",
     R"py(Module(body=[If(test=Compare(left=NamedExpr(target=Name(id='n', ctx=Store()), value=Call(func=Name(id='len', ctx=Load()), args=[Name(id='a', ctx=Load())], keywords=[])), ops=[Gt()], comparators=[Constant(value=10)]), body=[Pass()], orelse=[])], type_ignores=[]))py"},
    {R"py([y := f(x), y**2])py",
     R"py(Module(body=[Expr(value=List(elts=[NamedExpr(target=Name(id='y', ctx=Store()), value=Call(func=Name(id='f', ctx=Load()), args=[Name(id='x', ctx=Load())], keywords=[])), BinOp(left=Name(id='y', ctx=Load()), op=Pow(), right=Constant(value=2))], ctx=Load()))], type_ignores=[]))py"},
    {R"py(f(x := 1))py",
     R"py(Module(body=[Expr(value=Call(func=Name(id='f', ctx=Load()), args=[NamedExpr(target=Name(id='x', ctx=Store()), value=Constant(value=1))], keywords=[]))], type_ignores=[]))py"},
    {R"py(a[x := 1])py",
     R"py(Module(body=[Expr(value=Subscript(value=Name(id='a', ctx=Load()), slice=NamedExpr(target=Name(id='x', ctx=Store()), value=Constant(value=1)), ctx=Load()))], type_ignores=[]))py"},
    {R"py(a or b or c)py",
     R"py(Module(body=[Expr(value=BoolOp(op=Or(), values=[Name(id='a', ctx=Load()), Name(id='b', ctx=Load()), Name(id='c', ctx=Load())]))], type_ignores=[]))py"},
    {R"py(a and b and c)py",
     R"py(Module(body=[Expr(value=BoolOp(op=And(), values=[Name(id='a', ctx=Load()), Name(id='b', ctx=Load()), Name(id='c', ctx=Load())]))], type_ignores=[]))py"},
    {R"py(a or b and c)py",
     R"py(Module(body=[Expr(value=BoolOp(op=Or(), values=[Name(id='a', ctx=Load()), BoolOp(op=And(), values=[Name(id='b', ctx=Load()), Name(id='c', ctx=Load())])]))], type_ignores=[]))py"},
    {R"py(not a)py",
     R"py(Module(body=[Expr(value=UnaryOp(op=Not(), operand=Name(id='a', ctx=Load())))], type_ignores=[]))py"},
    {R"py(not not a)py",
     R"py(Module(body=[Expr(value=UnaryOp(op=Not(), operand=UnaryOp(op=Not(), operand=Name(id='a', ctx=Load()))))], type_ignores=[]))py"},
    {R"py(a < b <= c > d >= e == f != g)py",
     R"py(Module(body=[Expr(value=Compare(left=Name(id='a', ctx=Load()), ops=[Lt(), LtE(), Gt(), GtE(), Eq(), NotEq()], comparators=[Name(id='b', ctx=Load()), Name(id='c', ctx=Load()), Name(id='d', ctx=Load()), Name(id='e', ctx=Load()), Name(id='f', ctx=Load()), Name(id='g', ctx=Load())]))], type_ignores=[]))py"},
    {R"py(a in b not in c is d is not e)py",
     R"py(Module(body=[Expr(value=Compare(left=Name(id='a', ctx=Load()), ops=[In(), NotIn(), Is(), IsNot()], comparators=[Name(id='b', ctx=Load()), Name(id='c', ctx=Load()), Name(id='d', ctx=Load()), Name(id='e', ctx=Load())]))], type_ignores=[]))py"},
    {R"py(a + b - c * d / e // f % g @ h)py",
     R"py(Module(body=[Expr(value=BinOp(left=BinOp(left=Name(id='a', ctx=Load()), op=Add(), right=Name(id='b', ctx=Load())), op=Sub(), right=BinOp(left=BinOp(left=BinOp(left=BinOp(left=BinOp(left=Name(id='c', ctx=Load()), op=Mult(), right=Name(id='d', ctx=Load())), op=Div(), right=Name(id='e', ctx=Load())), op=FloorDiv(), right=Name(id='f', ctx=Load())), op=Mod(), right=Name(id='g', ctx=Load())), op=MatMult(), right=Name(id='h', ctx=Load()))))], type_ignores=[]))py"},
    {R"py(a ** b ** c)py",
     R"py(Module(body=[Expr(value=BinOp(left=Name(id='a', ctx=Load()), op=Pow(), right=BinOp(left=Name(id='b', ctx=Load()), op=Pow(), right=Name(id='c', ctx=Load()))))], type_ignores=[]))py"},
    {R"py(-a ** b)py",
     R"py(Module(body=[Expr(value=UnaryOp(op=USub(), operand=BinOp(left=Name(id='a', ctx=Load()), op=Pow(), right=Name(id='b', ctx=Load()))))], type_ignores=[]))py"},
    {R"py(~a + +b - -c)py",
     R"py(Module(body=[Expr(value=BinOp(left=BinOp(left=UnaryOp(op=Invert(), operand=Name(id='a', ctx=Load())), op=Add(), right=UnaryOp(op=UAdd(), operand=Name(id='b', ctx=Load()))), op=Sub(), right=UnaryOp(op=USub(), operand=Name(id='c', ctx=Load()))))], type_ignores=[]))py"},
    {R"py(a | b ^ c & d << e >> f)py",
     R"py(Module(body=[Expr(value=BinOp(left=Name(id='a', ctx=Load()), op=BitOr(), right=BinOp(left=Name(id='b', ctx=Load()), op=BitXor(), right=BinOp(left=Name(id='c', ctx=Load()), op=BitAnd(), right=BinOp(left=BinOp(left=Name(id='d', ctx=Load()), op=LShift(), right=Name(id='e', ctx=Load())), op=RShift(), right=Name(id='f', ctx=Load()))))))], type_ignores=[]))py"},
    {R"py((a + b) * c)py",
     R"py(Module(body=[Expr(value=BinOp(left=BinOp(left=Name(id='a', ctx=Load()), op=Add(), right=Name(id='b', ctx=Load())), op=Mult(), right=Name(id='c', ctx=Load())))], type_ignores=[]))py"},
    {R"py(await x)py",
     R"py(Module(body=[Expr(value=Await(value=Name(id='x', ctx=Load())))], type_ignores=[]))py"},
    {R"py(f(*a, **k))py",
     R"py(Module(body=[Expr(value=Call(func=Name(id='f', ctx=Load()), args=[Starred(value=Name(id='a', ctx=Load()), ctx=Load())], keywords=[keyword(value=Name(id='k', ctx=Load()))]))], type_ignores=[]))py"},
    {R"py(f(a, *b, c=1, **d))py",
     R"py(Module(body=[Expr(value=Call(func=Name(id='f', ctx=Load()), args=[Name(id='a', ctx=Load()), Starred(value=Name(id='b', ctx=Load()), ctx=Load())], keywords=[keyword(arg='c', value=Constant(value=1)), keyword(value=Name(id='d', ctx=Load()))]))], type_ignores=[]))py"},
    {R"py(f(a)(b)(c))py",
     R"py(Module(body=[Expr(value=Call(func=Call(func=Call(func=Name(id='f', ctx=Load()), args=[Name(id='a', ctx=Load())], keywords=[]), args=[Name(id='b', ctx=Load())], keywords=[]), args=[Name(id='c', ctx=Load())], keywords=[]))], type_ignores=[]))py"},
    {R"py(f(x for x in y))py",
     R"py(Module(body=[Expr(value=Call(func=Name(id='f', ctx=Load()), args=[GeneratorExp(elt=Name(id='x', ctx=Load()), generators=[comprehension(target=Name(id='x', ctx=Store()), iter=Name(id='y', ctx=Load()), ifs=[], is_async=0)])], keywords=[]))], type_ignores=[]))py"},
    {R"py(f(a=1, *b))py",
     R"py(Module(body=[Expr(value=Call(func=Name(id='f', ctx=Load()), args=[Starred(value=Name(id='b', ctx=Load()), ctx=Load())], keywords=[keyword(arg='a', value=Constant(value=1))]))], type_ignores=[]))py"},
    {R"py(f(**a, b=1))py",
     R"py(Module(body=[Expr(value=Call(func=Name(id='f', ctx=Load()), args=[], keywords=[keyword(value=Name(id='a', ctx=Load())), keyword(arg='b', value=Constant(value=1))]))], type_ignores=[]))py"},
    {R"py(f(*a, *b, **c, **d))py",
     R"py(Module(body=[Expr(value=Call(func=Name(id='f', ctx=Load()), args=[Starred(value=Name(id='a', ctx=Load()), ctx=Load()), Starred(value=Name(id='b', ctx=Load()), ctx=Load())], keywords=[keyword(value=Name(id='c', ctx=Load())), keyword(value=Name(id='d', ctx=Load()))]))], type_ignores=[]))py"},
    {R"py(a.b.c)py",
     R"py(Module(body=[Expr(value=Attribute(value=Attribute(value=Name(id='a', ctx=Load()), attr='b', ctx=Load()), attr='c', ctx=Load()))], type_ignores=[]))py"},
    {R"py(a[1])py",
     R"py(Module(body=[Expr(value=Subscript(value=Name(id='a', ctx=Load()), slice=Constant(value=1), ctx=Load()))], type_ignores=[]))py"},
    {R"py(a[1:2])py",
     R"py(Module(body=[Expr(value=Subscript(value=Name(id='a', ctx=Load()), slice=Slice(lower=Constant(value=1), upper=Constant(value=2)), ctx=Load()))], type_ignores=[]))py"},
    {R"py(a[:])py",
     R"py(Module(body=[Expr(value=Subscript(value=Name(id='a', ctx=Load()), slice=Slice(), ctx=Load()))], type_ignores=[]))py"},
    {R"py(a[::])py",
     R"py(Module(body=[Expr(value=Subscript(value=Name(id='a', ctx=Load()), slice=Slice(), ctx=Load()))], type_ignores=[]))py"},
    {R"py(a[1:2:3])py",
     R"py(Module(body=[Expr(value=Subscript(value=Name(id='a', ctx=Load()), slice=Slice(lower=Constant(value=1), upper=Constant(value=2), step=Constant(value=3)), ctx=Load()))], type_ignores=[]))py"},
    {R"py(a[::2])py",
     R"py(Module(body=[Expr(value=Subscript(value=Name(id='a', ctx=Load()), slice=Slice(step=Constant(value=2)), ctx=Load()))], type_ignores=[]))py"},
    {R"py(a[1:2, ::3])py",
     R"py(Module(body=[Expr(value=Subscript(value=Name(id='a', ctx=Load()), slice=Tuple(elts=[Slice(lower=Constant(value=1), upper=Constant(value=2)), Slice(step=Constant(value=3))], ctx=Load()), ctx=Load()))], type_ignores=[]))py"},
    {R"py(a[1,])py",
     R"py(Module(body=[Expr(value=Subscript(value=Name(id='a', ctx=Load()), slice=Tuple(elts=[Constant(value=1)], ctx=Load()), ctx=Load()))], type_ignores=[]))py"},
    {R"py(a[()])py",
     R"py(Module(body=[Expr(value=Subscript(value=Name(id='a', ctx=Load()), slice=Tuple(elts=[], ctx=Load()), ctx=Load()))], type_ignores=[]))py"},
    {R"py(a[*b])py",
     R"py(Module(body=[Expr(value=Subscript(value=Name(id='a', ctx=Load()), slice=Tuple(elts=[Starred(value=Name(id='b', ctx=Load()), ctx=Load())], ctx=Load()), ctx=Load()))], type_ignores=[]))py"},
    {R"py(a[1:2, *b])py",
     R"py(Module(body=[Expr(value=Subscript(value=Name(id='a', ctx=Load()), slice=Tuple(elts=[Slice(lower=Constant(value=1), upper=Constant(value=2)), Starred(value=Name(id='b', ctx=Load()), ctx=Load())], ctx=Load()), ctx=Load()))], type_ignores=[]))py"},
    {R"py(a[...])py",
     R"py(Module(body=[Expr(value=Subscript(value=Name(id='a', ctx=Load()), slice=Constant(value=Ellipsis), ctx=Load()))], type_ignores=[]))py"},
    {R"py(x = ...)py",
     R"py(Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Constant(value=Ellipsis))], type_ignores=[]))py"},
    {R"py(x = None, True, False)py",
     R"py(Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Tuple(elts=[Constant(value=None), Constant(value=True), Constant(value=False)], ctx=Load()))], type_ignores=[]))py"},
    {R"py([])py",
     R"py(Module(body=[Expr(value=List(elts=[], ctx=Load()))], type_ignores=[]))py"},
    {R"py([1, 2, 3,])py",
     R"py(Module(body=[Expr(value=List(elts=[Constant(value=1), Constant(value=2), Constant(value=3)], ctx=Load()))], type_ignores=[]))py"},
    {R"py([*a, *b])py",
     R"py(Module(body=[Expr(value=List(elts=[Starred(value=Name(id='a', ctx=Load()), ctx=Load()), Starred(value=Name(id='b', ctx=Load()), ctx=Load())], ctx=Load()))], type_ignores=[]))py"},
    {R"py(())py",
     R"py(Module(body=[Expr(value=Tuple(elts=[], ctx=Load()))], type_ignores=[]))py"},
    {R"py((1,))py",
     R"py(Module(body=[Expr(value=Tuple(elts=[Constant(value=1)], ctx=Load()))], type_ignores=[]))py"},
    {R"py((1, 2))py",
     R"py(Module(body=[Expr(value=Tuple(elts=[Constant(value=1), Constant(value=2)], ctx=Load()))], type_ignores=[]))py"},
    {R"py({})py",
     R"py(Module(body=[Expr(value=Dict(keys=[], values=[]))], type_ignores=[]))py"},
    {R"py({1: 2, **a, 3: 4})py",
     R"py(Module(body=[Expr(value=Dict(keys=[Constant(value=1), None, Constant(value=3)], values=[Constant(value=2), Name(id='a', ctx=Load()), Constant(value=4)]))], type_ignores=[]))py"},
    {R"py({1, 2})py",
     R"py(Module(body=[Expr(value=Set(elts=[Constant(value=1), Constant(value=2)]))], type_ignores=[]))py"},
    {R"py({*a, 1})py",
     R"py(Module(body=[Expr(value=Set(elts=[Starred(value=Name(id='a', ctx=Load()), ctx=Load()), Constant(value=1)]))], type_ignores=[]))py"},
    {R"py([x for x in y])py",
     R"py(Module(body=[Expr(value=ListComp(elt=Name(id='x', ctx=Load()), generators=[comprehension(target=Name(id='x', ctx=Store()), iter=Name(id='y', ctx=Load()), ifs=[], is_async=0)]))], type_ignores=[]))py"},
    {R"py([x for x in y if x if z for w in x])py",
     R"py(Module(body=[Expr(value=ListComp(elt=Name(id='x', ctx=Load()), generators=[comprehension(target=Name(id='x', ctx=Store()), iter=Name(id='y', ctx=Load()), ifs=[Name(id='x', ctx=Load()), Name(id='z', ctx=Load())], is_async=0), comprehension(target=Name(id='w', ctx=Store()), iter=Name(id='x', ctx=Load()), ifs=[], is_async=0)]))], type_ignores=[]))py"},
    {R"py({x for x in y})py",
     R"py(Module(body=[Expr(value=SetComp(elt=Name(id='x', ctx=Load()), generators=[comprehension(target=Name(id='x', ctx=Store()), iter=Name(id='y', ctx=Load()), ifs=[], is_async=0)]))], type_ignores=[]))py"},
    {R"py({k: v for k, v in d.items()})py",
     R"py(Module(body=[Expr(value=DictComp(key=Name(id='k', ctx=Load()), value=Name(id='v', ctx=Load()), generators=[comprehension(target=Tuple(elts=[Name(id='k', ctx=Store()), Name(id='v', ctx=Store())], ctx=Store()), iter=Call(func=Attribute(value=Name(id='d', ctx=Load()), attr='items', ctx=Load()), args=[], keywords=[]), ifs=[], is_async=0)]))], type_ignores=[]))py"},
    {R"py((x for x in y))py",
     R"py(Module(body=[Expr(value=GeneratorExp(elt=Name(id='x', ctx=Load()), generators=[comprehension(target=Name(id='x', ctx=Store()), iter=Name(id='y', ctx=Load()), ifs=[], is_async=0)]))], type_ignores=[]))py"},
    {R"py([x async for x in y])py",
     R"py(Module(body=[Expr(value=ListComp(elt=Name(id='x', ctx=Load()), generators=[comprehension(target=Name(id='x', ctx=Store()), iter=Name(id='y', ctx=Load()), ifs=[], is_async=1)]))], type_ignores=[]))py"},
    {R"py([(x, y) for x in a for y in b])py",
     R"py(Module(body=[Expr(value=ListComp(elt=Tuple(elts=[Name(id='x', ctx=Load()), Name(id='y', ctx=Load())], ctx=Load()), generators=[comprehension(target=Name(id='x', ctx=Store()), iter=Name(id='a', ctx=Load()), ifs=[], is_async=0), comprehension(target=Name(id='y', ctx=Store()), iter=Name(id='b', ctx=Load()), ifs=[], is_async=0)]))], type_ignores=[]))py"},
    {R"py([x for x in (yield)])py",
     R"py(Module(body=[Expr(value=ListComp(elt=Name(id='x', ctx=Load()), generators=[comprehension(target=Name(id='x', ctx=Store()), iter=Yield(), ifs=[], is_async=0)]))], type_ignores=[]))py"},
    {R"py(def g():
    yield
    yield 1
    yield 1, 2
    yield from x
    x = yield y
    await z)py",
     R"py(Module(body=[FunctionDef(name='g', args=arguments(posonlyargs=[], args=[], kwonlyargs=[], kw_defaults=[], defaults=[]), body=[Expr(value=Yield()), Expr(value=Yield(value=Constant(value=1))), Expr(value=Yield(value=Tuple(elts=[Constant(value=1), Constant(value=2)], ctx=Load()))), Expr(value=YieldFrom(value=Name(id='x', ctx=Load()))), Assign(targets=[Name(id='x', ctx=Store())], value=Yield(value=Name(id='y', ctx=Load()))), Expr(value=Await(value=Name(id='z', ctx=Load())))], decorator_list=[])], type_ignores=[]))py"},
    {R"py(x = 1


# comment
y = 2  # trailing)py",
     R"py(Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Constant(value=1)), Assign(targets=[Name(id='y', ctx=Store())], value=Constant(value=2))], type_ignores=[]))py"},
    {R"py(x = (1 +
     2))py",
     R"py(Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=BinOp(left=Constant(value=1), op=Add(), right=Constant(value=2)))], type_ignores=[]))py"},
    {R"py(x = 1 + \
    2)py",
     R"py(Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=BinOp(left=Constant(value=1), op=Add(), right=Constant(value=2)))], type_ignores=[]))py"},
    {R"py(if a:
    if b:
        pass
    c
d)py",
     R"py(Module(body=[If(test=Name(id='a', ctx=Load()), body=[If(test=Name(id='b', ctx=Load()), body=[Pass()], orelse=[]), Expr(value=Name(id='c', ctx=Load()))], orelse=[]), Expr(value=Name(id='d', ctx=Load()))], type_ignores=[]))py"},
    {R"py(if a:
	pass)py",
     R"py(Module(body=[If(test=Name(id='a', ctx=Load()), body=[Pass()], orelse=[])], type_ignores=[]))py"},
    {R"py(if a:
        pass
        pass)py",
     R"py(Module(body=[If(test=Name(id='a', ctx=Load()), body=[Pass(), Pass()], orelse=[])], type_ignores=[]))py"},
    {R"py(0)py",
     R"py(Module(body=[Expr(value=Constant(value=0))], type_ignores=[]))py"},
    {R"py(123)py",
     R"py(Module(body=[Expr(value=Constant(value=123))], type_ignores=[]))py"},
    {R"py(1_000_000)py",
     R"py(Module(body=[Expr(value=Constant(value=1000000))], type_ignores=[]))py"},
    {R"py(0x1F)py",
     R"py(Module(body=[Expr(value=Constant(value=31))], type_ignores=[]))py"},
    {R"py(0o17)py",
     R"py(Module(body=[Expr(value=Constant(value=15))], type_ignores=[]))py"},
    {R"py(0b1010)py",
     R"py(Module(body=[Expr(value=Constant(value=10))], type_ignores=[]))py"},
    {R"py(0XFF)py",
     R"py(Module(body=[Expr(value=Constant(value=255))], type_ignores=[]))py"},
    {R"py(0_0)py",
     R"py(Module(body=[Expr(value=Constant(value=0))], type_ignores=[]))py"},
    {R"py(00)py",
     R"py(Module(body=[Expr(value=Constant(value=0))], type_ignores=[]))py"},
    {R"py(9223372036854775807)py",
     R"py(Module(body=[Expr(value=Constant(value=9223372036854775807))], type_ignores=[]))py"},
    {R"py(9223372036854775808)py",
     R"py(Module(body=[Expr(value=Constant(value=9223372036854775808))], type_ignores=[]))py"},
    {R"py(0xFFFFFFFFFFFFFFFFFF)py",
     R"py(Module(body=[Expr(value=Constant(value=4722366482869645213695))], type_ignores=[]))py"},
    {R"py(0o7777777777777777777777777)py",
     R"py(Module(body=[Expr(value=Constant(value=37778931862957161709567))], type_ignores=[]))py"},
    {R"py(0b11111111111111111111111111111111111111111111111111111111111111111)py",
     R"py(Module(body=[Expr(value=Constant(value=36893488147419103231))], type_ignores=[]))py"},
    {R"py(123456789012345678901234567890)py",
     R"py(Module(body=[Expr(value=Constant(value=123456789012345678901234567890))], type_ignores=[]))py"},
    {R"py(1.5)py",
     R"py(Module(body=[Expr(value=Constant(value=1.5))], type_ignores=[]))py"},
    {R"py(1.)py",
     R"py(Module(body=[Expr(value=Constant(value=1.0))], type_ignores=[]))py"},
    {R"py(.5)py",
     R"py(Module(body=[Expr(value=Constant(value=0.5))], type_ignores=[]))py"},
    {R"py(1e10)py",
     R"py(Module(body=[Expr(value=Constant(value=10000000000.0))], type_ignores=[]))py"},
    {R"py(1E-5)py",
     R"py(Module(body=[Expr(value=Constant(value=1e-05))], type_ignores=[]))py"},
    {R"py(1_000.000_1)py",
     R"py(Module(body=[Expr(value=Constant(value=1000.0001))], type_ignores=[]))py"},
    {R"py(1.5e+3)py",
     R"py(Module(body=[Expr(value=Constant(value=1500.0))], type_ignores=[]))py"},
    {R"py(2j)py",
     R"py(Module(body=[Expr(value=Constant(value=2j))], type_ignores=[]))py"},
    {R"py(1.5J)py",
     R"py(Module(body=[Expr(value=Constant(value=1.5j))], type_ignores=[]))py"},
    {R"py(1e3j)py",
     R"py(Module(body=[Expr(value=Constant(value=1000j))], type_ignores=[]))py"},
    {R"py(0j)py",
     R"py(Module(body=[Expr(value=Constant(value=0j))], type_ignores=[]))py"},
    {R"py(1_0j)py",
     R"py(Module(body=[Expr(value=Constant(value=10j))], type_ignores=[]))py"},
    {R"py(1e400)py",
     R"py(Module(body=[Expr(value=Constant(value=inf))], type_ignores=[]))py"},
    {R"py(0.1)py",
     R"py(Module(body=[Expr(value=Constant(value=0.1))], type_ignores=[]))py"},
    {R"py(3.141592653589793)py",
     R"py(Module(body=[Expr(value=Constant(value=3.141592653589793))], type_ignores=[]))py"},
    {R"py(1e-320)py",
     R"py(Module(body=[Expr(value=Constant(value=1e-320))], type_ignores=[]))py"},
    {R"py('abc')py",
     R"py(Module(body=[Expr(value=Constant(value='abc'))], type_ignores=[]))py"},
    {R"py("abc")py",
     R"py(Module(body=[Expr(value=Constant(value='abc'))], type_ignores=[]))py"},
    {R"py('''abc''')py",
     R"py(Module(body=[Expr(value=Constant(value='abc'))], type_ignores=[]))py"},
    {R"py("""a
b""")py",
     R"py(Module(body=[Expr(value=Constant(value='a\nb'))], type_ignores=[]))py"},
    {R"py('a' 'b')py",
     R"py(Module(body=[Expr(value=Constant(value='ab'))], type_ignores=[]))py"},
    {R"py(u'x')py",
     R"py(Module(body=[Expr(value=Constant(value='x'))], type_ignores=[]))py"},
    {R"py(r'\n')py",
     R"py(Module(body=[Expr(value=Constant(value='\\n'))], type_ignores=[]))py"},
    {R"py(R'\x')py",
     R"py(Module(body=[Expr(value=Constant(value='\\x'))], type_ignores=[]))py"},
    {R"py(b'abc')py",
     R"py(Module(body=[Expr(value=Constant(value=b'abc'))], type_ignores=[]))py"},
    {R"py(B'a' b'b')py",
     R"py(Module(body=[Expr(value=Constant(value=b'ab'))], type_ignores=[]))py"},
    {R"py(rb'\n')py",
     R"py(Module(body=[Expr(value=Constant(value=b'\\n'))], type_ignores=[]))py"},
    {R"py(BR'\x')py",
     R"py(Module(body=[Expr(value=Constant(value=b'\\x'))], type_ignores=[]))py"},
    {R"py(Rb'a')py",
     R"py(Module(body=[Expr(value=Constant(value=b'a'))], type_ignores=[]))py"},
    {R"py('\n\t\\\'\"\a\b\f\v\r')py",
     R"py(Module(body=[Expr(value=Constant(value='\n\t\\\'"\x07\x08\x0c\x0b\r'))], type_ignores=[]))py"},
    {R"py('\101\0\7')py",
     R"py(Module(body=[Expr(value=Constant(value='A\x00\x07'))], type_ignores=[]))py"},
    {R"py('\x41\xff')py",
     R"py(Module(body=[Expr(value=Constant(value='Aÿ'))], type_ignores=[]))py"},
    {R"py('\u00e9\U0001F600')py",
     R"py(Module(body=[Expr(value=Constant(value='é😀'))], type_ignores=[]))py"},
    {R"py('\N{BULLET}\N{EM DASH}')py",
     R"py(Module(body=[Expr(value=Constant(value='•—'))], type_ignores=[]))py"},
    {R"py(b'\x00\xff\101')py",
     R"py(Module(body=[Expr(value=Constant(value=b'\x00\xffA'))], type_ignores=[]))py"},
    {R"py(b'\u1234')py",
     R"py(Module(body=[Expr(value=Constant(value=b'\\u1234'))], type_ignores=[]))py"},
    {R"py('\q')py",
     R"py(Module(body=[Expr(value=Constant(value='\\q'))], type_ignores=[]))py"},
    {R"py('a\
b')py",
     R"py(Module(body=[Expr(value=Constant(value='ab'))], type_ignores=[]))py"},
    {R"py('é€😀')py",
     R"py(Module(body=[Expr(value=Constant(value='é€😀'))], type_ignores=[]))py"},
    {R"py('\ud800')py",
     R"py(Module(body=[Expr(value=Constant(value='\ud800'))], type_ignores=[]))py"},
    {R"py(f'abc')py",
     R"py(Module(body=[Expr(value=JoinedStr(values=[Constant(value='abc')]))], type_ignores=[]))py"},
    {R"py(f'')py",
     R"py(Module(body=[Expr(value=JoinedStr(values=[]))], type_ignores=[]))py"},
    {R"py(f'{x}')py",
     R"py(Module(body=[Expr(value=JoinedStr(values=[FormattedValue(value=Name(id='x', ctx=Load()), conversion=-1)]))], type_ignores=[]))py"},
    {R"py(f'{x!r}')py",
     R"py(Module(body=[Expr(value=JoinedStr(values=[FormattedValue(value=Name(id='x', ctx=Load()), conversion=114)]))], type_ignores=[]))py"},
    {R"py(f'{x!s:>10}')py",
     R"py(Module(body=[Expr(value=JoinedStr(values=[FormattedValue(value=Name(id='x', ctx=Load()), conversion=115, format_spec=JoinedStr(values=[Constant(value='>10')]))]))], type_ignores=[]))py"},
    {R"py(f'{x:{w}.{p}}')py",
     R"py(Module(body=[Expr(value=JoinedStr(values=[FormattedValue(value=Name(id='x', ctx=Load()), conversion=-1, format_spec=JoinedStr(values=[FormattedValue(value=Name(id='w', ctx=Load()), conversion=-1), Constant(value='.'), FormattedValue(value=Name(id='p', ctx=Load()), conversion=-1)]))]))], type_ignores=[]))py"},
    {R"py(f'{{}}')py",
     R"py(Module(body=[Expr(value=JoinedStr(values=[Constant(value='{}')]))], type_ignores=[]))py"},
    {R"py(f'{x=}')py",
     R"py(Module(body=[Expr(value=JoinedStr(values=[Constant(value='x='), FormattedValue(value=Name(id='x', ctx=Load()), conversion=114)]))], type_ignores=[]))py"},
    {R"py(f'{x = }')py",
     R"py(Module(body=[Expr(value=JoinedStr(values=[Constant(value='x = '), FormattedValue(value=Name(id='x', ctx=Load()), conversion=114)]))], type_ignores=[]))py"},
    {R"py(f'{x=!s}')py",
     R"py(Module(body=[Expr(value=JoinedStr(values=[Constant(value='x='), FormattedValue(value=Name(id='x', ctx=Load()), conversion=115)]))], type_ignores=[]))py"},
    {R"py(f'{x=:>5}')py",
     R"py(Module(body=[Expr(value=JoinedStr(values=[Constant(value='x='), FormattedValue(value=Name(id='x', ctx=Load()), conversion=-1, format_spec=JoinedStr(values=[Constant(value='>5')]))]))], type_ignores=[]))py"},
    {R"py(f'a{b}c{d}e')py",
     R"py(Module(body=[Expr(value=JoinedStr(values=[Constant(value='a'), FormattedValue(value=Name(id='b', ctx=Load()), conversion=-1), Constant(value='c'), FormattedValue(value=Name(id='d', ctx=Load()), conversion=-1), Constant(value='e')]))], type_ignores=[]))py"},
    {R"py('a' f'{b}' 'c')py",
     R"py(Module(body=[Expr(value=JoinedStr(values=[Constant(value='a'), FormattedValue(value=Name(id='b', ctx=Load()), conversion=-1), Constant(value='c')]))], type_ignores=[]))py"},
    {R"py(f'{a}' f'{b}')py",
     R"py(Module(body=[Expr(value=JoinedStr(values=[FormattedValue(value=Name(id='a', ctx=Load()), conversion=-1), FormattedValue(value=Name(id='b', ctx=Load()), conversion=-1)]))], type_ignores=[]))py"},
    {R"py(f'{"s"}')py",
     R"py(Module(body=[Expr(value=JoinedStr(values=[FormattedValue(value=Constant(value='s'), conversion=-1)]))], type_ignores=[]))py"},
    {R"py(f'{x:}')py",
     R"py(Module(body=[Expr(value=JoinedStr(values=[FormattedValue(value=Name(id='x', ctx=Load()), conversion=-1, format_spec=JoinedStr(values=[]))]))], type_ignores=[]))py"},
    {R"py(f'{3,}')py",
     R"py(Module(body=[Expr(value=JoinedStr(values=[FormattedValue(value=Tuple(elts=[Constant(value=3)], ctx=Load()), conversion=-1)]))], type_ignores=[]))py"},
    {R"py(f'{yield}')py",
     R"py(Module(body=[Expr(value=JoinedStr(values=[FormattedValue(value=Yield(), conversion=-1)]))], type_ignores=[]))py"},
    {R"py(rf'\n{x}')py",
     R"py(Module(body=[Expr(value=JoinedStr(values=[Constant(value='\\n'), FormattedValue(value=Name(id='x', ctx=Load()), conversion=-1)]))], type_ignores=[]))py"},
    {R"py(f'''{
x
}''')py",
     R"py(Module(body=[Expr(value=JoinedStr(values=[FormattedValue(value=Name(id='x', ctx=Load()), conversion=-1)]))], type_ignores=[]))py"},
    {R"py(f'{a["b"]}')py",
     R"py(Module(body=[Expr(value=JoinedStr(values=[FormattedValue(value=Subscript(value=Name(id='a', ctx=Load()), slice=Constant(value='b'), ctx=Load()), conversion=-1)]))], type_ignores=[]))py"},
    {R"py(f'{f"{x}"}')py",
     R"py(Module(body=[Expr(value=JoinedStr(values=[FormattedValue(value=JoinedStr(values=[FormattedValue(value=Name(id='x', ctx=Load()), conversion=-1)]), conversion=-1)]))], type_ignores=[]))py"},
    {R"py(f'\n{x}\t')py",
     R"py(Module(body=[Expr(value=JoinedStr(values=[Constant(value='\n'), FormattedValue(value=Name(id='x', ctx=Load()), conversion=-1), Constant(value='\t')]))], type_ignores=[]))py"},
    {R"py(f'{x!r:^{w}}')py",
     R"py(Module(body=[Expr(value=JoinedStr(values=[FormattedValue(value=Name(id='x', ctx=Load()), conversion=114, format_spec=JoinedStr(values=[Constant(value='^'), FormattedValue(value=Name(id='w', ctx=Load()), conversion=-1)]))]))], type_ignores=[]))py"},
    {R"py(match x:
    case 1:
        pass)py",
     R"py(Module(body=[Match(subject=Name(id='x', ctx=Load()), cases=[match_case(pattern=MatchValue(value=Constant(value=1)), body=[Pass()])])], type_ignores=[]))py"},
    {R"py(match x:
    case [a, b, *rest]:
        pass
    case (1 | 2) as y:
        pass)py",
     R"py(Module(body=[Match(subject=Name(id='x', ctx=Load()), cases=[match_case(pattern=MatchSequence(patterns=[MatchAs(name='a'), MatchAs(name='b'), MatchStar(name='rest')]), body=[Pass()]), match_case(pattern=MatchAs(pattern=MatchOr(patterns=[MatchValue(value=Constant(value=1)), MatchValue(value=Constant(value=2))]), name='y'), body=[Pass()])])], type_ignores=[]))py"},
    {R"py(match p:
    case Point(x=0, y=0):
        pass
    case Point(1, y=2):
        pass)py",
     R"py(Module(body=[Match(subject=Name(id='p', ctx=Load()), cases=[match_case(pattern=MatchClass(cls=Name(id='Point', ctx=Load()), patterns=[], kwd_attrs=['x', 'y'], kwd_patterns=[MatchValue(value=Constant(value=0)), MatchValue(value=Constant(value=0))]), body=[Pass()]), match_case(pattern=MatchClass(cls=Name(id='Point', ctx=Load()), patterns=[MatchValue(value=Constant(value=1))], kwd_attrs=['y'], kwd_patterns=[MatchValue(value=Constant(value=2))]), body=[Pass()])])], type_ignores=[]))py"},
    {R"py(match m:
    case {'a': 1, **rest}:
        pass
    case {}:
        pass)py",
     R"py(Module(body=[Match(subject=Name(id='m', ctx=Load()), cases=[match_case(pattern=MatchMapping(keys=[Constant(value='a')], patterns=[MatchValue(value=Constant(value=1))], rest='rest'), body=[Pass()]), match_case(pattern=MatchMapping(keys=[], patterns=[]), body=[Pass()])])], type_ignores=[]))py"},
    {R"py(match v:
    case None | True | False:
        pass
    case -1 | 1.5 | -2j | 1+2j | 'a' 'b':
        pass)py",
     R"py(Module(body=[Match(subject=Name(id='v', ctx=Load()), cases=[match_case(pattern=MatchOr(patterns=[MatchSingleton(value=None), MatchSingleton(value=True), MatchSingleton(value=False)]), body=[Pass()]), match_case(pattern=MatchOr(patterns=[MatchValue(value=UnaryOp(op=USub(), operand=Constant(value=1))), MatchValue(value=Constant(value=1.5)), MatchValue(value=UnaryOp(op=USub(), operand=Constant(value=2j))), MatchValue(value=BinOp(left=Constant(value=1), op=Add(), right=Constant(value=2j))), MatchValue(value=Constant(value='ab'))]), body=[Pass()])])], type_ignores=[]))py"},
    {R"py(match v:
    case a.b.c:
        pass
    case _:
        pass)py",
     R"py(Module(body=[Match(subject=Name(id='v', ctx=Load()), cases=[match_case(pattern=MatchValue(value=Attribute(value=Attribute(value=Name(id='a', ctx=Load()), attr='b', ctx=Load()), attr='c', ctx=Load())), body=[Pass()]), match_case(pattern=MatchAs(), body=[Pass()])])], type_ignores=[]))py"},
    {R"py(match v:
    case [*_]:
        pass
    case (x,):
        pass
    case ():
        pass)py",
     R"py(Module(body=[Match(subject=Name(id='v', ctx=Load()), cases=[match_case(pattern=MatchSequence(patterns=[MatchStar()]), body=[Pass()]), match_case(pattern=MatchSequence(patterns=[MatchAs(name='x')]), body=[Pass()]), match_case(pattern=MatchSequence(patterns=[]), body=[Pass()])])], type_ignores=[]))py"},
    {R"py(match a, b:
    case x, y if x > y:
        pass)py",
     R"py(Module(body=[Match(subject=Tuple(elts=[Name(id='a', ctx=Load()), Name(id='b', ctx=Load())], ctx=Load()), cases=[match_case(pattern=MatchSequence(patterns=[MatchAs(name='x'), MatchAs(name='y')]), guard=Compare(left=Name(id='x', ctx=Load()), ops=[Gt()], comparators=[Name(id='y', ctx=Load())]), body=[Pass()])])], type_ignores=[]))py"},
    {R"py(match *a, b:
    case _:
        pass)py",
     R"py(Module(body=[Match(subject=Tuple(elts=[Starred(value=Name(id='a', ctx=Load()), ctx=Load()), Name(id='b', ctx=Load())], ctx=Load()), cases=[match_case(pattern=MatchAs(), body=[Pass()])])], type_ignores=[]))py"},
    {R"py(match (x):
    case [1, [2, *_]]:
        pass)py",
     R"py(Module(body=[Match(subject=Name(id='x', ctx=Load()), cases=[match_case(pattern=MatchSequence(patterns=[MatchValue(value=Constant(value=1)), MatchSequence(patterns=[MatchValue(value=Constant(value=2)), MatchStar()])]), body=[Pass()])])], type_ignores=[]))py"},
    {R"py(match = 1
match.x = 2
match[0] = 3
match(1)
case = _ = 4)py",
     R"py(Module(body=[Assign(targets=[Name(id='match', ctx=Store())], value=Constant(value=1)), Assign(targets=[Attribute(value=Name(id='match', ctx=Load()), attr='x', ctx=Store())], value=Constant(value=2)), Assign(targets=[Subscript(value=Name(id='match', ctx=Load()), slice=Constant(value=0), ctx=Store())], value=Constant(value=3)), Expr(value=Call(func=Name(id='match', ctx=Load()), args=[Constant(value=1)], keywords=[])), Assign(targets=[Name(id='case', ctx=Store()), Name(id='_', ctx=Store())], value=Constant(value=4))], type_ignores=[]))py"},
    {R"py(match x:
    case {1: _, 'k': [a]} | {}:
        pass)py",
     R"py(Module(body=[Match(subject=Name(id='x', ctx=Load()), cases=[match_case(pattern=MatchOr(patterns=[MatchMapping(keys=[Constant(value=1), Constant(value='k')], patterns=[MatchAs(), MatchSequence(patterns=[MatchAs(name='a')])]), MatchMapping(keys=[], patterns=[])]), body=[Pass()])])], type_ignores=[]))py"},
    {R"py(print(match, case))py",
     R"py(Module(body=[Expr(value=Call(func=Name(id='print', ctx=Load()), args=[Name(id='match', ctx=Load()), Name(id='case', ctx=Load())], keywords=[]))], type_ignores=[]))py"},
    {R"py(match -x:
    case 1:
        pass)py",
     R"py(Module(body=[Match(subject=UnaryOp(op=USub(), operand=Name(id='x', ctx=Load())), cases=[match_case(pattern=MatchValue(value=Constant(value=1)), body=[Pass()])])], type_ignores=[]))py"},
    {R"py(match not x:
    case _:
        pass)py",
     R"py(Module(body=[Match(subject=UnaryOp(op=Not(), operand=Name(id='x', ctx=Load())), cases=[match_case(pattern=MatchAs(), body=[Pass()])])], type_ignores=[]))py"},
    {R"py(x = 1;)py",
     R"py(Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Constant(value=1))], type_ignores=[]))py"},
    {R"py(x = 1; y = 2)py",
     R"py(Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Constant(value=1)), Assign(targets=[Name(id='y', ctx=Store())], value=Constant(value=2))], type_ignores=[]))py"},
    {R"py(a = *b, c)py",
     R"py(Module(body=[Assign(targets=[Name(id='a', ctx=Store())], value=Tuple(elts=[Starred(value=Name(id='b', ctx=Load()), ctx=Load()), Name(id='c', ctx=Load())], ctx=Load()))], type_ignores=[]))py"},
    {R"py(x = *a,)py",
     R"py(Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Tuple(elts=[Starred(value=Name(id='a', ctx=Load()), ctx=Load())], ctx=Load()))], type_ignores=[]))py"},
    {R"py(*a, b = c)py",
     R"py(Module(body=[Assign(targets=[Tuple(elts=[Starred(value=Name(id='a', ctx=Store()), ctx=Store()), Name(id='b', ctx=Store())], ctx=Store())], value=Name(id='c', ctx=Load()))], type_ignores=[]))py"},
    {R"py(for x in *a, b: pass)py",
     R"py(Module(body=[For(target=Name(id='x', ctx=Store()), iter=Tuple(elts=[Starred(value=Name(id='a', ctx=Load()), ctx=Load()), Name(id='b', ctx=Load())], ctx=Load()), body=[Pass()], orelse=[])], type_ignores=[]))py"},
    {R"py(print(*a, sep=''))py",
     R"py(Module(body=[Expr(value=Call(func=Name(id='print', ctx=Load()), args=[Starred(value=Name(id='a', ctx=Load()), ctx=Load())], keywords=[keyword(arg='sep', value=Constant(value=''))]))], type_ignores=[]))py"},
    {R"py(é = 1
π = é)py",
     R"py(Module(body=[Assign(targets=[Name(id='é', ctx=Store())], value=Constant(value=1)), Assign(targets=[Name(id='π', ctx=Store())], value=Name(id='é', ctx=Load()))], type_ignores=[]))py"},
    {R"py(class Ä:
    def ü(self): pass)py",
     R"py(Module(body=[ClassDef(name='Ä', bases=[], keywords=[], body=[FunctionDef(name='ü', args=arguments(posonlyargs=[], args=[arg(arg='self')], kwonlyargs=[], kw_defaults=[], defaults=[]), body=[Pass()], decorator_list=[])], decorator_list=[])], type_ignores=[]))py"},
    {R"py(@property
def f(): pass)py",
     R"py(Module(body=[FunctionDef(name='f', args=arguments(posonlyargs=[], args=[], kwonlyargs=[], kw_defaults=[], defaults=[]), body=[Pass()], decorator_list=[Name(id='property', ctx=Load())])], type_ignores=[]))py"},
    {R"py(@a.b[c](d)
def f(): pass)py",
     R"py(Module(body=[FunctionDef(name='f', args=arguments(posonlyargs=[], args=[], kwonlyargs=[], kw_defaults=[], defaults=[]), body=[Pass()], decorator_list=[Call(func=Subscript(value=Attribute(value=Name(id='a', ctx=Load()), attr='b', ctx=Load()), slice=Name(id='c', ctx=Load()), ctx=Load()), args=[Name(id='d', ctx=Load())], keywords=[])])], type_ignores=[]))py"},
    {R"py(@(yield)
def f(): pass)py",
     R"py(Module(body=[FunctionDef(name='f', args=arguments(posonlyargs=[], args=[], kwonlyargs=[], kw_defaults=[], defaults=[]), body=[Pass()], decorator_list=[Yield()])], type_ignores=[]))py"},
    {R"py(if x:
    pass
# comment
)py",
     R"py(Module(body=[If(test=Name(id='x', ctx=Load()), body=[Pass()], orelse=[])], type_ignores=[]))py"},
    {R"py(def f():
    '''doc'''
    return)py",
     R"py(Module(body=[FunctionDef(name='f', args=arguments(posonlyargs=[], args=[], kwonlyargs=[], kw_defaults=[], defaults=[]), body=[Expr(value=Constant(value='doc')), Return()], decorator_list=[])], type_ignores=[]))py"},
    {R"py(x = [
    1,
    2,
])py",
     R"py(Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=List(elts=[Constant(value=1), Constant(value=2)], ctx=Load()))], type_ignores=[]))py"},
    {R"py(x = {
'a': 1,
})py",
     R"py(Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Dict(keys=[Constant(value='a')], values=[Constant(value=1)]))], type_ignores=[]))py"},
    {R"py(x = a.b(c)[d].e)py",
     R"py(Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Attribute(value=Subscript(value=Call(func=Attribute(value=Name(id='a', ctx=Load()), attr='b', ctx=Load()), args=[Name(id='c', ctx=Load())], keywords=[]), slice=Name(id='d', ctx=Load()), ctx=Load()), attr='e', ctx=Load()))], type_ignores=[]))py"},
    {R"py(x = (a)(b))py",
     R"py(Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Call(func=Name(id='a', ctx=Load()), args=[Name(id='b', ctx=Load())], keywords=[]))], type_ignores=[]))py"},
    {R"py(x = (a).b)py",
     R"py(Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Attribute(value=Name(id='a', ctx=Load()), attr='b', ctx=Load()))], type_ignores=[]))py"},
    {R"py(x = ((a)))py",
     R"py(Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Name(id='a', ctx=Load()))], type_ignores=[]))py"},
    {R"py(x = -(-(a)))py",
     R"py(Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=UnaryOp(op=USub(), operand=UnaryOp(op=USub(), operand=Name(id='a', ctx=Load()))))], type_ignores=[]))py"},
    {R"py(f(a for a in b))py",
     R"py(Module(body=[Expr(value=Call(func=Name(id='f', ctx=Load()), args=[GeneratorExp(elt=Name(id='a', ctx=Load()), generators=[comprehension(target=Name(id='a', ctx=Store()), iter=Name(id='b', ctx=Load()), ifs=[], is_async=0)])], keywords=[]))], type_ignores=[]))py"},
    {R"py(f((a for a in b), c))py",
     R"py(Module(body=[Expr(value=Call(func=Name(id='f', ctx=Load()), args=[GeneratorExp(elt=Name(id='a', ctx=Load()), generators=[comprehension(target=Name(id='a', ctx=Store()), iter=Name(id='b', ctx=Load()), ifs=[], is_async=0)]), Name(id='c', ctx=Load())], keywords=[]))], type_ignores=[]))py"},
    {R"py(assert (x, y))py",
     R"py(Module(body=[Assert(test=Tuple(elts=[Name(id='x', ctx=Load()), Name(id='y', ctx=Load())], ctx=Load()))], type_ignores=[]))py"},
    {R"py(x[a:b, c:d])py",
     R"py(Module(body=[Expr(value=Subscript(value=Name(id='x', ctx=Load()), slice=Tuple(elts=[Slice(lower=Name(id='a', ctx=Load()), upper=Name(id='b', ctx=Load())), Slice(lower=Name(id='c', ctx=Load()), upper=Name(id='d', ctx=Load()))], ctx=Load()), ctx=Load()))], type_ignores=[]))py"},
    {R"py(x = 1 if y else 2)py",
     R"py(Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=IfExp(test=Name(id='y', ctx=Load()), body=Constant(value=1), orelse=Constant(value=2)))], type_ignores=[]))py"},
    {R"py(x = [1][0])py",
     R"py(Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Subscript(value=List(elts=[Constant(value=1)], ctx=Load()), slice=Constant(value=0), ctx=Load()))], type_ignores=[]))py"},
};

TEST(Parser, ConstructsMatchCPython) {
    for (const Case& c : kConstructs) EXPECT_EQ(parse_dump(c.src), c.expected) << "source: " << c.src;
}

// Expected messages and positions (col is 0-based: CPython's offset - 1) from CPython 3.11.7's compile().
constexpr Case kErrors[] = {
    {R"py(if x
)py",
     R"py(SyntaxError: expected ':' (1:4))py"},
    {R"py(if x:
pass
)py",
     R"py(IndentationError: expected an indented block after 'if' statement on line 1 (2:0))py"},
    {R"py(while x
)py",
     R"py(SyntaxError: expected ':' (1:7))py"},
    {R"py(for x in y
)py",
     R"py(SyntaxError: expected ':' (1:10))py"},
    {R"py(def f()
)py",
     R"py(SyntaxError: expected ':' (1:7))py"},
    {R"py(class A
)py",
     R"py(SyntaxError: expected ':' (1:7))py"},
    {R"py(try
)py",
     R"py(SyntaxError: expected ':' (1:3))py"},
    {R"py(with a
)py",
     R"py(SyntaxError: expected ':' (1:6))py"},
    {R"py(else:
)py",
     R"py(SyntaxError: invalid syntax (1:0))py"},
    {R"py(x = (1, 2
)py",
     R"py(SyntaxError: '(' was never closed (1:4))py"},
    {R"py(foo(1 2
)py",
     R"py(SyntaxError: '(' was never closed (1:3))py"},
    {R"py([a b]
)py",
     R"py(SyntaxError: invalid syntax. Perhaps you forgot a comma? (1:1))py"},
    {R"py((a b)
)py",
     R"py(SyntaxError: invalid syntax. Perhaps you forgot a comma? (1:1))py"},
    {R"py({a b}
)py",
     R"py(SyntaxError: invalid syntax. Perhaps you forgot a comma? (1:1))py"},
    {R"py(f(a b)
)py",
     R"py(SyntaxError: invalid syntax. Perhaps you forgot a comma? (1:2))py"},
    {R"py(x = [1, 2 3]
)py",
     R"py(SyntaxError: invalid syntax. Perhaps you forgot a comma? (1:8))py"},
    {R"py()
)py",
     R"py(SyntaxError: unmatched ')' (1:0))py"},
    {R"py(]
)py",
     R"py(SyntaxError: unmatched ']' (1:0))py"},
    {R"py(}
)py",
     R"py(SyntaxError: unmatched '}' (1:0))py"},
    {R"py((]
)py",
     R"py(SyntaxError: closing parenthesis ']' does not match opening parenthesis '(' (1:1))py"},
    {R"py([)
)py",
     R"py(SyntaxError: closing parenthesis ')' does not match opening parenthesis '[' (1:1))py"},
    {R"py((
)py",
     R"py(SyntaxError: '(' was never closed (1:0))py"},
    {R"py( x
)py",
     R"py(IndentationError: unexpected indent (1:0))py"},
    {R"py(x = 1
  y = 2
)py",
     R"py(IndentationError: unexpected indent (2:1))py"},
    {R"py(if x:
    a
  b
)py",
     R"py(IndentationError: unindent does not match any outer indentation level (3:3))py"},
    {R"py("abc
)py",
     R"py(SyntaxError: unterminated string literal (detected at line 1) (1:0))py"},
    {R"py('abc
)py",
     R"py(SyntaxError: unterminated string literal (detected at line 1) (1:0))py"},
    {R"py("""abc
)py",
     R"py(SyntaxError: unterminated triple-quoted string literal (detected at line 1) (1:0))py"},
    {R"py(x = """abc
def
)py",
     R"py(SyntaxError: unterminated triple-quoted string literal (detected at line 2) (1:4))py"},
    {R"py('''abc
)py",
     R"py(SyntaxError: unterminated triple-quoted string literal (detected at line 1) (1:0))py"},
    {R"py(x = 1abc
)py",
     R"py(SyntaxError: invalid decimal literal (1:4))py"},
    {R"py(x = 012
)py",
     R"py(SyntaxError: leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers (1:4))py"},
    {R"py(x = 0x
)py",
     R"py(SyntaxError: invalid hexadecimal literal (1:5))py"},
    {R"py(x = 0o8
)py",
     R"py(SyntaxError: invalid digit '8' in octal literal (1:6))py"},
    {R"py(x = 0b2
)py",
     R"py(SyntaxError: invalid digit '2' in binary literal (1:6))py"},
    {R"py(x = 1_
)py",
     R"py(SyntaxError: invalid decimal literal (1:5))py"},
    {R"py(x = 1__0
)py",
     R"py(SyntaxError: invalid decimal literal (1:5))py"},
    {R"py(x = 1e
)py",
     R"py(SyntaxError: invalid decimal literal (1:4))py"},
    {R"py(x = 0_7
)py",
     R"py(SyntaxError: leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers (1:4))py"},
    {R"py(1 = x
)py",
     R"py(SyntaxError: cannot assign to literal here. Maybe you meant '==' instead of '='? (1:0))py"},
    {R"py(f() = 1
)py",
     R"py(SyntaxError: cannot assign to function call here. Maybe you meant '==' instead of '='? (1:0))py"},
    {R"py(x + 1 = 2
)py",
     R"py(SyntaxError: cannot assign to expression here. Maybe you meant '==' instead of '='? (1:0))py"},
    {R"py(a.b + 1 = 2
)py",
     R"py(SyntaxError: cannot assign to expression here. Maybe you meant '==' instead of '='? (1:0))py"},
    {R"py(x, f() = 1, 2
)py",
     R"py(SyntaxError: cannot assign to function call here. Maybe you meant '==' instead of '='? (1:3))py"},
    {R"py(f() = a = 1
)py",
     R"py(SyntaxError: cannot assign to function call (1:0))py"},
    {R"py(a = f() = 1
)py",
     R"py(SyntaxError: cannot assign to function call (1:4))py"},
    {R"py(del 1
)py",
     R"py(SyntaxError: cannot delete literal (1:4))py"},
    {R"py(del f()
)py",
     R"py(SyntaxError: cannot delete function call (1:4))py"},
    {R"py(del (a, 1)
)py",
     R"py(SyntaxError: cannot delete literal (1:8))py"},
    {R"py(del *a
)py",
     R"py(SyntaxError: cannot delete starred (1:4))py"},
    {R"py(for 1 in x: pass
)py",
     R"py(SyntaxError: cannot assign to literal (1:4))py"},
    {R"py(for f() in x: pass
)py",
     R"py(SyntaxError: cannot assign to function call (1:4))py"},
    {R"py(print "hello"
)py",
     R"py(SyntaxError: Missing parentheses in call to 'print'. Did you mean print(...)? (1:0))py"},
    {R"py(print x
)py",
     R"py(SyntaxError: Missing parentheses in call to 'print'. Did you mean print(...)? (1:0))py"},
    {R"py(exec "code"
)py",
     R"py(SyntaxError: Missing parentheses in call to 'exec'. Did you mean exec(...)? (1:0))py"},
    {R"py(if x = 1: pass
)py",
     R"py(SyntaxError: invalid syntax. Maybe you meant '==' or ':=' instead of '='? (1:3))py"},
    {R"py(if x.y = 1: pass
)py",
     R"py(SyntaxError: cannot assign to attribute here. Maybe you meant '==' instead of '='? (1:3))py"},
    {R"py(if f() = 1: pass
)py",
     R"py(SyntaxError: cannot assign to function call here. Maybe you meant '==' instead of '='? (1:3))py"},
    {R"py(while x = 1: pass
)py",
     R"py(SyntaxError: invalid syntax. Maybe you meant '==' or ':=' instead of '='? (1:6))py"},
    {R"py(f(a.b=1)
)py",
     R"py(SyntaxError: expression cannot contain assignment, perhaps you meant "=="? (1:2))py"},
    {R"py(f(True=1)
)py",
     R"py(SyntaxError: cannot assign to True (1:2))py"},
    {R"py(f(a=1, 2)
)py",
     R"py(SyntaxError: positional argument follows keyword argument (1:8))py"},
    {R"py(f(**a, 2)
)py",
     R"py(SyntaxError: positional argument follows keyword argument unpacking (1:8))py"},
    {R"py(f(**a, *b)
)py",
     R"py(SyntaxError: iterable argument unpacking follows keyword argument unpacking (1:7))py"},
    {R"py(f(x for x in y, 1)
)py",
     R"py(SyntaxError: Generator expression must be parenthesized (1:2))py"},
    {R"py(f(1, x for x in y)
)py",
     R"py(SyntaxError: Generator expression must be parenthesized (1:5))py"},
    {R"py(def f(a=1, b): pass
)py",
     R"py(SyntaxError: non-default argument follows default argument (1:11))py"},
    {R"py(def f(a, a): pass
)py",
     R"py(SyntaxError: duplicate argument 'a' in function definition (1:9))py"},
    {R"py(def f(*, **k): pass
)py",
     R"py(SyntaxError: named arguments must follow bare * (1:6))py"},
    {R"py(def f(*): pass
)py",
     R"py(SyntaxError: named arguments must follow bare * (1:6))py"},
    {R"py(def f(a, /, /): pass
)py",
     R"py(SyntaxError: / may appear only once (1:12))py"},
    {R"py(def f(/): pass
)py",
     R"py(SyntaxError: invalid syntax (1:6))py"},
    {R"py(def f(*a, *b): pass
)py",
     R"py(SyntaxError: * argument may appear only once (1:10))py"},
    {R"py(def f(**a, b): pass
)py",
     R"py(SyntaxError: arguments cannot follow var-keyword argument (1:11))py"},
    {R"py(lambda a=1, b: 0
)py",
     R"py(SyntaxError: non-default argument follows default argument (1:12))py"},
    {R"py(x = 1 if 2
)py",
     R"py(SyntaxError: expected 'else' after 'if' expression (1:4))py"},
    {R"py(x = 1 if 2 else
)py",
     R"py(SyntaxError: invalid syntax (1:15))py"},
    {R"py(a $ b
)py",
     R"py(SyntaxError: invalid syntax (1:2))py"},
    {R"py(a ? b
)py",
     R"py(SyntaxError: invalid syntax (1:2))py"},
    {R"py(x = `a`
)py",
     R"py(SyntaxError: invalid syntax (1:4))py"},
    {R"py(x = a € b
)py",
     R"py(SyntaxError: invalid character '€' (U+20AC) (1:6))py"},
    {R"py(x = “hi”
)py",
     R"py(SyntaxError: invalid character '“' (U+201C) (1:4))py"},
    {R"py(x = a b
)py",
     R"py(SyntaxError: invalid syntax (1:6))py"},
    {R"py(b"abc" "def"
)py",
     R"py(SyntaxError: cannot mix bytes and nonbytes literals (1:12))py"},
    {R"py("abc" b"def"
)py",
     R"py(SyntaxError: cannot mix bytes and nonbytes literals (1:12))py"},
    {R"py(x = b"é"
)py",
     R"py(SyntaxError: bytes can only contain ASCII literal characters (1:4))py"},
    {R"py(f"{x!z}"
)py",
     R"py(SyntaxError: f-string: invalid conversion character: expected 's', 'r', or 'a' (1:8))py"},
    {R"py(f"{x!}"
)py",
     R"py(SyntaxError: f-string: invalid conversion character: expected 's', 'r', or 'a' (1:7))py"},
    {R"py(f"{}"
)py",
     R"py(SyntaxError: f-string: empty expression not allowed (1:5))py"},
    {R"py(f"{x"
)py",
     R"py(SyntaxError: f-string: expecting '}' (1:5))py"},
    {R"py(f"}"
)py",
     R"py(SyntaxError: f-string: single '}' is not allowed (1:4))py"},
    {R"py(f"{a b}"
)py",
     R"py(SyntaxError: f-string: invalid syntax. Perhaps you forgot a comma? (1:1))py"},
    {R"py(f"{x:{y:{z}}}"
)py",
     R"py(SyntaxError: f-string: expressions nested too deeply (1:14))py"},
    {R"py(f"{#}"
)py",
     R"py(SyntaxError: f-string expression part cannot include '#' (1:6))py"},
    {R"py(f"{)}"
)py",
     R"py(SyntaxError: f-string: unmatched ')' (1:6))py"},
    {R"py(f"{(]}"
)py",
     R"py(SyntaxError: f-string: closing parenthesis ']' does not match opening parenthesis '(' (1:7))py"},
    {R"py(f"{a!r=}"
)py",
     R"py(SyntaxError: f-string: expecting '}' (1:9))py"},
    {R"py(try:
    pass
x = 1
)py",
     R"py(SyntaxError: expected 'except' or 'finally' block (3:0))py"},
    {R"py(try:
    pass
except* ValueError:
    pass
except TypeError:
    pass
)py",
     R"py(SyntaxError: cannot have both 'except' and 'except*' on the same 'try' (5:0))py"},
    {R"py(try:
    pass
except*:
    pass
)py",
     R"py(SyntaxError: expected one or more exception types (3:7))py"},
    {R"py(try:
    pass
except A, B:
    pass
)py",
     R"py(SyntaxError: multiple exception types must be parenthesized (3:7))py"},
    {R"py(x: int, y: int = 1, 2
)py",
     R"py(SyntaxError: invalid syntax (1:6))py"},
    {R"py((x, y): int
)py",
     R"py(SyntaxError: only single target (not tuple) can be annotated (1:0))py"},
    {R"py([x]: int
)py",
     R"py(SyntaxError: only single target (not list) can be annotated (1:0))py"},
    {R"py(1: int
)py",
     R"py(SyntaxError: illegal target for annotation (1:0))py"},
    {R"py((a, b) += 1
)py",
     R"py(SyntaxError: 'tuple' is an illegal expression for augmented assignment (1:0))py"},
    {R"py(f() += 1
)py",
     R"py(SyntaxError: 'function call' is an illegal expression for augmented assignment (1:0))py"},
    {R"py(x = yield = 1
)py",
     R"py(SyntaxError: assignment to yield expression not possible (1:4))py"},
    {R"py(import a.b as
)py",
     R"py(SyntaxError: invalid syntax (1:13))py"},
    {R"py(from . import
)py",
     R"py(SyntaxError: invalid syntax (1:13))py"},
    {R"py(from x import a,
)py",
     R"py(SyntaxError: trailing comma not allowed without surrounding parentheses (1:16))py"},
    {R"py(from x import (a, b
)py",
     R"py(SyntaxError: '(' was never closed (1:14))py"},
    {R"py(from x import *, a
)py",
     R"py(SyntaxError: invalid syntax (1:15))py"},
    {R"py(import *
)py",
     R"py(SyntaxError: invalid syntax (1:7))py"},
    {R"py(x = 1 +
)py",
     R"py(SyntaxError: invalid syntax (1:7))py"},
    {R"py(x = (1 +
)py",
     R"py(SyntaxError: '(' was never closed (1:4))py"},
    {R"py(def f(:
)py",
     R"py(SyntaxError: invalid syntax (1:6))py"},
    {R"py(class A(:
)py",
     R"py(SyntaxError: invalid syntax (1:8))py"},
    {R"py(a = 1; b = 2;; c = 3
)py",
     R"py(SyntaxError: invalid syntax (1:13))py"},
    {R"py(x = [i for i in]
)py",
     R"py(SyntaxError: invalid syntax (1:15))py"},
    {R"py(x = {1: 2, 3}
)py",
     R"py(SyntaxError: ':' expected after dictionary key (1:11))py"},
    {R"py(x = {1: *a}
)py",
     R"py(SyntaxError: cannot use a starred expression in a dictionary value (1:8))py"},
    {R"py(x = {1:}
)py",
     R"py(SyntaxError: expression expected after dictionary key and ':' (1:6))py"},
    {R"py(x = {**a for a in b}
)py",
     R"py(SyntaxError: dict unpacking cannot be used in dict comprehension (1:5))py"},
    {R"py(x = [*a for a in b]
)py",
     R"py(SyntaxError: iterable unpacking cannot be used in comprehension (1:5))py"},
    {R"py((*a)
)py",
     R"py(SyntaxError: cannot use starred expression here (1:1))py"},
    {R"py(x = not
)py",
     R"py(SyntaxError: invalid syntax (1:7))py"},
    {R"py(not x = 1
)py",
     R"py(SyntaxError: cannot assign to expression (1:0))py"},
    {R"py(a < b = 1
)py",
     R"py(SyntaxError: cannot assign to comparison (1:0))py"},
    {R"py(a and b = 1
)py",
     R"py(SyntaxError: cannot assign to expression (1:0))py"},
    {R"py(lambda: x = 1
)py",
     R"py(SyntaxError: cannot assign to lambda (1:0))py"},
    {R"py((x := 1) = 2
)py",
     R"py(SyntaxError: cannot assign to named expression here. Maybe you meant '==' instead of '='? (1:1))py"},
    {R"py(x := 1
)py",
     R"py(SyntaxError: invalid syntax (1:2))py"},
    {R"py(def f(x:=1): pass
)py",
     R"py(SyntaxError: invalid syntax (1:7))py"},
    {R"py(x = 5 6
)py",
     R"py(SyntaxError: invalid syntax (1:6))py"},
    {R"py(x = a.1
)py",
     R"py(SyntaxError: invalid syntax (1:5))py"},
    {R"py(x = 1.2.3
)py",
     R"py(SyntaxError: invalid syntax (1:7))py"},
    {R"py(x = 1 2 3
)py",
     R"py(SyntaxError: invalid syntax (1:6))py"},
    {R"py(import a b
)py",
     R"py(SyntaxError: invalid syntax (1:9))py"},
    {R"py(x = a if b else c d
)py",
     R"py(SyntaxError: invalid syntax (1:18))py"},
    {R"py(x = [a, b c]
)py",
     R"py(SyntaxError: invalid syntax. Perhaps you forgot a comma? (1:8))py"},
    {R"py(x = {'a': 1 'b': 2}
)py",
     R"py(SyntaxError: invalid syntax. Perhaps you forgot a comma? (1:10))py"},
    {R"py(x = ('a' 'b' c)
)py",
     R"py(SyntaxError: invalid syntax. Perhaps you forgot a comma? (1:5))py"},
    {R"py(f(a, b c)
)py",
     R"py(SyntaxError: invalid syntax. Perhaps you forgot a comma? (1:5))py"},
    {R"py(match x:
    case 1 2:
        pass
)py",
     R"py(SyntaxError: invalid syntax (2:11))py"},
    {R"py(async x
)py",
     R"py(SyntaxError: invalid syntax (1:6))py"},
    {R"py(await
)py",
     R"py(SyntaxError: invalid syntax (1:5))py"},
    {R"py(return x y
)py",
     R"py(SyntaxError: invalid syntax (1:9))py"},
    {R"py(global x y
)py",
     R"py(SyntaxError: invalid syntax (1:9))py"},
    {R"py(nonlocal
)py",
     R"py(SyntaxError: invalid syntax (1:8))py"},
    {R"py(assert
)py",
     R"py(SyntaxError: invalid syntax (1:6))py"},
    {R"py(raise x y
)py",
     R"py(SyntaxError: invalid syntax (1:8))py"},
    {R"py(del
)py",
     R"py(SyntaxError: invalid syntax (1:3))py"},
    {R"py(pass x
)py",
     R"py(SyntaxError: invalid syntax (1:5))py"},
    {R"py(if True:
    pass
  else:
    pass
)py",
     R"py(IndentationError: unindent does not match any outer indentation level (3:7))py"},
    {R"py(if x:
	pass
        pass
)py",
     R"py(TabError: inconsistent use of tabs and spaces in indentation (3:0))py"},
    {R"py(class C:
    def f(self):
        pass
   def g(self):
        pass
)py",
     R"py(IndentationError: unindent does not match any outer indentation level (4:15))py"},
    {R"py(x = 1 \ 2
)py",
     R"py(SyntaxError: unexpected character after line continuation character (1:7))py"},
    {R"py(x = 1 + \
)py",
     R"py(SyntaxError: unexpected EOF while parsing (1:9))py"},
    {R"py(x = 5 \
)py",
     R"py(SyntaxError: unexpected EOF while parsing (1:7))py"},
    {R"py(def f():
)py",
     R"py(IndentationError: expected an indented block after function definition on line 1 (1:8))py"},
    {R"py(class A:
)py",
     R"py(IndentationError: expected an indented block after class definition on line 1 (1:8))py"},
    {R"py(for x in y:
)py",
     R"py(IndentationError: expected an indented block after 'for' statement on line 1 (1:11))py"},
    {R"py(while x:
)py",
     R"py(IndentationError: expected an indented block after 'while' statement on line 1 (1:8))py"},
    {R"py(with a:
)py",
     R"py(IndentationError: expected an indented block after 'with' statement on line 1 (1:7))py"},
    {R"py(try:
)py",
     R"py(IndentationError: expected an indented block after 'try' statement on line 1 (1:4))py"},
    {R"py(try:
    pass
except:
)py",
     R"py(IndentationError: expected an indented block after 'except' statement on line 3 (3:7))py"},
    {R"py(try:
    pass
finally:
)py",
     R"py(IndentationError: expected an indented block after 'finally' statement on line 3 (3:8))py"},
    {R"py(if x:
    pass
elif y:
)py",
     R"py(IndentationError: expected an indented block after 'elif' statement on line 3 (3:7))py"},
    {R"py(if x:
    pass
else:
)py",
     R"py(IndentationError: expected an indented block after 'else' statement on line 3 (3:5))py"},
    {R"py(async def f():
)py",
     R"py(IndentationError: expected an indented block after function definition on line 1 (1:14))py"},
    {R"py(match x:
)py",
     R"py(IndentationError: expected an indented block after 'match' statement on line 1 (1:8))py"},
    {R"py(match x:
    case 1:
)py",
     R"py(IndentationError: expected an indented block after 'case' statement on line 2 (2:11))py"},
    {R"py(x = (
)py",
     R"py(SyntaxError: '(' was never closed (1:4))py"},
    {R"py(x = [1,
     2,
)py",
     R"py(SyntaxError: '[' was never closed (1:4))py"},
    {R"py(x = {
)py",
     R"py(SyntaxError: '{' was never closed (1:4))py"},
    {R"py(x = """
)py",
     R"py(SyntaxError: unterminated triple-quoted string literal (detected at line 1) (1:4))py"},
    {R"py(x = (1,
     2 3)
)py",
     R"py(SyntaxError: invalid syntax. Perhaps you forgot a comma? (2:5))py"},
    {R"py(f(1, 2
x = 3 4
)py",
     R"py(SyntaxError: '(' was never closed (1:1))py"},
    {R"py(x = 3 4
y = (
)py",
     R"py(SyntaxError: invalid syntax (1:6))py"},
    {R"py(x = (
  "abc
)py",
     R"py(SyntaxError: unterminated string literal (detected at line 2) (2:2))py"},
    {R"py(x = 3 4
y = "abc
)py",
     R"py(SyntaxError: unterminated string literal (detected at line 2) (2:4))py"},
    {R"py(x = 1 +
y = (1,
)py",
     R"py(SyntaxError: invalid syntax (1:7))py"},
    {R"py(for x in range(10):
    pass
  x = 1
)py",
     R"py(IndentationError: unindent does not match any outer indentation level (3:7))py"},
    {R"py(x = [1, 2, 3)
)py",
     R"py(SyntaxError: closing parenthesis ')' does not match opening parenthesis '[' (1:12))py"},
    {R"py(x = (1, 2,
3]
)py",
     R"py(SyntaxError: closing parenthesis ']' does not match opening parenthesis '(' on line 1 (2:1))py"},
    {R"py(def f(a, b=1, /, c): pass
)py",
     R"py(SyntaxError: non-default argument follows default argument (1:17))py"},
    {R"py(f(*)
)py",
     R"py(SyntaxError: invalid syntax (1:3))py"},
    {R"py(f(**)
)py",
     R"py(SyntaxError: invalid syntax (1:4))py"},
    {R"py(x = *
)py",
     R"py(SyntaxError: invalid syntax (1:5))py"},
    {R"py(a.b.c = 1 = 2
)py",
     R"py(SyntaxError: cannot assign to literal (1:8))py"},
    {R"py(x = y = f() = 3
)py",
     R"py(SyntaxError: cannot assign to function call (1:8))py"},
    {R"py([a, f()] = 1
)py",
     R"py(SyntaxError: cannot assign to function call (1:4))py"},
    {R"py((a, f()) = 1
)py",
     R"py(SyntaxError: cannot assign to function call (1:4))py"},
    {R"py(for x, f() in y: pass
)py",
     R"py(SyntaxError: cannot assign to function call (1:7))py"},
    {R"py(with a as f(): pass
)py",
     R"py(SyntaxError: cannot assign to function call (1:10))py"},
    {R"py(with a as 1: pass
)py",
     R"py(SyntaxError: cannot assign to literal (1:10))py"},
    {R"py(import a.b.c as d.e
)py",
     R"py(SyntaxError: invalid syntax (1:17))py"},
    {R"py(from .. import (a as b, c as d,)
e = 5 5
)py",
     R"py(SyntaxError: invalid syntax (2:6))py"},
    {R"py(class C(x for x in y): pass
)py",
     R"py(SyntaxError: invalid syntax (1:10))py"},
    {R"py(x = ...5
)py",
     R"py(SyntaxError: invalid syntax (1:7))py"},
    {R"py(x = 0b
)py",
     R"py(SyntaxError: invalid binary literal (1:5))py"},
    {R"py(x = 0o
)py",
     R"py(SyntaxError: invalid octal literal (1:5))py"},
    {R"py(x = 0xg
)py",
     R"py(SyntaxError: invalid hexadecimal literal (1:5))py"},
    {R"py(x = 1.e
)py",
     R"py(SyntaxError: invalid decimal literal (1:5))py"},
    {R"py(x = 1j2
)py",
     R"py(SyntaxError: invalid imaginary literal (1:5))py"},
    {R"py(x = 1_000_
)py",
     R"py(SyntaxError: invalid decimal literal (1:9))py"},
    {R"py(x = "\N{FOOBAR}"
)py",
     R"py(SyntaxError: (unicode error) 'unicodeescape' codec can't decode bytes in position 0-9: unknown Unicode character name (1:16))py"},
    {R"py(x = "\x4"
)py",
     R"py(SyntaxError: (unicode error) 'unicodeescape' codec can't decode bytes in position 0-2: truncated \xXX escape (1:9))py"},
    {R"py(x = "\u12"
)py",
     R"py(SyntaxError: (unicode error) 'unicodeescape' codec can't decode bytes in position 0-3: truncated \uXXXX escape (1:10))py"},
    {R"py(x = b"\x4"
)py",
     R"py(SyntaxError: (value error) invalid \x escape at position 0 (1:10))py"},
    {R"py(x = "\U00110000"
)py",
     R"py(SyntaxError: (unicode error) 'unicodeescape' codec can't decode bytes in position 0-9: illegal Unicode character (1:16))py"},
    {R"py(def f(x, y, x): pass
)py",
     R"py(SyntaxError: duplicate argument 'x' in function definition (1:12))py"},
    {R"py(lambda x, x: 0
)py",
     R"py(SyntaxError: duplicate argument 'x' in function definition (1:10))py"},
    {R"py(def f(a, *a): pass
)py",
     R"py(SyntaxError: duplicate argument 'a' in function definition (1:10))py"},
    {R"py(def f(a, **a): pass
)py",
     R"py(SyntaxError: duplicate argument 'a' in function definition (1:11))py"},
    {R"py(x = [i for i in range(3) if]
)py",
     R"py(SyntaxError: invalid syntax (1:27))py"},
    {R"py(x = (yield from)
)py",
     R"py(SyntaxError: invalid syntax (1:15))py"},
    {R"py(x = a[]
)py",
     R"py(SyntaxError: invalid syntax (1:6))py"},
    {R"py(x = a[1:2:3:4]
)py",
     R"py(SyntaxError: invalid syntax (1:11))py"},
    {R"py(x = a[**b]
)py",
     R"py(SyntaxError: invalid syntax (1:6))py"},
    {R"py(f(a for a in b for)
)py",
     R"py(SyntaxError: invalid syntax (1:18))py"},
    {R"py(x = {a: b for}
)py",
     R"py(SyntaxError: invalid syntax (1:13))py"},
    {R"py(x = lambda x: yield
)py",
     R"py(SyntaxError: invalid syntax (1:14))py"},
    {R"py(def f[T](): pass
)py",
     R"py(SyntaxError: expected '(' (1:5))py"},
    {R"py(x = 1 if else 2
)py",
     R"py(SyntaxError: invalid syntax (1:9))py"},
    {R"py(x = if 1 else 2
)py",
     R"py(SyntaxError: invalid syntax (1:4))py"},
    {R"py(a, b += 1
)py",
     R"py(SyntaxError: 'tuple' is an illegal expression for augmented assignment (1:0))py"},
    {R"py(x =
)py",
     R"py(SyntaxError: invalid syntax (1:3))py"},
    {R"py(x = 1 = 
)py",
     R"py(SyntaxError: cannot assign to literal (1:4))py"},
    {R"py(if 1:
  x = 1
	y = 2
)py",
     R"py(TabError: inconsistent use of tabs and spaces in indentation (3:0))py"},
    {R"py(def f():
    return
  	x
)py",
     R"py(TabError: inconsistent use of tabs and spaces in indentation (3:0))py"},
    {R"py(def if(): pass
)py",
     R"py(SyntaxError: invalid syntax (1:4))py"},
    {R"py(class = 1
)py",
     R"py(SyntaxError: invalid syntax (1:6))py"},
    {R"py(True = 1
)py",
     R"py(SyntaxError: cannot assign to True (1:0))py"},
    {R"py(None = 1
)py",
     R"py(SyntaxError: cannot assign to None (1:0))py"},
    {R"py(x.True = 1
)py",
     R"py(SyntaxError: invalid syntax (1:2))py"},
    {R"py(bu"x"
)py",
     R"py(SyntaxError: invalid syntax (1:2))py"},
    {R"py(else: pass
)py",
     R"py(SyntaxError: invalid syntax (1:0))py"},
    {R"py(elif x: pass
)py",
     R"py(SyntaxError: invalid syntax (1:0))py"},
    {R"py(except: pass
)py",
     R"py(SyntaxError: invalid syntax (1:0))py"},
    {R"py(finally: pass
)py",
     R"py(SyntaxError: invalid syntax (1:0))py"},
    {R"py(case 1: pass
)py",
     R"py(SyntaxError: invalid syntax (1:5))py"},
    {R"py(async x = 1
)py",
     R"py(SyntaxError: invalid syntax (1:6))py"},
    {R"py(*
)py",
     R"py(SyntaxError: invalid syntax (1:1))py"},
    {R"py(**
)py",
     R"py(SyntaxError: invalid syntax (1:0))py"},
    {R"py(f(a, b for b in c)
)py",
     R"py(SyntaxError: Generator expression must be parenthesized (1:5))py"},
    {R"py(x = (a for a in b, c)
)py",
     R"py(SyntaxError: invalid syntax (1:17))py"},
    {R"py(x = [a, b for b in c]
)py",
     R"py(SyntaxError: did you forget parentheses around the comprehension target? (1:5))py"},
    {R"py(x = {a: b, c for c in d}
)py",
     R"py(SyntaxError: ':' expected after dictionary key (1:11))py"},
    {R"py(x = {a for a in b, c}
)py",
     R"py(SyntaxError: invalid syntax (1:17))py"},
    {R"py(x = a if b
)py",
     R"py(SyntaxError: expected 'else' after 'if' expression (1:4))py"},
    {R"py(x = a if b else
)py",
     R"py(SyntaxError: invalid syntax (1:15))py"},
    {R"py(x = lambda: 
)py",
     R"py(SyntaxError: invalid syntax (1:12))py"},
    {R"py(x = lambda x y: 0
)py",
     R"py(SyntaxError: invalid syntax (1:13))py"},
    {R"py(x = lambda (x): 0
)py",
     R"py(SyntaxError: Lambda expression parameters cannot be parenthesized (1:11))py"},
    {R"py(def f(x y): pass
)py",
     R"py(SyntaxError: invalid syntax (1:8))py"},
    {R"py(def f(x, (y, z)): pass
)py",
     R"py(SyntaxError: Function parameters cannot be parenthesized (1:9))py"},
    {R"py(class A(x y): pass
)py",
     R"py(SyntaxError: invalid syntax. Perhaps you forgot a comma? (1:8))py"},
    {R"py(import a as b.c
)py",
     R"py(SyntaxError: invalid syntax (1:13))py"},
    {R"py(from a import b as c.d
)py",
     R"py(SyntaxError: invalid syntax (1:20))py"},
    {R"py(from import a
)py",
     R"py(SyntaxError: invalid syntax (1:5))py"},
    {R"py(from a import
)py",
     R"py(SyntaxError: invalid syntax (1:13))py"},
    {R"py(import
)py",
     R"py(SyntaxError: invalid syntax (1:6))py"},
    {R"py(from .a import (b
c = 1
)py",
     R"py(SyntaxError: '(' was never closed (1:15))py"},
    {R"py(with open(x) as f, open(y) as : pass
)py",
     R"py(SyntaxError: invalid syntax (1:30))py"},
    {R"py(with (open(x) as f, open(y) as g) as h: pass
)py",
     R"py(SyntaxError: invalid syntax (1:34))py"},
    {R"py(for x in range(10)
    pass
)py",
     R"py(SyntaxError: expected ':' (1:18))py"},
    {R"py(while True
    pass
)py",
     R"py(SyntaxError: expected ':' (1:10))py"},
    {R"py(def f():
    return 1
  return 2
)py",
     R"py(IndentationError: unindent does not match any outer indentation level (3:10))py"},
    {R"py(if x:
  pass
 else:
  pass
)py",
     R"py(IndentationError: unindent does not match any outer indentation level (3:6))py"},
    {R"py(try:
  pass
except ValueError as e.x:
  pass
)py",
     R"py(SyntaxError: invalid syntax (3:22))py"},
    {R"py(try:
  pass
except ValueError as (a, b):
  pass
)py",
     R"py(SyntaxError: invalid syntax (3:21))py"},
    {R"py(try:
  pass
else:
  pass
)py",
     R"py(SyntaxError: expected 'except' or 'finally' block (3:0))py"},
    {R"py(try:
  pass
finally:
  pass
except:
  pass
)py",
     R"py(SyntaxError: invalid syntax (5:0))py"},
    {R"py(x = 1 +* 2
)py",
     R"py(SyntaxError: invalid syntax (1:7))py"},
    {R"py(x = a not b
)py",
     R"py(SyntaxError: invalid syntax (1:10))py"},
    {R"py(x = a is not not b
)py",
     R"py(SyntaxError: invalid syntax (1:13))py"},
    {R"py(x = not in b
)py",
     R"py(SyntaxError: invalid syntax (1:8))py"},
    {R"py(x = a < < b
)py",
     R"py(SyntaxError: invalid syntax (1:8))py"},
    {R"py(x = a.
)py",
     R"py(SyntaxError: invalid syntax (1:6))py"},
    {R"py(x = a[
)py",
     R"py(SyntaxError: '[' was never closed (1:5))py"},
    {R"py(x = a(
)py",
     R"py(SyntaxError: '(' was never closed (1:5))py"},
    {R"py(x = {
  'a': 1
  'b': 2
}
)py",
     R"py(SyntaxError: invalid syntax. Perhaps you forgot a comma? (2:7))py"},
    {R"py(print("hello"
print("world")
)py",
     R"py(SyntaxError: '(' was never closed (1:5))py"},
    {R"py(x = [1, 2, 3
y = 4
)py",
     R"py(SyntaxError: '[' was never closed (1:4))py"},
    {R"py(foo = bar(
    1, 2
def g(): pass
)py",
     R"py(SyntaxError: '(' was never closed (1:9))py"},
    {R"py(x = "abc" "def
)py",
     R"py(SyntaxError: unterminated string literal (detected at line 1) (1:10))py"},
    {R"py(x = f"{a}" "b
)py",
     R"py(SyntaxError: unterminated string literal (detected at line 1) (1:11))py"},
    {R"py(x = f'{a!r'
)py",
     R"py(SyntaxError: f-string: expecting '}' (1:11))py"},
    {R"py(x = f'{a:{b}'
)py",
     R"py(SyntaxError: f-string: expecting '}' (1:13))py"},
    {R"py(x = f'{a:{b}}}'
)py",
     R"py(SyntaxError: f-string: single '}' is not allowed (1:15))py"},
    {R"py(x = f'{{}'
)py",
     R"py(SyntaxError: f-string: single '}' is not allowed (1:10))py"},
    {R"py(x = f'{a=}{'
)py",
     R"py(SyntaxError: f-string: expecting '}' (1:12))py"},
    {R"py(f'{lambda x: 1}'
)py",
     R"py(SyntaxError: f-string: invalid syntax (1:9))py"},
    {R"py(f"{x}" f"{y" 
)py",
     R"py(SyntaxError: f-string: expecting '}' (1:13))py"},
    {R"py(x = 5 if True else 3 = 4
)py",
     R"py(SyntaxError: invalid syntax. Maybe you meant '==' or ':=' instead of '='? (1:0))py"},
    {R"py(x = [i for i in range(10) if i else 0]
)py",
     R"py(SyntaxError: invalid syntax (1:31))py"},
    {R"py(a = b = c += 1
)py",
     R"py(SyntaxError: invalid syntax (1:10))py"},
    {R"py(x: int += 1
)py",
     R"py(SyntaxError: invalid syntax (1:7))py"},
    {R"py(def f() -> : pass
)py",
     R"py(SyntaxError: expected ':' (1:8))py"},
    {R"py(def f() -> int, str: pass
)py",
     R"py(SyntaxError: expected ':' (1:14))py"},
    {R"py(@
def f(): pass
)py",
     R"py(SyntaxError: invalid syntax (1:1))py"},
    {R"py(@x y
def f(): pass
)py",
     R"py(SyntaxError: invalid syntax (1:3))py"},
    {R"py(@x
x = 1
)py",
     R"py(SyntaxError: invalid syntax (2:0))py"},
    {R"py(nonlocal x y
)py",
     R"py(SyntaxError: invalid syntax (1:11))py"},
    {R"py(global
)py",
     R"py(SyntaxError: invalid syntax (1:6))py"},
    {R"py(assert x,
)py",
     R"py(SyntaxError: invalid syntax (1:9))py"},
    {R"py(raise x from
)py",
     R"py(SyntaxError: invalid syntax (1:12))py"},
    {R"py(print(*a, **b, c)
)py",
     R"py(SyntaxError: positional argument follows keyword argument unpacking (1:16))py"},
    {R"py(print(**a, *b)
)py",
     R"py(SyntaxError: iterable argument unpacking follows keyword argument unpacking (1:11))py"},
    {R"py(a[b:c:d:e]
)py",
     R"py(SyntaxError: invalid syntax (1:7))py"},
    {R"py(x = ...
y = ....
)py",
     R"py(SyntaxError: invalid syntax (2:8))py"},
    {R"py(x = 0xfor
)py",
     R"py(SyntaxError: invalid syntax (1:9))py"},
    {R"py(x = 0b1for
)py",
     R"py(SyntaxError: invalid syntax (1:7))py"},
    {R"py(x = 1for x in y
)py",
     R"py(SyntaxError: invalid syntax (1:5))py"},
    {R"py(x = 1.__class__
)py",
     R"py(SyntaxError: invalid decimal literal (1:5))py"},
    {R"py(x = 1e5e
)py",
     R"py(SyntaxError: invalid decimal literal (1:6))py"},
    {R"py(x = 0x_
)py",
     R"py(SyntaxError: invalid hexadecimal literal (1:6))py"},
    {R"py(x = 0b_
)py",
     R"py(SyntaxError: invalid binary literal (1:6))py"},
    {R"py(x = 0__1
)py",
     R"py(SyntaxError: invalid decimal literal (1:5))py"},
    {R"py(x = 0_
)py",
     R"py(SyntaxError: invalid decimal literal (1:5))py"},
    {R"py(x = 1.2j3
)py",
     R"py(SyntaxError: invalid imaginary literal (1:7))py"},
    {R"py(x = '''
abc
def
)py",
     R"py(SyntaxError: unterminated triple-quoted string literal (detected at line 3) (1:4))py"},
    {R"py(x = """a""" """b
)py",
     R"py(SyntaxError: unterminated triple-quoted string literal (detected at line 1) (1:12))py"},
    {R"py(x = 'a'\
)py",
     R"py(SyntaxError: unexpected EOF while parsing (1:8))py"},
    {R"py(class A: def f(): pass
)py",
     R"py(SyntaxError: invalid syntax (1:9))py"},
    {R"py(if x: if y: pass
)py",
     R"py(SyntaxError: invalid syntax (1:6))py"},
    {R"py(for x in y: for z in w: pass
)py",
     R"py(SyntaxError: invalid syntax (1:12))py"},
    {R"py(while x: pass; else: pass
)py",
     R"py(SyntaxError: invalid syntax (1:15))py"},
    {R"py(x = [
)py",
     R"py(SyntaxError: '[' was never closed (1:4))py"},
    {R"py(x = [)
)py",
     R"py(SyntaxError: closing parenthesis ')' does not match opening parenthesis '[' (1:5))py"},
    {R"py(x = (}
)py",
     R"py(SyntaxError: closing parenthesis '}' does not match opening parenthesis '(' (1:5))py"},
    {R"py(x = {]
)py",
     R"py(SyntaxError: closing parenthesis ']' does not match opening parenthesis '{' (1:5))py"},
    {R"py(x = ([)]
)py",
     R"py(SyntaxError: closing parenthesis ')' does not match opening parenthesis '[' (1:6))py"},
    {R"py((())
)
)py",
     R"py(SyntaxError: unmatched ')' (2:0))py"},
    {R"py(x = 1
)
)py",
     R"py(SyntaxError: unmatched ')' (2:0))py"},
    {R"py(  x = 1
)py",
     R"py(IndentationError: unexpected indent (1:1))py"},
    {R"py(x = 1
    y = 2
z = 3
)py",
     R"py(IndentationError: unexpected indent (2:3))py"},
    {R"py(def f():
    x = 1
     y = 2
)py",
     R"py(IndentationError: unexpected indent (3:4))py"},
    {R"py(def f():
	x = 1
        y = 2
)py",
     R"py(TabError: inconsistent use of tabs and spaces in indentation (3:0))py"},
    {R"py(def f():
        x = 1
	y = 2
)py",
     R"py(TabError: inconsistent use of tabs and spaces in indentation (3:0))py"},
    {R"py(match x:
    case 1:
        pass
    x = 1
)py",
     R"py(SyntaxError: invalid syntax (4:4))py"},
    {R"py(match x:
case 1:
    pass
)py",
     R"py(IndentationError: expected an indented block after 'match' statement on line 1 (2:0))py"},
    {R"py(match x:
    case 1 if:
        pass
)py",
     R"py(SyntaxError: invalid syntax (2:13))py"},
    {R"py(match x:
    case *a:
        pass
)py",
     R"py(SyntaxError: invalid syntax (2:11))py"},
    {R"py(match x:
    case a.b(c=d, e):
        pass
)py",
     R"py(SyntaxError: positional patterns follow keyword patterns (2:18))py"},
    {R"py(match x:
    case {**a, 'b': 1}:
        pass
)py",
     R"py(SyntaxError: invalid syntax (2:15))py"},
    {R"py(match x:
    case a as _:
        pass
)py",
     R"py(SyntaxError: cannot use '_' as a target (2:14))py"},
    {R"py(match x:
    case 1 + 2:
        pass
)py",
     R"py(SyntaxError: imaginary number required in complex literal (2:13))py"},
    {R"py(match x:
    case -a:
        pass
)py",
     R"py(SyntaxError: invalid syntax (2:10))py"},
    {R"py(match x:
    case f'x':
        pass
)py",
     R"py(SyntaxError: patterns may only match literals and attribute lookups (2:9))py"},
    {R"py(match x:
    case a | b as c | d:
        pass
)py",
     R"py(SyntaxError: invalid syntax (2:20))py"},
    {R"py(match x:
    case [a, b] as:
        pass
)py",
     R"py(SyntaxError: invalid syntax (2:18))py"},
    {R"py(match:
    case 1: pass
)py",
     R"py(SyntaxError: invalid syntax (1:6))py"},
    {R"py(match x
    case 1: pass
)py",
     R"py(SyntaxError: expected ':' (1:7))py"},
    {R"py(match x:
    pass
)py",
     R"py(SyntaxError: invalid syntax (2:4))py"},
    {R"py(match x: case 1: pass
)py",
     R"py(SyntaxError: invalid syntax (1:9))py"},
    {R"py(print x*(print x)
)py",
     R"py(SyntaxError: Missing parentheses in call to 'print'. Did you mean print(...)? (1:0))py"},
    {R"py(y = (print x)
)py",
     R"py(SyntaxError: Missing parentheses in call to 'print'. Did you mean print(...)? (1:5))py"},
    {R"py(x = 1 + (print 2) + 3
)py",
     R"py(SyntaxError: Missing parentheses in call to 'print'. Did you mean print(...)? (1:9))py"},
    {R"py(f(a b(c d))
)py",
     R"py(SyntaxError: invalid syntax. Perhaps you forgot a comma? (1:2))py"},
    {R"py([a ~b[)]
)py",
     R"py(SyntaxError: closing parenthesis ')' does not match opening parenthesis '[' (1:6))py"},
    {R"py(lambda**a**b: 0
)py",
     R"py(SyntaxError: invalid syntax (1:9))py"},
    {R"py(lambda **a, b: 0
)py",
     R"py(SyntaxError: arguments cannot follow var-keyword argument (1:12))py"},
    {R"py(x =if 2 2elsef
)py",
     R"py(SyntaxError: invalid decimal literal (1:8))py"},
    {R"py(x = 2else
)py",
     R"py(SyntaxError: invalid syntax (1:5))py"},
    {R"py(x = 1if 2
)py",
     R"py(SyntaxError: expected 'else' after 'if' expression (1:4))py"},
    {R"py(x = 1 2else 3
)py",
     R"py(SyntaxError: invalid syntax (1:6))py"},
    {R"py((x := o(1)) = 2
)py",
     R"py(SyntaxError: cannot assign to named expression here. Maybe you meant '==' instead of '='? (1:1))py"},
    {R"py((x :=o( 1) = frm2
)py",
     R"py(SyntaxError: invalid syntax (1:11))py"},
    {R"py(c;aslj[: p= 0
)py",
     R"py(SyntaxError: invalid syntax (1:10))py"},
    {R"py(f'{!r}'
)py",
     R"py(SyntaxError: f-string: expression required before '!' (1:7))py"},
    {R"py(f'{:}'
)py",
     R"py(SyntaxError: f-string: expression required before ':' (1:6))py"},
    {R"py(f'{=}'
)py",
     R"py(SyntaxError: f-string: expression required before '=' (1:6))py"},
    {R"py(f'{x for x in y, 1}'
)py",
     R"py(SyntaxError: f-string: invalid syntax (1:13))py"},
    {R"py(f'{*x for x in y}'
)py",
     R"py(SyntaxError: f-string: iterable unpacking cannot be used in comprehension (1:1))py"},
    {R"py(f'{\x07}'
)py",
     R"py(SyntaxError: f-string expression part cannot include a backslash (1:9))py"},
    {R"py(f'{1_}'
)py",
     R"py(SyntaxError: invalid decimal literal (1:2))py"},
    {R"py(if x:
    pass
  else:
    pass
x = (
)py",
     R"py(IndentationError: unindent does not match any outer indentation level (3:7))py"},
    {R"py(def f(**k, *, a): pass
)py",
     R"py(SyntaxError: arguments cannot follow var-keyword argument (1:11))py"},
    {R"py(def f(**k, a=1): pass
)py",
     R"py(SyntaxError: arguments cannot follow var-keyword argument (1:11))py"},
    {R"py(def f(a, **k=1): pass
)py",
     R"py(SyntaxError: var-keyword argument cannot have default value (1:12))py"},
    {R"py(def f(*a=1): pass
)py",
     R"py(SyntaxError: var-positional argument cannot have default value (1:8))py"},
};

TEST(Parser, ErrorsMatchCPython) {
    for (const Case& c : kErrors) EXPECT_EQ(parse_dump(c.src), c.expected) << "source: " << c.src;
}

// f-strings, valid (dumps with positions) and invalid, from CPython 3.11.7.
constexpr Case kFStrings[] = {
    {R"py(f"{f"{x}"}"
)py",
     R"py(SyntaxError: f-string: expecting '}' (1:5))py"},
    {R"py(f'{x!r:>{width}.{prec}}'
)py",
     R"py(Module(body=[Expr(value=JoinedStr(values=[FormattedValue(value=Name(id='x', ctx=Load(), lineno=1, col_offset=3, end_lineno=1, end_col_offset=4), conversion=114, format_spec=JoinedStr(values=[Constant(value='>', lineno=1, col_offset=0, end_lineno=1, end_col_offset=24), FormattedValue(value=Name(id='width', ctx=Load(), lineno=1, col_offset=9, end_lineno=1, end_col_offset=14), conversion=-1, lineno=1, col_offset=0, end_lineno=1, end_col_offset=24), Constant(value='.', lineno=1, col_offset=0, end_lineno=1, end_col_offset=24), FormattedValue(value=Name(id='prec', ctx=Load(), lineno=1, col_offset=17, end_lineno=1, end_col_offset=21), conversion=-1, lineno=1, col_offset=0, end_lineno=1, end_col_offset=24)], lineno=1, col_offset=0, end_lineno=1, end_col_offset=24), lineno=1, col_offset=0, end_lineno=1, end_col_offset=24)], lineno=1, col_offset=0, end_lineno=1, end_col_offset=24), lineno=1, col_offset=0, end_lineno=1, end_col_offset=24)], type_ignores=[]))py"},
    {R"py(f'{x:{{}}}'
)py",
     R"py(Module(body=[Expr(value=JoinedStr(values=[FormattedValue(value=Name(id='x', ctx=Load(), lineno=1, col_offset=3, end_lineno=1, end_col_offset=4), conversion=-1, format_spec=JoinedStr(values=[FormattedValue(value=Dict(keys=[], values=[], lineno=1, col_offset=6, end_lineno=1, end_col_offset=8), conversion=-1, lineno=1, col_offset=0, end_lineno=1, end_col_offset=11)], lineno=1, col_offset=0, end_lineno=1, end_col_offset=11), lineno=1, col_offset=0, end_lineno=1, end_col_offset=11)], lineno=1, col_offset=0, end_lineno=1, end_col_offset=11), lineno=1, col_offset=0, end_lineno=1, end_col_offset=11)], type_ignores=[]))py"},
    {R"py(f'{x:>10}'
)py",
     R"py(Module(body=[Expr(value=JoinedStr(values=[FormattedValue(value=Name(id='x', ctx=Load(), lineno=1, col_offset=3, end_lineno=1, end_col_offset=4), conversion=-1, format_spec=JoinedStr(values=[Constant(value='>10', lineno=1, col_offset=0, end_lineno=1, end_col_offset=10)], lineno=1, col_offset=0, end_lineno=1, end_col_offset=10), lineno=1, col_offset=0, end_lineno=1, end_col_offset=10)], lineno=1, col_offset=0, end_lineno=1, end_col_offset=10), lineno=1, col_offset=0, end_lineno=1, end_col_offset=10)], type_ignores=[]))py"},
    {R"py(f'{x:=^10}'
)py",
     R"py(Module(body=[Expr(value=JoinedStr(values=[FormattedValue(value=Name(id='x', ctx=Load(), lineno=1, col_offset=3, end_lineno=1, end_col_offset=4), conversion=-1, format_spec=JoinedStr(values=[Constant(value='=^10', lineno=1, col_offset=0, end_lineno=1, end_col_offset=11)], lineno=1, col_offset=0, end_lineno=1, end_col_offset=11), lineno=1, col_offset=0, end_lineno=1, end_col_offset=11)], lineno=1, col_offset=0, end_lineno=1, end_col_offset=11), lineno=1, col_offset=0, end_lineno=1, end_col_offset=11)], type_ignores=[]))py"},
    {R"py(f'{x!s:{y}{z}}'
)py",
     R"py(Module(body=[Expr(value=JoinedStr(values=[FormattedValue(value=Name(id='x', ctx=Load(), lineno=1, col_offset=3, end_lineno=1, end_col_offset=4), conversion=115, format_spec=JoinedStr(values=[FormattedValue(value=Name(id='y', ctx=Load(), lineno=1, col_offset=8, end_lineno=1, end_col_offset=9), conversion=-1, lineno=1, col_offset=0, end_lineno=1, end_col_offset=15), FormattedValue(value=Name(id='z', ctx=Load(), lineno=1, col_offset=11, end_lineno=1, end_col_offset=12), conversion=-1, lineno=1, col_offset=0, end_lineno=1, end_col_offset=15)], lineno=1, col_offset=0, end_lineno=1, end_col_offset=15), lineno=1, col_offset=0, end_lineno=1, end_col_offset=15)], lineno=1, col_offset=0, end_lineno=1, end_col_offset=15), lineno=1, col_offset=0, end_lineno=1, end_col_offset=15)], type_ignores=[]))py"},
    {R"py(f'{a}{b}{c}'
)py",
     R"py(Module(body=[Expr(value=JoinedStr(values=[FormattedValue(value=Name(id='a', ctx=Load(), lineno=1, col_offset=3, end_lineno=1, end_col_offset=4), conversion=-1, lineno=1, col_offset=0, end_lineno=1, end_col_offset=12), FormattedValue(value=Name(id='b', ctx=Load(), lineno=1, col_offset=6, end_lineno=1, end_col_offset=7), conversion=-1, lineno=1, col_offset=0, end_lineno=1, end_col_offset=12), FormattedValue(value=Name(id='c', ctx=Load(), lineno=1, col_offset=9, end_lineno=1, end_col_offset=10), conversion=-1, lineno=1, col_offset=0, end_lineno=1, end_col_offset=12)], lineno=1, col_offset=0, end_lineno=1, end_col_offset=12), lineno=1, col_offset=0, end_lineno=1, end_col_offset=12)], type_ignores=[]))py"},
    {R"py(f'{a:{b:{c}}}'
)py",
     R"py(SyntaxError: f-string: expressions nested too deeply (1:14))py"},
    {R"py(f'{"a" "b"}'
)py",
     R"py(Module(body=[Expr(value=JoinedStr(values=[FormattedValue(value=Constant(value='ab', lineno=1, col_offset=3, end_lineno=1, end_col_offset=10), conversion=-1, lineno=1, col_offset=0, end_lineno=1, end_col_offset=12)], lineno=1, col_offset=0, end_lineno=1, end_col_offset=12), lineno=1, col_offset=0, end_lineno=1, end_col_offset=12)], type_ignores=[]))py"},
    {R"py(f'''{x
+y}'''
)py",
     R"py(Module(body=[Expr(value=JoinedStr(values=[FormattedValue(value=BinOp(left=Name(id='x', ctx=Load(), lineno=1, col_offset=5, end_lineno=1, end_col_offset=6), op=Add(), right=Name(id='y', ctx=Load(), lineno=2, col_offset=1, end_lineno=2, end_col_offset=2), lineno=1, col_offset=5, end_lineno=2, end_col_offset=2), conversion=-1, lineno=1, col_offset=0, end_lineno=2, end_col_offset=6)], lineno=1, col_offset=0, end_lineno=2, end_col_offset=6), lineno=1, col_offset=0, end_lineno=2, end_col_offset=6)], type_ignores=[]))py"},
    {R"py(f'''a
{b}
c'''
)py",
     R"py(Module(body=[Expr(value=JoinedStr(values=[Constant(value='a\n', lineno=1, col_offset=0, end_lineno=3, end_col_offset=4), FormattedValue(value=Name(id='b', ctx=Load(), lineno=2, col_offset=1, end_lineno=2, end_col_offset=2), conversion=-1, lineno=1, col_offset=0, end_lineno=3, end_col_offset=4), Constant(value='\nc', lineno=1, col_offset=0, end_lineno=3, end_col_offset=4)], lineno=1, col_offset=0, end_lineno=3, end_col_offset=4), lineno=1, col_offset=0, end_lineno=3, end_col_offset=4)], type_ignores=[]))py"},
    {R"py(f'{x}' 'y' f'{z}'
)py",
     R"py(Module(body=[Expr(value=JoinedStr(values=[FormattedValue(value=Name(id='x', ctx=Load(), lineno=1, col_offset=3, end_lineno=1, end_col_offset=4), conversion=-1, lineno=1, col_offset=0, end_lineno=1, end_col_offset=17), Constant(value='y', lineno=1, col_offset=0, end_lineno=1, end_col_offset=17), FormattedValue(value=Name(id='z', ctx=Load(), lineno=1, col_offset=14, end_lineno=1, end_col_offset=15), conversion=-1, lineno=1, col_offset=0, end_lineno=1, end_col_offset=17)], lineno=1, col_offset=0, end_lineno=1, end_col_offset=17), lineno=1, col_offset=0, end_lineno=1, end_col_offset=17)], type_ignores=[]))py"},
    {R"py(f'{ x }'
)py",
     R"py(Module(body=[Expr(value=JoinedStr(values=[FormattedValue(value=Name(id='x', ctx=Load(), lineno=1, col_offset=4, end_lineno=1, end_col_offset=5), conversion=-1, lineno=1, col_offset=0, end_lineno=1, end_col_offset=8)], lineno=1, col_offset=0, end_lineno=1, end_col_offset=8), lineno=1, col_offset=0, end_lineno=1, end_col_offset=8)], type_ignores=[]))py"},
    {R"py(f'{x = }'
)py",
     R"py(Module(body=[Expr(value=JoinedStr(values=[Constant(value='x = ', lineno=1, col_offset=0, end_lineno=1, end_col_offset=9), FormattedValue(value=Name(id='x', ctx=Load(), lineno=1, col_offset=3, end_lineno=1, end_col_offset=4), conversion=114, lineno=1, col_offset=0, end_lineno=1, end_col_offset=9)], lineno=1, col_offset=0, end_lineno=1, end_col_offset=9), lineno=1, col_offset=0, end_lineno=1, end_col_offset=9)], type_ignores=[]))py"},
    {R"py(f'{x=!a}'
)py",
     R"py(Module(body=[Expr(value=JoinedStr(values=[Constant(value='x=', lineno=1, col_offset=0, end_lineno=1, end_col_offset=9), FormattedValue(value=Name(id='x', ctx=Load(), lineno=1, col_offset=3, end_lineno=1, end_col_offset=4), conversion=97, lineno=1, col_offset=0, end_lineno=1, end_col_offset=9)], lineno=1, col_offset=0, end_lineno=1, end_col_offset=9), lineno=1, col_offset=0, end_lineno=1, end_col_offset=9)], type_ignores=[]))py"},
    {R"py(f'{x=:10}'
)py",
     R"py(Module(body=[Expr(value=JoinedStr(values=[Constant(value='x=', lineno=1, col_offset=0, end_lineno=1, end_col_offset=10), FormattedValue(value=Name(id='x', ctx=Load(), lineno=1, col_offset=3, end_lineno=1, end_col_offset=4), conversion=-1, format_spec=JoinedStr(values=[Constant(value='10', lineno=1, col_offset=0, end_lineno=1, end_col_offset=10)], lineno=1, col_offset=0, end_lineno=1, end_col_offset=10), lineno=1, col_offset=0, end_lineno=1, end_col_offset=10)], lineno=1, col_offset=0, end_lineno=1, end_col_offset=10), lineno=1, col_offset=0, end_lineno=1, end_col_offset=10)], type_ignores=[]))py"},
    {R"py(f'{x=!r:10}'
)py",
     R"py(Module(body=[Expr(value=JoinedStr(values=[Constant(value='x=', lineno=1, col_offset=0, end_lineno=1, end_col_offset=12), FormattedValue(value=Name(id='x', ctx=Load(), lineno=1, col_offset=3, end_lineno=1, end_col_offset=4), conversion=114, format_spec=JoinedStr(values=[Constant(value='10', lineno=1, col_offset=0, end_lineno=1, end_col_offset=12)], lineno=1, col_offset=0, end_lineno=1, end_col_offset=12), lineno=1, col_offset=0, end_lineno=1, end_col_offset=12)], lineno=1, col_offset=0, end_lineno=1, end_col_offset=12), lineno=1, col_offset=0, end_lineno=1, end_col_offset=12)], type_ignores=[]))py"},
    {R"py(f'{(x:=1)}'
)py",
     R"py(Module(body=[Expr(value=JoinedStr(values=[FormattedValue(value=NamedExpr(target=Name(id='x', ctx=Store(), lineno=1, col_offset=4, end_lineno=1, end_col_offset=5), value=Constant(value=1, lineno=1, col_offset=7, end_lineno=1, end_col_offset=8), lineno=1, col_offset=4, end_lineno=1, end_col_offset=8), conversion=-1, lineno=1, col_offset=0, end_lineno=1, end_col_offset=11)], lineno=1, col_offset=0, end_lineno=1, end_col_offset=11), lineno=1, col_offset=0, end_lineno=1, end_col_offset=11)], type_ignores=[]))py"},
    {R"py(f'{x,y}'
)py",
     R"py(Module(body=[Expr(value=JoinedStr(values=[FormattedValue(value=Tuple(elts=[Name(id='x', ctx=Load(), lineno=1, col_offset=3, end_lineno=1, end_col_offset=4), Name(id='y', ctx=Load(), lineno=1, col_offset=5, end_lineno=1, end_col_offset=6)], ctx=Load(), lineno=1, col_offset=2, end_lineno=1, end_col_offset=7), conversion=-1, lineno=1, col_offset=0, end_lineno=1, end_col_offset=8)], lineno=1, col_offset=0, end_lineno=1, end_col_offset=8), lineno=1, col_offset=0, end_lineno=1, end_col_offset=8)], type_ignores=[]))py"},
    {R"py(f'{x, y}'
)py",
     R"py(Module(body=[Expr(value=JoinedStr(values=[FormattedValue(value=Tuple(elts=[Name(id='x', ctx=Load(), lineno=1, col_offset=3, end_lineno=1, end_col_offset=4), Name(id='y', ctx=Load(), lineno=1, col_offset=6, end_lineno=1, end_col_offset=7)], ctx=Load(), lineno=1, col_offset=2, end_lineno=1, end_col_offset=8), conversion=-1, lineno=1, col_offset=0, end_lineno=1, end_col_offset=9)], lineno=1, col_offset=0, end_lineno=1, end_col_offset=9), lineno=1, col_offset=0, end_lineno=1, end_col_offset=9)], type_ignores=[]))py"},
    {R"py(f'{ x , y }'
)py",
     R"py(Module(body=[Expr(value=JoinedStr(values=[FormattedValue(value=Tuple(elts=[Name(id='x', ctx=Load(), lineno=1, col_offset=4, end_lineno=1, end_col_offset=5), Name(id='y', ctx=Load(), lineno=1, col_offset=8, end_lineno=1, end_col_offset=9)], ctx=Load(), lineno=1, col_offset=2, end_lineno=1, end_col_offset=11), conversion=-1, lineno=1, col_offset=0, end_lineno=1, end_col_offset=12)], lineno=1, col_offset=0, end_lineno=1, end_col_offset=12), lineno=1, col_offset=0, end_lineno=1, end_col_offset=12)], type_ignores=[]))py"},
    {R"py(f'{*x,}'
)py",
     R"py(Module(body=[Expr(value=JoinedStr(values=[FormattedValue(value=Tuple(elts=[Starred(value=Name(id='x', ctx=Load(), lineno=1, col_offset=4, end_lineno=1, end_col_offset=5), ctx=Load(), lineno=1, col_offset=3, end_lineno=1, end_col_offset=5)], ctx=Load(), lineno=1, col_offset=2, end_lineno=1, end_col_offset=7), conversion=-1, lineno=1, col_offset=0, end_lineno=1, end_col_offset=8)], lineno=1, col_offset=0, end_lineno=1, end_col_offset=8), lineno=1, col_offset=0, end_lineno=1, end_col_offset=8)], type_ignores=[]))py"},
    {R"py(f'{yield}'
)py",
     R"py(Module(body=[Expr(value=JoinedStr(values=[FormattedValue(value=Yield(lineno=1, col_offset=3, end_lineno=1, end_col_offset=8), conversion=-1, lineno=1, col_offset=0, end_lineno=1, end_col_offset=10)], lineno=1, col_offset=0, end_lineno=1, end_col_offset=10), lineno=1, col_offset=0, end_lineno=1, end_col_offset=10)], type_ignores=[]))py"},
    {R"py(f'{await x}'
)py",
     R"py(Module(body=[Expr(value=JoinedStr(values=[FormattedValue(value=Await(value=Name(id='x', ctx=Load(), lineno=1, col_offset=9, end_lineno=1, end_col_offset=10), lineno=1, col_offset=3, end_lineno=1, end_col_offset=10), conversion=-1, lineno=1, col_offset=0, end_lineno=1, end_col_offset=12)], lineno=1, col_offset=0, end_lineno=1, end_col_offset=12), lineno=1, col_offset=0, end_lineno=1, end_col_offset=12)], type_ignores=[]))py"},
    {R"py(f'{lambda: 1}'
)py",
     R"py(SyntaxError: f-string: invalid syntax (1:7))py"},
    {R"py(f'{(lambda: 1)}'
)py",
     R"py(Module(body=[Expr(value=JoinedStr(values=[FormattedValue(value=Lambda(args=arguments(posonlyargs=[], args=[], kwonlyargs=[], kw_defaults=[], defaults=[]), body=Constant(value=1, lineno=1, col_offset=12, end_lineno=1, end_col_offset=13), lineno=1, col_offset=4, end_lineno=1, end_col_offset=13), conversion=-1, lineno=1, col_offset=0, end_lineno=1, end_col_offset=16)], lineno=1, col_offset=0, end_lineno=1, end_col_offset=16), lineno=1, col_offset=0, end_lineno=1, end_col_offset=16)], type_ignores=[]))py"},
    {R"py(f'{x if y else z}'
)py",
     R"py(Module(body=[Expr(value=JoinedStr(values=[FormattedValue(value=IfExp(test=Name(id='y', ctx=Load(), lineno=1, col_offset=8, end_lineno=1, end_col_offset=9), body=Name(id='x', ctx=Load(), lineno=1, col_offset=3, end_lineno=1, end_col_offset=4), orelse=Name(id='z', ctx=Load(), lineno=1, col_offset=15, end_lineno=1, end_col_offset=16), lineno=1, col_offset=3, end_lineno=1, end_col_offset=16), conversion=-1, lineno=1, col_offset=0, end_lineno=1, end_col_offset=18)], lineno=1, col_offset=0, end_lineno=1, end_col_offset=18), lineno=1, col_offset=0, end_lineno=1, end_col_offset=18)], type_ignores=[]))py"},
    {R"py(f'{[x for x in y]}'
)py",
     R"py(Module(body=[Expr(value=JoinedStr(values=[FormattedValue(value=ListComp(elt=Name(id='x', ctx=Load(), lineno=1, col_offset=4, end_lineno=1, end_col_offset=5), generators=[comprehension(target=Name(id='x', ctx=Store(), lineno=1, col_offset=10, end_lineno=1, end_col_offset=11), iter=Name(id='y', ctx=Load(), lineno=1, col_offset=15, end_lineno=1, end_col_offset=16), ifs=[], is_async=0)], lineno=1, col_offset=3, end_lineno=1, end_col_offset=17), conversion=-1, lineno=1, col_offset=0, end_lineno=1, end_col_offset=19)], lineno=1, col_offset=0, end_lineno=1, end_col_offset=19), lineno=1, col_offset=0, end_lineno=1, end_col_offset=19)], type_ignores=[]))py"},
    {R"py(f'{x!r}' f'{y!s}'
)py",
     R"py(Module(body=[Expr(value=JoinedStr(values=[FormattedValue(value=Name(id='x', ctx=Load(), lineno=1, col_offset=3, end_lineno=1, end_col_offset=4), conversion=114, lineno=1, col_offset=0, end_lineno=1, end_col_offset=17), FormattedValue(value=Name(id='y', ctx=Load(), lineno=1, col_offset=12, end_lineno=1, end_col_offset=13), conversion=115, lineno=1, col_offset=0, end_lineno=1, end_col_offset=17)], lineno=1, col_offset=0, end_lineno=1, end_col_offset=17), lineno=1, col_offset=0, end_lineno=1, end_col_offset=17)], type_ignores=[]))py"},
    {R"py(rf'{x}\n'
)py",
     R"py(Module(body=[Expr(value=JoinedStr(values=[FormattedValue(value=Name(id='x', ctx=Load(), lineno=1, col_offset=4, end_lineno=1, end_col_offset=5), conversion=-1, lineno=1, col_offset=0, end_lineno=1, end_col_offset=9), Constant(value='\\n', lineno=1, col_offset=0, end_lineno=1, end_col_offset=9)], lineno=1, col_offset=0, end_lineno=1, end_col_offset=9), lineno=1, col_offset=0, end_lineno=1, end_col_offset=9)], type_ignores=[]))py"},
    {R"py(fr'\{x}'
)py",
     R"py(Module(body=[Expr(value=JoinedStr(values=[Constant(value='\\', lineno=1, col_offset=0, end_lineno=1, end_col_offset=8), FormattedValue(value=Name(id='x', ctx=Load(), lineno=1, col_offset=5, end_lineno=1, end_col_offset=6), conversion=-1, lineno=1, col_offset=0, end_lineno=1, end_col_offset=8)], lineno=1, col_offset=0, end_lineno=1, end_col_offset=8), lineno=1, col_offset=0, end_lineno=1, end_col_offset=8)], type_ignores=[]))py"},
    {R"py(f'\{x}'
)py",
     R"py(Module(body=[Expr(value=JoinedStr(values=[Constant(value='\\', lineno=1, col_offset=0, end_lineno=1, end_col_offset=7), FormattedValue(value=Name(id='x', ctx=Load(), lineno=1, col_offset=4, end_lineno=1, end_col_offset=5), conversion=-1, lineno=1, col_offset=0, end_lineno=1, end_col_offset=7)], lineno=1, col_offset=0, end_lineno=1, end_col_offset=7), lineno=1, col_offset=0, end_lineno=1, end_col_offset=7)], type_ignores=[]))py"},
    {R"py(f'\N{BULLET} {x}'
)py",
     R"py(Module(body=[Expr(value=JoinedStr(values=[Constant(value='• ', lineno=1, col_offset=0, end_lineno=1, end_col_offset=17), FormattedValue(value=Name(id='x', ctx=Load(), lineno=1, col_offset=14, end_lineno=1, end_col_offset=15), conversion=-1, lineno=1, col_offset=0, end_lineno=1, end_col_offset=17)], lineno=1, col_offset=0, end_lineno=1, end_col_offset=17), lineno=1, col_offset=0, end_lineno=1, end_col_offset=17)], type_ignores=[]))py"},
    {R"py(f'{x}\N{EM DASH}'
)py",
     R"py(Module(body=[Expr(value=JoinedStr(values=[FormattedValue(value=Name(id='x', ctx=Load(), lineno=1, col_offset=3, end_lineno=1, end_col_offset=4), conversion=-1, lineno=1, col_offset=0, end_lineno=1, end_col_offset=17), Constant(value='—', lineno=1, col_offset=0, end_lineno=1, end_col_offset=17)], lineno=1, col_offset=0, end_lineno=1, end_col_offset=17), lineno=1, col_offset=0, end_lineno=1, end_col_offset=17)], type_ignores=[]))py"},
    {R"py(f'{x:\n}'
)py",
     R"py(Module(body=[Expr(value=JoinedStr(values=[FormattedValue(value=Name(id='x', ctx=Load(), lineno=1, col_offset=3, end_lineno=1, end_col_offset=4), conversion=-1, format_spec=JoinedStr(values=[Constant(value='\n', lineno=1, col_offset=0, end_lineno=1, end_col_offset=9)], lineno=1, col_offset=0, end_lineno=1, end_col_offset=9), lineno=1, col_offset=0, end_lineno=1, end_col_offset=9)], lineno=1, col_offset=0, end_lineno=1, end_col_offset=9), lineno=1, col_offset=0, end_lineno=1, end_col_offset=9)], type_ignores=[]))py"},
    {R"py(f'{x:{"a"}}'
)py",
     R"py(Module(body=[Expr(value=JoinedStr(values=[FormattedValue(value=Name(id='x', ctx=Load(), lineno=1, col_offset=3, end_lineno=1, end_col_offset=4), conversion=-1, format_spec=JoinedStr(values=[FormattedValue(value=Constant(value='a', lineno=1, col_offset=6, end_lineno=1, end_col_offset=9), conversion=-1, lineno=1, col_offset=0, end_lineno=1, end_col_offset=12)], lineno=1, col_offset=0, end_lineno=1, end_col_offset=12), lineno=1, col_offset=0, end_lineno=1, end_col_offset=12)], lineno=1, col_offset=0, end_lineno=1, end_col_offset=12), lineno=1, col_offset=0, end_lineno=1, end_col_offset=12)], type_ignores=[]))py"},
    {R"py(f'{{{x}}}'
)py",
     R"py(Module(body=[Expr(value=JoinedStr(values=[Constant(value='{', lineno=1, col_offset=0, end_lineno=1, end_col_offset=10), FormattedValue(value=Name(id='x', ctx=Load(), lineno=1, col_offset=5, end_lineno=1, end_col_offset=6), conversion=-1, lineno=1, col_offset=0, end_lineno=1, end_col_offset=10), Constant(value='}', lineno=1, col_offset=0, end_lineno=1, end_col_offset=10)], lineno=1, col_offset=0, end_lineno=1, end_col_offset=10), lineno=1, col_offset=0, end_lineno=1, end_col_offset=10)], type_ignores=[]))py"},
    {R"py(f'{{x}}'
)py",
     R"py(Module(body=[Expr(value=JoinedStr(values=[Constant(value='{x}', lineno=1, col_offset=0, end_lineno=1, end_col_offset=8)], lineno=1, col_offset=0, end_lineno=1, end_col_offset=8), lineno=1, col_offset=0, end_lineno=1, end_col_offset=8)], type_ignores=[]))py"},
    {R"py(f'}}{{'
)py",
     R"py(Module(body=[Expr(value=JoinedStr(values=[Constant(value='}{', lineno=1, col_offset=0, end_lineno=1, end_col_offset=7)], lineno=1, col_offset=0, end_lineno=1, end_col_offset=7), lineno=1, col_offset=0, end_lineno=1, end_col_offset=7)], type_ignores=[]))py"},
    {R"py(f'{x}}}'
)py",
     R"py(Module(body=[Expr(value=JoinedStr(values=[FormattedValue(value=Name(id='x', ctx=Load(), lineno=1, col_offset=3, end_lineno=1, end_col_offset=4), conversion=-1, lineno=1, col_offset=0, end_lineno=1, end_col_offset=8), Constant(value='}', lineno=1, col_offset=0, end_lineno=1, end_col_offset=8)], lineno=1, col_offset=0, end_lineno=1, end_col_offset=8), lineno=1, col_offset=0, end_lineno=1, end_col_offset=8)], type_ignores=[]))py"},
    {R"py(f'{{{{x'
)py",
     R"py(Module(body=[Expr(value=JoinedStr(values=[Constant(value='{{x', lineno=1, col_offset=0, end_lineno=1, end_col_offset=8)], lineno=1, col_offset=0, end_lineno=1, end_col_offset=8), lineno=1, col_offset=0, end_lineno=1, end_col_offset=8)], type_ignores=[]))py"},
    {R"py(f'{'
)py",
     R"py(SyntaxError: f-string: expecting '}' (1:4))py"},
    {R"py(f'}'
)py",
     R"py(SyntaxError: f-string: single '}' is not allowed (1:4))py"},
    {R"py(f'{x!}'
)py",
     R"py(SyntaxError: f-string: invalid conversion character: expected 's', 'r', or 'a' (1:7))py"},
    {R"py(f'{x!r'
)py",
     R"py(SyntaxError: f-string: expecting '}' (1:7))py"},
    {R"py(f'{x!rr}'
)py",
     R"py(SyntaxError: f-string: expecting '}' (1:9))py"},
    {R"py(f'{x:{y}'
)py",
     R"py(SyntaxError: f-string: expecting '}' (1:9))py"},
    {R"py(f'{x:}}'
)py",
     R"py(SyntaxError: f-string: single '}' is not allowed (1:8))py"},
    {R"py(f'{x::}'
)py",
     R"py(Module(body=[Expr(value=JoinedStr(values=[FormattedValue(value=Name(id='x', ctx=Load(), lineno=1, col_offset=3, end_lineno=1, end_col_offset=4), conversion=-1, format_spec=JoinedStr(values=[Constant(value=':', lineno=1, col_offset=0, end_lineno=1, end_col_offset=8)], lineno=1, col_offset=0, end_lineno=1, end_col_offset=8), lineno=1, col_offset=0, end_lineno=1, end_col_offset=8)], lineno=1, col_offset=0, end_lineno=1, end_col_offset=8), lineno=1, col_offset=0, end_lineno=1, end_col_offset=8)], type_ignores=[]))py"},
    {R"py(f'{!r}'
)py",
     R"py(SyntaxError: f-string: expression required before '!' (1:7))py"},
    {R"py(f'{ }'
)py",
     R"py(SyntaxError: f-string: empty expression not allowed (1:6))py"},
    {R"py(f'{x#}'
)py",
     R"py(SyntaxError: f-string expression part cannot include '#' (1:7))py"},
    {R"py(f'{x\n}'
)py",
     R"py(SyntaxError: f-string expression part cannot include a backslash (1:8))py"},
    {R"py(f'{"\n"}'
)py",
     R"py(SyntaxError: f-string expression part cannot include a backslash (1:9))py"},
    {R"py(f'{x:\\}'
)py",
     R"py(Module(body=[Expr(value=JoinedStr(values=[FormattedValue(value=Name(id='x', ctx=Load(), lineno=1, col_offset=3, end_lineno=1, end_col_offset=4), conversion=-1, format_spec=JoinedStr(values=[Constant(value='\\', lineno=1, col_offset=0, end_lineno=1, end_col_offset=9)], lineno=1, col_offset=0, end_lineno=1, end_col_offset=9), lineno=1, col_offset=0, end_lineno=1, end_col_offset=9)], lineno=1, col_offset=0, end_lineno=1, end_col_offset=9), lineno=1, col_offset=0, end_lineno=1, end_col_offset=9)], type_ignores=[]))py"},
    {R"py(f'{a["b"]}'
)py",
     R"py(Module(body=[Expr(value=JoinedStr(values=[FormattedValue(value=Subscript(value=Name(id='a', ctx=Load(), lineno=1, col_offset=3, end_lineno=1, end_col_offset=4), slice=Constant(value='b', lineno=1, col_offset=5, end_lineno=1, end_col_offset=8), ctx=Load(), lineno=1, col_offset=3, end_lineno=1, end_col_offset=9), conversion=-1, lineno=1, col_offset=0, end_lineno=1, end_col_offset=11)], lineno=1, col_offset=0, end_lineno=1, end_col_offset=11), lineno=1, col_offset=0, end_lineno=1, end_col_offset=11)], type_ignores=[]))py"},
    {R"py(f'{a[1:2]}'
)py",
     R"py(Module(body=[Expr(value=JoinedStr(values=[FormattedValue(value=Subscript(value=Name(id='a', ctx=Load(), lineno=1, col_offset=3, end_lineno=1, end_col_offset=4), slice=Slice(lower=Constant(value=1, lineno=1, col_offset=5, end_lineno=1, end_col_offset=6), upper=Constant(value=2, lineno=1, col_offset=7, end_lineno=1, end_col_offset=8), lineno=1, col_offset=5, end_lineno=1, end_col_offset=8), ctx=Load(), lineno=1, col_offset=3, end_lineno=1, end_col_offset=9), conversion=-1, lineno=1, col_offset=0, end_lineno=1, end_col_offset=11)], lineno=1, col_offset=0, end_lineno=1, end_col_offset=11), lineno=1, col_offset=0, end_lineno=1, end_col_offset=11)], type_ignores=[]))py"},
    {R"py(f'{a:{b}{c}d}'
)py",
     R"py(Module(body=[Expr(value=JoinedStr(values=[FormattedValue(value=Name(id='a', ctx=Load(), lineno=1, col_offset=3, end_lineno=1, end_col_offset=4), conversion=-1, format_spec=JoinedStr(values=[FormattedValue(value=Name(id='b', ctx=Load(), lineno=1, col_offset=6, end_lineno=1, end_col_offset=7), conversion=-1, lineno=1, col_offset=0, end_lineno=1, end_col_offset=14), FormattedValue(value=Name(id='c', ctx=Load(), lineno=1, col_offset=9, end_lineno=1, end_col_offset=10), conversion=-1, lineno=1, col_offset=0, end_lineno=1, end_col_offset=14), Constant(value='d', lineno=1, col_offset=0, end_lineno=1, end_col_offset=14)], lineno=1, col_offset=0, end_lineno=1, end_col_offset=14), lineno=1, col_offset=0, end_lineno=1, end_col_offset=14)], lineno=1, col_offset=0, end_lineno=1, end_col_offset=14), lineno=1, col_offset=0, end_lineno=1, end_col_offset=14)], type_ignores=[]))py"},
    {R"py(f'{3.14:.2f}'
)py",
     R"py(Module(body=[Expr(value=JoinedStr(values=[FormattedValue(value=Constant(value=3.14, lineno=1, col_offset=3, end_lineno=1, end_col_offset=7), conversion=-1, format_spec=JoinedStr(values=[Constant(value='.2f', lineno=1, col_offset=0, end_lineno=1, end_col_offset=13)], lineno=1, col_offset=0, end_lineno=1, end_col_offset=13), lineno=1, col_offset=0, end_lineno=1, end_col_offset=13)], lineno=1, col_offset=0, end_lineno=1, end_col_offset=13), lineno=1, col_offset=0, end_lineno=1, end_col_offset=13)], type_ignores=[]))py"},
    {R"py(f'{1e3!r}'
)py",
     R"py(Module(body=[Expr(value=JoinedStr(values=[FormattedValue(value=Constant(value=1000.0, lineno=1, col_offset=3, end_lineno=1, end_col_offset=6), conversion=114, lineno=1, col_offset=0, end_lineno=1, end_col_offset=10)], lineno=1, col_offset=0, end_lineno=1, end_col_offset=10), lineno=1, col_offset=0, end_lineno=1, end_col_offset=10)], type_ignores=[]))py"},
    {R"py(f'{x.y.z()}'
)py",
     R"py(Module(body=[Expr(value=JoinedStr(values=[FormattedValue(value=Call(func=Attribute(value=Attribute(value=Name(id='x', ctx=Load(), lineno=1, col_offset=3, end_lineno=1, end_col_offset=4), attr='y', ctx=Load(), lineno=1, col_offset=3, end_lineno=1, end_col_offset=6), attr='z', ctx=Load(), lineno=1, col_offset=3, end_lineno=1, end_col_offset=8), args=[], keywords=[], lineno=1, col_offset=3, end_lineno=1, end_col_offset=10), conversion=-1, lineno=1, col_offset=0, end_lineno=1, end_col_offset=12)], lineno=1, col_offset=0, end_lineno=1, end_col_offset=12), lineno=1, col_offset=0, end_lineno=1, end_col_offset=12)], type_ignores=[]))py"},
    {R"py(f'{x}' f''
)py",
     R"py(Module(body=[Expr(value=JoinedStr(values=[FormattedValue(value=Name(id='x', ctx=Load(), lineno=1, col_offset=3, end_lineno=1, end_col_offset=4), conversion=-1, lineno=1, col_offset=0, end_lineno=1, end_col_offset=10)], lineno=1, col_offset=0, end_lineno=1, end_col_offset=10), lineno=1, col_offset=0, end_lineno=1, end_col_offset=10)], type_ignores=[]))py"},
    {R"py(f'' f'' ''
)py",
     R"py(Module(body=[Expr(value=JoinedStr(values=[], lineno=1, col_offset=0, end_lineno=1, end_col_offset=10), lineno=1, col_offset=0, end_lineno=1, end_col_offset=10)], type_ignores=[]))py"},
    {R"py(f'{x}'
f'{y}'
)py",
     R"py(Module(body=[Expr(value=JoinedStr(values=[FormattedValue(value=Name(id='x', ctx=Load(), lineno=1, col_offset=3, end_lineno=1, end_col_offset=4), conversion=-1, lineno=1, col_offset=0, end_lineno=1, end_col_offset=6)], lineno=1, col_offset=0, end_lineno=1, end_col_offset=6), lineno=1, col_offset=0, end_lineno=1, end_col_offset=6), Expr(value=JoinedStr(values=[FormattedValue(value=Name(id='y', ctx=Load(), lineno=2, col_offset=3, end_lineno=2, end_col_offset=4), conversion=-1, lineno=2, col_offset=0, end_lineno=2, end_col_offset=6)], lineno=2, col_offset=0, end_lineno=2, end_col_offset=6), lineno=2, col_offset=0, end_lineno=2, end_col_offset=6)], type_ignores=[]))py"},
    {R"py(x = (f'{a}'
     f'{b}')
)py",
     R"py(Module(body=[Assign(targets=[Name(id='x', ctx=Store(), lineno=1, col_offset=0, end_lineno=1, end_col_offset=1)], value=JoinedStr(values=[FormattedValue(value=Name(id='a', ctx=Load(), lineno=1, col_offset=8, end_lineno=1, end_col_offset=9), conversion=-1, lineno=1, col_offset=5, end_lineno=2, end_col_offset=11), FormattedValue(value=Name(id='b', ctx=Load(), lineno=2, col_offset=8, end_lineno=2, end_col_offset=9), conversion=-1, lineno=1, col_offset=5, end_lineno=2, end_col_offset=11)], lineno=1, col_offset=5, end_lineno=2, end_col_offset=11), lineno=1, col_offset=0, end_lineno=2, end_col_offset=12)], type_ignores=[]))py"},
    {R"py(f'{
 x 
}'
)py",
     R"py(SyntaxError: unterminated string literal (detected at line 1) (1:0))py"},
    {R"py(f'''{
 x 
}'''
)py",
     R"py(Module(body=[Expr(value=JoinedStr(values=[FormattedValue(value=Name(id='x', ctx=Load(), lineno=2, col_offset=1, end_lineno=2, end_col_offset=2), conversion=-1, lineno=1, col_offset=0, end_lineno=3, end_col_offset=4)], lineno=1, col_offset=0, end_lineno=3, end_col_offset=4), lineno=1, col_offset=0, end_lineno=3, end_col_offset=4)], type_ignores=[]))py"},
    {R"py(f'{x:{y:{z}}}'
)py",
     R"py(SyntaxError: f-string: expressions nested too deeply (1:14))py"},
    {R"py(f'{x!r=}'
)py",
     R"py(SyntaxError: f-string: expecting '}' (1:9))py"},
    {R"py(f'{x:=10}'
)py",
     R"py(Module(body=[Expr(value=JoinedStr(values=[FormattedValue(value=Name(id='x', ctx=Load(), lineno=1, col_offset=3, end_lineno=1, end_col_offset=4), conversion=-1, format_spec=JoinedStr(values=[Constant(value='=10', lineno=1, col_offset=0, end_lineno=1, end_col_offset=10)], lineno=1, col_offset=0, end_lineno=1, end_col_offset=10), lineno=1, col_offset=0, end_lineno=1, end_col_offset=10)], lineno=1, col_offset=0, end_lineno=1, end_col_offset=10), lineno=1, col_offset=0, end_lineno=1, end_col_offset=10)], type_ignores=[]))py"},
    {R"py(f'{x=}' f'{y=}'
)py",
     R"py(Module(body=[Expr(value=JoinedStr(values=[Constant(value='x=', lineno=1, col_offset=0, end_lineno=1, end_col_offset=15), FormattedValue(value=Name(id='x', ctx=Load(), lineno=1, col_offset=3, end_lineno=1, end_col_offset=4), conversion=114, lineno=1, col_offset=0, end_lineno=1, end_col_offset=15), Constant(value='y=', lineno=1, col_offset=0, end_lineno=1, end_col_offset=15), FormattedValue(value=Name(id='y', ctx=Load(), lineno=1, col_offset=11, end_lineno=1, end_col_offset=12), conversion=114, lineno=1, col_offset=0, end_lineno=1, end_col_offset=15)], lineno=1, col_offset=0, end_lineno=1, end_col_offset=15), lineno=1, col_offset=0, end_lineno=1, end_col_offset=15)], type_ignores=[]))py"},
    {R"py(f'a' 'b' f'c'
)py",
     R"py(Module(body=[Expr(value=JoinedStr(values=[Constant(value='abc', lineno=1, col_offset=0, end_lineno=1, end_col_offset=13)], lineno=1, col_offset=0, end_lineno=1, end_col_offset=13), lineno=1, col_offset=0, end_lineno=1, end_col_offset=13)], type_ignores=[]))py"},
    {R"py('a' f'b'
)py",
     R"py(Module(body=[Expr(value=JoinedStr(values=[Constant(value='ab', lineno=1, col_offset=0, end_lineno=1, end_col_offset=8)], lineno=1, col_offset=0, end_lineno=1, end_col_offset=8), lineno=1, col_offset=0, end_lineno=1, end_col_offset=8)], type_ignores=[]))py"},
    {R"py(u'a' f'b'
)py",
     R"py(Module(body=[Expr(value=JoinedStr(values=[Constant(value='ab', lineno=1, col_offset=0, end_lineno=1, end_col_offset=9)], lineno=1, col_offset=0, end_lineno=1, end_col_offset=9), lineno=1, col_offset=0, end_lineno=1, end_col_offset=9)], type_ignores=[]))py"},
    {R"py(f'{x}' b'y'
)py",
     R"py(SyntaxError: cannot mix bytes and nonbytes literals (1:11))py"},
    {R"py(f'{b"x"}'
)py",
     R"py(Module(body=[Expr(value=JoinedStr(values=[FormattedValue(value=Constant(value=b'x', lineno=1, col_offset=3, end_lineno=1, end_col_offset=7), conversion=-1, lineno=1, col_offset=0, end_lineno=1, end_col_offset=9)], lineno=1, col_offset=0, end_lineno=1, end_col_offset=9), lineno=1, col_offset=0, end_lineno=1, end_col_offset=9)], type_ignores=[]))py"},
    {R"py(f'{x:{y!r:{z}}}'
)py",
     R"py(SyntaxError: f-string: expressions nested too deeply (1:16))py"},
    {R"py(f'{x}{y=}{z!a}'
)py",
     R"py(Module(body=[Expr(value=JoinedStr(values=[FormattedValue(value=Name(id='x', ctx=Load(), lineno=1, col_offset=3, end_lineno=1, end_col_offset=4), conversion=-1, lineno=1, col_offset=0, end_lineno=1, end_col_offset=15), Constant(value='y=', lineno=1, col_offset=0, end_lineno=1, end_col_offset=15), FormattedValue(value=Name(id='y', ctx=Load(), lineno=1, col_offset=6, end_lineno=1, end_col_offset=7), conversion=114, lineno=1, col_offset=0, end_lineno=1, end_col_offset=15), FormattedValue(value=Name(id='z', ctx=Load(), lineno=1, col_offset=10, end_lineno=1, end_col_offset=11), conversion=97, lineno=1, col_offset=0, end_lineno=1, end_col_offset=15)], lineno=1, col_offset=0, end_lineno=1, end_col_offset=15), lineno=1, col_offset=0, end_lineno=1, end_col_offset=15)], type_ignores=[]))py"},
    {R"py(f'{"{"}'
)py",
     R"py(Module(body=[Expr(value=JoinedStr(values=[FormattedValue(value=Constant(value='{', lineno=1, col_offset=3, end_lineno=1, end_col_offset=6), conversion=-1, lineno=1, col_offset=0, end_lineno=1, end_col_offset=8)], lineno=1, col_offset=0, end_lineno=1, end_col_offset=8), lineno=1, col_offset=0, end_lineno=1, end_col_offset=8)], type_ignores=[]))py"},
    {R"py(f'{"}"}'
)py",
     R"py(Module(body=[Expr(value=JoinedStr(values=[FormattedValue(value=Constant(value='}', lineno=1, col_offset=3, end_lineno=1, end_col_offset=6), conversion=-1, lineno=1, col_offset=0, end_lineno=1, end_col_offset=8)], lineno=1, col_offset=0, end_lineno=1, end_col_offset=8), lineno=1, col_offset=0, end_lineno=1, end_col_offset=8)], type_ignores=[]))py"},
    {R"py(f'{x["}"]}'
)py",
     R"py(Module(body=[Expr(value=JoinedStr(values=[FormattedValue(value=Subscript(value=Name(id='x', ctx=Load(), lineno=1, col_offset=3, end_lineno=1, end_col_offset=4), slice=Constant(value='}', lineno=1, col_offset=5, end_lineno=1, end_col_offset=8), ctx=Load(), lineno=1, col_offset=3, end_lineno=1, end_col_offset=9), conversion=-1, lineno=1, col_offset=0, end_lineno=1, end_col_offset=11)], lineno=1, col_offset=0, end_lineno=1, end_col_offset=11), lineno=1, col_offset=0, end_lineno=1, end_col_offset=11)], type_ignores=[]))py"},
    {R"py(f'{x:{"{"}}'
)py",
     R"py(Module(body=[Expr(value=JoinedStr(values=[FormattedValue(value=Name(id='x', ctx=Load(), lineno=1, col_offset=3, end_lineno=1, end_col_offset=4), conversion=-1, format_spec=JoinedStr(values=[FormattedValue(value=Constant(value='{', lineno=1, col_offset=6, end_lineno=1, end_col_offset=9), conversion=-1, lineno=1, col_offset=0, end_lineno=1, end_col_offset=12)], lineno=1, col_offset=0, end_lineno=1, end_col_offset=12), lineno=1, col_offset=0, end_lineno=1, end_col_offset=12)], lineno=1, col_offset=0, end_lineno=1, end_col_offset=12), lineno=1, col_offset=0, end_lineno=1, end_col_offset=12)], type_ignores=[]))py"},
    {R"py(f'{x < y}'
)py",
     R"py(Module(body=[Expr(value=JoinedStr(values=[FormattedValue(value=Compare(left=Name(id='x', ctx=Load(), lineno=1, col_offset=3, end_lineno=1, end_col_offset=4), ops=[Lt()], comparators=[Name(id='y', ctx=Load(), lineno=1, col_offset=7, end_lineno=1, end_col_offset=8)], lineno=1, col_offset=3, end_lineno=1, end_col_offset=8), conversion=-1, lineno=1, col_offset=0, end_lineno=1, end_col_offset=10)], lineno=1, col_offset=0, end_lineno=1, end_col_offset=10), lineno=1, col_offset=0, end_lineno=1, end_col_offset=10)], type_ignores=[]))py"},
    {R"py(f'{x<y}'
)py",
     R"py(Module(body=[Expr(value=JoinedStr(values=[FormattedValue(value=Compare(left=Name(id='x', ctx=Load(), lineno=1, col_offset=3, end_lineno=1, end_col_offset=4), ops=[Lt()], comparators=[Name(id='y', ctx=Load(), lineno=1, col_offset=5, end_lineno=1, end_col_offset=6)], lineno=1, col_offset=3, end_lineno=1, end_col_offset=6), conversion=-1, lineno=1, col_offset=0, end_lineno=1, end_col_offset=8)], lineno=1, col_offset=0, end_lineno=1, end_col_offset=8), lineno=1, col_offset=0, end_lineno=1, end_col_offset=8)], type_ignores=[]))py"},
    {R"py(f'{x > y}'
)py",
     R"py(Module(body=[Expr(value=JoinedStr(values=[FormattedValue(value=Compare(left=Name(id='x', ctx=Load(), lineno=1, col_offset=3, end_lineno=1, end_col_offset=4), ops=[Gt()], comparators=[Name(id='y', ctx=Load(), lineno=1, col_offset=7, end_lineno=1, end_col_offset=8)], lineno=1, col_offset=3, end_lineno=1, end_col_offset=8), conversion=-1, lineno=1, col_offset=0, end_lineno=1, end_col_offset=10)], lineno=1, col_offset=0, end_lineno=1, end_col_offset=10), lineno=1, col_offset=0, end_lineno=1, end_col_offset=10)], type_ignores=[]))py"},
    {R"py(f'{x != y}'
)py",
     R"py(Module(body=[Expr(value=JoinedStr(values=[FormattedValue(value=Compare(left=Name(id='x', ctx=Load(), lineno=1, col_offset=3, end_lineno=1, end_col_offset=4), ops=[NotEq()], comparators=[Name(id='y', ctx=Load(), lineno=1, col_offset=8, end_lineno=1, end_col_offset=9)], lineno=1, col_offset=3, end_lineno=1, end_col_offset=9), conversion=-1, lineno=1, col_offset=0, end_lineno=1, end_col_offset=11)], lineno=1, col_offset=0, end_lineno=1, end_col_offset=11), lineno=1, col_offset=0, end_lineno=1, end_col_offset=11)], type_ignores=[]))py"},
    {R"py(f'{x == y}'
)py",
     R"py(Module(body=[Expr(value=JoinedStr(values=[FormattedValue(value=Compare(left=Name(id='x', ctx=Load(), lineno=1, col_offset=3, end_lineno=1, end_col_offset=4), ops=[Eq()], comparators=[Name(id='y', ctx=Load(), lineno=1, col_offset=8, end_lineno=1, end_col_offset=9)], lineno=1, col_offset=3, end_lineno=1, end_col_offset=9), conversion=-1, lineno=1, col_offset=0, end_lineno=1, end_col_offset=11)], lineno=1, col_offset=0, end_lineno=1, end_col_offset=11), lineno=1, col_offset=0, end_lineno=1, end_col_offset=11)], type_ignores=[]))py"},
    {R"py(f'{x >= y}'
)py",
     R"py(Module(body=[Expr(value=JoinedStr(values=[FormattedValue(value=Compare(left=Name(id='x', ctx=Load(), lineno=1, col_offset=3, end_lineno=1, end_col_offset=4), ops=[GtE()], comparators=[Name(id='y', ctx=Load(), lineno=1, col_offset=8, end_lineno=1, end_col_offset=9)], lineno=1, col_offset=3, end_lineno=1, end_col_offset=9), conversion=-1, lineno=1, col_offset=0, end_lineno=1, end_col_offset=11)], lineno=1, col_offset=0, end_lineno=1, end_col_offset=11), lineno=1, col_offset=0, end_lineno=1, end_col_offset=11)], type_ignores=[]))py"},
    {R"py(f'{x <= y}'
)py",
     R"py(Module(body=[Expr(value=JoinedStr(values=[FormattedValue(value=Compare(left=Name(id='x', ctx=Load(), lineno=1, col_offset=3, end_lineno=1, end_col_offset=4), ops=[LtE()], comparators=[Name(id='y', ctx=Load(), lineno=1, col_offset=8, end_lineno=1, end_col_offset=9)], lineno=1, col_offset=3, end_lineno=1, end_col_offset=9), conversion=-1, lineno=1, col_offset=0, end_lineno=1, end_col_offset=11)], lineno=1, col_offset=0, end_lineno=1, end_col_offset=11), lineno=1, col_offset=0, end_lineno=1, end_col_offset=11)], type_ignores=[]))py"},
    {R"py(f'{x=<5}'
)py",
     R"py(SyntaxError: f-string: expecting '}' (1:9))py"},
    {R"py(f'{x!r:^20}' 'abc' "def"
)py",
     R"py(Module(body=[Expr(value=JoinedStr(values=[FormattedValue(value=Name(id='x', ctx=Load(), lineno=1, col_offset=3, end_lineno=1, end_col_offset=4), conversion=114, format_spec=JoinedStr(values=[Constant(value='^20', lineno=1, col_offset=0, end_lineno=1, end_col_offset=12)], lineno=1, col_offset=0, end_lineno=1, end_col_offset=12), lineno=1, col_offset=0, end_lineno=1, end_col_offset=24), Constant(value='abcdef', lineno=1, col_offset=0, end_lineno=1, end_col_offset=24)], lineno=1, col_offset=0, end_lineno=1, end_col_offset=24), lineno=1, col_offset=0, end_lineno=1, end_col_offset=24)], type_ignores=[]))py"},
    {R"py(f'{"a" if x else "b"}'
)py",
     R"py(Module(body=[Expr(value=JoinedStr(values=[FormattedValue(value=IfExp(test=Name(id='x', ctx=Load(), lineno=1, col_offset=10, end_lineno=1, end_col_offset=11), body=Constant(value='a', lineno=1, col_offset=3, end_lineno=1, end_col_offset=6), orelse=Constant(value='b', lineno=1, col_offset=17, end_lineno=1, end_col_offset=20), lineno=1, col_offset=3, end_lineno=1, end_col_offset=20), conversion=-1, lineno=1, col_offset=0, end_lineno=1, end_col_offset=22)], lineno=1, col_offset=0, end_lineno=1, end_col_offset=22), lineno=1, col_offset=0, end_lineno=1, end_col_offset=22)], type_ignores=[]))py"},
    {R"py(f'{x for x in y}'
)py",
     R"py(Module(body=[Expr(value=JoinedStr(values=[FormattedValue(value=GeneratorExp(elt=Name(id='x', ctx=Load(), lineno=1, col_offset=3, end_lineno=1, end_col_offset=4), generators=[comprehension(target=Name(id='x', ctx=Store(), lineno=1, col_offset=9, end_lineno=1, end_col_offset=10), iter=Name(id='y', ctx=Load(), lineno=1, col_offset=14, end_lineno=1, end_col_offset=15), ifs=[], is_async=0)], lineno=1, col_offset=2, end_lineno=1, end_col_offset=16), conversion=-1, lineno=1, col_offset=0, end_lineno=1, end_col_offset=17)], lineno=1, col_offset=0, end_lineno=1, end_col_offset=17), lineno=1, col_offset=0, end_lineno=1, end_col_offset=17)], type_ignores=[]))py"},
    {R"py(f'{(x for x in y)}'
)py",
     R"py(Module(body=[Expr(value=JoinedStr(values=[FormattedValue(value=GeneratorExp(elt=Name(id='x', ctx=Load(), lineno=1, col_offset=4, end_lineno=1, end_col_offset=5), generators=[comprehension(target=Name(id='x', ctx=Store(), lineno=1, col_offset=10, end_lineno=1, end_col_offset=11), iter=Name(id='y', ctx=Load(), lineno=1, col_offset=15, end_lineno=1, end_col_offset=16), ifs=[], is_async=0)], lineno=1, col_offset=3, end_lineno=1, end_col_offset=17), conversion=-1, lineno=1, col_offset=0, end_lineno=1, end_col_offset=19)], lineno=1, col_offset=0, end_lineno=1, end_col_offset=19), lineno=1, col_offset=0, end_lineno=1, end_col_offset=19)], type_ignores=[]))py"},
    {R"py(F'{x}'
)py",
     R"py(Module(body=[Expr(value=JoinedStr(values=[FormattedValue(value=Name(id='x', ctx=Load(), lineno=1, col_offset=3, end_lineno=1, end_col_offset=4), conversion=-1, lineno=1, col_offset=0, end_lineno=1, end_col_offset=6)], lineno=1, col_offset=0, end_lineno=1, end_col_offset=6), lineno=1, col_offset=0, end_lineno=1, end_col_offset=6)], type_ignores=[]))py"},
    {R"py(Rf'{x}\d'
)py",
     R"py(Module(body=[Expr(value=JoinedStr(values=[FormattedValue(value=Name(id='x', ctx=Load(), lineno=1, col_offset=4, end_lineno=1, end_col_offset=5), conversion=-1, lineno=1, col_offset=0, end_lineno=1, end_col_offset=9), Constant(value='\\d', lineno=1, col_offset=0, end_lineno=1, end_col_offset=9)], lineno=1, col_offset=0, end_lineno=1, end_col_offset=9), lineno=1, col_offset=0, end_lineno=1, end_col_offset=9)], type_ignores=[]))py"},
    {R"py(f'{x:%Y-%m-%d}'
)py",
     R"py(Module(body=[Expr(value=JoinedStr(values=[FormattedValue(value=Name(id='x', ctx=Load(), lineno=1, col_offset=3, end_lineno=1, end_col_offset=4), conversion=-1, format_spec=JoinedStr(values=[Constant(value='%Y-%m-%d', lineno=1, col_offset=0, end_lineno=1, end_col_offset=15)], lineno=1, col_offset=0, end_lineno=1, end_col_offset=15), lineno=1, col_offset=0, end_lineno=1, end_col_offset=15)], lineno=1, col_offset=0, end_lineno=1, end_col_offset=15), lineno=1, col_offset=0, end_lineno=1, end_col_offset=15)], type_ignores=[]))py"},
    {R"py(f'{x:{y}.{z}f}'
)py",
     R"py(Module(body=[Expr(value=JoinedStr(values=[FormattedValue(value=Name(id='x', ctx=Load(), lineno=1, col_offset=3, end_lineno=1, end_col_offset=4), conversion=-1, format_spec=JoinedStr(values=[FormattedValue(value=Name(id='y', ctx=Load(), lineno=1, col_offset=6, end_lineno=1, end_col_offset=7), conversion=-1, lineno=1, col_offset=0, end_lineno=1, end_col_offset=15), Constant(value='.', lineno=1, col_offset=0, end_lineno=1, end_col_offset=15), FormattedValue(value=Name(id='z', ctx=Load(), lineno=1, col_offset=10, end_lineno=1, end_col_offset=11), conversion=-1, lineno=1, col_offset=0, end_lineno=1, end_col_offset=15), Constant(value='f', lineno=1, col_offset=0, end_lineno=1, end_col_offset=15)], lineno=1, col_offset=0, end_lineno=1, end_col_offset=15), lineno=1, col_offset=0, end_lineno=1, end_col_offset=15)], lineno=1, col_offset=0, end_lineno=1, end_col_offset=15), lineno=1, col_offset=0, end_lineno=1, end_col_offset=15)], type_ignores=[]))py"},
    {R"py(f'{0!r:>{w}}'
)py",
     R"py(Module(body=[Expr(value=JoinedStr(values=[FormattedValue(value=Constant(value=0, lineno=1, col_offset=3, end_lineno=1, end_col_offset=4), conversion=114, format_spec=JoinedStr(values=[Constant(value='>', lineno=1, col_offset=0, end_lineno=1, end_col_offset=13), FormattedValue(value=Name(id='w', ctx=Load(), lineno=1, col_offset=9, end_lineno=1, end_col_offset=10), conversion=-1, lineno=1, col_offset=0, end_lineno=1, end_col_offset=13)], lineno=1, col_offset=0, end_lineno=1, end_col_offset=13), lineno=1, col_offset=0, end_lineno=1, end_col_offset=13)], lineno=1, col_offset=0, end_lineno=1, end_col_offset=13), lineno=1, col_offset=0, end_lineno=1, end_col_offset=13)], type_ignores=[]))py"},
    {R"py(f'{{}} {x}'
)py",
     R"py(Module(body=[Expr(value=JoinedStr(values=[Constant(value='{} ', lineno=1, col_offset=0, end_lineno=1, end_col_offset=11), FormattedValue(value=Name(id='x', ctx=Load(), lineno=1, col_offset=8, end_lineno=1, end_col_offset=9), conversion=-1, lineno=1, col_offset=0, end_lineno=1, end_col_offset=11)], lineno=1, col_offset=0, end_lineno=1, end_col_offset=11), lineno=1, col_offset=0, end_lineno=1, end_col_offset=11)], type_ignores=[]))py"},
    {R"py(f'\''
)py",
     R"py(Module(body=[Expr(value=JoinedStr(values=[Constant(value="'", lineno=1, col_offset=0, end_lineno=1, end_col_offset=5)], lineno=1, col_offset=0, end_lineno=1, end_col_offset=5), lineno=1, col_offset=0, end_lineno=1, end_col_offset=5)], type_ignores=[]))py"},
    {R"py(f"\"{x}\""
)py",
     R"py(Module(body=[Expr(value=JoinedStr(values=[Constant(value='"', lineno=1, col_offset=0, end_lineno=1, end_col_offset=10), FormattedValue(value=Name(id='x', ctx=Load(), lineno=1, col_offset=5, end_lineno=1, end_col_offset=6), conversion=-1, lineno=1, col_offset=0, end_lineno=1, end_col_offset=10), Constant(value='"', lineno=1, col_offset=0, end_lineno=1, end_col_offset=10)], lineno=1, col_offset=0, end_lineno=1, end_col_offset=10), lineno=1, col_offset=0, end_lineno=1, end_col_offset=10)], type_ignores=[]))py"},
    {R"py(f'{x!s:}'
)py",
     R"py(Module(body=[Expr(value=JoinedStr(values=[FormattedValue(value=Name(id='x', ctx=Load(), lineno=1, col_offset=3, end_lineno=1, end_col_offset=4), conversion=115, format_spec=JoinedStr(values=[], lineno=1, col_offset=0, end_lineno=1, end_col_offset=9), lineno=1, col_offset=0, end_lineno=1, end_col_offset=9)], lineno=1, col_offset=0, end_lineno=1, end_col_offset=9), lineno=1, col_offset=0, end_lineno=1, end_col_offset=9)], type_ignores=[]))py"},
};

TEST(Parser, FStringsMatchCPython) {
    for (const Case& c : kFStrings) {
        std::string got = parse_dump(c.src, ParseMode::File, true);
        EXPECT_EQ(got, c.expected) << "source: " << c.src;
    }
}

TEST(Parser, Positions) {
    EXPECT_EQ(parse_dump("x = (a + b) * c\n", ParseMode::File, true),
              "Module(body=[Assign(targets=[Name(id='x', ctx=Store(), lineno=1, col_offset=0, end_lineno=1, "
              "end_col_offset=1)], value=BinOp(left=BinOp(left=Name(id='a', ctx=Load(), lineno=1, col_offset=5, "
              "end_lineno=1, end_col_offset=6), op=Add(), right=Name(id='b', ctx=Load(), lineno=1, col_offset=9, "
              "end_lineno=1, end_col_offset=10), lineno=1, col_offset=5, end_lineno=1, end_col_offset=10), "
              "op=Mult(), right=Name(id='c', ctx=Load(), lineno=1, col_offset=14, end_lineno=1, end_col_offset=15), "
              "lineno=1, col_offset=4, end_lineno=1, end_col_offset=15), lineno=1, col_offset=0, end_lineno=1, "
              "end_col_offset=15)], type_ignores=[])");
    // Decorated definitions start at `def`; compound statements end at their last token (here the ';').
    std::string d = parse_dump("@dec\ndef f():\n    return 1;\n", ParseMode::File, true);
    EXPECT_NE(d.find("decorator_list=[Name(id='dec', ctx=Load(), lineno=1, col_offset=1, end_lineno=1, "
                     "end_col_offset=4)], lineno=2, col_offset=0, end_lineno=3, end_col_offset=13)"),
              std::string::npos)
        << d;
    // f-string parts take the whole literal's position; the expression inside keeps its own.
    d = parse_dump("x = f'a{b}'\n", ParseMode::File, true);
    EXPECT_NE(d.find("FormattedValue(value=Name(id='b', ctx=Load(), lineno=1, col_offset=8, end_lineno=1, "
                     "end_col_offset=9), conversion=-1, lineno=1, col_offset=4, end_lineno=1, end_col_offset=11)"),
              std::string::npos)
        << d;
    // Multi-line string: end position on the last line.
    d = parse_dump("x = '''a\nbc'''\n", ParseMode::File, true);
    EXPECT_NE(d.find("Constant(value='a\\nbc', lineno=1, col_offset=4, end_lineno=2, end_col_offset=5)"),
              std::string::npos)
        << d;
    // Columns are byte offsets.
    d = parse_dump("\xc3\xa9 = 1\n", ParseMode::File, true);
    EXPECT_NE(d.find("Name(id='\xc3\xa9', ctx=Store(), lineno=1, col_offset=0, end_lineno=1, end_col_offset=2)"),
              std::string::npos)
        << d;
}

TEST(Parser, Modes) {
    EXPECT_EQ(parse_dump("1 + 2", ParseMode::Eval),
              "Module(body=[Expr(value=BinOp(left=Constant(value=1), op=Add(), right=Constant(value=2)))], "
              "type_ignores=[])");
    EXPECT_EQ(parse_dump("a, *b\n\n", ParseMode::Eval),
              "Module(body=[Expr(value=Tuple(elts=[Name(id='a', ctx=Load()), Starred(value=Name(id='b', "
              "ctx=Load()), ctx=Load())], ctx=Load()))], type_ignores=[])");
    EXPECT_EQ(parse_dump("x = 1", ParseMode::Eval), "SyntaxError: invalid syntax (1:2)");
    EXPECT_EQ(parse_dump("", ParseMode::Eval), "SyntaxError: invalid syntax (1:0)");
    EXPECT_EQ(parse_dump("x = 1\n", ParseMode::Single),
              "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Constant(value=1))], type_ignores=[])");
    EXPECT_EQ(parse_dump("if x:\n    y\n\n", ParseMode::Single),
              "Module(body=[If(test=Name(id='x', ctx=Load()), body=[Expr(value=Name(id='y', ctx=Load()))], "
              "orelse=[])], type_ignores=[])");
    EXPECT_EQ(parse_dump("x = 1; y = 2\n", ParseMode::Single),
              "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Constant(value=1)), "
              "Assign(targets=[Name(id='y', ctx=Store())], value=Constant(value=2))], type_ignores=[])");
    EXPECT_EQ(parse_dump("x = 1\ny = 2\n", ParseMode::Single),
              "SyntaxError: multiple statements found while compiling a single statement (1:5)");
    EXPECT_EQ(parse_dump("", ParseMode::Single), "Module(body=[], type_ignores=[])");
    EXPECT_EQ(parse_dump(""), "Module(body=[], type_ignores=[])");
    EXPECT_EQ(parse_dump("\n\n# only a comment\n   \n"), "Module(body=[], type_ignores=[])");
}

ast::Constant* first_constant(ast::Module* m) {
    return static_cast<ast::Constant*>(static_cast<ast::ExprStmt*>(m->body[0])->value);
}

TEST(Parser, Literals) {
    Arena arena;
    SyntaxErrorInfo err;
    ast::Module* m = parse(arena, "0x1_0000_0000_0000_0000\n", ParseMode::File, &err);
    ASSERT_NE(m, nullptr);
    EXPECT_EQ(first_constant(m)->ckind, ast::ConstKind::BigInt);
    EXPECT_EQ(first_constant(m)->s, "10000000000000000");
    EXPECT_EQ(first_constant(m)->base, 16);
    m = parse(arena, "9223372036854775807\n", ParseMode::File, &err);
    ASSERT_NE(m, nullptr);
    EXPECT_EQ(first_constant(m)->ckind, ast::ConstKind::Int);
    EXPECT_EQ(first_constant(m)->i, INT64_MAX);
    m = parse(arena, "0b10_01\n", ParseMode::File, &err);
    ASSERT_NE(m, nullptr);
    EXPECT_EQ(first_constant(m)->i, 9);
    m = parse(arena, "1_0.2_5e1_0j\n", ParseMode::File, &err);
    ASSERT_NE(m, nullptr);
    EXPECT_EQ(first_constant(m)->ckind, ast::ConstKind::Imag);
    EXPECT_EQ(first_constant(m)->f, 10.25e10);
    m = parse(arena, "'x\\0y'\n", ParseMode::File, &err);
    ASSERT_NE(m, nullptr);
    EXPECT_EQ(first_constant(m)->s, std::string_view("x\0y", 3));
    m = parse(arena, "'''a\r\nb'''\r\n", ParseMode::File, &err);
    ASSERT_NE(m, nullptr);
    EXPECT_EQ(first_constant(m)->s, "a\nb");
    m = parse(arena, "b'\\xff\\x00'\n", ParseMode::File, &err);
    ASSERT_NE(m, nullptr);
    EXPECT_EQ(first_constant(m)->ckind, ast::ConstKind::Bytes);
    EXPECT_EQ(first_constant(m)->s, std::string_view("\xff\0", 2));
    EXPECT_EQ(parse_dump("x = '\\N{no such name}'\n"),
              "SyntaxError: (unicode error) 'unicodeescape' codec can't decode bytes in position 0-15: unknown "
              "Unicode character name (1:22)");
    EXPECT_EQ(parse_dump("x = '\\N{latin small letter e with acute}'\n"),
              "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Constant(value='\xc3\xa9'))], "
              "type_ignores=[])");
}

TEST(Parser, SourceChecks) {
    EXPECT_EQ(parse_dump(std::string_view("x = 1\0\n", 7)), "SyntaxError: source code cannot contain null bytes (1:5)");
    EXPECT_EQ(parse_dump("x = '\xff'\n"),
              "SyntaxError: (unicode error) 'utf-8' codec can't decode byte 0xff in position 5: invalid start byte "
              "(1:5)");
    EXPECT_EQ(parse_dump("\xEF\xBB\xBFx = 1\n"),
              "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Constant(value=1))], type_ignores=[])");
    EXPECT_EQ(parse_dump("x = 1\r\ny = 2\r\n"),
              "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Constant(value=1)), "
              "Assign(targets=[Name(id='y', ctx=Store())], value=Constant(value=2))], type_ignores=[])");
    EXPECT_EQ(parse_dump("x = \xc2\xa0\n"), "SyntaxError: invalid non-printable character U+00A0 (1:4)");
    EXPECT_EQ(parse_dump("x = \x01\n"), "SyntaxError: invalid non-printable character U+0001 (1:4)");
    EXPECT_EQ(parse_dump("x = \xe2\x82\xac\n"), "SyntaxError: invalid character '\xe2\x82\xac' (U+20AC) (1:4)");
}

TEST(Parser, Incomplete) {
    struct {
        const char* src;
        bool incomplete;
    } cases[] = {
        {"x = (1,\n", true},
        {"foo(\n", true},
        {"x = '''abc\n", true},
        {"x = 1 + \\\n", true},
        {"if x:\n", true},
        {"def f():\n", true},
        {"class A:\n    def f(self):\n", true},
        {"try:\n    pass\n", true},
        {"@dec\n", true},
        {"x = 1 +\n", false},
        {"x = 'abc\n", false},
        {"x = )\n", false},
        {"if x\n", false},
        {"1abc\n", false},
    };
    for (auto& c : cases) {
        SyntaxErrorInfo e = parse_error(c.src, ParseMode::Single);
        EXPECT_EQ(e.incomplete, c.incomplete) << c.src << " -> " << e.message;
    }
}

TEST(Parser, DeepNesting) {
    // Nesting beyond the limits is a SyntaxError, never a crash.
    std::string deep(1000, '(');
    EXPECT_EQ(parse_dump(deep + "1" + std::string(1000, ')') + "\n"),
              "SyntaxError: too many nested parentheses (1:200)");
    std::string lists(150, '[');
    EXPECT_EQ(parse_dump(lists + std::string(150, ']') + "\n").substr(0, 7), "Module(");
    std::string minus(100000, '-');
    EXPECT_EQ(parse_dump(minus + "1\n").substr(0, 40), "SyntaxError: too many nested parentheses");
    std::string nots;
    for (int i = 0; i < 10000; i++) nots += "not ";
    EXPECT_EQ(parse_dump(nots + "x\n").substr(0, 40), "SyntaxError: too many nested parentheses");
    std::string lambdas;
    for (int i = 0; i < 10000; i++) lambdas += "lambda: ";
    EXPECT_EQ(parse_dump(lambdas + "x\n").substr(0, 40), "SyntaxError: too many nested parentheses");
    std::string powers = "x";
    for (int i = 0; i < 10000; i++) powers += "**x";
    EXPECT_EQ(parse_dump(powers + "\n").substr(0, 40), "SyntaxError: too many nested parentheses");
    std::string ifs = "x";
    for (int i = 0; i < 10000; i++) ifs += " if x else x";
    EXPECT_EQ(parse_dump(ifs + "\n").substr(0, 40), "SyntaxError: too many nested parentheses");
    std::string fstr = "f'{";
    for (int i = 0; i < 5000; i++) fstr += "(";
    EXPECT_EQ(parse_dump(fstr + "}'\n").substr(0, 21), "SyntaxError: f-string");
    // Left-nested chains make deep trees without parser recursion; the tree depth is bounded too, near where
    // CPython's compiler gives up.
    std::string chain = "x";
    for (int i = 0; i < 2000; i++) chain += " + x";
    EXPECT_EQ(parse_dump(chain + "\n").substr(0, 7), "Module(");
    for (int i = 0; i < 100000; i++) chain += " + x";
    EXPECT_EQ(parse_dump(chain + "\n").substr(0, 35), "SyntaxError: expression too complex");
    std::string attrs = "x";
    for (int i = 0; i < 100000; i++) attrs += ".a";
    EXPECT_EQ(parse_dump(attrs + "\n").substr(0, 35), "SyntaxError: expression too complex");
    std::string calls = "x";
    for (int i = 0; i < 100000; i++) calls += "()";
    EXPECT_EQ(parse_dump(calls + "\n").substr(0, 35), "SyntaxError: expression too complex");
    std::string elifs = "if x: pass\n";
    for (int i = 0; i < 1000; i++) elifs += "elif x: pass\n";
    EXPECT_EQ(parse_dump(elifs).substr(0, 7), "Module(");
    for (int i = 0; i < 100000; i++) elifs += "elif x: pass\n";
    EXPECT_EQ(parse_dump(elifs).substr(0, 35), "SyntaxError: expression too complex");
    // Flat sequences are fine at any length.
    std::string items = "[";
    for (int i = 0; i < 100000; i++) items += "x, ";
    EXPECT_EQ(parse_dump(items + "]\n").substr(0, 7), "Module(");
    std::string bools = "x";
    for (int i = 0; i < 100000; i++) bools += " and x";
    EXPECT_EQ(parse_dump(bools + "\n").substr(0, 7), "Module(");
    std::string stmts;
    for (int i = 0; i < 100000; i++) stmts += "x = 1\n";
    EXPECT_EQ(parse_dump(stmts).substr(0, 7), "Module(");
    // Indentation depth.
    std::string blocks;
    for (int i = 0; i < 150; i++) blocks += std::string(i, ' ') + "if x:\n";
    blocks += std::string(150, ' ') + "pass\n";
    EXPECT_EQ(parse_dump(blocks), "IndentationError: too many levels of indentation (101:0)");
}

TEST(Parser, NoExponentialErrorAnalysis) {
    // Error analysis re-parses speculatively; nested failures must not multiply (found by fuzzing).
    std::string src = "print x*(print x(print x.\n";
    for (int i = 0; i < 60; i++) src += "ot({ oo*(print x(print x.\n";
    EXPECT_EQ(parse_dump(src), "SyntaxError: too many nested parentheses (51:8)");  // as CPython
    std::string calls;
    for (int i = 0; i < 150; i++) calls += "f(a b ";
    EXPECT_EQ(parse_dump(calls + "\n"), "SyntaxError: invalid syntax. Perhaps you forgot a comma? (1:2)");
    src = "print x*(print x(print x.\n";
    for (int i = 0; i < 20; i++) src += "ot({ oo*(print x(print x.\n";
    EXPECT_EQ(parse_dump(src), "SyntaxError: Missing parentheses in call to 'print'. Did you mean print(...)? (1:0)");
}

TEST(Parser, SourceEncodings) {
    // Latin-1 sources are converted to UTF-8; columns are then UTF-8 byte offsets, as in CPython.
    EXPECT_EQ(parse_dump("# -*- coding: latin-1 -*-\nx = '\xe9'\n"),
              "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Constant(value='\xc3\xa9'))], "
              "type_ignores=[])");
    EXPECT_EQ(parse_dump("#!/usr/bin/env python\n# vim: set fileencoding=iso-8859-1 :\n\xe9 = 1\n"),
              "Module(body=[Assign(targets=[Name(id='\xc3\xa9', ctx=Store())], value=Constant(value=1))], "
              "type_ignores=[])");
    EXPECT_EQ(parse_dump("# coding: utf-8\nx = '\xc3\xa9'\n"),
              "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Constant(value='\xc3\xa9'))], "
              "type_ignores=[])");
    // Other encodings: fine while the source is ASCII.
    EXPECT_EQ(parse_dump("# -*- coding: cp1252 -*-\nx = 1\n"),
              "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Constant(value=1))], type_ignores=[])");
    EXPECT_EQ(parse_dump("# -*- coding: koi8-r -*-\nx = '\xf0'\n"),
              "SyntaxError: encoding problem: koi8-r (only UTF-8 and Latin-1 sources are supported) (0:0)");
    EXPECT_EQ(parse_dump("\xef\xbb\xbf# coding: latin-1\nx = 1\n"),
              "SyntaxError: encoding problem: latin-1 with BOM (0:0)");
    // Only lines 1 and 2 count, and line 2 only after a comment or blank line.
    EXPECT_EQ(parse_dump("x = 1\n# coding: latin-1\ny = '\xe9'\n").substr(0, 40), "SyntaxError: (unicode error) 'utf-8' cod");
}

TEST(Parser, SoftKeywords) {
    EXPECT_EQ(parse_dump("match(x)\n"), "Module(body=[Expr(value=Call(func=Name(id='match', ctx=Load()), "
                                        "args=[Name(id='x', ctx=Load())], keywords=[]))], type_ignores=[])");
    EXPECT_EQ(parse_dump("match x:\n    case _:\n        pass\n"),
              "Module(body=[Match(subject=Name(id='x', ctx=Load()), cases=[match_case(pattern=MatchAs(), "
              "body=[Pass()])])], type_ignores=[])");
    EXPECT_EQ(parse_dump("_ = case = match = 1\n"),
              "Module(body=[Assign(targets=[Name(id='_', ctx=Store()), Name(id='case', ctx=Store()), "
              "Name(id='match', ctx=Store())], value=Constant(value=1))], type_ignores=[])");
}

}  // namespace
}  // namespace pyco
