"""Regenerate ``src/disclosurelint/taxonomy/traditional.json`` from OpenCC's dictionaries.

    python tools/generate_traditional_table.py OPENCC_DICTS_DIR

OPENCC_DICTS_DIR holds OpenCC's ``TSCharacters.txt`` and ``TWPhrasesRev.txt`` (Apache-2.0; the
``dicts`` folder of the ``opencc-purepy`` package on PyPI, or ``data/dictionary`` of OpenCC). The
table keeps what the classifier can use and nothing else, so that it stays small:

- ``chars``: Traditional -> Simplified for every character whose Simplified form occurs in the
  taxonomy's phrases or in the structure and negation cues (first candidate of TSCharacters);
- ``phrases``: Taiwan wording -> mainland wording (``資訊`` -> ``信息``, ``裝置`` -> ``设备``) of
  the same length, whose mainland form occurs in a taxonomy phrase, so that replacing one by the
  other keeps every character's position in the original text. Taiwan words that are also
  ordinary mainland words of another meaning (``文件``, ``档案``, ``资料``...) are left out: the
  rewriting applies to every text. Variant forms OpenCC keeps as they are (``身分`` for
  ``身份``) are added by hand.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = ROOT / "src" / "disclosurelint" / "taxonomy"
SOURCES = ("categories.yaml", "structure.py", "matcher.py")
# Also ordinary mainland words, with another meaning there: never rewritten.
# In data-item wording 帳/帐 is the account sense (帳號, 帳戶, 帐号), written 账 in the mainland;
# OpenCC folds 帳 to the variant 帐.
OVERRIDES = {"帳": "账", "帐": "账"}
MAINLAND_WORDS = frozenset({"文件", "档案", "资料", "呼叫", "影印", "即时", "储存"})
# Taiwan variants that OpenCC keeps because both forms are standard Traditional Chinese: 身分證
# (the form of the ID card's own title) for 身份证, 紀錄 for 記錄.
VARIANTS = {"身分": "身份", "紀录": "记录"}


def _pairs(path: Path) -> list[tuple[str, str]]:
    out = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if "\t" in line:
            left, right = line.split("\t", 1)
            out.append((left, right.split()[0]))
    return out


def main(argv: list[str]) -> int:
    dicts = Path(argv[0])
    used = "".join((PACKAGE / name).read_text(encoding="utf-8") for name in SOURCES)
    used_chars = {c for c in used if not c.isascii()}
    chars = {
        trad: simp
        for trad, simp in _pairs(dicts / "TSCharacters.txt")
        if len(trad) == 1 and len(simp) == 1 and trad != simp and simp in used_chars
    }
    chars.update(OVERRIDES)

    def simplified(text: str) -> str:
        return "".join(chars.get(c, c) for c in text)

    phrases = {}
    for taiwan, mainland in _pairs(dicts / "TWPhrasesRev.txt"):
        left, right = simplified(taiwan), simplified(mainland)
        same_length = len(left) == len(right) and left != right
        if same_length and right in used and left not in MAINLAND_WORDS:
            phrases[left] = right
    phrases.update(VARIANTS)
    table = {"chars": "".join(f"{t}{s}" for t, s in sorted(chars.items())), "phrases": phrases}
    out = PACKAGE / "traditional.json"
    out.write_text(json.dumps(table, ensure_ascii=False, sort_keys=True) + "\n", encoding="utf-8")
    print(f"{out}: {len(chars)} characters, {len(phrases)} phrases")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
