// The QEMU board: ARM's MPS2 AN385 (a Cortex-M3, which runs our Cortex-M0+ code) with its CMSDK UART0 as the
// console and semihosting to end the emulator with a status.
#include "ports/mcu/board.h"
#include "ports/mcu/cortex_m.h"

namespace pyco::board {
namespace {

using cortex_m::reg;

constexpr uintptr_t kUart0 = 0x40004000;
constexpr uintptr_t kData = kUart0 + 0x00, kState = kUart0 + 0x04, kCtrl = kUart0 + 0x08,
                    kIntClear = kUart0 + 0x0c, kBaudDiv = kUart0 + 0x10;
constexpr uint32_t kTxFull = 1, kRxFull = 2;
constexpr uint32_t kTxEnable = 1, kRxEnable = 2, kRxIntEnable = 8, kRxInt = 2;
constexpr int kUart0RxIrq = 0;
constexpr uint32_t kCpuHz = 25000000;  // the AN385's system clock as QEMU models it

volatile uint32_t g_ms = 0;  // milliseconds since boot, counted by SysTick

// ARM semihosting: `bkpt 0xab` with the operation in r0 and its argument block in r1.
int semihost(int op, const void* arg) {
    register int r0 __asm__("r0") = op;
    register const void* r1 __asm__("r1") = arg;
    __asm__ volatile("bkpt 0xab" : "+r"(r0) : "r"(r1) : "memory");
    return r0;
}
constexpr int kSysGetCmdline = 0x15, kSysExitExtended = 0x20;
constexpr uint32_t kAdpStoppedApplicationExit = 0x20026;

char g_cmdline[128];

}  // namespace

void init() {
    reg(kBaudDiv) = 16;
    reg(kCtrl) = kTxEnable | kRxEnable | kRxIntEnable;
    uint32_t discard = reg(kData);  // without this first read QEMU delivers piped input about a second late
    (void)discard;
    reg(kIntClear) = kRxInt;
    cortex_m::reg(cortex_m::kSysTickLoad) = kCpuHz / 1000 - 1;
    cortex_m::reg(cortex_m::kSysTickVal) = 0;
    cortex_m::reg(cortex_m::kSysTickCtrl) = 7;  // processor clock, interrupt, enabled
    cortex_m::enable_irq(kUart0RxIrq);
    cortex_m::interrupts_on();
    uart_poll();
}

void uart_write(const char* data, size_t n) {
    for (size_t i = 0; i < n; i++) {
        while (reg(kState) & kTxFull) {
        }
        reg(kData) = static_cast<uint8_t>(data[i]);
    }
}

void uart_poll() {
    while ((reg(kState) & kRxFull) && console_has_room()) console_received(static_cast<uint8_t>(reg(kData)));
}

uint64_t ticks_us() {
    // Read the millisecond count and SysTick's down-counter consistently (the tick may fire in between).
    uint32_t ms, val;
    do {
        ms = g_ms;
        val = cortex_m::reg(cortex_m::kSysTickVal);
    } while (ms != g_ms);
    uint32_t reload = kCpuHz / 1000 - 1;
    return uint64_t(ms) * 1000 + (reload - val) / (kCpuHz / 1000000);
}

void wait_for_interrupt() { cortex_m::wfi(); }

void exit(int status) {
    uint32_t block[2] = {kAdpStoppedApplicationExit, static_cast<uint32_t>(status)};
    semihost(kSysExitExtended, block);
    for (;;) cortex_m::wfi();
}

const char* command_line() {
    if (!g_cmdline[0]) {
        struct {
            char* buf;
            uint32_t len;
        } arg = {g_cmdline, sizeof g_cmdline - 1};
        if (semihost(kSysGetCmdline, &arg) != 0) g_cmdline[0] = 0;
        g_cmdline[sizeof g_cmdline - 1] = 0;
    }
    return g_cmdline;
}

const char* name() { return "qemu-mps2-an385"; }
const char* cpu() { return "cortex-m3"; }
uint32_t cpu_freq() { return kCpuHz; }
// The AN385's GPIO is not modelled by QEMU: no pins.
int pin_by_name(const char*) { return -1; }
int pin_configure(int, int, int) { return -19; }
int pin_read(int) { return -19; }
int pin_write(int, int) { return -19; }

}  // namespace pyco::board

extern "C" void board_systick() { pyco::board::g_ms = pyco::board::g_ms + 1; }

extern "C" void board_irq(int irq) {
    using namespace pyco;
    if (irq == board::kUart0RxIrq) {
        cortex_m::reg(board::kIntClear) = board::kRxInt;
        board::uart_poll();
    }
}
