"""Pasted plain text to an Article: every line classified once, by its vocabulary and context."""

from __future__ import annotations

import bisect
from collections.abc import Iterable, Mapping, Sequence

from reader.document.model import Article, Line, Role, Section
from reader.document.understanding.captions import CaptionGroup, caption_model, mark_captions
from reader.document.understanding.classify import Item, mark_vocabulary, set_role, vocabulary
from reader.document.understanding.text import shape


def parse_lines(
    raw_lines: Sequence[str],
    source: str = "<text>",
    *,
    language: str | None = None,
    find_quotes: bool = True,
    hints: Mapping[int, Role] | None = None,
    metadata: Mapping[str, str] | None = None,
) -> Article:
    """Classify every line of a pasted article and gather its structure.

    Args:
        raw_lines: the source lines, already decoded and sanitised.
        source: a name for the input (file name), used in messages and citations.
        language: force the article language instead of detecting it.
        find_quotes: look for quotations (a quick first parse for the screen may skip them).
        hints: roles already known from markup (0-based line index -> role): HTML and Markdown
            say what is a heading, a paragraph or a figure's caption and credit.
        metadata: title, author, date and site name from the page, when there is one.

    Returns:
        The lossless Article: one Line per source line, with sections, captions and quotes.
    """
    from reader.document.understanding.language import block_languages, detect_article_language
    from reader.document.understanding.page import find_article
    from reader.document.understanding.quotes import extract_quotes

    items = [Item(index, text.strip(), shape(text.strip())) for index, text in enumerate(raw_lines)]
    content = [item for item in items if item.text]
    for position, item in enumerate(content):
        item.position = position
    for item in items:
        if not item.text:
            set_role(item, Role.BLANK)
    vocab = vocabulary()
    for item in content:
        hinted = hints.get(item.index) if hints else None
        if hinted is None or hinted in (Role.PARAGRAPH, Role.HEADING, Role.CAPTION_TEXT):
            mark_vocabulary(item, vocab)  # markup says "paragraph", but an "Advertisement" label is still clutter
        if hinted is not None and not (item.role is not None and item.role.is_clutter):
            set_role(item, hinted, tentative=hinted in (Role.CREDIT, Role.CAPTION_TEXT))
    _mark_video_titles(content)
    _mark_related_lists(items)
    _mark_wrapped_paragraphs(items)
    captions = mark_captions(content)
    _mark_headings(content)
    for item in content:
        if item.role is None:
            set_role(item, Role.PARAGRAPH)
    lines = [Line(item.index + 1, item.text, item.role or Role.PARAGRAPH, item.reason) for item in items]
    body_sample = (line.text for line in lines if line.role in _LANGUAGE_ROLES)
    article_language = language or detect_article_language(body_sample)
    page_title = None
    if not hints:  # markup already left the page furniture out
        finding = find_article(lines, article_language)
        if finding is not None:
            page_title = finding.title
            for index, (role, reason) in finding.furniture.items():
                lines[index] = Line(lines[index].number, lines[index].text, role, reason)
            if finding.title is not None:
                lines[finding.start] = Line(lines[finding.start].number, finding.title, Role.HEADING)
            captions = [c for c in captions if not lines[c.text.index].role.is_clutter]
    sections = _sections(lines, captions)
    lines = _mark_galleries(lines, sections, captions)
    foreign = block_languages(
        ((line.number, line.text) for line in lines if line.role in _LANGUAGE_ROLES), article_language
    )
    if foreign:
        lines = [Line(line.number, line.text, line.role, line.reason, foreign.get(line.number)) for line in lines]
    quotes = (
        []
        if not find_quotes
        else extract_quotes([(line.number, line.text) for line in lines if line.role in _QUOTE_ROLES], article_language)
    )
    title = next((line.text for line in lines if line.role.is_heading), None) if sections and sections[0].line else None
    return Article(
        lines=tuple(lines),
        sections=tuple(sections),
        captions=tuple(caption_model(caption) for caption in captions),
        quotes=tuple(quotes),
        language=article_language,
        title=(metadata or {}).get("title") or page_title or title,
        source=source,
        metadata=dict(metadata or {}),
    )


_LANGUAGE_ROLES = frozenset({Role.PARAGRAPH, Role.GALLERY_INTRO, Role.CAPTION_TEXT, Role.HEADING})
_QUOTE_ROLES = frozenset({Role.PARAGRAPH, Role.GALLERY_INTRO, Role.CAPTION_TEXT})


def parse_text(text: str, source: str = "<text>", *, language: str | None = None) -> Article:
    """Parse a whole pasted text (split and sanitised here) into an Article."""
    from reader.document.input.loading import sanitise, split_lines

    return parse_lines([sanitise(line)[0] for line in split_lines(text)], source, language=language)


def _mark_wrapped_paragraphs(items: list[Item]) -> None:
    """Hard-wrapped text (e-mail style): the lines of one wrapped paragraph are all paragraph.

    A run of lines with no blank between, whose lines but the last are of similar length and
    mostly end mid-sentence, is one paragraph broken by the sender's line width.
    """
    run: list[Item] = []
    for item in [*items, None]:
        if item is not None and item.text:
            run.append(item)
            continue
        if len(run) >= 2 and _is_wrapped(run):
            for line in run:
                if line.role is None:
                    set_role(line, Role.PARAGRAPH)
        run = []


