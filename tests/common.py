"""Shared test helpers: a complete declaration, the one-line rule check, and an import."""

from __future__ import annotations

import contextlib
import io
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import yaml

from disclosurelint.api import check_text
from disclosurelint.config import Settings
from disclosurelint.rules import expand

BASE = """\
disclosure: 1
id: camcard
recipient:
  name: Shanghai Hehe Information Technology Co., Ltd.
  relationship: third_party
  contact: https://www.camcard.com/contact
product: BCamCard/WeChat Mini Program
data:
  - item: name
  - item: telephone number
purpose: Provide the cloud business card service.
scenario: You share your cloud business card on WeLink to WeChat.
sharing_modes: [backend_api]
privacy_policy:
  url: https://cc-dl.camcard.com/download/PP_CamCard_zh-cn_Android.html
processing_method: Stores the card and shows it to the people the user shares it with.
consent_evidence: {kind: separate, how: A share dialog of its own., where: Share dialog.}
"""


# The PIPL Art. 23 elements BASE gives last (separate-consent evidence, processing method):
# merged() keeps them after the fragment, so that a fragment's line numbers do not depend on them.
TAIL_KEYS = ("processing_method", "consent_evidence")


def merged(fragment: str, base: str = BASE) -> str:
    """``base`` with the top-level keys of ``fragment`` replaced or added (in base's order).

    Keys are replaced textually, so the fragment's own formatting (and its problems) survive.
    Base keys of ``TAIL_KEYS`` that the fragment does not replace come after the fragment.
    """
    keys = [k for k in (yaml.load(fragment, Loader=yaml.BaseLoader) or {}) if isinstance(k, str)]
    kept: list[str] = []
    tail: list[str] = []
    skipping = False
    into = kept
    for line in base.splitlines():
        top = line and not line[0].isspace() and not line.startswith(("-", "#"))
        if top:
            key = line.split(":", 1)[0]
            skipping = key in keys
            into = tail if key in TAIL_KEYS else kept
        if not skipping:
            into.append(line)
    return "\n".join([*kept, fragment.rstrip("\n"), *tail]) + "\n"


def problems(
    text: str, select: Iterable[str] | None = None, **settings: object
) -> list[tuple[int, int, str]]:
    """Check ``text`` and return ``(line, column, code)`` for each problem."""
    chosen = expand(select) if select is not None else None
    result = check_text(text, "test.yaml", Settings(select=chosen, **settings))  # type: ignore[arg-type]
    return [(p.line, p.column, p.code) for p in result.problems]


def codes(text: str, **settings: object) -> list[str]:
    return [code for _, _, code in problems(text, **settings)]  # type: ignore[arg-type]


def imported(tmp_path: Path, name: str, text: str) -> list[dict[str, Any]]:
    """``disclosurelint import NAME -o out --product app`` on ``text`` saved as ``NAME``: the
    declarations written, in the page's order."""
    from disclosurelint.cli import main

    page = tmp_path / name
    page.write_text(text, "utf-8")
    err = io.StringIO()
    with contextlib.redirect_stderr(err):
        code = main(["import", str(page), "-o", str(tmp_path / "out"), "--product", "app"])
    assert code == 0, err.getvalue()
    folder = tmp_path / "out" / "app"
    order = yaml.safe_load((folder / "_product.yaml").read_text("utf-8"))["order"]
    return [yaml.safe_load((folder / f"{key}.yaml").read_text("utf-8")) for key in order]


def recipients(declarations: list[dict[str, Any]]) -> list[tuple[str | None, str | None, str]]:
    """(product, recipient name, policy URL) of each declaration."""
    return [
        (
            d.get("product"),
            d["recipient"].get("name"),
            (d.get("privacy_policy") or {}).get("url", ""),
        )
        for d in declarations
    ]
