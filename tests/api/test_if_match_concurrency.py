"""If-Match under concurrent writers: two real transactions on separate connections (threads), committed.
The resolution's row is locked from the If-Match check to the write's commit, so that of two writers sending
the same ETag the second waits and gets 412; writers of other resolutions do not wait."""

import threading

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import connection
from rest_framework.test import APIClient

from api.views import resolutions as views
from archive.models import Resolution, ResolutionText
from tests.factories import UserFactory, api_key

pytestmark = pytest.mark.django_db(transaction=True)

URL = "/api/v1/resolutions/A/RES/59/190"
RECALLING = "回顾其以往这方面的各项决议"
WAIT = 120  # seconds: a guard against a hung test, never a measure of speed


def zh_text(recalling: str) -> bytes:
    with open("archive/sample_corpus/zh/A_RES_59_190.txt", "rb") as f:
        data = f.read()
    assert RECALLING.encode() in data
    return data.replace(RECALLING.encode(), recalling.encode())


def en_80_2(words: str) -> bytes:
    with open("archive/sample_corpus/en/A_RES_80_2.txt", "rb") as f:
        data = f.read()
    assert b"The General Assembly" in data
    return data.replace(b"The General Assembly", words.encode(), 1)


class Writer(threading.Thread):
    """A PUT on a connection of its own; `answer` is its response, `pid` its server process. With
    `lock_timeout`, a wait for a lock fails the write instead of waiting."""

    def __init__(self, name: str, key: str, url: str, data: bytes, tag: str, lock_timeout: bool = False):
        super().__init__(name=name)
        self.key, self.url, self.data, self.tag, self.lock_timeout = key, url, data, tag, lock_timeout
        self.answer = self.error = self.pid = None
        self.connected = threading.Event()

    def run(self):
        try:
            with connection.cursor() as cursor:
                if self.lock_timeout:
                    cursor.execute("SET lock_timeout = '5s'")
                cursor.execute("SELECT pg_backend_pid()")
                [self.pid] = cursor.fetchone()
            self.connected.set()
            client = APIClient()
            client.credentials(HTTP_AUTHORIZATION=f"Token {self.key}")
            upload = {"file": SimpleUploadedFile("t.txt", self.data), "language": self.language()}
            self.answer = client.put(self.url, upload, format="multipart", HTTP_IF_MATCH=self.tag)
        except Exception as exc:  # noqa: BLE001 — reported by the test
            self.error = exc
        finally:
            self.connected.set()
            connection.close()

    def language(self) -> str:
        return "zh" if self.url == URL else "en"


def waits_for_a_lock(pid: int) -> bool:
    """Whether the server process `pid` waits for a lock (polled until it does, or WAIT seconds)."""
    event = threading.Event()
    for _ in range(WAIT * 10):
        with connection.cursor() as cursor:
            cursor.execute("SELECT wait_event_type FROM pg_stat_activity WHERE pid = %s", [pid])
            row = cursor.fetchone()
        if row and row[0] == "Lock":
            return True
        event.wait(0.1)
    return False


def test_of_two_writers_with_the_same_etag_the_second_gets_412(ingest_sample, monkeypatch):
    ingest_sample("A_RES_59_190.txt")
    ingest_sample("A_RES_80_2.txt")
    # A superuser: transactional tests before this one may have flushed the Editors group the migrations make.
    key = api_key(UserFactory(username="editor", is_staff=True, is_superuser=True))
    reader = APIClient()
    tag = reader.get(URL)["ETag"]
    other_url = "/api/v1/resolutions/A/RES/80/2"
    other_tag = reader.get(other_url)["ETag"]
    before = Resolution.objects.get(symbol="A/RES/59/190").content_version

    # The first writer stops after its write, its transaction (and the row's lock) still open.
    written, release = threading.Event(), threading.Event()
    write = views.write_upload

    def write_then_wait(**kwargs):
        outcome = write(**kwargs)
        if threading.current_thread().name == "first":
            written.set()
            release.wait(WAIT)
        return outcome

    monkeypatch.setattr(views, "write_upload", write_then_wait)
    first = Writer("first", key, URL, zh_text("回顾其以往这方面的决议"), tag)
    second = Writer("second", key, URL, zh_text("回顾以往这方面的各项决议"), tag)
    unrelated = Writer(
        "unrelated", key, other_url, en_80_2("The General Assembly of the United Nations"), other_tag, True
    )
    try:
        first.start()
        assert written.wait(WAIT)
        second.start()
        assert second.connected.wait(WAIT)
        assert waits_for_a_lock(second.pid)  # for the first writer's row lock
        unrelated.start()  # another resolution: written and committed while the first still holds its lock
        unrelated.join(WAIT)
        assert (unrelated.error, unrelated.answer.status_code) == (None, 200)
        assert second.is_alive()
    finally:
        release.set()
        for writer in (first, second, unrelated):
            writer.join(WAIT)

    assert [w.error for w in (first, second)] == [None, None]
    assert first.answer.status_code == 200
    assert (second.answer.status_code, second.answer.json()) == (
        412,
        {"detail": "The resolution has changed since the If-Match ETag: GET it again."},
    )
    stored = ResolutionText.objects.get(resolution__symbol="A/RES/59/190", language="zh")
    assert "回顾其以往这方面的决议" in stored.extracted_text
    assert "回顾以往这方面的各项决议" not in stored.extracted_text
    assert Resolution.objects.get(symbol="A/RES/59/190").content_version > before
