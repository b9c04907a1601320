#!/usr/bin/env python3
"""Generates src/objects/unicode_data.cpp (character properties) and src/objects/unicode_names.cpp (names)
from the running python3's unicodedata and str methods (CPython 3.11 = Unicode 14.0.0).

Only data is generated; the code that reads it is src/objects/unicode.cpp. Properties are read back through
CPython's own str methods, so pyco answers exactly what CPython answers.

Usage: python3 tools/gen_unicode.py   (from the repository root; rewrites both files)
"""
import collections
import sys
import unicodedata

MAX = 0x110000

# Record flags (mirrored in unicode.cpp).
F_ALPHA, F_DECIMAL, F_DIGIT, F_NUMERIC, F_LOWER, F_UPPER, F_TITLE, F_SPACE = (1 << i for i in range(8))
F_LINEBREAK, F_PRINTABLE, F_ID_START, F_ID_CONTINUE, F_CASED, F_CASE_IGNORABLE, F_EXTENDED, F_FOLD = (
    1 << i for i in range(8, 16))

CATEGORIES = ["Cn", "Lu", "Ll", "Lt", "Lm", "Lo", "Mn", "Mc", "Me", "Nd", "Nl", "No", "Pc", "Pd", "Ps", "Pe",
              "Pi", "Pf", "Po", "Sm", "Sc", "Sk", "So", "Zs", "Zl", "Zp", "Cc", "Cf", "Cs", "Co"]


def last_is(s, ch):
    return s[-1:] == ch


def blocks(t, shift):
    size, seen, index, data = 1 << shift, {}, [], []
    for start in range(0, len(t), size):
        block = tuple(t[start:start + size])
        if block not in seen:
            seen[block] = len(seen)
            data.extend(block)
        index.append(seen[block])
    return index, data


def split_bins(t):
    """Three-level table for t, the smallest found: (shift1, shift2, index1, index2, index3) with
    t[c] == index3[(index2[(index1[c >> (shift1 + shift2)] << shift1) + ((c >> shift2) & mask1)] << shift2)
    + (c & mask2)]."""
    best = None
    for shift2 in range(2, 9):
        mid, index3 = blocks(t, shift2)
        for shift1 in range(2, 10):
            index1, index2 = blocks(mid, shift1)
            cost = sum(len(x) * width(max(x)) for x in (index1, index2, index3))
            if best is None or cost < best[0]:
                best = (cost, shift1, shift2, index1, index2, index3)
    return best[1:]


def width(m):
    return 1 if m < 256 else 2 if m < 65536 else 4


def ctype(m):
    return {1: "uint8_t", 2: "uint16_t", 4: "uint32_t"}[width(m)]


def c_array(name, typ, values, per_line=20):
    lines = []
    for i in range(0, len(values), per_line):
        lines.append("    " + ",".join(str(v) for v in values[i:i + per_line]) + ",")
    return "const %s %s[%d] = {\n%s\n};\n" % (typ, name, len(values), "\n".join(lines))


