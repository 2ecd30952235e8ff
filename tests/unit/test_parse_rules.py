"""Line classification, one rule family at a time: what is stripped and what is kept."""

from __future__ import annotations

import pytest

from reader.document.model import Role
from reader.document.understanding.parse import parse_text
from reader.document.understanding.vocabulary import all_rules, languages

LEAD = "Pemerintah daerah mengumumkan status tanggap darurat setelah hujan deras mengguyur kota selama tiga hari."
BODY = "Ribuan warga mengungsi ke sekolah dan masjid, sementara petugas membagikan makanan dan selimut."


def roles(text: str) -> list[str]:
    """The role of every line of a text."""
    return [line.role.value for line in parse_text(text).lines]


def reasons(text: str) -> list[str | None]:
    return [line.reason for line in parse_text(text).lines]


# --- ad labels -----------------------------------------------------------------------------


@pytest.mark.parametrize("label", ["Iklan", "Anzeige", "ADVERTISEMENT", "Publicité", "Реклама", "إعلان", "广告"])
def test_ad_label_alone_on_a_line_is_an_ad(label: str) -> None:
    assert roles(f"{LEAD}\n{label}\n{BODY}") == ["paragraph", "ad", "paragraph"]
    assert f"ad label '{label}'" in (reasons(f"{LEAD}\n{label}\n{BODY}")[1] or "")


def test_ad_word_inside_a_sentence_is_text() -> None:
    text = f"{LEAD}\nIklan kampanye itu ditayangkan di televisi nasional selama sepekan.\n{BODY}"
    assert roles(text) == ["paragraph", "paragraph", "paragraph"]


@pytest.mark.parametrize("code", languages())
def test_every_language_table_classifies_its_own_ad_label(code: str) -> None:
    label = all_rules()[code].get("ad")[0]
    assert roles(f"{LEAD}\n{label}\n{BODY}")[1] == "ad", label


# --- video leftovers -----------------------------------------------------------------------


@pytest.mark.parametrize("duration", ["01:03", "2:03", "1:04:27", "(02:17)"])
def test_title_then_duration_is_a_video_leftover(duration: str) -> None:
    text = f"{LEAD}\nHarapan Pupus di Aleppo\n{duration}\n{BODY}"
    assert roles(text) == ["paragraph", "video", "video", "paragraph"]
    assert f"a media duration '{duration}'" in (reasons(text)[2] or "")
    assert "the line below" in (reasons(text)[1] or "")


def test_duration_inside_a_sentence_is_text() -> None:
    text = f"{LEAD}\nPertandingan dimulai pukul 19:30 dan berakhir dengan skor 2:1 untuk tuan rumah.\n{BODY}"
    assert roles(text) == ["paragraph"] * 3


def test_a_sentence_before_a_duration_is_not_taken_as_the_video_title() -> None:
    long_line = BODY + " " + BODY
    assert roles(f"{LEAD}\n{long_line}\n01:03\n{BODY}") == ["paragraph", "paragraph", "video", "paragraph"]


def test_video_player_phrases_are_video() -> None:
    text = f"{LEAD}\nMedia playback is unsupported on your device\nWatch: Divers move coral\n{BODY}"
    assert roles(text) == ["paragraph", "video", "video", "paragraph"]


# --- read-also links and page prompts --------------------------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "Baca juga: Musim Hujan Datang Lebih Awal",
        "Read more: Why ocean heatwaves are more frequent",
        "Lire aussi | Sécheresse : un été historique",
        "Mehr zum Thema",
        "Читайте также: Как подготовить дом к паводку",
        "اقرأ أيضا: الفيضانات في المنطقة",
    ],
)
def test_read_also_links_are_related(line: str) -> None:
    assert roles(f"{LEAD}\n{line}\n{BODY}") == ["paragraph", "related", "paragraph"]


def test_a_sentence_that_starts_like_a_link_is_kept() -> None:
    text = f"{LEAD}\nRead more carefully, the report shows that the river rose by two metres in a single night.\n{BODY}"
    assert roles(text) == ["paragraph"] * 3


