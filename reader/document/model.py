"""The lossless article model: every source line kept once, with its role."""

from __future__ import annotations

import enum
from dataclasses import dataclass, field


class Role(enum.StrEnum):
    """What a source line is. Clutter roles are hidden by clean mode, never deleted."""

    PARAGRAPH = "paragraph"
    HEADING = "heading"
    GALLERY_HEADING = "gallery_heading"
    GALLERY_INTRO = "gallery_intro"
    CAPTION_TITLE = "caption_title"
    CAPTION_TEXT = "caption_text"
    CREDIT = "credit"
    BYLINE = "byline"
    BLANK = "blank"
    AD = "ad"
    VIDEO = "video"
    RELATED = "related"
    PROMO = "promo"
    NAVIGATION = "navigation"
    BOILERPLATE = "boilerplate"
    COMMENTS = "comments"
    LIST = "list"

    @property
    def is_clutter(self) -> bool:
        """True for roles that clean mode hides."""
        return self in CLUTTER_ROLES

    @property
    def is_page_furniture(self) -> bool:
        """True for what surrounds the article in a whole-page paste (menus, banners, lists, comments)."""
        return self in PAGE_FURNITURE

    @property
    def is_heading(self) -> bool:
        """True for section headings of either kind."""
        return self in (Role.HEADING, Role.GALLERY_HEADING)

    @property
    def is_caption(self) -> bool:
        """True for the parts of a photo caption (title, text, credit)."""
        return self in (Role.CAPTION_TITLE, Role.CAPTION_TEXT, Role.CREDIT)


CLUTTER_ROLES = frozenset(
    {
        Role.AD,
        Role.VIDEO,
        Role.RELATED,
        Role.PROMO,
        Role.NAVIGATION,
        Role.BOILERPLATE,
        Role.COMMENTS,
        Role.LIST,
    }
)

PAGE_FURNITURE = frozenset({Role.NAVIGATION, Role.BOILERPLATE, Role.COMMENTS, Role.LIST})

CLUTTER_NOUNS: dict[Role, tuple[str, str]] = {
    Role.AD: ("ad label", "ad labels"),
    Role.VIDEO: ("video line", "video lines"),
    Role.RELATED: ("related link", "related links"),
    Role.PROMO: ("page prompt", "page prompts"),
    Role.NAVIGATION: ("navigation line", "navigation lines"),
    Role.BOILERPLATE: ("boilerplate line", "boilerplate lines"),
    Role.COMMENTS: ("comment line", "comment lines"),
    Role.LIST: ("list line", "list lines"),
}
"""Singular and plural nouns for each clutter kind, for messages said in words."""


@dataclass(frozen=True, slots=True)
class Line:
    """One source line: its 1-based number, displayed text, role, why, and the role that came second."""

    number: int
    text: str
    role: Role
    reason: str | None = None
    language: str | None = None
    runner_up: Role | None = None


@dataclass(frozen=True, slots=True)
class Section:
    """A run of lines under one heading; the lead section has no title."""

    title: str | None
    kind: str  # "body" or "gallery"
    line: int | None  # the heading's line number
    first_line: int
    last_line: int


@dataclass(frozen=True, slots=True)
class Caption:
    """A photo caption: title, text and credit, each with its line (title and credit optional)."""

    text: str
    text_line: int
    title: str | None = None
    title_line: int | None = None
    credit: str | None = None
    credit_line: int | None = None


@dataclass(frozen=True, slots=True)
class Quote:
    """A quotation (without its marks) and who said it, if the text says."""

    text: str
    line: int
    speaker: str | None = None
    speaker_role: str | None = None
    start: int = 0  # character offset of the opening mark within the line
    end: int = 0  # character offset just after the closing mark
    fragment: bool = False  # a quoted phrase inside the narrator's sentence, not a whole utterance


@dataclass(frozen=True, slots=True)
class Article:
    """A parsed article: every line classified, plus its sections, captions and quotes."""

    lines: tuple[Line, ...]
    sections: tuple[Section, ...] = ()
    captions: tuple[Caption, ...] = ()
    quotes: tuple[Quote, ...] = ()
    language: str = "und"
    title: str | None = None
    source: str = "<text>"
    notices: tuple[str, ...] = field(default=())
    metadata: dict[str, str] = field(default_factory=dict)  # author, date, site, url (from web pages)

    def line(self, number: int) -> Line:
        """The line with this 1-based number."""
        return self.lines[number - 1]

    def captions_in(self, section: Section) -> list[Caption]:
        """The photo captions whose text lies in a section."""
        return [c for c in self.captions if section.first_line <= c.text_line <= section.last_line]

    def caption_of_line(self) -> dict[int, int]:
        """Line number -> index of the caption it belongs to (title, text or credit)."""
        owner: dict[int, int] = {}
        for index, caption in enumerate(self.captions):
            for number in (caption.title_line, caption.text_line, caption.credit_line):
                if number is not None:
                    owner.setdefault(number, index)
        return owner

    def section_of_line(self) -> list[int]:
        """The section index of every line (index = line number - 1)."""
        owner = [0] * len(self.lines)
        for index, section in enumerate(self.sections):
            for number in range(section.first_line, section.last_line + 1):
                owner[number - 1] = index
        return owner

    def clutter(self) -> list[Line]:
        """Lines that clean mode hides, in order."""
        return [line for line in self.lines if line.role.is_clutter]

    @property
    def is_whole_page(self) -> bool:
        """True when the paste carried a whole page and the article was found inside it."""
        return any(line.role.is_page_furniture for line in self.lines)

    def visible_lines(self, clean: bool | str = True) -> list[Line]:
        """Lines shown at a clean level: ``off`` (all), ``clutter`` (ads and the like hidden) or ``article``."""
        level = clean if isinstance(clean, str) else ("article" if clean else "off")
        return [line for line in self.lines if shown(line.role, level)]


CLEAN_LEVELS = ("article", "clutter", "off")
"""Clean mode: the article only; clutter hidden (page furniture shown); nothing hidden."""


def shown(role: Role, level: str) -> bool:
    """Whether a line of this role is shown at a clean level."""
    if level == "off" or not role.is_clutter:
        return True
    return level == "clutter" and role.is_page_furniture
