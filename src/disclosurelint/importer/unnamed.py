"""Rows and sections of a list that name no one who receives the data.

A subprocessor table keeps a row for a role it has not filled (``None yet``, ``N/A``), for the
customer's own service (``Your connected mailbox``), or a section for the publisher's own
service (``First-party telemetry service``): none of them is a third party, and none is an
entry.
"""

from __future__ import annotations

import re

from disclosurelint.importer.records import ImportedEntry

_NO_ONE = re.compile(
    r"^(?:none(?:\s+yet)?|n/?a|not\s+applicable|tbd|to\s+be\s+(?:decided|confirmed)"
    r"|your\s+(?:own|connected)\s.+|first[-\u2010\u2011 ]party\s.+|our\s+own\s.+)\W*$",
    re.IGNORECASE,
)


def names_no_one(entry: ImportedEntry) -> bool:
    """Whether an entry's name (its recipient, else its product or heading) is no third party
    and it gives no policy."""
    name = entry.fields.get("company") or entry.fields.get("product") or entry.title or ""
    return bool(_NO_ONE.match(name.strip())) and not entry.links.get("policy")
