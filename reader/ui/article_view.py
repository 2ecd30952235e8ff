"""The article pane: one Line-API scroll view drawing display blocks, lazily wrapped."""

from __future__ import annotations

import itertools
from dataclasses import dataclass
from typing import ClassVar

from rich.segment import Segment
from rich.style import Style
from textual.binding import Binding, BindingType
from textual.geometry import Offset, Region, Size
from textual.message import Message
from textual.reactive import reactive
from textual.scroll_view import ScrollView
from textual.strip import Strip

from reader.ui.bigtext import SCALES, glyph_row, has_glyphs, missing_scripts
from reader.ui.blocks import Block, Document
from reader.ui.layout import BlockLayout

GUTTER = 2
"""Columns left of the text: the cursor marker (▌) or a quote bar (│), and a space."""

MAX_TEXT_WIDTH = 88
"""Reading width in columns: long lines are hard to follow."""

_STYLE_OF_KIND = {
    "heading": "article--heading",
    "paragraph": "article--paragraph",
    "caption_title": "article--caption-title",
    "caption_text": "article--caption-text",
    "credit": "article--credit",
    "byline": "article--byline",
    "clutter": "article--clutter",
}


@dataclass(frozen=True)
class ViewOptions:
    """How the article is laid out: text size, spacing, width and line focus (remembered in settings)."""

    text_size: int = 1  # 1 ordinary … 4 (see bigtext.SCALES)
    line_spacing: int = 1  # 1 to 3: blank rows after each text row, less one
    paragraph_spacing: int = 1  # 0 to 3: blank rows between paragraphs
    width: int = MAX_TEXT_WIDTH  # reading width in columns
    line_focus: bool = False  # dim everything but the current block (or the spoken sentence)


@dataclass(frozen=True)
class Match:
    """A search hit: block index and character offsets in the block's displayed text."""

    block: int
    start: int
    end: int


