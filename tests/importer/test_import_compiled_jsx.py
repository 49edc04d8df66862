# ruff: noqa: RUF001, E501  (full-width punctuation in the Chinese page read on purpose; a chunk line as built)
"""A privacy page published as a compiled build chunk: its ``jsx()`` calls read back into
markup, the one SDK of its third-party section an entry; the page's own features over their
permissions, kinds of recipient and its contact details are not."""

from __future__ import annotations

from disclosurelint.importer.compiled_jsx import compiled_markup
from disclosurelint.importer.parse import parse_page

CHUNK = """"use strict";
(self.webpackChunk = self.webpackChunk || []).push([[42], {
  1234: function (e, t, n) {
    var r = n(5893);
    function Page() {
      return /*#__PURE__*/ (0, r.jsxs)("div", {
        style: { padding: "16px" },
        children: [
          /*#__PURE__*/ (0, r.jsx)("h1", { children: "隐私政策" }),
          /*#__PURE__*/ (0, r.jsx)("h2", { children: "一、我们如何收集和使用您的个人信息" }),
          /*#__PURE__*/ (0, r.jsx)("h3", { children: "1. 存储权限" }),
          /*#__PURE__*/ (0, r.jsxs)("p", {
            children: [
              /*#__PURE__*/ (0, r.jsx)("strong", { children: "目的与权限：" }),
              "用于保存您的设置和日志文件。",
            ],
          }),
          /*#__PURE__*/ (0, r.jsx)("h3", { children: "2. 电话功能" }),
          /*#__PURE__*/ (0, r.jsxs)("p", {
            children: [
              /*#__PURE__*/ (0, r.jsx)("strong", { children: "目的与权限：" }),
              "让您一键拨打求助电话。",
            ],
          }),
          /*#__PURE__*/ (0, r.jsx)("h2", { children: "二、我们如何与第三方SDK合作" }),
          /*#__PURE__*/ (0, r.jsx)("h3", { children: "1. 星河推送SDK" }),
          /*#__PURE__*/ (0, r.jsxs)("p", {
            children: [
              /*#__PURE__*/ (0, r.jsx)("strong", { children: "合作方：" }),
              "星河科技有限公司",
            ],
          }),
          /*#__PURE__*/ (0, r.jsxs)("p", {
            children: [
              /*#__PURE__*/ (0, r.jsx)("strong", { children: "官方隐私政策链接：" }),
              /*#__PURE__*/ (0, r.jsx)("a", {
                href: "https://push.example.cn/privacy",
                target: "_blank",
                children: "https://push.example.cn/privacy",
              }),
            ],
          }),
          /*#__PURE__*/ (0, r.jsx)("h2", { children: "三、我们如何共享您的个人信息" }),
          /*#__PURE__*/ (0, r.jsx)("p", { children: "我们不会与任何第三方共享您的个人信息，除非是为实现求助目的，例如：" }),
          /*#__PURE__*/ (0, r.jsxs)("ul", {
            children: [
              /*#__PURE__*/ (0, r.jsxs)("li", {
                children: [
                  /*#__PURE__*/ (0, r.jsx)("strong", { children: "向您的紧急联系人：" }),
                  "我们会将您的位置共享给您指定的联系人。",
                ],
              }),
              /*#__PURE__*/ (0, r.jsxs)("li", {
                children: [
                  /*#__PURE__*/ (0, r.jsx)("strong", { children: "向公共安全机构：" }),
                  "在必要时向救援机构提供您的信息。",
                ],
              }),
            ],
          }),
          /*#__PURE__*/ (0, r.jsx)("h2", { children: "四、如何联系我们" }),
          /*#__PURE__*/ (0, r.jsx)("p", { children: "公司名称：北辰软件有限公司" }),
          /*#__PURE__*/ (0, r.jsx)("p", { children: "联系邮箱：help@example.cn" }),
        ],
      });
    }
    t.default = Page;
  },
}]);
"""


def test_the_calls_build_markup_each_text_on_its_source_line() -> None:
    markup = compiled_markup(CHUNK)
    assert markup is not None
    lines = markup.splitlines()
    assert "<h3>" in lines[25] and "1. 星河推送SDK" in lines[25]
    assert '<a href="https://push.example.cn/privacy">' in markup
    assert "_blank" not in markup and "padding" not in markup


def test_a_compiled_page_gives_the_sdk_of_its_third_party_section_only() -> None:
    entries = parse_page(CHUNK, "privacy-1a2b3c.js").entries
    assert [
        (entry.title, entry.fields.get("company"), entry.links.get("policy"), entry.line)
        for entry in entries
    ] == [("星河推送SDK", "星河科技有限公司", "https://push.example.cn/privacy", 26)]


def test_a_text_with_few_calls_is_no_compiled_page() -> None:
    assert compiled_markup('const a = (0, r.jsx)("p", { children: "Hi" });') is None
    assert compiled_markup("export const vendors = [{ name: 'Northwind' }];") is None


def test_create_element_takes_its_children_after_the_props_and_jsx_a_key() -> None:
    calls = "\n".join(
        [
            'React.createElement("ul", null,',
            '  React.createElement("li", null, "Northwind"),',
            '  React.createElement("li", null, "Quill"),',
            '  React.createElement("li", {className: "x"}, "Larch"),',
            '  React.createElement("li", null, "Birch"));',
            '(0, r.jsx)("p", { children: "Ash" }, "key-1");',
        ]
    )
    markup = compiled_markup(calls) or ""
    assert "Northwind" in markup and "Birch" in markup and "Ash" in markup
    assert "key-1" not in markup


def test_a_chunk_cut_off_inside_a_call_or_nested_too_deep_gives_no_error() -> None:
    calls = '(0, r.jsx)("p", { children: "Northwind" }),' * 5
    assert "Northwind" in (compiled_markup(calls + '(0, r.jsxs)("ul", { children: [') or "")
    deep = calls + '(0, r.jsx)("div", { children: ' * 3000 + '"x"' + " })" * 3000
    assert compiled_markup(deep) is None
