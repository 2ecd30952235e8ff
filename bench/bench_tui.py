"""Benchmark the reader in a real pseudo-terminal (120x40) against a minimal Textual app.

For a seed-sized article and a generated 10 MB article it prints: time until the first
paragraph is on screen, keypress-to-screen latency (page down, next section), time to
quit (process exit) and peak memory of the process tree. Figures only; nothing asserted.

    python bench/bench_tui.py [--runs 5] [--megabytes 10]

Cross-check with ../shared/tools/ttfp.py when it is present.
"""

from __future__ import annotations

import argparse
import compileall
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.terminal import TerminalSession  # noqa: E402

FIRST_PARAGRAPH = "Hujan deras yang mengguyur"


def generated_article(megabytes: float, folder: Path) -> Path:
    """The bundled samples repeated to the size asked for (the Indonesian one first)."""
    samples = sorted((ROOT / "articles").glob("*.txt"), key=lambda path: not path.name.startswith("id_"))
    unit = "\n".join(path.read_text(encoding="utf-8") for path in samples) + "\n"
    path = folder / f"generated_{megabytes:g}mb.txt"
    path.write_text(unit * max(1, int(megabytes * 1024 * 1024 / len(unit.encode()))), encoding="utf-8")
    return path


def measure(argv: list[str], config: Path, *, keys: bool) -> dict[str, float]:
    """One run: first paint, key latencies, quit time and peak memory."""
    terminal = TerminalSession(argv, env={"READER_CONFIG_DIR": str(config)})
    figures: dict[str, float] = {}
    try:
        figures["paint_s"] = terminal.wait_for(FIRST_PARAGRAPH, timeout=120)
        if keys:
            terminal.wait_for("Section 1 of", timeout=60)
            sent = terminal.press("}")
            terminal.wait_for("Section 2 of", timeout=30)
            figures["key_section_s"] = time.perf_counter() - sent
            figures["key_pagedown_s"] = terminal.latency("pagedown")
            loading = time.perf_counter()
            while "Loading the rest" in terminal.text() and time.perf_counter() - loading < 300:
                terminal._pump(0.05)
            figures["whole_article_s"] = time.perf_counter() - terminal.started
            figures["key_after_load_s"] = terminal.latency("pagedown")
            figures["key_text_size_s"] = terminal.latency("+")
            figures["key_scroll_large_text_s"] = terminal.latency("pagedown")
        sent = terminal.press("q")
        terminal.wait_exit(timeout=120)
        figures["quit_s"] = time.perf_counter() - sent
        figures["peak_mb"] = terminal.peak_mb
    finally:
        terminal.close()
    return figures


def summarise(label: str, runs: list[dict[str, float]]) -> dict[str, float]:
    medians = {key: statistics.median(run[key] for run in runs) for key in runs[0]}
    parts = [
        f"{key}={value * 1000:.0f}ms" if key.endswith("_s") else f"{key}={value:.0f}" for key, value in medians.items()
    ]
    print(f"{label:<34} " + "  ".join(parts))
    return medians


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--megabytes", type=float, default=10.0)
    args = parser.parse_args()
    python = sys.executable
    # Byte-compile first, as "pip install" does: otherwise every run recompiles the sources.
    compileall.compile_dir(str(ROOT / "reader"), quiet=1)
    with tempfile.TemporaryDirectory() as folder_name:
        folder = Path(folder_name)
        small = ROOT / "articles" / "id_banjir_kalsel.txt"
        large = generated_article(args.megabytes, folder)
        print(f"pty 120x40, median of {args.runs} runs (large article: {args.runs and max(1, args.runs // 2)} runs)")
        results = {}
        for label, path, runs in (("small", small, args.runs), ("large", large, max(1, args.runs // 2))):
            size = path.stat().st_size / 1024
            reader_runs = [
                measure([python, "-m", "reader", str(path)], folder / f"cfg-{label}-{i}", keys=True)
                for i in range(runs)
            ]
            results[f"reader {label}"] = summarise(f"reader, {size:,.0f} KiB", reader_runs)
            minimal_runs = [
                measure([python, str(ROOT / "bench" / "minimal_app.py"), str(path)], folder, keys=False)
                for _ in range(runs)
            ]
            results[f"minimal {label}"] = summarise(f"minimal Textual app, {size:,.0f} KiB", minimal_runs)
        small_ratio = results["reader small"]["paint_s"] / results["minimal small"]["paint_s"]
        large_ratio = results["reader large"]["paint_s"] / results["reader small"]["paint_s"]
        print(f"first paint, reader / minimal app (small): {small_ratio:.2f}x   (goal <= 1.3x)")
        print(f"first paint, large / small article:        {large_ratio:.2f}x   (goal < 2x)")
        print(f"peak memory, large article:                 {results['reader large']['peak_mb']:.0f} MiB (goal < 250)")
        for label in ("small", "large"):
            figures = results[f"reader {label}"]
            ratio = figures["key_text_size_s"] / figures["key_after_load_s"]
            print(f"text size change / page down latency ({label}): {ratio:.2f}x   (goal <= 2x)")


if __name__ == "__main__":
    main()
