"""End to end: every sample with an answer key ingests and exports to 100% of its key."""

import importlib.util
import json
from io import StringIO

import pytest
from django.core.management import call_command

from .conftest import KEYS, sample

spec = importlib.util.spec_from_file_location("score", KEYS.parent / "score.py")
score = importlib.util.module_from_spec(spec)
spec.loader.exec_module(score)

KEYED = sorted(KEYS.glob("*.json"))


@pytest.mark.parametrize("key_path", KEYED, ids=[p.stem for p in KEYED])
def test_export_scores_100_percent_against_its_key(ingest_sample, key_path):
    key = json.loads(key_path.read_text(encoding="utf-8"))
    ingest_sample(key["source_file"])
    out = StringIO()
    call_command("export", key["symbol"], language=key["language"], stdout=out)

    result = score.score(key, json.loads(out.getvalue()))

    assert result.failures == []
    assert result.total > 20


def test_the_whole_sample_corpus_ingests_without_failures(db):
    out = StringIO()
    call_command("ingest", str(sample("A_RES_80_1.txt").parent.parent), stdout=out)
    files = len(
        [p for p in sample("A_RES_80_1.txt").parent.parent.rglob("*") if p.suffix in {".txt", ".pdf"}]
    )
    assert (
        out.getvalue().splitlines()[-1].startswith(f"{files} ingested ({files} new, 0 replaced), 0 unchanged")
    )
