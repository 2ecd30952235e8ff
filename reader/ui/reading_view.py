"""Text size, spacing, width and line focus: the keys, the limits, and what is said when they change."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from textual.binding import Binding, BindingType

from reader.ui.article_view import ViewOptions
from reader.ui.bigtext import LEVELS

if TYPE_CHECKING:
    from reader.ui.app import ReaderApp

WIDTH_STEP = 8
MIN_WIDTH, MAX_WIDTH = 24, 200

VIEW_BINDINGS: list[BindingType] = [
    Binding("plus,ctrl+equals_sign,equals_sign", "view('larger')", "Larger text", show=False, id="view.larger"),
    Binding("minus,ctrl+minus", "view('smaller')", "Smaller text", show=False, id="view.smaller"),
    Binding("0,ctrl+0", "view('normal')", "Normal text size", show=False, id="view.normal"),
    Binding("w", "view('narrower')", "Narrower text", show=False, id="view.narrower"),
    Binding("W", "view('wider')", "Wider text", show=False, id="view.wider"),
    Binding("L", "view('spacing')", "Cycle line spacing", show=False, id="view.spacing"),
    Binding("f", "view('focus')", "Line focus on / off", show=False, id="view.focus"),
]
"""Reading-view keys (see KEYS.md)."""


def options_from_settings(app: ReaderApp) -> ViewOptions:
    """The remembered view options, clamped to what the reader supports."""
    settings = app.settings
    return ViewOptions(
        text_size=min(LEVELS, max(1, settings.text_size)),
        line_spacing=min(3, max(1, settings.line_spacing)),
        paragraph_spacing=min(3, max(0, settings.paragraph_spacing)),
        width=min(MAX_WIDTH, max(MIN_WIDTH, settings.width)),
        line_focus=settings.line_focus,
    )


def change_view(app: ReaderApp, command: str, value: int | None = None) -> None:
    """Apply one view command, remember it, and say the new state in words."""
    view = app.article_view
    options = view.options
    if command == "larger":
        options = replace(options, text_size=min(LEVELS, options.text_size + 1))
    elif command == "smaller":
        options = replace(options, text_size=max(1, options.text_size - 1))
    elif command == "normal":
        options = replace(options, text_size=1)
    elif command == "narrower":
        options = replace(options, width=max(MIN_WIDTH, min(options.width, view.text_width) - WIDTH_STEP))
    elif command == "wider":
        options = replace(options, width=min(MAX_WIDTH, options.width + WIDTH_STEP))
    elif command == "spacing":
        options = replace(options, line_spacing=options.line_spacing % 3 + 1)
    elif command == "paragraphs" and value is not None:
        options = replace(options, paragraph_spacing=min(3, max(0, value)))
    elif command == "focus":
        options = replace(options, line_focus=not options.line_focus)
    view.set_options(options)
    settings = app.settings
    settings.text_size, settings.line_spacing = options.text_size, options.line_spacing
    settings.paragraph_spacing, settings.width, settings.line_focus = (
        options.paragraph_spacing,
        options.width,
        options.line_focus,
    )
    app.store.save_settings(settings)
    app.announce(describe_change(command, options, view.text_width))
    if options.text_size > 1 and view.no_large_letters:
        scripts = ", ".join(sorted(view.no_large_letters))
        app.announce(f"No large letters for {scripts}: that text stays at normal size.")


def describe_change(command: str, options: ViewOptions, shown_width: int) -> str:
    """The new state in words: "Text size 3 of 4", "Width 72 columns", "Line focus on"."""
    if command in ("larger", "smaller", "normal"):
        return f"Text size {options.text_size} of {LEVELS}"
    if command in ("narrower", "wider"):
        return f"Width {shown_width} columns"
    if command == "spacing":
        return f"Line spacing {options.line_spacing}"
    if command == "paragraphs":
        return f"Paragraph spacing {options.paragraph_spacing}"
    return f"Line focus {'on' if options.line_focus else 'off'}"
