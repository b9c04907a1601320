// Float <-> text conversions, the format-spec mini-language, and float arithmetic helpers with CPython 3.11 semantics.
#include "objects/float_format.h"

#include <algorithm>
#include <cfloat>
#include <climits>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <utility>

namespace pyco {

namespace {

// ---------------------------------------------------------------------------
// UTF-8 helpers
// ---------------------------------------------------------------------------

// Decodes one code point at s[i]. Malformed bytes decode as themselves (one
// byte) so that the counting never stalls on bad input.
char32_t decode_utf8(std::string_view s, size_t i, size_t* len) {
  unsigned char c = static_cast<unsigned char>(s[i]);
  int n = 0;
  char32_t cp = 0;
  if (c < 0x80) {
    *len = 1;
    return c;
  } else if ((c & 0xE0) == 0xC0) {
    n = 1;
    cp = c & 0x1F;
  } else if ((c & 0xF0) == 0xE0) {
    n = 2;
    cp = c & 0x0F;
  } else if ((c & 0xF8) == 0xF0) {
    n = 3;
    cp = c & 0x07;
  } else {
    *len = 1;
    return c;
  }
  if (i + static_cast<size_t>(n) >= s.size()) {
    *len = 1;
    return c;
  }
  for (int k = 1; k <= n; ++k) {
    unsigned char cc = static_cast<unsigned char>(s[i + static_cast<size_t>(k)]);
    if ((cc & 0xC0) != 0x80) {
      *len = 1;
      return c;
    }
    cp = (cp << 6) | (cc & 0x3F);
  }
  *len = static_cast<size_t>(n) + 1;
  return cp;
}

size_t count_code_points(std::string_view s) {
  size_t count = 0;
  for (size_t i = 0; i < s.size();) {
    size_t len;
    decode_utf8(s, i, &len);
    i += len;
    ++count;
  }
  return count;
}

void append_repeated(std::string* out, std::string_view piece, int64_t times) {
  for (int64_t k = 0; k < times; ++k) out->append(piece);
}

bool is_align(char32_t c) { return c == '<' || c == '>' || c == '=' || c == '^'; }

// ---------------------------------------------------------------------------
// Decimal digit generation (the parts of David Gay's dtoa that CPython uses)
// ---------------------------------------------------------------------------

// A decimal digit string d1d2...dn meaning 0.d1d2...dn * 10**decpt, with
// trailing zeros stripped; zero is "0" with decpt 1 (as dtoa reports it).
struct Decimal {
  std::string digits;
  int decpt = 1;
};

// snprintf("%.*e" or "%.*f") into a std::string; glibc's printf is exact, so
// the digits are correctly rounded (ties to even on the exact binary value),
// which is what dtoa gives CPython.
int snprint_double(char* buf, size_t size, char conv, int precision, double x) {
  return conv == 'e' ? std::snprintf(buf, size, "%.*e", precision, x)
                     : std::snprintf(buf, size, "%.*f", precision, x);
}

std::string print_double(char conv, int precision, double x) {
  char small[128];
  const int n = snprint_double(small, sizeof small, conv, precision, x);
  if (n < 0) return std::string();
  if (static_cast<size_t>(n) < sizeof small) return std::string(small, static_cast<size_t>(n));
  std::string big(static_cast<size_t>(n) + 1, '\0');
  snprint_double(big.data(), big.size(), conv, precision, x);
  big.resize(static_cast<size_t>(n));
  return big;
}

void strip_trailing_zeros(Decimal* d) {
  size_t n = d->digits.size();
  while (n > 1 && d->digits[n - 1] == '0') --n;
  d->digits.resize(n);
  if (d->digits.empty() || (d->digits.size() == 1 && d->digits[0] == '0')) {
    d->digits = "0";
    d->decpt = 1;
  }
}

// Parses the "d.ddde[+-]XX" produced by %e.
Decimal decimal_from_e(const std::string& text) {
  Decimal d;
  size_t i = 0;
  for (; i < text.size() && text[i] != 'e'; ++i) {
    if (text[i] != '.') d.digits.push_back(text[i]);
  }
  int exp = 0;
  if (i < text.size()) exp = std::atoi(text.c_str() + i + 1);
  d.decpt = exp + 1;
  return d;
}

// dtoa mode 2: the n most significant digits of |x| (x finite).
Decimal significant_digits(double ax, int n) {
  Decimal d = decimal_from_e(print_double('e', n - 1, ax));
  strip_trailing_zeros(&d);
  return d;
}

// dtoa mode 3: |x| rounded to n digits after the point (x finite, n >= 0).
Decimal fixed_digits(double ax, int n) {
  const std::string text = print_double('f', n, ax);
  Decimal d;
  const size_t first = text.find_first_not_of("0.");
  if (first == std::string::npos) return Decimal{"0", 1};
  size_t point = text.find('.');
  if (point == std::string::npos) point = text.size();
  for (size_t i = first; i < text.size(); ++i) {
    if (text[i] != '.') d.digits.push_back(text[i]);
  }
  d.decpt = first < point ? static_cast<int>(point - first) : -static_cast<int>(first - point - 1);
  strip_trailing_zeros(&d);
  return d;
}

bool round_trips(const std::string& text, double ax) { return std::strtod(text.c_str(), nullptr) == ax; }

// Adds one unit in the last place of d (used to try the candidate above x).
Decimal increment_last(const Decimal& d) {
  Decimal r = d;
  int i = static_cast<int>(r.digits.size()) - 1;
  while (i >= 0 && r.digits[static_cast<size_t>(i)] == '9') {
    r.digits[static_cast<size_t>(i)] = '0';
    --i;
  }
  if (i < 0) {
    r.digits.insert(r.digits.begin(), '1');
    r.decpt += 1;
  } else {
    r.digits[static_cast<size_t>(i)] += 1;
  }
  return r;
}

std::string decimal_to_e_text(const Decimal& d) {
  std::string s = d.digits;
  s += 'e';
  s += std::to_string(d.decpt - static_cast<int>(d.digits.size()));
  return s;
}

// dtoa mode 0: the shortest digit string that reads back as ax, the closest
// to ax among those. For normal numbers any string of <= 15 significant digits
// that round-trips must be the 15-digit rounding with zeros stripped (the
// rounding interval is narrower than the 15-digit spacing), so only 15, 16 and
// 17 digits need trying; subnormals have wider intervals and try every length.
Decimal shortest_digits(double ax) {
  if (ax == 0.0) return Decimal{"0", 1};
  auto attempt = [ax](int n, Decimal* out) {
    const std::string text = print_double('e', n - 1, ax);
    *out = decimal_from_e(text);
    if (!round_trips(text, ax)) return false;
    strip_trailing_zeros(out);
    return true;
  };
  Decimal d;
  if (ax < DBL_MIN) {
    for (int n = 1; n < 17; ++n) {
      if (attempt(n, &d)) return d;
    }
    attempt(17, &d);
    return d;
  }
  if (attempt(15, &d)) return d;
  if (attempt(16, &d)) return d;
  // At a power of two the interval below x is half as wide as the one above,
  // so when the nearest 16-digit string lies below x and misses, the one
  // above may still round-trip.
  int e;
  if (std::frexp(ax, &e) == 0.5 && std::strtod(decimal_to_e_text(d).c_str(), nullptr) < ax) {
    Decimal up = increment_last(d);
    if (round_trips(decimal_to_e_text(up), ax)) {
      strip_trailing_zeros(&up);
      return up;
    }
  }
  attempt(17, &d);
  return d;
}

// ---------------------------------------------------------------------------
// PyOS_double_to_string / format_float_short
// ---------------------------------------------------------------------------

std::string format_short(double x, char code, int precision, unsigned flags, bool upper) {
  const bool add_sign = flags & kDtsfSign;
  const bool add_dot_0 = flags & kDtsfAddDot0;
  const bool alt = flags & kDtsfAlt;
  std::string out;
  if (std::isnan(x) || std::isinf(x)) {
    if (std::isinf(x) && std::signbit(x)) {
      out += '-';
    } else if (add_sign) {
      out += '+';
    }
    if (std::isinf(x)) {
      out += upper ? "INF" : "inf";
    } else {
      out += upper ? "NAN" : "nan";
    }
    return out;
  }
  bool negative = std::signbit(x);
  double ax = std::fabs(x);
  Decimal d;
  switch (code) {
    case 'e':
    case 'g':
      d = significant_digits(ax, precision);
      break;
    case 'f':
      d = fixed_digits(ax, precision);
      break;
    default:
      d = shortest_digits(ax);
      break;
  }
  if ((flags & kDtsfNoNegZero) && negative && d.digits == "0") negative = false;

  const int64_t digits_len = static_cast<int64_t>(d.digits.size());
  int64_t decpt = d.decpt;
  int64_t vdigits_end = digits_len;
  bool use_exp = false;
  switch (code) {
    case 'e':
      use_exp = true;
      vdigits_end = precision;
      break;
    case 'f':
      vdigits_end = decpt + precision;
      break;
    case 'g':
      if (decpt <= -4 || decpt > (add_dot_0 ? precision - 1 : precision)) use_exp = true;
      if (alt) vdigits_end = precision;
      break;
    default:
      // Switch to exponent form at 1e16 so that a 16-digit shortest repr is
      // never padded with misleading zeros.
      if (decpt <= -4 || decpt > 16) use_exp = true;
      break;
  }
  int64_t exp = 0;
  if (use_exp) {
    exp = decpt - 1;
    decpt = 1;
  }
  const int64_t vdigits_start = decpt <= 0 ? decpt - 1 : 0;
  if (!use_exp && add_dot_0) {
    vdigits_end = vdigits_end > decpt ? vdigits_end : decpt + 1;
  } else {
    vdigits_end = vdigits_end > decpt ? vdigits_end : decpt;
  }

  out.reserve(static_cast<size_t>(vdigits_end - vdigits_start) + 8);
  if (negative) {
    out += '-';
  } else if (add_sign) {
    out += '+';
  }
  if (decpt <= 0) {
    out.append(static_cast<size_t>(decpt - vdigits_start), '0');
    out += '.';
    out.append(static_cast<size_t>(-decpt), '0');
  } else {
    out.append(static_cast<size_t>(-vdigits_start), '0');
  }
  if (0 < decpt && decpt <= digits_len) {
    out.append(d.digits, 0, static_cast<size_t>(decpt));
    out += '.';
    out.append(d.digits, static_cast<size_t>(decpt), std::string::npos);
  } else {
    out += d.digits;
  }
  if (digits_len < decpt) {
    out.append(static_cast<size_t>(decpt - digits_len), '0');
    out += '.';
    out.append(static_cast<size_t>(vdigits_end - decpt), '0');
  } else {
    out.append(static_cast<size_t>(vdigits_end - digits_len), '0');
  }
  if (out.back() == '.' && !alt) out.pop_back();
  if (use_exp) {
    out += upper ? 'E' : 'e';
    char buf[16];
    std::snprintf(buf, sizeof buf, "%+.02d", static_cast<int>(exp));
    out += buf;
  }
  return out;
}

// ---------------------------------------------------------------------------
// Thousands grouping (CPython's _PyUnicode_InsertThousandsGrouping, which also
// zero-extends the digits up to min_width when padding with '0')
// ---------------------------------------------------------------------------

std::string group_digits(std::string_view digits, int64_t min_width, char sep, int group_size) {
  if (min_width < 0) min_width = 0;
  // Groups are produced right to left, then reversed.
  std::string rev;
  int64_t remaining = static_cast<int64_t>(digits.size());
  int64_t pos = remaining;  // digits[pos-1] is the next digit to emit
  auto emit = [&](int64_t n_chars, int64_t n_zeros, bool use_sep) {
    if (use_sep) rev += sep;
    for (int64_t k = 0; k < n_chars; ++k) rev += digits[static_cast<size_t>(--pos)];
    rev.append(static_cast<size_t>(n_zeros), '0');
  };
  bool use_sep = false;
  bool broke = false;
  if (sep != 0 && group_size > 0) {
    for (;;) {
      int64_t len = group_size;
      int64_t cap = std::max(std::max(remaining, min_width), int64_t{1});
      if (len > cap) len = cap;
      int64_t n_zeros = std::max(int64_t{0}, len - remaining);
      int64_t n_chars = std::max(int64_t{0}, std::min(remaining, len));
      emit(n_chars, n_zeros, use_sep);
      use_sep = true;
      remaining -= n_chars;
      min_width -= len;
      if (remaining <= 0 && min_width <= 0) {
        broke = true;
        break;
      }
      min_width -= 1;
    }
  }
  if (!broke) {
    int64_t len = std::max(std::max(remaining, min_width), int64_t{1});
    int64_t n_zeros = std::max(int64_t{0}, len - remaining);
    int64_t n_chars = std::max(int64_t{0}, std::min(remaining, len));
    emit(n_chars, n_zeros, use_sep);
  }
  return std::string(rev.rbegin(), rev.rend());
}

std::string effective_fill(const FormatSpec& spec) {
  if (!spec.fill.empty()) return spec.fill;
  return spec.zero ? "0" : " ";
}

char effective_align(const FormatSpec& spec, char default_align) {
  if (spec.align != 0) return spec.align;
  if (spec.zero && spec.fill.empty() && default_align == '>') return '=';
  return default_align;
}

bool get_integer(std::string_view s, size_t* pos, int64_t* value, bool* overflow) {
  int64_t acc = 0;
  size_t start = *pos;
  *overflow = false;
  while (*pos < s.size() && s[*pos] >= '0' && s[*pos] <= '9') {
    int digit = s[*pos] - '0';
    if (acc > (INT64_MAX - digit) / 10) {
      *overflow = true;
      return false;
    }
    acc = acc * 10 + digit;
    ++*pos;
  }
  *value = acc;
  return *pos > start;
}

void set_error(std::string* error, std::string message) {
  if (error) *error = std::move(message);
}

std::string quote_type_code(char32_t c) {
  if (c > 32 && c < 128) return std::string(1, static_cast<char>(c));
  char buf[24];
  std::snprintf(buf, sizeof buf, "\\x%x", static_cast<unsigned>(c));
  return buf;
}

}  // namespace

// ---------------------------------------------------------------------------
// Format spec
// ---------------------------------------------------------------------------

std::string unknown_format_code_message(char32_t type, std::string_view type_name) {
  std::string msg = "Unknown format code '";
  msg += quote_type_code(type);
  msg += "' for object of type '";
  msg.append(type_name);
  msg += "'";
  return msg;
}

bool parse_format_spec(std::string_view spec, FormatSpec* out, std::string* error,
                       std::string_view type_name) {
  *out = FormatSpec();
  size_t pos = 0;
  const size_t end = spec.size();
  bool fill_specified = false;

  if (end > 0) {
    size_t first_len;
    decode_utf8(spec, 0, &first_len);
    if (first_len < end && is_align(static_cast<unsigned char>(spec[first_len]))) {
      out->fill = std::string(spec.substr(0, first_len));
      out->align = spec[first_len];
      fill_specified = true;
      pos = first_len + 1;
    } else if (is_align(static_cast<unsigned char>(spec[0]))) {
      out->align = spec[0];
      pos = 1;
    }
  }
  if (pos < end && (spec[pos] == '+' || spec[pos] == '-' || spec[pos] == ' ')) out->sign = spec[pos++];
  if (pos < end && spec[pos] == 'z') {
    out->z = true;
    ++pos;
  }
  if (pos < end && spec[pos] == '#') {
    out->alt = true;
    ++pos;
  }
  if (!fill_specified && pos < end && spec[pos] == '0') {
    out->zero = true;
    ++pos;
  }
  bool overflow;
  int64_t value;
  if (get_integer(spec, &pos, &value, &overflow)) {
    out->width = value;
  } else if (overflow) {
    set_error(error, "Too many decimal digits in format string");
    return false;
  }
  if (pos < end && spec[pos] == ',') {
    out->grouping = ',';
    ++pos;
  }
  if (pos < end && spec[pos] == '_') {
    if (out->grouping != 0) {
      set_error(error, "Cannot specify both ',' and '_'.");
      return false;
    }
    out->grouping = '_';
    ++pos;
  }
  if (pos < end && spec[pos] == ',' && out->grouping == '_') {
    set_error(error, "Cannot specify both ',' and '_'.");
    return false;
  }
  if (pos < end && spec[pos] == '.') {
    ++pos;
    if (!get_integer(spec, &pos, &value, &overflow)) {
      set_error(error, overflow ? "Too many decimal digits in format string" : "Format specifier missing precision");
      return false;
    }
    out->precision = value;
  }
  if (pos < end) {
    size_t len;
    char32_t type = decode_utf8(spec, pos, &len);
    if (pos + len != end) {
      if (type_name.empty()) {
        set_error(error, "Invalid format specifier");
      } else {
        std::string msg = "Invalid format specifier '";
        msg.append(spec);
        msg += "' for object of type '";
        msg.append(type_name);
        msg += "'";
        set_error(error, std::move(msg));
      }
      return false;
    }
    out->type = type;
  }
  if (out->grouping != 0) {
    switch (out->type) {
      case 'd': case 'e': case 'f': case 'g': case 'E': case 'G': case '%': case 'F': case 0:
        break;
      case 'b': case 'o': case 'x': case 'X':
        // PEP 515 allows '_' (every four digits) for these bases, not ','.
        if (out->grouping == '_') break;
        [[fallthrough]];
      default: {
        std::string msg = "Cannot specify '";
        msg += out->grouping;
        msg += "' with '";
        msg += quote_type_code(out->type);
        msg += "'.";
        set_error(error, std::move(msg));
        return false;
      }
    }
  }
  return true;
}

std::string apply_padding(std::string_view body, const FormatSpec& spec, char default_align) {
  const int64_t len = static_cast<int64_t>(count_code_points(body));
  if (spec.width <= len) return std::string(body);
  const int64_t pad = spec.width - len;
  const std::string fill = effective_fill(spec);
  const char align = effective_align(spec, default_align);
  std::string out;
  out.reserve(body.size() + static_cast<size_t>(pad) * fill.size());
  switch (align) {
    case '<':
      out.append(body);
      append_repeated(&out, fill, pad);
      break;
    case '^':
      append_repeated(&out, fill, pad / 2);
      out.append(body);
      append_repeated(&out, fill, pad - pad / 2);
      break;
    case '=': {
      size_t sign_len = (!body.empty() && (body[0] == '+' || body[0] == '-' || body[0] == ' ')) ? 1 : 0;
      out.append(body.substr(0, sign_len));
      append_repeated(&out, fill, pad);
      out.append(body.substr(sign_len));
      break;
    }
    default:
      append_repeated(&out, fill, pad);
      out.append(body);
      break;
  }
  return out;
}

std::string layout_number(bool negative, std::string_view prefix, std::string_view digits,
                          std::string_view rest, const FormatSpec& spec, int group_size) {
  char sign = 0;
  if (negative) {
    sign = '-';
  } else if (spec.sign == '+' || spec.sign == ' ') {
    sign = spec.sign;
  }
  const std::string fill = effective_fill(spec);
  const char align = effective_align(spec, '>');
  const int64_t non_digit = (sign ? 1 : 0) + static_cast<int64_t>(prefix.size()) + static_cast<int64_t>(rest.size());
  // Zero padding happens inside the digit grouping so separators land in the
  // zeros too ("0,001,234.5").
  const int64_t min_width = (fill == "0" && align == '=') ? spec.width - non_digit : 0;
  std::string grouped;
  if (!digits.empty()) grouped = group_digits(digits, min_width, spec.grouping, group_size);
  const int64_t pad = spec.width - (non_digit + static_cast<int64_t>(grouped.size()));
  int64_t lpad = 0, spad = 0, rpad = 0;
  if (pad > 0) {
    switch (align) {
      case '<': rpad = pad; break;
      case '^': lpad = pad / 2; rpad = pad - lpad; break;
      case '=': spad = pad; break;
      default: lpad = pad; break;
    }
  }
  std::string out;
  append_repeated(&out, fill, lpad);
  if (sign) out += sign;
  out.append(prefix);
  append_repeated(&out, fill, spad);
  out += grouped;
  out.append(rest);
  append_repeated(&out, fill, rpad);
  return out;
}

// ---------------------------------------------------------------------------
// Float -> text
// ---------------------------------------------------------------------------

std::string double_to_string(double x, char format_code, int precision, unsigned flags) {
  bool upper = false;
  char code = format_code;
  switch (format_code) {
    case 'E':
      upper = true;
      code = 'e';
      precision += 1;
      break;
    case 'e':
      precision += 1;
      break;
    case 'F':
      upper = true;
      code = 'f';
      break;
    case 'G':
      upper = true;
      code = 'g';
      if (precision == 0) precision = 1;
      break;
    case 'g':
      // Zero significant digits makes no sense; CPython reads it as one.
      if (precision == 0) precision = 1;
      break;
    case 'f':
      break;
    default:
      code = 'r';
      break;
  }
  return format_short(x, code, precision, flags, upper);
}

std::string float_repr(double x) { return double_to_string(x, 'r', 0, kDtsfAddDot0); }

bool format_float(double x, const FormatSpec& spec, std::string* out, std::string* error) {
  switch (spec.type) {
    case 0: case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case 'n': case '%':
      break;
    default:
      set_error(error, unknown_format_code_message(spec.type, "float"));
      return false;
  }
  if (spec.precision > INT_MAX) {
    set_error(error, "precision too big");
    return false;
  }
  int precision = static_cast<int>(spec.precision);
  int default_precision = 6;
  unsigned flags = 0;
  if (spec.alt) flags |= kDtsfAlt;
  if (spec.z) flags |= kDtsfNoNegZero;
  char type = static_cast<char>(spec.type);
  if (type == 0) {
    // No type: str(x) without a precision, else 'g' that keeps a ".0".
    flags |= kDtsfAddDot0;
    type = 'r';
    default_precision = 0;
  }
  // The C locale has no grouping, so 'n' is plain 'g'.
  if (type == 'n') type = 'g';
  bool percent = false;
  if (type == '%') {
    type = 'f';
    x *= 100;
    percent = true;
  }
  if (precision < 0) {
    precision = default_precision;
  } else if (type == 'r') {
    type = 'g';
  }
  std::string body = double_to_string(x, type, precision, flags);
  if (percent) body += '%';

  bool negative = !body.empty() && body[0] == '-';
  std::string_view num(body);
  if (negative) num.remove_prefix(1);
  size_t n_digits = 0;
  while (n_digits < num.size() && num[n_digits] >= '0' && num[n_digits] <= '9') ++n_digits;
  *out = layout_number(negative, std::string_view(), num.substr(0, n_digits), num.substr(n_digits), spec, 3);
  return true;
}

bool format_float(double x, std::string_view spec, std::string* out, std::string* error) {
  if (spec.empty()) {
    *out = float_repr(x);
    return true;
  }
  FormatSpec parsed;
  if (!parse_format_spec(spec, &parsed, error, "float")) return false;
  return format_float(x, parsed, out, error);
}

std::string printf_pad(std::string_view body, const PrintfSpec& spec, bool numeric) {
  int64_t len = static_cast<int64_t>(count_code_points(body));
  if (spec.width <= len && !(numeric && (spec.plus || spec.space))) return std::string(body);
  const char fill = (numeric && spec.zero) ? '0' : ' ';
  int64_t width = spec.width;
  size_t index = 0;
  char sign = 0;
  if (numeric) {
    if (!body.empty() && (body[0] == '-' || body[0] == '+')) {
      sign = body[0];
      index = 1;
      --len;
    } else if (spec.plus) {
      sign = '+';
    } else if (spec.space) {
      sign = ' ';
    }
  }
  if (width < len) width = len;
  std::string out;
  if (sign) {
    if (fill != ' ') out += sign;
    if (width > len) --width;
  }
  // The "0x"/"0o" prefix stays in front of zero padding.
  bool prefix = numeric && spec.alt && (spec.type == 'x' || spec.type == 'X' || spec.type == 'o') &&
                body.size() >= index + 2;
  if (prefix) {
    if (fill != ' ') {
      out.append(body.substr(index, 2));
      index += 2;
    }
    width -= 2;
    if (width < 0) width = 0;
    len -= 2;
  }
  if (width > len && !spec.left) {
    out.append(static_cast<size_t>(width - len), fill);
    width = len;
  }
  if (fill == ' ') {
    if (sign) out += sign;
  }
  out.append(body.substr(index));
  if (width > len) out.append(static_cast<size_t>(width - len), ' ');
  return out;
}

std::string format_float_printf(double x, const PrintfSpec& spec) {
  int precision = spec.precision < 0 ? 6 : (spec.precision > INT_MAX ? INT_MAX : static_cast<int>(spec.precision));
  std::string body = double_to_string(x, spec.type, precision, spec.alt ? unsigned{kDtsfAlt} : 0u);
  return printf_pad(body, spec, true);
}

std::string format_float_printf(double x, char type, int precision, bool alt) {
  PrintfSpec spec;
  spec.type = type;
  spec.precision = precision;
  spec.alt = alt;
  return format_float_printf(x, spec);
}

// ---------------------------------------------------------------------------
// Text -> float
// ---------------------------------------------------------------------------

namespace {

// Non-ASCII code points for which str.isspace() is true.
bool is_unicode_space(char32_t c) {
  switch (c) {
    case 0x85: case 0xA0: case 0x1680: case 0x2028: case 0x2029: case 0x202F: case 0x205F: case 0x3000:
      return true;
    default:
      return c >= 0x2000 && c <= 0x200A;
  }
}

// First code point of each run of ten Unicode decimal digits (Nd), Unicode
// 14.0 as in Python 3.11; float() accepts all of them.
constexpr char32_t kDecimalZeros[] = {
    0x660,   0x6f0,   0x7c0,   0x966,   0x9e6,   0xa66,   0xae6,   0xb66,   0xbe6,   0xc66,   0xce6,
    0xd66,   0xde6,   0xe50,   0xed0,   0xf20,   0x1040,  0x1090,  0x17e0,  0x1810,  0x1946,  0x19d0,
    0x1a80,  0x1a90,  0x1b50,  0x1bb0,  0x1c40,  0x1c50,  0xa620,  0xa8d0,  0xa900,  0xa9d0,  0xa9f0,
    0xaa50,  0xabf0,  0xff10,  0x104a0, 0x10d30, 0x11066, 0x110f0, 0x11136, 0x111d0, 0x112f0, 0x11450,
    0x114d0, 0x11650, 0x116c0, 0x11730, 0x118e0, 0x11950, 0x11c50, 0x11d50, 0x11da0, 0x16a60, 0x16ac0,
    0x16b50, 0x1d7ce, 0x1d7d8, 0x1d7e2, 0x1d7ec, 0x1d7f6, 0x1e140, 0x1e2f0, 0x1e950, 0x1fbf0};

int unicode_decimal(char32_t c) {
  for (char32_t zero : kDecimalZeros) {
    if (c >= zero && c < zero + 10) return static_cast<int>(c - zero);
  }
  return -1;
}

bool is_ascii_space(char c) { return c == ' ' || (c >= '\t' && c <= '\r'); }

bool is_digit(char c) { return c >= '0' && c <= '9'; }

bool equals_ignore_case(std::string_view a, const char* b) {
  size_t n = std::strlen(b);
  if (a.size() != n) return false;
  for (size_t i = 0; i < n; ++i) {
    char c = a[i];
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    if (c != b[i]) return false;
  }
  return true;
}

// Parses "[+-](inf|infinity|nan)" covering all of s.
bool parse_inf_or_nan(std::string_view s, double* out) {
  bool negative = false;
  if (!s.empty() && (s[0] == '+' || s[0] == '-')) {
    negative = s[0] == '-';
    s.remove_prefix(1);
  }
  double v;
  if (equals_ignore_case(s, "inf") || equals_ignore_case(s, "infinity")) {
    v = HUGE_VAL;
  } else if (equals_ignore_case(s, "nan")) {
    v = std::nan("");
  } else {
    return false;
  }
  *out = negative ? -v : v;
  return true;
}

}  // namespace

bool parse_float(std::string_view text, double* out) {
  // CPython first maps Unicode spaces to ' ' and Unicode digits to ASCII;
  // anything else non-ASCII can never be valid.
  std::string ascii;
  ascii.reserve(text.size());
  bool has_underscore = false;
  for (size_t i = 0; i < text.size();) {
    size_t len;
    char32_t c = decode_utf8(text, i, &len);
    i += len;
    if (c < 0x80) {
      // ASCII is kept as is: "\x1c" is str.isspace() but float() rejects it.
      if (c == '_') has_underscore = true;
      ascii += static_cast<char>(c);
    } else if (is_unicode_space(c)) {
      ascii += ' ';
    } else {
      int d = unicode_decimal(c);
      if (d < 0) return false;
      ascii += static_cast<char>('0' + d);
    }
  }
  if (has_underscore) {
    // Underscores may only sit between two digits.
    std::string cleaned;
    char prev = 0;
    for (char c : ascii) {
      if (c == '_') {
        if (!is_digit(prev)) return false;
      } else {
        if (prev == '_' && !is_digit(c)) return false;
        cleaned += c;
      }
      prev = c;
    }
    if (prev == '_') return false;
    ascii.swap(cleaned);
  }
  std::string_view s(ascii);
  while (!s.empty() && is_ascii_space(s.front())) s.remove_prefix(1);
  while (!s.empty() && is_ascii_space(s.back())) s.remove_suffix(1);

  // Validate "[+-]digits[.digits][e[+-]digits]" ourselves: strtod alone would
  // also accept hex floats and other forms Python rejects.
  size_t i = 0;
  if (i < s.size() && (s[i] == '+' || s[i] == '-')) ++i;
  size_t int_digits = 0, frac_digits = 0;
  while (i < s.size() && is_digit(s[i])) ++i, ++int_digits;
  if (i < s.size() && s[i] == '.') {
    ++i;
    while (i < s.size() && is_digit(s[i])) ++i, ++frac_digits;
  }
  if (int_digits + frac_digits == 0) return parse_inf_or_nan(s, out);
  if (i < s.size() && (s[i] == 'e' || s[i] == 'E')) {
    ++i;
    if (i < s.size() && (s[i] == '+' || s[i] == '-')) ++i;
    size_t exp_digits = 0;
    while (i < s.size() && is_digit(s[i])) ++i, ++exp_digits;
    if (exp_digits == 0) return false;
  }
  if (i != s.size()) return false;
  std::string copy(s);
  *out = std::strtod(copy.c_str(), nullptr);
  return true;
}

std::string float_hex(double x) {
  if (std::isnan(x) || std::isinf(x)) return float_repr(x);
  if (x == 0.0) return std::signbit(x) ? "-0x0.0p+0" : "0x0.0p+0";
  int e;
  double m = std::frexp(std::fabs(x), &e);
  // Subnormals keep a leading 0 digit instead of being normalised.
  int shift = 1 - std::max(DBL_MIN_EXP - e, 0);
  m = std::ldexp(m, shift);
  e -= shift;
  static const char kHex[] = "0123456789abcdef";
  std::string s;
  if (x < 0) s += '-';
  s += "0x";
  s += kHex[static_cast<int>(m)];
  m -= static_cast<int>(m);
  s += '.';
  for (int i = 0; i < (DBL_MANT_DIG - 1) / 4; ++i) {
    m *= 16.0;
    s += kHex[static_cast<int>(m)];
    m -= static_cast<int>(m);
  }
  s += 'p';
  s += e < 0 ? '-' : '+';
  s += std::to_string(e < 0 ? -e : e);
  return s;
}

namespace {
int hex_value(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}
}  // namespace

FromHexStatus float_fromhex(std::string_view text, double* out) {
  // A NUL-terminated copy lets the scan below mirror CPython's pointer walk.
  std::string buf(text);
  const char* s = buf.c_str();
  const char* end = s + buf.size();
  double x = 0.0;
  bool negate = false;
  long exp = 0;

  while (is_ascii_space(*s)) ++s;
  {
    // inf/nan (with optional sign) as a prefix, like _Py_parse_inf_or_nan.
    const char* p = s;
    bool neg = false;
    if (*p == '+' || *p == '-') {
      neg = *p == '-';
      ++p;
    }
    auto prefix_ci = [](const char* q, const char* word) {
      for (; *word; ++q, ++word) {
        char c = *q;
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
        if (c != *word) return false;
      }
      return true;
    };
    if (prefix_ci(p, "inf")) {
      p += 3;
      if (prefix_ci(p, "inity")) p += 5;
      x = neg ? -HUGE_VAL : HUGE_VAL;
      s = p;
      goto finished;
    }
    if (prefix_ci(p, "nan")) {
      x = neg ? -std::nan("") : std::nan("");
      s = p + 3;
      goto finished;
    }
  }
  {
    if (*s == '-') {
      ++s;
      negate = true;
    } else if (*s == '+') {
      ++s;
    }
    const char* s_store = s;
    if (*s == '0') {
      ++s;
      if (*s == 'x' || *s == 'X') {
        ++s;
      } else {
        s = s_store;
      }
    }
    const char* coeff_start = s;
    while (hex_value(*s) >= 0) ++s;
    s_store = s;
    const char* coeff_end;
    if (*s == '.') {
      ++s;
      while (hex_value(*s) >= 0) ++s;
      coeff_end = s - 1;
    } else {
      coeff_end = s;
    }
    long ndigits = static_cast<long>(coeff_end - coeff_start);
    const long fdigits = static_cast<long>(coeff_end - s_store);
    if (ndigits == 0) return FromHexStatus::kInvalid;
    if (ndigits > std::min(DBL_MIN_EXP - DBL_MANT_DIG - LONG_MIN / 2, LONG_MAX / 2 + 1 - DBL_MAX_EXP) / 4) {
      return FromHexStatus::kTooLong;
    }
    if (*s == 'p' || *s == 'P') {
      ++s;
      const char* exp_start = s;
      if (*s == '-' || *s == '+') ++s;
      if (!is_digit(*s)) return FromHexStatus::kInvalid;
      ++s;
      while (is_digit(*s)) ++s;
      exp = std::strtol(exp_start, nullptr, 10);
    }
    // hex_digit(j) is the j-th least significant digit of the coefficient.
    auto hex_digit = [&](long j) {
      return hex_value(*(j < fdigits ? coeff_end - j : coeff_end - 1 - j));
    };
    while (ndigits > 0 && hex_digit(ndigits - 1) == 0) --ndigits;
    if (ndigits == 0 || exp < LONG_MIN / 2) {
      x = 0.0;
      goto finished;
    }
    if (exp > LONG_MAX / 2) return FromHexStatus::kOverflow;
    exp = exp - 4 * fdigits;
    long top_exp = exp + 4 * (ndigits - 1);
    for (int digit = hex_digit(ndigits - 1); digit != 0; digit /= 2) ++top_exp;
    if (top_exp < DBL_MIN_EXP - DBL_MANT_DIG) {
      x = 0.0;
      goto finished;
    }
    if (top_exp > DBL_MAX_EXP) return FromHexStatus::kOverflow;
    const long lsb = std::max(top_exp, static_cast<long>(DBL_MIN_EXP)) - DBL_MANT_DIG;
    x = 0.0;
    if (exp >= lsb) {
      for (long i = ndigits - 1; i >= 0; --i) x = 16.0 * x + hex_digit(i);
      x = std::ldexp(x, static_cast<int>(exp));
      goto finished;
    }
    const int half_eps = 1 << static_cast<int>((lsb - exp - 1) % 4);
    const long key_digit = (lsb - exp - 1) / 4;
    for (long i = ndigits - 1; i > key_digit; --i) x = 16.0 * x + hex_digit(i);
    const int digit = hex_digit(key_digit);
    x = 16.0 * x + static_cast<double>(digit & (16 - 2 * half_eps));
    // Round half to even on the bits being discarded.
    if ((digit & half_eps) != 0) {
      bool round_up = false;
      if ((digit & (3 * half_eps - 1)) != 0 ||
          (half_eps == 8 && key_digit + 1 < ndigits && (hex_digit(key_digit + 1) & 1) != 0)) {
        round_up = true;
      } else {
        for (long i = key_digit - 1; i >= 0; --i) {
          if (hex_digit(i) != 0) {
            round_up = true;
            break;
          }
        }
      }
      if (round_up) {
        x += 2 * half_eps;
        if (top_exp == DBL_MAX_EXP && x == std::ldexp(static_cast<double>(2 * half_eps), DBL_MANT_DIG)) {
          return FromHexStatus::kOverflow;
        }
      }
    }
    x = std::ldexp(x, static_cast<int>(exp + 4 * key_digit));
  }
finished:
  while (is_ascii_space(*s)) ++s;
  if (s != end) return FromHexStatus::kInvalid;
  *out = negate ? -x : x;
  return FromHexStatus::kOk;
}

const char* fromhex_error_message(FromHexStatus status) {
  switch (status) {
    case FromHexStatus::kOverflow:
      return "hexadecimal value too large to represent as a float";
    case FromHexStatus::kTooLong:
      return "hexadecimal string too long to convert";
    case FromHexStatus::kInvalid:
      return "invalid hexadecimal floating-point string";
    default:
      return "";
  }
}

bool float_as_integer_ratio(double x, int64_t* mantissa, int* exp2) {
  if (std::isnan(x) || std::isinf(x)) return false;
  if (x == 0.0) {
    *mantissa = 0;
    *exp2 = 0;
    return true;
  }
  int e;
  double m = std::frexp(x, &e);
  // 53 doublings always make the mantissa integral.
  m = std::ldexp(m, DBL_MANT_DIG);
  e -= DBL_MANT_DIG;
  int64_t n = static_cast<int64_t>(m);
  while ((n & 1) == 0) {
    n /= 2;
    ++e;
  }
  *mantissa = n;
  *exp2 = e;
  return true;
}

// ---------------------------------------------------------------------------
// Arithmetic
// ---------------------------------------------------------------------------

double float_round(double x, int64_t ndigits, bool* overflow) {
  *overflow = false;
  if (!std::isfinite(x)) return x;
  // Beyond these bounds the answer is x itself or a signed zero (0.30103 is an
  // upper bound for log10(2)).
  const int64_t kMax = static_cast<int64_t>((DBL_MANT_DIG - DBL_MIN_EXP) * 0.30103);
  const int64_t kMin = -static_cast<int64_t>((DBL_MAX_EXP + 1) * 0.30103);
  if (ndigits > kMax) return x;
  if (ndigits < kMin) return 0.0 * x;
  std::string text;
  if (ndigits >= 0) {
    text = print_double('f', static_cast<int>(ndigits), x);
  } else {
    // Round the exact integer part at 10**k; a nonzero fraction only matters
    // to break an exact tie upwards.
    const int k = static_cast<int>(-ndigits);
    const double ax = std::fabs(x);
    const double t = std::trunc(ax);
    const bool sticky = t != ax;
    std::string digits = t == 0 ? std::string() : print_double('f', 0, t);
    std::string kept;
    bool up = false;
    const int64_t n = static_cast<int64_t>(digits.size());
    if (n >= k) {
      kept = digits.substr(0, static_cast<size_t>(n - k));
      const std::string dropped = digits.substr(static_cast<size_t>(n - k));
      if (dropped[0] > '5') {
        up = true;
      } else if (dropped[0] == '5') {
        bool above = sticky || dropped.find_first_not_of('0', 1) != std::string::npos;
        bool odd = !kept.empty() && ((kept.back() - '0') & 1);
        up = above || odd;
      }
    }
    if (kept.empty()) kept = "0";
    if (up) kept = increment_last(Decimal{kept, 0}).digits;
    text = std::signbit(x) ? "-" : "";
    text += kept;
    text += 'e';
    text += std::to_string(k);
  }
  double rounded = std::strtod(text.c_str(), nullptr);
  if (std::isinf(rounded)) {
    *overflow = true;
    return 0.0;
  }
  return rounded;
}

double float_round_half_even(double x) {
  double rounded = std::round(x);
  if (std::fabs(x - rounded) == 0.5) rounded = 2.0 * std::round(x / 2.0);
  return rounded;
}

namespace {
// CPython's _float_div_mod.
void div_mod(double vx, double wx, double* floordiv, double* mod) {
  *mod = std::fmod(vx, wx);
  // fmod is exact, so vx - mod is mathematically a multiple of wx; the
  // division may still be slightly off an integer, hence the snapping below.
  double div = (vx - *mod) / wx;
  if (*mod != 0.0) {
    if ((wx < 0) != (*mod < 0)) {
      *mod += wx;
      div -= 1.0;
    }
  } else {
    *mod = std::copysign(0.0, wx);
  }
  if (div != 0.0) {
    *floordiv = std::floor(div);
    if (div - *floordiv > 0.5) *floordiv += 1.0;
  } else {
    *floordiv = std::copysign(0.0, vx / wx);
  }
}
}  // namespace

bool float_floordiv(double a, double b, double* q) {
  if (b == 0.0) return false;
  double r;
  div_mod(a, b, q, &r);
  return true;
}

bool float_mod(double a, double b, double* r) {
  if (b == 0.0) return false;
  double mod = std::fmod(a, b);
  if (mod != 0.0) {
    if ((b < 0) != (mod < 0)) mod += b;
  } else {
    // Signed zeros from fmod differ across platforms; follow the divisor.
    mod = std::copysign(0.0, b);
  }
  *r = mod;
  return true;
}

bool float_divmod(double a, double b, double* q, double* r) {
  if (b == 0.0) return false;
  div_mod(a, b, q, r);
  return true;
}

namespace {
bool is_odd_integer(double x) { return std::fmod(std::fabs(x), 2.0) == 1.0; }
}  // namespace

double float_pow(double iv, double iw, int* error) {
  *error = kPowOk;
  // Special cases are settled here because libm pow() disagrees with Python
  // (and with itself across platforms) on several of them.
  if (iw == 0) return 1.0;
  if (std::isnan(iv)) return iv;
  if (std::isnan(iw)) return iv == 1.0 ? 1.0 : iw;
  if (std::isinf(iw)) {
    iv = std::fabs(iv);
    if (iv == 1.0) return 1.0;
    if ((iw > 0.0) == (iv > 1.0)) return std::fabs(iw);
    return 0.0;
  }
  if (std::isinf(iv)) {
    bool odd = is_odd_integer(iw);
    if (iw > 0.0) return odd ? iv : std::fabs(iv);
    return odd ? std::copysign(0.0, iv) : 0.0;
  }
  if (iv == 0.0) {
    bool odd = is_odd_integer(iw);
    if (iw < 0.0) {
      *error = kPowZeroDivision;
      return 0.0;
    }
    return odd ? iv : 0.0;
  }
  bool negate = false;
  if (iv < 0.0) {
    if (iw != std::floor(iw)) {
      *error = kPowComplex;
      return 0.0;
    }
    iv = -iv;
    negate = is_odd_integer(iw);
  }
  if (iv == 1.0) return negate ? -1.0 : 1.0;
  double ix = std::pow(iv, iw);
  // Finite inputs: an infinite result is overflow; underflow to 0 is fine.
  if (std::isinf(ix)) {
    *error = kPowOverflow;
    return 0.0;
  }
  return negate ? -ix : ix;
}

int64_t float_hash(double v) {
  constexpr int kBits = 61;
  constexpr uint64_t kModulus = (uint64_t{1} << kBits) - 1;
  constexpr int64_t kInf = 314159;
  if (std::isinf(v)) return v > 0 ? kInf : -kInf;
  if (std::isnan(v)) return 0;
  int e;
  double m = std::frexp(v, &e);
  int sign = 1;
  if (m < 0) {
    sign = -1;
    m = -m;
  }
  // 28 bits at a time keeps every step exact in a double.
  uint64_t x = 0;
  while (m != 0.0) {
    x = ((x << 28) & kModulus) | x >> (kBits - 28);
    m *= 268435456.0;
    e -= 28;
    uint64_t y = static_cast<uint64_t>(m);
    m -= static_cast<double>(y);
    x += y;
    if (x >= kModulus) x -= kModulus;
  }
  e = e >= 0 ? e % kBits : kBits - 1 - ((-1 - e) % kBits);
  x = ((x << e) & kModulus) | x >> (kBits - e);
  x = x * static_cast<uint64_t>(static_cast<int64_t>(sign));
  if (x == static_cast<uint64_t>(-1)) x = static_cast<uint64_t>(-2);
  return static_cast<int64_t>(x);
}

}  // namespace pyco
