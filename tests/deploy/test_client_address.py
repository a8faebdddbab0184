"""The client's address comes from TRUSTED_PROXY_COUNT trusted proxies, one rule for the API's limit, the
login lockout and the logs: an X-Forwarded-For the client writes itself is never believed."""

import logging

import pytest
from django.conf import settings
from django.core.cache import cache
from django.test import Client
from rest_framework.test import APIClient

PROXY = "10.0.0.2"  # compose's nginx, as gunicorn sees it


@pytest.fixture
def proxies(settings):
    """Set TRUSTED_PROXY_COUNT as settings.py does from the environment (DRF re-reads its settings)."""

    def trust(count: int):
        settings.TRUSTED_PROXY_COUNT = count
        settings.REST_FRAMEWORK = {**settings.REST_FRAMEWORK, "NUM_PROXIES": count}

    return trust


@pytest.fixture
def logged(caplog):
    loggers = [logging.getLogger(name) for name in ("archive.requests", "archive.security")]
    for logger in loggers:
        logger.addHandler(caplog.handler)
    yield lambda name: [dict(r.fields) for r in caplog.records if r.name == name]
    for logger in loggers:
        logger.removeHandler(caplog.handler)


def test_without_trusted_proxies_a_forged_x_forwarded_for_does_not_lift_the_api_limit(db, settings, proxies):
    proxies(0)
    settings.API_ANON_RATE = "2/minute"
    cache.clear()
    client = APIClient()
    statuses = [
        client.get(
            "/api/v1/sessions/", HTTP_X_FORWARDED_FOR=f"198.51.100.{i}", REMOTE_ADDR="203.0.113.7"
        ).status_code
        for i in range(4)
    ]
    assert statuses == [200, 200, 429, 429]


def test_behind_one_proxy_the_address_it_appended_counts_not_what_the_client_wrote(db, settings, proxies):
    proxies(1)
    settings.API_ANON_RATE = "2/minute"
    cache.clear()
    client = APIClient()

    def get(forged: str, real: str) -> int:
        xff = f"{forged}, {real}"
        return client.get("/api/v1/sessions/", HTTP_X_FORWARDED_FOR=xff, REMOTE_ADDR=PROXY).status_code

    assert [get(f"198.51.100.{i}", "203.0.113.7") for i in range(3)] == [200, 200, 429]
    assert get("198.51.100.9", "203.0.113.8") == 200  # another client behind the same proxy


def test_the_request_log_names_the_client_behind_the_proxy_and_the_user(
    db, proxies, logged, django_user_model
):
    proxies(1)
    client = Client()
    client.force_login(django_user_model.objects.create_user("alice", password="a-long-password"))
    client.get("/healthz", HTTP_X_FORWARDED_FOR="1.2.3.4, 203.0.113.7", REMOTE_ADDR=PROXY)
    [entry] = logged("archive.requests")
    assert (entry["client"], entry["user"]) == ("203.0.113.7", "alice")


@pytest.fixture
def editors(db, django_user_model):
    for name in ("alice", "bob"):
        django_user_model.objects.create_superuser(name, password=f"{name}-the-right-password")


def log_in(client: Client, username: str, password: str, address: str):
    return client.post(
        "/admin/login/?next=/admin/",
        {"username": username, "password": password},
        HTTP_X_FORWARDED_FOR=address,
        REMOTE_ADDR=PROXY,
    )


def test_two_editors_behind_one_proxy_address_do_not_lock_each_other_out(editors, proxies, logged):
    """Behind the TLS proxy every editor may share one address: bob's failures lock out bob there, not
    alice; from another address bob may still log in."""
    proxies(1)
    shared = "192.0.2.10"
    failures = [
        log_in(Client(), "bob", "wrong", shared).status_code for _ in range(settings.AXES_FAILURE_LIMIT)
    ]
    assert failures == [200] * (settings.AXES_FAILURE_LIMIT - 1) + [429]
    assert log_in(Client(), "bob", "bob-the-right-password", shared).status_code == 429
    alice = log_in(Client(), "alice", "alice-the-right-password", shared)
    assert (alice.status_code, alice["Location"]) == (302, "/admin/")
    assert log_in(Client(), "bob", "bob-the-right-password", "192.0.2.11").status_code == 302
    events = [(e["action"], e["user"], e["client"]) for e in logged("archive.security")]
    assert events[: settings.AXES_FAILURE_LIMIT - 1] == [("login failed", "bob", shared)] * (
        settings.AXES_FAILURE_LIMIT - 1
    )
    assert ("login", "alice", shared) in events
    assert ("login", "bob", "192.0.2.11") in events


def test_a_forged_x_forwarded_for_does_not_escape_the_lockout(editors, proxies):
    proxies(1)
    statuses = [
        log_in(Client(), "bob", "wrong", f"198.51.100.{i}, 192.0.2.10").status_code
        for i in range(settings.AXES_FAILURE_LIMIT + 1)
    ]
    assert statuses[-2:] == [429, 429]
