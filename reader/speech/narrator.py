"""The narrator: one thread owns the engine and the player, fed by a command queue, reporting events."""

from __future__ import annotations

import queue
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, Protocol

from reader.speech.engine import DEFAULT_RATE, MAX_RATE, MIN_RATE, Utterance, choose_voice
from reader.speech.plan import Chunk

TICK_S = 0.01
"""How often the owner thread looks at the player (highlight and end-of-chunk resolution)."""


@dataclass(frozen=True, slots=True)
class SpeechEvent:
    """Something the narrator reports: ``kind`` is one of started, word, paused, resumed,
    stopped, finished, rate, voice, problem; ``index`` is the chunk; ``start``/``end`` the
    spoken word's offsets in the chunk's line."""

    kind: str
    index: int = -1
    start: int = 0
    end: int = 0
    message: str = ""
    value: int = 0


class Narrator(Protocol):
    """What the UI and the command line drive; the real one speaks, the fake one only reports."""

    on_event: Callable[[SpeechEvent], None] | None

    def start(self, plan: list[Chunk], index: int, language: str) -> None: ...
    def toggle(self) -> None: ...
    def pause(self) -> None: ...
    def resume(self) -> None: ...
    def stop(self) -> None: ...
    def skip(self, step: int) -> None: ...
    def seek(self, index: int) -> None: ...
    def set_rate(self, rate: int) -> None: ...
    def set_voice(self, language: str, voice_id: str | None) -> None: ...
    def say(self, text: str) -> None: ...
    def announce(self, text: str) -> None: ...
    def close(self) -> None: ...

    @property
    def state(self) -> str: ...

    @property
    def rate(self) -> int: ...


@dataclass
class _Playback:
    """The owner thread's view of what is being read."""

    plan: list[Chunk] = field(default_factory=list)
    index: int = -1
    language: str = "und"
    active: bool = False
    paused: bool = False
    utterance: Utterance | None = None
    word: int = -1
    interjection: bool = False  # a short confirmation ("205") is playing; the chunk resumes after it
    cache: dict[tuple[int, int, str], Utterance] = field(default_factory=dict)


