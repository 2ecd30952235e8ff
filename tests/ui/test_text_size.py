"""Text size, spacing, width and line focus: measured on what is drawn."""

from __future__ import annotations

import pathlib
from pathlib import Path

from reader.settings import Store
from reader.ui.app import ReaderApp
from reader.ui.article_view import ArticleView
from reader.ui.bigtext import SCALES, glyph_row, glyphs, has_glyphs
from tests.conftest import ARTICLES
from tests.ui.helpers import make_app, screen_text

SIZE = (120, 40)


async def ready(app: ReaderApp, pilot) -> ArticleView:  # type: ignore[no-untyped-def]
    await app.wait_for_article()
    await pilot.pause()
    return app.query_one(ArticleView)


def block_extent(view: ArticleView, index: int) -> tuple[int, int]:
    """(screen rows, widest row in cells) a block's text takes."""
    layout = view.layout_
    rows = layout.rows(index)
    height = len(rows) * layout.row_heights[index]
    widest = max(end - start for start, end in rows) * layout.scales[index]
    return height, widest


def test_every_letter_of_the_sample_alphabets_has_a_large_glyph() -> None:
    text = "".join(path.read_text(encoding="utf-8") for path in pathlib.Path(ARTICLES).glob("*.txt"))
    greek = "ΑΒΓΔΕΖΗΘΙΚΛΜΝΞΟΠΡΣΤΥΦΧΨΩαβγδεζηθικλμνξοπρσςτυφχψωάέήίόύώϊϋΐΰ"
    latin = "àáâãäåæçèéêëìíîïñòóôõöøùúûüýÿßœşğıİčćšžđăâîșțłńśźżőűĀāĒēĪīŌōŪū"
    cyrillic = "абвгдеёжзийклмнопрстуфхцчшщъыьэюяАБВГДЕЁЖЗИЙКЛМНОПРСТУФХЦЧШЩЪЫЬЭЮЯіїєґђћџљњјѓќѕ"
    missing = sorted({char for char in text + greek + latin + cyrillic if not char.isspace() and char not in glyphs()})
    assert missing == []


def test_a_word_at_level_2_covers_at_least_twice_the_rows_and_columns() -> None:
    word = "Köln"
    normal_rows, normal_cols = 1, len(word)
    for level in (2, 3, 4):
        scale = SCALES[level]
        drawn = ["".join(glyph_row(char, level, row) for char in word) for row in range(scale.rows)]
        inked_rows = [row for row in drawn if row.strip()]
        assert len(drawn) >= 2 * normal_rows and len(inked_rows) >= 2 * normal_rows
        assert len(drawn[0]) >= 2 * normal_cols


def test_unsupported_scripts_fall_back_without_raising() -> None:
    assert not has_glyphs("北京 مرحبا नमस्ते")
    assert glyph_row("北", 3, 4) == glyph_row("?", 3, 4)  # never garbage: the question mark


async def test_plus_makes_text_larger_says_so_and_remembers(tmp_path: Path) -> None:
    app = make_app(tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        view = await ready(app, pilot)
        heading = 0
        normal = block_extent(view, heading)
        await pilot.press("plus")
        assert app.announcements[-1] == "Text size 2 of 4"
        assert "text size 2 of 4" in screen_text(app)
        large = block_extent(view, heading)
        assert large[0] >= 2 * normal[0]
        assert "▐" in screen_text(app) or "▌" in screen_text(app)
        await pilot.press("plus", "plus", "plus")
        assert app.announcements[-1] == "Text size 4 of 4"
        await pilot.press("0")
        assert app.announcements[-1] == "Text size 1 of 4"
        await pilot.press("plus")
    assert Store(tmp_path / "config").load_settings().text_size == 2


async def test_navigation_search_and_highlight_work_at_the_largest_size(tmp_path: Path) -> None:
    app = make_app(tmp_path, text_size=4)
    async with app.run_test(size=SIZE) as pilot:
        view = await ready(app, pilot)
        await pilot.press("right_curly_bracket")
        assert view.document.blocks[view.cursor].text == "Mengapa banjir makin sering terjadi?"
        await pilot.press("slash", *"tikar", "enter")
        assert app.announcements[-1] == "Match 1 of 1"
        assert view.document.blocks[view.cursor].text.startswith("Ratusan pengungsi")
        top = view.layout_.text_top(view.cursor) - round(view.scroll_offset.y)
        assert 0 <= top < view.scrollable_content_region.height  # the match is in view
        await pilot.press("space")
        assert view.spoken is not None and view.spoken[0] == view.cursor


async def test_other_scripts_stay_at_normal_size_with_a_notice(tmp_path: Path) -> None:
    mixed = tmp_path / "mixed.txt"
    mixed.write_text(
        "Berita Dunia\nParagraf pertama dalam bahasa Indonesia yang cukup panjang untuk dibaca.\n"
        "هذه فقرة باللغة العربية داخل المقال وهي طويلة بما يكفي للاختبار.\n",
        encoding="utf-8",
    )
    app = make_app(tmp_path, str(mixed))
    async with app.run_test(size=SIZE) as pilot:
        view = await ready(app, pilot)
        await pilot.press("plus")
        assert view.layout_.scales[2] == 1 and view.layout_.scales[1] == 4
        assert app.announcements[-1] == "No large letters for Arabic: that text stays at normal size."
        await pilot.press("G")
        assert "هذه فقرة" in screen_text(app)


async def test_width_and_line_spacing(tmp_path: Path) -> None:
    app = make_app(tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        view = await ready(app, pilot)
        wide = view.text_width
        await pilot.press("w", "w")
        assert view.text_width == wide - 16 and app.announcements[-1] == f"Width {wide - 16} columns"
        await pilot.press("W")
        assert view.text_width == wide - 8
        rows_before = view.layout_.total()
        await pilot.press("L")
        assert app.announcements[-1] == "Line spacing 2" and view.layout_.total() > rows_before
    settings = Store(tmp_path / "config").load_settings()
    assert (settings.width, settings.line_spacing) == (wide - 8, 2)


async def test_line_focus_dims_everything_but_the_current_block(tmp_path: Path) -> None:
    app = make_app(tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        view = await ready(app, pilot)
        await pilot.press("right_square_bracket", "f")
        assert app.announcements[-1] == "Line focus on"
        dimmed = view._styles["article--dimmed"]
        current = view._text_segments(view.cursor, view.document.blocks[view.cursor], 0, 10)
        other = view._text_segments(view.cursor + 1, view.document.blocks[view.cursor + 1], 0, 10)
        assert dimmed.color is not None
        assert all(segment.style.color != dimmed.color for segment in current if segment.style)
        assert all(segment.style is not None and segment.style.color == dimmed.color for segment in other)
