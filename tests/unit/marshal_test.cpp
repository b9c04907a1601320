// Code objects to bytes and back (vm/marshal.h): round trips of varied code, and malformed data rejected with
// a ValueError, never a crash or a read outside the data.
#include <gtest/gtest.h>

#include <algorithm>
#include <cstring>
#include <string>

#include "modules/frozen.h"
#include "test_support.h"
#include "vm/linetable.h"
#include "vm/marshal.h"
#include "vm/opcodes.h"

namespace pyco {

class Marshal : public InterpreterTest {
protected:
    Code* compile(const std::string& src) {
        R<Code*> c = compile_source(*vm, src, new_str(*vm, "t.py").take(), ParseMode::File);
        EXPECT_FALSE(c.failed());
        return c.failed() ? nullptr : c.take();
    }
    std::string dump(Code* c, bool with_columns = true) {
        std::string out;
        EXPECT_FALSE(marshal_code(*vm, c, &out, with_columns).failed());
        return out;
    }
    Code* load(std::string_view data) {
        R<Code*> c = unmarshal_code(*vm, data, new_str(*vm, "<frozen t>").take());
        return c.failed() ? nullptr : c.take();
    }
    // Structural equality of two code objects (constants compared by type and repr, nested code recursively).
    void expect_same(Code* a, Code* b) {
        ASSERT_NE(a, nullptr);
        ASSERT_NE(b, nullptr);
        EXPECT_EQ(a->name->view(), b->name->view());
        EXPECT_EQ(a->qualname->view(), b->qualname->view());
        EXPECT_EQ(a->argcount, b->argcount);
        EXPECT_EQ(a->posonlyargcount, b->posonlyargcount);
        EXPECT_EQ(a->kwonlyargcount, b->kwonlyargcount);
        EXPECT_EQ(a->flags, b->flags);
        EXPECT_EQ(a->nlocals, b->nlocals);
        EXPECT_EQ(a->stacksize, b->stacksize);
        EXPECT_EQ(a->firstlineno, b->firstlineno);
        ASSERT_EQ(a->ninstr, b->ninstr);
        EXPECT_EQ(std::memcmp(a->code, b->code, sizeof(uint32_t) * a->ninstr), 0);
        for (uint32_t i = 0; i < a->ninstr; i++) {
            Loc la = code_loc(a, i), lb = code_loc(b, i);
            EXPECT_EQ(la.line, lb.line);
            EXPECT_EQ(la.end_line, lb.end_line);
            EXPECT_EQ(la.col, lb.col);
            EXPECT_EQ(la.end_col, lb.end_col);
        }
        EXPECT_EQ(repr_of(val(a->names)), repr_of(val(b->names)));
        EXPECT_EQ(repr_of(val(a->varnames)), repr_of(val(b->varnames)));
        EXPECT_EQ(repr_of(val(a->cellvars)), repr_of(val(b->cellvars)));
        EXPECT_EQ(repr_of(val(a->freevars)), repr_of(val(b->freevars)));
        for (Tuple* t : {b->names, b->varnames, b->cellvars, b->freevars})
            for (uint32_t i = 0; i < t->size; i++) EXPECT_TRUE(as_str(t->items[i])->interned);
        ASSERT_EQ(a->cell2arg == nullptr, b->cell2arg == nullptr);
        if (a->cell2arg) {
            for (uint32_t i = 0; i < a->cellvars->size; i++) EXPECT_EQ(a->cell2arg[i], b->cell2arg[i]);
        }
        ASSERT_EQ(a->consts->size, b->consts->size);
        for (uint32_t i = 0; i < a->consts->size; i++) {
            Value x = a->consts->items[i], y = b->consts->items[i];
            if (is_kind(x, Kind::Code)) {
                ASSERT_TRUE(is_kind(y, Kind::Code));
                expect_same(static_cast<Code*>(x.as_obj()), static_cast<Code*>(y.as_obj()));
                continue;
            }
            EXPECT_EQ(type_of(*vm, x), type_of(*vm, y));
            EXPECT_EQ(repr_of(x), repr_of(y));
            if (is_kind(x, Kind::Str)) {
                EXPECT_EQ(as_str(x)->interned, as_str(y)->interned);
            }
        }
    }
    // Runs a code object as __main__'s code and returns global `result`.
    Value run_code_object(Code* c) {
        Module* m = new_module(*vm, intern(*vm, "__main__").take()).take();
        EXPECT_FALSE(dict_set_str(*vm, m->dict, vm->n___builtins__, dict_get(*vm, vm->modules, val(vm->n_builtins)).take()).failed());
        if (run_code(*vm, c, m->dict, m->dict).failed()) return Value();
        return dict_get_str(m->dict, intern(*vm, "result").take());
    }
    bool raised_value_error() {
        bool ok = !vm->exc.is_null() && exception_matches(*vm, vm->exc, vm->e_ValueError);
        take_exception(*vm);
        return ok;
    }
};

const char* const kVariedSource = R"PY(
import sys
consts = (None, True, False, ..., 0, -1, 7, 2**62, -2**63, 2**64, -(10**40), 123456789012345678901234567890, 0x10000000000000000, -9223372036854775808,
          1.5, -0.0, float('inf'), 1e300, 2j, 1.5j, 'text', 'unicode \u00e9\u4e2d\U0001f600', '', b'', b'\x00\xff bytes',
          (1, 'a', (2.5, b'b')), ())
def f(a, b=2, /, c=3, *args, d, e=5, **kw):
    total = a + b + c + d + e + len(args) + len(kw)
    def inner(x):
        return x + total + a
    return inner(1)
class K:
    attr = 'class attribute'
    def method(self):
        return __class__.__name__ + self.attr
async def coro():
    return 1
def gen(n):
    yield from range(n)
lam = lambda q, *, r=1: q * r
with_kw = dict(alpha=1, beta=2)
try:
    1 / 0
except ZeroDivisionError as exc:
    caught = str(exc)
finally:
    done = True
match consts[4:7]:
    case (0, -1, x):
        matched = x
result = (consts, f(1, d=4), K().method(), list(gen(3)), lam(3, r=2), with_kw, caught, done, matched,
          f.__code__.co_name if hasattr(f, '__code__') else 'f', [c * 2 for c in 'ab'], {k: v for k, v in with_kw.items()},
          f'{consts[12]:>6} {consts[18]!r}')
)PY";

