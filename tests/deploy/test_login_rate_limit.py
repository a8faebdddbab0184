"""Admin login is rate-limited (django-axes): after DJANGO_LOGIN_FAILURE_LIMIT failures for one username from
one address, that username is refused there with 429, even with the right password (other users behind the
same address: tests/deploy/test_client_address.py)."""

import pytest
from django.conf import settings
from django.test import Client


@pytest.fixture
def root(db, django_user_model):
    return django_user_model.objects.create_superuser("root", password="the-right-password")


def log_in(client: Client, password: str, address: str = "203.0.113.7"):
    return client.post(
        "/admin/login/?next=/admin/", {"username": "root", "password": password}, REMOTE_ADDR=address
    )


def test_failures_up_to_the_limit_then_429(root):
    client = Client()
    failures = [log_in(client, "wrong").status_code for _ in range(settings.AXES_FAILURE_LIMIT - 1)]
    assert failures == [200] * (settings.AXES_FAILURE_LIMIT - 1)
    locked = log_in(client, "wrong")
    assert locked.status_code == 429
    right_password = log_in(client, "the-right-password")
    assert right_password.status_code == 429
    assert "_auth_user_id" not in client.session


def test_other_addresses_may_still_log_in(root):
    client = Client()
    for _ in range(settings.AXES_FAILURE_LIMIT):
        log_in(client, "wrong")
    elsewhere = log_in(Client(), "the-right-password", address="198.51.100.1")
    assert (elsewhere.status_code, elsewhere.headers["Location"]) == (302, "/admin/")


def test_a_success_before_the_limit_resets_the_count(root):
    client = Client()
    for _ in range(settings.AXES_FAILURE_LIMIT - 1):
        log_in(client, "wrong")
    assert log_in(client, "the-right-password").status_code == 302
    client.logout()
    assert [log_in(client, "wrong").status_code for _ in range(settings.AXES_FAILURE_LIMIT - 1)] == [200] * (
        settings.AXES_FAILURE_LIMIT - 1
    )
