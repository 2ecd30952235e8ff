"""Real eSpeak NG synthesis through pyttsx3, a real (null-backend) player, and the reading plan."""

from __future__ import annotations

import array
import math
import subprocess
import sys
import threading
import time
import wave
from pathlib import Path

import pytest

from reader.document.source import open_article
from reader.document.understanding.parse import parse_text
from reader.speech.audio import Player
from reader.speech.engine import EspeakEngine, choose_voice
from reader.speech.narrator import SpeechEvent, SpeechNarrator
from reader.speech.plan import Scope, build_plan, split_sentences
from tests.conftest import ARTICLES, ROOT

PARAGRAPH = (
    "Hujan deras yang mengguyur sejak Jumat malam membuat sungai-sungai di Kabupaten Hulu Sungai Tengah meluap. "
    "Ribuan warga terpaksa mengungsi ke masjid dan sekolah yang berada di dataran lebih tinggi."
)


def rms(pcm: bytes) -> float:
    """Root-mean-square level of 16-bit PCM (silence is 0)."""
    samples = array.array("h", pcm)
    return math.sqrt(sum(sample * sample for sample in samples) / max(1, len(samples)))


@pytest.fixture(scope="module")
def engine() -> EspeakEngine:
    return EspeakEngine()


def test_synthesis_is_audible_and_as_long_as_the_words_need(engine: EspeakEngine) -> None:
    engine.set_voice(choose_voice(engine.voices(), "id").id)  # type: ignore[union-attr]
    words = len(PARAGRAPH.split())
    durations = {}
    for rate in (150, 300):
        engine.set_rate(rate)
        utterance = engine.synthesize(PARAGRAPH)
        assert rms(utterance.pcm) > 300  # not silence
        seconds = utterance.duration_ms / 1000
        expected = words / rate * 60
        assert 0.5 * expected < seconds < 2.0 * expected, (rate, seconds, expected)
        durations[rate] = seconds
    assert durations[300] < 0.75 * durations[150]


def test_word_timings_are_monotonic_inside_the_audio_and_match_the_text(engine: EspeakEngine) -> None:
    engine.set_rate(175)
    utterance = engine.synthesize(PARAGRAPH)
    times = [word.at_ms for word in utterance.words]
    assert len(utterance.words) >= len(PARAGRAPH.split()) - 2
    assert times == sorted(times) and times[-1] < utterance.duration_ms
    assert [PARAGRAPH[w.start : w.end] for w in utterance.words[:3]] == ["Hujan", "deras", "yang"]


@pytest.mark.parametrize(
    ("name", "language"),
    [
        ("id_banjir_kalsel.txt", "id"),
        ("de_hitzewelle.txt", "de"),
        ("en_coral_reef.txt", "en"),
        ("ru_pavodok.txt", "ru"),
    ],
)
def test_the_article_language_picks_a_voice_of_that_language(engine: EspeakEngine, name: str, language: str) -> None:
    article = open_article(str(ARTICLES / name))
    assert article.language == language
    voice = choose_voice(engine.voices(), article.language)
    assert voice is not None and voice.language.split("-")[0] == language


def test_exported_wav_is_the_clean_article_as_speech(tmp_path: Path) -> None:
    out = tmp_path / "article.wav"
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "reader",
            "--export-audio",
            str(out),
            "--rate",
            "260",
            str(ARTICLES / "id_banjir_kalsel.txt"),
        ],
        capture_output=True,
        cwd=ROOT,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    with wave.open(str(out)) as wav:
        assert (wav.getnchannels(), wav.getsampwidth(), wav.getframerate()) == (1, 2, 22050)
        seconds = wav.getnframes() / wav.getframerate()
        pcm = wav.readframes(wav.getnframes())
    article = open_article(str(ARTICLES / "id_banjir_kalsel.txt"))
    words = sum(len(chunk.text.split()) for chunk in build_plan(article))
    assert 0.5 * words / 260 * 60 < seconds < 2.5 * words / 260 * 60
    assert rms(pcm) > 300


def test_one_file_per_section(tmp_path: Path) -> None:
    out = tmp_path / "hitze.wav"
    subprocess.run(
        [
            sys.executable,
            "-m",
            "reader",
            "--export-audio",
            str(out),
            "--per-section",
            str(ARTICLES / "de_hitzewelle.txt"),
        ],
        check=True,
        capture_output=True,
        cwd=ROOT,
        timeout=120,
    )
    assert sorted(path.name for path in tmp_path.glob("hitze-*.wav")) == [
        "hitze-01.wav",
        "hitze-02.wav",
        "hitze-03.wav",
    ]


def test_pause_and_stop_take_effect_within_100_ms_on_a_null_sink(engine: EspeakEngine) -> None:
    player = Player("null")
    try:
        player.play(engine.synthesize(PARAGRAPH))
        time.sleep(0.4)
        player.pause()
        time.sleep(0.1)
        paused_at = player.position_ms
        time.sleep(0.3)
        assert player.position_ms == paused_at
        player.resume()
        time.sleep(0.3)
        assert player.position_ms > paused_at
        player.stop()
        time.sleep(0.1)
        assert player.finished
        stopped_at = player.position_ms
        time.sleep(0.2)
        assert player.position_ms == stopped_at
    finally:
        player.close()


