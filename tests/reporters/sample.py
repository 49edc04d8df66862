"""One hand-made result holding every case a reporter must show.

Waivers are written by people elsewhere in the pipeline; here they are set directly, so each
format is tested on waived, expired-waiver, info, warning and error problems, and on text that
needs escaping (``%``, ``:``, ``,``, ``|``, ``<``, ``&``, line breaks).
"""

from __future__ import annotations

from io import StringIO

from disclosurelint import rules as registry
from disclosurelint.formats import ReportOptions, get
from disclosurelint.model import Problem, Result, Severity, Span, Waiver

INLINE = Waiver(
    code="DL204",
    reason="The list names the page | there is no URL",
    approved_by="legal@example.com",
    expires="2099-12-31",
    source="declarations/p/b.yaml:14",
)
EXPIRED = Waiver(
    code="DL204",
    reason="Vendor promised a link",
    approved_by="privacy-office",
    expires="2020-01-31",
    source="waivers.yaml:3",
    expired=True,
)

ERROR = Problem(
    "declarations/p/a,b.yaml",
    Span.at(1, 1, 13),
    "DL201",
    "purpose",
    Severity.ERROR,
    "50% done: purpose is missing,\r\nsee line 2",
    fix="Add `purpose:`.",
)
WARNING = Problem(
    "declarations/p/a,b.yaml",
    Span.at(7, 3, 4),
    "DL104",
    "invalid-value",
    Severity.WARNING,
    "`mode` is <script>alert('x')</script> | & more",
    json_path=("mode",),
)
INFO = Problem(
    "declarations/p/b.yaml",
    Span.at(5, 16, 21),
    "DL205",
    "recipient-chosen-at-runtime",
    Severity.INFO,
    "the list cannot name this recipient",
    json_path=("recipient", "selected_by"),
)
WAIVED = Problem(
    "declarations/p/b.yaml",
    Span.at(14, 14, 60),
    "DL204",
    "policy-url",
    Severity.ERROR,
    "no link to the recipient's privacy policy",
    json_path=("privacy_policy", "reference"),
    fix="Add `url:`.",
    waiver=INLINE,
)
EXPIRED_WAIVER = Problem(
    "declarations/p/c.yaml",
    Span(Span.at(9, 14).start, Span.at(10, 1).start),
    "DL204",
    "policy-url",
    Severity.ERROR,
    "no link to the recipient's privacy policy",
    json_path=("privacy_policy", "reference"),
    waiver=EXPIRED,
)

PROBLEMS = (ERROR, WARNING, INFO, WAIVED, EXPIRED_WAIVER)
FILES = (
    "declarations/p/a,b.yaml",
    "declarations/p/b.yaml",
    "declarations/p/c.yaml",
    "declarations/p/clean.yaml",
)


def sample_result() -> Result:
    codes = {p.code for p in PROBLEMS} | {"DL401"}
    rules = {code: registry.info(registry.by_code()[code]) for code in sorted(codes)}
    return Result(
        problems=tuple(sorted(PROBLEMS, key=lambda p: p.sort_key)),
        files=FILES,
        rules=rules,
        regimes=("pipl", "gb35273"),
        notes=("1 baseline entry is stale",),
    )


def render(fmt: str, result: Result | None = None, fail_on: Severity = Severity.WARNING) -> str:
    out = StringIO()
    get(fmt)(sample_result() if result is None else result, out, ReportOptions(fail_on=fail_on))
    return out.getvalue()


def validate_sarif(document: object) -> None:
    """Raise unless ``document`` is valid under the official SARIF 2.1.0 schema."""
    import json
    from pathlib import Path

    from jsonschema import Draft4Validator

    schema = json.loads(
        (Path(__file__).parents[1] / "data" / "sarif-schema-2.1.0.json").read_text("utf-8")
    )
    Draft4Validator.check_schema(schema)
    Draft4Validator(schema, format_checker=Draft4Validator.FORMAT_CHECKER).validate(document)
