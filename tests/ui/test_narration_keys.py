"""Pilot tests of the narration keys with a fake narrator: highlight, follow-along and status."""

from __future__ import annotations

from pathlib import Path

from reader.settings import Store
from reader.speech.fake import FakeNarrator
from reader.ui.app import ReaderApp
from reader.ui.article_view import ArticleView
from reader.ui.narration import VoiceScreen
from tests.ui.helpers import make_app, screen_text

SIZE = (120, 40)


async def ready(app: ReaderApp, pilot) -> FakeNarrator:  # type: ignore[no-untyped-def]
    await app.wait_for_article()
    await pilot.pause()
    return app.narration._ensure()  # type: ignore[return-value]


def spoken_text(app: ReaderApp) -> str:
    view = app.query_one(ArticleView)
    assert view.spoken is not None
    block, start, end, _ = view.spoken
    return view.document.blocks[block].text[start:end]


async def test_space_reads_from_the_cursor_and_pauses(tmp_path: Path) -> None:
    app = make_app(tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        fake = await ready(app, pilot)
        await pilot.press("right_square_bracket", "space")
        assert fake.calls[0] == ("start", 1, "id")
        assert spoken_text(app).startswith("Hujan deras yang mengguyur")
        text = screen_text(app)
        assert "Reading — section 1/3, paragraph" in text and "175 wpm" in text
        assert "♪ Hujan deras" in text
        await pilot.press("space")
        assert fake.state == "paused" and "Paused — section 1/3" in screen_text(app)
        await pilot.press("space")
        assert fake.state == "playing" and "Reading — " in screen_text(app)


async def test_sentence_keys_skip_at_once_and_the_highlight_follows(tmp_path: Path) -> None:
    app = make_app(tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        fake = await ready(app, pilot)
        await pilot.press("space", "full_stop", "full_stop")
        assert fake.calls[-2:] == [("skip", 1), ("skip", 1)]
        assert spoken_text(app) == fake.plan[2].text
        await pilot.press("comma")
        assert spoken_text(app) == fake.plan[1].text.removeprefix("")


async def test_paragraph_keys_while_reading(tmp_path: Path) -> None:
    app = make_app(tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        fake = await ready(app, pilot)
        await pilot.press("space", "right")
        assert fake.plan[fake.index].line != fake.plan[0].line
        line = fake.plan[fake.index].line
        await pilot.press("right")
        assert fake.plan[fake.index].line > line
        await pilot.press("left")
        assert fake.plan[fake.index].line == line


async def test_word_highlight_follows_the_words_heard(tmp_path: Path) -> None:
    app = make_app(tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        fake = await ready(app, pilot)
        await pilot.press("right_square_bracket", "space")
        fake.say_word(6, 11)
        view = app.query_one(ArticleView)
        assert view.spoken is not None and view.spoken[3] == (6, 11)
        assert view.document.blocks[view.spoken[0]].text[6:11] == "deras"


async def test_rate_keys_change_the_rate_in_steps_say_it_and_remember_it(tmp_path: Path) -> None:
    app = make_app(tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await ready(app, pilot)
        await pilot.press("greater_than_sign", "greater_than_sign", "greater_than_sign")
        assert app.announcements[-1] == "Rate 205 words per minute"
        await pilot.press("less_than_sign")
        assert app.announcements[-1] == "Rate 195 words per minute"
        fake = app.narration.narrator
        assert ("say", "195") not in fake.calls  # not reading: shown, not spoken
        await pilot.press("space", "greater_than_sign")
        assert fake.calls[-1] == ("say", "205")  # type: ignore[union-attr]
    assert Store(tmp_path / "config").load_settings().rate == 205


async def test_moving_away_does_not_fight_the_user_and_l_returns(tmp_path: Path) -> None:
    app = make_app(tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        fake = await ready(app, pilot)
        view = app.query_one(ArticleView)
        await pilot.press("space", "pagedown", "pagedown")  # scrolling away is the reader's own business
        moved_to = view.cursor
        assert view.document.blocks[moved_to].line != fake.plan[fake.index].line
        await pilot.press("full_stop")  # narration moves on, the cursor stays where the user put it
        assert view.cursor == moved_to
        await pilot.press("l")
        assert view.document.blocks[view.cursor].line == fake.plan[fake.index].line


async def test_stop_ends_reading_and_is_disabled_when_idle(tmp_path: Path) -> None:
    app = make_app(tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        fake = await ready(app, pilot)
        await pilot.press("x")
        assert ("stop",) not in fake.calls
        await pilot.press("space", "x")
        assert fake.calls[-1] == ("stop",) and "Reading" not in screen_text(app)
        assert app.query_one(ArticleView).spoken is None


async def test_read_section_reads_only_that_section_and_caption_key_one_caption(tmp_path: Path) -> None:
    app = make_app(tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        fake = await ready(app, pilot)
        await pilot.press("right_curly_bracket", "right_curly_bracket", "R")
        assert {chunk.section for chunk in fake.plan} == {2}
        assert fake.plan[0].text == "Photo gallery: Banjir dalam gambar."
        await pilot.press("x", "right_parenthesis", "right_parenthesis", "P")
        assert [chunk.text for chunk in fake.plan] == [
            "Photo 2 of 4: Masjid jadi tempat mengungsi.",
            "Ratusan pengungsi tidur beralas tikar di serambi masjid.",
            "Relawan membagikan selimut dan makanan siap saji.",
            "Foto: Dok. BPBD Kalsel.",
        ]


async def test_clutter_is_never_read(tmp_path: Path) -> None:
    app = make_app(tmp_path, clean=False)
    async with app.run_test(size=SIZE) as pilot:
        fake = await ready(app, pilot)
        await pilot.press("space")
        spoken = " ".join(chunk.text for chunk in fake.plan)
        assert "Iklan" not in spoken and "02:17" not in spoken and "Evakuasi Warga Desa Alat" not in spoken


async def test_voice_chooser_lists_the_article_language_and_remembers_the_choice(tmp_path: Path) -> None:
    app = make_app(tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        fake = await ready(app, pilot)
        await pilot.press("v")
        assert isinstance(app.screen, VoiceScreen)
        assert "Test voice (id)" in screen_text(app)
        await pilot.press("down", "enter")
        assert fake.calls[-1] == ("voice", "id", "test/id-2")
        assert app.announcements[-1] == "Voice: Second test voice"
    assert Store(tmp_path / "config").load_settings().voices == {"id": "test/id-2"}


async def test_a_narrator_problem_is_said_once_and_the_reader_keeps_working(tmp_path: Path) -> None:
    class Broken(FakeNarrator):
        def start(self, plan, index, language):  # type: ignore[no-untyped-def]
            self._emit("problem", message="no audio output device could be opened")

    app = make_app(tmp_path, narrator_factory=Broken)
    async with app.run_test(size=SIZE) as pilot:
        await ready(app, pilot)
        await pilot.press("space", "space", "right_curly_bracket")
        problems = [a for a in app.announcements if a.startswith("Speech:")]
        assert problems == ["Speech: no audio output device could be opened"]
        assert "Section 2 of 3" in screen_text(app)


async def test_scope_from_the_palette_reads_the_article_then_the_captions(tmp_path: Path) -> None:
    app = make_app(tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        fake = await ready(app, pilot)
        await pilot.press("ctrl+p", *"then the captions")
        await pilot.pause(0.3)
        await pilot.press("enter")
        await pilot.pause()
        assert app.announcements[-1] == "Narration reads the article, then the captions."
        await pilot.press("space")
        captions = [i for i, chunk in enumerate(fake.plan) if chunk.caption is not None]
        body = [i for i, chunk in enumerate(fake.plan) if chunk.caption is None and "Foto" not in chunk.text]
        assert captions and body and max(body) < min(captions)
    assert Store(tmp_path / "config").load_settings().speech_scope == "body_then_captions"


async def test_self_voicing_says_the_summary_jumps_and_state_changes(tmp_path: Path) -> None:
    from reader.settings import Settings

    Store(tmp_path / "config").save_settings(Settings(speak_feedback=True))
    app = make_app(tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        fake = await ready(app, pilot)
        spoken = [call[1] for call in fake.calls if call[0] == "announce"]
        assert spoken[0] == (
            "Article: Banjir Bandang Rendam Puluhan Desa di Kalimantan Selatan, Indonesian, 3 sections, 4 photos, "
            "about 2 minutes. Space to listen."
        )
        await pilot.press("right_curly_bracket", "right_curly_bracket")
        await pilot.pause()
        spoken = [call[1] for call in fake.calls if call[0] == "announce"]
        assert "Section 3 of 3, photo gallery, 4 photos" in spoken
        await pilot.press("right_parenthesis")
        await pilot.pause()
        assert [call[1] for call in fake.calls if call[0] == "announce"][-1] == "Photo 1: Perahu menjadi andalan"
        await pilot.press("c")
        assert [call[1] for call in fake.calls if call[0] == "announce"][-1].startswith("Clean mode off")


async def test_section_and_photo_jumps_while_listening_take_the_narration_along(tmp_path: Path) -> None:
    app = make_app(tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        fake = await ready(app, pilot)
        await pilot.press("space", "right_curly_bracket", "right_curly_bracket")
        await pilot.pause()
        assert fake.plan[fake.index].text == "Photo gallery: Banjir dalam gambar."
        await pilot.press("right_parenthesis")
        await pilot.pause()
        assert fake.plan[fake.index].text == "Photo 1 of 4: Perahu menjadi andalan."
