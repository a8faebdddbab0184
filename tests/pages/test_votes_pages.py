"""Votes on the pages: a resolution's recorded vote, a resolution known by its record only, a Member
State's page with its agreement with another State."""

from __future__ import annotations

import datetime
import re

import pytest
from django.utils import translation

from archive.models import (
    MemberState,
    MemberStateVote,
    OfficialFile,
    Resolution,
    SeparateStateVote,
    SeparateVote,
)
from archive.pages.listing import vote_summary
from archive.services.deletion import delete_resolutions
from tests.factories import (
    CitationFactory,
    MemberStateVoteFactory,
    ParagraphFactory,
    ResolutionFactory,
    ResolutionTextFactory,
    SeparateVoteFactory,
    SessionFactory,
)

pytestmark = pytest.mark.django_db


def state(code: str) -> MemberState:
    return MemberState.objects.get(code=code)


def recorded(symbol_number: int, session: int, votes: dict[str, str], adopted=None):
    counts = {c: sum(1 for v in votes.values() if v == c) for c in ("yes", "no", "abstain")}
    resolution = ResolutionFactory(
        session=SessionFactory(number=session),
        number=symbol_number,
        vote=Resolution.Vote.RECORDED,
        votes_yes=counts["yes"],
        votes_no=counts["no"],
        votes_abstain=counts["abstain"],
        **({"adopted_on": adopted} if adopted else {}),
    )
    for code, vote in votes.items():
        MemberStateVoteFactory(resolution=resolution, member_state=state(code), vote=vote)
    return resolution


def text(content: bytes) -> str:
    return content.decode()


def test_the_resolution_page_shows_the_vote_chart_and_each_state(
    client, ingest_sample, django_assert_num_queries
):
    ingest_sample("A_RES_55_100-EN.txt")
    with django_assert_num_queries(10):
        content = text(client.get("/en/A/RES/55/100").content)
    assert "106 in favour, 1 against, 67 abstentions" in content
    assert (
        '<rect class="bar-yes" x="0" y="0.15" width="100.0" height="0.7"><title>In favour: 106</title></rect>'
        in content
    )
    assert (
        '<rect class="bar-abstain" x="0" y="2.15" width="63.2" height="0.7">'
        "<title>Abstaining: 67</title></rect>" in content
    )
    assert (
        '<tr class="vote-no"><th scope="row"><a href="/en/member-states/USA">'
        "United States of America</a></th><td>Against</td></tr>"
    ) in content
    assert len(re.findall(r'<tr class="vote-(?:yes|no|abstain)">', content)) == 174


@pytest.mark.parametrize(
    ("language", "caption", "against"),
    [
        (
            "ar",
            "المؤيدون: 106 · المعارضون: 1 · الممتنعون: 67",
            "الولايات المتحدة الأمريكية</a></th><td>المعارضون",
        ),
        ("zh", "赞成：106 · 反对：1 · 弃权：67", "美利坚合众国</a></th><td>反对"),
        (
            "en",
            "In favour: 106 · Against: 1 · Abstaining: 67",
            "United States of America</a></th><td>Against",
        ),
        (
            "fr",
            "Pour\u00a0: 106 · Contre\u00a0: 1 · Abstentions\u00a0: 67",
            "États-Unis d’Amérique</a></th><td>Contre",
        ),
        ("ru", "За: 106 · Против: 1 · Воздержались: 67", "Соединенные Штаты Америки</a></th><td>Против"),
        (
            "es",
            "A favor: 106 · En contra: 1 · Abstenciones: 67",
            "Estados Unidos de América</a></th><td>En contra",
        ),
    ],
)
def test_the_vote_is_written_in_the_interface_language_whatever_the_texts(
    client, ingest_sample, language, caption, against
):
    """The chart's caption as the language writes it, and each Member State by its name in that language."""
    ingest_sample("A_RES_55_100-EN.txt")
    english_text = "" if language == "en" else "/en"  # the English text, in the interface's language
    content = text(client.get(f"/{language}/A/RES/55/100{english_text}").content)
    assert f'<figcaption id="vote-chart-caption">{caption}</figcaption>' in content
    assert f"<title>{caption.split(' · ')[0]}</title>" in content
    assert (
        f'<tr class="vote-no"><th scope="row"><a href="/{language}/member-states/USA">{against}</td></tr>'
        in content
    )


