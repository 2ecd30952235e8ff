"""Real clipboards: OSC 52 bytes written to a real terminal, and an X11 clipboard round trip under Xvfb."""

from __future__ import annotations

import base64
import json
import os
import re
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from reader.citation import cite_quote
from reader.document.source import open_article
from tests.conftest import ARTICLES, ROOT, require_tool
from tests.terminal import TerminalSession

ARTICLE = ARTICLES / "de_hitzewelle.txt"


def expected_citation(number: int) -> str:
    article = open_article(str(ARTICLE))
    return cite_quote(article, article.quotes[number - 1])


def settings_folder(tmp_path: Path, **settings: object) -> Path:
    folder = tmp_path / "config"
    folder.mkdir(exist_ok=True)
    (folder / "settings.json").write_text(json.dumps(settings), encoding="utf-8")
    return folder


def test_terminal_clipboard_gets_the_quote_as_osc52_bytes(tmp_path: Path) -> None:
    folder = settings_folder(tmp_path, clipboard="terminal")
    env = {"READER_CONFIG_DIR": str(folder)}
    env_clear = {key: "" for key in ("DISPLAY", "WAYLAND_DISPLAY")}
    terminal = TerminalSession([sys.executable, "-m", "reader", str(ARTICLE)], env={**env, **env_clear})
    try:
        terminal.wait_for("German")
        terminal.press('"')
        terminal.wait_for("Quotes, 3")
        terminal.press("down")
        terminal.press("enter")
        terminal.wait_for("Sent quote 2 of 3")
        sequences = terminal.wait_for_bytes(re.compile(rb"\x1b\]52;c;([A-Za-z0-9+/=]*)\x07"))
        assert sequences, "no OSC 52 sequence was written to the terminal"
        assert base64.b64decode(sequences[-1]).decode("utf-8") == expected_citation(2)
        terminal.press("q")
        assert terminal.wait_exit() == 0
    finally:
        terminal.close()


@pytest.fixture
def x_display() -> Iterator[str]:
    """A virtual X server with a clipboard tool (skips, or fails in CI, when they are missing)."""
    xvfb = require_tool("Xvfb", "the X11 clipboard round trip needs a virtual X server")
    require_tool("xclip", "the X11 clipboard round trip reads the clipboard back with xclip")
    read_end, write_end = os.pipe()
    server = subprocess.Popen(  # -displayfd: the server picks a free display and writes it once it accepts clients
        [xvfb, "-displayfd", str(write_end), "-screen", "0", "640x480x24", "-nolisten", "tcp"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        pass_fds=(write_end,),
    )
    os.close(write_end)
    try:
        with os.fdopen(read_end) as announced:
            number = announced.readline().strip()
        assert number, "Xvfb did not start"
        yield f":{number}"
    finally:
        server.terminate()
        server.wait(timeout=10)


def read_clipboard(display: str) -> bytes:
    return subprocess.run(
        ["xclip", "-o", "-selection", "clipboard"],
        env={**os.environ, "DISPLAY": display},
        capture_output=True,
        timeout=10,
    ).stdout


def test_cli_copy_round_trips_through_the_x11_clipboard(x_display: str, tmp_path: Path) -> None:
    env = {**os.environ, "DISPLAY": x_display, "READER_CONFIG_DIR": str(tmp_path)}
    env.pop("SSH_CONNECTION", None)
    env.pop("SSH_TTY", None)
    result = subprocess.run(
        [sys.executable, "-m", "reader", "--copy", "quote:1", str(ARTICLE)],
        env=env,
        capture_output=True,
        cwd=ROOT,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    assert result.stderr.decode().strip() == "Copied quote 1 of 3, Jürgen Albrecht to the system clipboard"
    assert read_clipboard(x_display) == expected_citation(1).encode("utf-8")  # „…“ and ü intact, byte for byte


def test_reader_copy_round_trips_through_the_x11_clipboard(x_display: str, tmp_path: Path) -> None:
    folder = settings_folder(tmp_path, clipboard="auto")
    terminal = TerminalSession(
        [sys.executable, "-m", "reader", str(ARTICLE)],
        env={"DISPLAY": x_display, "READER_CONFIG_DIR": str(folder), "SSH_CONNECTION": "", "SSH_TTY": ""},
    )
    try:
        terminal.wait_for("German")
        terminal.press('"')
        terminal.wait_for("Quotes, 3")
        terminal.press("down")
        terminal.press("down")
        terminal.press("enter")
        terminal.wait_for("Copied quote 3 of 3")
        assert read_clipboard(x_display) == expected_citation(3).encode("utf-8")
        screen = terminal.text()
        assert "Error" not in screen and "xclip" not in screen  # nothing from the clipboard tool on the screen
        terminal.press("q")
        assert terminal.wait_exit() == 0
    finally:
        terminal.close()
