// The REPL's line editor: reads one line key by key through the Port, echoing and editing it as a terminal
// user expects (cursor keys, word moves, kill keys, history, Tab completion), and reports MicroPython's control
// keys (Ctrl-A/B/C/D/E on an empty line) to the REPL.
#pragma once
#include <functional>
#include <string>
#include <string_view>
#include <vector>

namespace pyco {

class Port;

// How a read ended.
enum class LineEnd {
    Enter,   // the line is complete
    CtrlA,   // on an empty line: enter the raw REPL
    CtrlB,   // on an empty line: print the banner
    CtrlC,   // cancel the line
    CtrlD,   // on an empty line: end of input (exit / soft reset / end of a block)
    CtrlE,   // on an empty line: paste mode
    Eof,     // the input stream ended with an empty line
};

class LineEditor {
public:
    // Candidates for the word ending at `cursor` of `line`; *word_len is how many bytes before the cursor the
    // candidates replace (the partial name).
    using Completer = std::function<std::vector<std::string>(std::string_view line, size_t cursor, size_t* word_len)>;

    explicit LineEditor(Port& port) : port_(port) {}

    // Shows `prompt` followed by `initial` (an auto-indent) and edits until Enter or a control key.
    LineEnd read_line(std::string_view prompt, std::string_view initial, std::string* out);

    void set_completer(Completer c) { completer_ = std::move(c); }
    // History: entries in memory, and (when a file is set) appended to it as they are entered.
    void load_history(const std::string& path);
    void add_history(std::string_view line);
    const std::vector<std::string>& history() const { return history_; }

    static constexpr size_t kMaxHistory = 1000;

private:
    enum class Key {
        None, Char, Enter, Backspace, Delete, Left, Right, Home, End, Up, Down, WordLeft, WordRight, KillEnd,
        KillStart, KillWordBack, Tab, CtrlA, CtrlB, CtrlC, CtrlD, CtrlE, Eof
    };
    Key read_key(std::string* text);
    Key read_escape();

    void write(std::string_view s);
    void move_left(size_t cols);
    void move_right(size_t cols);
    // Redraws from the cursor to the end of the line (after an insertion or deletion in the middle), erasing
    // `erased` stale columns, and puts the cursor back.
    void redraw_tail(size_t erased);
    void set_line(std::string_view text);  // replaces the whole line (history)
    void insert(std::string_view text);
    void complete(bool second_tab);
    size_t prev_char(size_t pos) const;
    size_t next_char(size_t pos) const;
    size_t word_left(size_t pos) const;
    size_t word_right(size_t pos) const;
    size_t columns(size_t from, size_t to) const;  // display columns of line_[from, to)

    Port& port_;
    Completer completer_;
    std::string prompt_;
    std::string line_;
    size_t cursor_ = 0;  // a byte offset into line_, always at a character boundary
    std::vector<std::string> history_;
    std::string history_path_;
    bool pending_eof_ = false;
    bool last_was_cr_ = false;  // a "\r\n" pair is one Enter
};

}  // namespace pyco