@pytest.mark.parametrize(
    "line", ["SCROLL TO CONTINUE WITH CONTENT", "Lihat Foto", "1 of 10", "Foto 3 dari 12", "Bild 2 von 8", "Share"]
)
def test_page_prompts_and_photo_counters_are_promo(line: str) -> None:
    assert roles(f"{LEAD}\n{line}\n{BODY}") == ["paragraph", "promo", "paragraph"]


def test_a_sentence_starting_with_a_prompt_word_is_kept() -> None:
    assert roles(f"{LEAD}\nShare prices fell sharply after the announcement on Monday.\n{BODY}") == ["paragraph"] * 3


# --- credits and captions --------------------------------------------------------------------


@pytest.mark.parametrize(
    "credit",
    [
        "Foto: Reuters/A. Ismail",
        "Photo: AP",
        "Bild: picture alliance/dpa",
        "Фото: ТАСС",
        "Crédit photo : AFP/Philippe Lopez",
        "Image source, Getty Images",
        "© Reuters",
        "Photo by Jane Doe",
        "Reuters/Stringer",
    ],
)
def test_credit_forms_after_a_one_line_caption(credit: str) -> None:
    text = f"{LEAD}\nWarga mengungsi dengan perahu karet.\n{credit}\n{BODY}"
    article = parse_text(text)
    assert [line.role for line in article.lines] == [Role.PARAGRAPH, Role.CAPTION_TEXT, Role.CREDIT, Role.PARAGRAPH]
    assert article.captions[0].credit == credit and article.captions[0].credit_line == 3


def test_credit_word_starting_a_sentence_is_text() -> None:
    text = f"{LEAD}\nFoto-foto itu menunjukkan kerusakan parah di pusat kota setelah banjir surut.\n{BODY}"
    assert roles(text) == ["paragraph"] * 3


def test_title_text_credit_is_a_caption_and_a_gallery_last_caption_may_lack_a_credit() -> None:
    text = "\n".join(
        [
            LEAD,
            "Banjir dalam gambar",
            "Suasana desa yang terendam banjir dapat dilihat dalam galeri foto ini:",
            "Foto: Antara",
            "Perahu menjadi andalan",
            "Warga menggunakan perahu untuk mengangkut barang.",
            "Foto: Antara",
            "Sekolah diliburkan",
            "Ruang kelas tergenang lumpur setinggi lutut.",
            "Foto: Reuters",
            "Kapan air surut?",
            "Petugas memperkirakan air surut dalam tiga hari.",
        ]
    )
    article = parse_text(text)
    assert [line.role.value for line in article.lines] == [
        "paragraph",
        "gallery_heading",
        "gallery_intro",
        "credit",
        "caption_title",
        "caption_text",
        "credit",
        "caption_title",
        "caption_text",
        "credit",
        "caption_title",
        "caption_text",
    ]
    assert [(c.title_line, c.text_line, c.credit_line) for c in article.captions] == [
        (5, 6, 7),
        (8, 9, 10),
        (11, 12, None),
    ]
    assert [section.kind for section in article.sections] == ["body", "gallery"]


def test_body_after_a_gallery_is_not_taken_as_an_uncredited_caption() -> None:
    text = "\n".join(
        [
            LEAD,
            "Satu",
            "Teks foto satu yang pendek.",
            "Foto: A",
            "Dua",
            "Teks foto dua yang pendek.",
            "Foto: B",
            "Kembali ke berita",
            BODY,
            BODY,
        ]
    )
    assert roles(text)[-3:] == ["heading", "paragraph", "paragraph"]


def test_credit_before_a_marked_caption_and_inline_credits() -> None:
    text = "\n".join(
        [
            LEAD,
            "Image source, Reuters",
            "Image caption, Volunteers sort coral fragments on a floating nursery",
            BODY,
            "A fisherman checks his nets at dawn. Photograph: Jes Aznar/Getty Images",
            BODY,
        ]
    )
    article = parse_text(text)
    assert roles(text) == ["paragraph", "credit", "caption_text", "paragraph", "caption_text", "paragraph"]
    first, second = article.captions
    assert (first.text, first.credit, first.credit_line) == (
        "Volunteers sort coral fragments on a floating nursery",
        "Image source, Reuters",
        2,
    )
    assert (second.text, second.credit, second.credit_line) == (
        "A fisherman checks his nets at dawn.",
        "Photograph: Jes Aznar/Getty Images",
        None,
    )


