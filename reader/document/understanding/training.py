"""Learning the decision's weights from hand-labelled pastes (truth files in the ``../shared`` schema)."""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from reader.document.understanding.decision import features
from reader.document.understanding.evidence import LineEvidence, gather

AUGMENTED_VARIANTS = 30
"""How many furniture-augmented copies of each labelled paste join the training data."""

TRAINING_PARAMS = {"c1": 0.05, "c2": 1.0, "max_iterations": 300, "feature.possible_transitions": True}
"""L1 and L2 regularisation and the iteration limit of CRFsuite's L-BFGS training."""


@dataclass(frozen=True)
class Example:
    """One labelled paste: its evidence and the true role of every non-blank line."""

    name: str
    layout: str
    evidence: tuple[LineEvidence, ...]
    roles: tuple[str, ...]
    truth: dict[str, Any]
    lines: tuple[str, ...] = ()


def truth_roles(truth: dict[str, Any]) -> dict[int, str]:
    """Line number (1-based) -> role, from a truth file."""
    roles: dict[int, str] = {}
    for number in truth.get("paragraph_lines", []):
        roles[number] = "paragraph"
    for entry in truth.get("clutter", []):
        roles[entry["line"]] = entry["kind"]
    for heading in truth.get("headings", []):
        roles[heading["line"]] = "gallery_heading" if heading["kind"] == "gallery" else "heading"
    for number in truth.get("gallery_intro_lines", []):
        roles[number] = "gallery_intro"
    for caption in truth.get("captions", []):
        if caption.get("title_line"):
            roles[caption["title_line"]] = "caption_title"
        roles[caption["text_line"]] = "caption_text"
        if caption.get("credit_line"):
            roles[caption["credit_line"]] = "credit"
    for number in truth.get("credit_lines", []):
        roles[number] = "credit"
    for number in truth.get("byline_lines", []):
        roles[number] = "byline"
    return roles


def truth_title_line(truth: dict[str, Any]) -> int | None:
    """The line of the article's title: a section heading above every paragraph, or none."""
    paragraphs = truth.get("paragraph_lines", [])
    first_body = min(paragraphs) if paragraphs else None
    headings = sorted(h["line"] for h in truth.get("headings", []) if h["kind"] == "section")
    if headings and (first_body is None or headings[0] < first_body):
        return int(headings[0])
    return None


def load_example(truth_path: Path, layout: str | None = None) -> Example:
    """A truth file and its paste, as evidence and roles."""
    from reader.document.input.loading import sanitise, split_lines

    truth = json.loads(truth_path.read_text(encoding="utf-8"))
    text = (truth_path.parent / truth["file"]).read_text(encoding="utf-8-sig")
    lines = [sanitise(line)[0] for line in split_lines(text)]
    evidence = gather(lines, language=truth.get("language", "und"))
    wanted = truth_roles(truth)
    roles = tuple(wanted.get(item.index + 1, "paragraph") for item in evidence)
    name = truth["file"].removesuffix(".txt")
    return Example(name, layout or name, evidence, roles, truth, tuple(lines))


def load_examples(folders: Iterable[Path], layouts: dict[str, str] | None = None) -> list[Example]:
    """Every truth file in the folders, as examples (``layouts`` groups files that share a site layout)."""
    examples: list[Example] = []
    for folder in folders:
        for truth_path in sorted(folder.glob("*.expected.json")):
            stem = truth_path.name.removesuffix(".expected.json")
            examples.append(load_example(truth_path, (layouts or {}).get(stem)))
    return examples


def train(examples: Sequence[Example], model_path: Path, *, variants: int = AUGMENTED_VARIANTS) -> None:
    """Learn the weights from the examples (and furniture-augmented variants of them); write them to ``model_path``."""
    import pycrfsuite

    from reader.document.understanding.augment import augmented

    trainer = pycrfsuite.Trainer(verbose=False)
    for example in examples:
        trainer.append(features(example.evidence), list(example.roles))
        for seed in range(variants):
            evidence, roles = augmented(example, seed)
            trainer.append(features(evidence), list(roles))
    trainer.set_params(TRAINING_PARAMS)
    trainer.train(str(model_path))
