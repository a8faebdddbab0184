import pytest

from archive.parser.languages import LANGUAGES, TABLES, Language, table


@pytest.mark.parametrize("code", LANGUAGES)
def test_every_language_has_a_compiled_table(code):
    tab = table(code)
    assert tab.table.code == code
    assert tab.formula.pattern and tab.meeting is not None and tab.annex is not None


@pytest.mark.parametrize(
    ("code", "line", "comma"),
    [
        ("en", "The General Assembly,", True),
        ("en", "The General Assembly", False),
        ("zh", "大会，", True),
        ("fr", "L’Assemblée générale,", True),
        ("es", "La Asamblea General,", True),
        ("ru", "Генеральная Ассамблея,", True),
        ("ar", "إن الجمعية العامة،", True),
    ],
)
def test_formulas(code, line, comma):
    m = table(code).formula.match(line)
    assert m and bool(m.group("comma")) is comma


@pytest.mark.parametrize(
    ("code", "line"),
    [
        ("en", "Annex II"),
        ("zh", "附件"),
        ("fr", "Annexe"),
        ("es", "Anexo I"),
        ("ru", "Приложение"),
        ("ar", "مرفق"),
    ],
)
def test_annex_headings(code, line):
    assert table(code).annex.match(line)


def test_the_six_official_languages_in_the_uns_order():
    assert [(lang, lang.label, lang.native, lang.direction, lang.iso639_2) for lang in Language] == [
        ("ar", "Arabic", "العربية", "rtl", "ara"),
        ("zh", "Chinese", "中文", "ltr", "zho"),
        ("en", "English", "English", "ltr", "eng"),
        ("fr", "French", "Français", "ltr", "fra"),
        ("ru", "Russian", "Русский", "ltr", "rus"),
        ("es", "Spanish", "Español", "ltr", "spa"),
    ]
    assert LANGUAGES == ("ar", "zh", "en", "fr", "ru", "es")
    assert [type(code) for code in LANGUAGES] == [str] * 6
    assert Language("zh") is Language.ZH and f"{Language.FR}" == "fr"
    assert ", ".join(Language) == "ar, zh, en, fr, ru, es"


def test_each_language_has_one_table_and_each_table_one_language():
    assert list(TABLES) == ["en", "fr", "es", "ru", "zh", "ar"]  # the order detection breaks ties in
    assert sorted(TABLES) == sorted(Language)


@pytest.mark.parametrize("code", LANGUAGES)
def test_every_row_of_the_conventions_is_tabled(code):
    """CONVENTIONS.md's rows, for each language: cover organ, distribution, session line, agenda item,
    job number letter, adoption line, basis wordings, title line, formula, preambular leads, operative
    numbers, sub-paragraph labels, closing meeting line and date, annex heading."""
    t = TABLES[code]
    assert t.organ and t.distribution and t.job_suffix and len(t.basis) >= 2 and t.preambular_leads
    tab = table(code)
    for pattern in (tab.session, tab.agenda, tab.adopted_cover, tab.meeting, tab.date, tab.annex):
        assert pattern is not None
    assert tab.title_line and tab.formula and tab.paragraph_number and tab.sub_label


@pytest.mark.parametrize(
    ("code", "line", "label"),
    [
        ("en", "(a) text", ("a", "text")),
        ("en", "a) text", None),
        ("fr", "a) texte", ("a", "texte")),
        ("fr", "(b) texte", ("b", "texte")),
        ("es", "ii) texto", ("ii", "texto")),
        ("ru", "b) текст", ("b", "текст")),
        ("ru", "в) текст", ("c", "текст")),  # Cyrillic labels named by their Latin place
        ("ar", "(أ) نص", ("a", "نص")),
        ("ar", "(هـ) نص", ("e", "نص")),
        ("ar", "’2‘ نص", ("ii", "نص")),
        ("ar", "(1) نص", None),  # a footnote's mark, not a label
        ("zh", "（a）案文", ("a", "案文")),  # full-width brackets, no space needed
        ("zh", "(a) 案文", ("a", "案文")),
        ("zh", "㈢ 案文", ("iii", "案文")),
        ("zh", "(二) 案文", ("ii", "案文")),
    ],
)
def test_sub_paragraph_labels_as_each_language_prints_them(code, line, label):
    assert table(code).label(line) == label