def _is_wrapped(run: list[Item]) -> bool:
    """Lines of a run that look like one paragraph wrapped at a fixed width."""
    body = run[:-1]
    lengths = sorted(len(item.text) for item in body)
    median = lengths[len(lengths) // 2]
    if median < 45 or any(abs(length - median) > 0.25 * median for length in lengths):
        return False
    open_ended = sum(1 for item in body if not item.shape.ends_sentence)
    return open_ended * 2 >= len(body) and len(run[-1].text) <= median * 1.3


def _mark_related_lists(items: list[Item]) -> None:
    """Short lines right under a bare "Related Topics" / "Mehr zum Thema" header are its links."""
    header: Item | None = None
    for item in items:
        if item.role is Role.RELATED and vocabulary().related.whole(item.text):
            header = item
            continue
        if header is None:
            continue
        if item.role is None and item.shape.title_like and item.index - header.index <= 12:
            set_role(item, Role.RELATED, f"link listed under '{header.text}'")
        else:
            header = None


def _mark_video_titles(content: list[Item]) -> None:
    """A short title line directly before a duration is the video's title."""
    for position, item in enumerate(content):
        if not item.shape.is_duration or position == 0:
            continue
        previous = content[position - 1]
        if previous.role is None and previous.shape.short and not previous.shape.starts_lower and position - 1 > 0:
            set_role(previous, Role.VIDEO, f"video title before duration '{item.text}'")


def _mark_headings(content: list[Item]) -> None:
    """Short title-like lines followed by running text, a list or a gallery are headings."""
    for position, item in enumerate(content):
        if item.role is not None or not item.shape.title_like or item.shape.dateline:
            continue
        if vocabulary().byline.match(item.text) and item.shape.words <= 12:
            continue  # "By Maria Santos", "Penulis … | Editor …" are bylines, not headings
        previous = content[position - 1] if position else None
        if previous is not None and previous.role is None and previous.shape.title_like and not previous.shape.dateline:
            continue  # a second short line in a row: a byline block or a list, not a heading
        following = _next_content(content, position)
        if (position == 0 and following is not None) or (following is not None and _opens_section(following)):
            set_role(item, Role.HEADING)


def _next_content(content: list[Item], position: int) -> Item | None:
    """The next item that is not clutter (an ad between a heading and its text is skipped)."""
    for index in range(position + 1, len(content)):
        item = content[index]
        if item.role is None or not item.role.is_clutter:
            return item
    return None


def _opens_section(item: Item) -> bool:
    """Can this item follow a heading: running text, an intro, a list, or a gallery's parts?"""
    if item.role is not None:
        return item.role in (Role.CREDIT, Role.CAPTION_TITLE, Role.CAPTION_TEXT)
    measured = item.shape
    return measured.text_like or measured.is_bullet or (measured.ends_colon and measured.words > 4)


def _sections(lines: list[Line], captions: list[CaptionGroup]) -> list[Section]:
    """Sections from headings; the lead (before the first heading) has no title."""
    starts = [line for line in lines if line.role.is_heading]
    sections: list[Section] = []
    if not lines:
        return sections
    first_heading = starts[0].number if starts else len(lines) + 1
    if first_heading > 1 and any(line.role is not Role.BLANK for line in lines[: first_heading - 1]):
        sections.append(Section(None, "body", None, 1, first_heading - 1))
    for position, heading in enumerate(starts):
        last = starts[position + 1].number - 1 if position + 1 < len(starts) else len(lines)
        first = heading.number if sections or heading.number == 1 else 1
        sections.append(Section(heading.text, "body", heading.number, first, last))
    return sections


def _mark_galleries(lines: list[Line], sections: list[Section], captions: list[CaptionGroup]) -> list[Line]:
    """Sections made mostly of captions are galleries: their heading and intro get gallery roles."""
    first_numbers = [(c.title or c.text).index + 1 for c in captions]  # captions are in line order
    text_numbers = [c.text.index + 1 for c in captions]
    for index, section in enumerate(sections):
        low = bisect.bisect_left(text_numbers, section.first_line)
        high = bisect.bisect_right(text_numbers, section.last_line)
        span = lines[section.first_line - 1 : section.last_line]
        body = sum(1 for line in span if line.role is Role.PARAGRAPH)
        if section.line is None or high - low < 2 or high - low < body:
            continue
        first_caption = first_numbers[low]
        for line in span:
            if line.number == section.line:
                lines[line.number - 1] = _with_role(line, Role.GALLERY_HEADING)
            elif line.role is Role.PARAGRAPH and line.number < first_caption:
                lines[line.number - 1] = _with_role(line, Role.GALLERY_INTRO)
        sections[index] = Section(section.title, "gallery", section.line, section.first_line, section.last_line)
    return lines


def _with_role(line: Line, role: Role) -> Line:
    """A copy of a line with another role."""
    return Line(line.number, line.text, role, line.reason, line.language)


def iter_roles(article: Article) -> Iterable[tuple[int, Role]]:
    """(line number, role) pairs, for tests and dumps."""
    return ((line.number, line.role) for line in article.lines)
