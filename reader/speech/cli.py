"""The speech part of the command line: --speak, --export-audio, --list-voices."""

from __future__ import annotations

import argparse
import sys
import threading
from pathlib import Path

from reader.document.input.loading import max_bytes_from_env
from reader.document.source import default_sample, open_article
from reader.document.understanding.vocabulary import language_name
from reader.speech.engine import DEFAULT_RATE, EngineUnavailable, open_engine

EXIT_NO_SPEECH = 3


def run_speech(args: argparse.Namespace) -> int:
    """Run the speech command the arguments ask for; problems are one line on stderr."""
    try:
        engine = open_engine()
    except EngineUnavailable as error:
        print(f"reader: speech is not available: {error}", file=sys.stderr)
        return EXIT_NO_SPEECH
    from reader.speech.export import export_audio, find_voice, voice_lines

    voices = engine.voices()
    if args.list_voices:
        print("\n".join(voice_lines(voices, args.lang)) or f"No voice for language {args.lang!r}.")
        return 0
    if args.voice and find_voice(voices, args.voice) is None:
        print(f"reader: no voice called {args.voice!r} (see reader --list-voices)", file=sys.stderr)
        return 2
    path = args.file or str(default_sample())
    max_bytes = args.max_size if args.max_size and args.max_size > 0 else max_bytes_from_env()
    article = open_article(path, max_bytes=max_bytes, language=args.language)
    engine.set_rate(args.rate or DEFAULT_RATE)
    if args.export_audio:
        written = export_audio(
            article, Path(args.export_audio), engine=engine, voice=args.voice, per_section=args.per_section
        )
        for exported in written:
            print(f"Wrote {exported.path} ({exported.seconds:.1f} s, {exported.chunks} sentences and announcements)")
        return 0
    return _speak(article, args)


def _speak(article: object, args: argparse.Namespace) -> int:
    """Narrate in the terminal until the end or Ctrl+C."""
    from reader.document.model import Article
    from reader.speech.export import find_voice
    from reader.speech.narrator import SpeechEvent, SpeechNarrator
    from reader.speech.plan import build_plan

    assert isinstance(article, Article)
    plan = build_plan(article)
    done = threading.Event()
    problems: list[str] = []

    def on_event(event: SpeechEvent) -> None:
        if event.kind == "problem":
            problems.append(event.message)
            print(f"reader: {event.message}", file=sys.stderr)
        if event.kind in ("finished", "stopped") or (event.kind == "problem" and narrator.state == "idle"):
            done.set()

    narrator = SpeechNarrator(on_event=on_event, rate=args.rate or DEFAULT_RATE)
    narrator.ready.wait(10)
    if narrator.problem:
        print("reader: use --export-audio OUT.wav to get the narration as a file.", file=sys.stderr)
        return EXIT_NO_SPEECH
    if args.voice:
        voice = find_voice(narrator._voices, args.voice)
        narrator.set_voice(article.language, voice.id if voice else None)
    name = language_name(article.language) if article.language != "und" else "an unknown language"
    print(
        f"Reading {article.title or article.source} ({name}) at {narrator.rate} words per minute. Ctrl+C stops.",
        file=sys.stderr,
    )
    narrator.start(plan, 0, article.language)
    try:
        while not done.wait(0.2):
            pass
    except KeyboardInterrupt:
        narrator.stop()
        print("Stopped.", file=sys.stderr)
    narrator.close()
    return 0
