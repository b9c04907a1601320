// Float <-> text conversions, the format-spec mini-language, and float arithmetic helpers with CPython 3.11 semantics.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace pyco {

// ---------------------------------------------------------------------------
// Format-spec mini-language (shared by the float, int and str formatters)
// ---------------------------------------------------------------------------

// The parsed form of "[[fill]align][sign][z][#][0][width][grouping][.precision][type]".
// Fields left unspecified keep their "absent" value so that each formatter can
// apply its own defaults (numbers align right, strings align left).
struct FormatSpec {
  std::string fill;      // one UTF-8 encoded code point; empty when not given
  char align = 0;        // '<', '>', '=', '^' or 0
  char sign = 0;         // '+', '-', ' ' or 0
  bool z = false;        // 'z': coerce negative zero (floats only)
  bool alt = false;      // '#'
  bool zero = false;     // the '0' flag before the width (only when no fill was given)
  int64_t width = -1;    // -1 when absent
  char grouping = 0;     // ',', '_' or 0
  int64_t precision = -1;  // -1 when absent
  char32_t type = 0;     // presentation type code point, 0 when absent
};
using FloatSpec = FormatSpec;

// Parses a format spec. On failure stores CPython's ValueError message in
// *error (if non-null). type_name is the Python type name used by the
// "Invalid format specifier '...' for object of type '...'" message; when
// empty that message is shortened to "Invalid format specifier".
bool parse_format_spec(std::string_view spec, FormatSpec* out, std::string* error,
                       std::string_view type_name = {});

// "Unknown format code 'x' for object of type 'float'" (with the \x escape
// CPython uses for non-printable or non-ASCII codes).
std::string unknown_format_code_message(char32_t type, std::string_view type_name);

// Pads body to spec.width code points using spec's fill/align, or
// default_align ('<' for strings, '>' for numbers) when no align was given.
// The '0' flag selects fill '0' and, for numbers (default_align '>'), '='
// alignment; '=' puts the padding after a leading sign character.
std::string apply_padding(std::string_view body_utf8, const FormatSpec& spec, char default_align);

// Lays out a number the way CPython's number formatters do:
//   <lpad><sign><prefix><spad><grouped digits><rest><rpad>
// digits are the integer-part digits (grouped by spec.grouping every
// group_size digits, zero-extended inside the grouping when padding with '0'
// and '=' alignment); rest is everything after them (".5e+10", "%", "inf").
// prefix is e.g. "0x" for ints. The sign comes from `negative` and spec.sign.
std::string layout_number(bool negative, std::string_view prefix, std::string_view digits,
                          std::string_view rest, const FormatSpec& spec, int group_size = 3);

// ---------------------------------------------------------------------------
// Float -> text
// ---------------------------------------------------------------------------

// Flags for double_to_string (CPython's Py_DTSF_*).
enum : unsigned {
  kDtsfSign = 1,       // always emit a sign
  kDtsfAddDot0 = 2,    // integers get ".0" ('r' mode) / at least one fractional digit ('g')
  kDtsfAlt = 4,        // '#' alternate form: keep trailing point and zeros
  kDtsfNoNegZero = 8,  // 'z': drop the sign of a result that rounds to zero
};

// CPython's PyOS_double_to_string. format_code is one of 'e','E','f','F','g',
// 'G' (precision as in printf) or 'r' (shortest round-trip; precision must
// be 0). repr(complex) uses 'r' without kDtsfAddDot0.
std::string double_to_string(double x, char format_code, int precision, unsigned flags);

// repr(x) / str(x): "0.1", "1e+16", "1.5e-05", "123.0", "inf", "-0.0", "nan".
std::string float_repr(double x);

// format(x, spec). Returns false (with CPython's message in *error) for an
// unknown presentation type or an over-large precision.
bool format_float(double x, const FormatSpec& spec, std::string* out, std::string* error = nullptr);
// Parses spec (type name "float") and formats; an empty spec gives str(x).
bool format_float(double x, std::string_view spec, std::string* out, std::string* error = nullptr);

