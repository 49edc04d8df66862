"""Services named by a Markdown text's reference-style links.

A short policy in Markdown may name its services in prose bullets and give their addresses as
reference definitions at the end, the link's words being the service or its privacy policy::

    - This site is hosted on Harbor, a compliant host. Refer to the [privacy policy of harbor][].
    - We use [Beacon] to track errors.

    [beacon]: https://beacon.example
    [privacy policy of harbor]: https://harbor.example/privacy

Each service a definition names (``[Name]`` or ``[privacy policy of Name]``, ``[Name privacy
policy]``) and a bullet mentions is a recipient, written as the bullet writes it; a definition
of its privacy policy gives its policy link. A name the bullet gives an article or "our"
("see the [changelog]") is a thing of the page, not a service. At least :data:`MIN_SERVICES`
are needed.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

MIN_SERVICES = 2
_DEFINITION = re.compile(r"^ {0,3}\[(?P<label>[^\]]{1,60})\]:\s*<?(?P<url>https?://[^\s>]+)>?\s*$")
_POLICY = r"privacy (?:policy|notice|statement)"
_POLICY_OF = re.compile(
    rf"^(?:the\s+)?{_POLICY}\s+(?:of|for|from)\s+(?P<after>.+)$|^(?P<before>.+?)(?:'s)?\s+{_POLICY}$",
    re.IGNORECASE,
)
_BULLET = re.compile(r"^\s*[-*+]\s+\S")
_MAX_NAME_WORDS = 4
# "the [changelog]", "our docs": a thing, not a service's name
_ARTICLE = re.compile(r"\b(?:the|a|an|our|this)\s+\[?$", re.IGNORECASE)


@dataclass(frozen=True)
class Service:
    """A service a bullet names: the 0-based line of its first mention, its name as the bullet
    writes it and its privacy policy's address, if a definition gives it."""

    index: int
    name: str
    policy: str | None


def _bullet_lines(lines: Sequence[str]) -> list[tuple[int, str]]:
    """Each bullet with the indented lines that carry it on, at the bullet's first line."""
    bullets: list[tuple[int, str]] = []
    last = -2
    for index, line in enumerate(lines):
        if _BULLET.match(line):
            bullets.append((index, line))
            last = index
        elif bullets and last == index - 1 and line.strip() and line[:1].isspace():
            bullets[-1] = (bullets[-1][0], bullets[-1][1] + " " + line.strip())
            last = index
    return bullets


def _mention(key: str, text: str) -> str | None:
    """``key`` as ``text`` writes it where it is a name, not given an article or "our"."""
    for mention in re.finditer(rf"(?<!\w){re.escape(key)}(?!\w)", text, re.IGNORECASE):
        if not _ARTICLE.search(text[: mention.start()]):
            return mention.group()
    return None


def referenced_services(lines: Sequence[str]) -> list[Service]:
    """The services the reference definitions on ``lines`` name and a bullet mentions, in
    the order of their first mention; empty when fewer than :data:`MIN_SERVICES`."""
    policies: dict[str, str | None] = {}
    for line in lines:
        definition = _DEFINITION.match(line)
        if definition is None:
            continue
        label = definition["label"].strip()
        of = _POLICY_OF.match(label)
        name = (of["after"] or of["before"]).strip() if of else label
        if 0 < len(name.split()) <= _MAX_NAME_WORDS and not re.search(_POLICY, name, re.I):
            key = name.casefold()
            policies[key] = policies.get(key) or (definition["url"] if of else None)
    found: dict[str, Service] = {}
    for index, text in _bullet_lines(lines):
        for key, policy in policies.items():
            mention = _mention(key, text)
            if mention is not None and key not in found:
                found[key] = Service(index, mention, policy)
    services = sorted(found.values(), key=lambda service: service.index)
    return services if len(services) >= MIN_SERVICES else []
