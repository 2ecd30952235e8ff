"""Benchmark narration: engine start, synthesis real-time factor, and time from "play" to the first
audio samples handed to the player (null audio backend, so it runs without a sound card).

    python bench/bench_speech.py
"""

from __future__ import annotations

import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from reader.document.source import default_sample, open_article
from reader.speech.engine import EspeakEngine, choose_voice
from reader.speech.narrator import SpeechNarrator
from reader.speech.plan import build_plan


def main() -> None:
    article = open_article(str(default_sample()))
    plan = build_plan(article)
    started = time.perf_counter()
    engine = EspeakEngine()
    print(f"engine start (library, pyttsx3, warm-up): {(time.perf_counter() - started) * 1000:.0f} ms")
    engine.set_voice(choose_voice(engine.voices(), article.language).id)  # type: ignore[union-attr]
    text = " ".join(chunk.text for chunk in plan[:12])
    factors = []
    for _ in range(5):
        begin = time.perf_counter()
        utterance = engine.synthesize(text)
        factors.append((time.perf_counter() - begin) / (utterance.duration_ms / 1000))
    print(
        f"synthesis real-time factor: {statistics.median(factors):.4f} ({utterance.duration_ms / 1000:.1f} s of speech)"
    )

    delays = []
    for index in (1, 5, 10, 20, 3):
        narrator = SpeechNarrator(on_event=lambda event: None, backend="null")
        narrator.ready.wait(10)
        pressed = time.monotonic()
        narrator.start(plan, index, article.language)
        player = None
        while player is None or player.first_audio_at is None:
            player = getattr(narrator, "_player", None)
            time.sleep(0.001)
            if time.monotonic() - pressed > 5:
                break
        if player is not None and player.first_audio_at is not None:
            delays.append((player.first_audio_at - pressed) * 1000)
        narrator.close()
    print(
        f"play to first audio sample handed to the player: median {statistics.median(delays):.0f} ms, "
        f"max {max(delays):.0f} ms (goal 150 ms)"
    )


if __name__ == "__main__":
    main()
