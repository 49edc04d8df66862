"""The section of a YAML data file that holds its list of recipients.

A site that renders its sub-processor page from one data file often keeps more than the list in
it: the site's own details, a change log, the documents it publishes::

    meta:
      name: Northwind
    subprocessors:
      - name: Acme Hosting GmbH
        purpose: Hosting
    documents:
      - name: Privacy Statement
        href: https://northwind.example/privacy

When a top-level key names the list (``subprocessors``, ``vendors``, ``third_parties``, ``sdks``)
only its section is read: the lines of the other top-level sections are blanked, their numbers
kept. A file without such a key (a bare sequence of recipients) is read whole.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

# a key at the start of its line: a top-level section of the file
_TOP_KEY = re.compile(r"^(?P<key>[A-Za-z_][\w-]*)\s*:")
# a key that names a list of recipients, its words run together ("third_parties", "subProcessors")
_RECIPIENTS_KEY = re.compile(
    r"(?:sub)?processors|vendors|thirdparties|thirdparty(?:services|sdks|vendors)"
    r"|sdks|sdklist|partners|recipients|serviceproviders"
)


def recipient_sections(lines: Sequence[str]) -> list[str]:
    """``lines`` with every top-level section but those whose key names the recipients
    blanked; ``lines`` as they are when no top-level key names them."""
    keys = [
        (index, match["key"]) for index, line in enumerate(lines) if (match := _TOP_KEY.match(line))
    ]
    if not any(_names_recipients(key) for _, key in keys):
        return list(lines)
    out = list(lines)
    bounds = [*[index for index, _ in keys], len(lines)]
    for (start, key), end in zip(keys, bounds[1:], strict=False):
        if not _names_recipients(key):
            out[start:end] = [""] * (end - start)
    return out


def _names_recipients(key: str) -> bool:
    return bool(_RECIPIENTS_KEY.fullmatch(re.sub(r"[_\W]+", "", key).casefold()))
