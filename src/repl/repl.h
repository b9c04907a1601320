// The REPL: the friendly REPL a person types into (prompts, auto-indent, line editing, paste mode) and the raw
// REPL tools speak (MicroPython's raw REPL and raw-paste protocols), over the Port's console.
#pragma once
#include <functional>
#include <memory>
#include <string>
#include <vector>

#include "vm/interp.h"

namespace pyco {

// Creates a ready interpreter (initialised, sys set up): the REPL asks for a fresh one on a soft reset.
using InterpreterFactory = std::function<std::unique_ptr<Interpreter>()>;

struct ReplOptions {
    bool banner = true;         // print the banner at start
    std::string history_file;   // where line history is kept (empty: none)
    bool crlf = false;          // end output lines with "\r\n" (a serial line, not a terminal)
    // A board (pyco --device): boot.py then main.py run at start and after every soft reset; Ctrl-D in the
    // friendly REPL soft-resets instead of exiting, and sys.exit() ends the program, not the board.
    bool device = false;
};

// Runs the friendly REPL on `vm` (replacing it with a fresh one from `fresh` on a soft reset) until Ctrl-D at an
// empty prompt, end of input or SystemExit. Returns the exit status.
int run_repl(std::unique_ptr<Interpreter>& vm, const InterpreterFactory& fresh, const ReplOptions& options);

// The banner's first line: "pyco <version> on <build date>; <board> with <cpu>".
std::string repl_banner(Port& port);

// Tab completion: the names that could complete the dotted name ending at `cursor` in `line`, looked up in
// `globals`, the builtins and the keywords (or in dir() of the object before the last dot). *word_len is the
// length of the partial name they replace. Sorted; names starting with '_' only when the partial name does.
std::vector<std::string> repl_completions(Interpreter& vm, Dict* globals, std::string_view line, size_t cursor,
                                          size_t* word_len);

}  // namespace pyco
