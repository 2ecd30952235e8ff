"""One joint decision over the whole paste: each line's role from its evidence and its neighbours'.

The decision is a linear-chain conditional random field (CRFsuite): the weights of every
evidence feature for every role, and of every role-to-role transition, are data in
``roles.crfsuite``, learnt from hand-labelled pastes (``training.py``). Viterbi decoding picks
the best sequence of roles for the whole paste at once, so a line's role depends on what the
lines around it most likely are. Each decided line keeps the evidence that weighed most for
its role and the runner-up role with its probability.
"""

from __future__ import annotations

import functools
from collections.abc import Sequence
from dataclasses import dataclass
from importlib import resources
from typing import TYPE_CHECKING

from reader.document.model import Role
from reader.document.understanding.evidence import LineEvidence
from reader.document.understanding.guard import keep_article_text

if TYPE_CHECKING:
    import pycrfsuite

MODEL_FILE = "roles.crfsuite"
"""The learnt weights, beside this module."""

PRIOR_FILE = "prior.toml"
"""What each piece of evidence says on its own, written by hand."""

PRIOR_WEIGHT = 3.0
"""The value of the "best role by the evidence alone" feature (larger values are regularised less)."""

AHEAD = 6
"""How many following lines are counted for "captions ahead" (a gallery is near)."""

_CAPTION_SIGNS = ("credit:", "counter", "caption:")
_VOCABULARY_FACTS = (
    "ad:",
    "related:",
    "promo:",
    "video:",
    "byline:",
    "boilerplate:",
    "comments:",
    "lists:",
    "navigation:",
    "credit:",
    "caption:",
    "counter",
    "duration",
    "gallery:",
)

_PRIOR_ONLY = ("address:",)
"""Facts that speak to the learnt model only through the prior's best role: a combination of facts it already sees."""

VOCABULARY_WEIGHT = 5.0
"""The value of a vocabulary feature (shape features have 1): larger values are regularised less."""
_PAIR_PREFIXES = ("words:", "ends:")


@dataclass(frozen=True, slots=True)
class Decision:
    """The role decided for one line, why, and what came second."""

    role: Role
    reason: str
    runner_up: Role | None
    runner_up_probability: float


def features(evidence: Sequence[LineEvidence]) -> list[dict[str, float]]:
    """The decision features of every line: its own facts, its neighbours' facts, and what lies ahead."""
    names = [[fact.name for fact in item.facts] for item in evidence]
    values = [{name: _value(name) for name in own if not name.startswith(_PRIOR_ONLY)} for own in names]
    for own, value in zip(names, values, strict=True):
        value.update(_prior_features(own))
    ahead = _captions_ahead(evidence)
    rows: list[dict[str, float]] = []
    for position, own in enumerate(names):
        row = {"bias": 1.0, **values[position], _pair(own): 1.0}
        for offset in (-2, -1, 1, 2):
            other = position + offset
            tag = f"{offset:+d}|"
            if 0 <= other < len(names):
                row.update((tag + name, 1.0) for name in values[other] if _context(name, offset))
                if abs(offset) == 1:
                    row[tag + _pair(names[other])] = 1.0
            else:
                row[tag + "none"] = 1.0  # the paste's edge (crops in training keep the end from meaning "furniture")
        if ahead[position] >= 2:
            row["ahead:captions"] = 1.0
        rows.append(row)
    return rows


@functools.lru_cache(maxsize=4096)
def _context(name: str, offset: int) -> bool:
    """Which of a neighbour's features count as context: what its evidence says, and, next door, its vocabulary."""
    if name.startswith(("prior:", "prior2:")):
        return True
    return abs(offset) == 1 and name.startswith(_VOCABULARY_FACTS + _NEAR_FACTS)


_NEAR_FACTS = ("page:", "ends:", "words:")


def _prior_features(names: list[str]) -> dict[str, float]:
    """What the evidence says on its own (``prior.toml``): its best two roles, as features."""
    scores: dict[str, float] = {}
    for name in names:
        for role, weight in prior().get(name, {}).items():
            scores[role] = scores.get(role, 0.0) + weight
    ranked = sorted((score, role) for role, score in scores.items() if score > 0)
    found: dict[str, float] = {}
    if ranked:
        found["prior:" + ranked[-1][1]] = PRIOR_WEIGHT
    if len(ranked) > 1:
        found["prior2:" + ranked[-2][1]] = 1.0
    return found


@functools.cache
def prior() -> dict[str, dict[str, float]]:
    """Fact name -> role -> weight, from ``prior.toml`` (checked: known roles, numeric weights).

    Raises:
        VocabularyError: the file is malformed; the message names the file and the entry.
    """
    import tomllib

    from reader.document.understanding.vocabulary import VocabularyError

    text = resources.files("reader.document.understanding").joinpath(PRIOR_FILE).read_text("utf-8")
    try:
        raw = tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        raise VocabularyError(f"{PRIOR_FILE}: not valid TOML ({error})") from None
    table: dict[str, dict[str, float]] = {}
    roles = {role.value for role in Role}
    for role, weights in raw.items():
        if role not in roles or not isinstance(weights, dict):
            raise VocabularyError(f"{PRIOR_FILE}: [{role}] is not a role of the contract")
        for name, weight in weights.items():
            if not isinstance(weight, int | float) or isinstance(weight, bool):
                raise VocabularyError(f"{PRIOR_FILE}: entry '{name}' in [{role}] must be a number")
            table.setdefault(name, {})[role] = float(weight)
    return table


def _value(name: str) -> float:
    """How strongly a fact counts: vocabulary hits, researched on real sites, count more than shape."""
    return VOCABULARY_WEIGHT if name.startswith(_VOCABULARY_FACTS) else 1.0


