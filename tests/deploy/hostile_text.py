"""A resolution text whose title, paragraphs and footnote carry script and markup: each payload, if it ran,
would set `window.__pwned`."""

from archive.services.ingestion import ingest

SYMBOL = "A/RES/80/98"
TITLE_SCRIPT = '<script>window.__pwned = "title"</script>'
TITLE_IMAGE = "<img src=x onerror=\"window.__pwned='title-img'\">"
PREAMBLE_SCRIPT = '<script>window.__pwned = "preamble"</script>'
FOOTNOTE_IMAGE = "<img src=x onerror=\"window.__pwned='footnote'\">"
PARAGRAPH_SVG = "<svg onload=\"window.__pwned='paragraph'\"></svg>"
PAYLOADS = [TITLE_SCRIPT, TITLE_IMAGE, PREAMBLE_SCRIPT, FOOTNOTE_IMAGE, PARAGRAPH_SVG]

TEXT = f"""80/98. Hostile {TITLE_SCRIPT} markup {TITLE_IMAGE}

The General Assembly,

Recalling {PREAMBLE_SCRIPT} the Universal Declaration of Human Rights,1

1 Resolution 217 A (III) {FOOTNOTE_IMAGE}.

1. Decides {PARAGRAPH_SVG} to remain seized of the matter.

3rd plenary meeting
19 September 2025
"""


def ingest_hostile_text():
    return ingest(data=TEXT.encode(), filename="hostile.txt")