def gen_properties():
    case_data = [0]  # index 0 unused so that 0 never names a sequence
    case_index = {}

    def case_seq(s):
        key = tuple(ord(x) for x in s)
        if key not in case_index:
            case_index[key] = len(case_data)
            case_data.append(len(key))
            case_data.extend(key)
        return case_index[key]

    records, record_index, per_cp, folds = [], {}, [], []
    for cp in range(MAX):
        c = chr(cp)
        flags = 0
        if c.isalpha(): flags |= F_ALPHA
        if c.isdecimal(): flags |= F_DECIMAL
        if c.isdigit(): flags |= F_DIGIT
        if c.isnumeric(): flags |= F_NUMERIC
        if c.islower(): flags |= F_LOWER
        if c.isupper(): flags |= F_UPPER
        cat = unicodedata.category(c)
        if cat == "Lt": flags |= F_TITLE
        if c.isspace(): flags |= F_SPACE
        if len(("a" + c + "b").splitlines()) == 2: flags |= F_LINEBREAK
        if c.isprintable(): flags |= F_PRINTABLE
        if c.isidentifier(): flags |= F_ID_START
        if ("a" + c).isidentifier(): flags |= F_ID_CONTINUE
        cased = (c + "A").title().endswith("a")
        if cased: flags |= F_CASED
        # Final-sigma probes: after a cased letter, an ignorable character is skipped, so sigma stays final.
        after_cased = last_is(("A" + c + "\u03a3").lower(), "\u03c2")
        after_uncased = last_is(("1" + c + "\u03a3").lower(), "\u03c2")
        if after_cased and not after_uncased: flags |= F_CASE_IGNORABLE
        up, low, title, fold = c.upper(), c.lower(), c.title(), c.casefold()
        if max(len(up), len(low), len(title)) > 1:
            flags |= F_EXTENDED
            fields = (case_seq(up), case_seq(low), case_seq(title))
        else:
            fields = (ord(up) - cp, ord(low) - cp, ord(title) - cp)
        if fold != low:
            flags |= F_FOLD
            folds.append((cp, case_seq(fold)))
        digit = unicodedata.digit(c, 0)
        rec = fields + (flags, CATEGORIES.index(cat), digit)
        if rec not in record_index:
            record_index[rec] = len(records)
            records.append(rec)
        per_cp.append(record_index[rec])
    shift1, shift2, index1, index2, index3 = split_bins(per_cp)

    # Numeric values: runs of consecutive code points whose values step by 0 or 1.
    values, value_index, runs = [], {}, []
    for cp in range(MAX):
        v = unicodedata.numeric(chr(cp), None)
        if v is None:
            continue
        if v not in value_index:
            value_index[v] = len(values)
            values.append(v)
        if runs:
            first, count, vi, step = runs[-1]
            if count == 1 and first + 1 == cp and v - values[vi] in (0, 1):
                runs[-1] = (first, 2, vi, int(v - values[vi]))
                continue
            if count > 1 and first + count == cp and count < 65535 and v == values[vi] + count * step:
                runs[-1] = (first, count + 1, vi, step)
                continue
        runs.append((cp, 1, value_index[v], 0))

    out = []
    out.append("// Generated by tools/gen_unicode.py from Python %s's unicodedata (Unicode %s). Do not edit.\n"
               % (sys.version.split()[0], unicodedata.unidata_version))
    out.append('#include "objects/unicode_tables.h"\n\nnamespace pyco::unicode::tables {\n\n')
    out.append("const char kUnicodeVersion[] = \"%s\";\n" % unicodedata.unidata_version)
    out.append("const TypeRecord kRecords[%d] = {\n" % len(records))
    for r in records:
        out.append("    {%d,%d,%d,0x%x,%d,%d},\n" % r)
    out.append("};\n")
    out.append(c_array("kIndex1", ctype(max(index1)), index1))
    out.append(c_array("kIndex2", ctype(max(index2)), index2))
    out.append(c_array("kIndex3", ctype(max(index3)), index3))
    out.append(c_array("kCaseData", "uint32_t", case_data, 12))
    out.append("const FoldEntry kFolds[%d] = {\n" % len(folds))
    out.append("".join("    {0x%x,%d},\n" % f for f in folds))
    out.append("};\n")
    out.append("const double kNumericValues[%d] = {\n" % len(values))
    out.append("".join("    %r,\n" % v for v in values))
    out.append("};\n")
    out.append("const NumericRun kNumericRuns[%d] = {\n" % len(runs))
    out.append("".join("    {0x%x,%d,%d,%d},\n" % r for r in runs))
    out.append("};\n\n}  // namespace pyco::unicode::tables\n")

    header = []
    header.append("// Generated by tools/gen_unicode.py (declarations of the tables in unicode_data.cpp). Do not edit.\n")
    header.append("#pragma once\n#include <cstdint>\n\nnamespace pyco::unicode::tables {\n\n")
    header.append("// One distinct combination of properties; code points map to it through kIndex1..3.\n"
                  "// With kExtended set, upper/lower/title index kCaseData (a count, then the code points);\n"
                  "// otherwise they are deltas from the code point. kFold marks code points listed in kFolds.\n")
    header.append("struct TypeRecord {\n    int32_t upper, lower, title;\n    uint16_t flags;\n"
                  "    uint8_t category, digit;\n};\n")
    header.append("struct FoldEntry {\n    uint32_t cp, data;\n};\n")
    header.append("// count code points from first; the value of the k-th is kNumericValues[value] + k * step.\n")
    header.append("struct NumericRun {\n    uint32_t first;\n    uint16_t count;\n    uint8_t value, step;\n};\n")
    header.append("enum : uint16_t {\n")
    names = ["kAlpha", "kDecimal", "kDigit", "kNumeric", "kLower", "kUpper", "kTitle", "kSpace", "kLinebreak",
             "kPrintable", "kIdStart", "kIdContinue", "kCased", "kCaseIgnorable", "kExtended", "kFold"]
    for i, n in enumerate(names):
        header.append("    %s = 1u << %d,\n" % (n, i))
    header.append("};\n")
    header.append("extern const char kUnicodeVersion[];\n")
    header.append("extern const TypeRecord kRecords[%d];\n" % len(records))
    header.append("constexpr int kShift1 = %d, kShift2 = %d;\n" % (shift1, shift2))
    header.append("extern const %s kIndex1[%d];\n" % (ctype(max(index1)), len(index1)))
    header.append("extern const %s kIndex2[%d];\n" % (ctype(max(index2)), len(index2)))
    header.append("extern const %s kIndex3[%d];\n" % (ctype(max(index3)), len(index3)))
    header.append("extern const uint32_t kCaseData[%d];\n" % len(case_data))
    header.append("extern const FoldEntry kFolds[%d];\n" % len(folds))
    header.append("extern const double kNumericValues[%d];\n" % len(values))
    header.append("extern const NumericRun kNumericRuns[%d];\n" % len(runs))
    header.append("// Category names in the order of TypeRecord::category.\n")
    header.append("constexpr const char* kCategoryNames[] = {%s};\n" % ", ".join('"%s"' % c for c in CATEGORIES))
    header.append("\n}  // namespace pyco::unicode::tables\n")
    size = (len(records) * 16 + sum(len(x) * width(max(x)) for x in (index1, index2, index3)) +
            len(case_data) * 4 + len(folds) * 8 + len(values) * 8 + len(runs) * 8)
    print("properties: %d records, shifts %d/%d, %d+%d+%d index entries, %d case words, %d folds, %d numeric runs: "
          "%d bytes" % (len(records), shift1, shift2, len(index1), len(index2), len(index3), len(case_data),
                        len(folds), len(runs), size))
    return "".join(out), "".join(header)


