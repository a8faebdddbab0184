"""Reads on replicas: which database the router names in each case, how the middleware pins a client that
wrote, and how DATABASE_REPLICA_URLS becomes settings. (Against a real standby: test_streaming_standby.)"""

import itertools
import json
import time
from unittest import mock

import pytest
from django.db import router, transaction
from django.http import HttpResponse
from django.test import RequestFactory
from django.utils.connection import ConnectionDoesNotExist

from archive.models import Resolution
from archive.replicas import PIN_COOKIE, ReplicaReadsMiddleware, replica_for_reads
from archive.services.ingestion import ingest

from .conftest import SAMPLES, environment, manage

ROUTER = ["archive.replicas.ReplicaRouter"]


@pytest.fixture
def replica_router(settings):
    settings.DATABASE_ROUTERS = ROUTER


@pytest.fixture
def reads_on(replica_router):
    """Run the test as a request whose reads go to replica_2."""
    token = replica_for_reads.set("replica_2")
    yield
    replica_for_reads.reset(token)


def test_outside_a_request_reads_and_writes_go_to_the_primary(replica_router):
    assert (Resolution.objects.all().db, router.db_for_write(Resolution)) == ("default", "default")


def test_a_request_reads_its_replica_and_writes_the_primary(reads_on):
    assert (Resolution.objects.all().db, router.db_for_write(Resolution)) == ("replica_2", "default")


def test_reads_in_a_transaction_on_the_primary_see_its_writes(reads_on, transactional_db):
    with transaction.atomic():
        assert Resolution.objects.all().db == "default"
    assert Resolution.objects.all().db == "replica_2"


def test_the_ingestion_service_reads_its_own_writes_on_the_primary(reads_on, transactional_db):
    """Its reads run in its transaction: none goes to replica_2 (which does not exist here)."""
    source = SAMPLES / "zh" / "A_RES_59_190.txt"
    outcome = ingest(data=source.read_bytes(), filename=source.name)

    assert (outcome.status, outcome.symbol) == ("created", "A/RES/59/190")
    with pytest.raises(ConnectionDoesNotExist, match="The connection 'replica_2' doesn't exist"):
        Resolution.objects.get(symbol="A/RES/59/190")  # outside a transaction: the request's replica


def test_migrations_run_on_the_primary_only(replica_router):
    assert [router.allow_migrate(alias, "archive") for alias in ("default", "replica_1")] == [True, False]
    assert router.allow_relation(Resolution(), Resolution()) is True


def answer_with_the_reads_database(request):
    return HttpResponse(replica_for_reads.get() or "default")


@pytest.fixture
def middleware(settings):
    """The middleware of a site with two replicas, pinning for 5 seconds."""
    settings.DATABASE_PRIMARY_PIN_SECONDS = 5
    middleware = ReplicaReadsMiddleware(answer_with_the_reads_database)
    middleware.replicas = itertools.cycle(["replica_1", "replica_2"])
    return middleware


def reads(response) -> str:
    return response.content.decode()


def test_requests_that_change_nothing_take_the_replicas_in_turn(middleware):
    factory = RequestFactory()
    requests = [factory.get("/"), factory.head("/"), factory.options("/"), factory.get("/api/v1/")]
    assert [reads(middleware(request)) for request in requests] == [
        "replica_1",
        "replica_2",
        "replica_1",
        "replica_2",
    ]
    assert replica_for_reads.get() is None  # after the request, the primary again


@pytest.mark.parametrize("method", ["post", "put", "patch", "delete"])
def test_a_request_that_writes_reads_the_primary_and_pins_its_client(middleware, method):
    response = middleware(getattr(RequestFactory(), method)("/api/v1/resolutions/"))

    assert reads(response) == "default"
    cookie = response.cookies[PIN_COOKIE]
    assert (cookie["max-age"], cookie["httponly"], cookie["samesite"], cookie["path"]) == (
        5,
        True,
        "Lax",
        "/",
    )
    signed = RequestFactory(headers={"cookie": f"{PIN_COOKIE}={cookie.value}"}).get("/")
    assert signed.get_signed_cookie(PIN_COOKIE, salt=PIN_COOKIE, max_age=5) == "1"


