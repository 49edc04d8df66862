"""Builds the C extensions: a few hot pure-Python modules compiled by mypyc.

Everything else is in pyproject.toml. Each module in :data:`COMPILED` stays the source of truth:
a copy of it, ``_<name>_compiled``, is written with the hash of the source it was made from and
compiled; :mod:`disclosurelint.compiled` hands out the copy only while that hash matches the
module as it is. Without a C compiler (or mypyc) the build goes on without them and the
pure-Python modules are used.
"""

from __future__ import annotations

import importlib.util
from pathlib import Path
from typing import Any

from setuptools import Extension, setup
from setuptools.command.build_ext import build_ext

PACKAGE = Path("src", "disclosurelint")
# The modules compiled: the YAML reader, the generated schema check and the text fields' walk
# (keep in step with disclosurelint.compiled.MODULES)
COMPILED = ("simple_yaml", "_fastschema", "localized")
GROUP = "_modules_compiled"  # mypyc's library of the code of all of them: <GROUP>__mypyc


def copy_name(module: str) -> str:
    """The compiled copy's module name: ``simple_yaml`` -> ``_simple_yaml_compiled``."""
    return f"_{module.lstrip('_')}_compiled"


def source_hash(source: bytes) -> str:
    """The hash :mod:`disclosurelint.compiled` compares (the one Python's bytecode cache uses)."""
    return importlib.util.source_hash(source).hex()


class OptionalMypycBuild(build_ext):
    """Compiles the modules with mypyc when it can; a failure leaves the pure-Python ones."""

    def finalize_options(self) -> None:
        self.distribution.ext_modules = mypyc_extensions()
        super().finalize_options()

    def run(self) -> None:
        try:
            super().run()
        except Exception as exc:  # no compiler: the pure-Python modules are used
            print(f"warning: {', '.join(COMPILED)} not compiled ({exc}); the pure-Python ones run")
            for output in self.get_outputs():
                Path(output).unlink(missing_ok=True)  # no part of the libraries mypyc makes
            self.extensions = self.distribution.ext_modules = []


def mypyc_extensions() -> list[Any]:
    """The extensions mypyc makes of a copy of each module that carries its hash."""
    copies = [PACKAGE / f"{copy_name(module)}.py" for module in COMPILED]
    try:
        for module, copy in zip(COMPILED, copies, strict=True):
            source = (PACKAGE / f"{module}.py").read_bytes()
            copy.write_bytes(source + f"\nSOURCE_HASH = {source_hash(source)!r}\n".encode())
        from mypyc.build import mypycify

        flags = ["--follow-imports=skip", "--ignore-missing-imports"]
        return mypycify(
            [*flags, *map(str, copies)],
            target_dir=str(Path("build", "mypyc")),
            group_name=f"disclosurelint.{GROUP}",  # the shared library, in the package
        )
    except (Exception, SystemExit) as exc:  # no mypyc, or it stops on an error: pure modules
        print(f"warning: {', '.join(COMPILED)} not generated ({exc}); the pure-Python ones run")
        return []
    finally:
        for copy in copies:
            copy.unlink(missing_ok=True)


setup(
    # replaced by mypyc's in the build
    ext_modules=[Extension(f"disclosurelint.{copy_name(m)}", sources=[]) for m in COMPILED],
    cmdclass={"build_ext": OptionalMypycBuild},
)
