"""The command line as a user runs it: dumps, bad input, help and version."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import ARTICLES, ROOT


def run(*args: str, stdin: bytes | None = None) -> subprocess.CompletedProcess[bytes]:
    """Run ``python -m reader`` with arguments, as a separate process."""
    return subprocess.run(
        [sys.executable, "-m", "reader", *args], input=stdin, capture_output=True, cwd=ROOT, timeout=120
    )


def test_dump_json_follows_the_contract() -> None:
    result = run("--dump", "json", str(ARTICLES / "id_banjir_kalsel.txt"))
    assert result.returncode == 0, result.stderr
    dump = json.loads(result.stdout)
    assert dump["schema"] == 1
    assert set(dump) >= {"language", "lines", "sections", "captions", "quotes", "clutter", "stats"}
    source_lines = (ARTICLES / "id_banjir_kalsel.txt").read_text(encoding="utf-8").splitlines()
    assert [entry["line"] for entry in dump["lines"]] == list(range(1, len(source_lines) + 1))
    assert [entry["text"] for entry in dump["lines"]] == [line.strip() for line in source_lines]
    assert all(entry["reason"] for entry in dump["clutter"])
    assert dump["stats"]["words"] > 200 and dump["stats"]["listening_minutes"] >= dump["stats"]["reading_minutes"]


def test_no_file_opens_the_bundled_sample() -> None:
    result = run("--dump", "text")
    assert result.returncode == 0
    assert "Banjir Bandang" in result.stdout.decode()


def test_stdin_is_read_with_a_dash() -> None:
    result = run("--dump", "json", "-", stdin=b"Judul\nIklan\nSebuah paragraf yang cukup panjang.\n")
    dump = json.loads(result.stdout)
    assert [entry["role"] for entry in dump["lines"]] == ["heading", "ad", "paragraph"]


def test_text_dump_hides_clutter_and_no_clean_keeps_it_marked() -> None:
    path = str(ARTICLES / "id_banjir_kalsel.txt")
    clean = run("--dump", "text", path).stdout.decode()
    full = run("--dump", "text", "--no-clean", path).stdout.decode()
    assert "Iklan" not in clean and "02:17" not in clean and "Baca juga" not in clean
    assert "[ad: ad label 'Iklan'] Iklan" in full
    assert "02:17" in full


def test_piped_output_prints_the_clean_text() -> None:
    result = run(str(ARTICLES / "de_hitzewelle.txt"))
    assert result.returncode == 0
    assert "Hitzewelle setzt Landwirten" in result.stdout.decode()
    assert "Anzeige" not in result.stdout.decode()


@pytest.mark.parametrize(
    ("content", "reason"),
    [(bytes(range(256)) * 20, "binary"), (b"%PDF-1.7\n" + bytes(range(256)), "PDF")],
)
def test_bad_input_gets_one_line_and_exit_status_2(tmp_path: Path, content: bytes, reason: str) -> None:
    bad = tmp_path / "bad.txt"
    bad.write_bytes(content)
    result = run("--dump", "json", str(bad))
    assert result.returncode == 2
    message = result.stderr.decode()
    assert message.count("\n") == 1 and "bad.txt" in message and reason in message
    assert "Traceback" not in message and result.stdout == b""


def test_missing_file_and_size_limit_errors(tmp_path: Path) -> None:
    missing = run("--dump", "text", str(tmp_path / "missing.txt"))
    assert missing.returncode == 2 and "missing.txt: no such file" in missing.stderr.decode()
    big = tmp_path / "big.txt"
    big.write_text("word " * 1000)
    limited = run("--dump", "text", "--max-size", "100", str(big))
    assert limited.returncode == 2 and "limit" in limited.stderr.decode()


def test_empty_file_is_an_empty_article(tmp_path: Path) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"\n \n")
    result = run("--dump", "text", str(empty))
    assert result.returncode == 0 and "empty" in result.stdout.decode()
    dump = json.loads(run("--dump", "json", str(empty)).stdout)
    assert dump["language"] == "und" and all(entry["role"] == "blank" for entry in dump["lines"])


def test_escape_sequences_never_reach_the_output(tmp_path: Path) -> None:
    nasty = tmp_path / "nasty.txt"
    nasty.write_bytes(b"Judul\n\x1b]52;c;ZXZpbA==\x07Paragraf \x1b[2Jbiasa yang cukup panjang.\n")
    for kind in ("text", "json", "markdown"):
        out = run("--dump", kind, str(nasty)).stdout
        assert b"\x1b" not in out and b"\x07" not in out


def test_help_and_version() -> None:
    assert run("--help").stdout.decode().startswith("usage: reader")
    assert run("--version").stdout.decode().startswith("reader ")


def test_an_unexpected_error_is_one_line_and_logged(monkeypatch: pytest.MonkeyPatch, tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    import reader.document.source as source
    from reader.cli import main

    def broken(*args: object, **kwargs: object) -> None:
        raise RuntimeError("something inside broke")

    monkeypatch.setenv("READER_CONFIG_DIR", str(tmp_path))
    monkeypatch.setattr(source, "open_article", broken)
    assert main(["--dump", "json", str(ARTICLES / "id_banjir_kalsel.txt")]) == 70
    message = capsys.readouterr().err
    assert message.count("\n") == 1 and "something inside broke" in message and "Traceback" not in message
    assert "RuntimeError" in (tmp_path / "error.log").read_text()
