"""Compare a parsed article with a line-by-line ground-truth file (the ../shared format)."""

from __future__ import annotations

import json
import re
import unicodedata
from pathlib import Path

from reader.document.export import to_json
from reader.document.source import open_article
from reader.document.understanding.training import truth_roles

_QUOTE_CHARS = "\"'“”„‟«»‹›‚‘’「」『』 \u00a0\u202f"


expected_roles = truth_roles
"""Line number -> role, from a ground-truth file (the same reading as training's)."""


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
