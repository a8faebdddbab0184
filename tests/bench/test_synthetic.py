from collections import Counter

from archive.parser.symbols import parse_symbol
from bench.synthetic import COLUMNS, LANGUAGE_SHARES, SyntheticArchive, letters

from .conftest import generate


def as_dicts(rows, name):
    return [dict(zip(COLUMNS[name], row, strict=True)) for row in rows[name]]


def test_rows_have_every_column_in_copy_order(profile):
    rows = generate(profile, scale=200)  # with two separate votes
    for name, values in rows.items():
        assert {len(row) for row in values} == {len(COLUMNS[name])}, name


def test_the_same_seed_gives_the_same_archive(profile):
    assert generate(profile, seed=3) == generate(profile, seed=3)
    assert generate(profile, seed=3)["Paragraph"] != generate(profile, seed=4)["Paragraph"]


def test_ids_are_consecutive_from_one(profile):
    rows = generate(profile)
    for name, values in rows.items():
        assert [row[0] for row in values] == list(range(1, len(values) + 1)), name


def test_resolutions_satisfy_the_model_constraints(profile):
    resolutions = as_dicts(generate(profile, scale=200), "Resolution")
    assert len({r["symbol"] for r in resolutions}) == 200
    for r in resolutions:
        assert r["symbol"].startswith("A/RES/")
        counts = [r["votes_yes"], r["votes_no"], r["votes_abstain"]]
        assert (None not in counts) if r["vote"] == "recorded" else counts == [None, None, None]


def test_every_resolution_is_in_english_and_three_languages_on_average(profile):
    rows = generate(profile, scale=400)
    texts = as_dicts(rows, "ResolutionText")
    by_resolution = Counter(t["resolution_id"] for t in texts)
    english = {t["resolution_id"] for t in texts if t["language"] == "en"}
    assert english == set(by_resolution)
    assert set(Counter(t["language"] for t in texts)) == {"en", *LANGUAGE_SHARES}
    assert 2.8 <= len(texts) / 400 <= 3.2
    assert len({(t["resolution_id"], t["language"]) for t in texts}) == len(texts)


def test_paragraphs_nest_and_number_as_the_parser_does(profile):
    paragraphs = as_dicts(generate(profile), "Paragraph")
    by_id = {p["id"]: p for p in paragraphs}
    for p in paragraphs:
        if p["parent_id"] is not None:
            parent = by_id[p["parent_id"]]
            assert p["kind"] == "subparagraph" and p["depth"] == 1
            assert p["eid"] == f"{parent['eid']}__subpara_{p['number'][1:-1]}"
            assert (parent["text_id"], parent["annex_id"]) == (p["text_id"], p["annex_id"])
    assert len({(p["text_id"], p["position"]) for p in paragraphs}) == len(paragraphs)
    assert len({(p["text_id"], p["eid"]) for p in paragraphs}) == len(paragraphs)
    assert [letters(i) for i in (0, 25, 26, 27)] == ["a", "z", "aa", "ab"]


def test_citations_are_spans_of_their_paragraph_or_footnote(profile):
    rows = generate(profile)
    bodies = {("p", p["id"]): p["body"] for p in as_dicts(rows, "Paragraph")}
    bodies |= {("f", f["id"]): f["body"] for f in as_dicts(rows, "Footnote")}
    citations = as_dicts(rows, "Citation")
    assert citations
    for c in citations:
        assert (c["paragraph_id"] is None) != (c["footnote_id"] is None)
        body = bodies[("p", c["paragraph_id"])] if c["paragraph_id"] else bodies[("f", c["footnote_id"])]
        assert c["end"] > c["start"] and body[c["start"] : c["end"]] == c["raw"]
        assert c["target_resolution_id"] is None or c["kind"] == "resolution"
    assert len({(c["text_id"], c["position"]) for c in citations}) == len(citations)


