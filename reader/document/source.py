"""Open an article from a path, standard input or the bundled samples."""

from __future__ import annotations

from pathlib import Path
from typing import BinaryIO

from reader.document.loading import load_path
from reader.document.model import Article
from reader.document.parse_text import parse_lines

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


def open_article(
    path: str, *, max_bytes: int | None = None, stdin: BinaryIO | None = None, language: str | None = None
) -> Article:
    """Read, decode and parse an article file (``-`` reads standard input).

    Raises:
        LoadError: the input is missing, too large, binary or undecodable.
    """
    loaded = load_path(path, max_bytes, stdin)
    article = parse_lines(loaded.lines, Path(path).name if path != "-" else "standard input", language=language)
    return article
