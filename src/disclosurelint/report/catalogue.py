# ruff: noqa: RUF001  (full-width punctuation is how Chinese text writes it)
"""Every word the legal report prints itself, in each language it is written in.

One catalogue keyed by message id; each message has its English (``en``) and Chinese (``zh``)
text, with ``{name}`` fields for the values it words. The builder and both writers look their
texts up through :class:`Words`, which never falls back to another language: a message a
language lacks is an error, and a test holds every message id looked up to both languages.

The words for enumerations (relationships, legal bases, consents, transfer mechanisms, regimes,
data categories, kinds of change) are messages too, under a prefix: ``relationship.third_party``.
Where the English words are defined elsewhere (the regimes' names, the transfer mechanisms' names,
the waiver's validity), the English message is taken from there, so the words stay in one place.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Final

LANGS: Final = ("en", "zh")
"""The languages the report is written in; ``en`` is the default."""

HTML_LANG: Mapping[str, str] = {"en": "en", "zh": "zh-CN"}
"""The ``lang`` attribute of the HTML page in each language."""

_PIPL = "《个人信息保护法》"

_MESSAGES: dict[str, dict[str, str]] = {
    # -- the page ----------------------------------------------------------------------------
    "title": {
        "en": "Personal data shared with third parties",
        "zh": "向第三方提供个人信息情况报告",
    },
    "page.title": {"en": "{title}: {repository}, {date}", "zh": "{title}：{repository}，{date}"},
    "page.before": {"en": "Page ", "zh": "第 "},
    "page.middle": {"en": " of ", "zh": " 页，共 "},
    "page.after": {"en": "", "zh": " 页"},
    "footer.dirty": {"en": " + uncommitted changes", "zh": " + 未提交的修改"},
    "subtitle.lead": {"en": "Report on the declarations of ", "zh": ""},
    "subtitle.tail": {"en": ", {date}", "zh": " 的声明审查报告，{date}"},
    "not_stated": {"en": "Not stated", "zh": "未说明"},
    "not_stated.lower": {"en": "not stated", "zh": "未说明"},
    "none": {"en": "none", "zh": "无"},
    "none_given": {"en": "none given", "zh": "未给出"},
    "fallback": {"en": "{text} (only in {tag})", "zh": "{text}（仅有 {tag} 文本）"},
    "item.other_language": {"en": "{text} ({tag}: {other})", "zh": "{text}（{tag}：{other}）"},
    "list.sep": {"en": ", ", "zh": "、"},
    "list.semicolon": {"en": "; ", "zh": "；"},
    "list.and": {"en": " and ", "zh": "以及"},
    "sentence.sep": {"en": " ", "zh": ""},
    "sentence.end": {"en": ".", "zh": "。"},
    "labelled": {"en": "{label}: {text}", "zh": "{label}：{text}"},
    "parenthesised": {"en": "{text} ({inner})", "zh": "{text}（{inner}）"},
    # -- the header --------------------------------------------------------------------------
    "header.repository": {"en": "Repository", "zh": "仓库"},
    "header.commit": {"en": "Commit", "zh": "提交"},
    "header.uncommitted": {"en": "Uncommitted changes", "zh": "未提交的修改"},
    "header.unknown": {"en": "Unknown: {note}", "zh": "未知：{note}"},
    "header.yes": {"en": "Yes", "zh": "有"},
    "header.dirty": {
        "en": ": the checked files differ from the commit",
        "zh": "：所检查的文件与该提交中的不同",
    },
    "header.clean": {
        "en": "None: the checked files are those of the commit",
        "zh": "无：所检查的文件即该提交中的文件",
    },
    "header.date": {"en": "Date", "zh": "日期"},
    "header.version": {"en": "version {version}", "zh": "版本 {version}"},
    "header.ruleset": {"en": "Rule set", "zh": "规则集"},
    "header.regimes": {"en": "Regimes", "zh": "适用的法律制度"},
    "header.home_country": {"en": "Home country", "zh": "本国"},
    "header.gate": {"en": "Gate", "zh": "检查门槛"},
    "header.fails_at": {
        "en": "fails at {level} and above",
        "zh": "严重程度为“{level}”及以上时不通过",
    },
    "header.configuration": {"en": "Configuration", "zh": "配置"},
    "header.declarations": {"en": "Declarations", "zh": "声明"},
    "header.files.one": {
        "en": "{n} file, listed with their hashes at the end",
        "zh": "{n} 个文件，其哈希值列于报告末尾",
    },
    "header.files.many": {
        "en": "{n} files, listed with their hashes at the end",
        "zh": "{n} 个文件，其哈希值列于报告末尾",
    },
    "header.content_hash": {"en": "Content hash (SHA-256)", "zh": "内容哈希值（SHA-256）"},
    "note.not a git repository": {"en": "not a git repository", "zh": "不是 git 仓库"},
    "note.git is not installed": {"en": "git is not installed", "zh": "未安装 git"},
    "note.no commit yet": {"en": "no commit yet", "zh": "尚无提交"},
    "note.none found: the defaults": {
        "en": "none found: the defaults",
        "zh": "未找到配置文件：使用默认设置",
    },
    "note.none: --isolated, the defaults": {
        "en": "none: --isolated, the defaults",
        "zh": "无：使用了 --isolated，采用默认设置",
    },
    # -- scope, products, changes ------------------------------------------------------------
    "scope.heading": {"en": "Scope of this review", "zh": "本次审查的范围"},
    "scope.assessed": {"en": "Regimes assessed", "zh": "已评估的法律制度"},
    "scope.not_assessed": {"en": "Not assessed", "zh": "未评估的法律制度"},
    "scope.statement": {
        "en": "Passing this check is not legal compliance. The tool compares what the "
        "declarations say with the rules cited, under the regimes assessed; it does not verify "
        "that what they say is true (that consent is in fact obtained, that a contract is "
        "signed, that a transfer mechanism is in place), and it says nothing about the regimes "
        "not assessed. The rules are the tool's reading of the provisions cited; a qualified "
        "lawyer decides.",
        "zh": "通过本检查不等于符合法律规定。本工具仅在已评估的法律制度下，将声明所述内容与所引用"
        "的规则相比对；它不核实所述内容是否属实（例如是否确已取得同意、是否已签订合同、出境机制"
        "是否确已落实），对未评估的法律制度也不作任何判断。规则是本工具对所引条款的理解，"
        "应由具备资质的律师作出最终判断。",
    },
    "scope.coppa": {
        "en": "COPPA (16 CFR Part 312; assessed only when DL306's coppa option is on)",
        "zh": "美国《儿童在线隐私保护法》（COPPA，16 CFR Part 312；仅在开启 DL306 的 coppa 选项"
        "时评估）",
    },
    "scope.coppa_on": {
        "en": "COPPA (through DL306)",
        "zh": "美国《儿童在线隐私保护法》（COPPA，由 DL306 评估）",
    },
    "product.heading": {
        "en": "Controller and published list: {title}",
        "zh": "个人信息处理者与已发布的清单：{title}",
    },
    "product.title": {"en": "{name} ({folder})", "zh": "{name}（{folder}）"},
    "product.controller": {
        "en": "Controller (PIPL Art. 17(1)(1); GDPR Art. 13(1)(a))",
        "zh": f"个人信息处理者（{_PIPL}第十七条第一款第（一）项；GDPR 第13条第1款(a)项）",
    },
    "product.controller_contact": {"en": "Controller's contact", "zh": "个人信息处理者的联系方式"},
    "product.app": {"en": "App", "zh": "应用"},
    "product.app_version": {"en": "App version", "zh": "应用版本"},
    "product.list": {"en": "Published list", "zh": "已发布的清单"},
    "product.list_version": {"en": "List version", "zh": "清单版本"},
    "product.published": {"en": "Published on", "zh": "发布日期"},
    "product.effective": {"en": "Effective from", "zh": "生效日期"},
    "product.updated": {"en": "Last updated", "zh": "最近更新日期"},
    "changes.heading": {"en": "Changes since {since}", "zh": "自 {since} 以来的变更"},
    "changes.partner": {"en": "Partner", "zh": "合作方"},
    "changes.risk": {"en": "Risk", "zh": "风险"},
    "changes.change": {"en": "Change", "zh": "变更"},
    "changes.none": {"en": "No change in meaning.", "zh": "含义没有变化。"},
    "changes.line": {
        "en": "{message}",
        "zh": "{kind}（字段 {field}）：原为 {old}，现为 {new}",
    },
    "changes.absent": {"en": "nothing", "zh": "无"},
    "risk.raises-risk": {"en": "raises-risk", "zh": "风险增加"},
    "risk.neutral": {"en": "neutral", "zh": "风险不变"},
    "risk.lowers-risk": {"en": "lowers-risk", "zh": "风险降低"},
    # -- the summary -------------------------------------------------------------------------
    "summary.heading": {"en": "Summary", "zh": "概要"},
    "summary.number": {"en": "No.", "zh": "序号"},
    "summary.partner": {"en": "Partner", "zh": "合作方"},
    "summary.relationship": {"en": "Relationship", "zh": "关系"},
    "summary.country": {"en": "Country", "zh": "国家或地区"},
    "summary.sensitive": {"en": "Sensitive categories", "zh": "敏感个人信息类别"},
    "summary.open": {"en": "Open", "zh": "未解决"},
    "summary.waived": {"en": "Waived", "zh": "已豁免"},
    "summary.expired": {"en": "{n} expired", "zh": "{n} 项豁免已过期"},
    "summary.expired_md": {"en": " ({n} expired)", "zh": "（{n} 项豁免已过期）"},
    "summary.by_relationship": {"en": "Partners by relationship", "zh": "按关系统计的合作方"},
    "summary.partners": {"en": "Partners", "zh": "合作方数"},
    "summary.by_country": {"en": "Partners by country", "zh": "按国家或地区统计的合作方"},
    "summary.by_severity": {"en": "Problems by severity", "zh": "按严重程度统计的问题"},
    "summary.severity": {"en": "Severity", "zh": "严重程度"},
    "summary.open_expired": {"en": "Open, waiver expired", "zh": "未解决（豁免已过期）"},
    "summary.total": {"en": "Total", "zh": "合计"},
    "verdict.fail": {
        "en": "The declarations do not pass the gate: {count} at or above {threshold}.",
        "zh": "声明未通过检查门槛：{count}的严重程度达到或高于“{threshold}”。",
    },
    "verdict.pass": {
        "en": "The declarations pass the gate: no open problem at or above {threshold}.",
        "zh": "声明通过检查门槛：没有严重程度达到或高于“{threshold}”的未解决问题。",
    },
    "verdict.below.one": {
        "en": " {count} below {threshold} does not fail it.",
        "zh": "另有 {count}低于“{threshold}”，不影响是否通过。",
    },
    "verdict.below.many": {
        "en": " {count} below {threshold} do not fail it.",
        "zh": "另有 {count}低于“{threshold}”，不影响是否通过。",
    },
    "count.open_problem.one": {"en": "{n} open problem", "zh": "{n} 个未解决问题"},
    "count.open_problem.many": {"en": "{n} open problems", "zh": "{n} 个未解决问题"},
    "severity.error": {"en": "error", "zh": "错误"},
    "severity.warning": {"en": "warning", "zh": "警告"},
    "severity.info": {"en": "info", "zh": "提示"},
    # -- a partner ---------------------------------------------------------------------------
    "partner.entry": {"en": "Entry", "zh": "条目"},
    "partner.unreadable": {
        "en": "This file could not be read as a declaration; its problems are listed below.",
        "zh": "该文件无法作为声明读取；其问题列于下方。",
    },
    "partner.published": {"en": "As the published list states it", "zh": "已发布清单中的表述"},
    "partner.declared": {"en": "Further declared facts", "zh": "其他已声明的事项"},
    "partner.fact": {"en": "Fact", "zh": "事项"},
    "partner.declared_value": {"en": "Declared", "zh": "声明内容"},
    "partner.items": {"en": "Data items", "zh": "数据项"},
    "partner.no_items": {"en": "No data item is declared.", "zh": "未声明任何数据项。"},
    "partner.problems": {"en": "Problems", "zh": "问题"},
    "partner.no_problems": {"en": "No problem found.", "zh": "未发现问题。"},
    "partner.waivers": {"en": "Waivers", "zh": "豁免"},
    "partner.no_waivers": {"en": "No waiver.", "zh": "无豁免。"},
    "partner.others": {"en": "Problems outside the declarations", "zh": "声明文件以外的问题"},
    "label.relationship": {"en": "Relationship", "zh": "与接收方的关系"},
    "label.contact": {"en": "Contact", "zh": "接收方的联系方式"},
    "label.country": {"en": "Country", "zh": "接收方所在国家或地区"},
    "label.legal_basis": {"en": "Legal basis", "zh": "处理的合法性基础"},
    "label.processing_method": {"en": "Processing method", "zh": "处理方式"},
    "label.consent_evidence": {"en": "Consent evidence", "zh": "取得同意的证明"},
    "label.cross_border": {"en": "Cross-border transfer", "zh": "个人信息出境"},
    "label.retention": {"en": "Retention", "zh": "保存期限"},
    "label.security_measures": {
        "en": "Recipient's security measures",
        "zh": "接收方的安全保护措施",
    },
    "label.entrustment_agreement": {
        "en": "Entrustment agreement (PIPL Art. 21)",
        "zh": f"委托处理协议（{_PIPL}第二十一条）",
    },
    "label.impact_assessment": {
        "en": "Impact assessment (PIPL Arts. 55-56)",
        "zh": f"个人信息保护影响评估（{_PIPL}第五十五条、第五十六条）",
    },
    "label.review": {"en": "Review", "zh": "复核"},
    "country.home": {"en": "{country} (the home country)", "zh": "{country}（本国）"},
    "country.abroad": {
        "en": "{country} (outside the home country, {home})",
        "zh": "{country}（境外；本国为 {home}）",
    },
    "cross_border.undeclared": {
        "en": "None declared, although the recipient is in {country}, not {home}",
        "zh": "未声明，但接收方位于 {country}，而不在 {home}",
    },
    "cross_border.to": {"en": "To {where}", "zh": "向 {where} 提供"},
    "cross_border.under": {"en": ", under {how}", "zh": "，依据{how}"},
    "cross_border.no_mechanism": {"en": ", under no stated mechanism", "zh": "，未说明出境机制"},
    "cross_border.justification": {"en": "Why it applies", "zh": "适用的理由"},
    "cross_border.rights_exercise": {
        "en": "Exercising rights against the recipient (PIPL Art. 39)",
        "zh": f"向境外接收方行使权利的方式（{_PIPL}第三十九条）",
    },
    "basis.pipl": {"en": "PIPL", "zh": _PIPL},
    "basis.gdpr": {"en": "GDPR", "zh": "GDPR"},
    "basis.gdpr_special_category": {"en": "GDPR special categories", "zh": "GDPR 特殊类别数据"},
    "basis.gdpr_criminal_data": {
        "en": "GDPR criminal-offence data",
        "zh": "GDPR 刑事定罪和犯罪数据",
    },
    "consent_evidence.how": {"en": ", obtained by: {how}", "zh": "，取得方式：{how}"},
    "consent_evidence.no_how": {
        "en": ", how it is obtained not stated",
        "zh": "，未说明取得方式",
    },
    "consent_evidence.where": {"en": "; recorded at: {where}", "zh": "；记录位置：{where}"},
    "consent_evidence.no_where": {
        "en": "; where it is recorded not stated",
        "zh": "；未说明记录位置",
    },
    "reference.none": {"en": "no reference given", "zh": "未给出编号"},
    "reference.dated": {"en": ", dated {date}", "zh": "，日期为 {date}"},
    "reference.undated": {"en": ", date not stated", "zh": "，未说明日期"},
    "review.by": {"en": "Reviewed by {owner}", "zh": "由 {owner} 复核"},
    "review.done": {"en": "Reviewed", "zh": "已复核"},
    "review.on": {"en": " on {date}", "zh": "，日期为 {date}"},
    "review.undated": {"en": ", date not stated", "zh": "，未说明日期"},
    "review.ticket": {"en": " ({ticket})", "zh": "（{ticket}）"},
    "optional.yes": {
        "en": "optional: the person may refuse it and still use the feature",
        "zh": "可选：个人可以拒绝提供，且仍可使用该功能",
    },
    "optional.no": {"en": "required for the feature", "zh": "该功能所必需"},
    "items.item": {"en": "Item", "zh": "数据项"},
    "items.category": {"en": "Category", "zh": "类别"},
    "items.sensitive_under": {"en": "Sensitive under {regimes}", "zh": "依据{regimes}是否敏感"},
    "items.justification": {"en": "Justification", "zh": "必要性与影响说明"},
    "items.consent": {"en": "Consent", "zh": "同意"},
    "items.unclassified": {"en": "Unclassified: {how}", "zh": "未分类：{how}"},
    "items.sensitive": {"en": "Sensitive", "zh": "敏感"},
    "items.not_sensitive": {"en": "Not sensitive", "zh": "不敏感"},
    "items.necessity": {"en": "Necessity", "zh": "必要性"},
    "items.impact": {"en": "Impact", "zh": "对个人权益的影响"},
    "classified.none": {
        "en": "matches no category of the data taxonomy",
        "zh": "不属于数据分类目录中的任何类别",
    },
    "classified.declared": {"en": "declared", "zh": "已声明"},
    "classified.inferred": {"en": "inferred", "zh": "由文字推断"},
    "classified.inferred_from": {"en": "inferred from {phrases}", "zh": "由{phrases}推断"},
    "classified.phrase": {"en": "'{phrase}'", "zh": "“{phrase}”"},
    "status.sensitive": {
        "en": "sensitive under {regime} ({article})",
        "zh": "依据{regime}属于敏感个人信息（{article}）",
    },
    "status.qualified": {
        "en": "sensitive under {regime} only with a condition ({article})",
        "zh": "依据{regime}仅在一定条件下属于敏感个人信息（{article}）",
    },
    "status.not_sensitive": {
        "en": "not sensitive under {regime} ({article})",
        "zh": "依据{regime}不属于敏感个人信息（{article}）",
    },
    "status.qualifier": {"en": "{text}: {qualifier}", "zh": "{text}：{qualifier}"},
    "sensitive.with_condition": {"en": "{regime} with a condition", "zh": "{regime}（附条件）"},
    # -- problems and waivers ----------------------------------------------------------------
    "problem.rule": {"en": "Rule", "zh": "规则"},
    "problem.finding": {"en": "Finding", "zh": "发现的问题"},
    "problem.status": {"en": "Status", "zh": "状态"},
    "problem.where": {"en": "Where", "zh": "位置"},
    "problem.field": {"en": ", field ", "zh": "，字段 "},
    "problem.articles": {"en": "Articles", "zh": "条款依据"},
    "problem.fix": {"en": "Fix", "zh": "修改方法"},
    "problem.waiver": {"en": "Waiver", "zh": "豁免"},
    "problem.original": {"en": "As found", "zh": "检查原文"},
    "problem.approved": {
        "en": "(approved by {who}; {validity})",
        "zh": "（批准人：{who}；{validity}）",
    },
    "problem.waiver_md": {
        "en": "Waiver: {reason} (approved by {who}; {validity})",
        "zh": "豁免：{reason}（批准人：{who}；{validity}）",
    },
    "problem.counts_again": {"en": "counts again", "zh": "重新计入"},
    "problem.expired_md": {
        "en": "**WAIVER EXPIRED**: counts again",
        "zh": "**豁免已过期**：重新计入",
    },
    "problem.severity": {"en": "Severity", "zh": "严重程度"},
    "state.open": {"en": "Open", "zh": "未解决"},
    "state.waived": {"en": "Waived", "zh": "已豁免"},
    "state.waiver expired": {"en": "Waiver expired", "zh": "豁免已过期"},
    "waiver.reason": {"en": "Reason", "zh": "理由"},
    "waiver.approved_by": {"en": "Approved by", "zh": "批准人"},
    "waiver.in_force_through": {"en": "In force through", "zh": "有效期至"},
    "waiver.written_at": {"en": "Written at", "zh": "记载位置"},
    "waiver.written_at_lower": {"en": "written at", "zh": "记载于"},
    "waiver.approval": {"en": "{who}, {when}", "zh": "{who}，{when}"},
    "waiver.approved_on": {"en": "on {date}", "zh": "于 {date} 批准"},
    "waiver.approval_undated": {"en": "approval date not stated", "zh": "未说明批准日期"},
    "waiver.no_expiry": {"en": "no expiry date", "zh": "无到期日"},
    "waiver.expired": {
        "en": "EXPIRED: it held through {date}; the problem counts again",
        "zh": "已过期：有效期至 {date}，该问题重新计入",
    },
    "waiver.in_force": {"en": "In force through {date}", "zh": "有效，有效期至 {date}"},
    "waiver.in_force_forever": {"en": "In force, with no expiry date", "zh": "有效，无到期日"},
    "validity.expired": {"en": "{validity}", "zh": "有效期至 {date}，已过期"},
    "validity.in_force": {"en": "{validity}", "zh": "有效期至 {date}"},
    "validity.forever": {"en": "{validity}", "zh": "有效，无到期日"},
    # -- rules, sign-off, files --------------------------------------------------------------
    "rules.heading": {"en": "Rules cited", "zh": "引用的规则"},
    "rules.none": {
        "en": "No rule is cited: no problem was found.",
        "zh": "未引用任何规则：未发现问题。",
    },
    "rules.checks": {"en": "What it checks", "zh": "检查内容"},
    "rules.why": {"en": "Why", "zh": "依据与理由"},
    "rules.cited.one": {"en": "Cited {n} time in this report.", "zh": "本报告引用 {n} 次。"},
    "rules.cited.many": {"en": "Cited {n} times in this report.", "zh": "本报告引用 {n} 次。"},
    "rules.articles_md": {"en": "Articles: {articles}", "zh": "条款依据：{articles}"},
    "explain.heading": {
        "en": "{code} {name} ({severity})",
        "zh": "{code} {title}（{name}，{severity}）",
    },
    "explain.untranslated": {
        "en": "{code} {name} ({severity})",
        "zh": "{code} {name}（{severity}）",
    },
    "explain.failing": {"en": "Failing example", "zh": "不通过的示例"},
    "explain.passing": {"en": "Passing example", "zh": "通过的示例"},
    "rules.untranslated": {
        "en": "{text}",
        "zh": "（该规则未提供中文说明，以下为英文原文）{text}",
    },
    "sign_off.heading": {"en": "Sign-off", "zh": "签署"},
    "sign_off.reviewer": {"en": "Reviewer", "zh": "审核人"},
    "sign_off.title": {"en": "Title", "zh": "职务"},
    "sign_off.date": {"en": "Date", "zh": "日期"},
    "sign_off.decision": {"en": "Decision", "zh": "结论"},
    "files.heading": {"en": "Declarations checked", "zh": "所检查的声明文件"},
    "files.file": {"en": "File", "zh": "文件"},
    "files.closing": {
        "en": "Written by disclosurelint {version} with rule set {ruleset}. The same "
        "declarations, configuration and date give the same report, byte for byte. The content "
        "hash is the SHA-256 of the files above, taken in order of their paths: for each file "
        "its path, a NUL byte, its length in bytes, a NUL byte and its bytes.",
        "zh": "本报告由 disclosurelint {version} 按规则集 {ruleset} 生成。相同的声明、配置和日期"
        "生成逐字节相同的报告。内容哈希值是对上列文件按路径顺序计算的 SHA-256：对每个文件依次"
        "取其路径、一个 NUL 字节、以字节计的长度、一个 NUL 字节及其内容。",
    },
    # -- enumerations ------------------------------------------------------------------------
    "relationship.third_party": {"en": "Third party", "zh": "第三方"},
    "relationship.entrusted_processor": {"en": "Entrusted processor", "zh": "受托处理者"},
    "relationship.enterprise_customer": {"en": "Enterprise customer", "zh": "企业客户"},
    "relationship.device_service": {
        "en": "Service on the user's device",
        "zh": "用户设备上的服务",
    },
    "relationship.joint_controller": {"en": "Joint controller", "zh": "共同处理者"},
    "meaning.third_party": {
        "en": "an independent handler that decides for itself how it processes the data "
        "(PIPL Art. 23)",
        "zh": f"自行决定处理目的和处理方式的其他个人信息处理者（{_PIPL}第二十三条）",
    },
    "meaning.entrusted_processor": {
        "en": "processes the data on our behalf and on our instructions "
        "(PIPL Art. 21, GDPR Art. 28)",
        "zh": f"受我方委托、按照约定处理个人信息（{_PIPL}第二十一条，GDPR 第28条）",
    },
    "meaning.enterprise_customer": {
        "en": "the organisation that entrusts the product with its users' data",
        "zh": "委托本产品处理其用户个人信息的组织",
    },
    "meaning.device_service": {
        "en": "a service on the user's own device, reached through a local interface",
        "zh": "用户本人设备上的服务，通过本地接口调用",
    },
    "meaning.joint_controller": {
        "en": "decides the purposes and means of processing together with us (GDPR Art. 26)",
        "zh": f"与我方共同决定处理目的和处理方式（{_PIPL}第二十条，GDPR 第26条）",
    },
    "pipl_basis.consent": {
        "en": "consent of the person (Art. 13(1)(1))",
        "zh": "取得个人的同意（第十三条第一款第（一）项）",
    },
    "pipl_basis.contract": {
        "en": "necessary for a contract with the person (Art. 13(1)(2))",
        "zh": "为订立、履行个人作为一方当事人的合同所必需（第十三条第一款第（二）项）",
    },
    "pipl_basis.hr_management": {
        "en": "necessary for human-resources management (Art. 13(1)(2))",
        "zh": "按照依法制定的劳动规章制度和依法签订的集体合同实施人力资源管理所必需"
        "（第十三条第一款第（二）项）",
    },
    "pipl_basis.statutory_duty": {
        "en": "necessary for a statutory duty or obligation (Art. 13(1)(3))",
        "zh": "为履行法定职责或者法定义务所必需（第十三条第一款第（三）项）",
    },
    "pipl_basis.emergency": {
        "en": "a public-health emergency or protecting life, health or property (Art. 13(1)(4))",
        "zh": "为应对突发公共卫生事件，或者紧急情况下为保护自然人的生命健康和财产安全所必需"
        "（第十三条第一款第（四）项）",
    },
    "pipl_basis.news_reporting": {
        "en": "news reporting in the public interest (Art. 13(1)(5))",
        "zh": "为公共利益实施新闻报道、舆论监督等行为，在合理的范围内处理个人信息"
        "（第十三条第一款第（五）项）",
    },
    "pipl_basis.public_information": {
        "en": "information made public, within a reasonable scope (Art. 13(1)(6))",
        "zh": "在合理的范围内处理个人自行公开或者其他已经合法公开的个人信息"
        "（第十三条第一款第（六）项）",
    },
    "pipl_basis.other_law": {
        "en": "another law or administrative regulation (Art. 13(1)(7))",
        "zh": "法律、行政法规规定的其他情形（第十三条第一款第（七）项）",
    },
    "gdpr_basis.consent": {"en": "consent (Art. 6(1)(a))", "zh": "同意（第6条第1款(a)项）"},
    "gdpr_basis.contract": {
        "en": "necessary for a contract (Art. 6(1)(b))",
        "zh": "履行合同所必需（第6条第1款(b)项）",
    },
    "gdpr_basis.legal_obligation": {
        "en": "a legal obligation (Art. 6(1)(c))",
        "zh": "履行法定义务（第6条第1款(c)项）",
    },
    "gdpr_basis.vital_interests": {
        "en": "vital interests (Art. 6(1)(d))",
        "zh": "保护重大利益（第6条第1款(d)项）",
    },
    "gdpr_basis.public_task": {
        "en": "a task in the public interest (Art. 6(1)(e))",
        "zh": "执行符合公共利益的任务（第6条第1款(e)项）",
    },
    "gdpr_basis.legitimate_interests": {
        "en": "legitimate interests (Art. 6(1)(f))",
        "zh": "正当利益（第6条第1款(f)项）",
    },
    "gdpr_special.explicit_consent": {
        "en": "explicit consent (Art. 9(2)(a))",
        "zh": "明确同意（第9条第2款(a)项）",
    },
    "gdpr_special.employment_social_security": {
        "en": "employment and social-security law (Art. 9(2)(b))",
        "zh": "就业和社会保障法（第9条第2款(b)项）",
    },
    "gdpr_special.vital_interests": {
        "en": "vital interests, the person cannot consent (Art. 9(2)(c))",
        "zh": "保护重大利益且本人无法作出同意（第9条第2款(c)项）",
    },
    "gdpr_special.not_for_profit_body": {
        "en": "a not-for-profit body's members (Art. 9(2)(d))",
        "zh": "非营利机构就其成员进行的处理（第9条第2款(d)项）",
    },
    "gdpr_special.made_public": {
        "en": "manifestly made public by the person (Art. 9(2)(e))",
        "zh": "本人明显已公开（第9条第2款(e)项）",
    },
    "gdpr_special.legal_claims": {
        "en": "legal claims (Art. 9(2)(f))",
        "zh": "法律请求的提出、行使或抗辩（第9条第2款(f)项）",
    },
    "gdpr_special.substantial_public_interest": {
        "en": "substantial public interest (Art. 9(2)(g))",
        "zh": "重大公共利益（第9条第2款(g)项）",
    },
    "gdpr_special.health_or_social_care": {
        "en": "health or social care (Art. 9(2)(h))",
        "zh": "医疗或社会照护（第9条第2款(h)项）",
    },
    "gdpr_special.public_health": {
        "en": "public health (Art. 9(2)(i))",
        "zh": "公共卫生（第9条第2款(i)项）",
    },
    "gdpr_special.archiving_research_statistics": {
        "en": "archiving, research or statistics (Art. 9(2)(j))",
        "zh": "存档、科学或历史研究或统计（第9条第2款(j)项）",
    },
    "gdpr_criminal.official_authority": {
        "en": "under the control of official authority (Art. 10)",
        "zh": "在官方机构的控制下进行（第10条）",
    },
    "gdpr_criminal.authorised_by_law": {
        "en": "authorised by Union or Member State law (Art. 10)",
        "zh": "经欧盟或成员国法律授权（第10条）",
    },
    "consent.separate": {"en": "Separate consent", "zh": "单独同意"},
    "consent.explicit": {"en": "Explicit consent", "zh": "明确同意"},
    "consent.guardian": {"en": "Consent of a parent or guardian", "zh": "父母或者其他监护人的同意"},
    "consent.not_required": {"en": "Not required", "zh": "无需同意"},
    "mechanism.cac_security_assessment": {
        "zh": f"国家网信部门组织的安全评估（{_PIPL}第三十八条第一款第（一）项）"
    },
    "mechanism.pi_certification": {"zh": f"个人信息保护认证（{_PIPL}第三十八条第一款第（二）项）"},
    "mechanism.cac_standard_contract": {
        "zh": f"国家网信部门制定的标准合同（{_PIPL}第三十八条第一款第（三）项）"
    },
    "mechanism.treaty": {"zh": f"国际条约、协定（{_PIPL}第三十八条第二款）"},
    "mechanism.cac_exempt_contract": {
        "zh": "《促进和规范数据跨境流动规定》（2024）关于订立、履行个人作为一方当事人的合同的"
        "豁免（第五条第（一）项）"
    },
    "mechanism.cac_exempt_hr": {
        "zh": "《促进和规范数据跨境流动规定》（2024）关于跨境人力资源管理的豁免（第五条第（二）项）"
    },
    "mechanism.cac_exempt_emergency": {
        "zh": "《促进和规范数据跨境流动规定》（2024）关于紧急情况的豁免（第五条第（三）项）"
    },
    "mechanism.cac_exempt_under_100k": {
        "zh": "《促进和规范数据跨境流动规定》（2024）关于不满十万人的豁免（第五条第（四）项）"
    },
    "mechanism.cac_exempt_foreign_collected": {
        "zh": "《促进和规范数据跨境流动规定》（2024）关于境外收集产生的数据的豁免（第四条）"
    },
    "mechanism.cac_exempt_ftz_list": {
        "zh": "《促进和规范数据跨境流动规定》（2024）关于自由贸易试验区负面清单的豁免（第六条）"
    },
    "mechanism.adequacy_decision": {"zh": "充分性认定（GDPR 第45条）"},
    "mechanism.standard_contractual_clauses": {"zh": "标准合同条款（GDPR 第46条第2款(c)项）"},
    "mechanism.binding_corporate_rules": {"zh": "有约束力的公司规则（GDPR 第47条）"},
    "mechanism.approved_code_or_certification": {
        "zh": "经批准的行为准则或认证（GDPR 第46条第2款(e)项至(f)项）"
    },
    "mechanism.derogation": {"zh": "特定情形下的例外（GDPR 第49条）"},
    "regime.pipl": {"zh": _PIPL},
    "regime.gb35273": {"zh": "GB/T 35273-2020"},
    "regime.gdpr": {"zh": "GDPR"},
    "regime.cpra": {"zh": "CPRA"},
    # the data taxonomy's bundled categories (their English labels are the taxonomy's own)
    "category.biometric": {"zh": "生物识别信息"},
    "category.genetic": {"zh": "基因信息"},
    "category.health": {"zh": "医疗健康信息"},
    "category.financial_account": {"zh": "金融账户"},
    "category.financial_records": {"zh": "个人财产信息"},
    "category.account_credentials": {"zh": "账户鉴别信息"},
    "category.government_id": {"zh": "身份证件信息"},
    "category.id_document_image": {"zh": "身份证件照片"},
    "category.precise_location": {"zh": "精确位置信息"},
    "category.location_trajectory": {"zh": "行踪轨迹"},
    "category.accommodation_records": {"zh": "住宿信息"},
    "category.religious_belief": {"zh": "宗教信仰"},
    "category.political_opinion": {"zh": "政治观点"},
    "category.racial_ethnic_origin": {"zh": "种族或民族"},
    "category.trade_union": {"zh": "工会会员身份"},
    "category.sexual_orientation": {"zh": "性取向或性生活"},
    "category.marital_history": {"zh": "婚史"},
    "category.criminal_record": {"zh": "违法犯罪记录"},
    "category.specific_identity": {"zh": "特定身份"},
    "category.citizenship_immigration": {"zh": "国籍或移民身份"},
    "category.neural_data": {"zh": "神经数据"},
    "category.minor_under_14": {"zh": "不满十四周岁未成年人的个人信息"},
    "category.child_under_13": {"zh": "不满十三周岁儿童的个人信息"},
    "category.communication_content": {"zh": "通信内容"},
    "category.communication_metadata": {"zh": "通话和短信记录"},
    "category.contacts_list": {"zh": "通讯录和好友列表"},
    "category.browsing_history": {"zh": "网页浏览记录"},
    "category.installed_apps": {"zh": "已安装应用列表"},
    "category.name": {"zh": "姓名"},
    "category.nickname": {"zh": "昵称"},
    "category.profile_image": {"zh": "头像"},
    "category.phone_number": {"zh": "手机号码"},
    "category.email": {"zh": "电子邮箱地址"},
    "category.postal_address": {"zh": "通信地址"},
    "category.contact_details": {"zh": "本人联系方式"},
    "category.demographics": {"zh": "年龄、性别和出生日期"},
    "category.education": {"zh": "教育信息"},
    "category.job_title": {"zh": "职务"},
    "category.employer": {"zh": "工作单位"},
    "category.department": {"zh": "所在部门"},
    "category.work_records": {"zh": "工作记录"},
    "category.enterprise_info": {"zh": "组织信息"},
    "category.user_id": {"zh": "账号和用户标识"},
    "category.device_id": {"zh": "设备标识符和广告标识符"},
    "category.device_info": {"zh": "设备信息"},
    "category.ip_address": {"zh": "IP 地址"},
    "category.network_info": {"zh": "网络信息"},
    "category.coarse_location": {"zh": "粗略位置信息"},
    "category.derived_result": {"zh": "由其他数据得出的结果"},
    "category.sensor_data": {"zh": "传感器数据"},
    "category.app_info": {"zh": "应用信息"},
    "category.permissions": {"zh": "权限和授权"},
    "category.usage_data": {"zh": "使用记录"},
    "category.search_history": {"zh": "应用内搜索记录"},
    "category.crash_logs": {"zh": "崩溃和诊断数据"},
    "category.calendar_events": {"zh": "日历和会议"},
    "category.photos_videos": {"zh": "照片和视频"},
    "category.audio": {"zh": "音频录音"},
    "category.user_content": {"zh": "用户内容"},
    "category.fitness_data": {"zh": "运动和身体测量数据"},
    # the kinds of change of `diff` (their English words are in disclosurelint.semdiff)
    "change.partner-added": {"zh": "新增合作方"},
    "change.partner-removed": {"zh": "删除合作方"},
    "change.file-moved": {"zh": "文件移动"},
    "change.file-unreadable": {"zh": "声明无法读取"},
    "change.recipient-name-changed": {"zh": "接收方名称变更"},
    "change.relationship-changed": {"zh": "关系变为同等或更独立"},
    "change.relationship-narrowed": {"zh": "关系变为较不独立"},
    "change.recipient-country-changed": {"zh": "接收方所在地变更"},
    "change.contact-changed": {"zh": "联系方式变更"},
    "change.product-changed": {"zh": "产品、SDK 或类型变更"},
    "change.data-item-added": {"zh": "新增数据项"},
    "change.data-item-removed": {"zh": "删除数据项"},
    "change.sensitive-item-added": {"zh": "新增敏感个人信息数据项"},
    "change.sensitive-item-removed": {"zh": "删除敏感个人信息数据项"},
    "change.item-category-changed": {"zh": "数据项类别变更（敏感程度不变）"},
    "change.item-now-sensitive": {"zh": "数据项变为敏感个人信息"},
    "change.item-no-longer-sensitive": {"zh": "数据项敏感程度降低"},
    "change.justification-changed": {"zh": "必要性或影响说明变更"},
    "change.consent-strengthened": {"zh": "同意要求加强"},
    "change.consent-changed": {"zh": "同意要求减弱、删除或改为其他形式"},
    "change.item-now-required": {"zh": "可选数据项变为必需"},
    "change.item-now-optional": {"zh": "必需数据项变为可选"},
    "change.purpose-changed": {"zh": "使用目的变更"},
    "change.scenario-changed": {"zh": "使用场景变更"},
    "change.sharing-mode-added": {"zh": "新增共享方式"},
    "change.sharing-mode-removed": {"zh": "删除共享方式"},
    "change.policy-url-added": {"zh": "新增接收方隐私政策链接"},
    "change.policy-url-changed": {"zh": "隐私政策链接变更"},
    "change.policy-url-removed": {"zh": "删除隐私政策链接"},
    "change.destination-added": {"zh": "新增出境目的地"},
    "change.destination-removed": {"zh": "删除出境目的地"},
    "change.transfer-mechanism-changed": {"zh": "出境机制变更"},
    "change.legal-basis-changed": {"zh": "合法性基础变更"},
    "change.retention-changed": {"zh": "保存期限变更"},
    "change.processing-method-changed": {"zh": "处理方式变更"},
    "change.statement-added": {"zh": "首次作出说明"},
    "change.wording-changed": {"zh": "仅措辞变更"},
    "change.policy-broken": {"zh": "违反组织自定规则"},
    "change.policy-met": {"zh": "不再违反组织自定规则"},
    "change.review-changed": {"zh": "复核记录变更"},
    "change.other-changed": {"zh": "其他变更"},
}


def _english_from_elsewhere() -> None:
    """The English words of messages whose English is defined in another module."""
    from disclosurelint.rules.dl307_cross_border import GDPR_MECHANISMS, PIPL_MECHANISMS
    from disclosurelint.semdiff.classes import CLASSES
    from disclosurelint.taxonomy.records import REGIME_NAMES

    for prefix, table in (
        ("mechanism", {**PIPL_MECHANISMS, **GDPR_MECHANISMS}),
        ("regime", REGIME_NAMES),
        ("change", {kind: found.when for kind, found in CLASSES.items()}),
    ):
        for key, english in table.items():
            _MESSAGES.setdefault(f"{prefix}.{key}", {})["en"] = english


_english_from_elsewhere()

MESSAGES: Mapping[str, Mapping[str, str]] = _MESSAGES
"""Message id -> language -> text."""


def language(text: str | None, option: str = "--lang") -> str:
    """``text`` read as one of :data:`LANGS` (``zh-CN`` is ``zh``); a usage error otherwise."""
    lang = "en" if text is None else text.strip().lower()
    lang = {"zh-cn": "zh", "zh-hans": "zh", "en-us": "en", "en-gb": "en"}.get(lang, lang)
    if lang not in LANGS:
        from disclosurelint.errors import UsageError

        raise UsageError(
            f"{option} {text!r}: not a language of the report and the rules' "
            f"documentation ({', '.join(LANGS)})"
        )
    return lang


class Words:
    """The report's words in one language: ``words("summary.heading")``.

    A message the language lacks raises ``KeyError``: the report never mixes in another
    language's label. ``used`` records every id looked up (the tests read it).
    """

    def __init__(self, lang: str = "en") -> None:
        if lang not in LANGS:
            raise ValueError(f"unknown report language {lang!r}")
        self.lang = lang
        self.used: set[str] = set()

    def __call__(self, key: str, /, **fields: object) -> str:
        self.used.add(key)
        text = MESSAGES[key][self.lang]
        return text.format(**fields) if fields else text

    def has(self, key: str) -> bool:
        return self.lang in MESSAGES.get(key, {})

    def count(self, key: str, n: int, /, **fields: object) -> str:
        """The message ``key.one`` or ``key.many`` for ``n`` things."""
        return self(f"{key}.{'one' if n == 1 else 'many'}", n=n, **fields)

    def word(self, prefix: str, value: object) -> str:
        """``value``'s words under ``prefix``; an unknown value as written; nothing as
        "Not stated"."""
        if value is None or value == "":
            return self("not_stated")
        key = f"{prefix}.{value}"
        return self(key) if self.has(key) else str(value)

    def note(self, text: str | None) -> str | None:
        """A note the tool writes itself ("not a git repository"), in this language."""
        if text is None:
            return None
        key = f"note.{text}"
        return self(key) if key in MESSAGES else text

    def join(self, parts: Iterable[str], sep: str = "list.sep") -> str:
        return self(sep).join(parts)
