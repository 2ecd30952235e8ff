"""How well pastes are understood, in-sample and leave-one-layout-out, on ../shared's hand-labelled pastes.

    python bench/bench_understanding.py [--shared ../shared] [-v]

For each file, the whole parse (evidence, decision, structure) is run twice: with weights
learnt from every file and the bundled samples' hand-written truth (in-sample), and with
weights learnt without that file's layout (held out, the honest measure of generalisation;
the samples share the seed's layout). The vocabulary files are not tuned on these pastes. Printed per file and overall: line accuracy,
exact caption triples (title, text and credit lines) and whether the title is right; overall
also clutter precision and recall (as ../shared/tools/score_structure.py counts them: a
clutter line of the wrong kind is a miss, an article line hidden is a false alarm) and the
same per kind (where a line of another kind counts against the kind it was given).
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import pycrfsuite  # noqa: E402

from reader.document.model import CLUTTER_ROLES, Article  # noqa: E402
from reader.document.understanding import decision  # noqa: E402
from reader.document.understanding.parse import parse_lines  # noqa: E402
from reader.document.understanding.training import Example, load_examples, train, truth_title_line  # noqa: E402

CLUTTER = sorted(role.value for role in CLUTTER_ROLES)
SAMPLE_LAYOUT = "dw_aleppo_id"
"""The bundled samples imitate the seed's layout: they count as one layout with it."""


@dataclass
class Score:
    """Right lines, caption triples, titles, and clutter hits per kind."""

    right: int = 0
    total: int = 0
    captions_right: int = 0
    captions_wanted: int = 0
    captions_false: int = 0
    titles_right: int = 0
    titles: int = 0
    hits: Counter[str] = field(default_factory=Counter)
    misses: Counter[str] = field(default_factory=Counter)
    false: Counter[str] = field(default_factory=Counter)
    text_hidden: int = 0  # article lines (not clutter by the truth) given a clutter role

    def add(self, example: Example, article: Article) -> tuple[int, str, bool]:
        """Score one parse; returns its right lines, its caption figure and whether its title is right."""
        roles = {line.number: line.role.value for line in article.lines}
        right = 0
        for item, wanted in zip(example.evidence, example.roles, strict=True):
            have = roles[item.index + 1]
            right += have == wanted
            if wanted in CLUTTER:
                (self.hits if have == wanted else self.misses)[wanted] += 1
            if have in CLUTTER and have != wanted:
                self.false[have] += 1
                self.text_hidden += wanted not in CLUTTER
        self.right += right
        self.total += len(example.roles)
        wanted_captions = {_triple(c) for c in example.truth.get("captions", [])}
        got = {(c.title_line, c.text_line, c.credit_line) for c in article.captions}
        self.captions_right += len(wanted_captions & got)
        self.captions_wanted += len(wanted_captions)
        self.captions_false += len(got - wanted_captions)
        title_ok = _title_right(example, article)
        self.titles_right += title_ok
        self.titles += 1
        return right, f"{len(wanted_captions & got)}/{len(wanted_captions)}", title_ok

    def summary(self) -> str:
        """Overall figures on one line."""
        tp, fn, fp = sum(self.hits.values()), sum(self.misses.values()), self.text_hidden
        return (
            f"lines {self.right}/{self.total}={self.right / self.total:.3f}  clutter P={_ratio(tp, tp + fp)} "
            f"R={_ratio(tp, tp + fn)}  captions {self.captions_right}/{self.captions_wanted} "
            f"({self.captions_false} wrong)  titles {self.titles_right}/{self.titles}"
        )

    def per_kind(self) -> list[str]:
        """Clutter precision and recall for each kind."""
        rows = []
        for kind in CLUTTER:
            tp, fn, fp = self.hits[kind], self.misses[kind], self.false[kind]
            if tp + fn + fp:
                rows.append(f"  {kind:12} P={_ratio(tp, tp + fp)} R={_ratio(tp, tp + fn)}  ({tp + fn} labelled)")
        return rows


def _ratio(part: int, whole: int) -> str:
    return f"{part / whole:.3f}" if whole else "  -  "


def _triple(caption: dict[str, int | None]) -> tuple[int | None, int | None, int | None]:
    return caption.get("title_line"), caption.get("text_line"), caption.get("credit_line")


def _title_right(example: Example, article: Article) -> bool:
    """The title is the hand-labelled headline's text, or none when the paste has no headline."""
    number = truth_title_line(example.truth)
    if number is None:
        return article.title is None
    return article.title is not None and article.title.strip() == example.lines[number - 1].strip()


def parse_with(model: Path, example: Example) -> Article:
    """The whole parse of one paste with the weights in ``model``."""
    tagger = pycrfsuite.Tagger()
    tagger.open(str(model))
    original = decision._tagger
    decision._tagger = lambda: tagger  # type: ignore[assignment]
    decision._weights.cache_clear()
    try:
        return parse_lines(example.lines, example.name, language=example.truth.get("language"))
    finally:
        decision._tagger = original
        decision._weights.cache_clear()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    parser.add_argument("--articles", action="store_true", help="also measure the bundled articles/ samples")
    parser.add_argument("-v", "--verbose", action="store_true", help="list every wrong line of the held-out parse")
    args = parser.parse_args()
    if not (args.shared / "corpus" / "pastes").is_dir():
        print(f"no labelled pastes at {args.shared}: nothing to measure")
        return 0
    layouts = {path.stem: SAMPLE_LAYOUT for path in (ROOT / "articles").glob("*.txt")}
    samples = load_examples([ROOT / "articles"], layouts)
    examples = load_examples([args.shared / "seed", args.shared / "corpus" / "pastes"], layouts)
    training = examples + samples
    examples += samples if args.articles else []
    folder = Path(tempfile.mkdtemp())
    train(training, folder / "all.crfsuite")
    inside, held = Score(), Score()
    print(f"{'file':26} {'lines in / held':>17} {'captions in / held':>19} {'title in / held':>16}")
    for example in examples:
        model = folder / f"{example.layout}.crfsuite"
        if not model.exists():
            train([other for other in training if other.layout != example.layout], model)
        got_in, got_out = parse_with(folder / "all.crfsuite", example), parse_with(model, example)
        right_in, captions_in, title_in = inside.add(example, got_in)
        right_out, captions_out, title_out = held.add(example, got_out)
        size = len(example.roles)
        print(
            f"{example.name:26} {right_in:>4}/{size:<3} {right_out:>4}/{size:<3}  {captions_in:>7} {captions_out:>7}  "
            f"{_yes(title_in):>7} {_yes(title_out):>6}"
        )
        if args.verbose:
            _wrong_lines(example, got_out)
    print(f"\nin-sample:                       {inside.summary()}")
    print(f"held out (leave one layout out): {held.summary()}")
    print("clutter per kind, in-sample:", *inside.per_kind(), sep="\n")
    print("clutter per kind, held out:", *held.per_kind(), sep="\n")
    if args.verbose:
        print(json.dumps({"in_sample": inside.right / inside.total, "held_out": held.right / held.total}))
    return 0


def _yes(flag: bool) -> str:
    return "right" if flag else "WRONG"


def _wrong_lines(example: Example, article: Article) -> None:
    """Every line whose held-out role is wrong."""
    for item, wanted in zip(example.evidence, example.roles, strict=True):
        line = article.line(item.index + 1)
        if line.role.value != wanted:
            print(f"    {line.number}: want {wanted} got {line.role.value} ({line.reason}) | {line.text[:60]}")


if __name__ == "__main__":
    raise SystemExit(main())
