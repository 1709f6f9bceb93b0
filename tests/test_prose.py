"""Reader-facing counts and lists."""

import pytest

from axis_report.prose import are, capital, count, join, number


@pytest.mark.parametrize("n, word", [(0, "zero"), (1, "one"), (9, "nine"), (10, "10"),
                                     (1234, "1,234"), (-2, "-2")])
def test_number_words_below_ten(n, word):
    assert number(n) == word


def test_count_agrees_with_its_noun():
    assert count(1, "claim") == "one claim"
    assert count(2, "claim") == "two claims"
    assert count(12, "record") == "12 records"
    assert count(1, "analysis", "analyses") == "one analysis"
    assert count(3, "analysis", "analyses") == "three analyses"
    assert count(0, "claim", zero="no claims") == "no claims"
    assert count(0, "claim") == "zero claims"


def test_are_and_capital():
    assert are(1) == "is" and are(2) == "are" and are(0) == "are"
    assert are(1, "shows", "show") == "shows"
    assert capital("three claims") == "Three claims"


def test_join_without_serial_comma():
    assert join([]) == ""
    assert join(["A"]) == "A"
    assert join(["A", "B"]) == "A and B"
    assert join(["A", "B", "C"]) == "A, B and C"
    assert join(["A", "B"], conjunction="or") == "A or B"
