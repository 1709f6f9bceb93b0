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


UNKNOWN = {k: pd.NA for k in OBLIGATIONS}


@pytest.fixture
def with_unknown(treaties):
    """The four agreements and one whose text is unpublished: every obligation unknown."""
    secret = dict(treaty_id="T9", name="Secret plan", dyads="CHN-IRN CHN-RUS",
                  signed="2021-03-27", in_force=None, ended=None, **UNKNOWN)
    return pd.concat([treaties, pd.DataFrame([secret])], ignore_index=True).astype(
        {k: "boolean" for k in OBLIGATIONS})


def test_unknown_obligations_stay_unknown_in_force(with_unknown):
    live = obligations_in_force(with_unknown, "2025-06-26")
    assert all(str(live[k].dtype) == "boolean" for k in OBLIGATIONS)
    secret = live[live["treaty_id"] == "T9"]
    assert sorted(secret["dyad"]) == ["CHN-IRN", "CHN-RUS"]
    assert secret[list(OBLIGATIONS)].isna().all().all()
    # selecting the defence obligations in force leaves the unknown ones out, and does not
    # count them as without one either
    assert set(live.loc[live["defence"].eq(True).fillna(False), "dyad"]) == {"PRK-RUS"}
    assert set(live.loc[live["defence"].eq(False).fillna(False), "dyad"]) == {"CHN-RUS",
                                                                              "CHN-IRN",
                                                                              "IRN-RUS"}
    assert set(live.loc[live["defence"].isna(), "dyad"]) == {"CHN-IRN", "CHN-RUS"}


def test_dyad_years_combine_unknown_with_three_valued_or(with_unknown):
    got = treaty_dyad_years(with_unknown, [2022]).set_index("dyad")
    assert all(str(got[k].dtype) == "boolean" for k in OBLIGATIONS)
    # CHN-RUS: T2 (consultation true, the rest false), T3 (neutrality true) and T9 (all
    # unknown): true OR unknown = true; false OR unknown = unknown
    assert got.loc["CHN-RUS", "treaty_id"] == "T2 T3 T9"
    assert got.loc["CHN-RUS", "consultation"] and got.loc["CHN-RUS", "neutrality"]
    assert pd.isna(got.loc["CHN-RUS", "defence"])
    # CHN-IRN: T3 (neutrality) and T9: neutrality true, the others unknown
    assert got.loc["CHN-IRN", "neutrality"] and pd.isna(got.loc["CHN-IRN", "offence"])
    # IRN-RUS: T3 only, no unknown: false stays false
    assert not pd.isna(got.loc["IRN-RUS", "defence"]) and not got.loc["IRN-RUS", "defence"]


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


def _compare(treaties: pd.DataFrame, atop: pd.DataFrame) -> tuple[dict, dict]:
    """Return ({(dyad, obligation): years where the treaties table and ATOP disagree},
    {(dyad, obligation): years the treaties table codes as unknown}). A dyad-year absent
    from either side has no obligation there; an unknown coding is neither agreement nor
    disagreement with ATOP, so it is listed apart."""
    ours = treaty_dyad_years(treaties, YEARS)
    both = ours.merge(atop, on=["dyad", "year"], how="outer", suffixes=("_ours", "_atop"),
                      indicator=True)
    coded = both["_merge"] != "right_only"
    differences, unknown = {}, {}
    for ob in OBLIGATIONS:
        mine = both[f"{ob}_ours"].astype("boolean")
        undecided = coded & mine.isna()
        mine = mine.fillna(False)
        theirs = both[f"{ob}_atop"].astype("boolean").fillna(False)
        for row in both[(mine != theirs) & ~undecided].itertuples():
            differences.setdefault((row.dyad, ob), set()).add(row.year)
        for row in both[undecided].itertuples():
            unknown.setdefault((row.dyad, ob), set()).add(row.year)
    return differences, unknown


def _differences(treaties: pd.DataFrame, atop: pd.DataFrame) -> dict:
    return _compare(treaties, atop)[0]


@pytest.fixture(scope="module")
def shipped():
    paths = ProjectPaths(REPO)
    return load_treaties(paths.treaties_file), load_atop(paths.atop_file)


def test_treaties_table_agrees_with_atop_1990_2018(shipped):
    differences, unknown = _compare(*shipped)
    assert differences == KNOWN_DIFFERENCES
    assert unknown == {}  # the one agreement with unknown obligations (T09) is from 2021


def test_the_atop_comparison_keeps_unknown_apart(shipped):
    treaties, atop = shipped
    # had the 1961 PRC-DPRK treaty's defence obligation been coded unknown, the comparison
    # would neither flag it as a difference from ATOP nor count it as agreement
    vague = treaties.assign(defence=treaties["defence"].mask(treaties["treaty_id"] == "T02"))
    differences, unknown = _compare(vague, atop)
    assert ("CHN-PRK", "defence") not in differences
    assert unknown == {("CHN-PRK", "defence"): set(YEARS)}


def test_the_shipped_coding_of_the_2000_and_2021_agreements(shipped):
    treaties, _ = shipped
    by_id = treaties.set_index("treaty_id")
    # T03 ended when T06 entered into force: on 2025-06-26 only T06 binds Russia and the DPRK
    assert by_id.loc["T03", "ended"] == by_id.loc["T06", "in_force"] == "2024-12-04"
    live = obligations_in_force(treaties, "2025-06-26")
    assert sorted(live.loc[live["dyad"] == "PRK-RUS", "treaty_id"]) == ["T06"]
    live = obligations_in_force(treaties, "2024-12-03")
    assert sorted(live.loc[live["dyad"] == "PRK-RUS", "treaty_id"]) == ["T03"]
    # T09's text is unpublished: every obligation unknown, none false
    assert by_id.loc["T09", list(OBLIGATIONS)].isna().all()
    # T02 sets no term (Article VII): no renewal dates
    assert "Article VII sets no term" in by_id.loc["T02", "provisions"]


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
