"""Command palette providers: "Go to section…" and "Go to photo…"."""

from __future__ import annotations

from functools import partial
from typing import TYPE_CHECKING

from textual.command import DiscoveryHit, Hit, Hits, Provider
from textual.content import Content

if TYPE_CHECKING:
    from reader.ui.app import ReaderApp


class GoToProvider(Provider):
    """Every section and photo caption as a palette command that moves the article there."""

    def _targets(self) -> list[tuple[str, str, int]]:
        app: ReaderApp = self.app  # type: ignore[assignment]
        article = app.article
        targets = []
        for index, section in enumerate(article.sections):
            title = section.title or "Lead"
            targets.append((f"Go to section {index + 1}: {title}", "section", index))
        for index, caption in enumerate(article.captions):
            title = caption.title or caption.text[:60]
            targets.append((f"Go to photo {index + 1}: {title}", "photo", index))
        return targets

    async def discover(self) -> Hits:
        app: ReaderApp = self.app  # type: ignore[assignment]
        for text, kind, index in self._targets():
            yield DiscoveryHit(Content(text), partial(app.go_to, kind, index), text=text, help="Move the article there")

    async def search(self, query: str) -> Hits:
        app: ReaderApp = self.app  # type: ignore[assignment]
        matcher = self.matcher(query)
        for text, kind, index in self._targets():
            score = matcher.match(text)
            if score > 0:
                yield Hit(
                    score,
                    _highlight(matcher, text),
                    partial(app.go_to, kind, index),
                    text=text,
                    help="Move the article there",
                )


def _highlight(matcher: object, text: str) -> Content:
    """The matched letters emphasised, the text itself never parsed as markup."""
    content = Content(text)
    fuzzy = getattr(matcher, "fuzzy_search", None)
    query = getattr(matcher, "query", "")
    if fuzzy is None:
        return content
    score, offsets = fuzzy.match(query, text)
    for offset in offsets if score else ():
        content = content.stylize("bold underline", offset, offset + 1)
    return content


class SpeechProvider(Provider):
    """Narration settings in the palette: what to read (scope)."""

    def _commands(self) -> list[tuple[str, str]]:
        from reader.speech.plan import Scope

        return [(f"speech: Read {scope.description}", scope.value) for scope in Scope] + [
            ("speech: Self-voicing on (speak every change)", "voicing:on"),
            ("speech: Self-voicing off", "voicing:off"),
        ]

    def _run(self, value: str) -> None:
        app: ReaderApp = self.app  # type: ignore[assignment]
        if value.startswith("voicing:"):
            app.set_self_voicing(value.endswith("on"))
        else:
            app.set_speech_scope(value)

    async def discover(self) -> Hits:
        for text, value in self._commands():
            yield DiscoveryHit(Content(text), partial(self._run, value), text=text)

    async def search(self, query: str) -> Hits:
        matcher = self.matcher(query)
        for text, value in self._commands():
            score = matcher.match(text)
            if score > 0:
                yield Hit(score, _highlight(matcher, text), partial(self._run, value), text=text)


class ViewProvider(Provider):
    """Reading-view settings without a key of their own: paragraph spacing."""

    async def discover(self) -> Hits:
        app: ReaderApp = self.app  # type: ignore[assignment]
        for spacing in range(4):
            text = f"view: Paragraph spacing {spacing}"
            yield DiscoveryHit(Content(text), partial(app.set_paragraph_spacing, spacing), text=text)

    async def search(self, query: str) -> Hits:
        app: ReaderApp = self.app  # type: ignore[assignment]
        matcher = self.matcher(query)
        for spacing in range(4):
            text = f"view: Paragraph spacing {spacing}"
            score = matcher.match(text)
            if score > 0:
                yield Hit(score, _highlight(matcher, text), partial(app.set_paragraph_spacing, spacing), text=text)
