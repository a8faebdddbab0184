"""One JSON line per request on the "archive.requests" logger: method, path, status, duration_ms, client
address and user."""

import json
import logging

import pytest

from archive.serving.request_log import JsonFormatter


@pytest.fixture
def request_log(caplog):
    logger = logging.getLogger("archive.requests")  # it does not propagate to the root's handlers
    logger.addHandler(caplog.handler)
    yield lambda: [record for record in caplog.records if record.name == "archive.requests"]
    logger.removeHandler(caplog.handler)


@pytest.mark.parametrize(("method", "path", "status"), [("get", "/healthz", 200), ("post", "/healthz", 405)])
def test_one_record_per_request(client, db, request_log, method, path, status):
    getattr(client, method)(path)
    [record] = request_log()
    fields = dict(record.fields)
    duration = fields.pop("duration_ms")
    assert fields == {
        "method": method.upper(),
        "path": path,
        "status": status,
        "client": "127.0.0.1",
        "user": None,
    }
    assert isinstance(duration, float)
    assert duration >= 0


def test_records_are_json_lines(client, db, request_log):
    client.get("/no/such/page")
    [record] = request_log()
    line = JsonFormatter().format(record)
    assert "\n" not in line
    entry = json.loads(line)
    assert set(entry) == {
        "time",
        "level",
        "logger",
        "message",
        "method",
        "path",
        "status",
        "duration_ms",
        "client",
        "user",
    }
    assert (entry["level"], entry["logger"], entry["message"]) == (
        "INFO",
        "archive.requests",
        "GET /no/such/page 404",
    )
    assert (entry["method"], entry["path"], entry["status"]) == ("GET", "/no/such/page", 404)
