"""The result cache never serves what a run without it would not report.

A project is edited at random (declarations, configuration, policies and the list files they
read, the central waivers file, the taxonomy extension, the app's SDK manifest, a folder's
product file and its languages, the command-line options, the date, the tool's version) and
after every edit ``check`` runs with the cache and with ``--no-cache``: the outputs must be the
same, byte for byte, and so must the exit codes.

The edits reach every kind of thing an index keeps: problems with their waivers, the plain facts
of the duplicate-id rule, the SDK rules' facts (records, written encoded), and files named on the
command line beside the others read only for their facts.
"""

from __future__ import annotations

import datetime
import os
import random
from pathlib import Path

import pytest

from disclosurelint import cache, extensions, waivers
from tests.conftest import NO_URL, URL, Project, declaration

WAIVER = '  # disclosurelint: allow DL204 reason="The list gives no link" expires=2027-06-30'
POLICY = """\
policy: 1
lists:
  approved: ../approved.list.yaml
rules:
  - code: ACME101
    name: no-{word}-purpose
    severity: {severity}
    summary: A purpose never says {word}.
    assert: '!declaration.purpose.lowerAscii().contains("{word}")'
    message: 'the purpose says {word}'
  - code: ACME102
    name: approved-recipient
    severity: warning
    summary: Every recipient is approved.
    assert: 'declaration.recipient.name.inList("approved")'
    message: 'the recipient is not on the approved list'
"""
TAXONOMY = """\
taxonomy:
  categories:
    loyalty_tier:
      label: Loyalty tier
      phrases_en: [{phrase}]
      regimes:
        pipl: {{level: sensitive, article: Internal policy P-7}}
"""
OPTIONS: tuple[list[str], ...] = (
    [],
    ["--select", "DL2,ACME"],
    ["--ignore", "DL204"],
    ["--regime", "gdpr"],
    ["--fail-on", "error"],
    ["--ignore", "ACME102", "--extend-select", "DL401"],
)
DAYS = ("2027-06-29", "2027-06-30", "2027-07-01")
FILES = 6
PRODUCT_FOLDERS = ("declarations", "declarations/more")
LANGUAGES = (None, "[en]", "[zh, en]", "[en, ja]")  # None: no product file in the folder
MANIFESTS = (
    "dependencies {\n    implementation 'com.umeng.umsdk:common:9.6.8'\n}\n",
    "dependencies {\n    implementation 'com.tencent.bugly:crashreport:4.1.9'\n}\n",
    "dependencies {\n}\n",
)


def declaration_path(i: int) -> str:
    """Most declarations side by side, the last one in a folder of its own."""
    return f"declarations/more/d{i}.yaml" if i == FILES - 1 else f"declarations/d{i}.yaml"


