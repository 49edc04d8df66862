# ruff: noqa: RUF001, E501  (full-width colons; source lines written one object per line on purpose)
"""Lists written as data in a page's source file (JavaScript, TypeScript, Vue, JSX, Kotlin)
and lists named in bold in prose or dash bullets, read without running anything."""

from __future__ import annotations

import contextlib
import io
from pathlib import Path

import yaml

from disclosurelint.cli import main
from disclosurelint.importer import parse_page
from disclosurelint.importer.records import ImportedEntry
from disclosurelint.importer.source import shown_text, tokenize


def triples(entries: tuple[ImportedEntry, ...]) -> list[tuple[str, str, str]]:
    return [
        (
            e.fields.get("product", ""),
            e.fields.get("company", ""),
            e.fields.get("policy") or e.links.get("policy", ""),
        )
        for e in entries
    ]


VUE_ONE_LINE = """<script setup lang="ts">
import { ref } from 'vue'
const tabs = [
  { value: 'all', label: '全部' },
  { value: 'pay', label: '支付服务' },
]
const partnerList: Partner[] = [
  { id: 1, name: '云图定位SDK', provider: '杭州云图科技有限公司', purpose: '定位', privacyPolicyUrl: 'https://yuntu.example.cn/privacy', officialWebsite: 'https://yuntu.example.cn' },
  { id: 2, name: '快付SDK', provider: '上海快付网络有限公司', purpose: '支付', privacyPolicyUrl: "https://kuaifu.example.cn/p?a=1\\u0026b=2" },
]
</script>
<template><div v-for="p in partnerList">{{ p.name }}</div></template>
"""


def test_vue_objects_one_per_line_are_entries_and_navigation_objects_are_not() -> None:
    page = parse_page(VUE_ONE_LINE, name="Partners.vue")
    assert triples(page.entries) == [
        ("云图定位SDK", "杭州云图科技有限公司", "https://yuntu.example.cn/privacy"),
        ("快付SDK", "上海快付网络有限公司", "https://kuaifu.example.cn/p?a=1&b=2"),
    ]
    assert page.entries[1].line == 9


TS_COMMENTED = """export const sdks = [
  {
    name: '星云统计SDK',
    purpose: '统计分析', // 运营用
    company: '星云数据（北京）有限公司',
    policy: 'https://xingyun.example.com/policy',
  },
  // {
  //   name: '已停用推送SDK',
  //   company: '某推送有限公司',
  // },
  /* { name: '旧地图SDK', company: '旧地图有限公司' }, */
];
"""


def test_an_entry_commented_out_stays_out() -> None:
    page = parse_page(TS_COMMENTED, name="sdk.ts")
    assert triples(page.entries) == [
        ("星云统计SDK", "星云数据（北京）有限公司", "https://xingyun.example.com/policy")
    ]


TS_NAME_VALUE = """const shared = {
  android: [
    {
      tit: '飞鸽推送SDK',
      list: [
        { name: '第三方机构名称', value: '飞鸽信息技术有限公司' },
        { name: '使用场景', value: '消息推送' },
        {
          name: 'SDK隐私政策',
          value:
            'https://feige.example.cn/privacy',
        },
      ],
    },
    {
      tit: '青鸟登录SDK',
      list: [
        { name: '第三方机构名称', value: '青鸟网络有限公司', name: '共享方式', value: 'SDK本机采集' },
        { name: 'SDK隐私政策', value: 'https://qingniao.example.cn/privacy' },
      ],
    },
  ],
}
"""


def test_a_title_over_a_list_of_name_value_pairs_is_one_entry() -> None:
    page = parse_page(TS_NAME_VALUE, name="thirdparty.ts")
    assert triples(page.entries) == [
        ("飞鸽推送SDK", "飞鸽信息技术有限公司", "https://feige.example.cn/privacy"),
        ("青鸟登录SDK", "青鸟网络有限公司", "https://qingniao.example.cn/privacy"),
    ]
    assert page.entries[1].fields["sharing_mode"] == "SDK本机采集"


