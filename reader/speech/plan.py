"""What is spoken, in order: sentences of the clean article, headings and captions announced."""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import StrEnum

from reader.document.model import Article, Role

_SENTENCE_END = re.compile(r"[.!?…。！？؟।]+[\"'”’»)\]」』]*(?=\s+|$)")
_ABBREVIATIONS = frozenset(
    [
        "dr",
        "mr",
        "mrs",
        "ms",
        "prof",
        "st",
        "no",
        "nr",
        "jr",
        "sr",
        "vs",
        "etc",
        "jl",
        "hj",
        "h",
        "bpk",
        "ibu",
        "sdr",
        "dll",
        "dsb",
        "dkk",
        "z.b",
        "u.a",
        "bzw",
        "ca",
        "vgl",
        "mme",
        "mlle",
        "m",
        "p",
        "s",
    ]
)


class Scope(StrEnum):
    """Which parts of the article narration reads."""

    ARTICLE = "article"  # body text, headings and captions in reading order
    BODY = "body"  # article only: body text and headings, no captions
    BODY_THEN_CAPTIONS = "body_then_captions"  # the article, then all its captions
    CAPTIONS = "captions"  # photo captions only

    @property
    def description(self) -> str:
        """The scope in words."""
        return {
            Scope.ARTICLE: "the article with its captions in place",
            Scope.BODY: "the article only",
            Scope.BODY_THEN_CAPTIONS: "the article, then the captions",
            Scope.CAPTIONS: "the captions only",
        }[self]


@dataclass(frozen=True, slots=True)
class Chunk:
    """One thing spoken: a sentence (with its place in the line) or an announcement."""

    line: int
    text: str
    start: int  # character offsets of the spoken text in the line, for highlighting
    end: int
    section: int
    caption: int | None = None
    announcement: bool = False
    language: str | None = None
    prefix: int = 0  # characters of label spoken before the line's own text ("Photo 3 of 10: ")


def split_sentences(text: str) -> list[tuple[int, int]]:
    """(start, end) offsets of the sentences of a text; initials and common abbreviations do not end one."""
    spans: list[tuple[int, int]] = []
    start = 0
    for match in _SENTENCE_END.finditer(text):
        word = text[: match.start()].rsplit(None, 1)[-1] if text[: match.start()].strip() else ""
        if match.group().startswith(".") and ((len(word) == 1 and word.isalpha()) or word.casefold() in _ABBREVIATIONS):
            continue
        end = match.end()
        if text[start:end].strip():
            spans.append(_trimmed(text, start, end))
        start = end
    if text[start:].strip():
        spans.append(_trimmed(text, start, len(text)))
    return spans


def _spoken_end(text: str) -> str:
    """A heading or caption title said as a sentence (a pause after it)."""
    return text if text.rstrip()[-1:] in ".!?…。！？؟" else text + "."


def _trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    """Offsets without surrounding whitespace."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def build_plan(article: Article, scope: Scope = Scope.ARTICLE) -> list[Chunk]:
    """Every chunk narration speaks, in reading order; clutter is never in it."""
    if scope is Scope.BODY_THEN_CAPTIONS:
        return build_plan(article, Scope.BODY) + build_plan(article, Scope.CAPTIONS)
    caption_of_line = article.caption_of_line()
    section_of_line = article.section_of_line()
    chunks: list[Chunk] = []
    total = len(article.captions)
    for line in article.lines:
        if line.role is Role.BLANK or line.role.is_clutter or line.role is Role.BYLINE:
            continue  # bylines are shown, and used in citations, but are not the article's text
        caption = caption_of_line.get(line.number)
        in_caption = caption is not None or line.role is Role.CREDIT
        if (scope is Scope.BODY and in_caption) or (scope is Scope.CAPTIONS and not in_caption):
            continue
        section = section_of_line[line.number - 1]
        language = line.language
        if line.role.is_heading:
            prefix = "Photo gallery: " if line.role is Role.GALLERY_HEADING else ""
            chunks.append(
                Chunk(
                    line.number,
                    _spoken_end(prefix + line.text),
                    0,
                    len(line.text),
                    section,
                    None,
                    True,
                    language,
                    len(prefix),
                )
            )
        elif line.role in (Role.CAPTION_TITLE, Role.CREDIT):
            label = ""
            if caption is not None and line.number == (article.captions[caption].title_line or 0):
                label = f"Photo {caption + 1} of {total}: "
            chunks.append(
                Chunk(
                    line.number,
                    _spoken_end(label + line.text),
                    0,
                    len(line.text),
                    section,
                    caption,
                    True,
                    language,
                    len(label),
                )
            )
        else:
            label = ""
            if caption is not None and article.captions[caption].title_line is None:
                label = f"Photo {caption + 1} of {total}: "
            for number, (start, end) in enumerate(split_sentences(line.text)):
                prefix = label if number == 0 else ""
                chunks.append(
                    Chunk(
                        line.number,
                        prefix + line.text[start:end],
                        start,
                        end,
                        section,
                        caption,
                        False,
                        language,
                        len(prefix),
                    )
                )
    return chunks
