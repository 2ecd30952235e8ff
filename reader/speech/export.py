"""Narration without a player: the clean article rendered to WAV files, and the voice list."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from reader.document.model import Article
from reader.speech.audio import silence, write_wav
from reader.speech.engine import EspeakEngine, NativeEngine, VoiceInfo, choose_voice, voices_for
from reader.speech.plan import Chunk, Scope, build_plan

SENTENCE_PAUSE_MS = 120
LINE_PAUSE_MS = 380


@dataclass(frozen=True)
class ExportedFile:
    """One written WAV file: where, how long, and how many chunks it holds."""

    path: Path
    seconds: float
    chunks: int


def export_audio(
    article: Article,
    out: Path,
    *,
    engine: EspeakEngine | NativeEngine,
    voice: str | None = None,
    per_section: bool = False,
    scope: Scope = Scope.ARTICLE,
) -> list[ExportedFile]:
    """Synthesise the clean article (no clutter) to WAV: one file, or one per section."""
    plan = build_plan(article, scope)
    groups: dict[int, list[Chunk]] = {}
    for chunk in plan:
        groups.setdefault(chunk.section if per_section else 0, []).append(chunk)
    voices = engine.voices()
    written = []
    for section, chunks in sorted(groups.items()):
        pcm = bytearray()
        previous_line = None
        for chunk in chunks:
            if previous_line is not None:
                pcm += silence(LINE_PAUSE_MS if chunk.line != previous_line else SENTENCE_PAUSE_MS)
            engine.set_voice(_voice_id(voices, chunk.language or article.language, voice))
            pcm += engine.synthesize(chunk.text).pcm
            previous_line = chunk.line
        path = out if not per_section else out.with_name(f"{out.stem}-{section + 1:02d}{out.suffix or '.wav'}")
        write_wav(path, bytes(pcm))
        written.append(ExportedFile(path, len(pcm) / 2 / 22050, len(chunks)))
    return written


def _voice_id(voices: list[VoiceInfo], language: str, forced: str | None) -> str | None:
    """The forced voice (by id or name), else the language's voice."""
    if forced:
        found = next((v for v in voices if forced in (v.id, v.name)), None)
        if found:
            return found.id
    chosen = choose_voice(voices, language) or choose_voice(voices, "en")
    return chosen.id if chosen else None


def find_voice(voices: list[VoiceInfo], name: str) -> VoiceInfo | None:
    """A voice by id or name (case-insensitive)."""
    folded = name.casefold()
    return next((v for v in voices if folded in (v.id.casefold(), v.name.casefold())), None)


def voice_lines(voices: list[VoiceInfo], language: str | None) -> list[str]:
    """The voice list as printed by ``--list-voices``: language, id, name."""
    shown = voices_for(voices, language) if language else sorted(voices, key=lambda v: (v.language, v.id))
    return [f"{voice.language:<16} {voice.id:<28} {voice.name}" for voice in shown]