JSX_COLUMNS = """const columns = [
\t{ title: 'SDK名称', dataIndex: 'mingCheng', render: text => <b style={{color: 'red'}}>{text}</b> },
\t{ title: '开发者', dataIndex: 'kaiFa' },
\t{ title: '隐私政策地址', dataIndex: 'lianJie' },
];
const data = [
\t// { key: '0', mingCheng: 'SDK名称', kaiFa: '开发者', lianJie: '隐私政策地址' },
\t{ key: 'A', mingCheng: '白鹭存储 SDK', kaiFa: 'Egret Storage, Inc.', lianJie: 'https://egret.example.com/privacy' },
\t{ key: 'B', mingCheng: '燕子推送 SDK', kaiFa: '燕子科技有限公司', lianJie: 'https://yanzi.example.cn/privacy' },
];
export { columns, data }
"""


def test_table_rows_are_read_through_the_headers_of_their_columns() -> None:
    page = parse_page(JSX_COLUMNS, name="sdk.jsx")
    assert triples(page.entries) == [
        ("白鹭存储 SDK", "Egret Storage, Inc.", "https://egret.example.com/privacy"),
        ("燕子推送 SDK", "燕子科技有限公司", "https://yanzi.example.cn/privacy"),
    ]


KOTLIN_CALLS = """package com.example.app

data class PrivacyItem(val kind: String, val detail: String, val purpose: String)

data class SdkInfo(
    val name: String,
    val vendor: String,
    val purpose: String,
    val policyUrl: String,
)

object Docs {
    const val POLICY_URL = "https://app.example.cn/privacy.html"
    private const val AD_PURPOSE = "广告投放"

    private fun ad(name: String, vendor: String, url: String, purpose: String = AD_PURPOSE) =
        SdkInfo(name, vendor, purpose, url)

    val SELF: List<PrivacyItem> = listOf(PrivacyItem("设备信息", "型号", "广告投放"))

    val SDKS: List<SdkInfo> = listOf(
        ad("海豚广告", "海豚互动科技有限公司", "https://haitun.example.cn/privacy"),
        ad("Lynx", "北京灵犀网络有限公司", "https://lynx.example.com/p", purpose = "归因"),
        SdkInfo(
            name = "鹿鸣登录",
            vendor = "鹿鸣（上海）网络科技有限公司",
            purpose = "账号登录",
            policyUrl = "https://luming.example.cn/agreement/",
        ),
    )
}
"""


def test_kotlin_calls_are_read_by_the_parameter_names_of_their_declaration() -> None:
    page = parse_page(KOTLIN_CALLS, name="Docs.kt")
    assert triples(page.entries) == [
        ("海豚广告", "海豚互动科技有限公司", "https://haitun.example.cn/privacy"),
        ("Lynx", "北京灵犀网络有限公司", "https://lynx.example.com/p"),
        ("鹿鸣登录", "鹿鸣（上海）网络科技有限公司", "https://luming.example.cn/agreement/"),
    ]
    assert page.entries[1].fields["purpose"] == "归因"


KOTLIN_BUILDER = """class PolicyActivity : BaseActivity() {
    private val yunUrl = "https://yun.example.cn/privacy"
    private val niaoUrl = "https://niao.example.cn/privacy"

    private fun text(): SpannableStringBuilder {
        val builder = SpannableStringBuilder()
        val yun = SpannableString(yunUrl)
        val niao = SpannableString(niaoUrl)
        builder.append("使用的SDK\\n\\n")
            .append("1.云朵统计\\n" +
                    "\\n" +
                    "提供方名称：云朵（北京）科技有限公司\\n" +
                    "\\n" +
                    "隐私政策：")
            .append(yun)
            .append("\\n\\n")
            .append("2.青鸟广告SDK\\n" +
                    "提供方名称：青鸟传媒有限公司\\n" +
                    "隐私政策：")
            .append(niao)
        return builder
    }
}
"""


def test_the_text_a_kotlin_screen_appends_is_read_with_its_url_variables() -> None:
    page = parse_page(KOTLIN_BUILDER, name="PolicyActivity.kt")
    assert triples(page.entries) == [
        ("", "云朵（北京）科技有限公司", "https://yun.example.cn/privacy"),
        ("", "青鸟传媒有限公司", "https://niao.example.cn/privacy"),
    ]
    assert [entry.title for entry in page.entries] == ["云朵统计", "青鸟广告SDK"]


