# ruff: noqa: RUF001, E501  (published Chinese labels use full-width colons; markup lines are long)
"""``disclosurelint import`` on nine more shapes of published list, through the command line:
pipe-table rows a blank line apart, a service's company in brackets, SDK name lines whose scope
line sends the reader to an address, numbered SDK headings with dash labels the text stops
after, numbered items that say who provides each SDK, recipients listed on one line after a
label, partner names set apart by blank lines, maps passed to a function that draws SDK
sections, and third-party headings after a table of the operator's own services."""

from __future__ import annotations

import contextlib
import io
from pathlib import Path
from typing import Any

from tests.common import imported

from disclosurelint.cli import main


def _recipient(data: dict[str, Any]) -> str | None:
    return (data.get("recipient") or {}).get("name")


def _policy(data: dict[str, Any]) -> str | None:
    return (data.get("privacy_policy") or {}).get("url")


def _written(tmp_path: Path, declaration_id: str) -> str:
    return (tmp_path / "out" / "app" / f"{declaration_id}.yaml").read_text("utf-8")


SPACED_PIPE_ROWS = """## Service providers

| Vendor | Purpose | Data shared | When data is sent | Data location | Website |
\t\t
\t\t\t| Cloudnest | Data hosting | all | when created | EU | https://cloudnest.example/ |
\t\t
\t\t\t| Mailroute | Email delivery | email address |
\t\t\t\taccount emails occasionally | USA | https://mailroute.example/ |
\t\t
\t\t\t| Tallyboard | Analytics | usage data |  | EU |  |
\t\t
\t\t\t| Quaylog | Monitoring | user ID | on errors | EU | https://quaylog.example/ |
"""


SPACED_PROVIDERS = ["Cloudnest", "Mailroute", "Tallyboard", "Quaylog"]


def test_pipe_rows_a_blank_line_apart_are_one_table(tmp_path: Path) -> None:
    found = imported(tmp_path, "providers.md", SPACED_PIPE_ROWS)
    assert [_recipient(data) for data in found] == SPACED_PROVIDERS
    # a row whose cell runs onto a second line keeps its columns
    assert found[1]["data"] == [{"item": "email address"}]
    assert found[1]["recipient"]["country"] == "US"
    # the Website column holds home pages, not policies
    assert all(_policy(data) is None for data in found)


def test_pipe_rows_apart_stop_at_the_next_table(tmp_path: Path) -> None:
    text = SPACED_PIPE_ROWS + "\n| Version | Date |\n|---|---|\n| 2 | 2024-03-01 |\n"
    found = imported(tmp_path, "providers.md", text)
    assert [_recipient(data) for data in found] == SPACED_PROVIDERS
    assert found[-1]["purpose"] == "Monitoring"


BRACKETED_COMPANY = """Sub Processors List

# | Sub-Processor Name | Country | Address | Purpose |
---|---|---|---|---|
1 | Stackhost (Nimbus Cloud, Inc.) | USA | 1 Main St – contact | Application hosting |
2 | Quillmail Ltd. | Ireland | 2 Dock Rd – contact | Email delivery |
3 | Ledgerly Software, Inc. (ledgerly.io) | USA | 3 Elm St – contact | Billing |
4 | **Tracewell (Tracewell Labs, Inc.)** | USA | 4 Oak St – contact | Error tracking |
"""


def test_a_service_named_with_its_company_in_brackets_names_that_company(
    tmp_path: Path,
) -> None:
    found = imported(tmp_path, "subprocessors.md", BRACKETED_COMPANY)
    assert [(data.get("product"), _recipient(data)) for data in found] == [
        ("Stackhost", "Nimbus Cloud, Inc."),
        (None, "Quillmail Ltd."),
        # a bracket that holds no company (a domain) is part of the name
        (None, "Ledgerly Software, Inc. (ledgerly.io)"),
        # a name the list marks in bold is the name it gives, bracket and all
        (None, "Tracewell (Tracewell Labs, Inc.)"),
    ]


def test_an_entity_column_keeps_its_bracket(tmp_path: Path) -> None:
    text = (
        "| Entity Name | Purpose |\n|---|---|\n"
        "| Logpile (Stackwind Worldwide LLC) | Log management |\n"
        "| Nimbus Cloud, Inc. | Hosting |\n"
    )
    found = imported(tmp_path, "subprocessors.md", text)
    assert [_recipient(data) for data in found] == [
        "Logpile (Stackwind Worldwide LLC)",
        "Nimbus Cloud, Inc.",
    ]


