#!/usr/bin/env python3
"""The RP2040 image after linking: writes boot2's CRC32 into the .elf (the boot ROM refuses a boot2 whose last 4
bytes are not the CRC of the first 252), then the flat .bin (loaded at 0x10000000) and the .uf2 (what a Pico in
BOOTSEL mode takes as a file copy). --check only verifies an image's CRC and UF2 framing."""
import argparse
import os
import struct
import subprocess
import sys
import tempfile

FLASH_BASE = 0x10000000
UF2_MAGIC0, UF2_MAGIC1, UF2_MAGIC_END = 0x0A324655, 0x9E5D5157, 0x0AB16F30
UF2_FAMILY_ID_PRESENT = 0x00002000
RP2040_FAMILY = 0xE48BFF56
PAYLOAD = 256


def boot2_crc(data):
    """The boot ROM's CRC32: polynomial 0x04C11DB7, bits fed most significant first (not reflected), initial value
    0xFFFFFFFF, no final XOR (CRC-32/MPEG-2). Checked against the boot2 blocks Picos ship with."""
    crc = 0xFFFFFFFF
    for byte in data:
        crc ^= byte << 24
        for _ in range(8):
            crc = ((crc << 1) ^ 0x04C11DB7) & 0xFFFFFFFF if crc & 0x80000000 else (crc << 1) & 0xFFFFFFFF
    return crc


def uf2(image, base=FLASH_BASE):
    """256-byte payloads in 512-byte UF2 blocks, flagged with the RP2040's family id."""
    blocks = [image[i:i + PAYLOAD] for i in range(0, len(image), PAYLOAD)]
    out = bytearray()
    for n, chunk in enumerate(blocks):
        header = struct.pack("<8I", UF2_MAGIC0, UF2_MAGIC1, UF2_FAMILY_ID_PRESENT, base + n * PAYLOAD, PAYLOAD, n,
                             len(blocks), RP2040_FAMILY)
        data = chunk.ljust(476, b"\0")
        out += header + data + struct.pack("<I", UF2_MAGIC_END)
    return bytes(out)


def check(binary, uf2_data):
    if boot2_crc(binary[:252]) != struct.unpack_from("<I", binary, 252)[0]:
        sys.exit("boot2 CRC mismatch")
    if len(uf2_data) % 512 or uf2_data != uf2(binary):
        sys.exit("UF2 does not match the .bin")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("elf")
    ap.add_argument("--objcopy", default="arm-none-eabi-objcopy")
    ap.add_argument("--check", action="store_true")
    a = ap.parse_args()
    # The standard check value of CRC-32/MPEG-2, so that a broken CRC can never pass unnoticed.
    assert boot2_crc(b"123456789") == 0x0376E6E7
    stem = os.path.splitext(a.elf)[0]
    if a.check:
        check(open(stem + ".bin", "rb").read(), open(stem + ".uf2", "rb").read())
        print("boot2 CRC and UF2 OK")
        return
    with tempfile.TemporaryDirectory() as tmp:
        boot2_path = os.path.join(tmp, "boot2.bin")
        subprocess.run([a.objcopy, "-O", "binary", "-j", ".boot2", a.elf, boot2_path], check=True)
        boot2 = open(boot2_path, "rb").read()
        if len(boot2) != 256:
            sys.exit(f"boot2 is {len(boot2)} bytes, not 256")
        boot2 = boot2[:252] + struct.pack("<I", boot2_crc(boot2[:252]))
        open(boot2_path, "wb").write(boot2)
        subprocess.run([a.objcopy, "--update-section", ".boot2=" + boot2_path, a.elf], check=True)
    subprocess.run([a.objcopy, "-O", "binary", a.elf, stem + ".bin"], check=True)
    binary = open(stem + ".bin", "rb").read()
    open(stem + ".uf2", "wb").write(uf2(binary))
    check(binary, open(stem + ".uf2", "rb").read())


if __name__ == "__main__":
    main()
