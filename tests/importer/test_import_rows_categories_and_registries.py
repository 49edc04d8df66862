# ruff: noqa: RUF001  (published Chinese labels use full-width colons and brackets)
"""``disclosurelint import`` on more shapes of published list, through the command line: a
consent screen whose rows set a label beside its value, a documentation page whose bold data
categories name the service in a link inside the sentence, a bullet of library names that are
not companies, and a policy that repeats its vendor table as a fenced YAML registry."""

from __future__ import annotations

from pathlib import Path

from tests.common import imported, recipients

SWIFTUI_ROWS = """import SwiftUI

struct ConsentView: View {
    var body: some View {
        Form {
            Section {
                Text("使用本应用前，请阅读以下说明，了解应用集成的服务与其收集的信息。")
            }
            Section("云雀统计SDK的相关说明") {
                HStack {
                    Text("SDK名称")
                    Spacer()
                    Text("云雀统计SDK")
                        .foregroundColor(.secondary)
                }
                HStack {
                    Text("SDK服务商")
                    Spacer()
                    Text("云雀数据（杭州）有限公司")
                }
                HStack {
                    Text("收集个人信息")
                    Spacer()
                    Text("设备型号、系统版本、网络类型")
                }
                HStack {
                    Text("隐私政策链接")
                    Spacer()
                    Link("查看", destination: URL(string: "https://yunque.example.cn/privacy")!)
                }
            }
            Section {
                Button(action: { agree() }, label: { Text("同意并继续") })
            }
        }
    }
}
"""


def test_a_screen_whose_rows_set_a_label_beside_its_value_gives_its_sdk(
    tmp_path: Path,
) -> None:
    found = imported(tmp_path, "ConsentView.swift", SWIFTUI_ROWS)
    assert recipients(found) == [
        ("云雀统计SDK", "云雀数据(杭州)有限公司", "https://yunque.example.cn/privacy")
    ]
