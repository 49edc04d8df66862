"""Bullets that open with a recipient's name in bold, under a heading on third parties.

A policy written in Markdown or in an HTML string often gives its services as bullets whose
bold words are the name, then a dash or a colon and what the service does, the Markdown ones
wrapped over several indented lines::

    ## Third-party services

    The app shares what each needs with the services below.

    - **Northwind Maps** — sends your position to find nearby places. See
      <https://northwind.example/privacy>.

    <h2>第三方服務</h2>
    <ul>
      <li><b>Quill 金流</b>：付款處理。</li>
    </ul>

Each bullet of a run of such bullets is an entry when the heading or the lines right above the
run speak of third parties, services or processors: the bold words are the name (and the company
in an English list; a Chinese one names no company), a link in the bullet whose address or words
say privacy or policy is its policy. A bullet that says no data leaves the device or is sent to
the service names no recipient. Read only where a page gives no list at all.
"""

# ruff: noqa: RUF001, RUF002  (full-width punctuation of published Chinese text read on purpose)

from __future__ import annotations

import re

from disclosurelint.importer.names import LEGAL_ENTITY
from disclosurelint.importer.prose import named_entry
from disclosurelint.importer.records import ImportedEntry
from disclosurelint.importer.said_recipient import NO_DATA

CJK = re.compile(r"[\u3400-\u9fff]")
_AFTER_NAME = r"\s*(?:——|—|–|--|-|:|：)\s*(?P<rest>.*)$"
_BULLET = re.compile(
    r"^\s*(?:[-*+]\s+\*\*(?P<md>[^*]{2,60}?)\*\*"
    r"|<li\b[^>]*>\s*<(?:b|strong)>(?P<html>[^<]{2,60}?)</(?:b|strong)>)" + _AFTER_NAME
)
_WRAPPED = re.compile(r"^ {2,}\S")
_MD_BULLET = re.compile(r"^\s*[-*+]\s")
_LIST_TAG = re.compile(r"^\s*</?(?:ul|ol)\b[^>]*>\s*$", re.IGNORECASE)
_HEADING = re.compile(r"^\s*(?:#{1,6}\s|<h[1-6]\b|<Section\b)", re.IGNORECASE)
_ABOUT_RECIPIENTS = re.compile(
    r"third[-\s]part|sub-?processor|processors?\b|services?\b|providers?\b|vendors?\b"
    r"|第三方|服務|服务|供應商|供应商|合作",
    re.IGNORECASE,
)
# what a bullet's bold words are when they are no name: a label ending a sentence (not a
# company's "Inc.")
_NOT_A_NAME = re.compile(r"[.。:：]$")
_LINK = re.compile(r"<(?P<angle>https?://[^>\s]+)>|href=[\"'](?P<href>https?://[^\"']+)[\"']")
_POLICY = re.compile(r"privacy|policy|policies|legal|隐私|隱私", re.IGNORECASE)
_ABOVE = 4  # the lines above a run that may say what it lists


def named_bullets(text: str) -> list[ImportedEntry]:
    """An entry per bold-named bullet of the runs under a heading on third parties."""
    lines = _unwrapped(text.splitlines())
    entries: list[ImportedEntry] = []
    at = 0
    while at < len(lines):
        run = _run(lines, at)
        if not run:
            at += 1
            continue
        if _about_recipients(lines, at):
            entries += [entry for entry in (_entry(lines, index) for index in run) if entry]
        at = run[-1] + 1
    return entries


def _unwrapped(lines: list[str]) -> list[str]:
    """``lines`` with each Markdown bullet's indented continuation lines joined to it, a blank
    line left in their place so the lines keep their numbers."""
    out: list[str] = []
    bullet: int | None = None
    for line in lines:
        if bullet is not None and _WRAPPED.match(line) and not _MD_BULLET.match(line):
            out[bullet] = f"{out[bullet].rstrip()} {line.strip()}"
            out.append("")
            continue
        bullet = len(out) if _MD_BULLET.match(line) else None
        out.append(line)
    return out


def _run(lines: list[str], start: int) -> list[int]:
    """The bold-named bullets from ``start`` on, list tags and joined lines between them
    skipped; empty when one of them is not a name."""
    run: list[int] = []
    for at in range(start, len(lines)):
        bullet = _BULLET.match(lines[at])
        if bullet is not None:
            name = (bullet["md"] or bullet["html"]).strip()
            if _NOT_A_NAME.search(name) and not LEGAL_ENTITY.search(name):
                return []
            run.append(at)
        elif not run or not (lines[at] == "" or _LIST_TAG.match(lines[at])):
            break
    return run


def _about_recipients(lines: list[str], start: int) -> bool:
    """Whether the heading over ``start``, or a line right above it, speaks of recipients."""
    above = [line for line in lines[:start] if line.strip() and not _LIST_TAG.match(line)]
    heading = next((line for line in reversed(above) if _HEADING.match(line)), "")
    return any(_ABOUT_RECIPIENTS.search(line) for line in [heading, *above[-_ABOVE:]])


def _entry(lines: list[str], index: int) -> ImportedEntry | None:
    bullet = _BULLET.match(lines[index])
    if bullet is None or NO_DATA.search(bullet["rest"]):
        return None
    name = (bullet["md"] or bullet["html"]).strip()
    company = None if CJK.search(bullet["rest"]) else name
    policy = next(
        (
            url
            for link in _LINK.finditer(bullet["rest"])
            if _POLICY.search(url := link["angle"] or link["href"])
        ),
        None,
    )
    return named_entry(name, index + 1, company, policy)
