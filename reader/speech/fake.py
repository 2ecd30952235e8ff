"""A narrator that speaks nothing and reports what a real one would: for fast UI tests only."""

from __future__ import annotations

from collections.abc import Callable

from reader.speech.engine import DEFAULT_RATE, MAX_RATE, MIN_RATE
from reader.speech.narrator import SpeechEvent
from reader.speech.plan import Chunk


class FakeNarrator:
    """Follows the commands instantly, reports events synchronously and records every call."""

    def __init__(
        self,
        *,
        on_event: Callable[[SpeechEvent], None] | None = None,
        rate: int = DEFAULT_RATE,
        voices: dict[str, str] | None = None,
    ) -> None:
        self.on_event = on_event
        self._rate = rate
        self._state = "idle"
        self.plan: list[Chunk] = []
        self.index = -1
        self.calls: list[tuple[object, ...]] = []
        self.voices = dict(voices or {})

    @property
    def state(self) -> str:
        return self._state

    @property
    def rate(self) -> int:
        return self._rate

    def _emit(self, kind: str, **values: object) -> None:
        if self.on_event is not None:
            self.on_event(SpeechEvent(kind, **values))  # type: ignore[arg-type]

    def _go(self, index: int) -> None:
        self.index = max(0, min(len(self.plan) - 1, index))
        self._state = "playing"
        self._emit("started", index=self.index)

    def start(self, plan: list[Chunk], index: int, language: str) -> None:
        self.calls.append(("start", index, language))
        self.plan = list(plan)
        self._go(index)

    def toggle(self) -> None:
        self.calls.append(("toggle",))
        if self._state == "playing":
            self.pause()
        else:
            self.resume()

    def pause(self) -> None:
        self._state = "paused"
        self._emit("paused", index=self.index)

    def resume(self) -> None:
        self._state = "playing"
        self._emit("resumed", index=self.index)

    def stop(self) -> None:
        self.calls.append(("stop",))
        self._state = "idle"
        self._emit("stopped", index=self.index)

    def skip(self, step: int) -> None:
        self.calls.append(("skip", step))
        self._go(self.index + step)

    def seek(self, index: int) -> None:
        self.calls.append(("seek", index))
        self._go(index)

    def set_rate(self, rate: int) -> None:
        self._rate = max(MIN_RATE, min(MAX_RATE, rate))
        self._emit("rate", value=self._rate)

    def set_voice(self, language: str, voice_id: str | None) -> None:
        self.calls.append(("voice", language, voice_id))

    def say(self, text: str) -> None:
        self.calls.append(("say", text))

    def announce(self, text: str) -> None:
        self.calls.append(("announce", text))

    def voices_for_language(self, language: str) -> list[tuple[str, str]]:
        return [(f"test/{language}", f"Test voice ({language})"), (f"test/{language}-2", "Second test voice")]

    def say_word(self, start: int, end: int) -> None:
        """Report a word being heard in the current chunk (tests drive the highlight with it)."""
        self._emit("word", index=self.index, start=start, end=end)

    def close(self) -> None:
        self._state = "idle"
