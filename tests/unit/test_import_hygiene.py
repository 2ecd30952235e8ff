"""The core never imports Textual: each core module is imported in a fresh interpreter."""

from __future__ import annotations

import subprocess
import sys

import pytest

CORE_MODULES = [
    "reader.cli",
    "reader.document",
    "reader.document.model",
    "reader.document.input.loading",
    "reader.document.understanding.vocabulary",
    "reader.document.understanding.parse",
    "reader.document.understanding.classify",
    "reader.document.understanding.captions",
    "reader.document.understanding.quotes",
    "reader.document.understanding.language",
    "reader.document.export",
    "reader.document.source",
]


@pytest.mark.parametrize("module", CORE_MODULES)
def test_core_module_does_not_import_textual(module: str) -> None:
    code = f"import sys, {module}; sys.exit(1 if any(m == 'textual' or m.startswith('textual.') for m in sys.modules) else 0)"
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, timeout=60)
    assert result.returncode == 0, f"{module} imports textual: {result.stderr.decode()}"


def test_dumping_does_not_import_textual_or_speech() -> None:
    code = (
        "import sys; from reader.cli import main; main(['--dump', 'json']); "
        "bad = [m for m in sys.modules if m.split('.')[0] in ('textual', 'pyttsx3', 'pyperclip')]; "
        "sys.exit(1 if bad else 0)"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, timeout=60)
    assert result.returncode == 0, result.stderr.decode()