class World:
    """The project and the choices that make up its state."""

    def __init__(self, project: Project, rng: random.Random, *, ages: bool, sdks: bool) -> None:
        self.project = project
        self.rng = rng
        self.ages = ages  # give every write a distinct, old time stamp (the stat fast path)
        self.stamp = 1_600_000_000_000_000_000
        self.ids = [f"p{i}" for i in range(FILES)]
        self.config = {
            "policies": True,
            "waivers": True,
            "taxonomy": "loyalty tier",
            "ignore": "",
            "per_path": False,
            "severity": False,
            "sdks": sdks,
        }
        self.word = "tbd"
        self.severity = "error"
        self.approved = ["Example Co., Ltd."]
        self.central = "DL204"
        self.options: list[str] = []
        self.format = "json"
        self.named: list[str] = []  # files named on the command line (as the hook names them)
        self.today = DAYS[0]
        self.version = "0.1.0"
        self.manifest = MANIFESTS[0]
        self.languages = dict.fromkeys(PRODUCT_FOLDERS, LANGUAGES[0])
        for i in range(FILES):
            self.write_declaration(i)
        self.write_manifest()
        self.write_config()
        self.write_policy()
        self.write_list()
        self.write_central()

    # -- writing ---------------------------------------------------------------------------

    def write(self, rel: str, text: str) -> None:
        path = self.project.write(rel, text)
        if self.ages:
            self.stamp += 1_000_000_000
            os.utime(path, ns=(self.stamp, self.stamp))

    def write_declaration(self, i: int) -> None:
        rng = self.rng
        text = declaration(
            self.ids[i],
            policy=rng.choice((NO_URL, URL)),
            purpose=rng.choice(("Provide the service.", "TBD", "Provide the tbd service.")),
        )
        if rng.random() < 0.5:  # excusing the missing link, or nothing (a link is given)
            text = text.replace("\nprivacy_policy:\n  ", "\nprivacy_policy:\n  ", 1)
            text = text.rstrip("\n") + WAIVER + "\n"
        if rng.random() < 0.2:
            text = text.replace("Example Co., Ltd.", "Other Co., Ltd.")
        if rng.random() < 0.3:  # an SDK the manifest may or may not ship
            text += f"sdks: [{rng.choice(('umeng-analytics', 'tencent-bugly'))}]\n"
        self.write(declaration_path(i), text)

    def write_manifest(self) -> None:
        self.write("app/build.gradle", self.manifest)

    def write_product(self, folder: str) -> None:
        path = self.project.root / folder / "_product.yaml"
        languages = self.languages[folder]
        if languages is None:
            path.unlink(missing_ok=True)
        else:
            self.write(f"{folder}/_product.yaml", f"product: 1\nlanguages: {languages}\n")

    def write_config(self) -> None:
        c = self.config
        lines = ["regimes: [pipl, gb35273, gdpr]\n"]
        if c["policies"]:
            lines.append("policies: [policies]\n")
        if c["waivers"]:
            lines.append("waivers:\n  file: waivers.yaml\n")
        if c["taxonomy"]:
            lines.append(TAXONOMY.format(phrase=c["taxonomy"]))
        if c["ignore"]:
            lines.append(f"ignore: [{c['ignore']}]\n")
        if c["per_path"]:
            lines.append("per-path:\n  - files: ['declarations/d1*']\n    ignore: [DL2]\n")
        if c["severity"]:
            lines.append("severity:\n  DL204: error\n")
        if c["sdks"]:
            lines.append("sdk-manifests: [app/build.gradle]\n")
        self.write(".disclosurelint.yaml", "".join(lines))

    def write_policy(self) -> None:
        self.write("policies/acme.yaml", POLICY.format(word=self.word, severity=self.severity))

    def write_list(self) -> None:
        self.write("approved.list.yaml", "".join(f"- {name}\n" for name in self.approved))

    def write_central(self) -> None:
        self.write(
            "waivers.yaml",
            f"- file: declarations/d2.yaml\n  code: {self.central}\n"
            "  reason: The store gives no link\n  expires: 2027-06-30\n",
        )

    # -- edits -----------------------------------------------------------------------------

    def edit(self) -> str:
        rng = self.rng
        kind = rng.choice(
            (
                "declaration",
                "declaration",
                "duplicate-id",
                "touch",
                "rewrite-same",
                "remove-add",
                "config",
                "policy",
                "list",
                "central",
                "taxonomy",
                "manifest",
                "product",
                "options",
                "named",
                "today",
                "version",
            )
        )
        if kind in ("declaration", "duplicate-id", "touch", "rewrite-same", "remove-add"):
            self.edit_file(kind, rng.randrange(FILES))
        elif kind == "config":
            key = rng.choice(("policies", "waivers", "ignore", "per_path", "severity", "sdks"))
            if key == "ignore":
                self.config[key] = rng.choice(("", "DL204", "ACME101", "DL3"))
            else:
                self.config[key] = not self.config[key]
            self.write_config()
        elif kind == "policy":
            self.word = rng.choice(("tbd", "service", "provide"))
            self.severity = rng.choice(("error", "warning", "info"))
            self.write_policy()
        elif kind == "list":
            self.approved = rng.sample(["Example Co., Ltd.", "Other Co., Ltd."], rng.randint(1, 2))
            self.write_list()
        elif kind == "central":
            self.central = rng.choice(("DL204", "DL201", "policy-url,DL202"))
            self.write_central()
        elif kind == "taxonomy":
            self.config["taxonomy"] = rng.choice(("", "loyalty tier", "name", "telephone number"))
            self.write_config()
        elif kind == "manifest":
            self.manifest = rng.choice(MANIFESTS)
            self.write_manifest()
        elif kind == "product":
            folder = rng.choice(PRODUCT_FOLDERS)
            self.languages[folder] = rng.choice(LANGUAGES)
            self.write_product(folder)
        elif kind == "options":
            self.options = list(rng.choice(OPTIONS))
            self.format = rng.choice(("json", "text", "sarif"))
        elif kind == "named":
            existing = [declaration_path(j) for j in range(FILES)]
            existing = [p for p in existing if (self.project.root / p).exists()]
            self.named = rng.sample(existing, min(len(existing), rng.randint(0, 2)))
        elif kind == "today":
            self.today = rng.choice(DAYS)
        else:
            self.version = rng.choice(("0.1.0", "0.2.0"))
        return kind

    def edit_file(self, kind: str, i: int) -> None:
        rng = self.rng
        path = self.project.root / declaration_path(i)
        if kind in ("touch", "rewrite-same") and not path.exists():
            kind = "declaration"
        if kind == "declaration":
            self.write_declaration(i)
        elif kind == "duplicate-id":
            self.ids[i] = rng.choice(self.ids)
            self.write_declaration(i)
        elif kind == "touch":
            os.utime(path)
        elif kind == "rewrite-same":
            self.write(declaration_path(i), path.read_text("utf-8"))
        elif kind == "remove-add":
            if path.exists():
                path.unlink()
                self.named = [p for p in self.named if p != declaration_path(i)]
            else:
                self.write_declaration(i)

    def argv(self) -> list[str]:
        targets = self.named or ["declarations"]
        return ["check", "-f", self.format, *self.options, *targets]


