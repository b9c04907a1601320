// Code objects to bytes and back: the format of frozen modules (compiled at build time, loaded from flash).
#pragma once
#include <string>
#include <string_view>

#include "vm/interp.h"

namespace pyco {

// The first bytes of the format; the last is its version (a change of the format must change it).
inline constexpr char kMarshalMagic[4] = {'p', 'y', 'c', 2};

// Appends `code` (with its nested code objects and constants) to `out`. The file name and source text are not
// stored: the reader gives every code object the file name it is told. Line numbers are always kept; the
// columns of each instruction (used only to draw caret lines under source text) only `with_columns`.
// Constants the format cannot hold raise ValueError.
[[nodiscard]] Status marshal_code(Interpreter& vm, Code* code, std::string* out, bool with_columns = false);

// Rebuilds a code object from marshal_code's bytes, naming `filename` as its file (no source text). Every
// length, kind and index is checked (constants, names, locals, cells, jump targets, opcodes, the end of the
// code): malformed or truncated data raises ValueError and never reads outside `data`. What instructions do
// with the value stack (depths, operand types) is taken on trust: the data comes from the build, not the user.
[[nodiscard]] R<Code*> unmarshal_code(Interpreter& vm, std::string_view data, Str* filename);

}  // namespace pyco
