"""The hand-labelled paste corpus in ../shared: every trap its README lists, and what clean mode hides.

These figures are in-sample (the shipped decision was trained on these pastes); the benchmark
(``bench/bench_understanding.py``) prints the held-out figures beside them.
"""

from __future__ import annotations

import functools
import json
import re
from pathlib import Path

import pytest

from reader.document.input.loading import load_text
from reader.document.model import Article, Role
from reader.document.understanding.parse import parse_lines
from reader.document.understanding.training import truth_roles, truth_title_line
from tests.conftest import SHARED

PASTES = SHARED / "corpus" / "pastes"
TRAP = re.compile(r"^\s+- `(?P<file>[\w.-]+\.txt):(?P<line>\d+)` (?P<what>.+)$", re.MULTILINE)

KNOWN_MISSES = {
    ("id_tambang.txt", 25): "a prompt that names the ad word, read as text",
    ("ar_basra.txt", 22): "a closing source line taken for a photo credit",
    ("pl_wisla.txt", 2): "a lead-photo caption with its credit inside, read as the lead",
    ("pl_wisla.txt", 20): "a subscriber notice written as a full sentence is kept (a sentence needs strong evidence)",
    ("en_oklahoma_tornado.txt", 31): "a quoted headline in a related link, taken for a subheading",
    ("en_sylhet_floods.txt", 33): "a 'Source:' line taken for a photo credit",
    ("de_rhein_pegel.txt", 30): "a programme note with a clock time, taken for a caption",
    ("en_halifax_page.txt", 53): "a comment with scare quotes, read as article text",
}
"""Traps the parser still gets wrong, each with what happens: a fix makes its test fail until removed here."""


def _corpus() -> Path:
    if not PASTES.is_dir():
        pytest.skip("../shared/corpus/pastes is not present beside the project")
    return PASTES


def _traps() -> list[tuple[str, int, str]]:
    readme = PASTES / "README.md"
    if not readme.is_file():
        return []
    return [(m["file"], int(m["line"]), m["what"]) for m in TRAP.finditer(readme.read_text("utf-8"))]


@functools.cache
def _parsed(name: str) -> tuple[Article, dict[int, str], dict[str, object]]:
    truth = json.loads((PASTES / name).with_suffix(".expected.json").read_text("utf-8"))
    article = parse_lines(load_text((PASTES / name).read_bytes()).lines, name)
    return article, truth_roles(truth), truth


def _trap_cases() -> list[object]:
    cases: list[object] = []
    for name, line, what in _traps():
        reason = KNOWN_MISSES.get((name, line))
        marks = [pytest.mark.xfail(reason=reason, strict=True)] if reason else []
        cases.append(pytest.param(name, line, what, marks=marks, id=f"{name}:{line}"))
    return cases or [pytest.param("", 0, "", marks=pytest.mark.skip(reason="no corpus README beside the project"))]


@pytest.mark.parametrize(("name", "line", "what"), _trap_cases())
def test_each_trap_the_corpus_lists_gets_its_labelled_role(name: str, line: int, what: str) -> None:
    _corpus()
    article, roles, _ = _parsed(name)
    got = article.lines[line - 1]
    assert got.role.value == roles.get(line, Role.BLANK.value), f"{what}: {got.role.value} ({got.reason})"


def test_clean_mode_hides_no_line_of_the_article_and_most_of_the_furniture() -> None:
    """What a listener would hear: article lines hidden (must be almost none), furniture read out."""
    hidden_text, found, furniture = [], 0, 0
    for path in sorted(_corpus().glob("*.txt")):
        article, roles, _ = _parsed(path.name)
        for number, want in roles.items():
            got = article.lines[number - 1].role
            wanted_hidden = Role(want).is_clutter
            if got.is_clutter and not wanted_hidden:
                hidden_text.append(f"{path.name}:{number}")
            furniture += wanted_hidden
            found += wanted_hidden and got.is_clutter
    assert len(hidden_text) <= 2, hidden_text
    assert found / furniture >= 0.93


def test_the_title_is_the_headline_or_nothing() -> None:
    wrong = []
    for path in sorted(_corpus().glob("*.txt")):
        article, _, truth = _parsed(path.name)
        line = truth_title_line(truth)
        want = article.lines[line - 1].text if line else None
        if article.title != want:
            wrong.append(f"{path.name}: {article.title!r} (want {want!r})")
    assert len(wrong) <= 1, wrong