JS_HTML_STRING = """const privacyHtml = `
<h3>第三方 SDK 目录</h3>
<table>
<tr><th>SDK/服务名称</th><th>提供方</th><th>用途</th></tr>
<tr><td>蜂鸟短信服务</td><td>蜂鸟云计算有限公司</td><td>发送验证码</td></tr>
<tr><td>鲸鱼云存储</td><td>鲸鱼科技 / 蜂鸟云</td><td>存储</td></tr>
</table>`;
export default { data() { return { html: privacyHtml } } }
"""


def test_an_html_table_kept_in_a_js_string_is_read_as_html() -> None:
    page = parse_page(JS_HTML_STRING, name="privacy.js")
    assert triples(page.entries) == [
        ("蜂鸟短信服务", "蜂鸟云计算有限公司", ""),
        ("鲸鱼云存储", "鲸鱼科技 / 蜂鸟云", ""),
    ]


def test_strings_are_unescaped_and_comments_and_apostrophes_in_markup_do_not_derail() -> None:
    tokens = tokenize("<p>Don't worry</p>\nconst a = 'x\\'y\\u4e2d' // 'z'\n/* \"w\" */ `t\nu`")
    assert [t.text for t in tokens if t.kind == "s"] == ["x'y中", "t\nu"]
    assert shown_text("const a = 1") is None


BOLD_PROSE = """# Sub-processors of Example Ltd

## Hosting

Our platform runs on **Cloudnest** (CN). See [Cloudnest Service Terms](https://cloudnest.example.com/terms).

## Email

We use **Mailfox** to send updates and **Postbird** for receipts.
Our notes live in **Notekeep**, see the [Notekeep Terms & Privacy](https://notekeep.example.com/privacy).

**Note:** we review this list yearly.
"""


def test_bold_names_in_prose_under_headings_are_the_processors() -> None:
    page = parse_page(BOLD_PROSE, name="sub-processors.md")
    assert triples(page.entries) == [
        ("", "Cloudnest", ""),
        ("", "Mailfox", ""),
        ("", "Postbird", ""),
        ("", "Notekeep", "https://notekeep.example.com/privacy"),
    ]
    assert page.entries[1].fields["purpose"] == "Email"


STRONG_DASH_BULLETS = """<html><body><h1>Subprocessors</h1>
<p>This page lists the third\u2011party providers we use to run this site.</p>
<ul>
<li><strong>Letterbox</strong> \u2014 newsletter delivery (stores email addresses)</li>
<li><strong>Edgecast</strong> \u2014 hosting (may log IP addresses)</li>
<li><strong>Typeface Cloud</strong> \u2014 font delivery</li>
</ul></body></html>"""


def imported(tmp_path: Path, name: str, text: str, product: str) -> None:
    """``disclosurelint import NAME -o out --product PRODUCT`` on ``text``; it must succeed."""
    page = tmp_path / name
    page.write_text(text, "utf-8")
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stderr(err):
        code = main(
            ["import", str(page), "-o", str(tmp_path / "out"), "--product", product], out, err
        )
    assert code == 0, err.getvalue()


def test_strong_names_before_a_dash_are_entries_under_an_intro_with_a_nonbreaking_hyphen(
    tmp_path: Path,
) -> None:
    imported(tmp_path, "subprocessors.html", STRONG_DASH_BULLETS, "site")
    written = sorted(p.name for p in (tmp_path / "out" / "site").iterdir())
    assert written == ["_product.yaml", "edgecast.yaml", "letterbox.yaml", "typeface-cloud.yaml"]
    letterbox = yaml.safe_load((tmp_path / "out" / "site" / "letterbox.yaml").read_text("utf-8"))
    assert letterbox["recipient"]["name"] == "Letterbox"


def test_a_source_file_imports_through_the_command(tmp_path: Path) -> None:
    imported(tmp_path, "Partners.vue", VUE_ONE_LINE, "app")
    names = sorted(p.name for p in (tmp_path / "out" / "app").iterdir())
    assert len(names) == 3
    declarations = [
        yaml.safe_load((tmp_path / "out" / "app" / name).read_text("utf-8"))
        for name in names
        if name != "_product.yaml"
    ]
    assert sorted(d["recipient"]["name"] for d in declarations) == [
        "上海快付网络有限公司",
        "杭州云图科技有限公司",
    ]


