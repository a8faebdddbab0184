"""The public history: each version of a text, from the change log, with its differences from the one
before it."""

import datetime
import re

import pytest
from page_samples import variant

from archive.models import Resolution, ResolutionText


@pytest.fixture
def revised(seed_en, ingest_bytes):
    """59/190 in English re-ingested with one word changed: two English versions, one Chinese."""
    changed = variant(
        "A_RES_59_190.en.txt", ("Desiring to achieve further progress", "Desiring to achieve real progress")
    )
    ingest_bytes(changed, "A_RES_59_190.en.txt")
    return seed_en


def versions(language: str) -> list[int]:
    records = ResolutionText.history.filter(language=language).exclude(history_type="-")
    return list(records.order_by("history_date").values_list("history_id", flat=True))


def test_the_change_log_links_each_version_of_a_text(client, revised):
    content = client.get("/changes/A/RES/59/190").content.decode()
    links = re.findall(r'<a href="(/changes/A/RES/59/190/versions/\d+)">Read this version</a>', content)
    expected = [f"/changes/A/RES/59/190/versions/{n}" for n in [*versions("en")[::-1], *versions("zh")]]
    assert links == expected


def test_a_later_version_shows_what_changed_since_the_earlier(client, revised, django_assert_num_queries):
    first, second = versions("en")
    with django_assert_num_queries(2):
        response = client.get(f"/changes/A/RES/59/190/versions/{second}")
    content = response.content.decode()
    assert "<h1>A/RES/59/190 in English: version 2 of 2</h1>" in content
    assert f'<a rel="prev" href="/changes/A/RES/59/190/versions/{first}">Earlier version</a>' in content
    assert '<a href="/en/A/RES/59/190">The text as it is now</a>' in content
    [row] = re.findall(r"<tr><td>(.*?)</td><td>(.*?)</td></tr>", content)
    assert "Desiring to achieve <del>further</del> progress" in row[0]
    assert "Desiring to achieve <ins>real</ins> progress" in row[1]
    assert '<pre class="extracted-text">' in content and "Desiring to achieve real progress" in content


def test_the_first_version_is_readable_without_differences(client, revised):
    first, second = versions("en")
    content = client.get(f"/changes/A/RES/59/190/versions/{first}").content.decode()
    assert "<h1>A/RES/59/190 in English: version 1 of 2</h1>" in content
    assert f'<a rel="next" href="/changes/A/RES/59/190/versions/{second}">Later version</a>' in content
    assert "Differences from the earlier version" not in content
    assert "Desiring to achieve further progress" in content


def test_a_version_of_another_resolution_or_none_is_not_found(client, revised, ingest_sample):
    other = ingest_sample("A_RES_80_13.txt").text
    record = other.history.first()
    assert client.get(f"/changes/A/RES/59/190/versions/{record.history_id}").status_code == 404
    assert client.get("/changes/A/RES/59/190/versions/999999").status_code == 404


@pytest.mark.parametrize("fixture", ["seed", "revised"])
def test_the_change_log_runs_the_same_number_of_queries_whatever_the_versions(
    client, request, fixture, django_assert_num_queries
):
    request.getfixturevalue(fixture)
    with django_assert_num_queries(6):
        assert client.get("/changes/A/RES/59/190").status_code == 200


@pytest.mark.parametrize(
    ("language", "when", "created", "stored"),
    [
        (
            "ar",
            "3 كانون الأول/ديسمبر 2026، الساعة 20:38 بالتوقيت العالمي المنسق",
            "أُنشئ: أُعيد إدخاله من A_RES_59_190.en.txt: المعدّلة: 1",
            "حُفظت في 3 كانون الأول/ديسمبر 2026، الساعة 20:38 بالتوقيت العالمي المنسق: "
            "أُعيد إدخاله من A_RES_59_190.en.txt: المعدّلة: 1",
        ),
        (
            "zh",
            "2026年12月3日 20:38（UTC）",
            "创建：由 A_RES_59_190.en.txt 重新导入：修改 1 处",
            "存储于2026年12月3日 20:38（UTC）：由 A_RES_59_190.en.txt 重新导入：修改 1 处",
        ),
        (
            "en",
            "3 December 2026, 20:38 UTC",
            "created: re-ingested from A_RES_59_190.en.txt: 1 changed",
            "Stored on 3 December 2026, 20:38 UTC: re-ingested from A_RES_59_190.en.txt: 1 changed",
        ),
        (
            "fr",
            "3 décembre 2026 à 20:38 UTC",
            "créé\u00a0: réimporté de A_RES_59_190.en.txt\u00a0: 1 modifié",
            "Enregistrée le 3 décembre 2026 à 20:38 UTC\u00a0: "
            "réimporté de A_RES_59_190.en.txt\u00a0: 1 modifié",
        ),
        (
            "ru",
            "3 декабря 2026 года в 20:38 UTC",
            "создано: повторно загружено из A_RES_59_190.en.txt: изменено: 1",
            "Сохранено 3 декабря 2026 года в 20:38 UTC: "
            "повторно загружено из A_RES_59_190.en.txt: изменено: 1",
        ),
        (
            "es",
            "3 de diciembre de 2026 a las 20:38 UTC",
            "creado: reimportado de A_RES_59_190.en.txt: 1 modificado",
            "Guardada el 3 de diciembre de 2026 a las 20:38 UTC: "
            "reimportado de A_RES_59_190.en.txt: 1 modificado",
        ),
    ],
)
def test_the_change_log_gives_times_and_reasons_in_the_interface_language(
    client, revised, language, when, created, stored
):
    for model in (Resolution, ResolutionText):
        model.history.update(history_date=datetime.datetime(2026, 12, 3, 20, 38, tzinfo=datetime.UTC))
    content = client.get(f"/{language}/changes/A/RES/59/190").content.decode()
    assert content.count(f'<time datetime="2026-12-03T20:38:00+00:00">{when}</time>') == 5
    assert f"<td>{created} · " in content
    [_, second] = versions("en")
    version = client.get(f"/{language}/changes/A/RES/59/190/versions/{second}").content.decode()
    assert f"<p>{stored}</p>" in version
