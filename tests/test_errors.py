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
