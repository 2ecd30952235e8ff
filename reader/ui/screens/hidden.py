"""What clean mode hides, and why: the engine's reasons, line by line."""

from __future__ import annotations

from typing import ClassVar

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import VerticalScroll
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import Static

from reader.document.export import clutter_summary
from reader.document.model import Line


class HiddenScreen(ModalScreen[None]):
    """A list of hidden lines: line number, kind, reason and the text itself."""

    BINDINGS: ClassVar[list[BindingType]] = [Binding("escape,q,C", "dismiss", "Close", id="hidden.close")]
    """Keys of the hidden-lines list."""

    DEFAULT_CSS = """
    HiddenScreen { align: center middle; }
    HiddenScreen > VerticalScroll {
        width: 90%; max-width: 110; height: 80%;
        border: thick $accent; background: $surface; padding: 0 2;
    }
    """

    def __init__(self, hidden: list[Line]) -> None:
        super().__init__()
        self.hidden = hidden

    def compose(self) -> ComposeResult:
        with VerticalScroll() as scroll:
            scroll.border_title = "What clean mode hides (Escape to close)"
            if not self.hidden:
                yield Static(Content("Clean mode hides nothing in this article."))
                return
            yield Static(Content(f"{len(self.hidden)} hidden lines: {clutter_summary(self.hidden)}.\n"))
            for line in self.hidden:
                yield Static(Content(f"Line {line.number} — {line.role.value}: {line.reason}\n    {line.text}"))

    def action_dismiss(self) -> None:  # type: ignore[override]
        self.dismiss(None)
