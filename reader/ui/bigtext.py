"""Large letters drawn with block characters, so text really covers more cells in any terminal.

Glyphs are 8x16 bitmaps (``glyphs.txt``, derived from Terminus Font, OFL 1.1). Levels:
1 ordinary text; 2 quadrant blocks (2x2 pixels a cell: 4x8 cells a letter); 3 half blocks
(1x2 pixels a cell: 8x8 cells, true proportions); 4 half blocks doubled (16x16 cells).
Scripts without glyphs (CJK, Arabic, Devanagari …) stay at ordinary size.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from importlib import resources

LEVELS = 4

_QUADRANTS = " ▘▝▀▖▌▞▛▗▚▐▜▄▙▟█"
"""Index = top-left + 2·top-right + 4·bottom-left + 8·bottom-right."""
_HALVES = " ▀▄█"
"""Index = top + 2·bottom."""


@dataclass(frozen=True)
class Scale:
    """How one text size draws a letter: cells across, cell rows down."""

    level: int
    columns: int  # cells a letter is wide
    rows: int  # cell rows a letter is tall


SCALES = {1: Scale(1, 1, 1), 2: Scale(2, 4, 8), 3: Scale(3, 8, 8), 4: Scale(4, 16, 16)}


@functools.cache
def glyphs() -> dict[str, tuple[int, ...]]:
    """Character -> 16 rows of 8 pixels (bit 7 is the leftmost pixel)."""
    table: dict[str, tuple[int, ...]] = {}
    text = resources.files("reader.ui").joinpath("glyphs.txt").read_text("ascii")
    for line in text.splitlines():
        if line and not line.startswith("#"):
            code, bitmap = line.split(":")
            table[chr(int(code, 16))] = tuple(bytes.fromhex(bitmap))
    return table


def has_glyphs(text: str) -> bool:
    """True when every visible character of the text can be drawn large."""
    table = glyphs()
    return all(char in table or char.isspace() for char in text)


def missing_scripts(text: str) -> set[str]:
    """Names of the scripts in a text that have no large letters (for the notice)."""
    import unicodedata

    table = glyphs()
    names = set()
    for char in text:
        if char not in table and not char.isspace():
            name = unicodedata.name(char, "")
            names.add(name.split(" ")[0].title() if name else "Unknown")
    return names


@functools.cache
def glyph_row(char: str, level: int, row: int) -> str:
    """Cell row ``row`` of a character drawn at a level (a string of ``Scale.columns`` cells)."""
    scale = SCALES[level]
    bitmap = glyphs().get(" " if char.isspace() else char) or glyphs().get("?") or (0,) * 16
    if level == 2:
        top, bottom = bitmap[2 * row], bitmap[2 * row + 1]
        return "".join(
            _QUADRANTS[
                _bit(top, 2 * c) + 2 * _bit(top, 2 * c + 1) + 4 * _bit(bottom, 2 * c) + 8 * _bit(bottom, 2 * c + 1)
            ]
            for c in range(scale.columns)
        )
    if level == 3:
        top, bottom = bitmap[2 * row], bitmap[2 * row + 1]
        return "".join(_HALVES[_bit(top, c) + 2 * _bit(bottom, c)] for c in range(scale.columns))
    # level 4: every pixel two cells wide, two half-rows tall (one cell row per pixel row)
    pixels = bitmap[row]
    return "".join(_HALVES[3 * _bit(pixels, c // 2)] for c in range(scale.columns))


def _bit(byte: int, column: int) -> int:
    """The pixel at a column of a glyph row (0 = leftmost)."""
    return (byte >> (7 - column)) & 1
