# ruff: noqa: RUF001, E501  (published Chinese labels use full-width colons; markup lines are long)
"""``disclosurelint import`` on four more shapes of published list, through the command line:
a page component of vendor slots (a heading, then a "Privacy Policy" link), a pipe table whose
name column is headed "Affiliate Entity", an Android layout whose views show the list, and a
React Native fragment whose bullets wrap an SDK's name over two source lines."""

from __future__ import annotations

import contextlib
import io
from pathlib import Path
from typing import Any

import yaml

from disclosurelint.cli import main


def imported(tmp_path: Path, name: str, text: str) -> dict[str, dict[str, Any]]:
    """The declarations ``import`` writes for ``text`` saved as ``name``, by recipient or
    product name."""
    page = tmp_path / name
    page.write_text(text, encoding="utf-8")
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stderr(err):
        code = main(["import", str(page), "-o", str(tmp_path / "out"), "--product", "p"], out, err)
    assert code == 0, err.getvalue()
    found: dict[str, dict[str, Any]] = {}
    for path in sorted((tmp_path / "out" / "p").glob("*.yaml")):
        if path.name == "_product.yaml":
            continue
        data = yaml.safe_load(path.read_text("utf-8"))
        found[data.get("product") or data["recipient"]["name"]] = data
    return found


def _policy(data: dict[str, Any]) -> str | None:
    return (data.get("privacy_policy") or {}).get("url")


SLOTS = """import React from 'react';

function Vendors() {
    return (
        <section className="vendors">
            <h1 className="vendors__title">Third Parties</h1>
            <p className="vendors__text">We list these vendors to make their privacy policies easy to find.</p>
            <h3 className="vendors__list-title">Vendors engaged by us:</h3>
            <div className="vendors__slot">
                <h4 className="vendors__slot-title">Brightpixel</h4>
                <a className="vendors__slot-link" href="https://brightpixel.example/privacy">Privacy Policy<br/> Opt out</a>
            </div>
            <div className="vendors__slot">
                <h4 className="vendors__slot-title">Quillmetrics</h4>
                <a className="vendors__slot-link">Privacy Policy</a>
                <p className="vendors__slot-text">To opt out, visit <a href="https://quill.example/optout">here</a>.</p>
            </div>
            <div className="vendors__slot">
                <h4 className="vendors__slot-title">Harborstat</h4>
                <p className="vendors__slot-text">To opt out, see <a href="https://harborstat.example/legal/privacy">Harborstat Privacy Policy</a> for instructions.</p>
            </div>
        </section>
    );
}

export default Vendors;
"""


def test_vendor_slots_in_a_page_component_each_become_a_recipient(tmp_path: Path) -> None:
    found = imported(tmp_path, "Vendors.js", SLOTS)
    assert sorted(found) == ["Brightpixel", "Harborstat", "Quillmetrics"]
    assert _policy(found["Brightpixel"]) == "https://brightpixel.example/privacy"
    # a "Privacy Policy" anchor without an address gives no policy; an opt-out link is none
    assert _policy(found["Quillmetrics"]) is None
    assert _policy(found["Harborstat"]) == "https://harborstat.example/legal/privacy"


AFFILIATES = """## Sub-processors of Example

### Example Affiliates

| Affiliate Entity |Location|Service Provided|
|---|---|---|
|Example BV|Netherlands|Support Services|
|Example Ltd|United Kingdom|Support Services|

### Third Party Sub-processors

|Third Party Entity|Location|Service Provided|
|---|---|---|
|Cloudnine Inc.|United States|Cloud Hosting|
"""


def test_a_table_headed_affiliate_entity_names_its_recipients(tmp_path: Path) -> None:
    found = imported(tmp_path, "subprocessors.md", AFFILIATES)
    assert sorted(found) == ["Cloudnine Inc.", "Example BV", "Example Ltd"]
    assert found["Example BV"]["purpose"] == "Support Services"


