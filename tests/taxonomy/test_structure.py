"""How the structure of an item decides its category, as `classify` shows it to an author, and
what `check` then makes of it."""

from __future__ import annotations

import io
import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from disclosurelint.cli import main


def classify(*argv: str) -> tuple[int, str]:
    out, err = io.StringIO(), io.StringIO()
    code = main(["classify", *argv], out, err)
    return code, out.getvalue() + err.getvalue()


def classify_json(*texts: str, regimes: str = "all") -> list[dict[str, Any]]:
    code, out = classify(*texts, "--regime", regimes, "--format", "json")
    assert code == 0, out
    items: list[dict[str, Any]] = json.loads(out)["items"]
    return items


def categories(text: str) -> list[str]:
    (item,) = classify_json(text)
    return [c["id"] for c in item["categories"]]


def levels(text: str) -> dict[str, str]:
    (item,) = classify_json(text)
    found: dict[str, str] = item["levels"]
    return found


# --- the head of the phrase -----------------------------------------------------------------------


def test_chinese_head_noun_comes_last() -> None:
    assert categories("绑定银行卡的手机号码") == ["phone_number"]
    assert categories("银行预留手机号") == ["phone_number"]
    code, out = classify("绑定银行卡的手机号码", "--explain")
    assert code == 0
    assert "modifier: '银行卡': dropped financial_account" in out
    assert "head comes last" in out
    assert "=> not sensitive under PIPL, GB/T 35273-2020" in out


def test_english_head_comes_first() -> None:
    assert categories("phone number linked to your bank card") == ["phone_number"]


def test_a_minor_stays_a_minor_as_a_modifier() -> None:
    assert categories("儿童的照片") == ["minor_under_14", "photos_videos"]


@pytest.mark.parametrize(
    "text",
    [
        "指纹验证是否成功",
        "人脸识别结果",
        "result of the face verification",
        "whether the fingerprint matched",
    ],
)
def test_a_result_of_a_check_is_not_the_data_checked(text: str) -> None:
    assert categories(text) == ["derived_result"]
    assert set(levels(text).values()) == {"not_sensitive"}


def test_the_explanation_names_the_result_head() -> None:
    code, out = classify("指纹验证是否成功", "--explain")
    assert code == 0
    assert "result: '指纹验证是否成功': biometric -> derived_result" in out
    assert "a result of a check, not the data checked" in out


def test_medical_test_results_stay_health_data() -> None:
    assert categories("血常规检验结果") == ["health"]


def test_a_hash_does_not_reveal_the_data() -> None:
    assert categories("hash of the ID card number") == ["derived_result"]
    assert categories("password hash") == ["account_credentials"]


# --- qualifiers -----------------------------------------------------------------------------------


def test_an_image_of_an_identity_document_is_not_the_number_alone() -> None:
    number, photo, scan = classify_json(
        "身份证号", "身份证正反面照片", "护照扫描件", regimes="pipl"
    )
    assert [c["id"] for c in number["categories"]] == ["government_id"]
    assert number["levels"] == {"pipl": "qualified"}
    assert [c["id"] for c in photo["categories"]] == ["id_document_image"]
    assert photo["levels"] == {"pipl": "sensitive"}
    assert [c["id"] for c in scan["categories"]] == ["id_document_image"]
    assert categories("a photo of your driving licence") == ["id_document_image"]


@pytest.mark.parametrize("text", ["基站定位信息", "city-level location", "IP-derived location"])
def test_a_coarse_location_is_not_precise(text: str) -> None:
    assert "coarse_location" in categories(text)
    assert "precise_location" not in categories(text)


@pytest.mark.parametrize("text", ["行程起止点", "历史定位轨迹", "trip history", "GPS track"])
def test_a_track_is_whereabouts_over_time(text: str) -> None:
    assert categories(text) == ["location_trajectory"]
    assert levels(text)["pipl"] == "sensitive"


def test_a_heading_gives_way_to_its_detail() -> None:
    assert categories("位置信息\uff1aIP地址解析的城市") == ["coarse_location"]


# --- notes that take data out ---------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "GPS定位\uff08本版本未采集\uff09",
        "IMEI (not yet collected)",
        "precise location (not transmitted)",
    ],
)
def test_a_not_collected_note_cancels_the_item_before_it(text: str) -> None:
    (item,) = classify_json(text)
    assert item["negated"] is True
    assert item["categories"] == []


def test_a_note_cancels_only_its_own_part() -> None:
    assert categories("姓名、GPS定位\uff08暂不采集\uff09") == ["name"]


# --- regimes --------------------------------------------------------------------------------------


def test_cpra_card_number_is_sensitive_only_with_its_security_code() -> None:
    alone, with_code = classify_json("bank card number", "card number and CVV", regimes="cpra")
    assert alone["levels"] == {"cpra": "not_sensitive"}
    (account,) = alone["categories"]
    assert account["regimes"]["cpra"]["article"] == "Cal. Civ. Code § 1798.140(ae)(1)(B)"
    assert "only with its security or access code" in account["regimes"]["cpra"]["qualifier"]
    assert with_code["levels"] == {"cpra": "sensitive"}
    assert levels("银行卡号")["pipl"] == "sensitive"


def test_a_negated_security_code_does_not_count() -> None:
    (item,) = classify_json("card number (CVV not stored)", regimes="cpra")
    assert item["levels"] == {"cpra": "not_sensitive"}


def test_minors_are_not_a_gdpr_special_category() -> None:
    (item,) = classify_json("儿童的姓名")
    assert item["levels"]["pipl"] == "sensitive"
    assert item["levels"]["gdpr"] == "not_sensitive"
    minor = next(c for c in item["categories"] if c["id"] == "minor_under_14")
    assert (minor["minors"], minor["gdpr_special"]) == (True, False)


def test_explain_prints_the_deciding_category_per_regime() -> None:
    code, out = classify("人脸照片, 身份证号", "--regime", "pipl,cpra", "--explain")
    assert code == 0
    assert "PIPL: the item is sensitive, decided by biometric (PIPL Art. 28)" in out
    assert "CPRA: the item is sensitive, decided by government_id" in out


# --- compound items in check: the most severe part decides, whatever the order --------------------

DECLARATION = """\
disclosure: 1
id: {id}
recipient:
  name: Example Analytics Co., Ltd.
  relationship: third_party
  contact: https://www.example.com/contact
  country: CN
product: Example SDK
data:
  - item: "{item}"
purpose: Provide the analytics service.
scenario: When you open the app.
sharing_modes: [backend_api]
privacy_policy:
  url: https://www.example.com/privacy
"""


def check_findings(tmp_path: Path, item: str, name: str) -> list[tuple[str, str]]:
    path = tmp_path / f"{name}.yaml"
    path.write_text(DECLARATION.format(id=name, item=item), encoding="utf-8")
    result = subprocess.run(
        [sys.executable, "-m", "disclosurelint", "check", "--isolated", "-f", "json", str(path)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 1, result.stdout + result.stderr
    problems = json.loads(result.stdout)["problems"]
    return sorted((p["code"], p["severity"]) for p in problems if p["code"].startswith("DL30"))


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("fingerprint and precise location", "precise location and fingerprint"),
        ("人脸照片, 身份证号", "身份证号, 人脸照片"),
    ],
)
def test_word_order_does_not_change_the_severity(tmp_path: Path, first: str, second: str) -> None:
    one = check_findings(tmp_path, first, "one")
    other = check_findings(tmp_path, second, "other")
    assert one == other
    assert ("DL301", "error") in one
    assert ("DL304", "error") in one


def test_the_documented_explanation_is_what_classify_prints() -> None:
    docs = (Path(__file__).resolve().parents[2] / "docs" / "taxonomy.md").read_text("utf-8")
    command = '$ disclosurelint classify "绑定银行卡的手机号码" --regime pipl --explain\n'
    block = docs[docs.index(command) + len(command) :]
    expected = block[: block.index("```")]
    code, out = classify("绑定银行卡的手机号码", "--regime", "pipl", "--explain")
    assert code == 0
    assert out == expected


# --- kinds of error found on the tuning data, tested on wording written here -------------------


def test_a_bare_location_is_coarse_when_its_phrase_says_so() -> None:
    # The qualifier sits in another part of the same phrase ("or" splits parts).
    assert categories("the location of the phone or tablet at lower resolution than GPS") == [
        "coarse_location"
    ]
    assert categories("your location to an area larger than a town district") == ["coarse_location"]
    assert categories("手机运营商位置信息") == ["coarse_location"]
    code, out = classify("手机运营商位置信息", "--explain")
    assert code == 0 and "coarse: '运营商'" in out
    # A precise term keeps its own precision; a comma ends the phrase a qualifier reaches.
    assert "precise_location" in categories("GPS or approximate location")
    assert categories("位置信息、城市") == ["precise_location", "coarse_location"]


def test_a_note_denying_retention_cancels_the_item_it_annotates() -> None:
    text = "手机号、声纹特征(本应用不保留声纹特征,只保存比对结果)"
    assert "biometric" not in categories(text)
    assert "phone_number" in categories(text)
    code, out = classify(text, "--explain")
    assert code == 0
    assert "negation: '声纹': dropped biometric (a note after it denies '声纹特征'" in out
    # A denial of another category leaves the named one alone.
    assert "biometric" in categories("声纹特征(不保留手机号)")


def test_a_bare_account_number_beside_account_identifiers_is_the_user_account() -> None:
    assert categories("member ID, account number and account name") == ["user_id"]
    code, out = classify("member ID, account number and account name", "--explain")
    assert code == 0
    assert "financial_account -> user_id" in out
    # With a word of money it stays a financial account.
    assert "financial_account" in categories("account name and account number for card payments")
    assert categories("customer account number") == ["user_id"]


def test_face_images_and_recent_portraits_are_biometric() -> None:
    for text in ("脸部照片", "面部影像或视频", "申请人免冠近照", "facial images of the user"):
        assert "biometric" in categories(text), text
    assert levels("脸部照片")["gdpr"] == "qualified"


def test_purchase_transfer_and_credit_records_are_financial_records() -> None:
    for text in (
        "用户购买记录",
        "转账金额与时间",
        "个人信用记录",
        "purchasing or consuming histories",
    ):
        assert "financial_records" in categories(text), text
    assert levels("转账金额")["gb35273"] == "sensitive"


def test_missing_vocabulary_now_known() -> None:
    assert categories("离婚证") == ["marital_history"]
    assert categories("用户访问的网址") == ["browsing_history"]
    assert categories("电子签名证书") == ["account_credentials"]
    assert categories("地铁乘车记录") == ["location_trajectory"]
    assert "health" in categories("在线问诊记录")
    assert categories("photo of the front and back of your ID") == ["id_document_image"]


def test_proof_of_minor_status_is_not_a_childs_data() -> None:
    assert "minor_under_14" not in categories("未成年状态证明")
    assert "minor_under_14" in categories("未成年人姓名")


# --- compound nouns and vocabulary of employee and patient notices -------------------------------


def test_a_word_joined_to_a_device_head_names_the_device() -> None:
    assert categories("血氧传感器") == ["sensor_data"]
    assert categories("相册权限、麦克风权限") == ["permissions"]
    code, out = classify("血氧传感器", "--explain")
    assert code == 0 and "modifier: '血氧'" in out
    # Not when a separator stands between: two items, each its own category.
    assert "health" in categories("血氧、传感器")
    # A location sensor still reads the position itself.
    assert "precise_location" in categories("定位传感器")


