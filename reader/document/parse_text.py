"""Pasted plain text to an Article: every line classified once, by its vocabulary and context."""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from reader.document import rules
from reader.document.features import Shape, shape
from reader.document.model import Article, Caption, Line, Role, Section

MAX_CAPTION_WORDS = 80
"""A caption text is at most this long; longer lines are body paragraphs."""

MAX_UNTITLED_CAPTION_WORDS = 45
"""A caption without a title line is at most this long (a lead paragraph is often longer)."""

MAX_CREDIT_WORDS = 16
"""The credit after a prefix such as ``Foto:`` is a name list, never a long sentence."""

_INLINE_CREDIT_LIMIT = 1000
"""Inline-credit search only runs on lines up to this many characters."""

_COUNTER_MAX = 999


@dataclass
class _Item:
    """A line being classified: its text, shape, and (once decided) role and reason."""

    index: int
    text: str
    shape: Shape
    role: Role | None = None
    reason: str | None = None
    tentative: bool = False  # a credit or caption text not yet attached to a caption
    inline_credit: str | None = None
    position: int = -1  # index among the non-blank lines


@dataclass
class _Caption:
    """A caption under construction, by item."""

    text: _Item
    title: _Item | None = None
    credit: _Item | None = None


class _Vocabulary:
    """The compiled phrase tables and patterns the rules need, built once."""

    def __init__(self) -> None:
        self.ad = rules.table("ad")
        self.credit = rules.table("credit")
        self.caption = rules.table("caption")
        self.related = rules.table("related")
        self.promo = rules.table("promo")
        self.video = rules.table("video")
        by_words = "|".join(re.escape(word) for word in rules.words_of("by"))
        self.credit_by = re.compile(rf"^\S+(?:\s\S+)?\s+(?:{by_words})\s+\S", re.IGNORECASE)
        gallery = "|".join(re.escape(word) for word in sorted(rules.words_of("gallery"), key=len, reverse=True))
        self.gallery = re.compile(rf"(?<!\w)(?:{gallery})(?!\w)", re.IGNORECASE)
        self.agencies = {rules.normalise(name) for name in rules.words_of("agencies")}
        photo = "|".join(re.escape(word) for word in sorted(rules.words_of("photo"), key=len, reverse=True))
        of = "|".join(re.escape(word) for word in sorted(rules.words_of("of"), key=len, reverse=True))
        self.counter = re.compile(
            rf"^[(\[]?\s*(?:(?:{photo})\s*)?(?P<n>\d{{1,3}})\s*(?:{of})\s*(?P<total>\d{{1,3}})\s*[)\]]?$",
            re.IGNORECASE,
        )
        agencies = sorted((re.escape(name) for name in rules.words_of("agencies")), key=len, reverse=True)
        self.trailing_agency = re.compile(
            rf"[.!?…]?\s*\((?P<credit>(?:{'|'.join(agencies)})(?:\s*/\s*[^()/]{{1,60}}){{0,3}})\)\s*$", re.IGNORECASE
        )
        byline = "|".join(
            re.escape(word) for word in sorted(rules.words_of("byline") + rules.words_of("by"), key=len, reverse=True)
        )
        self.byline = re.compile(rf"^(?:{byline})(?:\s*[:|]\s*|\s+)\w", re.IGNORECASE)
        prefixes = sorted(
            (re.escape(word) for word in rules.words_of("credit") if word[0].isalpha()), key=len, reverse=True
        )
        self.inline_credit = re.compile(
            rf"(?:^|(?<=[.!?…)\]]\s)|(?<=[.!?…]\s\s)|\s[(\[]|\s[|–—-]\s)\s*(?P<credit>(?:{'|'.join(prefixes)})"
            rf"\s*[:：]\s*[^\n]{{2,100}}?)\s*[)\]]?\s*$",
            re.IGNORECASE,
        )


_vocabulary: _Vocabulary | None = None


