"""What the search finds follows the ingestion service and the editors' corrections in the admin at once:
each computes the text's search vector again after writing its title, paragraphs or footnotes."""

from admin_helpers import change_form_data

from archive.models import Paragraph
from archive.search.service import search


def found(text: str) -> list[tuple[str, list[str]]]:
    return [
        (group.symbol, [f"{hit.language}:{hit.eid or 'title'}" for hit in group.hits])
        for group in search(text).groups
    ]


def test_an_ingested_text_is_found(ingested):
    assert found("apportionment") == []
    ingested("A_RES_80_2.txt")
    assert found("apportionment") == [("A/RES/80/2", ["en:title"])]


def test_a_title_or_paragraph_corrected_reverted_or_deleted_in_the_admin(as_alice, ingested):
    text = ingested("A_RES_80_2.txt").texts.get()
    url = f"/admin/archive/resolutiontext/{text.pk}/change/"
    changes = {"title": f"{text.title} and quokkas", "paragraphs-2-body": "Reaffirms the wombats' role."}
    assert as_alice.post(url, change_form_data(as_alice.get(url), **changes)).status_code == 302
    assert found("quokka") == [("A/RES/80/2", ["en:title"])]
    assert found("wombat") == [("A/RES/80/2", ["en:para_1"])]
    assert found("advisory") == []

    paragraph = Paragraph.objects.get(text=text, eid="para_1")
    stored = paragraph.history.earliest("history_id")
    revert_page = f"/admin/archive/paragraph/{paragraph.pk}/history/{stored.history_id}/"
    assert as_alice.post(revert_page, change_form_data(as_alice.get(revert_page))).status_code == 302
    assert found("wombat") == []
    assert found("advisory") == [("A/RES/80/2", ["en:para_1"])]

    delete_page = f"/admin/archive/paragraph/{paragraph.pk}/delete/"
    assert as_alice.post(delete_page, {"post": "yes"}).status_code == 302
    assert found("advisory") == []
