"""Article text is hidden only on evidence: the check between the learnt decision and the structure.

The learnt decision weighs a line's neighbours as well as the line itself, which is how a
one-word topic link under "Related Topics" or a video title above its duration is found.
Context alone must not hide article text, though: hiding a sentence costs a reader more than
showing a stray prompt. So a clutter decision stands only where some evidence of that kind
is there: in the line itself (a fact that ``prior.toml`` counts for the kind), or, for a line
that does not read as a sentence, in a neighbour of the same kind right beside it (a block of
links under its header, a title above a duration), or in being one of a block of such lines. Where it is not, the most probable role
that is not clutter is taken, and the reason says why.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence

from reader.document.model import Role
from reader.document.understanding.evidence import LineEvidence

SENTENCE_WORDS = 8
"""A line of at least this many words that ends like a statement reads as article text."""

MIN_BLOCK = 2
"""Lines of one clutter kind in a row form a block (a list of links, a menu) that stands on its own."""

Marginal = Callable[[str, int], float]
"""The probability the decision gives a role (by name) at a position."""


def keep_article_text(
    evidence: Sequence[LineEvidence],
    labels: list[str],
    roles: Sequence[Role],
    marginal: Marginal,
    prior: Mapping[str, Mapping[str, float]],
) -> list[tuple[str, str | None]]:
    """Each line's role after the check, with the reason when the check changed it."""
    founded = [_own_evidence_for(item, label, prior) for item, label in zip(evidence, labels, strict=True)]
    result: list[tuple[str, str | None]] = []
    for start, end in _runs(labels):
        label = labels[start]
        backed = any(founded[start:end]) or end - start >= MIN_BLOCK
        for position in range(start, end):
            item = evidence[position]
            if not Role(label).is_clutter or founded[position] or (backed and not _reads_as_text(item)):
                result.append((label, None))
                continue
            kept = max((r.value for r in roles if not r.is_clutter), key=lambda name: marginal(name, position))
            result.append((kept, _why(item, label, backed)))
    return result


def _runs(labels: list[str]) -> list[tuple[int, int]]:
    """Start and end (exclusive) of every run of equal labels."""
    runs: list[tuple[int, int]] = []
    start = 0
    for position in range(1, len(labels) + 1):
        if position == len(labels) or labels[position] != labels[start]:
            runs.append((start, position))
            start = position
    return runs


def _why(item: LineEvidence, label: str, backed: bool) -> str:
    """The reason a clutter decision was not kept."""
    if backed:
        return f"reads as article text ({item.shape.words} words, ends like a sentence); only the lines around it suggested {label}"
    return f"nothing in it or beside it marks it as {label}; only the lines around it suggested {label}"


def _reads_as_text(item: LineEvidence) -> bool:
    """A sentence-length line ending like a statement (a question may be a headline or a link)."""
    return item.shape.words >= SENTENCE_WORDS and item.shape.ends_sentence and not item.shape.ends_question


def _own_evidence_for(item: LineEvidence, label: str, prior: Mapping[str, Mapping[str, float]]) -> bool:
    """Whether one of the line's own facts counts for this role in ``prior.toml``."""
    return any(prior.get(fact.name, {}).get(label, 0.0) > 0 for fact in item.facts)
