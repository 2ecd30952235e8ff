"""The layers hold: import-linter's contracts (pyproject.toml) are kept, and each core module is imported without Textual."""

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
    "reader.document.understanding.evidence",
    "reader.document.understanding.decision",
    "reader.document.understanding.structure",
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


def test_the_layer_contracts_are_kept() -> None:
    from pathlib import Path

    from importlinter.cli import lint_imports

    root = Path(__file__).resolve().parents[2]
    assert lint_imports(config_filename=str(root / "pyproject.toml")) == 0, (
        "an import crosses a layer: run lint-imports"
    )