def test_separate_votes_are_shown_apart_with_each_states_vote(client, django_assert_num_queries):
    resolution = ResolutionTextFactory(resolution=ResolutionFactory(recorded=True)).resolution
    SeparateVoteFactory(
        resolution=resolution,
        undl_record=5,
        description="Amendment A/80/L.9",
        votes_yes=50,
        votes_no=60,
        votes_abstain=30,
    )
    part = SeparateVoteFactory(
        resolution=resolution,
        undl_record=6,
        description="Operative paragraph 3",
        states={"USA": "no", "CUB": "yes", "FRA": "abstain"},
    )
    SeparateVote.objects.filter(pk=part.pk).update(voted_on=datetime.date(2025, 12, 3))
    with django_assert_num_queries(12):  # nine, the separate votes, their States, the recorded vote's States
        content = text(client.get(f"/en{resolution.get_absolute_url()}").content)
    assert "150 in favour, 2 against, 10 abstentions" in content
    # the recorded vote has no State's vote: said once for it, once for the amendment
    assert content.count("The archive does not have each Member State's vote.") == 2
    assert (
        '<section class="separate-vote" id="separate-vote-5" aria-labelledby="separate-vote-5-heading">\n'
        '    <h5 id="separate-vote-5-heading"><span lang="en" dir="ltr">Amendment A/80/L.9</span></h5>'
    ) in content
    assert (
        '<rect class="bar-no" x="0" y="1.15" width="100.0" height="0.7"><title>Against: 60</title></rect>'
        in content
    )
    assert (
        '<figcaption id="separate-vote-5-chart-caption">In favour: 50 · Against: 60 · Abstaining: 30'
        in content
    )
    paragraph = content[content.index('id="separate-vote-6"') :]
    assert '<time datetime="2025-12-03">3 December 2025</time>' in paragraph
    rows = re.findall(
        r'<tr class="vote-(\w+)"><th scope="row"><a href="([^"]+)">([^<]+)</a></th><td>([^<]+)</td>',
        paragraph,
    )
    assert rows == [
        ("yes", "/en/member-states/CUB", "Cuba", "In favour"),
        ("abstain", "/en/member-states/FRA", "France", "Abstaining"),
        ("no", "/en/member-states/USA", "United States of America", "Against"),
    ]
    ResolutionTextFactory(resolution=resolution, language="fr")
    french = text(client.get(f"/fr{resolution.get_absolute_url()}").content)
    assert '<a href="/fr/member-states/FRA">France</a></th><td>Abstentions</td>' in french


