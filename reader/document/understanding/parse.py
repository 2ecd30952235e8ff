"""Pasted text to an Article, in stages: evidence per line, one joint decision, structure, quotes."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence

from reader.document.model import Article, Line, Role
from reader.document.understanding.decision import Decision, decide
from reader.document.understanding.evidence import LineEvidence, gather
from reader.document.understanding.structure import build
from reader.document.understanding.text import WIDE_CHARS


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
    from reader.document.understanding.quotes import extract_quotes

    article_language = language or detect_article_language(_language_sample(raw_lines))
    evidence = gather(raw_lines, hints, article_language)
    lines = _decided_lines(raw_lines, evidence, decide(evidence))
    structure = build(
        lines,
        {item.index + 1: item.inline_credit for item in evidence if item.inline_credit},
        frozenset(item.index + 1 for item in evidence if _marks_a_photo(item)),
        frozenset(item.index + 1 for item in evidence if item.hint is not None and item.hint is lines[item.index].role),
    )
    lines = list(structure.lines)
    foreign = block_languages(
        ((line.number, line.text) for line in lines if line.role in _LANGUAGE_ROLES), article_language
    )
    if foreign:
        lines = [_with_language(line, foreign[line.number]) if line.number in foreign else line for line in lines]
    quotes = (
        []
        if not find_quotes
        else extract_quotes([(line.number, line.text) for line in lines if line.role in _QUOTE_ROLES], article_language)
    )
    return Article(
        lines=tuple(lines),
        sections=structure.sections,
        captions=structure.captions,
        quotes=tuple(quotes),
        language=article_language,
        title=(metadata or {}).get("title") or structure.title,
        source=source,
        metadata=dict(metadata or {}),
    )


_LANGUAGE_ROLES = frozenset({Role.PARAGRAPH, Role.GALLERY_INTRO, Role.CAPTION_TEXT, Role.HEADING})
_QUOTE_ROLES = frozenset({Role.PARAGRAPH, Role.GALLERY_INTRO, Role.CAPTION_TEXT})
_SAMPLE_MIN_WORDS = 8


def _language_sample(raw_lines: Sequence[str]) -> Iterable[str]:
    """Lines long enough to be running text (menus, labels and credits are short), for language detection."""
    for text in raw_lines:
        stripped = text.strip()
        if len(stripped.split()) >= _SAMPLE_MIN_WORDS or _unspaced_sentence(stripped):
            yield stripped


_SAMPLE_MIN_WIDE_CHARS = 16
"""A line in a script written without spaces (three in four of these characters) carries a sentence in this many."""


def _unspaced_sentence(text: str) -> bool:
    """A sentence in a script without spaces (Chinese, Japanese): long, with no space near its start."""
    if len(text) >= 40 and " " not in text[:40]:
        return True
    head = text[:_SAMPLE_MIN_WIDE_CHARS]
    return " " not in head and len(WIDE_CHARS.findall(head)) * 4 >= _SAMPLE_MIN_WIDE_CHARS * 3


def _decided_lines(
    raw_lines: Sequence[str], evidence: Sequence[LineEvidence], decisions: Sequence[Decision]
) -> list[Line]:
    """One Line per source line: blank lines, and every other line with its decided role and reason."""
    lines = [Line(number, text.strip(), Role.BLANK) for number, text in enumerate(raw_lines, start=1)]
    for item, decision in zip(evidence, decisions, strict=True):
        role, reason = _with_hint(item, decision)
        runner_up = decision.runner_up if role is decision.role else decision.role
        lines[item.index] = Line(item.index + 1, lines[item.index].text, role, reason, None, runner_up)
    return lines


_MARKUP_KEEPS = ("ad:", "promo:", "related:", "video:")


def _with_hint(item: LineEvidence, decision: Decision) -> tuple[Role, str]:
    """The markup's role wins, except over a clutter label the vocabulary knows ("Advertisement" in a <p>)."""
    if item.hint is None or item.hint is decision.role or _refines(item, decision.role):
        return decision.role, decision.reason
    vocabulary_clutter = decision.role.is_clutter and any(fact.name.startswith(_MARKUP_KEEPS) for fact in item.facts)
    if vocabulary_clutter:
        return decision.role, decision.reason
    return item.hint, f"the page's markup says {item.hint.value}"


_PHOTO_FACTS = ("credit:", "caption:", "ends:bracket")


def _refines(item: LineEvidence, role: Role) -> bool:
    """A decided role that is a kind of the markup's: a heading whose own words name a photo gallery."""
    named = any(fact.name == "gallery:word" for fact in item.facts)
    return item.hint is Role.HEADING and role is Role.GALLERY_HEADING and named


def _marks_a_photo(item: LineEvidence) -> bool:
    """A line whose own text says it belongs to a photo: a credit, a caption word, a bracketed note at its end."""
    return item.inline_credit is not None or any(fact.name.startswith(_PHOTO_FACTS) for fact in item.facts)


def _with_language(line: Line, language: str | None) -> Line:
    """A copy of a line with a language of its own."""
    return Line(line.number, line.text, line.role, line.reason, language, line.runner_up)


def parse_text(text: str, source: str = "<text>", *, language: str | None = None) -> Article:
    """Parse a whole pasted text (split and sanitised here) into an Article."""
    from reader.document.input.loading import sanitise, split_lines

    return parse_lines([sanitise(line)[0] for line in split_lines(text)], source, language=language)


def iter_roles(article: Article) -> Iterable[tuple[int, Role]]:
    """(line number, role) pairs, for tests and dumps."""
    return ((line.number, line.role) for line in article.lines)
