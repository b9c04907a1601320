// Helpers shared by the built-in modules (see module_util.h).
#include "modules/module_util.h"

#include <cstring>
#include <string>

#include "compile/compile.h"
#include "vm/vm.h"

namespace pyco {

R<Module*> create_module(Interpreter& vm, const char* name) {
    Module* m = TRY(new_module(vm, TRY(intern(vm, name))));
    TRY(dict_set(vm, vm.modules, val(m->name), val(m)));
    return m;
}

Status module_add_functions(Interpreter& vm, Module* m, std::initializer_list<MethodDef> fns) {
    for (const MethodDef& d : fns) {
        NativeFunction* f = TRY(new_native(vm, d.name, d.fn));
        f->module_name = m->name;
        TRY(dict_set_str(vm, m->dict, TRY(intern(vm, d.name)), val(f)));
    }
    return Status::ok();
}

Status module_set(Interpreter& vm, Module* m, const char* name, Value v) {
    return dict_set_str(vm, m->dict, TRY(intern(vm, name)), v);
}

Status module_exec(Interpreter& vm, Module* m, std::string_view source) {
    if (dict_get_str(m->dict, vm.n___builtins__).is_null())
        TRY(dict_set_str(vm, m->dict, vm.n___builtins__, TRY(dict_get(vm, vm.modules, val(vm.n_builtins)))));
    std::string filename = "<frozen " + std::string(m->name->view()) + ">";
    Code* code = TRY(compile_source(vm, source, TRY(new_str(vm, filename)), ParseMode::File));
    TRY(run_code(vm, code, m->dict, m->dict));
    return Status::ok();
}

R<Type*> new_native_type(Interpreter& vm, const char* name, const char* module_name, Kind kind, uint32_t flags,
                         Type* base) {
    Dict* d = TRY(new_dict(vm));
    TRY(dict_set_str(vm, d, vm.n___module__, val(TRY(new_str(vm, module_name)))));
    Tuple* bases = TRY(tuple_of(vm, {val(base ? base : vm.t_object)}));
    Type* t = TRY(new_type(vm, vm.t_type, TRY(new_str(vm, name)), bases, d));
    t->kind = kind;
    t->instance_size = layout_size(kind);
    t->dict_offset = layout_dict_offset(kind);
    t->flags = flags;  // not TF_HEAPTYPE: like CPython's built-in classes, its attributes are read-only
    // The name type_name() gives it in messages, interned now so that error paths find it without allocating.
    TRY(intern(vm, std::string(module_name) + "." + name));
    vm.type_epoch++;
    return t;
}

BigInt bigint_of(Value v) {
    if (v.is_int()) return BigInt::from_i64(v.as_int());
    if (v.is_bool()) return BigInt::from_i64(v.is_true() ? 1 : 0);
    Int* o = static_cast<Int*>(v.as_obj());
    return BigInt(o->negative, o->digits, o->ndigits);
}

R<Value> int_of_bigint(Interpreter& vm, const BigInt& b) {
    if (b.fits_i64()) return make_int(vm, b.to_i64());
    size_t n = b.digit_count();
    Int* o = TRY(alloc<Int>(vm, vm.t_int_, n * 4));
    o->ndigits = static_cast<uint32_t>(n);
    o->negative = b.is_negative();
    std::memcpy(o->digits, b.digits(), n * 4);
    return val(o);
}

R<double> real_to_double(Interpreter& vm, Value v) {
    if (is_kind(v, Kind::Float)) return float_value(v);
    if (is_int_value(v)) {
        double d;
        TRY(number_to_double(vm, v, &d));
        return d;
    }
    bool found = false;
    Value r = TRY(call_method(vm, v, vm.n___float__, nullptr, 0, &found));
    if (found) {
        if (!is_kind(r, Kind::Float))
            return raise(vm, vm.e_TypeError, "%s.__float__ returned non-float (type %s)", type_name(vm, v), type_name(vm, r));
        return float_value(r);
    }
    r = TRY(call_method(vm, v, vm.n___index__, nullptr, 0, &found));
    if (found) {
        if (!is_int_value(r)) return raise(vm, vm.e_TypeError, "__index__ returned non-int (type %s)", type_name(vm, r));
        double d;
        TRY(number_to_double(vm, r, &d));
        return d;
    }
    return raise(vm, vm.e_TypeError, "must be real number, not %s", type_name(vm, v));
}

R<Value> index_of(Interpreter& vm, Value v) {
    if (is_int_value(v)) return v;
    bool found = false;
    Value r = TRY(call_method(vm, v, vm.n___index__, nullptr, 0, &found));
    if (!found) return raise(vm, vm.e_TypeError, "'%s' object cannot be interpreted as an integer", type_name(vm, v));
    if (!is_int_value(r)) return raise(vm, vm.e_TypeError, "__index__ returned non-int (type %s)", type_name(vm, r));
    return r;
}

}  // namespace pyco