class ArticleView(ScrollView, can_focus=True):
    """The article text, with a cursor on one block and search hits highlighted."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("up,k", "scroll_up", "Line up", show=False, id="article.line_up"),
        Binding("down,j", "scroll_down", "Line down", show=False, id="article.line_down"),
        Binding("pageup", "page_up", "Page up", show=False, id="article.page_up"),
        Binding("pagedown", "page_down", "Page down", show=False, id="article.page_down"),
        Binding("home,g", "top", "Top", show=False, id="article.top"),
        Binding("end,G", "end", "End", show=False, id="article.end"),
        Binding("left_square_bracket", "paragraph(-1)", "Previous paragraph", show=False, id="article.prev_paragraph"),
        Binding("right_square_bracket", "paragraph(1)", "Next paragraph", show=False, id="article.next_paragraph"),
        Binding("left_curly_bracket", "section(-1)", "Previous section", show=False, id="article.prev_section"),
        Binding("right_curly_bracket", "section(1)", "Next section", show=True, id="article.next_section"),
        Binding("left_parenthesis", "photo(-1)", "Previous photo", show=False, id="article.prev_photo"),
        Binding("right_parenthesis", "photo(1)", "Next photo", show=False, id="article.next_photo"),
    ]
    """Reading keys: lines, pages, paragraphs, sections and photos."""

    COMPONENT_CLASSES: ClassVar[set[str]] = {
        "article--heading",
        "article--paragraph",
        "article--caption-title",
        "article--caption-text",
        "article--credit",
        "article--byline",
        "article--clutter",
        "article--quote",
        "article--cursor",
        "article--match",
        "article--current-match",
        "article--spoken",
        "article--spoken-word",
        "article--dimmed",
    }

    DEFAULT_CSS = """
    ArticleView {
        background: $background;
        color: $foreground;
        padding: 0 1;
        scrollbar-gutter: stable;
    }
    ArticleView:focus { background-tint: $foreground 4%; }
    ArticleView > .article--heading { text-style: bold underline; color: $foreground; }
    ArticleView > .article--paragraph { color: $foreground; }
    ArticleView > .article--caption-title { text-style: bold; color: $foreground; }
    ArticleView > .article--caption-text { text-style: italic; color: $foreground; }
    ArticleView > .article--credit { color: $foreground 80%; }
    ArticleView > .article--byline { text-style: italic; color: $foreground 80%; }
    ArticleView > .article--clutter { text-style: strike; color: $foreground 75%; }
    ArticleView > .article--quote { text-style: bold; color: $foreground; }
    ArticleView > .article--cursor { color: $accent; text-style: bold; }
    ArticleView > .article--match { text-style: underline; }
    ArticleView > .article--current-match { text-style: reverse bold; }
    ArticleView > .article--spoken { text-style: bold underline; color: $foreground; }
    ArticleView > .article--spoken-word { text-style: reverse bold; }
    ArticleView > .article--dimmed { color: $foreground 45%; }
    """

    cursor: reactive[int] = reactive(0, init=False, always_update=True)
    """Index of the block the reader is on (the focused paragraph, heading or caption)."""

    @dataclass
    class CursorMoved(Message):
        """The cursor moved to another block."""

        view: ArticleView
        block: int
        by_narration: bool = False

        @property
        def control(self) -> ArticleView:
            return self.view

        def can_replace(self, message: Message) -> bool:
            return isinstance(message, ArticleView.CursorMoved)

    @dataclass
    class Jumped(Message):
        """The reader jumped to a section or a photo caption (said aloud when self-voicing)."""

        view: ArticleView
        kind: str
        block: int

    def __init__(self, document: Document, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.document = document
        self.matches: list[Match] = []
        self.current_match = -1
        self._layout: BlockLayout | None = None
        self._base = Style()
        self._styles: dict[str, Style] = {}
        self.spoken: tuple[int, int, int, tuple[int, int] | None] | None = None
        self._by_narration = False
        self.options = ViewOptions()
        self.no_large_letters: set[str] = set()  # scripts shown at ordinary size at a large text size

    # --- layout ---------------------------------------------------------------------------

    @property
    def text_width(self) -> int:
        """Columns available for text."""
        return max(10, min(self.options.width, self.scrollable_content_region.width - GUTTER))

    @property
    def layout_(self) -> BlockLayout:
        """The layout at the current width and options (rebuilt when either changes)."""
        width = self.text_width
        if self._layout is None or self._layout.width != width:
            self._layout = self._build_layout(width)
            self._update_virtual_size()
        return self._layout

    def _build_layout(self, width: int) -> BlockLayout:
        """Block heights from the options: letter size per block, line and paragraph spacing."""
        options = self.options
        scales: list[int] = []
        heights: list[int] = []
        self.no_large_letters = set()
        for block in self.document.blocks:
            scale = SCALES[options.text_size]
            if options.text_size > 1 and not has_glyphs(block.display):
                self.no_large_letters |= missing_scripts(block.display)
                scale = SCALES[1]
            scales.append(scale.columns)
            heights.append(scale.rows + options.line_spacing - 1)
        gaps = [block.gap * options.paragraph_spacing for block in self.document.blocks]
        return BlockLayout(
            [block.display for block in self.document.blocks], gaps, width, scales=scales, row_heights=heights
        )

    def set_options(self, options: ViewOptions) -> None:
        """Change size, spacing, width or focus, keeping the reader's place."""
        line = self.cursor_line
        self.options = options
        self._layout = None
        _ = self.layout_
        if self.document.blocks:
            self.move_to_block(self.document.block_of_line(line), center=True)
        self.refresh()

    def _update_virtual_size(self) -> None:
        layout = self._layout
        if layout is not None:
            self.virtual_size = Size(layout.width + GUTTER, layout.total())

    def set_document(self, document: Document, *, keep_line: int | None = None) -> None:
        """Show another view of the article (clean mode changed, full parse arrived)."""
        line = keep_line if keep_line is not None else self.cursor_line
        self.document = document
        self._layout = None
        self.matches = []
        self.current_match = -1
        self.spoken = None
        self.move_to_block(document.block_of_line(line) if document.blocks else 0, center=True)
        self.refresh()

    def on_resize(self) -> None:
        line = self.cursor_line
        self._layout = None
        _ = self.layout_
        self.move_to_block(self.document.block_of_line(line) if self.document.blocks else 0, center=False)

    @property
    def cursor_line(self) -> int:
        """The source line number under the cursor."""
        blocks = self.document.blocks
        return blocks[self.cursor].line if 0 <= self.cursor < len(blocks) else 1

    # --- drawing --------------------------------------------------------------------------

    def render_lines(self, crop: Region) -> list[Strip]:
        # Styles are resolved once per frame, not once per segment.
        self._base = self.rich_style
        self._styles = {name: self.get_component_rich_style(name) for name in self.COMPONENT_CLASSES}
        layout = self.layout_
        before = layout.total()
        top = round(self.scroll_offset.y)
        for row in range(top + crop.y, top + crop.y + crop.height):
            if row >= layout.total():
                break
            layout.locate(row)
        if layout.total() != before:
            self._update_virtual_size()
        return super().render_lines(crop)

    def render_line(self, y: int) -> Strip:
        layout = self.layout_
        width = self.scrollable_content_region.width
        base = self._base
        row = round(self.scroll_offset.y) + y
        if not self.document.blocks or row >= layout.total():
            return Strip.blank(width, base)
        index, row_in_block = layout.locate(row)
        block = self.document.blocks[index]
        gap = layout.gaps[index]
        if row_in_block < gap:
            return Strip.blank(width, base)
        rows = layout.rows(index)
        text_row, sub_row = divmod(row_in_block - gap, layout.row_heights[index])
        start, end = rows[min(text_row, len(rows) - 1)]
        scale = layout.scales[index]
        level = self.options.text_size if scale > 1 else 1
        if sub_row >= SCALES[level].rows:  # line spacing
            return Strip([self._gutter(index, base)]).adjust_cell_length(width, base)
        segments = self._text_segments(index, block, start, end)
        if level > 1:
            segments = _enlarge(segments, level, sub_row)
        return Strip([self._gutter(index, base), *segments]).adjust_cell_length(width, base)

    def _gutter(self, index: int, base: Style) -> Segment:
        """The cursor marker (▌) on the current block; a quote bar (│) beside quoting paragraphs."""
        if self.spoken is not None and index == self.spoken[0]:
            return Segment("♪ ", base + self._styles["article--cursor"])
        if index == self.cursor:
            return Segment("▌ ", base + self._styles["article--cursor"])
        if self.document.blocks[index].quotes:
            return Segment("│ ", base + self._styles["article--quote"])
        return Segment("  ", base)

    def _text_segments(self, index: int, block: Block, start: int, end: int) -> list[Segment]:
        """Segments of one row of a block: its kind's style, quotes, and search hits."""
        kind_style = self._base + self._styles[_STYLE_OF_KIND[block.kind]]
        if self.options.line_focus and index != self._focus_block():
            kind_style = kind_style + self._styles["article--dimmed"]
        text = block.display
        boundaries = {start, end}
        styles: list[tuple[int, int, Style]] = []
        offset = len(block.label)
        if block.label:
            styles.append((0, offset, self._styles["article--credit"]))
        quote_style = self._styles["article--quote"]
        for quote_start, quote_end in block.quotes:
            styles.append((quote_start + offset, quote_end + offset, quote_style))
        if self.spoken is not None and self.spoken[0] == index:
            _, spoken_start, spoken_end, word = self.spoken
            styles.append((spoken_start + offset, spoken_end + offset, self._styles["article--spoken"]))
            if word is not None:
                styles.append((word[0] + offset, word[1] + offset, self._styles["article--spoken-word"]))
        for number, match in enumerate(self.matches):
            if match.block == index:
                name = "article--current-match" if number == self.current_match else "article--match"
                styles.append((match.start, match.end, self._styles[name]))
        for low, high, _ in styles:
            boundaries.update(point for point in (low, high) if start < point < end)
        cuts = sorted(point for point in boundaries if start <= point <= end)
        segments = []
        for low, high in itertools.pairwise(cuts):
            style = kind_style
            for style_low, style_high, extra in styles:
                if style_low <= low and high <= style_high:
                    style = style + extra
            segments.append(Segment(text[low:high], style))
        return segments

    def _focus_block(self) -> int:
        """The block line focus keeps bright: the spoken one while reading, else the cursor's."""
        return self.spoken[0] if self.spoken is not None else self.cursor

    # --- cursor and movement --------------------------------------------------------------

    def watch_cursor(self) -> None:
        self.refresh()
        self._place_terminal_cursor()
        self.post_message(self.CursorMoved(self, self.cursor, self._by_narration))

    def set_spoken(self, spoken: tuple[int, int, int, tuple[int, int] | None] | None) -> None:
        """Highlight the sentence being spoken (block, start, end) and its current word."""
        self.spoken = spoken
        self.refresh()

    def move_to_block(self, index: int, *, center: bool = False, by_narration: bool = False) -> None:
        """Put the cursor on a block and scroll it into view."""
        self._by_narration = by_narration
        if not self.document.blocks:
            return
        index = max(0, min(index, len(self.document.blocks) - 1))
        layout = self.layout_
        layout.rows(index)
        self._update_virtual_size()
        top = layout.text_top(index)
        height = layout.gaps[index] + len(layout.rows(index)) * layout.row_heights[index]
        viewport = self.scrollable_content_region.height
        if center:
            target = max(0, top - viewport // 4)
        elif top < self.scroll_offset.y:
            target = top
        elif top + height > self.scroll_offset.y + viewport:
            target = top + min(height, viewport) - viewport
        else:
            target = round(self.scroll_offset.y)
        self.scroll_to(y=target, animate=False, immediate=True)
        self.cursor = index
        self._by_narration = False

    def _place_terminal_cursor(self) -> None:
        """Put the real terminal cursor at the cursor block, for screen readers and braille."""
        if not self.has_focus or not self.document.blocks or self._layout is None:
            return
        row = self._layout.text_top(self.cursor) - round(self.scroll_offset.y)
        if 0 <= row < self.scrollable_content_region.height:
            region = self.scrollable_content_region
            self.app.cursor_position = Offset(region.x + GUTTER, region.y + row)

    def on_focus(self) -> None:
        self._place_terminal_cursor()

    def _follow_scroll(self) -> None:
        """After scrolling, keep the cursor on a block that is on screen."""
        layout = self.layout_
        top = round(self.scroll_offset.y)
        bottom = top + self.scrollable_content_region.height
        cursor_top = layout.text_top(self.cursor) if self.document.blocks else 0
        if top <= cursor_top < bottom:
            return
        index, _ = layout.locate(min(top, max(0, layout.total() - 1)))
        if layout.text_top(index) < top and index + 1 < len(self.document.blocks):
            index += 1
        self.cursor = index

    def action_scroll_up(self) -> None:
        self.scroll_relative(y=-1, animate=False, immediate=True)
        self._follow_scroll()

    def action_scroll_down(self) -> None:
        self.scroll_relative(y=1, animate=False, immediate=True)
        self._follow_scroll()

    def action_page_up(self) -> None:
        self.scroll_relative(y=-max(1, self.scrollable_content_region.height - 2), animate=False, immediate=True)
        self._follow_scroll()

    def action_page_down(self) -> None:
        self.scroll_relative(y=max(1, self.scrollable_content_region.height - 2), animate=False, immediate=True)
        self._follow_scroll()

    def action_top(self) -> None:
        self.scroll_to(y=0, animate=False, immediate=True)
        self.cursor = 0

    def action_end(self) -> None:
        self.move_to_block(len(self.document.blocks) - 1)
        self.scroll_end(animate=False, immediate=True)

    def action_paragraph(self, step: int) -> None:
        """Move to the next or previous paragraph (or caption text)."""
        self._step(self.document.reading, step)

    def action_section(self, step: int) -> None:
        """Move to the next or previous section's first block."""
        if self._step([start for start in self.document.section_starts if start >= 0], step, center=True):
            self.post_message(self.Jumped(self, "section", self.cursor))

    def action_photo(self, step: int) -> None:
        """Move to the next or previous photo caption."""
        if self._step([start for start in self.document.caption_starts if start >= 0], step, center=True):
            self.post_message(self.Jumped(self, "photo", self.cursor))

    def _step(self, targets: list[int] | tuple[int, ...], step: int, *, center: bool = False) -> bool:
        if not targets:
            self.app.bell()
            return False
        if step > 0:
            following = [target for target in targets if target > self.cursor]
            target = following[0] if following else None
        else:
            preceding = [target for target in targets if target < self.cursor]
            target = preceding[-1] if preceding else None
        if target is None:
            self.app.bell()
            return False
        self.move_to_block(target, center=center)
        return True

    # --- search ---------------------------------------------------------------------------

    def search(self, query: str) -> int:
        """Find every case-insensitive occurrence of ``query``; returns how many were found."""
        self.matches = []
        self.current_match = -1
        needle = query.casefold()
        if needle:
            for index, block in enumerate(self.document.blocks):
                haystack = block.display.casefold()
                position = haystack.find(needle)
                while position >= 0:
                    self.matches.append(Match(index, position, position + len(needle)))
                    position = haystack.find(needle, position + max(1, len(needle)))
        self.refresh()
        return len(self.matches)

    def next_match(self, step: int) -> int:
        """Go to the next (or previous) match after the cursor; returns its index or -1."""
        if not self.matches:
            return -1
        if self.current_match < 0:
            after = [i for i, match in enumerate(self.matches) if match.block >= self.cursor]
            self.current_match = after[0] if after and step > 0 else (len(self.matches) - 1 if step < 0 else 0)
        else:
            self.current_match = (self.current_match + step) % len(self.matches)
        self.move_to_block(self.matches[self.current_match].block, center=True)
        self.refresh()
        return self.current_match


def _enlarge(segments: list[Segment], level: int, sub_row: int) -> list[Segment]:
    """One cell row of large letters for a text row: each letter becomes block characters, same style."""
    return [
        Segment("".join(glyph_row(char, level, sub_row) for char in segment.text), segment.style)
        for segment in segments
        if segment.text
    ]
