"""How many passages elsewhere cite each operative paragraph by number (`CitedBy.citing_paragraph()`), counted
from the rows of the page's "Cited by" list."""

from archive.models import Citation
from archive.pages.cited_by import cited_by
from tests.factories import CitationFactory, ParagraphFactory, ResolutionFactory, ResolutionTextFactory


def cite(text, pinpoint: str, part: str = "", eid: str | None = None):
    paragraph = ParagraphFactory(
        text=text, body="Recalling paragraph 2 of resolution 79/238,", **({"eid": eid} if eid else {})
    )
    return CitationFactory(
        paragraph=paragraph, target="A/RES/79/238", raw="79/238", pinpoint=pinpoint, part=part
    )


def test_each_passage_counts_once_whatever_its_languages_and_a_number_alone_counts_in_every_part(db):
    cited = ResolutionFactory(symbol="A/RES/79/238", number=238)
    citing = ResolutionFactory()
    english = ResolutionTextFactory(resolution=citing, language="en")
    french = ResolutionTextFactory(resolution=citing, language="fr")
    cite(english, "2", eid="para_1")
    cite(french, "2", eid="para_1")  # the same passage in French
    cite(english, "2", part="B", eid="para_2")
    cite(english, "3", part="A", eid="para_3")
    cite(ResolutionTextFactory(resolution=cited), "3")  # the resolution's own text does not count

    counts = cited_by(Citation.objects.citing(cited), "en", None)

    assert {
        (part, number): counts.citing_paragraph(part, number) for part in ("", "A", "B") for number in "123"
    } == {
        ("", "1"): 0,
        ("", "2"): 1,
        ("", "3"): 0,
        ("A", "1"): 0,
        ("A", "2"): 1,
        ("A", "3"): 1,
        ("B", "1"): 0,
        ("B", "2"): 2,
        ("B", "3"): 0,
    }
