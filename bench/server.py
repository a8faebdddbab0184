"""The site served by gunicorn on a free loopback port, for as long as a `with` block lasts; optionally behind
nginx with docker-compose's docker/nginx.conf (the production serving), and slow clients against it."""

from __future__ import annotations

import contextlib
import os
import shutil
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import httpx

PROJECT_ROOT = Path(__file__).resolve().parent.parent


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


# Seconds gunicorn keeps an idle connection open. Clients must let theirs go sooner: a request sent on
# a connection the server is closing fails with "Server disconnected".
KEEP_ALIVE = 5


# gunicorn's settings in the web container (the Dockerfile's command).
DOCKER_CONF = PROJECT_ROOT / "docker" / "gunicorn.conf.py"


@contextmanager
def gunicorn(
    *,
    workers: int = 2,
    threads: int = 4,
    docker_conf: bool = False,
    env: dict[str, str] | None = None,
    log: Path | None = None,
    ready_timeout: float = 60,
) -> Iterator[str]:
    """Start gunicorn with `env` added to this process's environment, wait until /healthz answers 200,
    yield its base URL ("http://127.0.0.1:PORT") and stop it. Its output goes to `log` (else discarded).
    With `docker_conf`, as the web container runs it (DOCKER_CONF: its workers, threads, max requests…),
    on a loopback port; else `workers` gthread workers of `threads` threads."""
    port = free_port()
    command = [sys.executable, "-m", "gunicorn", "archive.wsgi:application", "--bind", f"127.0.0.1:{port}"]
    if docker_conf:
        command += ["--config", str(DOCKER_CONF)]  # the command line's --bind takes precedence
    else:
        command += [
            "--workers", str(workers), "--worker-class", "gthread", "--threads", str(threads),
            "--keep-alive", str(KEEP_ALIVE),
        ]  # fmt: skip
    output = log.open("ab") if log else subprocess.DEVNULL
    process = subprocess.Popen(
        command, cwd=PROJECT_ROOT, env={**os.environ, **(env or {})}, stdout=output, stderr=output
    )
    base_url = f"http://127.0.0.1:{port}"
    try:
        _wait_until_ready(process, base_url, ready_timeout, log)
        yield base_url
    finally:
        process.terminate()
        try:
            process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
        if log:
            output.close()


def _wait_until_ready(process: subprocess.Popen, base_url: str, timeout: float, log: Path | None) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"gunicorn exited with status {process.returncode}{_tail(log)}")
        try:
            if httpx.get(f"{base_url}/healthz", timeout=5).status_code == 200:
                return
        except httpx.TransportError:
            pass
        time.sleep(0.2)
    raise RuntimeError(f"gunicorn did not answer /healthz with 200 within {timeout:.0f} s{_tail(log)}")


NGINX = shutil.which("nginx") or "/usr/sbin/nginx"
NGINX_CONF = PROJECT_ROOT / "docker" / "nginx.conf"


@contextmanager
def nginx(upstream: str, folder: Path) -> Iterator[str]:
    """docker/nginx.conf with gunicorn at `upstream` ("127.0.0.1:PORT") and a free loopback port instead of
    compose's names; yields the proxy's base URL once it answers /healthz. Its files go to `folder`."""
    port = free_port()
    conf = NGINX_CONF.read_text()
    for compose, here in [
        ("server web:8000;", f"server {upstream};"),
        ("listen 8080;", f"listen 127.0.0.1:{port};"),
        ("pid /tmp/nginx.pid;", f"pid {folder / 'nginx.pid'};"),
    ]:
        if compose not in conf:
            raise RuntimeError(f"{NGINX_CONF} no longer holds {compose!r}")
        conf = conf.replace(compose, here)
    (folder / "nginx.conf").write_text(conf)
    process = subprocess.Popen(
        [NGINX, "-c", str(folder / "nginx.conf"), "-p", str(folder), "-g", "daemon off;"]
    )
    base_url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 20
        while time.monotonic() < deadline:
            if process.poll() is not None:
                raise RuntimeError(f"nginx exited with status {process.returncode}")
            try:
                if httpx.get(f"{base_url}/healthz", timeout=2).status_code == 200:
                    break
            except httpx.TransportError:
                time.sleep(0.1)
        else:
            raise RuntimeError("nginx did not answer /healthz within 20 s")
        yield base_url
    finally:
        process.terminate()
        process.wait(timeout=30)


@contextmanager
def slow_clients(base_url: str, count: int, interval: float = 2) -> Iterator[list[socket.socket]]:
    """`count` connections to `base_url` that each send a request line, then one header line every
    `interval` seconds (a slowloris), for as long as the `with` block lasts; yields the open sockets."""
    host, port = base_url.removeprefix("http://").rsplit(":", 1)
    stop, opened = threading.Event(), []

    def attack():
        for _ in range(count):
            connection = socket.create_connection((host, int(port)))
            connection.sendall(f"GET /healthz HTTP/1.1\r\nHost: {host}\r\n".encode())
            opened.append(connection)
        while not stop.wait(interval):
            for connection in opened:
                with contextlib.suppress(OSError):  # dropped by the server: as it should
                    connection.sendall(b"X-Slow: 1\r\n")

    thread = threading.Thread(target=attack, daemon=True)
    thread.start()
    try:
        while len(opened) < count and thread.is_alive():
            time.sleep(0.1)
        yield opened
    finally:
        stop.set()
        thread.join()
        for connection in opened:
            connection.close()


def _tail(log: Path | None) -> str:
    return "\n" + "\n".join(log.read_text(errors="replace").splitlines()[-20:]) if log else ""
