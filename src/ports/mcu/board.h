// The board under the MCU port: the few hardware operations the port needs. Each board (board_qemu.cpp,
// later board_rp2040.cpp) implements them; everything above (console buffering, clocks, the REPL) is shared.
#pragma once
#include <cstddef>
#include <cstdint>

namespace pyco::board {

// Clocks, the console UART (with its receive interrupt) and the 1 ms tick.
void init();
// Blocking console output.
void uart_write(const char* data, size_t n);
// Microseconds since boot (monotonic; 64 bits never wrap).
uint64_t ticks_us();
// Sleeps until the next interrupt (a received byte or the tick).
void wait_for_interrupt();
// Ends the firmware: on QEMU the emulator exits with `status` (semihosting); on hardware the chip resets.
[[noreturn]] void exit(int status);
// The arguments the board was started with ("" when it has no way to get any; QEMU: -append through
// semihosting).
const char* command_line();
// For the REPL's banner.
const char* name();
const char* cpu();

// The CPU clock in Hz, and GPIO for machine.Pin (Port::pin_* semantics: -errno on failure; -19 ENODEV on a
// board without pins).
uint32_t cpu_freq();
int pin_by_name(const char* name);
int pin_configure(int pin, int mode, int pull);
int pin_read(int pin);
int pin_write(int pin, int level);

// Moves received bytes from the UART into the port's buffer while it has room (the board's receive interrupt
// calls it; the port calls it too, with interrupts off, after consuming input). A byte that finds no room stays
// in the UART, so the sender waits instead of losing it.
void uart_poll();

// Implemented by the port, for uart_poll: whether the console buffer has room, and a received byte.
bool console_has_room();
void console_received(uint8_t byte);

}  // namespace pyco::board
