// Value: the one-word tagged representation of every Python value (see the tag table below).
#pragma once
#include <cstdint>

namespace pyco {

struct Obj;

// A Value is one machine word (64 bits on the host, 32 on a Cortex-M):
//
//   ...xxxxxxx1   small int: the word shifted right by one (arithmetic) is the integer. Never allocates.
//   ...0000 0000  a pointer to a heap object (objects are 8-byte aligned, so the low 3 bits are free), or
//                 all-zero: the "null" Value, which is never a Python value; functions return it to say
//                 "an exception was raised" (see result.h).
//   ...xxxxx010   immediate constants: None (0x02), False (0x0a), True (0x12).
//
// The representation is hidden behind these accessors so that a NaN-boxed variant (floats without
// allocation) can replace it on 64-bit hosts without touching callers.
class Value {
public:
    constexpr Value() : bits_(0) {}

    static constexpr Value none() { return Value(kNone); }
    static constexpr Value boolean(bool b) { return Value(b ? kTrue : kFalse); }
    static constexpr Value small_int(intptr_t i) { return Value((static_cast<uintptr_t>(i) << 1) | 1); }
    static Value object(const Obj* o) { return Value(reinterpret_cast<uintptr_t>(o)); }
    static constexpr Value from_bits(uintptr_t b) { return Value(b); }

    constexpr bool is_null() const { return bits_ == 0; }
    constexpr explicit operator bool() const { return bits_ != 0; }
    constexpr bool is_int() const { return bits_ & 1; }
    constexpr bool is_obj() const { return (bits_ & 7) == 0 && bits_ != 0; }
    constexpr bool is_none() const { return bits_ == kNone; }
    constexpr bool is_bool() const { return bits_ == kTrue || bits_ == kFalse; }
    constexpr bool is_true() const { return bits_ == kTrue; }
    constexpr bool is_false() const { return bits_ == kFalse; }

    constexpr intptr_t as_int() const { return static_cast<intptr_t>(bits_) >> 1; }
    Obj* as_obj() const { return reinterpret_cast<Obj*>(bits_); }
    constexpr uintptr_t bits() const { return bits_; }

    constexpr bool operator==(const Value& o) const { return bits_ == o.bits_; }
    constexpr bool operator!=(const Value& o) const { return bits_ != o.bits_; }

    // The small-int range: one bit less than a machine word.
    static constexpr intptr_t kSmallMax = INTPTR_MAX >> 1;
    static constexpr intptr_t kSmallMin = INTPTR_MIN >> 1;
    static constexpr bool fits_small(int64_t i) { return i >= kSmallMin && i <= kSmallMax; }

private:
    constexpr explicit Value(uintptr_t b) : bits_(b) {}
    static constexpr uintptr_t kNone = 0x02, kFalse = 0x0a, kTrue = 0x12;
    uintptr_t bits_;
};

}  // namespace pyco
