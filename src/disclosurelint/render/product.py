"""``_product.yaml`` -> :class:`Product`: the page's title, introduction and entry order.

The file is read by the same loader as declarations (YAML 1.2, duplicate keys are errors) and
validated against ``schema/product.schema.json``; every problem is reported with its
``file:line:col``, and a product file with problems stops the rendering (exit status 2), since a
page with a wrong title or introduction must not be published by accident.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from disclosurelint.errors import DisclosureLintError
from disclosurelint.model import Position
from disclosurelint.render.source import read_checked
from disclosurelint.render.words import DEFAULT_TITLE, Lang

PRODUCT_FILE = "_product.yaml"


class ProductError(DisclosureLintError):
    """The product file cannot be read or does not validate; one line per problem."""

    def __init__(self, problems: Sequence[str]) -> None:
        super().__init__("\n".join(problems))
        self.problems = tuple(problems)


@dataclass(frozen=True)
class Product:
    """What ``_product.yaml`` says; empty when a product folder has none."""

    path: str | None = None
    name: str | None = None
    title: str | None = None
    introduction: tuple[str, ...] = ()
    title_zh: str | None = None
    introduction_zh: tuple[str, ...] = ()
    order: tuple[str, ...] = ()
    order_positions: tuple[Position, ...] = ()  # where each id of `order` is written

    def page_title(self, lang: Lang) -> str:
        """The title for ``lang``: ``title_zh`` for Chinese when given, else ``title``, else the
        generic title in ``lang``."""
        if lang == "zh" and self.title_zh:
            return self.title_zh
        return self.title or DEFAULT_TITLE[lang]

    def page_introduction(self, lang: Lang) -> tuple[str, ...]:
        if lang == "zh" and self.introduction_zh:
            return self.introduction_zh
        return self.introduction


@cache
def _validator() -> Any:
    from disclosurelint.schema import PRODUCT_SCHEMA_FILE, SchemaValidator, load_schema

    return SchemaValidator(load_schema(PRODUCT_SCHEMA_FILE), subject="the product file")


def _text(data: Mapping[str, Any], key: str) -> str | None:
    value = data.get(key)
    return value.strip() if isinstance(value, str) and value.strip() else None


def _paragraphs(data: Mapping[str, Any], key: str) -> tuple[str, ...]:
    value = data.get(key)
    return tuple(p.strip() for p in value if isinstance(p, str)) if isinstance(value, list) else ()


def load_product(path: Path, shown: str) -> Product:
    """Read and validate one product file; :class:`ProductError` lists every problem."""
    try:
        document, problems = read_checked(path, shown, _validator())
    except OSError as exc:
        raise ProductError([f"{shown}: cannot read ({exc.strerror or exc})"]) from None
    if problems or document is None:
        raise ProductError(
            [f"{shown}:{where.line}:{where.column}: {message}" for where, message in problems]
        )
    data = document.mapping
    order = tuple(i for i in data.get("order", ()) if isinstance(i, str))
    positions = tuple(
        document.source.position(("order", index)) if document.source else Position(1, 1)
        for index in range(len(order))
    )
    return Product(
        path=shown,
        name=_text(data, "name"),
        title=_text(data, "title"),
        introduction=_paragraphs(data, "introduction"),
        title_zh=_text(data, "title_zh"),
        introduction_zh=_paragraphs(data, "introduction_zh"),
        order=order,
        order_positions=positions,
    )