TEST_F(Marshal, RoundTripOfVariedCode) {
    Code* c = compile(kVariedSource);
    ASSERT_NE(c, nullptr);
    std::string bytes = dump(c);
    Code* back = load(bytes);
    expect_same(c, back);
    EXPECT_EQ(back->filename->view(), "<frozen t>");
    EXPECT_EQ(back->source, nullptr);
    // Dumping the loaded code gives the same bytes, and running it the same result as the original.
    EXPECT_EQ(dump(back), bytes);
    std::string expected = repr_of(run_code_object(c));
    EXPECT_EQ(repr_of(run_code_object(back)), expected);
    EXPECT_NE(expected.find("'unicode"), std::string::npos);
}

TEST_F(Marshal, WithoutColumnsKeepsLineNumbers) {
    Code* c = compile(kVariedSource);
    std::string small = dump(c, false);
    EXPECT_LT(small.size(), dump(c, true).size());
    Code* back = load(small);
    ASSERT_NE(back, nullptr);
    ASSERT_EQ(back->ninstr, c->ninstr);
    for (uint32_t i = 0; i < c->ninstr; i++) {
        Loc lb = code_loc(back, i), lc = code_loc(c, i);
        EXPECT_EQ(lb.line, lc.line);
        EXPECT_EQ(lb.end_line, lc.line);
        EXPECT_EQ(lb.col, 0xffff);
        EXPECT_EQ(lb.end_col, 0xffff);
    }
    EXPECT_EQ(dump(back, false), small);
}

TEST_F(Marshal, InternedNamesAreWrittenOnce) {
    Code* c = compile("def f(some_long_name):\n    return some_long_name\ndef g(some_long_name):\n    return some_long_name\n");
    std::string bytes = dump(c);
    size_t first = bytes.find("some_long_name");
    ASSERT_NE(first, std::string::npos);
    EXPECT_EQ(bytes.find("some_long_name", first + 1), std::string::npos);
}