ENTITY_COLUMN = """<html><body><h1>Sub-processors</h1>
<table>
<tr><th>Sub-processor</th><th>Purpose</th><th>Location</th><th>Entity</th></tr>
<tr><td><strong>Skyvault Cloud</strong></td><td>Hosting</td><td>Germany</td><td>Skyvault GmbH</td></tr>
<tr><td><strong>Quill</strong> \u2014 invoicing</td><td>Billing</td><td>EU</td><td>Quill Oy</td></tr>
</table></body></html>"""


def test_an_entity_column_gives_the_company_behind_the_service_the_first_column_names() -> None:
    page = parse_page(ENTITY_COLUMN, name="subprocessors.html")
    assert triples(page.entries) == [
        ("Skyvault Cloud", "Skyvault GmbH", ""),
        ("Quill \u2014 invoicing", "Quill Oy", ""),
    ]


QUALIFIED_ROWS = """<html><body><h1>Subprocessors</h1>
<table>
<tr><th>Vendor</th><th>Purpose</th><th>Location</th></tr>
<tr><td><strong>Boxwood</strong> \u2014 search</td><td>Search hosting</td><td>EU</td></tr>
<tr><td><strong>Boxwood</strong> \u2014 billing</td><td>Billing hosting</td><td>EU</td></tr>
<tr><td>Nimbus Mail</td><td>Email</td><td>US</td></tr>
</table>
<h2>Boxwood commitments</h2>
<p>Consult Boxwood directly: <a href="https://boxwood.example.com/terms">Terms</a> \u00b7
<a href="https://nimbusmail.test/privacy">Privacy Policy</a></p>
<p>See also <a href="https://www.nimbus.test/privacy">Privacy Policy</a></p>
</body></html>"""


def test_a_name_with_a_dash_qualifier_keeps_both_rows_and_a_policy_on_its_own_domain_is_found() -> (
    None
):
    page = parse_page(QUALIFIED_ROWS, name="subprocessors.html")
    assert triples(page.entries) == [
        ("Boxwood \u2014 search", "Boxwood", ""),
        ("Boxwood \u2014 billing", "Boxwood", ""),
        ("", "Nimbus Mail", "https://www.nimbus.test/privacy"),
    ]


SQL_SEED = """INSERT INTO app.documents (kind, lang, chapters, vendors) VALUES (
    'privacy', 'zh',
    $$[{"heading": "一、概述", "body": "本政策说明我们如何处理信息。"}]$$::jsonb,
    $$[
      {"name": "晴空推送", "company": "晴空信息技术有限公司", "purpose": "消息推送",
       "dataCollected": ["设备标识", "推送令牌"], "privacyUrl": "https://qingkong.example.cn/privacy"},
      {"name": "Lumen Maps", "company": "Lumen Maps Ltd", "purpose": "地图",
       "privacyUrl": "https://lumen.example.com/privacy"}
    ]$$::jsonb
) ON CONFLICT (kind, lang) DO UPDATE SET vendors = EXCLUDED.vendors;
UPDATE app.documents SET vendors = '[{"name": "O''Reilly Push", "company": "Rook Ltd", "privacyUrl": "https://rook.example.com/privacy"}]' WHERE lang = 'en';
"""


def test_a_database_seed_keeps_its_list_as_json_in_dollar_quoted_and_quoted_strings() -> None:
    page = parse_page(SQL_SEED, name="0003_documents.sql")
    assert triples(page.entries) == [
        ("晴空推送", "晴空信息技术有限公司", "https://qingkong.example.cn/privacy"),
        ("Lumen Maps", "Lumen Maps Ltd", "https://lumen.example.com/privacy"),
        ("O'Reilly Push", "Rook Ltd", "https://rook.example.com/privacy"),
    ]
    assert [entry.line for entry in page.entries] == [5, 7, 11]
    assert page.entries[0].fields["data"] == "设备标识、推送令牌"


def test_a_database_seed_imports_through_the_command(tmp_path: Path) -> None:
    imported(tmp_path, "seed.sql", SQL_SEED, "app")
    names = sorted(p.name for p in (tmp_path / "out" / "app").iterdir())
    assert len(names) == 4  # three entries and the product page