SDK_NAME_LINES = """Update time: March 1, 2024
The third-party SDKs currently connected to the Sweeply app are listed as follows:
Chatwave login SDK
Purpose of collection and use: account login
Scope of information collected: user openid, nickname and avatar
Pushly SDK
Purpose of collection and use: push messages to phone users
The scope of information collected: device identifier, please visit https://dev.pushly.example/doc/detail?id=7 for details
Mapkit SDK
Purpose of collection and use: show the map
Scope of collected information: coarse location, for more information, please visit https://mapkit.example/privacy/policy/
"""


def test_sdk_name_lines_over_purpose_and_scope_lines(tmp_path: Path) -> None:
    found = imported(tmp_path, "sdks.txt", SDK_NAME_LINES)
    assert [data.get("product") for data in found] == [
        "Chatwave login SDK",
        "Pushly SDK",
        "Mapkit SDK",
    ]
    # the list names SDKs only: no recipient
    assert all(_recipient(data) is None for data in found)
    assert found[0]["purpose"] == "account login"
    # the scope label, whatever its wording ("The scope of ...", "Scope of collected ..."),
    # gives the data
    assert found[2]["data"] == [{"item": "coarse location"}]
    # the words that send the reader to the address are no data item; the note keeps them
    assert found[1]["data"] == [{"item": "device identifier"}]
    assert found[1]["data_note"].endswith("?id=7 for details")
    # an address the scope line sends the reader to is the SDK's own document
    assert [_policy(data) for data in found] == [
        None,
        "https://dev.pushly.example/doc/detail?id=7",
        "https://mapkit.example/privacy/policy/",
    ]


NUMBERED_DASH_LABELS = """The Voltly App Third-Party SDK List
The third-party SDKs currently integrated into the Voltly App are as follows:
1. Atlas Maps SDK
- Third-Party Company: Atlas Maps platform
- Integration Type: Embedded SDK
- Shared Information: location, device identifiers
- Purpose: To show charging stations on a map
- Third-Party Privacy Link:
2. Sharebird SDK
- Third-Party Company: Sharebird Platforms, Inc.
- Integration Type: Embedded SDK
- Shared Information: device identifiers
- Scenarios and Purpose: third-party login
- Third-Party Privacy Link:
3. Chatwave SDK
"""


def test_the_numbered_heading_a_text_stops_after_is_an_entry_cut_off(tmp_path: Path) -> None:
    found = imported(tmp_path, "sdks.txt", NUMBERED_DASH_LABELS)
    assert [(data.get("product"), _recipient(data)) for data in found] == [
        ("Atlas Maps SDK", "Atlas Maps platform"),
        ("Sharebird SDK", "Sharebird Platforms, Inc."),
        ("Chatwave SDK", None),
    ]
    # empty privacy-link labels give no policy
    assert all(_policy(data) is None for data in found)
    assert "# incomplete: the source stops inside this entry" in _written(tmp_path, found[2]["id"])
    assert "# incomplete" not in _written(tmp_path, found[1]["id"])


def test_a_numbered_line_after_prose_is_no_entry(tmp_path: Path) -> None:
    text = NUMBERED_DASH_LABELS.replace("3. Chatwave SDK\n", "We review this list yearly.\n")
    found = imported(tmp_path, "sdks.txt", text)
    assert [data.get("product") for data in found] == ["Atlas Maps SDK", "Sharebird SDK"]


PROVIDED_ITEMS = """1.2 我们提供部分功能时需要使用第三方SDK，这些SDK可能收集您的部分个人信息。

1.2.1 “星河推送”：该SDK由“深圳市星河科技有限公司”提供，用于为用户推送通知。需要收集的设备权限包括：\x20\x20
ios版本：设备信息（IDFA广告标识）\x20\x20
android版本：设备信息（Android ID、OAID）、存储权限 官方隐私政策:<https://xinghe.example/privacy>

1.2.2 “云帆统计”：由“云帆”提供，用于统计APP崩溃。需要收集的设备权限包括：\x20\x20
android版本：设备信息（Android ID）\x20\x20
官方隐私政策：<https://yunfan.example/policy>

1.2.3 “XWV” 轻量浏览服务，由海川网络科技有限公司提供，用于网页浏览。\x20\x20
android版本：网络信息（IP地址）\x20\x20

我们尊重您的选择权。
"""


