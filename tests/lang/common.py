"""Shared by the language tests: a bilingual declaration, a product folder, and the CLI."""

from __future__ import annotations

import contextlib
import io
import json
from pathlib import Path
from typing import Any

from disclosurelint.cli import main

BILINGUAL = """\
disclosure: 1
id: maps
recipient:
  name:
    zh: 高德软件有限公司
    en: AutoNavi Software Co., Ltd.
  relationship: third_party
  contact: https://www.amap.com/contact
  country: CN
product:
  zh: 高德地图SDK
  en: Amap SDK
data:
  - item:
      zh: 手机号码
      en: phone number
  - item:
      zh: 设备型号
      en: device model
purpose:
  zh: 提供地图服务。
  en: Provide maps.
scenario:
  zh: 您打开地图。
  en: You open the map.
sharing_modes: [sdk_on_device]
privacy_policy:
  url: https://lbs.amap.com/pages/privacy/
processing_method: {zh: 显示用户周围的地图。, en: Shows the map around the user.}
consent_evidence:
  kind: separate
  how: A dialog of its own before the map first opens.
  where: Map consent dialog.
"""


def run(*args: str | Path) -> tuple[int, str, str]:
    """``disclosurelint ARGS``: the exit status, standard output and standard error."""
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stderr(err):
        code = main([str(arg) for arg in args], out, err)
    return code, out.getvalue(), err.getvalue()


def folder(tmp: Path, declarations: dict[str, str], languages: str | None = None) -> Path:
    """A product folder with these files (name -> text) and, when given, ``languages:``."""
    product = tmp / "product"
    product.mkdir()
    if languages is not None:
        (product / "_product.yaml").write_text(
            f"product: 1\nlanguages: {languages}\n", encoding="utf-8"
        )
    for name, text in declarations.items():
        (product / name).write_text(text, encoding="utf-8")
    return product


def check(path: Path, *extra: str) -> tuple[int, list[dict[str, Any]]]:
    """``check PATH -f json --isolated``: the exit status and the problems."""
    code, out, err = run("check", path, "-f", "json", "--isolated", *extra)
    assert code in (0, 1), err
    return code, json.loads(out)["problems"]


def found(problems: list[dict[str, Any]]) -> set[tuple[str, str]]:
    """``(code, json_path)`` of each problem."""
    return {(p["code"], p["json_path"]) for p in problems}
