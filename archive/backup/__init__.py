"""A portable copy of the whole archive: `dump(folder)` writes it, `load(folder)` restores it into an empty
database (`manage.py dump_archive` / `load_archive`).

The folder holds, for each model dumped (see `layout.dumped_models`), one JSON Lines file named
`<app>.<model>.jsonl` of Django's serialised rows (`{"model", "pk", "fields"}`, keys sorted, in primary
key order); the original source of every resolution text, byte for byte, as `sources/<sha256><suffix>`
(the text's `source_sha256` and the suffix of its `source_name`); and `manifest.json`: the format and
its version, the migration each app's schema is at, and each file's row count and SHA-256. Two dumps
of the same data are identical byte for byte.
"""

from .dump import dump
from .layout import BackupError
from .load import load

__all__ = ["BackupError", "dump", "load"]
