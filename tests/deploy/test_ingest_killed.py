"""`ingest` killed with SIGKILL in the middle of a batch: every text is complete or absent, and the same
command run again completes the batch."""

import os
import shutil
import signal
import subprocess
import sys
import time

from archive.models import Citation, Footnote, Paragraph, ResolutionText
from archive.services.ingestion import parse_text
from archive.services.sources import read_source

from .conftest import ROOT, SAMPLES

BATCH = 8  # texts: the kill comes after the third is stored, with several still to ingest


def stored_shape(text: ResolutionText) -> tuple[int, int, int]:
    return (
        Paragraph.objects.filter(text=text).count(),
        Footnote.objects.filter(text=text).count(),
        Citation.objects.filter(text=text).count(),
    )


def parsed_shape(text: ResolutionText) -> tuple[int, int, int]:
    """What the text's source parses into, counted as `stored_shape` counts the stored rows."""
    source = bytes(text.source_bytes)
    parsed = parse_text(
        read_source(source, text.source_name), filename=text.source_name, language=text.language, symbol=None
    )
    return (
        len(list(parsed.contents())),
        len(parsed.footnotes),
        len(parsed.citations()),
    )  # headings are rows too


def test_killed_ingest_leaves_whole_texts_and_resumes(test_database_url, tmp_path):
    batch = tmp_path / "batch"
    batch.mkdir()
    for path in sorted(SAMPLES.rglob("*.txt"))[:BATCH]:
        shutil.copy(path, batch / path.name)
    total = len(list(batch.iterdir()))
    command = [sys.executable, "manage.py", "ingest", str(batch)]
    env = {**os.environ, "DATABASE_URL": test_database_url}

    process = subprocess.Popen(command, cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    while ResolutionText.objects.count() < 3 and process.poll() is None:
        time.sleep(0.02)
    process.send_signal(signal.SIGKILL)
    process.wait()
    assert process.returncode == -signal.SIGKILL
    stored = list(ResolutionText.objects.select_related("resolution"))
    assert 3 <= len(stored) < total
    for text in stored:
        assert stored_shape(text) == parsed_shape(text), text

    again = subprocess.run(command, cwd=ROOT, env=env, capture_output=True, text=True, timeout=300)
    assert again.returncode == 0, again.stderr
    assert again.stdout.splitlines()[-1].startswith(
        f"{total - len(stored)} ingested ({total - len(stored)} new, 0 replaced), {len(stored)} unchanged, "
    )
    texts = list(ResolutionText.objects.select_related("resolution"))
    assert len(texts) == total
    for text in texts:
        assert stored_shape(text) == parsed_shape(text), text
