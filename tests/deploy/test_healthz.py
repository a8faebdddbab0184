"""/healthz answers whether the database does."""

from django.db import OperationalError

from .test_database_unavailable import database_refusing


def test_healthy(client, db):
    response = client.get("/healthz")
    assert (response.status_code, response.json()) == (200, {"status": "ok", "database": "ok"})
    assert response.headers["Cache-Control"] == "max-age=0, no-cache, no-store, must-revalidate, private"


def test_database_unreachable(client, db):
    with database_refusing(OperationalError):
        response = client.get("/healthz")
    assert response.status_code == 503
    assert response.json() == {"status": "unavailable", "database": "unreachable"}


def test_only_reads(client, db):
    assert client.post("/healthz").status_code == 405