def test_a_bracketed_coarse_detail_decides_a_bare_location() -> None:
    assert categories("地理位置\uff08城市级别\uff09") == ["coarse_location"]  # full-width
    assert categories("location (approximate)") == ["coarse_location"]
    # A list separator is not a detail: two items.
    assert categories("地理位置、城市") == ["precise_location", "coarse_location"]
    # A precise term is not a bare location.
    assert "precise_location" in categories("GPS位置(城市)")


def test_a_second_noun_takes_the_head_of_the_first() -> None:
    assert categories("短信记录和内容") == ["communication_metadata", "communication_content"]
    assert levels("聊天记录及相关内容")["cpra"] != "not_sensitive"
    assert categories("call logs and their contents") == [
        "communication_metadata",
        "communication_content",
    ]
    code, out = classify("短信记录和内容", "--explain")
    assert code == 0 and "shared-head: '内容'" in out
    # Without "content" nothing is added; a record of something else shares no content.
    assert categories("通话记录和时长") == ["communication_metadata"]
    assert "communication_content" not in categories("浏览记录和内容偏好设置")


def test_employment_wording_is_not_read_as_a_location_or_an_address_book() -> None:
    assert categories("place of work") == ["employer"]
    assert "precise_location" not in categories("work location and office location")
    assert categories("联系人姓名") == ["name"]
    assert "contacts_list" not in categories("contacts we have had with you about your claim")
    # The address book itself is still one.
    assert categories("手机通讯录联系人") == ["contacts_list"]
    assert "contacts_list" in categories("your phone contacts")


def test_expected_salary_is_not_a_financial_record() -> None:
    assert "financial_records" not in categories("期望薪资、期望城市")
    assert "financial_records" not in categories("salary expectations")
    assert "financial_records" in categories("薪资、奖金")
    assert "financial_records" in categories("payroll and expenses claimed")


def test_vocabulary_of_employee_and_patient_notices() -> None:
    assert categories("sickness absence records") == ["health"]
    assert "health" in categories("maternity leave dates")
    assert categories("X-ray results") == ["health"]
    assert categories("hospital admission dates") == ["health"]
    assert categories("alleged offences") == ["criminal_record"]
    assert categories("your national insurance number") == ["government_id"]
    assert categories("信用评分") == ["financial_records"]
    assert "marital_history" in categories("name of your spouse")
    # Look-alikes: an office's own details, a push message's text.
    assert "communication_content" not in categories("推送消息内容")
    assert "financial_records" not in categories("pay attention to the status bar")
    assert categories("smoke detector status") == []


# --- kinds of wording the earlier held-out rounds missed -----------------------------------------


def test_vocabulary_of_medicines_injuries_school_needs_and_credit() -> None:
    assert categories("dosages of the drugs you take") == ["health"]
    assert categories("服药剂量") == ["health"]
    assert "health" in categories("workplace accident reports")
    assert categories("工伤记录") == ["health"]
    assert categories("GP appointments") == ["health"]
    assert categories("special educational needs of the pupil") == ["health"]
    assert categories("credit checks carried out on tenants") == ["financial_records"]
    assert categories("家庭财务状况") == ["financial_records"]
    assert categories("在线支付凭证") == ["financial_records"]
    assert categories("services considered or purchased") == ["financial_records"]
    assert categories("staff diversity monitoring data") == ["racial_ethnic_origin"]
    assert "location_trajectory" in categories("vehicle tracking data from company cars")
    assert categories("keystroke dynamics") == ["biometric"]
    # Levels follow the law: medication is health data (GDPR Art. 9(1), PIPL Art. 28).
    assert levels("drug dosages")["gdpr"] == "sensitive"
    # Look-alikes stay where they were.
    assert "health" not in categories("read receipts")


def test_taiwan_variant_of_the_id_card_is_folded() -> None:
    assert categories("身分證字號") == ["government_id"]
    assert categories("身分證影本") == ["id_document_image"]
    assert "browsing_history" in categories("網頁瀏覽紀錄")
    code, out = classify("身分證字號", "--explain")
    assert code == 0 and "matched '身分證" in out


def test_content_of_communications_named_by_how_they_arrive() -> None:
    assert categories("the content of letters you send us") == ["communication_content"]
    assert categories("recordings of phone calls with our support team") == [
        "audio",
        "communication_content",
    ]
    assert categories("communications from you by letter") == ["communication_content"]
    code, out = classify("the contents of telephone calls", "--regime", "gb35273", "--explain")
    assert code == 0
    assert "content: 'contents of telephone calls': communication_content, dropped" in out
    # The number alone, or "content" of something else, is not communication content.
    assert categories("telephone number") == ["phone_number"]
    assert "communication_content" not in categories("the content of your profile page")


def test_a_place_typed_or_searched_for_is_a_search_not_a_position() -> None:
    assert categories("用户输入的位置") == ["search_history"]
    assert categories("locations you search for") == ["search_history"]
    assert levels("在地图中搜索的地理位置")["pipl"] == "not_sensitive"
    # The device's own position stays precise.
    assert categories("用户的位置") == ["precise_location"]
    assert categories("the location of your device") == ["precise_location"]


def test_an_exemplifying_bracket_decides_a_geolocation_heading() -> None:
    found = categories("geolocation data (for example, the city derived from your IP)")
    assert "coarse_location" in found and "precise_location" not in found
    assert categories("geolocation data (GPS coordinates)") == ["precise_location"]


def test_a_copy_of_an_immigration_document_is_a_document_image() -> None:
    found = categories("scanned copy of your work visa documents")
    assert {"citizenship_immigration", "id_document_image"} <= set(found)
    assert levels("photocopy of a residence card")["pipl"] == "sensitive"
    # The status alone, or a copy of something that is not a document, is not a document image.
    assert categories("right to work status") == ["citizenship_immigration"]
    assert "id_document_image" not in categories("copy of right to work checks, photos")


def test_a_selfie_among_uploaded_photos_is_a_photo() -> None:
    assert categories("photos and selfies you upload to your albums") == ["photos_videos"]
    code, out = classify("photos and selfies you upload", "--explain")
    assert code == 0
    assert "biometric -> photos_videos" in out and "Recital 51" in out
    # Taken to verify who you are, a selfie is biometric data.
    assert "biometric" in categories("selfie and photo taken to verify your identity")
    assert "biometric" in categories("a photo of your ID card and a selfie")
    assert categories("selfie") == ["biometric"]


def test_a_relative_named_before_a_name_is_whose_name() -> None:
    assert categories("spouse name") == ["name"]
    assert categories("husband/wife name") == ["name"]
    assert categories("配偶电话") == ["phone_number"]
    assert "marital_history" in categories("spouse, marital status")


def test_contact_person_of_an_organisation_is_not_an_address_book() -> None:
    assert categories("单位名称、联系人、电话") == ["employer", "contact_details", "phone_number"]
    assert categories("联系人") == ["contacts_list"]
    assert "contacts_list" in categories("手机联系人、通讯录")


def test_communications_named_by_generic_words_are_their_content() -> None:
    # GB/T 35273-2020 Table B.1 (通信记录和内容); Cal. Civ. Code § 1798.140(ae)(1)(E).
    assert "communication_content" in categories("the messages you send and receive in the app")
    assert "communication_content" in categories("chat conversations with other members")
    assert "communication_content" in categories("communications you have with us by phone")
    assert "communication_content" in categories("与客服的会话内容")
    assert levels("messages sent to other players")["cpra"] == "qualified"
    # Preferences about communications are not communications.
    assert "communication_content" not in categories(
        "Marketing and Communications Data: whether you opted in to newsletters"
    )


def test_browsing_described_rather_than_named_is_browsing_history() -> None:
    # GB/T 35273-2020 Table B.1 (网页浏览记录).
    assert "browsing_history" in categories("addresses of the sites you visited before ours")
    assert "browsing_history" in categories(
        "your activity over time and across other apps and websites"
    )
    assert levels("您浏览过的网页")["gb35273"] == "sensitive"


def test_financial_vocabulary_named_by_everyday_words() -> None:
    # GB/T 35273-2020 Table B.1 (个人财产信息): accounts, credit records, property.
    assert categories("your bank details for refunds") == ["financial_account"]
    assert categories("car insurance policy number") == ["financial_account"]
    assert levels("bank details")["cpra"] == "not_sensitive"  # no access code: § 1798.140(ae)(1)(B)
    assert "financial_records" in categories("credit enquiries made about you")
    assert "financial_records" in categories("credit and employment details")
    assert categories("付款的支付方式") == ["financial_account"]
    assert "financial_records" in categories("个人财产状况")


def test_health_vocabulary_of_schools_and_surgeries() -> None:
    # GDPR Art. 9(1), Art. 4(15); GB/T 35273-2020 Table B.1 (个人健康生理信息).
    assert "health" in categories("CAMHS assessment outcomes")
    assert "health" in categories("the pupil's EHCP and annual review")
    assert "health" in categories("a referral letter from a GP")
    assert "health" in categories("any accessibility needs for the event")
    assert levels("是否抽烟、喝酒")["gdpr"] == "sensitive"


def test_everyday_words_for_special_categories_and_marriage() -> None:
    assert levels("Politics and trade union interests")["gdpr"] == "sensitive"  # Art. 9(1)
    assert "marital_history" in categories("marital and family status")  # Table B.1 (婚史)


def test_a_state_identification_card_is_an_identity_document_not_a_payment_card() -> None:
    # Cal. Civ. Code § 1798.140(ae)(1)(A) names the state identification card.
    assert categories("state identification card number") == ["government_id"]
    assert levels("identification card number")["cpra"] == "sensitive"
    assert categories("debit card number") == ["financial_account"]


def test_a_court_order_is_not_a_criminal_record_unless_criminal() -> None:
    # GDPR Art. 10 covers criminal convictions and offences; a family or civil order is neither.
    assert "criminal_record" not in categories("court orders about contact and residence")
    assert levels("court orders on file")["gdpr"] == "not_sensitive"
    assert "financial_records" not in categories("court orders on file")
    assert "criminal_record" in categories("criminal court orders and convictions")


def test_a_cell_area_code_is_a_coarse_location() -> None:
    assert categories("位置区号") == ["coarse_location"]
    assert categories("location area code of the serving cell") == ["coarse_location"]
    # Examples that only narrow a bare location heading decide it.
    assert levels("位置信息(例如位置区号、国家代码)")["gb35273"] == "not_sensitive"
    code, out = classify("位置信息(例如位置区号)", "--explain")
    assert code == 0 and "narrower data of its kind" in out
    # Examples that do not narrow it leave the heading.
    assert "precise_location" in categories("location data (such as your phone's position)")


def test_authentication_data_whose_examples_name_no_secret_is_not_credentials() -> None:
    found = categories("authentication data, such as your email address and user ID")
    assert "account_credentials" not in found and "email" in found
    assert "account_credentials" in categories("authentication data, such as your password")
    assert "account_credentials" in categories("authentication data")


def test_where_the_device_is_located_is_its_location() -> None:
    assert "precise_location" in categories("details of where your device is located")
    assert "precise_location" not in categories(
        "browser type, time zone setting and location, plug-ins"
    )


def test_a_guardians_own_contact_fields_are_not_a_childs_data() -> None:
    # A parent's phone number is the adult's data; it shows no child's data by itself.
    assert categories("guardian mobile number") == ["phone_number"]
    assert categories("监护人的联系电话") == ["phone_number"]
    code, out = classify("guardian email", "--explain")
    assert code == 0 and "guardian's own details" in out
    # Guardian consent and guardian information still mark a child's account (PIPL Art. 31).
    assert levels("监护人信息")["pipl"] == "sensitive"
    assert "minor_under_14" in categories("guardian consent records")


