"""The interface in the six official languages: the language from the URL's prefix, else Accept-Language;
the switcher; <html lang dir>; the cover and closing lines, dates and sessions as the UN prints them."""

import datetime

import pytest
from django.utils import translation
from django.views.defaults import server_error

from archive.models import ResolutionText
from tests.factories import ResolutionFactory, ResolutionTextFactory, SessionFactory

# Per language: <html lang>, dir, the skip link, the cover's adoption line, the closing meeting line and
# date, the session on the cover.
INTERFACE = {
    "ar": (
        "ar",
        "rtl",
        "انتقل إلى المحتوى",
        "قرار اتخذته الجمعية العامة في 20 كانون الأول/ديسمبر 2004",
        "الجلسة العامة 74",
        "20 كانون الأول/ديسمبر 2004",
        "الدورة 59",
    ),
    "zh": (
        "zh-hans",
        "ltr",
        "跳到正文",
        "2004年12月20日大会决议",
        "第74次全体会议",
        "2004年12月20日",
        "第59届会议",
    ),
    "en": (
        "en",
        "ltr",
        "Skip to content",
        "Resolution adopted by the General Assembly on 20 December 2004",
        "74th plenary meeting",
        "20 December 2004",
        "59th session",
    ),
    "fr": (
        "fr",
        "ltr",
        "Aller au contenu",
        "Résolution adoptée par l’Assemblée générale le 20 décembre 2004",
        "74e séance plénière",
        "20 décembre 2004",
        "59e session",
    ),
    "ru": (
        "ru",
        "ltr",
        "Перейти к содержанию",
        "Резолюция, принятая Генеральной Ассамблеей 20 декабря 2004 года",
        "74-е пленарное заседание",
        "20 декабря 2004 года",
        "59-я сессия",
    ),
    "es": (
        "es",
        "ltr",
        "Ir al contenido",
        "Resolución aprobada por la Asamblea General el 20 de diciembre de 2004",
        "74ª sesión plenaria",
        "20 de diciembre de 2004",
        "59º período de sesiones",
    ),
}


# 59/190's agenda item (stored "105 (b)") as each language's cover prints it (CONVENTIONS.md).
AGENDA_ITEM = {
    "ar": "البند 105 (ب) من جدول الأعمال",
    "zh": "议程项目105(b)",
    "en": "Agenda item 105 (b)",
    "fr": "Point 105 b) de l’ordre du jour",
    "ru": "Пункт 105 b повестки дня",
    "es": "Tema 105 b) del programa",
}


def held_in(*languages, number=190, basis=""):
    """59/<number>, adopted at the 74th plenary meeting on 20 December 2004, in these languages."""
    resolution = ResolutionFactory(
        session=SessionFactory(number=59),
        number=number,
        adopted_on=datetime.date(2004, 12, 20),
        meeting=74,
        agenda_items=["105 (b)"],
        basis=basis,
    )
    for language in languages:
        ResolutionTextFactory(resolution=resolution, language=language, title=f"Title in {language}")
    return resolution


def page(client, path, **headers):
    response = client.get(path, **headers)
    assert response.status_code == 200
    return response, response.content.decode()


@pytest.mark.parametrize("code", INTERFACE)
def test_each_language_has_its_chrome_cover_closing_lines_dates_and_direction(
    client, db, code, django_assert_num_queries
):
    html_lang, direction, skip, adopted, meeting, date, session = INTERFACE[code]
    held_in(*ResolutionText.Language.values)
    with django_assert_num_queries(9):  # as any resolution page without a recorded or separate vote
        response, content = page(client, f"/{code}/A/RES/59/190")
    assert response["Content-Language"] == html_lang
    assert f'<html lang="{html_lang}" dir="{direction}">' in content
    assert f'<a class="skip-link" href="#main">{skip}</a>' in content
    assert (
        f'<article class="resolution" lang="{code}" dir="{direction}" aria-labelledby="doc-title">' in content
    )
    assert f'<p><a href="/{code}/sessions/59">{session}</a> ·\n    {AGENDA_ITEM[code]}</p>' in content
    assert f"<p>{adopted}</p>" in content
    assert f'<p>{meeting}</p>\n  <p><time datetime="2004-12-20">{date}</time></p>' in content
    assert ('<link rel="stylesheet" href="/static/css/rtl.css">' in content) is (direction == "rtl")


