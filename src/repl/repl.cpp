// The friendly REPL and the raw REPL. Keys and protocol follow MicroPython's REPL: Ctrl-A raw REPL, Ctrl-B
// banner / friendly REPL, Ctrl-C cancel, Ctrl-D exit (soft reset in the raw REPL), Ctrl-E paste mode, and the
// raw REPL's "OK ... \x04 ... \x04>" framing and raw-paste flow control.
#include "repl/repl.h"

#include <cstring>

#include "compile/compile.h"
#include "modules/modules.h"
#include "objects/objects.h"
#include "ports/port.h"
#include "repl/line_editor.h"
#include "vm/vm.h"

namespace pyco {

namespace {

constexpr const char* kRawBanner = "raw REPL; CTRL-B to exit\n";
constexpr size_t kRawPasteWindow = 128;  // raw-paste flow control: bytes per window increment
constexpr char kCtrlA = 0x01, kCtrlB = 0x02, kCtrlC = 0x03, kCtrlD = 0x04, kCtrlE = 0x05;

// __DATE__ ("Nov 25 2026") as ISO 8601 ("2026-11-25").
std::string build_date() {
    static constexpr const char* kMonths = "JanFebMarAprMayJunJulAugSepOctNovDec";
    const char* d = __DATE__;
    int month = static_cast<int>((std::strstr(kMonths, std::string(d, 3).c_str()) - kMonths) / 3) + 1;
    char buf[32];
    int day = (d[4] == ' ' ? 0 : d[4] - '0') * 10 + (d[5] - '0');
    std::snprintf(buf, sizeof buf, "%.4s-%02d-%02d", d + 7, month, day);
    return buf;
}

bool is_blank(std::string_view s) { return s.find_first_not_of(" \t\r\n\f") == std::string_view::npos; }

// Scans Python source for bracket depth, skipping strings and comments (a rough lexer: enough to tell a block
// opener "if x:" from a dict "{1:" and to carry triple-quoted strings across lines). State persists across lines.
struct SourceScanner {
    int depth = 0;
    char quote = 0;       // the quote character of an open string
    bool triple = false;  // the open string is triple-quoted

    // Scans one line; returns whether it opens an indented block (ends with ':' outside brackets and strings).
    bool line(std::string_view s) {
        char last = 0;
        for (size_t i = 0; i < s.size(); i++) {
            char c = s[i];
            if (quote) {
                if (c == '\\') {
                    i++;
                } else if (c == quote && (!triple || s.substr(i, 3) == std::string(3, quote))) {
                    if (triple) i += 2;
                    quote = 0;
                }
                last = 'x';
                continue;
            }
            if (c == '#') break;
            if (c == '\'' || c == '"') {
                quote = c;
                triple = s.substr(i, 3) == std::string(3, c);
                if (triple) i += 2;
                last = 'x';
                continue;
            }
            if (c == '(' || c == '[' || c == '{') depth++;
            if (c == ')' || c == ']' || c == '}') depth--;
            if (c != ' ' && c != '\t') last = c;
        }
        if (quote && !triple) quote = 0;  // an unterminated one-line string ends with the line
        return last == ':' && depth <= 0 && !quote;
    }
};

std::string leading_blank(std::string_view s) {
    size_t n = s.find_first_not_of(" \t");
    return std::string(s.substr(0, n == std::string_view::npos ? s.size() : n));
}

class Repl {
public:
    Repl(std::unique_ptr<Interpreter>& vm, const InterpreterFactory& fresh, const ReplOptions& options)
        : vm_(vm), fresh_(fresh), options_(options), port_(vm->port), editor_(vm->port) {
        editor_.set_completer([this](std::string_view line, size_t cursor, size_t* word_len) {
            Dict* g = globals();
            return repl_completions(*vm_, g, line, cursor, word_len);
        });
        if (!options.history_file.empty()) editor_.load_history(options.history_file);
    }

    int run() {
        // A serial line wants "\r\n" (a terminal translates "\n" itself).
        if (options_.crlf) port_.set_console_crlf(true);
        bool banner = options_.banner;
        Mode mode = Mode::Friendly;
        if (options_.device && !boot_board(false)) mode = Mode::Exit;
        while (mode != Mode::Exit) {
            mode = mode == Mode::Friendly ? friendly(banner) : raw();
            banner = true;
        }
        port_.set_console_raw(false);
        port_.flush_console();
        port_.set_console_crlf(false);
        return status_;
    }

private:
    enum class Mode { Friendly, Raw, Exit };
    // Reset: the code asked for a reset of the board (machine.soft_reset() or machine.reset()).
    enum class Outcome { Done, Exit, Reset };