def _vocab() -> _Vocabulary:
    """The shared vocabulary, compiled on first use."""
    global _vocabulary
    if _vocabulary is None:
        _vocabulary = _Vocabulary()
    return _vocabulary


def parse_lines(raw_lines: Sequence[str], source: str = "<text>", *, language: str | None = None) -> Article:
    """Classify every line of a pasted article and gather its structure.

    Args:
        raw_lines: the source lines, already decoded and sanitised.
        source: a name for the input (file name), used in messages and citations.
        language: force the article language instead of detecting it.

    Returns:
        The lossless Article: one Line per source line, with sections, captions and quotes.
    """
    from reader.document.language import block_languages, detect_article_language
    from reader.document.quotes import extract_quotes

    items = [_Item(index, text.strip(), shape(text.strip())) for index, text in enumerate(raw_lines)]
    content = [item for item in items if item.text]
    for position, item in enumerate(content):
        item.position = position
    for item in items:
        if not item.text:
            _set(item, Role.BLANK)
    vocab = _vocab()
    for item in content:
        _mark_vocabulary(item, vocab)
    _mark_video_titles(content)
    _mark_related_lists(items)
    captions = _mark_captions(content)
    _mark_headings(content)
    for item in content:
        if item.role is None:
            _set(item, Role.PARAGRAPH)
    lines = [Line(item.index + 1, item.text, item.role or Role.PARAGRAPH, item.reason) for item in items]
    sections = _sections(lines, captions)
    lines = _mark_galleries(lines, sections, captions)
    body_sample = (line.text for line in lines if line.role in _LANGUAGE_ROLES)
    article_language = language or detect_article_language(body_sample)
    foreign = block_languages(
        ((line.number, line.text) for line in lines if line.role in _LANGUAGE_ROLES), article_language
    )
    if foreign:
        lines = [Line(line.number, line.text, line.role, line.reason, foreign.get(line.number)) for line in lines]
    quotes = extract_quotes([(line.number, line.text) for line in lines if line.role in _QUOTE_ROLES], article_language)
    title = next((line.text for line in lines if line.role.is_heading), None) if sections and sections[0].line else None
    return Article(
        lines=tuple(lines),
        sections=tuple(sections),
        captions=tuple(_caption_model(caption) for caption in captions),
        quotes=tuple(quotes),
        language=article_language,
        title=title,
        source=source,
    )


_LANGUAGE_ROLES = frozenset({Role.PARAGRAPH, Role.GALLERY_INTRO, Role.CAPTION_TEXT, Role.HEADING})
_QUOTE_ROLES = frozenset({Role.PARAGRAPH, Role.GALLERY_INTRO, Role.CAPTION_TEXT})


def parse_text(text: str, source: str = "<text>", *, language: str | None = None) -> Article:
    """Parse a whole pasted text (split and sanitised here) into an Article."""
    from reader.document.loading import sanitise, split_lines

    return parse_lines([sanitise(line)[0] for line in split_lines(text)], source, language=language)


def _set(item: _Item, role: Role, reason: str | None = None, *, tentative: bool = False) -> None:
    """Give an item its role (and, for clutter, the reason)."""
    item.role = role
    item.reason = reason
    item.tentative = tentative


def _mark_vocabulary(item: _Item, vocab: _Vocabulary) -> None:
    """Single-line rules: ad labels, read-also links, page prompts, video leftovers, credits."""
    text = item.text
    if item.shape.is_duration:
        _set(item, Role.VIDEO, f"video duration '{text}'")
        return
    if item.shape.words > 30:
        _mark_inline_credit(item, vocab)
        return
    if found := vocab.ad.whole(text):
        _set(item, Role.AD, f"ad label '{text}'")
    elif found := _short_prefix(vocab.related, text, rest_words=24):
        _set(item, Role.RELATED, f"read-also link '{found.phrase}'")
    elif counter := vocab.counter.match(text):
        if 0 < int(counter["n"]) <= int(counter["total"]) <= _COUNTER_MAX:
            _set(item, Role.PROMO, f"photo counter '{text}'")
    elif found := _short_prefix(vocab.promo, text, rest_words=8):
        _set(item, Role.PROMO, f"page prompt '{found.phrase}'")
    elif found := _short_prefix(vocab.video, text, rest_words=16):
        _set(item, Role.VIDEO, f"video player text '{found.phrase}'")
    if item.role is None:
        _mark_credit_or_caption(item, vocab)


