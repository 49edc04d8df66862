"""A deterministic corpus of declarations, most of them sound and many carrying one problem of a
kind the loader, the schema or a rule reports (broken YAML, duplicate keys, unknown tags, wrong
types, misspelt keys, sensitive items, waivers, duplicate ids, other encodings and line ends).

Its ``check -f json`` output is kept as a golden file: whatever is made faster in the loader, the
validator, the rules or the writers, every finding must stay byte for byte what it was.
``python -m tests.golden.corpus --write`` rewrites the golden file after an intended change.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from pathlib import Path

ITEMS = [
    "name",
    "nickname",
    "telephone number",
    "email address",
    "job title",
    "device identifier",
    "IP address",
    "ID card number",
    "bank card number",
    "precise location",
    "contacts",
    "health records",
    "religious belief",
    "face image",
    "通讯录",
    "手机号码",
    "设备型号",
    "身份证号码",
    "行踪轨迹",
    "browsing history",
    "name",
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
COUNTRIES = ["CN", "CN", "CN", "US", "SG", "DE", "NO"]


def sound(n: int, rng: random.Random) -> str:
    """A declaration in the shape of the seed's entries."""
    items = rng.sample(ITEMS, k=rng.randint(1, 6))
    data = "\n".join(f"  - item: {item}" for item in items)
    if rng.random() < 0.2:
        data += "\n  - item: name\n    purpose: To address you by name."
    policy = (
        f"url: https://partner{n}.example.com/privacy.html"
        if rng.random() < 0.8
        else "reference: See the app details page."
    )
    return (
        "# yaml-language-server: $schema=../schema/partner-disclosure.schema.json\n"
        "disclosure: 1\n"
        f"id: partner-{n:04d}\n"
        "recipient:\n"
        f"  name: Partner {n} Co., Ltd.\n"
        f"  relationship: {rng.choice(RELATIONSHIPS)}\n"
        f"  contact: https://www.partner{n}.com/contact\n"
        f"  country: {rng.choice(COUNTRIES)}\n"
        f"product: Partner{n} SDK\n"
        "data:\n"
        f"{data}\n"
        f"purpose: Provide the Partner{n} service to you.\n"
        f"scenario: You use the Partner{n} feature in the app.\n"
        f"sharing_modes: [{', '.join(rng.sample(MODES, k=rng.randint(1, 2)))}]\n"
        "privacy_policy:\n"
        f"  {policy}\n"
        "review:\n"
        "  owner: Legal\n"
        '  last_reviewed: "2026-11-01"\n'
    )


def _sub(old: str, new: str) -> Callable[[str], str]:
    return lambda text: text.replace(old, new, 1)


def _drop(key: str) -> Callable[[str], str]:
    return lambda text: "\n".join(x for x in text.split("\n") if not x.startswith(key)) + "\n"


WAIVER = '# disclosurelint: allow {code} reason="{reason}" approved-by="Legal" expires={expires}\n'

