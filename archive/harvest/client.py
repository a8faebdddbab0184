"""Asking the UN Digital Library, politely: one base URL and nothing else, at most one request per
interval, retries of timeouts, 429 and 5xx answers with a doubling back-off (or the answer's
`Retry-After`), conditional downloads (`If-None-Match` / `If-Modified-Since`). What goes wrong is said by
name (`archive.messages`), for the harvest's log to say it in its reader's language."""

from __future__ import annotations

import email.utils
import time
from collections.abc import Callable
from dataclasses import dataclass

import httpx

from archive.messages import Message, MessageError, gettext_noop

RETRIED_STATUSES = {429, 500, 502, 503, 504}
MAX_WAIT_S = 600.0  # a Retry-After longer than this is cut to it


class HarvestError(MessageError):
    """A request that could not be answered (after its retries), or a URL outside the base URL."""


@dataclass(frozen=True)
class Fetched:
    changed: bool  # False: the server answered 304 Not Modified
    content: bytes = b""
    etag: str = ""
    last_modified: str = ""
    content_type: str = ""


class DigitalLibrary:
    def __init__(
        self,
        base_url: str,
        *,
        interval_s: float,
        retries: int,
        backoff_s: float,
        timeout_s: float,
        sleep: Callable[[float], None] = time.sleep,
        log: Callable[[Message], None] = lambda message: None,
    ):
        self.base_url = base_url.rstrip("/")
        self.interval_s, self.retries, self.backoff_s = interval_s, retries, backoff_s
        self.sleep, self.log = sleep, log
        self.requests = 0
        self._last = float("-inf")
        self._http = httpx.Client(
            timeout=timeout_s,
            follow_redirects=False,
            headers={"User-Agent": "unga-archive harvester (+https://github.com/unga-archive)"},
        )

    def close(self) -> None:
        self._http.close()

    def search(self, *, pattern: str, collection: str, start: int, size: int, since: str | None) -> bytes:
        """One page of a search, in MARCXML: records `start` (1-based) to `start + size - 1`."""
        params = {"p": pattern, "c": collection, "of": "xm", "rg": str(size), "jrec": str(start)}
        params |= {"sf": "001", "so": "a"}  # a stable order: pages do not shift under a resumed harvest
        if since:
            params |= {"dt": "m", "d1": since}  # changed (modified) since that day
        return self._get(f"{self.base_url}/search", params=params).content

    def fetch(self, url: str, *, etag: str = "", last_modified: str = "") -> Fetched:
        """A file, unless it has not changed since the validators of its last download."""
        headers = {}
        if etag:
            headers["If-None-Match"] = etag
        if last_modified:
            headers["If-Modified-Since"] = last_modified
        answer = self._get(url, headers=headers)
        if answer.status_code == 304:
            return Fetched(changed=False, etag=etag, last_modified=last_modified)
        return Fetched(
            changed=True,
            content=answer.content,
            etag=answer.headers.get("ETag", ""),
            last_modified=answer.headers.get("Last-Modified", ""),
            content_type=answer.headers.get("Content-Type", ""),
        )

    def allows(self, url: str) -> bool:
        return url == self.base_url or url.startswith(self.base_url + "/")

    def _get(self, url: str, *, params=None, headers=None) -> httpx.Response:
        if not self.allows(url):
            raise HarvestError(
                gettext_noop("%(url)s is not under the configured Digital Library (%(base)s): not asked"),
                url=url,
                base=self.base_url,
            )
        attempt = 0
        while True:
            answer, problem, wait = self._try(url, params, headers)
            if answer is not None:
                return answer
            if attempt == self.retries:
                given_up = gettext_noop("%(url)s %(problem)s, %(times)s times: given up")
                raise HarvestError(given_up, url=url, problem=problem, times=self.retries + 1)
            wait = self.backoff_s * 2**attempt if wait is None else wait
            retrying = gettext_noop("%(url)s %(problem)s; retrying in %(seconds)s s")
            self.log(Message(retrying, url=url, problem=problem, seconds=f"{wait:g}"))
            self.sleep(wait)
            attempt += 1

    def _try(self, url: str, params, headers) -> tuple[httpx.Response | None, Message | None, float | None]:
        """(the answer, or None with what went wrong and the wait it asks for, if any)."""
        self._wait_turn()
        try:
            answer = self._http.get(url, params=params, headers=headers)
        except httpx.TimeoutException:
            return None, Message(gettext_noop("timed out")), None
        except httpx.TransportError as exc:
            return None, Message(gettext_noop("failed (%(error)s)"), error=exc.__class__.__name__), None
        if answer.status_code in (200, 304):
            return answer, None, None
        status = str(answer.status_code)
        if answer.status_code not in RETRIED_STATUSES:
            answered = gettext_noop("%(url)s answered %(status)s %(reason)s")
            raise HarvestError(answered, url=url, status=status, reason=answer.reason_phrase)
        answered = Message(gettext_noop("answered %(status)s"), status=status)
        return None, answered, retry_after(answer.headers.get("Retry-After"))

    def _wait_turn(self) -> None:
        wait = self._last + self.interval_s - time.monotonic()
        if wait > 0:
            self.sleep(wait)
        self._last = time.monotonic()
        self.requests += 1


def retry_after(value: str | None) -> float | None:
    """Seconds to wait from a `Retry-After` header (seconds or an HTTP date), at most MAX_WAIT_S."""
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return min(float(value), MAX_WAIT_S)
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    return min(max(when.timestamp() - time.time(), 0.0), MAX_WAIT_S)