def _pair(names: list[str]) -> str:
    """Length and ending together ("a short line with no closing punctuation")."""
    parts = [name for name in names if name.startswith(_PAIR_PREFIXES)]
    return "&".join(parts[:2])


def _captions_ahead(evidence: Sequence[LineEvidence]) -> list[int]:
    """For each line, how many of the next lines carry credit, counter or caption evidence."""
    marks = [
        int(item.inline_credit is not None or any(fact.name.startswith(_CAPTION_SIGNS) for fact in item.facts))
        for item in evidence
    ]
    counts: list[int] = []
    window = sum(marks[1 : AHEAD + 1])
    for position in range(len(marks)):
        counts.append(window)
        if position + 1 < len(marks):
            window -= marks[position + 1]
        if position + AHEAD + 1 < len(marks):
            window += marks[position + AHEAD + 1]
    return counts


@functools.cache
def _tagger() -> pycrfsuite.Tagger:
    """The CRF tagger with the learnt weights, opened once."""
    import pycrfsuite

    tagger = pycrfsuite.Tagger()
    with resources.as_file(resources.files("reader.document.understanding").joinpath(MODEL_FILE)) as path:
        tagger.open(str(path))
    return tagger


@functools.cache
def _weights() -> dict[str, dict[str, float]]:
    """Role -> feature -> weight, the positive weights only, to say which evidence decided a line."""
    return _positive_weights(_tagger())


def _positive_weights(tagger: pycrfsuite.Tagger) -> dict[str, dict[str, float]]:
    """The tagger's positive state weights, by role."""
    found: dict[str, dict[str, float]] = {}
    for (name, role), weight in tagger.info().state_features.items():
        if weight > 0:
            found.setdefault(role, {})[name] = weight
    return found


def decide(evidence: Sequence[LineEvidence], tagger: pycrfsuite.Tagger | None = None) -> list[Decision]:
    """The role of every line, decided jointly, each with its reason and runner-up."""
    if not evidence:
        return []
    tagger = tagger or _tagger()
    rows = features(evidence)
    labels = tagger.tag(rows)
    weights = _weights() if tagger is _tagger() else _positive_weights(tagger)
    roles = [Role(label) for label in tagger.labels()]
    guarded = keep_article_text(evidence, list(labels), roles, tagger.marginal, prior())
    decisions: list[Decision] = []
    for position, (label, why) in enumerate(guarded):
        runner_up, probability = _runner_up(tagger, roles, label, position)
        reason = why or explain(evidence, position, rows[position], label, weights)
        decisions.append(Decision(Role(label), reason, runner_up, probability))
    return decisions


def _runner_up(tagger: pycrfsuite.Tagger, roles: list[Role], label: str, position: int) -> tuple[Role | None, float]:
    """The most probable other role at a position, with its marginal probability."""
    best: Role | None = None
    best_probability = 0.0
    for role in roles:
        if role == label:  # a Role is a str enum: its value compares equal
            continue
        probability = tagger.marginal(role, position)
        if probability > best_probability:
            best, best_probability = role, probability
    return best, best_probability


def explain(
    evidence: Sequence[LineEvidence],
    position: int,
    row: dict[str, float],
    label: str,
    weights: dict[str, dict[str, float]],
) -> str:
    """The evidence that weighed most for the chosen role, in words."""
    for_label = weights.get(label, {})
    scored = sorted(
        ((for_label[name], name) for name in row.keys() & for_label.keys() if name != "bias"),
        key=lambda pair: (not _own_phrase(pair[1]), -pair[0], pair[1]),
    )
    said: list[str] = []
    for weight, name in scored:
        if weight <= 0 or len(said) == 2:
            break
        words = _describe(evidence, position, name)
        if words and words not in said:
            said.append(words)
            if _own_phrase(name) or name in _DECISIVE or _decisive_detail(evidence[position], words):
                break  # the line's own known phrase, duration or counter: nothing else needs saying
    return "; ".join(said) or "the lines around it"


_DECISIVE = frozenset({"duration", "counter"})


def _decisive_detail(item: LineEvidence, words: str) -> bool:
    """Words that tell a decisive fact of the line's own (the prior's strongest fact may be one)."""
    return any(fact.detail == words and (_own_phrase(fact.name) or fact.name in _DECISIVE) for fact in item.facts)


def _own_phrase(name: str) -> bool:
    """A feature that is a known phrase on the line itself: said first, since it is the line's own evidence."""
    return "|" not in name and (":whole" in name or ":prefix" in name)


def _describe(evidence: Sequence[LineEvidence], position: int, name: str) -> str | None:
    """A feature in words: the detail of the fact behind it, on this line or a neighbour."""
    if name == "ahead:captions":
        return "photo credits or captions follow"
    offset, _, fact_name = name.rpartition("|")
    where = position + int(offset) if offset else position
    if not 0 <= where < len(evidence):
        return "at the edge of the paste" if fact_name == "none" else None
    if "&" in fact_name:
        return None
    if fact_name.startswith(("prior:", "prior2:")):
        detail = _prior_detail(evidence[where], fact_name.partition(":")[2])
    else:
        detail = next((fact.detail for fact in evidence[where].facts if fact.name == fact_name), None)
    if detail is None:
        return None
    return detail if not offset else f"{_PLACE[int(offset)]}: {detail}"


def _prior_detail(item: LineEvidence, role: str) -> str | None:
    """The fact that counts most for a role in ``prior.toml``: what "the evidence says this role" rests on."""
    weighted = [(prior().get(fact.name, {}).get(role, 0.0), fact.detail) for fact in item.facts]
    weight, detail = max(weighted, key=lambda pair: pair[0], default=(0.0, ""))
    return detail if weight > 0 else None


_PLACE = {-2: "two lines above", -1: "the line above", 1: "the line below", 2: "two lines below"}
