// The firmware's entry: a fresh interpreter sized to the board's RAM, then the REPL on the UART for ever.
#include <cstdio>
#include <cstring>
#include <memory>
#include <string>
#include <vector>

#include "modules/modules.h"
#include "objects/objects.h"
#include "ports/mcu/board.h"
#include "ports/mcu/mcu_port.h"
#include "repl/repl.h"
#include "vm/vm.h"

extern "C" {
extern size_t g_malloc_in_use, g_malloc_peak, g_malloc_largest;
size_t mcu_sbrk_used();
size_t mcu_sbrk_total();
}

using namespace pyco;

namespace {

// C++ stack one level of Python recursion takes at most (a Python call through the VM's dispatch loop, measured
// under QEMU with tests/firmware/deep_recursion.py; see PYCO_MCU_STACK_PER_CALL in cmake/firmware.cmake).
constexpr size_t kStackPerCall = PYCO_MCU_STACK_PER_CALL;
// Stack kept for the REPL and compiler below the first Python frame, and for native code above the last.
constexpr size_t kStackOverhead = 6 * 1024;

void say(McuPort& port, const char* text) { port.write_console(1, text); }

// What the last start took, for report_memory: the start-up objects on the GC heap, and malloc'd bytes in use.
struct StartupMeasure {
    size_t objects = 0;
    size_t malloc_in_use = 0;
};
StartupMeasure g_startup;

std::unique_ptr<Interpreter> make_interpreter(McuPort& port, const Config& config) {
    auto vm = std::make_unique<Interpreter>(port, config);
    vm->c_stack_base = McuPort::stack_top();
    port.set_interrupt_flag(&vm->interrupt_pending);
    if (!vm->init()) {
        say(port, "pyco: not enough memory to start\r\n");
        return nullptr;
    }
    g_startup.objects = vm->heap.high_water();
    size_t stack = McuPort::stack_size();
    vm->recursion_limit = stack > kStackOverhead ? static_cast<int>((stack - kStackOverhead) / kStackPerCall) : 10;
    std::vector<std::string> argv{""};
    if (init_sys(*vm, argv).failed()) {
        say(port, "pyco: sys failed to start\r\n");
        return nullptr;
    }
    R<Value> path = getattr(*vm, val(vm->sys_module), vm->n_path);
    if (!path.failed()) {
        List* p = as_list(path.take());
        for (const char* entry : {"", "/lib"}) (void)list_append(*vm, p, val(new_str(*vm, entry).take()));
    }
    g_startup.malloc_in_use = g_malloc_in_use;
    return vm;
}

// `-append --report-memory` (QEMU): the memory the interpreter takes at start, for the build's budget report.
void report_memory(McuPort& port, Interpreter& vm, const Config& config) {
    char line[320];
    std::snprintf(line, sizeof line,
                  "pyco-memory: startup_objects=%u startup_reserve=%u heap=%u heap_available=%u "
                  "malloc_in_use=%u malloc_peak=%u largest=%u sbrk=%u malloc_region=%u stack=%u stack_used=%u recursion_limit=%d\r\n",
                  unsigned(g_startup.objects), unsigned(config.startup_reserve), unsigned(config.heap_size),
                  unsigned(vm.heap.bytes_total() - g_startup.objects), unsigned(g_startup.malloc_in_use),
                  unsigned(g_malloc_peak), unsigned(g_malloc_largest), unsigned(mcu_sbrk_used()), unsigned(mcu_sbrk_total()), unsigned(McuPort::stack_size()),
                  unsigned(McuPort::stack_used()), vm.recursion_limit);
    say(port, line);
}

}  // namespace

int main() {
    McuPort port;
    Config config;
    config.heap_size = PYCO_MCU_HEAP_SIZE;
    config.startup_reserve = PYCO_MCU_STARTUP_RESERVE;
    config.value_stack = PYCO_MCU_VALUE_STACK;
    InterpreterFactory fresh = [&port, &config]() { return make_interpreter(port, config); };
    std::unique_ptr<Interpreter> vm = fresh();
    if (!vm) return 1;
    const char* args = board::command_line();
    if (std::strstr(args, "--report-memory")) report_memory(port, *vm, config);
    // For the tests: a fault must be reported and end the firmware with a failure status.
    if (std::strstr(args, "--fault-test")) __asm__ volatile("udf #0");
    ReplOptions options;
    options.crlf = true;
    port.set_console_crlf(true);
    // Ctrl-D at the friendly prompt or SystemExit ends the REPL: QEMU's board then exits with its status.
    return run_repl(vm, fresh, options);
}