def test_a_resolution_known_by_its_record_only(client, django_assert_num_queries):
    resolution = ResolutionFactory(
        session=SessionFactory(number=73),
        number=8,
        catalogue_title="Necessity of ending the embargo against Cuba",
        vote=Resolution.Vote.RECORDED,
        votes_yes=189,
        votes_no=2,
        votes_abstain=0,
        draft_symbols=["A/73/L.3"],
        report_symbols=[],
        source=Resolution.Source.HARVESTED,
    )
    OfficialFile.objects.create(
        resolution=resolution, language="fr", url="https://digitallibrary.un.org/x-FR.pdf"
    )
    citing = ParagraphFactory(
        text=ResolutionTextFactory(resolution=ResolutionFactory(number=5)),
        body="Recalling its resolution 73/8,",
    )
    CitationFactory(paragraph=citing, raw="resolution 73/8", target="A/RES/73/8")
    with django_assert_num_queries(6):
        answer = client.get("/A/RES/73/8")
    content = text(answer.content)
    assert answer.status_code == 200
    assert "Text not yet in the archive." in content
    assert (
        '<span class="doc-title" lang="en" dir="ltr">Necessity of ending the embargo against Cuba</span>'
        in content
    )
    assert "189 in favour, 2 against, 0 abstentions" in content
    assert (
        '<li><a href="https://digitallibrary.un.org/x-FR.pdf" hreflang="fr" lang="fr" dir="ltr">Français</a>'
        " — text not yet in the archive</li>"
    ) in content
    assert re.search(r"<h3><a href=\"[^\"]*A/RES/80/5\">A/RES/80/5</a>", content)
    session = text(client.get("/sessions/73").content)
    assert '<th scope="row"><a href="/A/RES/73/8">A/RES/73/8</a></th>' in session
    assert '<td lang="en" dir="ltr">Necessity of ending the embargo against Cuba</td>' in session


def test_a_member_state_page_with_its_agreement(client, django_assert_num_queries):
    from datetime import date

    recorded(1, 79, {"USA": "no", "ISR": "no", "CUB": "yes"}, date(2024, 10, 1))
    recorded(2, 80, {"USA": "no", "ISR": "yes", "CUB": "yes"}, date(2025, 10, 1))
    recorded(3, 80, {"USA": "abstain", "ISR": "abstain", "CUB": "non_voting"}, date(2025, 10, 2))
    # A separate vote in which the two agreed, on a resolution adopted without a vote: listed apart, in no
    # figure of the votes on the whole.
    fourth = ResolutionFactory(session=SessionFactory(number=80), number=4, adopted_on=date(2025, 10, 3))
    SeparateVoteFactory(resolution=fourth, undl_record=41, states={"USA": "yes", "ISR": "yes", "CUB": "no"})
    with django_assert_num_queries(6):
        content = text(client.get("/member-states/USA?with=ISR").content)
    with django_assert_num_queries(1):  # cached by its version
        assert text(client.get("/member-states/USA?with=ISR").content) == content
    MemberStateVote.objects.filter(member_state__code="ISR", resolution__number=2).update(vote="no")
    Resolution.objects.filter(number=2, session__number=80).touch()  # as the services and the admin do
    assert "</svg> 50 %</td>" not in text(client.get("/member-states/USA?with=ISR").content)
    assert "<h1>United States of America</h1>" in content
    rows = re.findall(
        r'<tr>\s*<th scope="row"><a href="(/sessions/\d+)">[^<]+</a></th>\s*((?:<td>\d+</td>){4})', content
    )
    assert rows == [
        ("/sessions/80", "<td>0</td><td>1</td><td>1</td><td>0</td>"),
        ("/sessions/79", "<td>0</td><td>1</td><td>0</td><td>0</td>"),
    ]
    agreement = re.findall(r'<a href="(/sessions/\d+)">[^<]+</a></th><td>(\d+)</td><td>(\d+)</td>', content)
    assert agreement == [("/sessions/80", "2", "1"), ("/sessions/79", "1", "1")]
    assert "</svg> 50 %</td>" in content and "</svg> 100 %</td>" in content
    assert '<option value="ISR" selected>Israel</option>' in content
    latest = re.findall(r'<tr class="vote-\w+"><th scope="row"><a href="([^"]+)">', content)
    assert latest == ["/A/RES/80/3", "/A/RES/80/2", "/A/RES/79/1", "/A/RES/80/4#separate-vote-41"]
    assert '<td lang="en" dir="ltr">Operative paragraph 2</td><td></td><td>In favour</td></tr>' in content
    assert '<a href="/api/v1/member-states/USA/separate-votes/?format=csv">These votes as CSV</a>' in content
    SeparateStateVote.objects.filter(member_state__code="USA").update(vote="no")
    Resolution.objects.filter(pk=fourth.pk).touch()
    changed = text(client.get("/member-states/USA").content)
    assert "<td>Against</td></tr>" in changed.split("separate-heading")[-1]


