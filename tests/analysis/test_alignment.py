"""UN voting alignment: agreement and Cohen's kappa worked by hand."""

import math

import pandas as pd
import pytest

from axis_report.analysis.alignment import add_percentiles, agreement_by_year, focus_alignment


def _votes(table: dict, year_of: dict):
    rows = [{"rcid": rc, "country_code": c, "vote": v}
            for c, votes in table.items() for rc, v in votes.items()]
    votes = pd.DataFrame(rows)
    votes["vote"] = pd.Categorical(votes["vote"], categories=["yes", "abstain", "no"])
    return votes, pd.DataFrame({"rcid": list(year_of), "year": list(year_of.values())})


@pytest.fixture
def tiny():
    return _votes({
        "A": {1: "yes", 2: "no", 3: "yes", 4: "abstain"},
        "B": {1: "yes", 2: "no", 3: "yes", 4: "abstain"},       # identical to A
        "C": {1: "no", 2: "yes", 3: "no", 4: "yes"},            # opposite of A on 1-3
        "E": {1: "yes", 2: "yes", 3: "abstain", 4: "abstain"},  # partial agreement
        "F": {1: "yes", 2: "no"},                               # absent on 3 and 4
        "G": {5: "yes"},                                        # votes only in 2001
    }, {1: 2000, 2: 2000, 3: 2000, 4: 2000, 5: 2001})


def _pair(frame, a, b, year=2000):
    row = frame[(frame["country_a"] == a) & (frame["country_b"] == b) & (frame["year"] == year)]
    return row.iloc[0] if len(row) else None


def test_identical_voting_gives_one(tiny):
    got = _pair(agreement_by_year(*tiny), "A", "B")
    assert (got["n_common"], got["n_same"], got["agreement"], got["kappa"]) == (4, 4, 1.0, 1.0)


def test_opposite_voting_gives_the_documented_minimum():
    # yes against no on every common roll call, each voting yes on half: kappa = -1
    votes = _votes({"X": {1: "yes", 2: "no"}, "Y": {1: "no", 2: "yes"}}, {1: 1999, 2: 1999})
    got = _pair(agreement_by_year(*votes), "X", "Y", 1999)
    assert got["agreement"] == 0.0
    assert got["kappa"] == pytest.approx(-1.0)


def test_partial_agreement_worked_by_hand(tiny):
    got = _pair(agreement_by_year(*tiny), "A", "E")
    # same on roll calls 1 and 4 of 4; chance: A 2 yes/1 no/1 abstain, E 2 yes/2 abstain,
    # p_e = .5*.5 + .25*.5 + .25*0 = .375, kappa = (.5 - .375) / .625 = .2
    assert got["agreement"] == pytest.approx(0.5)
    assert got["kappa"] == pytest.approx(0.2)
    got = _pair(agreement_by_year(*tiny), "A", "C")
    # differ on all four; C votes 2 no / 2 yes: p_e = .5*.5 (yes) + .25*0 (abstain)
    # + .25*.5 (no) = .375, kappa = (0 - .375) / .625 = -.6
    assert got["agreement"] == 0.0
    assert got["kappa"] == pytest.approx(-0.6)


def test_only_common_roll_calls_count(tiny):
    got = _pair(agreement_by_year(*tiny), "A", "F")
    assert (got["n_common"], got["agreement"], got["kappa"]) == (2, 1.0, 1.0)


def test_pairs_without_common_votes_are_missing_not_zero(tiny):
    frame = agreement_by_year(*tiny)
    assert _pair(frame, "A", "G", 2000) is None and _pair(frame, "A", "G", 2001) is None
    assert set(frame.loc[frame["year"] == 2001, "country_a"]) == set()  # G alone in 2001


def test_kappa_is_missing_when_chance_agreement_is_certain():
    votes = _votes({"X": {1: "yes", 2: "yes"}, "Y": {1: "yes", 2: "yes"}}, {1: 1999, 2: 1999})
    got = _pair(agreement_by_year(*votes), "X", "Y", 1999)
    assert got["agreement"] == 1.0 and math.isnan(got["kappa"])


def test_restricting_countries_and_years(tiny):
    frame = agreement_by_year(*tiny, countries=["A", "B", "C"], years=[2000])
    pairs = sorted(zip(frame["country_a"], frame["country_b"]))
    assert pairs == [("A", "B"), ("A", "C"), ("B", "C")]


def test_percentiles_within_year():
    pairs = pd.DataFrame({"year": [2000, 2000, 2000, 2000, 2001],
                          "kappa": [0.1, 0.5, 0.5, 0.9, 0.3]})
    assert add_percentiles(pairs)["percentile"].tolist() == [25.0, 62.5, 62.5, 100.0, 100.0]


def test_focus_alignment_on_the_tiny_votes(tiny_paths):
    from axis_report.inputs.reference import load_unga

    votes, roll_calls = load_unga(tiny_paths.votes_file, tiny_paths.roll_calls_file)
    codes = {"CN": "CHN", "RU": "RUS", "IR": "IRN", "KP": "PRK", "US": "USA"}
    got = focus_alignment(votes, roll_calls, codes=codes)
    assert sorted(set(got["year"])) == [1991, 1992]  # 1990 is before `since`
    pairs = set(zip(got["country_a"], got["country_b"]))
    assert pairs == {("CHN", "IRN"), ("CHN", "PRK"), ("CHN", "RUS"), ("CHN", "USA"),
                     ("IRN", "PRK"), ("IRN", "RUS"), ("IRN", "USA"), ("PRK", "RUS"),
                     ("PRK", "USA"), ("RUS", "USA")}  # ISO3 codes, a < b
    assert (got["country_a"] < got["country_b"]).all()
    # percentiles rank each pair among all pairs of all ten voters that year
    all_pairs = agreement_by_year(votes, roll_calls, years=[1992])
    assert len(all_pairs) == 45
    row = got[(got["year"] == 1992) & (got["country_a"] == "CHN") & (got["country_b"] == "USA")]
    share = (all_pairs["agreement"] <= row["agreement"].iloc[0]).mean() * 100
    assert row["agreement_percentile"].iloc[0] <= share
    assert got["agreement_percentile"].between(0, 100).all()
    # the four agree with each other more than any of them does with the United States
    latest = got[got["year"] == 1992]
    with_us = latest["country_b"] == "USA"
    assert latest.loc[~with_us, "agreement"].min() > latest.loc[with_us, "agreement"].max()
