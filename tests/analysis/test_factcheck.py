"""Coded claims checked against the treaties table, ATOP, COW and the UN votes."""

import pandas as pd
import pytest
from conftest import REPO

from axis_report import vocab
from axis_report.analysis import factcheck

OB = {k: False for k in ("defence", "offence", "neutrality", "non_aggression", "consultation")}
UNKNOWN = {k: pd.NA for k in OB}


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


# All pairs of UN members in 2019, as the cached alignment carries them on every row:
# median .60, 90th percentile .90 under the standard score (strict: .50 and .85).
DISTRIBUTION = {"n_pairs": 1000, "agreement_p10": .3, "agreement_p25": .45,
                "agreement_p50": .6, "agreement_p75": .75, "agreement_p90": .9,
                "agreement_strict_p10": .2, "agreement_strict_p25": .35,
                "agreement_strict_p50": .5, "agreement_strict_p75": .7,
                "agreement_strict_p90": .85}


def _alignment(rows, year=2019):
    return pd.DataFrame([{"year": year, "country_a": a, "country_b": b, "agreement": v,
                          "agreement_strict": s, **DISTRIBUTION} for a, b, v, s in rows])


@pytest.fixture
def alignment():
    # (a, b, standard, strict)
    return _alignment([
        ("CHN", "RUS", .95, .9), ("CHN", "IRN", .92, .8), ("IRN", "RUS", .91, .86),
        ("CHN", "USA", .2, .1), ("RUS", "USA", .3, .2), ("IRN", "USA", .1, .05),
        ("CHN", "PRK", .7, .6), ("PRK", "RUS", .7, .6), ("IRN", "PRK", .7, .6),
        ("PRK", "USA", .2, .1),
        ("BRA", "IND", .5, .4), ("BRA", "ZAF", .55, .45), ("IND", "ZAF", .5, .4),
        ("BRA", "USA", .3, .2), ("IND", "USA", .3, .2), ("USA", "ZAF", .3, .2),
        ("GBR", "USA", .95, .9), ("CHN", "GBR", .96, .9), ("GBR", "RUS", .95, .9),
    ])


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


def _claim(countries, versus):
    return {"kind": "un_alignment", "countries": countries, "versus": versus}


def test_un_alignment_statuses(treaties, atop, alignment):
    got = _check([
        _claim(["CHN", "RUS", "IRN"], ["USA"]),         # mean .927 >= p90 .9; USA .2
        _claim(["BRA", "IND", "ZAF"], ["USA"]),         # mean .517 < median .6
        _claim(["CHN", "RUS", "IRN", "PRK"], ["USA"]),  # mean .813: above the median only
        _claim(["CHN", "RUS"], ["GBR"]),                # .95, but .955 with GBR: not apart
        _claim(["CHN", "RUS"], ["FRA"]),                # no votes with FRA
    ], treaties, atop, alignment)
    assert got["R0"][0] == "consistent"
    assert "at or above the 90th percentile" in got["R0"][1]
    assert got["R1"][0] == "contradicted"
    assert "below the median of all pairs" in got["R1"][1]
    assert got["R2"][0] == "unverifiable"
    assert "not distinctively" in got["R2"][1]
    assert "between the 75th and 90th percentiles" in got["R2"][1]
    assert got["R3"][0] == "contradicted"
    assert "agree with GBR at least as much as among themselves" in got["R3"][1]
    assert got["R4"][0] == "unverifiable" and "FRA cast no vote in common" in got["R4"][1]


def test_a_non_western_group_does_not_pass_by_default(treaties, atop, alignment):
    # BRA, IND, ZAF agree with each other far more than with the USA (the old rule's
    # test, which they passed), but no more than the typical pair of UN members
    g = factcheck.alignment_verdict(alignment, ["BRA", "IND", "ZAF"], ["USA"], 2019)
    assert min(v for _, v in g.within) > max(v for _, v in g.against["USA"])
    assert g.status == "contradicted"


def test_un_alignment_names_the_year_and_the_later_claim(treaties, atop, alignment):
    claim = _claim(["CHN", "RUS", "IRN"], ["USA"])
    later = _check([claim], treaties, atop, alignment, date="2025-06-26")["R0"][1]
    assert later.startswith("The UN votes describe 2019 (session 74, the last in the data); "
                            "the claim is dated 2025-06-26, six years later")
    same = _check([claim], treaties, atop, alignment, date="2019-11-01")["R0"][1]
    assert same.startswith("The UN votes describe 2019") and "later" not in same
    assert "mean agreement score among CHN, RUS, IRN was 93%" in later
    assert "median was 60% and the 90th percentile 90%" in later


