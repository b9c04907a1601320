// The pyco command line: runs a script, -c code, -m module or stdin, or starts the REPL.
#include <pthread.h>
#include <signal.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <memory>
#include <string>
#include <vector>

#include "compile/compile.h"
#include "modules/modules.h"
#include "objects/objects.h"
#include "ports/host/host_port.h"
#include "remote.h"
#include "repl/repl.h"
#include "vm/vm.h"

using namespace pyco;

namespace {

constexpr const char* kUsage =
    "usage: pyco [option] ... [-c cmd | -m mod | file | -] [arg] ...\n"
    "Options:\n"
    "  -c cmd         program passed in as string (terminates option list)\n"
    "  -m mod         run library module as a script (terminates option list)\n"
    "  -i             inspect interactively after running script\n"
    "  --repl         start the REPL even when stdin is not a terminal (keys as raw bytes)\n"
    "  -X heapsize=N  size of the GC heap (suffix K or M), e.g. -X heapsize=256K\n"
    "  --device DIR   run a virtual board whose filesystem is DIR (boot.py, main.py, then the REPL)\n"
    "  --serial PATH  with --device: serve the board's REPL on a pseudo-terminal linked at PATH\n"
    "  --trace-pins[=FILE]  with --device: write pin changes (\"pin 25 -> 1\") to stderr or FILE\n"
    "  --pin-input FILE     with --device: input pin levels from FILE (lines \"PIN LEVEL\", read live)\n"
    "  --webrepl [HOST:]PORT  with --device: serve the REPL and file transfers over WebSocket (MicroPython's\n"
    "                       WebREPL; the password is PASS in the board's webrepl_cfg.py)\n"
    "  remote PORT CMD      the deploy client: ls, cat, cp, rm, mkdir, rmdir, run, exec, eval, repl, reset\n"
    "                       on a board's serial port (pyco remote -h for more)\n"
    "  -h, --help     print this help message and exit\n"
    "  --version      print the version number and exit\n"
    "  file           program read from script file\n"
    "  -              program read from stdin (default; interactive mode if a tty)\n"
    "  arg ...        arguments passed to program in sys.argv[1:]\n";

struct Options {
    enum class Mode { Repl, Script, Command, Module, Stdin } mode = Mode::Repl;
    std::string target;  // script path, command text or module name
    std::vector<std::string> argv;
    bool inspect = false;
    bool force_repl = false;  // --repl: the REPL also on a non-terminal stdin
    std::string device_dir;   // --device: the virtual board's filesystem root
    std::string serial_path;  // --serial: where the board's serial port appears
    bool trace_pins = false;  // --trace-pins[=FILE]
    std::string trace_file;
    std::string pin_input_file;
    std::string webrepl;      // --webrepl [HOST:]PORT
    Config config;
};

bool parse_size(const char* s, size_t* out) {
    char* end = nullptr;
    unsigned long long v = std::strtoull(s, &end, 10);
    if (end == s) return false;
    if (*end == 'K' || *end == 'k') v <<= 10, end++;
    else if (*end == 'M' || *end == 'm') v <<= 20, end++;
    else if (*end == 'G' || *end == 'g') v <<= 30, end++;
    if (*end) return false;
    *out = static_cast<size_t>(v);
    return true;
}

// Returns -1 to continue, or an exit status.
int parse_options(int argc, char** argv, Options* o) {
    int i = 1;
    for (; i < argc; i++) {
        std::string a = argv[i];
        if (a == "-h" || a == "--help" || a == "-?") {
            std::fputs(kUsage, stdout);
            return 0;
        }
        if (a == "--version" || a == "-V") {
            std::printf("pyco %s (Python %s)\n", PYCO_VERSION, PYCO_PYTHON_VERSION);
            return 0;
        }
        if (a == "-i") {
            o->inspect = true;
            continue;
        }
        if (a == "--repl") {
            o->force_repl = true;
            continue;
        }
        if (a == "--device" || a == "--serial" || a == "--pin-input" || a == "--webrepl") {
            if (i + 1 >= argc) {
                std::fprintf(stderr, "Argument expected for the %s option\n%s", a.c_str(), kUsage);
                return 2;
            }
            (a == "--device"   ? o->device_dir
             : a == "--serial" ? o->serial_path
             : a == "--webrepl" ? o->webrepl
                               : o->pin_input_file) = argv[++i];
            continue;
        }
        if (a == "--trace-pins" || a.rfind("--trace-pins=", 0) == 0) {
            o->trace_pins = true;
            o->trace_file = a.size() > 13 ? a.substr(13) : "";
            continue;
        }
        if (a == "-X") {
            if (i + 1 >= argc) {
                std::fprintf(stderr, "Argument expected for the -X option\n%s", kUsage);
                return 2;
            }
            std::string x = argv[++i];
            if (x.rfind("heapsize=", 0) == 0) {
                size_t n = 0;
                if (!parse_size(x.c_str() + 9, &n) || n < 16 * 1024) {
                    std::fprintf(stderr, "pyco: invalid heap size '%s' (at least 16K)\n", x.c_str() + 9);
                    return 2;
                }
                o->config.heap_size = n;
            } else if (x == "gcstress") {
                o->config.gc_stress = true;
            } else {
                std::fprintf(stderr, "pyco: unknown -X option '%s'\n", x.c_str());
                return 2;
            }
            continue;
        }
        if (a == "-c" || a == "-m") {
            if (i + 1 >= argc) {
                std::fprintf(stderr, "Argument expected for the %s option\n%s", a.c_str(), kUsage);
                return 2;
            }
            o->mode = a == "-c" ? Options::Mode::Command : Options::Mode::Module;
            o->target = argv[++i];
            o->argv.push_back(a == "-c" ? "-c" : o->target);
            i++;
            break;
        }
        if (a == "-") {
            o->mode = Options::Mode::Stdin;
            o->argv.push_back("-");
            i++;
            break;
        }
        if (a.size() > 1 && a[0] == '-') {
            std::fprintf(stderr, "Unknown option: %s\n%s", a.c_str(), kUsage);
            return 2;
        }
        o->mode = Options::Mode::Script;
        o->target = a;
        o->argv.push_back(a);
        i++;
        break;
    }
    for (; i < argc; i++) o->argv.push_back(argv[i]);
    bool device_only = !o->serial_path.empty() || o->trace_pins || !o->pin_input_file.empty() || !o->webrepl.empty();
    if (o->device_dir.empty() && device_only) {
        std::fprintf(stderr, "pyco: --serial, --trace-pins, --pin-input and --webrepl need --device DIR\n");
        return 2;
    }
    if (!o->device_dir.empty()) {
        if (o->mode != Options::Mode::Repl) {
            std::fprintf(stderr, "pyco: --device runs the board's boot.py and main.py; it takes no script\n");
            return 2;
        }
        o->argv.push_back("");
        return -1;
    }
    if (o->mode == Options::Mode::Repl) {
        o->argv.push_back("");
        if (!isatty(0) && !o->force_repl) o->mode = Options::Mode::Stdin;
    }
    return -1;
}

// The status for an uncaught exception: SystemExit's code, else 1 after printing the traceback.
int handle_uncaught(Interpreter& vm) {
    Value exc = take_exception(vm);
    if (exception_matches(vm, exc, vm.e_SystemExit)) {
        Value code = as_exception(exc)->value;
        if (code.is_null() || code.is_none()) return 0;
        if (code.is_int()) return static_cast<int>(code.as_int() & 0xff);
        if (code.is_bool()) return code.is_true() ? 1 : 0;
        R<Str*> s = to_str(vm, code);
        vm.port.flush_console();
        if (!s.failed()) {
            std::string line(s.take()->view());
            line += "\n";
            vm.port.write_console(2, line);
        } else {
            take_exception(vm);
        }
        return 1;
    }
    print_exception(vm, exc, 2);
    return 1;
}

// A ready interpreter: heap, builtins, sys (argv, path); null (after a message) if it can't start.
std::unique_ptr<Interpreter> make_interpreter(HostPort& port, const Options& o, uintptr_t stack_base) {
    auto vm = std::make_unique<Interpreter>(port, o.config);
    vm->c_stack_base = stack_base;
    port.set_interrupt_flag(&vm->interrupt_pending);
    if (!vm->init()) {
        std::fprintf(stderr, "pyco: the heap is too small to start (try -X heapsize=64K or more)\n");
        return nullptr;
    }
    std::vector<std::string> argv = o.argv;
    if (init_sys(*vm, argv).failed()) {
        handle_uncaught(*vm);
        return nullptr;
    }
    // sys.path: the script's directory (or '' for the current one), then PYCOPATH; on a board '' and '/lib'.
    R<Value> path = getattr(*vm, val(vm->sys_module), vm->n_path);
    if (!path.failed() && port.is_device()) {
        port.chdir("/");  // a reset board starts in its root directory
        List* p = as_list(path.take());
        (void)list_append(*vm, p, val(new_str(*vm, "").take()));
        (void)list_append(*vm, p, val(new_str(*vm, "/lib").take()));
    } else if (!path.failed()) {
        List* p = as_list(path.take());
        std::string first;
        if (o.mode == Options::Mode::Script) {
            size_t slash = o.target.rfind('/');
            first = slash == std::string::npos ? "" : o.target.substr(0, slash == 0 ? 1 : slash);
        }
        (void)list_append(*vm, p, val(new_str(*vm, first).take()));
        std::string env = port.getenv("PYCOPATH");
        size_t start = 0;
        while (!env.empty() && start <= env.size()) {
            size_t colon = env.find(':', start);
            std::string entry = env.substr(start, colon == std::string::npos ? std::string::npos : colon - start);
            if (!entry.empty()) (void)list_append(*vm, p, val(new_str(*vm, entry).take()));
            if (colon == std::string::npos) break;
            start = colon + 1;
        }
    }
    return vm;
}

int run_interactive(HostPort& port, std::unique_ptr<Interpreter>& vm, const Options& o, uintptr_t stack_base,
                    bool banner) {
    ReplOptions ro;
    ro.banner = banner;
    ro.crlf = o.force_repl && !port.console_is_terminal();  // --repl on a pipe: a board's serial line
    std::string home = port.getenv("HOME");
    if (port.console_is_terminal() && !home.empty()) ro.history_file = home + "/.pyco_history";
    InterpreterFactory fresh = [&port, &o, stack_base]() { return make_interpreter(port, o, stack_base); };
    return run_repl(vm, fresh, ro);
}

int run_mode(HostPort& port, std::unique_ptr<Interpreter>& owned, Options& o, uintptr_t stack_base) {
    Interpreter& vm = *owned;
    int status = 0;
    switch (o.mode) {
        case Options::Mode::Script: {
            R<Module*> m = run_main_file(vm, o.target);
            if (m.failed()) {
                Value e = vm.exc;
                if (exception_matches(vm, e, vm.e_OSError) && !vm.main_module.is_obj()) {
                    take_exception(vm);
                    R<Str*> s = to_str(vm, e);
                    std::string msg = "pyco: can't open file '" + o.target + "': " + (s.failed() ? "" : std::string(s.take()->view())) + "\n";
                    vm.port.write_console(2, msg);
                    status = 2;
                } else {
                    status = handle_uncaught(vm);
                }
            }
            break;
        }
        case Options::Mode::Command: {
            R<Module*> m = exec_source_as_module(vm, o.target, intern(vm, "<string>").take(), vm.n___main__);
            if (m.failed()) status = handle_uncaught(vm);
            break;
        }
        case Options::Mode::Module: {
            // -m: find the module along sys.path and run it as __main__.
            std::string file;
            List* p = as_list(getattr(vm, val(vm.sys_module), vm.n_path).take());
            for (uint32_t i = 0; i < p->size && file.empty(); i++) {
                std::string dir(as_str(p->items[i])->view());
                std::string prefix = dir.empty() ? "" : dir + "/";
                std::string mod = o.target;
                for (char& c : mod)
                    if (c == '.') c = '/';
                PortStat st;
                if (port.stat(prefix + mod + ".py", &st) == 0) file = prefix + mod + ".py";
                else if (port.stat(prefix + mod + "/__main__.py", &st) == 0) file = prefix + mod + "/__main__.py";
            }
            if (file.empty()) {
                std::string msg = "pyco: No module named " + o.target + "\n";
                port.write_console(2, msg);
                status = 1;
                break;
            }
            R<Module*> m = run_main_file(vm, file);
            if (m.failed()) status = handle_uncaught(vm);
            break;
        }
        case Options::Mode::Stdin: {
            std::string source, line;
            while (port.read_line(&line)) source += line;
            R<Module*> m = exec_source_as_module(vm, source, intern(vm, "<stdin>").take(), vm.n___main__);
            if (m.failed()) status = handle_uncaught(vm);
            break;
        }
        case Options::Mode::Repl:
            status = run_interactive(port, owned, o, stack_base, true);
            break;
    }
    if (o.inspect && o.mode != Options::Mode::Repl) status = run_interactive(port, owned, o, stack_base, false);
    // Flush sys.stdout if the program replaced it.
    port.flush_console();
    return status;
}

// The path of the serial port's symbolic link, removed when pyco is stopped by a signal. Process-wide because a
// signal handler can reach nothing else.
char g_serial_link[4096];

void on_stop_signal(int sig) {
    struct stat st;
    if (g_serial_link[0] && ::lstat(g_serial_link, &st) == 0 && S_ISLNK(st.st_mode)) ::unlink(g_serial_link);
    signal(sig, SIG_DFL);
    raise(sig);
}

// The WebREPL's password: PASS in the board's /webrepl_cfg.py (a line `PASS = 'secret'`, as MicroPython's
// webrepl_setup writes it); empty when there is none.
std::string webrepl_password(HostPort& port) {
    int fd = port.open("/webrepl_cfg.py", PORT_READ);
    if (fd < 0) return "";
    std::string text;
    char buf[1024];
    long n;
    while ((n = port.read(fd, buf, sizeof buf)) > 0 && text.size() < 65536) text.append(buf, static_cast<size_t>(n));
    port.close(fd);
    size_t pos = 0;
    while (pos < text.size()) {
        size_t end = text.find('\n', pos);
        std::string line = text.substr(pos, end == std::string::npos ? std::string::npos : end - pos);
        pos = end == std::string::npos ? text.size() : end + 1;
        size_t i = line.find_first_not_of(" \t");
        if (i == std::string::npos || line.compare(i, 4, "PASS") != 0) continue;
        i = line.find_first_not_of(" \t", i + 4);
        if (i == std::string::npos || line[i] != '=') continue;
        i = line.find_first_not_of(" \t", i + 1);
        if (i == std::string::npos || (line[i] != '\'' && line[i] != '"')) continue;
        size_t close = line.find(line[i], i + 1);
        if (close != std::string::npos) return line.substr(i + 1, close - i - 1);
    }
    return "";
}

// --webrepl [HOST:]PORT: starts the WebREPL (0, or 2 after a message).
int start_webrepl(HostPort& port, const std::string& spec) {
    size_t colon = spec.rfind(':');
    std::string host = colon == std::string::npos ? "" : spec.substr(0, colon);
    if (host.size() >= 2 && host.front() == '[' && host.back() == ']') host = host.substr(1, host.size() - 2);
    std::string number = colon == std::string::npos ? spec : spec.substr(colon + 1);
    char* end = nullptr;
    long tcp_port = std::strtol(number.c_str(), &end, 10);
    if (number.empty() || *end || tcp_port < 0 || tcp_port > 65535) {
        std::fprintf(stderr, "pyco: --webrepl %s: expected [HOST:]PORT\n", spec.c_str());
        return 2;
    }
    std::string password = webrepl_password(port);
    if (password.empty()) {
        std::fprintf(stderr, "pyco: --webrepl: no password: put PASS = 'secret' in the board's webrepl_cfg.py\n");
        return 2;
    }
    std::string what;
    int bound = port.webrepl_start(host, static_cast<int>(tcp_port), password, &what);
    if (bound < 0) {
        std::fprintf(stderr, "pyco: --webrepl %s: %s: %s\n", spec.c_str(), what.c_str(), std::strerror(-bound));
        return 2;
    }
    std::fprintf(stderr, "WebREPL server started on http://%s:%d/\n", host.empty() ? "0.0.0.0" : host.c_str(), bound);
    return 0;
}

// pyco --device DIR: the virtual board. Its REPL is on the terminal, or on a pseudo-terminal with --serial.
int run_device(HostPort& port, Options& o, uintptr_t stack_base) {
    if (int e = port.set_device_root(o.device_dir)) {
        std::fprintf(stderr, "pyco: --device %s: %s\n", o.device_dir.c_str(), std::strerror(-e));
        return 2;
    }
    if (o.trace_pins) {
        FILE* f = o.trace_file.empty() ? stderr : std::fopen(o.trace_file.c_str(), "a");
        if (!f) {
            std::fprintf(stderr, "pyco: --trace-pins=%s: %s\n", o.trace_file.c_str(), std::strerror(errno));
            return 2;
        }
        port.set_pin_trace(f);
    }
    if (!o.pin_input_file.empty()) port.set_pin_input_file(o.pin_input_file);
    if (!o.serial_path.empty()) {
        // The handlers first: the link must go even when a signal comes the moment it appears.
        std::snprintf(g_serial_link, sizeof g_serial_link, "%s", o.serial_path.c_str());
        signal(SIGTERM, on_stop_signal);
        signal(SIGHUP, on_stop_signal);
        signal(SIGINT, on_stop_signal);  // Ctrl-C in pyco's own terminal stops the board (a client's interrupts it)
        std::string what;
        if (int e = port.open_serial(o.serial_path, &what)) {
            g_serial_link[0] = 0;
            std::fprintf(stderr, "pyco: --serial %s: %s: %s\n", o.serial_path.c_str(), what.c_str(), std::strerror(-e));
            return 2;
        }
    }
    if (!o.webrepl.empty() && start_webrepl(port, o.webrepl) != 0) return 2;
    std::unique_ptr<Interpreter> owned = make_interpreter(port, o, stack_base);
    if (!owned) return 1;
    ReplOptions ro;
    ro.device = true;
    ro.crlf = !port.console_is_terminal();  // a serial line (or a pipe standing in for one)
    // No history file: the port's files are the board's now (history is kept in memory).
    InterpreterFactory fresh = [&port, &o, stack_base]() { return make_interpreter(port, o, stack_base); };
    int status = run_repl(owned, fresh, ro);
    port.set_interrupt_flag(nullptr);
    return status;
}

int run(Options& o) {
    HostPort port;
    // Recursion stops well before the thread's stack runs out; the GC scans the stack up to its top.
    uintptr_t stack_base = port.use_current_thread_stack(256 * 1024);
    if (!o.device_dir.empty()) return run_device(port, o, stack_base);
    std::unique_ptr<Interpreter> owned = make_interpreter(port, o, stack_base);
    if (!owned) return 1;
    int status = run_mode(port, owned, o, stack_base);
    port.set_interrupt_flag(nullptr);
    return status;
}

struct MainArgs {
    Options* options;
    int status;
};

void* thread_main(void* p) {
    auto* a = static_cast<MainArgs*>(p);
    a->status = run(*a->options);
    return nullptr;
}

}  // namespace

int main(int argc, char** argv) {
    if (argc >= 2 && std::strcmp(argv[1], "remote") == 0) return remote_main(argc - 2, argv + 2);
    Options o;
    int early = parse_options(argc, argv, &o);
    if (early >= 0) return early;
    // Run on a thread with a large stack: deep Python recursion must end in RecursionError, never a crash.
    pthread_attr_t attr;
    pthread_attr_init(&attr);
    pthread_attr_setstacksize(&attr, 256u << 20);
    MainArgs args{&o, 0};
    pthread_t t;
    if (pthread_create(&t, &attr, thread_main, &args) != 0) {
        args.status = run(o);
    } else {
        pthread_join(t, nullptr);
    }
    pthread_attr_destroy(&attr);
    std::fflush(stdout);
    return args.status;
}
