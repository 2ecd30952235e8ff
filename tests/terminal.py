"""A real terminal session for end-to-end checks and the benchmark: a pty, and pyte as the screen."""

from __future__ import annotations

import contextlib
import os
import re
import select
import signal
import time
from collections.abc import Sequence

import pyte
from ptyprocess import PtyProcess

KEYS = {
    "enter": "\r",
    "escape": "\x1b",
    "tab": "\t",
    "pagedown": "\x1b[6~",
    "pageup": "\x1b[5~",
    "down": "\x1b[B",
    "up": "\x1b[A",
}

RESTORE = b"\x1b[?1049l"
"""Leaving the alternate screen: the user's shell is visible again."""


def peak_rss_mb(pid: int) -> float:
    """The kernel's high-water mark of resident memory, in MiB, summed over a process and its children."""
    total = 0.0
    try:
        with open(f"/proc/{pid}/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    total += int(line.split()[1]) / 1024
        with open(f"/proc/{pid}/task/{pid}/children", encoding="ascii") as children:
            total += sum(peak_rss_mb(int(child)) for child in children.read().split())
    except OSError:
        pass
    return total


class TerminalSession:
    """A program running in a pseudo-terminal of a fixed size, with an emulated screen."""

    def __init__(self, argv: Sequence[str], *, rows: int = 40, cols: int = 120, env: dict[str, str] | None = None):
        environment = {**os.environ, "TERM": "xterm-256color", "COLORTERM": "truecolor", **(env or {})}
        self.started = time.perf_counter()
        self.process = PtyProcess.spawn(list(argv), dimensions=(rows, cols), env=environment)
        self.screen = pyte.Screen(cols, rows)
        self.stream = pyte.ByteStream(self.screen)
        self.output = bytearray()
        self.peak_mb = 0.0

    def text(self) -> str:
        """The emulated screen as text, row by row."""
        return "\n".join(self.screen.display)

    def _pump(self, timeout: float) -> bool:
        """Read what the program wrote within ``timeout``; False when nothing came."""
        ready, _, _ = select.select([self.process.fd], [], [], timeout)
        if not ready:
            return False
        try:
            data = os.read(self.process.fd, 65536)
        except OSError:
            return False
        if not data:
            return False
        self.output.extend(data)
        self.stream.feed(data)
        self.peak_mb = max(self.peak_mb, peak_rss_mb(self.process.pid))
        return True

    def wait_for(self, needle: str, timeout: float = 30.0) -> float:
        """Seconds until ``needle`` is on screen (raises TimeoutError with the screen if not)."""
        start = time.perf_counter()
        while needle not in self.text():
            if time.perf_counter() - start > timeout:
                raise TimeoutError(f"{needle!r} not on screen after {timeout}s:\n{self.text()}")
            self._pump(0.05)
        return time.perf_counter() - start

    def wait_for_bytes(self, pattern: re.Pattern[bytes], timeout: float = 10.0) -> list[bytes]:
        """Every match of ``pattern`` in what the program wrote, once there is one (empty after ``timeout``).

        For sequences the screen does not show (OSC 52): the screen's message may be read before them.
        """
        start = time.perf_counter()
        while not (found := pattern.findall(bytes(self.output))) and time.perf_counter() - start <= timeout:
            self._pump(0.05)
        return found

    def press(self, key: str) -> float:
        """Send one key; returns the time it was sent (for latency measurements)."""
        sent = time.perf_counter()
        self.process.write(KEYS.get(key, key).encode())
        return sent

    def latency(self, key: str, timeout: float = 30.0) -> float:
        """Seconds from sending a key until the screen changes."""
        before = self.text()
        sent = self.press(key)
        while self.text() == before and time.perf_counter() - sent < timeout:
            self._pump(0.005)
        return time.perf_counter() - sent

    def wait_exit(self, timeout: float = 15.0) -> int:
        """Wait for the program to end (draining its output); returns its exit status."""
        start = time.perf_counter()
        while self.process.isalive():
            if time.perf_counter() - start > timeout:
                raise TimeoutError("the program did not exit")
            self._pump(0.05)
        while self._pump(0.01):
            pass
        self.process.wait()
        return self.process.exitstatus if self.process.exitstatus is not None else -1

    def close(self) -> None:
        """End the program and its process group, whatever state it is in."""
        if self.process.isalive():
            with contextlib.suppress(OSError):
                os.killpg(self.process.pid, signal.SIGKILL)
        self.process.close(force=True)
