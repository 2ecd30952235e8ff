"""Contrast of body text, computed with the WCAG formula, in every offered theme."""

from __future__ import annotations

import pytest
from textual.color import Color

from reader.ui.themes import (
    ACCESSIBILITY_THEMES,
    HIGH_CONTRAST,
    MINIMUM_CONTRAST,
    body_text_contrast,
    contrast_ratio,
    offered_themes,
)


def test_contrast_formula_matches_known_values() -> None:
    assert contrast_ratio(Color(0, 0, 0), Color(255, 255, 255)) == pytest.approx(21.0)
    assert contrast_ratio(Color(255, 255, 255), Color(255, 255, 255)) == pytest.approx(1.0)
    assert contrast_ratio(Color(0x77, 0x77, 0x77), Color(255, 255, 255)) == pytest.approx(4.48, abs=0.01)


@pytest.mark.parametrize("theme", ACCESSIBILITY_THEMES, ids=lambda theme: theme.name)
def test_accessibility_themes_reach_seven_to_one(theme) -> None:  # type: ignore[no-untyped-def]
    ratio = body_text_contrast(theme)
    assert ratio is not None and ratio >= HIGH_CONTRAST


def test_every_offered_theme_reaches_four_and_a_half_to_one() -> None:
    offered = offered_themes()
    assert len(offered) > len(ACCESSIBILITY_THEMES)
    for theme in offered:
        ratio = body_text_contrast(theme)
        assert ratio is not None and ratio >= MINIMUM_CONTRAST, theme.name


def test_themes_below_the_minimum_are_not_offered() -> None:
    from textual.theme import BUILTIN_THEMES

    names = {theme.name for theme in offered_themes()}
    for name, theme in BUILTIN_THEMES.items():
        ratio = body_text_contrast(theme)
        if ratio is None or ratio < MINIMUM_CONTRAST:
            assert name not in names
