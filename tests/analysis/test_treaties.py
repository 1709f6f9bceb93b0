"""Treaty obligations by dyad and date; the hand-coded treaties table checked against ATOP."""

import pandas as pd
import pytest
from conftest import REPO

from axis_report.analysis.treaties import obligations_in_force, treaty_dyad_years
from axis_report.config import ProjectPaths
from axis_report.inputs.reference import load_atop, load_treaties
from axis_report.vocab import OBLIGATIONS

NONE = {k: False for k in OBLIGATIONS}


@pytest.fixture
def treaties():
    return pd.DataFrame([
        dict(treaty_id="T1", name="Old alliance", dyads="PRK-RUS", signed="1961-07-06",
             in_force="1961-09-10", ended="1996-09-10", **{**NONE, "defence": True}),
        dict(treaty_id="T2", name="Friendship", dyads="CHN-RUS", signed="2001-07-16",
             in_force="2002-02-28", ended=None, **{**NONE, "consultation": True}),
        dict(treaty_id="T3", name="Three-way", dyads="CHN-IRN CHN-RUS IRN-RUS",
             signed="2010-05-01", in_force=None, ended=None, **{**NONE, "neutrality": True}),
        dict(treaty_id="T4", name="New pact", dyads="PRK-RUS", signed="2024-06-19",
             in_force="2024-12-04", ended=None, **{**NONE, "defence": True}),
    ])


def test_in_force_from_entry_into_force_until_it_ends(treaties):
    def ids(date):
        return sorted(set(obligations_in_force(treaties, date)["treaty_id"]))

    assert ids("1990-01-01") == ["T1"]
    assert ids("1996-09-10") == []  # ended that day
    assert ids("2001-12-31") == []  # signed, not yet in force
    assert ids("2002-02-28") == ["T2"]
    assert ids("2010-05-01") == ["T2", "T3"]  # no entry-into-force date: from signature
    assert ids("2024-07-01") == ["T2", "T3"]
    assert ids("2025-06-26") == ["T2", "T3", "T4"]


def test_in_force_rows_are_one_per_dyad(treaties):
    live = obligations_in_force(treaties, "2025-06-26")
    assert sorted(live.loc[live["treaty_id"] == "T3", "dyad"]) == ["CHN-IRN", "CHN-RUS",
                                                                   "IRN-RUS"]
    assert set(live.loc[live["defence"], "dyad"]) == {"PRK-RUS"}
    assert obligations_in_force(treaties, "1900-01-01").empty


def test_dyad_years_count_from_signature_to_the_year_it_ended(treaties):
    years = range(1995, 2003)
    got = treaty_dyad_years(treaties, years)
    prk = got[got["dyad"] == "PRK-RUS"]
    assert prk["year"].tolist() == [1995, 1996]  # ended 1996, counted that year
    chn = got[got["dyad"] == "CHN-RUS"]
    assert chn["year"].tolist() == [2001, 2002]  # ATOP-style: from signature (2001)
    assert chn["consultation"].all() and not chn["defence"].any()


def test_dyad_years_merge_overlapping_agreements(treaties):
    got = treaty_dyad_years(treaties, [2015]).set_index("dyad")
    assert got.loc["CHN-RUS", "treaty_id"] == "T2 T3"
    assert got.loc["CHN-RUS", "consultation"] and got.loc["CHN-RUS", "neutrality"]


# Where the hand-coded treaties table and ATOP v5.1 differ, and why. A difference not
# listed here fails the test; a listed one that disappears fails it too.
KNOWN_DIFFERENCES = {
    # ATOP codes a China-Russia non-aggression obligation from 1992, from 1990s agreements
    # (before the 2001 treaty) that the treaties table does not code.
    ("CHN-RUS", "non_aggression"): set(range(1992, 2001)),
    # ATOP adds non-aggression to the Russia-DPRK relationship from 2008; the 2000 treaty
    # as coded here carries consultation only.
    ("PRK-RUS", "non_aggression"): set(range(2008, 2019)),
}
YEARS = range(1990, 2019)


def _differences(treaties: pd.DataFrame, atop: pd.DataFrame) -> dict:
    """{(dyad, obligation): years where the treaties table and ATOP disagree}."""
    ours = treaty_dyad_years(treaties, YEARS)
    both = ours.merge(atop, on=["dyad", "year"], how="outer", suffixes=("_ours", "_atop"))
    differences = {}
    for ob in OBLIGATIONS:
        mine = both[f"{ob}_ours"].astype("boolean").fillna(False)
        theirs = both[f"{ob}_atop"].astype("boolean").fillna(False)
        for row in both[mine != theirs].itertuples():
            differences.setdefault((row.dyad, ob), set()).add(row.year)
    return differences


@pytest.fixture(scope="module")
def shipped():
    paths = ProjectPaths(REPO)
    return load_treaties(paths.treaties_file), load_atop(paths.atop_file)


def test_treaties_table_agrees_with_atop_1990_2018(shipped):
    assert _differences(*shipped) == KNOWN_DIFFERENCES


def test_the_atop_comparison_sees_a_miscoded_treaty(shipped):
    treaties, atop = shipped
    # drop the defence obligation of the 1961 PRC-DPRK treaty: every year 1990-2018 differs
    bad = treaties.assign(defence=treaties["defence"] & (treaties["treaty_id"] != "T02"))
    got = _differences(bad, atop)
    assert got[("CHN-PRK", "defence")] == set(YEARS)
    # end the 1961 USSR-DPRK treaty a year late: 1997 differs for both its obligations
    late = treaties.assign(ended=treaties["ended"].where(treaties["treaty_id"] != "T01",
                                                         "1997-09-10"))
    got = _differences(late, atop)
    assert got[("PRK-RUS", "defence")] == {1997}
