"""What the positional arguments of a call mean when the file does not declare what it calls.

An app's consent screen may build its list of SDKs from constructor calls of a class kept in
another file::

    sdks.add(new SdkConsentInfo("adbox-lumen", "Lumen Ads", "https://lumen.example/privacy/"));

With no declaration to name the parameters, the arguments are read by what they hold, and only
in a call whose class names what it describes (an SDK, a vendor, a partner, a provider, a
processor, a third party): the one address is the entry's link, the one argument written as a
name (capitals, spaces or CJK, not an identifier such as ``adbox-lumen``) is the name, and any
other argument is left out.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

_DESCRIBES = re.compile(r"sdk|vendor|partner|provider|processor|third_?party", re.IGNORECASE)
_SDK = re.compile(r"sdk", re.IGNORECASE)
_ADDRESS = re.compile(r"^https?://\S+$")
# a key, an identifier or a resource name, not a name a person reads
_IDENTIFIER = re.compile(r"^[a-z0-9_.:/-]*$")
_MIN_ARGUMENTS = 2


def guessed_keys(call: str, values: Sequence[object]) -> list[str | None] | None:
    """The keys of the positional ``values`` of a call to ``call`` whose declaration is not at
    hand: ``url`` for the one address, ``name`` (``sdk name`` in a call describing an SDK) for
    the one name, None for the others; None when the call is not read so."""
    if not _DESCRIBES.search(call) or len(values) < _MIN_ARGUMENTS:
        return None
    if not all(isinstance(value, str) for value in values):
        return None
    texts = [str(value).strip() for value in values]
    addresses = [n for n, text in enumerate(texts) if _ADDRESS.match(text)]
    names = [
        n
        for n, text in enumerate(texts)
        if text and n not in addresses and not _IDENTIFIER.match(text) and len(text) <= 60
    ]
    if len(addresses) != 1 or len(names) != 1:
        return None
    keys: list[str | None] = [None] * len(texts)
    keys[addresses[0]] = "url"
    keys[names[0]] = "sdk name" if _SDK.search(call) else "name"
    return keys