TEST_F(Marshal, UnmarshallableConstantIsAnError) {
    Code* c = compile("x = 1\n");
    Value saved = c->consts->items[0];
    c->consts->items[0] = val(new_list(*vm).take());
    std::string out;
    EXPECT_TRUE(marshal_code(*vm, c, &out).failed());
    EXPECT_TRUE(raised_value_error());
    c->consts->items[0] = saved;
}

TEST_F(Marshal, EveryTruncationIsAValueError) {
    vm->config.gc_stress = false;  // thousands of loads: a collection on each allocation would take many minutes
    std::string bytes = dump(compile(kVariedSource));
    for (size_t n = 0; n < bytes.size(); n++) {
        EXPECT_EQ(load(std::string_view(bytes.data(), n)), nullptr) << n;
        EXPECT_TRUE(raised_value_error()) << n;
    }
    std::string longer = bytes + "x";
    EXPECT_EQ(load(longer), nullptr);
    EXPECT_TRUE(raised_value_error());
}

TEST_F(Marshal, CorruptedBytesNeverCrash) {
    vm->config.gc_stress = false;  // as above
    std::string bytes = dump(compile(kVariedSource));
    // Every byte replaced by a few values: either still well-formed (and then loadable) or a ValueError.
    int rejected = 0;
    for (size_t i = 0; i < bytes.size(); i++) {
        for (uint8_t v : {0x00, 0x01, 0x7f, 0x80, 0xff, 0x28, 0x72}) {
            if (static_cast<uint8_t>(bytes[i]) == v) continue;
            std::string bad = bytes;
            bad[i] = static_cast<char>(v);
            if (!load(bad)) {
                EXPECT_TRUE(raised_value_error()) << i;
                rejected++;
            }
        }
    }
    EXPECT_GT(rejected, 0);
}

TEST_F(Marshal, HandMadeBadInputs) {
    auto rejects = [&](const std::string& data, const char* why) {
        EXPECT_EQ(load(data), nullptr) << why;
        EXPECT_TRUE(raised_value_error()) << why;
    };
    rejects("", "empty");
    rejects("pyc\x02", "wrong version");
    rejects(std::string("pyc\x01", 4) + "N", "not code");
    // A huge count must be refused before any allocation: tuple of names with 2**32-1 entries.
    rejects(std::string("pyc\x01", 4) + "c" + "n\x01" "f" + "\x01" + "\x00\x00\x00\x00\x00\x00" + "(\xff\xff\xff\xff\x0f",
            "huge count");
    // A ten-byte varint that overflows 64 bits.
    rejects(std::string("pyc\x01", 4) + "c" + "r\xff\xff\xff\xff\xff\xff\xff\xff\xff\x7f", "varint overflow");
    // Deep nesting of tuples.
    std::string deep = std::string("pyc\x01", 4) + "c" + "n\x01" "f" + "\x01" + std::string(6, '\0') + "(\x00(\x00(\x00(\x00" +
                       std::string(1, '\0') + "";
    for (int i = 0; i < 1000; i++) deep += "(\x01";
    rejects(deep, "deep nesting");
}