# --- headings and paragraphs -----------------------------------------------------------------


def test_subheading_may_end_with_a_question_mark() -> None:
    assert roles(f"{LEAD}\nMengapa banjir makin sering terjadi?\n{BODY}") == ["paragraph", "heading", "paragraph"]


def test_short_sentence_is_a_paragraph_not_a_heading() -> None:
    assert roles(f"{LEAD}\nIt did not last.\n{BODY}") == ["paragraph"] * 3


def test_title_at_the_top_is_a_heading_and_names_the_article() -> None:
    article = parse_text(f"Banjir Bandang Rendam Desa\n{LEAD}\n{BODY}")
    assert article.lines[0].role is Role.HEADING
    assert article.title == "Banjir Bandang Rendam Desa"
    assert article.sections[0].title == "Banjir Bandang Rendam Desa"


def test_lead_section_without_heading_has_no_title() -> None:
    article = parse_text(f"{LEAD}\n{BODY}\nLatar Belakang\n{BODY}")
    assert [(s.title, s.line) for s in article.sections] == [(None, None), ("Latar Belakang", 3)]


def test_byline_and_dateline_are_not_headings() -> None:
    text = f"Big Storm Hits Coast\nBy Maria Santos\n14 March 2024, 10:32 GMT\n{LEAD}"
    assert roles(text) == ["heading", "byline", "byline", "paragraph"]


def test_lowercase_continuation_and_bullets_are_paragraphs() -> None:
    text = f"{LEAD}\nKey facts\n• 42 villages flooded\n• 3 roads cut\nand more to come\n{BODY}"
    assert roles(text) == ["paragraph", "heading", "paragraph", "paragraph", "paragraph", "paragraph"]


def test_blank_separated_paste_keeps_blank_lines_as_blank() -> None:
    assert roles(f"Judul Berita\n\n{LEAD}\n\nIklan\n\n{BODY}\n") == [
        "heading",
        "blank",
        "paragraph",
        "blank",
        "ad",
        "blank",
        "paragraph",
    ]


def test_markup_like_text_is_kept_literally() -> None:
    text = f"{LEAD}\n[bold]Ini bukan markup[/] dan [@click=app.quit]tautan[/] tetap teks biasa di sini.\n"
    article = parse_text(text)
    assert article.lines[1].text == "[bold]Ini bukan markup[/] dan [@click=app.quit]tautan[/] tetap teks biasa di sini."


def test_byline_blocks_are_not_headings() -> None:
    text = f"Floods Force Thousands From Homes\nJohn Smith\nBBC News, Valencia\n{LEAD}\nPenulis Nirmala | Editor Ambar\n{BODY}"
    assert roles(text) == ["heading", "byline", "byline", "paragraph", "byline", "paragraph"]


def test_links_under_a_bare_related_header_are_related() -> None:
    text = f"{LEAD}\n{BODY}\nRelated Topics\nSpain\nFloods"
    assert roles(text) == ["paragraph", "paragraph", "related", "related", "related"]
    assert "'Related Topics'" in (reasons(text)[3] or "")


def test_a_video_caption_is_a_video_leftover_not_a_photo_caption() -> None:
    article = parse_text(f"{LEAD}\nMedia caption, Watch: Cars swept away in Valencia floods\n{BODY}")
    assert article.lines[1].role is Role.VIDEO and article.captions == ()


def test_caption_with_a_parenthesised_agency_credit_at_the_end() -> None:
    text = f"{LEAD}\nWarga melintasi banjir di Kampung Melayu, Kamis (2/1/2025).(KOMPAS.com/RODERICK ADRIAN)\n{BODY}"
    article = parse_text(text)
    assert article.lines[1].role is Role.CAPTION_TEXT
    assert article.captions[0].credit == "KOMPAS.com/RODERICK ADRIAN"