class SpeechNarrator:
    """Narration through eSpeak NG (pyttsx3) and a miniaudio player, all on one owner thread.

    Construction is cheap; the engine and the audio device start on the owner thread, and a
    failure to start either is reported once as a ``problem`` event.
    """

    def __init__(
        self,
        *,
        on_event: Callable[[SpeechEvent], None] | None = None,
        backend: str | None = None,
        rate: int = DEFAULT_RATE,
        voices: dict[str, str] | None = None,
        engine_source: str = "auto",
    ) -> None:
        self.on_event = on_event
        self._commands: queue.Queue[tuple[Any, ...]] = queue.Queue()
        self._backend = backend
        self._rate = rate
        self._preferred = dict(voices or {})
        self._engine_source = engine_source
        self._state = "idle"
        self.ready = threading.Event()
        self.problem: str | None = None
        self.voice_names: dict[str, str] = {}
        self._thread = threading.Thread(target=self._run, name="reader-speech", daemon=True)
        self._thread.start()

    # --- commands (any thread) ----------------------------------------------------------------

    @property
    def state(self) -> str:
        """``idle``, ``playing`` or ``paused``."""
        return self._state

    @property
    def rate(self) -> int:
        return self._rate

    def start(self, plan: list[Chunk], index: int, language: str) -> None:
        self._state = "playing"
        self._commands.put(("start", list(plan), index, language))

    def toggle(self) -> None:
        self._commands.put(("toggle",))

    def pause(self) -> None:
        self._commands.put(("pause",))

    def resume(self) -> None:
        self._commands.put(("resume",))

    def stop(self) -> None:
        self._state = "idle"
        self._commands.put(("stop",))

    def skip(self, step: int) -> None:
        self._commands.put(("skip", step))

    def seek(self, index: int) -> None:
        self._commands.put(("seek", index))

    def set_rate(self, rate: int) -> None:
        self._rate = max(MIN_RATE, min(MAX_RATE, rate))
        self._commands.put(("rate", self._rate))

    def set_voice(self, language: str, voice_id: str | None) -> None:
        self._commands.put(("voice", language, voice_id))

    def say(self, text: str) -> None:
        """Speak a short confirmation now, then go on with the sentence being read (if any)."""
        self._commands.put(("say", text))

    def announce(self, text: str) -> None:
        """Speak a state change now (self-voicing), reading or not; the next key interrupts it."""
        self._commands.put(("announce", text))

    def close(self) -> None:
        self._commands.put(("close",))
        self._thread.join(timeout=2)

    def voices_for_language(self, language: str) -> list[tuple[str, str]]:
        """(id, name) of the voices of a language, once the engine has started."""
        from reader.speech.engine import voices_for

        self.ready.wait(5)
        return [(voice.id, voice.name) for voice in voices_for(getattr(self, "_voices", []), language)]

    # --- the owner thread -----------------------------------------------------------------------

    def _emit(self, kind: str, **values: Any) -> None:
        if self.on_event is not None:
            self.on_event(SpeechEvent(kind, **values))

    def _run(self) -> None:
        from reader.speech.audio import AudioUnavailable, Player
        from reader.speech.engine import EngineUnavailable, open_engine

        try:
            self._engine = open_engine(self._engine_source)
            self._engine.set_rate(self._rate)
            self.engine_name = self._engine.source
            self._voices = self._engine.voices()
            self._player = Player(self._backend)
        except (EngineUnavailable, AudioUnavailable) as error:
            self.problem = str(error)
            self._state = "idle"
            self.ready.set()
            self._emit("problem", message=self.problem)
            self._drain_after_problem()
            return
        self.ready.set()
        playback = _Playback()
        while True:
            try:
                command = self._commands.get(timeout=TICK_S)
            except queue.Empty:
                command = None
            if command is not None:
                if command[0] == "close":
                    self._player.close()
                    return
                self._handle(playback, command)
            self._advance(playback)

    def _drain_after_problem(self) -> None:
        """Without engine or audio, commands are answered with the same problem, once."""
        while True:
            command = self._commands.get()
            if command[0] == "close":
                return

    def _handle(self, playback: _Playback, command: tuple[Any, ...]) -> None:
        name = command[0]
        if name == "start":
            playback.plan, playback.language = command[1], command[3]
            playback.cache.clear()
            self._play(playback, command[2])
        elif name == "toggle":
            self._handle(playback, ("resume",) if playback.paused or not playback.active else ("pause",))
        elif name == "pause" and playback.active and not playback.paused:
            self._player.pause()
            playback.paused = True
            self._state = "paused"
            self._emit("paused", index=playback.index)
        elif name == "resume" and playback.plan:
            if playback.active:
                self._player.resume()
                playback.paused = False
                self._state = "playing"
                self._emit("resumed", index=playback.index)
            else:
                self._play(playback, max(0, playback.index))
        elif name == "stop":
            self._player.stop()
            playback.active = playback.paused = False
            self._state = "idle"
            self._emit("stopped", index=playback.index)
        elif name == "skip" and playback.plan:
            self._play(playback, max(0, min(len(playback.plan) - 1, playback.index + command[1])))
        elif name == "seek" and playback.plan:
            self._play(playback, max(0, min(len(playback.plan) - 1, command[1])))
        elif name == "rate":
            self._engine.set_rate(command[1])
            playback.cache.clear()
            self._emit("rate", value=self._engine.rate)
            if playback.active and not playback.paused:
                self._play(playback, playback.index)  # the sentence again, at the new rate
        elif name == "say" and playback.active and not playback.paused:
            chunk = playback.plan[playback.index]
            self._engine.set_voice(self._voice_for(playback, chunk))
            playback.utterance = self._engine.synthesize(command[1])
            playback.interjection = True
            self._player.play(playback.utterance)
        elif name == "announce":
            self._announce(playback, command[1])
        elif name == "voice":
            language, voice_id = command[1], command[2]
            if voice_id:
                self._preferred[language] = voice_id
            playback.cache.clear()
            if playback.active:
                self._play(playback, playback.index)

    def _announce(self, playback: _Playback, text: str) -> None:
        """Self-voicing: say a message in the article's voice; reading resumes at its sentence after."""
        language = playback.language
        voice = choose_voice(self._voices, language, self._preferred) or choose_voice(self._voices, "en")
        if voice is not None:
            self._engine.set_voice(voice.id)
        utterance = self._engine.synthesize(text)
        if playback.active and not playback.paused:
            playback.utterance = utterance
            playback.interjection = True
        elif playback.paused:
            playback.active = False  # resuming restarts the sentence that was interrupted
        self._player.resume()
        self._player.play(utterance)

    def _voice_for(self, playback: _Playback, chunk: Chunk) -> str:
        language = chunk.language or playback.language
        voice = choose_voice(self._voices, language, self._preferred) or choose_voice(self._voices, "en")
        if voice is None:
            return ""
        if language not in self.voice_names:
            self.voice_names[language] = voice.name
            if voice.language.split("-")[0] not in (language, "cmn", "fa") and language != "und":
                self._emit("problem", message=f"No voice for this language ({language}); reading with {voice.name}.")
        return voice.id

    def _utterance(self, playback: _Playback, index: int) -> Utterance:
        chunk = playback.plan[index]
        voice = self._voice_for(playback, chunk)
        key = (index, self._engine.rate, voice)
        cached = playback.cache.pop(key, None)
        if cached is not None:
            return cached
        self._engine.set_voice(voice)
        return self._engine.synthesize(chunk.text)

    def _play(self, playback: _Playback, index: int) -> None:
        """Synthesise (or take the prepared) chunk and start playing it now."""
        playback.index = index
        playback.utterance = self._utterance(playback, index)
        playback.active, playback.paused, playback.word = True, False, -1
        self._player.play(playback.utterance)
        self._state = "playing"
        self._emit("started", index=index, value=int(time.monotonic() * 1000))
        self._prepare_next(playback)

    def _prepare_next(self, playback: _Playback) -> None:
        """Synthesise the following chunk while this one plays (it costs a few milliseconds)."""
        following = playback.index + 1
        if following >= len(playback.plan):
            return
        chunk = playback.plan[following]
        voice = self._voice_for(playback, chunk)
        key = (following, self._engine.rate, voice)
        if key not in playback.cache:
            self._engine.set_voice(voice)
            playback.cache[key] = self._engine.synthesize(chunk.text)

    def _advance(self, playback: _Playback) -> None:
        """Follow the player: report the word being heard; move on when a chunk has been heard."""
        if not playback.active or playback.paused or playback.utterance is None:
            return
        if self._player.finished and playback.interjection:
            playback.interjection = False
            self._play(playback, playback.index)
            return
        if playback.interjection:
            return
        if self._player.finished:
            if playback.index + 1 < len(playback.plan):
                self._play(playback, playback.index + 1)
            else:
                playback.active = False
                self._state = "idle"
                self._emit("finished", index=playback.index)
            return
        heard = self._player.position_ms
        words = playback.utterance.words
        current = max((i for i, word in enumerate(words) if word.at_ms <= heard), default=-1)
        if current != playback.word and current >= 0:
            playback.word = current
            chunk = playback.plan[playback.index]
            word = words[current]
            offset = chunk.start - chunk.prefix
            self._emit("word", index=playback.index, start=word.start + offset, end=word.end + offset)
