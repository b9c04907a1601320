// The `re` matcher: backtracking over the program of re_parse.cpp with an explicit, bounded stack. Patterns
// without backreferences memoise (instruction, position) visits, so matching time is polynomial; others run
// under a step budget. Limits end the match with StepLimit/StackLimit (the module raises RecursionError).
#include <cstdlib>
#include <cstring>
#include <string>
#include <vector>

#include "modules/re_engine.h"
#include "modules/re_program.h"
#include "objects/unicode.h"

namespace pyco::re {

namespace {

constexpr int64_t kStepBudget = 10'000'000;        // without memoisation (backreferences)
constexpr int64_t kMemoAfterSteps = 20'000;        // memo table allocated lazily, only for costly matches
constexpr size_t kMemoMaxBytes = size_t{32} << 20;
constexpr size_t kMaxStackEntries = size_t{8} << 20;

enum : uint32_t { kEChoice, kEUndo, kERepeatGreedy, kERepeatLazy, kEBarrier };

struct Entry {
    uint32_t kind;
    int32_t pc;   // kEUndo: the slot
    int64_t pos;  // kEUndo: the old value
    int64_t x;
};

}  // namespace

uint32_t simple_case(uint32_t c, char mode) {
    // lowercase mappings missing from the core's table (str.lower() has the same gap)
    if (mode == 'l') {
        if (c == 0x2126) return 0x03C9;  // OHM SIGN -> omega
        if (c == 0x212A) return 'k';     // KELVIN SIGN
        if (c == 0x212B) return 0xE5;    // ANGSTROM SIGN -> a with ring
    }
    if (c < 0x80) {
        if (mode == 'l' && c >= 'A' && c <= 'Z') return c + 32;
        if (mode == 'u' && c >= 'a' && c <= 'z') return c - 32;
        return c;
    }
    std::string s;
    unicode::append_case(s, c, mode);
    const unsigned char* p = reinterpret_cast<const unsigned char*>(s.data());
    uint32_t r;
    size_t adv;
    if (s.empty()) return c;
    if (p[0] < 0x80) { r = p[0]; adv = 1; }
    else if (p[0] < 0xE0) { r = ((p[0] & 0x1Fu) << 6) | (p[1] & 0x3Fu); adv = 2; }
    else if (p[0] < 0xF0) { r = ((p[0] & 0x0Fu) << 12) | ((p[1] & 0x3Fu) << 6) | (p[2] & 0x3Fu); adv = 3; }
    else { r = ((p[0] & 0x07u) << 18) | ((p[1] & 0x3Fu) << 12) | ((p[2] & 0x3Fu) << 6) | (p[3] & 0x3Fu); adv = 4; }
    return adv == s.size() ? r : c;
}

namespace {

inline uint32_t fold(uint32_t c, char mode) { return simple_case(c, mode); }

bool is_word(uint32_t c, bool ascii) {
    if (c < 0x80) return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
    return !ascii && unicode::is_alnum(c);
}
bool is_digit(uint32_t c, bool ascii) {
    if (c < 0x80) return c >= '0' && c <= '9';
    return !ascii && unicode::is_decimal(c);
}
bool is_space(uint32_t c, bool ascii) {
    if (c < 0x80) return c == ' ' || (c >= 9 && c <= 13) || (!ascii && c >= 0x1c && c <= 0x1f);
    return !ascii && unicode::is_space(c);
}

bool in_set_raw(const int32_t* ins, uint32_t c) {
    int32_t fl = ins[2];
    bool ascii = fl & kSetAscii;
    uint32_t cats = static_cast<uint32_t>(ins[3]);
    if (cats) {
        if ((cats & kCatDigit) && is_digit(c, ascii)) return true;
        if ((cats & kCatNotDigit) && !is_digit(c, ascii)) return true;
        if ((cats & kCatWord) && is_word(c, ascii)) return true;
        if ((cats & kCatNotWord) && !is_word(c, ascii)) return true;
        if ((cats & kCatSpace) && is_space(c, ascii)) return true;
        if ((cats & kCatNotSpace) && !is_space(c, ascii)) return true;
    }
    int32_t n = ins[4];
    const int32_t* r = ins + 5;
    for (int32_t i = 0; i < n; i++)
        if (c >= static_cast<uint32_t>(r[2 * i]) && c <= static_cast<uint32_t>(r[2 * i + 1])) return true;
    return false;
}

bool in_set(const int32_t* ins, uint32_t c) {
    int32_t fl = ins[2];
    bool hit = in_set_raw(ins, c);
    if (!hit && (fl & (kSetIcaseAscii | kSetIcaseUnicode))) {
        if ((fl & kSetIcaseAscii) && c >= 0x80) {
            // ASCII-only case folding
        } else {
            uint32_t lo = fold(c, 'l'), up = fold(c, 'u');
            hit = (lo != c && in_set_raw(ins, lo)) || (up != c && in_set_raw(ins, up));
            if (!hit && (fl & kSetIcaseUnicode) && up != c) {
                uint32_t lo2 = fold(up, 'l');  // e.g. 'ſ' -> 'S' -> 's'
                hit = lo2 != c && lo2 != lo && in_set_raw(ins, lo2);
            }
        }
    }
    return hit != static_cast<bool>(fl & kSetNegate);
}

// Does the single-character instruction at `ins` accept c?
inline bool match_one(const int32_t* ins, uint32_t c) {
    switch (ins[0]) {
        case kOpChar: return c == static_cast<uint32_t>(ins[1]);
        case kOpCharI: {
            uint32_t lo = static_cast<uint32_t>(ins[1]), up = static_cast<uint32_t>(ins[2]);
            if (c == lo || c == up) return true;
            if (ins[3] == 1 && c >= 0x80) return false;
            return fold(c, 'l') == lo || fold(c, 'u') == up;
        }
        case kOpAny: return c != '\n';
        case kOpAnyAll: return true;
        case kOpSet: return in_set(ins, c);
        default: return false;
    }
}

}  // namespace

struct Matcher {
    const int32_t* prog = nullptr;
    int32_t plen = 0;
    int groups = 0, nregs = 0;
    bool memo_ok = false, text = false;
    int64_t n = 0;
    Entry* stack = nullptr;
    size_t sp = 0, cap = 0;
    uint64_t* memo = nullptr;
    size_t memo_words = 0;
    // With the memo, per greedy single-character repeat (4 words at 4*pc): its last run of matching characters
    // [start, end], and an interval [lo, hi] of positions whose continuations are all visited (skipped at once
    // when backtracking, so that `(a*)*b` stays near-linear).
    int64_t* runs = nullptr;
    int64_t memo_lo = INT64_MAX, memo_hi = -1;  // positions with bits set since the last clear
    int64_t steps = 0;
    bool oom = false;

