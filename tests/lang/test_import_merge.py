"""import FILE --merge OTHER: two pages of one list in two languages -> bilingual declarations."""
# ruff: noqa: RUF001  (the Chinese page is written with its full-width punctuation on purpose)

from __future__ import annotations

import json
from pathlib import Path

import yaml

from tests.lang.common import check, run
from tests.render.common import paragraphs

ZH = """\
示例应用第三方信息共享清单

示例应用涉及的合作方如下：

第三方公司名称：上海示例信息科技有限公司

产品/类型：示例名片小程序

共享信息：姓名、手机号码、电子邮箱

使用目的：提供云名片服务。

使用场景：您将云名片分享到微信。

共享方式：后台接口传输

第三方个人信息处理规则：https://card.example-cn.com/privacy.html


第三方公司名称：Example Maps Ltd.

产品/类型：地图SDK

共享信息：设备型号

使用目的：提供导航服务。

使用场景：您使用导航功能。

共享方式：SDK本机采集

第三方个人信息处理规则：详见应用详情页。
"""

# the same list in English, its entries in the other order
EN = """\
Example App Information Shared with Third Parties

The partners involved in Example App are listed as follows:

Company: Example Maps Ltd.

Product/Mode: Maps SDK

Collected information: device model

Purpose: Provide navigation.

Scenario: You use navigation.

Sharing mode: collected on the device by an embedded SDK

Personal data handling rules of the third party: See the app details page.


Company: Shanghai Example Information Technology Co., Ltd.

Product/Mode: Example business card mini program

Collected information: name, phone number, email address

Purpose: Provide the cloud business card service.

Scenario: You share your cloud business card to WeChat.

Sharing mode: backend API transmission

Personal data handling rules of the third party: https://card.example-cn.com/privacy.html
"""


def _pages(tmp: Path, zh: str = ZH, en: str = EN) -> tuple[Path, Path]:
    (tmp / "zh.txt").write_text(zh, encoding="utf-8")
    (tmp / "en.txt").write_text(en, encoding="utf-8")
    return tmp / "zh.txt", tmp / "en.txt"


def _load(path: Path) -> dict[str, object]:
    data: dict[str, object] = yaml.safe_load(path.read_text("utf-8"))
    return data


def test_entries_pair_by_url_and_company_and_render_each_page_back(tmp_path: Path) -> None:
    zh, en = _pages(tmp_path)
    out = tmp_path / "out"
    code, report, err = run("import", zh, "--merge", en, "-o", out, "--product", "example")
    assert code == 0, err
    assert f"paired with {en}:20 by policy URL" in report
    assert f"paired with {en}:5 by company" in report
    folder = out / "example"
    card = _load(folder / "example-business-card-mini-program.yaml")
    assert card["purpose"] == {
        "zh": "提供云名片服务。",
        "en": "Provide the cloud business card service.",
    }
    assert card["data"] == [
        {"item": {"zh": "姓名", "en": "name"}},
        {"item": {"zh": "手机号码", "en": "phone number"}},
        {"item": {"zh": "电子邮箱", "en": "email address"}},
    ]
    product = _load(folder / "_product.yaml")
    assert product["languages"] == ["zh", "en"]
    assert product["title_zh"] == "示例应用第三方信息共享清单"
    assert product["title"] == "Example App Information Shared with Third Parties"
    # each language renders its own page, word for word, in the first page's order
    _, zh_page, _ = run("render", folder, "--lang", "zh")
    assert paragraphs(zh_page) == paragraphs(ZH)
    _, en_page, _ = run("render", folder, "--lang", "en")
    en_blocks = paragraphs(EN)
    assert paragraphs(en_page) == en_blocks[:2] + en_blocks[9:] + en_blocks[2:9]
    # nothing lacks a language
    _, problems = check(folder)
    assert "DL207" not in {p["code"] for p in problems}


