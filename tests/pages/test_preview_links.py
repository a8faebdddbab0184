"""Where a citation's preview is fetched from: the API's paragraph, else the resolution, in the language
the link opens (every language held when the cited resolution lacks the reader's)."""

import pytest

from archive.pages.links import preview_url


@pytest.mark.parametrize(
    ("language", "eid", "url"),
    [
        ("en", "para_5", "/api/v1/resolutions/A/RES/59/190/paragraphs/para_5?language=en"),
        (None, "para_5", "/api/v1/resolutions/A/RES/59/190/paragraphs/para_5"),
        ("fr", None, "/api/v1/resolutions/A/RES/59/190.json?language=fr"),
        ("fr", "part_b", "/api/v1/resolutions/A/RES/59/190.json?language=fr"),  # a part: the resolution
    ],
)
def test_the_preview_comes_from_the_api(language, eid, url):
    assert preview_url("A/RES/59/190", language, eid) == url


def test_the_api_answers_with_what_the_preview_shows(client, successor):
    """The script shows `texts[language].text` of a paragraph, `texts[language].title` of a resolution."""
    paragraph = client.get(preview_url("A/RES/59/190", "en", "para_5")).json()
    assert paragraph["texts"]["en"]["text"].startswith("Reaffirms that the promotion, protection")
    resolution = client.get(preview_url("A/RES/59/190", "zh", None)).json()
    assert resolution["texts"]["zh"]["title"].startswith("促进国际合作")
