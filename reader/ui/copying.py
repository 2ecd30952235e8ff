"""Copy keys in the reader: what is copied, where it went, and the confirmation in words."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from reader.citation import CitationStyle, cite_caption, cite_quote
from reader.clipboard import CopyResult, copy
from reader.speech.plan import split_sentences
from reader.ui.blocks import Block

if TYPE_CHECKING:
    from reader.ui.app import ReaderApp


class CopyController:
    """Builds the text for each copy action and copies it off the UI thread."""

    def __init__(self, app: ReaderApp) -> None:
        self.app = app
        self.results: list[tuple[str, CopyResult]] = []

    def style(self) -> CitationStyle:
        settings = self.app.settings
        return CitationStyle(settings.citation_style, settings.citation_source, settings.citation_date)

    def sentence(self) -> tuple[str, str] | None:
        """The sentence being spoken, else the first sentence of the block under the cursor."""
        narration = self.app.narration
        if narration.state != "idle" and 0 <= narration.index < len(narration.plan):
            chunk = narration.plan[narration.index]
            return self.app.article.line(chunk.line).text[chunk.start : chunk.end], "the spoken sentence"
        block = self._block()
        if block is None:
            return None
        spans = split_sentences(block.text)
        start, end = spans[0] if spans else (0, len(block.text))
        return block.text[start:end], "the sentence"

    def paragraph(self) -> tuple[str, str] | None:
        """The paragraph under the cursor; on a photo caption, the caption with its credit."""
        block = self._block()
        if block is None:
            return None
        if block.caption is not None:
            total = len(self.app.article.captions)
            return cite_caption(
                self.app.article.captions[block.caption]
            ), f"photo caption {block.caption + 1} of {total}"
        return block.text, "the paragraph"

    def quote(self, index: int) -> tuple[str, str] | None:
        quotes = self.app.article.quotes
        if not 0 <= index < len(quotes):
            return None
        quote = quotes[index]
        who = f", {quote.speaker}" if quote.speaker else ""
        return cite_quote(self.app.article, quote, self.style()), f"quote {index + 1} of {len(quotes)}{who}"

    def article(self, markdown: bool = False) -> tuple[str, str]:
        from reader.document.export import to_markdown, to_text

        if markdown:
            return to_markdown(self.app.article), "the article as Markdown"
        return to_text(self.app.article), "the article"

    def _block(self) -> Block | None:
        blocks = self.app.document.blocks
        view = self.app.article_view
        return blocks[view.cursor] if blocks else None

    def run(self, what: str, index: int = -1) -> None:
        """Copy one thing (sentence, paragraph, quote, article, markdown) and say where it went."""
        builders: dict[str, Callable[[], tuple[str, str] | None]] = {
            "sentence": self.sentence,
            "paragraph": self.paragraph,
            "article": self.article,
            "markdown": lambda: self.article(markdown=True),
            "quote": lambda: self.quote(index),
        }
        found = builders[what]()
        if found is None:
            self.app.announce("Nothing to copy here.")
            return
        text, description = found
        self.app.run_worker(lambda: self._copy(text, description), thread=True, group="copy")

    def _copy(self, text: str, description: str) -> None:
        """In a worker thread: try the backends, then report on the UI thread."""
        app = self.app

        def to_terminal(payload: str) -> bool:
            app.call_from_thread(app.copy_to_clipboard, payload)
            return True

        result = copy(text, backend=app.settings.clipboard, send_to_terminal=to_terminal, folder=app.store.folder)
        app.call_from_thread(self._report, description, result)

    def _report(self, description: str, result: CopyResult) -> None:
        self.results.append((description, result))
        message = result.describe(description)
        self.app.announce(message)
        narrator = self.app.narration.narrator
        if narrator is not None and self.app.narration.state != "idle":
            narrator.say(message)