# The basis line of 59/190 in each language's own form (CONVENTIONS.md).
BASIS = {
    "ar": "[بناء على تقرير اللجنة الثالثة (A/59/503/Add.2)]",
    "zh": "[根据第三委员会的报告(A/59/503/Add.2)通过]",
    "en": "[on the report of the Third Committee (A/59/503/Add.2)]",
    "fr": "[sur la base du rapport de la Troisième Commission (A/59/503/Add.2)]",
    "ru": "[по докладу Третьего комитета (A/59/503/Add.2)]",
    "es": "[sobre la base del informe de la Tercera Comisión (A/59/503/Add.2)]",
}


@pytest.mark.parametrize("code", INTERFACE)
def test_the_basis_stored_in_english_prints_in_the_language_of_each_text(
    client, db, code, django_assert_num_queries
):
    held_in(*ResolutionText.Language.values, basis="on the report of the Third Committee (A/59/503/Add.2)")
    with django_assert_num_queries(9):  # as any resolution page without a recorded or separate vote
        _, content = page(client, f"/{code}/A/RES/59/190")
    assert content.count('<p class="doc-basis">') == 1
    assert f'<p class="doc-basis">{BASIS[code]}</p>' in content
    interface = "es" if code == "fr" else "fr"
    _, other_interface = page(client, f"/{interface}/A/RES/59/190/{code}")
    assert f'<p class="doc-basis">{BASIS[code]}</p>' in other_interface  # the text's, not the interface's


def test_a_basis_of_another_wording_shows_only_around_a_text_of_its_language(client, db):
    held_in("en", "fr", "zh", basis="sur la base du rapport du Comité spécial (A/59/1)")
    _, french = page(client, "/fr/A/RES/59/190")
    assert '<p class="doc-basis">[sur la base du rapport du Comité spécial (A/59/1)]</p>' in french
    for path in ("/en/A/RES/59/190", "/zh/A/RES/59/190", "/fr/A/RES/59/190/en"):
        assert 'class="doc-basis"' not in page(client, path)[1], path


def test_the_cover_and_closing_lines_follow_the_text_shown_not_the_interface(client, db):
    held_in("en")
    _, content = page(client, "/A/RES/59/190", HTTP_ACCEPT_LANGUAGE="fr")
    assert '<html lang="fr" dir="ltr">' in content
    assert '<article class="resolution" lang="en" dir="ltr" aria-labelledby="doc-title">' in content
    assert "<p>Resolution adopted by the General Assembly on 20 December 2004</p>" in content
    assert "<p>74th plenary meeting</p>" in content
    assert '<a class="skip-link" href="#main">Aller au contenu</a>' in content  # the chrome stays French


@pytest.mark.parametrize(
    ("accept", "expected"),
    [
        ("fr-FR,fr;q=0.9,en;q=0.5", "fr"),
        ("zh-CN,zh;q=0.9", "zh-hans"),
        ("zh-TW", "zh-hans"),
        ("ar-EG", "ar"),
        ("de-DE,ru;q=0.8", "ru"),
        ("de-DE", "en"),
        ("", "en"),
    ],
)
def test_without_a_prefix_accept_language_chooses_the_interface(client, db, accept, expected):
    response, content = page(client, "/sessions", HTTP_ACCEPT_LANGUAGE=accept)
    assert f'<html lang="{expected}"' in content
    assert response["Content-Language"] == expected
    assert "Accept-Language" in response["Vary"]


def test_the_prefix_wins_over_accept_language(client, db):
    response, content = page(client, "/ru/sessions", HTTP_ACCEPT_LANGUAGE="fr")
    assert '<html lang="ru" dir="ltr">' in content
    assert "<h1>Сессии</h1>" in content


@pytest.mark.parametrize(
    ("held", "accept", "shown"),
    [
        (("ar", "en", "fr"), "fr", "fr"),  # the reader's language when held
        (("ar", "zh", "en"), "fr", "en"),  # else English
        (("ar", "ru"), "fr", "ar"),  # else the first held in the UN's order
        (("en", "zh"), "zh-CN", "zh"),
    ],
)
def test_a_resolution_opens_in_the_readers_language_when_held(client, db, held, accept, shown):
    held_in(*held)
    _, content = page(client, "/A/RES/59/190", HTTP_ACCEPT_LANGUAGE=accept)
    direction = "rtl" if shown == "ar" else "ltr"
    assert f'<article class="resolution" lang="{shown}" dir="{direction}"' in content


