import pytest

from archive.parser import parse
from archive.parser.artefacts import furniture_reason, running_title_runs, split_page_break_tail
from archive.parser.normalise import normalise_lines


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("25-15106 (E)", "job number"),
        ("25-15106", "job number"),
        ("00 55951", "job number"),
        ("25-00123* (E)", "job number"),
        ("(A) 24-23459", "job number"),
        ("18-18418 (E) 071118", "job number"),
        ("071118", "print date"),
        ("*2515106*", "barcode"),
        ("2/18", "page number"),
        ("2/2 25-15779", "page and job number"),
        ("25-15779 3/4", "page and job number"),
        ("25-15779 (C) 3/4", "page and job number"),
        ("2/2 25", None),
        ("A/RES/80/1", "running symbol"),
        ("A/RES/217(III)", "running symbol"),
        ("Page 2", "page label"),
        ("/...", "continued overleaf"),
        ("/ …", "continued overleaf"),
        ("Página 12", "page label"),
        ("Стр. 3", "page label"),
        ("стр. 3", "page label"),
        ("الصفحة 2", "page label"),
        ("第2页", "page label"),
        ("第 2 页", "page label"),
        ("A/RES/59/190 Page 2", "running symbol"),
        ("Page two", None),
        ("Page 2 of the report", None),
        ("_______________", "footnote rule"),
        ("---", "footnote rule"),
        ("1. Decides", None),
        ("2030", None),
        ("Awaza Political Declaration", None),
    ],
)
def test_furniture_reason(text, reason):
    assert furniture_reason(normalise_lines(text)[0]) == reason


def test_all_space_rule_line_is_furniture():
    assert furniture_reason(normalise_lines(" " * 59)[0]) == "footnote rule"


def test_page_break_tail():
    assert split_page_break_tail("at the national, regional and international ---") == (
        "at the national, regional and international",
        "---",
    )
    assert split_page_break_tail("no tail") == ("no tail", None)


def test_running_title_runs_find_title_pieces_between_furniture():
    text = (
        "A/RES/80/2\nScale of assessments for the\nUnited Nations: requests\n\n"
        "25-15779\nScale of assessments is\n"
    )
    lines = normalise_lines(text)
    free = [True, True, True, True, False, True, True]
    free[0] = False
    title = "Scale of assessments for the United Nations: requests under Article 19"
    assert running_title_runs(lines, free, title) == [1, 2]


def test_running_title_line_between_blank_lines():
    lines = normalise_lines("text,\n\nRegional disarmament\n\nmore text")
    assert running_title_runs(lines, [True] * 5, "Regional disarmament") == [2]
    assert running_title_runs(lines, [True] * 5, "Something else entirely") == []


def test_a_running_title_starts_the_title_and_its_lines_may_stand_apart():
    """An extraction with a blank line between all lines: the header's second line, alone between blank
    lines, continues its first; a body line repeating words from the middle of the title is body text."""
    title = "Strengthening of United Nations action in the field of human rights"
    lines = normalise_lines(
        "further proposals for the strengthening\n\nof United Nations action in the field\n\n"
        "of human rights;\n\nStrengthening of United Nations\n\naction in the field of human rights\n\n"
        "3. Decides"
    )
    assert running_title_runs(lines, [True] * len(lines), title) == [6, 8]


def test_running_title_beside_the_symbol_on_one_line():
    """The header as an extractor keeping lines whole gives it: the symbol and the title on one line, the
    symbol first (even pages) or last (odd pages)."""
    title = "分摊联合国费用的会费比额表：根据《宪章》第十九条提出的请求"
    lines = normalise_lines(
        f"请求；\n\nA/RES/80/2 {title}\n\n{title} A/RES/80/2\n\nA/RES/80/2 另一个标题的文字很长很长\n"
    )
    assert running_title_runs(lines, [True] * len(lines), title) == [2, 4]


@pytest.mark.parametrize(
    ("text", "label", "paragraph"),
    [
        (
            "80/9. T\n\nThe General Assembly,\n\n1. Decides to remain\n\n{header}\n\nseized of the matter.\n",
            "Page 2",
            "Decides to remain seized of the matter.",
        ),
        (
            "80/9. T\n\nLa Asamblea General,\n\n1. Decide seguir\n\n{header}\n\nocupándose de la cuestión.\n",
            "Página 2",
            "Decide seguir ocupándose de la cuestión.",
        ),
        (
            "80/9. T\n\nГенеральная Ассамблея,\n\n1. постановляет продолжать\n\n{header}\n\n"
            "заниматься этим вопросом.\n",
            "Стр. 2",
            "постановляет продолжать заниматься этим вопросом.",
        ),
        ("80/9. 标题\n\n大会，\n\n1. 决定继续\n\n{header}\n\n处理此事。\n", "第2页", "决定继续处理此事。"),
        (
            "80/9 - العنوان\n\nإن الجمعية العامة،\n\n1 - تقرر أن تبقي\n\n{header}\n\nالمسألة قيد نظرها.\n",
            "الصفحة 2",
            "تقرر أن تبقي المسألة قيد نظرها.",
        ),
    ],
)
def test_the_page_label_under_the_running_symbol_is_furniture(text, label, paragraph):
    """Documents of the 1990s and 2000s print "Page 2" (in each language's words) under the running
    symbol: it is taken away with the symbol, not glued into the paragraph broken by the page."""
    parsed = parse(text.format(header=f"A/RES/80/9\n{label}"))
    assert [p.text for p in parsed.paragraphs()] == [paragraph]
    assert [(a.text, a.reason) for a in parsed.artefacts][-2:] == [
        ("A/RES/80/9", "running symbol"),
        (label, "page label"),
    ]
