"""Every entry links to the recipient's own privacy policy, by a real https URL.

## What it checks

`privacy_policy.url` is present and is an absolute `https` URL with a real host name: not
`http`, not `localhost`, not an IP address, not a reserved example domain (`example.com`,
`*.test`, `*.invalid`, `*.local`), without a user name or password in it, without control or
invisible characters (NUL, zero-width space) or quotes, and without a host name whose letters
mix scripts the way look-alike addresses do (a Cyrillic letter a, U+0430, among Latin letters).
An entry that gives only `privacy_policy.reference` (the published words, "See the app details
page") is reported too: the reference may be all the published list says, but it is not a link a
person can follow.
Such a finding is the one to waive, with the reason, when the recipient publishes no policy URL.
A `privacy_policy` that is not a mapping is reported by the schema stage (DL103).

## Why

What each source asks, exactly:

- MIIT notice 2023 No. 26 (工信部信管函 [2023] 26号) has app operators publish the basic facts of
  every embedded SDK, and app stores check them against the national SDK platform: SDK name,
  developer, information collected, purpose and **the SDK's privacy-policy link**. That is the
  verifiable duty, so an entry with the sharing mode `sdk_on_device` gets an error.
- For other recipients no statute asks for a link: PIPL Art. 23 asks for the recipient's name
  and contact, Art. 17 for the processor's own rules to be public and easy to consult, and
  GB/T 35273-2020 9.2 (a recommended standard) for the recipient's type and, for sensitive data,
  its data-security capability. A link is how most published lists meet them, so the finding is
  a warning.

## Failing example

```yaml
privacy_policy:
  url: http://localhost/privacy
```

## Passing example

```yaml
privacy_policy:
  url: https://cc-dl.camcard.com/download/PP_CamCard_zh-cn_Android.html
```

## How to fix

Put the recipient's published policy address under `privacy_policy.url`, starting with
`https://`. If the recipient publishes none, keep the published words as `reference` and waive
this finding with the reason (`# disclosurelint: allow DL204 reason="..."`).
"""

from __future__ import annotations

import ipaddress
import re
from collections.abc import Iterator, Mapping
from functools import lru_cache
from typing import Any

from disclosurelint import urls
from disclosurelint.document import Document
from disclosurelint.model import Finding, RuleText, Severity
from disclosurelint.rules.base import RuleContext, is_placeholder, text_of

CODE = "DL204"
NAME = "policy-url"
SEVERITY = Severity.ERROR
ARTICLES = ("MIIT notice 2023 No. 26", "PIPL Art. 23", "PIPL Art. 17")
OPTIONS: dict[str, object] = {}
SCOPE = "document"
OWNS = ("privacy_policy",)

_SPACE = re.compile(r"\s")  # what str.isspace() calls a space, in one C loop
_RESERVED_SUFFIXES = (".test", ".example", ".invalid", ".localhost", ".local", ".internal")
_RESERVED_HOSTS = {"example.com", "example.org", "example.net", "localhost"}
_FIX = "Add `privacy_policy:` with `url: https://...` pointing to the recipient's policy."


@lru_cache(maxsize=1024)  # one recipient's policy is linked from each of its entries
def url_problem(url: str) -> str | None:
    """Why ``url`` is not a usable policy link, or None when it is one."""
    if _SPACE.search(url):
        return "contains spaces"
    hidden = urls.hidden_character(url)
    if hidden:
        return f"contains {hidden}"
    parts = urls.split(url)
    if parts is None:
        return f"is not a valid URL: {urls.unreadable(url)}"
    host = parts.hostname or ""
    if not parts.scheme or not parts.netloc:
        return "is not an absolute URL (it needs https:// and a host name)"
    if parts.scheme.lower() != "https":
        return f"uses {parts.scheme}://, not https://"
    if parts.username is not None or parts.password is not None:
        return "contains a user name or password"
    if not host:
        return "has no host name"
    if ":" in host or host.replace(".", "").isdigit():  # only these can be an IP address
        try:
            ipaddress.ip_address(host)
            return f"names an IP address ({host}), not a host name"
        except ValueError:
            pass
    if (
        host in _RESERVED_HOSTS
        or host.endswith(_RESERVED_SUFFIXES)
        or host.endswith(tuple("." + h for h in _RESERVED_HOSTS))
    ):
        return f"names a reserved or local host ({host}), not a public one"
    look_alike = urls.mixed_script(host)
    if look_alike:
        return f"mixes scripts in its host name ({look_alike}), as look-alike addresses do"
    tld = host.rsplit(".", 1)[-1]
    if "." not in host or not (tld.isalpha() or tld.startswith("xn--")):
        return f"does not name a public host ({host})"
    return None


