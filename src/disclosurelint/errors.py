"""The one exception family disclosurelint raises, and the exit codes it maps to."""

from __future__ import annotations

EXIT_OK = 0
EXIT_PROBLEMS = 1
EXIT_USAGE = 2


class DisclosureLintError(Exception):
    """An error the user can act on: printed as one line, exit code :attr:`exit_code`.

    :attr:`more` holds further errors found at the same time (every mistake of a configuration
    file), each printed on a line of its own.
    """

    exit_code = EXIT_USAGE
    more: tuple[str, ...] = ()
    headline: str | None = None

    def add(self, *more: str) -> None:
        """Record further errors; ``str()`` then gives all of them, one per line."""
        if self.headline is None:
            self.headline = str(self)
        self.more += more
        self.args = ("\n".join([self.headline, *self.more]),)

    def lines(self) -> tuple[str, ...]:
        """The error, then each further one: what the command line prints, a line each."""
        return (str(self) if self.headline is None else self.headline, *self.more)


class UsageError(DisclosureLintError):
    """Bad arguments, a missing path, an unknown rule or format."""


class ConfigError(DisclosureLintError):
    """A configuration file that cannot be read or does not validate."""

    def __init__(
        self,
        message: str,
        path: str | None = None,
        line: int | None = None,
        column: int | None = None,
    ) -> None:
        where = path or ""
        if path and line:
            where += f":{line}" + (f":{column}" if column else "")
        super().__init__(f"{where}: {message}" if where else message)
        self.path, self.line, self.column = path, line, column
