"""Training variants of a labelled paste with furniture from the vocabulary inserted, so the decision trusts it anywhere.

A few dozen labelled pastes show each kind of furniture in only a few places. The variants
put phrases from the language files (ad labels, prompts, read-also blocks, video leftovers,
bylines, and for whole pages menus, consent notices, lists, comments and footers) between the
paragraphs and around the article of real labelled pastes, so that what the vocabulary says
counts wherever it stands. Deterministic for a given seed.
"""

from __future__ import annotations

import random
from typing import TYPE_CHECKING

from reader.document.understanding import vocabulary as rules
from reader.document.understanding.evidence import LineEvidence, gather

if TYPE_CHECKING:
    from reader.document.understanding.training import Example

INSERT_CHANCE = 0.3
"""The chance of furniture between two body paragraphs."""

PAGE_CHANCE = 0.35
"""The chance that a variant is wrapped in a whole page's menus, lists, comments and footer."""

CROP_CHANCE = 0.8
"""The chance that a variant keeps only a stretch of the paste: people copy from anywhere to anywhere."""

MIN_CROP_LINES = 2
SHORT_CROP_CHANCE = 0.4
KEEP_START_CHANCE = 0.7
"""Most pastes begin at the headline: most crops keep the paste's start and end early."""
SHORT_CROP_LINES = 10

HEADLINE_CHANCE = 0.5
"""The chance that a variant beginning at the paste's start is topped by its headline, as most copies are."""

BYLINE_CHANCE = 0.5
"""The chance that such a headline is followed by a byline ("By Maria Santos")."""

_INLINE_KINDS = (("ad", "ad"), ("promo", "promo"), ("related", "related"), ("video", "video"))


_made: dict[tuple[str, int], tuple[tuple[LineEvidence, ...], tuple[str, ...]]] = {}


def augmented(example: Example, seed: int) -> tuple[tuple[LineEvidence, ...], tuple[str, ...]]:
    """A variant of a labelled paste: its evidence and the true role of every non-blank line (made once)."""
    key = (example.name, seed)
    if key not in _made:
        _made[key] = _variant(example, seed)
    return _made[key]


def _variant(example: Example, seed: int) -> tuple[tuple[LineEvidence, ...], tuple[str, ...]]:
    """Make one variant."""
    rng = random.Random(f"{example.name}:{seed}")
    language = example.truth.get("language", "und")
    labelled = _labelled_lines(example)
    titles = _titles(labelled, rng)
    start = labelled[0] if labelled else None
    if rng.random() < CROP_CHANCE:
        labelled = _crop(labelled, rng)
    if labelled and labelled[0] is start and rng.random() < HEADLINE_CHANCE:
        labelled = _headline(rng, language, titles, labelled) + labelled
    pasted: list[tuple[str, str | None]] = []
    for position, (text, role) in enumerate(labelled):
        pasted.append((text, role))
        following = labelled[position + 1][1] if position + 1 < len(labelled) else None
        if role == "paragraph" and following == "paragraph" and rng.random() < INSERT_CHANCE:
            pasted += _inline_furniture(rng, language, titles)
    if rng.random() < PAGE_CHANCE:
        pasted = _whole_page(pasted, rng, language, titles)
    lines = [text for text, _ in pasted]
    evidence = gather(lines, language=language)
    return evidence, tuple(pasted[item.index][1] or "paragraph" for item in evidence)


def _labelled_lines(example: Example) -> list[tuple[str, str | None]]:
    """The paste's lines with their true roles (None for blank lines)."""
    by_index = {item.index: role for item, role in zip(example.evidence, example.roles, strict=True)}
    return [(text, by_index.get(index)) for index, text in enumerate(example.lines)]


def _crop(labelled: list[tuple[str, str | None]], rng: random.Random) -> list[tuple[str, str | None]]:
    """A stretch of the paste between two random lines, so no role is learnt from the paste's edges."""
    if len(labelled) <= MIN_CROP_LINES:
        return labelled
    start = 0 if rng.random() < KEEP_START_CHANCE else rng.randrange(0, len(labelled) - MIN_CROP_LINES)
    if rng.random() < SHORT_CROP_CHANCE:  # a few paragraphs, as when quoting a passage
        return labelled[start : start + rng.randint(MIN_CROP_LINES, SHORT_CROP_LINES)]
    end = rng.randrange(start + MIN_CROP_LINES, len(labelled) + 1)
    return labelled[start:end]


