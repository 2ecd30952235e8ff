"""Article dumps: the JSON contract, linear plain text for screen readers, and Markdown."""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from reader.document.model import CLUTTER_NOUNS, Article, Caption, Line, Quote, Role, Section
from reader.document.understanding.vocabulary import language_name

SCHEMA = 1
READING_WPM = 200
"""Silent reading speed used for "about N minutes" (words per minute)."""
LISTENING_WPM = 160
"""Speech speed at the default narration rate (words per minute)."""

_BODY_ROLES = frozenset(
    {Role.PARAGRAPH, Role.HEADING, Role.GALLERY_HEADING, Role.GALLERY_INTRO, Role.CAPTION_TITLE, Role.CAPTION_TEXT}
)


@dataclass(frozen=True)
class Stats:
    """Size of the clean article and how long it takes to read or hear."""

    words: int
    paragraphs: int
    sections: int
    photos: int
    quotes: int
    reading_minutes: int
    listening_minutes: int


def stats(article: Article) -> Stats:
    """Word count and reading/listening time of the clean article (clutter and credits excluded)."""
    words = sum(len(line.text.split()) for line in article.lines if line.role in _BODY_ROLES)
    return Stats(
        words=words,
        paragraphs=sum(1 for line in article.lines if line.role in (Role.PARAGRAPH, Role.GALLERY_INTRO)),
        sections=len(article.sections),
        photos=len(article.captions),
        quotes=len(article.quotes),
        reading_minutes=math.ceil(words / READING_WPM) if words else 0,
        listening_minutes=math.ceil(words / LISTENING_WPM) if words else 0,
    )


def to_json(article: Article) -> dict[str, Any]:
    """The machine-readable contract of ``reader --dump json`` (schema 1)."""
    numbers = stats(article)
    lines: list[dict[str, Any]] = []
    for line in article.lines:
        entry: dict[str, Any] = {"line": line.number, "role": line.role.value, "text": line.text}
        if line.language:
            entry["language"] = line.language
        if line.reason:
            entry["reason"] = line.reason
        if line.runner_up is not None:
            entry["runner_up"] = line.runner_up.value
        lines.append(entry)
    return {
        **_header(article),
        "lines": lines,
        **_structure(article),
        "clutter": [
            {"line": line.number, "kind": line.role.value, "reason": line.reason} for line in article.clutter()
        ],
        "stats": {
            "words": numbers.words,
            "paragraphs": numbers.paragraphs,
            "sections": numbers.sections,
            "photos": numbers.photos,
            "quotes": numbers.quotes,
            "reading_minutes": numbers.reading_minutes,
            "listening_minutes": numbers.listening_minutes,
        },
    }


def _header(article: Article) -> dict[str, Any]:
    """Schema, source, title and language of a dump."""
    return {
        "schema": SCHEMA,
        "source": article.source,
        "title": article.title,
        "language": article.language,
        "language_name": language_name(article.language) if article.language != "und" else None,
    }


def _structure(article: Article) -> dict[str, Any]:
    """Sections, captions and quotes of a dump."""
    return {
        "sections": [
            {
                "title": section.title,
                "kind": section.kind,
                "line": section.line,
                "first_line": section.first_line,
                "last_line": section.last_line,
            }
            for section in article.sections
        ],
        "captions": [
            {
                "title": caption.title,
                "text": caption.text,
                "credit": caption.credit,
                "title_line": caption.title_line,
                "text_line": caption.text_line,
                "credit_line": caption.credit_line,
            }
            for caption in article.captions
        ],
        "quotes": [
            {
                "text": quote.text,
                "speaker": quote.speaker,
                "speaker_role": quote.speaker_role,
                "line": quote.line,
                "start": quote.start,
                "end": quote.end,
                "fragment": quote.fragment,
            }
            for quote in article.quotes
        ],
    }


def to_structure(article: Article) -> dict[str, Any]:
    """Everything but the line texts, compactly: how a child process hands a parse back."""
    return {
        **_header(article),
        **_structure(article),
        "roles": [line.role.value for line in article.lines],
        "reasons": {str(line.number): line.reason for line in article.lines if line.reason},
        "runners_up": {str(line.number): line.runner_up.value for line in article.lines if line.runner_up},
        "languages": {str(line.number): line.language for line in article.lines if line.language},
    }


def from_structure(texts: Sequence[str], data: dict[str, Any]) -> Article:
    """Rebuild an Article from line texts and :func:`to_structure` output."""
    reasons = {int(number): reason for number, reason in data["reasons"].items()}
    languages = {int(number): language for number, language in data["languages"].items()}
    runners_up = {int(number): Role(role) for number, role in data["runners_up"].items()}
    roles = {role.value: role for role in Role}
    lines = tuple(
        Line(number, text.strip(), roles[role], reasons.get(number), languages.get(number), runners_up.get(number))
        for number, (text, role) in enumerate(zip(texts, data["roles"], strict=True), start=1)
    )
    return _assemble(lines, data)


def from_json(data: dict[str, Any]) -> Article:
    """Rebuild an Article from its JSON dump."""
    lines = tuple(
        Line(
            entry["line"],
            entry["text"],
            Role(entry["role"]),
            entry.get("reason"),
            entry.get("language"),
            Role(entry["runner_up"]) if "runner_up" in entry else None,
        )
        for entry in data["lines"]
    )
    return _assemble(lines, data)


