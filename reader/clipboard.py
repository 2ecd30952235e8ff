"""Copy text to a clipboard that works here, and say which: the system's, the terminal's (OSC 52), or a file.

The system clipboard goes through pyperclip, run in a short-lived child process whose output
is detached: clipboard tools such as xclip stay alive in the background and would otherwise
write onto the reader's screen. Where the system lets us, the copy is read back and compared,
because pyperclip can fail silently (a stale ``DISPLAY``, an unreachable Wayland socket).
"""

from __future__ import annotations

import base64
import os
import subprocess
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

SYSTEM, TERMINAL, FILE = "system", "terminal", "file"
BACKENDS = ("auto", SYSTEM, TERMINAL, FILE)

OSC52_LIMIT = 100_000
"""Terminals cap OSC 52 payloads; larger texts go to the system clipboard or a file."""

_CHILD = """
import sys
import pyperclip
text = sys.stdin.buffer.read().decode("utf-8")
try:
    pyperclip.copy(text)
except pyperclip.PyperclipException:
    sys.exit(4)
import time
for attempt in range(20):  # xclip takes the selection in the background: give it a moment
    try:
        if pyperclip.paste() == text:
            sys.exit(0)
    except pyperclip.PyperclipException:
        sys.exit(5)
    time.sleep(0.05)
sys.exit(3)
"""


@dataclass(frozen=True)
class CopyResult:
    """What happened to a copy: where the text went, and a sentence saying so."""

    backend: str  # "system", "terminal", "file" or "none"
    ok: bool
    detail: str = ""
    path: Path | None = None

    def describe(self, what: str) -> str:
        """A confirmation in words: "Copied quote 2 of 5 to the system clipboard"."""
        if self.backend == SYSTEM:
            return f"Copied {what} to the system clipboard"
        if self.backend == TERMINAL:
            return f"Sent {what} to the terminal clipboard"
        if self.backend == FILE and self.path is not None:
            return f"No clipboard here: saved {what} to {self.path}"
        return f"Could not copy {what}: {self.detail or 'no clipboard and no file could be written'}"


def osc52(text: str) -> str:
    """The terminal escape sequence that puts text on the terminal's clipboard."""
    return f"\x1b]52;c;{base64.b64encode(text.encode('utf-8')).decode('ascii')}\x07"


def is_remote() -> bool:
    """True in an SSH session, where the system clipboard is the server's, not the reader's."""
    return bool(os.environ.get("SSH_CONNECTION") or os.environ.get("SSH_TTY"))


def has_display() -> bool:
    """True when a desktop clipboard could exist (X11, Wayland, macOS, Windows)."""
    if sys.platform in ("win32", "darwin"):
        return True
    return bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))


def copy_system(text: str, timeout: float = 5.0) -> CopyResult:
    """Copy with pyperclip in a detached child and verify by reading it back."""
    try:
        child = subprocess.run(
            [sys.executable, "-c", _CHILD],
            input=text.encode("utf-8"),
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            start_new_session=True,
            timeout=timeout,
            check=False,
        )
    except (OSError, subprocess.TimeoutExpired) as error:
        return CopyResult(SYSTEM, False, f"the clipboard tool did not answer ({error})")
    reasons = {
        3: "the clipboard did not keep the text",
        4: "no clipboard tool works here",
        5: "the clipboard cannot be read back",
    }
    if child.returncode == 0:
        return CopyResult(SYSTEM, True)
    return CopyResult(SYSTEM, False, reasons.get(child.returncode, f"clipboard exit status {child.returncode}"))


def save_to_file(text: str, folder: Path) -> CopyResult:
    """Keep the text in a file when no clipboard works."""
    try:
        folder.mkdir(parents=True, exist_ok=True)
        path = folder / "clipboard.txt"
        path.write_text(text, encoding="utf-8")
    except OSError as error:
        return CopyResult("none", False, f"no clipboard, and the file could not be written ({error.strerror})")
    return CopyResult(FILE, True, path=path)


def copy(
    text: str,
    *,
    backend: str = "auto",
    send_to_terminal: Callable[[str], bool] | None = None,
    folder: Path | None = None,
    system: Callable[[str], CopyResult] | None = None,
) -> CopyResult:
    """Copy text where it can reach the user, trying backends in a sensible order.

    Args:
        text: what to copy (any Unicode, typographic quotes intact).
        backend: ``auto``, or force ``system``, ``terminal`` or ``file``.
        send_to_terminal: puts text on the user's terminal clipboard (OSC 52); False if it cannot.
        folder: where the file fallback goes.
        system: the system-clipboard copier (pyperclip in a detached child by default).

    Returns:
        Which backend took the text. OSC 52 has no confirmation, so it is "sent", not "copied".
    """
    order = {
        SYSTEM: [SYSTEM],
        TERMINAL: [TERMINAL],
        FILE: [FILE],
    }.get(backend)
    if order is None:
        order = [TERMINAL, SYSTEM, FILE] if is_remote() else [SYSTEM, TERMINAL, FILE]
        if not has_display():
            order.remove(SYSTEM)
    failures: list[str] = []
    for name in order:
        if name == SYSTEM:
            result = (system or copy_system)(text)
        elif name == TERMINAL:
            if send_to_terminal is None or len(text) > OSC52_LIMIT or not send_to_terminal(text):
                failures.append("no terminal to send to" if send_to_terminal is None else "too long for the terminal")
                continue
            result = CopyResult(TERMINAL, True)
        else:
            result = save_to_file(text, folder or _default_folder())
        if result.ok:
            return result
        failures.append(result.detail)
    return CopyResult("none", False, "; ".join(reason for reason in failures if reason))


def _default_folder() -> Path:
    from reader.settings import config_dir

    return config_dir()


def terminal_writer() -> Callable[[str], bool] | None:
    """For the command line: write escape sequences to the controlling terminal, if there is one."""
    try:
        handle = os.open("/dev/tty", os.O_WRONLY | os.O_NOCTTY)
    except OSError:
        return None

    def send(text: str) -> bool:
        try:
            os.write(handle, osc52(text).encode("ascii"))
        except OSError:
            return False
        return True

    return send
