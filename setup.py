"""Builds the one C extension: :mod:`disclosurelint.simple_yaml` compiled by mypyc.

Everything else is in pyproject.toml. The YAML reader's pure-Python module stays the source of
truth: a copy of it, ``_simple_yaml_compiled``, is written with the hash of the source it was
made from and compiled; :mod:`disclosurelint.load` uses it only while that hash matches
``simple_yaml.py`` as it is. Without a C compiler (or mypyc) the build goes on without it and
the pure-Python module is used.
"""

from __future__ import annotations

import importlib.util
from pathlib import Path
from typing import Any

from setuptools import Extension, setup
from setuptools.command.build_ext import build_ext

PACKAGE = Path("src", "disclosurelint")
SOURCE = PACKAGE / "simple_yaml.py"
COPY = PACKAGE / "_simple_yaml_compiled.py"
MODULE = "disclosurelint._simple_yaml_compiled"


def source_hash(source: bytes) -> str:
    """The hash :mod:`disclosurelint.load` compares (the one Python's own bytecode cache uses)."""
    return importlib.util.source_hash(source).hex()


class OptionalMypycBuild(build_ext):
    """Compiles the reader with mypyc when it can; a failure leaves the pure-Python module."""

    def finalize_options(self) -> None:
        self.distribution.ext_modules = mypyc_extensions()
        super().finalize_options()

    def run(self) -> None:
        try:
            super().run()
        except Exception as exc:  # no compiler: the pure-Python module is used
            print(f"warning: {MODULE} not compiled ({exc}); the pure-Python reader is used")
            for output in self.get_outputs():
                Path(output).unlink(missing_ok=True)  # no half of the two libraries mypyc makes
            self.extensions = self.distribution.ext_modules = []


def mypyc_extensions() -> list[Any]:
    """The extensions mypyc makes of a copy of simple_yaml.py that carries its hash."""
    source = SOURCE.read_bytes()
    try:
        COPY.write_bytes(source + f"\nSOURCE_HASH = {source_hash(source)!r}\n".encode())
        from mypyc.build import mypycify

        flags = ["--follow-imports=skip", "--ignore-missing-imports"]
        return mypycify([*flags, str(COPY)], target_dir=str(Path("build", "mypyc")))
    except Exception as exc:  # no mypyc: the pure-Python module is used
        print(f"warning: {MODULE} not generated ({exc}); the pure-Python reader is used")
        return []
    finally:
        COPY.unlink(missing_ok=True)


setup(
    ext_modules=[Extension(MODULE, sources=[])],  # replaced by mypyc's in the build
    cmdclass={"build_ext": OptionalMypycBuild},
)