def test_un_alignment_under_another_measure(treaties, atop, alignment):
    records = pd.DataFrame([{"record_id": "R0", "source_id": "S", "quote": "q",
                             "asserts": _claim(["CHN", "RUS", "IRN"], ["USA"])}])
    out = factcheck.check_claims(records, source_dates={"S": "2025-06-26"}, treaties=treaties,
                                 atop=atop, alignment=alignment, un_measure="strict")
    # strict: mean (.9 + .8 + .86) / 3 = .853, at or above its 90th percentile (.85)
    assert out.loc[0, "status"] == "consistent"
    assert "strict agreement" in out.loc[0, "reference"]
    lower = alignment.assign(agreement_strict_p90=.9)
    out = factcheck.check_claims(records, source_dates={"S": "2025-06-26"}, treaties=treaties,
                                 atop=atop, alignment=lower, un_measure="strict")
    assert out.loc[0, "status"] == "unverifiable"


def test_un_alignment_without_the_distribution_is_unverifiable(treaties, atop, alignment):
    bare = alignment[["year", "country_a", "country_b", "agreement"]]
    got = _check([_claim(["CHN", "RUS", "IRN"], ["USA"])], treaties, atop, bare)
    assert got["R0"][0] == "unverifiable"
    assert "lack the distribution of all pairs" in got["R0"][1]


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
        ("E02", "agreement", "consistent"), ("E07", "defence_pact", "contradicted"),
        ("E01", "arms_transfer", "unverifiable"), ("E05", "un_alignment", "unverifiable")]
    ref = dict(zip(out["record_id"], out["reference"]))
    assert "T04" in ref["E02"]
    # the latest session year of the votes, 33 years before the claim; the four's mean
    # agreement (95%) is between the 75th and 90th percentiles of the 45 pairs
    assert "The UN votes describe 1992" in ref["E05"] and "33 years later" in ref["E05"]
    assert "between the 75th and 90th percentiles" in ref["E05"]
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
    g = factcheck.alignment_verdict(alignment, ["CHN", "IRN", "PRK"], ["USA"], 2019)
    assert g.within == [("CHN-IRN", 0.92), ("CHN-PRK", 0.7), ("IRN-PRK", 0.7)]
    assert g.against == {"USA": [("CHN-USA", 0.2), ("IRN-USA", 0.1), ("PRK-USA", 0.2)]}
    assert g.mean_within == pytest.approx(2.32 / 3)
    assert g.mean_against == {"USA": pytest.approx(0.5 / 3)}
    assert g.lowest == ("CHN-PRK", 0.7)
    assert (g.quantiles[50], g.quantiles[90], g.n_pairs) == (0.6, 0.9, 1000)
    assert g.status == "unverifiable"  # .773: above the median, below the 90th percentile
    none = factcheck.alignment_verdict(alignment, ["CHN", "IRN"], ["USA"], 2018)
    assert none.status == "unverifiable" and none.lowest is None  # no votes that year


@pytest.fixture(scope="module")
def alignment_2019():
    """The cached alignment's frame for 2019 from the shipped votes, for the four, the
    United States, Britain and France, and India, Brazil, South Africa and Egypt."""
    from axis_report.analysis.alignment import focus_alignment
    from axis_report.config import ProjectPaths
    from axis_report.inputs.reference import load_unga

    paths = ProjectPaths(REPO)
    codes = {"CN": "CHN", "RU": "RUS", "IR": "IRN", "KP": "PRK", "US": "USA", "GB": "GBR",
             "FR": "FRA", "IN": "IND", "BR": "BRA", "ZA": "ZAF", "EG": "EGY"}
    votes, roll_calls = load_unga(paths.votes_file, paths.roll_calls_file)
    return focus_alignment(votes, roll_calls, codes=codes, since=2019)


def test_the_shipped_un_alignment_claims_on_the_real_votes(alignment_2019):
    # E002 (versus the USA) and E010 (versus the USA, Britain, France): in 2019 the four's
    # mean agreement score (87%) sits between the median (86%) and the 75th percentile
    # (95%) of all 18,528 pairs, far below the 90th (98%): not distinctive, so neither
    # borne out nor contradicted by the votes
    four = ["CHN", "RUS", "IRN", "PRK"]
    for versus in (["USA"], ["USA", "GBR", "FRA"]):
        g = factcheck.alignment_verdict(alignment_2019, four, versus, 2019)
        assert g.status == "unverifiable"
        assert g.mean_within == pytest.approx(0.870, abs=5e-4)
        assert g.quantiles[50] < g.mean_within < g.quantiles[75]
        assert g.lowest[0] == "IRN-RUS"
        assert all(v < g.mean_within for v in g.mean_against.values())
    assert g.n_pairs == 18528
    assert {w: round(v, 2) for w, v in g.mean_against.items()} == {"USA": 0.2, "GBR": 0.51,
                                                                    "FRA": 0.55}