def test_data_named_by_the_check_or_document_that_carries_it() -> None:
    # GDPR Art. 10: vetting checks carry criminal-record data.
    assert levels("enhanced DBS check certificate number")["gdpr"] == "sensitive"
    assert levels("police check results for coaches")["gdpr"] == "sensitive"
    assert levels("reports of anti-social behaviour")["gdpr"] == "sensitive"
    # GDPR Art. 9(1), Art. 4(15): test results and sick notes are health data.
    assert levels("blood lab results")["gdpr"] == "sensitive"
    assert "health" in categories("医院开具的病假证明")
    # Identity documents named without "ID card".
    assert levels("copies of identification documents")["cpra"] == "sensitive"


def test_everyday_financial_wording() -> None:
    # GB/T 35273-2020 Table B.1 (个人财产信息).
    for text in (
        "your financial circumstances",
        "rent arrears and payments made",
        "source of wealth declaration",
        "monthly trading volume",
        "utility bill showing your address",
        "投资偏好及消费习惯",
        "住房公积金缴纳情况",
    ):
        assert levels(text)["gb35273"] == "sensitive", text
    assert "financial_account" in categories("your crypto wallet address")
    # Medical insurance premiums are money, not health (GDPR Art. 9(1) needs health data).
    assert levels("医疗保险费缴纳记录")["gdpr"] == "not_sensitive"


def test_an_access_card_number_is_not_a_bank_card() -> None:
    assert "financial_account" not in categories("门禁卡卡号")
    assert "financial_account" not in categories("校园卡号")
    assert "financial_account" in categories("银行卡卡号")


def test_equality_monitoring_and_background_wording() -> None:
    # Monitoring forms ask for ethnicity, religion, sexual orientation and disability.
    assert levels("equality monitoring form answers")["gdpr"] == "sensitive"
    assert levels("equality monitoring form answers")["pipl"] == "sensitive"
    assert levels("EEO data")["cpra"] == "sensitive"
    assert levels("your cultural background")["gdpr"] == "sensitive"


def test_parenting_words_name_a_child() -> None:
    assert levels("宝宝的出生日期和性别")["pipl"] == "sensitive"
    assert levels("育儿信息")["gb35273"] == "sensitive"
    assert levels("infant feeding times")["pipl"] == "sensitive"


def test_a_trip_named_by_its_parts_is_a_track_and_during_a_trip_is_not() -> None:
    assert levels("flight numbers and travel dates")["gb35273"] == "sensitive"
    assert "location_trajectory" in categories("origin and destination of each booking")
    assert categories("行程中的车内录音") == ["audio"]
    assert "location_trajectory" not in categories("photos taken during the trip")


def test_a_plainer_bracketed_detail_decides_a_biometric_heading() -> None:
    assert categories("biometric data (body measurements)") == ["fitness_data"]
    assert levels("biometric data (body measurements)")["gdpr"] == "not_sensitive"
    assert "biometric" in categories("biometric data (fingerprints)")


def test_a_log_of_operations_on_orders_is_a_usage_log() -> None:
    assert categories("订单操作记录") == ["usage_data"]
    assert "financial_records" in categories("订单记录")


def test_a_selfie_with_an_identity_document_is_biometric() -> None:
    assert "biometric" in categories("a selfie and a photo holding your document")


def test_an_animals_records_are_the_owners_content_not_health() -> None:
    assert levels("宠物的疫苗接种和体重记录")["pipl"] == "not_sensitive"
    assert levels("your pet's vaccination and medication history")["gdpr"] == "not_sensitive"
    code, out = classify("宠物用药记录", "--explain")
    assert code == 0 and "about an animal" in out
    # A person's own vaccination record is still health data.
    assert levels("疫苗接种记录")["pipl"] == "sensitive"


def test_a_conditional_note_names_a_circumstance_not_data() -> None:
    assert levels("employee number (if claiming for an injury at work)")["gdpr"] == "not_sensitive"
    code, out = classify("employee number (if claiming for an injury)", "--explain")
    assert code == 0 and "circumstance" in out
    # The item's own words still decide.
    assert levels("medical notes (if claiming for an injury)")["gdpr"] == "sensitive"


def test_a_generic_identity_heading_gives_way_to_plainer_examples() -> None:
    assert levels("身份信息(包括您的姓名、手机号)")["gb35273"] == "not_sensitive"
    assert levels("身份信息(包括姓名、护照号)")["gb35273"] == "sensitive"


def test_without_a_prescription_is_how_a_medicine_was_bought() -> None:
    assert levels("medicines bought without a prescription")["gdpr"] == "sensitive"
    # "without" still takes out what it denies.
    assert "health" not in categories("order history (without health data)")


def test_health_money_and_track_wording_of_surgeries_gyms_and_rides() -> None:
    for text in ("dental treatment history", "PAR-Q health questionnaire", "patient radiographs"):
        assert levels(text)["gdpr"] == "sensitive", text
    assert levels("our care level assessment")["gdpr"] == "sensitive"
    assert levels("homeowner status and payment plans")["gb35273"] == "sensitive"
    assert levels("租车的借还车地点和时间")["gb35273"] == "sensitive"
    assert levels("a job's salary range")["gb35273"] == "not_sensitive"
    assert levels("prayer requests shared with the minister")["gdpr"] == "sensitive"
    assert levels("登录token")["gb35273"] == "sensitive"
    assert levels("push tokens")["gb35273"] == "not_sensitive"
    assert categories("driver's licence number") == ["government_id"]


def test_a_note_that_only_the_full_number_is_not_kept_keeps_the_item() -> None:
    assert levels("payment details (we never keep your full card number)")["pipl"] == "sensitive"
    assert levels("支付信息(我们不会保存完整卡号)")["pipl"] == "sensitive"
    # A note that denies the data outright still takes the item out.
    assert levels("payment details (we never keep card numbers)")["pipl"] == "not_sensitive"


def test_mood_therapy_savings_and_record_check_wording() -> None:
    for text in ("daily mood log", "notes shared with my therapist", "情绪记录和睡眠"):
        assert levels(text)["gdpr"] == "sensitive", text
    for text in ("your savings and inheritance", "consumer report data", "社保账户余额"):
        assert levels(text)["gb35273"] == "sensitive", text
    assert levels("volunteers' PVG scheme record")["gdpr"] == "sensitive"
    assert levels("粉丝列表和关注列表")["gb35273"] == "sensitive"
    assert levels("hotel arrival and departure dates")["gb35273"] == "sensitive"
    assert levels("会议主题和会议ID")["gb35273"] == "sensitive"
    assert levels("feedback messages to our support team")["gb35273"] == "not_sensitive"
    assert categories("scans of identity verification documents") == ["id_document_image"]


def test_health_named_by_its_setting() -> None:
    # Numbers given to identify a patient are health data (GDPR recital 35).
    for text in ("the patient's NHS no.", "CHI number and GP name", "病案号", "就診卡號"):
        assert levels(text)["gdpr"] == "sensitive", text
    for text in (
        "when your next appointments are booked",
        "letters to healthcare professionals who treat you",
        "if you had an accident on our premises",
        "first aid records",
        "门诊和复诊记录",
    ):
        assert levels(text)["pipl"] == "sensitive", text
    # A GPS reading is not a GP.
    assert levels("your GPS position")["gdpr"] == "not_sensitive"
    # Visits, stays and records at a hospital, clinic or care home; not the place's name alone.
    for text in (
        "dates of your hospital visits",
        "care home residents' room numbers",
        "您在医院的预约记录",
    ):
        assert levels(text)["gdpr"] == "sensitive", text
    assert levels("hospital name and address")["gdpr"] == "not_sensitive"
    for text in ("statutory sick pay", "a blue badge holder", "产检记录", "LGBTQ status"):
        assert levels(text)["gdpr"] == "sensitive", text


def test_membership_of_a_place_of_worship_reveals_belief() -> None:
    for text in (
        "which house groups of the parish you attend",
        "rota of volunteers serving at the mosque",
        "subscriptions to the synagogue newsletter",
        "您参加的教会小组",
        "the congregation you belong to",
    ):
        assert levels(text)["gdpr"] == "sensitive", text
    code, out = classify("members of the church choir", "--explain")
    assert code == 0 and "place of worship" in out
    # The setting alone says nothing of the person.
    assert levels("updates about our church events")["gdpr"] == "not_sensitive"


def test_members_of_a_party_reveal_political_opinion() -> None:
    assert levels("names of party members and supporters")["gdpr"] == "sensitive"
    assert levels("canvassing returns of campaign volunteers")["gdpr"] == "sensitive"
    assert levels("voting intentions")["gdpr"] == "sensitive"
    # A third party's members, or the electoral register alone, are not.
    assert levels("names of third party members")["gdpr"] == "not_sensitive"
    assert levels("address from the electoral register")["gdpr"] == "not_sensitive"


def test_money_named_by_its_occasion() -> None:
    for text in (
        "donations you have made to us",
        "gift aid claims against your donation history",
        "订单的付款状态",
        "已购商品和服务",
        "租车押金和退款记录",
        "Purchased items",
        "donation details: amount, bank information",
    ):
        assert levels(text)["gb35273"] == "sensitive", text
    for text in ("pension contributions", "mortgage details", "理财产品和持仓"):
        assert levels(text)["gb35273"] == "sensitive", text
    # A message left with a tip is the user's content.
    assert levels("打赏留言")["gb35273"] == "not_sensitive"


def test_a_child_named_as_the_users_child() -> None:
    for text in ("您孩子的头像和昵称", "您的子女的学校", "小朋友的年龄", "your son's school year"):
        assert levels(text)["pipl"] == "sensitive", text
    # How many children someone has is not a child's data.
    assert levels("子女人数")["pipl"] == "not_sensitive"


def test_adult_or_child_is_an_age_group() -> None:
    assert levels("ticket type (adult or child)")["pipl"] == "not_sensitive"
    assert levels("乘客类型:成人/儿童")["pipl"] == "not_sensitive"
    code, out = classify("child/adult", "--explain")
    assert code == 0 and "age group" in out
    # A child's own data stays a child's.
    assert levels("child's date of birth")["pipl"] == "sensitive"


def test_referees_in_brackets_are_who_gives_the_references() -> None:
    assert (
        levels("character references (friends, relatives, children's teachers)")["gb35273"]
        == "not_sensitive"
    )
    code, out = classify("referees (friends and former employers)", "--explain")
    assert code == 0 and "who gives the references" in out
    # Without brackets the words are the item's own.
    assert levels("friends list and references")["gb35273"] == "sensitive"


def test_a_precise_location_stays_precise_whatever_its_sources() -> None:
    assert levels("结合基站信息进行精准定位")["gb35273"] == "sensitive"
    assert levels("exact location using cell tower signals")["cpra"] == "sensitive"
    assert levels("通过基站和WiFi获取的精确的地理位置")["gb35273"] == "sensitive"
    # A bare location from those sources is still coarse, and so is one that is "not precise".
    assert levels("基站定位信息")["gb35273"] == "not_sensitive"
    assert levels("不精确的地理位置(基站)")["gb35273"] == "not_sensitive"


def test_named_conditions_faiths_and_documents() -> None:
    for text in (
        "diabetes or asthma",
        "糖尿病、高血压等慢性病",
        "body temperature checks",
        "HIV status",
    ):
        assert levels(text)["gdpr"] == "sensitive", text
    for text in ("Muslim or Christian", "佛教或基督教信徒"):
        assert levels(text)["gdpr"] == "sensitive", text
    # A Christian name is a first name; a first-aid certificate is a qualification.
    assert categories("Christian name") == ["name"]
    assert levels("first aid certificate and its expiry date")["gdpr"] == "not_sensitive"
    assert levels("police clearance certificate")["gdpr"] == "sensitive"
    assert levels("指静脉信息")["gb35273"] == "sensitive"
    assert levels("港澳台通行证号码")["gb35273"] == "sensitive"
    assert categories("应用安装信息") == ["installed_apps"]


