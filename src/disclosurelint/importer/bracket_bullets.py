"""Bullets that name a service, then what it does in brackets, under a section on third parties.

A page written as sections of plain text (a template literal shown with its line breaks, a
string of an app screen) may list its services as bullet lines, the name first and what the
service does for the app in brackets::

    4. 第三方服務
    本服務使用以下第三方服務，各自有其隱私權政策：

    • Northwind（資料庫與登入）
    • 星河金流（付款處理）

Each bullet of a run of two or more is an entry when the heading or the line right above the
run speaks of third parties: the words before the bracket are the name, the bracket its purpose.
A Chinese list names no company; an English one gives the name as the company too. Bullets
under any other heading (the data collected, the reader's rights) are not recipients.
"""

# ruff: noqa: RUF001, RUF002  (full-width punctuation of published Chinese text read on purpose)

from __future__ import annotations

import re
from dataclasses import replace

from disclosurelint.importer.prose import named_entry
from disclosurelint.importer.records import ImportedEntry

_BULLET = re.compile(
    r"^\s*[•・◦▪]\s*(?P<name>[^\s（(：:，,。][^（(：:，,。]{0,38}?)\s*[（(](?P<what>[^）)]+)[）)]\s*$"
)
_THIRD_PARTY = re.compile(r"第三方|third[-\s]part", re.IGNORECASE)
_CJK = re.compile(r"[\u3400-\u9fff]")
_MIN_RUN = 2
_ABOVE = 2  # non-blank lines above a run: the intro sentence and the section's heading


def bracket_bullets(text: str) -> list[ImportedEntry]:
    """An entry per bracketed service bullet of the runs under a section on third parties."""
    lines = text.splitlines()
    entries: list[ImportedEntry] = []
    at = 0
    while at < len(lines):
        run = _run(lines, at)
        if len(run) >= _MIN_RUN and _about_third_parties(lines, at):
            entries += [_entry(_BULLET.match(lines[index]), index + 1) for index in run]
        at = run[-1] + 1 if run else at + 1
    return entries


def _run(lines: list[str], start: int) -> list[int]:
    run: list[int] = []
    for at in range(start, len(lines)):
        if _BULLET.match(lines[at]):
            run.append(at)
        elif run or lines[at].strip():
            break
    return run


def _about_third_parties(lines: list[str], start: int) -> bool:
    above = [line for line in lines[:start] if line.strip()][-_ABOVE:]
    return any(_THIRD_PARTY.search(line) for line in above)


def _entry(bullet: re.Match[str] | None, number: int) -> ImportedEntry:
    name = bullet["name"].strip() if bullet else ""
    what = bullet["what"].strip() if bullet else ""
    entry = named_entry(name, number, None if _CJK.search(what + name) else name, None)
    fields = {**entry.fields, "purpose": what}
    return replace(entry, fields=fields, field_lines=dict.fromkeys(fields, number))
