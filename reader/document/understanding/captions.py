"""Photo captions: title / text / credit groups, galleries' uncredited last captions, inline credits."""

from __future__ import annotations

from dataclasses import dataclass

from reader.document.model import Caption, Role
from reader.document.understanding.classify import (
    MAX_CAPTION_WORDS,
    MAX_UNTITLED_CAPTION_WORDS,
    Item,
    at,
    set_role,
    vocabulary,
)


@dataclass(slots=True)
class CaptionGroup:
    """A caption under construction, by item."""

    text: Item
    title: Item | None = None
    credit: Item | None = None


def _caption_text_ok(item: Item | None, max_words: int = MAX_CAPTION_WORDS) -> bool:
    """Can this item be a caption's text? Untagged (or marked caption), not an intro ending in ':'."""
    if item is None:
        return False
    if item.role is Role.CAPTION_TEXT and item.tentative:
        return True
    return (
        item.role is None and not item.shape.ends_colon and not item.shape.is_bullet and item.shape.words <= max_words
    )


def mark_captions(content: list[Item]) -> list[CaptionGroup]:
    """Group title / text / credit runs into captions, including a gallery's uncredited last one."""
    captions: list[CaptionGroup] = []
    for position, item in enumerate(content):
        if item.role is not Role.CREDIT or not item.tentative:
            continue
        caption = _caption_after(content, position) or _caption_before(content, position)
        item.tentative = False
        if caption is None:
            continue
        captions.append(caption)
        if _run_length(captions) >= 2 or _opens_gallery(content, caption):
            trailing = _trailing_caption(content, position)
            if trailing:
                captions.append(trailing)
    for position, item in enumerate(content):
        if item.role is Role.CAPTION_TEXT and item.tentative:
            item.tentative = False
            credit = item if item.inline_credit else None
            before = at(content, position - 1)
            title = before if before is not None and before.role is Role.CAPTION_TITLE else None
            captions.append(CaptionGroup(text=item, credit=credit, title=title))
    captions.sort(key=lambda caption: caption.text.index)
    return captions


def _caption_before(content: list[Item], position: int) -> CaptionGroup | None:
    """The caption a credit closes: [title] text credit."""
    text = at(content, position - 1)
    title = at(content, position - 2)
    hinted_title = title is not None and title.role is Role.CAPTION_TITLE
    has_title = hinted_title or (
        title is not None
        and title.role is None
        and title.shape.title_like
        and not _names_gallery(title.text)
        and position - 2 > 0
        and text is not None
        and (text.shape.text_like or text.role is Role.CAPTION_TEXT)
    )
    if not _caption_text_ok(text, MAX_CAPTION_WORDS if has_title else MAX_UNTITLED_CAPTION_WORDS):
        return None
    if text is not None and not has_title and text.shape.title_like and _names_gallery(text.text):
        return None  # "The flood in photos" over an opening credit is the gallery's heading
    if text is not None and not has_title and text.shape.words > 20 and _is_lead(content, text):
        return None  # the article's first paragraph, with the credit of the photo above or below it
    assert text is not None
    credit = content[position]
    set_role(text, Role.CAPTION_TEXT)
    if has_title and title is not None:
        set_role(title, Role.CAPTION_TITLE)
        return CaptionGroup(text=text, title=title, credit=credit)
    return CaptionGroup(text=text, credit=credit)


def _names_gallery(text: str) -> bool:
    """A line that announces a photo gallery (``In pictures: …``, ``Bildergalerie``)."""
    return vocabulary().gallery.search(text) is not None


def _caption_after(content: list[Item], position: int) -> CaptionGroup | None:
    """A credit that comes first, then a marked caption text (``Image caption, …``)."""
    text = at(content, position + 1)
    if text is not None and text.role is Role.CAPTION_TEXT and text.tentative:
        text.tentative = False
        return CaptionGroup(text=text, credit=content[position])
    return None


def _is_lead(content: list[Item], text: Item) -> bool:
    """True when no running text comes before this line: it is the article's lead, not a caption."""
    return not any(item.shape.text_like and item.role is None for item in content[: text.position])


def _opens_gallery(content: list[Item], caption: CaptionGroup) -> bool:
    """A titled caption right after a gallery's opening credit (heading, intro, credit, captions)."""
    if caption.title is None:
        return False
    before = at(content, caption.title.position - 1)
    return before is not None and before.role is Role.CREDIT and before.position > 0


def _run_length(captions: list[CaptionGroup]) -> int:
    """How many captions with titles end the list back to back (a gallery run)."""
    run = 0
    expected_end: int | None = None
    for caption in reversed(captions):
        if caption.title is None or caption.credit is None:
            break
        if expected_end is not None and caption.credit.position != expected_end:
            break
        run += 1
        expected_end = caption.title.position - 1
    return run


def _trailing_caption(content: list[Item], position: int) -> CaptionGroup | None:
    """After a gallery's last credit: a title and text that end the gallery without a credit."""
    title, text, after = (at(content, position + offset) for offset in (1, 2, 3))
    if title is None or text is None or title.role is not None or text.role is not None:
        return None
    if not (title.shape.title_like and text.shape.text_like and _caption_text_ok(text)):
        return None
    if after is not None and after.role is None and not after.shape.title_like:
        return None  # more running text follows: these are body lines, not a caption
    if after is not None and after.role is Role.CREDIT:
        return None  # the next credit will claim them
    set_role(title, Role.CAPTION_TITLE)
    set_role(text, Role.CAPTION_TEXT)
    return CaptionGroup(text=text, title=title)


def caption_model(caption: CaptionGroup) -> Caption:
    """The public Caption for a caption under construction."""
    credit_text: str | None = None
    if caption.credit is not None:
        credit_text = caption.credit.inline_credit or caption.credit.text
    text = caption.text.text
    if caption.text.inline_credit and caption.credit is caption.text:
        text = text[: len(text) - len(caption.text.inline_credit)].rstrip(" ([|–—-").rstrip()
    return Caption(
        text=_strip_caption_prefix(text),
        text_line=caption.text.index + 1,
        title=caption.title.text if caption.title else None,
        title_line=caption.title.index + 1 if caption.title else None,
        credit=credit_text,
        # An inline credit has no line of its own: the line's role stays caption_text.
        credit_line=caption.credit.index + 1 if caption.credit and caption.credit is not caption.text else None,
    )


def _strip_caption_prefix(text: str) -> str:
    """``Image caption, People flee`` → ``People flee``."""
    found = vocabulary().caption.prefix(text)
    return found.rest if found and found.rest else text
