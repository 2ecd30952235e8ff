"""Shape of a line of text: length, sentence punctuation, durations, datelines, scripts."""

from __future__ import annotations

import re
from dataclasses import dataclass

SENTENCE_END = ".!?…。！？؟۔।॥።‼⁉"
"""Characters that end a sentence, across scripts."""

CLOSERS = "\"'”’»›)]」』）】〉》"
"""Closing quotes and brackets that may follow a sentence end."""

OPENERS = "\"'“‘„‚«‹([「『（【〈《"

_DURATION = re.compile(
    r"^[\s▶►⏵▷⏯]*(?:\(\s*)?(?:\d{1,2}:)?\d{1,2}:\d{2}(?:\s*\))?\s*(?:min\.?|mins?|menit|Min\.|мин\.?)?\s*$",
    re.IGNORECASE,
)
_DATE_TOKEN = re.compile(r"\d")
_BULLET = re.compile(r"^\s*(?:[•·◦▪▫■□●○◆‣⁃*+–—-]\s+|\d{1,2}[.)]\s+|[a-z][.)]\s+)")
WIDE_CHARS = re.compile("[\u2e80-\u9fff\uac00-\ud7af\uf900-\ufaff\uff66-\uff9f\U00020000-\U0002fa1f]")
"""CJK, kana and Hangul: scripts written without spaces between words."""


@dataclass(frozen=True, slots=True)
class Shape:
    """Measurements of one stripped line used by the classification rules."""

    text: str
    words: int
    ends_sentence: bool
    ends_colon: bool
    ends_question: bool
    starts_lower: bool
    is_duration: bool
    is_bullet: bool
    dateline: bool

    @property
    def short(self) -> bool:
        """Short enough to be a heading or a caption title (not a sentence-length line)."""
        return self.words <= 14 and len(self.text) <= 110

    @property
    def title_like(self) -> bool:
        """Could be a heading or caption title: short, not a sentence, starts like a title."""
        return (
            self.short
            and not self.starts_lower
            and not self.is_bullet
            and not self.ends_colon
            and (not self.ends_sentence or self.ends_question)
            and not self.text.endswith((",", ";", "،", "，", "、"))
        )

    @property
    def text_like(self) -> bool:
        """Reads as running text: a sentence, or longer than a title."""
        return (self.ends_sentence or self.words > 14) and not self.ends_colon


def word_count(text: str) -> int:
    """Words in a line; for scripts written without spaces, two characters count as a word."""
    spaced = len(text.split())
    if text.isascii():
        return spaced
    return spaced + len(WIDE_CHARS.findall(text)) // 2


def ends_sentence(text: str) -> bool:
    """True when the text ends with sentence punctuation, before any closing quotes."""
    stripped = text.rstrip().rstrip(CLOSERS).rstrip()
    return bool(stripped) and stripped[-1] in SENTENCE_END


def ends_question(text: str) -> bool:
    """True when the text ends with a question mark (any script)."""
    stripped = text.rstrip().rstrip(CLOSERS).rstrip()
    return stripped.endswith(("?", "？", "؟"))


def starts_lower(text: str) -> bool:
    """True when the first letter is lowercase (a continuation, never a title)."""
    for char in text:
        if char.isalpha():
            return char.islower()
        if char.isdigit():
            return False
    return False


def is_duration(text: str) -> bool:
    """True for a line that is only a media duration: ``01:03``, ``1:04:27``, ``(2:03)``."""
    return bool(_DURATION.match(text))


def looks_like_dateline(text: str) -> bool:
    """A short line made mostly of numbers: a date, a time, a timestamp."""
    tokens = text.split()
    if not tokens or len(tokens) > 9:
        return False
    with_digits = sum(1 for token in tokens if _DATE_TOKEN.search(token))
    return with_digits * 10 >= len(tokens) * 3


def shape(text: str) -> Shape:
    """Measure one line (already stripped of surrounding whitespace)."""
    return Shape(
        text=text,
        words=word_count(text),
        ends_sentence=ends_sentence(text),
        ends_colon=text.rstrip(CLOSERS + " ").endswith((":", "：")),
        ends_question=ends_question(text),
        starts_lower=starts_lower(text),
        is_duration=is_duration(text),
        is_bullet=bool(_BULLET.match(text)),
        dateline=looks_like_dateline(text),
    )
