from archive.parser.columns import split_columns
from archive.parser.normalise import normalise_lines


def test_side_by_side_columns_become_lines_of_their_own():
    text = (
        "                United Nations                        A/RES/73/8\n"
        "\f        Necessity of ending the economic\n"
        "A/RES/73/8              imposed by the United States\n"
        "      4.    Requests the Secretary-General, in consultation with"
    )
    lines = split_columns(normalise_lines(text))
    assert [(x.no, x.text, x.column, x.page) for x in lines] == [
        (1, "United Nations", 16, 0),
        (1, "A/RES/73/8", 54, 0),
        (2, "Necessity of ending the economic", 8, 1),
        (3, "A/RES/73/8", 0, 1),
        (3, "imposed by the United States", 24, 1),
        (4, "4.", 6, 1),
        (4, "Requests the Secretary-General, in consultation with", 12, 1),
    ]


def test_a_furniture_line_stays_whole_and_narrow_gaps_do_not_split():
    lines = split_columns(normalise_lines(" 18-18418 (E)     071118\n1.   Takes note of the report"))
    assert [x.text for x in lines] == ["18-18418 (E) 071118", "1. Takes note of the report"]
