// The `os` module (the host port's files and directories) with a small `os.path`.
#include <string>
#include <vector>

#include "modules/module_util.h"
#include "modules/modules.h"
#include "objects/objects.h"
#include "ports/port.h"

namespace pyco {

namespace {

R<Str*> path_arg(Interpreter& vm, Value v, const char* fname) {
    if (!is_kind(v, Kind::Str))
        return raise(vm, vm.e_TypeError, "%s: path should be string, bytes or os.PathLike, not %s", fname, type_name(vm, v));
    return as_str(v);
}

// Runs a port call returning -errno; raises the matching OSError.
Status check(Interpreter& vm, int r, Value filename) {
    if (r < 0) return raise_os_error(vm, -r, filename);
    return Status::ok();
}

R<Value> os_remove(Interpreter& vm, Args args) {
    TRY(check_nargs(vm, args, "remove", 1, 1));
    Str* p = TRY(path_arg(vm, args.v[0], "remove"));
    TRY(check(vm, vm.port.remove(p->view()), args.v[0]));
    return Value::none();
}

R<Value> os_rmdir(Interpreter& vm, Args args) {
    TRY(check_nargs(vm, args, "rmdir", 1, 1));
    Str* p = TRY(path_arg(vm, args.v[0], "rmdir"));
    TRY(check(vm, vm.port.rmdir(p->view()), args.v[0]));
    return Value::none();
}

R<Value> os_mkdir(Interpreter& vm, Args args) {
    TRY(check_nargs(vm, args, "mkdir", 1, 2));
    Str* p = TRY(path_arg(vm, args.v[0], "mkdir"));
    TRY(check(vm, vm.port.mkdir(p->view()), args.v[0]));
    return Value::none();
}

R<Value> os_rename(Interpreter& vm, Args args) {
    TRY(check_nargs(vm, args, "rename", 2, 2));
    Str* a = TRY(path_arg(vm, args.v[0], "rename"));
    Str* b = TRY(path_arg(vm, args.v[1], "rename"));
    TRY(check(vm, vm.port.rename(a->view(), b->view()), args.v[0]));
    return Value::none();
}

R<Value> os_listdir(Interpreter& vm, Args args) {
    TRY(check_nargs(vm, args, "listdir", 0, 1));
    std::string path = ".";
    if (args.n == 1) path = std::string(TRY(path_arg(vm, args.v[0], "listdir"))->view());
    std::vector<std::string> names;
    TRY(check(vm, vm.port.listdir(path, &names), args.n ? args.v[0] : Value()));
    List* l = TRY(new_list(vm));
    for (const std::string& n : names) TRY(list_append(vm, l, val(TRY(new_str(vm, n)))));
    return val(l);
}

R<Value> os_getcwd(Interpreter& vm, Args args) {
    TRY(check_nargs(vm, args, "getcwd", 0, 0));
    std::string cwd;
    TRY(check(vm, vm.port.getcwd(&cwd), Value()));
    return val(TRY(new_str(vm, cwd)));
}

R<Value> os_chdir(Interpreter& vm, Args args) {
    TRY(check_nargs(vm, args, "chdir", 1, 1));
    Str* p = TRY(path_arg(vm, args.v[0], "chdir"));
    TRY(check(vm, vm.port.chdir(p->view()), args.v[0]));
    return Value::none();
}

// os.stat: a tuple (mode, ino, dev, nlink, uid, gid, size, atime, mtime, ctime) as MicroPython returns.
R<Value> os_stat(Interpreter& vm, Args args) {
    TRY(check_nargs(vm, args, "stat", 1, 1));
    Str* p = TRY(path_arg(vm, args.v[0], "stat"));
    PortStat st;
    TRY(check(vm, vm.port.stat(p->view(), &st), args.v[0]));
    Value mtime = TRY(make_int(vm, st.mtime));
    Value size = TRY(make_int(vm, static_cast<int64_t>(st.size)));
    Value mode = Value::small_int(st.is_dir ? 0x4000 : 0x8000);
    Tuple* t = TRY(tuple_of(vm, {mode, Value::small_int(0), Value::small_int(0), Value::small_int(0), Value::small_int(0),
                                 Value::small_int(0), size, mtime, mtime, mtime}));
    return val(t);
}

// os.ilistdir: an iterator of (name, type, inode, size) tuples as MicroPython gives them (type 0x4000 for a
// directory, 0x8000 for a file; inode 0).
R<Value> os_ilistdir(Interpreter& vm, Args args) {
    TRY(check_nargs(vm, args, "ilistdir", 0, 1));
    std::string path = ".";
    if (args.n == 1) path = std::string(TRY(path_arg(vm, args.v[0], "ilistdir"))->view());
    std::vector<std::string> names;
    TRY(check(vm, vm.port.listdir(path, &names), args.n ? args.v[0] : Value()));
    List* l = TRY(new_list(vm));
    for (const std::string& n : names) {
        PortStat st;
        bool ok = vm.port.stat(path + "/" + n, &st) == 0;
        Value name = val(TRY(new_str(vm, n)));
        Value size = TRY(make_int(vm, ok && !st.is_dir ? static_cast<int64_t>(st.size) : 0));
        Value type = Value::small_int(ok && st.is_dir ? 0x4000 : 0x8000);
        TRY(list_append(vm, l, val(TRY(tuple_of(vm, {name, type, Value::small_int(0), size})))));
    }
    return get_iter(vm, val(l));
}

// os.statvfs: MicroPython's 10-tuple (bsize, frsize, blocks, bfree, bavail, files, ffree, favail, flag, namemax).
R<Value> os_statvfs(Interpreter& vm, Args args) {
    TRY(check_nargs(vm, args, "statvfs", 1, 1));
    Str* p = TRY(path_arg(vm, args.v[0], "statvfs"));
    PortStatVfs st;
    TRY(check(vm, vm.port.statvfs(p->view(), &st), args.v[0]));
    Value bsize = TRY(make_int(vm, static_cast<int64_t>(st.block_size)));
    Value blocks = TRY(make_int(vm, static_cast<int64_t>(st.blocks)));
    Value bfree = TRY(make_int(vm, static_cast<int64_t>(st.blocks_free)));
    Value files = TRY(make_int(vm, static_cast<int64_t>(st.files)));
    Value ffree = TRY(make_int(vm, static_cast<int64_t>(st.files_free)));
    Value namemax = TRY(make_int(vm, static_cast<int64_t>(st.name_max)));
    return val(TRY(tuple_of(vm, {bsize, bsize, blocks, bfree, bfree, files, ffree, ffree, Value::small_int(0), namemax})));
}

R<Value> os_sync(Interpreter& vm, Args args) {
    TRY(check_nargs(vm, args, "sync", 0, 0));
    return Value::none();  // the port's writes reach the filesystem as they happen
}

// The fields of os.uname(): the board's names and pyco's version.
R<Value> os_uname_fields(Interpreter& vm, Args args) {
    TRY(check_nargs(vm, args, "_uname", 0, 0));
    std::string machine = vm.port.board_name() + " with " + vm.port.cpu_name();
    std::string version = std::string("pyco ") + PYCO_VERSION + " (Python " + PYCO_PYTHON_VERSION + ")";
    return val(TRY(tuple_of(vm, {val(TRY(new_str(vm, "pyco"))), val(TRY(new_str(vm, "pyco"))),
                                 val(TRY(new_str(vm, PYCO_VERSION))), val(TRY(new_str(vm, version))),
                                 val(TRY(new_str(vm, machine)))})));
}

// os.uname()'s result: a tuple whose fields also have names, printed as MicroPython prints it.
constexpr const char* kOsPy = R"PY(
class uname_result(tuple):
    sysname = property(lambda self: self[0])
    nodename = property(lambda self: self[1])
    release = property(lambda self: self[2])
    version = property(lambda self: self[3])
    machine = property(lambda self: self[4])
    def __repr__(self):
        return '(sysname=%r, nodename=%r, release=%r, version=%r, machine=%r)' % tuple(self)

def uname():
    return uname_result(_uname())
)PY";

R<Value> os_getenv(Interpreter& vm, Args args) {
    TRY(check_nargs(vm, args, "getenv", 1, 2));
    Str* name = TRY(path_arg(vm, args.v[0], "getenv"));
    std::string v = vm.port.getenv(name->view());
    if (v.empty()) return args.n == 2 ? args.v[1] : Value::none();
    return val(TRY(new_str(vm, v)));
}

R<Value> path_exists_kind(Interpreter& vm, Args args, int want) {
    TRY(check_nargs(vm, args, want == 0 ? "exists" : want == 1 ? "isfile" : "isdir", 1, 1));
    if (!is_kind(args.v[0], Kind::Str)) return Value::boolean(false);
    PortStat st;
    if (vm.port.stat(as_str(args.v[0])->view(), &st) < 0) return Value::boolean(false);
    if (want == 1) return Value::boolean(!st.is_dir);
    if (want == 2) return Value::boolean(st.is_dir);
    return Value::boolean(true);
}
R<Value> path_exists(Interpreter& vm, Args args) { return path_exists_kind(vm, args, 0); }
R<Value> path_isfile(Interpreter& vm, Args args) { return path_exists_kind(vm, args, 1); }
R<Value> path_isdir(Interpreter& vm, Args args) { return path_exists_kind(vm, args, 2); }

R<Value> path_join(Interpreter& vm, Args args) {
    if (args.n == 0) return raise(vm, vm.e_TypeError, "join() missing 1 required positional argument: 'a'");
    std::string out;
    for (uint32_t i = 0; i < args.n; i++) {
        std::string_view p = TRY(path_arg(vm, args.v[i], "join"))->view();
        if (!p.empty() && p[0] == '/') out = p;
        else if (out.empty() || out.back() == '/') out += p;
        else {
            out += '/';
            out += p;
        }
    }
    return val(TRY(new_str(vm, out)));
}

R<Value> path_split_parts(Interpreter& vm, Args args, int which) {
    TRY(check_nargs(vm, args, which == 0 ? "split" : which == 1 ? "basename" : "dirname", 1, 1));
    std::string p(TRY(path_arg(vm, args.v[0], "split"))->view());
    size_t slash = p.rfind('/');
    std::string head = slash == std::string::npos ? "" : p.substr(0, slash + 1);
    std::string tail = slash == std::string::npos ? p : p.substr(slash + 1);
    if (!head.empty() && head.find_first_not_of('/') != std::string::npos)
        while (head.size() > 1 && head.back() == '/') head.pop_back();
    if (which == 1) return val(TRY(new_str(vm, tail)));
    if (which == 2) return val(TRY(new_str(vm, head)));
    return val(TRY(tuple_of(vm, {val(TRY(new_str(vm, head))), val(TRY(new_str(vm, tail)))})));
}
R<Value> path_split(Interpreter& vm, Args args) { return path_split_parts(vm, args, 0); }
R<Value> path_basename(Interpreter& vm, Args args) { return path_split_parts(vm, args, 1); }
R<Value> path_dirname(Interpreter& vm, Args args) { return path_split_parts(vm, args, 2); }

R<Value> path_splitext(Interpreter& vm, Args args) {
    TRY(check_nargs(vm, args, "splitext", 1, 1));
    std::string p(TRY(path_arg(vm, args.v[0], "splitext"))->view());
    size_t slash = p.rfind('/');
    size_t start = slash == std::string::npos ? 0 : slash + 1;
    while (start < p.size() && p[start] == '.') start++;
    size_t dot = p.rfind('.');
    if (dot == std::string::npos || dot < start)
        return val(TRY(tuple_of(vm, {args.v[0], val(vm.empty_str)})));
    return val(TRY(tuple_of(vm, {val(TRY(new_str(vm, p.substr(0, dot)))), val(TRY(new_str(vm, p.substr(dot))))})));
}

}  // namespace

