"""Pilot tests: what a keyboard-only reader sees and gets, key by key."""

from __future__ import annotations

from pathlib import Path

import pytest

from reader.settings import Store
from reader.ui.app import ReaderApp
from reader.ui.article_view import ArticleView
from reader.ui.panes import NavigationPane
from reader.ui.screens.help import HelpScreen
from reader.ui.screens.hidden import HiddenScreen
from tests.ui.helpers import make_app, screen_text

SIZE = (120, 40)


async def ready(app: ReaderApp, pilot: object) -> None:
    """Wait for the full parse (language detection) and the screen to settle."""
    await app.wait_for_article()
    await pilot.pause()  # type: ignore[attr-defined]


async def test_first_screen_shows_sections_article_and_photos(tmp_path: Path) -> None:
    app = make_app(tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await ready(app, pilot)
        text = screen_text(app)
        assert "Sections" in text and "Photos" in text
        assert "3. Banjir dalam gambar — photo" in text and "gallery, 4 photos" in text
        assert "Hujan deras yang mengguyur" in text  # the first paragraph
        assert "1. Perahu menjadi andalan" in text and "Foto: Antara/Bayu Pratama" in text
        assert "Iklan" not in text  # clean mode hides the ad label
        assert isinstance(app.focused, ArticleView)
        assert "Section 1 of 3" in text and "Indonesian" in text and "clean mode on" in text


async def test_lead_section_without_title_is_called_lead(tmp_path: Path) -> None:
    app = make_app(tmp_path, "fr_vendanges.txt")
    async with app.run_test(size=SIZE) as pilot:
        await ready(app, pilot)
        assert "1. Lead" in screen_text(app)


async def test_next_section_and_photo_keys_move_the_article(tmp_path: Path) -> None:
    app = make_app(tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await ready(app, pilot)
        view = app.query_one(ArticleView)
        await pilot.press("right_curly_bracket")
        assert view.document.blocks[view.cursor].text == "Mengapa banjir makin sering terjadi?"
        assert "Section 2 of 3" in screen_text(app)
        await pilot.press("right_parenthesis")
        block = view.document.blocks[view.cursor]
        assert block.caption == 0 and block.text == "Perahu menjadi andalan"
        assert "Photo 1 of 4: Perahu menjadi andalan" in screen_text(app)
        await pilot.press("left_curly_bracket")  # back to the start of the current section
        assert view.document.blocks[view.cursor].text == "Banjir dalam gambar"
        await pilot.press("left_curly_bracket")
        assert view.document.blocks[view.cursor].text == "Mengapa banjir makin sering terjadi?"


async def test_paragraph_keys_and_top_end(tmp_path: Path) -> None:
    app = make_app(tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await ready(app, pilot)
        view = app.query_one(ArticleView)
        await pilot.press("right_square_bracket", "right_square_bracket")
        assert view.document.blocks[view.cursor].text.startswith("Badan Penanggulangan")
        assert "paragraph 2 of 12" in screen_text(app)
        await pilot.press("G")
        assert view.cursor == len(view.document.blocks) - 1
        assert "Petugas memantau ketinggian air" in screen_text(app)
        await pilot.press("g")
        assert view.cursor == 0 and view.scroll_offset.y == 0


async def test_tab_and_f6_move_between_panes_and_focus_is_visible(tmp_path: Path) -> None:
    app = make_app(tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await ready(app, pilot)
        focused = []
        for key in ("tab", "tab", "f6"):
            await pilot.press(key)
            focused.append(app.focused.id if app.focused else None)
        assert len(set(focused)) == 3
        assert app.focused is not None and app.focused.styles.border_top[0] == "double"


async def test_choosing_a_section_and_a_photo_in_their_panes(tmp_path: Path) -> None:
    app = make_app(tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await ready(app, pilot)
        view = app.query_one(ArticleView)
        await pilot.press("s")
        assert app.focused is not None and app.focused.id == "sections"
        assert app.announcements[-1] == "Sections, 3"
        await pilot.press("down", "down", "enter")
        assert app.focused is view
        assert view.document.blocks[view.cursor].text == "Banjir dalam gambar"
        await pilot.press("p", "down", "down", "enter")
        assert view.document.blocks[view.cursor].text == "Sekolah diliburkan"


async def test_quotes_list_is_one_key_away(tmp_path: Path) -> None:
    app = make_app(tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await ready(app, pilot)
        await pilot.press("quotation_mark")
        assert app.focused is not None and app.focused.id == "quotes"
        assert app.announcements[-1] == "Quotes, 3"
        text = screen_text(app)
        assert "— Rahmat Hidayat" in text and "— Siti Aminah" in text
        await pilot.press("down")
        assert app.query_one("#quotes", NavigationPane).highlighted == 1


async def test_quotes_asked_for_before_they_are_found_are_said_when_found(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import reader.document.background as background

    held: list[object] = []
    real = background.parse_in_background
    monkeypatch.setattr(background, "parse_in_background", lambda *args: held.append(args))
    app = make_app(tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await pilot.press("quotation_mark")
        assert app.focused is not None and app.focused.id == "quotes"
        assert app.announcements[-1] == "Quotes: still finding them; the list follows in a moment."
        assert held, "the full parse was not started"
        real(*held[0])  # type: ignore[misc]
        await app.wait_for_article()
        await pilot.pause()
        assert app.announcements[-1] == "Quotes, 3"
        assert "— Rahmat Hidayat" in screen_text(app)
        assert app.query_one("#quotes", NavigationPane).highlighted == 0


async def test_clean_mode_toggle_says_what_changed_and_marks_hidden_lines(tmp_path: Path) -> None:
    app = make_app(tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await ready(app, pilot)
        await pilot.press("c")
        assert app.announcements[-1] == (
            "Clean mode off: showing 4 hidden lines — 1 ad label, 1 related link, 2 video lines."
        )
        text = screen_text(app)
        assert "Hidden (ad label 'Iklan'): Iklan" in text and "clean mode off" in text
        await pilot.press("c")
        assert app.announcements[-1].startswith("Clean mode on: hiding 4 lines")
        assert "Iklan" not in screen_text(app)


async def test_no_clean_starts_with_clutter_shown(tmp_path: Path) -> None:
    app = make_app(tmp_path, clean=False)
    async with app.run_test(size=SIZE) as pilot:
        await ready(app, pilot)
        assert "Hidden (ad label 'Iklan'): Iklan" in screen_text(app)


async def test_hidden_lines_list_gives_reasons(tmp_path: Path) -> None:
    app = make_app(tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await ready(app, pilot)
        await pilot.press("C")
        assert isinstance(app.screen, HiddenScreen)
        text = screen_text(app)
        assert "Line 3 — ad: ad label 'Iklan'" in text
        assert "Line 9 — video: a media duration '02:17'" in text
        await pilot.press("escape")
        assert not isinstance(app.screen, HiddenScreen)


async def test_search_counts_matches_and_n_moves_between_them(tmp_path: Path) -> None:
    app = make_app(tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await ready(app, pilot)
        await pilot.press("slash")
        assert app.focused is not None and app.focused.id == "search"
        await pilot.press(*"banjir", "enter")
        view = app.query_one(ArticleView)
        total = len(view.matches)
        assert total >= 4
        assert app.announcements[-1] == f"Match 1 of {total}"
        await pilot.press("n")
        assert app.announcements[-1] == f"Match 2 of {total}"
        assert f"match 2 of {total}" in screen_text(app)
        await pilot.press("N", "N")
        assert app.announcements[-1] == f"Match {total} of {total}"


async def test_help_is_generated_from_the_bindings(tmp_path: Path) -> None:
    app = make_app(tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await ready(app, pilot)
        await pilot.press("question_mark")
        assert isinstance(app.screen, HelpScreen)
        assert "Help — keys" in screen_text(app) and "Quit" in screen_text(app)
        listed = {description for _, rows in app.screen.groups for _, description in rows}
        for binding in [*ReaderApp.BINDINGS, *ArticleView.BINDINGS, *NavigationPane.BINDINGS]:
            assert binding.description in listed, binding.description  # type: ignore[union-attr]
        await pilot.press("escape")
        await pilot.press("f1")
        assert isinstance(app.screen, HelpScreen)


async def test_theme_key_cycles_accessibility_themes_and_is_remembered(tmp_path: Path) -> None:
    app = make_app(tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await ready(app, pilot)
        assert app.theme == "reader-high-contrast-dark"
        await pilot.press("t")
        assert app.theme == "reader-high-contrast-light"
        await pilot.press("t")
        assert app.theme == "reader-yellow-on-black"
        assert app.announcements[-1] == "Theme: yellow on black"
    assert Store(tmp_path / "config").load_settings().theme == "reader-yellow-on-black"


async def test_reopening_resumes_where_the_reader_left_off(tmp_path: Path) -> None:
    app = make_app(tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await ready(app, pilot)
        await pilot.press("right_curly_bracket", "right_curly_bracket", "right_parenthesis")
        await pilot.press("q")
    again = make_app(tmp_path)
    async with again.run_test(size=SIZE) as pilot:
        await ready(again, pilot)
        view = again.query_one(ArticleView)
        assert view.document.blocks[view.cursor].text == "Perahu menjadi andalan"
        assert "Resuming at section 3, photo 1." in again.announcements


async def test_narrow_terminal_hides_side_panes_and_b_brings_them_back(tmp_path: Path) -> None:
    app = make_app(tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await ready(app, pilot)
        assert not app.query_one("#side").display
        assert "Hujan deras" in screen_text(app)
        await pilot.press("b")
        assert app.query_one("#side").display
        assert "Sections" in screen_text(app)


async def test_markup_and_escapes_in_article_text_are_shown_literally(tmp_path: Path) -> None:
    nasty = tmp_path / "nasty.txt"
    nasty.write_bytes(
        b"Judul [bold]Tebal[/bold]\n"
        b"Teks dengan [@click=app.quit]tautan[/] dan [/] serta [red]merah[/red] \x1b[31mwarna\x1b[0m tetap apa adanya.\n"
    )
    app = make_app(tmp_path, str(nasty))
    async with app.run_test(size=SIZE) as pilot:
        await ready(app, pilot)
        text = screen_text(app)
        assert "Judul [bold]Tebal[/bold]" in text
        assert "[@click=app.quit]tautan[/] dan [/] serta" in text
        assert "[red]merah[/red] warna" in text
        assert app.is_running


async def test_empty_article_is_an_empty_view_with_a_notice(tmp_path: Path) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"\n   \n")
    app = make_app(tmp_path, str(empty))
    async with app.run_test(size=SIZE) as pilot:
        await ready(app, pilot)
        assert "This article is empty: there is nothing to read." in app.announcements
        assert "Empty article" in screen_text(app)


async def test_corrupt_settings_are_set_aside_with_a_notice(tmp_path: Path) -> None:
    folder = tmp_path / "config"
    folder.mkdir()
    (folder / "settings.json").write_text("{not json")
    app = make_app(tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await ready(app, pilot)
        assert any("damaged" in notice for notice in app.announcements)
    assert list(folder.glob("settings.json.corrupt-*"))


async def test_command_palette_goes_to_a_section_and_a_photo(tmp_path: Path) -> None:
    app = make_app(tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await ready(app, pilot)
        view = app.query_one(ArticleView)
        await pilot.press("ctrl+p")
        await pilot.press(*"photo 3")
        await pilot.pause(0.3)
        await pilot.press("enter")
        await pilot.pause()
        assert view.document.blocks[view.cursor].text == "Sekolah diliburkan"
        await pilot.press("ctrl+p", *"section 2", "enter")
        await pilot.pause(0.3)
        await pilot.press("enter")
        await pilot.pause()
        assert view.document.blocks[view.cursor].text == "Mengapa banjir makin sering terjadi?"


async def test_keys_are_remapped_from_settings(tmp_path: Path) -> None:
    from reader.settings import Settings

    Store(tmp_path / "config").save_settings(Settings(keymap={"article.next_section": "x"}))
    app = make_app(tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await ready(app, pilot)
        view = app.query_one(ArticleView)
        await pilot.press("x")
        assert view.document.blocks[view.cursor].text == "Mengapa banjir makin sering terjadi?"


async def test_terminal_cursor_sits_on_the_current_block_for_screen_readers(tmp_path: Path) -> None:
    app = make_app(tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await ready(app, pilot)
        await pilot.press("right_square_bracket", "right_square_bracket")
        view = app.query_one(ArticleView)
        region = view.scrollable_content_region
        row = app.cursor_position.y - region.y
        text = screen_text(app).splitlines()[app.cursor_position.y]
        assert 0 <= row < region.height
        assert "Badan Penanggulangan Bencana" in text


def test_no_color_is_respected(tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setenv("NO_COLOR", "1")
    assert make_app(tmp_path).no_color


async def test_a_whole_page_paste_opens_on_the_article_and_c_steps_down(tmp_path: Path) -> None:
    from tests.conftest import ROOT

    app = make_app(tmp_path, str(ROOT / "bench" / "pages" / "en_classic_1.txt"))
    async with app.run_test(size=SIZE) as pilot:
        await ready(app, pilot)
        furniture = [a for a in app.announcements if a.startswith("Showing the article:")]
        assert furniture and "lines of page furniture hidden" in furniture[0]
        text = screen_text(app)
        assert "article only" in text and "We use cookies" not in text and "Accept all" not in text
        assert "Divers race to save a coral reef" in text
        await pilot.press("c")
        assert app.announcements[-1].startswith("Clean mode: clutter only — showing")
        assert "clutter hidden" in screen_text(app)
        await pilot.press("c")
        assert app.announcements[-1].startswith("Clean mode off: showing all")
        await pilot.press("c")
        assert app.announcements[-1].startswith("Showing the article:")


async def test_a_position_save_or_a_status_update_while_help_is_open_does_not_fail(tmp_path: Path) -> None:
    app = make_app(tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await ready(app, pilot)
        await pilot.press("j")
        await pilot.press("question_mark")
        assert isinstance(app.screen, HelpScreen)
        app.save_position()  # what the position timer does, with help on top
        app.refresh_status()
        await pilot.press("escape")
        assert app.article_view.has_focus or app.focused is not None
