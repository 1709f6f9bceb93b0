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
