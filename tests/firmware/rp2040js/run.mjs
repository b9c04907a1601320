// Runs the RP2040 firmware image under rp2040js (npm rp2040js@1.4.1) with UART0 on stdin/stdout.
// Usage: node run.mjs IMAGE.bin [--rp2040js DIR] [--gpio-log]
//   --rp2040js DIR  where `npm install rp2040js` put its node_modules (default: next to this script)
//   --gpio-log      reports every level change of an output pin on stderr: "gpio N 0|1"
// There is no boot ROM: the image is loaded at 0x10000000 and the core starts in boot2 as the ROM would leave
// it (SP at the top of SRAM, LR 0). The firmware ends the emulator with `bkpt` (r0: the exit status) because this
// script marks the run as emulated in the watchdog's scratch register 7.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const args = process.argv.slice(2);
const option = (name) => {
  const i = args.indexOf(name);
  if (i < 0) return undefined;
  const value = args[i + 1];
  args.splice(i, 2);
  return value;
};
const flag = (name) => {
  const i = args.indexOf(name);
  if (i >= 0) args.splice(i, 1);
  return i >= 0;
};
const here = path.dirname(fileURLToPath(import.meta.url));
const modules = option('--rp2040js') ?? here;
const gpioLog = flag('--gpio-log');
if (args.length !== 1) {
  process.stderr.write('usage: node run.mjs IMAGE.bin [--rp2040js DIR] [--gpio-log]\n');
  process.exit(2);
}
const require = createRequire(path.join(path.resolve(modules), 'node_modules', 'index.js'));
const { Simulator, ConsoleLogger, LogLevel, GPIOPinState } = require('rp2040js');

const image = readFileSync(args[0]);
const sim = new Simulator();
const mcu = sim.rp2040;
mcu.logger = new ConsoleLogger(LogLevel.Error);
mcu.flash.set(image, 0);
mcu.writeUint32(0x40058028, 0x70796365);  // watchdog SCRATCH7: "emulated", see board_rp2040.cpp
mcu.core.SP = 0x20042000;
mcu.core.LR = 0;
mcu.core.PC = 0x10000000;

const uart = mcu.uart[0];
uart.onByte = (byte) => process.stdout.write(Buffer.from([byte]));
// Bytes from stdin wait here until the UART's 32-byte receive FIFO has room (a real UART would drop them).
const pending = [];
const feed = () => {
  while (pending.length && !uart.rxFIFO.full) uart.feedByte(pending.shift());
};
const readData = uart.readUint32.bind(uart);
uart.readUint32 = (offset) => {
  const value = readData(offset);
  if (offset === 0) feed();
  return value;
};
process.stdin.on('data', (chunk) => {
  for (const byte of chunk) pending.push(byte);
  feed();
});
process.stdin.on('end', () => {});
const feeder = setInterval(feed, 2);

if (gpioLog) {
  mcu.gpio.forEach((pin, n) => {
    pin.addListener((state, old) => {
      const level = (s) => (s === GPIOPinState.High ? 1 : s === GPIOPinState.Low ? 0 : -1);
      if (level(state) >= 0 && level(state) !== level(old)) process.stderr.write(`gpio ${n} ${level(state)}\n`);
    });
  });
}

mcu.onBreak = () => {
  sim.stop();
  clearInterval(feeder);
  const status = mcu.core.registers[0];
  process.stdout.write('', () => process.exit(status));
};
sim.execute();
