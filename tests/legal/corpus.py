"""A varied corpus of declarations, written from code, for the report's byte-for-byte tests.

Every kind of section the report writes appears at least once: a partner with every fact
declared, one chosen at run time, items in two languages, sensitive and unclassified items,
waivers in force, expired and unused, a central waivers file with a problem of its own, a file
that is not YAML, one that is not a mapping, a duplicate id, names with HTML and Markdown
characters, a product folder; and many plain partners drawn from a seeded random generator.
"""

from __future__ import annotations

import random
from pathlib import Path

CONFIG = """\
regimes: [pipl, gb35273, gdpr]
home-country: CN
waivers:
  file: policy/waivers.yaml
"""

CENTRAL = """\
# central waivers for the generated folder
- file: ../declarations/generated/partner-003.yaml
  code: DL204
  reason: The generator has no policy link for app-store entries
  approved-by: Legal
  expires: 2027-06-30
- file: ../declarations/generated/missing-*.yaml
  code: DL204
  reason: Nothing matches this
"""

PRODUCT = """\
product: 1
name: Demo App <beta>
app:
  name: Demo App
  version: 3.2.1
list:
  url: https://example.com/privacy/third-parties.html
  version: "7"
  published: "2026-01-15"
controller:
  name: Demo Co., Ltd.
  contact: privacy@example.com
"""

FULL = """\
disclosure: 1
id: full
recipient:
  name: 'Full <b>Facts</b> | *Ltd* [x](javascript:y) & Co'
  relationship: third_party
  contact: privacy@full-facts.com
  country: US
product: Full SDK
data:
  - item: precise location
    justification:
      necessity: The map needs where you are.
      impact: Your whereabouts are known to the recipient.
    consent: separate
    optional: true
  - item: {en: ID card number, zh: 身份证号码}
    consent: explicit
    optional: false
  - item: {en: favourite colour, zh: 最喜欢的颜色}
  - item: telephone number
    category: contact_info
purpose: Provide the `full` service.
scenario: You open the map.
sharing_modes: [backend_api, sdk_on_device]
privacy_policy:
  url: https://www.full-facts.com/privacy
legal_basis:
  pipl: consent
  gdpr: legitimate_interests
processing_method: Stores and analyses.
consent_evidence:
  kind: separate
  how: A dialog before the first share
cross_border:
  destinations: [US]
  mechanism: [cac_standard_contract, scc]
  justification: The recipient runs its servers there.
  rights_exercise: Write to privacy@full-facts.com.
retention: 30 days
security_measures: Encryption at rest.
entrustment_agreement:
  reference: DPA-2026-01
impact_assessment:
  date: "2026-02-01"
review:
  owner: Legal
  last_reviewed: "2026-11-01"
  ticket: LEGAL-42
"""

CHOSEN = """\
disclosure: 1
id: chosen
recipient:
  selected_by: user
  relationship: third_party
product: Share sheet
data:
  - item: photos
purpose: Share what you choose.
scenario: You tap Share.
sharing_modes: [terminal_initiated]
privacy_policy:
  reference: The chosen app's own policy.
"""

WAIVERS = """\
disclosure: 1
id: waived
# disclosurelint: allow DL305 reason="No contact published" approved-by="Counsel" expires=2026-01-31
recipient:
  name: Waived Co.
  relationship: third_party
  country: CN
product: Waived SDK
data:
  - item: name
purpose: Provide the service.
scenario: You use the service.
sharing_modes: [backend_api]
privacy_policy:
  # disclosurelint: allow DL204 reason="No link given" approved-by="Legal" expires=2027-06-30
  reference: See the app details page.
# disclosurelint: allow DL309 reason="Nothing to excuse here"
"""

ITEMS = (
    "name",
    "nickname",
    "telephone number",
    "email address",
    "device identifier",
    "IP address",
    "contacts",
    "bank card number",
    "precise location",
    "通讯录",
    "设备型号",
    "shoe size",
)
RELATIONSHIPS = ("third_party", "entrusted_processor", "device_service", "enterprise_customer")


def generated(n: int, rng: random.Random) -> str:
    """A plain declaration, with one problem now and then (a placeholder purpose, plain http,
    a missing scenario, an unknown sharing mode, or the id of the previous one)."""
    data = "".join(f"  - item: {item}\n" for item in rng.sample(ITEMS, k=rng.randint(1, 4)))
    identifier = f"partner-{n:03d}"
    purpose = "Provide the service."
    scenario = "scenario: You use the feature.\n"
    modes = rng.choice(("backend_api", "sdk_on_device", "form"))
    policy = f"url: https://www.partner{n}-cdn.com/privacy"
    country = rng.choice(("CN", "CN", "SG", "DE"))
    kind = rng.randrange(8)
    if kind == 0:
        purpose = "TBD"
    elif kind == 1:
        policy = policy.replace("https://", "http://")
    elif kind == 2:
        scenario = ""
    elif kind == 3:
        modes = "carrier_pigeon"
    elif kind == 4 and n:
        identifier = f"partner-{n - 1:03d}"
    return (
        f"disclosure: 1\nid: {identifier}\nrecipient:\n  name: Partner {n} Ltd.\n"
        f"  relationship: {rng.choice(RELATIONSHIPS)}\n  country: {country}\n"
        f"product: Partner{n} SDK\ndata:\n{data}purpose: {purpose}\n{scenario}"
        f"sharing_modes: [{modes}]\nprivacy_policy:\n  {policy}\n"
    )


def write_corpus(root: Path, count: int = 12, seed: int = 5) -> None:
    """The corpus under ``root``: a configuration, ``policy/waivers.yaml`` and
    ``declarations/`` with the hand-written cases and ``count`` generated ones."""

    def write(rel: str, text: str) -> None:
        path = root / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")

    write(".disclosurelint.yaml", CONFIG)
    write("policy/waivers.yaml", CENTRAL)
    write("declarations/_product.yaml", PRODUCT)
    write("declarations/full.yaml", FULL)
    write("declarations/chosen.yaml", CHOSEN)
    write("declarations/waived.yaml", WAIVERS)
    write("declarations/broken.yaml", "disclosure: 1\nid: [unclosed\n")
    write("declarations/listed.yaml", "- just\n- a list\n")
    rng = random.Random(seed)
    for n in range(count):
        write(f"declarations/generated/partner-{n:03d}.yaml", generated(n, rng))
