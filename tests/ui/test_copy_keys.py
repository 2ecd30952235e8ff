"""Pilot tests of every copy action and its confirmation (terminal clipboard forced: no display here)."""

from __future__ import annotations

from pathlib import Path

from reader.settings import Settings, Store
from reader.ui.app import ReaderApp
from tests.ui.helpers import make_app

SIZE = (120, 40)


def app_with(tmp_path: Path, name: str = "id_banjir_kalsel.txt", **settings: object) -> ReaderApp:
    settings.setdefault("clipboard", "terminal")
    Store(tmp_path / "config").save_settings(Settings(**settings))  # type: ignore[arg-type]
    return make_app(tmp_path, name)


async def copied(app: ReaderApp, pilot, *keys: str) -> tuple[str, str]:  # type: ignore[no-untyped-def]
    before = len(app.copying.results)
    await pilot.press(*keys)
    await app.workers.wait_for_complete()
    await pilot.pause()
    assert len(app.copying.results) == before + 1
    return app.clipboard, app.announcements[-1]


async def ready(app: ReaderApp, pilot) -> None:  # type: ignore[no-untyped-def]
    await app.wait_for_article()
    await pilot.pause()


async def test_enter_on_a_quote_copies_it_ready_to_cite(tmp_path: Path) -> None:
    app = app_with(tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await ready(app, pilot)
        text, said = await copied(app, pilot, "quotation_mark", "down", "enter")
        assert text == (
            '"Dalam setengah jam air sudah setinggi dada. Kami hanya sempat membawa surat-surat penting." '
            "— Siti Aminah (seorang pedagang di Desa Alat), Banjir Bandang Rendam Puluhan Desa di Kalimantan Selatan"
        )
        assert said == "Sent quote 2 of 3, Siti Aminah to the terminal clipboard"


async def test_y_in_the_quotes_pane_copies_too_and_markdown_style_is_a_setting(tmp_path: Path) -> None:
    app = app_with(tmp_path, "de_hitzewelle.txt", citation_style="markdown")
    async with app.run_test(size=SIZE) as pilot:
        await ready(app, pilot)
        text, said = await copied(app, pilot, "quotation_mark", "y")
        assert text == (
            "> „Wir haben so etwas in vierzig Jahren auf diesem Hof nicht erlebt“\n>\n"
            "> — Jürgen Albrecht (Landwirt), *Hitzewelle setzt Landwirten im Osten zu*"
        )
        assert said == "Sent quote 1 of 3, Jürgen Albrecht to the terminal clipboard"


async def test_y_copies_the_sentence_and_Y_the_paragraph(tmp_path: Path) -> None:
    app = app_with(tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await ready(app, pilot)
        await pilot.press("right_square_bracket")
        text, said = await copied(app, pilot, "y")
        assert text == (
            "Hujan deras yang mengguyur sejak Jumat malam membuat sungai-sungai di Kabupaten Hulu Sungai Tengah meluap."
        )
        assert said == "Sent the sentence to the terminal clipboard"
        text, said = await copied(app, pilot, "Y")
        assert text.endswith("yang berada di dataran lebih tinggi.") and text.startswith("Hujan deras")
        assert said == "Sent the paragraph to the terminal clipboard"


async def test_while_reading_y_copies_the_spoken_sentence(tmp_path: Path) -> None:
    app = app_with(tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await ready(app, pilot)
        await pilot.press("right_square_bracket", "space", "full_stop")
        text, said = await copied(app, pilot, "y")
        assert text == "Ribuan warga terpaksa mengungsi ke masjid dan sekolah yang berada di dataran lebih tinggi."
        assert said == "Sent the spoken sentence to the terminal clipboard"
        assert app.narration.narrator.calls[-1] == ("say", said)  # type: ignore[union-attr]


async def test_Y_on_a_photo_copies_the_caption_with_its_credit(tmp_path: Path) -> None:
    app = app_with(tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await ready(app, pilot)
        text, said = await copied(app, pilot, "right_parenthesis", "right_parenthesis", "Y")
        assert text == (
            "Masjid jadi tempat mengungsi. Ratusan pengungsi tidur beralas tikar di serambi masjid. Relawan "
            "membagikan selimut dan makanan siap saji. (Foto: Dok. BPBD Kalsel)"
        )
        assert said == "Sent photo caption 2 of 4 to the terminal clipboard"


async def test_A_copies_the_whole_clean_article(tmp_path: Path) -> None:
    app = app_with(tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await ready(app, pilot)
        text, said = await copied(app, pilot, "A")
        assert text.startswith("Section 1: Banjir Bandang") and "Iklan" not in text and "Photo 4 of 4" in text
        assert said == "Sent the article to the terminal clipboard"


async def test_no_clipboard_leaves_a_file_and_says_where(tmp_path: Path) -> None:
    app = app_with(tmp_path, clipboard="file")
    async with app.run_test(size=SIZE) as pilot:
        await ready(app, pilot)
        await copied(app, pilot, "right_square_bracket", "y")
        saved = tmp_path / "config" / "clipboard.txt"
        assert saved.read_text(encoding="utf-8").startswith("Hujan deras")
        assert app.announcements[-1] == f"No clipboard here: saved the sentence to {saved}"
