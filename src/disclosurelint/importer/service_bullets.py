"""A policy summary's service bullets: the services named above what each collects.

A generated privacy policy may sum itself up as bullets, a purpose over the services used for
it, each service bullet followed by a bullet of what it collects::

    • Advertising
      • Brightads and Pixelnet Exchange
      • Personal Data: Cookies and Usage Data
    • Analytics
      • Tallyho Analytics
      • Personal Data: Usage Data

A bullet is a service bullet when the next one opens with ``Personal Data:`` or
``Permissions:``; it may join several services with commas and "and", each its own recipient.
A bullet that repeats the purpose above it, or whose parts are not all capitalised as names are
("Inviting and suggesting friends"), is a feature of the app itself, not a service. A company
whose own policy the page pastes below (its legal name as a bullet, then a bullet titling its
privacy policy) is a recipient too.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from disclosurelint.importer.named_items import NamedItem
from disclosurelint.importer.names import LEGAL_ENTITY

_BULLET = re.compile(r"^(?P<indent>\s*)[•◦▪·*-]\s+(?P<text>\S.*?)\s*$")
# what the service collects: the bullet under a service bullet
_COLLECTS = re.compile(r"^(?:personal data|permissions|data collected)\s*:", re.IGNORECASE)
_JOINS = re.compile(r",\s*(?:and\s+)?|\s+and\s+")
MIN_SERVICES = 2


def _services(text: str) -> list[str] | None:
    parts = [part.strip() for part in _JOINS.split(text) if part.strip()]
    return parts if all(part[0].isupper() or part[0].isdigit() for part in parts) else None


def service_bullets(lines: Sequence[str], start: int) -> list[NamedItem]:
    """One item per service named by the summary's service bullets on ``lines`` (from
    ``start``), the bullet of what it collects kept as the rest; empty when fewer than
    :data:`MIN_SERVICES` are named. A bullet as deep as a service bullet that ends its group
    with nothing said of what it collects is a service too."""
    bullets = [
        (index, match["indent"], match["text"])
        for index in range(start, len(lines))
        if (match := _BULLET.match(lines[index])) is not None
    ]
    followed = {
        at: bullets[at + 1][2]
        for at in range(len(bullets) - 1)
        if _COLLECTS.match(bullets[at + 1][2]) and not _COLLECTS.match(bullets[at][2])
    }
    depths = {bullets[at][1] for at in followed}
    found: list[NamedItem] = []
    for at, (index, indent, text) in enumerate(bullets):
        if indent not in depths or _COLLECTS.match(text):
            continue
        if at and bullets[at - 1][2].casefold() == text.casefold():
            continue  # the purpose repeated: the app's own feature
        found += [NamedItem(index, name, followed.get(at, "")) for name in _services(text) or ()]
    if len(followed) < MIN_SERVICES:
        return []
    return found + _pasted_policies(bullets, {item.index for item in found})


def _pasted_policies(bullets: Sequence[tuple[int, str, str]], read: set[int]) -> list[NamedItem]:
    """The companies whose own policy the page pastes below its summary: a bullet that is a
    company's legal name followed by one that titles that company's privacy policy
    ("ironSource Mobile Ltd.", then "ironSource Mobile Ltd. Privacy Policy")."""
    found: list[NamedItem] = []
    for at in range(len(bullets) - 1):
        index, _, text = bullets[at]
        name = text.rstrip(" .")
        following = bullets[at + 1][2]
        if (
            index not in read
            and LEGAL_ENTITY.search(name)
            and following.casefold().startswith(name.casefold())
            and _POLICY_TITLE.search(following[len(name) :])
        ):
            found.append(NamedItem(index, text.strip(), ""))
    return found


_POLICY_TITLE = re.compile(r"^\.?\s*privacy (?:policy|notice|statement)\s*$", re.IGNORECASE)