def test_a_long_prompt_opened_by_a_distinctive_phrase_is_promo() -> None:
    line = "Simak breaking news dan berita pilihan kami langsung di ponselmu. Pilih saluran andalanmu sekarang juga."
    assert roles(f"{LEAD}\n{line}") == ["paragraph", "promo"]


def test_a_multi_megabyte_single_line_parses_as_one_paragraph() -> None:
    line = '"Kami sudah siap sekarang," kata Ahmed. ' + "Sebuah kalimat panjang tanpa jeda baris. " * 60_000
    article = parse_text(line)
    assert [entry.role for entry in article.lines] == [Role.PARAGRAPH]
    assert article.quotes[0].speaker == "Ahmed"


def test_a_two_photo_gallery_opened_by_a_credit_keeps_its_uncredited_last_caption() -> None:
    text = "\n".join(
        [
            LEAD,
            "الحقول بالصور",
            "هكذا يعمل العمال الموسميون في موسم قطف الزيتون:",
            "صورة: رويترز",
            "عند الفجر",
            "يبدأ العمال القطف قبل شروق الشمس لتجنب الحرارة.",
            "صورة: أ ف ب",
            "المعصرة",
            "في المعصرة يتحول الزيتون إلى زيت خلال ساعات قليلة.",
        ]
    )
    assert roles(text)[1:] == [
        "gallery_heading",
        "gallery_intro",
        "credit",
        "caption_title",
        "caption_text",
        "credit",
        "caption_title",
        "caption_text",
    ]


def test_hard_wrapped_paragraphs_stay_paragraphs() -> None:
    text = (
        "Floods hit the valley\n\n"
        "Heavy rain that fell through the night caused the river to burst its\n"
        "banks early on Saturday, forcing hundreds of families to leave their\n"
        "homes in the lower town.\n\n"
        '"We have never seen the water rise so fast," said the mayor, Anna\n'
        "Kowalski, who visited the shelters on Sunday morning.\n"
    )
    assert roles(text) == ["heading", "blank", "paragraph", "paragraph", "paragraph", "blank", "paragraph", "paragraph"]


def test_a_gallery_heading_right_over_the_opening_credit_is_a_heading_not_a_caption() -> None:
    text = "\n".join(
        [
            LEAD,
            "ጎርፉ በፎቶ",
            "ፎቶ፡ ሮይተርስ",
            "የተጥለቀለቁ መንገዶች",
            "ተሽከርካሪዎች በውሃ በተሞሉ መንገዶች ላይ ቆመዋል።",
            "ፎቶ፡ ኤኤፍፒ",
            "እርዳታ ደረሰ",
            "የቀይ መስቀል ሰራተኞች ለተጎጂዎች ምግብ ሲያከፋፍሉ።",
        ]
    )
    assert roles(text)[1:] == [
        "gallery_heading",
        "credit",
        "caption_title",
        "caption_text",
        "credit",
        "caption_title",
        "caption_text",
    ]


def test_link_lines_and_feedback_prompts_are_promo_but_a_sentence_with_a_link_is_kept() -> None:
    text = "\n".join(
        [
            LEAD,
            "Permalink https://p.dw.com/p/2UKkq",
            "Send us your feedback",
            "Details are published at https://example.org/report for anyone to read in full.",
        ]
    )
    assert roles(text) == ["paragraph", "promo", "promo", "paragraph"]
    assert reasons(text)[2] == "page prompt 'Send us your feedback'"


def test_the_lead_above_a_photo_credit_stays_the_lead() -> None:
    text = "\n".join(["Banjir Bandang Rendam Desa", LEAD + " " + LEAD, "Foto: Antara/Bayu", BODY])
    assert roles(text) == ["heading", "paragraph", "credit", "paragraph"]


def test_a_decision_resting_on_what_the_evidence_says_alone_names_that_evidence() -> None:
    text = "\n".join(
        [LEAD, BODY, "Ikuti kabar terbaru dari kami di WhatsApp dan dapatkan berita pilihan setiap pagi.", BODY]
    )
    prompt = parse_text(text).lines[2]
    assert prompt.role is Role.PROMO
    assert "speaks to the reader ('Ikuti') and names a channel or app 'WhatsApp'" in prompt.reason
