"""A text's row stays narrow (migration 0034): its extracted text, read only to parse it again, is stored
out of line once the row passes 1 kB, so that a search for common words visits fewer pages of the table."""

import importlib
import random
import string
from types import SimpleNamespace

from django.db import connection

from tests.factories import ResolutionTextFactory


def extracted_text(vocabulary: int, length: int) -> str:
    """Words of a small vocabulary: 3,000 characters compress to about 1.3 kB, under the 2 kB at which
    PostgreSQL would move them out of a row by default, over the 1 kB of this table."""
    rng = random.Random(17)
    words = ["".join(rng.choices(string.ascii_lowercase, k=rng.randint(3, 10))) for _ in range(vocabulary)]
    text = ""
    while len(text) < length:
        text += rng.choice(words) + " "
    return text


def stored_out_of_line(text_id: int) -> tuple[bool, int]:
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT pg_column_toast_chunk_id(extracted_text) IS NOT NULL, pg_column_size(extracted_text) "
            "FROM archive_resolutiontext WHERE id = %s",
            [text_id],
        )
        return cursor.fetchone()


def test_the_texts_table_moves_long_values_out_of_rows_past_1_kb(db):
    with connection.cursor() as cursor:
        cursor.execute("SELECT reloptions FROM pg_class WHERE relname = 'archive_resolutiontext'")
        assert cursor.fetchone()[0] == ["toast_tuple_target=1024"]


def test_an_extracted_text_compressed_under_2_kb_is_stored_out_of_the_row(db):
    text = ResolutionTextFactory(extracted_text=extracted_text(80, 3000), source_bytes=b"%PDF-1.7")
    out_of_line, compressed = stored_out_of_line(text.id)
    assert 1024 < compressed < 1700
    assert out_of_line


def test_a_short_extracted_text_stays_in_the_row(db):
    text = ResolutionTextFactory(extracted_text=extracted_text(80, 600), source_bytes=b"%PDF-1.7")
    out_of_line, _ = stored_out_of_line(text.id)
    assert not out_of_line


def test_rewriting_the_table_leaves_the_connection_with_the_timeout_it_had(transactional_db):
    """`bench` migrates the archive it builds, then fills it under the maintenance commands' timeout: the
    migration's VACUUM FULL, run under that timeout, must not put the connection's startup value back."""
    migration = importlib.import_module("archive.migrations.0034_texts_sources_out_of_line")
    with connection.cursor() as cursor:
        cursor.execute("SET statement_timeout = '42s'")
        try:
            migration.rewrite_the_table(None, SimpleNamespace(connection=connection))
            cursor.execute("SHOW statement_timeout")
            assert cursor.fetchone() == ("42s",)
        finally:
            cursor.execute("RESET statement_timeout")