    Interpreter& vm() { return *vm_; }
    void out(std::string_view s) { port_.write_console(1, s); }

    // The REPL's namespace: __main__'s dict.
    Dict* globals() {
        Interpreter& v = vm();
        if (is_kind(v.main_module, Kind::Module)) return static_cast<Module*>(v.main_module.as_obj())->dict;
        R<Module*> m = new_module(v, v.n___main__);
        if (m.failed()) {
            take_exception(v);
            return nullptr;
        }
        v.main_module = val(m.take());
        Dict* g = m.take()->dict;
        if (dict_set_str(v, g, v.n___builtins__, val(v.builtins)).failed() ||
            dict_set(v, v.modules, val(v.n___main__), v.main_module).failed())
            take_exception(v);
        return g;
    }

    void print_banner() {
        out(repl_banner(port_));
        out("\nType \"help()\" for more information.\n");
    }

    void flush_stdout() {
        Interpreter& v = vm();
        R<Value> so = getattr_opt(v, val(v.sys_module), v.n_stdout_);
        if (!so.failed() && !so.take().is_null() && !so.take().is_none()) {
            R<Value> f = getattr_opt(v, so.take(), v.n_flush);
            if (!f.failed() && !f.take().is_null() && call0(v, f.take()).failed()) take_exception(v);
        }
        if (v.exc.is_obj()) take_exception(v);
        port_.flush_console();
    }

    // The exit status SystemExit asks for (printing a non-integer code, as CPython does).
    int system_exit_status(Value exc) {
        Interpreter& v = vm();
        Value code = as_exception(exc)->value;
        if (code.is_null() || code.is_none()) return 0;
        if (code.is_int()) return static_cast<int>(code.as_int() & 0xff);
        if (code.is_bool()) return code.is_true() ? 1 : 0;
        R<Str*> s = to_str(v, code);
        if (s.failed()) {
            take_exception(v);
        } else {
            std::string line(s.take()->view());
            line += "\n";
            port_.write_console(2, line);
        }
        return 1;
    }

    // Compiles and runs `source`. In the raw REPL the output is framed: stdout, \x04, the traceback, \x04.
    // Returns Exit after SystemExit (its status in status_; on a board SystemExit only ends the program), Reset
    // when machine.soft_reset()/reset() asked for one.
    Outcome execute(std::string_view source, ParseMode mode, bool raw_framing, const char* file = "<stdin>") {
        Interpreter& v = vm();
        Dict* g = globals();
        Value exc;
        R<Str*> filename = intern(v, file);
        R<Code*> code = filename.failed() ? R<Code*>(Raised{}) : compile_source(v, source, filename.take(), mode);
        if (code.failed()) {
            exc = take_exception(v);
        } else if (g) {
            // Running code gets the terminal's normal mode, so that Ctrl-C interrupts it and input() works.
            port_.set_console_raw(false);
            v.interrupt_pending = 0;
            R<Value> r = run_code(v, code.take(), g, g);
            v.interrupt_pending = 0;
            if (r.failed()) exc = take_exception(v);
            flush_stdout();
        }
        if (raw_framing) out("\x04");
        Outcome outcome = Outcome::Done;
        if (exc.is_obj() && exception_matches(v, exc, v.e_SystemExit)) {
            if (v.reset_requested) {
                outcome = Outcome::Reset;
            } else if (!options_.device) {  // on a board, sys.exit() ends the program, not the board
                status_ = system_exit_status(exc);
                outcome = Outcome::Exit;
            }
        } else if (exc.is_obj()) {
            print_exception(v, exc, 1);
        }
        if (raw_framing) out("\x04");
        port_.flush_console();
        return outcome;
    }

    // ---- the friendly REPL ----------------------------------------------------------------------------------------

    LineEnd read_line(std::string_view prompt, std::string_view initial, std::string* line) {
        port_.set_console_raw(true);
        return editor_.read_line(prompt, initial, line);
    }

    Mode friendly(bool banner) {
        if (banner) print_banner();
        while (true) {
            std::string line;
            switch (read_line(">>> ", "", &line)) {
                case LineEnd::CtrlA: out("\n"); return Mode::Raw;
                case LineEnd::CtrlB: out("\n"); print_banner(); continue;
                case LineEnd::CtrlC: out("\n"); continue;
                case LineEnd::CtrlD:
                    out("\n");
                    if (!options_.device) return Mode::Exit;
                    return soft_reset(false) ? Mode::Friendly : Mode::Exit;
                case LineEnd::Eof: out("\n"); return Mode::Exit;
                case LineEnd::CtrlE: {
                    Outcome o = paste_mode();
                    if (o == Outcome::Exit) return Mode::Exit;
                    if (o == Outcome::Reset) return after_reset_request(false);
                    continue;
                }
                case LineEnd::Enter: break;
            }
            if (is_blank(line)) continue;
            editor_.add_history(line);
            Outcome o = statement(line);
            if (o == Outcome::Exit) return Mode::Exit;
            if (o == Outcome::Reset) return after_reset_request(false);
        }
    }

