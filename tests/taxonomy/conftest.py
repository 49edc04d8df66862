from __future__ import annotations

from pathlib import Path

import pytest

from disclosurelint.taxonomy import Taxonomy, load_taxonomy
from disclosurelint.taxonomy.quality import LabelledItem, load_items

ROOT = Path(__file__).resolve().parents[2]
LABELLED = ROOT / "bench" / "labelled_items.yaml"


@pytest.fixture(scope="session")
def taxonomy() -> Taxonomy:
    return load_taxonomy()


@pytest.fixture(scope="session")
def labelled(taxonomy: Taxonomy) -> tuple[LabelledItem, ...]:
    return load_items(LABELLED, taxonomy)
