// Unicode character properties and case mappings for str, read from the generated tables of unicode_data.cpp.
//
// The tables (tools/gen_unicode.py) hold CPython 3.11's answers for every code point (Unicode 14.0.0): a
// three-level index from the code point to one of a few hundred distinct property records, plus the
// multi-character case mappings, the case foldings that differ from lowercasing, and numeric values as runs.

#include "objects/unicode.h"

#include <iterator>
#include <string>

#include "objects/objects.h"
#include "objects/unicode_tables.h"

namespace pyco::unicode {

using namespace tables;

static const TypeRecord& record(uint32_t c) {
    if (c >= 0x110000) c = 0xFFFF;  // a noncharacter: no properties
    uint32_t mid = kIndex1[c >> (kShift1 + kShift2)];
    uint32_t block = kIndex2[(mid << kShift1) + ((c >> kShift2) & ((1u << kShift1) - 1))];
    return kRecords[kIndex3[(block << kShift2) + (c & ((1u << kShift2) - 1))]];
}
static bool has(uint32_t c, uint16_t flag) { return (record(c).flags & flag) != 0; }

bool is_upper(uint32_t c) { return has(c, kUpper); }
bool is_lower(uint32_t c) { return has(c, kLower); }
bool is_titlecase(uint32_t c) { return has(c, kTitle); }
bool is_cased(uint32_t c) { return has(c, kCased); }
bool is_case_ignorable(uint32_t c) { return has(c, kCaseIgnorable); }
bool is_alpha(uint32_t c) { return has(c, kAlpha); }
bool is_decimal(uint32_t c) { return has(c, kDecimal); }
bool is_digit(uint32_t c) { return has(c, kDigit); }
bool is_numeric(uint32_t c) { return has(c, kNumeric); }
bool is_alnum(uint32_t c) { return has(c, kAlpha | kNumeric); }
bool is_space(uint32_t c) { return has(c, kSpace); }
bool is_linebreak(uint32_t c) { return has(c, kLinebreak); }
bool is_printable(uint32_t c) { return has(c, kPrintable); }
bool is_id_start(uint32_t c) { return has(c, kIdStart); }
bool is_id_continue(uint32_t c) { return has(c, kIdContinue); }

int digit_value(uint32_t c) { return has(c, kDigit) ? record(c).digit : -1; }
int decimal_value(uint32_t c) { return has(c, kDecimal) ? record(c).digit : -1; }
const char* category(uint32_t c) { return kCategoryNames[record(c).category]; }
const char* unicode_version() { return kUnicodeVersion; }

bool numeric_value(uint32_t c, double* out) {
    size_t lo = 0, hi = std::size(kNumericRuns);
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        const NumericRun& r = kNumericRuns[mid];
        if (c < r.first) {
            hi = mid;
        } else if (c >= r.first + r.count) {
            lo = mid + 1;
        } else {
            *out = kNumericValues[r.value] + static_cast<double>((c - r.first) * r.step);
            return true;
        }
    }
    return false;
}

static void append_cp(std::string& out, uint32_t cp) {
    char tmp[4];
    out.append(tmp, static_cast<size_t>(utf8_encode(cp, tmp)));
}
static void append_seq(std::string& out, uint32_t index) {
    for (uint32_t k = 1; k <= kCaseData[index]; k++) append_cp(out, kCaseData[index + k]);
}

void append_case(std::string& out, uint32_t c, char mode) {
    const TypeRecord& r = record(c);
    if (mode == 'f') {
        if (r.flags & kFold) {
            size_t lo = 0, hi = std::size(kFolds);
            while (lo < hi) {
                size_t mid = (lo + hi) / 2;
                if (kFolds[mid].cp < c) lo = mid + 1;
                else hi = mid;
            }
            append_seq(out, kFolds[lo].data);
            return;
        }
        mode = 'l';
    }
    int32_t field = mode == 'u' ? r.upper : mode == 't' ? r.title : r.lower;
    if (r.flags & kExtended)
        append_seq(out, static_cast<uint32_t>(field));
    else
        append_cp(out, c + static_cast<uint32_t>(field));
}

}  // namespace pyco::unicode
