"""The repository every diff test starts from."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.diff.common import CALENDAR, CAMCARD, Repo, partner
from tests.gates import gitrepo


@pytest.fixture
def repo(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Repo:
    """Two partners committed as ``main``: camcard (third party) and calendar (on the device)."""
    root = gitrepo.init(tmp_path / "repo")
    for key, value in gitrepo.git_env(tmp_path).items():
        monkeypatch.setenv(key, value)
    monkeypatch.chdir(root)
    made = Repo(root)
    made.write(CAMCARD, partner())
    made.write(
        CALENDAR,
        partner(
            "calendar",
            recipient={"name": "The device's calendar", "relationship": "device_service"},
            product="Calendar app on your telephone",
            data=[{"item": "meeting schedule"}],
            sharing_modes=["local_api"],
            privacy_policy={"reference": "See the calendar's privacy statement."},
        ),
    )
    made.write("declarations/welink/_product.yaml", "title: WeLink\n")
    made.commit("base")
    return made
