// The str type: UTF-8 text objects, interning, repr, %-formatting, str.format and all str methods.
#include <cstring>
#include <string>
#include <string_view>
#include <vector>

#include "objects/float_format.h"
#include "objects/objects.h"

namespace pyco {

// ---- UTF-8 ------------------------------------------------------------------------------------------------------

int utf8_encode(uint32_t cp, char* out) {
    if (cp < 0x80) {
        out[0] = static_cast<char>(cp);
        return 1;
    }
    if (cp < 0x800) {
        out[0] = static_cast<char>(0xC0 | (cp >> 6));
        out[1] = static_cast<char>(0x80 | (cp & 0x3F));
        return 2;
    }
    if (cp < 0x10000) {
        out[0] = static_cast<char>(0xE0 | (cp >> 12));
        out[1] = static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        out[2] = static_cast<char>(0x80 | (cp & 0x3F));
        return 3;
    }
    out[0] = static_cast<char>(0xF0 | (cp >> 18));
    out[1] = static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
    out[2] = static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out[3] = static_cast<char>(0x80 | (cp & 0x3F));
    return 4;
}

// Decodes one code point of text already known to be valid UTF-8.
uint32_t utf8_decode(const char* s, size_t* advance) {
    auto b = reinterpret_cast<const unsigned char*>(s);
    if (b[0] < 0x80) {
        *advance = 1;
        return b[0];
    }
    if (b[0] < 0xE0) {
        *advance = 2;
        return ((b[0] & 0x1Fu) << 6) | (b[1] & 0x3Fu);
    }
    if (b[0] < 0xF0) {
        *advance = 3;
        return ((b[0] & 0x0Fu) << 12) | ((b[1] & 0x3Fu) << 6) | (b[2] & 0x3Fu);
    }
    *advance = 4;
    return ((b[0] & 0x07u) << 18) | ((b[1] & 0x3Fu) << 12) | ((b[2] & 0x3Fu) << 6) | (b[3] & 0x3Fu);
}

namespace {

// Why strict UTF-8 decoding failed at a position: CPython's reasons and the bad byte range [start, end).
struct Utf8Error {
    size_t start, end;
    const char* reason;
};

// Checks one sequence at pos. Returns its byte length, or 0 with *err filled in (CPython's decoder rules:
// the error covers the longest valid prefix of a sequence).
size_t utf8_check_one(std::string_view s, size_t pos, Utf8Error* err) {
    auto b = [&](size_t i) { return static_cast<unsigned char>(s[i]); };
    unsigned char c = b(pos);
    if (c < 0x80) return 1;
    size_t need;
    unsigned char lo = 0x80, hi = 0xBF;
    if (c >= 0xC2 && c <= 0xDF) {
        need = 1;
    } else if (c >= 0xE0 && c <= 0xEF) {
        need = 2;
        if (c == 0xE0) lo = 0xA0;
        if (c == 0xED) hi = 0x9F;  // surrogates
    } else if (c >= 0xF0 && c <= 0xF4) {
        need = 3;
        if (c == 0xF0) lo = 0x90;
        if (c == 0xF4) hi = 0x8F;  // > U+10FFFF
    } else {
        *err = {pos, pos + 1, "invalid start byte"};
        return 0;
    }
    for (size_t k = 1; k <= need; k++) {
        if (pos + k >= s.size()) {
            *err = {pos, s.size(), "unexpected end of data"};
            return 0;
        }
        unsigned char d = b(pos + k);
        unsigned char l = k == 1 ? lo : 0x80, h = k == 1 ? hi : 0xBF;
        if (d < l || d > h) {
            *err = {pos, pos + k, "invalid continuation byte"};
            return 0;
        }
    }
    return need + 1;
}

}  // namespace

bool utf8_valid(std::string_view s, size_t* length) {
    size_t n = 0;
    Utf8Error err;
    for (size_t i = 0; i < s.size();) {
        if (static_cast<unsigned char>(s[i]) < 0x80) {
            i++;
        } else {
            size_t k = utf8_check_one(s, i, &err);
            if (!k) return false;
            i += k;
        }
        n++;
    }
    if (length) *length = n;
    return true;
}

void StrBuilder::add_codepoint(uint32_t cp) {
    char tmp[4];
    buf_.append(tmp, static_cast<size_t>(utf8_encode(cp, tmp)));
}

// ---- construction -----------------------------------------------------------------------------------------------

namespace {

constexpr size_t kMaxStrSize = 0xFFFFFFF0u;

// A Str of `size` bytes (contents to be filled in by the caller, then finish_str).
R<Str*> alloc_str(Interpreter& vm, Type* type, size_t size) {
    if (size > kMaxStrSize) return raise_memory_error(vm);
    Str* s = TRY(alloc<Str>(vm, type, size + 1));
    s->size = static_cast<uint32_t>(size);
    s->hash = -1;
    s->data[size] = 0;
    return s;
}

void finish_str(Str* s) {
    uint32_t n = 0;
    bool ascii = true;
    auto p = reinterpret_cast<const unsigned char*>(s->data);
    for (uint32_t i = 0; i < s->size; i++) {
        if ((p[i] & 0xC0) != 0x80) n++;
        if (p[i] >= 0x80) ascii = false;
    }
    s->length = n;
    s->ascii = ascii;
}

R<Str*> new_str_of_type(Interpreter& vm, Type* type, std::string_view text) {
    Str* s = TRY(alloc_str(vm, type, text.size()));
    if (!text.empty()) std::memcpy(s->data, text.data(), text.size());
    finish_str(s);
    return s;
}

// Methods return exact str even when called on a subclass instance (as CPython does).
R<Str*> exact_str(Interpreter& vm, Str* s) {
    if (s->type == vm.t_str) return s;
    return new_str(vm, s->view());
}

uint64_t fnv1a(std::string_view s) {
    uint64_t h = 14695981039346656037ull;
    for (unsigned char c : s) {
        h ^= c;
        h *= 1099511628211ull;
    }
    return h;
}

}  // namespace

R<Str*> new_str(Interpreter& vm, std::string_view utf8) {
    if (utf8.empty() && vm.empty_str) return vm.empty_str;
    if (utf8.size() == 1 && static_cast<unsigned char>(utf8[0]) < 0x80 && vm.char_strs[static_cast<unsigned char>(utf8[0])])
        return vm.char_strs[static_cast<unsigned char>(utf8[0])];
    return new_str_of_type(vm, vm.t_str, utf8);
}

int64_t str_hash(Str* s) {
    if (s->hash != -1) return s->hash;
    int64_t h = static_cast<int64_t>(fnv1a(s->view()));
    if (h == -1) h = -2;
    s->hash = h;
    return h;
}

bool str_equal(Str* a, Str* b) {
    if (a == b) return true;
    if (a->interned && b->interned) return false;
    if (a->size != b->size) return false;
    if (a->hash != -1 && b->hash != -1 && a->hash != b->hash) return false;
    return std::memcmp(a->data, b->data, a->size) == 0;
}

R<Str*> intern(Interpreter& vm, std::string_view utf8) {
    auto& table = vm.interned;
    int64_t h = static_cast<int64_t>(fnv1a(utf8));
    if (h == -1) h = -2;
    if ((vm.ninterned + 1) * 3 > table.size() * 2) {
        size_t n = table.empty() ? 512 : table.size() * 2;
        std::vector<Str*> bigger(n, nullptr);
        for (Str* s : table) {
            if (!s) continue;
            size_t i = static_cast<uint64_t>(str_hash(s)) & (n - 1);
            while (bigger[i]) i = (i + 1) & (n - 1);
            bigger[i] = s;
        }
        table.swap(bigger);
    }
    size_t mask = table.size() - 1;
    size_t i = static_cast<uint64_t>(h) & mask;
    while (Str* s = table[i]) {
        if (str_hash(s) == h && s->view() == utf8) return s;
        i = (i + 1) & mask;
    }
    Str* s = TRY(new_str(vm, utf8));
    if (s->interned) return s;  // cannot happen (it would have been found), but keep the set consistent
    s->hash = h;
    s->interned = true;
    table[i] = s;
    vm.ninterned++;
    return s;
}

R<Str*> str_concat(Interpreter& vm, Str* a, Str* b) {
    if (a->size == 0 && a->type == vm.t_str && b->type == vm.t_str) return b;
    if (b->size == 0 && b->type == vm.t_str && a->type == vm.t_str) return a;
    Str* s = TRY(alloc_str(vm, vm.t_str, static_cast<size_t>(a->size) + b->size));
    std::memcpy(s->data, a->data, a->size);
    std::memcpy(s->data + a->size, b->data, b->size);
    s->length = a->length + b->length;
    s->ascii = a->ascii && b->ascii;
    return s;
}

size_t str_offset(Str* s, int64_t i) {
    if (s->ascii) return static_cast<size_t>(i);
    if (i >= static_cast<int64_t>(s->length)) return s->size;
    auto p = reinterpret_cast<const unsigned char*>(s->data);
    size_t off = 0;
    // Walk from whichever end is nearer.
    if (i <= static_cast<int64_t>(s->length) / 2) {
        for (int64_t n = 0; n < i; n++) {
            off++;
            while ((p[off] & 0xC0) == 0x80) off++;
        }
        return off;
    }
    off = s->size;
    for (int64_t n = s->length; n > i; n--) {
        off--;
        while ((p[off] & 0xC0) == 0x80) off--;
    }
    return off;
}

R<Str*> str_from_codepoint(Interpreter& vm, uint32_t cp) {
    if (cp < 0x80 && vm.char_strs[cp]) return vm.char_strs[cp];
    char tmp[4];
    return new_str(vm, std::string_view(tmp, static_cast<size_t>(utf8_encode(cp, tmp))));
}

R<Str*> str_char_at(Interpreter& vm, Str* s, int64_t i) {
    size_t off = str_offset(s, i);
    size_t adv;
    uint32_t cp = utf8_decode(s->data + off, &adv);
    if (cp < 0x80 && vm.char_strs[cp]) return vm.char_strs[cp];
    return new_str(vm, std::string_view(s->data + off, adv));
}

namespace {

// Code point index of a byte offset.
int64_t cp_index(Str* s, size_t byte_off) {
    if (s->ascii) return static_cast<int64_t>(byte_off);
    int64_t n = 0;
    for (size_t i = 0; i < byte_off; i++)
        if ((static_cast<unsigned char>(s->data[i]) & 0xC0) != 0x80) n++;
    return n;
}

// All code points of a string, decoded (for the methods that need random access or per-character logic).
std::u32string decode_all(std::string_view s) {
    std::u32string out;
    out.reserve(s.size());
    for (size_t i = 0; i < s.size();) {
        size_t adv;
        out.push_back(utf8_decode(s.data() + i, &adv));
        i += adv;
    }
    return out;
}

void append_cp(std::string& out, uint32_t cp) {
    char tmp[4];
    out.append(tmp, static_cast<size_t>(utf8_encode(cp, tmp)));
}

bool has_index(Interpreter& vm, Value v) {
    return is_int_value(v) || !type_lookup(type_of(vm, v), vm.n___index__).is_null();
}

}  // namespace

R<Value> str_getitem(Interpreter& vm, Str* s, Value key) {
    if (is_kind(key, Kind::Slice)) {
        int64_t start, stop, step;
        int64_t n = TRY(slice_indices(vm, static_cast<Slice*>(key.as_obj()), s->length, &start, &stop, &step));
        if (n <= 0) return val(vm.empty_str);
        if (step == 1) {
            if (n == static_cast<int64_t>(s->length) && s->type == vm.t_str) return val(s);
            size_t a = str_offset(s, start);
            size_t b = s->ascii ? static_cast<size_t>(stop) : a;
            if (!s->ascii) {
                auto p = reinterpret_cast<const unsigned char*>(s->data);
                for (int64_t k = 0; k < n; k++) {
                    b++;
                    while (b < s->size && (p[b] & 0xC0) == 0x80) b++;
                }
            }
            return val(TRY(new_str(vm, std::string_view(s->data + a, b - a))));
        }
        std::string out;
        if (s->ascii) {
            out.reserve(static_cast<size_t>(n));
            for (int64_t k = 0, i = start; k < n; k++, i += step) out.push_back(s->data[i]);
        } else {
            std::vector<uint32_t> offs;
            offs.reserve(s->length + 1);
            auto p = reinterpret_cast<const unsigned char*>(s->data);
            for (uint32_t i = 0; i < s->size; i++)
                if ((p[i] & 0xC0) != 0x80) offs.push_back(i);
            offs.push_back(s->size);
            for (int64_t k = 0, i = start; k < n; k++, i += step)
                out.append(s->data + offs[static_cast<size_t>(i)], offs[static_cast<size_t>(i) + 1] - offs[static_cast<size_t>(i)]);
        }
        return val(TRY(new_str(vm, out)));
    }
    if (!has_index(vm, key))
        return raise(vm, vm.e_TypeError, "string indices must be integers, not '%s'", type_name(vm, key));
    int64_t i = TRY(seq_index(vm, key, s->length, "string"));
    return val(TRY(str_char_at(vm, s, i)));
}

// ---- repr -------------------------------------------------------------------------------------------------------

namespace {

// Approximates Unicode's "printable" (everything except Cc, Cf, Zl, Zp, Zs other than space, Co, Cs and the
// unassigned code points we know about) the way str.isprintable and repr see it.
bool is_printable(uint32_t c) {
    if (c < 0x7F) return c >= 0x20;
    if (c <= 0xA0) return false;
    if (c == 0xAD) return false;
    if (c < 0x370) return true;
    struct Range {
        uint32_t lo, hi;
    };
    static constexpr Range kNonPrintable[] = {
        {0x378, 0x379},   {0x380, 0x383},   {0x38B, 0x38B},   {0x38D, 0x38D},   {0x3A2, 0x3A2},
        {0x530, 0x530},   {0x557, 0x558},   {0x58B, 0x58C},   {0x590, 0x590},   {0x5C8, 0x5CF},
        {0x5EB, 0x5EE},   {0x5F5, 0x605},   {0x61C, 0x61C},   {0x6DD, 0x6DD},   {0x70E, 0x70F},
        {0x180E, 0x180E}, {0x1680, 0x1680}, {0x2000, 0x200F}, {0x2028, 0x202F}, {0x205F, 0x206F},
        {0x2072, 0x2073}, {0x208F, 0x208F}, {0x3000, 0x3000}, {0xD800, 0xF8FF}, {0xFEFF, 0xFEFF},
        {0xFFF0, 0xFFFB}, {0xFFFE, 0xFFFF}, {0x110BD, 0x110BD}, {0x1BCA0, 0x1BCA3}, {0x1D173, 0x1D17A},
        {0xE0000, 0xE0FFF}, {0xF0000, 0x10FFFF},
    };
    for (const Range& r : kNonPrintable) {
        if (c < r.lo) return true;
        if (c <= r.hi) return false;
    }
    return true;
}

const char kHex[] = "0123456789abcdef";

void append_escaped_cp(std::string& out, uint32_t c) {
    if (c <= 0xFF) {
        out += "\\x";
        out += kHex[c >> 4];
        out += kHex[c & 15];
    } else if (c <= 0xFFFF) {
        out += "\\u";
        for (int sh = 12; sh >= 0; sh -= 4) out += kHex[(c >> sh) & 15];
    } else {
        out += "\\U";
        for (int sh = 28; sh >= 0; sh -= 4) out += kHex[(c >> sh) & 15];
    }
}

// repr() text of a str; ascii_only escapes every non-ASCII code point (ascii()).
std::string repr_text(std::string_view s, bool ascii_only) {
    bool has_single = s.find('\'') != std::string_view::npos;
    bool has_double = s.find('"') != std::string_view::npos;
    char quote = (has_single && !has_double) ? '"' : '\'';
    std::string out;
    out.reserve(s.size() + 2);
    out += quote;
    for (size_t i = 0; i < s.size();) {
        size_t adv;
        uint32_t c = utf8_decode(s.data() + i, &adv);
        if (c == static_cast<uint32_t>(quote) || c == '\\') {
            out += '\\';
            out += static_cast<char>(c);
        } else if (c == '\t') {
            out += "\\t";
        } else if (c == '\n') {
            out += "\\n";
        } else if (c == '\r') {
            out += "\\r";
        } else if (c < 0x20 || c == 0x7F) {
            append_escaped_cp(out, c);
        } else if (c < 0x7F) {
            out += static_cast<char>(c);
        } else if (!ascii_only && is_printable(c)) {
            out.append(s.data() + i, adv);
        } else {
            append_escaped_cp(out, c);
        }
        i += adv;
    }
    out += quote;
    return out;
}

// ascii(v): repr with non-ASCII characters escaped.
R<Str*> ascii_of(Interpreter& vm, Value v) {
    Str* r = TRY(repr(vm, v));
    if (r->ascii) return r;
    std::string out;
    for (size_t i = 0; i < r->size;) {
        size_t adv;
        uint32_t c = utf8_decode(r->data + i, &adv);
        if (c < 0x80)
            out += static_cast<char>(c);
        else
            append_escaped_cp(out, c);
        i += adv;
    }
    return new_str(vm, out);
}

}  // namespace

R<Str*> str_repr(Interpreter& vm, Str* s) { return new_str(vm, repr_text(s->view(), false)); }

// ---- character classes and case mapping ---------------------------------------------------------------------------
//
// Coverage (full Unicode tables would not fit a microcontroller build): case mapping for ASCII, Latin-1,
// Latin Extended-A, the regular parts of Latin Extended-B and Latin Extended Additional, Greek (with final
// sigma), Cyrillic, Armenian, Roman numerals, circled letters and fullwidth Latin, plus the common special
// full mappings (ß, ligatures, İ, ŉ). Letters, digits and numerics use range tables of the common scripts.

namespace {

// A run of case pairs: kind Offset maps upper [lo, hi] to lower c + delta; kind Alternate covers [lo, hi]
// with upper case at even distance from lo and its lower case right after.
enum class CaseKind : uint8_t { Offset, Alternate };
struct CaseRange {
    uint32_t lo, hi;
    int32_t delta;
    CaseKind kind;
};
constexpr CaseRange kCaseRanges[] = {
    {0x41, 0x5A, 32, CaseKind::Offset},        {0xC0, 0xD6, 32, CaseKind::Offset},
    {0xD8, 0xDE, 32, CaseKind::Offset},        {0x100, 0x12F, 1, CaseKind::Alternate},
    {0x132, 0x137, 1, CaseKind::Alternate},    {0x139, 0x148, 1, CaseKind::Alternate},
    {0x14A, 0x177, 1, CaseKind::Alternate},    {0x179, 0x17E, 1, CaseKind::Alternate},
    {0x182, 0x185, 1, CaseKind::Alternate},    {0x1A0, 0x1A5, 1, CaseKind::Alternate},
    {0x1CD, 0x1DC, 1, CaseKind::Alternate},    {0x1DE, 0x1EF, 1, CaseKind::Alternate},
    {0x1F8, 0x21F, 1, CaseKind::Alternate},    {0x222, 0x233, 1, CaseKind::Alternate},
    {0x246, 0x24F, 1, CaseKind::Alternate},    {0x370, 0x373, 1, CaseKind::Alternate},
    {0x386, 0x386, 38, CaseKind::Offset},      {0x388, 0x38A, 37, CaseKind::Offset},
    {0x38C, 0x38C, 64, CaseKind::Offset},      {0x38E, 0x38F, 63, CaseKind::Offset},
    {0x391, 0x3A1, 32, CaseKind::Offset},      {0x3A3, 0x3AB, 32, CaseKind::Offset},
    {0x3D8, 0x3EF, 1, CaseKind::Alternate},    {0x400, 0x40F, 80, CaseKind::Offset},
    {0x410, 0x42F, 32, CaseKind::Offset},      {0x460, 0x481, 1, CaseKind::Alternate},
    {0x48A, 0x4BF, 1, CaseKind::Alternate},    {0x4C0, 0x4C0, 15, CaseKind::Offset},
    {0x4C1, 0x4CE, 1, CaseKind::Alternate},    {0x4D0, 0x52F, 1, CaseKind::Alternate},
    {0x531, 0x556, 48, CaseKind::Offset},      {0x1E00, 0x1E95, 1, CaseKind::Alternate},
    {0x1EA0, 0x1EFF, 1, CaseKind::Alternate},  {0x2160, 0x216F, 16, CaseKind::Offset},
    {0x24B6, 0x24CF, 26, CaseKind::Offset},    {0xFF21, 0xFF3A, 32, CaseKind::Offset},
};

struct CpPair {
    uint32_t from, to;
};
// One-directional simple mappings not covered by the ranges.
constexpr CpPair kExtraUpper[] = {{0xB5, 0x39C}, {0xFF, 0x178}, {0x131, 0x49}, {0x17F, 0x53}, {0x1C5, 0x1C4},
                                  {0x1C6, 0x1C4}, {0x1C8, 0x1C7}, {0x1C9, 0x1C7}, {0x1CB, 0x1CA}, {0x1CC, 0x1CA},
                                  {0x1F2, 0x1F1}, {0x1F3, 0x1F1}, {0x3C2, 0x3A3}};
constexpr CpPair kExtraLower[] = {{0x130, 0x69},  {0x178, 0xFF},  {0x1C4, 0x1C6}, {0x1C5, 0x1C6}, {0x1C7, 0x1C9},
                                  {0x1C8, 0x1C9}, {0x1CA, 0x1CC}, {0x1CB, 0x1CC}, {0x1F1, 0x1F3}, {0x1F2, 0x1F3}};
// Titlecase letters (Lt): neither upper nor lower.
bool is_titlecase_letter(uint32_t c) { return c == 0x1C5 || c == 0x1C8 || c == 0x1CB || c == 0x1F2; }

uint32_t lookup_pair(const CpPair* table, size_t n, uint32_t c) {
    for (size_t i = 0; i < n; i++)
        if (table[i].from == c) return table[i].to;
    return 0;
}

uint32_t simple_lower(uint32_t c) {
    if (c < 0x80) return (c >= 'A' && c <= 'Z') ? c + 32 : c;
    if (uint32_t m = lookup_pair(kExtraLower, std::size(kExtraLower), c)) return m;
    for (const CaseRange& r : kCaseRanges) {
        if (c < r.lo) break;
        if (c > r.hi) continue;
        if (r.kind == CaseKind::Offset) return c + static_cast<uint32_t>(r.delta);
        if ((c - r.lo) % 2 == 0) return c + 1;
        return c;
    }
    return c;
}

uint32_t simple_upper(uint32_t c) {
    if (c < 0x80) return (c >= 'a' && c <= 'z') ? c - 32 : c;
    if (uint32_t m = lookup_pair(kExtraUpper, std::size(kExtraUpper), c)) return m;
    for (const CaseRange& r : kCaseRanges) {
        if (r.kind == CaseKind::Offset) {
            uint32_t lo = r.lo + static_cast<uint32_t>(r.delta), hi = r.hi + static_cast<uint32_t>(r.delta);
            if (c >= lo && c <= hi) return c - static_cast<uint32_t>(r.delta);
        } else if (c > r.lo && c <= r.hi && (c - r.lo) % 2 == 1) {
            return c - 1;
        }
    }
    return c;
}

uint32_t simple_title(uint32_t c) {
    switch (c) {
        case 0x1C4: case 0x1C5: case 0x1C6: return 0x1C5;
        case 0x1C7: case 0x1C8: case 0x1C9: return 0x1C8;
        case 0x1CA: case 0x1CB: case 0x1CC: return 0x1CB;
        case 0x1F1: case 0x1F2: case 0x1F3: return 0x1F2;
        default: return simple_upper(c);
    }
}

// Lowercase letters without an uppercase partner (Ll / Other_Lowercase).
bool is_lower_only(uint32_t c) {
    return c == 0xAA || c == 0xBA || c == 0xDF || c == 0x138 || c == 0x149 || c == 0x390 || c == 0x3B0 ||
           (c >= 0x2B0 && c <= 0x2B8) || (c >= 0x250 && c <= 0x2AF) || (c >= 0xFB00 && c <= 0xFB06) || c == 0x587;
}

bool cp_is_upper(uint32_t c) {
    if (c < 0x80) return c >= 'A' && c <= 'Z';
    return !is_titlecase_letter(c) && simple_lower(c) != c;
}
bool cp_is_lower(uint32_t c) {
    if (c < 0x80) return c >= 'a' && c <= 'z';
    if (is_titlecase_letter(c)) return false;
    return simple_upper(c) != c || is_lower_only(c);
}
bool cp_is_cased(uint32_t c) { return cp_is_upper(c) || cp_is_lower(c) || is_titlecase_letter(c); }

// Full (possibly multi-character) mappings; `mode` 'u' upper, 'l' lower, 't' title, 'f' casefold.
struct SpecialCase {
    uint32_t c;
    char mode;
    const char* utf8;
};
constexpr SpecialCase kSpecialCases[] = {
    {0xDF, 'u', "SS"},      {0xDF, 't', "Ss"},      {0xDF, 'f', "ss"},      {0x1E9E, 'f', "ss"},
    {0x130, 'l', "i\xCC\x87"}, {0x130, 'f', "i\xCC\x87"}, {0x149, 'u', "\xCA\xBC" "N"}, {0x149, 't', "\xCA\xBC" "N"},
    {0x149, 'f', "\xCA\xBC" "n"}, {0x390, 'u', "\xCE\x99\xCC\x88\xCC\x81"}, {0x3B0, 'u', "\xCE\xA5\xCC\x88\xCC\x81"},
    {0x587, 'u', "\xD4\xB5\xD5\x92"}, {0x587, 't', "\xD4\xB5\xD6\x82"}, {0x587, 'f', "\xD5\xA5\xD6\x82"},
    {0xFB00, 'u', "FF"},    {0xFB01, 'u', "FI"},    {0xFB02, 'u', "FL"},    {0xFB03, 'u', "FFI"},
    {0xFB04, 'u', "FFL"},   {0xFB05, 'u', "ST"},    {0xFB06, 'u', "ST"},    {0xFB00, 't', "Ff"},
    {0xFB01, 't', "Fi"},    {0xFB02, 't', "Fl"},    {0xFB03, 't', "Ffi"},   {0xFB04, 't', "Ffl"},
    {0xFB05, 't', "St"},    {0xFB06, 't', "St"},    {0xFB00, 'f', "ff"},    {0xFB01, 'f', "fi"},
    {0xFB02, 'f', "fl"},    {0xFB03, 'f', "ffi"},   {0xFB04, 'f', "ffl"},   {0xFB05, 'f', "st"},
    {0xFB06, 'f', "st"},    {0xB5, 'f', "\xCE\xBC"}, {0x17F, 'f', "s"},     {0x3C2, 'f', "\xCF\x83"},
};

void append_case(std::string& out, uint32_t c, char mode) {
    if (c >= 0xB5) {
        for (const SpecialCase& sc : kSpecialCases) {
            if (sc.c == c && sc.mode == mode) {
                out += sc.utf8;
                return;
            }
        }
    }
    uint32_t m = mode == 'u' ? simple_upper(c) : mode == 't' ? simple_title(c) : simple_lower(c);
    append_cp(out, m);
}

struct CpRange {
    uint32_t lo, hi;
};
bool in_ranges(const CpRange* table, size_t n, uint32_t c) {
    size_t lo = 0, hi = n;
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        if (c < table[mid].lo)
            hi = mid;
        else if (c > table[mid].hi)
            lo = mid + 1;
        else
            return true;
    }
    return false;
}

// Letters (L*) of the common scripts, sorted.
constexpr CpRange kAlpha[] = {
    {0x41, 0x5A},       {0x61, 0x7A},       {0xAA, 0xAA},       {0xB5, 0xB5},       {0xBA, 0xBA},
    {0xC0, 0xD6},       {0xD8, 0xF6},       {0xF8, 0x2C1},      {0x2C6, 0x2D1},     {0x2E0, 0x2E4},
    {0x2EC, 0x2EC},     {0x2EE, 0x2EE},     {0x370, 0x374},     {0x376, 0x377},     {0x37A, 0x37D},
    {0x37F, 0x37F},     {0x386, 0x386},     {0x388, 0x38A},     {0x38C, 0x38C},     {0x38E, 0x3A1},
    {0x3A3, 0x3F5},     {0x3F7, 0x481},     {0x48A, 0x52F},     {0x531, 0x556},     {0x559, 0x559},
    {0x560, 0x588},     {0x5D0, 0x5EA},     {0x5EF, 0x5F2},     {0x620, 0x64A},     {0x66E, 0x66F},
    {0x671, 0x6D3},     {0x6D5, 0x6D5},     {0x6E5, 0x6E6},     {0x6EE, 0x6EF},     {0x6FA, 0x6FC},
    {0x6FF, 0x6FF},     {0x904, 0x939},     {0x93D, 0x93D},     {0x950, 0x950},     {0x958, 0x961},
    {0x971, 0x980},     {0xE01, 0xE30},     {0xE32, 0xE33},     {0xE40, 0xE46},     {0x10A0, 0x10C5},
    {0x10D0, 0x10FA},   {0x10FC, 0x1248},   {0x13A0, 0x13F5},   {0x1E00, 0x1F15},   {0x1F18, 0x1F1D},
    {0x1F20, 0x1F45},   {0x1F48, 0x1F4D},   {0x1F50, 0x1F57},   {0x1F59, 0x1F59},   {0x1F5B, 0x1F5B},
    {0x1F5D, 0x1F5D},   {0x1F5F, 0x1F7D},   {0x1F80, 0x1FB4},   {0x1FB6, 0x1FBC},   {0x1FBE, 0x1FBE},
    {0x1FC2, 0x1FC4},   {0x1FC6, 0x1FCC},   {0x1FD0, 0x1FD3},   {0x1FD6, 0x1FDB},   {0x1FE0, 0x1FEC},
    {0x1FF2, 0x1FF4},   {0x1FF6, 0x1FFC},   {0x2071, 0x2071},   {0x207F, 0x207F},   {0x2090, 0x209C},
    {0x2102, 0x2102},   {0x2107, 0x2107},   {0x210A, 0x2113},   {0x2115, 0x2115},   {0x2119, 0x211D},
    {0x2124, 0x2124},   {0x2126, 0x2126},   {0x2128, 0x2128},   {0x212A, 0x212D},   {0x212F, 0x2139},
    {0x213C, 0x213F},   {0x2145, 0x2149},   {0x214E, 0x214E},   {0x2183, 0x2184},   {0x2C00, 0x2CE4},
    {0x2D00, 0x2D25},   {0x3005, 0x3006},   {0x3031, 0x3035},   {0x303B, 0x303C},   {0x3041, 0x3096},
    {0x309D, 0x309F},   {0x30A1, 0x30FA},   {0x30FC, 0x30FF},   {0x3105, 0x312F},   {0x3131, 0x318E},
    {0x31A0, 0x31BF},   {0x31F0, 0x31FF},   {0x3400, 0x4DBF},   {0x4E00, 0x9FFF},   {0xA000, 0xA48C},
    {0xA4D0, 0xA4FD},   {0xA500, 0xA60C},   {0xA640, 0xA66E},   {0xA680, 0xA69D},   {0xA722, 0xA788},
    {0xA78B, 0xA7CA},   {0xAC00, 0xD7A3},   {0xF900, 0xFA6D},   {0xFB00, 0xFB06},   {0xFB13, 0xFB17},
    {0xFB1D, 0xFB1D},   {0xFB1F, 0xFB28},   {0xFB2A, 0xFB36},   {0xFB50, 0xFBB1},   {0xFE70, 0xFE74},
    {0xFE76, 0xFEFC},   {0xFF21, 0xFF3A},   {0xFF41, 0xFF5A},   {0xFF66, 0xFFBE},   {0x10000, 0x1000B},
    {0x10400, 0x1049D}, {0x1D400, 0x1D6A5}, {0x20000, 0x2A6DF}, {0x2A700, 0x2EBE0}, {0x2F800, 0x2FA1D},
    {0x30000, 0x3134A},
};

// First code point of each run of ten decimal digits (Nd), Unicode 14.0 as in Python 3.11.
constexpr uint32_t kDecimalZeros[] = {
    0x30,    0x660,   0x6f0,   0x7c0,   0x966,   0x9e6,   0xa66,   0xae6,   0xb66,   0xbe6,   0xc66,   0xce6,
    0xd66,   0xde6,   0xe50,   0xed0,   0xf20,   0x1040,  0x1090,  0x17e0,  0x1810,  0x1946,  0x19d0,  0x1a80,
    0x1a90,  0x1b50,  0x1bb0,  0x1c40,  0x1c50,  0xa620,  0xa8d0,  0xa900,  0xa9d0,  0xa9f0,  0xaa50,  0xabf0,
    0xff10,  0x104a0, 0x10d30, 0x11066, 0x110f0, 0x11136, 0x111d0, 0x112f0, 0x11450, 0x114d0, 0x11650, 0x116c0,
    0x11730, 0x118e0, 0x11950, 0x11c50, 0x11d50, 0x11da0, 0x16a60, 0x16ac0, 0x16b50, 0x1d7ce, 0x1d7d8, 0x1d7e2,
    0x1d7ec, 0x1d7f6, 0x1e140, 0x1e2f0, 0x1e950, 0x1fbf0};

bool cp_is_decimal(uint32_t c) {
    if (c < 0x80) return c >= '0' && c <= '9';
    for (uint32_t z : kDecimalZeros)
        if (c >= z && c < z + 10) return true;
    return false;
}

// Digits that are not decimal (superscripts, circled digits...).
constexpr CpRange kOtherDigits[] = {
    {0xB2, 0xB3},     {0xB9, 0xB9},     {0x2070, 0x2070}, {0x2074, 0x2079}, {0x2080, 0x2089},
    {0x2460, 0x2468}, {0x2474, 0x247C}, {0x2488, 0x2490}, {0x24EA, 0x24EA}, {0x24F5, 0x24FD},
    {0x24FF, 0x24FF}, {0x2776, 0x277E}, {0x2780, 0x2788}, {0x278A, 0x2792},
};
bool cp_is_digit(uint32_t c) { return cp_is_decimal(c) || in_ranges(kOtherDigits, std::size(kOtherDigits), c); }

// Numerics that are not digits (fractions, Roman numerals, CJK numerals...).
constexpr CpRange kOtherNumeric[] = {
    {0xBC, 0xBE},     {0x9F4, 0x9F9},   {0x2150, 0x215F}, {0x2160, 0x2182}, {0x2185, 0x2189},
    {0x2469, 0x2473}, {0x247D, 0x2487}, {0x2491, 0x249B}, {0x24EB, 0x24F4}, {0x24FE, 0x24FE},
    {0x277F, 0x277F}, {0x2789, 0x2789}, {0x2793, 0x2793}, {0x3007, 0x3007}, {0x3021, 0x3029},
    {0x3038, 0x303A}, {0x3192, 0x3195}, {0x3220, 0x3229}, {0x3248, 0x324F}, {0x3251, 0x325F},
    {0x3280, 0x3289}, {0x32B1, 0x32BF}, {0x4E00, 0x4E00}, {0x4E03, 0x4E03}, {0x4E07, 0x4E07},
    {0x4E09, 0x4E09}, {0x4E5D, 0x4E5D}, {0x4E8C, 0x4E8C}, {0x4E94, 0x4E94}, {0x516B, 0x516B},
    {0x516D, 0x516D}, {0x5341, 0x5341}, {0x5343, 0x5343}, {0x56DB, 0x56DB}, {0x767E, 0x767E},
    {0x96F6, 0x96F6},
};
bool cp_is_numeric(uint32_t c) { return cp_is_digit(c) || in_ranges(kOtherNumeric, std::size(kOtherNumeric), c); }

bool cp_is_alpha(uint32_t c) {
    if (c < 0x80) return (c | 32) >= 'a' && (c | 32) <= 'z';
    return in_ranges(kAlpha, std::size(kAlpha), c);
}
bool cp_is_alnum(uint32_t c) { return cp_is_alpha(c) || cp_is_numeric(c); }

bool cp_is_space(uint32_t c) {
    if (c < 0x80) return c == ' ' || (c >= 0x09 && c <= 0x0D) || (c >= 0x1C && c <= 0x1F);
    switch (c) {
        case 0x85: case 0xA0: case 0x1680: case 0x2028: case 0x2029: case 0x202F: case 0x205F: case 0x3000:
            return true;
        default:
            return c >= 0x2000 && c <= 0x200A;
    }
}

bool cp_is_linebreak(uint32_t c) {
    return c == '\n' || c == '\r' || c == 0x0B || c == 0x0C || (c >= 0x1C && c <= 0x1E) || c == 0x85 ||
           c == 0x2028 || c == 0x2029;
}

// Combining marks and connector punctuation allowed after the first character of an identifier.
bool cp_is_id_continue_extra(uint32_t c) {
    return (c >= 0x300 && c <= 0x36F) || (c >= 0x483 && c <= 0x487) || (c >= 0x591 && c <= 0x5BD) ||
           (c >= 0x610 && c <= 0x61A) || (c >= 0x64B && c <= 0x65F) || (c >= 0x900 && c <= 0x903) ||
           (c >= 0x93A && c <= 0x94F) || c == 0xB7 || c == 0x203F || c == 0x2040 || (c >= 0x20D0 && c <= 0x20DC) ||
           (c >= 0xFE00 && c <= 0xFE0F) || (c >= 0xFE20 && c <= 0xFE2F) || c == 0xFF3F;
}

bool cp_is_id_start(uint32_t c) {
    return c == '_' || cp_is_alpha(c) || (c >= 0x2160 && c <= 0x2188) || c == 0x3007 || (c >= 0x3021 && c <= 0x3029);
}
bool cp_is_id_continue(uint32_t c) { return cp_is_id_start(c) || cp_is_decimal(c) || cp_is_id_continue_extra(c); }

}  // namespace

