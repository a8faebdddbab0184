"""Shared by the REST API tests (a module name of its own: tests/api is no package)."""

BASE = "http://testserver/api/v1"
LINK_KEYS = [
    "url",
    "page_url",
    "session_url",
    "paragraphs_url",
    "footnotes_url",
    "citations_url",
    "cited_by_url",
    "text_url",
    "akn_url",
]

CITING = """80/99. Test of citation linking

The General Assembly,

Recalling its resolution 80/1 of 19 September 2025 and its resolution 58/199,

1. Decides to remain seized of the matter.

3rd plenary meeting
19 September 2025
"""