def test_a_member_state_pages_rows_escape_what_they_show(client):
    """The rows are built outside the template (`archive.pages.votes`): what they show is escaped there."""
    SeparateVoteFactory(
        resolution=ResolutionFactory(session=SessionFactory(number=79), number=2),
        undl_record=41,
        description='Paragraph 2 <b>"as amended"</b> & annex',
        states={"USA": "yes"},
    )
    content = text(client.get("/fr/member-states/USA").content)
    assert (
        '<td lang="en" dir="ltr">Paragraph 2 &lt;b&gt;&quot;as amended&quot;&lt;/b&gt; &amp; annex</td>'
        "<td></td><td>Pour</td></tr>"
    ) in content
    assert '<a href="/fr/A/RES/79/2#separate-vote-41">A/RES/79/2</a>' in content


# A session and a date as each interface prints them: the 79th session, 1 and 3 October 2024.
PRINTED = {
    "ar": ("الدورة 79", "1 تشرين الأول/أكتوبر 2024", "3 تشرين الأول/أكتوبر 2024"),
    "zh": ("第79届会议", "2024年10月1日", "2024年10月3日"),
    "en": ("79th session", "1 October 2024", "3 October 2024"),
    "fr": ("79e session", "1er octobre 2024", "3 octobre 2024"),
    "ru": ("79-я сессия", "1 октября 2024 года", "3 октября 2024 года"),
    "es": ("79º período de sesiones", "1 de octubre de 2024", "3 de octubre de 2024"),
}


@pytest.mark.parametrize("language", PRINTED)
def test_a_member_state_page_names_sessions_and_dates_in_the_interface_language(client, language):
    from datetime import date

    recorded(1, 79, {"USA": "no", "ISR": "no"}, date(2024, 10, 1))
    SeparateVoteFactory(
        resolution=ResolutionFactory(session=SessionFactory(number=79), number=2),
        undl_record=41,
        description="Paragraph 2",
        voted_on=date(2024, 10, 3),
        states={"USA": "yes"},
    )
    session, adopted, voted = PRINTED[language]
    content = text(client.get(f"/{language}/member-states/USA?with=ISR").content)
    link = f'<a href="/{language}/sessions/79">{session}</a>'
    assert content.count(link) == 2  # its votes by session and its agreement with Israel
    assert f'<time datetime="2024-10-01">{adopted}</time>' in content
    assert f'<time datetime="2024-10-03">{voted}</time>' in content
    page = text(client.get(f"/{language}/A/RES/79/2").content)
    assert f'<p><time datetime="2024-10-03">{voted}</time></p>' in page  # the separate vote on its page


def test_a_member_state_pages_version_is_the_archives(client):
    """The ETag of a State's page, with or without another State (`?with=`), is the archive's version, as
    the API's answers about States: it changes with a resolution touched (as every write of a vote through
    a service or the admin does), added or deleted; asked again with its ETag in the meantime: 304."""
    voted = recorded(1, 79, {"USA": "no", "ISR": "no"})

    def tags() -> tuple[str, str]:
        return client.get("/member-states/USA")["ETag"], client.get("/member-states/USA?with=ISR")["ETag"]

    first = tags()
    assert tags() == first and first[0] != first[1]
    assert client.get("/member-states/USA", HTTP_IF_NONE_MATCH=first[0]).status_code == 304
    Resolution.objects.filter(pk=voted.pk).touch()
    second = tags()
    assert second[0] != first[0] and second[1] != first[1]
    added = recorded(2, 79, {"CUB": "yes"})
    third = tags()
    assert third[0] not in (first[0], second[0]) and third[1] not in (first[1], second[1])
    delete_resolutions(resolutions=Resolution.objects.filter(pk=added.pk))
    assert tags() == second  # the archive as it was before the addition: the same pages
    assert client.get("/member-states/USA", HTTP_IF_NONE_MATCH=third[0]).status_code == 200