PERL_NAMES = "/usr/share/perl/5.36.0/unicore/Name.pl"  # Unicode 14.0.0 names and aliases, if present
ONE_BYTE_WORDS = 200  # tokens 0..199 are one byte; 200..253 start a two-byte token; 254/255 end a name
CHUNK = 64            # names per entry of the chunk index
WORD_STEP = 32        # words per entry of the lexicon index


def aliases():
    """(alias, cp) of the formal name aliases \\N{} and lookup() accept, read from Perl's copy of the UCD and
    kept only when python3's unicodedata.lookup agrees."""
    try:
        text = open(PERL_NAMES).read()
    except OSError:
        return []
    out = []
    text = text.split("<<'END';\n", 1)[-1]
    for entry in text.split("\n\n"):
        lines = entry.strip().split("\n")
        if len(lines) != 2 or " " in lines[0]:
            continue
        cp, name = int(lines[0], 16), lines[1]
        if unicodedata.name(chr(cp), None) == name:
            continue
        try:
            if unicodedata.lookup(name) == chr(cp):
                out.append((name, cp))
        except KeyError:
            pass
    return sorted(set(out), key=lambda x: (x[1], x[0]))


def gen_names():
    algorithmic = {}  # prefix -> list of [lo, hi]
    named = []
    prefixes = ["CJK UNIFIED IDEOGRAPH-", "CJK COMPATIBILITY IDEOGRAPH-", "TANGUT IDEOGRAPH-",
                "KHITAN SMALL SCRIPT CHARACTER-", "NUSHU CHARACTER-"]
    for cp in range(MAX):
        n = unicodedata.name(chr(cp), None)
        if n is None or n.startswith("HANGUL SYLLABLE "):  # Hangul syllables are composed from their jamo
            continue
        for prefix in prefixes:
            if n == prefix + "%04X" % cp:
                ranges = algorithmic.setdefault(prefix, [])
                if ranges and ranges[-1][1] == cp - 1:
                    ranges[-1][1] = cp
                else:
                    ranges.append([cp, cp])
                break
        else:
            named.append((cp, n))
    alias_list = aliases()
    counts = collections.Counter(w for n in [n for _, n in named] + [n for n, _ in alias_list] for w in n.split(" "))
    words = [w for w, _ in sorted(counts.items(), key=lambda x: (-x[1], x[0]))]
    assert len(words) - ONE_BYTE_WORDS <= 54 * 256
    token = {w: i for i, w in enumerate(words)}

    def encode(name):
        out = []
        for w in name.split(" "):
            t = token[w]
            out += [t] if t < ONE_BYTE_WORDS else [ONE_BYTE_WORDS + (t - ONE_BYTE_WORDS) // 256,
                                                   (t - ONE_BYTE_WORDS) % 256]
        return out

    stream, chunks, prev = [], [], -1
    for k, (cp, name) in enumerate(named):
        if k == 0:
            pass
        elif cp != prev + 1:
            stream.append(254)  # the previous name ends; a varint gap to this code point follows
            gap = cp - prev
            while gap >= 128:
                stream.append(0x80 | (gap & 127))
                gap >>= 7
            stream.append(gap)
        else:
            stream.append(255)  # the previous name ends; this one is the next code point
        if k % CHUNK == 0:
            chunks.append((cp, len(stream)))
        stream.extend(encode(name))
        prev = cp
    stream.append(255)
    alias_stream = []
    for name, cp in alias_list:
        alias_stream += [cp >> 16, (cp >> 8) & 255, cp & 255] + encode(name) + [255]
    lexicon, word_index = [], []
    for i, w in enumerate(words):
        if i % WORD_STEP == 0:
            word_index.append(len(lexicon))
        lexicon += [ord(ch) for ch in w[:-1]] + [ord(w[-1]) | 0x80]
    algo = [(prefixes.index(p), lo, hi) for p, rs in algorithmic.items() for lo, hi in rs]

    out = ["// Generated by tools/gen_unicode.py from Python %s's unicodedata (Unicode %s). Do not edit.\n"
           % (sys.version.split()[0], unicodedata.unidata_version)]
    out.append("// Character names for \\\\N{...} and unicodedata (left out of builds without PYCO_UNICODE_NAMES).\n")
    out.append('#include "objects/unicode_names.h"\n\nnamespace pyco::unicode::names {\n\n')
    out.append(c_array("kLexicon", "uint8_t", lexicon, 32))
    out.append(c_array("kWordIndex", "uint32_t", word_index, 16))
    out.append(c_array("kNames", "uint8_t", stream, 32))
    out.append("const NameChunk kChunks[%d] = {\n%s};\n" % (len(chunks), "".join(
        "    {0x%x,%d},\n" % c for c in chunks)))
    out.append(c_array("kAliases", "uint8_t", alias_stream, 32))
    out.append("const AlgorithmicRange kAlgorithmic[%d] = {\n%s};\n" % (len(algo), "".join(
        "    {%d,0x%x,0x%x},\n" % a for a in algo)))
    out.append("\n}  // namespace pyco::unicode::names\n")
    header = ["// Generated by tools/gen_unicode.py (declarations of the tables in unicode_names.cpp). Do not edit.\n"
              "#pragma once\n#include <cstdint>\n\nnamespace pyco::unicode::names {\n\n"]
    header.append("// kNames: the names in code point order as word tokens (one byte below %d, else two), each ended by\n"
                  "// 255 (the next name is the next code point) or 254 and a little-endian base-128 gap. kChunks\n"
                  "// gives the code point and stream offset of every %dth name. kLexicon: the words, the last letter\n"
                  "// of each with its high bit set; kWordIndex: the offset of every %dth word. kAliases: 3-byte code\n"
                  "// point, tokens, 255. kAlgorithmic: ranges named prefix + hex code point (kPrefixes).\n"
                  % (ONE_BYTE_WORDS, CHUNK, WORD_STEP))
    header.append("constexpr int kOneByteWords = %d, kWordStep = %d, kWordCount = %d;\n"
                  % (ONE_BYTE_WORDS, WORD_STEP, len(words)))
    header.append("struct NameChunk {\n    uint32_t cp, offset;\n};\n")
    header.append("struct AlgorithmicRange {\n    uint8_t prefix;\n    uint32_t lo, hi;\n};\n")
    header.append("constexpr const char* kPrefixes[] = {%s};\n" % ", ".join('"%s"' % p for p in prefixes))
    for name, arr in (("kLexicon", "uint8_t"), ("kWordIndex", "uint32_t"), ("kNames", "uint8_t"),
                      ("kAliases", "uint8_t")):
        n = {"kLexicon": lexicon, "kWordIndex": word_index, "kNames": stream, "kAliases": alias_stream}[name]
        header.append("extern const %s %s[%d];\n" % (arr, name, len(n)))
    header.append("extern const NameChunk kChunks[%d];\n" % len(chunks))
    header.append("extern const AlgorithmicRange kAlgorithmic[%d];\n" % len(algo))
    header.append("\n}  // namespace pyco::unicode::names\n")
    size = len(lexicon) + 4 * len(word_index) + len(stream) + 8 * len(chunks) + len(alias_stream) + 12 * len(algo)
    print("names: %d names, %d aliases, %d words, %d algorithmic ranges: %d bytes"
          % (len(named), len(alias_list), len(words), len(algo), size))
    return "".join(out), "".join(header)


def main():
    data, header = gen_names()
    with open("src/objects/unicode_names.cpp", "w") as f:
        f.write(data)
    with open("src/objects/unicode_names.h", "w") as f:
        f.write(header)
    data, header = gen_properties()
    with open("src/objects/unicode_data.cpp", "w") as f:
        f.write(data)
    with open("src/objects/unicode_tables.h", "w") as f:
        f.write(header)


if __name__ == "__main__":
    main()
