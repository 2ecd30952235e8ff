"""Fetching a URL: timeouts, a redirect limit, a size limit, clear one-line errors, an offline cache."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path

from reader.document.input.loading import LoadError

TIMEOUT_S = 15.0
MAX_REDIRECTS = 5
ACCEPTED_TYPES = ("text/html", "application/xhtml+xml", "text/plain", "text/markdown")


@dataclass(frozen=True)
class Fetched:
    """A downloaded page: its bytes, final URL, content type, and whether it came from the cache."""

    data: bytes
    url: str
    content_type: str
    from_cache: bool = False


def is_url(text: str) -> bool:
    """True for http and https addresses."""
    return text.startswith(("http://", "https://"))


def cache_dir() -> Path:
    """Where fetched pages are kept, so reopening works offline."""
    import os

    override = os.environ.get("READER_CACHE_DIR")
    if override:
        return Path(override)
    from platformdirs import user_cache_path

    return user_cache_path("reader", appauthor=False)


def _cache_path(url: str) -> Path:
    return cache_dir() / f"{hashlib.sha256(url.encode()).hexdigest()[:32]}.page"


def fetch(url: str, *, max_bytes: int, timeout: float = TIMEOUT_S, use_cache: bool = True) -> Fetched:
    """Download a page (following a few redirects) or, when the network fails, its cached copy.

    Raises:
        LoadError: a one-line reason: unreachable, HTTP status, not a web page, too large.
    """
    try:
        fetched = _download(url, max_bytes=max_bytes, timeout=timeout)
    except LoadError as error:
        cached = _cache_path(url)
        if use_cache and error.reason.startswith("could not be reached") and cached.is_file():
            content_type, _, data = cached.read_bytes().partition(b"\n")
            return Fetched(data, url, content_type.decode("ascii", "replace"), from_cache=True)
        raise
    if use_cache:
        try:
            path = _cache_path(url)
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_bytes(fetched.content_type.encode("ascii", "replace") + b"\n" + fetched.data)
        except OSError:
            pass  # the cache is a convenience; reading goes on without it
    return fetched


def _download(url: str, *, max_bytes: int, timeout: float) -> Fetched:
    import httpx

    headers = {"User-Agent": "reader (terminal article reader)", "Accept": "text/html,application/xhtml+xml,text/plain"}
    try:
        with (
            httpx.Client(
                follow_redirects=True, max_redirects=MAX_REDIRECTS, timeout=timeout, headers=headers
            ) as client,
            client.stream("GET", url) as response,
        ):
            if response.status_code >= 400:
                raise LoadError(url, f"the server answered {response.status_code} {response.reason_phrase}")
            content_type = response.headers.get("content-type", "").split(";")[0].strip().lower()
            if content_type and not content_type.startswith(ACCEPTED_TYPES):
                raise LoadError(url, f"is not a web page or text ({content_type})")
            declared = response.headers.get("content-length", "")
            if declared.isdigit() and int(declared) > max_bytes:
                raise LoadError(url, f"is larger than the {max_bytes // 1024 // 1024 or 1} MiB limit")
            chunks: list[bytes] = []
            size = 0
            for chunk in response.iter_bytes():
                size += len(chunk)
                if size > max_bytes:
                    raise LoadError(url, f"is larger than the {max_bytes // 1024 // 1024 or 1} MiB limit")
                chunks.append(chunk)
            return Fetched(b"".join(chunks), str(response.url), content_type)
    except httpx.TooManyRedirects:
        raise LoadError(url, f"redirects more than {MAX_REDIRECTS} times") from None
    except httpx.TimeoutException:
        raise LoadError(url, f"could not be reached (no answer within {timeout:g} s)") from None
    except httpx.HTTPError as error:
        raise LoadError(url, f"could not be reached ({type(error).__name__}: {error})") from None
