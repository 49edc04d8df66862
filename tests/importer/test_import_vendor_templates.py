# ruff: noqa: RUF001, E501  (full-width punctuation; a paragraph kept on its source lines)
"""Lists written the way SDK vendors' compliance pages and short app policies give them: labels
closed by ``<br/>``, a fenced block beside program code, labels run together in one paragraph
of a React Native screen, and bold service names whose policies a second list gives."""

from __future__ import annotations

from pathlib import Path

from tests.common import imported

from disclosurelint.importer import parse_page


def fields(text: str, name: str) -> list[dict[str, str]]:
    page = parse_page(text, name=name)
    return [
        {**entry.fields, **({"link": entry.links["policy"]} if "policy" in entry.links else {})}
        for entry in page.entries
    ]


VENDOR_README = """# 星桥蓝牙SDK Demo
## 接入
```java
public class DemoApplication extends Application {
    @Override
    public void onCreate() {
        super.onCreate();
    }
}
```
```kotlin
class Demo : Activity() {
    override fun onCreate(state: Bundle?) { super.onCreate(state) }
}
```
## SDK隐私协议
a)收集个人信息目的/用途：连接体温计<br/>
b)收集个人信息类型：设备型号、网络数据<br/>
c)第三方SDK隐私政策链接：https://xingqiao.example.cn/sdk/#/privacy<br/>
d)提供方：北京星桥科技有限公司<br/>

可在第三方SDK列表中增加如下内容：
```
星桥统计 SDK
用途：统计应用使用情况
收集个人信息类型：设备标识信息
提供方：北京星桥数据有限公司
第三方SDK隐私协议链接：https://data.xingqiao.example.cn/privacy
```
"""


def test_labels_closed_by_a_line_break_tag_and_a_copyable_block_beside_program_code(
    tmp_path: Path,
) -> None:
    declarations = imported(tmp_path, "README_zh.md", VENDOR_README)
    recipients = sorted(
        (d["recipient"]["name"], d["privacy_policy"]["url"], d["purpose"]) for d in declarations
    )
    assert recipients == [
        ("北京星桥数据有限公司", "https://data.xingqiao.example.cn/privacy", "统计应用使用情况"),
        # "<br/>" ends the line: it is not part of the company's name
        ("北京星桥科技有限公司", "https://xingqiao.example.cn/sdk/#/privacy", "连接体温计"),
    ]  # and the Java and Kotlin blocks give no entry
    copied = next(d for d in declarations if d["recipient"]["name"] == "北京星桥数据有限公司")
    assert copied["product"] == "星桥统计 SDK"
    # the fence closing the block is no line of the entry
    written = [path.read_text("utf-8") for path in (tmp_path / "out" / "app").glob("*.yaml")]
    assert not any("not mapped" in text or "incomplete" in text for text in written)


NATIVE_SCREEN = """import React from 'react'
import { View, Text, ScrollView } from 'react-native'

const PrivacyPolicy = () => (
  <ScrollView>
    <View style={styles.box}>
      <Text style={styles.desc}>2. 信息的收集和使用</Text>
      <Text style={styles.desc}>
        App使用以下SDK集成服务：使用SDK名称：云帆统计SDK 服务类型：统计分析收集个人信息类型：设备信息（IMEI/MAC/Android
        ID/OAID）隐私权政策链接：https://yunfan.example.cn/policy
      </Text>
    </View>
    <View style={styles.box}>
      <Text style={styles.desc}>3. 其他</Text>
      <Text style={styles.desc}>我们不会向第三方出售您的个人信息。</Text>
    </View>
  </ScrollView>
)

export default PrivacyPolicy
"""


def test_labels_run_together_in_one_paragraph_of_a_react_native_screen() -> None:
    assert fields(NATIVE_SCREEN, "PrivacyPolicy.tsx") == [
        {
            "product": "云帆统计SDK",
            "purpose": "统计分析",
            "data": "设备信息（IMEI/MAC/Android ID/OAID）",
            "policy": "https://yunfan.example.cn/policy",
            "link": "https://yunfan.example.cn/policy",
        }
    ]


def test_a_label_inside_a_value_is_split_only_when_the_table_knows_it_word_for_word() -> None:
    # "开发者应用信息" holds "开发者" (a word of company labels) but is no label: one value
    text = "SDK名称：鲸川广告SDK\n使用目的：广告投放，开发者应用信息：应用包名\n提供方：鲸川科技有限公司\n"
    assert fields(text, "list.txt") == [
        {
            "product": "鲸川广告SDK",
            "purpose": "广告投放，开发者应用信息：应用包名",
            "company": "鲸川科技有限公司",
        }
    ]


SERVICES_THEN_POLICIES = """# Privacy Policy for Tallyboard

## Data Sharing

We **DO** share data with:
- **Quill**: For drafting replies (required)

## Third-Party Services

Tallyboard uses the following third-party services:
- **Quill API**: For natural language processing
- **Harbor.dev**: For hosting and infrastructure
- **Relay API**: For workspace integration

Each service has its own privacy policy:
- Quill: https://quill.example.com/privacy
- Harbor: https://harbor.example.dev/legal/privacy
- Relay: https://relay.example.com/privacy-policy
"""


def test_bold_service_names_and_the_policies_a_second_list_gives_by_a_short_name(
    tmp_path: Path,
) -> None:
    declarations = imported(tmp_path, "PRIVACY.md", SERVICES_THEN_POLICIES)
    assert sorted((d["recipient"]["name"], d["privacy_policy"]["url"]) for d in declarations) == [
        ("Harbor.dev", "https://harbor.example.dev/legal/privacy"),
        ("Quill API", "https://quill.example.com/privacy"),
        ("Relay API", "https://relay.example.com/privacy-policy"),
    ]