TEST_F(Marshal, BadIndicesAreRejected) {
    // Take a real function-less module and point its first LOAD_CONST past the constants.
    Code* c = compile("x = 1\n");
    ASSERT_NE(c, nullptr);
    std::string bytes = dump(c);
    ASSERT_NE(load(bytes), nullptr);
    // Each kind of index: constant, name, jump target, local (in a function's code), opcode number.
    uint32_t i = 0;
    while (i < c->ninstr && instr_op(c->code[i]) != Op::LOAD_CONST) i++;
    ASSERT_LT(i, c->ninstr);
    uint32_t saved = c->code[i];
    c->code[i] = make_instr(Op::LOAD_CONST, 200);
    EXPECT_EQ(load(dump(c)), nullptr);
    EXPECT_TRUE(raised_value_error());
    for (Op op : {Op::STORE_NAME, Op::JUMP, Op::LOAD_FAST, Op::LOAD_DEREF}) {
        c->code[i] = make_instr(op, 200);
        EXPECT_EQ(load(dump(c)), nullptr) << op_name(op);
        EXPECT_TRUE(raised_value_error());
    }
    c->code[i] = 0xfe;  // no such opcode
    EXPECT_EQ(load(dump(c)), nullptr);
    EXPECT_TRUE(raised_value_error());
    c->code[i] = saved;
    EXPECT_NE(load(dump(c)), nullptr);
    // Code that would run off its end.
    uint32_t last = c->code[c->ninstr - 1];
    c->code[c->ninstr - 1] = make_instr(Op::NOP);
    EXPECT_EQ(load(dump(c)), nullptr);
    EXPECT_TRUE(raised_value_error());
    c->code[c->ninstr - 1] = last;
}

TEST_F(Marshal, FrozenModulesLoadAndRun) {
    // The build freezes lib/ (at least the exception-group helpers); every entry must load.
    ASSERT_GT(kFrozenModuleCount, 0u);
    for (uint32_t i = 0; i < kFrozenModuleCount; i++) {
        R<Code*> c = load_frozen_code(*vm, &kFrozenModules[i]);
        EXPECT_FALSE(c.failed()) << kFrozenModules[i].name;
        if (c.failed()) take_exception(*vm);
        else EXPECT_EQ(c.take()->filename->view(), "<frozen " + std::string(kFrozenModules[i].name) + ">");
    }
}

}  // namespace pyco

namespace pyco {

using FrozenImport = InterpreterTest;

// tests/unit/frozen/ holds the package fpkg, frozen only into the unit tests (beside lib/).
TEST_F(FrozenImport, PackagesSubmodulesAndRelativeImports) {
    EXPECT_EQ(repr_of(run("import fpkg\nresult = (fpkg.NAME, fpkg.double(4), fpkg.sub.double(5))\n")), "('fpkg', 8, 10)");
    EXPECT_EQ(repr_of(run("import fpkg.inner.leaf\nimport fpkg.inner as i\n"
                          "result = (i.VALUE, fpkg.inner.leaf.LEAF, fpkg.__path__, fpkg.__package__,\n"
                          "          i.leaf.__package__, hasattr(fpkg, '__file__'), fpkg.sub.__name__)\n")),
              "(42, 'fpkg.inner.leaf', [], 'fpkg', 'fpkg.inner', False, 'fpkg.sub')");
    EXPECT_EQ(repr_of(run("from fpkg.inner import leaf\nimport sys\nresult = (leaf.LEAF, 'fpkg.inner.leaf' in sys.modules, repr(leaf))\n")),
              "('fpkg.inner.leaf', True, \"<module 'fpkg.inner.leaf' (frozen)>\")");
    EXPECT_TRUE(run("import fpkg.missing\n").is_null());
    EXPECT_TRUE(exception_matches(*vm, vm->exc, vm->e_ModuleNotFoundError));
    take_exception(*vm);
}

TEST_F(FrozenImport, TracebacksNameTheFrozenModule) {
    EXPECT_TRUE(run("import fpkg.sub\nfpkg.sub.fail()\n").is_null());
    ASSERT_TRUE(exception_matches(*vm, vm->exc, vm->e_ZeroDivisionError));
    auto* e = static_cast<Exception*>(vm->exc.as_obj());
    std::string files;
    for (Traceback* tb = e->traceback; tb; tb = tb->next) files += std::string(tb->code->filename->view()) + ";";
    EXPECT_EQ(files, "<test>;<frozen fpkg.sub>;");
    take_exception(*vm);
}

TEST_F(FrozenImport, FrozenNamesAreListedAsBuiltIn) {
    std::vector<std::string> names = builtin_module_names();
    for (const char* n : {"heapq", "fpkg", "fpkg.sub", "math"})
        EXPECT_NE(std::find(names.begin(), names.end(), n), names.end()) << n;
}

}  // namespace pyco
