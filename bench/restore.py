"""The restore drill at scale: the benchmark's archive dumped (`dump_archive`), then loaded
(`load_archive`) into a new database migrated for it, each timed as the commands run (with their
statement timeout); the new database is dropped after."""

from __future__ import annotations

import io
import json
import tempfile
import time
from pathlib import Path

from django.core.management import call_command

from . import database


def measure(restore_database: str, scratch: Path) -> dict:
    """Dump the database in use into a folder under `scratch` (removed after), load the dump into
    `restore_database` (created afresh, then dropped): rows, seconds and rows a second of each."""
    scratch.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="restore-", dir=scratch) as folder:
        started = time.perf_counter()
        call_command("dump_archive", Path(folder) / "dump", stdout=io.StringIO())
        dumped = time.perf_counter() - started
        manifest = json.loads((Path(folder) / "dump" / "manifest.json").read_text())
        size = sum(path.stat().st_size for path in Path(folder).rglob("*") if path.is_file())
        database.recreate(restore_database)
        try:
            with database.using(restore_database):
                call_command("migrate", verbosity=0)
                started = time.perf_counter()
                call_command("load_archive", Path(folder) / "dump", stdout=io.StringIO())
                loaded = time.perf_counter() - started
        finally:
            database.drop(restore_database)
    rows = sum(entry["rows"] for entry in manifest["files"].values())
    return {
        "rows": rows,
        "tables": len(manifest["files"]),
        "source_files": manifest["sources"]["files"],
        "dump_bytes": size,
        "dump_seconds": round(dumped, 2),
        "load_seconds": round(loaded, 2),
        "load_minutes": round(loaded / 60, 2),
        "load_rows_per_second": round(rows / loaded),
        "dump_rows_per_second": round(rows / dumped),
    }
