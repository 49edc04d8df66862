"""``disclosurelint report [PATH]``: a dated report on the declarations, for legal review."""

from __future__ import annotations

import argparse
import datetime
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from disclosurelint.commands.check import add_cache_arguments, cache_folder
from disclosurelint.commands.options import (
    add_settings_arguments,
    default_context,
    paths_to_check,
    settings_from_args,
)
from disclosurelint.errors import EXIT_OK, UsageError

if TYPE_CHECKING:
    from collections.abc import Iterable, Sequence

    from disclosurelint.config import Settings
    from disclosurelint.report.build import Frame
    from disclosurelint.report.collect import Source
    from disclosurelint.report.model import ChangeLog, Report
    from disclosurelint.taxonomy.records import Taxonomy

NAME = "report"
HELP = "write a report on the declarations that can be filed: dated, tied to its commit"

_DESCRIPTION = """\
Write a report on the declarations for legal review: a header tying it to the repository, the
commit (and whether the checked files had uncommitted changes), the date, the tool's and the rule
set's versions, the regimes and a SHA-256 of the declarations; a summary of the partners and the
problems; a section per partner with every declared fact in plain words, its data items and the
regimes under which each is sensitive, its problems with the article behind each rule and the
fix, and its waivers; and the documentation of every rule cited. The configuration, regimes and
waivers are those `disclosurelint check` uses."""

_EPILOG = """\
The same files, configuration and --date give the same bytes.

exit status:
  0  the report was written (it documents problems; it is not a gate: use `check` for that)
  2  usage error, a configuration that cannot be read, a file that cannot be written, or
     Jinja2 missing for --format html"""


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.description = _DESCRIPTION
    parser.epilog = _EPILOG
    parser.formatter_class = argparse.RawDescriptionHelpFormatter
    parser.add_argument(
        "paths",
        nargs="*",
        metavar="PATH",
        help="files or folders of declarations (default: the configuration's paths, else "
        "declarations/ where it exists, else .)",
    )
    parser.add_argument(
        "-f", "--format", choices=("html", "markdown"), default="html",
        help="html (one self-contained file that prints on A4; needs Jinja2, from the `report` "
        "extra) or markdown (default: html)",
    )  # fmt: skip
    parser.add_argument(
        "--lang", metavar="LANG", default="en",
        help="the language of the report's own words, en or zh (default: en); the "
        "declarations' texts in that language where they have one",
    )  # fmt: skip
    parser.add_argument(
        "-o", "--output", metavar="FILE", type=Path,
        help="write the report to FILE instead of standard output",
    )  # fmt: skip
    parser.add_argument(
        "--date", metavar="YYYY-MM-DD",
        help="the report's date, also the day waiver expiry is judged on (default: today)",
    )  # fmt: skip
    parser.add_argument(
        "--changes-since", metavar="REV",
        help="add the changes in meaning since git revision REV (the previous published "
        "version): the change log PIPL Art. 17 asks to be notified",
    )  # fmt: skip
    sign = parser.add_argument_group("sign-off (left 'Not stated' to sign by hand when absent)")
    sign.add_argument("--reviewer", metavar="NAME", help="the reviewer's name")
    sign.add_argument("--reviewer-title", metavar="TITLE", help="the reviewer's title")
    sign.add_argument("--signed-on", metavar="YYYY-MM-DD", help="the date of the sign-off")
    sign.add_argument("--decision", metavar="TEXT", help='the decision, e.g. "Approved"')
    add_settings_arguments(parser, changed_since=False)  # a report covers every declaration
    add_cache_arguments(
        parser,
        "check every declaration again; do not read the result cache `check` keeps (a report "
        "never writes it)",
    )


def report_date(text: str | None) -> str:
    """``text`` checked as a calendar date, or today's date; ISO ``YYYY-MM-DD``."""
    if text is None:
        return datetime.date.today().isoformat()
    try:
        return datetime.date.fromisoformat(text.strip()).isoformat()
    except ValueError:
        raise UsageError(f"--date {text!r} is not a date (write it as YYYY-MM-DD)") from None


def report_lang(text: str | None) -> str:
    """``text`` checked as a language the report is written in."""
    from disclosurelint.report.catalogue import language

    return language(text)


@dataclass(frozen=True)
class _Inputs:
    settings: Settings
    paths: list[str]
    taxonomy: Taxonomy
    context: Sequence[str]