def test_entries_without_a_shared_url_or_name_pair_by_position(tmp_path: Path) -> None:
    zh_text = ZH.replace("https://card.example-cn.com/privacy.html", "详见官网。")
    zh_text = zh_text.replace("Example Maps Ltd.", "示例地图有限公司")
    en_text = EN.replace("https://card.example-cn.com/privacy.html", "See the website.")
    zh, en = _pages(tmp_path, zh_text, en_text)
    code, report, _ = run("import", zh, "--merge", en, "-o", tmp_path / "out", "--format", "json")
    assert code == 0
    notes = [
        item["value"]
        for entry in json.loads(report)["entries"]
        for item in entry["could_not_map"]
        if item["kind"] == "note"
    ]
    assert sum("by position (no shared URL or name: check the pairing)" in n for n in notes) == 2


def test_an_entry_without_a_partner_is_kept_in_its_language(tmp_path: Path) -> None:
    extra = (
        "\n\nCompany: Other Analytics Inc.\n\nProduct/Mode: Analytics SDK\n\n"
        "Collected information: device model\n\nPurpose: Count visits.\n\n"
        "Scenario: You open the app.\n\nSharing mode: collected on the device by an embedded SDK"
        "\n\nPersonal data handling rules of the third party: https://analytics.example-us.com/p\n"
    )
    zh, en = _pages(tmp_path, en=EN + extra)
    out = tmp_path / "out"
    code, report, _ = run("import", zh, "--merge", en, "-o", out, "--product", "example")
    assert code == 0
    assert "no entry of the zh page pairs with this one: en only" in report
    other = _load(out / "example" / "analytics-sdk.yaml")
    assert other["purpose"] == "Count visits."
    order = _load(out / "example" / "_product.yaml")["order"]
    assert isinstance(order, list) and len(order) == 3 and order[-1] == "analytics-sdk"
    _, problems = check(out / "example")
    lacking = {p["json_path"] for p in problems if p["code"] == "DL207"}
    assert "$.purpose" in lacking


def test_a_different_number_of_items_is_reported_and_not_guessed(tmp_path: Path) -> None:
    zh, en = _pages(tmp_path, en=EN.replace("name, phone number, email address", "name, email"))
    out = tmp_path / "out"
    code, report, _ = run("import", zh, "--merge", en, "-o", out, "--product", "example")
    assert code == 0
    assert "the zh page lists 3 data items and the en page 2: the items stay in zh only" in report
    card = _load(out / "example" / "example-business-card-mini-program.yaml")
    assert card["data"] == [{"item": "姓名"}, {"item": "手机号码"}, {"item": "电子邮箱"}]


def test_usage_errors(tmp_path: Path) -> None:
    zh, en = _pages(tmp_path)
    out = tmp_path / "out"
    code, _, err = run("import", zh, en, "--merge", en, "-o", out)
    assert code == 2 and "give a single FILE" in err
    code, _, err = run("import", en, "--merge", en, "-o", out)
    assert code == 2 and "both pages look en; name their languages with --languages" in err
    code, _, err = run("import", zh, "--merge", en, "-o", out, "--languages", "zh")
    assert code == 2 and "give two BCP 47 tags" in err
    code, _, err = run("import", zh, "--merge", tmp_path / "missing.txt", "-o", out)
    assert code == 2 and "missing.txt: no such file" in err
    assert not out.exists()


def test_languages_can_be_named(tmp_path: Path) -> None:
    zh, en = _pages(tmp_path)
    out = tmp_path / "out"
    code, _, _ = run(
        "import", zh, "--merge", en, "-o", out, "--product", "p", "--languages", "zh-CN,en-GB"
    )
    assert code == 0
    card = _load(out / "p" / "example-business-card-mini-program.yaml")
    assert card["scenario"] == {
        "zh-CN": "您将云名片分享到微信。",
        "en-GB": "You share your cloud business card to WeChat.",
    }
    assert _load(out / "p" / "_product.yaml")["languages"] == ["zh-CN", "en-GB"]
