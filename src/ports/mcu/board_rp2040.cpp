// The Raspberry Pi Pico (RP2040): the crystal and PLL for a 125 MHz system clock, UART0 on GPIO0/1 at 115200 baud
// as the console, the 1 MHz timer for ticks and SysTick for the 1 ms wake-up, GPIO through the SIO block.
// Runs on a real Pico and under rp2040js (tests/firmware/rp2040js/run.mjs), which also models the clocks.
#include "ports/mcu/board.h"
#include "ports/mcu/cortex_m.h"

namespace pyco::board {
namespace {

using cortex_m::reg;

// Writing to a peripheral register at +0x2000 sets the written bits, at +0x3000 clears them (datasheet 2.1.2).
constexpr uintptr_t kSet = 0x2000, kClear = 0x3000;

constexpr uintptr_t kResets = 0x4000c000, kResetDone = kResets + 0x08;
constexpr uint32_t kResetIoBank0 = 1u << 5, kResetPadsBank0 = 1u << 8, kResetPllSys = 1u << 12,
                   kResetTimer = 1u << 21, kResetUart0 = 1u << 22;

constexpr uintptr_t kXosc = 0x40024000, kXoscCtrl = kXosc + 0x00, kXoscStatus = kXosc + 0x04,
                    kXoscStartup = kXosc + 0x0c;
constexpr uintptr_t kClocks = 0x40008000, kClkRefCtrl = kClocks + 0x30, kClkRefSelected = kClocks + 0x38,
                    kClkSysCtrl = kClocks + 0x3c, kClkSysSelected = kClocks + 0x44, kClkPeriCtrl = kClocks + 0x48;
constexpr uintptr_t kPllSys = 0x40028000, kPllCs = kPllSys + 0x00, kPllPwr = kPllSys + 0x04,
                    kPllFbdiv = kPllSys + 0x08, kPllPrim = kPllSys + 0x0c;
constexpr uintptr_t kWatchdog = 0x40058000, kWatchdogTick = kWatchdog + 0x2c, kWatchdogScratch7 = kWatchdog + 0x28;
constexpr uintptr_t kTimer = 0x40054000, kTimeRawHigh = kTimer + 0x24, kTimeRawLow = kTimer + 0x28;

constexpr uintptr_t kUart0 = 0x40034000, kUartData = kUart0 + 0x00, kUartFlags = kUart0 + 0x18,
                    kUartIbrd = kUart0 + 0x24, kUartFbrd = kUart0 + 0x28, kUartLcrH = kUart0 + 0x2c,
                    kUartCr = kUart0 + 0x30, kUartImsc = kUart0 + 0x38, kUartIcr = kUart0 + 0x44;
constexpr uint32_t kUartTxFull = 1u << 5, kUartRxEmpty = 1u << 4;
constexpr uint32_t kUartRxInt = 1u << 4, kUartRxTimeoutInt = 1u << 6;
constexpr int kUart0Irq = 20;

constexpr uintptr_t kIoBank0 = 0x40014000, kPadsBank0 = 0x4001c000, kSio = 0xd0000000;
constexpr uintptr_t kSioGpioIn = kSio + 0x04, kSioGpioOut = kSio + 0x10, kSioGpioOutSet = kSio + 0x14,
                    kSioGpioOutClr = kSio + 0x18, kSioGpioOe = kSio + 0x20, kSioGpioOeSet = kSio + 0x24,
                    kSioGpioOeClr = kSio + 0x28;
constexpr uint32_t kFuncUart = 2, kFuncSio = 5;
constexpr int kPins = 30;
// PADS_BANK0 GPIOn: output disable, input enable, pull-up, pull-down.
constexpr uint32_t kPadOd = 1u << 7, kPadIe = 1u << 6, kPadPue = 1u << 3, kPadPde = 1u << 2;

constexpr uint32_t kXoscHz = 12000000, kCpuHz = 125000000;
// rp2040js sets this in watchdog scratch register 7 before it runs the image: exit() then stops it with `bkpt`
// (r0 = status) instead of resetting the chip, which is what a real Pico does.
constexpr uint32_t kEmulatorMagic = 0x70796365;

volatile uint32_t g_ms = 0;  // SysTick's count; only wakes the core, ticks_us reads the timer
uint32_t g_open_drain = 0;   // pins in OPEN_DRAIN mode: their output enable follows the level

void unreset(uint32_t bits) {
    reg(kResets + kClear) = bits;
    while ((reg(kResetDone) & bits) != bits) {
    }
}

// Crystal (12 MHz) -> clk_ref; PLL_SYS: 12 MHz / 1 * 125 = 1500 MHz VCO, / 6 / 2 = 125 MHz -> clk_sys and clk_peri.
void init_clocks() {
    reg(kClkSysCtrl + kClear) = 1;  // clk_sys from clk_ref (the glitchless mux) while the PLL changes
    while (reg(kClkSysSelected) != 1) {
    }
    reg(kXoscCtrl) = 0xaa0;  // 1-15 MHz range
    reg(kXoscStartup) = (kXoscHz / 1000 + 128) / 256;  // about 1 ms, in units of 256 crystal cycles
    reg(kXoscCtrl + kSet) = 0xfab << 12;  // enable
    while (!(reg(kXoscStatus) & (1u << 31))) {
    }
    reg(kClkRefCtrl) = 2;  // clk_ref from the crystal
    while (reg(kClkRefSelected) != (1u << 2)) {
    }
    reg(kResets + kSet) = kResetPllSys;
    unreset(kResetPllSys);
    reg(kPllCs) = 1;  // reference divider 1
    reg(kPllFbdiv) = 125;
    reg(kPllPwr + kClear) = (1u << 0) | (1u << 5);  // power up the PLL and its VCO
    while (!(reg(kPllCs) & (1u << 31))) {
    }
    reg(kPllPrim) = (6u << 16) | (2u << 12);
    reg(kPllPwr + kClear) = 1u << 3;  // power up the post dividers
    reg(kClkSysCtrl) = 0;             // aux source: PLL_SYS (mux still on clk_ref)
    reg(kClkSysCtrl + kSet) = 1;      // then switch to aux
    while (reg(kClkSysSelected) != 2) {
    }
    reg(kClkPeriCtrl) = 1u << 11;  // enabled, from clk_sys
    reg(kWatchdogTick) = (1u << 9) | (kXoscHz / 1000000);  // the 1 us tick of the timer
}

void init_uart() {
    unreset(kResetIoBank0 | kResetPadsBank0 | kResetUart0 | kResetTimer);
    reg(kIoBank0 + 0 * 8 + 4) = kFuncUart;  // GPIO0: UART0 TX
    reg(kIoBank0 + 1 * 8 + 4) = kFuncUart;  // GPIO1: UART0 RX
    // 125 MHz / (16 * 115200) = 67.817: integer 67, fraction 52/64.
    reg(kUartIbrd) = 67;
    reg(kUartFbrd) = 52;
    reg(kUartLcrH) = (3u << 5) | (1u << 4);  // 8 bits, no parity, 1 stop bit, FIFOs on
    reg(kUartImsc) = kUartRxInt | kUartRxTimeoutInt;
    reg(kUartCr) = (1u << 9) | (1u << 8) | 1u;  // RX, TX, UART enabled
}

bool valid_pin(int pin) { return pin >= 0 && pin < kPins; }

}  // namespace

void init() {
    init_clocks();
    init_uart();
    cortex_m::reg(cortex_m::kSysTickLoad) = kCpuHz / 1000 - 1;
    cortex_m::reg(cortex_m::kSysTickVal) = 0;
    cortex_m::reg(cortex_m::kSysTickCtrl) = 7;  // processor clock, interrupt, enabled
    cortex_m::enable_irq(kUart0Irq);
    cortex_m::interrupts_on();
    uart_poll();
}

void uart_write(const char* data, size_t n) {
    for (size_t i = 0; i < n; i++) {
        while (reg(kUartFlags) & kUartTxFull) {
        }
        reg(kUartData) = static_cast<uint8_t>(data[i]);
    }
}

void uart_poll() {
    while (!(reg(kUartFlags) & kUartRxEmpty) && console_has_room())
        console_received(static_cast<uint8_t>(reg(kUartData)));
}

uint64_t ticks_us() {
    uint32_t high, low;
    do {
        high = reg(kTimeRawHigh);
        low = reg(kTimeRawLow);
    } while (high != reg(kTimeRawHigh));
    return (uint64_t(high) << 32) | low;
}

void wait_for_interrupt() { cortex_m::wfi(); }

void exit(int status) {
    if (reg(kWatchdogScratch7) == kEmulatorMagic) {
        register int r0 __asm__("r0") = status;
        __asm__ volatile("bkpt #0" : : "r"(r0) : "memory");
    }
    cortex_m::reg(cortex_m::kScbAircr) = 0x05fa0004;  // SYSRESETREQ
    for (;;) cortex_m::wfi();
}

const char* command_line() { return ""; }
const char* name() { return "rp2040-pico"; }
const char* cpu() { return "cortex-m0plus"; }
uint32_t cpu_freq() { return kCpuHz; }

int pin_configure(int pin, int mode, int pull) {
    if (!valid_pin(pin)) return -22;
    uint32_t bit = 1u << pin;
    uintptr_t pad = kPadsBank0 + 4 + uintptr_t(pin) * 4;
    if (mode >= 0) {
        if (mode == 3) return -22;  // ALT: not yet
        reg(kIoBank0 + uintptr_t(pin) * 8 + 4) = kFuncSio;
        reg(pad + kClear) = kPadOd;
        reg(pad + kSet) = kPadIe;
        if (mode == 0) reg(kSioGpioOeClr) = bit;
        else reg(kSioGpioOeSet) = bit;
        // OPEN_DRAIN (2) drives only low: the output enable follows the level (pin_write).
        if (mode == 2 && (reg(kSioGpioOut) & bit)) reg(kSioGpioOeClr) = bit;
        g_open_drain = mode == 2 ? (g_open_drain | bit) : (g_open_drain & ~bit);
    }
    if (pull >= 0) {
        reg(pad + kClear) = kPadPue | kPadPde;
        if (pull == 1) reg(pad + kSet) = kPadPue;
        if (pull == 2) reg(pad + kSet) = kPadPde;
    }
    return 0;
}

int pin_read(int pin) {
    if (!valid_pin(pin)) return -22;
    uint32_t bit = 1u << pin;
    if ((reg(kSioGpioOe) & bit) && !(g_open_drain & bit)) return (reg(kSioGpioOut) & bit) ? 1 : 0;
    return (reg(kSioGpioIn) & bit) ? 1 : 0;
}

int pin_write(int pin, int level) {
    if (!valid_pin(pin)) return -22;
    uint32_t bit = 1u << pin;
    reg(level ? kSioGpioOutSet : kSioGpioOutClr) = bit;
    if (g_open_drain & bit) reg(level ? kSioGpioOeClr : kSioGpioOeSet) = bit;
    return 0;
}

int pin_by_name(const char* name) {
    // The Pico's LED is on GPIO25.
    if (name[0] == 'L' && name[1] == 'E' && name[2] == 'D' && name[3] == 0) return 25;
    return -1;
}

}  // namespace pyco::board

extern "C" void board_systick() { pyco::board::g_ms = pyco::board::g_ms + 1; }

extern "C" void board_irq(int irq) {
    using namespace pyco;
    if (irq == board::kUart0Irq) {
        board::reg(board::kUartIcr) = board::kUartRxInt | board::kUartRxTimeoutInt;
        board::uart_poll();
    }
}
