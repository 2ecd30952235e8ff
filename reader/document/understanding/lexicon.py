"""The vocabulary compiled once into the matchers evidence needs: phrase tables, counters, credits, verbs."""

from __future__ import annotations

import re

from reader.document.understanding import vocabulary as rules
from reader.document.understanding.text import WIDE_CHARS

_AGENCY_SPLIT = re.compile(r"\s*(?:/|\||,|;|\+|\bvia\b|&|\band\b)\s*", re.IGNORECASE)
_WORD = re.compile(r"[^\W\d_]+(?:[-'’][^\W\d_]+)*")


def _alternation(words: tuple[str, ...]) -> str:
    """A regular-expression alternation of literal phrases, longest first."""
    return "|".join(re.escape(word) for word in sorted(set(words), key=len, reverse=True))


class PhraseSearch:
    """A search for any of many phrases inside a line, quick on the lines that contain none of them.

    A line is searched only when one of its words opens one of the phrases (a set lookup per
    word), so the long alternation runs on few lines. Phrases written without spaces (Chinese,
    Japanese) or opening with no letter are always searched for.
    """

    def __init__(self, phrases: tuple[str, ...], flags: int = re.IGNORECASE) -> None:
        self._fold = bool(flags & re.IGNORECASE)
        heads = {phrase: _WORD.match(self._folded(phrase)) for phrase in phrases}
        spaced = tuple(p for p, head in heads.items() if head is not None and not WIDE_CHARS.match(p))
        others = tuple(p for p in phrases if p not in spaced)
        self._heads = {head.group() for p, head in heads.items() if head is not None and p in spaced}
        self._spaced = _phrase_pattern(spaced, flags)
        self._others = _phrase_pattern(others, flags)

    def _folded(self, text: str) -> str:
        return text.casefold() if self._fold else text

    def search(self, text: str) -> re.Match[str] | None:
        """The first phrase in the text (of those searched for first: see the class), or None."""
        found = None
        if self._spaced is not None and not self._heads.isdisjoint(_WORD.findall(self._folded(text))):
            found = self._spaced.search(text)
        if found is None and self._others is not None:
            found = self._others.search(text)
        return found


def _phrase_pattern(phrases: tuple[str, ...], flags: int) -> re.Pattern[str] | None:
    """Any of the phrases as a whole word or words, or None for no phrases."""
    return re.compile(rf"(?<!\w)(?:{_alternation(phrases)})(?!\w)", flags) if phrases else None


class Lexicon:
    """Phrase tables of every kind and the patterns built from the vocabulary, across languages."""

    def __init__(self) -> None:
        kinds = ("ad", "related", "promo", "video", "byline", "boilerplate", "comments", "lists", "navigation")
        self.tables = {kind: rules.table(kind) for kind in kinds}
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
        self.trailer = re.compile(rf"^[(\[]\s*(?:{_alternation(rules.words_of('byline'))})\b", re.IGNORECASE)
        # channel names are matched as written: "X" is a network, "x" is a letter
        self.channels = PhraseSearch(rules.words_of("channels"), flags=0)
        legal = tuple(phrase for phrase in rules.words_of("boilerplate") if len(phrase.split()) >= 2)
        self.legal = PhraseSearch(legal)
        self.newsletter = PhraseSearch(rules.words_of("newsletter"))
        self._verbs = {verb.casefold() for verb in rules.words_of("verbs") if " " not in verb and len(verb) > 1}
        self._verb_phrases = tuple(verb.casefold() for verb in rules.words_of("verbs") if " " in verb)

    def is_agency_line(self, text: str) -> bool:
        """A short line naming only photo agencies and people: ``Reuters/A. Ismail``, ``(AFP)``."""
        if len(text.split()) > 8 or ("/" not in text and not text.startswith("(")):
            return False
        parts = [rules.normalise(part) for part in _AGENCY_SPLIT.split(text.strip("()[] ")) if part.strip()]
        return any(part in self.agencies for part in parts) and all(len(part.split()) <= 4 for part in parts)

    def verb_in(self, text: str) -> str | None:
        """An attribution verb ("said", "kata", "sagte") used in the line, if any."""
        lowered = text.casefold()
        for token in _WORD.findall(lowered):
            if token in self._verbs:
                return str(token)
        return next((phrase for phrase in self._verb_phrases if phrase in lowered), None)


_compiled: Lexicon | None = None


def lexicon() -> Lexicon:
    """The shared lexicon, compiled on first use."""
    global _compiled
    if _compiled is None:
        _compiled = Lexicon()
    return _compiled
