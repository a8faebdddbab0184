"""Slow clients against the production serving: docker/nginx.conf's nginx in front of gunicorn (gthread, as
the Dockerfile runs it), on loopback (bench/server.py). Hundreds of connections that send one header line
every two seconds (a slowloris) do not stop /healthz from answering through the proxy in under a second:
nginx holds them, gunicorn's threads only ever see complete requests. (Against gunicorn alone, the same
slow clients make every probe time out.)

Needs the `nginx` binary (Debian's package: .ci/run installs it); docker-compose runs the same file."""

from __future__ import annotations

import time
from pathlib import Path

import httpx
import pytest

from bench.server import NGINX, gunicorn, nginx, slow_clients

SLOW_CLIENTS = 300


@pytest.mark.skipif(not Path(NGINX).exists(), reason="nginx is not installed (apt-get install nginx-light)")
def test_healthz_answers_within_a_second_while_hundreds_of_clients_send_slowly(test_database_url, tmp_path):
    env = {
        "DATABASE_URL": test_database_url,
        "DJANGO_SECRET_KEY": "slow-clients-test-secret-key-not-for-production-use-0123456789",
        "DJANGO_DEBUG": "false",
        "DJANGO_HTTPS": "false",
        "TRUSTED_PROXY_COUNT": "1",
    }
    probes = []
    with (
        gunicorn(workers=1, threads=4, env=env) as web,
        nginx(web.removeprefix("http://"), tmp_path) as proxy,
        slow_clients(proxy, SLOW_CLIENTS) as opened,
        httpx.Client(timeout=5) as client,
    ):
        assert len(opened) == SLOW_CLIENTS
        for _ in range(20):
            started = time.monotonic()
            status = client.get(f"{proxy}/healthz", headers={"Connection": "close"}).status_code
            probes.append((status, time.monotonic() - started))
            time.sleep(0.25)
    assert [status for status, _ in probes] == [200] * 20
    assert max(seconds for _, seconds in probes) < 1.0, probes
