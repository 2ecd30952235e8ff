"""Side panes (Sections, Photos, Quotes): one base class over an option list."""

from __future__ import annotations

from dataclasses import dataclass
from typing import ClassVar

from textual.binding import Binding, BindingType
from textual.content import Content
from textual.message import Message
from textual.widgets import OptionList
from textual.widgets.option_list import Option

from reader.citation import attribution
from reader.document.model import Article


class NavigationPane(OptionList):
    """A list of places in the article; Enter posts ``Chosen`` with the item's index."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("down,j", "cursor_down", "Next item", show=False, id="pane.next"),
        Binding("up,k", "cursor_up", "Previous item", show=False, id="pane.previous"),
        Binding("home,g", "first", "First item", show=False, id="pane.first"),
        Binding("end,G", "last", "Last item", show=False, id="pane.last"),
    ]
    """List keys; Enter goes to the selected item."""

    TITLE = "Pane"
    KIND = "item"

    @dataclass
    class Chosen(Message):
        """The reader chose an item in a pane (Enter)."""

        pane: NavigationPane
        index: int

        @property
        def control(self) -> NavigationPane:
            return self.pane

    def __init__(self, article: Article, *, id: str | None = None) -> None:
        super().__init__(*self.options_for(article), id=id)
        self.border_title = self.TITLE
        self.count = len(self._options)

    def options_for(self, article: Article) -> list[Option]:
        """The pane's entries for an article (plain text, never parsed as markup)."""
        raise NotImplementedError

    def show_article(self, article: Article) -> None:
        """Replace the entries (the article changed)."""
        highlighted = self.highlighted
        self.clear_options()
        self.add_options(self.options_for(article))
        self.count = self.option_count
        if highlighted is not None and highlighted < self.option_count:
            self.highlighted = highlighted

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        self.post_message(self.Chosen(self, event.option_index))

    def describe(self) -> str:
        """The pane in words, for the status line and speech: "Photos, 10"."""
        return f"{self.TITLE}, {self.count}"


def _plain(text: str) -> Content:
    """Article text as content that is shown literally."""
    return Content(text)


class SectionsPane(NavigationPane):
    """One entry per section; the lead is "Lead"; a gallery shows its photo count."""

    TITLE = "Sections"
    KIND = "section"

    def options_for(self, article: Article) -> list[Option]:
        options = []
        for number, section in enumerate(article.sections, start=1):
            title = section.title or "Lead"
            if section.kind == "gallery":
                photos = len(article.captions_in(section))
                title += f" — photo gallery, {photos} photo{'s' if photos != 1 else ''}"
            options.append(Option(_plain(f"{number}. {title}")))
        return options


class PhotosPane(NavigationPane):
    """Every photo caption: its title (or the start of its text) and its credit."""

    TITLE = "Photos"
    KIND = "photo"

    def options_for(self, article: Article) -> list[Option]:
        options = []
        for number, caption in enumerate(article.captions, start=1):
            title = caption.title or _excerpt(caption.text, 48)
            credit = f"\n   {caption.credit}" if caption.credit else ""
            options.append(Option(_plain(f"{number}. {title}{credit}")))
        return options


class QuotesPane(NavigationPane):
    """Every quote with its speaker; Enter or ``y`` copies the highlighted one, ready to cite."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("y", "select", "Copy this quote with speaker and source", show=False, id="quotes.copy"),
    ]
    """Keys of the Quotes pane (besides the list keys)."""

    TITLE = "Quotes"
    KIND = "quote"

    def options_for(self, article: Article) -> list[Option]:
        options = []
        for number, quote in enumerate(article.quotes, start=1):
            said_by = attribution(quote) if quote.speaker or quote.speaker_role else "speaker not named"
            kind = ", a quoted phrase" if quote.fragment else ""
            options.append(Option(_plain(f"{number}. “{_excerpt(quote.text, 90)}”\n   — {said_by}{kind}")))
        return options


def _excerpt(text: str, limit: int) -> str:
    """The start of a text, cut at a word, with an ellipsis when cut."""
    if len(text) <= limit:
        return text
    return text[:limit].rsplit(" ", 1)[0] + " …"
