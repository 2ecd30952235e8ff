"""ReaderApp: bindings, themes, panes and the article view, wired together."""

from __future__ import annotations

import asyncio
import sys
from collections.abc import Callable
from dataclasses import replace
from typing import TYPE_CHECKING, ClassVar

from textual.app import App, ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical
from textual.content import Content
from textual.screen import Screen
from textual.widgets import Input, Static

from reader.document.export import clutter_summary
from reader.document.input.loading import LoadedText
from reader.document.model import Article
from reader.document.source import parse_loaded
from reader.settings import Settings, Store, content_key
from reader.ui.article_view import ArticleView
from reader.ui.blocks import Document, build_document
from reader.ui.commands import GoToProvider, SpeechProvider, ViewProvider
from reader.ui.copying import CopyController
from reader.ui.narration import NARRATION_BINDINGS, NarrationController
from reader.ui.panes import NavigationPane, PhotosPane, QuotesPane, SectionsPane
from reader.ui.reading_view import VIEW_BINDINGS, change_view, options_from_settings
from reader.ui.screens.help import HelpScreen, binding_rows
from reader.ui.screens.hidden import HiddenScreen
from reader.ui.status import KeyBar, StatusLine, describe_position, key_hints
from reader.ui.themes import ACCESSIBILITY_THEME_NAMES, ACCESSIBILITY_THEMES, offered_themes

if TYPE_CHECKING:
    from reader.speech.narrator import Narrator

FAST_PARSE_CHARS = 24 * 1024
"""Above this much text, the first screen shows a quickly parsed beginning while the rest is parsed."""

NARROW_WIDTH = 90
"""Below this many columns the side panes start hidden (``b`` shows them)."""


