"""Benchmark: parse throughput on a generated multi-megabyte article, and language-detection time.

Prints figures; it asserts nothing. Run with ``make bench`` or ``python bench/bench_parse.py``.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
import tracemalloc
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from reader.document.input.loading import load_text
from reader.document.source import samples_dir
from reader.document.understanding.language import detect_article_language
from reader.document.understanding.parse import parse_lines


def generated_article(megabytes: float) -> bytes:
    """Repeat the bundled samples (each a full article with clutter, quotes and a gallery)."""
    pieces = [path.read_bytes() for path in sorted(samples_dir().glob("*.txt"))]
    unit = b"\n".join(pieces) + b"\n"
    return unit * max(1, int(megabytes * 1024 * 1024 / len(unit)))


def reference_pass(lines: list[str]) -> int:
    """The floor of per-line work in Python on this machine: strip and measure every line once."""
    from reader.document.understanding.text import shape

    return sum(shape(text.strip()).words for text in lines if text.strip())


def timed(function, *args, repeat: int = 3):  # type: ignore[no-untyped-def]
    """Median seconds over ``repeat`` runs, and the last result."""
    durations = []
    result = None
    for _ in range(repeat):
        start = time.perf_counter()
        result = function(*args)
        durations.append(time.perf_counter() - start)
    return statistics.median(durations), result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--megabytes", type=float, default=4.0)
    args = parser.parse_args()

    sample = (samples_dir() / "id_banjir_kalsel.txt").read_bytes()
    parse_lines(load_text(sample).lines)  # warm up: rules compiled, detector profiles loaded
    typical_s, _ = timed(lambda: parse_lines(load_text(sample).lines), repeat=20)
    print(f"typical article ({len(sample) / 1024:.1f} KiB): load + parse {typical_s * 1000:.1f} ms")

    data = generated_article(args.megabytes)
    size_mb = len(data) / 1024 / 1024
    load_s, loaded = timed(load_text, data)
    parse_s, article = timed(parse_lines, loaded.lines)
    tracemalloc.start()
    parse_lines(loaded.lines)
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    print(f"article: {size_mb:.1f} MiB, {len(loaded.lines)} lines, {len(article.quotes)} quotes")
    print(f"load (decode + sanitise): {load_s * 1000:.0f} ms  ({size_mb / load_s:.1f} MiB/s)")
    print(f"parse (classify + quotes + language): {parse_s * 1000:.0f} ms  ({size_mb / parse_s:.2f} MiB/s)")
    floor_s, _ = timed(reference_pass, loaded.lines)
    print(
        f"reference, same batch: one shape measurement per line {floor_s * 1000:.0f} ms "
        f"({size_mb / floor_s:.2f} MiB/s); parse costs {parse_s / floor_s:.1f}x that"
    )
    print(f"parse peak traced memory: {peak / 1024 / 1024:.0f} MiB")

    single_line = ("Sebuah kalimat panjang tanpa jeda baris. " * 130000).encode()
    line_s, _ = timed(lambda: parse_lines(load_text(single_line).lines), repeat=1)
    print(f"one {len(single_line) / 1024 / 1024:.1f} MiB line: {line_s * 1000:.0f} ms")

    detect_article_language(["warm up"])
    for paragraphs in (10, 1000, 100000):
        body = [line for line in loaded.lines if len(line) > 80][:paragraphs]
        body = (body * (paragraphs // max(1, len(body)) + 1))[:paragraphs]
        seconds, code = timed(detect_article_language, body, repeat=5)
        print(f"language detection on {paragraphs:>6} paragraphs: {seconds * 1000:.1f} ms -> {code}")


if __name__ == "__main__":
    main()
