"""Checking a notebook's parameters: every bad value is refused naming its parameter."""

import pytest
from conftest import REPO

from axis_report.errors import InputError
from axis_report.inputs.parameters import Parameter, read_parameters
from axis_report.model.params import CHECKS, Params, check_parameters, default_title

OK = dict(countries=["RUS", "CHN"], domains=["military"], min_weight=1, title="T", as_of="")
SPEC = read_parameters(REPO / "notebooks" / "report.py")
BRIEF_SPEC = read_parameters(REPO / "notebooks" / "brief.py")


def _fields(err) -> list:
    return [p.field for p in err.value.problems]


def test_parameters_come_back_normalized_in_fixed_order():
    p = check_parameters({**OK, "countries": ["PRK", "CHN", "RUS"],
                          "domains": ["ideological", "military"], "title": "  T  "})
    assert p.countries == ("CHN", "RUS", "PRK")  # the group's order
    assert p.domains == ("military", "ideological")  # the vocabulary's order
    assert p.title == "T" and p.as_of == ""


def test_a_single_code_may_be_given_as_a_string():
    assert check_parameters({"domains": "economic"}).domains == ("economic",)


@pytest.mark.parametrize("change, field, words", [
    ({"countries": ["RUS", "XXX"]}, "countries", "unknown value 'XXX'; choose from CHN, RUS"),
    ({"countries": ["RUS"]}, "countries", "at least 2"),
    ({"countries": ["RUS", "RUS"]}, "countries", "at least 2"),
    ({"countries": [1, 2]}, "countries", "must be a list of strings"),
    ({"domains": ["naval"]}, "domains", "unknown value 'naval'"),
    ({"domains": []}, "domains", "at least 1"),
    ({"min_weight": 5}, "min_weight", "not one of 1, 2, 3"),
    ({"min_weight": True}, "min_weight", "not one of 1, 2, 3"),
    ({"as_of": "2025-13-01"}, "as_of", "not a date"),
    ({"as_of": 20250101}, "as_of", "must be a date string"),
    ({"title": None}, "title", "must be a string"),
    ({"title": ["T"]}, "title", "must be a string"),
    ({"weighting": "heavy"}, "weighting", "is not one of parc, credibility"),
    ({"hypotheses": 3}, "hypotheses", "must be a list of hypothesis ids"),
    ({"focus": "RUS-IRN"}, "focus", "'IRN-RUS'"),
    ({"focus": "USA"}, "focus", "is not a focus"),
    ({"edition": "yesterday"}, "edition", "not a date"),
    ({"previous_edition": "2025-02-30"}, "previous_edition", "not a date"),
    ({"previous": "/nowhere/records.json"}, "previous", "not found"),
    ({"project": 3}, "project", "must be a folder path"),
    ({"include_contradicted": "yes"}, "include_contradicted", "must be true or false"),
    ({"include_contradicted": 1}, "include_contradicted", "must be true or false"),
    ({"un_measure": "loose"}, "un_measure", "is not one of standard, strict, yes_no"),
    ({"issued": "1 May"}, "issued", "is not a date of the form YYYY-MM-DD"),
    ({"stale_after_days": -5}, "stale_after_days", "must be a whole number of days"),
])
def test_bad_parameter_names_the_parameter(change, field, words):
    with pytest.raises(InputError) as err:
        check_parameters({**OK, **change})
    text = str(err.value)
    assert _fields(err) == [field]
    assert f"field '{field}'" in text and words in text and "notebook parameters" in text


def test_every_checked_parameter_has_a_bad_value_test():
    # a check added to CHECKS needs a case in the table above
    cases = test_bad_parameter_names_the_parameter.pytestmark[0].args[1]
    assert {field for _, field, _ in cases} == set(CHECKS)


def test_every_bad_parameter_is_listed_at_once():
    with pytest.raises(InputError) as err:
        check_parameters({**OK, "countries": ["XXX"], "min_weight": 9, "weighting": "x"})
    assert _fields(err) == ["countries", "min_weight", "weighting"]


def test_countries_come_from_the_projects_group():
    p = check_parameters({**OK, "countries": ["RUS", "BLR"]}, group=("RUS", "BLR"))
    assert p.countries == ("RUS", "BLR")
    with pytest.raises(InputError) as err:
        check_parameters({**OK, "countries": ["RUS", "CHN"]}, group=("RUS", "BLR"))
    assert "choose from RUS, BLR" in str(err.value)


def test_hypotheses():
    ids = ["H1", "H2", "H3"]
    p = check_parameters({**OK, "hypotheses": ["H3", "H1"]}, hypothesis_ids=ids)
    assert p.hypotheses == ("H1", "H3")  # the file's order
    assert check_parameters({**OK, "hypotheses": []}, hypothesis_ids=ids).hypotheses == ()
    # without known ids (no hypotheses file read yet) they pass as given
    assert check_parameters({**OK, "hypotheses": ["H9"]}).hypotheses == ("H9",)
    with pytest.raises(InputError) as err:
        check_parameters({**OK, "hypotheses": ["H1", "H9"]}, hypothesis_ids=ids)
    assert "unknown value 'H9'; choose from H1, H2, H3" in str(err.value)
    with pytest.raises(InputError) as err:
        check_parameters({**OK, "hypotheses": ["H1"]}, hypothesis_ids=ids)
    assert "at least 2 hypotheses" in str(err.value)


