// bigint.h - arbitrary-precision integer (Python 3 int semantics) backing pyco's int type outside the small-int range.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace pyco {

// Sign + magnitude. The magnitude is little-endian base-2^32 and always
// normalized (no leading zero digits; zero has no digits and is never
// negative), so equal values always have identical representations.
//
// Every operation follows Python 3 semantics. Nothing here throws or aborts on
// bad input: where Python would raise, the function either reports failure via
// its bool result or documents a precondition the interpreter must check first
// (division by zero, absurd result sizes). Violated preconditions yield a
// harmless value (usually zero) rather than a crash.
class BigInt {
 public:
  BigInt() = default;  // zero
  // Rebuilds a value from digits stored elsewhere (e.g. inline in a heap
  // object). Accepts unnormalized input; a negative zero becomes zero.
  BigInt(bool negative, const uint32_t* digits, size_t count);

  static BigInt from_i64(int64_t v);
  static BigInt from_u64(uint64_t v);
  // Truncates toward zero. Precondition: d is finite (non-finite gives zero).
  static BigInt from_double(double d);

  // Python's int(text, base). base is 0 or 2..36. Accepts surrounding ASCII
  // (and UTF-8 encoded Unicode) whitespace, a sign, a base prefix matching
  // the base (or selecting it when base == 0) and single underscores between
  // digits. Returns false (out untouched) when Python would raise ValueError.
  // Non-ASCII Unicode digits are not recognized; the caller must transliterate.
  static bool parse(std::string_view text, int base, BigInt* out);
  // base 2..36 (anything else means 10), lowercase digits, '-' for
  // negatives, no prefix.
  std::string to_string(int base = 10) const;

  bool is_zero() const { return mag_.empty(); }
  bool is_negative() const { return neg_; }
  size_t digit_count() const { return mag_.size(); }
  const uint32_t* digits() const { return mag_.data(); }

  bool fits_i64() const;
  int64_t to_i64() const;  // precondition: fits_i64()
  // Correctly rounded (round-half-even). False means OverflowError
  // ("int too large to convert to float").
  bool to_double(double* out) const;

  // Exact bit length of the magnitude; cheap, so callers can reject
  // absurd results (2 ** 10**12) with MemoryError before computing.
  size_t approx_bits() const { return static_cast<size_t>(bit_length()); }
  uint64_t bit_length() const;  // int.bit_length()
  uint64_t bit_count() const;   // int.bit_count(): popcount of |x|
  int64_t py_hash() const;      // identical to CPython's hash(int)

  static int cmp(const BigInt& a, const BigInt& b);  // -1, 0, 1
  friend bool operator==(const BigInt& a, const BigInt& b) {
    return a.neg_ == b.neg_ && a.mag_ == b.mag_;
  }

  static BigInt add(const BigInt& a, const BigInt& b);
  static BigInt sub(const BigInt& a, const BigInt& b);
  static BigInt mul(const BigInt& a, const BigInt& b);
  // Floor division and modulo (remainder takes the divisor's sign).
  // Precondition: b != 0 (the caller raises ZeroDivisionError); a zero
  // divisor yields zero results.
  static BigInt floordiv(const BigInt& a, const BigInt& b);
  static BigInt mod(const BigInt& a, const BigInt& b);
  static void divmod(const BigInt& a, const BigInt& b, BigInt* q, BigInt* r);  // q or r may be null
  // Correctly rounded a / b as CPython's int.__truediv__. Precondition b != 0.
  // False means OverflowError ("integer division result too large for a float").
  static bool truediv(const BigInt& a, const BigInt& b, double* out);
  // Precondition: the caller has bounded the result size (approx_bits() * exp).
  static BigInt pow(const BigInt& base, uint64_t exp);
  // Python's pow(base, exp, modulus) for exp >= 0; the result takes the
  // modulus's sign. Preconditions: modulus != 0 (ValueError in Python) and
  // exp >= 0 (a negative exp is treated as zero). For negative exponents
  // take mod_inverse first: pow(b, -e, m) == pow_mod(inverse, e, m).
  static BigInt pow_mod(const BigInt& base, const BigInt& exp, const BigInt& modulus);
  // Inverse of a modulo |m| in [0, |m|). False if gcd(a, m) != 1 (Python:
  // "base is not invertible for the given modulus"). Precondition m != 0.
  static bool mod_inverse(const BigInt& a, const BigInt& m, BigInt* out);
  static BigInt gcd(const BigInt& a, const BigInt& b);  // non-negative
  static BigInt neg(const BigInt& a);
  static BigInt abs(const BigInt& a);

  // Bitwise ops treat negatives as infinite two's complement, as Python does.
  static BigInt and_(const BigInt& a, const BigInt& b);
  static BigInt or_(const BigInt& a, const BigInt& b);
  static BigInt xor_(const BigInt& a, const BigInt& b);
  static BigInt invert(const BigInt& a);  // ~a == -a - 1
  // Precondition for lshift: the caller has bounded the result size.
  static BigInt lshift(const BigInt& a, uint64_t n);
  static BigInt rshift(const BigInt& a, uint64_t n);  // floors: -1 >> 100 == -1

  // int.to_bytes. False means OverflowError: "int too big to convert", or,
  // for a negative value with is_signed == false, "can't convert negative int
  // to unsigned" (the caller distinguishes via is_negative()).
  bool to_bytes(size_t length, bool little_endian, bool is_signed, std::string* out) const;
  static BigInt from_bytes(const uint8_t* bytes, size_t length, bool little_endian, bool is_signed);

 private:
  static BigInt make(bool negative, std::vector<uint32_t>&& mag);

  bool neg_ = false;
  std::vector<uint32_t> mag_;
};

}  // namespace pyco
