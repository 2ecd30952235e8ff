"""Whole-page pastes: find the article among menus, banners, lists, comments and footers.

A select-all paste of a news page carries the site around the article. The article is the
densest run of running text (sentences, long lines rich in the language's stop words), with
gaps for its captions, ads and prompts; menus and lists are runs of short lines, and known
furniture vocabulary (cookie notices, "Most read", "Reply", footers) marks the rest. Only when
much of the paste lies outside that run is the text treated as a whole page: then every line
outside the article gets a furniture role (navigation, boilerplate, comments, list) with its
reason. A clean paste is left exactly as the article engine classified it.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from reader.document.model import Line, Role
from reader.document.understanding import vocabulary as rules
from reader.document.understanding.text import shape

MIN_OUTSIDE_LINES = 6
"""A paste with fewer non-blank lines outside the article is an ordinary (clean) paste."""

MIN_OUTSIDE_SHARE = 0.2

TITLE_LOOKBACK = 10
"""How many lines above the first paragraph the article's title may stand (byline and date between)."""

_COUNT = re.compile(r"\s*[(\[]?\d+[)\]]?\s*$")
_COPYRIGHT = re.compile(r"^\s*(?:©|\(c\)|copyright\b)", re.IGNORECASE)
_FURNITURE_KINDS = (
    ("boilerplate", Role.BOILERPLATE),
    ("comments", Role.COMMENTS),
    ("lists", Role.LIST),
    ("navigation", Role.NAVIGATION),
)


@dataclass(frozen=True)
class PageFinding:
    """The article's place in a whole-page paste, and the furniture around it."""

    start: int  # 0-based index of the article's first line (its title)
    end: int  # 0-based index of its last line
    title: str | None
    furniture: dict[int, tuple[Role, str]]  # 0-based line index -> (role, reason)


@functools.cache
def stopwords_of(language: str) -> frozenset[str]:
    """Stop words of a language (stopwordsiso), or none when it has no list."""
    if language == "und":
        return frozenset()  # not worth loading the lists (the quick first parse has no language yet)
    try:
        import stopwordsiso
    except ImportError:
        return frozenset()
    code = {"prs": "fa"}.get(language, language)
    return frozenset(stopwordsiso.stopwords(code)) if stopwordsiso.has_lang(code) else frozenset()


def _vocabulary_kind(text: str) -> tuple[Role, str] | None:
    """Known furniture: cookie and legal lines, comment-thread words, list headers, menu words."""
    if _COPYRIGHT.match(text):
        return Role.BOILERPLATE, "copyright line"
    bare = _COUNT.sub("", text)
    for kind, role in _FURNITURE_KINDS:
        phrases = rules.table(kind)
        found = phrases.whole(bare) or phrases.prefix(bare, spaced=True)
        if found:
            return role, f"{kind.rstrip('s')} '{found.phrase}'"
    return None


def _score(line: Line, stopwords: frozenset[str]) -> float:
    """How much a line looks like article text (positive) or page furniture (negative)."""
    if line.role.is_clutter:
        return 0.0  # ads and prompts sit inside articles too
    measured = shape(line.text)
    if line.role in (Role.CAPTION_TITLE, Role.CREDIT):
        return 1.0
    if line.role is Role.CAPTION_TEXT:
        return float(min(measured.words, 40))  # a caption is the article's text too
    if _vocabulary_kind(line.text):
        return -8.0
    words = line.text.split()
    share = sum(word.strip(".,;:!?\"'“”„«»()").casefold() in stopwords for word in words) / len(words) if words else 0
    if (measured.words >= 10 and measured.ends_sentence) or (measured.words >= 16 and (share >= 0.12 or not stopwords)):
        return float(min(measured.words, 60))
    if measured.ends_sentence and measured.words >= 6 and share >= 0.2:
        return 2.0
    return -3.0


def find_article(lines: list[Line], language: str) -> PageFinding | None:
    """The article inside a whole-page paste, or None for an ordinary paste."""
    content = [index for index, line in enumerate(lines) if line.role is not Role.BLANK]
    if len(content) < 12:
        return None
    stopwords = stopwords_of(language)
    scores = [_score(lines[index], stopwords) for index in content]
    best_start, best_end = densest_run(scores)
    outside = len(content) - (best_end - best_start + 1)
    if outside < MIN_OUTSIDE_LINES or outside < MIN_OUTSIDE_SHARE * len(content):
        return None
    start, title = _title_above(lines, content, best_start)
    end = content[best_end]
    furniture = _furniture(lines, content, start, end)
    return PageFinding(start, end, title, furniture)


def densest_run(scores: list[float]) -> tuple[int, int]:
    """The contiguous run with the highest total score (Kadane), as positions in ``scores``."""
    best = (0, 0)
    best_total = float("-inf")
    total = 0.0
    start = 0
    for position, score in enumerate(scores):
        if total <= 0:
            total, start = score, position
        else:
            total += score
        if total > best_total:
            best_total, best = total, (start, position)
    return best


def _title_above(lines: list[Line], content: list[int], first: int) -> tuple[int, str | None]:
    """The title that heads the article: the nearest title-like line above its first paragraph."""
    looked = 0
    for position in range(first - 1, -1, -1):
        line = lines[content[position]]
        measured = shape(line.text)
        if line.role.is_clutter:
            continue  # share buttons and the like between the title and the text do not count
        looked += 1
        if looked > TITLE_LOOKBACK:
            break
        if _vocabulary_kind(line.text):
            break  # menus and breadcrumbs stand above the title, never between it and the text
        if measured.dateline:
            continue
        if measured.title_like and measured.words >= 4 and not _looks_like_byline(line.text):
            return content[position], line.text
    return content[first], None


def _looks_like_byline(text: str) -> bool:
    byline = rules.table("byline")
    return bool(byline.prefix(text, spaced=True)) or bool(re.match(r"^(?:by|oleh|von|par|por)\s", text, re.IGNORECASE))


def _furniture(lines: list[Line], content: list[int], start: int, end: int) -> dict[int, tuple[Role, str]]:
    """A role and reason for every line outside the article, and for lists inside it."""
    found: dict[int, tuple[Role, str]] = {}
    current: tuple[Role, str] | None = None
    for index in content:
        line = lines[index]
        if line.role.is_clutter:
            current = None
            continue
        inside = start <= index <= end
        kind = _vocabulary_kind(line.text)
        measured = shape(line.text)
        if kind is not None:
            current = kind if kind[0] in (Role.LIST, Role.COMMENTS) else None
            if not inside or kind[0] is Role.LIST:
                found[index] = kind
            continue
        if inside:
            listed = current is not None and current[0] is Role.LIST
            if listed and measured.title_like and line.role in (Role.PARAGRAPH, Role.HEADING):
                found[index] = (Role.LIST, f"listed under {current[1]}")  # type: ignore[index]
                continue
            current = None
            continue
        if current is not None and (current[0] is Role.COMMENTS or measured.title_like):
            found[index] = (current[0], f"after {current[1]}")
        elif index < start:
            role = Role.NAVIGATION if measured.short else Role.BOILERPLATE
            found[index] = (role, "menu line before the article" if measured.short else "page text before the article")
        else:
            role = Role.LIST if measured.short else Role.BOILERPLATE
            found[index] = (
                role,
                "headline list after the article" if measured.short else "page text after the article",
            )
    return found
