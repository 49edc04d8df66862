"""SARIF 2.1.0, the format GitHub code scanning and most security dashboards read.

One run; ``tool.driver.rules`` lists every rule that ran (id, name, descriptions, help, default
level, articles), each result points at its rule by ``ruleId`` and ``ruleIndex``. Locations are
relative URIs with ``uriBaseId: %SRCROOT%`` (the folder the check ran in, normally the
repository root) and a region whose ``endColumn`` is exclusive, as SARIF defines it. Columns
count Unicode code points (``columnKind``).

``partialFingerprints["disclosurelint/v1"]`` hashes path, rule, the JSON path with list elements
named by content and the offending value (:func:`disclosurelint.formats.fingerprint`, as the
baseline matches): no line numbers, list positions or message wording, so an alert survives
edits above it, items inserted before it and reworded messages. A waived problem carries a
``suppressions`` entry (``inSource`` when the waiver is written in the declaration itself,
``external`` when it comes from a central waivers file or a baseline), ``status: accepted`` and
the justification (reason, approver, expiry). An expired waiver is not a suppression; it is
described in ``properties``.
"""

from __future__ import annotations

import os
from typing import Any, TextIO
from urllib.parse import quote

from disclosurelint import __version__
from disclosurelint.formats import ReportOptions, exit_code, fingerprint, waiver_summary
from disclosurelint.model import Problem, Result, RuleInfo, Severity, Waiver, format_json_path
from disclosurelint.printable import write_json

SCHEMA_URI = "https://json.schemastore.org/sarif-2.1.0.json"
INFORMATION_URI = "https://disclosurelint.dev/"
FINGERPRINT_KEY = "disclosurelint/v1"
LEVELS = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "note"}
_CATEGORIES = {
    "DL0": "input",
    "DL1": "schema",
    "DL2": "completeness",
    "DL3": "sensitive-data",
    "DL4": "consistency",
    "DL5": "waivers",
    "DL9": "organisation-policy",
}


def _rule_descriptor(rule: RuleInfo, help_base: str | None = None) -> dict[str, Any]:
    doc = rule.doc or rule.summary or rule.name
    builtin = rule.origin == "built-in"
    tags = ["privacy", _CATEGORIES.get(rule.code[:3], "other") if builtin else _CATEGORIES["DL9"]]
    uri = rule.help_uri(help_base)
    return {
        "id": rule.code,
        "name": rule.name,
        "shortDescription": {"text": rule.summary or rule.name},
        "fullDescription": {"text": doc},
        "help": {"text": f"{rule.summary or rule.name} See {uri}", "markdown": doc},
        "helpUri": uri,
        "defaultConfiguration": {"level": LEVELS[rule.severity]},
        "properties": {"tags": tags, "articles": list(rule.articles)},
    }


def _rules(result: Result) -> list[RuleInfo]:
    """The rules that ran, plus any a problem names that the result does not describe."""
    rules = dict(result.rules)
    for p in result.tally.first.values():
        rules.setdefault(p.code, RuleInfo(p.code, p.name, p.severity, summary=p.name))
    return [rules[code] for code in sorted(rules)]


def _uri(path: str) -> dict[str, str]:
    """The file's URI: its bytes percent-encoded, so a name that is not UTF-8 still names it."""
    encoded = quote(os.fsencode(path))
    if path.startswith("/"):
        return {"uri": "file://" + encoded}
    return {"uri": encoded, "uriBaseId": "%SRCROOT%"}


def _suppression(problem: Problem, waiver: Waiver) -> dict[str, Any]:
    in_source = waiver.source.rpartition(":")[0] == problem.path or waiver.source == problem.path
    return {
        "kind": "inSource" if in_source else "external",
        "status": "accepted",
        "justification": waiver_summary(waiver),
    }


def _result(problem: Problem, index: int) -> dict[str, Any]:
    span = problem.span
    text = problem.message + (f"\nhelp: {problem.fix}" if problem.fix else "")
    properties: dict[str, Any] = {
        "name": problem.name,
        "severity": problem.severity.label,
        "jsonPath": format_json_path(problem.json_path),
    }
    entry: dict[str, Any] = {
        "ruleId": problem.code,
        "ruleIndex": index,
        "level": LEVELS[problem.severity],
        "message": {"text": text},
        "locations": [
            {
                "physicalLocation": {
                    "artifactLocation": _uri(problem.path),
                    "region": {
                        "startLine": span.start.line,
                        "startColumn": span.start.column,
                        "endLine": span.end.line,
                        "endColumn": span.end.column,
                    },
                }
            }
        ],
        "partialFingerprints": {FINGERPRINT_KEY: fingerprint(problem)},
    }
    if problem.waiver is not None:
        w = problem.waiver
        properties["waiver"] = {
            "reason": w.reason,
            "approvedBy": w.approved_by,
            "expires": w.expires,
            "source": w.source,
            "expired": w.expired,
        }
        if problem.waived:
            entry["suppressions"] = [_suppression(problem, w)]
    entry["properties"] = properties
    return entry


_RESULTS: list[Any] = []  # where the results go in the log, written as they are read


def sarif_log(
    result: Result, options: ReportOptions, *, results: list[Any] | None = None
) -> dict[str, Any]:
    """The log; with ``results``, that object stands where the results go."""
    rules = _rules(result)
    index = {rule.code: i for i, rule in enumerate(rules)}
    run: dict[str, Any] = {
        "tool": {
            "driver": {
                "name": "disclosurelint",
                "version": __version__,
                "semanticVersion": __version__,
                "informationUri": INFORMATION_URI,
                "rules": [_rule_descriptor(rule, options.help_base) for rule in rules],
            }
        },
        "invocations": [
            {
                "executionSuccessful": True,
                "exitCode": exit_code(result, options),
                "toolExecutionNotifications": [
                    {"level": "note", "message": {"text": note}} for note in result.notes
                ],
            }
        ],
        "columnKind": "unicodeCodePoints",
        "results": [_result(p, index[p.code]) for p in result.problems]
        if results is None
        else results,
        "properties": {
            "filesChecked": len(result.files),
            "regimes": list(result.regimes),
            "failOn": options.fail_on.label,
            "exitZero": options.exit_zero,
        },
    }
    return {"$schema": SCHEMA_URI, "version": "2.1.0", "runs": [run]}


def render(result: Result, out: TextIO, options: ReportOptions) -> None:
    log = sarif_log(result, options, results=_RESULTS)
    index = {rule["id"]: i for i, rule in enumerate(log["runs"][0]["tool"]["driver"]["rules"])}
    found = (_result(p, index[p.code]) for p in result.problems)
    write_json(out, log, found, stream=_RESULTS)
