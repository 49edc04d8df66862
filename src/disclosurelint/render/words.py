# ruff: noqa: RUF001  (full-width punctuation is how Chinese pages write it)
"""The words rendering generates: part labels, sharing-mode words, lists joined as prose.

Rendering prints a declaration's published words (``wording:``) where it has them and these
generated words otherwise. The importer asks the same functions what rendering would generate,
and keeps the published words only where they differ. The sharing-mode words themselves
(:data:`MODE_WORDS`, :data:`MODE_PHRASES`) belong to :mod:`disclosurelint.published`, which the
wording rule (DL206) reads too.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from disclosurelint.published import LANGS, MODE_PHRASES, MODE_WORDS, Lang

__all__ = ["LANGS", "MODE_PHRASES", "MODE_WORDS", "Lang"]  # defined with the published vocabulary


PARTS: tuple[str, ...] = (
    "company",
    "product",
    "data",
    "purpose",
    "scenario",
    "sharing_modes",
    "policy",
)
"""The seven parts of a published entry, in page order."""

LABELS: Mapping[Lang, Mapping[str, str]] = {
    "en": {
        "company": "Company",
        "product": "Product/Mode",
        "data": "Collected information",
        "purpose": "Purpose",
        "scenario": "Scenario",
        "sharing_modes": "Sharing mode",
        "policy": "Personal data handling rules of the third party",
    },
    "zh": {
        "company": "第三方公司名称",
        "product": "产品/类型",
        "data": "共享信息",
        "purpose": "使用目的",
        "scenario": "使用场景",
        "sharing_modes": "共享方式",
        "policy": "第三方个人信息处理规则",
    },
}

LABEL_SEPARATOR: Mapping[Lang, str] = {"en": ": ", "zh": "："}
"""What stands between a label and its value in running text."""

DEFAULT_TITLE: Mapping[Lang, str] = {
    "en": "Information Shared with Third Parties",
    "zh": "第三方信息共享清单",
}
"""The page title when ``_product.yaml`` gives none."""

_WHO: Mapping[Lang, Mapping[str, str]] = {
    "en": {
        "administrator": "the administrator",
        "user": "the user",
        "administrator_or_user": "the administrator or the user",
    },
    "zh": {
        "administrator": "管理员",
        "user": "用户",
        "administrator_or_user": "管理员或用户",
    },
}


def join(items: Sequence[str], lang: Lang = "en") -> str:
    """Items as prose: ``a``, ``a and b``, ``a, b, and c`` (``a、b、c`` in Chinese)."""
    words = [item.strip() for item in items if item.strip()]
    if lang == "zh":
        return "、".join(words)
    if len(words) <= 2:
        return " and ".join(words)
    return ", ".join(words[:-1]) + ", and " + words[-1]


def mode_words(mode: str, lang: Lang = "en", note: str | None = None) -> str | None:
    """How a sharing mode is rendered; ``other`` renders ``note``. None for an unknown mode or an
    ``other`` without a note."""
    if mode == "other":
        return note.strip() if note and note.strip() else None
    return MODE_WORDS[lang].get(mode)


def sharing_modes_text(modes: Sequence[str], note: str | None = None, lang: Lang = "en") -> str:
    """The generated "Sharing mode" text: ``backend API transmission and online service``."""
    words = [mode_words(mode, lang, note) for mode in modes]
    return join([w for w in words if w], lang)


def data_text(items: Sequence[str], note: str | None = None, lang: Lang = "en") -> str:
    """The generated "Collected information" text: the note when there is one, else the items."""
    if note and note.strip():
        return note.strip()
    return join(items, lang)


def chosen_by_text(selected_by: str, name_source: str | None = None, lang: Lang = "en") -> str:
    """The "Company" text for a recipient chosen at run time."""
    who = _WHO[lang].get(selected_by, _WHO[lang]["administrator_or_user"])
    source = name_source.strip() if name_source else ""
    if lang == "zh":
        return f"由{who}选择的第三方" + (f"，名称见{source}。" if source else "。")
    text = f"the third party chosen by {who}"
    return text + (f". Its name is shown on {source}." if source else ".")
