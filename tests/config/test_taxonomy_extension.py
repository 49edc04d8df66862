"""The configuration's `taxonomy:` extension: checked with a position, used by every command."""

from __future__ import annotations

from tests.conftest import Project, declaration

EXTENSION = """\
taxonomy:
  categories:
    loyalty_number:
      label: Loyalty programme number
      phrases_en: [loyalty number]
      regimes:
        pipl: {level: sensitive, article: "Internal policy P-7"}
"""


def test_a_new_category_changes_what_check_and_classify_say(project: Project) -> None:
    project.write(".disclosurelint.yaml", EXTENSION)
    project.write(
        "declarations/a.yaml",
        declaration(policy="url: https://partner.cn/p").replace(
            "  - item: name", "  - item: loyalty number"
        ),
    )
    code, out, _ = project.cli("check", "--no-source")
    assert code == 1
    assert "DL301 unjustified-sensitive-data: 'loyalty number' is sensitive" in out
    assert "Internal policy P-7" in out
    code, out, _ = project.cli("classify", "loyalty number", "--regime", "pipl")
    assert code == 0 and "loyalty_number" in out and "Internal policy P-7" in out
    code, out, _ = project.cli("check", "--isolated", "--no-source")
    assert code == 0 and "DL301" not in out


def test_an_invalid_extension_stops_the_run_at_its_position(project: Project) -> None:
    project.write(
        ".disclosurelint.yaml", EXTENSION.replace("      label: Loyalty programme number\n", "")
    )
    project.write("declarations/a.yaml", declaration(policy="url: https://partner.cn/p"))
    code, out, err = project.cli("check")
    assert code == 2 and out == ""
    assert err.startswith("disclosurelint: error: .disclosurelint.yaml:3:5: ")
    assert "needs a 'label'" in err and "Traceback" not in err


def test_an_extension_may_not_lower_a_level(project: Project) -> None:
    project.write(
        ".disclosurelint.yaml",
        "taxonomy:\n  categories:\n    health:\n"
        "      regimes:\n        pipl: {level: not_sensitive, article: none}\n",
    )
    project.write("declarations/a.yaml", declaration(policy="url: https://partner.cn/p"))
    code, _, err = project.cli("check")
    # at the level itself, not at the category key
    assert code == 2 and ".disclosurelint.yaml:5:23:" in err and "raise a level" in err


def _errors(project: Project, extension: str) -> list[str]:
    """The error lines of `check` under a configuration whose taxonomy extension is given."""
    project.write(".disclosurelint.yaml", "taxonomy:\n  categories:\n" + extension)
    project.write("declarations/a.yaml", declaration(policy="url: https://partner.cn/p"))
    code, _, err = project.cli("check")
    assert code == 2, err
    return err.splitlines()


def test_every_mistake_of_an_extension_is_reported_at_its_value(project: Project) -> None:
    lines = _errors(
        project,
        "    health:\n"
        "      regimes:\n"
        "        pipl: {level: not_sensitive, article: none}\n"
        "    loyalty_tier:\n"
        "      phrases_en: [loyalty tier]\n"
        "    another:\n"
        "      label: Another\n",
    )
    assert len(lines) == 3, lines
    assert lines[0].startswith("disclosurelint: error: .disclosurelint.yaml:5:23: ")
    assert "taxonomy.categories.health.regimes.pipl.level" in lines[0]
    assert lines[1].startswith("disclosurelint: error: .disclosurelint.yaml:6:5: ")
    assert "needs a 'label'" in lines[1]
    assert lines[2].startswith("disclosurelint: error: .disclosurelint.yaml:8:5: ")
    assert "needs at least one phrase" in lines[2]


def test_schema_mistakes_of_an_extension_are_all_reported(project: Project) -> None:
    lines = _errors(
        project,
        "    health:\n"
        "      regimes:\n"
        "        pipl: {level: sensitiv, article: x}\n"
        "    Bad-Id:\n"
        "      label: X\n",
    )
    assert len(lines) == 2, lines
    assert ":5:23: " in lines[0] and "choose from sensitive, qualified, not_sensitive" in lines[0]
    assert ":6:5: " in lines[1] and "'Bad-Id'" in lines[1] and "not a category id" in lines[1]
