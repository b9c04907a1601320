// bigint.cpp - arbitrary-precision integer arithmetic behind pyco's int type (Python 3 semantics).
#include "objects/bigint.h"

#include <algorithm>
#include <bit>
#include <cmath>
#include <cstring>

namespace pyco {

namespace {

using Digits = std::vector<uint32_t>;

// Below this many digits (of the shorter operand) schoolbook multiplication
// wins: Karatsuba's extra additions and allocations cost more than they save.
constexpr size_t kKaratsubaCutoff = 40;

void trim(Digits& d) {
  while (!d.empty() && d.back() == 0) d.pop_back();
}

size_t trimmed_len(const uint32_t* a, size_t n) {
  while (n > 0 && a[n - 1] == 0) --n;
  return n;
}

int cmp_mag(const Digits& a, const Digits& b) {
  if (a.size() != b.size()) return a.size() < b.size() ? -1 : 1;
  for (size_t i = a.size(); i-- > 0;) {
    if (a[i] != b[i]) return a[i] < b[i] ? -1 : 1;
  }
  return 0;
}

Digits mag_from_u64(uint64_t v) {
  Digits d;
  if (v != 0) {
    d.push_back(static_cast<uint32_t>(v));
    if (v >> 32) d.push_back(static_cast<uint32_t>(v >> 32));
  }
  return d;
}

// Only meaningful when the magnitude has at most two digits.
uint64_t low_u64(const Digits& d) {
  uint64_t v = 0;
  if (d.size() > 0) v = d[0];
  if (d.size() > 1) v |= static_cast<uint64_t>(d[1]) << 32;
  return v;
}

uint64_t mag_bit_length(const Digits& d) {
  if (d.empty()) return 0;
  return (d.size() - 1) * uint64_t{32} + (32 - std::countl_zero(d.back()));
}

// r[0..nr) += x[0..nx); the caller guarantees the sum fits in nr digits.
void add_into(uint32_t* r, size_t nr, const uint32_t* x, size_t nx) {
  uint64_t carry = 0;
  size_t i = 0;
  for (; i < nx; ++i) {
    uint64_t t = static_cast<uint64_t>(r[i]) + x[i] + carry;
    r[i] = static_cast<uint32_t>(t);
    carry = t >> 32;
  }
  for (; carry != 0 && i < nr; ++i) {
    uint64_t t = static_cast<uint64_t>(r[i]) + carry;
    r[i] = static_cast<uint32_t>(t);
    carry = t >> 32;
  }
}

// r[0..nr) -= x[0..nx); the caller guarantees r >= x.
void sub_into(uint32_t* r, size_t nr, const uint32_t* x, size_t nx) {
  uint64_t borrow = 0;
  size_t i = 0;
  for (; i < nx; ++i) {
    uint64_t t = static_cast<uint64_t>(r[i]) - x[i] - borrow;
    r[i] = static_cast<uint32_t>(t);
    borrow = t >> 63;
  }
  for (; borrow != 0 && i < nr; ++i) {
    uint64_t t = static_cast<uint64_t>(r[i]) - borrow;
    r[i] = static_cast<uint32_t>(t);
    borrow = t >> 63;
  }
}

Digits add_mag(const Digits& a, const Digits& b) {
  const Digits& big = a.size() >= b.size() ? a : b;
  const Digits& small = a.size() >= b.size() ? b : a;
  Digits r(big.size() + 1, 0);
  std::copy(big.begin(), big.end(), r.begin());
  add_into(r.data(), r.size(), small.data(), small.size());
  trim(r);
  return r;
}

// Precondition: a >= b.
Digits sub_mag(const Digits& a, const Digits& b) {
  Digits r = a;
  sub_into(r.data(), r.size(), b.data(), b.size());
  trim(r);
  return r;
}

// r must be zeroed and hold na + nb digits.
void mul_school(const uint32_t* a, size_t na, const uint32_t* b, size_t nb, uint32_t* r) {
  for (size_t i = 0; i < na; ++i) {
    uint64_t ai = a[i];
    if (ai == 0) continue;
    uint64_t carry = 0;
    for (size_t j = 0; j < nb; ++j) {
      // (2^32-1)^2 + 2*(2^32-1) == 2^64-1, so this cannot overflow.
      uint64_t t = ai * b[j] + r[i + j] + carry;
      r[i + j] = static_cast<uint32_t>(t);
      carry = t >> 32;
    }
    r[i + nb] = static_cast<uint32_t>(carry);
  }
}

// r must be zeroed and hold na + nb digits; inputs may carry leading zeros.
void mul_rec(const uint32_t* a, size_t na, const uint32_t* b, size_t nb, uint32_t* r) {
  na = trimmed_len(a, na);
  nb = trimmed_len(b, nb);
  if (na < nb) {
    std::swap(a, b);
    std::swap(na, nb);
  }
  if (nb == 0) return;
  if (nb < kKaratsubaCutoff) {
    mul_school(a, na, b, nb, r);
    return;
  }
  if (2 * nb <= na) {
    // Karatsuba needs balanced halves; slicing the long operand into
    // nb-sized pieces keeps each sub-product balanced.
    Digits tmp(2 * nb);
    for (size_t off = 0; off < na; off += nb) {
      size_t len = std::min(nb, na - off);
      std::fill(tmp.begin(), tmp.end(), 0);
      mul_rec(a + off, len, b, nb, tmp.data());
      add_into(r + off, na + nb - off, tmp.data(), len + nb);
    }
    return;
  }
  // nb > na/2 >= m, so b's high half is non-empty.
  size_t m = na / 2;
  const uint32_t* a1 = a + m;
  const uint32_t* b1 = b + m;
  size_t na1 = na - m, nb1 = nb - m;
  mul_rec(a, m, b, m, r);                 // z0 -> r[0, 2m)
  mul_rec(a1, na1, b1, nb1, r + 2 * m);   // z2 -> r[2m, na+nb)
  Digits sa(std::max(m, na1) + 1, 0), sb(std::max(m, nb1) + 1, 0);
  std::copy(a, a + m, sa.begin());
  add_into(sa.data(), sa.size(), a1, na1);
  std::copy(b, b + m, sb.begin());
  add_into(sb.data(), sb.size(), b1, nb1);
  Digits z1(sa.size() + sb.size(), 0);
  mul_rec(sa.data(), sa.size(), sb.data(), sb.size(), z1.data());
  sub_into(z1.data(), z1.size(), r, 2 * m);
  sub_into(z1.data(), z1.size(), r + 2 * m, na + nb - 2 * m);
  add_into(r + m, na + nb - m, z1.data(), trimmed_len(z1.data(), z1.size()));
}

Digits mul_mag(const Digits& a, const Digits& b) {
  if (a.empty() || b.empty()) return {};
  Digits r(a.size() + b.size(), 0);
  mul_rec(a.data(), a.size(), b.data(), b.size(), r.data());
  trim(r);
  return r;
}

// d = d * m + add, in place.
void mul_add_small(Digits& d, uint32_t m, uint32_t add) {
  uint64_t carry = add;
  for (uint32_t& x : d) {
    uint64_t t = static_cast<uint64_t>(x) * m + carry;
    x = static_cast<uint32_t>(t);
    carry = t >> 32;
  }
  if (carry != 0) d.push_back(static_cast<uint32_t>(carry));
}

// d /= div in place (d stays normalized); returns the remainder.
// Templated on a constant divisor so the compiler can replace the 64-bit
// division with a multiply, which dominates decimal to_string.
template <uint32_t kDiv>
uint32_t divmod_small_const(Digits& d) {
  uint64_t rem = 0;
  for (size_t i = d.size(); i-- > 0;) {
    uint64_t cur = (rem << 32) | d[i];
    d[i] = static_cast<uint32_t>(cur / kDiv);
    rem = cur % kDiv;
  }
  trim(d);
  return static_cast<uint32_t>(rem);
}

uint32_t divmod_small(Digits& d, uint32_t div) {
  uint64_t rem = 0;
  for (size_t i = d.size(); i-- > 0;) {
    uint64_t cur = (rem << 32) | d[i];
    d[i] = static_cast<uint32_t>(cur / div);
    rem = cur % div;
  }
  trim(d);
  return static_cast<uint32_t>(rem);
}

Digits shl_mag(const Digits& a, uint64_t n) {
  if (a.empty()) return {};
  size_t words = static_cast<size_t>(n / 32);
  unsigned bits = static_cast<unsigned>(n % 32);
  Digits r(a.size() + words + 1, 0);
  if (bits == 0) {
    std::copy(a.begin(), a.end(), r.begin() + words);
  } else {
    uint32_t carry = 0;
    for (size_t i = 0; i < a.size(); ++i) {
      r[i + words] = (a[i] << bits) | carry;
      carry = a[i] >> (32 - bits);
    }
    r[a.size() + words] = carry;
  }
  trim(r);
  return r;
}

// *lost (if given) reports whether any nonzero bits were shifted out.
Digits shr_mag(const Digits& a, uint64_t n, bool* lost) {
  uint64_t words64 = n / 32;
  if (words64 >= a.size()) {
    if (lost) *lost = !a.empty();
    return {};
  }
  size_t words = static_cast<size_t>(words64);
  unsigned bits = static_cast<unsigned>(n % 32);
  if (lost) {
    bool any = false;
    for (size_t i = 0; i < words && !any; ++i) any = a[i] != 0;
    if (!any && bits != 0) any = (a[words] & ((uint32_t{1} << bits) - 1)) != 0;
    *lost = any;
  }
  Digits r(a.size() - words);
  if (bits == 0) {
    std::copy(a.begin() + words, a.end(), r.begin());
  } else {
    for (size_t i = 0; i < r.size(); ++i) {
      uint32_t lo = a[i + words] >> bits;
      uint32_t hi = (i + words + 1 < a.size()) ? (a[i + words + 1] << (32 - bits)) : 0;
      r[i] = lo | hi;
    }
  }
  trim(r);
  return r;
}

// Magnitude division (Knuth, TAOCP vol. 2, 4.3.1, Algorithm D).
// Precondition: b nonzero. q and r may be null.
void divmod_mag(const Digits& a, const Digits& b, Digits* q, Digits* r) {
  if (cmp_mag(a, b) < 0) {
    if (q) q->clear();
    if (r) *r = a;
    return;
  }
  if (b.size() == 1) {
    Digits qq = a;
    uint32_t rem = divmod_small(qq, b[0]);
    if (q) *q = std::move(qq);
    if (r) *r = mag_from_u64(rem);
    return;
  }
  // Normalizing so the divisor's top bit is set bounds the qhat estimate
  // error to at most 2.
  unsigned s = static_cast<unsigned>(std::countl_zero(b.back()));
  size_t n = b.size();
  size_t m = a.size() - n;
  Digits v(n), u(a.size() + 1);
  if (s == 0) {
    std::copy(b.begin(), b.end(), v.begin());
    std::copy(a.begin(), a.end(), u.begin());
    u[a.size()] = 0;
  } else {
    for (size_t i = n - 1; i > 0; --i) v[i] = (b[i] << s) | (b[i - 1] >> (32 - s));
    v[0] = b[0] << s;
    u[a.size()] = a.back() >> (32 - s);
    for (size_t i = a.size() - 1; i > 0; --i) u[i] = (a[i] << s) | (a[i - 1] >> (32 - s));
    u[0] = a[0] << s;
  }
  Digits qd(m + 1, 0);
  const uint64_t vtop = v[n - 1], vnext = v[n - 2];
  for (size_t j = m + 1; j-- > 0;) {
    uint64_t num = (static_cast<uint64_t>(u[j + n]) << 32) | u[j + n - 1];
    uint64_t qhat = num / vtop;
    uint64_t rhat = num % vtop;
    while (qhat > 0xFFFFFFFFull || qhat * vnext > ((rhat << 32) | u[j + n - 2])) {
      --qhat;
      rhat += vtop;
      if (rhat > 0xFFFFFFFFull) break;
    }
    uint64_t carry = 0, borrow = 0;
    for (size_t i = 0; i < n; ++i) {
      uint64_t p = qhat * v[i] + carry;
      carry = p >> 32;
      uint64_t t = static_cast<uint64_t>(u[i + j]) - static_cast<uint32_t>(p) - borrow;
      u[i + j] = static_cast<uint32_t>(t);
      borrow = t >> 63;
    }
    uint64_t t = static_cast<uint64_t>(u[j + n]) - carry - borrow;
    u[j + n] = static_cast<uint32_t>(t);
    if (t >> 63) {
      // qhat was one too large (rare): add the divisor back.
      --qhat;
      uint64_t c = 0;
      for (size_t i = 0; i < n; ++i) {
        uint64_t s2 = static_cast<uint64_t>(u[i + j]) + v[i] + c;
        u[i + j] = static_cast<uint32_t>(s2);
        c = s2 >> 32;
      }
      u[j + n] = static_cast<uint32_t>(u[j + n] + c);
    }
    qd[j] = static_cast<uint32_t>(qhat);
  }
  if (q) {
    trim(qd);
    *q = std::move(qd);
  }
  if (r) {
    Digits rr(n);
    if (s == 0) {
      std::copy(u.begin(), u.begin() + n, rr.begin());
    } else {
      for (size_t i = 0; i < n; ++i) {
        rr[i] = (u[i] >> s) | (u[i + 1] << (32 - s));
      }
    }
    trim(rr);
    *r = std::move(rr);
  }
}

// Two's complement of a sign/magnitude value, sign-extended to n digits
// (n > mag.size(), so the top digit holds only sign bits).
Digits to_twos(bool neg, const Digits& mag, size_t n) {
  Digits d(n, 0);
  std::copy(mag.begin(), mag.end(), d.begin());
  if (neg) {
    uint64_t carry = 1;
    for (uint32_t& x : d) {
      uint64_t t = static_cast<uint64_t>(static_cast<uint32_t>(~x)) + carry;
      x = static_cast<uint32_t>(t);
      carry = t >> 32;
    }
  }
  return d;
}

bool is_ascii_space(unsigned char c) {
  return c == ' ' || (c >= '\t' && c <= '\r');
}

// Length of a UTF-8 encoded Unicode whitespace character other than ASCII
// at text[i..], or 0. Python's int() accepts these around the number.
size_t unicode_space_len(std::string_view t, size_t i) {
  auto at = [&](size_t k) -> unsigned { return k < t.size() ? static_cast<unsigned char>(t[k]) : 0u; };
  unsigned c0 = at(i);
  if (c0 == 0xC2 && (at(i + 1) == 0x85 || at(i + 1) == 0xA0)) return 2;
  if (c0 == 0xE1 && at(i + 1) == 0x9A && at(i + 2) == 0x80) return 3;  // U+1680
  if (c0 == 0xE2 && at(i + 1) == 0x80) {
    unsigned c2 = at(i + 2);
    if ((c2 >= 0x80 && c2 <= 0x8A) || c2 == 0xA8 || c2 == 0xA9 || c2 == 0xAF) return 3;
  }
  if (c0 == 0xE2 && at(i + 1) == 0x81 && at(i + 2) == 0x9F) return 3;  // U+205F
  if (c0 == 0xE3 && at(i + 1) == 0x80 && at(i + 2) == 0x80) return 3;  // U+3000
  return 0;
}

// Same as unicode_space_len but matching a character that ends at t[end).
size_t unicode_space_len_before(std::string_view t, size_t begin, size_t end) {
  for (size_t len = 2; len <= 3; ++len) {
    if (end >= begin + len && unicode_space_len(t.substr(0, end), end - len) == len) return len;
  }
  return 0;
}

int digit_value(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'z') return c - 'a' + 10;
  if (c >= 'A' && c <= 'Z') return c - 'A' + 10;
  return 99;
}

char lower(char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c; }

// Largest power of base fitting in a digit, so text converts a chunk at a time.
void chunk_for_base(uint32_t base, uint32_t* power, int* count) {
  uint64_t p = base;
  int k = 1;
  while (p * base <= 0xFFFFFFFFull) {
    p *= base;
    ++k;
  }
  *power = static_cast<uint32_t>(p);
  *count = k;
}

// Rounds x * 2^shift to a double exactly as CPython's long_true_divide:
// x has at most 64 bits, `inexact` says nonzero bits were lost below x, and
// shift is chosen so that x holds at least 2 bits beyond double precision.
// Returns false on overflow.
bool round_scaled(uint64_t x, bool inexact, int64_t shift, double* out) {
  int x_bits = x == 0 ? 0 : 64 - std::countl_zero(x);
  // Below DBL_MIN_EXP the representable precision shrinks (subnormals).
  int64_t extra = std::max<int64_t>(x_bits, -1021 - shift) - 53;
  if (extra > 0) {
    if (extra >= 64) {
      // Everything lies below half the smallest representable step.
      x = 0;
    } else {
      uint64_t mask = uint64_t{1} << (extra - 1);
      uint64_t low = x | (inexact ? 1 : 0);
      if ((low & mask) && (low & (3 * mask - 1))) x += mask;
      x &= ~(2 * mask - 1);
    }
  }
  double r = std::ldexp(static_cast<double>(x), static_cast<int>(shift));
  if (std::isinf(r)) return false;
  *out = r;
  return true;
}

}  // namespace

