"""A stand-in for the UN Digital Library on loopback: it replays saved answers (tests/data/undl/) and
failures, and records what it was asked."""

from __future__ import annotations

import threading
import time
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import pytest
from lxml import etree

UNDL = Path(__file__).resolve().parent.parent / "data" / "undl"


@dataclass
class Reply:
    status: int = 200
    body: bytes = b""
    headers: dict[str, str] = field(default_factory=dict)
    delay: float = 0.0
    paged: bool = False  # a search answer: records `jrec` to `jrec + rg - 1` of the body are sent


@dataclass
class Asked:
    path: str
    query: dict[str, str]
    headers: dict[str, str]


def page(body: bytes, start: int, size: int) -> bytes:
    """Records `start` (1-based) to `start + size - 1` of a saved answer, as a search answers them."""
    root = etree.fromstring(body)
    records = list(root.iter("{http://www.loc.gov/MARC21/slim}record"))
    for i, record in enumerate(records, 1):
        if not start <= i < start + size:
            record.getparent().remove(record)
    total = f"<!-- Search-Engine-Total-Number-Of-Results: {len(records)} -->\n".encode()
    return b'<?xml version="1.0" encoding="UTF-8"?>\n' + total + etree.tostring(root)


class Library:
    """Routes: a key (`/search?c=<collection>` or a file's path) to the replies it gives in turn (the
    last one again and again). A reply with an ETag answers 304 to a request naming it."""

    def __init__(self):
        self.routes: dict[str, list[Reply]] = {}
        self.asked: list[Asked] = []
        self.url = ""

    def route(self, key: str, *replies: Reply) -> None:
        self.routes[key] = list(replies)

    def search(self, collection: str, name: str, *before: Reply) -> None:
        body = (UNDL / name).read_bytes().replace(b"BASE", self.url.encode())
        self.route(f"/search?c={collection}", *before, Reply(body=body, paged=True))

    def reply(self, key: str) -> Reply:
        replies = self.routes.get(key)
        if not replies:
            return Reply(404, b"<html><body>Not found</body></html>", {"Content-Type": "text/html"})
        return replies.pop(0) if len(replies) > 1 else replies[0]

    def files(self) -> list[str]:
        return [a.path for a in self.asked if a.path != "/search"]


@pytest.fixture
def library(settings):
    state = Library()

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self):  # noqa: N802 - the http.server protocol
            parts = urlsplit(self.path)
            query = {k: v[0] for k, v in parse_qs(parts.query).items()}
            state.asked.append(Asked(parts.path, query, dict(self.headers)))
            key = f"/search?c={query.get('c')}" if parts.path == "/search" else parts.path
            reply = state.reply(key)
            if reply.paged:
                reply = Reply(body=page(reply.body, int(query["jrec"]), int(query["rg"])))
            time.sleep(reply.delay)
            etag = reply.headers.get("ETag")
            if etag and self.headers.get("If-None-Match") == etag:
                self.send_response(304)
                self.end_headers()
                return
            self.send_response(reply.status)
            for name, value in reply.headers.items():
                self.send_header(name, value)
            self.send_header("Content-Length", str(len(reply.body)))
            self.end_headers()
            self.wfile.write(reply.body)

        def log_message(self, *args):
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    state.url = f"http://127.0.0.1:{server.server_address[1]}"
    # Polled every 20 ms: shutdown() waits for the next poll, half a second by default.
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.02}, daemon=True)
    thread.start()
    settings.UNDL_BASE_URL = state.url
    settings.UNDL_INTERVAL_MS = 0
    settings.UNDL_BACKOFF_MS = 10
    settings.UNDL_RETRIES = 2
    settings.UNDL_TIMEOUT_S = 1
    yield state
    server.shutdown()
    server.server_close()
