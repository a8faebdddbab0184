"""ARCHIVE_CACHE_URL=file:///…: one response cache in files for the processes of a host, which finds what
to cull through its index instead of listing the folder on every write (as Django's file cache does)."""

import sys

from django.core.cache import close_caches
from django.utils.module_loading import import_string

from archive.settings import cache_from_url


def file_cache(folder):
    config = cache_from_url(f"file://{folder}")
    return import_string(config["BACKEND"])(config["LOCATION"], config)


def test_a_file_url_names_the_file_cache_in_that_folder(tmp_path):
    assert cache_from_url(f"file://{tmp_path}") == {
        "BACKEND": "archive.serving.file_cache.FileCache",
        "LOCATION": str(tmp_path),
        "TIMEOUT": None,
    }


def test_what_one_process_stores_another_reads(tmp_path):
    writer, reader = file_cache(tmp_path), file_cache(tmp_path)
    writer.set("conditional:etag", (b"<html>", {"Content-Type": "text/html"}))
    assert reader.get("conditional:etag") == (b"<html>", {"Content-Type": "text/html"})
    assert reader.get("conditional:other") is None


def test_a_write_does_not_list_the_folder(tmp_path):
    cache = file_cache(tmp_path)
    for number in range(300):
        cache.set(f"page {number}", b"x" * 100)
    listings, watching = [], [True]

    def audit(event, args):
        if watching and event in {"os.listdir", "os.scandir", "glob.glob", "glob.glob/2"}:
            listings.append(event)

    sys.addaudithook(audit)  # a hook stays for the process: it records only while this test watches
    cache.set("page 300", b"x" * 100)
    watching.clear()
    assert (listings, cache.get("page 300")) == ([], b"x" * 100)


def test_a_finished_request_leaves_the_connections_open(tmp_path, settings):
    """Django closes the caches after each request; reconnecting SQLite each time costs more than a
    cached answer does."""
    settings.CACHES = {"default": cache_from_url(f"file://{tmp_path}")}
    from django.core.cache import cache

    cache.set("page", b"x")
    connects, watching = [], [True]

    def audit(event, args):
        if watching and event == "sqlite3.connect":
            connects.append(args)

    sys.addaudithook(audit)
    # what Django connects to `request_finished` for the caches (the signal's other receiver, closing old
    # database connections, fails in a test without database access once its worker has opened one)
    close_caches()
    value = cache.get("page")
    watching.clear()
    assert (connects, value) == ([], b"x")