def _inputs(args: argparse.Namespace, date: str) -> _Inputs:
    """The settings as of ``date``, the paths to report on, the taxonomy and the context paths."""
    from disclosurelint.taxonomy import TaxonomyError, load_taxonomy

    settings = replace(settings_from_args(args), today=date)
    paths = paths_to_check(args, settings)
    try:
        taxonomy = load_taxonomy(settings.taxonomy)
    except TaxonomyError as exc:
        from disclosurelint.errors import ConfigError

        raise ConfigError(str(exc), settings.source) from None
    return _Inputs(settings, paths, taxonomy, args.context or default_context(paths))


def _frame(args: argparse.Namespace, found: _Inputs, date: str, shown: Iterable[str]) -> Frame:
    """What the report says besides its partners; ``shown``: the declarations' paths."""
    from disclosurelint.report.build import Frame
    from disclosurelint.report.collect import read_products
    from disclosurelint.report.provenance import configuration, provenance

    settings = found.settings
    return Frame(
        provenance(found.paths, settings.root),
        date,
        configuration(settings.source, args.isolated),
        read_products(shown),
        _changes(getattr(args, "changes_since", None), found.paths, settings),
        _signed(args),
        report_lang(getattr(args, "lang", None)),
    )


def build(args: argparse.Namespace, date: str) -> tuple[Report, tuple[Source, ...]]:
    """The report on the declarations ``args`` name, as of ``date``, and their sources, whole in
    memory (``run`` writes the report as it is made instead).

    Shared with ``export``, so that an export and the report never disagree.
    """
    from disclosurelint.report.build import build_report
    from disclosurelint.report.collect import collect

    found = _inputs(args, date)
    sources, result = collect(found.paths, found.settings, context=found.context, jobs=args.jobs)
    frame = _frame(args, found, date, (s.path for s in sources))
    report = build_report(
        sources,
        result,
        found.settings,
        frame.provenance,
        date,
        configuration=frame.configuration,
        taxonomy=found.taxonomy,
        products=frame.products,
        changes=frame.changes,
        signed=frame.signed,
        lang=frame.lang,
    )
    return report, sources


def _signed(args: argparse.Namespace) -> dict[str, str | None]:
    when = getattr(args, "signed_on", None)
    return {
        "reviewer": getattr(args, "reviewer", None),
        "title": getattr(args, "reviewer_title", None),
        "date": _signed_on(when) if when else None,
        "decision": getattr(args, "decision", None),
    }


def _signed_on(text: str) -> str:
    try:
        return datetime.date.fromisoformat(text.strip()).isoformat()
    except ValueError:
        raise UsageError(f"--signed-on {text!r} is not a date (write it as YYYY-MM-DD)") from None


def _changes(since: str | None, paths: Sequence[str], settings: Settings) -> ChangeLog | None:
    """The changes in meaning since ``since`` (a git revision), for the report's change log."""
    if not since:
        return None
    from disclosurelint.report.model import ChangeLine, ChangeLog
    from disclosurelint.semdiff.engine import diff_revisions

    found = diff_revisions(since, None, [str(p) for p in paths], settings)
    lines = tuple(
        ChangeLine(c.partner, c.risk.value, c.message, c.kind, c.field, c.old, c.new)
        for c in found.changes
    )
    return ChangeLog(f"{since} ({found.base.commit[:12]})" if found.base.commit else since, lines)


def run(args: argparse.Namespace, out: TextIO) -> int:
    if args.format == "html":
        from disclosurelint.templating import require_jinja2

        require_jinja2()  # before any work: a missing extra is a usage error
    if args.changed_since:
        raise UsageError("a report describes every declaration; --changed-since is for `check`")
    report_lang(args.lang)  # before any work: an unknown language is a usage error
    date = report_date(args.date)
    from disclosurelint.discover import discover_shown
    from disclosurelint.report.collect import declarations
    from disclosurelint.report.stream import spooled

    found = _inputs(args, date)
    settings = found.settings
    files = declarations(found.paths, settings)
    context = discover_shown(found.context, settings.exclude, root=settings.root)
    frame = _frame(args, found, date, (shown for _, shown in files))
    with spooled(
        files, settings, frame,
        fmt=args.format, context=context, taxonomy=found.taxonomy, jobs=args.jobs,
        cache_dir=cache_folder(args, settings),
    ) as done:  # fmt: skip
        if args.output is None:
            done.write(out)
            return EXIT_OK
        from disclosurelint.output import writing

        with writing(args.output) as handle:
            done.write(handle)
    from disclosurelint.printable import shown_path
    from disclosurelint.report.words import plural

    summary = done.report.summary
    out.write(
        f"Wrote {shown_path(args.output)}: {plural(len(done.report.partners), 'declaration')}, "
        f"{plural(summary.open, 'open problem')}, {summary.waived} waived.\n"
    )
    return EXIT_OK