NESTED_CELLS = """export default {
  data: {
    rows: [{
      time: '第三方名称',
      data: [{ date: '所属公司', list: [] }, { date: '隐私政策链接', list: [] }]
    }, {
      time: '云帆统计SDK',
      data: [{
        date: '所属公司',
        list: [{ code: '01', name: '云帆数据科技有限公司' }]
      }, {
        date: '使用目的',
        list: [{ code: '01', name: '统计分析' }]
      }, {
        date: '隐私政策链接',
        list: [{ code: '01', name: 'https://yunfan.example.cn/privacy', type: 'link' }]
      }]
    }]
  }
}
"""


def test_table_rows_kept_as_nested_arrays_of_labelled_cells() -> None:
    page = parse_page(NESTED_CELLS, name="share.js")
    assert triples(page.entries) == [
        ("云帆统计SDK", "云帆数据科技有限公司", "https://yunfan.example.cn/privacy"),
    ]
    assert page.entries[0].fields["purpose"] == "统计分析"


BOXED_IN_STRING = """export const SECTIONS = [
  {
    title: '三、共享',
    items: [
      {
        label: '3.1 第三方服务商',
        desc: '我们委托以下服务商处理信息：\\n\\n┌──────┬──────┬──────┐\\n│ 提供商 │ 服务类型 │ 使用目的 │\\n├──────┼──────┼──────┤\\n│ Aster │ 推送 │ 发送通知 │\\n│（星辰）│ │ │\\n├──────┼──────┼──────┤\\n│ 北辰云 │ 托管 │ 存储 │\\n└──────┴──────┴──────┘\\n\\n隐私政策链接：\\n• Aster：https://aster.example.com/privacy\\n• 北辰云：https://beichen.example.cn/legal/privacy\\n',
      },
      { label: '3.2 公开', desc: '以下信息对其他用户可见：\\n\\n• 昵称\\n• 头像\\n' },
    ],
  },
]
"""


def test_a_box_drawn_table_in_a_string_with_named_policy_links_below_it() -> None:
    page = parse_page(BOXED_IN_STRING, name="PrivacyModal.tsx")
    assert triples(page.entries) == [
        ("", "Aster", "https://aster.example.com/privacy"),
        ("", "北辰云", "https://beichen.example.cn/legal/privacy"),
    ]


KOTLIN_URL_KEY = """@Composable
fun SharedInfoScreen() {
    val list = listOf(
        Info(name = "灵犀统计", company = "灵犀公司", purpose = "统计", url = "https://lingxi.example.cn/doc/preview/8f2a"),
        Info(name = "Orbit Push", company = "Orbit Ltd", purpose = "推送", url = "https://orbit.example.com/"),
    )
}
"""


def test_a_bare_url_key_is_the_policy_unless_the_address_is_a_home_page() -> None:
    page = parse_page(KOTLIN_URL_KEY, name="SharedInfoScreen.kt")
    assert triples(page.entries) == [
        ("灵犀统计", "灵犀公司", "https://lingxi.example.cn/doc/preview/8f2a"),
        ("Orbit Push", "Orbit Ltd", ""),
    ]


QUALIFIED_BY_PRODUCT = """<html><body><h1>Subprocessors</h1>
<table>
<tr><th>Subprocessor</th><th>Purpose</th><th>Location</th></tr>
<tr><td>Lark \u2014 Chat API, reached through the compatible endpoint</td><td>Replies</td><td>US</td></tr>
<tr><td>Tern</td><td>Hosting</td><td>EU</td></tr>
</table></body></html>"""


def test_a_company_qualified_by_a_named_product_after_a_dash() -> None:
    page = parse_page(QUALIFIED_BY_PRODUCT, name="subprocessors.html")
    assert triples(page.entries) == [
        ("Lark \u2014 Chat API, reached through the compatible endpoint", "Lark", ""),
        ("", "Tern", ""),
    ]


SDK_LIST_NAMES_ONLY = """const companyName = '星桥科技有限公司';

const sdkList = [
  {
    name: '云帆统计（含云帆基础组件）',
    info: 'MAC 地址、唯一设备识别码（IMEI / Android ID / IDFA）、SIM 卡 IMSI 信息',
    purpose: '提供统计分析服务。',
  },
  {
    name: '鹊桥推送',
    info: '设备标识符（OAID、Android ID）、应用信息、IP 地址',
    purpose: '用于向用户推送消息。',
  },
  { name: '星河一键登录', info: '本机号码在您同意后由运营商校验。', purpose: '用于登录。' },
  { name: 'Mailfox SDK', info: 'Sends receipts to your email address, on our behalf. See its terms.', purpose: 'Receipts' },
];
"""


