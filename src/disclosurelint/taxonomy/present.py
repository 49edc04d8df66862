"""What the ``taxonomy`` and ``classify`` commands share: regime options and plain-word output."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

from disclosurelint.errors import UsageError
from disclosurelint.taxonomy.records import (
    REGIME_NAMES,
    REGIMES,
    Category,
    RegimeStatus,
    Taxonomy,
    TaxonomyError,
)

DEFAULT_REGIMES: tuple[str, ...] = ("pipl", "gb35273")


class OptionError(UsageError):
    """A command-line value the command cannot use; the message says which values are valid.

    A usage error: the command line reports it on standard error and exits 2, as for any command.
    """


def parse_regimes(value: str | Sequence[str] | None) -> tuple[str, ...]:
    """``"pipl,gdpr"`` (or several such values, or ``"all"``) -> ``("pipl", "gdpr")``."""
    if value is None:
        return DEFAULT_REGIMES
    parts = [value] if isinstance(value, str) else list(value)
    chosen: list[str] = []
    for part in parts:
        for name in part.split(","):
            regime = name.strip().lower()
            if not regime:
                continue
            if regime == "all":
                chosen.extend(REGIMES)
            elif regime in REGIMES:
                chosen.append(regime)
            else:
                raise OptionError(
                    f"unknown regime {name.strip()!r} (valid: {', '.join(REGIMES)}, or all)"
                )
    if not chosen:
        raise OptionError(f"no regime given (valid: {', '.join(REGIMES)}, or all)")
    return tuple(dict.fromkeys(chosen))


def check_choice(value: str, choices: Iterable[str], what: str) -> str:
    options = tuple(choices)
    if value not in options:
        raise OptionError(f"unknown {what} {value!r} (valid: {', '.join(options)})")
    return value


def load_for_command(extension_path: str | Path | None) -> Taxonomy:
    """The taxonomy, extended by a YAML file: a whole configuration (its ``taxonomy:`` key) or
    the extension mapping itself. Without one, the extension of the configuration that applies
    in the working folder (``.disclosurelint.yaml`` or ``pyproject.toml``), as ``check`` uses it.
    """
    from disclosurelint.taxonomy.loader import load_taxonomy

    if extension_path is None:
        from disclosurelint.config import load_settings

        return load_taxonomy(load_settings().taxonomy)
    import yaml

    path = Path(extension_path)
    try:
        data: Any = yaml.safe_load(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise OptionError(f"cannot read {path}: {exc.strerror or exc}") from None
    except yaml.YAMLError as exc:
        raise OptionError(f"{path} is not valid YAML: {exc}") from None
    if isinstance(data, dict) and "taxonomy" in data:
        data = data["taxonomy"]
    if data is None:
        return load_taxonomy()
    try:
        return load_taxonomy(data)
    except TaxonomyError as exc:
        raise OptionError(f"{path}: {exc}") from None


def regime_name(regime: str) -> str:
    return REGIME_NAMES.get(regime, regime)


def status_json(status: RegimeStatus) -> dict[str, Any]:
    return {
        "level": status.level,
        "sensitive": status.is_sensitive,
        "article": status.article,
        "qualifier": status.qualifier,
    }


def flags(category: Category) -> list[str]:
    """Short tags for a category: minors' data, GDPR special category or Art. 10 data."""
    out = []
    if category.minors:
        out.append("minors' data")
    if category.gdpr_special:
        out.append("GDPR Art. 9(1) special category")
    if category.gdpr_article_10:
        out.append("GDPR Art. 10 criminal data")
    return out


def category_json(category: Category, regimes: Sequence[str]) -> dict[str, Any]:
    return {
        "id": category.id,
        "label": category.label,
        "description": category.description,
        "sensitive": category.is_sensitive(regimes),
        "minors": category.minors,
        "gdpr_special": category.gdpr_special,
        "gdpr_article_10": category.gdpr_article_10,
        "regimes": {r: status_json(category.regimes[r]) for r in regimes},
        "phrases": {"en": list(category.phrases_en), "zh": list(category.phrases_zh)},
        "note": category.note,
    }
