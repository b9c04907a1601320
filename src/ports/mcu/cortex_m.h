// Cortex-M core registers shared by every board (ARMv6-M and ARMv7-M: SysTick, NVIC, SCB).
#pragma once
#include <cstdint>

namespace pyco::cortex_m {

inline volatile uint32_t& reg(uintptr_t address) { return *reinterpret_cast<volatile uint32_t*>(address); }

constexpr uintptr_t kSysTickCtrl = 0xE000E010, kSysTickLoad = 0xE000E014, kSysTickVal = 0xE000E018;
constexpr uintptr_t kNvicIser = 0xE000E100;
constexpr uintptr_t kScbAircr = 0xE000ED0C;

inline void enable_irq(int n) { reg(kNvicIser) = 1u << n; }
inline void interrupts_on() { __asm__ volatile("cpsie i" ::: "memory"); }
inline void interrupts_off() { __asm__ volatile("cpsid i" ::: "memory"); }
inline void wfi() { __asm__ volatile("wfi"); }

}  // namespace pyco::cortex_m
