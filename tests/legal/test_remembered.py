"""A report words each distinct data item, fact and text once and reuses it for every partner
that declares the same: the sections must be exactly those made with nothing remembered.

The corpus declares the same item words with different justifications, consents, optional
flags, declared categories, languages and surrounding spaces, and the same facts (legal basis,
review, consent evidence, references, countries) with small differences, so that a memory
keyed on too little would give one partner another's row.
"""

from __future__ import annotations

import itertools

import pytest

from disclosurelint.config import Settings
from disclosurelint.model import Result
from disclosurelint.report import build, render_partners, sections
from disclosurelint.report.build import partner, problems_by_path, regime_names, report_context
from disclosurelint.report.catalogue import Words
from disclosurelint.report.collect import Source, collect

Checked = tuple[Settings, tuple[Source, ...], Result]

ITEMS = (
    "- item: precise location",
    "- item: precise location\n    justification:\n      necessity: To find the nearest shop.\n"
    "      impact: Reviewed.",
    "- item: precise location\n    justification:\n      necessity: To find the nearest shop.",
    "- item: precise location\n    consent: separate\n    optional: true",
    "- item: precise location\n    consent: separate\n    optional: false",
    "- item: precise location\n    consent: true",
    "- item: precise location\n    consent: 1",
    "- item: '  precise   location '",
    "- item: precise location\n    category: government_id",
    "- item: precise location\n    category: not_a_category",
    "- item: {en: precise location, zh: 精确位置}",
    "- item: {zh: 精确位置}",
    "- item: {en: name, zh: 身份证号码}",
    "- item: name <b>&amp;</b>",
    "- item: name\n    justification:\n      necessity: {en: Needed., zh: 必要。}",
    "- item: 身份证号码",
    "- item: ID card number and bank card number",
)

FACTS = (
    "legal_basis:\n  pipl: consent\n",
    "legal_basis:\n  pipl: consent\n  gdpr: consent\n",
    "legal_basis:\n  gdpr: consent\n",
    "review:\n  owner: Legal\n  last_reviewed: '2026-11-01'\n",
    "review:\n  owner: Legal\n",
    "review:\n  last_reviewed: '2026-11-01'\n  ticket: LEGAL-1\n",
    "consent_evidence:\n  kind: popup\n  how: A pop-up.\n  where: In the app.\n",
    "consent_evidence:\n  kind: popup\n  how: A pop-up.\n",
    "consent_evidence:\n  kind: popup\n  where: {zh: 在应用里。}\n",
    "entrustment_agreement:\n  reference: DPA-1\n  date: '2026-01-01'\n",
    "entrustment_agreement:\n  reference: DPA-1\n",
    "impact_assessment:\n  date: '2026-01-01'\n",
    "processing_method: Stores <it>.\n",
    "cross_border:\n  destinations: [US]\n  mechanism: cac_standard_contract\n",
)

PLACES = (("CN", "entrusted_processor"), ("US", "third_party"), ("CN", "third_party"), (None, "x"))


def declaration(n: int) -> str:
    items = "\n  ".join(ITEMS[(n + k * 5) % len(ITEMS)] for k in range(3))
    country, relationship = PLACES[n % len(PLACES)]
    where = f"  country: {country}\n" if country else ""
    return (
        f"disclosure: 1\nid: p{n}\nrecipient:\n  name: Partner {n % 4} <Co>\n"
        f"  relationship: {relationship}\n{where}product: SDK\ndata:\n  {items}\n"
        f"purpose: Provide the service.\nscenario: You use it.\nsharing_modes: [backend_api]\n"
        f"privacy_policy:\n  url: https://example.com/{n % 3}\n"
        f"{FACTS[n % len(FACTS)]}{FACTS[(n * 7 + 3) % len(FACTS)]}"
    )


@pytest.fixture(scope="module")
def checked(tmp_path_factory: pytest.TempPathFactory) -> Checked:
    folder = tmp_path_factory.mktemp("remembered") / "declarations"
    folder.mkdir()
    for n in range(2 * len(ITEMS) * len(FACTS) // 3):
        (folder / f"p{n:03d}.yaml").write_text(declaration(n), encoding="utf-8")
    settings = Settings(regimes=("pipl", "gb35273", "gdpr"), today="2026-11-29")
    sources, result = collect([folder], settings, jobs=1)
    return settings, sources, result


def made(checked: Checked, fmt: str, lang: str, *, fresh: bool) -> list[str]:
    settings, sources, result = checked
    context = report_context(settings)
    regimes = regime_names(settings, Words(lang))
    by_path = problems_by_path(result)
    out = []
    # remembered: what earlier reports (other formats, the other language) left is kept too
    for n, source in enumerate(sources, 1):
        if fresh:
            build.forget()
            sections.forget()
        problems = by_path.get(source.path, [])
        entry = partner(n, source, problems, result.rules, context, w=Words(lang))
        out.append(render_partners(fmt, [entry], regimes, lang))
    return out


@pytest.mark.parametrize(
    ("fmt", "lang"), list(itertools.product(("html", "markdown"), ("en", "zh")))
)
def test_remembered_sections_are_those_made_afresh(checked: Checked, fmt: str, lang: str) -> None:
    remembered = made(checked, fmt, lang, fresh=False)
    afresh = made(checked, fmt, lang, fresh=True)
    assert len(remembered) == len(afresh) > 100
    for one, other in zip(remembered, afresh, strict=True):
        assert one == other
    # the same words make rows that differ by what else the item declares
    rows = {row for text in afresh for row in text.split("\n") if "precise location" in row}
    assert len(rows) >= 6
