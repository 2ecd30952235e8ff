"""Display blocks: the article model flattened into what the article view draws, in source order."""

from __future__ import annotations

from dataclasses import dataclass

from reader.document.export import READING_WPM
from reader.document.model import Article, Role, shown

KIND_BY_ROLE: dict[Role, str] = {
    Role.PARAGRAPH: "paragraph",
    Role.HEADING: "heading",
    Role.GALLERY_HEADING: "heading",
    Role.GALLERY_INTRO: "paragraph",
    Role.CAPTION_TITLE: "caption_title",
    Role.CAPTION_TEXT: "caption_text",
    Role.CREDIT: "credit",
    Role.BYLINE: "byline",
}
"""How each role is drawn; clutter roles are drawn as ``clutter`` when shown."""

READING_KINDS = frozenset({"paragraph", "caption_text"})
"""Blocks that count as paragraphs for navigation and the status line."""


@dataclass(frozen=True, slots=True)
class Block:
    """One drawn block: a source line with its look, place and label."""

    line: int
    kind: str
    text: str
    section: int
    caption: int | None = None
    label: str = ""
    quotes: tuple[tuple[int, int], ...] = ()
    gap: int = 1

    @property
    def display(self) -> str:
        """The text as drawn: the label (words, never colour alone) then the line."""
        return self.label + self.text


@dataclass(frozen=True, slots=True)
class Document:
    """The blocks of one view of an article (clean or not), with lookups the UI needs."""

    blocks: tuple[Block, ...]
    section_starts: tuple[int, ...]  # block index of each section's first block (-1 when hidden)
    caption_starts: tuple[int, ...]  # block index of each caption's first block
    reading: tuple[int, ...]  # block indexes of paragraphs and caption texts
    words_after: tuple[int, ...]  # words from each block to the end

    def block_of_line(self, line: int) -> int:
        """The block showing a source line, or the nearest block after it (or the last)."""
        for index, block in enumerate(self.blocks):
            if block.line >= line:
                return index
        return max(0, len(self.blocks) - 1)


def build_document(article: Article, *, clean: bool | str) -> Document:
    """Flatten an article into blocks: what the clean level hides left out, captions labelled.

    ``clean`` is a level (``article``, ``clutter``, ``off``) or a flag (True is ``article``).
    """
    level = clean if isinstance(clean, str) else ("article" if clean else "off")
    caption_of_line = article.caption_of_line()
    quotes_of_line: dict[int, list[tuple[int, int]]] = {}
    for quote in article.quotes:
        quotes_of_line.setdefault(quote.line, []).append((quote.start, quote.end))
    section_of_line = article.section_of_line()
    blocks: list[Block] = []
    for line in article.lines:
        if line.role is Role.BLANK or not shown(line.role, level):
            continue
        caption = caption_of_line.get(line.number)
        blocks.append(
            Block(
                line=line.number,
                kind="clutter" if line.role.is_clutter else KIND_BY_ROLE[line.role],
                text=line.text,
                section=section_of_line[line.number - 1],
                caption=caption,
                label=_label(article, line.number, line.role, caption, line.reason),
                quotes=tuple(quotes_of_line.get(line.number, ())),
                gap=_gap(blocks, line.role, caption),
            )
        )
    return _document(blocks, len(article.sections), len(article.captions))


def _label(article: Article, number: int, role: Role, caption: int | None, reason: str | None) -> str:
    """Words before a block that say what it is: photo numbers, gallery size, hidden clutter."""
    if role.is_clutter:
        return f"Hidden ({reason}): "
    if caption is not None and number == _first_line_of_caption(article, caption):
        return f"Photo {caption + 1} of {len(article.captions)}: "
    if role is Role.GALLERY_HEADING:
        return "Photo gallery: "
    if role is Role.CREDIT and caption is None:
        return "Photo credit: "
    if role is Role.BYLINE:
        return "Byline: "
    return ""


def _first_line_of_caption(article: Article, caption: int) -> int:
    found = article.captions[caption]
    return found.title_line or found.text_line


def _gap(blocks: list[Block], role: Role, caption: int | None) -> int:
    """Blank rows before a block: none inside a caption, two before headings."""
    if not blocks:
        return 0
    if caption is not None and blocks[-1].caption == caption:
        return 0
    if role.is_heading:
        return 2
    return 1


def _document(blocks: list[Block], sections: int, captions: int) -> Document:
    """Index the blocks for navigation: sections, captions, paragraphs, words remaining."""
    section_starts = [-1] * sections
    caption_starts = [-1] * captions
    reading: list[int] = []
    for index, block in enumerate(blocks):
        if 0 <= block.section < sections and section_starts[block.section] < 0:
            section_starts[block.section] = index
        if block.caption is not None and caption_starts[block.caption] < 0:
            caption_starts[block.caption] = index
        if block.kind in READING_KINDS:
            reading.append(index)
    words_after = [0] * (len(blocks) + 1)
    for index in range(len(blocks) - 1, -1, -1):
        counted = blocks[index].kind not in ("clutter", "credit", "byline")
        words_after[index] = words_after[index + 1] + (len(blocks[index].text.split()) if counted else 0)
    return Document(tuple(blocks), tuple(section_starts), tuple(caption_starts), tuple(reading), tuple(words_after))


def minutes_left(document: Document, block: int) -> int:
    """Minutes of reading left from a block at the reading speed."""
    words = document.words_after[block] if 0 <= block < len(document.words_after) else 0
    return -(-words // READING_WPM)
