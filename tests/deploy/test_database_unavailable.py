"""While the database refuses connections: a 503 page, or a JSON 503 under /api/, never a 500."""

from contextlib import contextmanager

import pytest
from django.db import InterfaceError, OperationalError, connection

from archive.serving.database_unavailable import MESSAGE


@contextmanager
def database_refusing(error: type[Exception]):
    """Every query fails with `error` inside the block (the test's own transaction is left alone)."""

    def refuse(*args, **kwargs):
        raise error("the server closed the connection")

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(connection, "cursor", refuse)
        yield


@pytest.fixture(params=[OperationalError, InterfaceError])
def error(request):
    return request.param


@pytest.mark.parametrize("path", ["/", "/sessions", "/A/RES/80/1"])
def test_pages_answer_503(client, db, error, path):
    with database_refusing(error):
        response = client.get(path)
    assert response.status_code == 503
    assert response.headers["Retry-After"] == "30"
    assert response.headers["Content-Type"] == "text/html; charset=utf-8"
    assert "<h1>Temporarily unavailable</h1>" in response.text
    assert f"<p>{MESSAGE}</p>" in response.text.replace("&#x27;", "'")


@pytest.mark.parametrize(
    "path", ["/api/v1/resolutions/", "/api/v1/resolutions/A/RES/80/1", "/api/v1/sessions/"]
)
def test_the_api_answers_json_503(client, db, error, path):
    with database_refusing(error):
        response = client.get(path)
    assert response.status_code == 503
    assert response.headers["Retry-After"] == "30"
    assert response.json() == {"detail": MESSAGE}
