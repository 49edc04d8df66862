"""The installed command, run as a user runs it, in a subprocess."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BIN = Path(sys.executable).parent


def command() -> list[str]:
    script = BIN / "disclosurelint"
    return [str(script)] if script.exists() else [sys.executable, "-m", "disclosurelint"]


def run(
    args: list[str], cwd: Path, env: dict[str, str] | None = None, exe: list[str] | None = None
) -> subprocess.CompletedProcess[str]:
    full_env = {**os.environ, "NO_COLOR": "1", **(env or {})}
    full_env.pop("FORCE_COLOR", None)
    return subprocess.run(
        [*(exe or command()), *args],
        cwd=cwd,
        env=full_env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def test_seed_shows_its_real_gaps() -> None:
    proc = run(["check", "declarations", "-f", "json"], ROOT)
    document = json.loads(proc.stdout)
    found = sorted((Path(p["path"]).name, p["code"]) for p in document["problems"])
    assert found == [
        ("camcard.yaml", "DL304"),
        ("camcard.yaml", "DL305"),
        ("camcard.yaml", "DL309"),
        ("default-calendar.yaml", "DL204"),
        ("default-contacts.yaml", "DL204"),
        *[("default-contacts.yaml", "DL301")] * 4,
        ("enterprise-customer.yaml", "DL204"),
        ("enterprise-customer.yaml", "DL303"),
        ("third-party-services.yaml", "DL204"),
        ("third-party-services.yaml", "DL205"),
        ("third-party-services.yaml", "DL304"),
    ]


def test_python_dash_m_and_the_script_agree(tmp_path: Path) -> None:
    a = run(["check", str(ROOT / "declarations"), "-f", "json"], tmp_path)
    b = run(
        ["check", str(ROOT / "declarations"), "-f", "json"],
        tmp_path,
        exe=[sys.executable, "-m", "disclosurelint"],
    )
    assert a.returncode == b.returncode
    assert json.loads(a.stdout)["problems"] == json.loads(b.stdout)["problems"]


def test_missing_path_has_no_traceback(tmp_path: Path) -> None:
    proc = run(["check", "does-not-exist"], tmp_path)
    assert proc.returncode == 2
    assert proc.stderr == "disclosurelint: error: does-not-exist: no such file or folder\n"


def test_a_long_report_reaches_a_file_whole_with_its_exit_code(tmp_path: Path) -> None:
    # the command leaves without the interpreter's teardown: what it wrote must still be
    # flushed, to a file as to a pipe, and the exit code kept
    folder = tmp_path / "declarations"
    folder.mkdir()
    for n in range(400):
        (folder / f"partner-{n:03}.yaml").write_text(
            f"disclosure: 1\nid: partner-{n:03}\nrecipient:\n  name: Partner {n} Co., Ltd.\n"
            "product: Partner SDK\npurpose: Count app launches.\nsharing_modes: [sdk]\n"
            "data:\n  - item: Device model\nprivacy_policy:\n  url: http://partner.example/p\n",
            encoding="utf-8",
        )
    # as most users run it: standard output buffered (not PYTHONUNBUFFERED)
    buffered = {k: v for k, v in os.environ.items() if k != "PYTHONUNBUFFERED"}
    buffered["NO_COLOR"] = "1"
    for form in ("text", "json"):
        target = tmp_path / f"report.{form}"
        with target.open("w", encoding="utf-8") as handle:
            proc = subprocess.run(
                [*command(), "check", "--isolated", "--no-cache", "-f", form, "declarations"],
                cwd=tmp_path,
                env=buffered,
                stdout=handle,
                stderr=subprocess.PIPE,
                text=True,
                timeout=120,
                check=False,
            )
        assert proc.returncode == 1, proc.stderr
        written = target.read_text(encoding="utf-8")
        if form == "json":
            paths = {p["path"] for p in json.loads(written)["problems"]}
            assert paths == {f"declarations/partner-{n:03}.yaml" for n in range(400)}
        else:
            assert written.splitlines()[-1].startswith("Checked 400 files: ")
            assert "declarations/partner-399.yaml:" in written


def test_output_piped_into_a_closed_reader_is_quiet(tmp_path: Path) -> None:
    shell = f"{' '.join(command())} rules | head -n 1"
    proc = subprocess.run(["bash", "-c", shell], capture_output=True, text=True, check=False)
    assert proc.stdout.startswith("DL001") and "Traceback" not in proc.stderr


def test_wheel_installs_and_runs_outside_the_repository(tmp_path: Path) -> None:
    """Build a wheel, install it in a fresh environment, run it on a copy of the seed."""
    dist = tmp_path / "dist"
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            "--no-deps",
            "--no-build-isolation",
            "-q",
            "-w",
            str(dist),
            str(ROOT),
        ],
        check=True,
        timeout=300,
    )
    [wheel] = dist.glob("disclosurelint-*.whl")
    env_dir = tmp_path / "env"
    venv.EnvBuilder(with_pip=True).create(env_dir)
    python = env_dir / "bin" / "python"
    subprocess.run([str(python), "-m", "pip", "install", "-q", str(wheel)], check=True, timeout=300)
    work = tmp_path / "elsewhere"
    shutil.copytree(ROOT / "declarations", work / "declarations")
    proc = run(["check", "-f", "json"], work, exe=[str(env_dir / "bin" / "disclosurelint")])
    # The installed command finds the same problems as the checkout, waivers included.
    assert proc.returncode == 0, proc.stderr
    document = json.loads(proc.stdout)
    assert document["files_checked"] == 5
    assert document["summary"]["waived"] == 12 and document["summary"]["info"] == 2
    shipped = subprocess.run(
        [
            str(python),
            "-c",
            "from importlib import resources; print(resources.files("
            "'disclosurelint.data').joinpath('partner-disclosure.schema.json').read_text())",
        ],
        capture_output=True,
        text=True,
        check=True,
        cwd=work,
    )
    assert shipped.stdout.rstrip("\n") == (
        ROOT / "schema" / "partner-disclosure.schema.json"
    ).read_text().rstrip("\n")
    # The page: the product schema and the HTML template ship in the wheel.
    exe = [str(env_dir / "bin" / "disclosurelint")]
    page = run(["render", "declarations/welink"], work, exe=exe)
    assert page.returncode == 0, page.stderr
    seed = ROOT / "tests" / "data" / "corpus" / "welink-information-shared-with-third-parties.txt"
    assert page.stdout == seed.read_text(encoding="utf-8") + "\n"
    template = subprocess.run(
        [
            str(python),
            "-c",
            "from importlib import resources; print(resources.files("
            "'disclosurelint.render').joinpath('templates/page.html').is_file())",
        ],
        capture_output=True,
        text=True,
        check=True,
        cwd=work,
    )
    assert template.stdout.strip() == "True"
    # A plain install brings every documented command: HTML pages need Jinja2, `import` needs
    # ruamel.yaml, both dependencies of the package.
    html = run(["render", "declarations/welink", "-f", "html"], work, exe=exe)
    assert html.returncode == 0, html.stderr
    assert html.stdout.startswith("<!DOCTYPE html>")
    published = tmp_path / "published.txt"
    published.write_text(seed.read_text(encoding="utf-8"), encoding="utf-8")
    imported = run(
        ["import", str(published), "-o", str(tmp_path / "imported"), "--product", "welink"],
        work,
        exe=exe,
    )
    assert imported.returncode == 0, imported.stderr
    assert len(list((tmp_path / "imported" / "welink").glob("[!_]*.yaml"))) == 5
    # The filing report: its template ships; Markdown needs nothing more, HTML needs Jinja2.
    shipped_report = subprocess.run(
        [
            str(python),
            "-c",
            "from importlib import resources; print(resources.files("
            "'disclosurelint.report').joinpath('templates/report.html').is_file())",
        ],
        capture_output=True,
        text=True,
        check=True,
        cwd=work,
    )
    assert shipped_report.stdout.strip() == "True"
    filed = run(["report", "-f", "markdown", "--date", "2026-11-29"], work, exe=exe)
    assert filed.returncode == 0, filed.stderr
    assert filed.stdout.count("| DL204 policy-url | warning | Waived |") == 4
    report_html = run(["report", "-o", str(tmp_path / "report.html")], work, exe=exe)
    assert report_html.returncode == 0, report_html.stderr
