"""Production settings come from the environment: `check --deploy` is clean, a bad value stops start-up."""

import json
import secrets

import pytest

from .conftest import ROOT, environment, manage

PRODUCTION = {
    "DJANGO_SECRET_KEY": secrets.token_urlsafe(50),
    "DJANGO_ALLOWED_HOSTS": "archive.example.org",
    "DJANGO_CSRF_TRUSTED_ORIGINS": "https://archive.example.org",
}


def test_check_deploy_reports_nothing_under_production_settings():
    result = manage("check", "--deploy", "--fail-level", "WARNING", env=environment(**PRODUCTION))
    assert (result.returncode, result.stdout) == (0, "System check identified no issues (0 silenced).\n")


def test_a_deployment_needs_a_secret_key(test_database_url):
    without_key = {k: v for k, v in PRODUCTION.items() if k != "DJANGO_SECRET_KEY"}
    result = manage("check", env=environment(**without_key, DATABASE_URL=test_database_url))
    assert result.returncode == 1
    assert result.stderr.splitlines()[-1] == (
        "django.core.exceptions.ImproperlyConfigured: "
        "DJANGO_SECRET_KEY must be set when DATABASE_URL is, unless DJANGO_DEBUG is on"
    )


def test_a_checkout_on_the_embedded_database_makes_its_own_key():
    without_key = {k: v for k, v in PRODUCTION.items() if k != "DJANGO_SECRET_KEY"}
    env = {k: v for k, v in environment(**without_key).items() if k != "DATABASE_URL"}
    result = manage(
        "shell", "-c", "from django.conf import settings; print(len(settings.SECRET_KEY))", env=env
    )
    assert (result.returncode, result.stdout.splitlines()[-1]) == (0, "67")
    assert (ROOT / ".data" / "secret_key").read_text().strip() != ""


def test_debug_runs_without_a_secret_key():
    result = manage("check", env=environment(DJANGO_DEBUG="true"))
    assert (result.returncode, result.stdout) == (0, "System check identified no issues (0 silenced).\n")


@pytest.mark.parametrize(
    ("variable", "value", "message"),
    [
        ("DJANGO_DEBUG", "maybe", "DJANGO_DEBUG must be a boolean (true/false), not 'maybe'"),
        ("DJANGO_HTTPS", "2", "DJANGO_HTTPS must be a boolean (true/false), not '2'"),
        ("DJANGO_HSTS_SECONDS", "a year", "DJANGO_HSTS_SECONDS must be a whole number, not 'a year'"),
    ],
)
def test_malformed_values_stop_start_up(variable, value, message):
    result = manage("check", env=environment(**PRODUCTION, **{variable: value}))
    assert result.returncode == 1
    assert result.stderr.splitlines()[-1] == f"django.core.exceptions.ImproperlyConfigured: {message}"


PROBE = """
import json
from django.conf import settings
from django.test import Client
client = Client(HTTP_HOST="archive.example.org")
over_https = client.get("/healthz", secure=True)
over_http = client.get("/sessions")
print(json.dumps({
    "hsts": over_https.headers["Strict-Transport-Security"],
    "redirect": [over_http.status_code, over_http.headers["Location"]],
    "healthz_over_http": client.get("/healthz").status_code,
    "unknown_host": Client(HTTP_HOST="evil.example").get("/healthz", secure=True).status_code,
    "secure_cookies": [settings.SESSION_COOKIE_SECURE, settings.CSRF_COOKIE_SECURE],
    "csrf_trusted_origins": settings.CSRF_TRUSTED_ORIGINS,
    "debug": settings.DEBUG,
}))
"""


def test_production_serves_https_only_with_hsts_and_secure_cookies(test_database_url):
    result = manage("shell", "-c", PROBE, env=environment(**PRODUCTION, DATABASE_URL=test_database_url))
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout.splitlines()[-1]) == {
        "hsts": "max-age=31536000; includeSubDomains; preload",
        "redirect": [301, "https://archive.example.org/sessions"],
        "healthz_over_http": 200,
        "unknown_host": 400,
        "secure_cookies": [True, True],
        "csrf_trusted_origins": ["https://archive.example.org"],
        "debug": False,
    }