LAYOUT = """<?xml version="1.0" encoding="utf-8"?>
<LinearLayout xmlns:android="http://schemas.android.com/apk/res/android"
    android:layout_width="match_parent"
    android:orientation="vertical">
    <LinearLayout android:layout_width="match_parent" android:orientation="vertical">
        <TextView android:layout_width="wrap_content" android:text="星云推送SDK" android:textStyle="bold" />
        <TextView android:layout_width="wrap_content" android:text="提供方：星云科技有限公司" />
        <TextView android:layout_width="wrap_content" android:text="共享信息类型：" />
        <TextView android:layout_width="wrap_content" android:text="• 设备标识信息\\n• 网络类型" />
        <TextView android:layout_width="wrap_content" android:text="使用目的：消息推送" />
        <TextView android:layout_width="wrap_content" android:text="隐私政策：https://xingyun.example/privacy?a=1&amp;b=2" />
    </LinearLayout>
    <LinearLayout android:layout_width="match_parent" android:orientation="vertical">
        <TextView android:layout_width="wrap_content" android:text="海燕统计SDK" android:textStyle="bold" />
        <TextView android:layout_width="wrap_content" android:text="提供方：海燕数据有限公司" />
        <TextView android:layout_width="wrap_content" android:text="使用目的：统计分析" />
        <TextView android:layout_width="wrap_content" android:text="隐私政策：https://haiyan.example/policy" />
    </LinearLayout>
</LinearLayout>
"""


def test_an_android_layout_is_read_for_the_text_its_views_show(tmp_path: Path) -> None:
    found = imported(tmp_path, "activity_sdk_list.xml", LAYOUT)
    assert sorted(found) == ["星云推送SDK", "海燕统计SDK"]
    assert found["星云推送SDK"]["recipient"]["name"] == "星云科技有限公司"
    assert _policy(found["星云推送SDK"]) == "https://xingyun.example/privacy?a=1&b=2"
    assert found["海燕统计SDK"]["recipient"]["name"] == "海燕数据有限公司"
    assert _policy(found["海燕统计SDK"]) == "https://haiyan.example/policy"


NATIVE = """                        <Text style={styles.tintFont}>本应用接入的第三方SDK清单：</Text>
                        <Text style={styles.tintFont}>
                            <Text style={styles.dotFont}>·</Text>
                            Lumen（流明）
                            SDK：主要收集您的设备标识信息，用于支付；
                        </Text>
                        <Text style={styles.tintFont}>
                            <Text style={styles.dotFont}>·</Text>
                            灯塔分享SDK：主要收集您的设备标识信息，用于分享内容；
                        </Text>
                        <Text style={styles.tintFont}>
                            <Text style={styles.dotFont}>·</Text>
                            Beacon
                            SDK：主要收集崩溃信息，用于异常监控；
                        </Text>
"""


def test_a_native_text_bullet_wrapped_over_source_lines_is_one_line(tmp_path: Path) -> None:
    found = imported(tmp_path, "PolicyText.jsx", NATIVE)
    # JSX shows the words of one text on one line: the SDK's name is not cut at "SDK"
    assert sorted(found) == ["Beacon SDK", "Lumen(流明) SDK", "灯塔分享SDK"]
    assert "recipient" not in found["灯塔分享SDK"] or not found["灯塔分享SDK"]["recipient"].get(
        "name"
    )


FLATTENED = (
    'NOTICE = "本应用集成以下认证服务，详见如下内容。'
    + " " * 20
    + "星河认证SDK"
    + " " * 18
    + "运营主体:星河通信有限公司"
    + " " * 18
    + "功能:识别本机号码"
    + " " * 18
    + "隐私权政策链接:https://xinghe.example/privacy"
    + " " * 18
    + "云帆一键登录"
    + " " * 18
    + "运营主体:云帆网络有限公司"
    + " " * 18
    + "功能:快速登录"
    + " " * 18
    + '隐私政策链接:https://yunfan.example/policy"\n'
)


def test_a_text_that_lost_its_line_breaks_but_kept_its_indentation(tmp_path: Path) -> None:
    found = imported(tmp_path, "notice.py", FLATTENED)
    companies = {data["recipient"]["name"]: _policy(data) for data in found.values()}
    assert companies == {
        "星河通信有限公司": "https://xinghe.example/privacy",
        "云帆网络有限公司": "https://yunfan.example/policy",
    }
