"""``schema/product.schema.json``: valid, shipped identically, documented, and met by the seed."""

from __future__ import annotations

import json
from importlib import resources
from pathlib import Path
from typing import Any

import yaml
from jsonschema import Draft202012Validator

from disclosurelint.render.product import load_product
from tests.render.common import ROOT, WELINK
from tests.test_schema import _properties

PRODUCT_SCHEMA = ROOT / "schema" / "product.schema.json"


def schema() -> dict[str, Any]:
    loaded: dict[str, Any] = json.loads(PRODUCT_SCHEMA.read_text("utf-8"))
    return loaded


def test_schema_is_valid_2020_12_with_an_id() -> None:
    Draft202012Validator.check_schema(schema())
    assert schema()["$id"] == "https://disclosurelint.dev/schema/product/1.json"


def test_packaged_schema_is_the_repository_schema() -> None:
    packaged = resources.files("disclosurelint.data").joinpath("product.schema.json")
    assert packaged.read_bytes() == PRODUCT_SCHEMA.read_bytes()


def test_every_property_has_a_title_and_a_description() -> None:
    missing = [
        p for p, sub in _properties(schema()) if not sub.get("title") or not sub.get("description")
    ]
    assert missing == []
    assert set(schema()["properties"]) == {
        "product",
        "name",
        "languages",
        "controller",
        "app",
        "list",
        "title",
        "introduction",
        "title_zh",
        "introduction_zh",
        "order",
    }


def test_examples_validate() -> None:
    validator = Draft202012Validator(schema())
    for example in schema()["examples"]:
        assert list(validator.iter_errors(example)) == []


def test_the_seed_product_file_validates_and_names_every_declaration() -> None:
    path = WELINK / "_product.yaml"
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    assert list(Draft202012Validator(schema()).iter_errors(data)) == []
    product = load_product(path, "welink/_product.yaml")
    assert product.title == "Huawei Cloud WeLink Information Shared with Third Parties"
    assert len(product.introduction) == 2
    ids = {yaml.safe_load(p.read_text(encoding="utf-8"))["id"] for p in WELINK.glob("[!_]*.yaml")}
    assert set(product.order) == ids


def test_editors_find_the_schema_from_the_first_line() -> None:
    first = (WELINK / "_product.yaml").read_text(encoding="utf-8").splitlines()[0]
    assert first == "# yaml-language-server: $schema=../../schema/product.schema.json"
    assert (WELINK / Path(first.split("=", 1)[1])).resolve() == PRODUCT_SCHEMA


def test_the_documented_example_is_a_valid_product_file(tmp_path: Path) -> None:
    doc = (ROOT / "docs" / "render-and-import.md").read_text(encoding="utf-8")
    section = doc.split("## `_product.yaml`", 1)[1]
    example = section.split("```yaml\n", 1)[1].split("\n```", 1)[0]
    path = tmp_path / "_product.yaml"
    path.write_text(example + "\n", encoding="utf-8")
    product = load_product(path, "_product.yaml")
    assert product.title_zh == "华为云WeLink第三方信息共享清单"
    assert product.order == ("third-party-services", "enterprise-customer")