def test_browsing_friends_and_relationships_in_other_words() -> None:
    for text in ("网页记录", "观看历史", "視頻播放記錄", "viewing history", "交友信息", "社交关系"):
        assert levels(text)["gb35273"] == "sensitive", text
    for text in ("relationship status", "past relationships", "婚恋状况"):
        assert levels(text)["gb35273"] == "sensitive", text
    assert levels("social status")["gdpr"] == "qualified"


def test_a_communications_heading_over_preferences_is_not_content() -> None:
    assert (
        levels("Communications Data: your preferences in receiving newsletters")["gb35273"]
        == "not_sensitive"
    )
    assert levels("Communication Data includes your contact preferences")["cpra"] == "not_sensitive"
    assert levels("Communications data: messages you send us")["gb35273"] == "sensitive"
    assert levels("communications data and your preferences; chat logs")["gb35273"] == "sensitive"


def test_calls_named_as_recorded_are_their_content() -> None:
    for text in (
        "We may record inbound and outbound calls",
        "video calls are recorded for training",
    ):
        assert levels(text)["gb35273"] == "sensitive", text
        assert "communication_content" in categories(text), text
    code, out = classify("our phone calls may be monitored and recorded", "--explain")
    assert code == 0 and "communication_content" in out
    # Recording who called, or a name given during a call, is not the call's content.
    assert levels("we record your name when you call")["gb35273"] == "not_sensitive"


def test_consultations_support_chats_and_benefits_in_everyday_words() -> None:
    for text in ("商品咨询记录", "与客服的沟通记录", "support chats with our agents"):
        assert "communication_content" in categories(text), text
    for text in ("council tax band and bonuses", "房租和押金", "理赔记录", "gift cards you hold"):
        assert levels(text)["gb35273"] == "sensitive", text
    # Child benefit is money paid to a parent, not a child's data.
    assert categories("child benefit") == ["financial_records"]


def test_browsing_named_by_what_the_person_opened() -> None:
    for text in (
        "你点击的网页和链接",
        "用户浏览过的页面",
        "瀏覽器歷史記錄",
        "引荐网址及访问时间",
        "which pages you viewed on our site",
    ):
        assert levels(text)["gb35273"] == "sensitive", text
        assert "browsing_history" in categories(text), text
    # A listing someone follows is usage; the install referrer is about the app, not the web.
    assert levels("您收藏的文章")["gb35273"] == "not_sensitive"
    assert levels("安装引荐来源网址")["gb35273"] == "not_sensitive"


def test_care_and_doctors_named_by_their_setting() -> None:
    for text in (
        "the name and surgery of your GP",
        "general practitioner contact details",
        "social care packages you receive",
        "letters and emails exchanged with patients",
        "签约家庭医生及主治医师",
        "居家照护计划",
    ):
        assert levels(text)["gdpr"] == "sensitive", text
    # GPS readings stay a location; a recruiter's consultant is not a doctor.
    assert "health" not in categories("GPS readings")
    assert levels("your recruitment consultant's details")["gdpr"] == "not_sensitive"


def test_property_listed_by_an_owner_and_court_judgments_on_debt() -> None:
    for text in (
        "出租房源地址",
        "業主委託房源",
        "CCJs or an individual voluntary arrangement",
        "个人破产记录",
    ):
        assert levels(text)["gb35273"] == "sensitive", text
        assert "financial_records" in categories(text), text
    # A listing the person only bookmarked is how they use the app.
    assert levels("您点击关注的房源")["gb35273"] == "not_sensitive"


def test_friend_lists_and_messages_to_the_organisation_in_other_words() -> None:
    for text in ("我的友邻", "朋友列表和群组", "亲友列表"):
        assert "contacts_list" in categories(text), text
    for text in (
        "你与我们之间的通信",
        "customer messages in the help desk",
        "communications you send us",
    ):
        assert "communication_content" in categories(text), text
        assert levels(text)["cpra"] == "qualified", text
    # The text of an enquiry the person fills in is content they provide, not correspondence.
    assert categories("你填写的留言内容") == ["user_content"]
    assert levels("咨询内容和电话号码")["gb35273"] == "not_sensitive"


def test_dating_preferences_reveal_orientation() -> None:
    for text in ("dating preferences", "interested in men, women or both", "约会偏好"):
        assert levels(text)["gdpr"] == "sensitive", text
    # Interest in a kind of job says nothing of the person's sex life.
    assert levels("the kind of roles you are interested in")["gdpr"] == "not_sensitive"


def test_a_location_said_not_to_be_precise_or_wished_for_is_coarse() -> None:
    for text in (
        "location (country level, not precise location)",
        "where you are, at a non-precise location",
        "location and relocation preferences",
        "期望工作城市",
    ):
        assert levels(text)["gb35273"] == "not_sensitive", text
    code, out = classify("job location and willingness to relocate", "--explain")
    assert code == 0 and "coarse" in out and "precise_location ->" in out
    # A preference named beside the location says nothing of the location itself.
    assert levels("location and preferred language")["gb35273"] == "sensitive"
    assert levels("precise location, not city level")["gb35273"] == "sensitive"


def test_a_status_head_reads_the_same_with_either_word() -> None:
    # 情况 and 状况 both head "the state of": 婚姻情况 is the marital status.
    assert categories("用户的婚姻情况") == ["marital_history"]
    assert levels("家庭经济情况")["gb35273"] == "sensitive"
    assert "health" in categories("身体情况")
    code, out = classify("婚姻情况", "--explain")
    assert code == 0 and "matched '婚姻情况' (as '婚姻状况')" in out


def test_a_document_joined_to_its_field_names_the_field() -> None:
    assert categories("身份证地址") == ["postal_address"]
    assert categories("身份证姓名") == ["name"]
    assert categories("身份证号码") == ["government_id"]
    code, out = classify("身份证地址", "--explain")
    assert code == 0 and "dropped government_id" in out


def test_a_note_naming_the_document_to_match_is_not_the_document() -> None:
    assert categories("真实姓名(须与护照一致)") == ["name"]
    assert categories("full name (as shown on your driving licence)") == ["name"]
    # The document named as the item itself stays.
    assert levels("护照号码(与登记信息一致)")["cpra"] == "sensitive"


def test_a_result_phrase_after_the_data_is_the_head() -> None:
    for text in ("人脸核验是否通过", "银行卡号验证结果", "活体验证是否通过"):
        assert categories(text) == ["derived_result"], text
    # A test result is still health data.
    assert "health" in categories("核酸检测结果")


def test_a_yes_no_about_a_special_category_states_it() -> None:
    assert levels("whether you are ordained")["gdpr"] == "sensitive"
    assert levels("whether you belong to a trade union")["gdpr"] == "sensitive"
    assert "marital_history" in categories("是否离异")
    # With a check word it is the outcome of a check.
    assert categories("whether your ethnicity matched") == ["derived_result"]


def test_giving_and_roles_in_a_congregation_reveal_religion() -> None:
    for text in (
        "donations you make to the parish",
        "your role on the mosque committee",
        "congregational offerings",
    ):
        assert levels(text)["gdpr"] == "sensitive", text
    assert levels("our church newsletter")["gdpr"] == "not_sensitive"


def test_special_categories_in_everyday_words() -> None:
    for text, category in (
        ("择偶条件和兴趣爱好", "sexual_orientation"),
        ("个人纳税记录", "financial_records"),
        ("微信转账备注", "financial_records"),
        ("预防接种证明", "health"),
        ("counselling session notes", "health"),
        ("birth certificate number", "government_id"),
        ("legally entitled to work in the country", "citizenship_immigration"),
        ("a behavioral characteristic", "biometric"),
        ("活体认证", "biometric"),
        ("your email enquiries", "communication_content"),
        ("your religious denomination", "religious_belief"),
        ("notes about your care", "health"),
        ("症状描述", "health"),
        ("信教情况", "religious_belief"),
        ("逾期记录", "financial_records"),
        ("群聊记录", "communication_content"),
        ("places you visit often", "location_trajectory"),
        ("halal meals", "religious_belief"),
        ("your spiritual practices", "religious_belief"),
        ("union representative contact", "trade_union"),
        ("GPS traces", "location_trajectory"),
    ):
        assert category in categories(text), text
    # Wanting children says nothing about a child; an employer's letter is not correspondence.
    for text in ("是否想要孩子", "whether you want children"):
        assert levels(text)["pipl"] == "not_sensitive", text
    assert levels("letters of employment")["gb35273"] == "not_sensitive"
    assert categories("stack traces") == ["crash_logs"]
    # Children in your care are the ones you look after: not your health care.
    assert "health" not in categories("children in your care")


def test_a_denial_that_names_only_where_the_data_would_go_takes_out_the_item() -> None:
    for text in (
        "设备位置(不会上传至服务器)",
        "通讯录(不上传到云端)",
        "人脸照片(仅在本地处理,不上传)",
        "precise location (not uploaded to our servers)",
    ):
        assert levels(text)["gb35273"] == "not_sensitive", text
    # A denial followed by data of its own still cancels that data, not the item before it.
    assert categories("位置信息; 不上传服务器的通讯录") == ["precise_location"]


def test_a_location_given_to_an_administrative_level_is_coarse() -> None:
    for text in ("位置信息(精确到区县)", "位置信息(仅精确到市级)", "所在地(省级)"):
        assert levels(text)["gb35273"] == "not_sensitive", text
    # A street is a precise place.
    assert levels("地理位置(精确到街道)")["gb35273"] == "sensitive"


# --- the tenth held-out round, read by kind -----------------------------------------------------


def test_what_a_communication_holds_or_monitoring_reads_is_its_content() -> None:
    assert categories("details contained in your messages to the helpdesk") == [
        "communication_content"
    ]
    assert categories("letters and other written correspondence") == ["communication_content"]
    assert categories("客服电话内容") == ["communication_content"]
    assert categories("监听您的通话") == ["communication_content"]
    code, out = classify("monitoring of staff emails", "--explain")
    assert code == 0
    assert "content: 'monitoring of staff emails': communication_content, dropped email" in out
    # The address or number itself, or a word of writing that is no communication, stays as it is.
    assert categories("the email address contained in your profile") == ["email"]
    assert categories("written consent") == []
    assert categories("邮箱地址") == ["email"]


def test_a_bare_heading_gives_way_to_plainer_examples() -> None:
    assert categories("健康数据\uff08例如身高、体重\uff09") == ["fitness_data"]
    assert levels("location information, such as your home address")["gb35273"] == ("not_sensitive")
    _code, out = classify("health information, such as height and weight", "--explain")
    assert "its examples name only narrower data of its kind" in out
    # An example of the heading's own kind keeps it, and so does a heading that is no bare word.
    assert "health" in categories("健康信息\uff08例如病历、身高\uff09")
    assert "precise_location" in categories("GPS coordinates, such as your home address")
    assert "health" in categories("heart rate, such as height")


def test_a_secret_that_only_says_what_a_contact_is_for_is_not_collected() -> None:
    assert categories("a password recovery phone number") == ["phone_number"]
    assert categories("用于接收验证码的手机号码") == ["phone_number"]
    _code, out = classify("a password reset email address", "--explain")
    assert "purpose: 'password reset': dropped account_credentials" in out
    assert "=> not sensitive" in out
    # The code or password collected beside the contact is still a secret.
    assert categories("手机号码、短信验证码") == ["phone_number", "account_credentials"]
    assert categories("password and recovery email") == ["account_credentials", "email"]


