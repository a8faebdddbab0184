"""The archive's connections cost a page read out of order as PostgreSQL's documentation advises for SSDs
and data held in memory (random_page_cost 1.1, not the default 4, which is for spinning disks): with 4, a
search for common words scans every text and reads each one's search vector instead of using the index
`text_search` (docs/performance.md)."""

from django.core.management import call_command
from django.db import connection


def random_page_cost() -> str:
    with connection.cursor() as cursor:
        cursor.execute("SHOW random_page_cost")
        return cursor.fetchone()[0]


def test_the_web_connection_costs_random_reads_as_on_an_ssd(db):
    assert random_page_cost() == "1.1"


def test_maintenance_commands_keep_it(db):
    call_command("rebuild_search", verbosity=0)
    assert random_page_cost() == "1.1"
