"""Is a faster YAML parser from PyPI worth it? libyaml (PyPI's PyYAML) against rapidyaml.

The loader needs, for every file: the plain data, resolved by the YAML 1.2 core schema; the
position (line and column) of any key or value a finding points at; and the exact position and
wording of a syntax error. This times, per file and in CPU seconds (best of 3), on generated
seed-shaped declarations:

* libyaml compose: the node tree alone (PyYAML's C parser and composer);
* libyaml + data: ``disclosurelint.load.parse_with_libyaml`` (compose, build the data,
  duplicate keys, tags): what the loader does with a text outside the simple shapes;
* the loader: ``disclosurelint.load.parse``, which reads the common simple shapes with its own
  line-based reader (:mod:`disclosurelint.simple_yaml`) and leaves every other text to libyaml;
* rapidyaml parse: its C++ parser into its own tree, nothing handed to Python;
* rapidyaml + data: that tree walked into Python dicts, lists and strings (no scalar
  resolution, no positions: less than the loader does).

rapidyaml is not a dependency: ``pip install rapidyaml`` in a scratch environment to compare.
``python bench/yaml_parsers.py [-n 3000]``.
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from disclosurelint import load
from disclosurelint.simple_yaml import read as read_simple
from generate import declaration


def best(run: Callable[[], None], repeat: int = 3) -> float:
    found = []
    for _ in range(repeat):
        start = time.process_time()
        run()
        found.append(time.process_time() - start)
    return min(found)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("-n", type=int, default=3000, help="files (default 3000)")
    args = parser.parse_args()
    rng = random.Random(7)
    texts = [declaration(n, rng) for n in range(args.n)]
    raws = [t.encode("utf-8") for t in texts]

    def compose() -> None:
        for text in texts:
            loader = load._loader()(text)
            loader.get_single_node()
            loader.dispose()

    def ours() -> None:
        for text in texts:
            load.parse_with_libyaml(text, "x.yaml")

    def simple() -> None:
        for text in texts:
            load.parse(text, "x.yaml")

    fast = sum(read_simple(text, load._plain_scalar) is not None for text in texts)
    print(f"the fast reader reads {fast} of the {len(texts)} files itself")
    cases: dict[str, Callable[[], None]] = {
        "libyaml compose": compose,
        "libyaml + data": ours,
        "the loader": simple,
    }
    try:
        import ryml  # type: ignore[import-not-found]
    except ImportError:
        ryml = None
        print("rapidyaml is not installed (pip install rapidyaml): libyaml only")
    if ryml is not None:

        def walk(tree: object, node: int) -> object:
            t: object = tree
            if t.is_map(node):  # type: ignore[attr-defined]
                out: dict[str, object] = {}
                child = t.first_child(node)  # type: ignore[attr-defined]
                while child != ryml.NONE:
                    out[bytes(t.key(child)).decode()] = walk(tree, child)  # type: ignore[attr-defined]
                    child = t.next_sibling(child)  # type: ignore[attr-defined]
                return out
            if t.is_seq(node):  # type: ignore[attr-defined]
                items = []
                child = t.first_child(node)  # type: ignore[attr-defined]
                while child != ryml.NONE:
                    items.append(walk(tree, child))
                    child = t.next_sibling(child)  # type: ignore[attr-defined]
                return items
            return bytes(t.val(node)).decode()  # type: ignore[attr-defined]

        def ry_parse() -> None:
            for raw in raws:
                ryml.parse_in_arena(raw)

        def ry_data() -> None:
            for raw in raws:
                tree = ryml.parse_in_arena(raw)
                walk(tree, tree.root_id())

        cases["rapidyaml parse"] = ry_parse
        cases["rapidyaml + data"] = ry_data
    for name, run in cases.items():
        seconds = best(run)
        print(f"{name:18s} {seconds:6.3f} s CPU  {seconds / len(texts) * 1e6:6.1f} us/file")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