def _short_prefix(phrases: rules.PhraseTable, text: str, rest_words: int) -> rules.PrefixMatch | None:
    """A phrase that is the whole line, or starts a line whose rest is short and title-like."""
    if found := phrases.whole(text):
        return found
    found = phrases.prefix(text, spaced=True)
    if found is None:
        return None
    rest = shape(found.rest)
    if len(found.phrase.split()) >= 3:
        return found if rest.words <= rest_words * 5 else None  # "Simak breaking news …" marks the whole prompt
    if rest.words > rest_words or (rest.words > 6 and rest.ends_sentence and not rest.ends_question):
        return None
    return found


def _mark_credit_or_caption(item: _Item, vocab: _Vocabulary) -> None:
    """Photo credits (``Foto: …``, ``Photo by …``, ``© …``, agency names) and caption prefixes."""
    text = item.text
    if found := vocab.caption.prefix(text):
        _set(item, Role.CAPTION_TEXT, tentative=True)
        return
    found = vocab.credit.prefix(text)
    if (
        (found and found.rest and shape(found.rest).words <= MAX_CREDIT_WORDS and not _is_sentence(found.rest))
        or (vocab.credit_by.match(text) and vocab.credit.prefix(text, spaced=True) is None and _credit_by(text, vocab))
        or (text.startswith(("©", "(c)", "(C)")) and item.shape.words <= MAX_CREDIT_WORDS)
        or _is_agency_line(text, vocab)
    ):
        _set(item, Role.CREDIT, tentative=True)
    else:
        _mark_inline_credit(item, vocab)


def _credit_by(text: str, vocab: _Vocabulary) -> bool:
    """``Photo by Jane Doe`` / ``Foto oleh …``: a credit word, a by-word, then a short name."""
    first = text.split()[0]
    return vocab.credit.whole(first) is not None and shape(text).words <= MAX_CREDIT_WORDS and not _is_sentence(text)


def _is_sentence(text: str) -> bool:
    """A credit remainder that reads as a sentence (several words ending in punctuation)."""
    measured = shape(text)
    return measured.ends_sentence and measured.words > 6


_AGENCY_SPLIT = re.compile(r"\s*(?:/|\||,|;|\+|\bvia\b|&|\band\b)\s*", re.IGNORECASE)


def _is_agency_line(text: str, vocab: _Vocabulary) -> bool:
    """A short line naming only photo agencies and people: ``Reuters/A. Ismail``, ``(AFP)``."""
    if shape(text).words > 8 or ("/" not in text and not text.startswith("(")):
        return False
    parts = [rules.normalise(part) for part in _AGENCY_SPLIT.split(text.strip("()[] ")) if part.strip()]
    return any(part in vocab.agencies for part in parts) and all(len(part.split()) <= 4 for part in parts)


def _mark_inline_credit(item: _Item, vocab: _Vocabulary) -> None:
    """A caption line with its credit at the end: ``People flee. Photograph: Jane Doe/AFP``."""
    if len(item.text) > _INLINE_CREDIT_LIMIT:
        return
    match = vocab.inline_credit.search(item.text) or vocab.trailing_agency.search(item.text)
    if not match or match.start() == 0:
        return
    body = item.text[: match.start()].strip()
    credit = match.group("credit").strip()
    if credit.count("(") > credit.count(")"):
        credit += ")"
    if shape(body).words >= 3 and shape(credit).words <= MAX_CREDIT_WORDS + 1:
        _set(item, Role.CAPTION_TEXT, tentative=True)
        item.inline_credit = credit