def _assemble(lines: tuple[Line, ...], data: dict[str, Any]) -> Article:
    """The Article around rebuilt lines: sections, captions and quotes from the dump."""
    sections = tuple(
        Section(entry["title"], entry["kind"], entry["line"], entry["first_line"], entry["last_line"])
        for entry in data["sections"]
    )
    captions = tuple(
        Caption(
            text=entry["text"],
            text_line=entry["text_line"],
            title=entry["title"],
            title_line=entry["title_line"],
            credit=entry["credit"],
            credit_line=entry["credit_line"],
        )
        for entry in data["captions"]
    )
    quotes = tuple(
        Quote(
            entry["text"],
            entry["line"],
            entry["speaker"],
            entry.get("speaker_role"),
            entry["start"],
            entry["end"],
            entry.get("fragment", False),
        )
        for entry in data["quotes"]
    )
    return Article(lines, sections, captions, quotes, data["language"], data.get("title"), data.get("source", "<text>"))


def clutter_summary(lines: list[Line]) -> str:
    """Clutter counted in words: ``1 ad label, 2 video lines``."""
    counts = Counter(line.role for line in lines if line.role.is_clutter)
    parts = []
    for role, count in counts.items():
        singular, plural = CLUTTER_NOUNS[role]
        parts.append(f"{count} {singular if count == 1 else plural}")
    return ", ".join(parts)


def to_text(article: Article, *, clean: bool = True) -> str:
    """Linear plain text: headings marked in words, each section's captions after its body.

    With ``clean=False`` clutter lines stay in place, each marked with its kind.
    """
    out: list[str] = []
    if not any(line.role is not Role.BLANK for line in article.lines):
        return "(This article is empty.)\n"
    for number, section in enumerate(article.sections, start=1):
        out.extend(_section_text(article, section, number, clean))
    return "\n".join(out).rstrip() + "\n"


def _section_text(article: Article, section: Section, number: int, clean: bool) -> list[str]:
    """One section as plain-text blocks separated by blank lines."""
    out: list[str] = []
    captions = _captions_in(article, section)
    caption_lines = {n for caption in captions for n in _caption_line_numbers(caption)}
    if section.title is not None:
        kind = f", photo gallery, {_photos(len(captions))}" if section.kind == "gallery" else ""
        out += [f"Section {number}: {section.title}{kind}", ""]
    for line in article.lines[section.first_line - 1 : section.last_line]:
        if line.number == section.line or line.role is Role.BLANK or line.number in caption_lines:
            continue
        if line.role.is_clutter:
            if not clean:
                out += [f"[{line.role.value}: {line.reason}] {line.text}", ""]
            continue
        prefix = "Subheading: " if line.role.is_heading else "Photo credit: " if line.role is Role.CREDIT else ""
        out += [prefix + line.text, ""]
    for index, caption in enumerate(captions, start=1):
        out += _caption_text(caption, index, len(captions))
    return out


def _caption_text(caption: Caption, index: int, total: int) -> list[str]:
    """A caption as plain text: ``Photo 2 of 10: title``, its text, then its credit."""
    head = f"Photo {index} of {total}" + (f": {caption.title}" if caption.title else "")
    lines = [head, caption.text]
    if caption.credit:
        lines.append(f"Credit: {caption.credit}")
    return [*lines, ""]


def _captions_in(article: Article, section: Section) -> list[Caption]:
    """Captions whose text lies in a section."""
    return article.captions_in(section)


def _caption_line_numbers(caption: Caption) -> list[int]:
    """The line numbers a caption occupies."""
    return [n for n in (caption.title_line, caption.text_line, caption.credit_line) if n is not None]


def _photos(count: int) -> str:
    """``1 photo`` / ``10 photos``."""
    return f"{count} photo" if count == 1 else f"{count} photos"


_MD_SPECIAL = re.compile(r"([\\`*_\[\]<>|])")
_MD_LINE_START = re.compile(r"^(\s*)([#>+-]|\d+[.)])")


def _md(text: str) -> str:
    """Escape article text so Markdown shows it literally."""
    return _MD_LINE_START.sub(r"\1\\\2", _MD_SPECIAL.sub(r"\\\1", text))


def to_markdown(article: Article, *, clean: bool = True) -> str:
    """The article as Markdown: ``##`` per section, captions as emphasised blocks after the body."""
    out: list[str] = []
    for section in article.sections:
        captions = _captions_in(article, section)
        caption_lines = {n for caption in captions for n in _caption_line_numbers(caption)}
        if section.title is not None:
            level = "#" if section.line == 1 else "##"
            out += [f"{level} {_md(section.title)}", ""]
        for line in article.lines[section.first_line - 1 : section.last_line]:
            if line.number == section.line or line.role is Role.BLANK or line.number in caption_lines:
                continue
            if line.role.is_clutter and clean:
                continue
            if line.role.is_clutter:
                out += [f"<!-- {line.role.value}: {line.reason} -->", _md(line.text), ""]
            elif line.role.is_heading:
                out += [f"### {_md(line.text)}", ""]
            elif line.role is Role.CREDIT:
                out += [f"*{_md(line.text)}*", ""]
            else:
                out += [_md(line.text), ""]
        for caption in captions:
            title = f"**{_md(caption.title)}** — " if caption.title else ""
            credit = f" *({_md(caption.credit)})*" if caption.credit else ""
            out += [f"> {title}{_md(caption.text)}{credit}", ""]
    return "\n".join(out).rstrip() + "\n" if out else ""
