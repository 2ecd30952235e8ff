"""Single-line rules: ad labels, read-also links, prompts, video leftovers, credits and caption marks."""

from __future__ import annotations

import re
from dataclasses import dataclass

from reader.document.model import Role
from reader.document.understanding import vocabulary as rules
from reader.document.understanding.text import Shape, shape

MAX_CAPTION_WORDS = 80
"""A caption text is at most this long; longer lines are body paragraphs."""

MAX_UNTITLED_CAPTION_WORDS = 45
"""A caption without a title line is at most this long (a lead paragraph is often longer)."""

MAX_CREDIT_WORDS = 16
"""The credit after a prefix such as ``Foto:`` is a name list, never a long sentence."""

_INLINE_CREDIT_LIMIT = 1000
"""Inline-credit search only runs on lines up to this many characters."""

_COUNTER_MAX = 999


@dataclass(slots=True)
class Item:
    """A line being classified: its text, shape, and (once decided) role and reason."""

    index: int
    text: str
    shape: Shape
    role: Role | None = None
    reason: str | None = None
    tentative: bool = False  # a credit or caption text not yet attached to a caption
    inline_credit: str | None = None
    position: int = -1  # index among the non-blank lines


class Vocabulary:
    """The compiled phrase tables and patterns the rules need, built once."""

    def __init__(self) -> None:
        self.ad = rules.table("ad")
        self.credit = rules.table("credit")
        self.caption = rules.table("caption")
        self.related = rules.table("related")
        self.promo = rules.table("promo")
        self.video = rules.table("video")
        by_words = "|".join(re.escape(word) for word in rules.words_of("by"))
        self.credit_by = re.compile(rf"^\S+(?:\s\S+)?\s+(?:{by_words})\s+\S", re.IGNORECASE)
        gallery = "|".join(re.escape(word) for word in sorted(rules.words_of("gallery"), key=len, reverse=True))
        self.gallery = re.compile(rf"(?<!\w)(?:{gallery})(?!\w)", re.IGNORECASE)
        self.agencies = {rules.normalise(name) for name in rules.words_of("agencies")}
        photo = "|".join(re.escape(word) for word in sorted(rules.words_of("photo"), key=len, reverse=True))
        of = "|".join(re.escape(word) for word in sorted(rules.words_of("of"), key=len, reverse=True))
        self.counter = re.compile(
            rf"^[(\[]?\s*(?:(?:{photo})\s*)?(?P<n>\d{{1,3}})\s*(?:{of})\s*(?P<total>\d{{1,3}})\s*[)\]]?$",
            re.IGNORECASE,
        )
        agencies = sorted((re.escape(name) for name in rules.words_of("agencies")), key=len, reverse=True)
        self.trailing_agency = re.compile(
            rf"[.!?…]?\s*\((?P<credit>(?:{'|'.join(agencies)})(?:\s*/\s*[^()/]{{1,60}}){{0,3}})\)\s*$", re.IGNORECASE
        )
        byline = "|".join(
            re.escape(word) for word in sorted(rules.words_of("byline") + rules.words_of("by"), key=len, reverse=True)
        )
        self.byline = re.compile(rf"^(?:{byline})(?:\s*[:|]\s*|\s+)\w", re.IGNORECASE)
        prefixes = sorted(
            (re.escape(word) for word in rules.words_of("credit") if word[0].isalpha()), key=len, reverse=True
        )
        self.inline_credit = re.compile(
            rf"(?:^|(?<=[.!?…)\]]\s)|(?<=[.!?…]\s\s)|\s[(\[]|\s[|–—-]\s)\s*(?P<credit>(?:{'|'.join(prefixes)})"
            rf"\s*[:：]\s*[^\n]{{2,100}}?)\s*[)\]]?\s*$",
            re.IGNORECASE,
        )


_compiled: Vocabulary | None = None


def vocabulary() -> Vocabulary:
    """The shared vocabulary, compiled on first use."""
    global _compiled
    if _compiled is None:
        _compiled = Vocabulary()
    return _compiled


def set_role(item: Item, role: Role, reason: str | None = None, *, tentative: bool = False) -> None:
    """Give an item its role (and, for clutter, the reason)."""
    item.role = role
    item.reason = reason
    item.tentative = tentative


def at(content: list[Item], position: int) -> Item | None:
    """The item at a position, or None outside the list."""
    return content[position] if 0 <= position < len(content) else None