def test_the_switcher_links_the_same_page_in_every_language(client, db):
    _, content = page(client, "/fr/sessions")
    assert (
        '<nav class="interface-languages" aria-label="Langue de l’interface">\n      <ul>\n        \n'
        '        <li><a href="/ar/sessions" hreflang="ar" lang="ar" dir="rtl">العربية</a></li>\n        \n'
        '        <li><a href="/zh/sessions" hreflang="zh" lang="zh" dir="ltr">中文</a></li>\n        \n'
        '        <li><a href="/en/sessions" hreflang="en" lang="en" dir="ltr">English</a></li>\n        \n'
        '        <li><span aria-current="true" lang="fr" dir="ltr">Français</span></li>\n        \n'
        '        <li><a href="/ru/sessions" hreflang="ru" lang="ru" dir="ltr">Русский</a></li>\n        \n'
        '        <li><a href="/es/sessions" hreflang="es" lang="es" dir="ltr">Español</a></li>\n'
    ) in content


@pytest.mark.parametrize(
    ("path", "switched"),
    [
        ("/", "/es/"),
        ("/A/RES/59/190", "/es/A/RES/59/190"),
        ("/zh/A/RES/59/190", "/es/A/RES/59/190/zh"),  # the text the URL names stays
        ("/sessions/59", "/es/sessions/59"),
        ("/sessions/59?page=1&utm_source=x", "/es/sessions/59?page=1"),
        ("/search?q=human+rights&lang=en", "/es/search?q=human+rights&amp;lang=en"),
        ("/changes/A/RES/59/190", "/es/changes/A/RES/59/190"),
    ],
)
def test_the_switcher_keeps_the_page_and_its_query(client, db, path, switched):
    held_in("en", "zh")
    _, content = page(client, path)
    assert f'<li><a href="{switched}" hreflang="es" lang="es" dir="ltr">Español</a></li>' in content


@pytest.mark.parametrize(
    "path", ["/es/", "/es/sessions", "/es/sessions/59", "/es/search?q=agua", "/es/changes/A/RES/59/190"]
)
def test_every_page_answers_under_a_prefix_and_its_header_keeps_it(client, db, path):
    held_in("en")
    _, content = page(client, path)
    assert '<html lang="es" dir="ltr">' in content
    assert (
        '<a class="site-name" href="/es/">Resoluciones de la Asamblea General de las Naciones Unidas</a>'
        in content
    )
    assert '<li><a href="/es/sessions">Períodos de sesiones</a></li>' in content
    assert '<form class="search-form" role="search" action="/es/search" method="get">' in content


def test_a_bare_prefix_is_the_home_page_in_that_language(client, db):
    response = client.get("/ar")
    assert (response.status_code, response["Location"]) == (301, "/ar/")


def test_pages_without_a_prefix_link_without_one(client, db):
    _, content = page(client, "/sessions")
    assert '<a class="site-name" href="/">UN General Assembly resolutions</a>' in content
    assert '<form class="search-form" role="search" action="/search" method="get">' in content


def test_a_session_page_names_its_session_in_the_interface_language(client, db):
    SessionFactory(number=10, kind="emergency")
    held_in("en")
    assert "<title>第59届会议 · 联合国大会决议</title>" in page(client, "/zh/sessions/59")[1]
    assert '<a href="/ru/sessions/59">59-я сессия</a>' in page(client, "/ru/sessions")[1]


@pytest.mark.parametrize(
    ("accept", "detail"),
    [
        ("", "Authentication credentials were not provided."),
        ("fr", "Informations d'authentification non fournies."),
        ("zh-CN", "身份认证信息未提供。"),
    ],
)
def test_the_api_speaks_english_unless_accept_language_asks_otherwise(client, db, accept, detail):
    response = client.post("/api/v1/resolutions/A/RES/59/1/texts", HTTP_ACCEPT_LANGUAGE=accept)
    assert (response.status_code, response.json()["detail"]) == (401, detail)  # DRF's own catalogues


def test_the_server_error_page_speaks_the_readers_language(rf):
    with translation.override("ar"):
        response = server_error(rf.get("/ar/"))
    content = response.content.decode()
    assert response.status_code == 500
    assert '<html lang="ar" dir="rtl">' in content
    assert "<h1>خطأ في الخادم</h1><p>حدث خطأ من جهتنا. يرجى المحاولة مرة أخرى لاحقا.</p>" in content


def test_the_change_log_speaks_the_interface_language(client, successor):
    content = client.get("/fr/changes/A/RES/59/190").content.decode()
    assert "<td>Texte (anglais)</td>" in content
    assert "<td>Texte (chinois)</td>" in content
    assert "<td>créé\u00a0: " in content
    assert "<td>created" not in content and " text</td>" not in content
    assert "<td>créé\u00a0: importé de A_RES_59_190.en.txt · " in content  # the reason too
