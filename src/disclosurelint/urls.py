"""What makes a web address or a contact usable, decided without ever raising.

``urllib.parse`` raises ``ValueError`` on some text (``http://[::1``, ``https://[::g]/``, a host
with full-width punctuation that NFKC changes); everything here answers instead. A link a person
is asked to follow must not hide anything: no control or invisible characters (NUL, zero-width
space, bidirectional marks), no quotes or angle brackets, and no host whose letters mix scripts
(``paypal.com`` whose first ``a`` is Cyrillic, U+0430) the way look-alike domains do.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from urllib.parse import SplitResult, urlsplit

# RFC 3986 never allows these in a URI, and a link that holds them hides or breaks something.
_FORBIDDEN = frozenset('"<>\\^`{|}')
# Scripts that share one label in real host names (UTS #39 "highly restrictive" combinations).
_TOGETHER = (
    frozenset({"LATIN", "CJK", "HIRAGANA", "KATAKANA"}),
    frozenset({"LATIN", "CJK", "HANGUL"}),
    frozenset({"LATIN", "CJK", "BOPOMOFO"}),
)
_SCRIPT_WORDS = {"CJK": "Han", "LATIN": "Latin", "CYRILLIC": "Cyrillic", "GREEK": "Greek"}
_SCHEME = re.compile(r"([A-Za-z][A-Za-z0-9+.-]*):")
CONTACT_SCHEMES = frozenset({"http", "https", "mailto", "tel"})
# In ASCII, what hidden_character() flags: controls, spaces and the forbidden characters (an
# ASCII text without any of them needs no look-up of each character's Unicode category).
_ASCII_HIDDEN = re.compile(r'[\x00-\x20\x7f"<>\\^`{|}]')
_ASCII_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
# What ends an address in running text (a regex character class body): a space, a bracket or
# quote, and any CJK, full-width or typographic punctuation ("详见https://a.cn" then a full-width
# colon); urllib refuses such characters in a host.
URL_STOP = r"\s<>\"'`()\[\]{}\u2018-\u201f\u2026\u3000-\u303f\ufe10-\ufe6f\uff00-\uffef"
# The plainest web address, the shape nearly every declaration uses: http or https, a host of
# ASCII letters, digits, dots and hyphens (no user, port or brackets), then only characters
# RFC 3986 allows unescaped. urllib reads such text without a question and nothing in it is
# hidden, so the checks below answer it without urllib or a look at each character.
_PLAIN_WEB = re.compile(
    r"(https?)://([A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*)([/?#][A-Za-z0-9._~!$&'()*+,;=:@%/?#-]*)?\Z"
)


def split(url: str) -> SplitResult | None:
    """``urlsplit(url)`` with its port and host checked; None where urllib rejects the text."""
    plain = _PLAIN_WEB.match(url)
    if plain is not None:
        # what urlsplit gives for this shape: the fragment after the first "#", the query
        # after the first "?" before it
        rest, _, fragment = (plain.group(3) or "").partition("#")
        path, _, query = rest.partition("?")
        return SplitResult(plain.group(1), plain.group(2), path, query, fragment)
    return None if unreadable(url) else urlsplit(url)


# The schema's format checks and the rules ask about the same links of a file one after the
# other; urllib parses the host and port again on every question.
@lru_cache(maxsize=1024)
def unreadable(url: str) -> str | None:
    """Why urllib rejects ``url`` (its host or port), in words; None when it reads it."""
    try:
        parts = urlsplit(url)
        _ = parts.port, parts.hostname
    except ValueError as exc:
        netloc = url.partition("//")[2]
        for char in netloc:
            if any(c in "/?#@:" for c in unicodedata.normalize("NFKC", char)) and ord(char) > 127:
                return f"its host holds {describe(char)}, punctuation that ends the address"
        return f"its host or port cannot be read ({exc})"
    return None


def describe(char: str) -> str:
    """A character as a reader can identify it: its repr, code point and Unicode name."""
    name = unicodedata.name(char, "")
    code = f"U+{ord(char):04X}" + (f" {name}" if name else "")
    visible = not (char.isspace() or unicodedata.category(char).startswith("C"))
    return f"{char!r} ({code})" if visible else code


def hidden_character(text: str) -> str | None:
    """The first character that does not belong in a link, described, or None: a space, a
    control or invisible character (NUL, U+200B ZERO WIDTH SPACE), a quote or angle bracket."""
    if text.isascii() and _ASCII_HIDDEN.search(text) is None:
        return None
    for char in text:
        category = unicodedata.category(char)
        if char.isspace() or category in ("Cc", "Cf", "Cs", "Co", "Cn"):
            return f"{describe(char)}, an invisible or control character"
        if char in _FORBIDDEN:
            return f"{describe(char)}, which URLs do not allow"
    return None


def _script(char: str) -> str | None:
    if not char.isalpha():
        return None
    name = unicodedata.name(char, "")
    return name.split(" ", 1)[0] if name else None


def mixed_script(host: str) -> str | None:
    """The first label of ``host`` whose letters mix scripts that look alike, or None."""
    if host.isascii():
        return None  # Latin letters only
    for label in host.split("."):
        scripts = {s for s in map(_script, label) if s is not None}
        if len(scripts) > 1 and not any(scripts <= allowed for allowed in _TOGETHER):
            words = sorted(_SCRIPT_WORDS.get(s, s.title()) for s in scripts)
            return f"{label} ({' and '.join(words)} letters)"
    return None


def is_uri(value: object) -> bool:
    """The ``uri`` format: an absolute URL urllib accepts, with nothing hidden in it."""
    if not isinstance(value, str):
        return True
    if _PLAIN_WEB.match(value) is not None:
        return True
    parts = split(value)
    return (
        parts is not None
        and bool(parts.scheme)
        and bool(parts.netloc or parts.path)
        and hidden_character(value) is None
    )


def is_contact(value: object) -> bool:
    """The ``contact`` format: an e-mail or postal address, a phone number, or a web address.

    Text that starts like a URL (``scheme:``) must be an ``http``, ``https``, ``mailto`` or
    ``tel`` address a person can use: never ``javascript:`` or ``data:``. Control and invisible
    characters are refused everywhere.
    """
    if not isinstance(value, str):
        return True
    text = value.strip()
    if _PLAIN_WEB.match(text) is not None:
        return True
    if text.isascii():
        if _ASCII_CONTROL.search(text):
            return False
    elif any(unicodedata.category(c) in ("Cc", "Cf") and c not in "\t\n\r" for c in text):
        return False
    scheme = _SCHEME.match(text)
    if scheme is None or text[scheme.end() : scheme.end() + 1] in (" ", ""):
        return True  # words ("Email: privacy@..."), an e-mail or postal address, a phone number
    name = scheme.group(1).lower()
    if name not in CONTACT_SCHEMES:
        return False
    if name in ("mailto", "tel"):
        return hidden_character(text) is None
    parts = split(text)
    host = parts.hostname if parts is not None else None
    return bool(host) and hidden_character(text) is None and mixed_script(host or "") is None
