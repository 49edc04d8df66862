"""A git repository of declarations, edits to it, and ``disclosurelint diff`` run against it."""

from __future__ import annotations

import copy
import io
import json
from pathlib import Path
from typing import Any

import yaml

from disclosurelint.cli import main
from tests.gates import gitrepo

URL = "https://cc-dl.camcard.com/download/PP_CamCard_zh-cn_Android.html"


def partner(ident: str = "camcard", **fields: Any) -> dict[str, Any]:
    """A complete declaration as data; ``fields`` replace top-level keys (None removes one)."""
    data: dict[str, Any] = {
        "disclosure": 1,
        "id": ident,
        "recipient": {
            "name": "Shanghai Hehe Information Technology Co., Ltd.",
            "relationship": "third_party",
            "contact": "https://www.camcard.com/contact",
        },
        "product": "BCamCard/WeChat Mini Program",
        "data": [{"item": "name"}, {"item": "telephone number"}],
        "purpose": "Provide the cloud business card service.",
        "scenario": "You share your cloud business card on WeLink to WeChat.",
        "sharing_modes": ["backend_api"],
        "privacy_policy": {"url": URL},
        "review": {"owner": "Legal", "last_reviewed": "2026-01-15"},
    }
    for key, value in fields.items():
        if value is None:
            data.pop(key, None)
        else:
            data[key] = value
    return data


def dump(data: dict[str, Any]) -> str:
    return yaml.safe_dump(data, sort_keys=False, allow_unicode=True, width=1000)


class Repo:
    """A repository in ``root`` (the working folder during the test)."""

    def __init__(self, root: Path) -> None:
        self.root = root

    def write(self, rel: str, data: dict[str, Any] | str) -> Path:
        path = self.root / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(data if isinstance(data, str) else dump(data), encoding="utf-8")
        return path

    def read(self, rel: str) -> dict[str, Any]:
        loaded = yaml.safe_load((self.root / rel).read_text("utf-8"))
        assert isinstance(loaded, dict)
        return loaded

    def edit(self, rel: str, **fields: Any) -> None:
        """Replace top-level keys of the declaration at ``rel`` (None removes one)."""
        data = copy.deepcopy(self.read(rel))
        for key, value in fields.items():
            if value is None:
                data.pop(key, None)
            else:
                data[key] = value
        self.write(rel, data)

    def git(self, *args: str) -> str:
        return gitrepo.git(self.root, *args).stdout

    def commit(self, message: str = "change") -> str:
        return gitrepo.commit_all(self.root, message)


CAMCARD = "declarations/welink/camcard.yaml"
CALENDAR = "declarations/welink/calendar.yaml"


def run(*args: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = main(["diff", *args], out=out, err=err)
    return code, out.getvalue(), err.getvalue()


def changes(*args: str) -> list[dict[str, Any]]:
    """The changes of ``diff ARGS`` as JSON records."""
    code, out, err = run(*args, "-f", "json")
    assert code == 0, err
    found: list[dict[str, Any]] = json.loads(out)["changes"]
    return found


def summary(*args: str) -> list[tuple[str, str, str, str]]:
    """(partner, kind, field, class) of every change of ``diff ARGS``."""
    return [(c["partner"], c["kind"], c["field"], c["class"]) for c in changes(*args)]
