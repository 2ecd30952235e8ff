"""Line roles decided by the learnt decision, in-sample and leave-one-layout-out, on ../shared's labelled pastes.

    python bench/bench_roles.py [--shared ../shared] [-v]

For each file: the share of lines whose role is right when the model was trained on every
file (in-sample) and when that file's layout took no part in training (held out). Overall:
line accuracy and clutter precision and recall for both. This measures the decision stage
alone (``reader.document.understanding.decision``).
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import pycrfsuite  # noqa: E402

from reader.document.model import CLUTTER_ROLES  # noqa: E402
from reader.document.understanding.decision import features  # noqa: E402
from reader.document.understanding.training import Example, load_examples, train  # noqa: E402

CLUTTER = {role.value for role in CLUTTER_ROLES}


def tag(model: Path, example: Example) -> list[str]:
    """The roles a model gives the lines of one paste."""
    tagger = pycrfsuite.Tagger()
    tagger.open(str(model))
    return list(tagger.tag(features(example.evidence)))


class Score:
    """Right lines and clutter true/false positives and misses."""

    def __init__(self) -> None:
        self.right = self.total = self.tp = self.fp = self.fn = 0

    def add(self, got: list[str], want: tuple[str, ...]) -> int:
        right = 0
        for have, wanted in zip(got, want, strict=True):
            right += have == wanted
            if wanted in CLUTTER:
                self.tp += have == wanted
                self.fn += have != wanted
            elif have in CLUTTER:
                self.fp += 1
        self.right += right
        self.total += len(want)
        return right

    def line(self) -> str:
        precision = self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0
        recall = self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0
        return f"lines {self.right}/{self.total}={self.right / self.total:.3f} clutter P={precision:.3f} R={recall:.3f}"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    parser.add_argument("-v", "--verbose", action="store_true")
    args = parser.parse_args()
    if not (args.shared / "corpus" / "pastes").is_dir():
        print(f"no labelled pastes at {args.shared}: nothing to measure")
        return 0
    examples = load_examples([args.shared / "seed", args.shared / "corpus" / "pastes"])
    folder = Path(tempfile.mkdtemp())
    train(examples, folder / "all.crfsuite")
    inside, held = Score(), Score()
    print(f"{'file':28} {'in-sample':>10} {'held out':>10}")
    for example in examples:
        model = folder / f"{example.layout}.crfsuite"
        if not model.exists():
            train([other for other in examples if other.layout != example.layout], model)
        got_in, got_out = tag(folder / "all.crfsuite", example), tag(model, example)
        right_in, right_out = inside.add(got_in, example.roles), held.add(got_out, example.roles)
        size = len(example.roles)
        print(f"{example.name:28} {right_in:>4}/{size:<5} {right_out:>4}/{size:<5}")
        if args.verbose:
            for item, have, wanted in zip(example.evidence, got_out, example.roles, strict=True):
                if have != wanted:
                    print(f"    {item.index + 1}: want {wanted} got {have} | {item.text[:70]}")
    print(f"in-sample: {inside.line()}")
    print(f"held out (leave one layout out): {held.line()}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
