"""Shared fixtures: paths to the bundled articles and to ../shared, and system-tool checks."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
ARTICLES = ROOT / "articles"
SHARED = ROOT.parent / "shared"
SEED = SHARED / "seed"

REQUIRE_TOOLS_ENV = "READER_REQUIRE_SYSTEM_TOOLS"
"""Set (as CI does) to turn skips for missing system tools into failures."""


def require_tool(name: str, reason: str) -> str:
    """The path of a system tool; skip the test (or fail, in CI) when it is missing."""
    path = shutil.which(name)
    if path is None:
        message = f"{name} is not installed: {reason}"
        if os.environ.get(REQUIRE_TOOLS_ENV):
            pytest.fail(message + f" ({REQUIRE_TOOLS_ENV} is set)")
        pytest.skip(message)
    return path


@pytest.fixture
def seed_article() -> Path:
    """The real pasted article in ../shared/seed (skipped when ../shared is absent)."""
    path = SEED / "dw_aleppo_id.txt"
    if not path.is_file():
        pytest.skip("../shared/seed is not present beside the project")
    return path
