// The import system: sys.modules, built-in modules, frozen modules (lib/, compiled at build time) and .py files
// found along sys.path.
#include <string>

#include "compile/compile.h"
#include "modules/frozen.h"
#include "modules/modules.h"
#include "objects/objects.h"
#include "ports/port.h"
#include "vm/marshal.h"
#include "vm/vm.h"

namespace pyco {

namespace {

// Reads a whole file through the port; returns 0 or a positive errno.
int read_file(Interpreter& vm, std::string_view path, std::string* out) {
    int fd = vm.port.open(path, PORT_READ);
    if (fd < 0) return -fd;
    char buf[8192];
    while (true) {
        long n = vm.port.read(fd, buf, sizeof buf);
        if (n < 0) {
            vm.port.close(fd);
            return static_cast<int>(-n);
        }
        if (n == 0) break;
        out->append(buf, static_cast<size_t>(n));
    }
    vm.port.close(fd);
    return 0;
}

bool is_file(Interpreter& vm, const std::string& path) {
    PortStat st;
    return vm.port.stat(path, &st) == 0 && !st.is_dir;
}

Value sys_path(Interpreter& vm) {
    if (!vm.sys_module) return Value();
    return dict_get_str(vm.sys_module->dict, vm.n_path);
}

// Creates module `full` (registered in sys.modules while it runs) and runs `code` in it: from a file (`file`
// set, `code` compiled from `source`) or frozen (`code` given). A package gets `__path__` (`pkg_dir`, or an
// empty list for a frozen package, whose submodules are frozen too).
R<Value> exec_new_module(Interpreter& vm, Str* fname, const std::string& full, Value parent, bool is_pkg,
                         const std::string* pkg_dir, const std::string* file, std::string_view source, Code* code) {
    Module* m = TRY(new_module(vm, fname));
    if (file) TRY(dict_set_str(vm, m->dict, vm.n___file__, val(TRY(new_str(vm, *file)))));
    TRY(dict_set_str(vm, m->dict, vm.n___builtins__, TRY(dict_get(vm, vm.modules, val(vm.n_builtins)))));
    if (is_pkg) {
        List* p = TRY(new_list(vm));
        if (pkg_dir) TRY(list_append(vm, p, val(TRY(new_str(vm, *pkg_dir)))));
        TRY(dict_set_str(vm, m->dict, vm.n___path__, val(p)));
        TRY(dict_set_str(vm, m->dict, vm.n___package__, val(fname)));
    } else {
        size_t dot = full.rfind('.');
        TRY(dict_set_str(vm, m->dict, vm.n___package__,
                         val(TRY(new_str(vm, dot == std::string::npos ? "" : full.substr(0, dot))))));
    }
    TRY(dict_set(vm, vm.modules, val(fname), val(m)));
    R<Value> r = Value::none();
    if (!code) {
        R<Code*> compiled = compile_source(vm, source, TRY(new_str(vm, *file)), ParseMode::File);
        if (compiled.failed()) r = Raised{};
        else code = compiled.take();
    }
    if (code) r = run_code(vm, code, m->dict, m->dict);
    if (!r.failed() && dict_fit(vm, m->dict).failed()) r = Raised{};
    if (r.failed()) {
        Value saved = take_exception(vm);
        R<Value> ignored = dict_pop(vm, vm.modules, val(fname));
        (void)ignored;
        vm.exc = saved;
        return Raised{};
    }
    if (!parent.is_null()) {
        std::string leaf = full.substr(full.rfind('.') == std::string::npos ? 0 : full.rfind('.') + 1);
        TRY(setattr(vm, parent, TRY(intern(vm, leaf)), val(m)));
    }
    // The module may have replaced itself in sys.modules.
    Value final = TRY(dict_get(vm, vm.modules, val(fname)));
    return final.is_null() ? val(m) : final;
}

// Finds and loads one module `full` (dotted), whose parent package (if any) is already imported. The order is
// CPython's sys.meta_path: built-in (C++) modules, then frozen ones, then sys.path.
R<Value> load_module(Interpreter& vm, const std::string& full, Value parent) {
    Str* fname = TRY(new_str(vm, full));
    Value existing = TRY(dict_get(vm, vm.modules, val(fname)));
    if (!existing.is_null()) return existing;
    // Built-in modules registered lazily.
    R<Value> bi = import_builtin_module(vm, fname);
    if (bi.failed()) return Raised{};
    if (!bi.take().is_null()) return bi.take();
    if (const FrozenModule* fm = find_frozen_module(full)) {
        Code* code = TRY(load_frozen_code(vm, fm));
        return exec_new_module(vm, fname, full, parent, fm->is_package, nullptr, nullptr, {}, code);
    }
    std::string leaf = full.substr(full.rfind('.') == std::string::npos ? 0 : full.rfind('.') + 1);
    // Search directories: the parent package's __path__, or sys.path.
    Value dirs = parent.is_null() ? sys_path(vm) : TRY(getattr_opt(vm, parent, vm.n___path__));
    if (is_kind(dirs, Kind::List)) {
        List* l = as_list(dirs);
        for (uint32_t i = 0; i < l->size; i++) {
            if (!is_kind(l->items[i], Kind::Str)) continue;
            std::string dir(as_str(l->items[i])->view());
            std::string prefix = dir.empty() ? "" : (dir.back() == '/' ? dir : dir + "/");
            std::string pkg_init = prefix + leaf + "/__init__.py";
            std::string file = prefix + leaf + ".py";
            bool is_pkg = is_file(vm, pkg_init);
            if (!is_pkg && !is_file(vm, file)) continue;
            std::string path = is_pkg ? pkg_init : file;
            std::string source;
            int err = read_file(vm, path, &source);
            if (err) return raise_os_error(vm, err, val(TRY(new_str(vm, path))));
            std::string pkg_dir = prefix + leaf;
            return exec_new_module(vm, fname, full, parent, is_pkg, &pkg_dir, &path, source, nullptr);
        }
    }
    R<Value> e = new_exception(vm, vm.e_ModuleNotFoundError,
                               Args{nullptr, 0, nullptr});
    if (e.failed()) return Raised{};
    std::string msg = "No module named '" + full + "'";
    as_exception(e.take())->args = TRY(tuple_of(vm, {val(TRY(new_str(vm, msg)))}));
    Dict** slot = instance_dict_slot(e.take());
    if (!*slot) *slot = TRY(new_dict(vm));
    TRY(dict_set_str(vm, *slot, vm.n_name, val(fname)));
    return raise_value(vm, e.take());
}

}  // namespace

namespace {
struct BuiltinModule {
    const char* name;
    Status (*init)(Interpreter&);
};
// Modules built into the binary, created on first import (sys and builtins exist from the start).
constexpr BuiltinModule kBuiltinModules[] = {
    {"gc", init_gc_module},         {"os", init_os_module},         {"os.path", init_os_module},
    {"math", init_math_module},     {"time", init_time_module},     {"random", init_random_module},
    {"json", init_json_module},     {"struct", init_struct_module}, {"binascii", init_binascii_module},
    {"errno", init_errno_module},
    {"hashlib", init_hashlib_module}, {"io", init_io_module},     {"array", init_array_module},
    {"_machine", init_machine_module}, {"_webrepl", init_webrepl_module},
    {"re", init_re_module},
    {"_select", init_select_module},
    {"unicodedata", init_unicodedata_module},
};
}  // namespace

std::vector<std::string> builtin_module_names() {
    std::vector<std::string> names = {"builtins", "sys"};
    for (const BuiltinModule& e : kBuiltinModules) names.emplace_back(e.name);
    for (uint32_t i = 0; i < kFrozenModuleCount; i++) names.emplace_back(kFrozenModules[i].name);
    return names;
}

const FrozenModule* find_frozen_module(std::string_view name) {
    for (uint32_t i = 0; i < kFrozenModuleCount; i++)
        if (name == kFrozenModules[i].name) return &kFrozenModules[i];
    return nullptr;
}

R<Code*> load_frozen_code(Interpreter& vm, const FrozenModule* fm) {
    Str* filename = TRY(new_str(vm, "<frozen " + std::string(fm->name) + ">"));
    return unmarshal_code(vm, std::string_view(reinterpret_cast<const char*>(fm->data), fm->size), filename);
}

R<Value> import_builtin_module(Interpreter& vm, Str* name) {
    for (const BuiltinModule& e : kBuiltinModules) {
        if (name->view() != e.name) continue;
        TRY(e.init(vm));
        return TRY(dict_get(vm, vm.modules, val(name)));
    }
    return Value();
}

std::string module_file_description(Interpreter& vm, Module* m) {
    Value f = m->dict ? dict_get_str(m->dict, vm.n___file__) : Value();
    if (is_kind(f, Kind::Str)) return std::string(as_str(f)->view());
    return "unknown location";
}

R<Value> import_module(Interpreter& vm, Str* name, Dict* globals, Value fromlist, intptr_t level) {
    std::string full(name->view());
    if (level > 0) {
        Value pkg = globals ? dict_get_str(globals, vm.n___package__) : Value();
        std::string base;
        if (is_kind(pkg, Kind::Str) && as_str(pkg)->size) {
            base = std::string(as_str(pkg)->view());
        } else {
            Value n = globals ? dict_get_str(globals, vm.n___name__) : Value();
            if (!is_kind(n, Kind::Str)) return raise(vm, vm.e_ImportError, "attempted relative import with no known parent package");
            base = std::string(as_str(n)->view());
            if (globals && dict_get_str(globals, vm.n___path__).is_null()) {
                size_t dot = base.rfind('.');
                if (dot == std::string::npos) return raise(vm, vm.e_ImportError, "attempted relative import with no known parent package");
                base = base.substr(0, dot);
            }
        }
        for (intptr_t i = 1; i < level; i++) {
            size_t dot = base.rfind('.');
            if (dot == std::string::npos) return raise(vm, vm.e_ImportError, "attempted relative import beyond top-level package");
            base = base.substr(0, dot);
        }
        if (base.empty()) return raise(vm, vm.e_ImportError, "attempted relative import with no known parent package");
        full = full.empty() ? base : base + "." + full;
    }
    if (full.empty()) return raise(vm, vm.e_ValueError, "Empty module name");
    // Import each dotted prefix in turn.
    Value top, cur;
    size_t start = 0;
    while (true) {
        size_t dot = full.find('.', start);
        std::string prefix = full.substr(0, dot);
        cur = TRY(load_module(vm, prefix, cur));
        if (top.is_null()) top = cur;
        if (dot == std::string::npos) break;
        start = dot + 1;
    }
    bool has_fromlist = is_kind(fromlist, Kind::Tuple) && as_tuple(fromlist)->size > 0;
    if (!has_fromlist) return level > 0 ? cur : top;
    // `from pkg import sub` imports submodules named in the fromlist.
    if (is_kind(cur, Kind::Module) && !dict_get_str(static_cast<Module*>(cur.as_obj())->dict, vm.n___path__).is_null()) {
        Tuple* fl = as_tuple(fromlist);
        for (uint32_t i = 0; i < fl->size; i++) {
            Str* item = as_str(fl->items[i]);
            if (item->view() == "*") continue;
            Value have = TRY(getattr_opt(vm, cur, item));
            if (!have.is_null()) continue;
            R<Value> sub = load_module(vm, full + "." + std::string(item->view()), cur);
            if (sub.failed()) {
                if (!exception_matches(vm, vm.exc, vm.e_ModuleNotFoundError)) return Raised{};
                take_exception(vm);
            }
        }
    }
    return cur;
}

Status import_star(Interpreter& vm, Value module, Dict* into) {
    if (!is_kind(module, Kind::Module)) return raise(vm, vm.e_TypeError, "import * expects a module");
    Module* m = static_cast<Module*>(module.as_obj());
    Value all = dict_get_str(m->dict, vm.n___all__);
    if (!all.is_null()) {
        List* names = TRY(list_from_iterable(vm, all));
        for (uint32_t i = 0; i < names->size; i++) {
            Value n = names->items[i];
            if (!is_kind(n, Kind::Str)) return raise(vm, vm.e_TypeError, "Item in %s.__all__ must be str, not %s", m->name->data, type_name(vm, n));
            Value v = TRY(getattr(vm, module, as_str(n)));
            TRY(dict_set(vm, into, n, v));
        }
        return Status::ok();
    }
    uint32_t pos = 0;
    Value k, v;
    while (dict_next(m->dict, &pos, &k, &v)) {
        if (is_kind(k, Kind::Str) && as_str(k)->size && as_str(k)->data[0] == '_') continue;
        TRY(dict_set(vm, into, k, v));
    }
    return Status::ok();
}

R<Module*> exec_source_as_module(Interpreter& vm, std::string_view source, Str* filename, Str* name) {
    Module* m = TRY(new_module(vm, name));
    TRY(dict_set_str(vm, m->dict, vm.n___builtins__, TRY(dict_get(vm, vm.modules, val(vm.n_builtins)))));
    if (filename->view() != "<string>" && filename->view() != "<stdin>")
        TRY(dict_set_str(vm, m->dict, vm.n___file__, val(filename)));
    TRY(dict_set(vm, vm.modules, val(name), val(m)));
    if (name == vm.n___main__) vm.main_module = val(m);
    Code* code = TRY(compile_source(vm, source, filename, ParseMode::File));
    TRY(run_code(vm, code, m->dict, m->dict));
    return m;
}

R<Module*> run_main_file(Interpreter& vm, std::string_view path) {
    std::string source;
    int err = read_file(vm, path, &source);
    if (err) return raise_os_error(vm, err, val(TRY(new_str(vm, path))));
    return exec_source_as_module(vm, source, TRY(new_str(vm, path)), vm.n___main__);
}

}  // namespace pyco
