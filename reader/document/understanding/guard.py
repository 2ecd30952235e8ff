"""Article text is hidden only on evidence: the check between the learnt decision and the structure.

The learnt decision weighs a line's neighbours as well as the line itself, which is how a
one-word topic link under "Related Topics" or a video title above its duration is found.
Context alone must not hide article text, though: hiding a sentence costs a reader more than
showing a stray prompt. So a clutter decision stands only where some evidence of that kind
is there. A line that does not read as a sentence needs a fact of its own that ``prior.toml``
counts for the kind, or such a line in the unbroken run of that kind it belongs to (a block
of links under its header, a title above its duration, a menu at the top of a page). A
sentence needs strong evidence of its own (a known phrase; not merely a web address or an
app it names), or evidence of its own and a run that shows the same kind (a newsletter
sign-up and its privacy notice). Below the lead, a block of at least ``MIN_BLOCK`` short lines
of one kind stands on its own (a header the vocabulary does not know, and its links); above
it (a headline and its byline), or as a list of bullet points, it does not. A byline is not
read aloud either, so below the article's first paragraph it too needs evidence (under the headline its
place is enough). Where the evidence is missing, the most probable role that is not clutter
is taken, and the reason says why; but where the line's own strong evidence names another
clutter kind (a known prompt the decision took for an ad), that kind is taken.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence

from reader.document.model import Role
from reader.document.understanding.evidence import LineEvidence

SENTENCE_WORDS = 8
"""A line of at least this many words that ends like a statement reads as article text."""

STRONG = 1.0
"""A sentence is hidden only on evidence stronger than this (a web address in it is not enough)."""

MENTIONS = ("mentions:",)
"""Facts about what a line mentions (an app, a newsletter): a sentence may mention them too."""

LINKS = ("has:",)
"""A web address or a handle in a line: a sentence may carry one, and it says nothing of the kind of line."""

WEAK = ("duration:inside",)
"""A clock time inside a line ("10:32 GMT") is no evidence of a video on its own: datelines have them."""

MIN_BLOCK = 3
"""Short lines of one clutter kind in a row below the lead form a block (a header and its links) that stands on its own."""

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
    own = [
        _own_evidence_for(item, label, prior, ignore=(*WEAK, *LINKS) if _reads_as_text(item) else WEAK)
        for item, label in zip(evidence, labels, strict=True)
    ]
    strong = [
        _own_evidence_for(item, label, prior, STRONG, ignore=(*WEAK, *LINKS, *MENTIONS))
        for item, label in zip(evidence, labels, strict=True)
    ]
    alone = [strong[i] if _reads_as_text(item) else own[i] for i, item in enumerate(evidence)]
    result: list[tuple[str, str | None]] = []
    header = labels.index(Role.PARAGRAPH.value) if Role.PARAGRAPH.value in labels else len(labels)
    for start, end in _runs(labels):
        label = labels[start]
        if not (Role(label).is_clutter or label == Role.BYLINE.value):
            result += [(label, None)] * (end - start)
            continue
        backing = sum(alone[start:end])
        block = _block(evidence[start:end], start > header)
        for position in range(start, end):
            item = evidence[position]
            guarded = label != Role.BYLINE.value or position > header
            backed = backing - alone[position] > 0 or block
            if _reads_as_text(item):
                stands = strong[position] or (own[position] and backed)
            else:
                stands = own[position] or backed
            if not guarded or stands:
                result.append((label, None))
                continue
            if other := _own_clutter_kind(item, prior):
                result.append(
                    (other, f"{_strongest_detail(item, other, prior)}; the lines around it suggested {label}")
                )
                continue
            shown = (r.value for r in roles if not r.is_clutter and r is not Role.BYLINE)
            kept = max(shown, key=lambda name: marginal(name, position))
            result.append((kept, _why(item, label, backed or own[position])))
    return result


def _block(run: Sequence[LineEvidence], below_lead: bool) -> bool:
    """A block of short lines below the lead (links under a header the vocabulary does not know), not a list."""
    listed = any(fact.name == "starts:bullet" for item in run for fact in item.facts)
    return below_lead and len(run) >= MIN_BLOCK and not listed and not any(map(_reads_as_text, run))


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


def _own_clutter_kind(item: LineEvidence, prior: Mapping[str, Mapping[str, float]]) -> str | None:
    """Another clutter kind the line's own strong evidence names ("Haberin Devamı" is a known prompt), if any."""
    ignore = (*WEAK, *LINKS, *MENTIONS)
    weights: dict[str, float] = {}
    for fact in item.facts:
        if fact.name.startswith(ignore):
            continue
        for role, weight in prior.get(fact.name, {}).items():
            if weight > STRONG and Role(role).is_clutter:
                weights[role] = max(weights.get(role, 0.0), weight)
    return max(weights, key=weights.__getitem__) if weights else None


def _strongest_detail(item: LineEvidence, role: str, prior: Mapping[str, Mapping[str, float]]) -> str:
    """What the line's own evidence for a role says, in words (the weightiest fact)."""
    best = max(item.facts, key=lambda fact: prior.get(fact.name, {}).get(role, 0.0))
    return best.detail


def _own_evidence_for(
    item: LineEvidence,
    label: str,
    prior: Mapping[str, Mapping[str, float]],
    least: float = 0.0,
    ignore: tuple[str, ...] = (),
) -> bool:
    """Whether one of the line's own facts (but those named in ``ignore``) counts more than ``least`` for this role."""
    return any(
        prior.get(fact.name, {}).get(label, 0.0) > least and not fact.name.startswith(ignore) for fact in item.facts
    )