def test_a_share_code_from_the_clipboard_is_not_a_password() -> None:
    assert categories("读取剪贴板中的口令") == ["user_content"]
    assert categories("登录口令") == ["account_credentials"]


def test_the_tokens_of_a_push_service_identify_the_device() -> None:
    assert categories("推送令牌") == ["device_id"]
    assert categories("FCM token") == ["device_id"]
    assert categories("登录令牌") == ["account_credentials"]
    assert categories("payment tokens") == ["account_credentials"]


def test_a_permission_named_by_what_it_opens_is_the_permission() -> None:
    assert categories("permission to read your SMS logs (READ_SMS)") == ["permissions"]
    assert categories("permission to access the contacts on your phone") == ["permissions"]
    # Data listed beside a permission, not joined to it, is read on its own.
    assert categories("permissions, call logs") == ["permissions", "communication_metadata"]


def test_a_track_measured_by_a_motion_sensor_is_the_sensor_reading() -> None:
    assert categories("手机运动轨迹\uff08陀螺仪\uff09") == ["sensor_data"]
    assert categories("运动轨迹") == ["location_trajectory"]
    assert "location_trajectory" in categories("运动轨迹\uff08GPS\uff09")


def test_a_photo_taken_from_an_identity_document_is_the_document_image() -> None:
    _code, out = classify("从身份证上提取的免冠照片", "--explain")
    assert "biometric -> id_document_image" in out
    assert categories("从身份证上提取的免冠照片") == ["id_document_image"]
    assert levels("从身份证上提取的免冠照片")["gdpr"] == "not_sensitive"
    # A face photo listed beside the document, not taken from it, stays biometric.
    assert "biometric" in categories("护照和免冠照片")


def test_money_wished_for_or_followed_is_not_held() -> None:
    assert categories("求职意向\uff08期望行业、薪资\uff09") == ["work_records"]
    assert categories("你关注的股票") == ["usage_data"]
    _code, out = classify("求职意向\uff08期望行业、薪资\uff09", "--explain")
    assert "GB/T 35273-2020 Table A.1" in out
    # Pay received and holdings stay financial.
    assert categories("工资流水") == ["financial_records"]
    assert categories("股票持仓") == ["financial_records"]


def test_who_someone_communicates_with_is_communication_metadata() -> None:
    assert categories("who you communicate with and when") == ["communication_metadata"]
    assert categories("与谁通讯") == ["communication_metadata"]
    assert categories("页面访问事件") == ["browsing_history"]
    assert categories("amounts charged to your card")[0] == "financial_records"


# --- the eleventh held-out round, read by kind --------------------------------------------------


def test_the_address_of_a_page_visited_or_clicked_is_browsing_history() -> None:
    assert categories("the website URL of each result you open") == ["browsing_history"]
    assert categories("the active URL when the app stopped") == ["browsing_history"]
    assert categories("您在平台内访问的网页地址") == ["browsing_history"]
    assert categories("网页搜索词语") == ["search_history"]
    # A count of pages or how a mailing was read is usage, not the pages themselves.
    assert categories("number of web pages visited") == ["usage_data"]
    assert categories("interactions with our emails and SMS messages") == ["usage_data"]
    assert categories("web pages visited") == ["browsing_history"]
    assert categories("SMS messages") == ["communication_content"]


def test_what_a_user_tells_the_organisation_is_communication_content() -> None:
    assert categories("customer service inquiries and our replies") == ["communication_content"]
    assert categories("通过我们的客服提交的问题") == ["communication_content"]
    assert categories("text entered into the form") == ["communication_content"]
    assert levels("text entered into the form")["gb35273"] == "sensitive"
    # A service's hotline or address is no communication, and 隐私信息 holds no 私信.
    assert categories("客服热线") == []
    assert categories("an email address for customer service") == ["email"]
    assert categories("用户隐私信息保护") == []
    assert categories("私信内容") == ["communication_content"]


def test_when_and_how_long_people_communicate_is_communication_metadata() -> None:
    assert categories("通讯时间和时长") == ["communication_metadata"]
    assert categories("call usage data") == ["communication_metadata"]
    assert levels("通话时长")["pipl"] == "qualified"


def test_a_geotag_is_a_precise_location_and_a_permission_for_it_is_not() -> None:
    assert categories("照片的地理标记") == ["precise_location"]
    assert "precise_location" in categories("geotags on uploaded pictures")
    assert levels("照片的地理标记")["cpra"] == "sensitive"
    assert categories("地理位置权限") == ["permissions"]
    assert categories("地理位置") == ["precise_location"]
    assert categories("拍摄时间") == []


def test_travel_and_movement_are_a_location_history() -> None:
    assert categories("typical movement patterns") == ["location_trajectory"]
    assert categories("speed, altitude and heading of the vehicle") == ["location_trajectory"]
    assert "location_trajectory" in categories("your travel details such as hotel stays")
    # Travel products and tastes say nowhere the person went.
    assert categories("travel insurance") == []
    assert categories("travel preferences") == ["usage_data"]


def test_what_a_dating_user_asks_of_a_partner_is_partner_preference() -> None:
    assert categories("requirements to your partner") == ["sexual_orientation"]
    assert categories("gender(s) you want to meet") == ["sexual_orientation"]
    assert levels("requirements to your partner")["gdpr"] == "sensitive"
    assert categories("your gender") == ["demographics"]


def test_people_a_user_invites_or_keeps_are_a_contacts_list() -> None:
    assert categories("invite a friend to your group, their name and email") == [
        "contacts_list",
        "name",
        "email",
    ]
    assert categories("联系人的姓名和电话号码") == ["contacts_list", "phone_number"]
    # An emergency contact is a contact detail, not the user's address book.
    assert categories("紧急联系人的姓名") == ["name"]


def test_a_login_ticket_and_a_photo_id_and_a_tax_form() -> None:
    assert categories("登录票据") == ["account_credentials"]
    # An invoice is a money record, never a login ticket.
    assert categories("发票信息") == ["financial_records"]
    assert set(categories("photo identification such as a passport")) == {"id_document_image"}
    assert categories("Form W-9") == ["financial_records", "government_id"]
    assert levels("Form W-9")["cpra"] == "sensitive"
    assert categories("photo uploads") == ["photos_videos"]


def test_a_seizure_recorded_by_a_watch_is_health_and_an_asset_seizure_is_not() -> None:
    assert categories("recording of a fall or seizure") == ["health"]
    assert categories("epileptic seizure") == ["health"]
    assert "health" not in categories("seizure of assets")


def test_a_counterparty_is_a_person_and_its_account_part_of_the_transaction() -> None:
    assert categories("向交易对方披露您的联系方式") == ["contact_details"]
    assert categories("交易对方账户") == ["financial_records"]
    assert categories("交易记录") == ["financial_records"]


def test_an_online_accounts_number_is_no_government_id() -> None:
    assert categories("social media identification number") == ["user_id"]
    assert categories("national identification number") == ["government_id"]


def test_a_pet_named_only_after_the_person_leaves_the_persons_health() -> None:
    text = "the wearer's height, medications and medical conditions, or breed in the case of a pet"
    assert "health" in categories(text)
    assert levels(text)["gdpr"] == "sensitive"
    assert "health" in categories("佩戴者的病史\uff0c或宠物的品种")
    # The animal's own records stay the owner's content.
    assert categories("your pet's medications and medical conditions") == ["user_content"]
    assert categories("each individual pet's medical conditions") == ["user_content"]
    assert categories("宠物的用药记录") == ["user_content"]


def test_the_person_a_dating_user_seeks_reveals_orientation() -> None:
    assert "sexual_orientation" in categories("age and sex of the person you are looking for")
    assert levels("what someone you would like to meet is like")["gdpr"] == "sensitive"
    # The user's own sex alone stays a demographic.
    assert categories("your sex") == ["demographics"]


def test_a_condition_about_finding_something_denies_nothing() -> None:
    text = "if you cannot locate the reference letter, please give your social security number"
    assert categories(text) == ["government_id"]
    assert categories("we can't find a record, so send your passport number") == ["government_id"]
    # A real denial still cancels what follows it.
    assert categories("we cannot access your social security number") == []


def test_settings_channels_and_qualifications_are_not_the_secret_or_the_trait() -> None:
    assert "biometric" not in categories("biometric authentication preferences")
    assert categories("fingerprint templates") == ["biometric"]
    assert categories("mobile number (used for OTP delivery)") == ["phone_number"]
    assert "account_credentials" in categories("the OTP we text you")
    assert "account_credentials" not in categories("licences, certifications and credentials")
    assert "account_credentials" in categories("your login credentials")
    assert categories("signed authentication tokens") == ["account_credentials"]


def test_a_health_professionals_own_details_are_work_data() -> None:
    assert "health" not in categories("the doctor specialization and medical license number")
    assert "work_records" in categories("your national provider identifier")
    assert "health" in categories("clinical images of the wound")
    assert "health" in categories("your doctor's diagnosis")


def test_viewing_and_referrers_are_browsing_and_purchases_are_records() -> None:
    assert categories("the URL you clicked to reach us") == ["browsing_history"]
    assert categories("the programmes you watch on the app") == ["browsing_history"]
    assert categories("products or services you purchased from us") == ["financial_records"]
    assert "browsing_history" not in categories("the URL of our website")


def test_push_tokens_and_vins_address_a_device() -> None:
    assert categories("消息推送令牌") == ["device_id"]
    assert categories("登录令牌") == ["account_credentials"]
    assert categories("the car's vehicle identification number") == ["device_id"]
    assert categories("tax identification number") == ["government_id"]


def test_an_employers_listing_is_not_a_persons_income_or_address_book() -> None:
    assert "financial_records" not in categories("岗位名称、薪资标准")
    assert "financial_records" in categories("您的薪酬")
    assert "contacts_list" not in categories("营业执照、联系人信息")
    assert "contact_details" in categories("营业执照、联系人信息")
    assert categories("手机通讯录联系人信息") == ["contacts_list"]


def test_pages_a_visitor_views_are_browsing_and_network_addresses_are_no_address() -> None:
    assert categories("the web pages users browse on our site") == ["browsing_history"]
    assert categories("pages displayed to visitors") == ["browsing_history"]
    assert categories("用户浏览的商品页面") == ["browsing_history"]
    assert categories("离开本站后前往的网页") == ["browsing_history"]
    assert categories("您访问的路径") == ["browsing_history"]
    # A page named without anyone visiting it, or the time of a visit, is no browsing record.
    assert categories("the URL of our privacy notice") == []
    assert categories("访问网页时的设备型号") == ["device_info"]
    # The address of a page, server or network card is not where anyone lives.
    assert categories("the web address of our help page") == []
    assert categories("服务器地址") == []
    assert categories("your mailing address") == ["postal_address"]
    assert categories("收货地址") == ["postal_address"]


def test_where_a_photo_was_taken_is_a_position() -> None:
    assert "precise_location" in categories("where your pictures were taken")
    assert "precise_location" in categories("geotagged images")
    assert categories("视频的拍摄地点") == ["precise_location"]
    assert levels("the place and time of videos you recorded")["cpra"] == "sensitive"
    # When a photo was taken or uploaded says nothing of where.
    assert categories("the date your photos were uploaded") == ["photos_videos"]
    assert categories("照片的拍摄时间") == ["photos_videos"]


def test_what_a_user_says_in_communications_is_their_content() -> None:
    assert categories("the details you share with us during a call") == ["communication_content"]
    assert categories("voice communications") == ["communication_content"]
    assert categories("求救信息") == ["communication_content"]
    # How many messages or calls is a log, not what they say; information given elsewhere is
    # not a communication.
    assert categories("number of calls you make") == ["communication_metadata"]
    assert categories("the information you provide when you register") == []


