// Unicode character names (unicodedata.name/lookup, "\N{...}"), decoded from the word-token tables of
// unicode_names.cpp; Hangul syllables and the ideograph ranges are named by rule. Built with PYCO_UNICODE_NAMES.
#include <cstring>
#include <iterator>
#include <string>

#include "objects/unicode.h"

#if PYCO_UNICODE_NAMES
#include "objects/unicode_names.h"
#endif

namespace pyco::unicode {

#if PYCO_UNICODE_NAMES

using namespace names;

namespace {

constexpr uint32_t kHangulBase = 0xAC00, kHangulCount = 11172;
constexpr const char* kJamoL[] = {"G", "GG", "N", "D", "DD", "R", "M", "B", "BB", "S", "SS", "", "J", "JJ", "C",
                                  "K", "T", "P", "H"};
constexpr const char* kJamoV[] = {"A", "AE", "YA", "YAE", "EO", "E", "YEO", "YE", "O", "WA", "WAE", "OE", "YO", "U",
                                  "WEO", "WE", "WI", "YU", "EU", "YI", "I"};
constexpr const char* kJamoT[] = {"", "G", "GG", "GS", "N", "NJ", "NH", "D", "L", "LG", "LM", "LB", "LS", "LT",
                                  "LP", "LH", "M", "B", "BS", "S", "SS", "NG", "J", "C", "K", "T", "P", "H"};

void hangul_name(uint32_t cp, std::string* out) {
    uint32_t s = cp - kHangulBase;
    *out = "HANGUL SYLLABLE ";
    *out += kJamoL[s / 588];
    *out += kJamoV[(s % 588) / 28];
    *out += kJamoT[s % 28];
}

// The text of word token t.
void append_word(std::string* out, uint32_t t) {
    uint32_t off = kWordIndex[t / kWordStep];
    for (uint32_t k = t % kWordStep; k > 0; k--)
        while (!(kLexicon[off++] & 0x80)) {
        }
    while (true) {
        uint8_t c = kLexicon[off++];
        out->push_back(static_cast<char>(c & 0x7F));
        if (c & 0x80) break;
    }
}

// Reads one token at p (advancing it); returns -1 at a name's end marker (not consumed).
int32_t read_token(const uint8_t*& p) {
    if (*p >= 254) return -1;
    if (*p < kOneByteWords) return *p++;
    int32_t t = kOneByteWords + (p[0] - kOneByteWords) * 256 + p[1];
    p += 2;
    return t;
}

// Skips a name's end marker and gap; returns the distance to the next name's code point.
uint32_t read_gap(const uint8_t*& p) {
    if (*p++ == 255) return 1;
    uint32_t gap = 0;
    for (int shift = 0;; shift += 7) {
        uint8_t b = *p++;
        gap |= static_cast<uint32_t>(b & 127) << shift;
        if (!(b & 128)) break;
    }
    return gap;
}

// Turns a name into word tokens; false when a word is not in the lexicon (then no name matches).
bool tokenize(std::string_view name, std::basic_string<uint8_t>* out) {
    size_t start = 0;
    while (start <= name.size()) {
        size_t end = name.find(' ', start);
        if (end == std::string_view::npos) end = name.size();
        std::string_view word = name.substr(start, end - start);
        if (word.empty()) return false;
        int32_t found = -1;
        uint32_t off = 0;
        for (int32_t t = 0; t < kWordCount && found < 0; t++) {
            size_t k = 0;
            bool match = true;
            while (true) {
                uint8_t c = kLexicon[off++];
                if (match && (k >= word.size() || static_cast<uint8_t>(word[k]) != (c & 0x7F))) match = false;
                k++;
                if (c & 0x80) break;
            }
            if (match && k == word.size()) found = t;
        }
        if (found < 0) return false;
        if (found < kOneByteWords) {
            out->push_back(static_cast<uint8_t>(found));
        } else {
            out->push_back(static_cast<uint8_t>(kOneByteWords + (found - kOneByteWords) / 256));
            out->push_back(static_cast<uint8_t>((found - kOneByteWords) % 256));
        }
        start = end + 1;
    }
    return true;
}

// Whether the name at p (in a table ending at end) has exactly these tokens.
bool matches_at(const uint8_t* p, const uint8_t* end, const std::basic_string<uint8_t>& tokens) {
    if (static_cast<size_t>(end - p) <= tokens.size()) return false;
    return std::memcmp(p, tokens.data(), tokens.size()) == 0 && p[tokens.size()] >= 254;
}

}  // namespace

bool name_of(uint32_t cp, std::string* out) {
    out->clear();
    if (cp >= kHangulBase && cp < kHangulBase + kHangulCount) {
        hangul_name(cp, out);
        return true;
    }
    for (const AlgorithmicRange& r : kAlgorithmic) {
        if (cp >= r.lo && cp <= r.hi) {
            char hex[16];
            std::snprintf(hex, sizeof hex, "%04X", cp);
            *out = kPrefixes[r.prefix];
            *out += hex;
            return true;
        }
    }
    size_t lo = 0, hi = std::size(kChunks);
    while (lo < hi) {  // the last chunk starting at or before cp
        size_t mid = (lo + hi) / 2;
        if (kChunks[mid].cp <= cp) lo = mid + 1;
        else hi = mid;
    }
    if (lo == 0) return false;
    const NameChunk& chunk = kChunks[lo - 1];
    const uint8_t* p = kNames + chunk.offset;
    const uint8_t* end = kNames + std::size(kNames);
    uint32_t at = chunk.cp;
    while (at < cp) {
        while (read_token(p) >= 0) {
        }
        if (p + 1 >= end) return false;
        at += read_gap(p);
        if (lo < std::size(kChunks) && p == kNames + kChunks[lo].offset) return false;  // into the next chunk
    }
    if (at != cp) return false;
    for (int32_t t; (t = read_token(p)) >= 0;) {
        if (!out->empty()) out->push_back(' ');
        append_word(out, static_cast<uint32_t>(t));
    }
    return true;
}

bool lookup_name(std::string_view name, uint32_t* cp, bool with_aliases) {
    // As CPython, the rule-named characters match only in upper case; other names in any case.
    std::string up(name);
    if (up.rfind("HANGUL SYLLABLE ", 0) == 0) {
        std::string candidate;
        for (uint32_t c = kHangulBase; c < kHangulBase + kHangulCount; c++) {
            hangul_name(c, &candidate);
            if (candidate == up) {
                *cp = c;
                return true;
            }
        }
        return false;
    }
    for (const AlgorithmicRange& r : kAlgorithmic) {
        std::string_view prefix = kPrefixes[r.prefix];
        if (up.size() < prefix.size() + 4 || up.size() > prefix.size() + 5 || up.compare(0, prefix.size(), prefix) != 0)
            continue;
        uint32_t v = 0;
        bool hex = true;
        for (size_t i = prefix.size(); i < up.size(); i++) {
            char c = up[i];
            if (c >= '0' && c <= '9') v = v * 16 + static_cast<uint32_t>(c - '0');
            else if (c >= 'A' && c <= 'F') v = v * 16 + static_cast<uint32_t>(c - 'A' + 10);
            else hex = false;
        }
        if (hex && v >= r.lo && v <= r.hi) {
            *cp = v;
            return true;
        }
    }
    for (char& c : up)
        if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 32);
    std::basic_string<uint8_t> tokens;
    if (!tokenize(up, &tokens)) return false;
    // Scan the names in order, comparing token strings.
    const uint8_t* p = kNames;
    const uint8_t* end = kNames + std::size(kNames);
    uint32_t at = kChunks[0].cp;
    while (p < end) {
        if (matches_at(p, end, tokens)) {
            *cp = at;
            return true;
        }
        while (read_token(p) >= 0) {
        }
        if (p + 1 >= end) break;
        at += read_gap(p);
    }
    if (!with_aliases) return false;
    for (const uint8_t* a = kAliases; a < kAliases + std::size(kAliases);) {
        uint32_t c = (static_cast<uint32_t>(a[0]) << 16) | (static_cast<uint32_t>(a[1]) << 8) | a[2];
        a += 3;
        if (matches_at(a, kAliases + std::size(kAliases), tokens)) {
            *cp = c;
            return true;
        }
        while (read_token(a) >= 0) {
        }
        a++;
    }
    return false;
}

bool have_names() { return true; }

#else

bool name_of(uint32_t, std::string*) { return false; }
bool lookup_name(std::string_view, uint32_t*, bool) { return false; }
bool have_names() { return false; }

#endif

}  // namespace pyco::unicode