def test_resolution_citations_point_to_earlier_resolutions(profile):
    rows = generate(profile, scale=300)
    symbol_of = {r[0]: r[1] for r in rows["Resolution"]}
    resolution_of_text = {t[0]: t[1] for t in rows["ResolutionText"]}
    linked = [c for c in as_dicts(rows, "Citation") if c["target_resolution_id"] is not None]
    unlinked = [
        c for c in as_dicts(rows, "Citation") if c["kind"] == "resolution" and not c["target_resolution_id"]
    ]
    assert len(linked) > 5 * len(unlinked)
    for c in linked:
        assert c["target_resolution_id"] < resolution_of_text[c["text_id"]]
        assert symbol_of[c["target_resolution_id"]] == c["target"]
    for c in unlinked:
        assert parse_symbol(c["target"]).canonical == c["target"] and c["target"] not in symbol_of.values()


def test_footnote_refs_point_into_their_paragraph(profile):
    rows = generate(profile)
    paragraphs = {p["id"]: p for p in as_dicts(rows, "Paragraph")}
    footnotes = {f["id"]: f for f in as_dicts(rows, "Footnote")}
    refs = as_dicts(rows, "FootnoteRef")
    assert len(refs) == len(footnotes)
    for ref in refs:
        paragraph = paragraphs[ref["paragraph_id"]]
        assert paragraph["text_id"] == ref["text_id"] == footnotes[ref["footnote_id"]]["text_id"]
        assert 0 <= ref["offset"] <= len(paragraph["body"])
    assert len({(r["paragraph_id"], r["position"]) for r in refs}) == len(refs)


def test_structure_comes_from_the_sample_corpus(profile):
    archive = SyntheticArchive(scale=10, seed=1, profile=profile)
    assert archive.citation_kinds == ["document", "other", "resolution", "session"]
    assert len(profile.shapes) == 32  # the sample corpus's texts


def test_recorded_votes_give_each_member_states_vote_adding_up_to_the_totals(profile):
    rows = generate(profile, scale=200)
    resolutions = {r["id"]: r for r in as_dicts(rows, "Resolution")}
    votes = as_dicts(rows, "MemberStateVote")
    by_resolution: dict[int, Counter] = {}
    for v in votes:
        by_resolution.setdefault(v["resolution_id"], Counter())[v["vote"]] += 1
    recorded = {i for i, r in resolutions.items() if r["vote"] == "recorded"}
    assert set(by_resolution) == recorded and 0.2 <= len(recorded) / 200 <= 0.4
    for resolution_id, counts in by_resolution.items():
        r = resolutions[resolution_id]
        assert (
            counts
            == Counter(
                {
                    "yes": r["votes_yes"],
                    "no": r["votes_no"],
                    "abstain": r["votes_abstain"],
                    "non_voting": r["votes_non_voting"],
                }
            )
            - Counter()
        )  # zero counts dropped
        assert sum(counts.values()) == 193
    assert len({(v["resolution_id"], v["member_state_id"]) for v in votes}) == len(votes)


def test_a_few_recorded_votes_have_separate_votes_with_each_states_vote(profile):
    rows = generate(profile, scale=1000)
    resolutions = {r["id"]: r for r in as_dicts(rows, "Resolution")}
    parts = {p["id"]: p for p in as_dicts(rows, "SeparateVote")}
    recorded = [r for r in resolutions.values() if r["vote"] == "recorded"]
    with_parts = {p["resolution_id"] for p in parts.values()}
    assert with_parts <= {r["id"] for r in recorded}
    assert 0.02 <= len(with_parts) / len(recorded) <= 0.1
    assert len({p["undl_record"] for p in parts.values()}) == len(parts)
    by_part: dict[int, Counter] = {}
    for v in as_dicts(rows, "SeparateStateVote"):
        by_part.setdefault(v["separate_vote_id"], Counter())[v["vote"]] += 1
    assert set(by_part) == set(parts)
    for part_id, counts in by_part.items():
        p = parts[part_id]
        totals = {c: p[f"votes_{c}"] for c in ("yes", "no", "abstain", "non_voting")}
        assert counts == Counter(totals) - Counter() and sum(counts.values()) == 193
        assert p["voted_on"] == resolutions[p["resolution_id"]]["adopted_on"]
