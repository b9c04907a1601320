// The instruction set shared by the `re` code generator (re_parse.cpp) and matcher (re_match.cpp).
#pragma once
#include <cstdint>

namespace pyco::re {

// Header words before the instructions.
enum : int { kHdrMagic, kHdrText, kHdrGroups, kHdrRegs, kHdrMemo, kHdrLen, kHeaderWords };
constexpr int32_t kMagic = 0x52455031;  // "REP1"

// Opcodes and their operands (targets are instruction indices relative to the first instruction).
enum : int32_t {
    kOpMatch,        //
    kOpChar,         // c
    kOpCharI,        // lower upper mode(1 ascii, 2 unicode)
    kOpAny,          // (not newline)
    kOpAnyAll,       //
    kOpSet,          // total_len flags cats n (lo hi)*n
    kOpSplit,        // first second memo
    kOpJmp,          // target
    kOpSave,         // slot
    kOpAt,           // kind ascii
    kOpBackref,      // group icase
    kOpLook,         // behind negative width end
    kOpLookEnd,      //
    kOpAtomic,       // end
    kOpAtomicEnd,    //
    kOpRepeat1,      // min max(-1 unbounded) greedy memo, then one single-character instruction
    kOpMark,         // reg
    kOpCheckEmpty,   // reg exit
    kOpCond,         // group no
    kOpCount,
};

enum : int32_t {
    kAtBeginning, kAtBeginLine, kAtBeginString, kAtEnd, kAtEndLine, kAtEndString, kAtBoundary, kAtNonBoundary,
};

enum : uint32_t {
    kCatDigit = 1, kCatNotDigit = 2, kCatWord = 4, kCatNotWord = 8, kCatSpace = 16, kCatNotSpace = 32,
};

enum : int32_t { kSetNegate = 1, kSetAscii = 2, kSetIcaseAscii = 4, kSetIcaseUnicode = 8 };

// Fixed instruction lengths (kOpSet carries its own).
inline int op_length(const int32_t* ins) {
    static const int8_t kLen[kOpCount] = {1, 2, 4, 1, 1, 0, 4, 2, 2, 3, 3, 5, 1, 2, 1, 5, 2, 3, 3};
    return ins[0] == kOpSet ? ins[1] : kLen[ins[0]];
}

}  // namespace pyco::re