def test_india_brazil_south_africa_egypt_do_not_automatically_pass(alignment_2019):
    # They passed the old rule (every pair among them agreed more than any of them did with
    # the USA); on the standard score their mean (85%) is below the median pair (86%)
    g = factcheck.alignment_verdict(alignment_2019, ["IND", "BRA", "ZAF", "EGY"], ["USA"],
                                    2019)
    assert min(v for _, v in g.within) > max(v for _, v in g.against["USA"])
    assert g.status == "contradicted"
    assert g.mean_within == pytest.approx(0.853, abs=5e-4)
    for measure in ("strict", "yes_no"):
        other = factcheck.alignment_verdict(alignment_2019, ["IND", "BRA", "ZAF", "EGY"],
                                            ["USA"], 2019, measure=measure)
        assert other.status != "consistent"


def test_statuses_are_the_closed_vocabulary(treaties, atop, alignment):
    records = pd.DataFrame([{"record_id": "R0", "source_id": "S", "quote": "q", "asserts": None}])
    out = factcheck.check_claims(records, source_dates={"S": "2025-01-01"}, treaties=treaties,
                                 atop=atop, alignment=alignment)
    assert out.empty and list(out["status"].cat.categories) == list(vocab.STATUSES)


@pytest.fixture
def with_unknown():
    """A Russia-DPRK defence pact and a China-Iran agreement whose text is unpublished."""
    return pd.DataFrame([
        dict(treaty_id="T1", name="Pact one", parties="PRK RUS", kind="treaty",
             signed="2024-06-19", in_force="2024-12-04", in_force_note=None, ended=None,
             provisions="p", citation="cite one", dyads="PRK-RUS", **{**OB, "defence": True}),
        dict(treaty_id="T9", name="Secret plan", parties="CHN IRN", kind="cooperation "
             "agreement", signed="2021-03-27", in_force=None, in_force_note="unpublished",
             ended=None, provisions="p", citation="cite nine", dyads="CHN-IRN", **UNKNOWN),
    ]).astype({k: "boolean" for k in OB})


def test_an_unknown_defence_obligation_neither_confirms_nor_contradicts(with_unknown, atop,
                                                                        alignment):
    got = _check([
        {"kind": "defence_pact", "dyads": ["PRK-RUS"], "exclusive": False},
        {"kind": "defence_pact", "dyads": ["PRK-RUS"], "exclusive": True},
        {"kind": "defence_pact", "dyads": ["CHN-IRN"], "exclusive": False},
        {"kind": "defence_pact", "dyads": ["CHN-IRN", "PRK-RUS"], "exclusive": False},
        {"kind": "defence_pact", "dyads": ["CHN-RUS"], "exclusive": False},
    ], with_unknown, atop, alignment)
    assert got["R0"][0] == "consistent"
    # "only PRK-RUS": the CHN-IRN agreement might hold one, so at most unverifiable
    assert got["R1"][0] == "unverifiable"
    assert "A defence obligation is in force on 2025-06-26 for PRK-RUS" in got["R1"][1]
    assert "CHN-IRN: T9 Secret plan" in got["R1"][1] and "coded unknown" in got["R1"][1]
    assert "cannot confirm that no other pair has one" in got["R1"][1]
    # a claimed dyad whose only agreement's defence obligation is unknown
    assert got["R2"][0] == "unverifiable"
    assert "neither confirm nor contradict" in got["R2"][1]
    assert got["R3"][0] == "unverifiable"
    assert got["R4"][0] == "contradicted"  # no agreement at all: still contradicted


def test_a_known_pact_elsewhere_still_contradicts_only(with_unknown, treaties, atop, alignment):
    both = pd.concat([with_unknown, treaties[treaties["treaty_id"] == "T2"]],
                     ignore_index=True)
    got = _check([{"kind": "defence_pact", "dyads": ["PRK-RUS"], "exclusive": True}],
                 both, atop, alignment)
    assert got["R0"][0] == "contradicted"
    assert "also in force on 2025-06-26 for CHN-PRK: T2" in got["R0"][1]
    assert "CHN-IRN" in got["R0"][1]  # the unknown one is named too
