"""The Member States loaded by the data migration, and how editors pick them when recording votes."""

import json
from pathlib import Path

from archive.models import MemberState

DATA = Path(__file__).resolve().parent.parent.parent / "archive" / "data"
SHIPPED = DATA / "member_states.json"
FORMER = ["CSK", "DDR", "SUN", "YMD", "YUG"]


def test_the_193_member_states_and_the_former_ones_are_loaded_with_their_names_in_the_six_languages(db):
    assert MemberState.objects.count() == 193 + len(FORMER)
    shipped = json.loads(SHIPPED.read_text(encoding="utf-8"))
    former = json.loads((DATA / "member_state_names.json").read_text(encoding="utf-8"))["former_states"]
    assert sorted(s["code"] for s in former) == FORMER
    assert sorted(MemberState.objects.values_list("code", flat=True)) == sorted(
        [s["code"] for s in shipped] + FORMER
    )
    ussr = MemberState.objects.get(code="SUN")
    assert (ussr.name_en, ussr.name_ru) == (
        "Union of Soviet Socialist Republics",
        "Союз Советских Социалистических Республик",
    )
    china = MemberState.objects.get(code="CHN")
    assert [china.name_ar, china.name_zh, china.name_en, china.name_fr, china.name_ru, china.name_es] == [
        "الصين",
        "中国",
        "China",
        "Chine",
        "Китай",
        "China",
    ]
    assert MemberState.objects.get(code="TUR").name_en == "Türkiye"
    assert MemberState.objects.get(code="NLD").name_en == "Netherlands (Kingdom of the)"


def test_every_name_is_given_and_unique_per_language(db):
    for language in ["ar", "zh", "en", "fr", "ru", "es"]:
        names = list(MemberState.objects.values_list(f"name_{language}", flat=True))
        assert all(name.strip() == name and name for name in names), language
        assert len(set(names)) == 193 + len(FORMER), language


def test_editors_find_a_member_state_by_name_when_recording_a_vote(as_alice):
    response = as_alice.get(
        "/admin/autocomplete/",
        {
            "app_label": "archive",
            "model_name": "memberstatevote",
            "field_name": "member_state",
            "term": "Franc",
        },
    )
    assert response.status_code == 200
    france = MemberState.objects.get(code="FRA")
    assert response.json()["results"] == [{"id": str(france.pk), "text": "France"}]


def test_editors_see_but_do_not_change_the_member_states(as_alice):
    france = MemberState.objects.get(code="FRA")
    assert as_alice.get(f"/admin/archive/memberstate/{france.pk}/change/").status_code == 200
    assert (
        as_alice.post(f"/admin/archive/memberstate/{france.pk}/change/", {"name_en": "X"}).status_code == 403
    )
    assert as_alice.get("/admin/archive/memberstate/add/").status_code == 403
