"""Labels of the parts of a text, and excerpts centred on the words that cite (pure functions)."""

import pytest

from archive.pages.excerpts import excerpt, window
from archive.pages.labels import part_label


@pytest.mark.parametrize(
    ("kind", "eid", "label"),
    [
        ("title", "", "Title"),
        ("preambular", "preamble__para_5", "Preambular paragraph 5"),
        ("operative", "para_3", "Operative paragraph 3"),
        ("operative", "part_b__para_2", "Operative paragraph 2"),
        ("subparagraph", "para_3__subpara_a", "Sub-paragraph (a) of paragraph 3"),
        ("subparagraph", "para_3__subpara_a__subpara_ii", "Sub-paragraph (ii) of paragraph 3 (a)"),
        ("annex_paragraph", "annex_1__para_2", "Annex paragraph 2"),
        ("footnote", "fnt_4", "Footnote 4"),
        ("heading", "annex_1__hcontainer_2", "Heading"),
    ],
)
def test_labels_name_the_kind_and_the_number(kind, eid, label):
    assert part_label(kind, eid) == label


BODY = " ".join(f"word{n}" for n in range(200))  # "word0 word1 … word199"


def test_the_excerpt_is_centred_on_the_citing_words_cut_between_words():
    start = BODY.index("word100")
    end = start + len("word100")
    left, right = window(BODY, start, end, width=60)
    assert BODY[left:right] == "word97 word98 word99 word100 word101 word102 word103"
    assert excerpt(BODY, [(start, end)], width=60) == (
        "…word97 word98 word99 <mark>word100</mark> word101 word102 word103…"
    )


def test_near_the_start_or_end_the_room_goes_to_the_other_side():
    assert excerpt(BODY, [(0, 5)], width=30) == "<mark>word0</mark> word1 word2 word3 word4…"
    end = len(BODY)
    assert excerpt(BODY, [(end - 7, end)], width=30) == "…word197 word198 <mark>word199</mark>"


def test_every_citing_span_in_the_excerpt_is_marked_and_the_text_escaped():
    body = "Recalling <b> resolutions 58/199 and 59/190, & others"
    spans = [
        (body.index("59/190"), body.index("59/190") + 6),
        (body.index("58/199"), body.index("58/199") + 6),
    ]
    assert excerpt(body, spans) == (
        "Recalling &lt;b&gt; resolutions <mark>58/199</mark> and <mark>59/190</mark>, &amp; others"
    )


def test_a_text_without_spaces_is_cut_at_the_width():
    body = "大会" * 100 + "第59/190号决议" + "大会" * 100
    start = body.index("59/190")
    assert (
        excerpt(body, [(start, start + 6)], width=20) == "…大会大会大会第<mark>59/190</mark>号决议大会大会…"
    )


def test_spans_outside_the_body_are_ignored():
    assert excerpt("short text", [(4, 99)]) == "short text"
