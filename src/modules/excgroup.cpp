// ExceptionGroup and BaseExceptionGroup (PEP 654), and the runtime helpers of `except*`, written in Python
// (lib/_pyco_excgroup.py, frozen at build time) and run once at startup in a private module; the classes go to
// builtins, the helpers to hidden builtins ("$eg_begin" ...) that the compiler's except* code loads with
// LOAD_GLOBAL.
#include "modules/module_util.h"
#include "modules/modules.h"
#include "objects/objects.h"
#include "vm/vm.h"

namespace pyco {

Status init_exception_groups(Interpreter& vm) {
    // Absent only inside pyco-freeze, which makes the frozen modules and needs no exception groups.
    const FrozenModule* fm = find_frozen_module("_pyco_excgroup");
    if (!fm) return Status::ok();
    Module* m = TRY(new_module(vm, TRY(intern(vm, "_pyco_excgroup"))));
    TRY(dict_set_str(vm, m->dict, vm.n___builtins__, TRY(dict_get(vm, vm.modules, val(vm.n_builtins)))));
    TRY(run_code(vm, TRY(load_frozen_code(vm, fm)), m->dict, m->dict));
    static const char* const kExported[][2] = {
        {"BaseExceptionGroup", "BaseExceptionGroup"}, {"ExceptionGroup", "ExceptionGroup"},
        {"_eg_star_begin", "$eg_begin"},     {"_eg_star_match", "$eg_match"},
        {"_eg_star_raised", "$eg_raised"},   {"_eg_star_end", "$eg_end"},
    };
    for (const auto& e : kExported) {
        Value v = dict_get_str(m->dict, TRY(intern(vm, e[0])));
        if (v.is_null()) return raise(vm, vm.e_RuntimeError, "exception groups: %s missing", e[0]);
        TRY(dict_set_str(vm, vm.builtins, TRY(intern(vm, e[1])), v));
    }
    return Status::ok();
}

}  // namespace pyco
