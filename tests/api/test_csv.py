"""The resolution list as CSV: the page's rows in fixed columns, in the same queries as JSON."""

import csv
import io

from archive.models import Resolution
from tests.factories import ResolutionFactory, ResolutionTextFactory, SessionFactory

HEADER = (
    "symbol,session.kind,session.number,number,parts,adopted_on,meeting,vote.kind,languages,"
    "titles.ar,titles.zh,titles.en,titles.fr,titles.ru,titles.es,catalogue_title,url,page_url"
)


def test_the_list_as_csv(client, db, django_assert_num_queries):
    first = ResolutionFactory(number=101, recorded=True)
    ResolutionTextFactory(resolution=first, title='Oceans, seas and "the law"')
    ResolutionTextFactory(resolution=first, language="fr", title="Les océans")
    ResolutionTextFactory(
        resolution=ResolutionFactory(session=SessionFactory(kind="special", number=27), number=2)
    )

    with django_assert_num_queries(
        3
    ):  # as JSON: the count, the page's ids and versions, its rows with titles
        response = client.get("/api/v1/resolutions/", {"format": "csv"})
    assert (response.status_code, response["Content-Type"]) == (200, "text/csv; charset=utf-8")
    title = Resolution.objects.get(number=2).texts.get().title
    assert response.content.decode().split("\r\n") == [
        HEADER,
        "A/RES/80/101,regular,80,101,,2025-10-14,18,recorded,en fr,,,"
        '"Oceans, seas and ""the law""",Les océans,,,,'
        "http://testserver/api/v1/resolutions/A/RES/80/101,http://testserver/A/RES/80/101",
        f"A/RES/S-27/2,special,27,2,,2025-10-14,18,unknown,en,,,{title},,,,,"
        "http://testserver/api/v1/resolutions/A/RES/S-27/2,http://testserver/A/RES/S-27/2",
        "",
    ]
    by_accept = client.get("/api/v1/resolutions/", HTTP_ACCEPT="text/csv")
    assert by_accept.content == response.content
    assert len(list(csv.reader(io.StringIO(response.content.decode())))) == 3


def test_errors_stay_json(client, db):
    response = client.get("/api/v1/resolutions/", {"format": "csv", "has_vote": "maybe"})
    assert (response.status_code, response["Content-Type"]) == (400, "application/json")
