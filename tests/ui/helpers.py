"""Helpers for Pilot tests: build the app on a sample with settings in a temporary folder."""

from __future__ import annotations

from pathlib import Path

from reader.document.source import load_input
from reader.settings import Store
from reader.speech.fake import FakeNarrator
from reader.ui.app import ReaderApp
from tests.conftest import ARTICLES


def make_app(tmp_path: Path, name: str = "id_banjir_kalsel.txt", **options: object) -> ReaderApp:
    """A ReaderApp on a bundled article, remembering settings under ``tmp_path``; narration is faked."""
    path = ARTICLES / name if not Path(name).is_absolute() else Path(name)
    options.setdefault("narrator_factory", FakeNarrator)
    return ReaderApp(load_input(str(path)), source=path.name, store=Store(tmp_path / "config"), **options)  # type: ignore[arg-type]


def screen_text(app: ReaderApp) -> str:
    """The text on the screen now, row by row (what a sighted user would read)."""
    strips = app.screen._compositor.render_strips()
    return "\n".join(strip.text for strip in strips)
