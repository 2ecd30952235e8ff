"""Citations ready to paste, and the clipboard backends chosen in a sensible order."""

from __future__ import annotations

import base64
import datetime
from pathlib import Path

import pytest

from reader import clipboard
from reader.citation import CitationStyle, cite_caption, cite_quote, quote_as_written, without_dangling_comma
from reader.clipboard import CopyResult, copy, osc52
from reader.document.source import open_article
from tests.conftest import ARTICLES


@pytest.fixture
def german():  # type: ignore[no-untyped-def]
    return open_article(str(ARTICLES / "de_hitzewelle.txt"))


def test_quote_keeps_its_own_typographic_marks(german) -> None:  # type: ignore[no-untyped-def]
    assert (
        quote_as_written(german, german.quotes[0])
        == "„Wir haben so etwas in vierzig Jahren auf diesem Hof nicht erlebt“"
    )


def test_plain_citation_has_speaker_role_and_source(german) -> None:  # type: ignore[no-untyped-def]
    assert cite_quote(german, german.quotes[0]) == (
        "„Wir haben so etwas in vierzig Jahren auf diesem Hof nicht erlebt“ — Jürgen Albrecht (Landwirt), "
        "Hitzewelle setzt Landwirten im Osten zu"
    )


def test_markdown_citation_with_date_of_access_and_without_source(german) -> None:  # type: ignore[no-untyped-def]
    day = datetime.date(2026, 11, 28)
    markdown = cite_quote(german, german.quotes[2], CitationStyle("markdown", True, True), today=day)
    assert markdown == (
        "> „Ohne diese Einschränkungen würden kleine Gewässer in wenigen Tagen trockenfallen.“\n>\n"
        "> — Petra Schulze (Umweltministerin), *Hitzewelle setzt Landwirten im Osten zu*, accessed 2026-11-28"
    )
    bare = cite_quote(german, german.quotes[2], CitationStyle("plain", False, False))
    assert bare.endswith("— Petra Schulze (Umweltministerin)")


def test_caption_is_copied_with_its_credit(german) -> None:  # type: ignore[no-untyped-def]
    assert cite_caption(german.captions[1]) == (
        "Niedrige Pegel. Die Oder führt so wenig Wasser wie selten zuvor. Sandbänke liegen frei, Schiffe können "
        "nur halb beladen fahren. (Bild: Imago/Jürgen Ritter)"
    )


def test_osc52_sequence_carries_the_text_in_base64() -> None:
    sequence = osc52("„Zitat“ — Ahmed")
    assert sequence.startswith("\x1b]52;c;") and sequence.endswith("\x07")
    assert base64.b64decode(sequence[7:-1]).decode() == "„Zitat“ — Ahmed"


def test_over_ssh_the_terminal_clipboard_comes_first(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("SSH_CONNECTION", "10.0.0.1 22 10.0.0.2 22")
    monkeypatch.setenv("DISPLAY", ":0")
    sent: list[str] = []
    result = copy(
        "teks",
        send_to_terminal=lambda text: sent.append(text) or True,
        folder=tmp_path,
        system=lambda text: pytest.fail("the system clipboard is the server's over SSH"),
    )
    assert (result.backend, sent) == ("terminal", ["teks"])
    assert result.describe("quote 2 of 5") == "Sent quote 2 of 5 to the terminal clipboard"


def test_locally_the_system_clipboard_comes_first_and_a_silent_failure_falls_through(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.delenv("SSH_CONNECTION", raising=False)
    monkeypatch.delenv("SSH_TTY", raising=False)
    monkeypatch.setenv("DISPLAY", ":0")
    ok = copy("teks", system=lambda text: CopyResult("system", True), folder=tmp_path)
    assert ok.describe("the article") == "Copied the article to the system clipboard"
    sent: list[str] = []
    stale = copy(
        "teks",
        system=lambda text: CopyResult("system", False, "the clipboard did not keep the text"),
        send_to_terminal=lambda text: sent.append(text) or True,
        folder=tmp_path,
    )
    assert stale.backend == "terminal" and sent == ["teks"]


def test_with_no_clipboard_at_all_the_text_is_saved_to_a_file(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.delenv("DISPLAY", raising=False)
    monkeypatch.delenv("WAYLAND_DISPLAY", raising=False)
    result = copy("„Zitat“ und mehr", folder=tmp_path)
    assert result.backend == "file" and result.path == tmp_path / "clipboard.txt"
    assert result.path.read_text(encoding="utf-8") == "„Zitat“ und mehr"
    assert result.describe("quote 1 of 3") == f"No clipboard here: saved quote 1 of 3 to {tmp_path / 'clipboard.txt'}"


def test_forced_backend_is_used_alone(tmp_path: Path) -> None:
    assert copy("x", backend="file", folder=tmp_path).backend == "file"
    failed = copy("x", backend="terminal")
    assert not failed.ok and "Could not copy" in failed.describe("the sentence")


def test_system_copy_without_a_display_fails_cleanly(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("DISPLAY", raising=False)
    monkeypatch.delenv("WAYLAND_DISPLAY", raising=False)
    result = clipboard.copy_system("teks")
    assert not result.ok and result.detail


def test_a_quote_is_attributed_with_its_role_or_by_its_description_when_nobody_is_named() -> None:
    from reader.citation import attribution
    from reader.document.model import Quote

    assert attribution(Quote("Jalan putus", 1, "Wawan Hermawan", "Kepala Desa Sukaraja")) == (
        "Wawan Hermawan (Kepala Desa Sukaraja)"
    )
    assert attribution(Quote("We will rebuild", 1, None, "the mayor")) == "the mayor"
    assert attribution(Quote("We will rebuild", 1)) == "unnamed speaker"


def test_the_quotes_pane_says_role_and_quoted_phrase_in_words() -> None:
    from reader.document.model import Article, Quote
    from reader.ui.panes import QuotesPane

    quotes = (
        Quote("Jalan desa putus total", 1, "Wawan Hermawan", "Kepala Desa Sukaraja"),
        Quote("contrary to every promise made to residents", 2, "Terre Vive", None, fragment=True),
        Quote("Nobody told us anything about the closure", 3),
    )
    article = Article(lines=(), sections=(), captions=(), quotes=quotes, language="en", title=None, source="x")
    shown = [str(option.prompt) for option in QuotesPane(article).options_for(article)]
    assert shown[0].endswith("— Wawan Hermawan (Kepala Desa Sukaraja)")
    assert shown[1].endswith("— Terre Vive, a quoted phrase")
    assert shown[2].endswith("— speaker not named")


@pytest.mark.parametrize(
    ("written", "cited"),
    [
        ('"Kami sudah dikepung,"', '"Kami sudah dikepung."'),
        ("“We were surrounded,”", "“We were surrounded.”"),
        ("« Nous étions encerclés, »", "« Nous étions encerclés. »"),
        ("„Wir waren umzingelt“", "„Wir waren umzingelt“"),
        ("「我们被包围了，」", "「我们被包围了。」"),
        ("“Is anyone there?”", "“Is anyone there?”"),
    ],
)
def test_a_cited_quote_ends_with_a_period_not_the_comma_that_led_to_its_attribution(written: str, cited: str) -> None:
    assert without_dangling_comma(written) == cited
