"""Benchmark article finding on whole-page pastes: precision, recall and F1 of the article text kept.

Text is compared as 4-word shingles of word tokens, per page, then averaged. Printed next to the
same figures for the unfiltered paste and for clutter-only clean mode. Nothing is asserted.

    python bench/bench_pages.py [-v]
"""

from __future__ import annotations

import argparse
import re
import statistics
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from reader.document.model import shown  # noqa: E402
from reader.document.source import open_article  # noqa: E402

PAGES = ROOT / "bench" / "pages"
_WORD = re.compile(r"\w+")


def shingles(text: str, size: int = 4) -> set[tuple[str, ...]]:
    words = [word.casefold() for word in _WORD.findall(text)]
    return {tuple(words[i : i + size]) for i in range(max(0, len(words) - size + 1))}


def scores(kept: str, truth: str) -> tuple[float, float, float]:
    have, want = shingles(kept), shingles(truth)
    common = len(have & want)
    precision = common / len(have) if have else 0.0
    recall = common / len(want) if want else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("-v", "--verbose", action="store_true")
    args = parser.parse_args()
    results: dict[str, list[tuple[float, float, float]]] = {"unfiltered": [], "clutter only": [], "article only": []}
    for page in sorted(PAGES.glob("*.txt")):
        if page.name.endswith(".body.txt"):
            continue
        truth = page.with_name(page.name.replace(".txt", ".body.txt")).read_text(encoding="utf-8")
        article = open_article(str(page))
        for label, level in (("unfiltered", "off"), ("clutter only", "clutter"), ("article only", "article")):
            kept = "\n".join(line.text for line in article.lines if shown(line.role, level))
            results[label].append(scores(kept, truth))
        if args.verbose:
            p, r, f = results["article only"][-1]
            print(
                f"{page.stem:<22} P={p:.3f} R={r:.3f} F1={f:.3f}  whole page: {article.is_whole_page}  title: {article.title}"
            )
    count = len(results["unfiltered"])
    print(f"{count} whole-page pastes, {len({p.name.split('_')[0] for p in PAGES.glob('*.body.txt')})} languages")
    for label, values in results.items():
        p, r, f = (statistics.mean(v[i] for v in values) for i in range(3))
        print(f"{label:<14} precision {p:.3f}  recall {r:.3f}  F1 {f:.3f}")
    print("goal: article only F1 >= 0.90 with precision and recall >= 0.85")


if __name__ == "__main__":
    main()
