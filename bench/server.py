"""The site served by gunicorn on a free loopback port, for as long as a `with` block lasts."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
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


@contextmanager
def gunicorn(
    *,
    workers: int = 2,
    threads: int = 4,
    env: dict[str, str] | None = None,
    log: Path | None = None,
    ready_timeout: float = 60,
) -> Iterator[str]:
    """Start gunicorn with `env` added to this process's environment, wait until /healthz answers 200,
    yield its base URL ("http://127.0.0.1:PORT") and stop it. Its output goes to `log` (else discarded)."""
    port = free_port()
    command = [
        sys.executable, "-m", "gunicorn", "archive.wsgi:application",
        "--bind", f"127.0.0.1:{port}",
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


def _tail(log: Path | None) -> str:
    return "\n" + "\n".join(log.read_text(errors="replace").splitlines()[-20:]) if log else ""
