// The compact source-location table of a code object (Code::linetable): its one encoder and one decoder.
//
// Instructions with the same location form runs; each run is one entry, decoded only when a traceback or a line
// number is asked for (a linear walk from the start). An entry is a header byte and LEB128 varints:
//   header  bits 0-2  run length - 1 (1..8 instructions; longer runs are split into entries with line delta 0)
//           bits 3-4  line delta from the previous entry (the first: from firstlineno): 0, +1, +2, or
//                     3 = a zigzag varint follows
//           bit  5    end_line != line: zigzag(end_line - line) follows
//           bits 6-7  columns: 0 unknown (both 0xffff); 1 col, end_col - col (same line, end_col >= col);
//                     2 col+1, end_col+1 (0: unknown); 3 is invalid
// Typical compiled code takes about 2-3 bytes per instruction with columns and well under 1 without, against
// the 12 of a Loc per instruction.
#pragma once
#include <cstdint>
#include <string>

#include "objects/object.h"

namespace pyco {

// Appends the table for locs[0..n) (code whose first line is firstlineno) to out; without columns every Loc is
// stored as (line, line, unknown, unknown).
void encode_locs(const Loc* locs, uint32_t n, int32_t firstlineno, bool with_columns, std::string* out);

// Walks a table: true and every entry in order while it is well-formed; false when it is malformed (the bytes
// end inside an entry, or an entry is invalid). Bounds-checked: never reads outside [p, end).
class LocReader {
public:
    LocReader(const uint8_t* p, const uint8_t* end, int32_t firstlineno) : p_(p), end_(end), line_(firstlineno) {}
    bool at_end() const { return p_ == end_; }
    // The next run: `run` instructions at `loc`.
    bool next(Loc* loc, uint32_t* run);

private:
    bool varint(uint64_t* v);
    const uint8_t* p_;
    const uint8_t* end_;
    int64_t line_;
};

// The location of instruction `instr` of `code` (firstlineno and unknown columns past the end or without a table).
Loc code_loc(const Code* code, uint32_t instr);

}  // namespace pyco
