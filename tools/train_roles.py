"""Learn the line-role decision's weights from the hand-labelled pastes in ../shared and articles/.

    python tools/train_roles.py            # writes reader/document/understanding/roles.crfsuite

The weights are learnt from evidence features only (no text of the pastes is kept in the model).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from reader.document.understanding.training import load_examples, train  # noqa: E402

SAMPLE_LAYOUT = "dw_aleppo_id"
"""The bundled samples imitate the seed's layout: they count as one layout with it."""


def training_folders(shared: Path) -> list[Path]:
    """Where the truth files are: the seed, the paste corpus, the bundled samples."""
    return [shared / "seed", shared / "corpus" / "pastes", ROOT / "articles"]


def layouts() -> dict[str, str]:
    """File stem -> layout, for files that share one."""
    return {path.stem: SAMPLE_LAYOUT for path in (ROOT / "articles").glob("*.txt")}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    parser.add_argument("--output", type=Path, default=ROOT / "reader/document/understanding/roles.crfsuite")
    args = parser.parse_args()
    examples = load_examples(training_folders(args.shared), layouts())
    train(examples, args.output)
    print(f"trained on {len(examples)} pastes, {sum(len(e.roles) for e in examples)} lines -> {args.output}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
