"""Text layout for the article view: word wrapping with offsets, and lazy block heights.

Huge articles are laid out lazily: every block starts with an estimated height, and a
block is wrapped exactly only when it is drawn or jumped to. Heights live in a Fenwick
tree, so finding the block at a row and the row of a block stay O(log n).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from rich.cells import cell_len

_TOKEN = re.compile(r"\S+\s*|\s+")


def wrap_offsets(text: str, width: int) -> list[tuple[int, int]]:
    """Greedy word wrap: (start, end) character offsets of each row of at most ``width`` cells.

    Words longer than a row are folded by cells (text in scripts without spaces too).
    Trailing spaces stay on the row they follow and are not counted against the width.
    """
    width = max(1, width)
    if not text:
        return [(0, 0)]
    if text.isascii() and len(text) <= width:
        return [(0, len(text))]
    rows: list[tuple[int, int]] = []
    row_start = 0
    row_cells = 0
    for match in _TOKEN.finditer(text):
        word = match.group().rstrip()
        word_cells = cell_len(word) if not word.isascii() else len(word)
        if row_cells and row_cells + word_cells > width:
            rows.append((row_start, match.start()))
            row_start, row_cells = match.start(), 0
        if word_cells > width:
            row_start, row_cells = _fold(text, match.start(), match.start() + len(word), width, rows)
            row_cells += len(match.group()) - len(word)
            continue
        row_cells += cell_len(match.group()) if not match.group().isascii() else len(match.group())
    rows.append((row_start, len(text)))
    return rows


def _fold(text: str, start: int, end: int, width: int, rows: list[tuple[int, int]]) -> tuple[int, int]:
    """Fold one long word into rows by cells; returns the open row's start and its cells."""
    cells = 0
    row_start = start
    for index in range(start, end):
        char_cells = cell_len(text[index])
        if cells + char_cells > width and index > row_start:
            rows.append((row_start, index))
            row_start, cells = index, 0
        cells += char_cells
    return row_start, cells


class Fenwick:
    """Prefix sums over block heights with O(log n) update, sum and search."""

    def __init__(self, values: list[int]) -> None:
        self.size = len(values)
        self.tree = [0] * (self.size + 1)
        for index, value in enumerate(values, start=1):
            self.tree[index] += value
            parent = index + (index & -index)
            if parent <= self.size:
                self.tree[parent] += self.tree[index]
        self.values = list(values)

    def add(self, index: int, delta: int) -> None:
        """Add ``delta`` to the value at 0-based ``index``."""
        self.values[index] += delta
        position = index + 1
        while position <= self.size:
            self.tree[position] += delta
            position += position & -position

    def prefix(self, count: int) -> int:
        """Sum of the first ``count`` values."""
        total = 0
        while count > 0:
            total += self.tree[count]
            count -= count & -count
        return total

    def total(self) -> int:
        return self.prefix(self.size)

    def find(self, row: int) -> int:
        """The 0-based index whose span contains ``row`` (clamped to the last index)."""
        position = 0
        remaining = row
        step = 1 << self.size.bit_length()
        while step:
            candidate = position + step
            if candidate <= self.size and self.tree[candidate] <= remaining:
                position = candidate
                remaining -= self.tree[candidate]
            step >>= 1
        return min(position, self.size - 1)


class BlockLayout:
    """Rows of every block at one width: estimated first, exact once wrapped.

    A block may be drawn with large letters: ``scales[i]`` cells per letter across, and each
    text row then takes ``row_heights[i]`` screen rows (line spacing included).
    """

    def __init__(
        self,
        texts: list[str],
        gaps: list[int],
        width: int,
        wrap: Callable[[str, int], list[tuple[int, int]]] = wrap_offsets,
        scales: list[int] | None = None,
        row_heights: list[int] | None = None,
    ) -> None:
        self.texts = texts
        self.gaps = gaps
        self.width = max(1, width)
        self.scales = scales or [1] * len(texts)
        self.row_heights = row_heights or [1] * len(texts)
        self._wrap = wrap
        self._rows: dict[int, list[tuple[int, int]]] = {}
        estimates = [
            gap + max(1, -(-len(text) // self.columns(index))) * self.row_heights[index]
            for index, (text, gap) in enumerate(zip(texts, gaps, strict=True))
        ]
        self.heights = Fenwick(estimates)

    def columns(self, index: int) -> int:
        """Letters (or cells, at ordinary size) one text row of this block holds."""
        return max(1, self.width // self.scales[index])

    def __len__(self) -> int:
        return len(self.texts)

    def rows(self, index: int) -> list[tuple[int, int]]:
        """The exact rows of one block (wrapping it now if needed, which may change the total)."""
        rows = self._rows.get(index)
        if rows is None:
            rows = self._wrap(self.texts[index], self.columns(index))
            self._rows[index] = rows
            exact = self.gaps[index] + len(rows) * self.row_heights[index]
            delta = exact - self.heights.values[index]
            if delta:
                self.heights.add(index, delta)
        return rows

    def top(self, index: int) -> int:
        """The first row of a block (its gap included)."""
        return self.heights.prefix(index)

    def text_top(self, index: int) -> int:
        """The first row of a block's text (after its gap)."""
        return self.top(index) + self.gaps[index]

    def total(self) -> int:
        return self.heights.total()

    def locate(self, row: int) -> tuple[int, int]:
        """(block index, row within the block counting the gap) for a virtual row."""
        if not self.texts:
            return (-1, 0)
        index = self.heights.find(row)
        self.rows(index)  # make exact before answering
        index = self.heights.find(row)
        return index, row - self.top(index)
