"""The baseline for the TUI benchmark: a minimal Textual app that only shows the article's text."""

from __future__ import annotations

import sys
from typing import ClassVar

from textual.app import App, ComposeResult
from textual.binding import BindingType
from textual.containers import VerticalScroll
from textual.content import Content
from textual.widgets import Static

SHOWN_CHARS = 20_000
"""The baseline shows the beginning of the text: a Static holding megabytes would not paint at all."""


class MinimalApp(App[None]):
    BINDINGS: ClassVar[list[BindingType]] = [("q", "quit", "Quit")]

    def __init__(self, text: str) -> None:
        super().__init__()
        self.text = text

    def compose(self) -> ComposeResult:
        with VerticalScroll():
            yield Static(Content(self.text))


if __name__ == "__main__":
    with open(sys.argv[1], encoding="utf-8") as source:
        MinimalApp(source.read(SHOWN_CHARS)).run()