def test_the_names_of_an_sdk_list_are_products_and_its_info_key_the_data_collected(
    tmp_path: Path,
) -> None:
    imported(tmp_path, "policy.tsx", SDK_LIST_NAMES_ONLY, "app")
    folder = tmp_path / "out" / "app"
    declarations = [
        yaml.safe_load(path.read_text("utf-8"))
        for path in sorted(folder.iterdir())
        if path.name != "_product.yaml"
    ]
    by_product = {d["product"]: d for d in declarations}
    assert sorted(by_product) == [
        "Mailfox SDK",
        "云帆统计(含云帆基础组件)",
        "星河一键登录",
        "鹊桥推送",
    ]
    # the list names SDKs and no company: who receives the data stays for `check` to ask
    assert all("name" not in d["recipient"] for d in declarations)
    assert [item["item"] for item in by_product["鹊桥推送"]["data"]] == [
        "设备标识符（OAID、Android ID）",
        "应用信息",
        "IP 地址",
    ]
    # a sentence under the same key is not a list of data items: it stays reported
    assert "data" not in by_product["星河一键登录"]
    assert "data" not in by_product["Mailfox SDK"]
    login = next(path for path in folder.iterdir() if "星河一键登录" in path.read_text("utf-8"))
    assert "not mapped: label 'info'" in login.read_text("utf-8")


SDK_HOLDERS = """export default {
  data() {
    return {
      thirdSdkList: [
        { name: '鹊桥推送', purpose: '推送', url: 'https://queqiao.example.cn/privacy' },
        { name: '云帆地图', purpose: '定位', url: 'https://yunfan.example.cn/privacy' },
      ],
      subprocessors: [
        { name: 'Skyvault', purpose: 'Hosting', location: 'Germany' },
        { name: 'Quill', purpose: 'Billing', location: 'EU' },
      ],
    }
  },
}
const SDK_LIST: Sdk[] = [{ name: '北辰数据有限公司', purpose: '统计', policy: 'https://beichen.example.cn/p' }]
const list = [
  { name: '星河推送SDK', purpose: '推送' },
  { name: '云帆崩溃SDK', purpose: '崩溃分析' },
]
"""


def test_a_name_is_the_sdk_where_the_array_or_its_names_say_sdk_and_the_company_elsewhere() -> None:
    page = parse_page(SDK_HOLDERS, name="Privacy.vue")
    assert triples(page.entries) == [
        ("鹊桥推送", "", "https://queqiao.example.cn/privacy"),
        ("云帆地图", "", "https://yunfan.example.cn/privacy"),
        # an English sub-processor list names the companies working on the data
        ("", "Skyvault", ""),
        ("", "Quill", ""),
        # a legal entity is a company even in a list of SDKs
        ("", "北辰数据有限公司", "https://beichen.example.cn/p"),
        # an array named only "list" whose names say SDK
        ("星河推送SDK", "", ""),
        ("云帆崩溃SDK", "", ""),
    ]


DART_REFERENCES = """class PartnerSdkPage extends StatelessWidget {
  static List<_SdkInfo> _sdkList() {
    return [
      _SdkInfo(
        name: '星图推送SDK',
        provider: Strings.providerXingtu,
        purpose: Strings.pushPurpose,
        dataCollected: Strings.pushData,
      ),
      _SdkInfo(
        name: 'HttpKit',
        provider: Strings.providerCommunity,
        purpose: Strings.httpPurpose,
        dataCollected: Strings.noData,
      ),
    ];
  }
}
"""


def test_calls_whose_fields_are_references_give_their_names_and_no_code() -> None:
    # The provider and purpose are constants kept in another file: each call is still an entry,
    # named by its one literal, and nothing of the code is read as a company or as entries.
    page = parse_page(DART_REFERENCES, name="partner_sdk_page.dart")
    assert triples(page.entries) == [("星图推送SDK", "", ""), ("HttpKit", "", "")]
    assert [e.line for e in page.entries] == [4, 10]