def test_a_member_state_without_votes_is_shown_without_a_version(client):
    answer = client.get("/member-states/SUN")
    assert answer.status_code == 200
    assert "ETag" not in answer
    assert "The archive holds no recorded vote of this Member State." in text(answer.content)


def test_former_states_have_pages_and_an_unknown_code_is_a_clear_404(client):
    assert client.get("/member-states/SUN").status_code == 200
    assert "Union of Soviet Socialist Republics" in text(client.get("/member-states").content)
    assert client.get("/member-states/XYZ").status_code == 404
    answer = client.get("/member-states/USA?with=XYZ")
    assert answer.status_code == 404
    assert "There is no other Member State with the code XYZ." in text(answer.content)


@pytest.mark.parametrize(
    ("language", "abstentions", "summary"),
    [
        ("en", 1, "106 in favour, 1 against, 1 abstention"),
        ("en", 0, "106 in favour, 1 against, 0 abstentions"),
        ("fr", 0, "106 voix pour, 1 voix contre et 0 abstention"),
        ("fr", 67, "106 voix pour, 1 voix contre et 67 abstentions"),
        ("es", 1, "106 votos a favor, 1 en contra y 1 abstención"),
        ("es", 0, "106 votos a favor, 1 en contra y 0 abstenciones"),
        ("ru", 1, "106 — за, 1 — против, 1 — воздержались"),
        ("zh", 1, "106票赞成、1票反对、1票弃权"),
        ("ar", 1, "106 مؤيدا مقابل 1 معارضا، وامتناع 1 عن التصويت"),
    ],
)
def test_the_vote_summary_agrees_with_its_number_of_abstentions(language, abstentions, summary):
    resolution = Resolution(
        vote=Resolution.Vote.RECORDED, votes_yes=106, votes_no=1, votes_abstain=abstentions
    )
    with translation.override(language):
        assert vote_summary(resolution) == summary


def test_the_agreement_share_is_rounded_as_floatformat_rounds_it():
    """Whole percent, a half rounded up, from the counts: as `floatformat:0` prints the share, for every
    count of votes up to 200."""
    from django.template.defaultfilters import floatformat

    from archive.pages.votes import Agreement

    def rounded(same: int, together: int) -> int:
        return Agreement("", "", together, same, 100 * same / together, "regular", 79).rounded

    assert [rounded(1, 8), rounded(1, 3), rounded(2, 3), rounded(0, 5), rounded(5, 5)] == [13, 33, 67, 0, 100]
    assert all(
        str(rounded(same, together)) == floatformat(100 * same / together, 0)
        for together in range(1, 201)
        for same in range(together + 1)
    )


def _plotted(content: str, label: str) -> str:
    """The chart (an <svg> of archive.pages.charts) named `label`."""
    return re.search(rf'<svg [^>]*aria-label="{re.escape(label)}".*?</svg>', content, re.S).group(0)


def _lines(chart: str) -> list[list[tuple[float, float]]]:
    """The points of each line of a chart, in the order drawn (leather writes "M x y L x y …", its
    numbers Decimals: "0E-25" is 0)."""
    lines = []
    for path in re.findall(r'<path [^>]*d="([^"]+)"', chart):
        numbers = [round(float(token), 6) for token in path.split() if token not in ("M", "L")]
        lines.append(list(zip(numbers[::2], numbers[1::2], strict=True)))
    return lines


