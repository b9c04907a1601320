// The `unicodedata` module, basics: category, name, lookup, decimal, digit, numeric, unidata_version (the
// tables of src/objects/unicode_data.cpp; names only in builds with PYCO_UNICODE_NAMES).
#include <string>

#include "modules/module_util.h"
#include "modules/modules.h"
#include "objects/unicode.h"

namespace pyco {

namespace {

// The single character argument of fn, with CPython's TypeError otherwise.
R<uint32_t> char_arg(Interpreter& vm, Args args, const char* fn, uint32_t max_args) {
    TRY(check_nargs(vm, args, fn, 1, max_args));
    Value v = args.v[0];
    if (!is_kind(v, Kind::Str))
        return raise(vm, vm.e_TypeError, "%s() argument%s must be a unicode character, not %s", fn,
                     max_args > 1 ? " 1" : "", type_name(vm, v));
    std::string_view s = as_str(v)->view();
    size_t adv = 0;
    uint32_t cp = s.empty() ? 0 : utf8_decode(s.data(), &adv);
    if (s.empty() || adv != s.size())
        return raise(vm, vm.e_TypeError, "%s() argument%s must be a unicode character, not str", fn,
                     max_args > 1 ? " 1" : "");
    return cp;
}

R<Value> ud_category(Interpreter& vm, Args args) {
    uint32_t cp = TRY(char_arg(vm, args, "category", 1));
    return val(TRY(new_str(vm, unicode::category(cp))));
}

R<Value> ud_name(Interpreter& vm, Args args) {
    uint32_t cp = TRY(char_arg(vm, args, "name", 2));
    std::string name;
    if (unicode::name_of(cp, &name)) return val(TRY(new_str(vm, name)));
    if (args.n > 1) return args.v[1];
    return raise(vm, vm.e_ValueError, "no such name");
}

R<Value> ud_lookup(Interpreter& vm, Args args) {
    TRY(check_nargs(vm, args, "lookup", 1, 1));
    Value v = args.v[0];
    std::string_view name;
    if (is_kind(v, Kind::Str)) {
        name = as_str(v)->view();
    } else if (!buffer_view(v, &name)) {
        return raise(vm, vm.e_TypeError, "a bytes-like object is required, not '%s'", type_name(vm, v));
    }
    std::string copy(name);
    uint32_t cp;
    if (copy.size() > 256 || !unicode::lookup_name(copy, &cp, true)) {
        Value message = val(TRY(new_str(vm, "undefined character name '" + copy + "'")));
        return raise_with_arg(vm, vm.e_KeyError, message);
    }
    return val(TRY(str_from_codepoint(vm, cp)));
}

R<Value> ud_value(Interpreter& vm, Args args, const char* fn, const char* error) {
    uint32_t cp = TRY(char_arg(vm, args, fn, 2));
    double d;
    int v = fn[0] == 'd' ? (fn[1] == 'e' ? unicode::decimal_value(cp) : unicode::digit_value(cp)) : -1;
    if (fn[0] == 'n') {
        if (unicode::numeric_value(cp, &d)) return new_float(vm, d);
    } else if (v >= 0) {
        return Value::small_int(v);
    }
    if (args.n > 1) return args.v[1];
    return raise(vm, vm.e_ValueError, "%s", error);
}
R<Value> ud_decimal(Interpreter& vm, Args args) { return ud_value(vm, args, "decimal", "not a decimal"); }
R<Value> ud_digit(Interpreter& vm, Args args) { return ud_value(vm, args, "digit", "not a digit"); }
R<Value> ud_numeric(Interpreter& vm, Args args) { return ud_value(vm, args, "numeric", "not a numeric character"); }

}  // namespace

Status init_unicodedata_module(Interpreter& vm) {
    Module* m = TRY(create_module(vm, "unicodedata"));
    TRY(module_add_functions(vm, m, {{"category", ud_category}, {"name", ud_name}, {"lookup", ud_lookup},
                                     {"decimal", ud_decimal}, {"digit", ud_digit}, {"numeric", ud_numeric}}));
    TRY(module_set(vm, m, "unidata_version", val(TRY(new_str(vm, unicode::unicode_version())))));
    return Status::ok();
}

}  // namespace pyco
