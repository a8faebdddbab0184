"""Inputs that once crashed the ingestion get a clear error naming the problem (and the line), and write
nothing; two ingests of one new symbol at once both succeed."""

import threading

import pytest
from django.core.management import CommandError, call_command
from django.db import connection

from archive.models import Paragraph, Resolution, ResolutionText
from archive.services.errors import IngestError
from archive.services.ingestion import check_labels, ingest, parse_text, store
from archive.services.sources import read_source
from tests.conftest import SAMPLES
from tests.factories import SessionFactory
from tests.hostile_texts import duplicate_labels, over_the_search_limit

DUPLICATE = "a second paragraph labelled (a) in the same place (para_1__subpara_a); the first is at line 35"
TOO_LARGE = (
    "the text is too large for the search index (PostgreSQL's limit of 1 MB of indexed words); "
    "split it into smaller texts"
)


def test_labels_printed_again_are_kept_with_their_copys_eid_and_a_warning(db):
    """(a) (b) (a) (b) in one paragraph: nothing is lost; the second (a) is `subpara_a_2`, as a number
    printed twice gets `para_3_2`, and the reader is warned where the labels go wrong."""
    outcome = ingest(data=duplicate_labels(), filename="dup.txt")
    assert list(outcome.text.paragraphs.filter(eid__contains="subpara").values_list("eid", "body")) == [
        ("para_1__subpara_a", "one;"),
        ("para_1__subpara_b", "two;"),
        ("para_1__subpara_a_2", "three;"),
        ("para_1__subpara_b_2", "four."),
    ]
    assert ("sub-paragraph labels out of order", 35) in [(w.message, w.line) for w in outcome.warnings]


def test_two_items_with_one_eid_are_refused_before_the_database_sees_them():
    """The guard in front of the unique constraint: whatever the parser gives, a clash is a clear error
    naming both lines, never an IntegrityError."""
    parsed = parse_text(duplicate_labels().decode(), filename="dup.txt", language=None, symbol=None)
    parsed.operative[0].subparagraphs[2].eid = "para_1__subpara_a"
    with pytest.raises(IngestError) as refused:
        check_labels(parsed, "dup.txt")
    assert (refused.value.message, refused.value.line) == (DUPLICATE, 39)
    assert str(refused.value) == f"{DUPLICATE} (line 39)"


def test_the_command_line_reports_a_failed_file_and_goes_on_with_the_batch(db, tmp_path, capsys):
    (tmp_path / "big.txt").write_bytes(over_the_search_limit())
    (tmp_path / "A_RES_80_2.txt").write_bytes((SAMPLES / "en" / "A_RES_80_2.txt").read_bytes())
    with pytest.raises(CommandError, match="^1 of 2 files failed$"):
        call_command("ingest", str(tmp_path))
    out = capsys.readouterr().out
    assert f"failed: {tmp_path / 'big.txt'}: {TOO_LARGE}" in out
    assert "1 ingested (1 new, 0 replaced), 0 unchanged, 0 with warnings, 1 failed" in out
    assert list(Resolution.objects.values_list("symbol", flat=True)) == ["A/RES/80/2"]


def test_a_text_too_large_for_the_search_index_is_refused_and_nothing_is_written(db):
    with pytest.raises(IngestError) as refused:
        ingest(data=over_the_search_limit(), filename="big.txt")
    assert (refused.value.message, refused.value.line) == (TOO_LARGE, None)
    assert not Resolution.objects.exists()
    assert not Paragraph.objects.exists()


@pytest.mark.django_db(transaction=True)
def test_two_ingests_of_one_new_symbol_at_once_both_succeed():
    """Parsed first, stored at the same moment: the second waits on the first's advisory lock, then finds
    the resolution (and the same text). Its session is held already, as it mostly is."""
    SessionFactory(kind="regular", number=80)
    data = (SAMPLES / "en" / "A_RES_80_1.txt").read_bytes()
    text = read_source(data, "A_RES_80_1.txt")
    barrier = threading.Barrier(2)
    outcomes, errors = [], []

    def run():
        parsed = parse_text(text, filename="A_RES_80_1.txt", language=None, symbol=None)
        try:
            barrier.wait()
            stored = store(parsed, source_bytes=data, source_name="A_RES_80_1.txt", extracted_text=text)
            outcomes.append(stored.status)
        except Exception as exc:  # noqa: BLE001 - the test reports whatever escaped
            errors.append(exc)
        finally:
            connection.close()

    threads = [threading.Thread(target=run) for _ in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    assert sorted(outcomes) == ["created", "unchanged"]
    assert list(Resolution.objects.values_list("symbol", flat=True)) == ["A/RES/80/1"]
    assert ResolutionText.objects.count() == 1