class ReaderApp(App[None]):
    """The interactive reader: Sections, the article and Photos side by side, all on keys."""

    CSS_PATH = "reader.tcss"
    TITLE = "reader"
    COMMANDS = App.COMMANDS | {GoToProvider, SpeechProvider, ViewProvider}
    ENABLE_COMMAND_PALETTE = True

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("q", "quit", "Quit", id="app.quit"),
        Binding("question_mark,f1", "help", "Help", id="app.help"),
        Binding("f6", "focus_next", "Next pane", show=False, id="app.next_pane"),
        Binding("shift+f6", "focus_previous", "Previous pane", show=False, id="app.previous_pane"),
        Binding("s", "pane('sections')", "Sections", id="app.sections"),
        Binding("p", "pane('photos')", "Photos", id="app.photos"),
        Binding("quotation_mark", "pane('quotes')", "Quotes", id="app.quotes"),
        Binding("a", "pane('article')", "Article", show=False, id="app.article"),
        Binding("slash", "search", "Search", id="app.search"),
        Binding("n", "next_match(1)", "Next match", show=False, id="app.next_match"),
        Binding("N", "next_match(-1)", "Previous match", show=False, id="app.previous_match"),
        Binding("c", "toggle_clean", "Clean mode", id="app.clean"),
        Binding("C", "show_hidden", "What clean mode hides", show=False, id="app.hidden"),
        Binding("t", "cycle_theme", "Theme", show=False, id="app.theme"),
        Binding("b", "toggle_panes", "Side panes", show=False, id="app.panes"),
        Binding("y", "copy('sentence')", "Copy sentence", show=False, id="copy.sentence"),
        Binding(
            "Y", "copy('paragraph')", "Copy paragraph (or photo caption with credit)", show=False, id="copy.paragraph"
        ),
        Binding("A", "copy('article')", "Copy the whole clean article", show=False, id="copy.article"),
        *NARRATION_BINDINGS,
        *VIEW_BINDINGS,
    ]
    """App keys: panes, search, clean mode, theme, help and quit (see KEYS.md)."""

    def __init__(
        self,
        loaded: LoadedText,
        *,
        source: str,
        clean: bool | None = None,
        store: Store | None = None,
        language: str | None = None,
        narrator_factory: Callable[..., Narrator] | None = None,
        text_size: int | None = None,
    ) -> None:
        super().__init__()
        self.loaded = loaded
        self.source = source
        self.store = store or Store()
        self.settings: Settings = self.store.load_settings()
        wanted = self.settings.clean if clean is None else clean
        self.clean: str = "article" if wanted else "off"
        self.forced_language = language
        self.announcements: list[str] = []
        self._quotes_awaited = False  # the Quotes pane was opened before the full parse found the quotes
        self.narration = NarrationController(self, narrator_factory or _speech_narrator)
        self.copying = CopyController(self)
        self.text_size = text_size
        self.startup_notices: list[str] = []
        self.complete = _shorter_than(loaded.lines, FAST_PARSE_CHARS)
        self.article = self._first_parse()
        self.document: Document = build_document(self.article, clean=self.clean)
        self.content_key = ""  # computed after the first frame: hashing megabytes is not free
        self.animation_level = "none"
        for theme in ACCESSIBILITY_THEMES:
            self.register_theme(theme)
        self.theme = (
            self.settings.theme if self.settings.theme in self.available_themes else ACCESSIBILITY_THEME_NAMES[0]
        )

    # --- parsing ----------------------------------------------------------------------

    def _first_parse(self) -> Article:
        """Parse what the first screen needs without loading language detection.

        Small articles are parsed whole; a huge one only up to ``FAST_PARSE_CHARS`` for now.
        """
        loaded = self.loaded
        if not self.complete:
            total = 0
            for count, line in enumerate(loaded.lines):
                total += len(line) + 1
                if total > FAST_PARSE_CHARS:
                    loaded = replace(loaded, lines=loaded.lines[:count])
                    break
        return parse_loaded(loaded, language=self.forced_language or "und", find_quotes=False)

    def full_parse(self) -> None:
        """Parse the whole article with language detection, off the UI thread."""

        from reader.document.background import parse_in_background

        def done(article: Article | None, error: str | None) -> None:
            if self.is_running:
                self.call_from_thread(self._article_ready, article, error)

        parse_in_background(self.loaded, self.forced_language, done)

    async def wait_for_article(self) -> None:
        """Wait until the full parse has been shown (for tests and scripts)."""
        event = getattr(self, "_parse_done", None)
        if event is not None:
            await event.wait()

    def _article_ready(self, article: Article | None, error: str | None) -> None:
        """Show the fully parsed article in place of the first quick parse, keeping the place."""
        self._parse_done.set()
        if article is None:
            self.complete = True
            self.announce(f"Could not finish reading the article: {error}")
            self.refresh_status()
            return
        grew = len(article.lines) != len(self.article.lines)
        self.article = article
        self.complete = True
        self.document = build_document(article, clean=self.clean)
        view = self.main_screen.query_one(ArticleView)
        view.set_document(self.document, keep_line=view.cursor_line)
        for pane in self.main_screen.query(NavigationPane):
            pane.show_article(article)
        self.refresh_status()
        self._say_awaited_quotes()
        self.narration.prewarm()
        if self.settings.speak_feedback and not getattr(self, "_summary_said", False):
            self._summary_said = True
            self.narration.feedback(self.narration.summary())
        if grew:
            self.announce(f"The whole article is loaded: {len(article.lines)} lines.")

    def _say_awaited_quotes(self) -> None:
        """Say the quotes list that was asked for before the full parse found the quotes."""
        if not self._quotes_awaited:
            return
        self._quotes_awaited = False
        pane = self.main_screen.query_one("#quotes", NavigationPane)
        if pane.has_focus:
            _highlight_first(pane)
            self.announce(pane.describe())

    # --- layout -----------------------------------------------------------------------

    def compose(self) -> ComposeResult:
        title = self.article.title or self.source
        details = ", ".join(
            self.article.metadata[key] for key in ("site", "author", "date") if key in self.article.metadata
        )
        yield Static(Content(f"{title} — {details}" if details else f"{title} — reader"), id="title")
        with Horizontal(id="main"):
            with Vertical(id="side"):
                yield SectionsPane(self.article, id="sections")
                yield PhotosPane(self.article, id="photos")
            yield ArticleView(self.document, id="article")
        yield StatusLine(id="status")
        yield KeyBar(key_hints(self, [*self.BINDINGS, *ArticleView.BINDINGS]), id="keys")

    def on_mount(self) -> None:
        self._apply_side_panes()
        if self.settings.keymap:
            self.set_keymap(self.settings.keymap)
        view = self.main_screen.query_one(ArticleView)
        view.focus()
        if self.text_size is not None:
            self.settings.text_size = self.text_size
        view.set_options(options_from_settings(self))
        self.refresh_status()
        self.call_after_refresh(self._resume)
        for notice in [*self.store.notices, *self.startup_notices]:
            self.announce(notice)
        if not self.document.blocks:
            self.announce("This article is empty: there is nothing to read.")
        if self.article.is_whole_page and self.clean == "article":
            furniture = sum(1 for line in self.article.lines if line.role.is_page_furniture)
            self.announce(f"Showing the article: {furniture} lines of page furniture hidden.")
        self._parse_done = asyncio.Event()
        if not self.complete or self.forced_language is None:
            # After the first frame is on screen: the parse competes for the interpreter.
            self.call_after_refresh(self.full_parse)
        else:
            self._parse_done.set()
        self.call_after_refresh(self._offer_themes)

    def _offer_themes(self) -> None:
        """Withdraw built-in themes whose body text does not reach 4.5:1 (after the first paint)."""
        offered = {theme.name for theme in offered_themes()}
        for name in list(self.available_themes):
            if name not in offered and name != self.theme:
                self.unregister_theme(name)

    def on_resize(self) -> None:
        self._apply_side_panes()

    def _apply_side_panes(self) -> None:
        narrow = self.size.width < NARROW_WIDTH
        show = self.settings.side_panes and (not narrow or getattr(self, "_side_forced", False))
        self.main_screen.query_one("#side").display = show

    # --- announcements and status ------------------------------------------------------

    def announce(self, message: str) -> None:
        """Say a state change in words: a notification now (and speech, when it is on)."""
        self.announcements.append(message)
        self.clear_notifications()  # one message at a time: stacked toasts would cover the text
        self.notify(message, timeout=4, markup=False)
        if not message.startswith("Speech:"):
            self.narration.feedback(message)

    @property
    def main_screen(self) -> Screen[object]:
        """The reader's own screen, under any help or dialog on top: timers and workers reach it there."""
        return self.screen_stack[0]

    @property
    def article_view(self) -> ArticleView:
        return self.main_screen.query_one(ArticleView)

    def refresh_status(self) -> None:
        """Say where the reader is (and what narration is doing) on the status line."""
        view = self.main_screen.query_one(ArticleView)
        text = describe_position(self.article, self.document, view.cursor, clean=self.clean)
        if speaking := self.narration.status():
            text = f"{speaking} · {text}"
        if view.options.text_size > 1:
            text += f" · text size {view.options.text_size} of 4"
        if view.matches:
            current = view.current_match + 1 if view.current_match >= 0 else 0
            text += f" · match {current} of {len(view.matches)}"
        if not self.complete:
            text = "Loading the rest of the article… · " + text
        self.main_screen.query_one(StatusLine).show(text)

    def on_article_view_cursor_moved(self, event: ArticleView.CursorMoved) -> None:
        if not event.by_narration:
            self.narration.user_moved()
        self.refresh_status()
        self._schedule_position_save()

    # --- panes ---------------------------------------------------------------------------

    def action_pane(self, name: str) -> None:
        """Focus a pane by name; Photos and Quotes share one place in the side column."""
        if name == "article":
            self.main_screen.query_one(ArticleView).focus()
            return
        if not self.main_screen.query_one("#side").display:
            self._side_forced = True
            self.main_screen.query_one("#side").display = True
        if name == "quotes" and not self.main_screen.query("#quotes"):
            # The quotes list is built on first use, off the start-up path.
            self.main_screen.query_one("#side").mount(QuotesPane(self.article, id="quotes"))
        if name in ("photos", "quotes"):
            self.main_screen.query_one("#photos").display = name == "photos"
            if self.main_screen.query("#quotes"):
                self.main_screen.query_one("#quotes").display = name == "quotes"
        pane = self.main_screen.query_one(f"#{name}", NavigationPane)
        pane.focus()
        _highlight_first(pane)
        if name == "quotes" and not self._parse_done.is_set():
            # The quick first parse finds no quotes: say so, and say the list once it is there.
            self._quotes_awaited = True
            self.announce("Quotes: still finding them; the list follows in a moment.")
            return
        self.announce(pane.describe())

    def on_navigation_pane_chosen(self, event: NavigationPane.Chosen) -> None:
        if event.pane.id == "quotes":
            self.copying.run("quote", event.index)  # Enter on a quote copies it, ready to cite
            return
        kind = {"sections": "section", "photos": "photo"}.get(event.pane.id or "", "quote")
        self.go_to(kind, event.index)

    def action_view(self, command: str) -> None:
        """Text size, width, line spacing and line focus."""
        change_view(self, command)

    def set_paragraph_spacing(self, spacing: int) -> None:
        """Blank rows between paragraphs (0 to 3), from the command palette."""
        change_view(self, "paragraphs", spacing)

    def action_copy(self, what: str) -> None:
        """Copy the sentence, paragraph (or caption), or whole article, and say where it went."""
        self.copying.run(what)

    def go_to(self, kind: str, index: int) -> None:
        """Move the article to a section, photo or quote, and focus it."""
        view = self.main_screen.query_one(ArticleView)
        if kind == "section":
            target = self.document.section_starts[index]
        elif kind == "photo":
            target = self.document.caption_starts[index]
        else:
            target = self.document.block_of_line(self.article.quotes[index].line)
        if target < 0:
            self.announce("That part is hidden in clean mode.")
            return
        view.move_to_block(target, center=True)
        view.focus()

    def action_toggle_panes(self) -> None:
        """Show or hide the side panes (remembered)."""
        side = self.main_screen.query_one("#side")
        side.display = not side.display
        self._side_forced = side.display
        self.settings.side_panes = bool(side.display)
        self.store.save_settings(self.settings)
        self.announce("Side panes shown" if side.display else "Side panes hidden")

    # --- clean mode ----------------------------------------------------------------------

    def action_toggle_clean(self) -> None:
        """Step clean mode down a level (article only, clutter hidden, off) and say what changed."""
        if self.article.is_whole_page:
            self._step_whole_page_clean()
            return
        self.clean = "off" if self.clean != "off" else "article"
        hidden = self.article.clutter()
        view = self.main_screen.query_one(ArticleView)
        self.document = build_document(self.article, clean=self.clean)
        view.set_document(self.document, keep_line=view.cursor_line)
        self.settings.clean = self.clean != "off"
        self.store.save_settings(self.settings)
        if not hidden:
            self.announce(f"Clean mode {'on' if self.clean != 'off' else 'off'}: this article has nothing to hide.")
        elif self.clean != "off":
            self.announce(f"Clean mode on: hiding {len(hidden)} lines — {clutter_summary(hidden)}.")
        else:
            self.announce(f"Clean mode off: showing {len(hidden)} hidden lines — {clutter_summary(hidden)}.")
        self.refresh_status()

    def _step_whole_page_clean(self) -> None:
        """A whole-page paste has three levels: the article only, clutter hidden, nothing hidden."""
        order = ["article", "clutter", "off"]
        self.clean = order[(order.index(self.clean) + 1) % 3]
        view = self.main_screen.query_one(ArticleView)
        self.document = build_document(self.article, clean=self.clean)
        view.set_document(self.document, keep_line=view.cursor_line)
        furniture = [line for line in self.article.clutter() if line.role.is_page_furniture]
        clutter = [line for line in self.article.clutter() if not line.role.is_page_furniture]
        if self.clean == "article":
            self.announce(f"Showing the article: {len(furniture)} lines of page furniture hidden.")
        elif self.clean == "clutter":
            self.announce(
                f"Clean mode: clutter only — showing {len(furniture)} lines of page furniture, "
                f"{len(clutter)} clutter lines still hidden."
            )
        else:
            self.announce(f"Clean mode off: showing all {len(furniture) + len(clutter)} hidden lines.")
        self.refresh_status()

    def action_show_hidden(self) -> None:
        """List what clean mode hides, with the engine's reasons."""
        self.push_screen(HiddenScreen(self.article.clutter()))

    # --- search --------------------------------------------------------------------------

    def action_search(self) -> None:
        """Open the search field (created on first use, off the start-up path)."""
        found = self.main_screen.query("#search")
        if found:
            search = found.first(Input)
        else:
            search = Input(placeholder="Search the article (Enter to find, Escape to cancel)", id="search")
            self.main_screen.mount(search, before=self.main_screen.query_one(StatusLine))
        search.display = True
        search.value = ""
        search.focus()

    def on_input_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        view = self.main_screen.query_one(ArticleView)
        query = event.value.strip()
        event.input.display = False
        view.focus()
        found = view.search(query)
        if not query:
            self.refresh_status()
            return
        if not found:
            self.announce(f"No match for “{query}”.")
        else:
            view.next_match(1)
            self.announce(f"Match {view.current_match + 1} of {found}")
        self.refresh_status()

    def on_key(self, event: object) -> None:
        key = getattr(event, "key", "")
        found = self.main_screen.query("#search")
        if key == "escape" and found and found.first().display:
            search = found.first()
            search.display = False
            self.main_screen.query_one(ArticleView).focus()

    def action_next_match(self, step: int) -> None:
        """Go to the next or previous search match and say which it is."""
        view = self.main_screen.query_one(ArticleView)
        if not view.matches:
            self.announce("No search yet: press / to search.")
            return
        current = view.next_match(step)
        self.announce(f"Match {current + 1} of {len(view.matches)}")
        self.refresh_status()

    # --- theme, help, position -------------------------------------------------------------

    def action_cycle_theme(self) -> None:
        """Cycle the accessibility themes (high contrast dark, light, yellow on black)."""
        names = list(ACCESSIBILITY_THEME_NAMES)
        following = names[(names.index(self.theme) + 1) % len(names)] if self.theme in names else names[0]
        self.theme = following
        self.settings.theme = following
        self.store.save_settings(self.settings)
        self.announce(f"Theme: {following.removeprefix('reader-').replace('-', ' ')}")

    def action_help(self) -> None:
        """Show every key, generated from the bindings."""
        groups = [
            (
                "Everywhere",
                binding_rows([b for b in self.BINDINGS if b not in NARRATION_BINDINGS + VIEW_BINDINGS], self),
            ),
            ("Narration", binding_rows(NARRATION_BINDINGS, self)),
            ("Text size, spacing and focus", binding_rows(VIEW_BINDINGS, self)),
            ("Article", binding_rows(ArticleView.BINDINGS, self)),
            ("Sections, Photos and Quotes panes", binding_rows(NavigationPane.BINDINGS, self)),
            (
                "Panes and palette",
                [
                    ("Tab, Shift+Tab", "Next / previous pane"),
                    ("Enter", "Go to the selected item"),
                    ("Ctrl+P", "Command palette: go to section or photo"),
                ],
            ),
        ]
        self.push_screen(HelpScreen(groups))

    def _resume(self) -> None:
        """Go back to where the reader left this article (same content, any path) and say so."""
        self.content_key = content_key(self.loaded.lines)
        position = self.store.load_position(self.content_key)
        if position is None or position.line <= 1 or not self.document.blocks:
            return
        view = self.main_screen.query_one(ArticleView)
        view.move_to_block(self.document.block_of_line(position.line), center=True)
        block = self.document.blocks[view.cursor]
        paragraph = sum(1 for index in self.document.reading if index <= view.cursor)
        where = f"section {block.section + 1}"
        where += f", photo {block.caption + 1}" if block.caption is not None else f", paragraph {max(1, paragraph)}"
        self.announce(f"Resuming at {where}.")

    def _schedule_position_save(self) -> None:
        timer = getattr(self, "_save_timer", None)
        if timer is not None:
            timer.stop()
        self._save_timer = self.set_timer(1.0, self.save_position)

    def save_position(self) -> None:
        """Remember where the reader is in this article (by its content)."""
        if not self.document.blocks or not self.content_key:
            return
        view = self.main_screen.query_one(ArticleView)
        block = self.document.blocks[view.cursor]
        self.store.save_position(self.content_key, block.line, block.section)

    def set_self_voicing(self, on: bool) -> None:
        """Speak every state change (for listeners without a screen reader), remembered."""
        self.settings.speak_feedback = on
        self.store.save_settings(self.settings)
        self.announce("Self-voicing on" if on else "Self-voicing off")

    def on_article_view_jumped(self, event: ArticleView.Jumped) -> None:
        """While listening, a section or photo jump takes the narration along; self-voicing says where."""
        self.narration.jumped(event.kind, self.document.blocks[event.block])

    def set_speech_scope(self, value: str) -> None:
        """What narration reads: the article with captions in place, article only, then captions, captions only."""
        from reader.speech.plan import Scope

        scope = Scope(value)
        self.settings.speech_scope = scope.value
        self.store.save_settings(self.settings)
        self.announce(f"Narration reads {scope.description}.")

    def action_speech(self, command: str) -> None:
        """Narration keys: play/pause, stop, sentence and paragraph steps, rate, voice, scope."""
        self.narration.command(command)

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """Narration actions that need something being read are disabled otherwise."""
        needs_reading = action == "speech" and bool(parameters) and not self.narration.can(str(parameters[0]))
        return not needs_reading

    def _fatal_error(self) -> None:
        """An unexpected error: one plain line for the user and the traceback in a log, never on screen."""
        import traceback

        from rich.text import Text

        error = sys.exc_info()[1] or self._exception
        where = ""
        try:
            log = self.store.folder / "error.log"
            log.parent.mkdir(parents=True, exist_ok=True)
            with log.open("a", encoding="utf-8") as stream:
                stream.write("".join(traceback.format_exception(error)) if error else "unknown error\n")
            where = f"; details in {log}"
        except OSError:
            pass
        self.bell()
        self._exit_renderables.append(Text(f"reader: unexpected error ({type(error).__name__}: {error}){where}"))
        self._close_messages_no_wait()

    async def action_quit(self) -> None:
        """Remember the place, stop narration and background parsing, give the terminal back."""
        self.narration.close()
        self.save_position()
        if "reader.document.background" in sys.modules:
            sys.modules["reader.document.background"].stop_background()
        self.exit()


def _speech_narrator(**options: object) -> Narrator:
    """The real narrator (eSpeak NG and the audio device), created on the first narration key."""
    from reader.speech.narrator import SpeechNarrator

    return SpeechNarrator(**options)  # type: ignore[arg-type]


def _shorter_than(lines: tuple[str, ...], limit: int) -> bool:
    """True when the lines hold at most ``limit`` characters (stops counting early on huge input)."""
    total = 0
    for line in lines:
        total += len(line) + 1
        if total > limit:
            return False
    return True


def _highlight_first(pane: NavigationPane) -> None:
    """Put a pane's highlight on its first entry when none is highlighted yet."""
    if pane.highlighted is None and pane.option_count:
        pane.highlighted = 0