def test_numbered_items_that_say_who_provides_each_sdk(tmp_path: Path) -> None:
    found = imported(tmp_path, "policy.md", PROVIDED_ITEMS)
    assert [(data.get("product"), _recipient(data), _policy(data)) for data in found] == [
        ("星河推送", "深圳市星河科技有限公司", "https://xinghe.example/privacy"),
        # a quoted provider is the company as the list gives it, legal entity or not
        ("云帆统计", "云帆", "https://yunfan.example/policy"),
        ("XWV", "海川网络科技有限公司", None),
    ]
    assert found[2]["purpose"] == "用于网页浏览"


INLINE_RECIPIENTS = """const TXT = {};
TXT.zh = {
  imprint: `法律信息

服务提供者：[名称 / 公司]
[地址] · [国家]
联系方式：hello@example.app`,
  privacy: `隐私政策

1. 数据控制者：[名称]
2. 处理的数据类型：账户数据、训练数据（距离、配速）、
   健康相关数据（心率、睡眠）、
   连接器令牌（Trackr / Pulso）、使用日志。
3. 处理目的与法律依据：履行合同、正当利益。
4. 数据接收方：Cloudbase（托管）、Edgeship（前端）、OAuth 提供商。
   对第三国转移采用标准合同条款。
5. 保留期限：账户数据至删除。`,
};
export default TXT;
"""


def test_recipients_listed_on_one_line_after_a_label(tmp_path: Path) -> None:
    found = imported(tmp_path, "legal.js", INLINE_RECIPIENTS)
    # the template's "[名称 / 公司]" names no one, and the list of data types that wraps
    # onto three lines heads no entry
    assert [(_recipient(data), data.get("purpose")) for data in found] == [
        ("Cloudbase", "托管"),
        ("Edgeship", "前端"),
        ("OAuth 提供商", None),
    ]


def test_a_recipient_label_that_lists_several_inside_an_entry_stays_one(tmp_path: Path) -> None:
    text = (
        "3.2.1 第三方名称：星河推送\n功能：推送消息通知\n收集个人信息类型：设备信息\n"
        "3.2.2 第三方名称：甲移动、乙联通、丙电信\n功能：一键登录验证\n收集个人信息类型：本机号码\n"
    )
    found = imported(tmp_path, "policy.txt", text)
    assert [_recipient(data) for data in found] == ["星河推送", "甲移动、乙联通、丙电信"]


NAMES_SET_APART = """第三方信息共享清单

第三方语音服务

使用目的:通过第三方音箱来支持对设备的语音控制。

星河(小星)

第三方主体:北京星河网讯科技有限公司
使用场景:使用小星音箱控制设备时
信息收集详情:设备唯一标识符、设备名称

云帆(帆帆)

第三方主体:杭州云帆智能科技有限公司
使用场景:使用帆帆控制设备时
信息收集详情:设备唯一标识符
隐私政策(API对接)地址:https://open.yunfan.example/docs/index

云服务提供商

海川云服务
第三方主体:深圳市海川计算机系统有限公司
使用目的:提供基础架构
信息收集详情:全部信息
"""


def test_partner_names_set_apart_by_blank_lines_head_their_labels(tmp_path: Path) -> None:
    found = imported(tmp_path, "sharing.txt", NAMES_SET_APART)
    assert [(data.get("product"), _recipient(data), _policy(data)) for data in found] == [
        ("星河(小星)", "北京星河网讯科技有限公司", None),
        ("云帆(帆帆)", "杭州云帆智能科技有限公司", "https://open.yunfan.example/docs/index"),
        ("海川云服务", "深圳市海川计算机系统有限公司", None),
    ]
    # the next name is no part of the value above it
    assert found[0]["data"] == [{"item": "设备唯一标识符"}, {"item": "设备名称"}]
    # the group heading set apart the same way is no entry: its purpose is its partners'
    assert found[0]["purpose"] == found[1]["purpose"] == "通过第三方音箱来支持对设备的语音控制。"
    assert found[2]["purpose"] == "提供基础架构"


