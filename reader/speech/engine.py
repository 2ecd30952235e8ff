"""eSpeak NG through pyttsx3: the bundled library (or the system one), voices, synthesis with word timings.

pyttsx3 would play audio itself with a blocking call that cannot be interrupted, and fires
word events before any sound is heard. So the engine is used to synthesise only: a synth
callback collects the samples and eSpeak's own word positions (milliseconds into the audio),
and the caller plays them through a player it controls. One thread owns the engine.
"""

from __future__ import annotations

import ctypes
import os
import threading
from dataclasses import dataclass
from typing import Any

SAMPLE_RATE = 22050
"""eSpeak NG's output rate (16-bit mono)."""

DEFAULT_RATE = 175
"""Words per minute at the start."""

MIN_RATE, MAX_RATE = 80, 450

_ESPEAK_CODES = {"zh": "cmn", "prs": "fa", "und": "en"}
"""Article language codes whose eSpeak NG voices go by another code."""


class EngineUnavailable(Exception):
    """No speech engine could start; the message says why, in words."""


@dataclass(frozen=True, slots=True)
class Word:
    """A spoken word: character offsets in the synthesised text and when it starts (ms)."""

    start: int
    end: int
    at_ms: int


@dataclass(frozen=True, slots=True)
class Utterance:
    """Synthesised audio (16-bit mono PCM) and the timeline of its words."""

    pcm: bytes
    words: tuple[Word, ...]
    sample_rate: int = SAMPLE_RATE

    @property
    def duration_ms(self) -> int:
        return len(self.pcm) * 1000 // (2 * self.sample_rate)


@dataclass(frozen=True, slots=True)
class VoiceInfo:
    """A voice as the user sees it: id, name and language code."""

    id: str
    name: str
    language: str


def load_bundled_library() -> None:
    """Make pyttsx3 use the eSpeak NG shipped in the ``espeakng-loader`` wheel.

    Raises:
        EngineUnavailable: the wheel is missing or its library cannot load.
    """
    try:
        import espeakng_loader
    except ImportError as error:
        raise EngineUnavailable("the bundled eSpeak NG (espeakng-loader) is not installed") from error
    try:
        ctypes.CDLL(espeakng_loader.get_library_path(), mode=ctypes.RTLD_GLOBAL)
        os.environ.setdefault("ESPEAK_DATA_PATH", espeakng_loader.get_data_path())
    except (OSError, RuntimeError) as error:
        raise EngineUnavailable(f"the bundled eSpeak NG could not load ({error})") from error


