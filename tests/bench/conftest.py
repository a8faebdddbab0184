import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from bench.profile import sample_profile
from bench.synthetic import SyntheticArchive


@pytest.fixture(scope="session")
def profile():
    return sample_profile()


def generate(profile, scale: int = 40, seed: int = 7, **kwargs) -> dict[str, list[tuple]]:
    """Every row of a small synthetic archive, by model."""
    rows: dict[str, list[tuple]] = {}
    for batch in SyntheticArchive(scale=scale, seed=seed, profile=profile, **kwargs).batches(size=16):
        for name, values in batch.items():
            rows.setdefault(name, []).extend(values)
    return rows


class Handler(BaseHTTPRequestHandler):
    """200 and an ETag for any path, 304 for that ETag, 404 for /missing; 500 for every path if `failing`."""

    protocol_version = "HTTP/1.1"  # keep-alive, as gunicorn
    disable_nagle_algorithm = True  # each response sent at once, not after a delayed acknowledgement
    requested: list[str] = []
    failing = False

    def do_GET(self):
        self.requested.append(self.path)
        if self.headers.get("If-None-Match") == '"v1"':
            self.send_response(304)
            self.send_header("Content-Length", "0")
            self.end_headers()
            return
        status = 404 if self.path == "/missing" else 500 if self.failing else 200
        body = b"hello"
        self.send_response(status)
        self.send_header("ETag", '"v1"')
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args):
        pass


@pytest.fixture
def site():
    """A loopback HTTP server: yields its base URL; `Handler.requested` lists the paths it was asked for."""
    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    Handler.requested, Handler.failing = [], False
    # Polled every 20 ms: shutdown() waits for the next poll, half a second by default.
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.02}, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()
