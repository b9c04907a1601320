// Code::linetable: the encoder and decoder agree on every kind of location, and malformed tables are refused.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "vm/linetable.h"

namespace pyco {
namespace {

constexpr uint16_t U = 0xffff;

std::vector<Loc> decode(const std::string& t, int32_t first, uint32_t n) {
    Code c{};
    c.linetable = reinterpret_cast<uint8_t*>(const_cast<char*>(t.data()));
    c.linetable_size = static_cast<uint32_t>(t.size());
    c.firstlineno = first;
    c.ninstr = n;
    std::vector<Loc> out;
    for (uint32_t i = 0; i < n; i++) out.push_back(code_loc(&c, i));
    return out;
}

void expect_same(const std::vector<Loc>& a, const std::vector<Loc>& b) {
    ASSERT_EQ(a.size(), b.size());
    for (size_t i = 0; i < a.size(); i++) {
        EXPECT_EQ(a[i].line, b[i].line) << i;
        EXPECT_EQ(a[i].end_line, b[i].end_line) << i;
        EXPECT_EQ(a[i].col, b[i].col) << i;
        EXPECT_EQ(a[i].end_col, b[i].end_col) << i;
    }
}

std::vector<Loc> varied() {
    std::vector<Loc> v = {
        {10, 10, 4, 9}, {10, 10, 4, 9}, {11, 11, 0, 0}, {13, 13, 8, 200}, {12, 15, 3, 1},  // back a line; multi-line
        {1000, 1000, U, U}, {3, 3, 7, U}, {3, 3, U, 7}, {3, 3, 300, 20},  // unknown columns; end before start
        {0, 0, 0, 0}, {70000, 70001, 0xfffe, 0xfffe},
    };
    for (int i = 0; i < 20; i++) v.push_back({70001, 70001, 1, 2});  // a run longer than one entry holds
    return v;
}

TEST(LineTable, RoundTripsWithColumns) {
    std::vector<Loc> locs = varied();
    std::string t;
    encode_locs(locs.data(), static_cast<uint32_t>(locs.size()), 10, true, &t);
    expect_same(decode(t, 10, static_cast<uint32_t>(locs.size())), locs);
    EXPECT_LT(t.size(), locs.size() * 4);
}

TEST(LineTable, WithoutColumnsKeepsLines) {
    std::vector<Loc> locs = varied(), want;
    for (const Loc& l : locs) want.push_back({l.line, l.line, U, U});
    std::string t;
    encode_locs(locs.data(), static_cast<uint32_t>(locs.size()), 5, false, &t);
    expect_same(decode(t, 5, static_cast<uint32_t>(locs.size())), want);
}

TEST(LineTable, PastTheEndIsTheFirstLine) {
    std::vector<Loc> locs = {{7, 7, 1, 2}};
    std::string t;
    encode_locs(locs.data(), 1, 7, true, &t);
    Code c{};
    c.linetable = reinterpret_cast<uint8_t*>(t.data());
    c.linetable_size = static_cast<uint32_t>(t.size());
    c.firstlineno = 3;
    c.ninstr = 1;
    EXPECT_EQ(code_loc(&c, 5).line, 3);
    EXPECT_EQ(code_loc(&c, 5).col, U);
}

TEST(LineTable, ReaderRefusesMalformedTables) {
    std::vector<Loc> locs = varied();
    std::string t;
    encode_locs(locs.data(), static_cast<uint32_t>(locs.size()), 10, true, &t);
    // Every truncation ends inside an entry or covers fewer instructions.
    for (size_t cut = 0; cut < t.size(); cut++) {
        LocReader r(reinterpret_cast<const uint8_t*>(t.data()), reinterpret_cast<const uint8_t*>(t.data()) + cut, 10);
        Loc l;
        uint32_t run = 0, covered = 0;
        bool ok = true;
        while (!r.at_end() && (ok = r.next(&l, &run))) covered += run;
        EXPECT_TRUE(!ok || covered < locs.size()) << cut;
    }
    const uint8_t bad[] = {0xc0};  // column class 3
    LocReader r(bad, bad + 1, 1);
    Loc l;
    uint32_t run;
    EXPECT_FALSE(r.next(&l, &run));
}

}  // namespace
}  // namespace pyco
