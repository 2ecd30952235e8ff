"""Whole-page evidence: where the article's running text lies in a select-all paste (before, inside, after)."""

from __future__ import annotations

import functools
from collections.abc import Sequence
from dataclasses import replace

from reader.document.understanding.evidence import Fact, LineEvidence

MIN_OUTSIDE_LINES = 6
"""A paste with fewer non-blank lines outside the article is an ordinary (clean) paste."""

MIN_OUTSIDE_SHARE = 0.2

MIN_FURNITURE_LINES = 3
"""A whole page shows at least this many known menu, legal, list or comment lines outside the article."""


def _score(item: LineEvidence, stopwords: frozenset[str]) -> float:
    """How much a line looks like article text (positive) or page furniture (negative)."""
    names = {fact.name.split(":")[0] for fact in item.facts}
    if names & _INSIDE_KINDS:
        return 0.0  # ads, prompts and read-also links sit inside articles too
    if names & _FURNITURE_KINDS:
        return -8.0
    measured = item.shape
    if item.inline_credit or "credit" in names or "caption" in names:
        return 1.0
    words = item.text.split()
    share = sum(word.strip(".,;:!?\"'“”„«»()").casefold() in stopwords for word in words) / len(words) if words else 0
    if (measured.words >= 10 and measured.ends_sentence) or (measured.words >= 16 and (share >= 0.12 or not stopwords)):
        return float(min(measured.words, 60))
    if measured.ends_sentence and measured.words >= 6 and share >= 0.2:
        return 2.0
    return -3.0


_INSIDE_KINDS = frozenset({"ad", "related", "promo", "video", "counter", "duration"})
_FURNITURE_KINDS = frozenset({"boilerplate", "comments", "lists", "navigation"})


def article_span(evidence: Sequence[LineEvidence], language: str) -> tuple[LineEvidence, ...]:
    """The evidence with page facts added when the paste is a whole page: before, inside or after the article."""
    span = find_span(evidence, language)
    if span is None:
        return tuple(evidence)
    start, end = span
    marked: list[LineEvidence] = []
    for position, item in enumerate(evidence):
        if position < start:
            fact = Fact("page:before", "above the article's running text in a whole-page paste")
        elif position > end:
            fact = Fact("page:after", "below the article's running text in a whole-page paste")
        else:
            fact = Fact("page:inside", "within the article's running text")
        marked.append(replace(item, facts=(*item.facts, fact)))
    return tuple(marked)


def find_span(evidence: Sequence[LineEvidence], language: str) -> tuple[int, int] | None:
    """Positions of the article's first and last line in a whole-page paste, or None for an ordinary paste."""
    if len(evidence) < 12:
        return None
    stopwords = stopwords_of(language)
    scores = [_score(item, stopwords) for item in evidence]
    best_start, best_end = densest_run(scores)
    outside = len(evidence) - (best_end - best_start + 1)
    if outside < MIN_OUTSIDE_LINES or outside < MIN_OUTSIDE_SHARE * len(evidence):
        return None
    furniture = sum(
        1
        for position, item in enumerate(evidence)
        if not best_start <= position <= best_end and {f.name.split(":")[0] for f in item.facts} & _FURNITURE_KINDS
    )
    return (best_start, best_end) if furniture >= MIN_FURNITURE_LINES else None


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
