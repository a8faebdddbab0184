from archive.parser.normalise import Line, join_text, joiner, normalise_lines, printed_digits


def test_lines_are_numbered_stripped_and_collapsed():
    lines = normalise_lines(" 大会， \r\nThe  General\u00a0Assembly,\n\n" + " " * 40 + "\n")
    assert [(x.no, x.text, x.indent, x.rule) for x in lines] == [
        (1, "大会，", True, False),
        (2, "The General Assembly,", False, False),
        (3, "", False, False),
        (4, "", False, True),
        (5, "", False, False),
    ]
    assert lines[0].raw == " 大会， "


def test_a_space_between_chinese_characters_is_dropped_and_one_beside_punctuation_or_latin_kept():
    lines = normalise_lines(
        "55/100. 对普遍旅行自由权的尊重和家 庭团聚\n洪都拉斯。 经记录表决\n第 59/190 号决议 A B"
    )
    assert [x.text for x in lines] == [
        "55/100. 对普遍旅行自由权的尊重和家庭团聚",
        "洪都拉斯。 经记录表决",
        "第 59/190 号决议 A B",
    ]
    assert lines[0].raw == "55/100. 对普遍旅行自由权的尊重和家 庭团聚"


def test_old_mac_newlines_split_lines_and_form_feeds_are_spaces():
    assert [x.text for x in normalise_lines("\fa\u2028b\rc\r\nd")] == ["a b", "c", "d"]


def test_blank_property():
    assert Line(1, " ", "").blank and not Line(1, "x", "x").blank


def test_latin_lines_join_with_one_space_and_cjk_without():
    assert join_text("United States of", "America") == "United States of America"
    assert join_text("以加", "强联合国") == "以加强联合国"
    assert join_text("《世界人权宣言》、", "国际") == "《世界人权宣言》、国际"


def test_line_end_dash_joins_without_space():
    assert join_text("action-", "oriented") == "action-oriented"
    assert join_text("Decade 2024–", "2034") == "Decade 2024–2034"
    assert joiner("development –", "that") == " "


def test_printed_digits_takes_each_digit_from_the_source_in_order():
    source = "1 - قرارها ٥٩/١٩٠ والوثيقة A/59/327 (٢)"
    # the paragraph's number (1) and the mark (2) were taken away: passed over
    assert printed_digits("قرارها 59/190 والوثيقة A/59/327", source) == (
        "قرارها ٥٩/١٩٠ والوثيقة A/59/327",
        source.index("327") + 3,
    )
    assert printed_digits("第12段", "第１２段") == ("第１２段", 3)
    assert printed_digits("12", "第１２段 12", 3) == ("12", 7)  # from `start` on
    assert printed_digits("7", "٥") == ("7", 0)  # not in the source: left as read
