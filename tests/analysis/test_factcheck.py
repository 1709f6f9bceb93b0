"""Coded claims checked against the treaties table, ATOP, COW and the UN votes."""

import pandas as pd
import pytest

from axis_report import vocab
from axis_report.analysis import factcheck

OB = {k: False for k in ("defence", "offence", "neutrality", "non_aggression", "consultation")}


@pytest.fixture
def treaties():
    return pd.DataFrame([
        dict(treaty_id="T1", name="Pact one", parties="PRK RUS", kind="treaty",
             signed="2024-06-19", in_force="2024-12-04", in_force_note=None, ended=None,
             provisions="p", citation="cite one", dyads="PRK-RUS", **{**OB, "defence": True}),
        dict(treaty_id="T2", name="Pact two", parties="CHN PRK", kind="treaty",
             signed="1961-07-11", in_force="1961-09-10", in_force_note=None, ended=None,
             provisions="p", citation="cite two", dyads="CHN-PRK", **{**OB, "defence": True}),
        dict(treaty_id="T3", name="Statement", parties="CHN RUS", kind="joint statement",
             signed="2022-02-04", in_force="2022-02-04", in_force_note=None, ended=None,
             provisions="p", citation="cite three", dyads="CHN-RUS", **OB),
    ])


@pytest.fixture
def atop():
    return pd.DataFrame({"dyad": ["CHN-PRK"] * 3, "year": [2016, 2017, 2018],
                         "defence": [True] * 3})


@pytest.fixture
def alignment():
    rows = [("CHN", "RUS", .8), ("CHN", "IRN", .7), ("IRN", "RUS", .6),
            ("CHN", "USA", .2), ("RUS", "USA", .65), ("IRN", "USA", .1)]
    return pd.DataFrame([{"year": 2019, "country_a": a, "country_b": b, "agreement": v}
                         for a, b, v in rows])


def _check(asserts, treaties, atop, alignment, date="2025-06-26"):
    records = pd.DataFrame([{"record_id": f"R{i}", "source_id": "S", "quote": f"q{i}",
                             "asserts": a} for i, a in enumerate(asserts)])
    out = factcheck.check_claims(records, source_dates={"S": date}, treaties=treaties,
                                 atop=atop, alignment=alignment)
    return dict(zip(out["record_id"], zip(out["status"].astype(str), out["reference"])))


def test_defence_pact_statuses(treaties, atop, alignment):
    got = _check([
        {"kind": "defence_pact", "dyads": ["PRK-RUS"], "exclusive": False},
        {"kind": "defence_pact", "dyads": ["PRK-RUS"], "exclusive": True},
        {"kind": "defence_pact", "dyads": ["CHN-RUS"], "exclusive": False},
    ], treaties, atop, alignment)
    assert got["R0"][0] == "consistent" and "T1 Pact one" in got["R0"][1]
    assert got["R1"][0] == "contradicted"
    assert "CHN-PRK: T2 Pact two" in got["R1"][1]
    assert ("ATOP v5.1 codes a defence obligation for CHN-PRK in every year 2016-2018"
            in got["R1"][1])
    assert got["R2"][0] == "contradicted" and "No defence obligation" in got["R2"][1]


def test_defence_pact_before_entry_into_force(treaties, atop, alignment):
    got = _check([{"kind": "defence_pact", "dyads": ["PRK-RUS"], "exclusive": False}],
                 treaties, atop, alignment, date="2024-07-01")
    assert got["R0"][0] == "contradicted"


def test_agreement_statuses(treaties, atop, alignment):
    got = _check([{"kind": "agreement", "dyads": ["CHN-RUS"], "date": "2022-02"},
                  {"kind": "agreement", "dyads": ["CHN-RUS"], "date": "2023-05"}],
                 treaties, atop, alignment)
    assert got["R0"][0] == "consistent"
    assert got["R1"][0] == "unverifiable"  # absence from a partial table proves nothing


def test_un_alignment_statuses(treaties, atop, alignment):
    got = _check([
        {"kind": "un_alignment", "countries": ["CHN", "IRN"], "versus": ["USA"]},
        {"kind": "un_alignment", "countries": ["CHN", "RUS", "IRN"], "versus": ["USA"]},
    ], treaties, atop, alignment)
    assert got["R0"][0] == "consistent"     # 0.7 within; at most 0.2 with the USA
    assert got["R1"][0] == "contradicted"   # IRN-RUS 0.6 below RUS-USA 0.65
    assert "data end in January 2020" in got["R1"][1]


