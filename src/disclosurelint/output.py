"""Writing what a command produced to the file the user named: one place, one kind of error.

Every command that writes a file (``check -o`` and ``-f FORMAT:FILE``, ``baseline``, ``diff``,
``render``, ``report``, ``export``) goes through :func:`write_text`, :func:`write_bytes` or
:func:`writing` (text written piece by piece, as it is made), so a folder that does not exist, a
folder given as a file, a file that cannot be written (``/proc/version``), a name that is too
long or holds a NUL all end the same way: one line naming the file and the reason, exit 2.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TextIO

from disclosurelint.errors import UsageError
from disclosurelint.printable import shown_path


def cannot_write(path: str | Path, reason: object) -> UsageError:
    return UsageError(f"{shown_path(path)}: cannot write ({reason})")


def write_text(path: str | Path, text: str) -> None:
    """Write ``text`` as UTF-8 with ``\\n`` line ends; :class:`UsageError` when that fails."""
    write_bytes(path, text.encode("utf-8"))


def write_bytes(path: str | Path, content: bytes) -> None:
    """Write ``content`` (a binary format, or encoded text); :class:`UsageError` when that fails."""
    try:
        Path(path).write_bytes(content)
    except OSError as exc:
        raise cannot_write(path, exc.strerror or exc) from None
    except ValueError as exc:  # a NUL in the name
        raise cannot_write(path, exc) from None


@contextmanager
def writing(path: str | Path) -> Iterator[TextIO]:
    """``path`` open to write text into, piece by piece, as UTF-8 with ``\\n`` line ends; a
    :class:`UsageError` when it cannot be opened or written."""
    try:
        with Path(path).open("w", encoding="utf-8", newline="") as handle:
            yield handle
    except OSError as exc:
        raise cannot_write(path, exc.strerror or exc) from None
    except ValueError as exc:  # a NUL in the name
        raise cannot_write(path, exc) from None
