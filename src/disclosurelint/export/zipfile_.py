"""Office files (XLSX, DOCX) with the same bytes for the same inputs and date.

Both are zip archives whose entries carry the time they were written, and whose
``docProps/core.xml`` records when the document was created and modified. Both are set to the
export's date, so that ``--date`` makes the output reproducible, as the report is.
"""

from __future__ import annotations

import io
import re
import zipfile

_STAMP = re.compile(rb"(<dcterms:(?:created|modified)[^>]*>)[^<]*(</dcterms:)")


def reproducible(archive: bytes, date: str) -> bytes:
    """``archive`` rewritten with every entry dated ``date`` (``YYYY-MM-DD``) at midnight."""
    year, month, day = (int(part) for part in date.split("-"))
    stamp = f"{date}T00:00:00Z".encode()
    out = io.BytesIO()
    with (
        zipfile.ZipFile(io.BytesIO(archive)) as source,
        zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target,
    ):
        for entry in source.infolist():
            content = source.read(entry.filename)
            if entry.filename == "docProps/core.xml":
                content = _STAMP.sub(rb"\g<1>" + stamp + rb"\g<2>", content)
            info = zipfile.ZipInfo(entry.filename, date_time=(year, month, day, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o600 << 16
            target.writestr(info, content)
    return out.getvalue()