BigInt BigInt::make(bool negative, Digits&& mag) {
  BigInt r;
  r.mag_ = std::move(mag);
  trim(r.mag_);
  r.neg_ = negative && !r.mag_.empty();
  return r;
}

BigInt::BigInt(bool negative, const uint32_t* digits, size_t count)
    : mag_(digits, digits + count) {
  trim(mag_);
  neg_ = negative && !mag_.empty();
}

BigInt BigInt::from_i64(int64_t v) {
  // Negating INT64_MIN would overflow; go through unsigned arithmetic.
  uint64_t m = v < 0 ? uint64_t{0} - static_cast<uint64_t>(v) : static_cast<uint64_t>(v);
  return make(v < 0, mag_from_u64(m));
}

BigInt BigInt::from_u64(uint64_t v) { return make(false, mag_from_u64(v)); }

BigInt BigInt::from_double(double d) {
  if (!std::isfinite(d)) return BigInt();
  double t = std::trunc(d);
  bool neg = t < 0;
  t = std::fabs(t);
  if (t < 1.0) return BigInt();
  int e = 0;
  double m = std::frexp(t, &e);  // t = m * 2^e, m in [0.5, 1)
  uint64_t mant = static_cast<uint64_t>(std::ldexp(m, 53));
  BigInt r = make(false, mag_from_u64(mant));
  r = e >= 53 ? lshift(r, static_cast<uint64_t>(e - 53)) : rshift(r, static_cast<uint64_t>(53 - e));
  r.neg_ = neg && !r.mag_.empty();
  return r;
}

