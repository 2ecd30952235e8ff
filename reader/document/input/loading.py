"""Bytes to clean text: encoding detection, sanitising, line splitting and size limits."""

from __future__ import annotations

import codecs
import os
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import BinaryIO

from reader.document.model import Role

DEFAULT_MAX_BYTES = 16 * 1024 * 1024
"""Refuse inputs larger than this (16 MiB); a long news article is well under 100 KiB."""

MAX_BYTES_ENV = "READER_MAX_BYTES"

_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)

_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"%PDF-", "a PDF document"),
    (b"\x89PNG", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF8", "a GIF image"),
    (b"PK\x03\x04", "a ZIP archive (or an office document)"),
    (b"\x1f\x8b", "a gzip archive"),
    (b"\x7fELF", "a program (ELF binary)"),
    (b"RIFF", "a RIFF media file"),
    (b"ID3", "an MP3 audio file"),
    (b"\xd0\xcf\x11\xe0", "an old office document"),
)

_RARE_ENCODINGS = (
    "mac_iceland",
    "mac_roman",
    "mac_turkish",
    "mac_latin2",
    "mac_cyrillic",
    "mac_greek",
    "hp_roman8",
    "cp437",
    "cp850",
    "cp852",
    "cp855",
    "cp857",
    "cp858",
    "cp860",
    "cp861",
    "cp862",
    "cp863",
    "cp864",
    "cp865",
    "cp866",
    "cp869",
    "cp037",
    "cp500",
    "cp1140",
    "cp273",
    "cp1026",
    "cp875",
    "cp424",
    "cp1006",
    "cp720",
    "cp737",
    "cp775",
    "cp856",
    "kz1048",
    "ptcp154",
)
"""Code pages charset-normalizer may pick for short text that nobody pastes news in today."""

# Terminal control: 7-bit and 8-bit forms, removed whole. String sequences (OSC, DCS,
# SOS, PM, APC) run to BEL or ST; unterminated ones stop at the end of the line so that
# line numbers never change.
_STRING_SEQ = r"(?:\x1b[\]PX^_]|[\x90\x98\x9d\x9e\x9f])[^\x07\x1b\x9c\n]*(?:\x07|\x1b\\|\x9c)?"
_CSI_SEQ = r"(?:\x1b\[|\x9b)[\x30-\x3f]*[\x20-\x2f]*[\x40-\x7e]?"
_ESC_SEQ = r"\x1b[\x20-\x2f]*[\x30-\x7e]?"
_ESCAPES = re.compile(f"{_STRING_SEQ}|{_CSI_SEQ}|{_ESC_SEQ}")
_CONTROLS = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")
_INLINE_SEPARATORS = re.compile("[\r\x0b\x0c\x1c-\x1e\x85\u2028\u2029]")


class LoadError(Exception):
    """Input that cannot become an article; the message is one line for the user."""

    def __init__(self, source: str, reason: str) -> None:
        super().__init__(f"{source}: {reason}")
        self.source = source
        self.reason = reason


@dataclass(frozen=True)
class LoadedText:
    """Decoded, sanitised text split into lines, and how it was decoded."""

    lines: tuple[str, ...]
    encoding: str
    source: str
    removed_controls: int = 0
    hints: dict[int, Role] = field(default_factory=dict)  # roles known from markup (HTML, Markdown)
    metadata: dict[str, str] = field(default_factory=dict)  # title, author, date, site of a web page
    kind: str = "text"  # text, html or markdown


def max_bytes_from_env(default: int = DEFAULT_MAX_BYTES) -> int:
    """The size limit, from ``READER_MAX_BYTES`` when set to a positive integer."""
    raw = os.environ.get(MAX_BYTES_ENV, "").strip()
    return int(raw) if raw.isdigit() and int(raw) > 0 else default


def read_source(path: str, max_bytes: int | None = None, stdin: BinaryIO | None = None) -> bytes:
    """Read a file path, or standard input for ``-``, refusing more than ``max_bytes``.

    Raises:
        LoadError: the file cannot be read or is too large.
    """
    limit = max_bytes if max_bytes is not None else max_bytes_from_env()
    name = "standard input" if path == "-" else path
    try:
        if path == "-":
            data = _read_limited(stdin or sys.stdin.buffer, limit)
        else:
            target = Path(path)
            if target.is_dir():
                raise LoadError(name, "is a folder, not a file")
            with target.open("rb") as handle:
                data = _read_limited(handle, limit)
    except FileNotFoundError:
        raise LoadError(name, "no such file") from None
    except PermissionError:
        raise LoadError(name, "permission denied") from None
    except OSError as error:
        raise LoadError(name, f"cannot be read ({error.strerror or error})") from None
    if len(data) > limit:
        raise LoadError(name, f"is larger than the {_human_size(limit)} limit (set {MAX_BYTES_ENV} to raise it)")
    return data


def _read_limited(stream: BinaryIO, limit: int) -> bytes:
    """Read at most ``limit + 1`` bytes in chunks (never allocating the limit up front)."""
    chunks: list[bytes] = []
    size = 0
    while size <= limit:
        chunk = stream.read(min(1 << 20, limit + 1 - size))
        if not chunk:
            break
        chunks.append(chunk)
        size += len(chunk)
    return b"".join(chunks)