def test_a_member_state_page_plots_its_votes_and_agreement_over_the_regular_sessions(client):
    """Two charts drawn by leather beside their tables: the State's votes in favour, against and abstaining
    in each regular session (a line each, in its colour, named in the interface language), and its
    agreement with the other State in percent; a special session stays in the tables, off the time axis."""
    recorded(1, 78, {"USA": "no", "ISR": "no"})
    recorded(2, 80, {"USA": "no", "ISR": "yes"})
    recorded(3, 80, {"USA": "yes", "ISR": "yes"})
    special = ResolutionFactory(
        session=SessionFactory(kind="special", number=10),
        number=1,
        vote=Resolution.Vote.RECORDED,
        votes_yes=2,
        votes_no=0,
        votes_abstain=0,
    )
    for code in ("USA", "ISR"):
        MemberStateVoteFactory(resolution=special, member_state=state(code), vote="yes")
    content = text(client.get("/fr/member-states/USA?with=ISR").content)

    votes = _plotted(content, "Ses votes enregistrés, session par session")
    assert re.findall(r'fill="(#\w+)" /><text [^>]*>([^<]+)</text>', votes) == [
        ("#2e7d32", "Pour"),
        ("#c62828", "Contre"),
        ("#757575", "Abstentions"),
    ]
    assert re.findall(r'<path stroke="(#\w+)"', votes) == ["#2e7d32", "#c62828", "#757575"]
    yes, no, abstain = _lines(votes)
    assert [len(yes), len(no), len(abstain)] == [2, 2, 2]  # sessions 78 and 80, not the special session
    assert yes[0][0] == no[0][0] == abstain[0][0] == 0  # session 78 at the start
    assert yes[1][0] == no[1][0] == abstain[1][0] > 0  # session 80 at the end
    # One against in 78 and in 80, one in favour in 80: the highest count, at the top; none at the bottom.
    assert no[0][1] == no[1][1] == yes[1][1] == 0
    assert yes[0][1] == abstain[0][1] == abstain[1][1] > 0
    assert re.findall(r">(\d+)</text>", votes) == ["78", "79", "80", "1", "0"]  # whole numbers

    caption = "Fréquence des votes identiques de États-Unis d’Amérique et Israël, session par session"
    assert f"<caption>{caption}</caption>" in content
    together = _plotted(content, caption)
    assert re.findall(r'<path stroke="(#\w+)"', together) == ["#005a9c"]  # the agreement bars' accent
    [line] = _lines(together)
    assert len(line) == 2 and line[0][0] == 0 < line[1][0]  # 78 and 80
    assert line[0][1] == 0  # 100 % alike in 78
    zero = float(re.search(r'y="([\d.]+)" dy="0.32em"[^>]*>0 %</text>', together).group(1))
    assert line[1][1] == zero / 2  # 50 % in 80
    assert content.count('<figure class="chart">') == 2
    note = "Le graphique montre les sessions ordinaires ; le tableau donne toutes les sessions."
    assert content.count(f"<figcaption>{note}</figcaption>") == 2
    assert '<a href="/fr/sessions/S-10">' in content  # the special session in the tables


def test_a_member_state_in_one_regular_session_has_its_tables_and_no_chart(client):
    recorded(1, 79, {"USA": "no", "ISR": "no"})
    content = text(client.get("/member-states/USA?with=ISR").content)
    assert '<table class="votes-by-session">' in content and '<table class="agreement">' in content
    assert "<figure" not in content and "<svg xmlns" not in content


def test_chart_ticks_are_whole_numbers_at_a_round_step():
    from archive.pages.charts import _whole_ticks

    assert _whole_ticks(78, 80) == [78, 79, 80]
    assert _whole_ticks(0, 1) == [0, 1]
    assert _whole_ticks(1, 80) == [10, 20, 30, 40, 50, 60, 70, 80]
    assert _whole_ticks(0, 57) == [0, 10, 20, 30, 40, 50]
    assert _whole_ticks(0, 150) == [0, 20, 40, 60, 80, 100, 120, 140]
    assert _whole_ticks(0, 1000) == [0, 200, 400, 600, 800, 1000]
