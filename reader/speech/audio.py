"""Audio out: a player the reader controls (stop, pause, resume at once), WAV files, and quiet devices."""

from __future__ import annotations

import contextlib
import os
import threading
import time
import wave
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from reader.speech.engine import SAMPLE_RATE, Utterance

BUFFER_MS = 40
"""Device buffer: how far ahead of the ear samples are handed over (and the stop latency bound)."""


class AudioUnavailable(Exception):
    """No audio output device could be opened; the message says why, in words."""


_stderr_lock = threading.Lock()


@contextlib.contextmanager
def quiet_stderr() -> Iterator[None]:
    """Send file descriptor 2 to /dev/null for a moment: audio libraries print there, onto the screen."""
    with _stderr_lock:
        saved = os.dup(2)
        null = os.open(os.devnull, os.O_WRONLY)
        os.dup2(null, 2)
        try:
            yield
        finally:
            os.dup2(saved, 2)
            os.close(saved)
            os.close(null)


class Player:
    """Plays one utterance at a time through a miniaudio device; every control acts at once.

    The device pulls samples from a generator; pausing hands it silence, stopping drops
    the rest. The position is the count of samples handed over, minus the device buffer.
    """

    def __init__(self, backend: str | None = None) -> None:
        try:
            import miniaudio
        except ImportError as error:
            raise AudioUnavailable("the audio library (miniaudio) is not installed") from error
        self._lock = threading.Lock()
        self._pcm = b""
        self._offset = 0
        self._paused = False
        self._generation = 0
        self.first_audio_at: float | None = None  # monotonic time the current utterance's first samples left
        backends = [miniaudio.Backend.NULL] if backend == "null" else None
        try:
            with quiet_stderr():
                self._device = miniaudio.PlaybackDevice(
                    output_format=miniaudio.SampleFormat.SIGNED16,
                    nchannels=1,
                    sample_rate=SAMPLE_RATE,
                    buffersize_msec=BUFFER_MS,
                    backends=backends,
                    app_name="reader",
                )
                stream = self._stream()
                next(stream)
                self._device.start(stream)
        except Exception as error:
            raise AudioUnavailable(
                f"no audio output device could be opened ({error}); "
                "reader --export-audio OUT.wav FILE still gives a file to play elsewhere"
            ) from error
        self.backend = str(getattr(self._device, "backend", backend or "default"))

    def _stream(self) -> Any:
        """The device's sample source: the current utterance, or silence."""
        required = yield b""
        while True:
            with self._lock:
                if self._paused or self._offset >= len(self._pcm):
                    chunk = b"\x00\x00" * required
                else:
                    if self._offset == 0:
                        self.first_audio_at = time.monotonic()
                    end = self._offset + required * 2
                    chunk = self._pcm[self._offset : end]
                    self._offset += len(chunk)
                    if len(chunk) < required * 2:
                        chunk += b"\x00" * (required * 2 - len(chunk))
            required = yield chunk

    def play(self, utterance: Utterance) -> None:
        """Start playing an utterance now, replacing anything playing."""
        with self._lock:
            self._pcm = utterance.pcm
            self._offset = 0
            self._paused = False
            self._generation += 1
            self.first_audio_at = None

    def pause(self) -> None:
        with self._lock:
            self._paused = True

    def resume(self) -> None:
        with self._lock:
            self._paused = False

    def stop(self) -> None:
        """Drop what is left of the utterance (silence from the next buffer on)."""
        with self._lock:
            self._pcm = b""
            self._offset = 0
            self._generation += 1

    @property
    def paused(self) -> bool:
        return self._paused

    @property
    def position_ms(self) -> int:
        """How far into the utterance the listener is (samples handed over, less the buffer)."""
        with self._lock:
            handed = self._offset // 2
        return max(0, handed * 1000 // SAMPLE_RATE - BUFFER_MS)

    @property
    def finished(self) -> bool:
        """True when the utterance has been handed over entirely (or there is none)."""
        with self._lock:
            return self._offset >= len(self._pcm)

    def close(self) -> None:
        with contextlib.suppress(Exception):
            self._device.close()


def write_wav(path: Path, pcm: bytes, sample_rate: int = SAMPLE_RATE) -> None:
    """Write 16-bit mono PCM to a WAV file."""
    with wave.open(str(path), "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(sample_rate)
        out.writeframes(pcm)


def silence(milliseconds: int, sample_rate: int = SAMPLE_RATE) -> bytes:
    """PCM silence of a given length."""
    return b"\x00\x00" * (sample_rate * milliseconds // 1000)