def decode(data: bytes, source: str = "<bytes>") -> tuple[str, str]:
    """Decode bytes to text and name the encoding used.

    BOMs decide first; then strict UTF-8; then charset-normalizer for legacy encodings.

    Raises:
        LoadError: the bytes are not text in any plausible encoding.
    """
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return data[len(bom) :].decode(encoding), encoding
            except UnicodeDecodeError:
                raise LoadError(source, f"is not valid {encoding.upper()} despite its byte-order mark") from None
    bomless = _bomless_utf16(data)
    if bomless:
        try:
            return data.decode(bomless), bomless
        except UnicodeDecodeError:
            pass
    for magic, kind in _MAGIC:
        if data.startswith(magic):
            raise LoadError(source, f"is binary ({kind}), not text")
    if _looks_binary(data):
        raise LoadError(source, "is binary, not text")
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    return _decode_legacy(data, source)


def _decode_legacy(data: bytes, source: str) -> tuple[str, str]:
    """Decode non-UTF-8 text with charset-normalizer, preferring Windows-1252 among near ties."""
    from charset_normalizer import from_bytes

    matches = from_bytes(data, cp_exclusion=list(_RARE_ENCODINGS))
    best = matches.best() or from_bytes(data).best()
    if best is None:
        raise LoadError(source, "is not text in any encoding the reader knows")
    encoding = best.encoding
    # Legacy Western text is far more often cp1252 than its look-alikes; take it when it
    # decodes as well as the winner did (same chaos, no undefined bytes).
    for candidate in matches:
        if candidate.encoding == "cp1252" and candidate.percent_chaos <= best.percent_chaos:
            encoding = "cp1252"
            break
    return data.decode(encoding), encoding


def _bomless_utf16(data: bytes) -> str | None:
    """Name UTF-16 without a BOM when nearly every other byte is NUL (ASCII-heavy text)."""
    sample = data[:4096]
    if len(sample) < 4:
        return None
    even, odd = sample[0::2], sample[1::2]
    if odd.count(0) > 0.9 * len(odd) and even.count(0) < 0.1 * len(even):
        return "utf-16-le"
    if even.count(0) > 0.9 * len(even) and odd.count(0) < 0.1 * len(odd):
        return "utf-16-be"
    return None


def _looks_binary(data: bytes) -> bool:
    """True when a sample has many NUL or other control bytes (text rarely has any)."""
    sample = data[:65536]
    if not sample:
        return False
    controls = sum(1 for byte in sample if byte < 32 and byte not in (9, 10, 12, 13, 27))
    return controls / len(sample) > 0.10


def split_lines(text: str) -> list[str]:
    """Split text into source lines as the line numbering counts them.

    ``\\n`` (and CRLF) breaks lines; a text with lone CRs only breaks on CR. Other
    separators inside a line (lone CR, U+2028, NEL …) become spaces.
    """
    if not text:
        return []
    if "\n" not in text and "\r" in text:
        text = text.replace("\r", "\n")
    else:
        text = text.replace("\r\n", "\n")
    if _INLINE_SEPARATORS.search(text):
        text = _INLINE_SEPARATORS.sub(" ", text)  # one pass over the whole text, not one per line
    lines = text.split("\n")
    if len(lines) > 1 and lines[-1] == "":
        lines.pop()  # a final newline ends the last line; it does not start a new one
    return lines


def sanitise(line: str) -> tuple[str, int]:
    """Remove escape sequences and control characters (keeping tabs) from one line.

    Returns the clean line and how many characters were removed.
    """
    if not _needs_sanitising(line):
        return line, 0
    cleaned = _CONTROLS.sub("", _ESCAPES.sub("", line))
    return cleaned, len(line) - len(cleaned)


def _needs_sanitising(line: str) -> bool:
    """Fast check: does the line contain any C0/C1 control other than tab?"""
    return _CONTROLS.search(line) is not None


def load_text(data: bytes, source: str = "<bytes>") -> LoadedText:
    """Turn raw bytes into sanitised lines ready for parsing.

    Raises:
        LoadError: the bytes are binary or undecodable.
    """
    text, encoding = decode(data, source)
    return text_lines(text, source, encoding)


def text_lines(text: str, source: str, encoding: str = "utf-8") -> LoadedText:
    """Decoded text to sanitised lines."""
    # Separators first, so a CR inside an escape sequence cannot hide it.
    split = split_lines(text)
    if not _CONTROLS.search("\n".join(split)):
        return LoadedText(tuple(split), encoding, source, 0)  # nothing to remove: no pass per line
    lines: list[str] = []
    removed = 0
    for raw in split:
        clean, count = sanitise(raw)
        lines.append(clean)
        removed += count
    return LoadedText(tuple(lines), encoding, source, removed)


def load_path(path: str, max_bytes: int | None = None, stdin: BinaryIO | None = None) -> LoadedText:
    """Read and decode a file path (or ``-`` for stdin) into sanitised lines.

    Raises:
        LoadError: with a one-line reason naming the file.
    """
    name = "standard input" if path == "-" else path
    return load_text(read_source(path, max_bytes, stdin), name)


def _human_size(size: int) -> str:
    """A byte count in words a person reads at a glance (``16 MiB``)."""
    if size < 1024:
        return f"{size} bytes"
    if size < 1024 * 1024:
        return f"{size / 1024:.3g} KiB"
    return f"{size / (1024 * 1024):.3g} MiB"
