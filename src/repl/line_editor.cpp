// The line editor: keys in, echo and cursor movement out, all through the Port. The same key handling serves a
// terminal and a byte stream (a serial line, a pipe in tests): only plain bytes, backspaces and the ANSI cursor
// sequences every terminal understands (ESC [ n C / D) are written.
#include "repl/line_editor.h"

#include <algorithm>
#include <cstdio>

#include "ports/port.h"

namespace pyco {

namespace {

constexpr int kEscapeTimeoutMs = 50;  // how long the rest of an escape sequence may take to arrive
constexpr size_t kIndent = 4;

bool is_word_byte(unsigned char c) {
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || c >= 0x80;
}

bool all_spaces(std::string_view s) { return s.find_first_not_of(' ') == std::string_view::npos; }
bool all_blank(std::string_view s) { return s.find_first_not_of(" \t") == std::string_view::npos; }

}  // namespace

// ---- keys ---------------------------------------------------------------------------------------------------------

LineEditor::Key LineEditor::read_escape() {
    int c = port_.read_console_byte(kEscapeTimeoutMs);
    if (c < 0) return Key::None;  // a lone Escape
    if (c == 'b' || c == 'B') return Key::WordLeft;   // Alt-b, and Alt-Left on some terminals
    if (c == 'f' || c == 'F') return Key::WordRight;  // Alt-f
    if (c == 0x7f || c == 0x08) return Key::KillWordBack;
    if (c == 'O') {
        int d = port_.read_console_byte(kEscapeTimeoutMs);
        switch (d) {
            case 'A': return Key::Up;
            case 'B': return Key::Down;
            case 'C': return Key::Right;
            case 'D': return Key::Left;
            case 'H': return Key::Home;
            case 'F': return Key::End;
            default: return Key::None;
        }
    }
    if (c != '[') return Key::None;
    // CSI: parameters (digits and ';') then a final byte.
    std::string params;
    int final_byte;
    while (true) {
        final_byte = port_.read_console_byte(kEscapeTimeoutMs);
        if (final_byte < 0) return Key::None;
        if (final_byte >= 0x40 && final_byte <= 0x7e) break;
        if (params.size() < 16) params.push_back(static_cast<char>(final_byte));
    }
    // A modifier (";5" Ctrl, ";3" Alt) on Left/Right makes it a word move.
    bool modified = params.find(';') != std::string::npos || params == "5" || params == "3";
    switch (final_byte) {
        case 'A': return Key::Up;
        case 'B': return Key::Down;
        case 'C': return modified ? Key::WordRight : Key::Right;
        case 'D': return modified ? Key::WordLeft : Key::Left;
        case 'H': return Key::Home;
        case 'F': return Key::End;
        case '~':
            if (params == "1" || params == "7") return Key::Home;
            if (params == "4" || params == "8") return Key::End;
            if (params == "3") return Key::Delete;
            return Key::None;
        default: return Key::None;
    }
}

LineEditor::Key LineEditor::read_key(std::string* text) {
    while (true) {
        int c = port_.read_console_byte(-1);
        if (c == Port::kConsoleEof || c == Port::kConsoleTimeout) return Key::Eof;
        bool after_cr = last_was_cr_;
        last_was_cr_ = c == '\r';
        if (c == '\n' && after_cr) continue;  // "\r\n" is one Enter
        if (c >= 0x20 && c < 0x7f) {
            text->assign(1, static_cast<char>(c));
            return Key::Char;
        }
        if (c >= 0xc0 && c < 0xf8) {
            // A UTF-8 sequence: collect its continuation bytes.
            int more = c >= 0xf0 ? 3 : c >= 0xe0 ? 2 : 1;
            text->assign(1, static_cast<char>(c));
            for (int i = 0; i < more; i++) {
                int d = port_.read_console_byte(kEscapeTimeoutMs);
                if (d < 0x80 || d >= 0xc0) return Key::None;  // malformed: dropped
                text->push_back(static_cast<char>(d));
            }
            return Key::Char;
        }
        switch (c) {
            case 0x01: return Key::CtrlA;
            case 0x02: return Key::CtrlB;
            case 0x1c:  // Ctrl-\ on a terminal: leave (where Ctrl-D soft-resets a virtual board)
                if (port_.console_is_terminal()) return Key::Eof;
                break;
            case 0x03: return Key::CtrlC;
            case 0x04: return Key::CtrlD;
            case 0x05: return Key::CtrlE;
            case 0x06: return Key::Right;  // Ctrl-F
            case 0x08: case 0x7f: return Key::Backspace;
            case 0x09: return Key::Tab;
            case 0x0a: case 0x0d: return Key::Enter;
            case 0x0b: return Key::KillEnd;
            case 0x0e: return Key::Down;  // Ctrl-N
            case 0x10: return Key::Up;    // Ctrl-P
            case 0x15: return Key::KillStart;
            case 0x17: return Key::KillWordBack;
            case 0x1b: {
                Key k = read_escape();
                if (k != Key::None) return k;
                continue;
            }
            default: continue;  // other control bytes and stray continuation bytes are ignored
        }
    }
}

// ---- drawing ------------------------------------------------------------------------------------------------------

void LineEditor::write(std::string_view s) {
    if (!s.empty()) port_.write_console(1, s);
}

void LineEditor::move_left(size_t cols) {
    if (cols == 0) return;
    if (cols <= 3) {
        write(std::string(cols, '\b'));
        return;
    }
    char buf[32];
    std::snprintf(buf, sizeof buf, "\x1b[%zuD", cols);
    write(buf);
}

void LineEditor::move_right(size_t cols) {
    if (cols == 0) return;
    char buf[32];
    std::snprintf(buf, sizeof buf, "\x1b[%zuC", cols);
    write(buf);
}

size_t LineEditor::columns(size_t from, size_t to) const {
    size_t n = 0;
    for (size_t i = from; i < to && i < line_.size(); i++)
        if ((static_cast<unsigned char>(line_[i]) & 0xc0) != 0x80) n++;
    return n;
}

size_t LineEditor::prev_char(size_t pos) const {
    if (pos == 0) return 0;
    pos--;
    while (pos > 0 && (static_cast<unsigned char>(line_[pos]) & 0xc0) == 0x80) pos--;
    return pos;
}

size_t LineEditor::next_char(size_t pos) const {
    if (pos >= line_.size()) return line_.size();
    pos++;
    while (pos < line_.size() && (static_cast<unsigned char>(line_[pos]) & 0xc0) == 0x80) pos++;
    return pos;
}

size_t LineEditor::word_left(size_t pos) const {
    while (pos > 0 && !is_word_byte(static_cast<unsigned char>(line_[pos - 1]))) pos--;
    while (pos > 0 && is_word_byte(static_cast<unsigned char>(line_[pos - 1]))) pos--;
    return pos;
}

size_t LineEditor::word_right(size_t pos) const {
    while (pos < line_.size() && !is_word_byte(static_cast<unsigned char>(line_[pos]))) pos++;
    while (pos < line_.size() && is_word_byte(static_cast<unsigned char>(line_[pos]))) pos++;
    return pos;
}

void LineEditor::redraw_tail(size_t erased) {
    write(std::string_view(line_).substr(cursor_));
    write(std::string(erased, ' '));
    move_left(columns(cursor_, line_.size()) + erased);
}

void LineEditor::insert(std::string_view text) {
    line_.insert(cursor_, text);
    write(text);
    cursor_ += text.size();
    if (cursor_ < line_.size()) redraw_tail(0);
}

void LineEditor::set_line(std::string_view text) {
    size_t old_cols = columns(0, line_.size());
    move_left(columns(0, cursor_));
    line_ = text;
    cursor_ = line_.size();
    write(line_);
    size_t cols = columns(0, line_.size());
    if (old_cols > cols) {
        write(std::string(old_cols - cols, ' '));
        move_left(old_cols - cols);
    }
}

// ---- completion ---------------------------------------------------------------------------------------------------

void LineEditor::complete(bool second_tab) {
    std::string_view before = std::string_view(line_).substr(0, cursor_);
    if (all_blank(before) || !completer_) {
        // At the start of a line Tab indents.
        insert(std::string(kIndent - columns(0, cursor_) % kIndent, ' '));
        return;
    }
    size_t word_len = 0;
    std::vector<std::string> cands = completer_(line_, cursor_, &word_len);
    if (cands.empty()) return;
    std::string common = cands[0];
    for (const std::string& c : cands) {
        size_t n = 0;
        while (n < common.size() && n < c.size() && common[n] == c[n]) n++;
        common.resize(n);
    }
    if (common.size() > word_len) {
        insert(std::string_view(common).substr(word_len));
        return;
    }
    if (!second_tab || cands.size() < 2) return;
    // The second Tab lists the candidates in columns, then redraws the line.
    size_t width = 0;
    for (const std::string& c : cands) width = std::max(width, c.size());
    width += 2;
    size_t per_row = std::max<size_t>(1, 78 / width);
    std::string out = "\n";
    for (size_t i = 0; i < cands.size(); i++) {
        out += cands[i];
        bool row_end = (i + 1) % per_row == 0 || i + 1 == cands.size();
        if (row_end) out += "\n";
        else out.append(width - cands[i].size(), ' ');
    }
    out += prompt_;
    out += line_;
    write(out);
    move_left(columns(cursor_, line_.size()));
}

// ---- history ------------------------------------------------------------------------------------------------------

void LineEditor::load_history(const std::string& path) {
    history_path_ = path;
    int fd = port_.open(path, PORT_READ);
    if (fd < 0) return;
    std::string text;
    char buf[4096];
    long n;
    while ((n = port_.read(fd, buf, sizeof buf)) > 0) text.append(buf, static_cast<size_t>(n));
    port_.close(fd);
    size_t start = 0;
    while (start < text.size()) {
        size_t nl = text.find('\n', start);
        if (nl == std::string::npos) nl = text.size();
        if (nl > start) history_.emplace_back(text, start, nl - start);
        start = nl + 1;
    }
    if (history_.size() > kMaxHistory) history_.erase(history_.begin(), history_.end() - kMaxHistory);
}

void LineEditor::add_history(std::string_view line) {
    if (all_blank(line) || line.find('\n') != std::string_view::npos) return;
    if (!history_.empty() && history_.back() == line) return;
    history_.emplace_back(line);
    if (history_.size() > kMaxHistory) history_.erase(history_.begin());
    if (history_path_.empty()) return;
    int fd = port_.open(history_path_, PORT_WRITE | PORT_CREATE | PORT_APPEND);
    if (fd < 0) return;
    std::string entry(line);
    entry.push_back('\n');
    (void)port_.write(fd, entry.data(), entry.size());
    port_.close(fd);
}

// ---- the editing loop ---------------------------------------------------------------------------------------------

LineEnd LineEditor::read_line(std::string_view prompt, std::string_view initial, std::string* out) {
    prompt_ = prompt;
    line_ = initial;
    cursor_ = line_.size();
    write(prompt_);
    write(line_);
    size_t hpos = history_.size();
    std::string edited;  // the line being typed, kept while browsing history
    bool last_tab = false;
    if (pending_eof_) {
        pending_eof_ = false;
        return LineEnd::Eof;
    }
    while (true) {
        std::string text;
        Key k = read_key(&text);
        bool tab = k == Key::Tab;
        switch (k) {
            case Key::None: break;
            case Key::Char: insert(text); break;
            case Key::Eof:
                if (line_.empty()) return LineEnd::Eof;
                pending_eof_ = true;
                [[fallthrough]];
            case Key::Enter:
                move_right(columns(cursor_, line_.size()));
                write("\n");
                *out = line_;
                return LineEnd::Enter;
            case Key::Backspace: {
                if (cursor_ == 0) break;
                size_t from = prev_char(cursor_);
                // Within the indentation, Backspace removes one level (to the previous multiple of four).
                if (all_spaces(std::string_view(line_).substr(0, cursor_))) {
                    size_t level = (cursor_ - 1) / kIndent * kIndent;
                    from = level;
                }
                size_t cols = columns(from, cursor_);
                line_.erase(from, cursor_ - from);
                cursor_ = from;
                move_left(cols);
                redraw_tail(cols);
                break;
            }
            case Key::Delete: {
                if (cursor_ >= line_.size()) break;
                size_t to = next_char(cursor_);
                line_.erase(cursor_, to - cursor_);
                redraw_tail(1);
                break;
            }
            case Key::Left: {
                size_t p = prev_char(cursor_);
                move_left(columns(p, cursor_));
                cursor_ = p;
                break;
            }
            case Key::Right: {
                size_t p = next_char(cursor_);
                write(std::string_view(line_).substr(cursor_, p - cursor_));
                cursor_ = p;
                break;
            }
            case Key::Home:
                move_left(columns(0, cursor_));
                cursor_ = 0;
                break;
            case Key::End:
                move_right(columns(cursor_, line_.size()));
                cursor_ = line_.size();
                break;
            case Key::WordLeft: {
                size_t p = word_left(cursor_);
                move_left(columns(p, cursor_));
                cursor_ = p;
                break;
            }
            case Key::WordRight: {
                size_t p = word_right(cursor_);
                move_right(columns(cursor_, p));
                cursor_ = p;
                break;
            }
            case Key::KillEnd: {
                size_t cols = columns(cursor_, line_.size());
                line_.erase(cursor_);
                redraw_tail(cols);
                break;
            }
            case Key::KillStart: {
                size_t cols = columns(0, cursor_);
                line_.erase(0, cursor_);
                cursor_ = 0;
                move_left(cols);
                redraw_tail(cols);
                break;
            }
            case Key::KillWordBack: {
                size_t from = word_left(cursor_);
                size_t cols = columns(from, cursor_);
                line_.erase(from, cursor_ - from);
                cursor_ = from;
                move_left(cols);
                redraw_tail(cols);
                break;
            }
            case Key::Up:
                if (hpos == 0) break;
                if (hpos == history_.size()) edited = line_;
                hpos--;
                set_line(history_[hpos]);
                break;
            case Key::Down:
                if (hpos >= history_.size()) break;
                hpos++;
                set_line(hpos == history_.size() ? edited : history_[hpos]);
                break;
            case Key::Tab: complete(last_tab); break;
            case Key::CtrlA:
                if (line_.empty()) return LineEnd::CtrlA;
                move_left(columns(0, cursor_));
                cursor_ = 0;
                break;
            case Key::CtrlB:
                if (line_.empty()) return LineEnd::CtrlB;
                {
                    size_t p = prev_char(cursor_);
                    move_left(columns(p, cursor_));
                    cursor_ = p;
                }
                break;
            case Key::CtrlC:
                *out = line_;
                return LineEnd::CtrlC;
            case Key::CtrlD:
                if (all_blank(line_)) return LineEnd::CtrlD;
                if (cursor_ < line_.size()) {
                    size_t to = next_char(cursor_);
                    line_.erase(cursor_, to - cursor_);
                    redraw_tail(1);
                }
                break;
            case Key::CtrlE:
                if (line_.empty()) return LineEnd::CtrlE;
                move_right(columns(cursor_, line_.size()));
                cursor_ = line_.size();
                break;
        }
        last_tab = tab;
    }
}

}  // namespace pyco
