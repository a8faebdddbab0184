"""Home, sessions index, session page, and the search box sending a symbol to its resolution."""

import pytest

from archive.models import Session
from archive.pages.views.sessions import SessionDetailView
from tests.factories import ResolutionTextFactory, SessionFactory


def page(client, path):
    response = client.get(path)
    assert response.status_code == 200
    return response.content.decode()


def test_home_shows_holdings_per_language_and_session_a_search_box_and_recent_additions(client, successor):
    content = page(client, "/")
    assert '<p class="totals">2 resolutions.' in content
    assert (
        '<span class="total" lang="zh" dir="ltr">中文</span> 1, '
        '<span class="total" lang="en" dir="ltr">English</span> 2,' in content
    )
    assert (
        '<th scope="row"><a href="/sessions/59">59th session</a></th>\n      <td>1</td>\n      '
        "<td>0</td><td>1</td><td>1</td><td>0</td><td>0</td><td>0</td>"
    ) in content
    assert '<form class="search-form" role="search" action="/search" method="get">' in content
    assert content.count('role="search"') == 1
    recent = content.split('id="recent-heading"')[1]
    assert recent.index('<a href="/A/RES/60/155">A/RES/60/155</a>') < recent.index(
        '<a href="/A/RES/59/190">A/RES/59/190</a>'
    )


@pytest.mark.parametrize(
    ("language", "sentence", "separator", "full_stop"),
    [
        ("zh", "2项决议。各语文文本：", "、", "。"),
        ("ar", "عدد القرارات: 2. النصوص حسب اللغة:", "، ", "."),
        ("fr", "2 résolutions. Textes par langue\u00a0:", ", ", "."),
    ],
)
def test_home_writes_its_totals_with_the_languages_punctuation(
    client, successor, language, sentence, separator, full_stop
):
    content = page(client, f"/{language}/")
    arabic = '<span class="total" lang="ar" dir="rtl">العربية</span> 0'
    assert f'<p class="totals">{sentence}\n    {arabic}{separator}<span class="total" lang="zh"' in content
    assert f'<span class="total" lang="es" dir="ltr">Español</span> 0{full_stop}</p>' in content


def test_home_runs_three_queries(client, successor, django_assert_num_queries):
    with django_assert_num_queries(3):
        page(client, "/")


def test_sessions_index_groups_regular_special_and_emergency_sessions_newest_first(client, db):
    for kind, number in [("regular", 59), ("emergency", 10), ("regular", 80), ("special", 27)]:
        Session.objects.create(kind=kind, number=number)
    content = page(client, "/sessions")
    headings = ["Regular sessions", "Special sessions", "Emergency special sessions"]
    assert [content.index(f">{h}</h2>") for h in headings] == sorted(
        content.index(f">{h}</h2>") for h in headings
    )
    assert content.index('href="/sessions/80"') < content.index('href="/sessions/59"')
    assert '<a href="/sessions/S-27">27th special session</a>' in content
    assert '<a href="/sessions/ES-10">10th emergency special session</a>' in content


def test_session_page_lists_its_resolutions(client, successor):
    content = page(client, "/sessions/59")
    assert '<h1>59th session <span class="years">(2004)</span></h1>' in content
    assert '<h1>第59届会议 <span class="years">（2004）</span></h1>' in page(client, "/zh/sessions/59")
    assert "<p>1 resolution in the archive.</p>" in content
    assert '<th scope="row"><a href="/A/RES/59/190">A/RES/59/190</a></th>' in content
    assert '<td><time datetime="2004-12-20">20 December 2004</time></td>' in content
    assert "<td>vote not recorded</td>" in content
    assert (
        '<td class="languages"><a href="/zh/A/RES/59/190" hreflang="zh" lang="zh" dir="ltr">中文</a> '
        '<a href="/en/A/RES/59/190" hreflang="en" lang="en" dir="ltr">English</a></td>'
    ) in content
    assert "A/RES/60/155" not in content


def eightieth_session(*numbers: int) -> None:
    """Resolutions of the 80th session, each with an English text."""
    for number in numbers:
        ResolutionTextFactory(resolution__session=SessionFactory(number=80), resolution__number=number)


def test_session_page_is_paginated_with_a_constant_number_of_queries(client, db, django_assert_num_queries):
    eightieth_session(1, 2, 3, 4, 5)
    with django_assert_num_queries(5):
        content = page(client, "/sessions/80")
    assert content.index("A/RES/80/1<") < content.index("A/RES/80/2<") < content.index("A/RES/80/5<")


def test_session_page_pages_through_its_resolutions(client, db, monkeypatch):
    monkeypatch.setattr(SessionDetailView, "paginate_by", 2)
    eightieth_session(1, 2, 3, 4, 5)
    content = page(client, "/sessions/80?page=2")
    assert "<p>5 resolutions in the archive.</p>" in content
    assert '<a href="/A/RES/80/3">A/RES/80/3</a>' in content
    assert '<a href="/A/RES/80/4">A/RES/80/4</a>' in content
    assert "A/RES/80/5<" not in content
    assert '<a rel="prev" href="?page=1">Previous page</a>' in content
    assert "<span>Page 2 of 3</span>" in content
    assert '<a rel="next" href="?page=3">Next page</a>' in content
    assert client.get("/sessions/80?page=9").status_code == 404


def test_a_session_without_resolutions_is_a_404(client, db):
    assert client.get("/sessions/12").status_code == 404


def test_a_session_is_found_only_by_its_prefix_as_symbols_print_it(client, successor):
    assert client.get("/sessions/59").status_code == 200
    assert client.get("/sessions/059").status_code == 404


@pytest.mark.parametrize("query", ["59/190", "A/RES/59/190", "a/res/59/190/"])
def test_search_sends_a_symbol_straight_to_its_resolution(client, db, query):
    response = client.get("/search", {"q": query})
    assert response.status_code == 302
    assert response["Location"] == "/A/RES/59/190"
