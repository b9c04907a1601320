// Unicode character properties and case mappings (CPython 3.11's, Unicode 14.0.0; tables in unicode_data.cpp).
#pragma once
#include <cstdint>
#include <string>
#include <string_view>

namespace pyco::unicode {

// Case properties: titlecase letters (Lt, e.g. U+01C5) are neither upper nor lower but are cased.
bool is_upper(uint32_t c);
bool is_lower(uint32_t c);
bool is_titlecase(uint32_t c);
bool is_cased(uint32_t c);
bool is_case_ignorable(uint32_t c);  // for the final-sigma rule of str.lower()

// Appends c's full case mapping as UTF-8: mode 'u' upper, 'l' lower, 't' title, 'f' casefold.
// (Lowercasing U+03A3 to final sigma depends on context; the caller handles it.)
void append_case(std::string& out, uint32_t c, char mode);

// The predicates behind str.isalpha() and friends.
bool is_alpha(uint32_t c);
bool is_decimal(uint32_t c);
bool is_digit(uint32_t c);
bool is_numeric(uint32_t c);
bool is_alnum(uint32_t c);
bool is_space(uint32_t c);
bool is_linebreak(uint32_t c);  // the line boundaries of str.splitlines()
bool is_printable(uint32_t c);  // str.isprintable(); repr() escapes the rest
bool is_id_start(uint32_t c);
bool is_id_continue(uint32_t c);

// Values: -1 when c has none. decimal_value is for Nd characters (int('٣')), digit_value adds superscripts etc.
int decimal_value(uint32_t c);
int digit_value(uint32_t c);
// unicodedata.numeric(): false when c has no numeric value.
bool numeric_value(uint32_t c, double* out);
// The general category's two-letter name ("Lu", "Cn", ...).
const char* category(uint32_t c);
const char* unicode_version();

// Character names (unicode_name.cpp; empty unless built with PYCO_UNICODE_NAMES): name_of gives unicodedata.name,
// lookup_name finds a name (case-insensitive) or, with_aliases, a formal alias, as "\N{...}" does.
bool have_names();
bool name_of(uint32_t cp, std::string* out);
bool lookup_name(std::string_view name, uint32_t* cp, bool with_aliases);

}  // namespace pyco::unicode