SDK_SECTIONS = """  void _showPartnerDialog() {
    showDialog(
      context: context,
      builder: (context) => Dialog(
        child: Column(
          children: [
            Text('第三方合作清单'),
            _buildSDKSection('数据存储', [
              {
                'name': 'Keyvault',
                'purpose': '缓存和临时数据存储',
                'source': 'Keyvault',
                'website': 'https://keyvault.example',
              },
              {
                'name': 'tiny_store (^1.2.0)',
                'purpose': '提供轻量级的键值对存储功能',
                'source': 'pub.dev',
                'website': 'https://pub.dev/packages/tiny_store',
              },
            ], currentTheme),
            _buildSDKSection('云服务', [
              {
                'name': '海川云SDK',
                'purpose': '用于云服务调用',
                'source': '海川网络科技有限公司',
                'website': 'https://haichuan.example',
              },
            ], currentTheme),
          ],
        ),
      ),
    );
  }

  Widget _buildSDKSection(String title, List<Map<String, String>> sdks, AppThemeMode theme) {
    return Column(
      children: [
        Text(title),
        ...sdks.map((sdk) => Column(
          children: [
            Text(sdk['name']!),
            Text('用途：${sdk['purpose']}'),
            Text('来源：${sdk['source']}'),
            Text('官网：${sdk['website']}'),
          ],
        )).toList(),
      ],
    );
  }
"""


def test_maps_passed_to_a_function_that_draws_sdk_sections_name_sdks(tmp_path: Path) -> None:
    found = imported(tmp_path, "settings_screen.dart", SDK_SECTIONS)
    # the maps name SDKs; where they come from (来源) is no recipient
    assert [(data.get("product"), _recipient(data)) for data in found] == [
        ("Keyvault", None),
        ("tiny_store (^1.2.0)", None),
        ("海川云SDK", None),
    ]
    assert found[0]["purpose"] == "缓存和临时数据存储"
    assert all(_policy(data) is None for data in found)


OWN_SERVICES_THEN_HEADINGS = """## 2. 自有服务与数据位置

| 服务 | 已核实事实 | 数据与目的 |
|------|------------|------------|
| API 与云同步 | 阿里云 ECS | 手机号账号；用于登录 |
| 访问日志 | 生产 Nginx | IP、请求时间 |

## 3. 第三方服务清单

### 3.1 星河短信服务

- 生产事实：接口为 `sms.xinghe.example`。
- 服务主体：服务协议列明星河云计算（北京）有限公司与星河云计算有限公司。
- 传输数据：手机号、验证码。
- 官方协议：<https://xinghe.example/terms/service.html>
- 官方隐私政策：<https://xinghe.example/terms/privacy.html>

### 3.2 Skyview Weather

- 传输数据：纬度、经度。
- 目的：取得当前天气。
- Skyview Weather 与隐私说明：<https://developer.skyview.example/weather/>；归因页由系统提供。

### 3.3 Mailpost Routing

- 服务主体：Mailpost, Inc.。
- 目的：接收用户支持邮件。
- 官方隐私政策：<https://www.mailpost.example/privacypolicy/>。
"""


def test_third_party_headings_after_a_table_of_the_operators_own_services(
    tmp_path: Path,
) -> None:
    found = imported(tmp_path, "register.md", OWN_SERVICES_THEN_HEADINGS)
    # the report names the section left out, so that its rows do not disappear unseen
    report = io.StringIO()
    with contextlib.redirect_stdout(report):
        code = main(["import", str(tmp_path / "register.md"), "-o", str(tmp_path / "again")])
    assert code == 0
    assert "the operator's own services" in report.getvalue()
    assert "register.md:1 '2. 自有服务与数据位置': 2 entries" in report.getvalue()
    assert [(data.get("product"), _recipient(data), _policy(data)) for data in found] == [
        (
            "星河短信服务",
            # the words that say where the companies are written are not part of them
            "星河云计算(北京)有限公司与星河云计算有限公司",
            "https://xinghe.example/terms/privacy.html",
        ),
        # a label for a product page and its privacy notes at once, over an address that says
        # no policy: no policy
        ("Skyview Weather", None, None),
        ("Mailpost Routing", "Mailpost, Inc.", "https://www.mailpost.example/privacypolicy/"),
    ]
