"""Narration in the reader: the keys, the follow-along highlight and the status, over a Narrator."""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import TYPE_CHECKING, ClassVar

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import OptionList
from textual.widgets.option_list import Option

from reader.speech.narrator import Narrator, SpeechEvent
from reader.speech.plan import Chunk, Scope, build_plan
from reader.ui.blocks import Block

if TYPE_CHECKING:
    from reader.ui.app import ReaderApp

RATE_STEP = 10
"""Words per minute added or taken away by one press of ``>`` or ``<``."""

NARRATION_BINDINGS: list[BindingType] = [
    Binding("space", "speech('toggle')", "Play / pause", id="speech.toggle"),
    Binding("x", "speech('stop')", "Stop reading", show=False, id="speech.stop"),
    Binding("full_stop", "speech('next_sentence')", "Next sentence", show=False, id="speech.next_sentence"),
    Binding("comma", "speech('previous_sentence')", "Previous sentence", show=False, id="speech.previous_sentence"),
    Binding("right", "speech('next_paragraph')", "Next paragraph (reading)", show=False, id="speech.next_paragraph"),
    Binding(
        "left",
        "speech('previous_paragraph')",
        "Previous paragraph (reading)",
        show=False,
        id="speech.previous_paragraph",
    ),
    Binding("greater_than_sign", "speech('faster')", "Faster", show=False, id="speech.faster"),
    Binding("less_than_sign", "speech('slower')", "Slower", show=False, id="speech.slower"),
    Binding("r", "speech('from_cursor')", "Read from here", show=False, id="speech.from_cursor"),
    Binding("R", "speech('section')", "Read this section (a gallery: all its photos)", show=False, id="speech.section"),
    Binding("P", "speech('caption')", "Read this photo caption", show=False, id="speech.caption"),
    Binding("v", "speech('voice')", "Choose voice", show=False, id="speech.voice"),
    Binding("l", "speech('back')", "Back to the spoken place", show=False, id="speech.back"),
]
"""Narration keys (see KEYS.md); they work from any pane."""

_NEEDS_READING = frozenset(
    {"stop", "next_sentence", "previous_sentence", "next_paragraph", "previous_paragraph", "back"}
)


