// re_engine_test.cpp - unit tests for the `re` engine (parser errors, matching, limits) without an interpreter;
// expected spans and messages were checked with CPython 3.11's re.
#include "modules/re_engine.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace pyco::re {
namespace {

std::vector<uint32_t> U(const std::string& ascii) { return std::vector<uint32_t>(ascii.begin(), ascii.end()); }

// Runs pattern on subject (ASCII) in `mode`; returns the slots, or {} when there is no match.
std::vector<int64_t> MatchSpans(const std::string& pattern, const std::string& subject, Mode mode = Mode::Search,
                         Outcome* outcome = nullptr, int flags = 0) {
    Compiled c;
    CompileError err;
    EXPECT_TRUE(compile(U(pattern), true, flags, &c, &err)) << pattern << ": " << err.msg;
    EXPECT_TRUE(valid_code(c.code.data(), c.code.size()));
    Matcher* m = new_matcher(c.code.data(), c.code.size(), static_cast<int64_t>(subject.size()));
    std::vector<int64_t> slots;
    Outcome o = run(m, reinterpret_cast<const uint8_t*>(subject.data()), 0, mode, false, &slots);
    free_matcher(m);
    if (outcome) *outcome = o;
    if (o != Outcome::Match) return {};
    slots.pop_back();  // lastindex
    return slots;
}

CompileError Error(const std::string& pattern) {
    Compiled c;
    CompileError err;
    EXPECT_FALSE(compile(U(pattern), true, 0, &c, &err)) << pattern;
    return err;
}

TEST(ReEngine, Spans) {
    EXPECT_EQ(MatchSpans("a+", "xaaay"), (std::vector<int64_t>{1, 4}));
    EXPECT_EQ(MatchSpans("(a)(b)?", "ac"), (std::vector<int64_t>{0, 1, 0, 1, -1, -1}));
    EXPECT_EQ(MatchSpans("(a|ab)(c|bcd)(d*)", "abcd"), (std::vector<int64_t>{0, 4, 0, 1, 1, 4, 4, 4}));
    EXPECT_EQ(MatchSpans("a|ab", "ab", Mode::FullMatch), (std::vector<int64_t>{0, 2}));
    EXPECT_EQ(MatchSpans("(?<=a)b", "ab"), (std::vector<int64_t>{1, 2}));
    EXPECT_EQ(MatchSpans("(\\w)\\1", "hello"), (std::vector<int64_t>{2, 4, 2, 3}));
    EXPECT_EQ(MatchSpans("x{2,3}?", "xxxx"), (std::vector<int64_t>{0, 2}));
    EXPECT_TRUE(MatchSpans("b", "ab", Mode::Match).empty());
}

TEST(ReEngine, Errors) {
    CompileError e = Error("(a");
    EXPECT_EQ(e.msg, "missing ), unterminated subpattern");
    EXPECT_EQ(e.pos, 0);
    e = Error("a**");
    EXPECT_EQ(e.msg, "multiple repeat");
    EXPECT_EQ(e.pos, 2);
    e = Error("*");
    EXPECT_EQ(e.msg, "nothing to repeat");
    EXPECT_EQ(e.pos, 0);
    e = Error("(?<=a+)");
    EXPECT_EQ(e.msg, "look-behind requires fixed-width pattern");
    EXPECT_EQ(e.pos, -1);
    e = Error("a{99999999999}");
    EXPECT_TRUE(e.overflow);
}

TEST(ReEngine, PathologicalPatternsAreFast) {
    std::string a40(40, 'a'), x50(50, 'x');
    Outcome o;
    EXPECT_TRUE(MatchSpans("(a*)*b", a40, Mode::Search, &o).empty());
    EXPECT_EQ(o, Outcome::NoMatch);
    EXPECT_TRUE(MatchSpans("(a|aa)*c", a40, Mode::Search, &o).empty());
    EXPECT_EQ(o, Outcome::NoMatch);
    EXPECT_TRUE(MatchSpans("(x+x+)+y", x50, Mode::Search, &o).empty());
    EXPECT_EQ(o, Outcome::NoMatch);
    // with a backreference there is no memoisation: the step budget ends the search
    MatchSpans("(a*)*\\1b", a40, Mode::Search, &o);
    EXPECT_EQ(o, Outcome::StepLimit);
}

TEST(ReEngine, RejectsMalformedCode) {
    Compiled c;
    CompileError err;
    ASSERT_TRUE(compile(U("(a|b)*c"), true, 0, &c, &err));
    std::vector<int32_t> code = c.code;
    EXPECT_TRUE(valid_code(code.data(), code.size()));
    std::vector<int32_t> into_operand = c.code;
    into_operand[6 + 1] = 1;  // the first instruction is a SPLIT (4 words): target its own operand
    EXPECT_FALSE(valid_code(into_operand.data(), into_operand.size()));
    code[code.size() - 1] = 99;  // no MATCH at the end / unknown opcode
    EXPECT_FALSE(valid_code(code.data(), code.size()));
    EXPECT_FALSE(valid_code(code.data(), 3));
}

}  // namespace
}  // namespace pyco::re
