import pytest

from archive.parser.languages import LANGUAGES, table


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
