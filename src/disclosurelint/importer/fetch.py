"""Download a published page, only when the user asks for it (``import URL --fetch``).

Only ``http`` and ``https``; every address the host name resolves to (and every redirect's)
must be a public one, so a page cannot make the importer reach the machine it runs on or the
local network (loopback, private, link-local, shared, reserved and multicast addresses are
refused); the download stops after ``timeout`` seconds and at ``max_bytes``; at most five
redirects. The text is decoded with the charset the server or the page names, else UTF-8.
"""

from __future__ import annotations

import ipaddress
import re
import socket
import urllib.error
import urllib.request
from dataclasses import dataclass
from typing import IO, Any
from urllib.parse import urlsplit

from disclosurelint.urls import unreadable

DEFAULT_TIMEOUT = 15.0
DEFAULT_MAX_BYTES = 5 * 1024 * 1024
MAX_REDIRECTS = 5


class FetchError(Exception):
    """The page could not be fetched; the message is one line and names the address."""


@dataclass(frozen=True)
class FetchedPage:
    url: str  # after redirects
    text: str
    content_type: str


def is_url(argument: str) -> bool:
    """True for an ``http://`` or ``https://`` address (what ``import`` fetches with --fetch)."""
    return bool(re.match(r"^https?://", argument, re.IGNORECASE))


def check_address(url: str, *, allow_private: bool = False) -> None:
    """Raise :class:`FetchError` unless ``url`` is http(s) and its host resolves only to public
    addresses (``allow_private`` lifts the address check, for tests against a local server)."""
    reason = unreadable(url)
    if reason:
        raise FetchError(f"{url}: not a valid address: {reason}")
    parts = urlsplit(url)
    if parts.scheme.lower() not in ("http", "https") or not parts.hostname:
        raise FetchError(f"{url}: only http:// and https:// addresses can be fetched")
    if parts.username or parts.password:
        raise FetchError(f"{url}: an address with credentials is not fetched")
    try:
        infos = socket.getaddrinfo(parts.hostname, parts.port or None, type=socket.SOCK_STREAM)
    except (socket.gaierror, UnicodeError) as exc:
        raise FetchError(f"{url}: cannot resolve {parts.hostname} ({exc})") from None
    if allow_private:
        return
    for info in infos:
        address = ipaddress.ip_address(str(info[4][0]).split("%", 1)[0])
        if not address.is_global or address.is_multicast:
            raise FetchError(
                f"{url}: {parts.hostname} is {address}, a private or local address; "
                "only public pages are fetched"
            )


class _Redirects(urllib.request.HTTPRedirectHandler):
    def __init__(self, allow_private: bool) -> None:
        self.allow_private = allow_private
        self.count = 0

    def redirect_request(  # noqa: PLR0917  (the signature urllib calls)
        self,
        req: urllib.request.Request,
        fp: IO[bytes],
        code: int,
        msg: str,
        headers: Any,
        newurl: str,
    ) -> urllib.request.Request | None:
        self.count += 1
        if self.count > MAX_REDIRECTS:
            raise FetchError(f"{req.full_url}: more than {MAX_REDIRECTS} redirects")
        check_address(newurl, allow_private=self.allow_private)
        return super().redirect_request(req, fp, code, msg, headers, newurl)


def _charset(content_type: str, head: bytes) -> str:
    declared = re.search(r"charset=[\"']?([\w.:-]+)", content_type, re.IGNORECASE)
    if declared:
        return declared.group(1)
    meta = re.search(rb"<meta[^>]+charset=[\"']?([\w.:-]+)", head, re.IGNORECASE)
    return meta.group(1).decode("ascii", "replace") if meta else "utf-8"


def fetch(
    url: str,
    *,
    timeout: float = DEFAULT_TIMEOUT,
    max_bytes: int = DEFAULT_MAX_BYTES,
    allow_private: bool = False,
) -> FetchedPage:
    """The page at ``url`` as text; raises :class:`FetchError` with a one-line message."""
    check_address(url, allow_private=allow_private)
    opener = urllib.request.build_opener(_Redirects(allow_private))
    request = urllib.request.Request(
        url, headers={"User-Agent": "disclosurelint-import", "Accept": "text/html,text/plain,*/*"}
    )
    try:
        with opener.open(request, timeout=timeout) as response:
            content_type = response.headers.get("Content-Type", "")
            body = response.read(max_bytes + 1)
            final = response.geturl()
    except FetchError:
        raise
    except urllib.error.HTTPError as exc:
        raise FetchError(f"{url}: the server answered {exc.code} {exc.reason}") from None
    except urllib.error.URLError as exc:
        reason = exc.reason
        if isinstance(reason, FetchError):
            raise reason from None
        raise FetchError(f"{url}: cannot fetch ({reason})") from None
    except TimeoutError:
        raise FetchError(f"{url}: no answer within {timeout:g} seconds") from None
    except OSError as exc:
        raise FetchError(f"{url}: cannot fetch ({exc})") from None
    if len(body) > max_bytes:
        raise FetchError(f"{url}: larger than {max_bytes} bytes; save the page and import the file")
    charset = _charset(content_type, body[:4096])
    try:
        text = body.decode(charset)
    except (LookupError, UnicodeDecodeError):
        raise FetchError(f"{url}: not text in {charset}") from None
    return FetchedPage(final, text.removeprefix("\ufeff"), content_type)