def test_the_client_reads_the_primary_within_the_pin_window(middleware):
    pin = middleware(RequestFactory().post("/admin/")).cookies[PIN_COOKIE].value
    factory = RequestFactory(headers={"cookie": f"{PIN_COOKIE}={pin}"})

    assert [reads(middleware(factory.get("/"))) for _ in range(2)] == ["default", "default"]
    assert PIN_COOKIE not in middleware(factory.get("/")).cookies  # reads do not extend the pin


def test_after_the_pin_window_the_client_reads_a_replica_again(middleware):
    with mock.patch("django.core.signing.time.time", return_value=time.time() - 6):
        pin = middleware(RequestFactory().post("/admin/")).cookies[PIN_COOKIE].value

    assert (
        reads(middleware(RequestFactory(headers={"cookie": f"{PIN_COOKIE}={pin}"}).get("/"))) == "replica_1"
    )


def test_a_pin_cookie_not_signed_here_is_ignored(middleware):
    forged = RequestFactory(headers={"cookie": f"{PIN_COOKIE}=1"})
    assert reads(middleware(forged.get("/"))) == "replica_1"


def test_the_request_is_unpinned_when_its_view_raises():
    def failing_view(request):
        raise RuntimeError("view failed")

    middleware = ReplicaReadsMiddleware(failing_view)
    middleware.replicas = itertools.cycle(["replica_1"])
    with pytest.raises(RuntimeError, match="view failed"):
        middleware(RequestFactory().get("/"))
    assert replica_for_reads.get() is None


SHOW_SETTINGS = (
    "import json; from django.conf import settings; print(json.dumps({'databases': settings.DATABASES, "
    "'routers': settings.DATABASE_ROUTERS, 'middleware': settings.MIDDLEWARE[:2]}, default=str))"
)
DEPLOYMENT = {
    "DJANGO_SECRET_KEY": "test-suite-secret-key",
    "DATABASE_URL": "postgres://archive:secret@primary.internal:5432/archive",
    "ARCHIVE_RELEASE": "test",
}


def deployed_settings(**variables: str) -> dict:
    result = manage(
        "shell", "--verbosity", "0", "-c", SHOW_SETTINGS, env=environment(**DEPLOYMENT, **variables)
    )
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout.splitlines()[-1])


PRIMARY_OPTIONS = {  # as the primary's options
    "options": "-c statement_timeout=15000 -c random_page_cost=1.1",
    "server_side_binding": True,
    "prepare_threshold": 5,
}


def test_replica_urls_become_databases_with_the_primarys_options_and_the_router():
    shown = deployed_settings(
        DATABASE_REPLICA_URLS="postgres://reader:pw@replica-a.internal:5433/archive?sslmode=require, "
        "postgresql://reader:pw@replica-b.internal/archive"
    )

    default, first, second = (shown["databases"][alias] for alias in ("default", "replica_1", "replica_2"))
    assert list(shown["databases"]) == ["default", "replica_1", "replica_2"]
    assert {key: first[key] for key in ("NAME", "USER", "PASSWORD", "HOST", "PORT", "OPTIONS")} == {
        "NAME": "archive",
        "USER": "reader",
        "PASSWORD": "pw",
        "HOST": "replica-a.internal",
        "PORT": 5433,
        "OPTIONS": {**PRIMARY_OPTIONS, "sslmode": "require"},
    }
    assert (second["HOST"], second["PORT"], second["OPTIONS"]) == (
        "replica-b.internal",
        "",
        PRIMARY_OPTIONS,
    )
    for replica in (first, second):
        assert {key: replica[key] for key in ("ENGINE", "CONN_MAX_AGE", "CONN_HEALTH_CHECKS")} == {
            key: default[key] for key in ("ENGINE", "CONN_MAX_AGE", "CONN_HEALTH_CHECKS")
        }
        assert (replica["TEST"]["MIRROR"], replica["TEST"]["NAME"]) == ("default", None)
    assert shown["routers"] == ROUTER
    assert shown["middleware"] == [
        "archive.serving.request_log.RequestLogMiddleware",
        "archive.replicas.ReplicaReadsMiddleware",
    ]


def test_without_replicas_there_is_no_router():
    shown = deployed_settings()
    assert (list(shown["databases"]), shown["routers"]) == (["default"], [])
    assert "archive.replicas.ReplicaReadsMiddleware" not in shown["middleware"]