class NarrationController:
    """Drives a Narrator for the app and turns its events into highlight, status and notices."""

    def __init__(self, app: ReaderApp, factory: Callable[..., Narrator]) -> None:
        self.app = app
        self.factory = factory
        self.narrator: Narrator | None = None
        self.plan: list[Chunk] = []
        self.index = -1
        self.follow = True
        self.problem: str | None = None
        self.requested = False  # problems are said once the reader asks for speech, not before
        self._said_problem = False
        self._ui_thread = threading.get_ident()

    # --- state -------------------------------------------------------------------------------

    @property
    def state(self) -> str:
        return self.narrator.state if self.narrator else "idle"

    def can(self, command: str) -> bool:
        """Whether a narration command can run now (others are shown disabled)."""
        if command in _NEEDS_READING:
            return self.state != "idle" and bool(self.plan)
        return True

    def status(self) -> str:
        """Narration state in words for the status line, or "" when idle."""
        if self.state == "idle" or not self.plan or self.index < 0:
            return ""
        chunk = self.plan[self.index]
        sections = len(self.app.article.sections)
        paragraphs = sorted({c.line for c in self.plan})
        paragraph = paragraphs.index(chunk.line) + 1 if chunk.line in paragraphs else 0
        word = "Paused" if self.state == "paused" else "Reading"
        rate = self.narrator.rate if self.narrator else 0
        return f"{word} — section {chunk.section + 1}/{sections}, paragraph {paragraph}/{len(paragraphs)}, {rate} wpm"

    # --- commands -----------------------------------------------------------------------------

    def _ensure(self) -> Narrator:
        if self.narrator is None:
            settings = self.app.settings
            self.narrator = self.factory(
                on_event=self._event_from_any_thread, rate=settings.rate, voices=settings.voices
            )
        return self.narrator

    def prewarm(self) -> None:
        """Start the engine and audio device in the background, so the first Space speaks at once."""
        self._ensure()

    def command(self, name: str) -> None:
        """Run one narration command (the keys call this)."""
        self.requested = True
        self._say_problem()
        handler = getattr(self, f"_do_{name}", None)
        if handler is not None:
            handler()

    def _start(self, plan: list[Chunk], index: int = 0) -> None:
        if not plan:
            self.app.announce("Nothing to read here.")
            return
        self.plan = plan
        self.index = index
        self.follow = True
        self._ensure().start(plan, index, self.app.article.language)

    def _plan(self) -> list[Chunk]:
        return build_plan(self.app.article, Scope(self.app.settings.speech_scope))

    def _cursor_line(self) -> int:
        return self.app.article_view.cursor_line

    def _do_toggle(self) -> None:
        if self.state == "idle":
            self._do_from_cursor()
        else:
            self._ensure().toggle()

    def _do_from_cursor(self) -> None:
        plan = self._plan()
        line = self._cursor_line()
        start = next((i for i, chunk in enumerate(plan) if chunk.line >= line), 0)
        self._start(plan, start)

    def _do_section(self) -> None:
        view = self.app.article_view
        blocks = self.app.document.blocks
        section = blocks[view.cursor].section if blocks else 0
        self._start([chunk for chunk in build_plan(self.app.article) if chunk.section == section])

    def _do_caption(self) -> None:
        blocks = self.app.document.blocks
        view = self.app.article_view
        caption = blocks[view.cursor].caption if blocks else None
        if caption is None:
            following = [b.caption for b in blocks[view.cursor :] if b.caption is not None]
            caption = following[0] if following else None
        if caption is None:
            self.app.announce("There is no photo caption here.")
            return
        self._start([chunk for chunk in build_plan(self.app.article, Scope.CAPTIONS) if chunk.caption == caption])

    def _do_stop(self) -> None:
        if self.narrator:
            self.narrator.stop()

    def _do_next_sentence(self) -> None:
        if self.narrator:
            self.narrator.skip(1)

    def _do_previous_sentence(self) -> None:
        if self.narrator:
            self.narrator.skip(-1)

    def _do_next_paragraph(self) -> None:
        line = self.plan[self.index].line
        target = next((i for i in range(self.index, len(self.plan)) if self.plan[i].line != line), None)
        if target is None or self.narrator is None:
            self.app.bell()
            return
        self.narrator.seek(target)

    def _do_previous_paragraph(self) -> None:
        line = self.plan[self.index].line
        first_here = next(i for i in range(self.index, -1, -1) if i == 0 or self.plan[i - 1].line != line)
        if (first_here == 0 and self.index == 0) or self.narrator is None:
            self.app.bell()
            return
        if first_here < self.index:
            self.narrator.seek(first_here)  # back to the start of this paragraph first
            return
        previous_line = self.plan[first_here - 1].line
        start = next(i for i in range(first_here - 1, -1, -1) if i == 0 or self.plan[i - 1].line != previous_line)
        self.narrator.seek(start)

    def _change_rate(self, step: int) -> None:
        narrator = self._ensure()
        narrator.set_rate(narrator.rate + step)
        if self.state == "playing":
            narrator.say(str(narrator.rate))  # the new rate, spoken in the article's voice
        self.app.settings.rate = narrator.rate
        self.app.store.save_settings(self.app.settings)
        self.app.announce(f"Rate {narrator.rate} words per minute")
        self.app.refresh_status()

    def _do_faster(self) -> None:
        self._change_rate(RATE_STEP)

    def _do_slower(self) -> None:
        self._change_rate(-RATE_STEP)

    def _do_back(self) -> None:
        self.follow = True
        self._show_spoken()

    def _do_voice(self) -> None:
        narrator = self._ensure()
        voices = getattr(narrator, "voices_for_language", None)
        if voices is None:
            self.app.announce("Voices are not available.")
            return
        language = self.app.article.language
        choices = voices(language)
        if not choices:
            self.app.announce("There is no voice for this language; the default voice reads it.")
            return

        def chosen(voice_id: str | None) -> None:
            if voice_id:
                narrator.set_voice(language, voice_id)
                self.app.settings.voices[language] = voice_id
                self.app.store.save_settings(self.app.settings)
                name = next((name for vid, name in choices if vid == voice_id), voice_id)
                self.app.announce(f"Voice: {name}")

        self.app.push_screen(VoiceScreen(choices), chosen)

    # --- events -------------------------------------------------------------------------------

    def _event_from_any_thread(self, event: SpeechEvent) -> None:
        if threading.get_ident() == self._ui_thread:
            self.handle(event)
        else:
            self.app.call_from_thread(self.handle, event)

    def handle(self, event: SpeechEvent) -> None:
        """Update the highlight, status and notices for one narrator event (UI thread)."""
        if event.kind == "problem":
            if event.message != self.problem:
                self.problem = event.message
                self._said_problem = False
            self._say_problem()
        elif event.kind == "started":
            self.index = event.index
            self._highlight(event.index, None)
        elif event.kind == "word" and event.index == self.index:
            self._highlight(event.index, (event.start, event.end))
        elif event.kind in ("stopped", "finished"):
            self.app.article_view.set_spoken(None)
            if event.kind == "finished":
                self.app.announce("Finished reading.")
        elif event.kind == "paused":
            self.app.announce("Paused")
        elif event.kind == "resumed":
            self.app.announce("Reading")
        self.app.refresh_status()

    def feedback(self, message: str) -> None:
        """Self-voicing: speak a state change when the reader turned it on (it never starts reading)."""
        if self.app.settings.speak_feedback:
            self._ensure().announce(message)

    def _say_problem(self) -> None:
        if self.problem and self.requested and not self._said_problem:
            self._said_problem = True
            self.app.announce(f"Speech: {self.problem}")

    def _highlight(self, index: int, word: tuple[int, int] | None) -> None:
        if not 0 <= index < len(self.plan):
            return
        chunk = self.plan[index]
        view = self.app.article_view
        block = self.app.document.block_of_line(chunk.line)
        if not self.app.document.blocks or self.app.document.blocks[block].line != chunk.line:
            view.set_spoken(None)
            return
        view.set_spoken((block, chunk.start, chunk.end, word))
        if self.follow:
            self._show_spoken()

    def _show_spoken(self) -> None:
        view = self.app.article_view
        if view.spoken is not None and view.spoken[0] != view.cursor:
            view.move_to_block(view.spoken[0], by_narration=True)

    def summary(self) -> str:
        """What a listener hears on opening: title, language, size, time, and how to start."""
        from reader.document.export import stats
        from reader.document.understanding.vocabulary import language_name

        article = self.app.article
        numbers = stats(article)
        language = language_name(article.language) if article.language != "und" else "language unknown"
        photos = f", {numbers.photos} photos" if numbers.photos else ""
        sections = f"{numbers.sections} section{'s' if numbers.sections != 1 else ''}"
        return (
            f"Article: {article.title or self.app.source}, {language}, {sections}{photos}, "
            f"about {numbers.listening_minutes} minutes. Space to listen."
        )

    def jumped(self, kind: str, block: Block) -> None:
        """A section or photo jump: the narration goes along when reading; self-voicing says where."""
        article = self.app.article
        self.jump_to_line(block.line)
        if kind == "photo" and block.caption is not None:
            caption = article.captions[block.caption]
            self.feedback(f"Photo {block.caption + 1}: {caption.title or caption.text}")
        elif kind == "section":
            section = article.sections[block.section]
            gallery = (
                f", photo gallery, {len(article.captions_in(section))} photos" if section.kind == "gallery" else ""
            )
            self.feedback(f"Section {block.section + 1} of {len(article.sections)}{gallery}")

    def jump_to_line(self, line: int) -> None:
        """While reading, a section or photo jump takes the narration there too (and it follows again)."""
        if self.state != "playing" or self.narrator is None:
            return
        target = next((i for i, chunk in enumerate(self.plan) if chunk.line >= line), None)
        if target is not None:
            self.follow = True
            self.narrator.seek(target)

    def user_moved(self) -> None:
        """The reader moved the cursor away from the spoken place: stop following until ``l``."""
        if self.state != "idle":
            self.follow = False

    def close(self) -> None:
        if self.narrator is not None:
            self.narrator.close()


class VoiceScreen(ModalScreen[str | None]):
    """Choose a voice among those of the article's language."""

    BINDINGS: ClassVar[list[BindingType]] = [Binding("escape", "cancel", "Cancel", id="voice.cancel")]
    """Keys of the voice list."""

    DEFAULT_CSS = """
    VoiceScreen { align: center middle; }
    VoiceScreen > OptionList { width: 60; max-height: 20; border: thick $accent; }
    """

    def __init__(self, voices: list[tuple[str, str]]) -> None:
        super().__init__()
        self.voices = voices

    def compose(self) -> ComposeResult:
        options = OptionList(*(Option(Content(f"{name} ({voice_id})"), id=voice_id) for voice_id, name in self.voices))
        options.border_title = "Choose a voice (Enter)"
        yield options

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        self.dismiss(event.option.id)

    def action_cancel(self) -> None:
        self.dismiss(None)