// printf-style conversion spec for the '%' operator: "%[flags][width][.precision]type".
struct PrintfSpec {
  bool left = false;        // '-'
  bool plus = false;        // '+'
  bool space = false;       // ' '
  bool alt = false;         // '#'
  bool zero = false;        // '0'
  int64_t width = -1;       // -1 when absent
  int64_t precision = -1;   // -1 when absent (floats then use 6)
  char type = 'f';          // 'e','E','f','F','g','G'
};

// '%.2f' % x and friends. Only float types; the '%' implementation converts
// for 'd'/'i'/'r'/'s' itself.
std::string format_float_printf(double x, const PrintfSpec& spec);
std::string format_float_printf(double x, char type, int precision = -1, bool alt = false);

// Applies the '%' operator's sign/width/'-'/'0' handling to an already
// converted body. numeric enables sign flags and zero padding (which goes
// after the sign and after a "0x"/"0o"/"0b" prefix when alt is set); reusable
// for '%d'/'%x'.
std::string printf_pad(std::string_view body, const PrintfSpec& spec, bool numeric);

// ---------------------------------------------------------------------------
// Text -> float
// ---------------------------------------------------------------------------

// float(str) syntax: surrounding (Unicode) whitespace, sign, digits with
// single underscores between digits, fraction, exponent, inf/infinity/nan.
// Non-ASCII decimal digits are accepted like CPython does. Correctly rounded;
// overflow gives +-inf. Returns false when invalid (caller raises
// "could not convert string to float: <repr>").
bool parse_float(std::string_view text, double* out);

enum class FromHexStatus { kOk, kInvalid, kOverflow, kTooLong };
// float.hex(x): "0x1.8000000000000p+0", "-0x0.0p+0", "inf", "nan".
std::string float_hex(double x);
// float.fromhex(s). Error messages for the non-ok statuses are given by
// fromhex_error_message.
FromHexStatus float_fromhex(std::string_view text, double* out);
const char* fromhex_error_message(FromHexStatus status);

// float.as_integer_ratio: x == mantissa * 2**exp2 with mantissa odd (or 0 and
// exp2 0). The ratio is mantissa<<exp2 / 1 when exp2 >= 0, else
// mantissa / 2**-exp2. Returns false for inf (OverflowError "cannot convert
// Infinity to integer ratio") and nan (ValueError "cannot convert NaN to integer ratio").
bool float_as_integer_ratio(double x, int64_t* mantissa, int* exp2);

// ---------------------------------------------------------------------------
// Arithmetic
// ---------------------------------------------------------------------------

// round(x, ndigits): correctly rounded through the decimal expansion,
// half-even on the exact value. Sets *overflow (OverflowError "rounded value
// too large to represent") when the result does not fit.
double float_round(double x, int64_t ndigits, bool* overflow);
// round(x) before the int conversion (caller raises for inf/nan).
double float_round_half_even(double x);

// Python's //, % and divmod. Return false when b == 0; the caller raises
// ZeroDivisionError with the matching message below.
bool float_floordiv(double a, double b, double* q);
bool float_mod(double a, double b, double* r);
bool float_divmod(double a, double b, double* q, double* r);
inline constexpr const char* kFloorDivZeroMessage = "float floor division by zero";
inline constexpr const char* kModZeroMessage = "float modulo";
inline constexpr const char* kDivmodZeroMessage = "float divmod()";

enum FloatPowError : int {
  kPowOk = 0,
  kPowZeroDivision = 1,  // ZeroDivisionError "0.0 cannot be raised to a negative power"
  kPowComplex = 2,       // negative base, non-integer exponent: Python computes a complex power
  kPowOverflow = 3,      // OverflowError "(34, 'Numerical result out of range')"
};
// a ** b for floats; *error receives a FloatPowError (result is 0 on error).
double float_pow(double a, double b, int* error);

// hash(x) for finite and infinite x, matching hash(int) for integral values.
// NaN returns 0: Python 3.11 hashes NaN by object identity, so the caller must.
int64_t float_hash(double x);

}  // namespace pyco
