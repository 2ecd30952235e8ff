"""Wrapping and lazy block layout of the article view."""

from __future__ import annotations

import random

from rich.cells import cell_len

from reader.ui.layout import BlockLayout, Fenwick, wrap_offsets


def rows(text: str, width: int) -> list[str]:
    return [text[start:end] for start, end in wrap_offsets(text, width)]


def test_wrap_keeps_words_whole_and_within_the_width() -> None:
    text = "Seorang pria berjalan di antara reruntuhan gedung-gedung di kawasan al Qaterji."
    wrapped = rows(text, 20)
    assert "".join(wrapped) == text
    assert all(cell_len(row.rstrip()) <= 20 for row in wrapped)
    assert all(not row.startswith(" ") for row in wrapped)


def test_wide_characters_and_long_words_fold_by_cells() -> None:
    text = "北京是中国的首都" * 3
    assert all(cell_len(row) <= 10 for row in rows(text, 10))
    assert "".join(rows(text, 10)) == text
    assert rows("a" * 25, 10) == ["a" * 10, "a" * 10, "a" * 5]


def test_fenwick_prefix_and_find_agree_with_plain_sums() -> None:
    values = [random.Random(7).randint(1, 6) for _ in range(300)]
    tree = Fenwick(values)
    tree.add(10, 3)
    values[10] += 3
    for count in range(0, 301, 17):
        assert tree.prefix(count) == sum(values[:count])
    for row in range(0, sum(values), 13):
        index = tree.find(row)
        assert sum(values[:index]) <= row < sum(values[: index + 1])


def test_block_layout_becomes_exact_where_it_is_drawn() -> None:
    texts = ["word " * 50, "short", "另一个段落" * 20]
    layout = BlockLayout(texts, [0, 1, 1], width=30)
    exact = sum(gap + len(wrap_offsets(text, 30)) for text, gap in zip(texts, [0, 1, 1], strict=True))
    for index in range(len(texts)):
        layout.rows(index)
    assert layout.total() == exact
    index, row = layout.locate(layout.text_top(2))
    assert (index, row) == (2, 1)
