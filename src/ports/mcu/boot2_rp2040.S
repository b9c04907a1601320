/* The RP2040's second-stage boot loader: the 256 bytes at the start of flash that the boot ROM copies to SRAM,
   checks (the last 4 bytes are a CRC32 that tests/firmware/rp2040_image.py writes after linking) and runs. It
   sets the flash interface (XIP SSI) to plain serial 03h reads, which every QSPI flash chip understands, then
   enters the image through its vector table at 0x10000100. Position-independent: the ROM runs it from SRAM,
   rp2040js (which has no boot ROM) from flash. */
    .syntax unified
    .cpu cortex-m0plus
    .thumb
    .section .boot2, "ax"
    .global boot2_entry
    .type boot2_entry, %function
boot2_entry:
    push {lr}
    ldr r3, =0x18000000          /* XIP_SSI */
    movs r1, #0
    str r1, [r3, #0x08]          /* SSIENR: off while configuring */
    movs r1, #4
    str r1, [r3, #0x14]          /* BAUDR: clk_sys / 4 */
    ldr r1, =0x001f0300          /* CTRLR0: 32-bit frames (DFS_32 31), EEPROM-read transfer mode (TMOD 3) */
    str r1, [r3, #0x00]
    movs r1, #0
    str r1, [r3, #0x04]          /* CTRLR1: one frame per transfer */
    ldr r0, =0x180000f4          /* SPI_CTRLR0: command 03h, 8-bit instruction, 24-bit address */
    ldr r1, =0x03000218
    str r1, [r0]
    movs r1, #1
    str r1, [r3, #0x08]          /* SSIENR: on; flash is now memory at 0x10000000 */
    pop {r0}
    cmp r0, #0                   /* called as a function (lr != 0): return to the caller */
    beq 1f
    bx r0
1:  ldr r0, =0x10000100          /* from the ROM: VTOR, stack pointer and reset vector from the image's table */
    ldr r1, =0xe000ed08
    str r0, [r1]
    ldmia r0!, {r1, r2}
    msr msp, r1
    bx r2
    .ltorg
