#!/usr/bin/env python3
"""The firmware's budgets, printed after every link: flash (text: code and constants, plus .data's initial
values), static RAM (.data + .bss, without the stack and malloc's region), and the RAM the build reserves for the
stack, the start-up objects and the program's heap. Fails (status 1) when text or static RAM is over budget."""
import argparse
import subprocess
import sys


def sections(size_tool, elf):
    out = subprocess.run([size_tool, "-A", elf], check=True, capture_output=True, text=True).stdout
    result = {}
    for line in out.splitlines():
        parts = line.split()
        if len(parts) >= 3 and parts[0].startswith(".") and parts[1].isdigit():
            result[parts[0]] = int(parts[1])
    return result


def parts(map_path):
    """Flash (code and constants) per part of the source tree, from the linker map: input sections placed in
    .text, summed by src/ directory (compile, vm, objects, modules, repl, ports) or library."""
    import collections
    import re
    sizes = collections.Counter()
    text = open(map_path, errors="replace").read()
    start, end = text.find("\n.text"), text.find("\n.ARM.exidx")
    for m in re.finditer(r"^ \S*\s*0x([0-9a-f]+)\s+0x([0-9a-f]+)\s+(\S+)$", text[start:end], re.M):
        obj = m.group(3)
        d = re.search(r"/src/([a-z_]+)/", obj)
        lib = re.search(r"lib([a-z_+]+)\.a\(", obj)
        key = d.group(1) if d else ("lib" + lib.group(1) if lib else "other")
        sizes[key] += int(m.group(2), 16)
    return sizes


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("elf")
    ap.add_argument("--size", default="arm-none-eabi-size")
    ap.add_argument("--max-text", type=int, required=True)
    ap.add_argument("--max-static-ram", type=int, required=True)
    ap.add_argument("--heap", type=int, required=True)
    ap.add_argument("--startup-reserve", type=int, required=True)
    ap.add_argument("--stack", type=int, required=True)
    ap.add_argument("--ram", type=int, help="the board's RAM in bytes")
    ap.add_argument("--map", help="the linker map, for flash use per part")
    ap.add_argument("--report-only", action="store_true", help="print, but exit 0 even when over budget")
    ap.add_argument("--text-ceiling", type=int, default=0,
                    help="while text is over its budget, fail only above this ceiling (a ratchet: the gap may "
                         "shrink, never grow); 0: the budget itself")
    a = ap.parse_args()
    s = sections(a.size, a.elf)
    text = sum(s.get(n, 0) for n in (".text", ".ARM.exidx", ".init_array"))
    data, bss = s.get(".data", 0), s.get(".bss", 0)
    flash = text + data
    static_ram = data + bss
    k = lambda n: f"{n / 1024:.1f} KB"
    print(f"firmware {a.elf.rsplit('/', 1)[-1]}:")
    print(f"  text   {text:8d}  {k(text):>9}  (budget {k(a.max_text)})  {'OK' if text <= a.max_text else 'OVER BUDGET'}")
    print(f"  data   {data:8d}  {k(data):>9}")
    print(f"  bss    {bss:8d}  {k(bss):>9}")
    print(f"  static RAM (data+bss) {static_ram} = {k(static_ram)} (budget {k(a.max_static_ram)})  "
          f"{'OK' if static_ram <= a.max_static_ram else 'OVER BUDGET'}")
    print(f"  flash used {k(flash)}; stack {k(a.stack)}; program heap {k(a.heap)}; "
          f"start-up objects reserve {k(a.startup_reserve)} (measured at boot: tests/firmware/run_qemu.py --memory)")
    if a.ram:
        print(f"  board RAM {k(a.ram)} (a Raspberry Pi Pico has 264 KB)")
    if a.map:
        print("  flash per part: " + ", ".join("%s %s" % (name, k(n)) for name, n in parts(a.map).most_common()))
    text_ok = text <= a.max_text
    if not text_ok and a.text_ceiling:
        print(f"  text is {k(text - a.max_text)} over its budget; the ratchet ceiling is {k(a.text_ceiling)}: "
              f"{'holds' if text <= a.text_ceiling else 'EXCEEDED'}")
        text_ok = text <= a.text_ceiling
    ok = text_ok and static_ram <= a.max_static_ram
    if not ok:
        print("firmware budget exceeded", file=sys.stderr)
    return 0 if ok or a.report_only else 1


if __name__ == "__main__":
    sys.exit(main())
