"""Generate reader/ui/glyphs.txt: 8x16 bitmaps for the large-text mode, from Terminus Font console fonts.

Terminus Font (c) 2010 Dimitar Toshkov Zhekov, SIL Open Font License 1.1 (Debian: console-setup-linux,
/usr/share/consolefonts). Run once when the covered characters change:

    python tools/make_glyphs.py [/usr/share/consolefonts]

Each output line is ``XXXX:32 hex digits`` (code point, 16 rows of 8 pixels, top row first).
"""

from __future__ import annotations

import gzip
import struct
import sys
from pathlib import Path

SOURCES = [
    "Uni2-Terminus16.psf.gz",
    "Lat15-Terminus16.psf.gz",
    "Lat2-Terminus16.psf.gz",
    "Lat38-Terminus16.psf.gz",
    "Lat7-Terminus16.psf.gz",
    "FullGreek-Terminus16.psf.gz",
    "FullCyrSlav-Terminus16.psf.gz",
    "FullCyrAsia-Terminus16.psf.gz",
    "Vietnamese-Terminus16.psf.gz",
]
OUT = Path(__file__).resolve().parent.parent / "reader" / "ui" / "glyphs.txt"


def read_psf(path: Path) -> dict[int, bytes]:
    """Code point -> glyph bitmap (16 bytes for 8x16) from a PSF1 or PSF2 console font."""
    data = gzip.decompress(path.read_bytes())
    glyphs: dict[int, bytes] = {}
    if data[:4] == b"\x72\xb5\x4a\x86":
        _, _, header, _flags, count, size, height, width = struct.unpack("<4sIIIIIII", data[:32])
        if (height, width) != (16, 8):
            raise SystemExit(f"{path.name}: {width}x{height}, expected 8x16")
        bitmaps = [data[header + i * size : header + (i + 1) * size] for i in range(count)]
        table = data[header + count * size :]
        for index, entry in enumerate(table.split(b"\xff")[:count]):
            singles = entry.split(b"\xfe")[0]
            for char in singles.decode("utf-8", "ignore"):
                glyphs.setdefault(ord(char), bitmaps[index])
        return glyphs
    if data[:2] == b"\x36\x04":
        mode, size = data[2], data[3]
        count = 512 if mode & 1 else 256
        bitmaps = [data[4 + i * size : 4 + (i + 1) * size] for i in range(count)]
        table = data[4 + count * size :]
        units = struct.unpack(f"<{len(table) // 2}H", table[: len(table) // 2 * 2])
        index = 0
        for unit in units:
            if unit == 0xFFFF:
                index += 1
            elif unit != 0xFFFE and index < count:
                glyphs.setdefault(unit, bitmaps[index])
        return glyphs
    raise SystemExit(f"{path.name}: not a PSF font")


def wanted(code: int) -> bool:
    """Latin (with extensions), Greek, Cyrillic, punctuation, currency: the scripts large text covers."""
    return (
        0x20 <= code < 0x7F
        or 0xA0 <= code < 0x250
        or 0x370 <= code < 0x530
        or 0x1E00 <= code < 0x1F00  # Latin Extended Additional (Vietnamese)
        or 0x2010 <= code < 0x2070
        or 0x20A0 <= code < 0x20C0
        or code in (0x2116, 0x2122)
    )


def main() -> None:
    folder = Path(sys.argv[1] if len(sys.argv) > 1 else "/usr/share/consolefonts")
    glyphs: dict[int, bytes] = {}
    for name in SOURCES:
        for code, bitmap in read_psf(folder / name).items():
            if wanted(code):
                glyphs.setdefault(code, bitmap)
    lines = [f"{code:04X}:{bitmap.hex().upper()}" for code, bitmap in sorted(glyphs.items())]
    header = "# 8x16 glyphs derived from Terminus Font, (c) 2010 Dimitar Toshkov Zhekov, SIL OFL 1.1 (see glyphs-LICENSE.txt)"
    OUT.write_text("\n".join([header, *lines]) + "\n", encoding="ascii")
    print(f"{len(lines)} glyphs written to {OUT}")


if __name__ == "__main__":
    main()
