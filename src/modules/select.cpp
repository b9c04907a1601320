// `_select`, the native half of the select module (lib/select.py): one call that waits for file descriptors
// through the port (Port::poll_fds), in slices so that Ctrl-C interrupts a long wait.
#include <cerrno>
#include <vector>

#include "modules/module_util.h"
#include "modules/modules.h"
#include "ports/port.h"
#include "vm/vm.h"

namespace pyco {

namespace {

// _poll(items, timeout_ms): items is a list of (fd, eventmask) pairs; the result lists (fd, revents) for every
// descriptor with events, in the order given. timeout_ms < 0 waits without limit.
R<Value> select_poll(Interpreter& vm, Args args) {
    TRY(check_nargs(vm, args, "_poll", 2, 2));
    if (!is_kind(args.v[0], Kind::List)) return raise(vm, vm.e_TypeError, "_poll() expects a list");
    List* items = as_list(args.v[0]);
    std::vector<PortPollFd> fds;
    for (size_t i = 0; i < items->size; i++) {
        Value pair = items->items[i];
        if (!is_kind(pair, Kind::Tuple) || as_tuple(pair)->size != 2) return raise(vm, vm.e_TypeError, "_poll() expects (fd, events) pairs");
        int64_t fd = TRY(index_value(vm, as_tuple(pair)->items[0]));
        int64_t events = TRY(index_value(vm, as_tuple(pair)->items[1]));
        fds.push_back({static_cast<int>(fd), static_cast<int>(events & 0xffff), 0});
    }
    int64_t timeout = TRY(index_value(vm, args.v[1]));
    const int64_t slice = 100;
    uint64_t deadline = vm.port.monotonic_ns() + static_cast<uint64_t>(timeout < 0 ? 0 : timeout) * 1000000u;
    int r;
    while (true) {
        int64_t wait = slice;
        if (timeout >= 0) {
            uint64_t now = vm.port.monotonic_ns();
            int64_t left = now >= deadline ? 0 : static_cast<int64_t>((deadline - now + 999999) / 1000000);
            if (left < wait) wait = left;
        }
        r = vm.port.poll_fds(fds.data(), fds.size(), static_cast<int>(wait));
        if (vm.interrupt_pending) {
            vm.interrupt_pending = 0;
            return raise(vm, vm.e_KeyboardInterrupt, "%s", "");
        }
        if (r == -EINTR) continue;
        if (r < 0) return raise_os_error(vm, -r, Value());
        if (r > 0 || (timeout >= 0 && vm.port.monotonic_ns() >= deadline)) break;
    }
    List* out = TRY(new_list(vm));
    for (const PortPollFd& p : fds) {
        if (!p.revents) continue;
        Tuple* t = TRY(tuple_of(vm, {Value::small_int(p.fd), Value::small_int(p.revents)}));
        TRY(list_append(vm, out, val(t)));
    }
    return val(out);
}

}  // namespace

Status init_select_module(Interpreter& vm) {
    Module* m = TRY(create_module(vm, "_select"));
    return module_add_functions(vm, m, {{"_poll", select_poll}});
}

}  // namespace pyco