    // Code asked for a reset: machine.reset() restarts the board into the friendly REPL (main.py included);
    // machine.soft_reset() returns to the REPL it came from.
    Mode after_reset_request(bool from_raw) {
        bool hard = vm().reset_requested == 2;
        if (!soft_reset(from_raw && !hard)) return Mode::Exit;
        return from_raw && !hard ? Mode::Raw : Mode::Friendly;
    }

    // Runs /boot.py, then /main.py (unless `from_raw`: a soft reset asked for in the raw REPL skips it, as on
    // MicroPython) in the REPL's namespace. A missing file is skipped; errors print a traceback. False when
    // no interpreter could be made after a reset one of them asked for.
    bool boot_board(bool from_raw) {
        while (true) {
            Outcome o = run_board_file("boot.py");
            if (o == Outcome::Done && !from_raw) o = run_board_file("main.py");
            if (o != Outcome::Reset) return true;
            from_raw = from_raw && vm().reset_requested != 2;
            if (!new_interpreter()) return false;
        }
    }

    Outcome run_board_file(const char* name) {
        std::string path = std::string("/") + name;
        PortStat st;
        if (port_.stat(path, &st) != 0 || st.is_dir) return Outcome::Done;
        std::string source;
        int fd = port_.open(path, PORT_READ);
        if (fd < 0) return Outcome::Done;
        char buf[4096];
        long n;
        while ((n = port_.read(fd, buf, sizeof buf)) > 0) source.append(buf, static_cast<size_t>(n));
        port_.close(fd);
        return execute(source, ParseMode::File, false, name);
    }

    // Reads the rest of a statement whose first line is `first` (continuation lines with auto-indent), runs it.
    Outcome statement(const std::string& first) {
        SourceScanner scan;
        bool opened = scan.line(first);  // the last line opens an indented block
        bool block = opened;             // a compound statement: it ends with an empty line
        std::string source = first;
        std::string last = first;
        while (true) {
            if (!block) {
                bool incomplete = false;
                R<Str*> filename = intern(vm(), "<stdin>");
                R<Code*> code = filename.failed() ? R<Code*>(Raised{})
                                                  : compile_source(vm(), source + "\n", filename.take(), ParseMode::Single, &incomplete);
                if (!code.failed() || !incomplete) {
                    if (code.failed()) take_exception(vm());
                    return execute(source + "\n", ParseMode::Single, false);
                }
                take_exception(vm());
            }
            // Auto-indent: as the line before, one level deeper after a ':'.
            std::string indent = block ? leading_blank(last) + (opened ? "    " : "") : "";
            std::string more;
            LineEnd e = read_line("... ", indent, &more);
            if (e == LineEnd::CtrlC) {
                out("\n");
                return Outcome::Done;
            }
            if (e != LineEnd::Enter) {
                if (e == LineEnd::CtrlD) out("\n");
                more.clear();
            }
            if (is_blank(more)) return execute(source + "\n", ParseMode::Single, false);
            editor_.add_history(more);
            source += "\n";
            source += more;
            last = more;
            opened = scan.line(more);
            if (opened) block = true;
        }
    }

    // Paste mode: lines as typed (no auto-indent, no editing), compiled as a file on Ctrl-D.
    Outcome paste_mode() {
        out("\npaste mode; Ctrl-C to cancel, Ctrl-D to finish\n=== ");
        std::string source;
        bool after_cr = false;
        while (true) {
            int c = port_.read_console_byte(-1);
            bool cr = c == '\r';
            if (c == '\n' && after_cr) {
                after_cr = false;
                continue;
            }
            after_cr = cr;
            if (c == kCtrlC) {
                out("\n");
                return Outcome::Done;
            }
            if (c == kCtrlD || c == Port::kConsoleEof) {
                out("\n");
                return execute(source, ParseMode::File, false);
            }
            if (c == '\r' || c == '\n') {
                source += '\n';
                out("\n=== ");
            } else if (c >= 0x20 || c == '\t') {
                source += static_cast<char>(c);
                char ch = static_cast<char>(c);
                out(std::string_view(&ch, 1));
            }
        }
    }

