# ruff: noqa: RUF001  (full-width punctuation in the Chinese screens read on purpose)
"""Services an app or a site names in its sentences rather than in a list: an SDK whose
provider is given in an aside, labels of a multi-line directory string."""

from __future__ import annotations

from pathlib import Path

from tests.common import imported, recipients

FIRST_RUN_SCREEN = """import 'package:flutter/material.dart';

class WelcomeGate extends StatelessWidget {
  const WelcomeGate({super.key});

  @override
  Widget build(BuildContext context) {
    return Text(
      '继续前，请阅读本说明。\\n\\n'
      '我们会用到以下信息：\\n'
      '· 相册 —— 用于选取头像；\\n\\n'
      '本应用接入星轨导航 SDK（服务商：星轨科技有限公司），'
      '用于路线规划，会收集位置信息。\\n',
    );
  }
}
"""


def test_a_first_run_screen_naming_its_sdk_and_its_provider_in_an_aside(tmp_path: Path) -> None:
    declarations = imported(tmp_path, "welcome_gate.dart", FIRST_RUN_SCREEN)
    assert recipients(declarations) == [("星轨导航 SDK", "星轨科技有限公司", "")]


DIRECTORY_STRING = '''import SwiftUI

struct SdkDirectoryView: View {
    private var text = """
                       云雀统计 SDK

                       使用目的：统计页面访问

                       数据类型：设备标识

                       隐私政策链接：https://yunque.example.com/privacy

                       公司全称：云雀数据（杭州）有限公司
                       """
    var body: some View {
        ScrollView { Text(text) }
    }
}
'''


def test_a_full_company_name_label_gives_the_company(tmp_path: Path) -> None:
    declarations = imported(tmp_path, "SdkDirectoryView.swift", DIRECTORY_STRING)
    assert recipients(declarations) == [
        ("云雀统计 SDK", "云雀数据(杭州)有限公司", "https://yunque.example.com/privacy")
    ]