def _headline(
    rng: random.Random, language: str, titles: list[str], labelled: list[tuple[str, str | None]]
) -> list[tuple[str, str | None]]:
    """A headline made from the paste's own words, sometimes in title case, sometimes with a byline under it."""
    headline = rng.choice(titles)
    if rng.random() < 0.3:
        headline = " ".join(word[:1].upper() + word[1:] for word in headline.split())
    top: list[tuple[str, str | None]] = [(headline, "heading")]
    prefix = _phrase(rng, "byline", language)
    if prefix and rng.random() < BYLINE_CHANCE:
        top.append((f"{prefix} {_name(rng, labelled)}", "byline"))
    return top


def _name(rng: random.Random, labelled: list[tuple[str, str | None]]) -> str:
    """Two capitalised words of the paste, standing in for an author's name."""
    words = [word.strip(",.;:()\"'") for text, role in labelled if role == "paragraph" for word in text.split()[1:]]
    names = [word for word in words if word[:1].isupper() and word[1:].islower() and len(word) > 2]
    return " ".join(rng.sample(names, 2)) if len(set(names)) >= 2 else "Maria Santos"


def _titles(labelled: list[tuple[str, str | None]], rng: random.Random) -> list[str]:
    """Headline-like strings made from the paste's own sentences, for read-also links and lists."""
    titles: list[str] = []
    for text, role in labelled:
        words = text.split()
        if role == "paragraph" and len(words) >= 8:
            size = rng.randint(5, 9)
            title = " ".join(words[:size]).rstrip(",;:.")
            titles.append(title[:1].upper() + title[1:])
    return titles or ["Latest news"]


def _phrase(rng: random.Random, kind: str, language: str) -> str | None:
    """A phrase of one kind, from the paste's language (or common) most of the time."""
    own = rules.words_of(kind, language)
    pool = own if own and rng.random() < 0.8 else rules.words_of(kind)
    if not pool:
        return None
    phrase = rng.choice(pool)
    return phrase.upper() if rng.random() < 0.15 else phrase


def _inline_furniture(rng: random.Random, language: str, titles: list[str]) -> list[tuple[str, str | None]]:
    """An ad label, a prompt, a read-also link or block, or a video leftover between paragraphs."""
    kind, role = rng.choice(_INLINE_KINDS)
    phrase = _phrase(rng, kind, language)
    if phrase is None:
        return []
    if kind == "related" and rng.random() < 0.4:
        block: list[tuple[str, str | None]] = [(phrase, role)]
        return block + [(rng.choice(titles), role) for _ in range(rng.randint(1, 3))]
    if kind in ("related", "video") and rng.random() < 0.5:
        return [(f"{phrase.rstrip(':：')}: {rng.choice(titles)}", role)]
    if kind == "video" and rng.random() < 0.5:
        return [(rng.choice(titles), role), (f"{rng.randint(0, 9)}:{rng.randint(0, 59):02d}", role)]
    return [(phrase, role)]


def _whole_page(
    pasted: list[tuple[str, str | None]], rng: random.Random, language: str, titles: list[str]
) -> list[tuple[str, str | None]]:
    """The paste inside a page: menus and a consent notice above, lists, comments and a footer below."""
    top = [(text, "navigation") for text in _phrases(rng, "navigation", language, 3, 8)]
    top += [(text, "boilerplate") for text in _phrases(rng, "boilerplate", language, 1, 3)]
    bottom: list[tuple[str, str | None]] = []
    for header in _phrases(rng, "lists", language, 1, 2):
        bottom += [(header, "list")] + [(rng.choice(titles), "list") for _ in range(rng.randint(2, 5))]
    comments = _phrases(rng, "comments", language, 1, 3)
    if comments:
        bottom += [
            (comments[0], "comments"),
            (rng.choice(titles) + ".", "comments"),
            *((c, "comments") for c in comments[1:]),
        ]
    bottom += [(text, "boilerplate") for text in _phrases(rng, "boilerplate", language, 2, 5)]
    return top + pasted + bottom


def _phrases(rng: random.Random, kind: str, language: str, low: int, high: int) -> list[str]:
    """Several phrases of one kind."""
    found = [_phrase(rng, kind, language) for _ in range(rng.randint(low, high))]
    return [phrase for phrase in found if phrase]