Status init_os_module(Interpreter& vm) {
    Module* m = TRY(new_module(vm, TRY(intern(vm, "os"))));
    TRY(dict_set(vm, vm.modules, val(m->name), val(m)));
    TRY(add_module_function(vm, m, "remove", os_remove));
    TRY(add_module_function(vm, m, "unlink", os_remove));
    TRY(add_module_function(vm, m, "rmdir", os_rmdir));
    TRY(add_module_function(vm, m, "mkdir", os_mkdir));
    TRY(add_module_function(vm, m, "rename", os_rename));
    TRY(add_module_function(vm, m, "listdir", os_listdir));
    TRY(add_module_function(vm, m, "getcwd", os_getcwd));
    TRY(add_module_function(vm, m, "chdir", os_chdir));
    TRY(add_module_function(vm, m, "stat", os_stat));
    TRY(add_module_function(vm, m, "getenv", os_getenv));
    TRY(add_module_function(vm, m, "ilistdir", os_ilistdir));
    TRY(add_module_function(vm, m, "statvfs", os_statvfs));
    TRY(add_module_function(vm, m, "sync", os_sync));
    TRY(add_module_function(vm, m, "_uname", os_uname_fields));
    TRY(module_exec(vm, m, kOsPy));
    TRY(dict_set_str(vm, m->dict, TRY(intern(vm, "sep")), val(TRY(new_str(vm, "/")))));
    TRY(dict_set_str(vm, m->dict, TRY(intern(vm, "name")), val(TRY(new_str(vm, "posix")))));
    Module* p = TRY(new_module(vm, TRY(intern(vm, "os.path"))));
    TRY(dict_set(vm, vm.modules, val(p->name), val(p)));
    TRY(add_module_function(vm, p, "join", path_join));
    TRY(add_module_function(vm, p, "exists", path_exists));
    TRY(add_module_function(vm, p, "isfile", path_isfile));
    TRY(add_module_function(vm, p, "isdir", path_isdir));
    TRY(add_module_function(vm, p, "split", path_split));
    TRY(add_module_function(vm, p, "basename", path_basename));
    TRY(add_module_function(vm, p, "dirname", path_dirname));
    TRY(add_module_function(vm, p, "splitext", path_splitext));
    TRY(dict_set_str(vm, p->dict, TRY(intern(vm, "sep")), val(TRY(new_str(vm, "/")))));
    TRY(dict_set_str(vm, m->dict, vm.n_path, val(p)));
    return Status::ok();
}

}  // namespace pyco
