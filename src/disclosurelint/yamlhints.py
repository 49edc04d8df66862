"""The likely cause of a YAML syntax error, named in words, with the fix.

The parser says where it gave up ("could not find expected ':'", "found character that cannot
start any token"), which is often the line after the mistake and never names it. People writing
declarations make a handful of mistakes again and again; each is recognised here from the text
around the error and explained at the position of the mistake itself:

* full-width punctuation typed in Chinese input mode where YAML needs its ASCII form (a
  full-width colon after a key, a full-width dash before an item, a full-width comma in a flow
  list, an ideographic space as indentation);
* a tab as indentation;
* a second ``: `` inside a plain value (``purpose: Note: ...``);
* a value that starts with a character YAML reserves (``@``, a backtick, ``%``);
* a quote or bracket that is never closed.
"""

# ruff: noqa: RUF001  (the full-width characters are what this module recognises)

from __future__ import annotations

from dataclasses import dataclass

# full-width or CJK forms of the characters YAML's syntax is made of, and their ASCII form
FULL_WIDTH = {
    "：": ":",
    "－": "-",
    "，": ",",
    "［": "[",
    "］": "]",
    "｛": "{",
    "｝": "}",
    "＃": "#",
    "\u3000": " ",
}
RESERVED_STARTS = "@`%"


@dataclass(frozen=True)
class Hint:
    """What is wrong (completing "YAML syntax error: "), where (1-based), and how to fix it."""

    message: str
    line: int
    column: int
    fix: str


def _name(char: str) -> str:
    return {"\u3000": "an ideographic space (U+3000)", "\t": "a tab"}.get(
        char, f"a full-width {char!r} (U+{ord(char):04X})"
    )


def _full_width(lines: list[str], first: int, last: int) -> Hint | None:
    """Full-width syntax on a line from ``first`` to ``last`` (0-based, inclusive)."""
    for index in range(max(first, 0), min(last, len(lines) - 1) + 1):
        line = lines[index]
        code = line.split(" #", 1)[0]
        for column, char in enumerate(code):
            ascii_form = FULL_WIDTH.get(char)
            if ascii_form is None:
                continue
            before = code[:column]
            if char == "：" and ":" in before:
                continue  # a full-width colon inside a value is text
            if char in "－\u3000" and before.strip():
                continue  # only as the first character a dash or space is syntax
            if char in "，［］｛｝" and "[" not in before and "{" not in before and char != "［":
                continue  # text, unless inside or opening a flow collection
            if char == "＃" and before.strip():
                continue
            example = _fixed(code.strip(), char, ascii_form)
            return Hint(
                f"{_name(char)} where YAML needs {ascii_form!r}; "
                "Chinese input mode types it instead",
                index + 1,
                column + 1,
                f"Type the ASCII character instead: `{example}`.",
            )
    return None


def _fixed(code: str, char: str, ascii_form: str) -> str:
    fixed = code.replace(char, ascii_form)
    if char == "：":
        key, _, value = fixed.partition(":")
        fixed = f"{key}: {value.lstrip()}" if value.strip() else f"{key}:"
    elif char == "－":
        fixed = "- " + fixed[1:].lstrip()
    return fixed


def hint(
    text: str, problem: str, context: str, position: tuple[int, int], context_line: int | None
) -> Hint | None:
    """The likely mistake behind the parser's ``problem`` at ``position`` (line and column,
    0-based), or None. ``context`` and ``context_line`` (0-based) name the construct the parser
    was reading and where it began."""
    line, column = position
    lines = text.splitlines()
    found = _full_width(
        lines, min(line - 1, context_line if context_line is not None else line), line
    )
    if found is not None:
        return found
    here = lines[line] if 0 <= line < len(lines) else ""
    char = here[column] if 0 <= column < len(here) else ""
    if char == "\t" or "tab" in problem:
        tab = here.find("\t")
        return Hint(
            "a tab indents this line; YAML indents with spaces only",
            line + 1,
            (tab if tab >= 0 else column) + 1,
            "Replace the tab with spaces, as many as the lines around it use.",
        )
    if "mapping values are not allowed" in problem:
        key, sep, value = here.partition(": ")
        if sep and ": " in value + " " and not value.lstrip().startswith(("'", '"')):
            quoted = value.strip().replace('"', '\\"')
            return Hint(
                f"the value of `{key.strip().lstrip('- ')}` holds ': ', which YAML reads as "
                "the start of another key",
                line + 1,
                len(key) + len(sep) + (value + " ").index(": ") + 1,
                f'Quote the whole value: `{key.strip()}: "{quoted}"`.',
            )
    if "cannot start any token" in problem and char in RESERVED_STARTS:
        key, _, value = here.partition(":")
        return Hint(
            f"a plain value cannot start with {char!r}, which YAML reserves",
            line + 1,
            column + 1,
            f'Quote the value: `{key.strip()}: "{value.strip()}"`.',
        )
    if "end of stream" in problem and "quoted scalar" in context and context_line is not None:
        return Hint(
            f"the quote opened on line {context_line + 1} is never closed",
            context_line + 1,
            1,
            "Close the quote at the end of the value.",
        )
    return None
