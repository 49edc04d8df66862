"""``import URL --fetch``: off by default, public addresses only, a timeout and a size cap.

The download itself is tested against a local server, which only the function's
``allow_private`` switch (not reachable from the command line) lets through.
"""

from __future__ import annotations

import http.server
import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from disclosurelint.cli import main
from disclosurelint.importer import fetch as fetching
from disclosurelint.importer.fetch import FetchError, check_address, fetch

PAGE = (
    "<html><head><meta charset='utf-8'></head><body><table>"
    "<tr><th>Vendor</th><th>Purpose</th></tr><tr><td>Alpha</td><td>Hosting</td></tr>"
    "</table></body></html>"
)


class _Handler(http.server.BaseHTTPRequestHandler):
    def do_GET(self) -> None:
        if self.path == "/slow":
            time.sleep(1.5)
        body = (PAGE if self.path != "/big" else "x" * 5000).encode("utf-8")
        if self.path == "/moved":
            self.send_response(302)
            self.send_header("Location", "http://10.1.2.3/list")
            self.end_headers()
            return
        self.send_response(200)
        self.send_header("Content-Type", "text/html")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args: Any) -> None:
        pass


class _Server(http.server.ThreadingHTTPServer):
    block_on_close = True  # server_close waits for the slow handler

    def handle_error(self, request: Any, client_address: Any) -> None:
        pass  # the client gave up on /slow: its broken pipe is expected


@pytest.fixture
def server() -> Iterator[str]:
    httpd = _Server(("127.0.0.1", 0), _Handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{httpd.server_address[1]}"
    finally:
        httpd.shutdown()
        httpd.server_close()


def run(*args: str) -> tuple[int, str, str]:
    import contextlib
    import io

    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stderr(err):
        code = main(list(args), out, err)
    return code, out.getvalue(), err.getvalue()


def test_a_url_is_not_downloaded_without_fetch(tmp_path: Path) -> None:
    code, _, err = run("import", "https://example.com/list.html", "-o", str(tmp_path))
    assert code == 2
    assert "https://example.com/list.html: an address is downloaded only with --fetch" in err
    assert not list(tmp_path.iterdir())


def test_a_local_address_is_refused_even_with_fetch(server: str, tmp_path: Path) -> None:
    code, _, err = run("import", f"{server}/list", "--fetch", "-o", str(tmp_path / "out"))
    assert code == 2
    assert "127.0.0.1, a private or local address; only public pages are fetched" in err
    assert "Traceback" not in err


@pytest.mark.parametrize(
    ("address", "allowed"),
    [
        ("93.184.216.34", True),
        ("10.0.0.8", False),
        ("192.168.1.1", False),
        ("169.254.169.254", False),  # cloud metadata
        ("100.64.0.1", False),  # shared address space
        ("::1", False),
        ("fd00::1", False),
        ("2606:2800:220:1:248:1893:25c8:1946", True),
    ],
)
def test_only_public_addresses_pass(
    address: str, allowed: bool, monkeypatch: pytest.MonkeyPatch
) -> None:
    family = socket.AF_INET6 if ":" in address else socket.AF_INET

    def resolve(*_: Any, **__: Any) -> list[Any]:
        return [(family, socket.SOCK_STREAM, 6, "", (address, 443))]

    monkeypatch.setattr(socket, "getaddrinfo", resolve)
    if allowed:
        check_address("https://list.example/sdk")
    else:
        with pytest.raises(FetchError, match="private or local address"):
            check_address("https://list.example/sdk")


@pytest.mark.parametrize(
    "url", ["ftp://list.example/x", "file:///etc/passwd", "https://user:pw@list.example/"]
)
def test_other_schemes_and_credentials_are_refused(url: str) -> None:
    with pytest.raises(FetchError):
        check_address(url)


def test_a_page_is_fetched_and_decoded(server: str) -> None:
    page = fetch(f"{server}/list", allow_private=True)
    assert page.text == PAGE
    assert page.url.endswith("/list")


def test_the_size_cap_and_the_timeout_stop_a_download(server: str) -> None:
    with pytest.raises(FetchError, match=r"larger than 1000 bytes"):
        fetch(f"{server}/big", max_bytes=1000, allow_private=True)
    with pytest.raises(FetchError, match=r"no answer within 0\.5 seconds|timed out"):
        fetch(f"{server}/slow", timeout=0.5, allow_private=True)


def test_a_redirect_to_a_private_address_is_refused(
    server: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    real = fetching.check_address
    calls: list[str] = []

    def first_hop_only(url: str, *, allow_private: bool = False) -> None:
        calls.append(url)
        real(url, allow_private=len(calls) == 1)  # the local test server passes, nothing else

    monkeypatch.setattr(fetching, "check_address", first_hop_only)
    with pytest.raises(FetchError, match=r"10\.1\.2\.3"):
        fetch(f"{server}/moved")
    assert calls == [f"{server}/moved", "http://10.1.2.3/list"]
