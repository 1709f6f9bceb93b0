"""UN voting alignment: the three agreement measures and Cohen's kappa worked by hand,
and one real pair-year pinned."""

import math

import pandas as pd
import pytest
from conftest import REPO

from axis_report import vocab
from axis_report.analysis.alignment import (
    MEASURE_COLUMNS,
    PAIR_COLUMNS,
    add_percentiles,
    agreement_by_year,
    focus_alignment,
    measure_column,
    pair_distribution,
    percentile_column,
    quantile_column,
)


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
    assert (got["agreement_strict"], got["agreement_yesno"]) == (1.0, 1.0)
    assert (got["n_half"], got["n_yesno"]) == (0, 3)  # roll call 4: both abstain


def test_opposite_voting_gives_the_documented_minimum():
    # yes against no on every common roll call, each voting yes on half: kappa = -1
    votes = _votes({"X": {1: "yes", 2: "no"}, "Y": {1: "no", 2: "yes"}}, {1: 1999, 2: 1999})
    got = _pair(agreement_by_year(*votes), "X", "Y", 1999)
    assert got["agreement"] == 0.0
    assert got["kappa"] == pytest.approx(-1.0)


def test_partial_agreement_worked_by_hand(tiny):
    got = _pair(agreement_by_year(*tiny), "A", "E")
    # A yes/no/yes/abstain, E yes/yes/abstain/abstain: roll call 1 same (1), 2 yes
    # against no (0), 3 yes against abstain (0.5), 4 both abstain (1).
    # standard (1 + 0 + .5 + 1) / 4 = .625; strict 2 / 4 = .5; yes/no only roll calls
    # 1 and 2: 1 / 2 = .5. Kappa (on identical votes): A 2 yes/1 no/1 abstain, E 2 yes/
    # 2 abstain, p_e = .5*.5 + .25*.5 + .25*0 = .375, kappa = (.5 - .375) / .625 = .2
    assert got["agreement"] == pytest.approx(0.625)
    assert got["agreement_strict"] == pytest.approx(0.5)
    assert got["agreement_yesno"] == pytest.approx(0.5)
    assert (got["n_same"], got["n_half"], got["n_yesno"]) == (2, 1, 2)
    assert got["kappa"] == pytest.approx(0.2)
    got = _pair(agreement_by_year(*tiny), "A", "C")
    # yes against no on 1-3 (0 each), abstain against yes on 4 (0.5): standard .5 / 4 =
    # .125, strict 0, yes/no 0 / 3. C votes 2 no / 2 yes: p_e = .5*.5 (yes) + .25*0
    # (abstain) + .25*.5 (no) = .375, kappa = (0 - .375) / .625 = -.6
    assert got["agreement"] == pytest.approx(0.125)
    assert (got["agreement_strict"], got["agreement_yesno"]) == (0.0, 0.0)
    assert got["kappa"] == pytest.approx(-0.6)


def test_the_three_measures_worked_by_hand():
    votes = _votes({
        "P": {1: "yes", 2: "yes", 3: "no", 4: "abstain", 5: "abstain", 6: "yes", 7: "no",
              8: "yes"},
        "Q": {1: "yes", 2: "no", 3: "no", 4: "yes", 5: "abstain", 6: "abstain", 7: "abstain"},
        "R": {1: "abstain", 2: "abstain", 3: "abstain"},
    }, {rc: 2010 for rc in range(1, 9)})
    frame = agreement_by_year(*votes)
    pq = _pair(frame, "P", "Q", 2010)
    # P-Q, roll calls 1-7 in common (Q absent on 8): 1 same, 2 yes/no, 3 same, 4 abstain/
    # yes, 5 same (abstain), 6 yes/abstain, 7 no/abstain.
    #   standard: (1 + 0 + 1 + .5 + 1 + .5 + .5) / 7 = 4.5 / 7 = .642857
    #   strict:   3 / 7 = .428571 (an abstention against yes or no counts 0)
    #   yes/no:   roll calls 1-3 only (both voted yes or no): 2 / 3 = .666667
    assert (pq["n_common"], pq["n_same"], pq["n_half"], pq["n_yesno"]) == (7, 3, 3, 3)
    assert pq["agreement"] == pytest.approx(4.5 / 7) == pytest.approx(0.642857, abs=1e-6)
    assert pq["agreement_strict"] == pytest.approx(3 / 7) == pytest.approx(0.428571, abs=1e-6)
    assert pq["agreement_yesno"] == pytest.approx(2 / 3)
    pr = _pair(frame, "P", "R", 2010)
    # P-R, roll calls 1-3: R abstains on each, P votes yes, yes, no: .5 each
    assert (pr["agreement"], pr["agreement_strict"]) == (0.5, 0.0)
    assert pr["n_yesno"] == 0 and math.isnan(pr["agreement_yesno"])  # no yes/no in common
    qr = _pair(frame, "Q", "R", 2010)
    # Q-R, roll calls 1-3: yes/abstain, no/abstain, no/abstain
    assert (qr["agreement"], qr["agreement_strict"]) == (0.5, 0.0)
    # the standard score lies between strict agreement and 1, whatever the votes
    assert (frame["agreement"] >= frame["agreement_strict"]).all()


