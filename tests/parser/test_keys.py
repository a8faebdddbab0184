"""Every answer key scores 100% through score.py, on the export of the parse."""

import json

import pytest
from parser_helpers import CORPUS, KEYS, SEED, exported, read

from archive.parser import parse

TEXT_KEYS = {
    "A_RES_59_190.zh.json": SEED,
    **{f"A_RES_80_{n}.en.json": CORPUS / "en" / f"A_RES_80_{n}.txt" for n in range(1, 6)},
}


def export(parsed) -> dict:
    return json.loads(json.dumps(exported(parsed), ensure_ascii=False))


@pytest.mark.parametrize("key", sorted(TEXT_KEYS))
def test_key_scores_100(key, scorer):
    gold = json.loads((KEYS / key).read_text(encoding="utf-8"))
    result = scorer.score(gold, export(parse(read(TEXT_KEYS[key]))))
    assert result.failures == []
    assert result.total > 40


def test_pdf_key_scores_100(scorer):
    pdf_text = pytest.importorskip("archive.pdf_text")
    text = pdf_text.extract_text((CORPUS / "en" / "A_RES_73_8-EN.pdf").read_bytes())
    gold = json.loads((KEYS / "A_RES_73_8.en.json").read_text(encoding="utf-8"))
    result = scorer.score(gold, export(parse(text)))
    assert result.failures == []


def test_seed_exact_texts_and_refs():
    gold = json.loads((KEYS / "A_RES_59_190.zh.json").read_text(encoding="utf-8"))
    p = parse(read(SEED))
    flat = "".join
    assert [flat(x.text.split()) for x in p.preambular] == [flat(t.split()) for t in gold["preambular"]]
    assert [x.text for x in p.operative] == [o["text"] for o in gold["operative"]]
    assert [[r.mark for r in x.footnote_refs] for x in p.operative][2] == ["1", "2", "2"]
    assert [(r.mark, r.offset) for r in p.operative[2].footnote_refs] == [("1", 26), ("2", 43), ("2", 56)]
    assert p.warnings == []
    assert p.symbol.session.number == 59 and p.symbol.session.kind == "regular"


def test_first_style_keys_have_no_warnings():
    for n in range(1, 6):
        assert parse(read(CORPUS / "en" / f"A_RES_80_{n}.txt")).warnings == []
