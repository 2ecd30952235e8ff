"""Open an article from a path, standard input or the bundled samples."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import BinaryIO

from reader.document.input.loading import LoadedText, decode, max_bytes_from_env, read_source, text_lines
from reader.document.model import Article
from reader.document.understanding.parse import parse_lines

DEFAULT_SAMPLE = "id_banjir_kalsel.txt"
"""The bundled article shown when no file is given."""


def samples_dir() -> Path:
    """The folder of bundled sample articles (inside the package, or the source tree's ``articles/``)."""
    packaged = Path(__file__).resolve().parent.parent / "articles"
    if packaged.is_dir():
        return packaged
    return Path(__file__).resolve().parent.parent.parent / "articles"


def default_sample() -> Path:
    """The path of the bundled default sample article."""
    return samples_dir() / DEFAULT_SAMPLE


def load_input(
    path: str, *, max_bytes: int | None = None, stdin: BinaryIO | None = None, offline_notice: list[str] | None = None
) -> LoadedText:
    """Read a file, standard input or URL, and turn it into lines (with roles, for HTML and Markdown).

    The format is decided by the content (an HTML page named .txt is still HTML).

    Raises:
        LoadError: with a one-line reason naming the input.
    """
    from reader.document.input.fetch import fetch, is_url

    limit = max_bytes if max_bytes is not None else max_bytes_from_env()
    if is_url(path):
        fetched = fetch(path, max_bytes=limit)
        if fetched.from_cache and offline_notice is not None:
            offline_notice.append("The page could not be reached; showing the copy saved when it was last opened.")
        text, _ = decode(fetched.data, path)
        return _from_text(text, path, fetched.url, "text/html" if "html" in fetched.content_type else "")
    name = "standard input" if path == "-" else path
    data = read_source(path, limit, stdin)
    text, encoding = decode(data, name)
    return _from_text(text, name, None, "", encoding)


def _from_text(text: str, name: str, url: str | None, content_type: str, encoding: str = "utf-8") -> LoadedText:
    """Choose the front end by content: HTML, Markdown, or pasted plain text."""
    from reader.document.input.web import html_blocks, looks_like_html, looks_like_markdown, markdown_blocks

    if content_type == "text/html" or looks_like_html(text):
        blocks = html_blocks(text, url)
        if url:
            blocks.metadata.setdefault("url", url)
        return LoadedText(tuple(blocks.lines), encoding, name, 0, blocks.hints, blocks.metadata, "html")
    if looks_like_markdown(text, name):
        blocks = markdown_blocks(text)
        return LoadedText(tuple(blocks.lines), encoding, name, 0, blocks.hints, {}, "markdown")
    return text_lines(text, name, encoding)


def open_article(
    path: str, *, max_bytes: int | None = None, stdin: BinaryIO | None = None, language: str | None = None
) -> Article:
    """Read, decode and parse an article: a text, HTML or Markdown file, standard input (``-``) or a URL.

    Raises:
        LoadError: the input is missing, unreachable, too large, binary or undecodable.
    """
    notices: list[str] = []
    loaded = load_input(path, max_bytes=max_bytes, stdin=stdin, offline_notice=notices)
    for notice in notices:
        print(f"reader: {notice}", file=sys.stderr)
    return parse_loaded(loaded, language=language)


def parse_loaded(loaded: LoadedText, *, language: str | None = None, find_quotes: bool = True) -> Article:
    """Parse loaded lines (with any roles the markup gave them)."""
    from pathlib import PurePosixPath

    source = loaded.metadata.get("site") or PurePosixPath(loaded.source).name or loaded.source
    return parse_lines(
        loaded.lines,
        source if loaded.kind == "html" else PurePosixPath(loaded.source).name,
        language=language,
        find_quotes=find_quotes,
        hints=loaded.hints or None,
        metadata=loaded.metadata or None,
    )
