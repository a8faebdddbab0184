"""Slow clients against the production serving: docker/nginx.conf's nginx in front of gunicorn (gthread, as
the Dockerfile runs it), on loopback. Hundreds of connections that send one header line every two seconds
(a slowloris) do not stop /healthz from answering through the proxy in under a second: nginx holds them,
gunicorn's threads only ever see complete requests.

Needs the `nginx` binary (Debian's package: .ci/run installs it); docker-compose runs the same file."""

from __future__ import annotations

import contextlib
import shutil
import socket
import subprocess
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import httpx
import pytest

from bench.server import free_port, gunicorn

from .conftest import ROOT

NGINX = shutil.which("nginx") or "/usr/sbin/nginx"
SLOW_CLIENTS = 300


@contextmanager
def nginx(upstream: str, folder: Path) -> Iterator[str]:
    """docker/nginx.conf with gunicorn at `upstream` and a free loopback port; yields the proxy's URL."""
    port = free_port()
    conf = (ROOT / "docker" / "nginx.conf").read_text()
    for compose, here in [
        ("server web:8000;", f"server {upstream};"),
        ("listen 8080;", f"listen 127.0.0.1:{port};"),
        ("pid /tmp/nginx.pid;", f"pid {folder / 'nginx.pid'};"),
    ]:
        assert compose in conf
        conf = conf.replace(compose, here)
    path = folder / "nginx.conf"
    path.write_text(conf)
    process = subprocess.Popen([NGINX, "-c", str(path), "-p", str(folder), "-g", "daemon off;"])
    try:
        deadline = time.monotonic() + 20
        while time.monotonic() < deadline:
            try:
                if httpx.get(f"http://127.0.0.1:{port}/healthz", timeout=2).status_code == 200:
                    break
            except httpx.TransportError:
                time.sleep(0.1)
        else:
            raise RuntimeError("nginx did not answer /healthz within 20 s")
        yield f"http://127.0.0.1:{port}"
    finally:
        process.terminate()
        process.wait(timeout=30)


def slowloris(port: int, stop: threading.Event, opened: list[socket.socket]) -> None:
    """SLOW_CLIENTS connections, each sending a request line, then one header line every two seconds."""
    for _ in range(SLOW_CLIENTS):
        connection = socket.create_connection(("127.0.0.1", port))
        connection.sendall(b"GET /healthz HTTP/1.1\r\nHost: 127.0.0.1\r\n")
        opened.append(connection)
    while not stop.wait(2):
        for connection in opened:
            with contextlib.suppress(OSError):  # dropped by the proxy (client_header_timeout): as it should
                connection.sendall(b"X-Slow: 1\r\n")


@pytest.mark.skipif(not Path(NGINX).exists(), reason="nginx is not installed (apt-get install nginx-light)")
def test_healthz_answers_within_a_second_while_hundreds_of_clients_send_slowly(test_database_url, tmp_path):
    env = {
        "DATABASE_URL": test_database_url,
        "DJANGO_SECRET_KEY": "slow-clients-test-secret-key-not-for-production-use-0123456789",
        "DJANGO_DEBUG": "false",
        "DJANGO_HTTPS": "false",
        "TRUSTED_PROXY_COUNT": "1",
    }
    with (
        gunicorn(workers=1, threads=4, env=env) as web,
        nginx(web.removeprefix("http://"), tmp_path) as proxy,
    ):
        stop, opened = threading.Event(), []
        attack = threading.Thread(target=slowloris, args=(int(proxy.rsplit(":", 1)[1]), stop, opened))
        attack.start()
        try:
            while len(opened) < SLOW_CLIENTS and attack.is_alive():
                time.sleep(0.1)
            probes = []
            with httpx.Client(timeout=5) as client:
                for _ in range(20):
                    started = time.monotonic()
                    status = client.get(f"{proxy}/healthz", headers={"Connection": "close"}).status_code
                    probes.append((status, time.monotonic() - started))
                    time.sleep(0.25)
        finally:
            stop.set()
            attack.join()
            for connection in opened:
                connection.close()
    assert len(opened) == SLOW_CLIENTS
    assert [status for status, _ in probes] == [200] * 20
    assert max(seconds for _, seconds in probes) < 1.0, probes
