// The tokenizer: turns source bytes into tokens with CPython's indentation, bracket and literal-shape rules.
#include "compile/lexer.h"

#include <cstdarg>
#include <cstdio>

#include "objects/unicode.h"

namespace pyco {

namespace {

struct OpSpelling {
    std::string_view text;
    Tok kind;
};

// Sorted longest first so that a linear scan finds the longest match.
constexpr OpSpelling kOperators[] = {
    {"**=", Tok::DoubleStarEqual}, {"//=", Tok::DoubleSlashEqual}, {"<<=", Tok::LeftShiftEqual},
    {">>=", Tok::RightShiftEqual}, {"...", Tok::Ellipsis},         {"==", Tok::EqEqual},
    {"!=", Tok::NotEqual},         {"<=", Tok::LessEqual},         {">=", Tok::GreaterEqual},
    {"<<", Tok::LeftShift},        {">>", Tok::RightShift},        {"**", Tok::DoubleStar},
    {"+=", Tok::PlusEqual},        {"-=", Tok::MinEqual},          {"*=", Tok::StarEqual},
    {"/=", Tok::SlashEqual},       {"%=", Tok::PercentEqual},      {"&=", Tok::AmperEqual},
    {"|=", Tok::VBarEqual},        {"^=", Tok::CircumflexEqual},   {"//", Tok::DoubleSlash},
    {"@=", Tok::AtEqual},          {"->", Tok::RArrow},            {":=", Tok::ColonEqual},
    {"(", Tok::LPar},              {")", Tok::RPar},               {"[", Tok::LSqb},
    {"]", Tok::RSqb},              {"{", Tok::LBrace},             {"}", Tok::RBrace},
    {":", Tok::Colon},             {",", Tok::Comma},              {";", Tok::Semi},
    {"+", Tok::Plus},              {"-", Tok::Minus},              {"*", Tok::Star},
    {"/", Tok::Slash},             {"|", Tok::VBar},               {"&", Tok::Amper},
    {"<", Tok::Less},              {">", Tok::Greater},            {"=", Tok::Equal},
    {".", Tok::Dot},               {"%", Tok::Percent},            {"~", Tok::Tilde},
    {"^", Tok::Circumflex},        {"@", Tok::At},                 {"!", Tok::Exclamation},
};

constexpr std::string_view kTokNames[] = {
#define X(k, s) s,
    PYCO_TOKEN_KINDS(X) PYCO_OPERATOR_TOKENS(X) PYCO_KEYWORDS(X)
#undef X
};

struct KeywordSpelling {
    std::string_view text;
    Tok kind;
};
constexpr KeywordSpelling kKeywords[] = {
#define X(k, s) {s, Tok::Kw##k},
    PYCO_KEYWORDS(X)
#undef X
};

// Keywords that CPython 3.11 still accepts glued to a number (`1if x else y`), with a deprecation warning.
// As in CPython, the two-letter ones are recognized by their letters alone, the others must end there.
constexpr std::string_view kGluableKeywords[] = {"and", "else", "for", "not", "or"};
constexpr std::string_view kGluableShort[] = {"if", "in", "is"};

bool is_ascii_ident_start(unsigned char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_'; }
bool is_ascii_ident(unsigned char c) { return is_ascii_ident_start(c) || (c >= '0' && c <= '9'); }
bool is_digit(char c) { return c >= '0' && c <= '9'; }
bool is_hex(char c) { return is_digit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F'); }

}  // namespace

bool is_identifier_char_nonascii(uint32_t cp) { return cp >= 0x80 && unicode::is_id_continue(cp); }
bool is_printable_nonascii(uint32_t cp) { return unicode::is_printable(cp); }

std::string_view tok_name(Tok t) {
    auto i = static_cast<size_t>(t);
    return i < sizeof(kTokNames) / sizeof(kTokNames[0]) ? kTokNames[i] : "?";
}

int utf8_decode(std::string_view s, size_t i, uint32_t* cp) {
    auto b = [&](size_t k) { return static_cast<unsigned char>(s[k]); };
    unsigned char c = b(i);
    if (c < 0x80) {
        *cp = c;
        return 1;
    }
    int n;
    uint32_t v, min;
    if ((c & 0xE0) == 0xC0) n = 2, v = c & 0x1F, min = 0x80;
    else if ((c & 0xF0) == 0xE0) n = 3, v = c & 0x0F, min = 0x800;
    else if ((c & 0xF8) == 0xF0) n = 4, v = c & 0x07, min = 0x10000;
    else return 0;
    if (i + n > s.size()) return 0;
    for (int k = 1; k < n; k++) {
        if ((b(i + k) & 0xC0) != 0x80) return 0;
        v = (v << 6) | (b(i + k) & 0x3F);
    }
    if (v < min || v > 0x10FFFF || (v >= 0xD800 && v <= 0xDFFF)) return 0;
    *cp = v;
    return n;
}

int lexer_utf8_encode(uint32_t cp, char* buf) {
    if (cp < 0x80) {
        buf[0] = static_cast<char>(cp);
        return 1;
    }
    if (cp < 0x800) {
        buf[0] = static_cast<char>(0xC0 | (cp >> 6));
        buf[1] = static_cast<char>(0x80 | (cp & 0x3F));
        return 2;
    }
    if (cp < 0x10000) {
        buf[0] = static_cast<char>(0xE0 | (cp >> 12));
        buf[1] = static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        buf[2] = static_cast<char>(0x80 | (cp & 0x3F));
        return 3;
    }
    buf[0] = static_cast<char>(0xF0 | (cp >> 18));
    buf[1] = static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
    buf[2] = static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    buf[3] = static_cast<char>(0x80 | (cp & 0x3F));
    return 4;
}


Lexer::Lexer(std::string_view src) : src_(src), end_(static_cast<uint32_t>(src.size())) {}

Lexer::Lexer(std::string_view src, uint32_t begin, uint32_t end, int line, int col)
    : src_(src), pos_(begin), end_(end), line_start_(begin - col), line_(line), fstring_(true), at_bol_(false) {}

Token Lexer::make(Tok k, uint32_t start, uint32_t end) {
    Token t;
    t.kind = k;
    t.start = start;
    t.end = end;
    t.end_line = line_;
    t.end_col = col_of(end);
    // Tokens may span lines (triple-quoted strings): the start position was recorded by the caller.
    t.line = line_;
    t.col = col_of(start);
    return t;
}

Token Lexer::fail(SyntaxErrorKind kind, const char* msg, int line, int col, int end_line, int end_col,
                  LexErrorClass cls, bool incomplete) {
    failed_ = true;
    error_class_ = cls;
    err_.kind = kind;
    err_.message = msg;
    err_.line = line;
    err_.col = col;
    err_.end_line = end_line;
    err_.end_col = end_col;
    err_.incomplete = incomplete;
    return error_token();
}

Token Lexer::fail_here(const char* msg, uint32_t at, uint32_t end) {
    return fail(SyntaxErrorKind::SyntaxError, msg, line_, col_of(at), line_, col_of(end), LexErrorClass::Hard);
}

Token Lexer::fail_fmt(uint32_t at, uint32_t end, const char* fmt, ...) {
    char buf[200];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(buf, sizeof buf, fmt, ap);
    va_end(ap);
    return fail_here(buf, at, end);
}

bool Lexer::newline_at(uint32_t p, uint32_t* len) const {
    if (p >= end_) return false;
    if (src_[p] == '\n') {
        *len = 1;
        return true;
    }
    if (src_[p] == '\r') {
        *len = (p + 1 < end_ && src_[p + 1] == '\n') ? 2 : 1;
        return true;
    }
    return false;
}

// Measures the indentation of a new line and queues INDENT/DEDENT tokens; blank and comment-only lines
// do not count. Columns follow CPython: tabs to the next multiple of 8, and a second measure with tabs as
// one column must agree with the first, or the mix of tabs and spaces is ambiguous (TabError).
bool Lexer::at_indentation() {
    at_bol_ = false;
    int col = 0, alt = 0;
    uint32_t p = pos_;
    for (; p < end_; p++) {
        char c = src_[p];
        if (c == ' ') col++, alt++;
        else if (c == '\t') col = (col / 8 + 1) * 8, alt++;
        else if (c == '\f') col = alt = 0;
        else break;
    }
    pos_ = p;
    uint32_t nl;
    if (p >= end_ || src_[p] == '#' || newline_at(p, &nl)) return true;  // blank line
    auto line_len = [&] {
        uint32_t q = p;
        while (q < end_ && src_[q] != '\n' && src_[q] != '\r') q++;
        return col_of(q);
    };
    if (col == indents_[indent_top_]) {
        if (alt != alt_indents_[indent_top_]) {
            fail(SyntaxErrorKind::TabError, "inconsistent use of tabs and spaces in indentation", line_, 0, line_,
                 0, LexErrorClass::Quiet);
            return false;
        }
    } else if (col > indents_[indent_top_]) {
        if (indent_top_ + 1 >= kMaxIndent) {
            fail(SyntaxErrorKind::IndentationError, "too many levels of indentation", line_, 0, line_, 0,
                 LexErrorClass::Quiet);
            return false;
        }
        if (alt <= alt_indents_[indent_top_]) {
            fail(SyntaxErrorKind::TabError, "inconsistent use of tabs and spaces in indentation", line_, 0, line_,
                 0, LexErrorClass::Quiet);
            return false;
        }
        indent_top_++;
        indents_[indent_top_] = col;
        alt_indents_[indent_top_] = alt;
        pending_++;
    } else {
        while (indent_top_ > 0 && col < indents_[indent_top_]) {
            indent_top_--;
            pending_--;
        }
        if (col != indents_[indent_top_]) {
            int c = line_len();
            fail(SyntaxErrorKind::IndentationError, "unindent does not match any outer indentation level", line_, c,
                 line_, c, LexErrorClass::Quiet);
            return false;
        }
        if (alt != alt_indents_[indent_top_]) {
            fail(SyntaxErrorKind::TabError, "inconsistent use of tabs and spaces in indentation", line_, 0, line_,
                 0, LexErrorClass::Quiet);
            return false;
        }
    }
    return true;
}

Token Lexer::error_token() const {
    Token t;
    t.kind = Tok::Error;
    t.line = t.end_line = err_.line;
    t.col = t.end_col = err_.col;
    t.start = t.end = pos_ < end_ ? pos_ : end_;
    return t;
}

Token Lexer::next() {
    if (failed_) return error_token();
    for (;;) {
        if (at_bol_ && level_ == 0 && !fstring_ && !at_indentation()) return error_token();
        if (pending_ > 0) {
            pending_--;
            return make(Tok::Indent, line_start_, pos_);
        }
        if (pending_ < 0) {
            pending_++;
            return make(Tok::Dedent, pos_, pos_);
        }
        while (pos_ < end_ && (src_[pos_] == ' ' || src_[pos_] == '\t' || src_[pos_] == '\f')) pos_++;
        if (pos_ < end_ && src_[pos_] == '#') {
            if (fstring_) return fail_here("f-string expression part cannot include '#'", pos_, pos_ + 1);
            while (pos_ < end_ && src_[pos_] != '\n' && src_[pos_] != '\r') pos_++;
        }
        if (pos_ >= end_) {
            if (fstring_) return make(Tok::EndMarker, end_, end_);
            if (level_ > 0) {
                const Open& o = parens_[level_ - 1];
                char buf[40];
                snprintf(buf, sizeof buf, "'%c' was never closed", o.c);
                return fail(SyntaxErrorKind::SyntaxError, buf, o.line, o.col, o.line, o.col + 1,
                            LexErrorClass::UnclosedBracket, true);
            }
            if (line_has_tokens_) {  // the last line had no newline: supply its NEWLINE
                line_has_tokens_ = false;
                return make(Tok::Newline, pos_, pos_);
            }
            if (indent_top_ > 0) {
                indent_top_--;
                return make(Tok::Dedent, pos_, pos_);
            }
            return make(Tok::EndMarker, pos_, pos_);
        }
        uint32_t start = pos_;
        char c = src_[pos_];
        uint32_t nl;
        if (newline_at(pos_, &nl)) {
            pos_ += nl;
            if (level_ > 0 || fstring_ || !line_has_tokens_) {
                new_line(pos_);
                at_bol_ = level_ == 0;
                continue;
            }
            Token t = make(Tok::Newline, start, start + 1);
            new_line(pos_);
            at_bol_ = true;
            line_has_tokens_ = false;
            return t;
        }
        if (c == '\\') {
            if (fstring_) return fail_here("f-string expression part cannot include a backslash", pos_, pos_ + 1);
            pos_++;
            if (pos_ >= end_) {
                return fail(SyntaxErrorKind::SyntaxError, "unexpected EOF while parsing", line_, col_of(pos_), line_,
                            col_of(pos_), LexErrorClass::Quiet, true);
            }
            if (!newline_at(pos_, &nl))
                return fail_here("unexpected character after line continuation character", pos_, pos_);
            int bl = line_, bc = col_of(start + 1);
            pos_ += nl;
            new_line(pos_);
            if (pos_ >= end_)
                return fail(SyntaxErrorKind::SyntaxError, "unexpected EOF while parsing", bl, bc, bl, bc,
                            LexErrorClass::Quiet, true);
            continue;
        }
        line_has_tokens_ = true;
        auto uc = static_cast<unsigned char>(c);
        if (is_ascii_ident_start(uc) || uc >= 0x80) return lex_name_or_string(start);
        if (is_digit(c) || (c == '.' && pos_ + 1 < end_ && is_digit(src_[pos_ + 1]))) return lex_number(start);
        if (c == '"' || c == '\'') return lex_string(start, start);
        // Brackets: matched here so that mismatches get CPython's tokenizer messages.
        if (c == '(' || c == '[' || c == '{') {
            if (level_ >= kMaxParens) return fail_here("too many nested parentheses", pos_, pos_ + 1);
            parens_[level_++] = Open{c, line_, col_of(pos_)};
        } else if (c == ')' || c == ']' || c == '}') {
            if (level_ == 0) {
                if (fstring_) return fail_fmt(pos_, pos_ + 1, "f-string: unmatched '%c'", c);
                return fail_fmt(pos_, pos_ + 1, "unmatched '%c'", c);
            }
            const Open& o = parens_[level_ - 1];
            char want = o.c == '(' ? ')' : o.c == '[' ? ']' : '}';
            if (c != want) {
                if (o.line != line_) {
                    return fail_fmt(pos_, pos_ + 1,
                                    "closing parenthesis '%c' does not match opening parenthesis '%c' on line %d", c,
                                    o.c, o.line);
                }
                return fail_fmt(pos_, pos_ + 1, "closing parenthesis '%c' does not match opening parenthesis '%c'", c,
                                o.c);
            }
            level_--;
        }
        for (const OpSpelling& op : kOperators) {
            if (src_.substr(pos_, op.text.size()) == op.text && pos_ + op.text.size() <= end_) {
                pos_ += static_cast<uint32_t>(op.text.size());
                return make(op.kind, start, pos_);
            }
        }
        if (uc < 0x20 || uc == 0x7F) return fail_fmt(pos_, pos_ + 1, "invalid non-printable character U+%04X", uc);
        // `$`, `?`, backtick: not tokens; the parser reports "invalid syntax" at them.
        pos_++;
        return make(Tok::Unknown, start, pos_);
    }
}

Token Lexer::lex_name_or_string(uint32_t start) {
    // String prefixes: at most two letters from [bBrRuUfF] in the combinations Python allows.
    {
        bool b = false, r = false, u = false, f = false;
        uint32_t p = start;
        for (int k = 0; k < 3 && p < end_; k++, p++) {
            char c = src_[p];
            if (c == '"' || c == '\'') {
                if (k > 0) return lex_string(start, p);
                break;
            }
            if ((c == 'b' || c == 'B') && !b && !u && !f) b = true;
            else if ((c == 'r' || c == 'R') && !r && !u) r = true;
            else if ((c == 'u' || c == 'U') && !b && !r && !f && !u) u = true;
            else if ((c == 'f' || c == 'F') && !f && !b && !u) f = true;
            else break;
        }
    }
    uint32_t p = start;
    while (p < end_) {
        auto c = static_cast<unsigned char>(src_[p]);
        if (is_ascii_ident(c)) {
            p++;
            continue;
        }
        if (c < 0x80) break;
        uint32_t cp = 0;
        int n = utf8_decode(src_, p, &cp);
        if (n == 0) {
            pos_ = p;
            return fail_fmt(p, p + 1, "(unicode error) 'utf-8' codec can't decode byte 0x%02x", c);
        }
        if (!(p == start ? unicode::is_id_start(cp) : unicode::is_id_continue(cp))) {
            pos_ = p;
            char buf[8] = {};
            lexer_utf8_encode(cp, buf);
            if (!unicode::is_printable(cp)) return fail_fmt(p, p + n, "invalid non-printable character U+%04X", cp);
            return fail_fmt(p, p + n, "invalid character '%s' (U+%04X)", buf, cp);
        }
        p += n;
    }
    pos_ = p;
    Token t = make(Tok::Name, start, p);
    std::string_view text = src_.substr(start, p - start);
    if (text.size() >= 2 && text.size() <= 8 && text[0] >= 'F' && text[0] <= 'y') {
        for (const KeywordSpelling& k : kKeywords)
            if (k.text == text) {
                t.kind = k.kind;
                break;
            }
    }
    return t;
}

Token Lexer::lex_string(uint32_t start, uint32_t quote_pos) {
    char q = src_[quote_pos];
    int start_line = line_, start_col = col_of(start);
    uint32_t start_line_start = line_start_;
    bool triple = quote_pos + 2 < end_ && src_[quote_pos + 1] == q && src_[quote_pos + 2] == q;
    uint32_t p = quote_pos + (triple ? 3 : 1);
    for (;;) {
        if (p >= end_) {
            pos_ = p;
            int detected = line_;
            if (p > 0 && (src_[p - 1] == '\n' || src_[p - 1] == '\r') && line_ > start_line) detected--;
            char buf[100];
            if (triple) {
                snprintf(buf, sizeof buf, "unterminated triple-quoted string literal (detected at line %d)", detected);
                return fail(SyntaxErrorKind::SyntaxError, buf, start_line, start_col, start_line, start_col,
                            LexErrorClass::Hard, !fstring_);
            }
            snprintf(buf, sizeof buf, "unterminated string literal (detected at line %d)", detected);
            return fail(SyntaxErrorKind::SyntaxError, buf, start_line, start_col, start_line, start_col,
                        LexErrorClass::Hard);
        }
        char c = src_[p];
        uint32_t nl;
        if (c == '\\') {
            p++;
            if (newline_at(p, &nl)) {
                p += nl;
                new_line(p);
            } else if (p < end_) {
                p++;
            }
            continue;
        }
        if (newline_at(p, &nl)) {
            if (!triple) {
                pos_ = p;
                char buf[100];
                snprintf(buf, sizeof buf, "unterminated string literal (detected at line %d)", line_);
                return fail(SyntaxErrorKind::SyntaxError, buf, start_line, start_col, start_line, start_col,
                            LexErrorClass::Hard);
            }
            p += nl;
            new_line(p);
            continue;
        }
        if (c == q) {
            if (!triple) {
                p++;
                break;
            }
            if (p + 2 < end_ && src_[p + 1] == q && src_[p + 2] == q) {
                p += 3;
                break;
            }
        }
        p++;
    }
    pos_ = p;
    Token t = make(Tok::String, start, p);
    t.line = start_line;
    t.col = static_cast<int>(start - start_line_start);
    return t;
}

// Number shapes as CPython's tokenizer checks them; the value is computed by the parser.
Token Lexer::lex_number(uint32_t start) {
    uint32_t p = start;
    auto at = [&](uint32_t i) -> char { return i < end_ ? src_[i] : '\0'; };
    // Digits with single underscores between them; returns false (p at the offending char) on a bad '_'.
    auto digits = [&](auto pred) {
        for (;;) {
            while (pred(at(p))) p++;
            if (at(p) != '_') return true;
            p++;
            if (!pred(at(p))) return false;
        }
    };
    // After a number, an identifier character glued to it is an error, except for a few keywords.
    auto end_of_number = [&](const char* kind) -> Token {
        auto c = static_cast<unsigned char>(at(p));
        if (p < end_ && (is_ascii_ident(c) || c >= 0x80)) {
            for (std::string_view kw : kGluableShort)
                if (src_.substr(p, kw.size()) == kw && p + kw.size() <= end_) goto ok;
            for (std::string_view kw : kGluableKeywords) {
                if (src_.substr(p, kw.size()) != kw || p + kw.size() > end_) continue;
                auto after = static_cast<unsigned char>(at(p + static_cast<uint32_t>(kw.size())));
                if (!is_ascii_ident(after) && after < 0x80) goto ok;
            }
            pos_ = p;
            char buf[60];
            snprintf(buf, sizeof buf, "invalid %s literal", kind);
            return fail_here(buf, p - 1, p - 1);
        }
    ok:
        pos_ = p;
        return make(Tok::Number, start, p);
    };
    auto bad = [&](const char* kind) {
        pos_ = p;
        char buf[60];
        snprintf(buf, sizeof buf, "invalid %s literal", kind);
        return fail_here(buf, p - 1, p - 1);
    };
    auto exponent_and_imag = [&]() -> Token {
        char c = at(p);
        if (c == 'e' || c == 'E') {
            uint32_t save = p;
            p++;
            if (at(p) == '+' || at(p) == '-') p++;
            if (!is_digit(at(p))) {
                p = save;  // `1else`: the number ends before the 'e'
                return end_of_number("decimal");
            }
            if (!digits(is_digit)) return bad("decimal");
        }
        if (at(p) == 'j' || at(p) == 'J') {
            p++;
            return end_of_number("imaginary");
        }
        return end_of_number("decimal");
    };
    auto fraction = [&]() -> Token {
        // at '.'
        p++;
        if (is_digit(at(p)) && !digits(is_digit)) return bad("decimal");
        return exponent_and_imag();
    };
    if (at(p) == '.') return fraction();
    if (at(p) == '0') {
        p++;
        char c = at(p);
        if (c == 'x' || c == 'X') {
            p++;
            if (at(p) == '_') p++;
            if (!is_hex(at(p))) return bad("hexadecimal");
            if (!digits(is_hex)) return bad("hexadecimal");
            return end_of_number("hexadecimal");
        }
        if (c == 'o' || c == 'O' || c == 'b' || c == 'B') {
            bool octal = c == 'o' || c == 'O';
            auto pred = octal ? +[](char d) { return d >= '0' && d <= '7'; }
                              : +[](char d) { return d == '0' || d == '1'; };
            const char* kind = octal ? "octal" : "binary";
            p++;
            if (at(p) == '_') p++;
            if (!pred(at(p))) {
                if (is_digit(at(p))) {
                    pos_ = p;
                    return fail_fmt(p, p, "invalid digit '%c' in %s literal", at(p), kind);
                }
                return bad(kind);
            }
            if (!digits(pred)) return bad(kind);
            if (is_digit(at(p))) {
                pos_ = p;
                return fail_fmt(p, p, "invalid digit '%c' in %s literal", at(p), kind);
            }
            return end_of_number(kind);
        }
        // Zeros, possibly followed by more digits: only valid as a float/imaginary or if all zeros.
        bool nonzero = false;
        for (;;) {
            while (at(p) == '0') p++;
            uint32_t q = p;
            while (is_digit(at(p))) p++;
            if (p > q) nonzero = true;
            if (at(p) != '_') break;
            p++;
            if (!is_digit(at(p))) return bad("decimal");
        }
        char d = at(p);
        if (d == '.') return fraction();
        if (d == 'e' || d == 'E' || d == 'j' || d == 'J') return exponent_and_imag();
        if (nonzero) {
            pos_ = p;
            return fail(SyntaxErrorKind::SyntaxError,
                        "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal "
                        "integers",
                        line_, col_of(start), line_, col_of(p) - 1, LexErrorClass::Hard);
        }
        return end_of_number("decimal");
    }
    if (!digits(is_digit)) return bad("decimal");
    if (at(p) == '.') return fraction();
    return exponent_and_imag();
}

}  // namespace pyco
