"""The modules mypyc compiles at install run as compiled where they were built, and give what
their pure-Python source gives.

With ``DISCLOSURELINT_REQUIRE_COMPILED=1`` (``.ci/run`` sets it) a module not built fails the
run. The YAML reader and the schema check have differential tests of their own
(``test_simple_yaml.py``, ``test_fast_schema.py``); the text fields' functions are compared here.
"""

from __future__ import annotations

import importlib.util
import os
import random
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest
import yaml

from disclosurelint import localized
from disclosurelint.compiled import MODULES, compiled
from tests.test_simple_yaml import generated

ROOT = Path(__file__).resolve().parent.parent


@pytest.mark.parametrize("module", MODULES)
def test_every_module_is_compiled_where_required(module: str) -> None:
    built = compiled(module)
    if os.environ.get("DISCLOSURELINT_REQUIRE_COMPILED") == "1":
        assert built is not None, f"{module} was not compiled: see setup.py's warning"
    print(module, "compiled" if built else "pure")


def test_an_edited_module_is_not_shadowed_by_its_compiled_copy(tmp_path: Path) -> None:
    edited = tmp_path / "localized.py"
    source = Path(localized.__file__).read_text(encoding="utf-8")
    edited.write_text(source + "\n# edited\n", encoding="utf-8")
    assert compiled("localized", edited) is None
    assert compiled("localized", tmp_path / "missing.py") is None


def _pure_localized() -> ModuleType:
    """localized.py run as a module of another name: its own functions, never the copy's."""
    spec = importlib.util.spec_from_file_location("localized_pure", localized.__file__)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _values() -> list[Any]:
    """Declarations of the repository, generated ones, and odd values around the shapes the
    functions read."""
    rng = random.Random(5)
    texts = [generated(rng) for _ in range(300)]
    found: list[Any] = []
    for text in texts:
        try:
            found.append(yaml.safe_load(text))
        except yaml.YAMLError:
            continue
    for file in sorted(ROOT.glob("declarations/**/*.yaml")) + sorted(ROOT.glob("tests/**/*.yaml")):
        try:
            found.append(yaml.safe_load(file.read_text("utf-8")))
        except yaml.YAMLError:
            continue
    odd = ["x", "", " ", 3, None, [], ["x"], {"zh": "地图", "en": "Maps"}, {"zh-CN": " "}]
    odd += [{"x-y-z": "a"}, {3: "a"}, {"en": 3}, {"data": [{"item": {"en": "a"}}, "b", 3]}]
    return found + odd


def test_the_compiled_text_functions_give_what_the_source_gives() -> None:
    """(Where nothing was compiled, the module's own functions are compared with themselves.)"""
    pure = _pure_localized()
    built = compiled("localized")
    for name in ("field_values", "texts", "is_mapping", "localize"):  # every function, swapped
        assert getattr(localized, name) is getattr(built or localized, name)
    values = _values()
    assert len(values) > 200
    for value in values:
        assert localized.field_values(value) == pure.field_values(value)
        assert list(localized.fields(value)) == list(pure.fields(value))
        for name in ("is_mapping", "is_localized", "texts", "languages", "primary"):
            assert getattr(localized, name)(value) == getattr(pure, name)(value), (name, value)
        for lang in ("zh", "en", "zh-TW", "ja"):
            assert localized.text_in(value, lang) == pure.text_in(value, lang)
            assert localized.localize(value, lang) == pure.localize(value, lang)
            assert localized.tag_in(value, lang) == pure.tag_in(value, lang)