def test_other_peoples_details_are_a_contacts_list() -> None:
    assert categories("a friend's phone number") == ["contacts_list"]
    assert categories("the email addresses of other people") == ["contacts_list"]
    assert categories("information about other people you refer") == ["contacts_list"]
    assert categories("members you connect with") == ["contacts_list"]
    assert categories("他人的联系方式") == ["contacts_list"]
    # The user's own details, an emergency contact and information about the user stay as
    # they were.
    assert categories("your own email address and a friend's") == ["email"]
    assert categories("your emergency contact") == ["contact_details"]
    assert categories("information about you") == []


def test_the_people_a_dating_user_seeks_and_what_a_user_viewed() -> None:
    assert levels("the types of people you'd like to meet")["gdpr"] == "sensitive"
    assert "sexual_orientation" in categories("the kind of person you want to date")
    assert categories("the kind of person you are") == []
    # Which pages about a condition were viewed is a browsing record, not health data.
    viewed = levels("which medical articles you viewed")
    assert viewed["gdpr"] == "not_sensitive"
    assert viewed["gb35273"] == "sensitive"
    assert categories("your medical records") == ["health"]


def test_health_and_genetic_words_of_relatives_risk_and_samples() -> None:
    assert categories("your family medical history") == ["health"]
    assert categories("suicide risk assessments") == ["health"]
    assert categories("patient-reported outcomes") == ["health"]
    assert categories("自杀倾向评估") == ["health"]
    assert categories("a cheek swab for DNA testing") == ["genetic"]
    assert categories("唾液样本") == ["genetic"]
    assert "health" not in categories("names of your family members")


def test_denials_by_whom_where_and_after_a_refusal_cancel_the_data() -> None:
    assert (
        categories(
            "our children's app does not knowingly collect personal information from users under 13"
        )
        == []
    )
    assert categories("我们不向未满14周岁的未成年人收集信息") == []
    assert categories("我们不会在夜间跟踪您的行踪轨迹") == []
    assert categories("If you refuse access to your contacts, we won't read them.") == []
    # A condition is no denial: data collected when the app is in the background, or instead
    # of what was refused, is still collected.
    assert categories("应用不在前台时收集位置信息") == ["precise_location"]
    instead = categories("If you decline location access, we estimate your city from your IP")
    assert "coarse_location" in instead and "ip_address" in instead


def test_aggregated_statistics_name_no_data() -> None:
    assert categories("aggregated demographic statistics") == []
    assert categories("health data in aggregate form") == []
    assert categories("统计后的用户位置分布") == []
    assert categories("individual and aggregated health survey answers") == ["health"]


def test_android_permission_names_and_device_id_glosses() -> None:
    text = "“通讯录”\uff08READ_CONTACTS\uff09和“精确位置”\uff08ACCESS_FINE_LOCATION\uff09权限"
    assert categories(text) == ["permissions"]
    # Without the permission's name in brackets the data named stays.
    assert "contacts_list" in categories("通讯录\uff08用于邀请好友\uff09、相机权限")
    assert categories("IDFA (an identification number for advertising on your phone)") == [
        "device_id"
    ]
    assert categories("passport (identification number and expiry date)") == ["government_id"]


def test_login_details_postcodes_browsers_and_other_words() -> None:
    assert categories("login details") == ["account_credentials"]
    assert levels("login details and card number")["cpra"] == "sensitive"
    assert levels("card number")["cpra"] == "not_sensitive"
    assert categories("identity certificate") == ["government_id"]
    assert categories("营业执照、证照") == ["enterprise_info", "id_document_image"]
    assert categories("your postcode") == ["postal_address"]
    assert categories("browser version") == ["device_info"]
    assert categories("clipboard contents") == ["user_content"]
    assert categories("job history") == ["work_records"]


def test_each_new_reading_is_explained() -> None:
    for text, rule, words in (
        ("the web pages users browse on our site", "visited", "web pages users browse"),
        ("where your pictures were taken", "photo-place", "where your pictures were taken"),
        ("a friend's phone number", "others", "phone number"),
        ("which medical articles you viewed", "viewed", "which medical articles you viewed"),
        ("aggregated health statistics", "aggregate", "aggregated"),
        ("IDFA (an identification number for advertising)", "gloss", "identification number"),
        ("“通讯录”\uff08READ_CONTACTS\uff09权限", "permission-name", "通讯录"),
        ("the kind of person you want to date", "sought", "person you want to date"),
    ):
        code, out = classify("--explain", text)
        assert code == 0, out
        assert f"{rule}: '{words}'" in out, out


# --- purposes, passive denials, visited pages, owners of lists ------------------------------------


def test_a_purpose_clause_names_no_data_of_its_own() -> None:
    assert categories("血氧数据: 用于评估睡眠质量") == ["health"]
    assert categories("年龄段(用于推算适合您的运动强度和心率区间)") == ["demographics"]
    assert categories("error logs, used only to diagnose faults") == ["crash_logs"]
    code, out = classify("错误日志 (仅用于诊断)", "--explain")
    assert code == 0
    assert "purpose: '仅用于诊断'" in out
    assert "dropped health" in out
    # A purpose that opens the item, or words after "for" that name the data, are left alone.
    assert categories("用于身份核验的人脸信息") == ["biometric"]
    assert categories("诊断记录") == ["health"]
    assert "health" in categories("crash logs and medical diagnoses")


def test_a_passive_or_further_verbed_denial_cancels_the_data_it_speaks_of() -> None:
    assert categories("Precise location is not stored or shared by the app.") == []
    assert categories("我们不会请求或读取您的精确定位") == []
    assert categories("不发送: 手机号、身份证号") == []
    assert categories("不索取通讯录") == []
    # A relative clause denies only the part it describes; a denial of the raw form leaves
    # the summary, as a denial of the full form leaves the part kept.
    assert categories("your email address, which is not shared with partners") == ["email"]
    assert "health" in categories("每周的生理指标摘要, 不上传原始心电波形")
    assert "health" in categories(
        "daily vital signs summary; raw sensor streams are never uploaded"
    )
    # "取" in words that do not mean "take" is no denial.
    assert categories("不取决于您的定位精度") != []


def test_pages_opened_requested_or_referred_from_are_browsing() -> None:
    assert "browsing_history" in categories("the pages and articles you open")
    assert "browsing_history" in categories("the web pages customers requested")
    assert "browsing_history" in categories("which pages of the shop were viewed")
    assert "browsing_history" in categories("time spent on each page")
    assert "browsing_history" in categories("the referring domain of each visit")
    assert "browsing_history" in categories("来源网站的引用页面")
    assert "browsing_history" in categories("用户访问本站留下的痕迹")
    assert "search_history" in categories("输入的搜索关键字")
    # A link clicked in an email, a referral by a person and a page that nobody is said to
    # visit are left alone.
    assert "browsing_history" not in categories("what links you click in our newsletters")
    assert "browsing_history" not in categories("Referral source (the GP who referred you)")
    assert "browsing_history" not in categories("the page numbers of your uploaded contract")


def test_one_owner_word_holds_every_field_of_its_list() -> None:
    assert categories("third-party names and mobile numbers") == ["contacts_list"]
    assert categories("a friend's name, phone number or email") == ["contacts_list"]
    # A field after "your" is the user's own again; a third-party login is no person.
    assert categories("friends' names and your email address") == ["contacts_list", "email"]
    assert "contacts_list" not in categories("third-party login, your name and email")


def test_words_for_physiology_faces_tax_forms_insurers_and_rough_places() -> None:
    assert categories("生理指标") == ["health"]
    # As a heading before body measurements only, it gives way to them (Table A.1).
    assert categories("生理指标, 例如身高、体重") == ["fitness_data"]
    assert levels("vital signs and breathing rate")["gdpr"] == "sensitive"
    assert categories("面部识别数据") == ["biometric"]
    assert categories("社会安全号码") == ["government_id"]
    assert categories("上一年度的报税表") == ["financial_records"]
    assert categories("your insurance provider and insurance plan") == ["financial_records"]
    assert categories("mobile carrier") == ["network_info"]
    assert categories("设备的大致定位") == ["coarse_location"]
    assert levels("一般位置")["cpra"] == "not_sensitive"
    assert categories("精确定位") == ["precise_location"]


def test_a_permission_named_with_information_is_still_the_permission() -> None:
    assert categories("调用面部信息权限") == ["permissions"]
    assert categories("读取通讯录数据权限") == ["permissions"]
    code, out = classify("调用面部信息权限", "--explain")
    assert code == 0
    assert "dropped biometric" in out
    # Data listed beside a permission is still data.
    assert categories("指纹信息、相机权限") == ["biometric", "permissions"]


def test_what_chatting_produces_is_communication_content() -> None:
    assert "communication_content" in categories("与客服聊天时产生的文字和图片")
    assert levels("用户之间沟通中产生的消息")["gb35273"] == "sensitive"
    # A log of calls, or text produced in using the app, is not what anyone said.
    assert "communication_content" not in categories("通话过程中产生的记录")
    assert categories("使用过程中产生的文字") == ["user_content"]


def test_a_token_naming_a_checkout_is_a_transaction_not_a_secret() -> None:
    assert categories("购物车令牌") == ["financial_records"]
    assert levels("order tokens")["cpra"] == "not_sensitive"
    assert categories("登录令牌") == ["account_credentials"]
    assert categories("session token") == ["account_credentials"]


def test_what_a_user_sends_to_support_is_communication_content() -> None:
    assert "communication_content" in categories("您通过在线客服发送的问题描述和截图")
    assert levels("用户通过意见反馈提交的内容")["gb35273"] == "sensitive"
    # A document sent by email is that document; support for a device is no message.
    assert categories("通过邮件提交的身份证复印件") == ["id_document_image"]
    assert categories("支持的设备型号") == ["device_info"]


# --- referring clauses, contact with support, queries sent, defaults, plans, friends added -----


def test_the_page_a_visitor_was_referred_from_is_browsing() -> None:
    assert "browsing_history" in categories("the web page which referred the visitor to the shop")
    assert levels("the site that has referred users to our app")["gb35273"] == "sensitive"
    code, out = classify("the domain that referred you", "--explain")
    assert code == 0
    assert "visited: 'domain that referred you'" in out
    # A person who referred someone is no page.
    assert "browsing_history" not in categories("the friend who referred you")


def test_contact_with_customer_support_is_communication_content() -> None:
    assert "communication_content" in categories("records of calls with our customer service")
    assert "communication_content" in categories("correspondence with our support agents")
    assert levels("your emails with customer care")["cpra"] == "qualified"
    # The store label "Customer Support", or support for a product, is no exchange.
    assert categories("Customer Support") == ["user_content"]
    assert "communication_content" not in categories("products that support your account")


def test_what_a_user_sends_about_a_query_is_communication_content() -> None:
    assert "communication_content" in categories("details you send us with your enquiry")
    assert "communication_content" in categories(
        "information users sent about their support request"
    )
    # Sent for another purpose, it is not a message to support.
    assert categories("information you send us to verify your identity") == []


def test_a_borrowers_defaults_and_a_paid_plan_are_financial_records() -> None:
    assert categories("借款人的违约记录") == ["financial_records"]
    assert categories("your current subscription plan and its renewal date") == [
        "financial_records"
    ]
    assert levels("subscription tier")["cpra"] == "not_sensitive"
    # Subscribing to a newsletter or a channel is no payment.
    assert "financial_records" not in categories("newsletter subscription preferences")


