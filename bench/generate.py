"""Generate N synthetic declarations shaped like the seed's entries (deterministic)."""

from __future__ import annotations

import argparse
import random
from pathlib import Path

ITEMS = [
    "name",
    "nickname",
    "profile image",
    "telephone number",
    "email address",
    "job title",
    "department",
    "company",
    "fixed-line phone number",
    "address",
    "device identifier",
    "IP address",
    "calendar and meeting schedules",
    "ID card number",
    "bank card number",
    "precise location",
    "contacts",
    "通讯录",
    "手机号码",
    "设备型号",
]
MODES = [
    "backend_api",
    "local_api",
    "form",
    "terminal_initiated",
    "online_service",
    "sdk_on_device",
]
RELATIONSHIPS = ["third_party", "entrusted_processor", "device_service", "enterprise_customer"]

TEMPLATE = """\
# yaml-language-server: $schema=../../schema/partner-disclosure.schema.json
disclosure: 1
id: {id}
recipient:
  name: {company}
  relationship: {relationship}
  contact: https://www.partner{n}.com/contact
  country: CN
product: {product}
data:
{data}
purpose: Provide the {product} service to you as required.
scenario: You use the {product} feature in the app.
sharing_modes: [{modes}]
privacy_policy:
  {policy}
review:
  owner: Legal
  last_reviewed: 2026-11-01
"""


def declaration(n: int, rng: random.Random) -> str:
    items = rng.sample(ITEMS[:12], k=rng.randint(2, 6))
    if rng.random() < 0.1:
        items.append(rng.choice(ITEMS[12:]))
    data = "\n".join(f"  - item: {item}" for item in items)
    policy = (
        f"url: https://partner{n}.example-cdn.com/privacy/policy.html"
        if rng.random() < 0.9
        else "reference: See the app details page."
    )
    return TEMPLATE.format(
        id=f"partner-{n:05d}",
        company=f"Partner {n} Information Technology Co., Ltd.",
        relationship=rng.choice(RELATIONSHIPS),
        n=n,
        product=f"Partner{n} SDK",
        data=data,
        modes=", ".join(rng.sample(MODES, k=rng.randint(1, 2))),
        policy=policy,
    )


def generate(out: Path, count: int, seed: int = 7) -> list[Path]:
    rng = random.Random(seed)
    folder = out / "synthetic"
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for n in range(count):
        path = folder / f"partner-{n:05d}.yaml"
        path.write_text(declaration(n, rng), encoding="utf-8")
        paths.append(path)
    return paths


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("out", type=Path)
    parser.add_argument("-n", type=int, default=10_000)
    args = parser.parse_args()
    print(f"wrote {len(generate(args.out, args.n))} files under {args.out}")
