"""A real browser reads the report of this repository's own declarations.

Headless Chromium (Debian's ``chromium`` package; CI installs it) loads the HTML from a file,
and the test reads the DOM it builds, a screenshot of the first screen (an A4 page at 150 dpi)
and the PDF it prints. Where no Chromium is installed the tests are skipped, saying how to
install it; with ``DISCLOSURELINT_REQUIRE_BROWSER=1`` (``.ci/run`` sets it) a missing browser is a
failure instead, so CI cannot pass without them.
"""

from __future__ import annotations

import os
import re
import shutil
import struct
import subprocess
from collections import Counter
from html.parser import HTMLParser
from pathlib import Path

import pytest

from disclosurelint.cli import main
from tests.legal.common import DATE, ROOT

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
FLAGS = (
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
)
PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"


class _Elements(HTMLParser):
    """Counts what the report's structure is made of: sections and rows by class."""

    def __init__(self) -> None:
        super().__init__()
        self.sections: list[str] = []
        self.rows: Counter[tuple[str, str]] = Counter()
        self.scripts = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        found = {key: value or "" for key, value in attrs}
        classes = found.get("class", "").split()
        if tag == "section" and "partner" in classes:
            self.sections.append(found.get("id", ""))
        if tag == "tr" and "problem" in classes:
            self.rows[(found.get("data-code", ""), " ".join(classes[1:]))] += 1
        if tag == "script":
            self.scripts += 1


@pytest.fixture(scope="module")
def browser(tmp_path_factory: pytest.TempPathFactory) -> tuple[str, Path]:
    """Chromium's path and a profile folder of its own."""
    reason = "the browser test needs Chromium: apt-get install -y chromium (as .ci/run does)"
    if not Path(CHROMIUM).is_file():
        if os.environ.get("DISCLOSURELINT_REQUIRE_BROWSER") == "1":
            pytest.fail(reason)
        print(reason)
        pytest.skip(reason)
    return CHROMIUM, tmp_path_factory.mktemp("chromium-profile")


@pytest.fixture(scope="module", params=["en", "zh"])
def report(tmp_path_factory: pytest.TempPathFactory, request: pytest.FixtureRequest) -> Path:
    """The HTML report of the repository's own declarations, written as a user would, in
    English and in Chinese."""
    folder = tmp_path_factory.mktemp("report")
    output = folder / "report.html"
    argv = ["report", "declarations", "-o", str(output), "--date", DATE, "--lang", request.param]
    with pytest.MonkeyPatch.context() as patch:
        patch.chdir(ROOT)
        assert main(argv) == 0
    return output


def chromium(browser: tuple[str, Path], *args: str) -> subprocess.CompletedProcess[bytes]:
    executable, profile = browser
    return subprocess.run(
        [executable, *FLAGS, f"--user-data-dir={profile}", *args],
        capture_output=True,
        timeout=180,
        check=True,
    )


def test_the_browser_builds_every_partner_section_and_problem_row(
    browser: tuple[str, Path], report: Path
) -> None:
    dom = chromium(browser, "--dump-dom", report.as_uri()).stdout.decode("utf-8")
    parsed = _Elements()
    parsed.feed(dom)
    assert parsed.sections == [f"partner-{n}" for n in range(1, 6)]
    assert parsed.rows[("DL204", "waived")] == 4
    assert parsed.rows[("DL305", "waived")] == parsed.rows[("DL309", "waived")] == 1
    assert parsed.rows[("DL304", "waived")] == 2
    assert parsed.rows[("DL301", "waived")] == 4
    assert parsed.rows[("DL205", "open")] == parsed.rows[("DL303", "open")] == 1
    assert sum(parsed.rows.values()) == 14
    assert parsed.scripts == 0
    assert "Shanghai Hehe Information Technology Co., Ltd." in dom


def test_a_screenshot_of_the_first_page(
    browser: tuple[str, Path], report: Path, tmp_path: Path
) -> None:
    shot = tmp_path / "report.png"
    chromium(browser, f"--screenshot={shot}", "--window-size=1240,1754", report.as_uri())
    data = shot.read_bytes()
    assert data.startswith(PNG_SIGNATURE) and len(data) > 10_000
    width, height = struct.unpack(">II", data[16:24])  # the IHDR chunk comes first
    assert (width, height) == (1240, 1754)


def test_it_prints_to_a_pdf_of_several_pages(
    browser: tuple[str, Path], report: Path, tmp_path: Path
) -> None:
    pdf = tmp_path / "report.pdf"
    chromium(browser, f"--print-to-pdf={pdf}", "--no-pdf-header-footer", report.as_uri())
    data = pdf.read_bytes()
    assert data.startswith(b"%PDF-")
    pages = len(re.findall(rb"/Type\s*/Page(?![a-zA-Z])", data))
    # the header and summary, then each of the five partners from a page of its own
    assert pages >= 7


_MEASURE = (
    "<script>document.body.setAttribute('data-overflow', String("
    "document.documentElement.scrollWidth - document.documentElement.clientWidth));</script>"
)


@pytest.mark.parametrize("width", [794, 1240])  # A4 at 96 and at 150 pixels per inch
def test_nothing_sticks_out_sideways(
    browser: tuple[str, Path], report: Path, tmp_path: Path, width: int
) -> None:
    # a copy that measures itself: the report's own policy allows no script, so it goes
    page = report.read_text("utf-8")
    page = re.sub(r'<meta http-equiv="Content-Security-Policy"[^>]*>', "", page)
    probe = tmp_path / "probe.html"
    probe.write_text(page.replace("</body>", _MEASURE + "</body>"), "utf-8")
    dom = chromium(browser, f"--window-size={width},1123", "--dump-dom", probe.as_uri())
    assert 'data-overflow="0"' in dom.stdout.decode("utf-8")
