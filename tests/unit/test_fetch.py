"""URLs against a local HTTP server on loopback: success, redirect, errors, limits, the offline copy."""

from __future__ import annotations

import http.server
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from reader.document.input.fetch import fetch
from reader.document.input.loading import LoadError
from reader.document.source import open_article
from tests.conftest import ROOT

PAGE = (ROOT / "tests" / "fixtures" / "html" / "english_figures.html").read_bytes()


class Handler(http.server.BaseHTTPRequestHandler):
    def do_GET(self) -> None:
        routes = {
            "/article": (200, "text/html; charset=utf-8", PAGE),
            "/moved": (301, "text/html", b""),
            "/missing": (404, "text/html", b"<h1>Not found</h1>"),
            "/photo.png": (200, "image/png", b"\x89PNG\r\n\x1a\n" + bytes(64)),
            "/huge": (200, "text/html", b"<p>" + b"x" * 200_000 + b"</p>"),
        }
        if self.path == "/slow":
            time.sleep(2)
        status, kind, body = routes.get(self.path, (200, "text/html", PAGE))
        self.send_response(status)
        if status == 301:
            self.send_header("Location", "/article")
        self.send_header("Content-Type", kind)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture
def server(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[str]:
    monkeypatch.setenv("READER_CACHE_DIR", str(tmp_path / "cache"))
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()


def test_a_url_opens_as_an_article(server: str) -> None:
    article = open_article(f"{server}/article")
    assert article.captions[0].credit == "Photograph: Jes Aznar/Getty Images"
    assert article.metadata["url"].endswith("/article")


def test_redirects_are_followed(server: str) -> None:
    assert fetch(f"{server}/moved", max_bytes=1 << 20).url.endswith("/article")


@pytest.mark.parametrize(
    ("path", "reason"),
    [("/missing", "the server answered 404 Not Found"), ("/photo.png", "is not a web page or text (image/png)")],
)
def test_http_errors_and_wrong_content_types_are_one_line(server: str, path: str, reason: str) -> None:
    with pytest.raises(LoadError) as error:
        fetch(f"{server}{path}", max_bytes=1 << 20)
    assert str(error.value) == f"{server}{path}: {reason}"


def test_timeout_and_size_limit(server: str) -> None:
    with pytest.raises(LoadError, match=r"no answer within 0\.5 s"):
        fetch(f"{server}/slow", max_bytes=1 << 20, timeout=0.5, use_cache=False)
    with pytest.raises(LoadError, match="larger than"):
        fetch(f"{server}/huge", max_bytes=100_000)


def test_unreachable_server_falls_back_to_the_saved_copy(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("READER_CACHE_DIR", str(tmp_path / "cache"))
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    url = f"http://127.0.0.1:{httpd.server_address[1]}/article"
    fetch(url, max_bytes=1 << 20)
    httpd.shutdown()
    httpd.server_close()
    offline = fetch(url, max_bytes=1 << 20, timeout=0.5)
    assert offline.from_cache and offline.data == PAGE


def test_a_page_served_again_is_fetched_again(server: str) -> None:
    fetch(f"{server}/article", max_bytes=1 << 20)
    assert fetch(f"{server}/article", max_bytes=1 << 20).from_cache is False
    with pytest.raises(LoadError, match="could not be reached"):
        fetch("http://127.0.0.1:9/nothing", max_bytes=1 << 20, timeout=0.5)
