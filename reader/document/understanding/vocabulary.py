"""Clutter and attribution vocabulary: one data file per language (``languages/CODE.toml``), checked and compiled."""

from __future__ import annotations

import functools
import re
import tomllib
from dataclasses import dataclass, field
from importlib import resources

SEPARATORS = ":：,，|/»>–—-፡፦፥׃"
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
    "boilerplate",
    "comments",
    "lists",
    "navigation",
    "channels",
    "newsletter",
    "media",
    "ago",
    "linking",
    "feminine",
    "masculine",
    "organisations",
    "someone",
    "subject_endings",
    "name_suffixes",
    "quotatives",
    "address",
    "statements",
    "noun_articles",
    "definite",
    "construct",
    "articles",
)

_EDGE_PUNCTUATION = " \t\u00a0\u202f.,:;!?|·•*_-–—=>»«<()[]{}\"'“”„‘’"


@dataclass(frozen=True)
class LanguageRules:
    """One language's vocabulary, exactly as written in its ``languages/CODE.toml``."""

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


@functools.lru_cache(maxsize=64)
def normalise(text: str) -> str:
    """Casefold and strip surrounding punctuation and spaces, collapsing inner spaces."""
    return " ".join(text.strip(_EDGE_PUNCTUATION).casefold().split())


class VocabularyError(ValueError):
    """A language data file is malformed; the message names the file and the entry."""


_TEXT_FIELDS = ("name", "voice_language")


@functools.cache
def all_rules() -> dict[str, LanguageRules]:
    """Every language table in ``languages/``, keyed by its code (``common`` included).

    Raises:
        VocabularyError: a file is not valid TOML, or an entry has the wrong name or type.
    """
    folder = resources.files("reader.document.understanding").joinpath("languages")
    rules: dict[str, LanguageRules] = {}
    for entry in sorted(folder.iterdir(), key=lambda item: item.name):
        if entry.name.endswith(".toml"):
            code = entry.name.removesuffix(".toml")
            rules[code] = _language_table(f"languages/{entry.name}", code, entry.read_text("utf-8"))
    return rules


def _language_table(name: str, code: str, text: str) -> LanguageRules:
    """One language file, checked: a single table named by the file's code, lists of phrases."""
    try:
        raw = tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        raise VocabularyError(f"{name}: not valid TOML ({error})") from None
    if list(raw) != [code] or not isinstance(raw[code], dict):
        raise VocabularyError(f"{name}: must hold exactly one table, [{code}]")
    table = raw[code]
    words: dict[str, tuple[str, ...]] = {}
    for kind, value in table.items():
        if kind in _TEXT_FIELDS:
            if not isinstance(value, str) or not value.strip():
                raise VocabularyError(f"{name}: entry '{kind}' must be a non-empty string")
            continue
        if kind not in _LIST_FIELDS:
            raise VocabularyError(f"{name}: unknown entry '{kind}'")
        if not isinstance(value, list) or not all(isinstance(item, str) and item.strip() for item in value):
            raise VocabularyError(f"{name}: entry '{kind}' must be a list of non-empty strings")
        if value:
            words[kind] = tuple(value)
    return LanguageRules(code, table.get("name", code), table.get("voice_language", code), words)


def languages() -> list[str]:
    """Codes of the languages with their own table (``common`` excluded)."""
    return [code for code in all_rules() if code != "common"]


class PhraseTable:
    """Phrases of one kind from every language, matched whole-line or as a line prefix.

    Lookups are dictionary based (no large regular expression to compile at start-up):
    candidates are found by the line's first word, or first character for scripts
    written without spaces.
    """

    def __init__(self, kind: str, codes: tuple[str, ...] | None = None) -> None:
        self.kind = kind
        self._whole: dict[str, tuple[str, str]] = {}
        self._by_head: dict[str, list[str]] = {}
        self._whole_of_prefix: dict[str, str] = {}
        for code, rules in all_rules().items():
            if codes is not None and code not in codes and code != "common":
                continue
            for phrase in rules.get(kind):
                key = normalise(phrase)
                if not key or key in self._whole:
                    continue
                self._whole[key] = (phrase.strip(), code)
                prefix_key = " ".join(_lower(phrase.strip(_EDGE_PUNCTUATION)).split())
                self._whole_of_prefix[prefix_key] = key
                self._by_head.setdefault(_head(prefix_key), []).append(prefix_key)
        for candidates in self._by_head.values():
            candidates.sort(key=len, reverse=True)

    def keys(self) -> tuple[frozenset[str], frozenset[str]]:
        """What the lookups key on: whole lines (normalised) and line openings (see ``prefix``)."""
        return frozenset(self._whole), frozenset(self._by_head)

    def whole(self, text: str) -> PrefixMatch | None:
        """The phrase when the whole line is one of the phrases (ignoring edge punctuation)."""
        found = self._whole.get(normalise(text))
        return PrefixMatch(found[0], found[1], "") if found else None

    def prefix(self, text: str, *, spaced: bool = False) -> PrefixMatch | None:
        """The phrase that starts the line, followed by a separator (or, if ``spaced``, a space).

        A single-word phrase followed only by a space never matches: "Share prices fell"
        is not a share button.
        """
        begin, head, key = _line_head(text)
        candidates = self._by_head.get(key, ())
        for key in candidates:
            if not _starts_with_phrase(head, key):
                continue
            after = begin + len(key)
            sep = _SEPARATOR.match(text, after)
            if sep is None:
                continue
            rest = text[sep.end() :].strip()
            if sep.group().strip() == "" and rest and (not spaced or " " not in key):
                return None
            original, code = self._whole[self._whole_of_prefix[key]]
            return PrefixMatch(original, code, rest)
        return None


_LEAD = re.compile(r"[\s\W_]{0,3}")


@functools.lru_cache(maxsize=16)
def _line_head(text: str) -> tuple[int, str, str]:
    """Where a line's words begin (after up to three marks), its opening lowercased, and its lookup key.

    Shared by every table's lookup of the same line.
    """
    lead = _LEAD.match(text)
    begin = lead.end() if lead else 0
    head = _lower(text[begin : begin + 160])
    return begin, head, _head(head)


_SEPARATOR = re.compile(rf"\s*[{re.escape(SEPARATORS)}]+|\s+|$")
_WIDE_START = 0x2E80


def line_opening(text: str) -> str:
    """The key a line is looked up by in every table's openings."""
    return _line_head(text)[2]


def _head(text: str) -> str:
    """The lookup key of a phrase or line: its first word, or first character if written without spaces."""
    if not text:
        return ""
    if ord(text[0]) >= _WIDE_START:
        return text[0]
    word = text.split(maxsplit=1)[0] if text.strip() else ""
    return word.rstrip(SEPARATORS + ".;!?)]\"'“”«»")


def _lower(text: str) -> str:
    """Lowercase without changing the length (so offsets still point into the original)."""
    lowered = text.lower()
    if len(lowered) == len(text):
        return lowered
    return "".join(char.lower() if len(char.lower()) == 1 else char for char in text)


def _starts_with_phrase(head: str, key: str) -> bool:
    """``head`` starts with ``key`` and the phrase ends at a word boundary."""
    if not head.startswith(key):
        return False
    following = head[len(key) : len(key) + 1]
    return not following or not (following.isalnum() or following == "_") or ord(key[-1]) >= _WIDE_START


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
