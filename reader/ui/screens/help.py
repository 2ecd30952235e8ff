"""Help generated from the bindings, so it cannot drift from what the keys do."""

from __future__ import annotations

from collections.abc import Iterable
from typing import ClassVar

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import VerticalScroll
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import Static


def binding_rows(bindings: Iterable[BindingType], key_display: object) -> list[tuple[str, str]]:
    """(keys, description) for each binding with a description, keys shown as the user types them."""
    rows: list[tuple[str, str]] = []
    for binding in bindings:
        if not isinstance(binding, Binding) or not binding.description:
            continue
        keys = ", ".join(_display(key.strip(), key_display) for key in binding.key.split(","))
        rows.append((keys, binding.description))
    return rows


def _display(key: str, key_display: object) -> str:
    getter = getattr(key_display, "get_key_display", None)
    if getter is None:
        return key
    return str(getter(Binding(key, "")))


class HelpScreen(ModalScreen[None]):
    """Every key, grouped by where it works; Escape, q or ? closes it."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape,q,question_mark,f1", "dismiss", "Close help", id="help.close"),
        Binding("down,j", "scroll_down", "Scroll down", show=False),
        Binding("up,k", "scroll_up", "Scroll up", show=False),
    ]
    """Keys of the help screen itself."""

    DEFAULT_CSS = """
    HelpScreen { align: center middle; }
    HelpScreen > VerticalScroll {
        width: 90%; max-width: 100; height: 90%;
        border: thick $accent; background: $surface; padding: 0 2;
    }
    HelpScreen Static.group { text-style: bold underline; margin-top: 1; }
    """

    def __init__(self, groups: list[tuple[str, list[tuple[str, str]]]]) -> None:
        super().__init__()
        self.groups = groups

    def compose(self) -> ComposeResult:
        with VerticalScroll() as scroll:
            scroll.border_title = "Help — keys (Escape to close)"
            for title, rows in self.groups:
                yield Static(Content(title), classes="group")
                width = max((len(keys) for keys, _ in rows), default=0)
                text = "\n".join(f"{keys.ljust(width)}  {description}" for keys, description in rows)
                yield Static(Content(text))

    def action_dismiss(self) -> None:  # type: ignore[override]
        self.dismiss(None)

    def action_scroll_down(self) -> None:
        self.query_one(VerticalScroll).scroll_down(animate=False)

    def action_scroll_up(self) -> None:
        self.query_one(VerticalScroll).scroll_up(animate=False)
