"""Snapshots of key screens: the main screen, help, and clean mode off."""

from __future__ import annotations

from pathlib import Path

from tests.ui.helpers import make_app

SIZE = (120, 40)


async def settle(pilot) -> None:  # type: ignore[no-untyped-def]
    """Wait for the full parse so the status line shows the detected language."""
    await pilot.app.wait_for_article()
    await pilot.pause()


def test_main_screen(snap_compare, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    assert snap_compare(make_app(tmp_path), terminal_size=SIZE, run_before=settle)


def test_help_screen(snap_compare, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    assert snap_compare(make_app(tmp_path), press=["question_mark"], terminal_size=SIZE, run_before=settle)


def test_clean_mode_off(snap_compare, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    app = make_app(tmp_path, "de_hitzewelle.txt", clean=False)
    assert snap_compare(app, terminal_size=SIZE, run_before=settle)


def test_text_size_2(snap_compare, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    assert snap_compare(make_app(tmp_path, text_size=2), terminal_size=SIZE, run_before=settle)


def test_text_size_4(snap_compare, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    assert snap_compare(make_app(tmp_path, "ru_pavodok.txt", text_size=4), terminal_size=SIZE, run_before=settle)


def test_line_focus(snap_compare, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    assert snap_compare(
        make_app(tmp_path),
        press=["right_square_bracket", "right_square_bracket", "f"],
        terminal_size=SIZE,
        run_before=settle,
    )
