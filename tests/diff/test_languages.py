"""diff names each language of a text written in several languages, and reads items in each."""

from __future__ import annotations

from tests.diff.common import CAMCARD, Repo, changes


def test_a_change_in_one_language_is_shown_by_language(repo: Repo) -> None:
    purpose = {"zh": "提供云名片服务。", "en": "Provide the cloud business card service."}
    repo.edit(CAMCARD, purpose=purpose)
    repo.commit("bilingual purpose")
    repo.edit(CAMCARD, purpose={**purpose, "zh": "提供云名片服务和广告推送。"})

    (change,) = changes("HEAD")
    assert (change["kind"], change["field"]) == ("purpose-changed", "purpose")
    assert change["old"] == "zh: 提供云名片服务。 | en: Provide the cloud business card service."
    assert change["new"].startswith("zh: 提供云名片服务和广告推送。 | en: ")


def test_a_sensitive_item_added_in_chinese_only_is_a_sensitive_item(repo: Repo) -> None:
    repo.edit(CAMCARD, data=[{"item": {"zh": "姓名", "en": "name"}}])
    repo.commit("bilingual items")
    repo.edit(CAMCARD, data=[{"item": {"zh": "身份证正反面照片", "en": "name"}}])

    kinds = {c["kind"] for c in changes("HEAD", "--regime", "pipl")}
    assert "sensitive-item-added" in kinds
