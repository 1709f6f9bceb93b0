"""Field checks shared by the validators: each problem names the field and its line."""

import datetime as dt

import pytest

from axis_report.inputs.checks import FieldChecker
from axis_report.inputs.files import Entry


def _checker(**values):
    lines = {k: 10 + i for i, k in enumerate(values)}
    return FieldChecker("f.yaml", Entry(values, 9, lines), "R1")


@pytest.mark.parametrize("value, partial, expect", [
    ("2025-06-26", False, "2025-06-26"),
    (dt.date(2025, 6, 26), False, "2025-06-26"),
    ("2025-06", True, "2025-06"),
    (2025, True, "2025"),
    ("2025-06", False, None),
    ("2025-02-30", False, None),
    ("2025-13", True, None),
    ("June 2025", True, None),
    (2025, False, None),
])
def test_date_forms(value, partial, expect):
    check = _checker(when=value)
    assert check.date("when", partial=partial) == expect
    assert bool(check.problems) == (expect is None)
    if check.problems:
        assert check.problems[0].field == "when" and check.problems[0].line == 10


def test_required_string_choice_and_unknown_fields():
    check = _checker(a="", b=3, c="x", zz=1)
    assert check.string("a") is None and check.string("b") is None
    assert check.choice("c", ("y", "z")) is None
    assert check.string("missing", required=False) is None
    check.unknown_fields(("a", "b", "c"))
    got = [(p.field, p.line, p.message) for p in check.problems]
    assert got == [
        ("a", 10, "missing: this field is required"),
        ("b", 11, "must be text, got 3"),
        ("c", 12, "'x' is not one of: y, z"),
        ("zz", 13, "unknown field (allowed: a, b, c)"),
    ]
    assert str(check.problems[0]) == ("f.yaml:10: record R1: field 'a': missing: this field "
                                      "is required")


def test_identifier_is_well_formed_and_unique():
    seen = set()
    assert _checker(id="E1").identifier("id", seen, "record") == "E1"
    dup = _checker(id="E1")
    dup.identifier("id", seen, "record")
    assert [p.message for p in dup.problems] == ["duplicate record id 'E1'"]
    bad = _checker(id="E 2")
    bad.identifier("id", seen, "record")
    assert "may hold only letters" in bad.problems[0].message


def test_show_is_bounded_whatever_the_value():
    from axis_report.inputs.checks import show

    assert show("x" * 10_000_000) == repr("x" * 57 + "...")[:57] + "..."
    assert show(int("f" * 50_000, 16)) == "a very large number"
    assert show([2]) == "[2]" and show({"a": [2]}) == "{'a': [2]}"
    nested = [[[[[[1]]]]]]
    assert show(nested) == "[[[...]]]"
    assert len(show(list(range(10**6)))) <= 60
    assert show(b"bytes") == "a bytes value"


def test_membership_of_odd_values_is_false_not_an_error():
    from axis_report.inputs.checks import member

    assert member("CHN", {"CHN": "China"}) and not member(["CHN"], {"CHN": "China"})
    assert not member({"a": 1}, ("a",)) and not member(True, (1, 2, 3)) and member(2.0, (1, 2))


@pytest.mark.parametrize("value, words", [
    ("2024-03-01 10:00:00", "gives a time: write the date only"),
    (dt.datetime(2024, 3, 1, 10, 0), "gives a time"),
    ("2024-03-01T10:00", "gives a time"),
    ("1700-01-01", "is not between the years 1800 and 2199"),
    ("9999-12-31", "is not between the years"),
    ("2025-02-30", "is not a date of the form"),
])
def test_dates_with_times_or_out_of_range_are_refused(value, words):
    check = _checker(when=value)
    assert check.date("when", partial=True) is None
    assert words in check.problems[0].message


def test_text_fields_and_ids_have_a_length_limit():
    check = _checker(title="t" * 10_000_000, id="E" * 41)
    assert check.string("title", limit=300) is None
    assert check.problems[0].message == ("is 10,000,000 characters long; the limit for this "
                                         "field is 300")
    assert check.identifier("id", set(), "record") is None
    assert "is 41 characters long; the limit for this field is 40" in check.problems[1].message
    assert len(str(check.problems[1])) < 400
