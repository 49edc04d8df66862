"""The result cache as a user meets it: where it lives, what it reads again, what it survives."""

from __future__ import annotations

import io
import os
import pickle
import subprocess
import sys
import time
from pathlib import Path

import pytest

from disclosurelint import cache, lint, load
from disclosurelint.outcome import FileOutcome
from tests.conftest import NO_URL, URL, Project, declaration

COUNT = 12


def corpus(project: Project, count: int = COUNT) -> None:
    for n in range(count):
        project.write(f"declarations/d{n:02d}.yaml", declaration(f"p{n}", policy=URL))
    project.write("declarations/d03.yaml", declaration("p3", policy=NO_URL))


def cache_dir() -> Path:
    return Path(os.environ[cache.ENV_DIR])


def parsed(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The files the engine parses from now on, as shown."""
    seen: list[str] = []
    real = load.load_bytes

    def counting(raw: bytes, display: str, max_size: int = 1 << 20) -> object:
        seen.append(display)
        return real(raw, display, max_size)

    monkeypatch.setattr(lint, "load_bytes", counting)
    return seen


def age(project: Project) -> None:
    """Wait until the files are older than the window in which a file keeps no signature."""
    newest = max(p.stat().st_ctime_ns for p in project.root.rglob("*.yaml"))
    wait = (newest + cache.RACY_NS - time.time_ns()) / 1e9
    if wait > 0:
        time.sleep(wait + 0.05)


def test_a_commit_reads_only_the_changed_file_and_still_sees_duplicate_ids(
    project: Project, monkeypatch: pytest.MonkeyPatch
) -> None:
    corpus(project)
    age(project)
    code, first, _ = project.cli("check", "declarations/d05.yaml")  # as pre-commit calls it
    assert code == 0, first
    seen = parsed(monkeypatch)
    # d05 now takes the id of d07, which is only in the cache: the duplicate is still found
    project.write("declarations/d05.yaml", declaration("p7", policy=URL))
    code, out, _ = project.cli("check", "--no-source", "declarations/d05.yaml")
    assert seen == ["declarations/d05.yaml"]
    assert code == 1
    assert "DL401 duplicate-id: id 'p7' is also used by declarations/d07.yaml:2" in out
    assert project.cli("check", "--no-source", "--no-cache", "declarations/d05.yaml")[1] == out


def test_a_second_full_run_reads_nothing_and_says_the_same(
    project: Project, monkeypatch: pytest.MonkeyPatch
) -> None:
    corpus(project)
    age(project)
    first = project.cli("check")
    seen = parsed(monkeypatch)
    assert project.cli("check") == first
    assert seen == []
    assert "declarations/d03.yaml:13:14: DL204" in first[1]  # source lines still shown
    assert "13 |   reference: See the app details page." in first[1]


def test_a_touched_file_is_hashed_not_checked(
    project: Project, monkeypatch: pytest.MonkeyPatch
) -> None:
    corpus(project)
    first = project.cli("check")
    seen = parsed(monkeypatch)
    for path in (project.root / "declarations").iterdir():
        os.utime(path)
    assert project.cli("check") == first
    assert seen == []


def test_no_cache_neither_reads_nor_writes(project: Project) -> None:
    corpus(project)
    project.cli("check", "--no-cache")
    assert not cache_dir().exists() or not cache.indexes(cache_dir())
    os.environ[cache.ENV_OFF] = "1"
    try:
        project.cli("check")
    finally:
        del os.environ[cache.ENV_OFF]
    assert not cache.indexes(cache_dir())
    project.cli("check")
    assert len(cache.indexes(cache_dir())) == 1


def test_where_the_cache_is(project: Project, monkeypatch: pytest.MonkeyPatch) -> None:
    corpus(project)
    monkeypatch.delenv(cache.ENV_DIR)
    monkeypatch.setenv("XDG_CACHE_HOME", str(project.root / "xdg"))
    monkeypatch.setenv("HOME", str(project.root / "home"))
    project.cli("check")
    expected = (
        project.root / "xdg" / "disclosurelint"
        if sys.platform.startswith("linux")
        else cache.default_dir()
    )
    assert len(cache.indexes(expected)) == 1
    # the configuration's cache-dir is relative to the configuration's folder
    project.write(".disclosurelint.yaml", "cache-dir: .disclosurelint_cache\n")
    project.cli("check")
    assert len(cache.indexes(project.root / ".disclosurelint_cache")) == 1
    # the environment overrides the configuration, --cache-dir overrides both
    monkeypatch.setenv(cache.ENV_DIR, str(project.root / "env"))
    project.cli("check")
    project.cli("check", "--cache-dir", "flag")
    assert len(cache.indexes(project.root / "env")) == 1
    assert len(cache.indexes(project.root / "flag")) == 1
    code, out, _ = project.cli("cache", "info")
    assert code == 0
    assert f"Cache folder: {project.root / 'env'}" in out


def test_the_cache_folder_is_never_committed(project: Project) -> None:
    corpus(project)
    project.write(".disclosurelint.yaml", "cache-dir: .disclosurelint_cache\n")
    subprocess.run(["git", "init", "-q"], cwd=project.root, check=True)
    os.environ.pop(cache.ENV_DIR, None)
    project.cli("check")
    folder = project.root / ".disclosurelint_cache"
    assert (folder / ".gitignore").read_text("utf-8").splitlines()[-1] == "*"
    status = subprocess.run(
        ["git", "status", "--porcelain", "--untracked-files=all"],
        cwd=project.root,
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    assert "declarations/d00.yaml" in status
    assert ".disclosurelint_cache" not in status


@pytest.mark.parametrize(
    "damage",
    [
        b"",
        b"not a pickle at all",
        "truncated",
        "foreign",
        "wrong-shape",
    ],
)
def test_a_damaged_index_is_ignored(project: Project, damage: bytes | str) -> None:
    corpus(project)
    first = project.cli("check")
    (index,) = cache.indexes(cache_dir())
    marker = project.root / "pwned"
    if damage == "truncated":
        raw = index.read_bytes()[: index.stat().st_size // 2]
    elif damage == "foreign":
        # a pickle that would run a command when loaded by pickle.load: never loaded
        class Evil:
            def __reduce__(self) -> tuple[object, tuple[str]]:
                return (os.system, (f"touch {marker}",))

        raw = pickle.dumps(Evil())
    elif damage == "wrong-shape":
        raw = pickle.dumps((cache.FORMAT, index.stem, {("a", "b"): ("x",)}))
    else:
        assert isinstance(damage, bytes)
        raw = damage
    index.write_bytes(raw)
    assert project.cli("check") == first
    assert project.cli("check") == first  # and the index written again serves
    assert not marker.exists()


def test_concurrent_runs_share_the_cache(project: Project) -> None:
    corpus(project)
    command = [sys.executable, "-m", "disclosurelint", "check", "--no-source", "declarations"]
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)}
    expected = subprocess.run(
        [*command, "--no-cache"],
        cwd=project.root,
        capture_output=True,
        text=True,
        env=env,
        check=False,
    )
    for round_ in range(3):
        project.write(f"declarations/d{round_:02d}.yaml", declaration(f"p{round_}", policy=URL))
        runs = [
            subprocess.Popen(command, cwd=project.root, stdout=subprocess.PIPE, text=True, env=env)
            for _ in range(4)
        ]
        outputs = [run.communicate()[0] for run in runs]
        assert [run.returncode for run in runs] == [expected.returncode] * 4
        assert outputs == [expected.stdout] * 4
    after = subprocess.run(
        command, cwd=project.root, capture_output=True, text=True, env=env, check=False
    )
    assert after.stdout == expected.stdout
    assert not list(cache_dir().rglob(".tmp-*"))  # no half-written index left behind


def test_cache_clean_and_the_size_bound(project: Project) -> None:
    corpus(project)
    project.cli("check")
    project.cli("check", "--select", "DL2")  # another configuration: another index
    folder = cache_dir()
    assert len(cache.indexes(folder)) == 2
    oldest = min(cache.indexes(folder), key=lambda p: p.stat().st_mtime)
    os.utime(oldest, (1, 1))
    assert cache.prune(folder, limit=max(p.stat().st_size for p in cache.indexes(folder))) == 1
    assert oldest not in cache.indexes(folder)
    code, out, _ = project.cli("cache", "clean")
    assert (code, out) == (0, f"Removed 1 cache file from {folder}.\n")
    assert cache.indexes(folder) == []
    assert (folder / ".gitignore").exists()


def test_worker_processes_fill_the_cache_too(
    project: Project, monkeypatch: pytest.MonkeyPatch
) -> None:
    corpus(project, 80)  # enough for chunks beyond those checked before the workers start
    age(project)
    cold = project.cli("check", "--jobs", "2", "--no-cache")
    assert project.cli("check", "--jobs", "2") == cold
    (index,) = cache.indexes(cache_dir())
    entries = cache.Store(cache_dir(), index.stem).entries
    # each worker sent back the file's signature and hash with its outcome
    assert len(entries) == 80
    assert all(e[1] is not None and e[2] for e in entries.values())
    seen = parsed(monkeypatch)
    assert project.cli("check", "--jobs", "2") == cold
    assert seen == []


def test_records_are_kept_as_plain_data_and_read_back_equal() -> None:
    from disclosurelint.model import Position, Severity, Span, Waiver
    from disclosurelint.rules.sdk_facts import Declared
    from disclosurelint.waivers import Directive

    where = Span(Position(3, 5), Position(3, 19))
    values = [
        Declared("p1", (("umeng-analytics", where),), "Umeng", (("name", None),), where),
        (Directive(("DL204",), "no link", "Legal", "2027-06-30", "d.yaml", where, 4),),
        Waiver("DL204", "no link", expired=True),
        {"severity": Severity.ERROR, "where": [where, {1, 2}], "nested": frozenset({("a", 1)})},
    ]
    for value in values:
        kept = cache.encode(value)
        # what an index's loader reads back: data only, every class refused
        assert cache.load_plain(io.BytesIO(pickle.dumps(kept))) == kept
        assert cache.decode(kept) == value
    assert not cache.is_plain(Severity.ERROR)  # an IntEnum is an int, but not plain data


def test_a_fact_of_a_plugin_type_is_not_kept(project: Project) -> None:
    class Unknown:
        pass

    with pytest.raises(cache.Unstorable):
        cache.encode({"fact": Unknown()})
    store = cache.Store(project.root / "cache", "k")
    outcome = FileOutcome("d.yaml", facts={"ACME9": Unknown()})
    store.put("d.yaml", (1, 2, 3, 4), b"digest", outcome, checked=True)
    assert "d.yaml" not in store.entries  # checked again next time, never half kept
