"""Documents of the 1990s, in every language: the cover in capitals, footnote marks printed "1/" after a
space, footnote lines "1/ text", "/..." at the foot of a page, "Page 2" under the running symbol."""

import datetime
from pathlib import Path

import pytest

from archive.parser import parse

TEXTS = Path(__file__).resolve().parents[1] / "data" / "texts"


@pytest.mark.parametrize(
    ("name", "paragraphs", "footnotes"),
    [
        (
            "A_RES_52_100.en.txt",
            [
                ("preamble__para_1", "Recalling its resolution 50/203", "other relevant resolutions,", []),
                ("preamble__para_2", "Having considered the report", "Conference on Women,", [("1", 131)]),
                ("preamble__para_3", "Recalling also the Beijing", "the Platform for Action,", [
                    ("2", 38), ("2", 67)
                ]),
                ("para_1", "Welcomes the report", "of the Secretary-General;", [("1", 45)]),
                ("para_2", "Reaffirms that the primary", "rests with Governments;", []),
                ("para_3", "Requests the Secretary-General", "of the present resolution.", []),
            ],
            [
                ("1", "A/52/352."),
                ("2", "Report of the Fourth World Conference on Women, Beijing, 4-15 September 1995 (United "
                 "Nations publication, Sales No. E.96.IV.13), chap. I, resolution 1, annexes I and II."),
            ],
        ),
        (
            "A_RES_52_100.fr.txt",
            [
                ("preamble__para_1", "Rappelant sa résolution 50/203", "autres résolutions pertinentes,", []),
                ("preamble__para_2", "Ayant examiné le rapport", "sur les femmes,", [("1", 132)]),
                ("preamble__para_3", "Rappelant également la", "et le Programme d'action,", [
                    ("2", 45), ("2", 70)
                ]),
                ("para_1", "Accueille avec satisfaction", "du Secrétaire général;", [("1", 60)]),
                ("para_2", "Réaffirme que c'est", "du Programme d'action;", []),
                ("para_3", "Prie le Secrétaire général", "de la présente résolution.", []),
            ],
            [
                ("1", "A/52/352."),
                ("2", "Rapport de la quatrième Conférence mondiale sur les femmes, Beijing, 4-15 septembre "
                 "1995 (publication des Nations Unies, numéro de vente : F.96.IV.13), chap. I, résolution 1, "
                 "annexes I et II."),
            ],
        ),
    ],
)  # fmt: skip
def test_a_resolution_of_the_nineties(name, paragraphs, footnotes):
    p = parse((TEXTS / name).read_text(encoding="utf-8"))
    assert (p.symbol.canonical, p.agenda_items, p.adopted_on, p.meeting, p.warnings) == (
        "A/RES/52/100",
        ["103"],
        datetime.date(1997, 12, 12),
        70,
        [],
    )
    assert [
        (x.eid, x.text[: len(start)], x.text[-len(end) :], [(r.mark, r.offset) for r in x.footnote_refs])
        for x, (_, start, end, _) in zip(p.paragraphs(), paragraphs, strict=True)
    ] == paragraphs
    assert [(n.mark, n.text) for n in p.footnotes] == footnotes
    assert [(a.text, a.reason) for a in p.artefacts if a.reason in ("continued overleaf", "page label")] == [
        ("/...", "continued overleaf"),
        ("Page 2", "page label"),
    ]
