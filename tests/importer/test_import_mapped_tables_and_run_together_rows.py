# ruff: noqa: RUF001, E501  (published Chinese labels use full-width colons; markup lines are long)
"""``disclosurelint import`` on eight more shapes of published list, through the command line:
a component table whose rows are drawn from an array of objects or of tuples, a table whose
columns run together with the legal entity in brackets, Markdown pipe tables in an HTML
wrapper that name one recipient over several rows, blocks that name the SDK only in their
sharing type, lettered items that say who provides a role, labelled values run together on
one line under a group heading, and numbered supplier blocks whose links are labelled
official addresses."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from tests.common import imported


def _recipient(data: dict[str, Any]) -> str | None:
    return (data.get("recipient") or {}).get("name")


def _policy(data: dict[str, Any]) -> str | None:
    return (data.get("privacy_policy") or {}).get("url")


OBJECT_ROWS = """    { title: "Master Services Agreement", link: "#" },
    { title: "Security Overview", link: "#" }
  ];

  const vendors = [
    {
      name: "Nimbus Hosting",
      description: "Application hosting",
      icon: "fa-cloud"
    },
    {
      name: "Quillmail",
      description: "Transactional email",
      icon: "fa-mail"
    },
    {
      name: "Parrot Chat (planned)",
      description: "In-app support chat",
      icon: "fa-chat",
      planned: true
    }
  ];

  return (
    <Tabs defaultValue="vendors">
      <TabsContent value="documents">
        {documents.map((doc) => (
          <a key={doc.title} href={doc.link}>{doc.title}</a>
        ))}
      </TabsContent>
      <TabsContent value="vendors">
        <p>We use the following subprocessors to run the service.</p>
        <Table>
          <TableHeader>
            <TableRow>
              <TableHead>Service</TableHead>
              <TableHead>Purpose</TableHead>
              <TableHead>Status</TableHead>
            </TableRow>
          </TableHeader>
          <TableBody>
            {vendors.map((vendor) => (
              <TableRow key={vendor.name}>
                <TableCell className="font-medium">{vendor.name}</TableCell>
                <TableCell>{vendor.description}</TableCell>
                <TableCell>
                  {vendor.planned ? <span>Planned</span> : <span>Active</span>}
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </TabsContent>
    </Tabs>
  );
};

export default Trust;
"""


def test_a_component_table_drawn_from_an_array_of_objects_reads_each_object_as_a_row(
    tmp_path: Path,
) -> None:
    found = imported(tmp_path, "Trust.tsx", OBJECT_ROWS)
    # the documents array is shown as links, not in the table: no recipients
    assert [_recipient(data) for data in found] == [
        "Nimbus Hosting",
        "Quillmail",
        "Parrot Chat (planned)",
    ]
    # the column headed Purpose shows each object's description
    assert found[0]["purpose"] == "Application hosting"
    assert found[1]["purpose"] == "Transactional email"


TUPLE_ROWS = """import Link from 'next/link'

const PROCESSORS = [
  ['Stratus DB', 'Database and file storage', 'Germany'],
  ['Reelcast', 'Video delivery', 'EU edge'],
  ['Forecastly', 'Weather data (coordinates only)', 'EU'],
]

const ACCESS = [
  ['Owner', 'Everything in the workspace.'],
  ['Viewer', 'Only what is shared with them.'],
]

export default function DataPage() {
  return (
    <main>
      <h2>Where your data lives</h2>
      <table>
        <thead>
          <tr>
            <th>Who</th>
            <th>What for</th>
            <th>Where</th>
          </tr>
        </thead>
        <tbody>
          {PROCESSORS.map(([name, use, where]) => (
            <tr key={name}>
              <td className="font-semibold">{name}</td>
              <td>{use}</td>
              <td>{where}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <h2>Who can see what</h2>
      <table>
        <tbody>
          {ACCESS.map(([role, what]) => (
            <tr key={role}>
              <td>{role}</td>
              <td>{what}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </main>
  )
}
"""


def test_a_component_table_drawn_from_tuples_reads_each_place_under_its_header(
    tmp_path: Path,
) -> None:
    found = imported(tmp_path, "page.tsx", TUPLE_ROWS)
    # the roles table has no header naming a recipient: its rows are no recipients
    assert [_recipient(data) for data in found] == ["Stratus DB", "Reelcast", "Forecastly"]
    assert found[0]["purpose"] == "Database and file storage"
    assert found[1]["purpose"] == "Video delivery"


GLUED_COLUMNS = """Schedule 3

Sub-processors

The identity of the Sub-processor (full legal name, registration number and address):The service the Sub-processor provides:Where the Sub-processor processes the data:
Cloudnest (Cloudnest Hosting Limited), 12345, 1 Harbour Road, Dublin, Ireland.Hosts the application.Ireland
Mailpost (Mailpost Inc.) 998877, 20 Main Street, Boston, MA, USA.Sends e-mail to users.USA (SCCs)
Keyguard (Keyguard Security GmbH), Ringstrasse 4, Berlin, Germany.User sign-in.Germany
Example UK (Example Ltd), 5 Mill Lane, London, UK.Delivery of the serviceUK
"""


def test_rows_whose_columns_run_together_name_the_entity_in_brackets(tmp_path: Path) -> None:
    found = imported(tmp_path, "appendix.txt", GLUED_COLUMNS)
    assert [_recipient(data) for data in found] == [
        "Cloudnest Hosting Limited",
        "Mailpost Inc.",
        "Keyguard Security GmbH",
        "Example Ltd",
    ]


MARKDOWN_IN_HTML = """---
layout: false
---

<html>
<body>

<h1 style="
    text-align: center;
">某某笔记第三方共享个人信息清单</h1>
<p>生效日期：2025年1月1日</p>

框架SDK共享个人信息清单：

| 第三方公司名称 | 产品/类型 | 共享信息名称 | 使用目的 | 使用场景 | 共享方式 | 第三方链接 |
| --- | --- | --- | --- | --- | --- | --- |
| 星河框架 | 框架SDK | 位置信息 | 解析当前地址 | 创建笔记 | SDK本机采集 | https://xinghe.example/ |
| 星河框架 | 框架SDK | 相册 | 上传图片 | 创建笔记 | SDK本机采集 | https://xinghe.example/ |
| 星河框架 | 框架SDK | 麦克风 | 录制声音片段 | 创建笔记 | SDK本机采集 | https://xinghe.example/ |

第三方服务共享个人信息清单：

| 第三方公司名称 | 产品/类型 | 共享信息名称 | 使用目的 | 使用场景 | 共享方式 | 第三方链接 |
| --- | --- | --- | --- | --- | --- | --- |
| 云帆语音 | 云服务 | 用户录制的音频 | 语音转文字 | 创建笔记 | 接口传输 | https://yunfan.example/ |

</body>
</html>
"""


def test_markdown_tables_in_an_html_wrapper_keep_a_row_per_permission(tmp_path: Path) -> None:
    found = imported(tmp_path, "share.md", MARKDOWN_IN_HTML)
    # the same recipient on three rows in a row, one per kind of data: three entries; the
    # second table's header is no entry
    assert [_recipient(data) for data in found] == ["星河框架", "星河框架", "星河框架", "云帆语音"]
    assert [data["purpose"] for data in found[:3]] == ["解析当前地址", "上传图片", "录制声音片段"]
    assert found[3]["purpose"] == "语音转文字"


SHARING_TYPE = """为实现相关功能，您的个人信息可能会在服务提供方之间共享。具体共享情况说明如下:
第三方公司名称: 星图软件有限公司
共享类型: 内嵌 SDK(星图地图 SDK)
共享信息: 设备信息、位置信息
使用目的: 展示地图
第三方个人信息处理规则: https://xingtu.example/privacy/
第三方公司名称: 星图软件有限公司
共享类型: 内嵌 SDK(星图定位 SDK)
共享信息: 位置信息
使用目的: 获取定位
第三方个人信息处理规则: https://xingtu.example/privacy/
"""


def test_a_block_that_names_its_sdk_only_in_its_sharing_type_is_that_sdk(
    tmp_path: Path,
) -> None:
    found = imported(tmp_path, "share.txt", SHARING_TYPE)
    assert [(data.get("product"), _recipient(data)) for data in found] == [
        ("星图地图 SDK", "星图软件有限公司"),
        ("星图定位 SDK", "星图软件有限公司"),
    ]
    assert _policy(found[1]) == "https://xingtu.example/privacy/"


PROVIDED_BY = """<template>
	<view class="agreement">
		<scroll-view scroll-y>
			<view class="content">
						信息使用<br>
						a) 本程序不会向任何无关第三方提供您的个人信息。<br>

						以下列举了具体的授权合作伙伴：<br>

						a) 我们的产品基于某开源框架开发，详情请访问《框架用户服务条款》。<br>

						b) 消息推送服务供应商：由杭州星河推送科技有限公司提供推送技术服务，我们可能会将您的设备信息提供给杭州星河推送科技有限公司，用于为您提供消息推送技术服务。详细内容请访问《星河推送隐私政策》。<br>

						c) 第三方平台登录服务供应商：由云帆网络有限公司提供平台登录技术服务，我们可能会将您的设备信息提供给云帆网络有限公司。详细内容请访问《云帆隐私保护指引》。<br>

						d) 移动支付服务供应商：由云帆网络有限公司提供支付技术服务，我们可能会将您的设备信息提供给云帆网络有限公司。<br>

						信息披露<br>
						a) 经您事先同意，向第三方披露；<br>
			</view>
		</scroll-view>
	</view>
</template>
"""


def test_lettered_items_that_say_who_provides_a_role_name_that_company(tmp_path: Path) -> None:
    found = imported(tmp_path, "login.vue", PROVIDED_BY)
    assert [_recipient(data) for data in found] == [
        "杭州星河推送科技有限公司",
        "云帆网络有限公司",
        "云帆网络有限公司",
    ]
    # one company for two roles: two entries, each under its role
    purposes = [data["purpose"] for data in found]
    assert purposes[1].startswith("由云帆网络有限公司提供平台登录技术服务")
    assert purposes[2].startswith("由云帆网络有限公司提供支付技术服务")


INLINE_LABELS = """第三方信息共享清单
1.第三方信息共享
第三方语音服务
使用目的:通过第三方音箱来支持对设备的语音控制。
星河(小星)
第三方主体:星河网讯科技有限公司 信息收集详情:设备唯一标识符、设备名称 隐私政策地址: https://xinghe.example/privacy
云帆(帆帆)
第三方主体:云帆智能科技有限公司 信息收集详情:设备唯一标识符、品类 隐私政策(API对接)地址: https://yunfan.example/legal/privacy
"""


def test_three_labels_on_one_line_under_a_group_heading(tmp_path: Path) -> None:
    found = imported(tmp_path, "share.txt", INLINE_LABELS)
    # the group heading over a purpose is no entry; each partner gets that purpose
    assert [_recipient(data) for data in found] == ["星河网讯科技有限公司", "云帆智能科技有限公司"]
    assert [_policy(data) for data in found] == [
        "https://xinghe.example/privacy",
        "https://yunfan.example/legal/privacy",
    ]
    assert all(data["purpose"] == "通过第三方音箱来支持对设备的语音控制。" for data in found)


SUPPLIER_BLOCKS = """第三方SDK说明

我们可能使用第三方服务商提供的软件开发工具包(SDK)为您提供服务。具体包括:

1、星河分享SDK

业务场景:分享到星河

SDK供应商:星河计算机系统有限公司

应用客户端:IOS、Android

收集信息:设备MAC地址、唯一设备识别码

官方链接地址:https://www.xinghe.example/zh-cn/privacy-policy.html

2、云帆地图SDK

业务场景:校园地图

SDK供应商:云帆网讯科技有限公司

应用客户端:IOS、Android

收集信息:地理位置信息

官方链接地址:https://map.yunfan.example/page/policy
"""


def test_numbered_supplier_blocks_read_the_supplier_and_a_privacy_link(tmp_path: Path) -> None:
    found = imported(tmp_path, "sdk.txt", SUPPLIER_BLOCKS)
    assert [_recipient(data) for data in found] == [
        "星河计算机系统有限公司",
        "云帆网讯科技有限公司",
    ]
    # labelled as the official address, each link is a privacy document: the policy
    assert [_policy(data) for data in found] == [
        "https://www.xinghe.example/zh-cn/privacy-policy.html",
        "https://map.yunfan.example/page/policy",
    ]