def run(project: Project, *argv: str) -> tuple[int, str, str]:
    """``disclosurelint ARGV`` as a new process runs it: policies read afresh."""
    extensions._active[0] = extensions._Active(policies=("(none yet)",))  # a new process
    return project.cli(*argv)


@pytest.mark.parametrize(
    ("seed", "ages", "sdks"),
    [(1, False, False), (2, False, True), (3, True, False), (4, True, True)],
)
def test_cached_runs_report_what_uncached_runs_report(
    project: Project, monkeypatch: pytest.MonkeyPatch, seed: int, ages: bool, sdks: bool
) -> None:
    rng = random.Random(seed)
    world = World(project, rng, ages=ages, sdks=sdks)
    if ages:
        # every write above carries a distinct time stamp from long ago, so entries keep their
        # stat signature and unchanged files are not read: the fast path is what is tested
        monkeypatch.setattr(cache, "RACY_NS", -(1 << 62))
    day = {"value": world.today}
    monkeypatch.setattr(waivers, "today_of", lambda _s: datetime.date.fromisoformat(day["value"]))
    edits: list[str] = []
    for _ in range(40):
        edits.append(world.edit())
        day["value"] = world.today
        monkeypatch.setattr(cache, "__version__", world.version)
        argv = world.argv()
        cached, again, cold = (
            run(project, *argv),
            run(project, *argv),
            run(project, *argv, "--no-cache"),
        )
        assert cached == cold, f"after edits {edits} with {argv}"
        assert again == cold, f"second cached run after edits {edits} with {argv}"
    assert cache.indexes(Path(os.environ[cache.ENV_DIR]))  # the cache was used all along