    bool push(uint32_t kind, int32_t pc, int64_t pos, int64_t x) {
        if (sp == cap) {
            if (cap >= kMaxStackEntries) return false;
            size_t ncap = cap ? cap * 2 : 256;
            auto* ns = static_cast<Entry*>(std::realloc(stack, ncap * sizeof(Entry)));
            if (!ns) {
                oom = true;
                return false;
            }
            stack = ns;
            cap = ncap;
        }
        stack[sp++] = Entry{kind, pc, pos, x};
        return true;
    }

    // True when (pc, pos) was visited before (then the path fails); marks it otherwise.
    bool visited(int32_t pc, int64_t pos) {
        if (!memo) return false;
        size_t bit = static_cast<size_t>(pos) * static_cast<size_t>(plen) + static_cast<size_t>(pc);
        uint64_t mask = uint64_t{1} << (bit & 63);
        if (memo[bit >> 6] & mask) return true;
        memo[bit >> 6] |= mask;
        if (pos < memo_lo) memo_lo = pos;
        if (pos > memo_hi) memo_hi = pos;
        return false;
    }
    void maybe_start_memo() {
        if (memo || !memo_ok) return;
        size_t bits = static_cast<size_t>(n + 1) * static_cast<size_t>(plen);
        size_t words = bits / 64 + 1;
        if (words * 8 > kMemoMaxBytes) {
            memo_ok = false;
            return;
        }
        memo = static_cast<uint64_t*>(std::calloc(words, 8));
        if (!memo) {
            memo_ok = false;
            return;
        }
        memo_words = words;
        runs = static_cast<int64_t*>(std::malloc(static_cast<size_t>(plen) * 4 * sizeof(int64_t)));
        reset_runs();
    }
    void reset_runs() {
        if (runs)
            for (size_t i = 0; i < static_cast<size_t>(plen) * 4; i++) runs[i] = -1;
    }
    // Marks the continuation of the repeat at rpc from pos; true when it was visited before.
    bool continuation_visited(int32_t rpc, int64_t pos) {
        if (visited(rpc, pos)) return true;
        if (runs) {
            int64_t* v = runs + 4 * rpc + 2;
            if (v[1] >= 0 && pos == v[0] - 1) v[0] = pos;
            else if (v[1] >= 0 && pos == v[1] + 1) v[1] = pos;
            else if (v[1] < 0 || pos < v[0] || pos > v[1]) v[0] = v[1] = pos;
        }
        return false;
    }
    // After a successful match, the bits set along the way are not failures: forget them.
    void clear_memo() {
        reset_runs();
        if (!memo || memo_hi < 0) return;
        size_t from = static_cast<size_t>(memo_lo) * static_cast<size_t>(plen) / 64;
        size_t to = (static_cast<size_t>(memo_hi) + 1) * static_cast<size_t>(plen) / 64 + 1;
        if (to > memo_words) to = memo_words;
        std::memset(memo + from, 0, (to - from) * 8);
        memo_lo = INT64_MAX;
        memo_hi = -1;
    }

