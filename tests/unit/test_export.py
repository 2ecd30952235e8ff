"""Dumps: linear text reads well top to bottom; Markdown shows article text literally."""

from __future__ import annotations

from reader.document.export import clutter_summary, stats, to_markdown, to_text
from reader.document.source import open_article
from reader.document.understanding.parse import parse_text
from tests.conftest import ARTICLES

GALLERY = "\n".join(
    [
        "Banjir Bandang di Desa",
        "Hujan deras membuat sungai meluap dan ribuan warga mengungsi ke tempat yang lebih tinggi.",
        "Iklan",
        "Banjir dalam gambar",
        "Suasana desa yang terendam banjir dapat dilihat dalam galeri foto ini:",
        "Perahu menjadi andalan",
        "Warga menggunakan perahu untuk mengangkut barang.",
        "Foto: Antara/Bayu",
        "Sekolah diliburkan",
        "Ruang kelas tergenang lumpur setinggi lutut.",
        "Foto: Reuters",
    ]
)


def test_text_dump_marks_headings_and_puts_credits_after_captions() -> None:
    text = to_text(parse_text(GALLERY))
    assert text.splitlines()[0] == "Section 1: Banjir Bandang di Desa"
    assert "Section 2: Banjir dalam gambar, photo gallery, 2 photos" in text
    photo = text.index("Photo 1 of 2: Perahu menjadi andalan")
    assert text.index("Warga menggunakan perahu", photo) < text.index("Credit: Foto: Antara/Bayu", photo)
    assert text.index("galeri foto ini:") < photo
    assert "Iklan" not in text


def test_text_dump_without_clean_marks_each_clutter_line() -> None:
    assert "[ad: ad label 'Iklan'] Iklan" in to_text(parse_text(GALLERY), clean=False)


def test_markdown_escapes_article_text() -> None:
    article = parse_text("Judul\nTeks dengan *bintang* dan [tautan](x) serta `kode` yang cukup panjang.\n")
    markdown = to_markdown(article)
    assert markdown.startswith("# Judul")
    assert r"\*bintang\*" in markdown and r"\[tautan\](x)" in markdown and r"\`kode\`" in markdown


def test_markdown_puts_captions_as_quoted_blocks_with_credit() -> None:
    markdown = to_markdown(parse_text(GALLERY))
    assert "## Banjir dalam gambar" in markdown
    assert (
        "> **Perahu menjadi andalan** — Warga menggunakan perahu untuk mengangkut barang. *(Foto: Antara/Bayu)*"
        in markdown
    )


def test_stats_count_the_clean_words_and_time() -> None:
    article = open_article(str(ARTICLES / "id_banjir_kalsel.txt"))
    numbers = stats(article)
    body_words = sum(
        len(line.text.split()) for line in article.lines if not line.role.is_clutter and line.role.value != "credit"
    )
    assert numbers.words == body_words
    assert numbers.photos == len(article.captions) == 4
    assert numbers.reading_minutes >= 1 and numbers.listening_minutes >= numbers.reading_minutes


def test_clutter_summary_counts_in_words() -> None:
    article = open_article(str(ARTICLES / "id_banjir_kalsel.txt"))
    assert clutter_summary(article.clutter()) == "1 ad label, 1 related link, 2 video lines"


def test_json_dump_and_structure_rebuild_the_same_article() -> None:
    from reader.document.export import from_json, from_structure, to_json, to_structure
    from reader.document.input.loading import load_path

    for path in sorted(ARTICLES.glob("*.txt")):
        article = open_article(str(path))
        assert from_json(to_json(article)) == article, path.name
        texts = load_path(str(path)).lines
        assert from_structure(texts, to_structure(article)) == article, path.name