bool BigInt::parse(std::string_view s, int base, BigInt* out) {
  if (base != 0 && (base < 2 || base > 36)) return false;
  size_t i = 0, n = s.size();
  for (;;) {
    if (i < n && is_ascii_space(static_cast<unsigned char>(s[i]))) {
      ++i;
    } else if (size_t len = unicode_space_len(s.substr(0, n), i)) {
      i += len;
    } else {
      break;
    }
  }
  for (;;) {
    if (n > i && is_ascii_space(static_cast<unsigned char>(s[n - 1]))) {
      --n;
    } else if (size_t len = unicode_space_len_before(s, i, n)) {
      n -= len;
    } else {
      break;
    }
  }
  bool neg = false;
  if (i < n && (s[i] == '+' || s[i] == '-')) {
    neg = s[i] == '-';
    ++i;
  }
  // Base 0 rejects C-style octal ("010") but still accepts any spelling of zero.
  bool zero_only = false;
  if (base == 0) {
    char p = (i + 1 < n && s[i] == '0') ? lower(s[i + 1]) : 0;
    if (i < n && s[i] == '0') {
      if (p == 'x') {
        base = 16;
      } else if (p == 'o') {
        base = 8;
      } else if (p == 'b') {
        base = 2;
      } else {
        base = 10;
        zero_only = true;
      }
    } else {
      base = 10;
    }
  }
  if (i + 1 < n && s[i] == '0') {
    char p = lower(s[i + 1]);
    if ((base == 16 && p == 'x') || (base == 8 && p == 'o') || (base == 2 && p == 'b')) {
      i += 2;
      if (i < n && s[i] == '_') ++i;
    }
  }
  if (i >= n || s[i] == '_') return false;

  uint32_t chunk_power;
  int chunk_len;
  chunk_for_base(static_cast<uint32_t>(base), &chunk_power, &chunk_len);
  Digits mag;
  mag.reserve((n - i) / 9 + 2);
  uint32_t chunk = 0;
  int in_chunk = 0;
  bool prev_underscore = false;
  for (; i < n; ++i) {
    char c = s[i];
    if (c == '_') {
      if (prev_underscore) return false;
      prev_underscore = true;
      continue;
    }
    prev_underscore = false;
    int v = digit_value(c);
    if (v >= base) return false;
    chunk = chunk * static_cast<uint32_t>(base) + static_cast<uint32_t>(v);
    if (++in_chunk == chunk_len) {
      mul_add_small(mag, chunk_power, chunk);
      chunk = 0;
      in_chunk = 0;
    }
  }
  if (prev_underscore) return false;
  if (in_chunk > 0) {
    uint32_t p = 1;
    for (int k = 0; k < in_chunk; ++k) p *= static_cast<uint32_t>(base);
    mul_add_small(mag, p, chunk);
  }
  trim(mag);
  if (zero_only && !mag.empty()) return false;
  *out = make(neg, std::move(mag));
  return true;
}

