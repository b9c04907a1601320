// The `re` pattern parser and code generator: pattern text -> syntax tree (with CPython 3.11's errors and
// positions) -> a flat program for the matcher in re_match.cpp.
#include <cstdio>
#include <string>
#include <utility>
#include <vector>

#include "modules/re_engine.h"
#include "modules/re_program.h"
#include "objects/unicode.h"

namespace pyco::re {

namespace {

constexpr uint64_t kMaxRepeat = 4294967295u;
constexpr size_t kMaxProgram = 1u << 20;  // instruction words; counted repeats of groups are expanded

enum class NK : uint8_t { Empty, Lit, Any, Set, Cat, Alt, Group, Repeat, At, Look, Backref, Cond, Atomic };

struct Node {
    NK k = NK::Empty;
    int flags = 0;       // flags in effect where the node was parsed
    uint32_t c = 0;      // Lit: the character
    int64_t a = 0, b = 0;  // Group: index (-1: none); Repeat: min, max (-1: unbounded); At: kind;
                           // Look: behind, negative; Backref/Cond: group
    bool greedy = true, possessive = false;
    int set = -1;        // Set: index into Parser::sets
    std::vector<int> kids;
};

struct CharSet {
    bool negate = false;
    uint32_t cats = 0;
    std::vector<std::pair<uint32_t, uint32_t>> ranges;
};

struct Tok {
    uint32_t c = 0;
    bool esc = false;
    bool none = true;
    int len() const { return none ? 0 : (esc ? 2 : 1); }
    bool is(char ch) const { return !none && !esc && c == static_cast<uint32_t>(ch); }
};

bool is_ascii_digit(uint32_t c) { return c >= '0' && c <= '9'; }
bool is_oct(uint32_t c) { return c >= '0' && c <= '7'; }
bool is_hex(uint32_t c) { return is_ascii_digit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F'); }
bool is_ascii_letter(uint32_t c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

void append_utf8(std::string& s, uint32_t c) {
    if (c < 0x80) s += static_cast<char>(c);
    else if (c < 0x800) { s += static_cast<char>(0xC0 | (c >> 6)); s += static_cast<char>(0x80 | (c & 0x3F)); }
    else if (c < 0x10000) {
        s += static_cast<char>(0xE0 | (c >> 12));
        s += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
        s += static_cast<char>(0x80 | (c & 0x3F));
    } else {
        s += static_cast<char>(0xF0 | (c >> 18));
        s += static_cast<char>(0x80 | ((c >> 12) & 0x3F));
        s += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
        s += static_cast<char>(0x80 | (c & 0x3F));
    }
}

int flag_of(uint32_t c) {
    switch (c) {
        case 'i': return kIgnoreCase;
        case 'L': return kLocale;
        case 'm': return kMultiline;
        case 's': return kDotAll;
        case 'x': return kVerbose;
        case 'a': return kAscii;
        case 't': return kTemplate;
        case 'u': return kUnicode;
        default: return 0;
    }
}

constexpr int kTypeFlags = kAscii | kLocale | kUnicode;
constexpr int kGlobalFlags = kDebug | kTemplate;

class Parser {
public:
    Parser(const std::vector<uint32_t>& src, bool text, int flags) : flags_(flags), src_(src), text_(text) {}

    int flags_;
    std::vector<Node> nodes;
    std::vector<CharSet> sets;
    std::vector<std::pair<std::string, int>> names;
    std::vector<int> group_min, group_max;  // widths of closed groups (-2: still open)
    CompileError err;
    bool failed = false;
    bool has_backrefs = false;

    int groups() const { return static_cast<int>(group_min.size()); }

    int parse_pattern() {
        group_min.push_back(0);
        group_max.push_back(0);
        int root = parse_sub((flags_ & kVerbose) != 0, 0);
        if (failed) return -1;
        if (!next_.none) {  // only ')' can stop the top level
            error("unbalanced parenthesis", 0);
            return -1;
        }
        for (auto& [g, pos] : cond_refs_) {
            if (g >= groups()) {
                char buf[64];
                std::snprintf(buf, sizeof buf, "invalid group reference %lld", static_cast<long long>(g));
                failed = true;
                err.msg = buf;
                err.pos = pos;
                return -1;
            }
        }
        return root;
    }

    // The tokenizer: one character or a backslash pair, as CPython's Tokenizer.
    void start() { advance(0); }

    // Widths of a subtree: min and max in characters (max -1: unbounded).
    void width(int n, int64_t* lo, int64_t* hi) {
        const Node& nd = nodes[n];
        switch (nd.k) {
            case NK::Empty: case NK::At: case NK::Look: *lo = *hi = 0; return;
            case NK::Lit: case NK::Any: case NK::Set: *lo = *hi = 1; return;
            case NK::Backref: *lo = group_min[nd.a]; *hi = group_max[nd.a]; return;
            case NK::Cat: {
                int64_t l = 0, h = 0;
                for (int k : nd.kids) {
                    int64_t a, b;
                    width(k, &a, &b);
                    l += a;
                    h = (h < 0 || b < 0) ? -1 : h + b;
                }
                *lo = l; *hi = h;
                return;
            }
            case NK::Alt: case NK::Cond: {
                int64_t l = -1, h = 0;
                for (int k : nd.kids) {
                    int64_t a, b;
                    width(k, &a, &b);
                    if (l < 0 || a < l) l = a;
                    if (h >= 0 && (b < 0 || b > h)) h = b;
                }
                if (nd.k == NK::Cond && nd.kids.size() == 1) l = 0;
                *lo = l < 0 ? 0 : l; *hi = h;
                return;
            }
            case NK::Group: case NK::Atomic: width(nd.kids[0], lo, hi); return;
            case NK::Repeat: {
                int64_t a, b;
                width(nd.kids[0], &a, &b);
                *lo = a * nd.a;
                if (*lo > (int64_t{1} << 40)) *lo = int64_t{1} << 40;
                *hi = (nd.b < 0 || b < 0) ? (b == 0 ? 0 : -1) : b * nd.b;
                return;
            }
        }
    }

private:
    const std::vector<uint32_t>& src_;
    bool text_;
    size_t index_ = 0;  // position after the lookahead token
    Tok next_;
    int lookbehind_groups_ = -1;
    std::vector<std::pair<int64_t, int64_t>> cond_refs_;  // (group, position) of numeric conditional references

    size_t tell() const { return index_ - next_.len(); }

    void advance(size_t index) {
        next_ = Tok{};
        if (index >= src_.size()) {
            index_ = index;
            return;
        }
        uint32_t c = src_[index];
        if (c == '\\') {
            if (index + 1 >= src_.size()) {
                if (!failed) {
                    failed = true;
                    err.msg = "bad escape (end of pattern)";
                    err.pos = static_cast<int64_t>(src_.size()) - 1;
                }
                index_ = src_.size();
                return;
            }
            next_ = Tok{src_[index + 1], true, false};
            index_ = index + 2;
            return;
        }
        next_ = Tok{c, false, false};
        index_ = index + 1;
    }
    Tok get() {
        Tok t = next_;
        advance(index_);
        return t;
    }
    bool match(char c) {
        if (next_.is(c)) {
            advance(index_);
            return true;
        }
        return false;
    }
    void seek(size_t index) { advance(index); }

    bool error(const std::string& msg, int64_t offset) {
        if (!failed) {
            failed = true;
            err.msg = msg;
            err.pos = static_cast<int64_t>(tell()) - offset;
        }
        return false;
    }
    std::string tok_text(const Tok& t) const {
        std::string s;
        if (t.esc) s += '\\';
        if (text_) append_utf8(s, t.c);
        else if (t.c < 0x80) s += static_cast<char>(t.c);
        else {  // bytes patterns: messages show latin-1 characters backslash-escaped
            char buf[16];
            std::snprintf(buf, sizeof buf, "\\x%02x", t.c);
            s += buf;
        }
        return s;
    }
    std::string py_repr(const std::string& s) const {
        bool sq = s.find('\'') != std::string::npos, dq = s.find('"') != std::string::npos;
        char q = (sq && !dq) ? '"' : '\'';
        std::string out(1, q);
        for (char c : s) {
            if (c == q || c == '\\') out += '\\';
            out += c;
        }
        out += q;
        return out;
    }

    int add(Node n) {
        nodes.push_back(std::move(n));
        return static_cast<int>(nodes.size()) - 1;
    }
    int lit(uint32_t c) {
        Node n;
        n.k = NK::Lit;
        n.c = c;
        n.flags = flags_;
        return add(std::move(n));
    }
    int at(int kind) {
        Node n;
        n.k = NK::At;
        n.a = kind;
        n.flags = flags_;
        return add(std::move(n));
    }
    int category(uint32_t cat) {
        CharSet cs;
        cs.cats = cat;
        sets.push_back(cs);
        Node n;
        n.k = NK::Set;
        n.set = static_cast<int>(sets.size()) - 1;
        n.flags = flags_;
        return add(std::move(n));
    }

    static uint32_t category_of(uint32_t c) {
        switch (c) {
            case 'd': return kCatDigit;
            case 'D': return kCatNotDigit;
            case 'w': return kCatWord;
            case 'W': return kCatNotWord;
            case 's': return kCatSpace;
            case 'S': return kCatNotSpace;
            default: return 0;
        }
    }
    static int escape_char(uint32_t c, bool in_class) {
        switch (c) {
            case 'a': return 7;
            case 'b': return in_class ? 8 : -1;
            case 'f': return 12;
            case 'n': return 10;
            case 'r': return 13;
            case 't': return 9;
            case 'v': return 11;
            case '\\': return '\\';
            default: return -1;
        }
    }

    // Hex / unicode escapes shared by both contexts; returns false (error set) or true with *out; *handled false
    // when the escape is none of them.
    bool numeric_escape(Tok t, uint32_t* out, bool* handled) {
        *handled = true;
        int digits = 0;
        if (t.c == 'x') digits = 2;
        else if (t.c == 'u' && text_) digits = 4;
        else if (t.c == 'U' && text_) digits = 8;
        if (!digits) {
            *handled = false;
            return true;
        }
        std::string esc = tok_text(t);
        uint32_t v = 0;
        int got = 0;
        while (got < digits && next_.len() == 1 && is_hex(next_.c)) {
            uint32_t d = next_.c;
            esc += static_cast<char>(d);
            v = v * 16 + (is_ascii_digit(d) ? d - '0' : (d | 0x20) - 'a' + 10);
            get();
            got++;
        }
        if (got != digits) return error("incomplete escape " + esc, static_cast<int64_t>(esc.size()));
        if (v > 0x10FFFF) return error("bad escape " + esc, static_cast<int64_t>(esc.size()));
        *out = v;
        return true;
    }

    // An escape inside [...]: a literal (kind 0) or a category (kind 1, *out = category).
    bool class_escape(Tok t, int* kind, uint32_t* out) {
        *kind = 0;
        int e = escape_char(t.c, true);
        if (e >= 0) {
            *out = static_cast<uint32_t>(e);
            return true;
        }
        if (uint32_t cat = category_of(t.c)) {
            *kind = 1;
            *out = cat;
            return true;
        }
        bool handled;
        if (!numeric_escape(t, out, &handled)) return false;
        if (handled) return true;
        std::string esc = tok_text(t);
        if (t.c == 'N' && text_) return error("bad escape \\N", 2);  // pyco has no Unicode name table
        if (is_oct(t.c)) {
            uint32_t v = t.c - '0';
            for (int i = 0; i < 2 && next_.len() == 1 && is_oct(next_.c); i++) {
                esc += static_cast<char>(next_.c);
                v = v * 8 + (get().c - '0');
            }
            if (v > 0377)
                return error("octal escape value " + esc + " outside of range 0-0o377", static_cast<int64_t>(esc.size()));
            *out = v;
            return true;
        }
        if (is_ascii_digit(t.c) || is_ascii_letter(t.c)) return error("bad escape " + esc, static_cast<int64_t>(esc.size()));
        *out = t.c;
        return true;
    }

    bool check_group(int64_t g) const { return g < groups() && group_min[g] != -2; }

    bool check_lookbehind_group(int64_t g) {
        if (lookbehind_groups_ >= 0) {
            if (!check_group(g)) return error("cannot refer to an open group", 0);
            if (g >= lookbehind_groups_) return error("cannot refer to group defined in the same lookbehind subpattern", 0);
        }
        return true;
    }

    int backref(int64_t g) {
        Node n;
        n.k = NK::Backref;
        n.a = g;
        n.flags = flags_;
        has_backrefs = true;
        return add(std::move(n));
    }

    // An escape outside a class.
    int escape(Tok t) {
        if (uint32_t cat = category_of(t.c)) return category(cat);
        switch (t.c) {
            case 'A': return at(kAtBeginString);
            case 'Z': return at(kAtEndString);
            case 'b': return at(kAtBoundary);
            case 'B': return at(kAtNonBoundary);
            default: break;
        }
        int e = escape_char(t.c, false);
        if (e >= 0) return lit(static_cast<uint32_t>(e));
        uint32_t v;
        bool handled;
        if (!numeric_escape(t, &v, &handled)) return -1;
        if (handled) return lit(v);
        std::string esc = tok_text(t);
        if (t.c == 'N' && text_) return error("bad escape \\N", 2), -1;
        if (t.c == '0') {
            v = 0;
            for (int i = 0; i < 2 && next_.len() == 1 && is_oct(next_.c); i++) v = v * 8 + (get().c - '0');
            return lit(v);
        }
        if (is_ascii_digit(t.c)) {
            if (next_.len() == 1 && is_ascii_digit(next_.c)) {
                esc += static_cast<char>(get().c);
                if (is_oct(esc[1]) && is_oct(esc[2]) && next_.len() == 1 && is_oct(next_.c)) {
                    esc += static_cast<char>(get().c);
                    uint32_t o = (esc[1] - '0') * 64 + (esc[2] - '0') * 8 + (esc[3] - '0');
                    if (o > 0377)
                        return error("octal escape value " + esc + " outside of range 0-0o377", static_cast<int64_t>(esc.size())), -1;
                    return lit(o);
                }
            }
            int64_t g = std::stoll(esc.substr(1));
            if (g < groups()) {
                if (!check_group(g)) return error("cannot refer to an open group", static_cast<int64_t>(esc.size())), -1;
                if (!check_lookbehind_group(g)) return -1;
                return backref(g);
            }
            return error("invalid group reference " + esc.substr(1), static_cast<int64_t>(esc.size()) - 1), -1;
        }
        if (is_ascii_letter(t.c)) return error("bad escape " + esc, static_cast<int64_t>(esc.size())), -1;
        return lit(t.c);
    }

    // [...] after the '['.
    int parse_class(size_t here) {
        CharSet cs;
        cs.negate = match('^');
        bool any = false;
        while (true) {
            if (failed) return -1;
            Tok t = get();
            if (failed) return -1;
            if (t.none) return error("unterminated character set", static_cast<int64_t>(tell() - here)), -1;
            if (t.is(']') && any) break;
            int kind = 0;
            uint32_t v = t.c;
            if (t.esc && !class_escape(t, &kind, &v)) return -1;
            if (match('-')) {
                Tok u = get();
                if (failed) return -1;
                if (u.none) return error("unterminated character set", static_cast<int64_t>(tell() - here)), -1;
                if (u.is(']')) {
                    if (kind == 1) cs.cats |= v;
                    else cs.ranges.push_back({v, v});
                    cs.ranges.push_back({'-', '-'});
                    break;
                }
                int kind2 = 0;
                uint32_t w = u.c;
                if (u.esc && !class_escape(u, &kind2, &w)) return -1;
                std::string msg = "bad character range " + tok_text(t) + "-" + tok_text(u);
                if (kind == 1 || kind2 == 1 || w < v) return error(msg, t.len() + 1 + u.len()), -1;
                cs.ranges.push_back({v, w});
            } else if (kind == 1) {
                cs.cats |= v;
            } else {
                cs.ranges.push_back({v, v});
            }
            any = true;
        }
        if (!cs.negate && cs.cats == 0 && cs.ranges.size() == 1 && cs.ranges[0].first == cs.ranges[0].second)
            return lit(cs.ranges[0].first);
        sets.push_back(std::move(cs));
        Node n;
        n.k = NK::Set;
        n.set = static_cast<int>(sets.size()) - 1;
        n.flags = flags_;
        return add(std::move(n));
    }

    bool is_identifier(const std::vector<uint32_t>& name) const {
        if (name.empty()) return false;
        for (size_t i = 0; i < name.size(); i++) {
            uint32_t c = name[i];
            bool ok = c < 0x80 ? (is_ascii_letter(c) || c == '_' || (i > 0 && is_ascii_digit(c)))
                               : (i == 0 ? unicode::is_id_start(c) : unicode::is_id_continue(c));
            if (!ok) return false;
        }
        return true;
    }
    std::string name_text(const std::vector<uint32_t>& name) const {
        std::string s;
        for (uint32_t c : name) {
            if (text_) append_utf8(s, c);
            else if (c < 0x80) s += static_cast<char>(c);
            else {
                char buf[16];
                std::snprintf(buf, sizeof buf, "\\x%02x", c);
                s += buf;
            }
        }
        return s;
    }
    // Reads up to `terminator` (CPython's getuntil); false on error.
    bool get_until(char terminator, const char* what, std::vector<uint32_t>* out) {
        while (true) {
            Tok c = next_;
            get();
            if (failed) return false;
            if (c.none) {
                if (out->empty()) return error(std::string("missing ") + what, 0);
                return error(std::string("missing ") + terminator + ", unterminated name", static_cast<int64_t>(out->size()));
            }
            if (c.is(terminator)) {
                if (out->empty()) return error(std::string("missing ") + what, 1);
                return true;
            }
            if (c.esc) out->push_back('\\');
            out->push_back(c.c);
        }
    }
    bool check_group_name(const std::vector<uint32_t>& name, int64_t offset) {
        if (!is_identifier(name))
            return error("bad character in group name " + py_repr(name_text(name)), static_cast<int64_t>(name.size()) + offset);
        return true;
    }
    int64_t group_index(const std::string& name) const {
        for (auto& [n, g] : names)
            if (n == name) return g;
        return -1;
    }

    // Inline flags after "(?" (first char c); returns 0 for global flags, 1 for scoped (add/del set), -1 error.
    int parse_flags(Tok c, int* add_flags, int* del_flags) {
        *add_flags = *del_flags = 0;
        if (!c.is('-')) {
            while (true) {
                int flag = flag_of(c.c);
                if (text_ && c.c == 'L') return error("bad inline flags: cannot use 'L' flag with a str pattern", 0), -1;
                if (!text_ && c.c == 'u') return error("bad inline flags: cannot use 'u' flag with a bytes pattern", 0), -1;
                *add_flags |= flag;
                if ((flag & kTypeFlags) && (*add_flags & kTypeFlags) != flag)
                    return error("bad inline flags: flags 'a', 'u' and 'L' are incompatible", 0), -1;
                c = get();
                if (failed) return -1;
                if (c.none) return error("missing -, : or )", 0), -1;
                if (c.is(')') || c.is('-') || c.is(':')) break;
                if (c.esc || !flag_of(c.c)) {
                    bool alpha = !c.esc && (c.c < 0x80 ? is_ascii_letter(c.c) : unicode::is_alpha(c.c));
                    return error(alpha ? "unknown flag" : "missing -, : or )", c.len()), -1;
                }
            }
        }
        if (c.is(')')) {
            flags_ |= *add_flags;
            return 0;
        }
        if (*add_flags & kGlobalFlags) return error("bad inline flags: cannot turn on global flag", 1), -1;
        if (c.is('-')) {
            c = get();
            if (failed) return -1;
            if (c.none) return error("missing flag", 0), -1;
            if (c.esc || !flag_of(c.c)) {
                bool alpha = !c.esc && (c.c < 0x80 ? is_ascii_letter(c.c) : unicode::is_alpha(c.c));
                return error(alpha ? "unknown flag" : "missing flag", c.len()), -1;
            }
            while (true) {
                int flag = flag_of(c.c);
                if (flag & kTypeFlags) return error("bad inline flags: cannot turn off flags 'a', 'u' and 'L'", 0), -1;
                *del_flags |= flag;
                c = get();
                if (failed) return -1;
                if (c.none) return error("missing :", 0), -1;
                if (c.is(':')) break;
                if (c.esc || !flag_of(c.c)) {
                    bool alpha = !c.esc && (c.c < 0x80 ? is_ascii_letter(c.c) : unicode::is_alpha(c.c));
                    return error(alpha ? "unknown flag" : "missing :", c.len()), -1;
                }
            }
        }
        if (*del_flags & kGlobalFlags) return error("bad inline flags: cannot turn off global flag", 1), -1;
        if (*add_flags & *del_flags) return error("bad inline flags: flag turned on and off", 1), -1;
        return 1;
    }

    // Alternation a|b|c.
    int parse_sub(bool verbose, int nested) {
        std::vector<int> items;
        while (true) {
            int item = parse_seq(verbose, nested + 1, nested == 0 && items.empty(), &verbose);
            if (item < 0) return -1;
            items.push_back(item);
            if (!match('|')) break;
            if (failed) return -1;
            if (nested == 0) verbose = (flags_ & kVerbose) != 0;
        }
        if (items.size() == 1) return items[0];
        Node n;
        n.k = NK::Alt;
        n.kids = std::move(items);
        return add(std::move(n));
    }

    // A sequence up to '|' or ')'.
    int parse_seq(bool verbose, int nested, bool first, bool* verbose_out) {
        std::vector<int> items;
        std::vector<bool> is_repeat;
        while (true) {
            if (failed) return -1;
            Tok t = next_;
            if (t.none) break;
            if (t.is('|') || t.is(')')) break;
            get();
            if (failed) return -1;
            if (verbose) {
                if (!t.esc && (t.c == ' ' || t.c == '\t' || t.c == '\n' || t.c == '\r' || t.c == '\v' || t.c == '\f')) continue;
                if (t.is('#')) {
                    while (true) {
                        Tok u = get();
                        if (failed) return -1;
                        if (u.none || u.is('\n')) break;
                    }
                    continue;
                }
            }
            int node = -1;
            bool repeat = false;
            if (t.esc) {
                node = escape(t);
                if (node < 0) return -1;
            } else if (t.c == '[') {
                node = parse_class(tell() - 1);
                if (node < 0) return -1;
            } else if (t.c == '*' || t.c == '+' || t.c == '?' || t.c == '{') {
                size_t here = tell();
                int64_t lo = 0, hi = -1;
                if (t.c == '?') hi = 1;
                else if (t.c == '+') lo = 1;
                else if (t.c == '{') {
                    if (next_.is('}')) {
                        items.push_back(lit('{'));
                        is_repeat.push_back(false);
                        continue;
                    }
                    std::string slo, shi;
                    while (next_.len() == 1 && is_ascii_digit(next_.c)) slo += static_cast<char>(get().c);
                    if (match(',')) {
                        while (next_.len() == 1 && is_ascii_digit(next_.c)) shi += static_cast<char>(get().c);
                    } else {
                        shi = slo;
                    }
                    if (!match('}')) {
                        items.push_back(lit('{'));
                        is_repeat.push_back(false);
                        seek(here);
                        continue;
                    }
                    auto num = [&](const std::string& s, int64_t* out) {
                        uint64_t v = 0;
                        for (char ch : s) {
                            v = v * 10 + static_cast<uint64_t>(ch - '0');
                            if (v >= kMaxRepeat) {
                                failed = true;
                                err.overflow = true;
                                err.msg = "the repetition number is too large";
                                return false;
                            }
                        }
                        *out = static_cast<int64_t>(v);
                        return true;
                    };
                    if (!slo.empty() && !num(slo, &lo)) return -1;
                    if (!shi.empty()) {
                        if (!num(shi, &hi)) return -1;
                        if (hi < lo) return error("min repeat greater than max repeat", static_cast<int64_t>(tell() - here)), -1;
                    }
                }
                int64_t off = static_cast<int64_t>(tell() - here) + 1;
                if (items.empty() || nodes[items.back()].k == NK::At) return error("nothing to repeat", off), -1;
                if (is_repeat.back()) return error("multiple repeat", off), -1;
                Node r;
                r.k = NK::Repeat;
                r.a = lo;
                r.b = hi;
                r.flags = flags_;
                r.kids.push_back(items.back());
                if (match('?')) r.greedy = false;
                else if (match('+')) r.possessive = true;
                if (failed) return -1;
                items.back() = add(std::move(r));
                is_repeat.back() = true;
                continue;
            } else if (t.c == '.') {
                Node n;
                n.k = NK::Any;
                n.flags = flags_;
                node = add(std::move(n));
            } else if (t.c == '(') {
                node = parse_group(verbose, nested, first && items.empty(), &verbose);
                if (failed) return -1;
                if (node == -2) continue;  // a comment or global flags: nothing to add
                if (node < 0) return -1;
            } else if (t.c == '^') {
                node = at(kAtBeginning);
            } else if (t.c == '$') {
                node = at(kAtEnd);
            } else {
                node = lit(t.c);
            }
            items.push_back(node);
            is_repeat.push_back(repeat);
        }
        *verbose_out = verbose;
        if (items.size() == 1) return items[0];
        Node n;
        n.k = items.empty() ? NK::Empty : NK::Cat;
        n.kids = std::move(items);
        return add(std::move(n));
    }

    // After '(' ; returns a node, -2 for nothing, -1 on error.
    int parse_group(bool verbose, int nested, bool first, bool* verbose_io) {
        size_t start = tell() - 1;
        bool capture = true, atomic = false;
        std::vector<uint32_t> name;
        bool named = false;
        int add_flags = 0, del_flags = 0;
        if (match('?')) {
            Tok c = get();
            if (failed) return -1;
            if (c.none) return error("unexpected end of pattern", 0), -1;
            if (c.is('P')) {
                if (match('<')) {
                    if (!get_until('>', "group name", &name) || !check_group_name(name, 1)) return -1;
                    named = true;
                } else if (match('=')) {
                    if (!get_until(')', "group name", &name) || !check_group_name(name, 1)) return -1;
                    int64_t g = group_index(name_text(name));
                    if (g < 0) return error("unknown group name " + py_repr(name_text(name)), static_cast<int64_t>(name.size()) + 1), -1;
                    if (!check_group(g)) return error("cannot refer to an open group", static_cast<int64_t>(name.size()) + 1), -1;
                    if (!check_lookbehind_group(g)) return -1;
                    return backref(g);
                } else {
                    Tok d = get();
                    if (failed) return -1;
                    if (d.none) return error("unexpected end of pattern", 0), -1;
                    return error("unknown extension ?P" + tok_text(d), d.len() + 2), -1;
                }
            } else if (c.is(':')) {
                capture = false;
            } else if (c.is('#')) {
                while (true) {
                    if (next_.none) return error("missing ), unterminated comment", static_cast<int64_t>(tell() - start)), -1;
                    if (get().is(')')) break;
                    if (failed) return -1;
                }
                return -2;
            } else if (c.is('=') || c.is('!') || c.is('<')) {
                bool behind = false;
                if (c.is('<')) {
                    c = get();
                    if (failed) return -1;
                    if (c.none) return error("unexpected end of pattern", 0), -1;
                    if (!c.is('=') && !c.is('!')) return error("unknown extension ?<" + tok_text(c), c.len() + 2), -1;
                    behind = true;
                }
                int saved_lb = lookbehind_groups_;
                if (behind && lookbehind_groups_ < 0) lookbehind_groups_ = groups();
                int body = parse_sub(verbose, nested + 1);
                if (body < 0) return -1;
                if (behind) lookbehind_groups_ = saved_lb;
                if (!match(')')) return error("missing ), unterminated subpattern", static_cast<int64_t>(tell() - start)), -1;
                Node n;
                n.k = NK::Look;
                n.a = behind;
                n.b = c.is('!');
                n.flags = flags_;
                n.kids.push_back(body);
                return add(std::move(n));
            } else if (c.is('(')) {
                std::vector<uint32_t> cond;
                if (!get_until(')', "group name", &cond)) return -1;
                int64_t g;
                if (is_identifier(cond)) {
                    g = group_index(name_text(cond));
                    if (g < 0) return error("unknown group name " + py_repr(name_text(cond)), static_cast<int64_t>(cond.size()) + 1), -1;
                } else {
                    g = 0;
                    bool ok = !cond.empty();
                    for (uint32_t d : cond) {
                        if (!is_ascii_digit(d)) ok = false;
                        else if (g < (int64_t{1} << 40)) g = g * 10 + (d - '0');
                    }
                    if (!ok) return error("bad character in group name " + py_repr(name_text(cond)), static_cast<int64_t>(cond.size()) + 1), -1;
                    if (g == 0) return error("bad group number", static_cast<int64_t>(cond.size()) + 1), -1;
                    if (g >= 1073741823) return error("invalid group reference " + name_text(cond), static_cast<int64_t>(cond.size()) + 1), -1;
                    cond_refs_.push_back({g, static_cast<int64_t>(tell() - cond.size() - 1)});
                }
                if (g < groups() && !check_lookbehind_group(g)) return -1;
                bool dummy;
                int yes = parse_seq(verbose, nested + 1, false, &dummy);
                if (yes < 0) return -1;
                int no = -1;
                if (match('|')) {
                    no = parse_seq(verbose, nested + 1, false, &dummy);
                    if (no < 0) return -1;
                    if (next_.is('|')) return error("conditional backref with more than two branches", 0), -1;
                }
                if (!match(')')) return error("missing ), unterminated subpattern", static_cast<int64_t>(tell() - start)), -1;
                Node n;
                n.k = NK::Cond;
                n.a = g;
                n.flags = flags_;
                n.kids.push_back(yes);
                if (no >= 0) n.kids.push_back(no);
                has_backrefs = true;  // the outcome depends on captures: no memoisation
                return add(std::move(n));
            } else if (c.is('>')) {
                capture = false;
                atomic = true;
            } else if (!c.esc && (flag_of(c.c) || c.c == '-')) {
                int r = parse_flags(c, &add_flags, &del_flags);
                if (r < 0) return -1;
                if (r == 0) {
                    if (!first) return error("global flags not at the start of the expression", static_cast<int64_t>(tell() - start)), -1;
                    *verbose_io = (flags_ & kVerbose) != 0;
                    return -2;
                }
                capture = false;
            } else {
                return error("unknown extension ?" + tok_text(c), c.len() + 1), -1;
            }
        }
        int g = -1;
        if (capture) {
            g = groups();
            if (named) {
                std::string nm = name_text(name);
                int64_t old = group_index(nm);
                if (old >= 0) {
                    char buf[96];
                    std::snprintf(buf, sizeof buf, " as group %d; was group %lld", g, static_cast<long long>(old));
                    return error("redefinition of group name " + py_repr(nm) + buf, static_cast<int64_t>(name.size()) + 1), -1;
                }
                names.push_back({nm, g});
            }
            group_min.push_back(-2);
            group_max.push_back(-2);
        }
        bool sub_verbose = (verbose || (add_flags & kVerbose)) && !(del_flags & kVerbose);
        int saved = flags_;
        flags_ = (flags_ | add_flags) & ~del_flags;
        int body = parse_sub(sub_verbose, nested + 1);
        flags_ = saved;
        if (body < 0) return -1;
        if (!match(')')) return error("missing ), unterminated subpattern", static_cast<int64_t>(tell() - start)), -1;
        if (g >= 0) {
            int64_t lo, hi;
            width(body, &lo, &hi);
            group_min[g] = static_cast<int>(lo > (1 << 30) ? (1 << 30) : lo);
            group_max[g] = hi < 0 || hi > (1 << 30) ? -1 : static_cast<int>(hi);
        }
        Node n;
        n.k = atomic ? NK::Atomic : NK::Group;
        n.a = g;
        n.flags = flags_;
        n.kids.push_back(body);
        return add(std::move(n));
    }
};

// ---- code generation ------------------------------------------------------------------------------------------

class Gen {
public:
    Gen(Parser& p, bool text) : p_(p), text_(text) {}
    std::vector<int32_t> prog;
    int nregs = 0;
    bool too_large = false;
    bool bad_lookbehind = false;

    void emit_node(int n) {
        if (too_large || bad_lookbehind) return;
        if (prog.size() > kMaxProgram) {
            too_large = true;
            return;
        }
        const Node& nd = p_.nodes[n];
        switch (nd.k) {
            case NK::Empty: return;
            case NK::Lit: case NK::Any: case NK::Set: emit_char(n); return;
            case NK::Cat:
                for (int k : nd.kids) emit_node(k);
                return;
            case NK::Alt: {
                std::vector<size_t> jumps;
                for (size_t i = 0; i < nd.kids.size(); i++) {
                    size_t split = 0;
                    if (i + 1 < nd.kids.size()) {
                        split = prog.size();
                        put({kOpSplit, 0, 0, memo()});
                        prog[split + 1] = static_cast<int32_t>(prog.size());
                    }
                    emit_node(nd.kids[i]);
                    if (i + 1 < nd.kids.size()) {
                        jumps.push_back(prog.size());
                        put({kOpJmp, 0});
                        prog[split + 2] = static_cast<int32_t>(prog.size());
                    }
                }
                for (size_t j : jumps) prog[j + 1] = static_cast<int32_t>(prog.size());
                return;
            }
            case NK::Group:
                if (nd.a >= 0) put({kOpSave, static_cast<int32_t>(2 * nd.a)});
                emit_node(nd.kids[0]);
                if (nd.a >= 0) put({kOpSave, static_cast<int32_t>(2 * nd.a + 1)});
                return;
            case NK::Atomic: {
                size_t at = prog.size();
                put({kOpAtomic, 0});
                nomemo_++;
                emit_node(nd.kids[0]);
                nomemo_--;
                put({kOpAtomicEnd});
                prog[at + 1] = static_cast<int32_t>(prog.size());
                return;
            }
            case NK::At: {
                int kind = static_cast<int>(nd.a);
                if (kind == kAtBeginning && (nd.flags & kMultiline)) kind = kAtBeginLine;
                if (kind == kAtEnd && (nd.flags & kMultiline)) kind = kAtEndLine;
                put({kOpAt, kind, ascii(nd.flags) ? 1 : 0});
                return;
            }
            case NK::Backref:
                put({kOpBackref, static_cast<int32_t>(nd.a), icase(nd.flags)});
                return;
            case NK::Look: {
                int64_t lo = 0, hi = 0;
                if (nd.a) {
                    p_.width(nd.kids[0], &lo, &hi);
                    if (lo != hi) {
                        bad_lookbehind = true;
                        return;
                    }
                }
                size_t at = prog.size();
                put({kOpLook, static_cast<int32_t>(nd.a), static_cast<int32_t>(nd.b), static_cast<int32_t>(lo), 0});
                nomemo_++;
                emit_node(nd.kids[0]);
                nomemo_--;
                put({kOpLookEnd});
                prog[at + 4] = static_cast<int32_t>(prog.size());
                return;
            }
            case NK::Cond: {
                size_t at = prog.size();
                put({kOpCond, static_cast<int32_t>(nd.a), 0});
                emit_node(nd.kids[0]);
                size_t j = prog.size();
                put({kOpJmp, 0});
                prog[at + 2] = static_cast<int32_t>(prog.size());
                if (nd.kids.size() > 1) emit_node(nd.kids[1]);
                prog[j + 1] = static_cast<int32_t>(prog.size());
                return;
            }
            case NK::Repeat:
                if (nd.possessive) {
                    size_t at = prog.size();
                    put({kOpAtomic, 0});
                    nomemo_++;
                    emit_repeat(nd);
                    nomemo_--;
                    put({kOpAtomicEnd});
                    prog[at + 1] = static_cast<int32_t>(prog.size());
                } else {
                    emit_repeat(nd);
                }
                return;
        }
    }

private:
    Parser& p_;
    bool text_;
    int nomemo_ = 0;

    int32_t memo() const { return nomemo_ ? 0 : 1; }
    void put(std::initializer_list<int32_t> words) { prog.insert(prog.end(), words); }
    bool ascii(int flags) const { return !text_ || (flags & kAscii); }
    int32_t icase(int flags) const {
        if (!(flags & kIgnoreCase)) return 0;
        return ascii(flags) ? 1 : 2;
    }

    // The node under non-capturing groups, when it is a single-character matcher.
    int single_char(int n) const {
        while (p_.nodes[n].k == NK::Group && p_.nodes[n].a < 0) n = p_.nodes[n].kids[0];
        NK k = p_.nodes[n].k;
        return (k == NK::Lit || k == NK::Any || k == NK::Set) ? n : -1;
    }

    void emit_char(int n) {
        const Node& nd = p_.nodes[n];
        if (nd.k == NK::Lit) {
            int32_t ic = icase(nd.flags);
            if (ic) {
                uint32_t lo = ic == 1 ? simple_case(nd.c < 0x80 ? nd.c : 0xFFFFFFFF, 'l') : simple_case(nd.c, 'l');
                uint32_t up = ic == 1 ? simple_case(nd.c < 0x80 ? nd.c : 0xFFFFFFFF, 'u') : simple_case(nd.c, 'u');
                if (ic == 1 && nd.c >= 0x80) lo = up = nd.c;
                if (lo != nd.c || up != nd.c || ic == 2) {
                    put({kOpCharI, static_cast<int32_t>(lo), static_cast<int32_t>(up), ic});
                    return;
                }
            }
            put({kOpChar, static_cast<int32_t>(nd.c)});
        } else if (nd.k == NK::Any) {
            put({(nd.flags & kDotAll) ? kOpAnyAll : kOpAny});
        } else {
            const CharSet& cs = p_.sets[nd.set];
            int32_t fl = (cs.negate ? kSetNegate : 0) | (ascii(nd.flags) ? kSetAscii : 0);
            int32_t ic = icase(nd.flags);
            if (ic == 1) fl |= kSetIcaseAscii;
            if (ic == 2) fl |= kSetIcaseUnicode;
            int32_t len = 5 + 2 * static_cast<int32_t>(cs.ranges.size());
            put({kOpSet, len, fl, static_cast<int32_t>(cs.cats), static_cast<int32_t>(cs.ranges.size())});
            for (auto& [a, b] : cs.ranges) put({static_cast<int32_t>(a), static_cast<int32_t>(b)});
        }
    }

    bool nullable(int n) {
        int64_t lo, hi;
        p_.width(n, &lo, &hi);
        return lo == 0;
    }

    void emit_repeat(const Node& nd) {
        int body = nd.kids[0];
        int64_t lo = nd.a, hi = nd.b;
        int sc = single_char(body);
        if (sc >= 0) {
            put({kOpRepeat1, static_cast<int32_t>(lo > INT32_MAX ? INT32_MAX : lo),
                 static_cast<int32_t>(hi < 0 || hi > INT32_MAX ? -1 : hi), nd.greedy ? 1 : 0, memo()});
            emit_char(sc);
            return;
        }
        for (int64_t i = 0; i < lo; i++) {
            emit_node(body);
            if (too_large || bad_lookbehind) return;
        }
        if (hi < 0) {
            // L: SPLIT body, exit ; body: [MARK r] X [CHKEMPTY r exit] JMP L ; exit:
            bool check = nullable(body);
            int r = check ? nregs++ : -1;
            size_t loop = prog.size();
            put({kOpSplit, 0, 0, memo()});
            size_t body_at = prog.size();
            if (check) put({kOpMark, r});
            emit_node(body);
            size_t chk = prog.size();
            if (check) put({kOpCheckEmpty, r, 0});
            put({kOpJmp, static_cast<int32_t>(loop)});
            int32_t exit = static_cast<int32_t>(prog.size());
            if (check) prog[chk + 2] = exit;
            set_split(loop, static_cast<int32_t>(body_at), exit, nd.greedy);
            return;
        }
        // optional copies; as in CPython, an iteration that matched nothing ends the repetition
        bool check = nullable(body);
        int r = check ? nregs++ : -1;
        std::vector<size_t> splits, checks;
        for (int64_t i = lo; i < hi; i++) {
            splits.push_back(prog.size());
            put({kOpSplit, 0, 0, memo()});
            if (check) put({kOpMark, r});
            emit_node(body);
            if (too_large || bad_lookbehind) return;
            if (check) {
                checks.push_back(prog.size());
                put({kOpCheckEmpty, r, 0});
            }
        }
        int32_t exit = static_cast<int32_t>(prog.size());
        for (size_t s : splits) set_split(s, static_cast<int32_t>(s + 4), exit, nd.greedy);
        for (size_t c : checks) prog[c + 2] = exit;
    }
    void set_split(size_t at, int32_t body, int32_t exit, bool greedy) {
        prog[at + 1] = greedy ? body : exit;
        prog[at + 2] = greedy ? exit : body;
    }
};

}  // namespace

bool compile(const std::vector<uint32_t>& pattern, bool text, int flags, Compiled* out, CompileError* err) {
    Parser p(pattern, text, flags);
    p.start();
    int root = p.failed ? -1 : p.parse_pattern();
    if (root < 0) {
        *err = p.err;
        return false;
    }
    Gen g(p, text);
    g.emit_node(root);
    if (g.bad_lookbehind) {
        err->msg = "look-behind requires fixed-width pattern";
        err->pos = -1;
        return false;
    }
    if (g.too_large) {
        err->msg = "pattern too large for pyco's regular expression engine";
        err->pos = -1;
        return false;
    }
    g.prog.push_back(kOpMatch);
    int groups = p.groups();
    out->code.assign(kHeaderWords, 0);
    out->code[kHdrMagic] = kMagic;
    out->code[kHdrText] = text ? 1 : 0;
    out->code[kHdrGroups] = groups;
    out->code[kHdrRegs] = g.nregs;
    out->code[kHdrMemo] = p.has_backrefs ? 0 : 1;
    out->code[kHdrLen] = static_cast<int32_t>(g.prog.size());
    out->code.insert(out->code.end(), g.prog.begin(), g.prog.end());
    out->groups = groups;
    out->names = p.names;
    out->flags = p.flags_;
    return true;
}

}  // namespace pyco::re
