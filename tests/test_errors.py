"""Problems in user input: each names its file, line, record and field."""

from axis_report.errors import InputError, Problem


def test_problem_text_names_where():
    assert str(Problem("f.yaml", "bad")) == "f.yaml: bad"
    assert str(Problem("f.yaml", "bad", record="E1", field="quote", line=7)) == (
        "f.yaml:7: record E1: field 'quote': bad")
    assert str(Problem("p", "bad", field="as_of")) == "p: field 'as_of': bad"


def test_input_error_lists_every_problem():
    err = InputError([Problem("a", "one"), Problem("b", "two", line=2)])
    assert str(err) == "2 problems found:\n  a: one\n  b:2: two"
    assert str(InputError([Problem("a", "one")])).startswith("1 problem found:")
    assert [p.file for p in err.problems] == ["a", "b"]


def test_every_part_of_a_problem_prints_safely():
    from axis_report.errors import safe_text, strip_controls

    problem = Problem("f\x1b[2J.yaml", "bad\nvalue \u202eevil", record="E1\x1b]0;pwned\x07",
                      field="quo\rte", line=3)
    text = str(problem)
    assert text == ("f\\x1b[2J.yaml:3: record E1\\x1b]0;pwned\\x07: field 'quo\\x0dte': "
                    "bad\\x0avalue \\u202eevil")
    assert "\n" not in text and "\x1b" not in text
    assert safe_text("a\nb\x00", keep_newlines=True) == "a\nb\\x00"
    assert strip_controls("a\x00b\x1b[31mc\u202ed\te\n") == "ab[31mcd\te\n"


def test_problems_and_messages_stay_small_whatever_they_are_made_from():
    huge = Problem("f", "x" * 10_000_000, record="R" * 10_000_000, field="F" * 10_000)
    assert len(huge.message) <= 4000 and len(huge.record) <= 4000
    assert len(str(huge)) < 1600
    err = InputError([Problem("f", f"problem {i}") for i in range(1000)])
    lines = str(err).splitlines()
    assert lines[0] == "1000 problems found:" and len(lines) == 202
    assert lines[-1] == "  ... and 800 more (fix these first)"
    assert len(err.problems) == 1000