def test_a_friend_added_and_the_contact_importer_are_a_contacts_list() -> None:
    assert categories("when you add a friend in the game") == ["contacts_list"]
    assert categories("optional contact sync") == ["contacts_list"]
    assert levels("people found through the contact importer")["gb35273"] == "sensitive"
    # One friend named alone, or contact with the organisation, is no list.
    assert categories("a friend") == []
    assert "contacts_list" not in categories("your contact with our customer support team")


# --- repayments, charts, bill addresses, sessions, communications, visit order, expiry dates ----

# Words that name their data, each with wording it must leave alone.
NAMED_BY_THEIR_WORDS = [
    # a borrower's repayments (GB/T 35273-2020 Table B.1, 信贷记录)
    ("the member's loan repayment history", ["financial_records"]),
    # a fertility or medical chart (GDPR Art. 4(15))
    ("cycle charting data entered in the app", ["health"]),
    ("sales charts", []),
    # where a bill is posted is an address; the bill itself is a financial record
    ("账单邮寄地址", ["postal_address"]),
    ("月度账单", ["financial_records"]),
    # communications named without record or content, beside an address book and an address
    ("用户的通讯信息", ["communication_content", "communication_metadata"]),
    ("通讯录信息", ["contacts_list"]),
    ("通讯地址", ["postal_address"]),
    # where a visit came from; the source of funds is no page
    ("网站访问来源", ["browsing_history"]),
    ("资金来源", ["financial_records"]),
    # identifiers named in other words (GB/T 35273-2020 Table A.1): the address an IP stands for,
    # a device's unique identifier and hardware address, an app's installation, an IM account
    ("Internet Protocol addresses", ["ip_address"]),
    ("终端设备唯一标识", ["device_id"]),
    ("网络设备硬件地址", ["device_id"]),
    ("the app's installation ID", ["device_id"]),
    ("installation address", ["postal_address"]),
    ("QQ号码", ["user_id"]),
    # a product's version, when and how a visitor used the service
    ("产品版本号", ["app_info"]),
    ("访问日期", ["usage_data"]),
    ("usage patterns over time", ["usage_data"]),
]
LEVELS_OF_NAMED = [
    ("repayment records kept by the lender", "gb35273", "sensitive"),
    ("your fertility charts", "gdpr", "sensitive"),
    ("账单地址和收货人姓名", "gb35273", "not_sensitive"),
    ("通信信息", "cpra", "qualified"),
    ("页面访问顺序", "gb35273", "sensitive"),
    ("the session identifier", "cpra", "qualified"),
]


@pytest.mark.parametrize(("text", "expected"), NAMED_BY_THEIR_WORDS)
def test_words_that_name_their_data(text: str, expected: list[str]) -> None:
    assert categories(text) == expected


@pytest.mark.parametrize(("text", "regime", "level"), LEVELS_OF_NAMED)
def test_the_level_of_data_named_by_its_words(text: str, regime: str, level: str) -> None:
    assert levels(text)[regime] == level


def test_a_session_identifier_is_a_credential() -> None:
    assert "account_credentials" in categories("session IDs stored in cookies")
    # A session's time or length is usage, not what opens it.
    assert "account_credentials" not in categories("session duration")


def test_a_cards_expiry_date_with_its_security_code_is_the_card() -> None:
    assert categories("security code and expiry date") == ["financial_account"]
    assert levels("expiration date, security code")["cpra"] == "sensitive"
    code, out = classify("the expiry date and security code", "--explain")
    assert code == 0
    assert "card-expiry: 'expiry date and security code'" in out
    # A document's expiry date is no card, and a code sent to a phone is no card number.
    assert categories("passport number and expiry date") == ["government_id"]
    assert "financial_account" not in categories("the security code sent to your phone")


def test_visits_across_sites_and_content_viewed_are_browsing() -> None:
    assert categories("information about your visits to our and partner web sites") == [
        "browsing_history"
    ]
    assert levels("the content users view or access")["gb35273"] == "sensitive"
    assert categories("商品浏览的相关信息") == ["browsing_history"]
    # Visits to an office or to one named site of the organisation, content a user posts and the
    # browser itself are no browsing record.
    assert "browsing_history" not in categories("your visits to our offices")
    assert "browsing_history" not in categories("visits to the shop's website")
    assert "browsing_history" not in categories("content you post")
    assert "browsing_history" not in categories("浏览器信息")


def test_contact_with_customer_service_in_chinese_is_communication_content() -> None:
    assert categories("用户与客服联系时提供的信息") == ["communication_content"]
    assert levels("联系我们的客户服务团队时您提交的资料")["cpra"] == "qualified"
    # A support phone number is no exchange.
    assert "communication_content" not in categories("联系客服电话")


def test_a_message_named_as_the_last_field_of_a_list_is_communication_content() -> None:
    assert "communication_content" in categories("your email address, subject and message")
    assert levels("name, phone number or message")["gb35273"] == "sensitive"
    # Push messages, or a word after a closing bracket, are no message from the user.
    assert "communication_content" not in categories("device token and push messages")
    assert "communication_content" not in categories("contents of logs (debug) messages")


def test_communications_named_without_record_or_content() -> None:
    assert categories("用户的通讯信息") == ["communication_content", "communication_metadata"]
    assert levels("通信信息")["cpra"] == "qualified"
    # An address book or a mailing address is something else.
    assert categories("通讯录信息") == ["contacts_list"]
    assert categories("通讯地址") == ["postal_address"]


def test_where_a_visit_came_from_and_its_order_are_browsing() -> None:
    assert categories("网站访问来源") == ["browsing_history"]
    assert levels("页面访问顺序")["gb35273"] == "sensitive"
    # The source of funds is no page.
    assert categories("资金来源") == ["financial_records"]


# --- moods, diets, infants' care, store diagnostics, invoices, pay, plans, licences, transcripts --

# Words that name their data, each with wording it must leave alone.
NAMED_IN_OTHER_WORDS = [
    # a mood and a diet's restrictions tell of the mind and the body (GDPR Art. 4(15))
    ("daily mood and energy check", ["health"]),
    ("mood ratings over the week", ["health"]),
    ("dietary requirements for the event", ["health"]),
    ("cooking preferences", ["usage_data"]),
    # an infant's nappies, logged by a carer (GB/T 35273-2020 Table B.1, 个人健康生理信息)
    ("times of each nappy change", ["health"]),
    ("a changing table", []),
    # a store's diagnostics heading and what it lists; 诊断 alone stays medical
    ("應用程式診斷與效能數據", ["crash_logs"]),
    ("性能指标和崩溃报告", ["crash_logs"]),
    ("门诊诊断", ["health"]),
    # invoices, salaries and a chosen plan are money records; the company billed is not
    ("电子发票信息", ["financial_records"]),
    ("员工薪金", ["financial_records"]),
    ("所选的服务套餐", ["financial_records"]),
    ("发票抬头", []),
    # a professional licence is a qualification, an identity document's scan is not
    ("職業證照", ["education"]),
    ("营业证照", ["id_document_image"]),
    # conversations are the exchange; one caught as background noise, or a note about them, is not
    ("conversations with our tutors", ["communication_content"]),
    ("phone conversations with our staff", ["communication_content"]),
    ("与客服的对话", ["communication_content"]),
    ("弹出的对话框", []),
    ("对话框设置", []),
    ("notes of conversations with staff", []),
    # a transcript of a call; a recording alone is the sound
    ("來電筆錄", ["communication_content"]),
    ("环境录音", ["audio"]),
    # pages once read are browsing history
    ("曾经浏览的商品", ["browsing_history"]),
    # a know-your-customer check is made on an identity document
    ("KYC documents you upload", ["id_document_image"]),
    ("images for KYC verification", ["id_document_image"]),
    # a user's own book of income and spending is a money record
    ("monthly bookkeeping entries", ["financial_records"]),
    ("家庭记账数据", ["financial_records"]),
    # pages visited or read are browsing history
    ("page visits on our help centre", ["browsing_history"]),
    ("您阅览的页面", ["browsing_history"]),
    # what was said in a communication
    ("双方通信的内容", ["communication_content"]),
    # a device's diagnostic data is its diagnostics (a diagnosis stays medical, above)
    ("设备型号和诊断数据", ["device_info", "crash_logs"]),
    ("医生的诊断信息", ["health"]),
]


@pytest.mark.parametrize(("text", "expected"), NAMED_IN_OTHER_WORDS)
def test_data_named_in_other_words(text: str, expected: list[str]) -> None:
    assert categories(text) == expected


# --- a health heading, a hashed secret -----------------------------------------------------------


def test_what_a_list_files_under_health_data_is_health_data() -> None:
    assert "health" in categories("Health Data: body weight and height")
    assert levels("Health data: steps and workouts")["gdpr"] == "sensitive"
    # Another heading still gives way to its detail: a location from the IP address is coarse.
    assert levels("位置信息: IP地址解析的位置信息")["gb35273"] == "not_sensitive"


def test_a_secret_kept_out_of_sight_is_still_collected() -> None:
    assert categories("Password (hashed, we cannot see it)") == ["account_credentials"]
    assert categories("Password (stored hashed; staff cannot view your password)") == [
        "account_credentials"
    ]
    # A note that the secret is not collected still denies it.
    assert categories("Password (we do not collect your password)") == []


def test_an_ip_address_listed_beside_a_location_does_not_make_it_coarse() -> None:
    assert levels("the IP address and location of your device")["cpra"] == "sensitive"
    assert "precise_location" in categories("IP地址和位置信息")
    # A location taken from the IP address, or said to be approximate, stays coarse.
    assert levels("location derived from the IP address")["gb35273"] == "not_sensitive"
    assert categories("IP address and approximate location") == ["ip_address", "coarse_location"]


def test_a_note_that_we_do_not_keep_the_item_denies_it() -> None:
    assert categories("Bank card number (kept by our payment provider, not stored by us)") == []
    assert levels("Card details (not stored on our servers)")["pipl"] == "not_sensitive"
    # A note that keeps part of it, or speaks of how it is kept, leaves the item.
    assert categories("Card number (we do not store the full number)") == ["financial_account"]
    assert categories("Card number, not shared with advertisers") == ["financial_account"]


# --- exchanges with the organisation, a background check, a licence, a diet, a date --------------

EXCHANGED_WITH_THE_ORGANISATION = [
    # requests and tickets sent to support, and exchanges with customer service
    ("past support tickets", ["communication_content"]),
    ("technical support requests", ["communication_content"]),
    ("customer care interactions", ["communication_content"]),
    ("客服工单及处理结果", ["communication_content"]),
    ("技術支援請求", ["communication_content"]),
    # an alert a help or safety app sends for the user
    ("SOS alerts you send to your helpers", ["communication_content"]),
    ("紧急警报记录", ["communication_content"]),
    # in-app messages, in Taiwan wording too (程式 for 程序)
    ("應用程式內訊息記錄", ["communication_content"]),
    # messages or calls named bare as an item of a list
    ("Posts, messages, and reactions", ["user_content", "communication_content"]),
    ("服务请求、通话、活动记录", ["communication_content"]),
]


@pytest.mark.parametrize(("text", "expected"), EXCHANGED_WITH_THE_ORGANISATION)
def test_exchanges_with_the_organisation_are_communication_content(
    text: str, expected: list[str]
) -> None:
    assert categories(text) == expected


def test_the_organisation_as_recipient_is_the_cpra_condition() -> None:
    assert levels("support tickets")["cpra"] == "qualified"
    assert levels("支援請求")["gb35273"] == "sensitive"


