"""Clutter and attribution vocabulary, loaded from ``rules.toml`` and compiled into matchers."""

from __future__ import annotations

import functools
import re
import tomllib
from dataclasses import dataclass, field
from importlib import resources

SEPARATORS = ":：,，|/»>–—-"
"""Characters that may follow a prefix such as ``Foto`` before the credit or title."""

_LIST_FIELDS = (
    "ad",
    "credit",
    "caption",
    "related",
    "promo",
    "video",
    "verbs",
    "according",
    "pronouns",
    "gallery",
    "of",
    "photo",
    "by",
    "agencies",
    "titles",
    "byline",
)

_EDGE_PUNCTUATION = " \t\u00a0\u202f.,:;!?|·•*_-–—=>»«<()[]{}\"'“”„‘’"


@dataclass(frozen=True)
class LanguageRules:
    """One language's vocabulary, exactly as written in ``rules.toml``."""

    code: str
    name: str
    voice_language: str
    words: dict[str, tuple[str, ...]] = field(default_factory=dict)

    def get(self, kind: str) -> tuple[str, ...]:
        """The list for one vocabulary kind (empty when the language has none)."""
        return self.words.get(kind, ())


@dataclass(frozen=True)
class PrefixMatch:
    """A line that starts with a known phrase: which phrase, from which language, and the rest."""

    phrase: str
    language: str
    rest: str


def normalise(text: str) -> str:
    """Casefold and strip surrounding punctuation and spaces, collapsing inner spaces."""
    return " ".join(text.strip(_EDGE_PUNCTUATION).casefold().split())


@functools.cache
def all_rules() -> dict[str, LanguageRules]:
    """Every language table in ``rules.toml``, keyed by its code (``common`` included)."""
    raw = tomllib.loads(resources.files("reader.document").joinpath("rules.toml").read_text("utf-8"))
    rules: dict[str, LanguageRules] = {}
    for code, table in raw.items():
        words = {kind: tuple(table.get(kind, ())) for kind in _LIST_FIELDS if table.get(kind)}
        rules[code] = LanguageRules(code, table.get("name", code), table.get("voice_language", code), words)
    return rules


def languages() -> list[str]:
    """Codes of the languages with their own table (``common`` excluded)."""
    return [code for code in all_rules() if code != "common"]


class PhraseTable:
    """Phrases of one kind from every language, matched whole-line or as a line prefix."""

    def __init__(self, kind: str, codes: tuple[str, ...] | None = None) -> None:
        self.kind = kind
        self._whole: dict[str, tuple[str, str]] = {}
        entries: list[tuple[str, str]] = []
        for code, rules in all_rules().items():
            if codes is not None and code not in codes and code != "common":
                continue
            for phrase in rules.get(kind):
                key = normalise(phrase)
                if key:
                    self._whole.setdefault(key, (phrase.strip(), code))
                    entries.append((key, code))
        entries.sort(key=lambda entry: -len(entry[0]))
        alternatives = "|".join(re.escape(key) for key, _ in dict.fromkeys(entries))
        self._prefix = (
            re.compile(
                rf"^[\s\W_]{{0,3}}(?P<phrase>{alternatives})(?![\w])(?P<sep>\s*[{re.escape(SEPARATORS)}]+|\s+|$)",
                re.IGNORECASE,
            )
            if alternatives
            else None
        )
        self._codes = {key: code for key, code in entries[::-1]}

    def whole(self, text: str) -> PrefixMatch | None:
        """The phrase when the whole line is one of the phrases (ignoring edge punctuation)."""
        found = self._whole.get(normalise(text))
        return PrefixMatch(found[0], found[1], "") if found else None

    def prefix(self, text: str, *, spaced: bool = False) -> PrefixMatch | None:
        """The phrase that starts the line, followed by a separator (or, if ``spaced``, a space).

        A single-word phrase followed only by a space never matches: "Share prices fell"
        is not a share button.
        """
        if self._prefix is None:
            return None
        match = self._prefix.match(text)
        if not match:
            return None
        phrase = " ".join(match.group("phrase").casefold().split())
        sep = match.group("sep")
        rest = text[match.end() :].strip()
        if sep.strip() == "" and rest and (not spaced or " " not in phrase.strip()):
            return None
        original = self._whole.get(phrase, (text[match.start("phrase") : match.end("phrase")], ""))
        return PrefixMatch(original[0], self._codes.get(phrase, original[1]), rest)


@functools.cache
def table(kind: str) -> PhraseTable:
    """The phrase table of one kind across all languages (cached)."""
    return PhraseTable(kind)


@functools.cache
def words_of(kind: str, code: str | None = None) -> tuple[str, ...]:
    """Every phrase of one kind, for one language (plus ``common``) or for all languages."""
    collected: list[str] = []
    for rule_code, rules in all_rules().items():
        if code is None or rule_code in (code, "common"):
            collected.extend(rules.get(kind))
    return tuple(dict.fromkeys(collected))


def language_name(code: str) -> str:
    """The English name of a language code, or the code itself when unknown."""
    rules = all_rules().get(code)
    return rules.name if rules else code
