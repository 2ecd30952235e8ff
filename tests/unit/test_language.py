"""Language detection: deterministic, bounded, ``und`` when it cannot tell, refined where langdetect cannot."""

from __future__ import annotations

import pytest

from reader.document.understanding import language as language_module
from reader.document.understanding.language import SAMPLE_CHARS, detect, detect_article_language
from reader.document.understanding.parse import parse_text

SAMPLES = {
    "id": "Pemerintah mengatakan bahwa bantuan akan segera dikirim karena banyak warga yang tidak bisa pulang "
    "setelah banjir besar melanda kota kemarin.",
    "ms": "Kerajaan berkata bantuan akan dihantar segera kerana ramai penduduk tidak dapat pulang selepas banjir "
    "besar melanda bandar itu semalam, iaitu pada waktu malam.",
    "de": "Die Regierung hat angekündigt, dass die Hilfe schon in den nächsten Tagen in die betroffenen Gebiete kommt.",
    "ru": "Правительство заявило, что помощь будет направлена в пострадавшие районы в ближайшие дни.",
    "sr": "Влада је саопштила да ће помоћ бити упућена у погођена подручја у наредним данима, јер ђаци не иду у школу.",
    "mk": "Владата соопшти дека помошта ќе биде испратена во погодените подрачја во наредните денови, рече тој.",
    "fa": "دولت اعلام کرد که کمک‌ها در روزهای آینده به مناطق آسیب‌دیده فرستاده خواهد شد و مردم باید صبر کنند.",
    "ps": "حکومت ویلي چې مرستې به په راتلونکو ورځو کې زیانمنو سیمو ته ولېږل شي او خلک باید صبر وکړي.",
    "ur": "حکومت نے کہا ہے کہ امداد آنے والے دنوں میں متاثرہ علاقوں میں بھیجی جائے گی اور لوگوں کو صبر کرنا چاہیے۔",
    "am": "መንግሥት በሚቀጥሉት ቀናት ውስጥ እርዳታ ወደ ተጎዱ አካባቢዎች እንደሚላክ አስታውቋል።",
    "ha": "Gwamnati ta ce za a aika da taimako zuwa yankunan da abin ya shafa a cikin kwanaki masu zuwa, kuma ba za a jinkirta ba.",
    "zh": "政府表示，援助将在未来几天内送往受灾地区，居民应当耐心等待进一步的通知。",
    "el": "Η κυβέρνηση ανακοίνωσε ότι η βοήθεια θα σταλεί στις πληγείσες περιοχές τις επόμενες ημέρες.",
}


@pytest.mark.parametrize(("code", "text"), SAMPLES.items(), ids=list(SAMPLES))
def test_detects_the_language(code: str, text: str) -> None:
    assert detect(text) == code


@pytest.mark.parametrize("text", ["Iklan", "01:03", "", "OK", "12:30 14/12"])
def test_short_or_letterless_text_is_und(text: str) -> None:
    assert detect(text) == "und"


def test_detection_is_deterministic() -> None:
    text = "Este es un texto corto pero suficiente para decidir el idioma del artículo."
    assert len({detect(text) for _ in range(10)}) == 1


def test_only_a_bounded_sample_is_examined(monkeypatch: pytest.MonkeyPatch) -> None:
    seen: list[int] = []
    real = language_module._langdetect

    def spy(sample: str) -> str:
        seen.append(len(sample))
        return real(sample)

    monkeypatch.setattr(language_module, "_langdetect", spy)
    paragraphs = [SAMPLES["de"]] * 20_000
    assert detect_article_language(paragraphs) == "de"
    assert seen and max(seen) <= SAMPLE_CHARS


def test_clutter_and_credits_do_not_decide_the_language() -> None:
    text = "\n".join(
        [
            "Advertisement",
            "Photo: Reuters/Getty Images",
            "Watch: the video",
            "2:03",
            "Share this article",
            SAMPLES["id"],
        ]
    )
    assert parse_text(text).language == "id"


def test_a_long_block_in_another_language_gets_its_own_language() -> None:
    english = (
        "The minister said in a statement that the government would send emergency teams to every affected "
        "district within the next forty-eight hours, and that the army had been asked to help with the "
        "evacuation of the elderly and of children from the villages along the river, which is still rising."
    )
    indonesian = SAMPLES["id"] + " " + SAMPLES["id"] + " " + SAMPLES["id"]
    article = parse_text("\n".join([indonesian, indonesian, english, indonesian]))
    assert article.language == "id"
    assert [line.language for line in article.lines] == [None, None, "en", None]


def test_an_article_of_short_chinese_paragraphs_is_read_as_chinese() -> None:
    # a Chinese sentence is short in characters: thirty of them say what eight words say
    text = "\n".join(
        [
            "高雄——連日大雨造成市區多處道路積水。",
            "市府工務局長王建國說：「抽水站已經全部啟動，今晚會再加派人力。」",
            "他說：「請市民盡量不要外出，並注意自身安全。」",
        ]
    )
    article = parse_text(text)
    assert article.language == "zh"
    assert [quote.speaker for quote in article.quotes] == ["王建國", "王建國"]
