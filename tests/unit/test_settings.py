"""Settings and positions: defaults, atomic writes, corrupt files set aside."""

from __future__ import annotations

import json
from pathlib import Path

from reader.settings import Settings, Store, atomic_write, content_key


def test_defaults_when_nothing_is_saved(tmp_path: Path) -> None:
    store = Store(tmp_path)
    assert store.load_settings() == Settings()
    assert store.notices == []


def test_settings_round_trip_and_unknown_or_mistyped_values_are_ignored(tmp_path: Path) -> None:
    store = Store(tmp_path)
    store.save_settings(Settings(theme="reader-yellow-on-black", clean=False, keymap={"app.quit": "ctrl+q"}))
    assert store.load_settings().theme == "reader-yellow-on-black"
    assert store.load_settings().keymap == {"app.quit": "ctrl+q"}
    data = json.loads(store.settings_path.read_text())
    data.update({"clean": "yes", "unknown": 1})
    store.settings_path.write_text(json.dumps(data))
    loaded = store.load_settings()
    assert loaded.clean is True and loaded.theme == "reader-yellow-on-black"


def test_corrupt_settings_file_is_set_aside_and_defaults_used(tmp_path: Path) -> None:
    store = Store(tmp_path)
    store.settings_path.write_text("{broken")
    assert store.load_settings() == Settings()
    assert not store.settings_path.exists()
    assert len(list(tmp_path.glob("settings.json.corrupt-*"))) == 1
    assert "set aside" in store.notices[0]


def test_positions_are_keyed_by_content_not_path(tmp_path: Path) -> None:
    store = Store(tmp_path)
    key = content_key(["Judul", "Paragraf pertama."])
    assert key == content_key(["Judul ", "  Paragraf pertama."])  # same text, other spacing
    assert key != content_key(["Judul", "Paragraf kedua."])
    store.save_position(key, line=14, section=2)
    position = store.load_position(key)
    assert position is not None and (position.line, position.section) == (14, 2)


def test_atomic_write_leaves_no_temporary_files(tmp_path: Path) -> None:
    target = tmp_path / "deep" / "file.json"
    atomic_write(target, "one")
    atomic_write(target, "two")
    assert target.read_text() == "two"
    assert [path.name for path in target.parent.iterdir()] == ["file.json"]
