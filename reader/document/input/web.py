"""Web pages and Markdown to article blocks: trafilatura for the main text, the markup itself for figures.

trafilatura keeps a page's body, headings and quotes but drops every figure caption and credit,
so figures are read from the markup (lxml) and merged with the extracted text in document order.
The result is a list of block lines with the roles the markup gives them; the ordinary parser
then groups captions, finds sections, galleries, quotes and the language as for pasted text.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from reader.document.input.loading import sanitise
from reader.document.model import Role

_SPACE = re.compile(r"\s+")
_CREDIT_CLASS = re.compile(r"credit|copyright|source|photographer|byline|author|rights", re.IGNORECASE)
_TITLE_CLASS = re.compile(r"title|headline|heading", re.IGNORECASE)
_HEADING_TAGS = {"h1", "h2", "h3", "h4", "h5", "h6"}
_MARKDOWN_HEADING = re.compile(r"^(#{1,6})\s+(.*)$")


@dataclass
class Blocks:
    """Lines of an article from markup, the roles the markup gives them, and page metadata."""

    lines: list[str] = field(default_factory=list)
    hints: dict[int, Role] = field(default_factory=dict)
    metadata: dict[str, str] = field(default_factory=dict)

    def add(self, text: str, role: Role) -> None:
        clean = sanitise(_SPACE.sub(" ", text).strip())[0]
        if clean:
            self.hints[len(self.lines)] = role
            self.lines.append(clean)


def looks_like_html(text: str) -> bool:
    """Content sniffing: a document that starts like HTML, or is full of paragraph tags."""
    head = text[:4096].lstrip().lower()
    if head.startswith(("<!doctype html", "<html")) or "<html" in head[:1024]:
        return True
    return len(re.findall(r"<(?:p|div|article|section|h[1-6])[\s>]", head)) >= 3


def looks_like_markdown(text: str, name: str) -> bool:
    """Markdown by file name, or by several ATX headings and Markdown images or links."""
    if name.lower().endswith((".md", ".markdown", ".mdown")):
        return True
    sample = text[:8192]
    headings = len(re.findall(r"(?m)^#{1,6} \S", sample))
    marks = len(re.findall(r"!\[[^\]]*\]\([^)]+\)|\[[^\]]+\]\([^)]+\)", sample))
    return headings >= 2 and marks >= 1


def html_blocks(html: str, url: str | None = None) -> Blocks:
    """The main text of a page as block lines (title, headings, paragraphs, figures)."""
    import trafilatura

    extracted = (
        trafilatura.extract(
            html,
            url=url,
            output_format="markdown",
            include_formatting=True,
            include_comments=False,
            include_tables=False,
            include_images=False,
            favor_precision=False,
        )
        or ""
    )
    metadata = _metadata(trafilatura.extract_metadata(html, default_url=url))
    body = _markdown_blocks(extracted)
    blocks = Blocks(metadata=metadata)
    title = metadata.get("title")
    if title and not (body and body[0][1] is Role.HEADING and _norm(body[0][0]) == _norm(title)):
        blocks.add(title, Role.HEADING)
    for text, role in _merge_figures(html, body):
        blocks.add(text, role)
    return blocks


def markdown_blocks(text: str) -> Blocks:
    """A Markdown document as block lines: headings, paragraphs, quotes, images as captions."""
    blocks = Blocks()
    for block, role in _markdown_blocks(text, images=True):
        blocks.add(block, role)
    return blocks


def _metadata(found: Any) -> dict[str, str]:
    """Title, author, date, site name and URL from trafilatura's metadata, where present."""
    if found is None:
        return {}
    values = {
        "title": getattr(found, "title", None),
        "author": getattr(found, "author", None),
        "date": getattr(found, "date", None),
        "site": getattr(found, "sitename", None),
        "url": getattr(found, "url", None),
    }
    return {key: str(value) for key, value in values.items() if value}


