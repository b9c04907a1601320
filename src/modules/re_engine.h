// The regular-expression engine behind the `re` module: a pattern parser producing a compact program, and a
// backtracking matcher with an explicit, bounded stack (no recursion proportional to the pattern or the input).
#pragma once
#include <cstdint>
#include <string>
#include <vector>

namespace pyco::re {

// CPython's flag values (re.I, re.M, ...).
enum : int {
    kTemplate = 1, kIgnoreCase = 2, kLocale = 4, kMultiline = 8, kDotAll = 16, kUnicode = 32, kVerbose = 64,
    kDebug = 128, kAscii = 256,
};

// A compiled pattern. `code` is self-contained (header + instructions) so that it can travel as a bytes object.
struct Compiled {
    std::vector<int32_t> code;
    int groups = 1;                                      // including group 0
    std::vector<std::pair<std::string, int>> names;      // group names (UTF-8) in definition order
    int flags = 0;                                       // the pattern's flags after inline global flags
};

// A pattern error: CPython's message, and its position in code points (-1: none), or an OverflowError.
struct CompileError {
    std::string msg;
    int64_t pos = -1;
    bool overflow = false;
};

// Parses and compiles `pattern` (code points; bytes values for a bytes pattern). False with *err on failure.
bool compile(const std::vector<uint32_t>& pattern, bool text, int flags, Compiled* out, CompileError* err);

// Outcome of one match attempt.
enum class Outcome { NoMatch, Match, StepLimit, StackLimit, OutOfMemory, BadCode };

enum class Mode { Match, Search, FullMatch };

// Runs `code` on subject units s[0..n) (uint8 for bytes / ASCII text, uint32 code points otherwise) starting at
// `pos`; on a match, slots[2g], slots[2g+1] hold group g's span (-1 when unset). `must_advance`: an empty match
// at `pos` is not accepted (the rule finditer/sub/split use after an empty match).
struct Matcher;
Matcher* new_matcher(const int32_t* code, size_t code_len, int64_t n);
void free_matcher(Matcher* m);
Outcome run(Matcher* m, const uint8_t* s, int64_t pos, Mode mode, bool must_advance, std::vector<int64_t>* slots);
Outcome run(Matcher* m, const uint32_t* s, int64_t pos, Mode mode, bool must_advance, std::vector<int64_t>* slots);
// Checks that `code` (e.g. bytes handed back from Python) is a well-formed program.
bool valid_code(const int32_t* code, size_t len);
bool code_is_text(const int32_t* code);
// A character's simple (one-character) lower ('l') or upper ('u') case mapping, as case-insensitive matching uses it.
uint32_t simple_case(uint32_t c, char mode);
int code_groups(const int32_t* code);

}  // namespace pyco::re