def _mark_related_lists(items: list[_Item]) -> None:
    """Short lines right under a bare "Related Topics" / "Mehr zum Thema" header are its links."""
    header: _Item | None = None
    for item in items:
        if item.role is Role.RELATED and _vocab().related.whole(item.text):
            header = item
            continue
        if header is None:
            continue
        if item.role is None and item.shape.title_like and item.index - header.index <= 12:
            _set(item, Role.RELATED, f"link listed under '{header.text}'")
        else:
            header = None


def _mark_video_titles(content: list[_Item]) -> None:
    """A short title line directly before a duration is the video's title."""
    for position, item in enumerate(content):
        if not item.shape.is_duration or position == 0:
            continue
        previous = content[position - 1]
        if previous.role is None and previous.shape.short and not previous.shape.starts_lower and position - 1 > 0:
            _set(previous, Role.VIDEO, f"video title before duration '{item.text}'")


def _caption_text_ok(item: _Item | None, max_words: int = MAX_CAPTION_WORDS) -> bool:
    """Can this item be a caption's text? Untagged (or marked caption), not an intro ending in ':'."""
    if item is None:
        return False
    if item.role is Role.CAPTION_TEXT and item.tentative:
        return True
    return (
        item.role is None and not item.shape.ends_colon and not item.shape.is_bullet and item.shape.words <= max_words
    )


def _at(content: list[_Item], position: int) -> _Item | None:
    """The item at a position, or None outside the list."""
    return content[position] if 0 <= position < len(content) else None


def _mark_captions(content: list[_Item]) -> list[_Caption]:
    """Group title / text / credit runs into captions, including a gallery's uncredited last one."""
    captions: list[_Caption] = []
    for position, item in enumerate(content):
        if item.role is not Role.CREDIT or not item.tentative:
            continue
        caption = _caption_after(content, position) or _caption_before(content, position)
        item.tentative = False
        if caption is None:
            continue
        captions.append(caption)
        if _run_length(captions) >= 2:
            trailing = _trailing_caption(content, position)
            if trailing:
                captions.append(trailing)
    for item in content:
        if item.role is Role.CAPTION_TEXT and item.tentative:
            item.tentative = False
            credit = item if item.inline_credit else None
            captions.append(_Caption(text=item, credit=credit))
    captions.sort(key=lambda caption: caption.text.index)
    return captions


def _caption_before(content: list[_Item], position: int) -> _Caption | None:
    """The caption a credit closes: [title] text credit."""
    text = _at(content, position - 1)
    title = _at(content, position - 2)
    has_title = (
        title is not None
        and title.role is None
        and title.shape.title_like
        and not _names_gallery(title.text)
        and position - 2 > 0
        and text is not None
        and (text.shape.text_like or text.role is Role.CAPTION_TEXT)
    )
    if not _caption_text_ok(text, MAX_CAPTION_WORDS if has_title else MAX_UNTITLED_CAPTION_WORDS):
        return None
    assert text is not None
    credit = content[position]
    _set(text, Role.CAPTION_TEXT)
    if has_title and title is not None:
        _set(title, Role.CAPTION_TITLE)
        return _Caption(text=text, title=title, credit=credit)
    return _Caption(text=text, credit=credit)


def _names_gallery(text: str) -> bool:
    """A line that announces a photo gallery (``In pictures: …``, ``Bildergalerie``)."""
    return _vocab().gallery.search(text) is not None


def _caption_after(content: list[_Item], position: int) -> _Caption | None:
    """A credit that comes first, then a marked caption text (``Image caption, …``)."""
    text = _at(content, position + 1)
    if text is not None and text.role is Role.CAPTION_TEXT and text.tentative:
        text.tentative = False
        return _Caption(text=text, credit=content[position])
    return None


