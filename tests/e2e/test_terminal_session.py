"""The real ``reader`` command in a pseudo-terminal: first paint, keys, and a clean exit."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from tests.conftest import ARTICLES, ROOT
from tests.terminal import RESTORE, TerminalSession


@pytest.fixture
def session(tmp_path: Path):  # type: ignore[no-untyped-def]
    sessions: list[TerminalSession] = []

    def start(*args: str, rows: int = 40, cols: int = 120) -> TerminalSession:
        running = TerminalSession(
            [sys.executable, "-m", "reader", *args], rows=rows, cols=cols, env={"READER_CONFIG_DIR": str(tmp_path)}
        )
        sessions.append(running)
        return running

    yield start
    for running in sessions:
        running.close()


def test_reader_opens_reacts_to_keys_and_restores_the_terminal(session) -> None:  # type: ignore[no-untyped-def]
    terminal = session(str(ARTICLES / "id_banjir_kalsel.txt"))
    terminal.wait_for("Hujan deras yang mengguyur")
    terminal.wait_for("Section 1 of 3")
    screen = terminal.text()
    assert "Sections" in screen and "Photos" in screen and "Section 1 of 3" in screen
    terminal.wait_for("Indonesian")  # the full parse with language detection arrived
    terminal.press("}")
    terminal.wait_for("Section 2 of 3")
    terminal.press("c")
    terminal.wait_for("clean mode off")
    terminal.press("q")
    assert terminal.wait_exit() == 0
    assert RESTORE in bytes(terminal.output)


def test_reader_with_no_file_opens_the_sample_at_80_by_24(session) -> None:  # type: ignore[no-untyped-def]
    terminal = session(rows=24, cols=80)
    terminal.wait_for("Banjir Bandang Rendam")
    terminal.press("q")
    assert terminal.wait_exit() == 0


def test_refused_input_is_one_line_and_no_tui(session, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    binary = tmp_path / "photo.png"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(200))
    terminal = session(str(binary))
    status = terminal.wait_exit()
    assert status == 2
    output = bytes(terminal.output).decode(errors="replace")
    assert "photo.png: is binary (a PNG image), not text" in output and "Traceback" not in output


def test_article_from_a_pipe_still_takes_keys_from_the_terminal(tmp_path: Path) -> None:
    command = f"cat {ARTICLES / 'de_hitzewelle.txt'} | {sys.executable} -m reader -"
    terminal = TerminalSession(["sh", "-c", command], env={"READER_CONFIG_DIR": str(tmp_path)})
    try:
        terminal.wait_for("Seit drei Wochen")
        terminal.wait_for("German")
        terminal.press("}")
        terminal.wait_for("Section 2 of")
        terminal.press("q")
        assert terminal.wait_exit() == 0
    finally:
        terminal.close()


def test_a_saved_web_page_opens_with_its_figures(session) -> None:  # type: ignore[no-untyped-def]
    terminal = session(str(ROOT / "tests" / "fixtures" / "html" / "gallery_article.html"))
    terminal.wait_for("Kabar Harian, Dewi Anggraini, 2025-01-16")
    terminal.wait_for("Perahu menjadi andalan")
    assert "Iklan" not in terminal.text() and "cookie" not in terminal.text()
    terminal.press("q")
    assert terminal.wait_exit() == 0
