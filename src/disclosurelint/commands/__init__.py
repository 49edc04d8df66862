"""Sub-commands. Each module provides NAME, HELP, add_arguments(parser) and run(args, out) -> int.

Modules are listed once here, in the order ``disclosurelint --help`` shows them. Heavy imports
belong inside ``run`` so that building the parser stays cheap.
"""

from __future__ import annotations

COMMANDS: tuple[str, ...] = (
    "check",
    "fmt",
    "new",
    "lsp",
    "baseline",
    "cache",
    "rules",
    "explain",
    "test",
    "taxonomy",
    "classify",
    "import_",
    "config",
    "render",
    "report",
    "export",
    "diff",
    "sdks",
)
