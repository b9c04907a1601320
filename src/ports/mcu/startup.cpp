// Cortex-M start-up shared by the boards: the vector table, the reset handler (copies .data, zeroes .bss, runs
// the C++ constructors, calls main) and the fault handler, which reports and ends the firmware, never hangs.
#include <cstdint>
#include <cstdio>

#include "ports/mcu/board.h"

extern "C" {
// From the linker script.
extern uint32_t __stack_bottom, __stack_top, __data_start, __data_end, __data_load, __bss_start, __bss_end;
extern void (*__init_array_start[])();
extern void (*__init_array_end[])();

int main();
void board_systick();
void board_irq(int irq);

[[noreturn]] void Reset_Handler();
void HardFault_Handler();
void SysTick_Handler();
void Irq_Handler();
void Unexpected_Handler();
void fault_report(const uint32_t* frame, uint32_t sp, uint32_t exc_return);
}

namespace {
constexpr int kIrqs = 32;
using Vector = void (*)();
}  // namespace

// Entry 0 is the initial stack pointer; the rest are handlers (Thumb addresses).
__attribute__((section(".vectors"), used)) const Vector g_vectors[16 + kIrqs] = {
    reinterpret_cast<Vector>(&__stack_top),
    Reset_Handler,
    Unexpected_Handler,  // NMI
    HardFault_Handler,
    HardFault_Handler,  // MemManage (ARMv7-M; escalates to HardFault unless enabled)
    HardFault_Handler,  // BusFault
    HardFault_Handler,  // UsageFault
    nullptr, nullptr, nullptr, nullptr,
    Unexpected_Handler,  // SVCall
    Unexpected_Handler,  // DebugMonitor
    nullptr,
    Unexpected_Handler,  // PendSV
    SysTick_Handler,
#define I8 Irq_Handler, Irq_Handler, Irq_Handler, Irq_Handler, Irq_Handler, Irq_Handler, Irq_Handler, Irq_Handler
    I8, I8, I8, I8,
#undef I8
};

void Reset_Handler() {
    uint32_t* src = &__data_load;
    for (uint32_t* dst = &__data_start; dst < &__data_end;) *dst++ = *src++;
    for (uint32_t* p = &__bss_start; p < &__bss_end;) *p++ = 0;
    // Paint the stack so its high-water mark can be measured (see mcu_stack_used).
    uint32_t here;
    auto* paint_end = reinterpret_cast<uint32_t*>(reinterpret_cast<uintptr_t>(&here) - 64);
    for (uint32_t* p = &__stack_bottom; p < paint_end;) *p++ = 0x5a5a5a5a;
    for (auto* f = __init_array_start; f < __init_array_end; f++) (*f)();
    pyco::board::init();
    pyco::board::exit(main());
}

void SysTick_Handler() { board_systick(); }

void Irq_Handler() {
    uint32_t ipsr;
    __asm__ volatile("mrs %0, ipsr" : "=r"(ipsr));
    board_irq(static_cast<int>(ipsr & 0x1ff) - 16);
}

void Unexpected_Handler() {
    static const char msg[] = "\r\npyco: unexpected exception\r\n";
    pyco::board::uart_write(msg, sizeof msg - 1);
    pyco::board::exit(3);
}

// The exception frame the core pushed (r0-r3, r12, lr, pc, xpsr), the stack pointer and EXC_RETURN. Runs on a
// fresh stack: the fault may have been a stack overflow.
__attribute__((naked)) void HardFault_Handler() {
    __asm__ volatile(
        "mrs r0, msp\n"
        "mov r1, r0\n"
        "mov r2, lr\n"
        "ldr r3, =__stack_top\n"
        "mov sp, r3\n"
        "ldr r3, =fault_report\n"
        "bx r3\n"
        ".ltorg\n");
}

void fault_report(const uint32_t* frame, uint32_t sp, uint32_t exc_return) {
    char buf[160];
    auto bottom = reinterpret_cast<uint32_t>(&__stack_bottom);
    auto top = reinterpret_cast<uint32_t>(&__stack_top);
    bool overflow = sp < bottom + 32 || sp > top;
    int n;
    if (overflow) {
        n = std::snprintf(buf, sizeof buf, "\r\npyco: HardFault: stack overflow (sp=%08lx, stack %08lx-%08lx)\r\n",
                          static_cast<unsigned long>(sp), static_cast<unsigned long>(bottom),
                          static_cast<unsigned long>(top));
    } else {
        n = std::snprintf(buf, sizeof buf, "\r\npyco: HardFault at pc=%08lx lr=%08lx sp=%08lx exc_return=%08lx\r\n",
                          static_cast<unsigned long>(frame[6]), static_cast<unsigned long>(frame[5]),
                          static_cast<unsigned long>(sp), static_cast<unsigned long>(exc_return));
    }
    pyco::board::uart_write(buf, n > 0 && n < int(sizeof buf) ? static_cast<size_t>(n) : 0);
    pyco::board::exit(3);
}

// Bytes of the stack ever used since boot (the painted words that were overwritten).
extern "C" uint32_t mcu_stack_used() {
    const uint32_t* p = &__stack_bottom;
    while (p < &__stack_top && *p == 0x5a5a5a5a) p++;
    return static_cast<uint32_t>(reinterpret_cast<uintptr_t>(&__stack_top) - reinterpret_cast<uintptr_t>(p));
}