MUTATIONS: list[Callable[[str], str]] = [
    _sub("purpose: Provide", "purpose: TBD # Provide"),
    _sub("sharing_modes: [", "sharing_modes: [carrier_pigeon, "),
    _sub("url: https://", "url: http://"),
    _drop("scenario:"),
    _drop("disclosure:"),
    _sub("recipient:\n", "recipient:\n  nmae: Typo Co.\n"),
    _sub("purpose:", "purpse:"),
    _sub("disclosure: 1", "disclosure: one"),
    _sub("sharing_modes: [", "sharing_modes: ["[:-1] + "{"),  # broken flow collection
    _sub("product:", "product: a\nproduct:"),  # duplicate key
    _sub("product: ", "product: !!python/object "),  # unknown tag
    _sub("data:\n", "data:\n  - ? [a, b]\n    : c\n"),  # complex key
    lambda text: text + "---\ndisclosure: 1\n",  # two documents
    lambda text: "",  # empty
    lambda text: "- a list\n- not a mapping\n",
    lambda text: text.replace("\n", "\r\n"),  # CRLF: positions must not move
    lambda text: "\ufeff" + text,  # a byte-order mark
    _sub("  - item:", '  - item: ""\n  - item:'),  # an empty value
    _sub("  - item:", "  -  item: 42\n  - item:"),  # a wrong type
    _sub("country: ", "country: XX\n  # was: "),
    _sub("data:\n", "data:\n  - item: name\n  - item: name\n"),  # duplicate item
    _sub("purpose: Provide", "purpose: |\n  Provide\n  the service # not a comment\n  and\n  "),
    _sub("scenario: ", "scenario: >-\n  Folded text\n  "),
    _sub("id: partner-", "id: &anchor partner-"),
    _sub("data:\n", "data: []\nextra:\n"),
    _sub("name: Partner", 'name: "Partner \\u202e reversed" #'),
    _sub("relationship: ", "relationship: [a, b] #"),
    _sub("privacy_policy:\n", "privacy_policy: {}\nignored:\n"),
    lambda text: (
        WAIVER.format(code="DL305", reason="No contact is published", expires="2020-01-01") + text
    ),  # expired
    lambda text: (
        WAIVER.format(
            code="DL309", reason="The list does not say how it is processed", expires="2099-06-01"
        )
        + text
    ),
    lambda text: "# disclosurelint: allow DL203 reason=\n" + text,  # malformed
    lambda text: (
        WAIVER.format(code="DL204", reason="The list gives no URL", expires="2099-06-30")
        + text.replace("url: https://", "reference: see ")
    ),
    _sub("  - item:", "  - item: 身份证号码\n    justification: 实名认证所必需\n  - item:"),
    _sub('last_reviewed: "2026-11-01"', "last_reviewed: 2026-13-45"),
    _sub("contact: https://", "contact: mailto:"),
    _sub("  - item:", "  - item:\n      nested: deep\n  - item:"),
    _sub("\n", "\n\t\n"),  # a tab where YAML forbids it
    _sub("id: partner-", 'id: "partner-\\xff'),  # unterminated quote
]


def corpus(folder: Path, count: int = 160, seed: int = 5) -> list[Path]:
    """``count`` declarations under ``folder``; every fourth with a problem (the mutations are
    all used before any repeats), a few duplicate ids, two files that are not UTF-8 text."""
    rng = random.Random(seed)
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    mutation = 0
    for n in range(count):
        text = sound(n, rng)
        if n % 4 == 1:
            text = MUTATIONS[mutation % len(MUTATIONS)](text)
            mutation += 1
        elif n % 23 == 2:
            text = text.replace(f"id: partner-{n:04d}", f"id: partner-{n - 1:04d}", 1)
        path = folder / f"d{n:04d}.yaml"
        path.write_bytes(text.encode("utf-8"))
        paths.append(path)
    (folder / "latin1.yaml").write_bytes(
        sound(9000, rng).replace("Co.", "Société").encode("latin-1")
    )
    (folder / "binary.yaml").write_bytes(b"disclosure: 1\n\x00\x01\x02")
    (folder / "utf16.yaml").write_bytes(sound(9001, rng).encode("utf-16"))
    return paths


GOLDEN = Path(__file__).with_name("expected.json")
FOLDER = "decl"


def check_json(where: Path, *args: str) -> str:
    """``disclosurelint check --isolated -f json`` on the corpus under ``where``, as printed, with
    the tool's version written ``{version}`` so that a release does not change the golden file."""
    import contextlib
    import io
    import os

    from disclosurelint import __version__
    from disclosurelint.cli import main

    out = io.StringIO()
    before = Path.cwd()
    os.chdir(where)
    try:
        with contextlib.redirect_stdout(out):
            main(["check", "--isolated", "-f", "json", *args, FOLDER])
    finally:
        os.chdir(before)
    return out.getvalue().replace(f'"version": "{__version__}"', '"version": "{version}"')


if __name__ == "__main__":
    import argparse
    import tempfile

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--write", action="store_true", help="rewrite the golden file")
    options = parser.parse_args()
    with tempfile.TemporaryDirectory() as temp:
        corpus(Path(temp) / FOLDER)
        printed = check_json(Path(temp), "--jobs", "1")
    if options.write:
        GOLDEN.write_text(printed, encoding="utf-8")
    else:
        print(printed, end="")