    template <class C>
    Outcome attempt(const C* s, int64_t start, Mode mode, bool must_advance, int64_t* slots, int64_t* end);
};

template <class C>
Outcome Matcher::attempt(const C* s, int64_t start, Mode mode, bool must_advance, int64_t* slots, int64_t* end) {
    const int32_t* P = prog;
    int32_t pc = 0;
    int64_t pos = start;
    sp = 0;
    while (true) {
        if (++steps > kMemoAfterSteps && !memo) {
            maybe_start_memo();
            if (!memo && steps > kStepBudget) return Outcome::StepLimit;
        }
        const int32_t* ins = P + pc;
        switch (ins[0]) {
            case kOpMatch:
                if ((must_advance && pos == start) || (mode == Mode::FullMatch && pos != n)) goto fail;
                *end = pos;
                return Outcome::Match;
            case kOpChar: case kOpCharI: case kOpAny: case kOpAnyAll: case kOpSet:
                if (pos < n && match_one(ins, static_cast<uint32_t>(s[pos]))) {
                    pos++;
                    pc += op_length(ins);
                    continue;
                }
                goto fail;
            case kOpSplit:
                if (ins[3] && visited(pc, pos)) goto fail;
                if (!push(kEChoice, ins[2], pos, 0)) goto overflow;
                pc = ins[1];
                continue;
            case kOpJmp:
                pc = ins[1];
                continue;
            case kOpSave: case kOpMark: {
                int32_t slot = ins[0] == kOpSave ? ins[1] : 2 * groups + ins[1];
                if (!push(kEUndo, slot, slots[slot], 0)) goto overflow;
                slots[slot] = pos;
                if (ins[0] == kOpSave && (slot & 1)) {  // a group closes: it becomes lastindex
                    int32_t last = 2 * groups + nregs;
                    if (!push(kEUndo, last, slots[last], 0)) goto overflow;
                    slots[last] = slot / 2;
                }
                pc += 2;
                continue;
            }
            case kOpCheckEmpty:
                pc = slots[2 * groups + ins[1]] == pos ? ins[2] : pc + 3;
                continue;
            case kOpAt: {
                bool ok = false, ascii = ins[2];
                switch (ins[1]) {
                    case kAtBeginning: case kAtBeginString: ok = pos == 0; break;
                    case kAtBeginLine: ok = pos == 0 || s[pos - 1] == '\n'; break;
                    case kAtEnd: ok = pos == n || (pos == n - 1 && s[pos] == '\n'); break;
                    case kAtEndLine: ok = pos == n || s[pos] == '\n'; break;
                    case kAtEndString: ok = pos == n; break;
                    case kAtBoundary: case kAtNonBoundary: {
                        if (n == 0) {
                            ok = false;
                        } else {
                            bool before = pos > 0 && is_word(static_cast<uint32_t>(s[pos - 1]), ascii);
                            bool after = pos < n && is_word(static_cast<uint32_t>(s[pos]), ascii);
                            ok = before != after;
                        }
                        if (ins[1] == kAtNonBoundary) ok = n != 0 && !ok;
                        break;
                    }
                }
                if (!ok) goto fail;
                pc += 3;
                continue;
            }
            case kOpBackref: {
                int64_t a = slots[2 * ins[1]], b = slots[2 * ins[1] + 1];
                if (a < 0 || b < 0) goto fail;
                int64_t len = b - a;
                if (pos + len > n) goto fail;
                for (int64_t i = 0; i < len; i++) {
                    uint32_t x = static_cast<uint32_t>(s[a + i]), y = static_cast<uint32_t>(s[pos + i]);
                    if (x == y) continue;
                    if (!ins[2] || (ins[2] == 1 && (x >= 0x80 || y >= 0x80))) goto fail;
                    if (fold(x, 'l') != fold(y, 'l') && fold(x, 'u') != fold(y, 'u')) goto fail;
                }
                pos += len;
                pc += 3;
                continue;
            }
            case kOpLook: {
                bool behind = ins[1], negative = ins[2];
                int64_t from = behind ? pos - ins[3] : pos;
                if (from < 0) {
                    if (negative) {
                        pc = ins[4];
                        continue;
                    }
                    goto fail;
                }
                if (!push(kEBarrier, pc, pos, 0)) goto overflow;
                pos = from;
                pc += 5;
                continue;
            }
            case kOpLookEnd: case kOpAtomicEnd: {
                size_t b = sp;
                while (b > 0 && stack[b - 1].kind != kEBarrier) b--;
                if (b == 0) return Outcome::BadCode;  // generated code always pairs them
                b--;
                const int32_t* owner = P + stack[b].pc;
                if (owner[0] == kOpLook && owner[2]) {
                    // negative lookaround whose body matched: undo the body's captures, then fail
                    while (sp > b + 1) {
                        Entry& e = stack[--sp];
                        if (e.kind == kEUndo) slots[e.pc] = e.pos;
                    }
                    sp = b;
                    goto fail;
                }
                // keep the captures' undo records (so that backtracking past the group restores them), cut the rest
                size_t w = b;
                int64_t saved_pos = stack[b].pos;
                for (size_t r = b + 1; r < sp; r++)
                    if (stack[r].kind == kEUndo) stack[w++] = stack[r];
                sp = w;
                if (owner[0] == kOpLook) {
                    pos = saved_pos;
                    pc = owner[4];
                } else {
                    pc += 1;
                }
                continue;
            }
            case kOpAtomic:
                if (!push(kEBarrier, pc, pos, 0)) goto overflow;
                pc += 2;
                continue;
            case kOpRepeat1: {
                const int32_t* ci = ins + 5;
                int64_t lo = ins[1], hi = ins[2] < 0 ? INT64_MAX : ins[2];
                int32_t next = pc + 5 + op_length(ci);
                // entering again at the same position cannot succeed: its continuations are all memoised
                if (ins[4] && visited(pc + 1, pos)) goto fail;
                if (ins[3]) {
                    int64_t limit = hi < n - pos ? pos + hi : n;
                    int64_t e = pos;
                    int64_t* run = runs ? runs + 4 * pc : nullptr;  // the last run of matching characters
                    if (run && ins[2] < 0 && pos >= run[0] && pos <= run[1]) {
                        e = run[1];
                    } else {
                        while (e < limit && match_one(ci, static_cast<uint32_t>(s[e]))) e++;
                        if (run && ins[2] < 0) {
                            run[0] = pos;
                            run[1] = e;
                        }
                    }
                    if (e - pos < lo) goto fail;
                    if (e - pos > lo && !push(kERepeatGreedy, pc, e, pos + lo)) goto overflow;
                    pos = e;
                } else {
                    if (lo > n - pos) goto fail;
                    for (int64_t i = 0; i < lo; i++)
                        if (!match_one(ci, static_cast<uint32_t>(s[pos + i]))) goto fail;
                    pos += lo;
                    if (hi > lo && !push(kERepeatLazy, pc, pos, hi - lo < n - pos ? pos + (hi - lo) : n)) goto overflow;
                }
                if (ins[4] && continuation_visited(pc, pos)) goto fail;
                pc = next;
                continue;
            }
            case kOpCond: {
                int64_t a = slots[2 * ins[1]], b = slots[2 * ins[1] + 1];
                pc = (ins[1] < groups && a >= 0 && b >= 0) ? pc + 3 : ins[2];
                continue;
            }
            default:
                return Outcome::BadCode;
        }
    fail:
        while (true) {
            if (sp == 0) return Outcome::NoMatch;
            Entry& e = stack[--sp];
            if (e.kind == kEUndo) {
                slots[e.pc] = e.pos;
                continue;
            }
            if (e.kind == kEChoice) {
                pc = e.pc;
                pos = e.pos;
                break;
            }
            if (e.kind == kERepeatGreedy) {
                int32_t rpc = e.pc;
                int64_t cur = e.pos - 1, minend = e.x;
                if (runs && P[rpc + 4]) {
                    const int64_t* v = runs + 4 * rpc + 2;
                    if (v[1] >= 0 && cur >= v[0] && cur <= v[1]) {
                        cur = v[0] - 1;  // all of [v0, cur] were tried
                        if (cur < minend) continue;
                    }
                }
                if (cur > minend) {
                    e.pos = cur;
                    sp++;
                }
                if (P[rpc + 4] && continuation_visited(rpc, cur)) continue;
                pos = cur;
                pc = rpc + 5 + op_length(P + rpc + 5);
                break;
            }
            if (e.kind == kERepeatLazy) {
                int32_t rpc = e.pc;
                int64_t cur = e.pos, maxend = e.x;
                if (cur >= maxend || !match_one(P + rpc + 5, static_cast<uint32_t>(s[cur]))) continue;
                cur++;
                if (cur < maxend) {
                    e.pos = cur;
                    sp++;
                }
                if (P[rpc + 4] && continuation_visited(rpc, cur)) continue;
                pos = cur;
                pc = rpc + 5 + op_length(P + rpc + 5);
                break;
            }
            // a barrier: the body of a lookaround or atomic group failed
            const int32_t* owner = P + e.pc;
            if (owner[0] == kOpLook && owner[2]) {
                pos = e.pos;
                pc = owner[4];
                break;
            }
        }
        if (++steps > kStepBudget && !memo_ok) return Outcome::StepLimit;
    }
overflow:
    return oom ? Outcome::OutOfMemory : Outcome::StackLimit;
}

Matcher* new_matcher(const int32_t* code, size_t code_len, int64_t n) {
    (void)code_len;
    auto* m = static_cast<Matcher*>(std::calloc(1, sizeof(Matcher)));
    if (!m) return nullptr;
    new (m) Matcher();
    m->prog = code + kHeaderWords;
    m->plen = code[kHdrLen];
    m->groups = code[kHdrGroups];
    m->nregs = code[kHdrRegs];
    m->memo_ok = code[kHdrMemo] != 0;
    m->text = code[kHdrText] != 0;
    m->n = n;
    return m;
}

void free_matcher(Matcher* m) {
    if (!m) return;
    std::free(m->stack);
    std::free(m->memo);
    std::free(m->runs);
    std::free(m);
}

namespace {

// The first instruction when it is a plain character: lets search skip ahead.
template <class C>
Outcome run_impl(Matcher* m, const C* s, int64_t pos, Mode mode, bool must_advance, std::vector<int64_t>* slots) {
    size_t nslots = static_cast<size_t>(2 * m->groups + m->nregs + 1);  // + lastindex
    slots->assign(nslots, -1);
    m->steps = 0;
    int32_t first = m->prog[0] == kOpChar ? m->prog[1] : -1;
    for (int64_t start = pos; start <= m->n; start++) {
        if (mode == Mode::Search && first >= 0) {
            while (start < m->n && static_cast<int32_t>(s[start]) != first) start++;
            if (start >= m->n) break;
        }
        int64_t end = 0;
        Outcome o = m->attempt(s, start, mode, must_advance && start == pos, slots->data(), &end);
        if (o == Outcome::Match) {
            (*slots)[0] = start;
            (*slots)[1] = end;
            m->clear_memo();
            return o;
        }
        if (o != Outcome::NoMatch) return o;
        if (mode != Mode::Search) break;
    }
    return Outcome::NoMatch;
}

}  // namespace

Outcome run(Matcher* m, const uint8_t* s, int64_t pos, Mode mode, bool must_advance, std::vector<int64_t>* slots) {
    return run_impl(m, s, pos, mode, must_advance, slots);
}
Outcome run(Matcher* m, const uint32_t* s, int64_t pos, Mode mode, bool must_advance, std::vector<int64_t>* slots) {
    return run_impl(m, s, pos, mode, must_advance, slots);
}

bool valid_code(const int32_t* code, size_t len) {
    if (len < kHeaderWords || code[kHdrMagic] != kMagic) return false;
    int32_t plen = code[kHdrLen];
    if (plen <= 0 || static_cast<size_t>(plen) + kHeaderWords != len) return false;
    int32_t groups = code[kHdrGroups], nregs = code[kHdrRegs];
    if (groups < 1 || nregs < 0 || groups > (1 << 28) || nregs > (1 << 28)) return false;
    const int32_t* p = code + kHeaderWords;
    // first pass: instruction boundaries (jump targets must land on one)
    std::vector<bool> starts(static_cast<size_t>(plen), false);
    for (int32_t pc = 0; pc < plen;) {
        int32_t op = p[pc];
        if (op < 0 || op >= kOpCount) return false;
        if (op == kOpSet && (pc + 4 >= plen || p[pc + 4] < 0 || p[pc + 4] > plen || p[pc + 1] != 5 + 2 * p[pc + 4]))
            return false;
        int l = op_length(p + pc);
        if (l <= 0 || pc + l > plen) return false;
        starts[static_cast<size_t>(pc)] = true;
        pc += l;
    }
    auto target = [&](int32_t t) { return t >= 0 && t < plen && starts[static_cast<size_t>(t)]; };
    for (int32_t pc = 0; pc < plen;) {
        int32_t op = p[pc];
        int l = op_length(p + pc);
        switch (op) {
            case kOpSplit: if (!target(p[pc + 1]) || !target(p[pc + 2])) return false; break;
            case kOpJmp: if (!target(p[pc + 1])) return false; break;
            case kOpSave: if (p[pc + 1] < 0 || p[pc + 1] >= 2 * groups) return false; break;
            case kOpMark: if (p[pc + 1] < 0 || p[pc + 1] >= nregs) return false; break;
            case kOpCheckEmpty: if (p[pc + 1] < 0 || p[pc + 1] >= nregs || !target(p[pc + 2])) return false; break;
            case kOpBackref: case kOpCond:
                if (p[pc + 1] < 0 || p[pc + 1] >= groups || (op == kOpCond && !target(p[pc + 2]))) return false;
                break;
            case kOpLook: if (!target(p[pc + 4]) || p[pc + 3] < 0) return false; break;
            case kOpAtomic: if (!target(p[pc + 1])) return false; break;
            case kOpRepeat1: {
                if (pc + 5 >= plen) return false;
                int32_t c = p[pc + 5];
                if (c != kOpChar && c != kOpCharI && c != kOpAny && c != kOpAnyAll && c != kOpSet) return false;
                if (p[pc + 1] < 0) return false;
                break;
            }
            default: break;
        }
        pc += l;
    }
    // barrier pairing is structural in generated code; a hand-made program could unbalance it, so require the
    // last instruction to be MATCH and trust LookEnd/AtomicEnd only after a matching opener (checked by counting)
    int depth = 0;
    for (int32_t pc = 0; pc < plen; pc += op_length(p + pc)) {
        if (p[pc] == kOpLook || p[pc] == kOpAtomic) depth++;
        if (p[pc] == kOpLookEnd || p[pc] == kOpAtomicEnd) {
            if (--depth < 0) return false;
        }
    }
    return depth == 0 && p[plen - 1] == kOpMatch;
}

bool code_is_text(const int32_t* code) { return code[kHdrText] != 0; }
int code_groups(const int32_t* code) { return code[kHdrGroups]; }

}  // namespace pyco::re