def test_an_existing_previous_snapshot_passes(tmp_path):
    snap = tmp_path / "records.json"
    snap.write_text("[]")
    assert check_parameters({"previous": str(snap)}).previous == str(snap)
    assert check_parameters({"focus": "PRK-RUS"}).focus == "PRK-RUS"


# --- with the notebook's declared parameters (spec) --------------------------------------

def test_spec_fills_defaults():
    p = check_parameters({}, spec=SPEC)
    assert list(p) == [s.name for s in SPEC]
    assert p.countries == ("CHN", "RUS", "IRN", "PRK")
    assert p.min_weight == 1 and p.weighting == "parc" and p.hypotheses == ()
    assert p.include_contradicted is False
    assert next(s.default for s in SPEC if s.name == "title") == ""
    assert p.title == default_title(p.countries)  # empty: the question, naming them
    assert check_parameters({}, spec=BRIEF_SPEC).focus == "RUS"


def test_spec_refuses_an_undeclared_name():
    with pytest.raises(InputError) as err:
        check_parameters({"contries": ["CHN", "RUS"]}, spec=SPEC)
    [problem] = err.value.problems
    assert problem.field == "contries"
    assert "unknown parameter; the notebook declares countries, domains" in problem.message
    with pytest.raises(InputError):  # a report parameter is not a brief parameter
        check_parameters({"countries": ["CHN", "RUS"]}, spec=BRIEF_SPEC)


@pytest.mark.parametrize("name, value, declared", [
    ("countries", "CHN RUS", "list"),
    ("min_weight", "2", "int"),
    ("min_weight", True, "int"),
    ("title", 7, "str"),
    ("as_of", None, "str"),
])
def test_spec_checks_declared_types(name, value, declared):
    with pytest.raises(InputError) as err:
        check_parameters({name: value}, spec=SPEC)
    [problem] = err.value.problems
    assert problem.field == name and f"must be of type {declared}" in problem.message


def test_a_declared_parameter_without_a_check_is_checked_by_type_only():
    spec = [Parameter("ratio", "float", 0.5, "a ratio"), Parameter("flag", "bool", False, "f")]
    assert dict(check_parameters({"ratio": 2}, spec=spec)) == {"ratio": 2, "flag": False}
    with pytest.raises(InputError) as err:
        check_parameters({"flag": "yes"}, spec=spec)
    assert _fields(err) == ["flag"]


def test_params_is_a_read_only_mapping():
    p = Params({"a": 1})
    assert p.a == 1 and p["a"] == 1 and dict(p) == {"a": 1} and len(p) == 1
    assert p.get("b") is None
    with pytest.raises(AttributeError):
        p.b  # noqa: B018
    with pytest.raises(TypeError):
        p["a"] = 2


def test_no_countries_means_every_country_of_the_group():
    group = ("CHN", "RUS", "IRN", "PRK", "BLR")
    p = check_parameters({"countries": []}, group=group)
    assert p.countries == group


@pytest.mark.parametrize("value", [-1, 3654, "90", True, 1.5])
def test_stale_after_days_must_be_a_whole_number_of_days(value):
    with pytest.raises(InputError) as err:
        check_parameters({**OK, "stale_after_days": value})
    assert _fields(err) == ["stale_after_days"]


def test_issued_is_a_date_and_stale_after_days_defaults_from_the_notebook():
    p = check_parameters({**OK, "issued": "2025-09-01"}, spec=SPEC)
    assert p.issued == "2025-09-01" and p.stale_after_days == 90
    with pytest.raises(InputError) as err:
        check_parameters({**OK, "issued": "2025-13-01"}, spec=SPEC)
    assert _fields(err) == ["issued"]


def test_an_empty_title_names_the_countries_in_scope():
    from axis_report.model.params import check_parameters

    group = ("CHN", "RUS", "IRN", "PRK")
    full = check_parameters({"title": "", "countries": []}, group=group)
    assert full.title == "How far do China, Russia, Iran and North Korea cooperate?"
    pair = check_parameters({"title": "", "countries": ["IRN", "RUS"]}, group=group)
    assert pair.title == "How far do Russia and Iran cooperate?"  # the project's order
    own = check_parameters({"title": " Axis watch ", "countries": ["IRN", "RUS"]}, group=group)
    assert own.title == "Axis watch"


def test_a_title_that_is_not_text_is_refused():
    import pytest

    from axis_report.errors import InputError
    from axis_report.model.params import check_parameters

    with pytest.raises(InputError, match="title"):
        check_parameters({"title": 3, "countries": []})
