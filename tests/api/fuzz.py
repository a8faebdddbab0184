"""`make fuzz-api`: Schemathesis against the live API and its live schema.

Loads the sample corpus into a dedicated database (`fuzz_api`) on the same PostgreSQL server (or the
one DATABASE_URL names), serves the app on a free loopback port, runs Schemathesis with every check in
all its phases (examples, coverage, fuzzing, and the stateful one, which walks the schema's OpenAPI links
from answers to requests: LINKS in api/schema.py), then stops the server and drops the database. Exits
non-zero when Schemathesis finds a failure.

Knobs (environment): FUZZ_MAX_EXAMPLES per operation, FUZZ_MAX_TIME in seconds, FUZZ_SEED, and
FUZZ_SERVER_LOG, a file for the server's log (to read the traceback behind a 500).
"""

from __future__ import annotations

import os
import secrets
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path
from urllib.parse import quote

ROOT = Path(__file__).resolve().parents[2]
BIN = Path(sys.executable).parent
DATABASE = "fuzz_api"
MAX_EXAMPLES = os.environ.get("FUZZ_MAX_EXAMPLES", "30")  # per operation: a few hundred cases in all
MAX_TIME = os.environ.get("FUZZ_MAX_TIME", "180")  # seconds of generation at most
# Writes are fuzzed too, as an editor: the script prints the key of the editor's new API token.
EDITOR_TOKEN = (
    "from django.contrib.auth.models import Group, User; from archive.models import ApiToken; "
    "from archive.services.api_tokens import issue_token; "
    "user = User.objects.create_user('fuzz', is_staff=True); "
    "user.groups.add(Group.objects.get(name='Editors')); "
    "print(issue_token(token=ApiToken(user=user, name='fuzz')))"
)


def main() -> int:
    sys.path.insert(0, str(ROOT))
    os.environ.update(
        DJANGO_SETTINGS_MODULE="archive.settings",
        DJANGO_DEBUG="false",
        DJANGO_SECRET_KEY=secrets.token_urlsafe(40),
        DJANGO_HTTPS="false",  # plain HTTP on loopback, no TLS proxy in front
    )
    from archive.development import use_embedded_database

    use_embedded_database()  # in a checkout without DATABASE_URL
    from django.conf import settings

    server = settings.DATABASES["default"]
    env = {
        **os.environ,
        "DATABASE_URL": _url(server, DATABASE),
        "API_ANON_RATE": "1000000/minute",  # the fuzzer is one client sending thousands of requests
        "API_USER_RATE": "1000000/minute",
    }
    manage = [str(BIN / "python"), str(ROOT / "manage.py")]
    _recreate(server, DATABASE)
    try:
        subprocess.run([*manage, "migrate", "--noinput", "--verbosity", "0"], env=env, check=True)
        corpus = str(ROOT / "archive" / "sample_corpus")
        subprocess.run([*manage, "ingest", corpus], env=env, check=True, stdout=subprocess.DEVNULL)
        shell = [*manage, "shell", "-v", "0", "-c", EDITOR_TOKEN]
        token = subprocess.run(shell, env=env, check=True, capture_output=True, text=True).stdout.strip()
        port = _free_port()
        with open(os.environ.get("FUZZ_SERVER_LOG", os.devnull), "w") as log:
            runserver = [*manage, "runserver", "--noreload", f"127.0.0.1:{port}"]
            app = subprocess.Popen(runserver, env=env, stdout=log, stderr=log)
            try:
                _wait_for(f"http://127.0.0.1:{port}/api/schema/")
                return _schemathesis(f"http://127.0.0.1:{port}/api/schema/", token, env)
            finally:
                app.terminate()
                app.wait(timeout=30)
    finally:
        _drop(server, DATABASE)


def _schemathesis(schema: str, token: str, env: dict) -> int:
    config = Path(__file__).with_name("schemathesis.toml")
    options = {
        "--checks": "all",
        "--phases": "examples,coverage,fuzzing,stateful",
        "--max-examples": MAX_EXAMPLES,
        "--max-time": MAX_TIME,
        "--seed": os.environ.get("FUZZ_SEED", "20041220"),
        # One worker: in two threads, hypothesis describing its strategies' lambdas (ast.parse) failed in CI
        # with CPython 3.11's "SystemError: AST constructor recursion depth mismatch" (python/cpython#106905).
        "--workers": "1",
        "--request-timeout": "30",
        "--generation-database": "none",
        "--header": f"Authorization: Token {token}",
    }
    command = [str(BIN / "schemathesis"), "--config-file", str(config), "--no-color", "run", schema]
    command += [part for option in options.items() for part in option]
    return subprocess.run(command, env=env, cwd=ROOT).returncode


def _url(server: dict, name: str) -> str:
    host = quote(server["HOST"], safe="")
    password = f":{quote(server['PASSWORD'], safe='')}" if server.get("PASSWORD") else ""
    return f"postgres://{server['USER']}{password}@{host}:{server['PORT']}/{name}"


def _admin(server: dict, sql: str) -> None:
    import psycopg

    params = {"host": server["HOST"], "port": server["PORT"], "user": server["USER"], "dbname": "postgres"}
    if server.get("PASSWORD"):
        params["password"] = server["PASSWORD"]
    with psycopg.connect(**params, autocommit=True) as connection:
        connection.execute(sql)


def _recreate(server: dict, name: str) -> None:
    _drop(server, name)
    _admin(server, f'CREATE DATABASE "{name}"')


def _drop(server: dict, name: str) -> None:
    _admin(server, f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _wait_for(url: str, seconds: float = 60) -> None:
    deadline = time.monotonic() + seconds
    while True:
        try:
            with urllib.request.urlopen(url, timeout=5):
                return
        except OSError:
            if time.monotonic() > deadline:
                raise
            time.sleep(0.5)


if __name__ == "__main__":
    sys.exit(main())