std::string BigInt::to_string(int base) const {
  if (base < 2 || base > 36) base = 10;
  if (mag_.empty()) return "0";
  static const char kDigitChars[] = "0123456789abcdefghijklmnopqrstuvwxyz";
  std::string out;
  if ((base & (base - 1)) == 0) {
    // Power-of-two bases read bits directly: linear time.
    unsigned bits = static_cast<unsigned>(std::countr_zero(static_cast<unsigned>(base)));
    uint64_t total = bit_length();
    out.reserve(static_cast<size_t>(total / bits + 2));
    for (uint64_t pos = 0; pos < total; pos += bits) {
      size_t w = static_cast<size_t>(pos / 32);
      unsigned off = static_cast<unsigned>(pos % 32);
      uint64_t window = mag_[w];
      if (w + 1 < mag_.size()) window |= static_cast<uint64_t>(mag_[w + 1]) << 32;
      out.push_back(kDigitChars[(window >> off) & static_cast<unsigned>(base - 1)]);
    }
  } else {
    uint32_t power;
    int per_chunk;
    chunk_for_base(static_cast<uint32_t>(base), &power, &per_chunk);
    Digits work = mag_;
    out.reserve(static_cast<size_t>(bit_length() * 0.31 + 16));  // log10(2) ~ 0.301
    while (!work.empty()) {
      uint32_t rem = base == 10 ? divmod_small_const<1000000000u>(work) : divmod_small(work, power);
      for (int k = 0; k < per_chunk; ++k) {
        // The most significant chunk must not be zero-padded.
        if (work.empty() && rem == 0) break;
        out.push_back(kDigitChars[rem % static_cast<uint32_t>(base)]);
        rem /= static_cast<uint32_t>(base);
      }
    }
  }
  if (neg_) out.push_back('-');
  std::reverse(out.begin(), out.end());
  return out;
}

