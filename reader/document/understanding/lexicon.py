"""The vocabulary compiled once into the matchers evidence needs: phrase tables, counters, credits, verbs."""

from __future__ import annotations

import functools
import re
from collections.abc import Callable
from operator import itemgetter

from reader.document.understanding import vocabulary as rules
from reader.document.understanding.text import WIDE_CHARS

_CREDIT_SLACK = 160
"""Characters beyond the longest credit word: its text (at most 100) and the spaces around it."""

_AGENCY_SPLIT = re.compile(r"\s*(?:/|\||,|;|\+|\bvia\b|&|\band\b)\s*", re.IGNORECASE)
_WORD = re.compile(r"[^\W\d_]+(?:[-'’][^\W\d_]+)*")


def _alternation(words: tuple[str, ...]) -> str:
    """A regular-expression alternation of literal phrases, longest first."""
    return "|".join(re.escape(word) for word in sorted(set(words), key=len, reverse=True))


class PhraseSearch:
    """A search for any of many phrases inside a line, quick on the lines that contain none of them.

    A line is searched only when one of its words opens one of the phrases (a set lookup per
    word), so the long alternation runs on few lines. Phrases written without spaces (Chinese,
    Japanese) or opening with no letter are searched for only in lines holding one of their
    first characters.
    """

    def __init__(self, phrases: tuple[str, ...], flags: int = re.IGNORECASE) -> None:
        self._fold = bool(flags & re.IGNORECASE)
        self._by_head: dict[str, list[str]] = {}
        others: list[str] = []
        for phrase in phrases:
            head = _WORD.match(self._folded(phrase))
            if head is None or WIDE_CHARS.match(phrase):
                others.append(phrase)
            else:
                self._by_head.setdefault(head.group(), []).append(phrase)
        self._patterns: dict[str, re.Pattern[str]] = {
            head: _pattern_of(tuple(group), flags) for head, group in self._by_head.items()
        }
        self._heads = frozenset(self._patterns)
        self._others = _phrase_pattern(tuple(others), flags)
        self._other_starts = _first_characters(tuple(others), flags)
        # no ASCII character opens one of the other phrases: an ASCII line needs no look for them
        self._ascii_free = not any(self._other_starts.match(chr(code)) for code in range(128))

    def _folded(self, text: str) -> str:
        return text.casefold() if self._fold else text

    def search(self, text: str) -> re.Match[str] | None:
        """The first phrase in the text (the longest where several start there), or None."""
        found: re.Match[str] | None = None
        for head in self._heads.intersection(words_of(text, self._fold)):
            match = self._patterns[head].search(text)
            if match and (found is None or (match.start(), -len(match.group())) < (found.start(), -len(found.group()))):
                found = match
        if self._others is not None and not (self._ascii_free and text.isascii()) and self._other_starts.search(text):
            match = self._others.search(text)
            if match and (found is None or match.start() < found.start()):
                found = match
        return found


@functools.lru_cache(maxsize=16)
def words_of(text: str, fold: bool = True) -> tuple[str, ...]:
    """The words of a line, in order, case-folded unless told otherwise, then the parts of joined words.

    ``l'informativa`` gives ``l'informativa``, then ``l`` and ``informativa``: a phrase may open
    with either. Kept for the line's other searches.
    """
    folded = text.casefold() if fold else text
    words = tuple(_WORD.findall(folded))
    if _JOINERS.search(folded):
        words += tuple(_LETTERS.findall(folded))
    return words


_OPENING = 4


def _openings(phrases: tuple[str, ...]) -> tuple[tuple[Callable[[str], str], frozenset[str]], ...]:
    """How the phrases open, folded: their first four characters, or the whole first word if shorter, by length."""
    found: dict[int, set[str]] = {}
    for phrase in phrases:
        opening = _PIECES.split(phrase.casefold().strip())[0][:_OPENING]
        found.setdefault(len(opening), set()).add(opening)
    return tuple(
        (itemgetter(slice(0, size)), frozenset(group)) for size, group in sorted(found.items(), reverse=True) if size
    )


_PIECES = re.compile(r"[\s.,;:(\[|/«“‘\"'„]+")
"""What separates the words of a line, for a quick look at how each opens."""
_JOINERS = re.compile(r"[-'’]")
_LETTERS = re.compile(r"[^\W\d_]+")


def _first_characters(phrases: tuple[str, ...], flags: int) -> re.Pattern[str]:
    """A character class of the phrases' first characters: a quick test that a line may hold one."""
    firsts = "".join(sorted({re.escape(phrase[0]) for phrase in phrases if phrase}))
    return re.compile(f"[{firsts}]" if firsts else "(?!)", flags)


def _pattern_of(phrases: tuple[str, ...], flags: int) -> re.Pattern[str]:
    """Any of the (one or more) phrases as a whole word or words."""
    return re.compile(rf"(?<!\w)(?:{_alternation(phrases)})(?!\w)", flags)


def _phrase_pattern(phrases: tuple[str, ...], flags: int) -> re.Pattern[str] | None:
    """Any of the phrases as a whole word or words, or None for no phrases."""
    return _pattern_of(phrases, flags) if phrases else None


