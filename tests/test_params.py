import pytest

from axis_report.errors import InputError
from axis_report.params import validate_report_params

OK = dict(countries=["RUS", "CHN"], domains=["military"], min_weight=1, title="T", as_of="")


def test_parameters_come_back_in_fixed_order():
    p = validate_report_params(**{**OK, "countries": ["PRK", "CHN", "RUS"],
                                  "domains": ["ideological", "military"]})
    assert p.countries == ("CHN", "RUS", "PRK")
    assert p.domains == ("military", "ideological")
    assert p.as_of is None


@pytest.mark.parametrize("change, field, words", [
    ({"countries": ["RUS", "XXX"]}, "countries", "unknown value 'XXX'"),
    ({"countries": ["RUS"]}, "countries", "at least 2"),
    ({"domains": ["naval"]}, "domains", "unknown value 'naval'"),
    ({"min_weight": 5}, "min_weight", "not one of 1, 2, 3"),
    ({"min_weight": True}, "min_weight", "not one of 1, 2, 3"),
    ({"as_of": "2025-13-01"}, "as_of", "not a date"),
    ({"title": ""}, "title", "non-empty"),
])
def test_bad_parameter_names_the_parameter(change, field, words):
    with pytest.raises(InputError) as err:
        validate_report_params(**{**OK, **change})
    text = str(err.value)
    assert f"field '{field}'" in text and words in text and "notebook parameters" in text


def test_ach_parameters():
    p = validate_report_params(**OK, hypotheses=["H3", "H1"], weighting="unweighted",
                               known_hypotheses=["H1", "H2", "H3"])
    assert p.hypotheses == ("H1", "H3") and p.weighting == "unweighted"
    with pytest.raises(InputError) as err:
        validate_report_params(**OK, hypotheses=["H9"], known_hypotheses=["H1", "H2"])
    assert "field 'hypotheses'" in str(err.value) and "'H9'" in str(err.value)
    with pytest.raises(InputError) as err:
        validate_report_params(**OK, hypotheses=["H1"], known_hypotheses=["H1", "H2"])
    assert "at least 2 hypotheses" in str(err.value)
    with pytest.raises(InputError) as err:
        validate_report_params(**OK, weighting="heavy")
    assert "field 'weighting'" in str(err.value)
