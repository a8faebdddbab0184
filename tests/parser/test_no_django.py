"""The parser and the PDF reader are pure Python: importing them loads nothing of Django, so they can be
tested and reused alone (and the PDF reader's child process starts light)."""

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

IMPORTS = (
    "import sys, archive.parser, archive.pdf_text; "
    "print(sorted({m.split('.')[0] for m in sys.modules} & {'django', 'rest_framework', 'psycopg'}))"
)


def test_importing_the_parser_and_the_pdf_reader_loads_no_django():
    loaded = subprocess.run(
        [sys.executable, "-c", IMPORTS], capture_output=True, text=True, check=True, cwd=ROOT
    )
    assert loaded.stdout == "[]\n"