    // ---- the raw REPL ---------------------------------------------------------------------------------------------

    // A fresh interpreter, as after a reset of the board, with MicroPython's "MPY: soft reboot" line; on a board
    // boot.py (and main.py unless the reset came from the raw REPL) run again.
    bool soft_reset(bool from_raw = true) {
        if (!new_interpreter()) return false;
        return !options_.device || boot_board(from_raw);
    }

    bool new_interpreter() {
        out("MPY: soft reboot\n");
        port_.flush_console();
        port_.set_interrupt_flag(nullptr);  // the old interpreter's flag is about to go away
        vm_.reset();
        vm_ = fresh_();
        if (!vm_) {
            status_ = 1;
            return false;
        }
        return true;
    }

    Mode raw() {
        port_.set_console_raw(true);
        out(kRawBanner);
        while (true) {
            out(">");
            std::string source;
            while (true) {
                int c = port_.read_console_byte(-1);
                if (c == Port::kConsoleEof) return Mode::Exit;
                if (c == Port::kConsoleHangup) {
                    source.clear();  // the tool went away mid-command: its next one starts afresh
                    continue;
                }
                if (c == kCtrlA) {
                    if (source.size() == 2 && source[0] == kCtrlE && source[1] == 'A') {
                        // Raw-paste mode: the data is received with flow control, then run.
                        Outcome o = raw_paste();
                        if (o == Outcome::Reset) return after_reset_request(true);
                        if (o == Outcome::Exit && !soft_reset()) return Mode::Exit;
                        if (o == Outcome::Exit) out(kRawBanner);
                        break;
                    }
                    out(kRawBanner);
                    out(">");
                    source.clear();
                    continue;
                }
                if (c == kCtrlB) {
                    out("\n");
                    return Mode::Friendly;
                }
                if (c == kCtrlC) {
                    source.clear();
                    continue;
                }
                if (c == kCtrlD) {
                    out("OK");
                    if (source.empty()) {
                        // An empty Ctrl-D: soft reset, then the raw REPL again.
                        out("\n");
                        if (!soft_reset()) return Mode::Exit;
                        out(kRawBanner);
                    } else {
                        port_.set_console_raw(true);
                        Outcome o = execute(source, ParseMode::File, true);
                        if (o == Outcome::Reset) return after_reset_request(true);
                        if (o == Outcome::Exit) {
                            if (!soft_reset()) return Mode::Exit;
                            out(kRawBanner);
                        }
                        port_.set_console_raw(true);
                    }
                    break;
                }
                source.push_back(static_cast<char>(c));
            }
        }
    }

    // Raw-paste mode (after "\x05A\x01"): answers "R\x01", the window size and a first window, then takes the code
    // up to \x04, granting another window (\x01) each time one has been consumed, acknowledges the end with \x04
    // and runs the code with the raw REPL's framing.
    Outcome raw_paste() {
        const char hello[] = {'R', 0x01, static_cast<char>(kRawPasteWindow & 0xff),
                              static_cast<char>(kRawPasteWindow >> 8), 0x01};
        out(std::string_view(hello, sizeof hello));
        std::string source;
        size_t in_window = 0;
        while (true) {
            int c = port_.read_console_byte(-1);
            if (c == Port::kConsoleEof || c == Port::kConsoleHangup) return Outcome::Done;
            if (c == kCtrlD) break;
            if (c == kCtrlC) {
                // Abandon the transfer: ask the host to stop, drop what it still sends up to its \x04.
                out("\x04");
                while (c != kCtrlD && c != Port::kConsoleEof && c != Port::kConsoleHangup) c = port_.read_console_byte(-1);
                out("\x04\x04");
                return Outcome::Done;
            }
            source.push_back(static_cast<char>(c));
            if (++in_window == kRawPasteWindow) {
                in_window = 0;
                out("\x01");
            }
        }
        out("\x04");
        Outcome o = execute(source, ParseMode::File, true);
        port_.set_console_raw(true);
        return o;
    }

    std::unique_ptr<Interpreter>& vm_;
    const InterpreterFactory& fresh_;
    ReplOptions options_;
    Port& port_;
    LineEditor editor_;
    int status_ = 0;
};

}  // namespace

std::string repl_banner(Port& port) {
    return std::string("pyco ") + PYCO_VERSION + " on " + build_date() + "; " + port.board_name() + " with " +
           port.cpu_name();
}

int run_repl(std::unique_ptr<Interpreter>& vm, const InterpreterFactory& fresh, const ReplOptions& options) {
    Repl repl(vm, fresh, options);
    return repl.run();
}

}  // namespace pyco