bool BigInt::fits_i64() const {
  if (mag_.size() > 2) return false;
  uint64_t m = low_u64(mag_);
  return neg_ ? m <= (uint64_t{1} << 63) : m < (uint64_t{1} << 63);
}

int64_t BigInt::to_i64() const {
  uint64_t m = low_u64(mag_);
  return neg_ ? static_cast<int64_t>(uint64_t{0} - m) : static_cast<int64_t>(m);
}

bool BigInt::to_double(double* out) const {
  uint64_t nbits = bit_length();
  if (nbits > 1024) return false;
  double r;
  if (nbits <= 55) {
    // Rounding adds at most 2^1 here, so it cannot overflow the uint64.
    if (!round_scaled(low_u64(mag_), false, 0, &r)) return false;
  } else {
    // Keep 55 bits (two beyond double precision) plus a sticky flag.
    bool lost = false;
    Digits top = shr_mag(mag_, nbits - 55, &lost);
    if (!round_scaled(low_u64(top), lost, static_cast<int64_t>(nbits - 55), &r)) return false;
  }
  *out = neg_ ? -r : r;
  return true;
}

uint64_t BigInt::bit_length() const { return mag_bit_length(mag_); }

uint64_t BigInt::bit_count() const {
  uint64_t c = 0;
  for (uint32_t d : mag_) c += static_cast<uint64_t>(std::popcount(d));
  return c;
}