class EspeakEngine:
    """One pyttsx3 engine on the espeak driver, used for synthesis to memory only.

    Not thread-safe by design: create and use it from one thread.
    """

    _instance_lock = threading.Lock()

    def __init__(self, source: str = "bundled") -> None:
        if os.environ.get("READER_SPEECH_ENGINE") == "none":
            raise EngineUnavailable("speech is turned off (READER_SPEECH_ENGINE=none)")
        if source == "bundled":
            try:
                load_bundled_library()
            except EngineUnavailable:
                source = "system"  # fall back to an eSpeak NG installed on the system
        try:
            import pyttsx3
            from pyttsx3.drivers import _espeak
        except (ImportError, OSError, RuntimeError) as error:
            raise EngineUnavailable(f"no eSpeak NG library was found ({error})") from error
        try:
            self._engine: Any = pyttsx3.init("espeak")
        except Exception as error:
            raise EngineUnavailable(f"eSpeak NG did not start ({error})") from error
        self._espeak = _espeak
        self._driver = self._engine.proxy._driver
        self._pcm = bytearray()
        self._words: list[Word] = []
        _espeak.SetSynthCallback(self._on_synth)
        self.source = source
        self.voice: str | None = None
        self.rate = DEFAULT_RATE
        # The first utterance runs pyttsx3's queued start-up commands (its own rate and voice),
        # which would silently undo settings made before it: warm up, then set.
        self.synthesize(".")
        self.rate = DEFAULT_RATE
        self._driver.setProperty("rate", self.rate)

    def voices(self) -> list[VoiceInfo]:
        """Every installed voice with its language code."""
        found = []
        for voice in self._engine.getProperty("voices"):
            language = (voice.languages or ["und"])[0]
            found.append(VoiceInfo(str(voice.id), str(voice.name), str(language)))
        return found

    def set_voice(self, voice_id: str | None) -> None:
        """Use a voice from now on (applied to eSpeak at once, not queued behind the next utterance)."""
        if voice_id and voice_id != self.voice:
            import time

            for _ in range(200):  # like the rate, a voice change can be dropped: read it back
                self._driver.setProperty("voice", voice_id)
                if self._driver.getProperty("voice") == voice_id.lower():
                    break
                time.sleep(0.001)
            self.voice = voice_id
            self._apply_rate()  # eSpeak resets the rate to the voice's own on a voice change

    def set_rate(self, rate: int) -> None:
        """Words per minute, clamped to what eSpeak NG does well, applied before the next utterance."""
        self.rate = max(MIN_RATE, min(MAX_RATE, int(rate)))
        self._apply_rate()

    def _apply_rate(self) -> None:
        """Set eSpeak's rate and make sure it took: in pyttsx3's (asynchronous) mode a parameter
        change can be dropped while eSpeak's command thread is busy, so read it back and retry."""
        import time

        for _ in range(200):
            self._driver.setProperty("rate", self.rate)
            if self._espeak.GetParameter(self._espeak.RATE) == self.rate:
                return
            time.sleep(0.001)

    def synthesize(self, text: str) -> Utterance:
        """Synthesise text to PCM with word timings (milliseconds into the audio)."""
        utterance = self._synthesize_once(text)
        if self._espeak.GetParameter(self._espeak.RATE) != self.rate:
            utterance = self._synthesize_once(text)  # the rate slipped during synthesis: again, at the right one
        return utterance

    def _synthesize_once(self, text: str) -> Utterance:
        self._pcm = bytearray()
        self._words = []
        self._espeak.SetSynthCallback(self._on_synth)  # ours, even if another engine user replaced it
        if self._espeak.GetParameter(self._espeak.RATE) != self.rate:
            self._apply_rate()
        self._engine.say(text)
        self._engine.runAndWait()
        return Utterance(bytes(self._pcm), tuple(self._words))

    def _on_synth(self, wav: Any, samples: int, events: Any) -> int:
        """eSpeak's synth callback: keep samples and word events; never play, never print."""
        espeak = self._espeak
        index = 0
        while True:
            event = events[index]
            if event.type == espeak.EVENT_LIST_TERMINATED:
                break
            if event.type == espeak.EVENT_WORD:
                self._words.append(self._word(event.text_position, event.length, event.audio_position))
            elif event.type == espeak.EVENT_MSG_TERMINATED:
                driver = self._driver
                driver._speaking = False
                driver._proxy.notify("finished-utterance", completed=True)
                driver._proxy.setBusy(False)
                driver.endLoop()
            index += 1
        if samples > 0:
            self._pcm += ctypes.string_at(wav, samples * 2)
        return 0

    @staticmethod
    def _word(position: int, length: int, at_ms: int) -> Word:
        """A word from eSpeak's 1-based character position and length."""
        start = max(0, position - 1)
        return Word(start, start + max(0, length), int(at_ms))


def choose_voice(voices: list[VoiceInfo], language: str, preferred: dict[str, str] | None = None) -> VoiceInfo | None:
    """The voice for a language: the user's choice, else an exact match, else a regional variant."""
    if preferred and language in preferred:
        chosen = next((voice for voice in voices if voice.id == preferred[language]), None)
        if chosen:
            return chosen
    candidates = voices_for(voices, language)
    return candidates[0] if candidates else None


def voices_for(voices: list[VoiceInfo], language: str) -> list[VoiceInfo]:
    """Voices of a language (exact and regional), for the voice chooser."""
    code = _ESPEAK_CODES.get(language, language)
    matching = [v for v in voices if v.language.casefold() == code or v.language.casefold().startswith(code + "-")]
    # The plain voice of a language first ("gmw/en" before "en-029"), then shorter regional tags.
    return sorted(
        matching, key=lambda v: (v.language.casefold() != code, not v.id.endswith("/" + code), len(v.language), v.id)
    )


