// The `_webrepl` module under lib/webrepl.py: starts and stops the port's WebREPL server (MicroPython's
// webrepl.start/stop). The server itself is the port's (src/ports/host/webrepl.cpp on the host).
#include <string>

#include "modules/module_util.h"
#include "modules/modules.h"
#include "objects/objects.h"
#include "ports/port.h"

namespace pyco {

namespace {

R<std::string> str_arg(Interpreter& vm, Value v, const char* what) {
    if (!is_kind(v, Kind::Str)) return raise(vm, vm.e_TypeError, "%s must be a str", what);
    return std::string(as_str(v)->view());
}

// start(host, port, password) -> the port it listens on. OSError when it can't.
R<Value> webrepl_start(Interpreter& vm, Args args) {
    TRY(check_nargs(vm, args, "start", 3, 3));
    std::string host = TRY(str_arg(vm, args.v[0], "host"));
    int64_t port = TRY(index_value(vm, args.v[1]));
    std::string password = TRY(str_arg(vm, args.v[2], "password"));
    if (port < 0 || port > 65535) return raise(vm, vm.e_ValueError, "port must be 0-65535");
    if (host == "0.0.0.0") host.clear();
    std::string what;
    int e = vm.port.webrepl_start(host, static_cast<int>(port), password, &what);
    if (e < 0) return raise_os_error(vm, -e, Value());
    return Value::small_int(e);  // the port
}

R<Value> webrepl_stop(Interpreter& vm, Args args) {
    TRY(check_nargs(vm, args, "stop", 0, 0));
    vm.port.webrepl_stop();
    return Value::none();
}

}  // namespace

Status init_webrepl_module(Interpreter& vm) {
    Module* m = TRY(create_module(vm, "_webrepl"));
    TRY(module_add_functions(vm, m, {{"start", webrepl_start}, {"stop", webrepl_stop}}));
    return Status::ok();
}

}  // namespace pyco