def test_measures_are_named_once():
    assert tuple(MEASURE_COLUMNS) == vocab.UN_MEASURES
    assert set(vocab.UN_MEASURE_LABELS) == set(vocab.UN_MEASURE_DEFINITIONS) == set(
        vocab.UN_MEASURES)
    assert [measure_column(m) for m in vocab.UN_MEASURES] == ["agreement", "agreement_strict",
                                                              "agreement_yesno"]
    assert measure_column() == "agreement"  # the standard score is the default
    assert percentile_column("strict") == "agreement_strict_percentile"
    assert quantile_column("yes_no", 90) == "agreement_yesno_p90"
    with pytest.raises(ValueError, match="choose one of standard, strict, yes_no"):
        measure_column("kappa")
    with pytest.raises(ValueError, match="not kept"):
        quantile_column("standard", 95)


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


def test_pair_distribution_per_year():
    # five pairs in 2000 (one without yes/no votes), one in 2001
    pairs = pd.DataFrame({"year": [2000] * 5 + [2001],
                          "agreement": [0.2, 0.4, 0.6, 0.8, 1.0, 0.5],
                          "agreement_strict": [0.0, 0.1, 0.2, 0.3, 0.4, 0.5],
                          "agreement_yesno": [1.0, 1.0, float("nan"), 0.0, 0.5, 0.5]})
    got = pair_distribution(pairs).set_index("year")
    assert got.loc[2000, "n_pairs"] == 5 and got.loc[2001, "n_pairs"] == 1
    # linear interpolation over the five values: p10 = .2 + .4 * .2, p50 the middle one
    assert got.loc[2000, "agreement_p10"] == pytest.approx(0.28)
    assert got.loc[2000, "agreement_p50"] == pytest.approx(0.6)
    assert got.loc[2000, "agreement_p90"] == pytest.approx(0.92)
    assert got.loc[2000, "agreement_strict_p75"] == pytest.approx(0.3)
    assert got.loc[2000, "agreement_yesno_p50"] == pytest.approx(0.75)  # of 0, .5, 1, 1
    assert got.loc[2001, "agreement_p90"] == 0.5


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
    # each measure has its percentile, and every row carries its year's distribution of
    # all 45 pairs
    for m in vocab.UN_MEASURES:
        assert got[percentile_column(m)].between(0, 100).all()
    assert (got["n_pairs"] == 45).all()
    assert not set(PAIR_COLUMNS) - set(got.columns)  # a pair table can show any measure
    n = len(latest)
    assert latest["agreement_p50"].tolist() == pytest.approx(
        [all_pairs["agreement"].median()] * n)
    assert latest[quantile_column("strict", 90)].tolist() == pytest.approx(
        [all_pairs["agreement_strict"].quantile(0.9)] * n)


@pytest.fixture(scope="module")
def votes_2019():
    from axis_report.config import ProjectPaths
    from axis_report.inputs.reference import load_unga

    paths = ProjectPaths(REPO)
    return load_unga(paths.votes_file, paths.roll_calls_file)


def test_russia_china_2019_pinned(votes_2019):
    # Session 74 (2019): 87 roll calls both voted on; 69 identical votes, 14 with one
    # abstaining against the other's yes or no, 4 yes against no; 72 where both voted yes
    # or no, 68 of them the same. Strict 69/87 = 79.3%, standard (69 + 14/2)/87 = 87.4%,
    # yes/no only 68/72 = 94.4%: the figures a review computed, confirmed.
    frame = agreement_by_year(*votes_2019, years=[2019])
    got = _pair(frame, "CN", "RU", 2019)
    assert (got["n_common"], got["n_same"], got["n_half"], got["n_yesno"]) == (87, 69, 14, 72)
    assert got["agreement_strict"] == pytest.approx(69 / 87)
    assert got["agreement"] == pytest.approx(76 / 87)
    assert got["agreement_yesno"] == pytest.approx(68 / 72)
    shown = [round(100 * got[c], 1) for c in ("agreement_strict", "agreement",
                                              "agreement_yesno")]
    assert shown == [79.3, 87.4, 94.4]
    # the same through focus_alignment, with ISO3 codes and the all-pairs distribution
    focus = focus_alignment(*votes_2019, codes={"CN": "CHN", "RU": "RUS"}, since=2019)
    [row] = focus.to_dict("records")
    assert (row["country_a"], row["country_b"], row["year"]) == ("CHN", "RUS", 2019)
    assert row["agreement"] == pytest.approx(76 / 87)
    assert row["n_pairs"] == len(frame) == 18528
    assert row["agreement_p50"] < row["agreement"] < row["agreement_p75"]