def test_what_stays_user_content_or_a_number_beside_support_words() -> None:
    # the store label, feedback and survey answers are the user's content
    assert categories("Customer Support") == ["user_content"]
    assert categories("survey responses and ratings") == ["user_content"]
    assert categories("问卷答复") == ["user_content"]
    # a help line's number and an emergency contact are contact details
    assert categories("customer service phone number") == ["phone_number"]
    assert categories("emergency contact") == ["contact_details"]
    # a message named with its kind, a call's length, a call to an interface
    assert categories("push messages") == []
    assert categories("call duration") == ["communication_metadata"]
    assert categories("API calls made by the app") == []
    # a word after a closing bracket is no item of a list
    assert "communication_content" not in categories("card number (kept by our provider) messages")


def test_a_call_said_to_be_recorded_in_chinese_is_its_content() -> None:
    assert "communication_content" in categories("与客服的通话将被录音")
    assert "communication_content" in categories("来电可能被录音存档")
    assert "phone_number" not in categories("客服电话可能会被录音")
    # a number and a recording listed together are two items
    assert categories("手机号码和录音") == ["phone_number", "audio"]
    assert categories("电话号码、录音") == ["phone_number", "audio"]


def test_pages_a_visitor_loads_are_browsing_history() -> None:
    assert categories("web pages you load in the in-app browser") == ["browsing_history"]
    assert categories("加载的网页地址") == ["browsing_history"]
    # how fast a page loads is no page visited
    assert categories("page load time") == []


def test_a_background_check_in_chinese_is_a_criminal_record() -> None:
    assert categories("义工背景审查结果") == ["criminal_record"]
    assert levels("背景核查")["gdpr"] == "sensitive"
    assert categories("教育背景") == ["education"]


def test_a_driving_licence_in_chinese_is_an_identity_document() -> None:
    assert categories("駕駛執照號碼") == ["government_id"]
    assert levels("驾驶执照")["cpra"] == "sensitive"
    assert categories("驾驶执照照片") == ["id_document_image"]


def test_dietary_requirements_in_chinese_are_health_data() -> None:
    assert categories("餐食的饮食要求") == ["health"]
    assert levels("膳食限制")["gdpr"] == "sensitive"
    # a taste is a preference
    assert "health" not in categories("饮食偏好")


def test_friends_a_user_wants_to_date_reveal_sexual_orientation() -> None:
    assert "sexual_orientation" in categories("friends you would like to date")
    # friends who want to date the user say nothing of the user's own wishes
    assert categories("friends who want to date you") == ["contacts_list"]


# --- a wellbeing app's logs, chat, a child's profile, a face's vector, reports to a service -------

READ_AS_THE_LAW_READS_THEM = [
    # a wellbeing app's diary, mood log and cognitive scales are mental health
    ("每日情绪日记", ["health"]),
    ("心情日志(表情与文字)", ["health", "user_content"]),
    ("认知评估问卷结果", ["health"]),
    ("weekly emotion diary entries", ["health"]),
    # chat between players or users, named by where or how it is carried
    ("Messages exchanged through in-game chat", ["communication_content"]),
    ("recordings of voice chat sessions", ["communication_content"]),
    ("Compliments sent and received by members", ["communication_content"]),
    # a face's embedding is the template a face-matching system keeps
    ("face embeddings used to recognise returning visitors", ["biometric"]),
    # a stay in prison or a probation hostel is criminal data, a stay in hospital health data
    ("time spent in prison", ["criminal_record"]),
    ("tenure before moving in: hospital", ["health"]),
    # family members bound to an account are the user's contacts
    ("亲情绑定成员及其手机号", ["contacts_list", "phone_number"]),
    # readings kept with the position at which each was taken
    ("Braking events with position", ["location_trajectory"]),
    # a report or a problem description sent to the service is an exchange with it
    ("您举报时上传的聊天截图", ["communication_content"]),
    ("用户提交的问题描述", ["communication_content"]),
]


@pytest.mark.parametrize(("text", "expected"), READ_AS_THE_LAW_READS_THEM)
def test_wording_of_wellbeing_games_trackers_and_reports_is_read(
    text: str, expected: list[str]
) -> None:
    assert [c for c in expected if c not in categories(text)] == []


def test_a_heading_that_names_a_child_keeps_its_fields_a_childs() -> None:
    found = categories("Child Profile: first name, date of birth")
    assert {"minor_under_14", "child_under_13", "name"} <= set(found)
    assert levels("Children's details: nickname, age")["pipl"] == "sensitive"
    # what a parents' tracker records of a young child's development
    assert "child_under_13" in categories("language development notes")
    # other headings still give way to their detail
    assert categories("位置信息:IP地址解析的城市") == ["coarse_location"]


def test_diagnostics_kept_to_find_faults_are_crash_data() -> None:
    assert categories("诊断信息:用于定位崩溃与提升稳定性") == ["crash_logs"]
    assert levels("诊断信息,用于排查闪退问题")["gb35273"] == "not_sensitive"
    # a diagnosis kept for care stays health data
    assert categories("诊断信息:用于制定治疗方案") == ["health"]
    assert categories("病历及诊断信息") == ["health"]


def test_look_alikes_of_this_wording_are_left_alone() -> None:
    # a dating or job preference of place is a setting, not the user's position
    assert categories("location preferences for search results") == ["usage_data"]
    assert levels("location preferences")["gb35273"] == "not_sensitive"
    # a probation period at work is no criminal record, a hospital's name no stay
    assert "criminal_record" not in categories("probation period end date")
    assert "health" not in categories("hospital name")
    # what a user publishes, and feedback given as such, stay the user's content
    assert categories("您发布的文字、图片") == ["user_content", "photos_videos"]
    assert categories("您提交的反馈") == ["user_content"]
    # a product's description is no problem report
    assert "communication_content" not in categories("商品描述")
    # a car's speed alone is no location history
    assert "location_trajectory" not in categories("vehicle speed")


# --- a school's and an employer's numbers, messages and their metadata, sign-ins, headings, -------
# --- shared heads, who can see, what a need is for, a practitioner's own profile -----------------


def test_a_number_a_school_or_employer_gives_is_no_identity_document() -> None:
    assert categories("学号及姓名") == ["user_id", "name"]
    assert categories("Student number") == ["user_id"]
    assert levels("Student number")["gb35273"] == "not_sensitive"
    assert categories("staff ID number") == ["work_records"]
    # a number the state issues stays an identity document's
    assert categories("national ID number") == ["government_id"]


def test_messages_named_by_their_text_and_mail_named_as_communications_are_content() -> None:
    assert categories("群聊中收发的文本消息") == ["communication_content"]
    assert "communication_content" in categories("message text and the time it was sent")
    assert categories("email communications with customers") == ["communication_content"]
    # footage from security cameras is video, not a special category
    assert categories("CCTV footage at our offices") == ["photos_videos"]
    assert levels("CCTV footage at our offices")["gdpr"] == "not_sensitive"


def test_when_a_message_was_sent_and_read_is_its_metadata() -> None:
    assert categories("Message metadata such as read receipts") == ["communication_metadata"]
    assert categories("会话的已读回执") == ["communication_metadata"]
    assert levels("会话的已读回执")["gb35273"] == "sensitive"


def test_features_used_and_sign_ins_are_usage_not_pages_or_secrets() -> None:
    assert categories("功能使用记录") == ["usage_data"]
    assert categories("login times and login frequency") == ["usage_data"]
    # a heading of sign-in information gives way to the times and counts it lists
    assert categories("登录信息:最近一次登录时间、每日登录次数") == ["usage_data"]
    assert levels("登录信息:最近一次登录时间、每日登录次数")["pipl"] == "not_sensitive"
    # sign-in information alone is still the secret that signs in
    assert categories("登录信息") == ["account_credentials"]
    # a phrase that holds visiting words names them as a whole
    assert "browsing_history" not in categories("应用内各功能访问记录")
    assert "browsing_history" in categories("页面访问记录")


def test_a_heading_that_names_what_communications_carry_keeps_its_detail_content() -> None:
    assert "communication_content" in categories("会话内容\uff1a语音、照片、附件")
    assert "communication_content" in categories("Chat history: photos and voice notes")
    # communications named only as information or data give way to their detail
    assert categories("Communications data: email address") == ["email"]
    assert categories("聊天信息:昵称、头像") == ["nickname", "profile_image"]


def test_places_listed_under_a_track_are_a_location_history() -> None:
    assert categories("旅行轨迹:去过的国家和城市") == ["location_trajectory"]
    assert categories("Location history: the cities you stayed in") == ["location_trajectory"]
    code, out = classify("出行足迹:每次打卡的城市与日期", "--explain")
    assert code == 0 and "track: '城市': coarse_location -> location_trajectory" in out
    # a city under no track is one coarse place
    assert categories("城市:所在城市") == ["coarse_location"]


def test_who_can_see_the_data_names_no_data() -> None:
    assert categories("您的头像仅对好友可见") == ["profile_image"]
    assert categories("Profile picture, visible to your followers") == ["profile_image"]
    code, out = classify("您的昵称对所在群的群成员可见", "--explain")
    assert code == 0 and "audience:" in out
    # the list itself, with a note of who sees it, is still collected
    assert categories("friends list (visible to you only)") == ["contacts_list"]
    # the audience ends where more data is listed
    text = "a profile photo viewable by other members and the support tickets you send"
    assert "communication_content" in categories(text)


def test_what_a_need_is_for_names_no_data() -> None:
    text = "Date of birth (where needed for medical appointments)"
    assert categories(text) == ["demographics"]
    assert levels(text)["gdpr"] == "not_sensitive"
    # data named before the note keeps its kind
    assert categories("Medical history, as required for treatment") == ["health"]
    # "Required to ..." after a colon says what the item is, not what it is for
    assert "biometric" in categories("Camera: Required to take face scans for sign-in")


def test_a_practitioners_own_profile_is_no_health_data() -> None:
    text = "Clinician profile: name, job title, employer"
    assert categories(text) == ["name", "job_title", "employer"]
    assert levels(text)["gdpr"] == "not_sensitive"
    # the doctor a patient names still tells of their care
    assert "health" in categories("Your doctor's details: name and practice")
    assert "health" in categories("Your doctor: name, job title")
    # a professional's credentials are education, not a secret that signs in
    assert categories("professional credentials") == ["education"]


def test_modifiers_listed_before_a_shared_head_take_that_head() -> None:
    assert categories("浏览和搜索记录") == ["browsing_history", "search_history"]
    assert categories("浏览、点击记录") == ["browsing_history", "usage_data"]
    assert categories("web browsing and search history") == ["browsing_history", "search_history"]
    code, out = classify("用户在商城内的浏览、搜索记录", "--explain")
    assert code == 0
    assert "shared-head: '浏览': browsing_history" in out
    assert "=> sensitive" in out
    # denied, the shared head is denied with the rest
    assert categories("不收集浏览、搜索记录") == []
    # a modifier that names data of its own, or no phrase with the head, stays as it was
    assert categories("name and search history") == ["name", "search_history"]
    # a generic 信息 after a list ends its last item
    assert "government_id" not in categories("读取手机状态和身份、网络信息")
    # a comma in English ends an item of its own
    assert categories("time spent in app, interaction data") == ["usage_data"]


def test_a_heading_decides_a_phrase_that_names_two_kinds() -> None:
    text = "Analytics data: page views and session length"
    assert categories(text) == ["usage_data"]
    assert levels(text)["gb35273"] == "not_sensitive"
    # page views alone are also the pages a user visited
    assert categories("page views") == ["browsing_history", "usage_data"]
    # a phrase of one kind keeps it under any heading
    assert categories("Usage data: browsing history") == ["browsing_history"]


def test_insurance_named_as_information_is_a_financial_record() -> None:
    assert categories("your insurance information") == ["financial_records"]
    assert categories("national insurance number") == ["government_id"]
