from hypothesis import given
from hypothesis import strategies as st

from archive.pages.alignment import (
    align_by_key,
    align_similar,
    mark_changes,
    similarity,
    similarity_bound,
    tokens,
)


def test_align_by_key_keeps_both_orders_and_leaves_unmatched_alone():
    left = ["preamble__para_1", "para_1", "para_2", "para_3"]
    right = ["preamble__para_1", "para_1", "para_1__subpara_a", "para_3"]
    assert align_by_key(left, right, key=str) == [
        ("preamble__para_1", "preamble__para_1"),
        ("para_1", "para_1"),
        ("para_2", None),
        (None, "para_1__subpara_a"),
        ("para_3", "para_3"),
    ]


def test_align_similar_pairs_edited_paragraphs_and_isolates_new_and_dropped_ones():
    old = [
        "Takes note of the report of the Secretary-General;",
        "Requests the Chair to report at its eightieth session;",
        "Decides to remain seized of the matter.",
    ]
    new = [
        "Takes note of the report of the Secretary-General;",
        "Welcomes the new working methods of the Committee;",
        "Requests the Chair to report at its eighty-second session;",
    ]
    assert align_similar(old, new, "word") == [(0, 0), (None, 1), (1, 2), (2, None)]


def test_words_are_tokens_except_in_chinese_where_characters_are():
    assert tokens("at its eightieth session;", "word") == [
        "at",
        " ",
        "its",
        " ",
        "eightieth",
        " ",
        "session",
        ";",
    ]
    assert tokens("第六十届会议", "char") == ["第", "六", "十", "届", "会", "议"]


def test_mark_changes_marks_deleted_and_inserted_words_and_escapes():
    old, new = mark_changes(
        "report at its <b>eightieth</b> session", "report at its <b>eighty-second</b> session", "word"
    )
    assert old == "report at its &lt;b&gt;<del>eightieth</del>&lt;/b&gt; session"
    assert new == "report at its &lt;b&gt;<ins>eighty-second</ins>&lt;/b&gt; session"


def test_mark_changes_in_chinese_marks_characters():
    old, new = mark_changes("第六十届会议", "第六十一届会议", "char")
    assert old == "第六十届会议"
    assert new == "第六十<ins>一</ins>届会议"


@given(st.lists(st.sampled_from("ab c;"), max_size=30), st.lists(st.sampled_from("ab c;"), max_size=30))
def test_the_bound_that_rules_paragraphs_out_is_never_below_their_similarity(a, b):
    assert similarity_bound(a, b) >= similarity(a, b)


def test_a_paragraph_is_paired_with_the_first_of_equally_similar_ones_and_only_if_similar_enough():
    old = ["Calls upon all States to act;", "Notes with appreciation the report of the Secretary-General."]
    new = ["Calls upon all States to act now;", "Calls upon all States to act now;", "Decides to adjourn."]
    assert align_similar(old, new, "word") == [(0, 0), (1, None), (None, 1), (None, 2)]
