from bench.ceiling import ratio


def test_a_ratio_is_the_median_of_the_rounds_with_its_range():
    rounds = [
        {"page": 50.0, "static": 100.0},
        {"page": 90.0, "static": 100.0},  # the page ran while the machine was quiet
        {"page": 70.0, "static": 100.0},
        {"page": 30.0, "static": 50.0},
        {"page": 80.0, "static": 200.0},
    ]
    assert ratio(rounds, "page", "static") == {"median": 0.6, "lowest": 0.4, "highest": 0.9}


def test_an_even_number_of_rounds_takes_the_middle_two():
    rounds = [{"304": 8.0, "static": 10.0}, {"304": 7.0, "static": 10.0}]
    assert ratio(rounds, "304", "static") == {"median": 0.75, "lowest": 0.7, "highest": 0.8}
