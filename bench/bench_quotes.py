"""Benchmark: quotations and speakers on ../shared/corpus/quotes, tuning half beside held-out half.

The attribution rules were tuned looking only at the passages with odd numbers (``en-001``,
``en-003`` …); the even-numbered passages were scored but never read while tuning, so their
figure is the held-out one. Both halves are scored by the corpus's own scorer (``score.py``),
per language, in one batch. ``bench/quotes/passages.jsonl`` is a second set in the same format
(64 passages, 212 quotations in 16 languages, labelled by hand, written apart from the
attribution code): it is split and scored the same way, its even half never read while tuning.
``bench/quotes/third.jsonl`` (64 passages, 307 quotations in 15 languages, written the same way
and later) is split and scored the same way too.
Prints figures; asserts nothing.

    python bench/bench_quotes.py [--corpus ../shared/corpus/quotes] [-j 2]
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def halves(passages: Path, folder: Path) -> dict[str, Path]:
    """The corpus split by passage number: odd (tuned on) and even (held out)."""
    files = {"tuning (odd ids)": folder / "odd.jsonl", "held out (even ids)": folder / "even.jsonl"}
    odd, even = (path.open("w", encoding="utf-8") for path in files.values())
    with odd, even:
        for line in passages.read_text("utf-8").splitlines():
            if line.strip():
                number = int(json.loads(line)["id"].rsplit("-", 1)[1])
                (odd if number % 2 else even).write(line + "\n")
    return files


def score(scorer: Path, passages: Path, jobs: int) -> list[str]:
    """The scorer's table for one half: a line per language, then the overall line."""
    reader = f"{sys.executable} -m reader"
    command = [sys.executable, str(scorer), "--reader", reader, "-j", str(jobs), str(passages)]
    result = subprocess.run(command, capture_output=True, text=True, cwd=ROOT, check=False)
    return [line for line in result.stdout.splitlines() if line.strip()]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--corpus", type=Path, default=ROOT.parent / "shared" / "corpus" / "quotes")
    parser.add_argument("-j", "--jobs", type=int, default=2)
    args = parser.parse_args()
    passages, scorer = args.corpus / "passages.jsonl", args.corpus / "score.py"
    if not passages.is_file() or not scorer.is_file():
        raise SystemExit(f"no quote corpus at {args.corpus}")
    corpora = {
        "corpus": passages,
        "second set (bench/quotes)": ROOT / "bench" / "quotes" / "passages.jsonl",
        "third set (bench/quotes/third)": ROOT / "bench" / "quotes" / "third.jsonl",
    }
    with tempfile.TemporaryDirectory() as folder:
        for corpus, path in corpora.items():
            if not path.is_file():
                continue
            place = Path(folder) / corpus.split()[0]
            place.mkdir()
            for name, half in halves(path, place).items():
                print(f"== {corpus}: {name}")
                print("\n".join(score(scorer, half, args.jobs)))
                print()


if __name__ == "__main__":
    main()