def test_narrator_reads_in_order_reports_words_and_skips_at_once() -> None:
    article = open_article(str(ARTICLES / "id_banjir_kalsel.txt"))
    plan = build_plan(article)
    events: list[SpeechEvent] = []
    started = threading.Event()
    narrator = SpeechNarrator(
        on_event=lambda e: (events.append(e), started.set() if e.kind == "started" else None), backend="null", rate=400
    )
    try:
        assert narrator.ready.wait(10) and narrator.problem is None
        asked = time.monotonic()
        narrator.start(plan, 1, article.language)
        assert started.wait(2)
        assert (time.monotonic() - asked) < 0.5
        time.sleep(0.6)
        narrator.skip(2)
        time.sleep(0.3)
        kinds = [(e.kind, e.index) for e in events if e.kind == "started"]
        assert kinds[0] == ("started", 1) and ("started", 3) in kinds
        words = [e for e in events if e.kind == "word" and e.index == 1]
        line = article.line(plan[1].line).text
        assert words and line[words[0].start : words[0].end] == "Hujan"
    finally:
        narrator.close()


def test_clutter_is_never_in_the_reading_plan_and_captions_are_announced() -> None:
    article = open_article(str(ARTICLES / "id_banjir_kalsel.txt"))
    spoken = " ".join(chunk.text for chunk in build_plan(article))
    assert "Iklan" not in spoken and "02:17" not in spoken and "Baca juga" not in spoken
    assert "Photo 1 of 4: Perahu menjadi andalan." in spoken
    assert "Foto: Antara/Bayu Pratama." in spoken
    captions_only = build_plan(article, Scope.CAPTIONS)
    assert captions_only and all(chunk.caption is not None or "Foto" in chunk.text for chunk in captions_only)
    body = build_plan(article, Scope.BODY)
    assert all(chunk.caption is None for chunk in body)


def test_sentences_split_at_ends_but_not_at_initials_or_abbreviations() -> None:
    text = 'Dr. Ahmed tiba pukul 10. Dia berkata: "Kami siap." Foto oleh J. Al Rifai. Selesai?'
    assert [text[s:e] for s, e in split_sentences(text)] == [
        "Dr. Ahmed tiba pukul 10.",
        'Dia berkata: "Kami siap."',
        "Foto oleh J. Al Rifai.",
        "Selesai?",
    ]


def test_a_block_in_another_language_is_read_in_its_own_voice() -> None:
    german = (
        "Die Regierung hat angekündigt, dass die Hilfe schon in den nächsten Tagen in die betroffenen "
        "Gebiete kommt, und die Armee soll bei der Evakuierung der Dörfer am Fluss helfen, sagte er. "
        "Viele Familien warten noch immer auf Nachricht von ihren Angehörigen."
    )
    indonesian = (
        "Pemerintah mengatakan bahwa bantuan akan segera dikirim karena banyak warga yang tidak bisa "
        "pulang setelah banjir besar melanda kota kemarin. "
    ) * 3
    article = parse_text("\n".join([indonesian, indonesian, german, indonesian]))
    plan = build_plan(article)
    assert {chunk.language for chunk in plan if chunk.line == 3} == {"de"}


def test_no_engine_gives_one_clear_message() -> None:
    import os

    result = subprocess.run(
        [sys.executable, "-m", "reader", "--speak", str(ARTICLES / "id_banjir_kalsel.txt")],
        capture_output=True,
        cwd=ROOT,
        timeout=60,
        env={**os.environ, "READER_SPEECH_ENGINE": "none"},
    )
    assert result.returncode == 3
    assert result.stderr.decode().strip().splitlines() == [
        "reader: speech is not available: speech is turned off (READER_SPEECH_ENGINE=none)"
    ]


def test_the_platform_engine_path_renders_through_save_to_file() -> None:
    """The interface Windows and macOS use (save_to_file, no word positions), exercised on espeak."""
    from reader.speech.engine import NativeEngine

    EspeakEngine()  # loads the bundled library so pyttsx3's espeak driver can start here
    engine = NativeEngine("espeak")
    utterance = engine.synthesize("Satu dua tiga empat lima enam tujuh.")
    assert rms(utterance.pcm) > 300 and utterance.duration_ms > 500
    assert [w.at_ms for w in utterance.words] == sorted(w.at_ms for w in utterance.words)
    assert len(utterance.words) == 7


def test_self_voicing_announcements_are_heard_when_not_reading() -> None:
    narrator = SpeechNarrator(on_event=lambda event: None, backend="null")
    try:
        assert narrator.ready.wait(10) and narrator.problem is None
        asked = time.monotonic()
        narrator.announce("Section 2 of 3, photo gallery, 10 photos")
        player = narrator._player
        while player.first_audio_at is None and time.monotonic() - asked < 2:
            time.sleep(0.005)
        assert player.first_audio_at is not None and player.first_audio_at - asked < 0.3
        assert narrator.state == "idle"
    finally:
        narrator.close()
