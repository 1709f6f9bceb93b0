"""Scope emptiness: the parameter that leaves a report with nothing is named."""

import pytest

from axis_report.errors import InputError
from axis_report.model.params import check_parameters
from axis_report.model.scope import check_scope, scoped_evidence


def _params(inputs, **values):
    base = dict(countries=list(inputs.group), domains=[], min_weight=1, as_of="")
    base.update(values)
    if not base["domains"]:
        from axis_report import vocab
        base["domains"] = list(vocab.DOMAINS)
    return check_parameters(base, group=inputs.group)


def _problem(inputs, **values):
    with pytest.raises(InputError) as caught:
        check_scope(inputs, _params(inputs, **values))
    (problem,) = caught.value.problems
    return problem


def test_in_scope_passes(tiny_inputs):
    assert check_scope(tiny_inputs, _params(tiny_inputs)) is None
    assert not scoped_evidence(tiny_inputs, {"as_of": "2024-03-01"}).empty


def test_as_of_before_every_source_is_named(tiny_inputs):
    first = tiny_inputs.sources["date"].min()
    p = _problem(tiny_inputs, as_of="2020-01-01")
    assert p.field == "as_of"
    assert "2020-01-01 is before every source" in p.message and first in p.message


def test_as_of_is_named_before_countries(tiny_inputs):
    # PRK-RUS's only claim (E07) is from TS2, 2025-06-26: as_of before it empties a
    # PRK-RUS report, and as_of is the first parameter relaxed, so it is the one named
    p = _problem(tiny_inputs, countries=["PRK", "RUS"], as_of="2025-01-01")
    assert p.field == "as_of" and "2025-06-26" in p.message


def test_a_single_narrowing_parameter_is_named(tiny_inputs):
    p = _problem(tiny_inputs, countries=["IRN", "PRK"])
    assert p.field == "countries" and "IRN, PRK" in p.message
    p = _problem(tiny_inputs, countries=["CHN", "PRK"], min_weight=3)
    assert p.field in ("countries", "min_weight")


def test_parameters_together(tiny_inputs):
    # no single relaxation helps: CHN-PRK has no ideological claim, no claim of weight 3;
    # the group's ideological claim (E05) weighs 1; the weight-3 claims are military
    p = _problem(tiny_inputs, countries=["CHN", "PRK"], domains=["ideological"], min_weight=3)
    assert p.field == "countries"
    assert p.message == ("countries CHN, PRK and domains ideological together leave no coded "
                         "claim in scope")


def test_co_causes_are_named_together(tiny_inputs):
    # economic claims exist (E03) and claims of weight 3 exist (E01), but no economic claim
    # weighs 3: relaxing either parameter brings claims back, so both are named
    p = _problem(tiny_inputs, domains=["economic"], min_weight=3)
    assert p.field == "domains"
    assert p.message == ("domains economic and min_weight 3 together leave no coded claim in "
                         "scope; relaxing any one of them brings claims back")
