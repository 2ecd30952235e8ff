"""Text ready to paste: quotes cited with speaker and source, captions with credits, sentences, paragraphs."""

from __future__ import annotations

import datetime
from dataclasses import dataclass

from reader.document.model import Article, Caption, Quote

STYLES = ("plain", "markdown")


@dataclass(frozen=True)
class CitationStyle:
    """How a quote is cited: plain or Markdown blockquote, with or without source and date of access."""

    style: str = "plain"
    source: bool = True
    accessed: bool = False


def quote_as_written(article: Article, quote: Quote) -> str:
    """The quote with its own quotation marks, exactly as the article has it."""
    text = article.line(quote.line).text
    if 0 <= quote.start < quote.end <= len(text):
        return text[quote.start : quote.end]
    return f"“{quote.text}”"


def without_dangling_comma(said: str) -> str:
    """A quote cut from its sentence ends with a period, not the comma that led to the attribution.

    ``"… dikepung,"`` becomes ``"… dikepung."``; the marks stay as the article wrote them.
    """
    closing = len(said.rstrip(_CLOSING_MARKS))
    inside = said[:closing].rstrip(_SPACES)
    if closing == len(said) or not inside.endswith((",", "，")):
        return said
    period = "。" if inside.endswith("，") else "."
    return f"{inside[:-1]}{period}{said[len(inside) :]}"


_CLOSING_MARKS = '"”“»«’‘›‹」』'
_SPACES = " \u00a0\u202f"


def source_name(article: Article) -> str:
    """The article's title (or file name), with the site it is from when the page says."""
    title = article.title or article.source
    site = article.metadata.get("site")
    return f"{title}, {site}" if site and site not in title else title


def attribution(quote: Quote) -> str:
    """Who said a quote, as a citation names them: ``Ujang Saepudin (Kepala Desa Mekarjaya)``.

    A speaker described but not named is cited by the description ("the mayor").
    """
    said_by = quote.speaker or quote.speaker_role or "unnamed speaker"
    if quote.speaker and quote.speaker_role:
        said_by += f" ({quote.speaker_role})"
    return said_by


def cite_quote(
    article: Article, quote: Quote, style: CitationStyle | None = None, today: datetime.date | None = None
) -> str:
    """A quote ready to cite: ``“…,” — Ahmed Sweid (tim medis), Title``."""
    style = style or CitationStyle()
    parts = [attribution(quote)]
    if style.source:
        if style.style == "markdown":
            title = article.title or article.source
            url = article.metadata.get("url")
            shown = f"[{title}]({url})" if url else f"*{title}*"
            site = article.metadata.get("site")
            parts.append(f"{shown}, {site}" if site and site not in title else shown)
        else:
            parts.append(source_name(article))
    if style.accessed:
        parts.append(f"accessed {(today or datetime.date.today()).isoformat()}")
    said = without_dangling_comma(quote_as_written(article, quote))
    if style.style == "markdown":
        return f"> {said}\n>\n> — {', '.join(parts)}"
    return f"{said} — {', '.join(parts)}"


def cite_caption(caption: Caption) -> str:
    """A photo caption with its credit: ``Title. Text (Credit)``."""
    text = caption.text
    if caption.title:
        text = f"{caption.title.rstrip('.')}. {text}"
    if caption.credit:
        text += f" ({caption.credit})"
    return text
