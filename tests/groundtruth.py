"""Compare a parsed article with a line-by-line ground-truth file (the ../shared format)."""

from __future__ import annotations

import json
import re
import unicodedata
from pathlib import Path
from typing import Any

from reader.document.export import to_json
from reader.document.source import open_article

_QUOTE_CHARS = "\"'“”„‟«»‹›‚‘’「」『』 \u00a0\u202f"


def expected_roles(truth: dict[str, Any]) -> dict[int, str]:
    """Line number -> role, from a ground-truth file."""
    roles: dict[int, str] = {}
    for number in truth.get("paragraph_lines", []):
        roles[number] = "paragraph"
    for entry in truth.get("clutter", []):
        roles[entry["line"]] = entry["kind"]
    for heading in truth.get("headings", []):
        roles[heading["line"]] = "gallery_heading" if heading["kind"] == "gallery" else "heading"
    for number in truth.get("gallery_intro_lines", []):
        roles[number] = "gallery_intro"
    for caption in truth.get("captions", []):
        if caption.get("title_line"):
            roles[caption["title_line"]] = "caption_title"
        roles[caption["text_line"]] = "caption_text"
        if caption.get("credit_line"):
            roles[caption["credit_line"]] = "credit"
    for number in truth.get("credit_lines", []):
        roles[number] = "credit"
    return roles


def _norm(text: str) -> str:
    return re.sub(r"\s+", " ", unicodedata.normalize("NFC", text)).strip(_QUOTE_CHARS).casefold()


def compare(truth_path: Path) -> list[str]:
    """Every difference between the reader's dump and the ground truth, as readable lines."""
    truth = json.loads(truth_path.read_text(encoding="utf-8"))
    dump = to_json(open_article(str(truth_path.parent / truth["file"])))
    problems: list[str] = []
    have = {entry["line"]: entry["role"] for entry in dump["lines"]}
    for number, role in sorted(expected_roles(truth).items()):
        if have.get(number) != role:
            problems.append(f"line {number}: want {role}, got {have.get(number)}")
    for quote in truth.get("quotes", []):
        if not any(
            found["line"] == quote["line"]
            and _norm(found["text"]).startswith(_norm(quote["starts"]))
            and _norm(quote["speaker_contains"]) in _norm(found["speaker"] or "")
            for found in dump["quotes"]
        ):
            problems.append(f"quote on line {quote['line']} missing: {quote['starts']!r} / {quote['speaker_contains']}")
    for scare in truth.get("not_quotes", []):
        if any(_norm(found["text"]) == _norm(scare) for found in dump["quotes"]):
            problems.append(f"scare quote taken as a quote: {scare!r}")
    if dump["language"] != truth["language"]:
        problems.append(f"language {dump['language']} != {truth['language']}")
    for caption in truth.get("captions", []):
        key = (caption.get("title_line"), caption["text_line"], caption.get("credit_line"))
        got = [(c["title_line"], c["text_line"], c["credit_line"]) for c in dump["captions"]]
        if key not in got:
            problems.append(f"caption {key} not grouped as expected")
    return problems