int64_t BigInt::py_hash() const {
  // CPython reduces modulo the Mersenne prime 2^61 - 1, where multiplying by
  // 2^32 is a 61-bit rotation.
  constexpr uint64_t kP = (uint64_t{1} << 61) - 1;
  uint64_t h = 0;
  for (size_t i = mag_.size(); i-- > 0;) {
    h = ((h << 32) & kP) | (h >> 29);
    h += mag_[i];
    if (h >= kP) h -= kP;
  }
  int64_t r = neg_ ? -static_cast<int64_t>(h) : static_cast<int64_t>(h);
  return r == -1 ? -2 : r;
}

int BigInt::cmp(const BigInt& a, const BigInt& b) {
  if (a.neg_ != b.neg_) return a.neg_ ? -1 : 1;
  int c = cmp_mag(a.mag_, b.mag_);
  return a.neg_ ? -c : c;
}

BigInt BigInt::add(const BigInt& a, const BigInt& b) {
  if (a.neg_ == b.neg_) return make(a.neg_, add_mag(a.mag_, b.mag_));
  int c = cmp_mag(a.mag_, b.mag_);
  if (c == 0) return BigInt();
  if (c > 0) return make(a.neg_, sub_mag(a.mag_, b.mag_));
  return make(b.neg_, sub_mag(b.mag_, a.mag_));
}

BigInt BigInt::sub(const BigInt& a, const BigInt& b) {
  if (a.neg_ != b.neg_) return make(a.neg_, add_mag(a.mag_, b.mag_));
  int c = cmp_mag(a.mag_, b.mag_);
  if (c == 0) return BigInt();
  if (c > 0) return make(a.neg_, sub_mag(a.mag_, b.mag_));
  return make(!a.neg_, sub_mag(b.mag_, a.mag_));
}

BigInt BigInt::mul(const BigInt& a, const BigInt& b) {
  return make(a.neg_ != b.neg_, mul_mag(a.mag_, b.mag_));
}

void BigInt::divmod(const BigInt& a, const BigInt& b, BigInt* q, BigInt* r) {
  if (b.mag_.empty()) {
    if (q) *q = BigInt();
    if (r) *r = BigInt();
    return;
  }
  Digits qm, rm;
  divmod_mag(a.mag_, b.mag_, &qm, &rm);
  // Truncated magnitudes -> floor semantics: when the signs differ and the
  // division is inexact, round the quotient away from zero and take the
  // remainder from the divisor's side.
  if (a.neg_ != b.neg_ && !rm.empty()) {
    Digits one{1};
    qm = add_mag(qm, one);
    rm = sub_mag(b.mag_, rm);
  }
  if (q) *q = make(a.neg_ != b.neg_, std::move(qm));
  if (r) *r = make(b.neg_, std::move(rm));
}

BigInt BigInt::floordiv(const BigInt& a, const BigInt& b) {
  BigInt q;
  divmod(a, b, &q, nullptr);
  return q;
}

BigInt BigInt::mod(const BigInt& a, const BigInt& b) {
  BigInt r;
  divmod(a, b, nullptr, &r);
  return r;
}

