"""Writes by anonymous visitors and by users who are not staff are refused, by the API and by the admin,
and change nothing; every form that writes checks its CSRF token."""

import re

import pytest
from django.contrib import admin
from django.test import Client
from django.urls import reverse
from rest_framework.test import APIClient

from archive.backup.layout import dumped_models
from archive.services.ingestion import ingest
from tests.factories import api_key

from .conftest import SAMPLES

API_WRITES = [
    ("post", "/api/v1/resolutions/"),
    ("put", "/api/v1/resolutions/A/RES/80/1"),
    ("patch", "/api/v1/resolutions/A/RES/80/1"),
    ("delete", "/api/v1/resolutions/A/RES/80/1"),
]


@pytest.fixture
def archive(db, django_user_model):
    path = SAMPLES / "en" / "A_RES_80_1.txt"
    ingest(data=path.read_bytes(), filename=path.name)
    django_user_model.objects.create_superuser("root", password="a-long-password")


@pytest.fixture
def member(archive, django_user_model):
    return django_user_model.objects.create_user("reader", password="a-long-password")


def row_counts() -> dict[str, int]:
    return {model._meta.label: model._base_manager.count() for model in dumped_models()}


def admin_write_urls() -> list[str]:
    """Every admin page that takes a POST: each model's add, list (actions), change and delete pages for
    an existing row, the ingestion pages, and the account pages."""
    urls = [reverse("admin:password_change"), reverse("admin:archive_resolution_ingest")]
    for model in admin.site._registry:
        name = f"admin:{model._meta.app_label}_{model._meta.model_name}"
        urls += [reverse(f"{name}_add"), reverse(f"{name}_changelist")]
        row = model._default_manager.order_by("pk").first()
        if row is not None:
            urls += [reverse(f"{name}_change", args=[row.pk]), reverse(f"{name}_delete", args=[row.pk])]
    return urls


@pytest.mark.parametrize(("method", "path"), API_WRITES)
def test_anonymous_api_writes_are_401(archive, method, path):
    before = row_counts()
    response = getattr(APIClient(), method)(path, {}, format="json")
    assert response.status_code == 401
    assert response.json() == {"detail": "Authentication credentials were not provided."}
    assert row_counts() == before


@pytest.mark.parametrize(("method", "path"), API_WRITES[:2])
def test_api_writes_of_users_who_are_not_staff_are_403(member, method, path):
    client = APIClient()
    client.credentials(HTTP_AUTHORIZATION=f"Token {api_key(member)}")
    before = row_counts()
    response = getattr(client, method)(path, {}, format="json")
    assert response.status_code == 403
    assert row_counts() == before


@pytest.mark.parametrize(("method", "path"), API_WRITES[2:])
def test_api_methods_not_taken_are_405_to_any_user(member, method, path):
    client = APIClient()
    client.credentials(HTTP_AUTHORIZATION=f"Token {api_key(member)}")
    before = row_counts()
    response = getattr(client, method)(path, {}, format="json")
    assert (response.status_code, response.json()) == (
        405,
        {"detail": f'Method "{method.upper()}" not allowed.'},
    )
    assert row_counts() == before


def test_admin_writes_by_anonymous_visitors_and_members_go_to_the_login_page(member):
    member_client = Client()
    member_client.force_login(member)
    before = row_counts()
    for client in (Client(), member_client):
        for url in admin_write_urls():
            response = client.post(
                url, {"action": "delete_selected", "_selected_action": ["1"], "post": "yes"}
            )
            assert (response.status_code, response.headers["Location"].split("?")[0]) == (
                302,
                "/admin/login/",
            )
    assert row_counts() == before


def test_every_admin_form_checks_its_csrf_token(archive, django_user_model):
    client = Client(enforce_csrf_checks=True)
    client.force_login(django_user_model.objects.get(username="root"))
    before = row_counts()
    for url in [reverse("admin:login"), reverse("admin:logout"), *admin_write_urls()]:
        response = client.post(url, {"action": "delete_selected", "_selected_action": ["1"], "post": "yes"})
        assert response.status_code == 403, url
        assert "CSRF verification failed" in response.text
    assert row_counts() == before


def test_every_post_form_of_the_admin_carries_a_csrf_token(archive, django_user_model):
    client = Client()
    client.force_login(django_user_model.objects.get(username="root"))
    for url in admin_write_urls():
        response = client.get(url)
        assert response.status_code in (200, 403), url  # 403: axes' logs take no additions
        for form in re.findall(r"<form[^>]*method=\"post\"[^>]*>.*?</form>", response.text, re.S | re.I):
            assert 'name="csrfmiddlewaretoken"' in form, url


def test_session_authenticated_api_writes_check_the_csrf_token(archive, django_user_model):
    client = APIClient(enforce_csrf_checks=True)
    client.force_login(django_user_model.objects.get(username="root"))
    response = client.post("/api/v1/resolutions/", {}, format="json")
    assert (response.status_code, response.json()) == (403, {"detail": "CSRF Failed: CSRF cookie not set."})
