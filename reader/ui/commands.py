"""Command palette providers: "Go to section…", "Go to photo…", narration and view settings."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from functools import partial
from typing import TYPE_CHECKING

from textual.command import DiscoveryHit, Hit, Hits, Provider
from textual.content import Content

if TYPE_CHECKING:
    from reader.ui.app import ReaderApp


class _ListedCommands(Provider):
    """A fixed list of (title, action) commands; titles may hold article text, shown literally."""

    def commands(self) -> Sequence[tuple[str, Callable[[], object]]]:
        raise NotImplementedError

    @property
    def reader(self) -> ReaderApp:
        return self.app  # type: ignore[return-value]

    async def discover(self) -> Hits:
        for text, action in self.commands():
            yield DiscoveryHit(Content(text), action, text=text)

    async def search(self, query: str) -> Hits:
        matcher = self.matcher(query)
        for text, action in self.commands():
            score = matcher.match(text)
            if score > 0:
                yield Hit(score, _highlight(matcher, text), action, text=text)


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


class GoToProvider(_ListedCommands):
    """Every section and photo caption as a palette command that moves the article there."""

    def commands(self) -> Sequence[tuple[str, Callable[[], object]]]:
        app = self.reader
        found: list[tuple[str, Callable[[], object]]] = []
        for index, section in enumerate(app.article.sections):
            found.append(
                (f"Go to section {index + 1}: {section.title or 'Lead'}", partial(app.go_to, "section", index))
            )
        for index, caption in enumerate(app.article.captions):
            title = caption.title or caption.text[:60]
            found.append((f"Go to photo {index + 1}: {title}", partial(app.go_to, "photo", index)))
        return found


class SpeechProvider(_ListedCommands):
    """Narration settings in the palette: what to read (scope), self-voicing."""

    def commands(self) -> Sequence[tuple[str, Callable[[], object]]]:
        from reader.speech.plan import Scope

        app = self.reader
        return [
            (f"speech: Read {scope.description}", partial(app.set_speech_scope, scope.value)) for scope in Scope
        ] + [
            ("speech: Self-voicing on (speak every change)", partial(app.set_self_voicing, True)),
            ("speech: Self-voicing off", partial(app.set_self_voicing, False)),
        ]


class ViewProvider(_ListedCommands):
    """Reading-view settings without a key of their own: paragraph spacing."""

    def commands(self) -> Sequence[tuple[str, Callable[[], object]]]:
        app = self.reader
        found: list[tuple[str, Callable[[], object]]] = []
        for spacing in range(4):
            found.append((f"view: Paragraph spacing {spacing}", partial(app.set_paragraph_spacing, spacing)))
        return found