class NativeEngine:
    """pyttsx3 on the platform's own driver (SAPI5 on Windows, NSSpeechSynthesizer on macOS).

    Same interface as :class:`EspeakEngine`. These drivers report no word positions in the
    audio, so word times are spread over the utterance by word length.
    """

    def __init__(self, driver: str | None = None) -> None:
        try:
            import pyttsx3

            self._engine: Any = pyttsx3.init(driver)
        except Exception as error:
            raise EngineUnavailable(f"the system speech engine did not start ({error})") from error
        own_callback = getattr(self._engine.proxy._driver, "_onSynth", None)
        if own_callback is not None:  # the espeak driver writes files from its own synth callback
            from pyttsx3.drivers import _espeak

            _espeak.SetSynthCallback(own_callback)
        self.source = "native"
        self.voice: str | None = None
        self.rate = DEFAULT_RATE
        self._engine.setProperty("rate", self.rate)

    def voices(self) -> list[VoiceInfo]:
        found = []
        for voice in self._engine.getProperty("voices"):
            language = (voice.languages or ["und"])[0]
            if isinstance(language, bytes):
                language = language.decode("ascii", "ignore").lstrip("\x05")
            found.append(VoiceInfo(str(voice.id), str(voice.name), str(language).replace("_", "-").casefold()))
        return found

    def set_voice(self, voice_id: str | None) -> None:
        if voice_id and voice_id != self.voice:
            self._engine.setProperty("voice", voice_id)
            self.voice = voice_id

    def set_rate(self, rate: int) -> None:
        self.rate = max(MIN_RATE, min(MAX_RATE, int(rate)))
        self._engine.setProperty("rate", self.rate)

    def synthesize(self, text: str) -> Utterance:
        """Render to a temporary WAV with ``save_to_file`` and read it back."""
        import contextlib
        import io
        import tempfile
        import time
        import wave
        from pathlib import Path

        with tempfile.TemporaryDirectory() as folder:
            target = Path(folder) / "utterance.wav"
            with contextlib.redirect_stdout(io.StringIO()):  # some drivers print "Audio saved"
                self._engine.save_to_file(text, str(target))
                self._engine.runAndWait()
            deadline = time.monotonic() + 5
            while not _complete_wav(target) and time.monotonic() < deadline:
                time.sleep(0.01)  # the first save can return before the file is written
            with wave.open(str(target)) as wav:
                pcm = _to_mono16(wav)
                rate = wav.getframerate()
        return Utterance(pcm, _spread_words(text, len(pcm) * 1000 // (2 * rate)), rate)


def _complete_wav(path: Any) -> bool:
    """True once a WAV file exists and its header can be read."""
    import wave

    try:
        with wave.open(str(path)) as wav:
            return bool(wav.getnframes() > 0)
    except (OSError, EOFError, wave.Error):
        return False


def _to_mono16(wav: Any) -> bytes:
    """The frames of a WAV as 16-bit mono PCM (first channel if stereo)."""
    import array

    frames = wav.readframes(wav.getnframes())
    if wav.getsampwidth() != 2:
        raise EngineUnavailable("the system speech engine wrote audio in an unexpected format")
    if wav.getnchannels() == 1:
        return bytes(frames)
    samples = array.array("h", frames)
    return samples[:: wav.getnchannels()].tobytes()


def _spread_words(text: str, duration_ms: int) -> tuple[Word, ...]:
    """Word times estimated by length, for engines that report none."""
    import re

    spans = [(m.start(), m.end()) for m in re.finditer(r"\S+", text)]
    total = sum(end - start for start, end in spans) or 1
    words, elapsed = [], 0
    for start, end in spans:
        words.append(Word(start, end, elapsed * duration_ms // total))
        elapsed += end - start
    return tuple(words)


def open_engine(source: str = "auto") -> EspeakEngine | NativeEngine:
    """The speech engine for a setting: ``bundled`` or ``system`` eSpeak NG, or ``native``.

    ``auto`` is eSpeak NG on Linux (bundled, else the system's) and the platform engine elsewhere.
    """
    import sys

    if source == "native" or (source == "auto" and sys.platform in ("win32", "darwin")):
        try:
            return NativeEngine()
        except EngineUnavailable:
            if source == "native":
                raise
    return EspeakEngine("system" if source == "system" else "bundled")
