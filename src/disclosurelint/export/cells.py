"""Text that a spreadsheet program must show, never run.

A cell whose text starts with ``=``, ``+``, ``-`` or ``@`` is read as a formula by Excel,
LibreOffice Calc and Google Sheets (CSV or formula injection, OWASP); a leading tab or carriage
return hides such a character. Every value that comes from a declaration goes through
:func:`neutralise` before it reaches a cell: it is prefixed with an apostrophe, the mark the
programs themselves use for "this is text", and keeps every character it had.
"""

from __future__ import annotations

import re

TRIGGERS = ("=", "+", "-", "@", "\t", "\r")


def neutralise(text: str) -> str:
    """``text``, prefixed with ``'`` when a spreadsheet would read it as a formula.

    >>> neutralise("=HYPERLINK(\\"http://x\\")")
    '\\'=HYPERLINK("http://x")'
    >>> neutralise("Provide maps.")
    'Provide maps.'
    """
    return "'" + text if text.startswith(TRIGGERS) else text


_XML_ILLEGAL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def xml_safe(text: str) -> str:
    """``text`` with the characters XML 1.0 cannot hold (control characters other than tab
    and line breaks) written as visible escapes (``\\x07``), so that nothing is lost silently.

    >>> xml_safe("bell\\x07")
    'bell\\\\x07'
    """
    return _XML_ILLEGAL.sub(lambda m: f"\\x{ord(m.group()):02x}", text)
