"""Records lawyers keep, exported from the declarations.

* :mod:`.ropa`: the record of processing activities of GDPR Art. 30(1), one row per recipient
  and purpose, written as CSV (:mod:`.csvfile`) or XLSX (:mod:`.xlsx`);
* :mod:`.pipia`: the personal information protection impact assessment of PIPL Arts. 55-56, one
  section per entry that needs one, written as Markdown (:mod:`.markdown`) or DOCX (:mod:`.docx`).

Both are built from the same :class:`~disclosurelint.report.model.Report` that ``disclosurelint
report`` files, so an export and the report never disagree about a declaration, its problems
or its waivers. The writers only lay the records out; every value a declaration gives stays
text (:mod:`.cells` neutralises what a spreadsheet would run as a formula).
"""

from __future__ import annotations

FORMATS: tuple[str, ...] = ("ropa-csv", "ropa-xlsx", "pipia-md", "pipia-docx")
BINARY: frozenset[str] = frozenset({"ropa-xlsx", "pipia-docx"})