def _run_length(captions: list[_Caption]) -> int:
    """How many captions with titles end the list back to back (a gallery run)."""
    run = 0
    expected_end: int | None = None
    for caption in reversed(captions):
        if caption.title is None or caption.credit is None:
            break
        if expected_end is not None and caption.credit.position != expected_end:
            break
        run += 1
        expected_end = caption.title.position - 1
    return run


def _trailing_caption(content: list[_Item], position: int) -> _Caption | None:
    """After a gallery's last credit: a title and text that end the gallery without a credit."""
    title, text, after = (_at(content, position + offset) for offset in (1, 2, 3))
    if title is None or text is None or title.role is not None or text.role is not None:
        return None
    if not (title.shape.title_like and text.shape.text_like and _caption_text_ok(text)):
        return None
    if after is not None and after.role is None and not after.shape.title_like:
        return None  # more running text follows: these are body lines, not a caption
    if after is not None and after.role is Role.CREDIT:
        return None  # the next credit will claim them
    _set(title, Role.CAPTION_TITLE)
    _set(text, Role.CAPTION_TEXT)
    return _Caption(text=text, title=title)


def _mark_headings(content: list[_Item]) -> None:
    """Short title-like lines followed by running text, a list or a gallery are headings."""
    for position, item in enumerate(content):
        if item.role is not None or not item.shape.title_like or item.shape.dateline:
            continue
        if _vocab().byline.match(item.text) and item.shape.words <= 12:
            continue  # "By Maria Santos", "Penulis … | Editor …" are bylines, not headings
        previous = content[position - 1] if position else None
        if previous is not None and previous.role is None and previous.shape.title_like and not previous.shape.dateline:
            continue  # a second short line in a row: a byline block or a list, not a heading
        following = _next_content(content, position)
        if (position == 0 and following is not None) or (following is not None and _opens_section(following)):
            _set(item, Role.HEADING)


def _next_content(content: list[_Item], position: int) -> _Item | None:
    """The next item that is not clutter (an ad between a heading and its text is skipped)."""
    for index in range(position + 1, len(content)):
        item = content[index]
        if item.role is None or not item.role.is_clutter:
            return item
    return None


def _opens_section(item: _Item) -> bool:
    """Can this item follow a heading: running text, an intro, a list, or a gallery's parts?"""
    if item.role is not None:
        return item.role in (Role.CREDIT, Role.CAPTION_TITLE, Role.CAPTION_TEXT)
    measured = item.shape
    return measured.text_like or measured.is_bullet or (measured.ends_colon and measured.words > 4)


def _sections(lines: list[Line], captions: list[_Caption]) -> list[Section]:
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


def _mark_galleries(lines: list[Line], sections: list[Section], captions: list[_Caption]) -> list[Line]:
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


def _caption_model(caption: _Caption) -> Caption:
    """The public Caption for a caption under construction."""
    credit_text: str | None = None
    if caption.credit is not None:
        credit_text = caption.credit.inline_credit or caption.credit.text
    text = caption.text.text
    if caption.text.inline_credit and caption.credit is caption.text:
        text = text[: len(text) - len(caption.text.inline_credit)].rstrip(" ([|–—-").rstrip()
    return Caption(
        text=_strip_caption_prefix(text),
        text_line=caption.text.index + 1,
        title=caption.title.text if caption.title else None,
        title_line=caption.title.index + 1 if caption.title else None,
        credit=credit_text,
        # An inline credit has no line of its own: the line's role stays caption_text.
        credit_line=caption.credit.index + 1 if caption.credit and caption.credit is not caption.text else None,
    )


def _strip_caption_prefix(text: str) -> str:
    """``Image caption, People flee`` → ``People flee``."""
    found = _vocab().caption.prefix(text)
    return found.rest if found and found.rest else text


def iter_roles(article: Article) -> Iterable[tuple[int, Role]]:
    """(line number, role) pairs, for tests and dumps."""
    return ((line.number, line.role) for line in article.lines)