bool BigInt::truediv(const BigInt& a, const BigInt& b, double* out) {
  if (b.mag_.empty()) {
    *out = 0.0;
    return true;
  }
  bool negate = a.neg_ != b.neg_;
  uint64_t a_bits = a.bit_length(), b_bits = b.bit_length();
  if (a_bits <= 53 && b_bits <= 53) {
    // Both operands are exact doubles, so IEEE division rounds correctly.
    double r = static_cast<double>(low_u64(a.mag_)) / static_cast<double>(low_u64(b.mag_));
    *out = negate ? -r : r;
    return true;
  }
  int64_t diff = static_cast<int64_t>(a_bits) - static_cast<int64_t>(b_bits);
  if (a.mag_.empty() || diff < -1021 - 53 - 1) {
    // Quotient is below half the smallest subnormal.
    *out = negate ? -0.0 : 0.0;
    return true;
  }
  if (diff > 1024) return false;
  // Scale so the integer quotient carries 55-56 significant bits (fewer in
  // the subnormal range), leaving room for exact round-half-even.
  int64_t shift = std::max<int64_t>(diff, -1021) - 53 - 2;
  bool inexact = false;
  Digits num;
  if (shift <= 0) {
    num = shl_mag(a.mag_, static_cast<uint64_t>(-shift));
  } else {
    num = shr_mag(a.mag_, static_cast<uint64_t>(shift), &inexact);
  }
  Digits qm, rm;
  divmod_mag(num, b.mag_, &qm, &rm);
  if (!rm.empty()) inexact = true;
  double r;
  if (!round_scaled(low_u64(qm), inexact, shift, &r)) return false;
  *out = negate ? -r : r;
  return true;
}

BigInt BigInt::pow(const BigInt& base, uint64_t exp) {
  if (exp == 0) return from_u64(1);
  bool neg = base.neg_ && (exp & 1);
  if (base.mag_.empty()) return BigInt();
  uint64_t bl = base.bit_length();
  if (base.bit_count() == 1) {
    // |base| is a power of two: a single shift.
    return make(neg, shl_mag(Digits{1}, (bl - 1) * exp));
  }
  Digits result{1};
  int top = 63 - std::countl_zero(exp);
  for (int i = top; i >= 0; --i) {
    result = mul_mag(result, result);
    if ((exp >> i) & 1) result = mul_mag(result, base.mag_);
  }
  return make(neg, std::move(result));
}

BigInt BigInt::pow_mod(const BigInt& base, const BigInt& exp, const BigInt& modulus) {
  if (modulus.mag_.empty()) return BigInt();
  const Digits& m = modulus.mag_;
  Digits b;
  {
    // Reduce into [0, |m|) first, since Python's result is base**exp % mod.
    BigInt bb = mod(base, make(false, Digits(m)));
    b = std::move(bb.mag_);
  }
  Digits result{1};
  if (m.size() == 1 && m[0] == 1) result.clear();
  if (!exp.neg_) {
    for (uint64_t i = exp.bit_length(); i-- > 0;) {
      result = mul_mag(result, result);
      divmod_mag(result, m, nullptr, &result);
      if ((exp.mag_[i / 32] >> (i % 32)) & 1) {
        result = mul_mag(result, b);
        divmod_mag(result, m, nullptr, &result);
      }
    }
  }
  divmod_mag(result, m, nullptr, &result);
  if (modulus.neg_ && !result.empty()) return make(true, sub_mag(m, result));
  return make(false, std::move(result));
}

bool BigInt::mod_inverse(const BigInt& a, const BigInt& m, BigInt* out) {
  if (m.mag_.empty()) return false;
  BigInt mm = abs(m);
  BigInt old_r = mod(a, mm), r = mm;
  BigInt old_s = from_u64(1), s;
  while (!r.is_zero()) {
    BigInt q, rem;
    divmod(old_r, r, &q, &rem);
    old_r = std::move(r);
    r = std::move(rem);
    BigInt ns = sub(old_s, mul(q, s));
    old_s = std::move(s);
    s = std::move(ns);
  }
  // old_r == gcd(a, m); |m| == 1 makes everything invertible (to 0).
  if (mm.mag_.size() == 1 && mm.mag_[0] == 1) {
    *out = BigInt();
    return true;
  }
  if (!(old_r.mag_.size() == 1 && old_r.mag_[0] == 1)) return false;
  *out = mod(old_s, mm);
  return true;
}

BigInt BigInt::gcd(const BigInt& a, const BigInt& b) {
  Digits x = a.mag_, y = b.mag_;
  while (!y.empty()) {
    if (x.size() <= 2 && y.size() <= 2) {
      uint64_t u = low_u64(x), v = low_u64(y);
      while (v != 0) {
        uint64_t t = u % v;
        u = v;
        v = t;
      }
      return make(false, mag_from_u64(u));
    }
    Digits r;
    divmod_mag(x, y, nullptr, &r);
    x = std::move(y);
    y = std::move(r);
  }
  return make(false, std::move(x));
}

BigInt BigInt::neg(const BigInt& a) {
  BigInt r = a;
  r.neg_ = !a.neg_ && !a.mag_.empty();
  return r;
}

BigInt BigInt::abs(const BigInt& a) {
  BigInt r = a;
  r.neg_ = false;
  return r;
}