def test_uncovered_kinds_are_unverifiable(treaties, atop, alignment):
    got = _check([{"kind": k} for k in factcheck.UNCOVERED], treaties, atop, alignment)
    assert {s for s, _ in got.values()} == {"unverifiable"}


def test_records_without_assertions_are_not_checked(treaties, atop, alignment):
    assert _check([None], treaties, atop, alignment) == {}


def test_defence_contradiction_cites_cow_too(treaties, atop, alignment):
    cow = pd.DataFrame({"dyad": ["CHN-PRK"] * 2, "year": [2011, 2012], "defence": [True] * 2})
    records = pd.DataFrame([{"record_id": "R0", "source_id": "S", "quote": "q",
                             "asserts": {"kind": "defence_pact", "dyads": ["PRK-RUS"],
                                         "exclusive": True}}])
    out = factcheck.check_claims(records, source_dates={"S": "2025-06-26"}, treaties=treaties,
                                 atop=atop, alignment=alignment, cow=cow)
    assert ("COW v4.1 codes a defence obligation for CHN-PRK in every year 2011-2012"
            in out.loc[0, "reference"])
    assert "Gibler (2009)" in out.loc[0, "citation"]


def test_tiny_project_claims(tiny_inputs, tiny_alignment):
    records = tiny_inputs.evidence.drop_duplicates("record_id")
    out = factcheck.check_claims(
        records, source_dates=dict(zip(tiny_inputs.sources["source_id"],
                                       tiny_inputs.sources["date"])),
        treaties=tiny_inputs.treaties, atop=tiny_inputs.atop, alignment=tiny_alignment,
        cow=tiny_inputs.cow)
    # sorted by status, then record id; only records that assert something
    assert list(zip(out["record_id"], out["kind"], out["status"].astype(str))) == [
        ("E02", "agreement", "consistent"), ("E05", "un_alignment", "consistent"),
        ("E07", "defence_pact", "contradicted"), ("E01", "arms_transfer", "unverifiable")]
    ref = dict(zip(out["record_id"], out["reference"]))
    assert "T04" in ref["E02"]
    assert "in 1992" in ref["E05"]  # the latest session year of the votes
    assert "also in force on 2025-06-26 for CHN-PRK: T02" in ref["E07"]  # TS2's date
    assert "arms transfers" in ref["E01"]
    cites = dict(zip(out["record_id"], out["citation"]))
    assert "Leeds" in cites["E07"] and "Gibler" in cites["E07"] and "Voeten" in cites["E05"]
    assert cites["E01"] == ""


def test_claims_are_checked_as_of_their_source_date(treaties, atop, alignment):
    # the same exclusive claim, before the PRK-RUS treaty existed: contradicted for lack
    # of it; after it entered into force: contradicted only because CHN-PRK has one too
    claim = {"kind": "defence_pact", "dyads": ["PRK-RUS"], "exclusive": True}
    before = _check([claim], treaties, atop, alignment, date="2020-01-01")["R0"]
    after = _check([claim], treaties, atop, alignment, date="2025-06-26")["R0"]
    assert before[0] == after[0] == "contradicted"
    assert "No defence obligation in force on 2020-01-01 for PRK-RUS" in before[1]
    assert "Besides PRK-RUS" in after[1]


def test_without_votes_alignment_is_unverifiable(treaties, atop):
    got = _check([{"kind": "un_alignment", "countries": ["CHN", "IRN"], "versus": ["USA"]}],
                 treaties, atop, None)
    assert got["R0"] == ("unverifiable", "No UN voting data loaded.")


def test_alignment_verdict(alignment):
    holds, within, against = factcheck.alignment_verdict(alignment, ["CHN", "IRN"], ["USA"],
                                                         2019)
    assert holds
    assert within == [("CHN-IRN", 0.7)]
    assert against == [("CHN-USA", 0.2), ("IRN-USA", 0.1)]
    holds, _, _ = factcheck.alignment_verdict(alignment, ["CHN", "IRN"], ["USA"], 2018)
    assert not holds  # no votes that year: nothing borne out


def test_statuses_are_the_closed_vocabulary(treaties, atop, alignment):
    records = pd.DataFrame([{"record_id": "R0", "source_id": "S", "quote": "q", "asserts": None}])
    out = factcheck.check_claims(records, source_dates={"S": "2025-01-01"}, treaties=treaties,
                                 atop=atop, alignment=alignment)
    assert out.empty and list(out["status"].cat.categories) == list(vocab.STATUSES)
