# ruff: noqa: RUF001  (full-width punctuation in the Chinese pages read on purpose)
"""Services one clause of a resource file names, their policies given in a later clause."""

from __future__ import annotations

from disclosurelint.importer.clause_services import clause_services
from disclosurelint.importer.parse import parse_page

RESOURCES_JS = """export const resources = {
  zh: {
    privacy: {
      title: "5. 数据处理",
      a: "一、公司不会将用户的个人信息出售给任何人。",
      b: "二、为了收集错误日志，公司使用了第三方服务 Northwind 和 Quill Reports。",
      c: "三、（Northwind 隐私政策：https://northwind.example/privacy ，Acme Reports 隐私政策：https://acme.example/reports/privacy）",
    },
  },
};
"""


def test_clause_names_services_and_later_clause_gives_their_policies() -> None:
    entries = parse_page(RESOURCES_JS, "i18n.js").entries
    assert [
        (entry.fields.get("product"), entry.fields.get("company"), entry.links.get("policy"))
        for entry in entries
    ] == [
        ("Northwind", None, "https://northwind.example/privacy"),
        ("Quill Reports", None, "https://acme.example/reports/privacy"),
    ]


def test_policy_no_name_claims_is_left_out() -> None:
    text = "我们使用了第三方服务 Northwind。Quill 隐私政策：https://quill.example/privacy"
    assert [(e.fields.get("product"), e.links.get("policy")) for e in clause_services(text)] == [
        ("Northwind", None)
    ]