def mark_vocabulary(item: Item, vocab: Vocabulary) -> None:
    """Single-line rules: ad labels, read-also links, page prompts, video leftovers, credits."""
    text = item.text
    if item.shape.is_duration:
        set_role(item, Role.VIDEO, f"video duration '{text}'")
        return
    if item.shape.words > 30:
        _mark_inline_credit(item, vocab)
        return
    if found := vocab.ad.whole(text):
        set_role(item, Role.AD, f"ad label '{text}'")
    elif found := _short_prefix(vocab.related, text, rest_words=24):
        set_role(item, Role.RELATED, f"read-also link '{found.phrase}'")
    elif _WEB_ADDRESS.match(text):
        set_role(item, Role.PROMO, "web address")
    elif counter := vocab.counter.match(text):
        if 0 < int(counter["n"]) <= int(counter["total"]) <= _COUNTER_MAX:
            set_role(item, Role.PROMO, f"photo counter '{text}'")
    elif found := _short_prefix(vocab.promo, text, rest_words=8):
        set_role(item, Role.PROMO, f"page prompt '{found.phrase}'")
    elif found := _short_prefix(vocab.video, text, rest_words=16):
        set_role(item, Role.VIDEO, f"video player text '{found.phrase}'")
    if item.role is None:
        _mark_credit_or_caption(item, vocab)


_WEB_ADDRESS = re.compile(r"^(?:\w+:?\s+)?(?:https?://|www\.)\S+$", re.IGNORECASE)
"""A line that is only a link (a permalink, a shortened address), with at most a label word."""


def _short_prefix(phrases: rules.PhraseTable, text: str, rest_words: int) -> rules.PrefixMatch | None:
    """A phrase that is the whole line, or starts a line whose rest is short and title-like."""
    if found := phrases.whole(text):
        return found
    found = phrases.prefix(text, spaced=True)
    if found is None:
        return None
    rest = shape(found.rest)
    if len(found.phrase.split()) >= 3:
        return found if rest.words <= rest_words * 5 else None  # "Simak breaking news …" marks the whole prompt
    if rest.words > rest_words or (rest.words > 6 and rest.ends_sentence and not rest.ends_question):
        return None
    return found


def _mark_credit_or_caption(item: Item, vocab: Vocabulary) -> None:
    """Photo credits (``Foto: …``, ``Photo by …``, ``© …``, agency names) and caption prefixes."""
    text = item.text
    if found := vocab.caption.prefix(text):
        set_role(item, Role.CAPTION_TEXT, tentative=True)
        return
    found = vocab.credit.prefix(text)
    if (
        (found and found.rest and shape(found.rest).words <= MAX_CREDIT_WORDS and not _is_sentence(found.rest))
        or (vocab.credit_by.match(text) and vocab.credit.prefix(text, spaced=True) is None and _credit_by(text, vocab))
        or (text.startswith(("©", "(c)", "(C)")) and item.shape.words <= MAX_CREDIT_WORDS)
        or _is_agency_line(text, vocab)
    ):
        set_role(item, Role.CREDIT, tentative=True)
    else:
        _mark_inline_credit(item, vocab)


def _credit_by(text: str, vocab: Vocabulary) -> bool:
    """``Photo by Jane Doe`` / ``Foto oleh …``: a credit word, a by-word, then a short name."""
    first = text.split()[0]
    return vocab.credit.whole(first) is not None and shape(text).words <= MAX_CREDIT_WORDS and not _is_sentence(text)


def _is_sentence(text: str) -> bool:
    """A credit remainder that reads as a sentence (several words ending in punctuation)."""
    measured = shape(text)
    return measured.ends_sentence and measured.words > 6


_AGENCY_SPLIT = re.compile(r"\s*(?:/|\||,|;|\+|\bvia\b|&|\band\b)\s*", re.IGNORECASE)


def _is_agency_line(text: str, vocab: Vocabulary) -> bool:
    """A short line naming only photo agencies and people: ``Reuters/A. Ismail``, ``(AFP)``."""
    if shape(text).words > 8 or ("/" not in text and not text.startswith("(")):
        return False
    parts = [rules.normalise(part) for part in _AGENCY_SPLIT.split(text.strip("()[] ")) if part.strip()]
    return any(part in vocab.agencies for part in parts) and all(len(part.split()) <= 4 for part in parts)


def _mark_inline_credit(item: Item, vocab: Vocabulary) -> None:
    """A caption line with its credit at the end: ``People flee. Photograph: Jane Doe/AFP``."""
    if len(item.text) > _INLINE_CREDIT_LIMIT:
        return
    match = vocab.inline_credit.search(item.text) or vocab.trailing_agency.search(item.text)
    if not match or match.start() == 0:
        return
    body = item.text[: match.start()].strip()
    credit = match.group("credit").strip()
    if credit.count("(") > credit.count(")"):
        credit += ")"
    if shape(body).words >= 3 and shape(credit).words <= MAX_CREDIT_WORDS + 1:
        set_role(item, Role.CAPTION_TEXT, tentative=True)
        item.inline_credit = credit