class Lexicon:
    """Phrase tables of every kind and the patterns built from the vocabulary, across languages."""

    def __init__(self) -> None:
        kinds = ("ad", "related", "promo", "video", "byline", "boilerplate", "comments", "lists", "navigation")
        self.tables = {kind: rules.table(kind) for kind in kinds}
        keys = [table.keys() for table in self.tables.values()]
        self._any_whole = frozenset().union(*(whole for whole, _ in keys))
        self._any_opening = frozenset().union(*(opening for _, opening in keys))
        self.credit = rules.table("credit")
        self.caption = rules.table("caption")
        self.gallery = PhraseSearch(rules.words_of("gallery"))
        self.agencies = {rules.normalise(name) for name in rules.words_of("agencies")}
        photo, of = _alternation(rules.words_of("photo")), _alternation(rules.words_of("of"))
        self.counter = re.compile(
            rf"^[(\[]?\s*(?:(?:{photo})\s*)?(?P<n>\d{{1,3}})\s*(?:{of})\s*(?P<total>\d{{1,3}})\s*[)\]]?$", re.IGNORECASE
        )
        by_words = _alternation(rules.words_of("by"))
        self.credit_by = re.compile(
            rf"^(?:{_alternation(tuple(w for w in rules.words_of('credit') if w[0].isalpha()))})\s+(?:{by_words})\s+\S",
            re.IGNORECASE,
        )
        agencies = _alternation(rules.words_of("agencies"))
        self.trailing_agency = re.compile(
            rf"[.!?…]?\s*\((?P<credit>(?:{agencies})(?:\s*/\s*[^()/]{{1,60}}){{0,3}})\)\s*$", re.IGNORECASE
        )
        prefixes = _alternation(tuple(word for word in rules.words_of("credit") if word[0].isalpha()))
        self.inline_credit = re.compile(
            rf"(?:(?<=[.!?…)\]]\s)|(?<=[.!?…]\s\s)|(?<=[a-z.]\.)|\s[(\[]|\s[|–—-]\s|\s(?=(?-i:[A-ZÀ-ÖØ-ÞА-ЯЁ])(?:{prefixes})[:：.]\s))\s*(?P<credit>(?:{prefixes})"
            rf"\s*[:：.]{{0,3}}\s*[^\n]{{2,100}}?)\s*[)\]]?\s*$",
            re.IGNORECASE,
        )
        # how far from the line's end a credit can begin: where the search for one starts
        self.inline_credit_reach = max(len(word) for word in rules.words_of("credit")) + _CREDIT_SLACK
        self.trailing_agency_reach = max(len(name) for name in rules.words_of("agencies")) + _CREDIT_SLACK + 200
        self._credit_openings = _openings(tuple(word for word in rules.words_of("credit") if word[0].isalpha()))
        self.trailer = re.compile(rf"^[(\[]\s*(?:{_alternation(rules.words_of('byline'))})\b", re.IGNORECASE)
        # channel names are matched as written: "X" is a network, "x" is a letter
        self.channels = PhraseSearch(rules.words_of("channels"), flags=0)
        legal = tuple(phrase for phrase in rules.words_of("boilerplate") if len(phrase.split()) >= 2)
        self.legal = PhraseSearch(legal)
        self.newsletter = PhraseSearch(rules.words_of("newsletter"))
        self.media = PhraseSearch(rules.words_of("media"))
        self.ago = PhraseSearch(rules.words_of("ago"))
        address = rules.words_of("address")
        # "Sie" (you) is written with a capital, "sie" (she, they) is not: such words are matched as written
        self.address_cased = PhraseSearch(tuple(word for word in address if word[:1].isupper()), flags=0)
        self.address = PhraseSearch(tuple(word for word in address if not word[:1].isupper()))
        self._verbs = {verb.casefold() for verb in rules.words_of("verbs") if " " not in verb and len(verb) > 1}
        self._verb_phrases: dict[str, list[str]] = {}
        for verb in rules.words_of("verbs"):
            if " " in verb:
                head = _WORD.match(verb.casefold())
                self._verb_phrases.setdefault(head.group() if head else "", []).append(verb.casefold())

    def may_hold_phrase(self, text: str, bare: str) -> bool:
        """Whether the line (or ``bare``, the line without a trailing count) may be, or open with, a table's phrase.

        One look in the tables' keys together, before each table is asked in turn.
        """
        if rules.normalise(text) in self._any_whole or rules.normalise(bare) in self._any_whole:
            return True
        return rules.line_opening(text) in self._any_opening

    def is_agency_line(self, text: str) -> bool:
        """A short line naming only photo agencies and people: ``Reuters/A. Ismail``, ``(AFP)``."""
        if len(text.split()) > 8 or ("/" not in text and not text.startswith("(")):
            return False
        parts = [rules.normalise(part) for part in _AGENCY_SPLIT.split(text.strip("()[] ")) if part.strip()]
        return any(part in self.agencies for part in parts) and all(len(part.split()) <= 4 for part in parts)

    def may_hold_credit(self, text: str, *, at_start: bool = False) -> bool:
        """Whether some word of the line (or its first, ``at_start``) opens like a credit word.

        A quick test before the credit searches, which are long alternations.
        """
        if WIDE_CHARS.search(text):
            return True
        pieces = _PIECES.split(text.casefold().lstrip(), maxsplit=1 if at_start else 0)[: 1 if at_start else None]
        return any(not group.isdisjoint(map(opening, pieces)) for opening, group in self._credit_openings)

    def verb_in(self, text: str) -> str | None:
        """An attribution verb ("said", "kata", "sagte") used in the line, if any."""
        tokens = words_of(text, True)
        for token in tokens:
            if token in self._verbs:
                return str(token)
        lowered = text.casefold()
        for token in ("", *tokens):
            for phrase in self._verb_phrases.get(token, ()):
                if phrase in lowered:
                    return phrase
        return None


_compiled: Lexicon | None = None


def lexicon() -> Lexicon:
    """The shared lexicon, compiled on first use."""
    global _compiled
    if _compiled is None:
        _compiled = Lexicon()
    return _compiled
