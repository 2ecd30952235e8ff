"""User settings and reading positions: a small typed file, written atomically, never fatal when corrupt."""

from __future__ import annotations

import json
import os
import time
from dataclasses import asdict, dataclass, field, fields
from pathlib import Path
from typing import Any

SETTINGS_ENV = "READER_CONFIG_DIR"
"""Set to a folder to keep settings and positions there instead of the platform location."""

MAX_POSITIONS = 500
"""Reading positions kept; the oldest are forgotten first."""


@dataclass
class Settings:
    """Everything the reader remembers between runs."""

    theme: str = "reader-high-contrast-dark"
    clean: bool = True
    side_panes: bool = True
    keymap: dict[str, str] = field(default_factory=dict)
    speak_feedback: bool = False
    rate: int = 175
    voices: dict[str, str] = field(default_factory=dict)
    speech_scope: str = "article"
    clipboard: str = "auto"
    citation_style: str = "plain"
    citation_source: bool = True
    citation_date: bool = False
    text_size: int = 1
    line_spacing: int = 1
    paragraph_spacing: int = 1
    width: int = 88
    line_focus: bool = False


@dataclass(frozen=True)
class Position:
    """Where a reader left an article: the source line at the top of the cursor."""

    line: int
    section: int
    saved_at: float


def config_dir() -> Path:
    """The folder for settings and positions (``$READER_CONFIG_DIR`` or the platform's config dir)."""
    override = os.environ.get(SETTINGS_ENV)
    if override:
        return Path(override)
    from platformdirs import user_config_path

    return user_config_path("reader", appauthor=False)


def content_key(lines: tuple[str, ...] | list[str]) -> str:
    """A key for an article's content, so a renamed or moved file resumes at the same place."""
    import hashlib

    digest = hashlib.sha256()
    for line in lines:
        digest.update(line.strip().encode("utf-8", "surrogatepass"))
        digest.update(b"\n")
    return digest.hexdigest()[:32]


def atomic_write(path: Path, text: str) -> None:
    """Write a file so that a crash leaves the old or the new version, never half of one."""
    import tempfile

    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
    try:
        with os.fdopen(handle, "w", encoding="utf-8") as stream:
            stream.write(text)
            stream.flush()
            os.fsync(stream.fileno())
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


class Store:
    """Settings and positions on disk; problems become notices, never exceptions."""

    def __init__(self, folder: Path | None = None) -> None:
        self.folder = folder or config_dir()
        self.notices: list[str] = []

    @property
    def settings_path(self) -> Path:
        return self.folder / "settings.json"

    @property
    def positions_path(self) -> Path:
        return self.folder / "positions.json"

    def load_settings(self) -> Settings:
        """The saved settings, or defaults (with a notice) when the file is missing or broken."""
        raw = self._read_json(self.settings_path, "settings")
        if not isinstance(raw, dict):
            return Settings()
        known = {item.name: item for item in fields(Settings)}
        values: dict[str, Any] = {}
        defaults = Settings()
        for name, value in raw.items():
            if name in known and isinstance(value, type(getattr(defaults, name))):
                values[name] = value
        return Settings(**values)

    def save_settings(self, settings: Settings) -> None:
        """Write the settings atomically (a failure is reported as a notice)."""
        self._write_json(self.settings_path, asdict(settings))

    def load_position(self, key: str) -> Position | None:
        """The saved position for an article's content key, if any."""
        raw = self._read_json(self.positions_path, "reading positions")
        entry = raw.get(key) if isinstance(raw, dict) else None
        if not isinstance(entry, dict):
            return None
        try:
            return Position(int(entry["line"]), int(entry["section"]), float(entry["saved_at"]))
        except (KeyError, TypeError, ValueError):
            return None

    def save_position(self, key: str, line: int, section: int) -> None:
        """Remember where the reader is in an article (oldest entries dropped past a limit)."""
        raw = self._read_json(self.positions_path, "reading positions", quiet=True)
        positions: dict[str, Any] = raw if isinstance(raw, dict) else {}
        positions[key] = {"line": line, "section": section, "saved_at": time.time()}
        if len(positions) > MAX_POSITIONS:
            newest = sorted(positions.items(), key=lambda item: item[1].get("saved_at", 0), reverse=True)
            positions = dict(newest[:MAX_POSITIONS])
        self._write_json(self.positions_path, positions)

    def _read_json(self, path: Path, what: str, *, quiet: bool = False) -> Any:
        """Parse a JSON file; a corrupt one is set aside (renamed) with a notice."""
        try:
            text = path.read_text(encoding="utf-8")
        except FileNotFoundError:
            return None
        except OSError as error:
            self._notice(f"Could not read the {what} file ({error.strerror}); using defaults.", quiet)
            return None
        try:
            return json.loads(text)
        except (json.JSONDecodeError, UnicodeDecodeError):
            aside = path.with_name(f"{path.name}.corrupt-{int(time.time())}")
            try:
                path.replace(aside)
                self._notice(f"The {what} file was damaged; it was set aside as {aside.name} and defaults are used.")
            except OSError:
                self._notice(f"The {what} file is damaged; defaults are used.")
            return None

    def _write_json(self, path: Path, data: Any) -> None:
        try:
            atomic_write(path, json.dumps(data, ensure_ascii=False, indent=1))
        except OSError as error:
            self._notice(f"Could not save {path.name} ({error.strerror}).")

    def _notice(self, message: str, quiet: bool = False) -> None:
        if not quiet and message not in self.notices:
            self.notices.append(message)