def _severity(data: Mapping[str, Any]) -> Severity:
    """ERROR for an embedded SDK (MIIT notice 2023 No. 26 asks its link), else WARNING."""
    modes = data.get("sharing_modes")
    return (
        Severity.ERROR if isinstance(modes, list) and "sdk_on_device" in modes else Severity.WARNING
    )


def check(document: Document, context: RuleContext) -> Iterator[Finding]:
    data = document.mapping
    policy: Any = data.get("privacy_policy")
    if "privacy_policy" not in data or policy is None or policy == {}:
        yield Finding(
            ("privacy_policy",) if "privacy_policy" in data else (),
            "the entry does not say where the recipient's privacy policy is",
            fix=_FIX,
            severity=_severity(data),
        )
        return
    if not isinstance(policy, Mapping):
        return  # the schema stage reports a policy that is not a mapping
    url, reference = policy.get("url"), policy.get("reference")
    if isinstance(url, str) and not is_placeholder(url):
        reason = url_problem(url.strip())
        if reason:
            yield Finding(
                ("privacy_policy", "url"),
                f"the recipient's privacy policy URL {reason}",
                fix="Use the public https address of the recipient's policy.",
                severity=_severity(data),
            )
        return
    if url is not None and not isinstance(url, str):
        return  # wrong type: the schema stage reports it
    words = text_of(reference)
    if words and not is_placeholder(words):
        yield Finding(
            ("privacy_policy", "reference"),
            f"no link to the recipient's privacy policy; the list says only {words!r}",
            fix="Add `url:` when the recipient publishes its policy; otherwise waive "
            "this finding with the reason the list cannot link it.",
            severity=_severity(data),
        )
        return
    where = ("privacy_policy", "url") if "url" in policy else ("privacy_policy",)
    yield Finding(
        where,
        "the recipient's privacy policy is a placeholder or empty",
        fix=_FIX,
        severity=_severity(data),
    )


TEXTS: dict[str, RuleText] = {
    "zh": RuleText(
        name="接收方隐私政策链接",
        summary="每个条目都以真实有效的 https 地址链接接收方自己的隐私政策。",
        checks=(
            "`privacy_policy.url` 存在，且是带真实主机名的绝对 `https` 地址：不是 `http`，不是"
            " `localhost`，不是 IP 地址，不是保留的示例域名（`example.com`、`*.test`、`*.invalid`、"
            "`*.local`），不含用户名或密码，不含控制字符、不可见字符（NUL、零宽空格）或引号，主机名"
            "也不像仿冒地址那样混用不同文字（拉丁字母中夹杂西里尔字母 a，U+0430）。\n\n"
            "只给出 `privacy_policy.reference`（已发布的表述，如“详见应用详情页”）的条目也会被报告"
            "：该表述可能是已发布清单的全部内容，但不是个人可以打开的链接。接收方未公布隐私政策地址"
            "时，应对此项检查结果作出豁免并写明理由。不是映射的 `privacy_policy` 由结构校验阶段报告"
            "（DL103）。"
        ),
        why=(
            "各项依据的确切要求：\n\n"
            "工信部信管函〔2023〕26号要求应用运营者公开所嵌入的每个 SDK 的基本信息，应用商店据此与"
            "国家 SDK 平台核对：SDK 名称、开发者、收集的信息、目的以及 SDK 的隐私政策链接。这是可以"
            "核验的义务，因此共享方式为 `sdk_on_device` 的条目为错误。\n\n"
            "对其他接收方，法律并未要求提供链接：《个人信息保护法》第二十三条要求告知接收方的名称和"
            "联系方式，第十七条要求处理者的个人信息处理规则公开、便于查阅，GB/T 35273-2020 第9.2条"
            "（推荐性标准）要求告知接收方的类型，涉及个人敏感信息的还应告知其数据安全能力。多数已发"
            "布的清单以链接满足这些要求，因此该检查结果为警告。"
        ),
        fix=(
            "在 `privacy_policy.url` 下填写接收方已公布的隐私政策地址，以 `https://` 开头。接收方未"
            "公布隐私政策的，保留已发布的表述作为 `reference`，并对此项检查结果作出豁免、写明理由（"
            '`# disclosurelint: allow DL204 reason="..."`）。'
        ),
    )
}
"""The rule's documentation in Chinese, for `report --lang zh` and `explain --lang zh`."""
