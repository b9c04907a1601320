// Code::linetable's encoder and decoder (format in linetable.h).
#include "vm/linetable.h"

namespace pyco {

namespace {

constexpr uint16_t kUnknown = 0xffff;

void put_varint(std::string* out, uint64_t v) {
    while (v >= 0x80) {
        out->push_back(static_cast<char>((v & 0x7f) | 0x80));
        v >>= 7;
    }
    out->push_back(static_cast<char>(v));
}

uint64_t zigzag(int64_t v) { return (static_cast<uint64_t>(v) << 1) ^ static_cast<uint64_t>(v >> 63); }
int64_t unzigzag(uint64_t u) { return static_cast<int64_t>(u >> 1) ^ -static_cast<int64_t>(u & 1); }

bool same(const Loc& a, const Loc& b) {
    return a.line == b.line && a.end_line == b.end_line && a.col == b.col && a.end_col == b.end_col;
}

}  // namespace

void encode_locs(const Loc* locs, uint32_t n, int32_t firstlineno, bool with_columns, std::string* out) {
    int64_t line = firstlineno;
    for (uint32_t i = 0; i < n;) {
        Loc l = locs[i];
        if (!with_columns) l = Loc{l.line, l.line, kUnknown, kUnknown};
        uint32_t run = 1;
        while (i + run < n && run < 8) {
            Loc m = locs[i + run];
            if (!with_columns) m = Loc{m.line, m.line, kUnknown, kUnknown};
            if (!same(l, m)) break;
            run++;
        }
        int64_t delta = l.line - line;
        line = l.line;
        unsigned line_cls = delta >= 0 && delta <= 2 ? static_cast<unsigned>(delta) : 3;
        bool end_differs = l.end_line != l.line;
        unsigned col_cls = 0;
        if (l.col != kUnknown || l.end_col != kUnknown)
            col_cls = !end_differs && l.col != kUnknown && l.end_col != kUnknown && l.end_col >= l.col ? 1 : 2;
        out->push_back(static_cast<char>((run - 1) | line_cls << 3 | (end_differs ? 1 : 0) << 5 | col_cls << 6));
        if (line_cls == 3) put_varint(out, zigzag(delta));
        if (end_differs) put_varint(out, zigzag(static_cast<int64_t>(l.end_line) - l.line));
        if (col_cls == 1) {
            put_varint(out, l.col);
            put_varint(out, l.end_col - l.col);
        } else if (col_cls == 2) {
            put_varint(out, l.col == kUnknown ? 0 : l.col + 1u);
            put_varint(out, l.end_col == kUnknown ? 0 : l.end_col + 1u);
        }
        i += run;
    }
}

bool LocReader::varint(uint64_t* v) {
    uint64_t r = 0;
    for (int shift = 0; shift < 64 && p_ < end_; shift += 7) {
        uint8_t b = *p_++;
        r |= static_cast<uint64_t>(b & 0x7f) << shift;
        if (!(b & 0x80)) {
            *v = r;
            return true;
        }
    }
    return false;
}

bool LocReader::next(Loc* loc, uint32_t* run) {
    if (p_ >= end_) return false;
    uint8_t h = *p_++;
    *run = (h & 7) + 1u;
    unsigned line_cls = h >> 3 & 3, col_cls = h >> 6;
    uint64_t v = 0;
    if (line_cls == 3) {
        if (!varint(&v)) return false;
        line_ += unzigzag(v);
    } else {
        line_ += line_cls;
    }
    int64_t end_line = line_;
    if (h & 0x20) {
        if (!varint(&v)) return false;
        end_line += unzigzag(v);
    }
    if (line_ < 0 || line_ > INT32_MAX || end_line < 0 || end_line > INT32_MAX) return false;
    Loc l{static_cast<int32_t>(line_), static_cast<int32_t>(end_line), kUnknown, kUnknown};
    if (col_cls == 3) return false;
    if (col_cls != 0) {
        uint64_t a = 0, b = 0;
        if (!varint(&a) || !varint(&b)) return false;
        if (col_cls == 1) {
            if (a >= kUnknown || a + b >= kUnknown) return false;
            l.col = static_cast<uint16_t>(a);
            l.end_col = static_cast<uint16_t>(a + b);
        } else {
            if (a > kUnknown || b > kUnknown) return false;
            l.col = static_cast<uint16_t>(a ? a - 1 : kUnknown);
            l.end_col = static_cast<uint16_t>(b ? b - 1 : kUnknown);
        }
    }
    *loc = l;
    return true;
}

Loc code_loc(const Code* code, uint32_t instr) {
    Loc unknown{code->firstlineno, code->firstlineno, kUnknown, kUnknown};
    if (!code->linetable || instr >= code->ninstr) return unknown;
    LocReader r(code->linetable, code->linetable + code->linetable_size, code->firstlineno);
    Loc loc;
    uint32_t run = 0;
    for (uint32_t at = 0; r.next(&loc, &run); at += run)
        if (instr < at + run) return loc;
    return unknown;
}

}  // namespace pyco
