"""The status line: where the reader is, said in words."""

from __future__ import annotations

from collections.abc import Iterable

from textual.binding import Binding, BindingType
from textual.content import Content
from textual.widgets import Static

from reader.document.model import Article
from reader.document.understanding.vocabulary import language_name
from reader.ui.blocks import Document, minutes_left


def describe_position(article: Article, document: Document, block: int, *, clean: bool | str) -> str:
    """Section k of n, paragraph i of m, percent read, time left, language, clean mode."""
    if not document.blocks:
        return "Empty article"
    current = document.blocks[block]
    sections = len(article.sections)
    parts = [f"Section {current.section + 1} of {sections}" if sections else "No sections"]
    reading = document.reading
    done = sum(1 for index in reading if index <= block)
    if reading:
        parts.append(f"paragraph {max(1, done)} of {len(reading)}")
    total_words = document.words_after[0] or 1
    read = 100 - round(100 * document.words_after[block] / total_words) if block else 0
    parts.append(f"{read}% read")
    parts.append(f"about {minutes_left(document, block)} min left")
    language = language_name(article.language) if article.language != "und" else "language unknown"
    parts.append(language)
    level = clean if isinstance(clean, str) else ("article" if clean else "off")
    if article.is_whole_page:
        parts.append({"article": "article only", "clutter": "clutter hidden", "off": "clean mode off"}[level])
    else:
        parts.append("clean mode off" if level == "off" else "clean mode on")
    return " · ".join(parts)


class StatusLine(Static):
    """One line of state in words (never colour alone); messages replace it briefly."""

    DEFAULT_CSS = """
    StatusLine {
        height: auto;
        max-height: 3;
        background: $panel;
        color: $foreground;
        padding: 0 1;
    }
    """

    def show(self, text: str) -> None:
        """Show a status text literally (article titles may contain brackets)."""
        self.update(Content(text))


def key_hints(app: object, bindings: Iterable[BindingType]) -> str:
    """The most important keys (bindings marked ``show``), as the user types them."""
    getter = getattr(app, "get_key_display", None)
    hints = []
    for binding in bindings:
        if isinstance(binding, Binding) and binding.show and binding.description:
            key = binding.key.split(",")[0]
            shown = str(getter(Binding(key, ""))) if getter else key
            hints.append(f"{shown} {binding.description}")
    return "  ".join(hints)


class KeyBar(Static):
    """The main keys, generated from the bindings, always on the bottom line."""

    DEFAULT_CSS = """
    KeyBar {
        height: auto;
        max-height: 3;
        background: $panel;
        color: $foreground;
        padding: 0 1;
    }
    """

    def __init__(self, hints: str, *, id: str | None = None) -> None:
        super().__init__(Content(hints + "  ^p Palette"), id=id)