BigInt BigInt::and_(const BigInt& a, const BigInt& b) {
  if (!a.neg_ && !b.neg_) {
    // Common case: no sign extension needed, result no longer than the shorter.
    size_t n = std::min(a.mag_.size(), b.mag_.size());
    Digits r(n);
    for (size_t i = 0; i < n; ++i) r[i] = a.mag_[i] & b.mag_[i];
    return make(false, std::move(r));
  }
  size_t n = std::max(a.mag_.size(), b.mag_.size()) + 1;
  Digits x = to_twos(a.neg_, a.mag_, n), y = to_twos(b.neg_, b.mag_, n);
  for (size_t i = 0; i < n; ++i) x[i] &= y[i];
  bool neg = (x.back() >> 31) != 0;
  if (neg) x = to_twos(true, x, n);  // two's complement negation is self-inverse
  return make(neg, std::move(x));
}

BigInt BigInt::or_(const BigInt& a, const BigInt& b) {
  size_t n = std::max(a.mag_.size(), b.mag_.size()) + 1;
  Digits x = to_twos(a.neg_, a.mag_, n), y = to_twos(b.neg_, b.mag_, n);
  for (size_t i = 0; i < n; ++i) x[i] |= y[i];
  bool neg = (x.back() >> 31) != 0;
  if (neg) x = to_twos(true, x, n);
  return make(neg, std::move(x));
}

BigInt BigInt::xor_(const BigInt& a, const BigInt& b) {
  size_t n = std::max(a.mag_.size(), b.mag_.size()) + 1;
  Digits x = to_twos(a.neg_, a.mag_, n), y = to_twos(b.neg_, b.mag_, n);
  for (size_t i = 0; i < n; ++i) x[i] ^= y[i];
  bool neg = (x.back() >> 31) != 0;
  if (neg) x = to_twos(true, x, n);
  return make(neg, std::move(x));
}

BigInt BigInt::invert(const BigInt& a) {
  // ~a == -(a + 1)
  return neg(add(a, from_u64(1)));
}

BigInt BigInt::lshift(const BigInt& a, uint64_t n) {
  return make(a.neg_, shl_mag(a.mag_, n));
}

BigInt BigInt::rshift(const BigInt& a, uint64_t n) {
  if (!a.neg_) return make(false, shr_mag(a.mag_, n, nullptr));
  // Floor toward -inf: -((|a| - 1) >> n) - 1.
  Digits m = sub_mag(a.mag_, Digits{1});
  m = shr_mag(m, n, nullptr);
  return make(true, add_mag(m, Digits{1}));
}

bool BigInt::to_bytes(size_t length, bool little_endian, bool is_signed, std::string* out) const {
  if (neg_ && !is_signed) return false;
  uint64_t avail = static_cast<uint64_t>(length) * 8;
  if (!is_signed) {
    if (bit_length() > avail) return false;
  } else if (!neg_) {
    if (!mag_.empty() && bit_length() + 1 > avail) return false;
  } else {
    // -2^(8L-1) is the most negative value that fits, so check |x| - 1.
    // Like CPython, -1 (where |x| - 1 == 0) fits even in zero bytes.
    Digits m1 = sub_mag(mag_, Digits{1});
    if (!m1.empty() && mag_bit_length(m1) + 1 > avail) return false;
  }
  std::string bytes(length, '\0');
  unsigned carry = 1;
  for (size_t i = 0; i < length; ++i) {
    size_t w = i / 4;
    unsigned byte = w < mag_.size() ? (mag_[w] >> (8 * (i % 4))) & 0xFF : 0;
    if (neg_) {
      unsigned t = (~byte & 0xFF) + carry;
      byte = t & 0xFF;
      carry = t >> 8;
    }
    bytes[i] = static_cast<char>(byte);
  }
  if (!little_endian) std::reverse(bytes.begin(), bytes.end());
  *out = std::move(bytes);
  return true;
}

BigInt BigInt::from_bytes(const uint8_t* bytes, size_t length, bool little_endian, bool is_signed) {
  if (length == 0) return BigInt();
  auto byte_at = [&](size_t i) -> uint8_t {  // i counts from the least significant byte
    return little_endian ? bytes[i] : bytes[length - 1 - i];
  };
  bool neg = is_signed && (byte_at(length - 1) & 0x80) != 0;
  Digits mag((length + 3) / 4, 0);
  unsigned carry = 1;
  for (size_t i = 0; i < length; ++i) {
    unsigned b = byte_at(i);
    if (neg) {
      // Negate the two's complement to recover the magnitude.
      unsigned t = (~b & 0xFF) + carry;
      b = t & 0xFF;
      carry = t >> 8;
    }
    mag[i / 4] |= static_cast<uint32_t>(b) << (8 * (i % 4));
  }
  return make(neg, std::move(mag));
}

}  // namespace pyco