def _markdown_blocks(text: str, *, images: bool = False) -> list[tuple[str, Role]]:
    """Blocks of (trafilatura's or a user's) Markdown, with their roles."""
    from markdown_it import MarkdownIt

    tokens = MarkdownIt("commonmark").parse(text)
    blocks: list[tuple[str, Role]] = []
    heading = False
    for token in tokens:
        if token.type == "heading_open":
            heading = True
        elif token.type == "heading_close":
            heading = False
        elif token.type == "inline":
            pictures = [child for child in token.children or [] if child.type == "image"] if images else []
            words = _inline_text(token)
            if pictures and not words.strip():
                for picture in pictures:
                    caption = picture.attrs.get("title") or "".join(c.content for c in picture.children or [])
                    if caption:
                        blocks.append((str(caption), Role.CAPTION_TEXT))
                continue
            if words.strip():
                blocks.append((words, Role.HEADING if heading else Role.PARAGRAPH))
    return blocks


def _inline_text(token: Any) -> str:
    """The visible text of an inline Markdown token (links keep their text, images drop)."""
    parts = []
    for child in token.children or []:
        if child.type in ("text", "code_inline"):
            parts.append(child.content)
        elif child.type in ("softbreak", "hardbreak"):
            parts.append(" ")
    return "".join(parts)


def _norm(text: str) -> str:
    return _SPACE.sub(" ", re.sub(r"[^\w\s]", "", text)).strip().casefold()


def _merge_figures(html: str, body: list[tuple[str, Role]]) -> Iterator[tuple[str, Role]]:
    """The extracted blocks with the page's figures put back where they stand in the markup."""
    from lxml import html as lxml_html

    try:
        root = lxml_html.fromstring(html)
    except (ValueError, TypeError):
        yield from body
        return
    known = {_norm(text): index for index, (text, _) in enumerate(body)}
    after: dict[int, list[tuple[str, Role]]] = {}
    position = -1
    pending_heading: str | None = None
    for element in root.iter("p", "blockquote", "figure", *_HEADING_TAGS):
        if element.tag == "figure":
            figure = list(_figure_lines(element))
            if figure:
                if pending_heading:
                    after.setdefault(position, []).append((pending_heading, Role.HEADING))
                    pending_heading = None
                after.setdefault(position, []).extend(figure)
            continue
        if _inside(element, "figure"):
            continue
        found = known.get(_norm(element.text_content()))
        if found is not None:
            position = max(position, found)
            pending_heading = None
        elif element.tag in _HEADING_TAGS and not _inside(element, "aside", "nav", "footer", "header"):
            pending_heading = element.text_content()  # kept only if a figure follows (a gallery's title)
    yield from after.get(-1, [])
    for index, block in enumerate(body):
        yield block
        yield from after.get(index, [])


def _inside(element: Any, *tags: str) -> bool:
    """True when an element sits inside one of the given tags."""
    parent = element.getparent()
    while parent is not None:
        if parent.tag in tags:
            return True
        parent = parent.getparent()
    return False


def _figure_lines(figure: Any) -> Iterator[tuple[str, Role]]:
    """A figure's caption as lines: title (if marked), text, credit (if marked or written in)."""
    caption = next(iter(figure.iter("figcaption")), None)
    if caption is None:
        return
    credits = [
        child
        for child in caption.iterdescendants()
        if _CREDIT_CLASS.search(str(child.get("class", ""))) or child.tag in ("small", "cite")
    ]
    first = next(iter(caption), None)
    title = None
    if first is not None and not (caption.text or "").strip() and first not in credits:
        marked = first.tag in ("strong", "b", "h3", "h4", "h5", "h6") or _TITLE_CLASS.search(
            str(first.get("class", ""))
        )
        title = first if marked else None
    credit_parts = [element.text_content() for element in credits]
    title_parts = [title.text_content()] if title is not None else []
    for element in [*credits, *([title] if title is not None else [])]:
        element.drop_tree()
    text = _SPACE.sub(" ", caption.text_content()).strip()
    if title_parts:
        yield title_parts[0], Role.CAPTION_TITLE
    if text:
        yield text, Role.CAPTION_TEXT
    if credit_parts:
        yield " ".join(part.strip() for part in credit_parts), Role.CREDIT
