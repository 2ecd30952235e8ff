"""The seed article and every bundled sample match their line-by-line ground truth."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import ARTICLES
from tests.groundtruth import compare


@pytest.mark.parametrize("truth", sorted(ARTICLES.glob("*.expected.json")), ids=lambda path: path.stem)
def test_sample_article_matches_its_ground_truth(truth: Path) -> None:
    assert compare(truth) == []


def test_seed_article_matches_its_ground_truth(seed_article: Path) -> None:
    assert compare(seed_article.with_name("dw_aleppo_id.expected.json")) == []


def test_every_sample_has_ground_truth_and_the_languages_are_varied() -> None:
    samples = sorted(ARTICLES.glob("*.txt"))
    assert len(samples) >= 4
    for sample in samples:
        assert sample.with_suffix(".expected.json").is_file(), sample.name
    assert {sample.name.split("_", 1)[0] for sample in samples} >= {"id", "de", "en", "fr"}
