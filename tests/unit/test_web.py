"""Web pages and Markdown: the article kept, page furniture gone, figures kept as captions with credits."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from reader.document.model import Role
from reader.document.source import open_article
from tests.conftest import ROOT

FIXTURES = ROOT / "tests" / "fixtures" / "html"


def test_news_page_keeps_body_headings_quotes_and_figures_in_order() -> None:
    article = open_article(str(FIXTURES / "gallery_article.html"))
    texts = " ".join(line.text for line in article.visible_lines(clean=True))
    for furniture in (
        "cookie",
        "Beranda",
        "Promo spesial",
        "Iklan",
        "02:17",
        "Putar video",
        "Musim Hujan Datang",
        "Hak cipta",
        "Tentang kami",
    ):
        assert furniture not in texts, furniture
    assert article.title == "Banjir Rendam Puluhan Desa di Kalimantan Selatan"
    assert article.metadata["site"] == "Kabar Harian" and article.metadata["author"] == "Dewi Anggraini"
    assert article.language == "id"
    assert [(c.title, c.credit) for c in article.captions] == [
        (None, "Foto: Antara/Bayu Pratama"),
        ("Perahu menjadi andalan", "Foto: Antara/Bayu Pratama"),
        ("Masjid jadi tempat mengungsi", "Foto: Dok. BPBD Kalsel"),
        ("Sekolah diliburkan", "Foto: Reuters/Stringer"),
    ]
    assert [(s.title, s.kind) for s in article.sections][-1] == ("Banjir dalam gambar", "gallery")
    assert [(q.speaker, q.line) for q in article.quotes] == [("Rahmat Hidayat", 6), ("Dewi Lestari", 9)]
    roles = [line.role for line in article.lines]
    assert roles.index(Role.CAPTION_TEXT) < roles.index(Role.PARAGRAPH)  # the lead photo stands before the text


def test_figure_credit_written_into_the_caption_and_consent_banners() -> None:
    article = open_article(str(FIXTURES / "english_figures.html"))
    texts = " ".join(line.text for line in article.visible_lines(clean=True))
    assert "cookies" not in texts and "Advertisement" not in texts and "Most read" not in texts
    assert [(line.role.value, line.reason) for line in article.clutter()] == [("ad", "ad label 'Advertisement'")]
    assert article.captions[0].text == "Volunteers sort coral fragments on a floating nursery off Bohol."
    assert article.captions[0].credit == "Photograph: Jes Aznar/Getty Images"
    assert article.quotes[0].speaker == "Ana Reyes"
    assert article.metadata["site"] == "Ocean Weekly" and article.language == "en"


def test_json_dump_of_a_page_follows_the_contract() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "reader", "--dump", "json", str(FIXTURES / "gallery_article.html")],
        capture_output=True,
        cwd=ROOT,
        timeout=60,
        check=True,
    )
    dump = json.loads(result.stdout)
    assert [entry["line"] for entry in dump["lines"]] == list(range(1, len(dump["lines"]) + 1))
    assert dump["lines"][0]["role"] == "heading" and dump["title"].startswith("Banjir Rendam")
    assert {entry["role"] for entry in dump["lines"]} >= {"paragraph", "gallery_heading", "caption_title", "credit"}


def test_format_is_decided_by_content_not_name(tmp_path: Path) -> None:
    disguised = tmp_path / "page.txt"
    disguised.write_bytes((FIXTURES / "english_figures.html").read_bytes())
    assert open_article(str(disguised)).captions[0].credit == "Photograph: Jes Aznar/Getty Images"


def test_markdown_headings_become_sections_and_images_captions(tmp_path: Path) -> None:
    markdown = tmp_path / "notes.md"
    markdown.write_text(
        "# Sungai Meluap\n\nHujan deras membuat sungai meluap dan ribuan warga mengungsi ke tempat tinggi.\n\n"
        '## Dampak\n\n"Kami sudah siap membantu semua warga," kata Rahmat Hidayat.\n\n'
        "![Warga mengungsi dengan perahu karet](perahu.jpg)\n\n"
        "Air mulai surut pada hari ketiga setelah hujan berhenti turun.\n",
        encoding="utf-8",
    )
    article = open_article(str(markdown))
    assert [(s.title, s.line) for s in article.sections] == [("Sungai Meluap", 1), ("Dampak", 3)]
    assert article.captions[0].text == "Warga mengungsi dengan perahu karet"
    assert article.quotes[0].speaker == "Rahmat Hidayat"
    assert "#" not in " ".join(line.text for line in article.lines)
