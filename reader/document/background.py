"""Parsing off the caller's thread: in-process for ordinary articles, in a child process for huge ones."""

from __future__ import annotations

import atexit
import json
import subprocess
import sys
import threading
from collections.abc import Callable
from pathlib import PurePosixPath

from reader.document.export import from_structure
from reader.document.input.loading import LoadedText
from reader.document.model import Article
from reader.document.source import parse_loaded

SUBPROCESS_CHARS = 1024 * 1024
"""Articles longer than this are parsed by a child process, so the reader stays responsive."""

_children: set[subprocess.Popen[bytes]] = set()


def stop_background() -> None:
    """End any child process still parsing (the reader is quitting)."""
    for child in list(_children):
        if child.poll() is None:
            child.kill()


atexit.register(stop_background)


def parse_in_background(
    loaded: LoadedText,
    language: str | None,
    done: Callable[[Article | None, str | None], None],
) -> threading.Thread:
    """Parse the whole article on a daemon thread and call ``done(article, error)``.

    The thread never keeps the program alive after the reader quits.
    """

    def run() -> None:
        try:
            if not loaded.hints and sum(len(line) + 1 for line in loaded.lines) > SUBPROCESS_CHARS:
                article = _parse_in_child(loaded.lines, PurePosixPath(loaded.source).name, language)
            else:
                article = parse_loaded(loaded, language=language)
        except Exception as error:  # reported to the user as a notice, never a traceback
            done(None, str(error) or type(error).__name__)
            return
        done(article, None)

    thread = threading.Thread(target=run, name="reader-parse", daemon=True)
    thread.start()
    return thread


def _parse_in_child(lines: tuple[str, ...], source: str, language: str | None) -> Article:
    """Run ``reader --dump json -`` on the text in a child process and rebuild the Article."""
    text = "\n".join(lines).encode("utf-8", "surrogatepass")
    command = [sys.executable, "-m", "reader", "--structure", "--max-size", str(len(text) + 1), "-"]
    if language:
        command[4:4] = ["--language", language]
    child = subprocess.Popen(command, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    _children.add(child)
    try:
        output, errors = child.communicate(text)
    finally:
        _children.discard(child)
    if child.returncode != 0:
        raise RuntimeError(errors.decode("utf-8", "replace").strip() or f"exit status {child.returncode}")
    data = json.loads(output)
    data["source"] = source
    return from_structure(lines, data)
