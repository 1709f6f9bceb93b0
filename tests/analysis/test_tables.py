"""Tabulating the claims: counts, weights and net balances, each claim counted once; gaps
are missing, not zero; hub and group claims stay where their scope puts them."""

import math

import pandas as pd
import pytest
from conftest import ALL_DYADS, GROUP, quote, record

from axis_report import vocab
from axis_report.analysis import tables
from axis_report.inputs.evidence import evidence_long_frame, quotes_frame


def test_dyad_domain_counts_weights_and_net(small_evidence):
    tab = tables.tabulate_dyad_domain(small_evidence, dyads=["CHN-RUS", "IRN-RUS", "CHN-IRN"],
                                      domains=["military", "economic"])
    assert list(zip(tab["dyad"], tab["domain"])) == [
        ("CHN-RUS", "military"), ("CHN-RUS", "economic"), ("IRN-RUS", "military"),
        ("IRN-RUS", "economic"), ("CHN-IRN", "military"), ("CHN-IRN", "economic")]
    got = tab.set_index(["dyad", "domain"])
    assert got.loc[("CHN-RUS", "military")][["n_records", "n_cooperation", "n_limitation",
                                             "w_cooperation", "w_limitation",
                                             "net_balance"]].tolist() == [1, 1, 0, 3, 0, 3]
    assert got.loc[("CHN-RUS", "economic")][["n_records", "w_cooperation", "w_limitation",
                                             "net_balance"]].tolist() == [2, 2, 1, 1]
    # balanced is a finding: 0, not missing
    assert got.loc[("IRN-RUS", "economic"), "net_balance"] == 0
    assert got.loc[("IRN-RUS", "economic"), "n_records"] == 2


def test_dyad_domain_without_claims_is_missing_not_zero(small_evidence):
    tab = tables.tabulate_dyad_domain(small_evidence, dyads=["IRN-RUS", "CHN-IRN"],
                                      domains=["military"]).set_index("dyad")
    for dyad in ("IRN-RUS", "CHN-IRN"):
        assert tab.loc[dyad, "n_records"] == 0
        assert math.isnan(tab.loc[dyad, "net_balance"])
        assert math.isnan(tab.loc[dyad, "n_cooperation"])


def test_tabulate_dyads_verdicts(small_evidence):
    tab = tables.tabulate_dyads(small_evidence, dyads=["CHN-IRN", "CHN-RUS", "IRN-RUS"])
    assert tab["dyad"].tolist() == ["CHN-IRN", "CHN-RUS", "IRN-RUS"]
    assert tab["n_records"].tolist() == [0, 3, 2]
    # CHN-RUS: 5 against 1, net 4 >= 2; IRN-RUS: 2 against 2, a near-tie
    assert tab["verdict"].tolist() == ["no evidence", "net cooperation", "divided"]
    assert math.isnan(tab.loc[0, "net_balance"])
    assert tab.loc[1, "net_balance"] == 4  # 3 - 1 + 2
    assert tab.loc[2, ["w_cooperation", "w_limitation"]].tolist() == [2, 2]
    assert "n_sources" not in tab  # the frame does not say which sources are independent


def test_tabulate_dyads_counts_independent_sources_when_it_knows_them(small_evidence):
    roots = {"A1": "S1", "A2": "S2", "A3": "S1 S3", "A4": "S4", "A5": "S5"}
    ev = small_evidence.assign(roots=small_evidence["record_id"].map(roots))
    tab = tables.tabulate_dyads(ev, dyads=["CHN-IRN", "CHN-RUS", "IRN-RUS"]).set_index("dyad")
    # CHN-RUS: S1 (A1, A3), S2 (A2), S3 (A3) -> 3; IRN-RUS: S1 and S3 (A3), S4 (A4) -> 3
    assert tab["n_sources"].to_dict() == {"CHN-IRN": 0, "CHN-RUS": 3, "IRN-RUS": 3}


def test_tabulate_dyads_of_no_claims_counts_no_sources(small_evidence):
    import warnings

    empty = small_evidence.iloc[0:0].assign(roots=pd.Series(dtype="str"))
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        tab = tables.tabulate_dyads(empty, dyads=["PRK-RUS"])
    assert tab[["n_records", "n_sources", "verdict"]].values.tolist() == [[0, 0, "no evidence"]]


@pytest.mark.parametrize("w_coop, w_lim, n, label", [
    (5.0, 1.0, 3, "net cooperation"),
    (0.0, 3.0, 2, "net limitation"),
    (2.0, 2.0, 2, "divided"),
    # the near-tie band: |net| < max(2, a quarter of the total weight)
    (13.0, 14.0, 12, "divided"),
    (13.0, 12.0, 12, "divided"),
    (9.0, 0.0, 4, "net cooperation"),
    (10.0, 7.0, 7, "divided"),          # net 3 < a quarter of 17
    (10.0, 6.0, 7, "net cooperation"),  # net 4: at least a quarter of 16 names a direction
    (3.0, 1.0, 2, "net cooperation"),   # net 2: at least the minimum
    (float("nan"), float("nan"), 0, "no evidence"),
    (0.0, 0.0, 0, "no evidence"),
])
def test_balance_label(w_coop, w_lim, n, label):
    assert tables.balance_label(w_coop, w_lim, n) == label


def test_summarize_countries_counts_each_claim_once_and_group_claims_apart(small_evidence):
    tab = tables.summarize_countries(small_evidence, countries=["CHN", "RUS", "IRN"])
    got = tab.set_index("country")
    cols = ["n_records", "n_cooperation", "n_limitation", "net_balance_dyads", "n_group",
            "dyads_with_evidence", "dyads_total", "dyads_without_evidence"]
    # CHN: A1, A2, A3 on CHN-RUS (3 - 1 + 2 = 4); CHN-IRN empty
    assert got.loc["CHN", cols].tolist() == [3, 2, 1, 4, 1, 1, 2, "CHN-IRN"]
    # RUS: A3 bears on both its pairs and counts once: A1, A2, A3, A4 (3 - 1 + 2 - 2 = 2)
    assert got.loc["RUS", cols].tolist() == [4, 2, 2, 2, 1, 2, 2, ""]
    # IRN: A3 and A4 on IRN-RUS (2 - 2 = 0, a finding, not a gap)
    assert got.loc["IRN", cols].tolist() == [2, 1, 1, 0, 1, 1, 2, "CHN-IRN"]
    # the group claim A5 is charged to no member's pairs: counted apart, once
    assert "A5" not in set(small_evidence.loc[
        small_evidence["dyad"].astype(str) != vocab.GROUP, "record_id"])


def test_a_country_without_claims_on_its_pairs_is_a_gap(small_evidence):
    got = tables.summarize_countries(small_evidence, countries=list(GROUP)).set_index("country")
    assert got.loc["PRK", ["n_records", "dyads_with_evidence", "dyads_without_evidence"]
                   ].tolist() == [0, 0, "CHN-PRK IRN-PRK PRK-RUS"]
    assert math.isnan(got.loc["PRK", "net_balance_dyads"])


# --- scope: dyads, a hub's pairs, the group -------------------------------------------------

@pytest.fixture
def scoped():
    """A claim on two dyads, a hub claim on China's pairs, and a group claim."""
    return evidence_long_frame([
        record("D1", ["IRN-RUS", "PRK-RUS"], "cooperation", 3),
        record("H1", [], "limitation", 2, hub="CHN", domain="economic"),
        record("G1", [], "cooperation", 1, domain="ideological"),
    ])


def test_a_hub_claim_appears_on_the_hubs_pairs_only(scoped):
    rows = scoped[scoped["record_id"] == "H1"]
    assert rows["dyad"].astype(str).tolist() == ["CHN-IRN", "CHN-PRK", "CHN-RUS"]
    tab = tables.tabulate_dyads(scoped, dyads=ALL_DYADS).set_index("dyad")
    assert tab["n_records"].to_dict() == {"CHN-IRN": 1, "CHN-PRK": 1, "CHN-RUS": 1,
                                          "IRN-PRK": 0, "IRN-RUS": 1, "PRK-RUS": 1}
    assert tab.loc["CHN-RUS", "net_balance"] == -2
    # a report on a pair holding the hub keeps its row there; one without the hub drops it
    assert tables.select_evidence(scoped, countries=["CHN", "RUS"], domains=vocab.DOMAINS
                                  )["record_id"].tolist() == ["H1"]
    assert "H1" not in set(tables.select_evidence(scoped, countries=["IRN", "PRK", "RUS"],
                                                  domains=vocab.DOMAINS)["record_id"])


def test_summarize_countries_charges_a_hub_claim_once_to_each_member(scoped):
    got = tables.summarize_countries(scoped, countries=list(GROUP)).set_index("country")
    # CHN: the hub claim on its three pairs counts once
    assert got.loc["CHN", ["n_records", "n_limitation", "net_balance_dyads",
                           "dyads_with_evidence"]].tolist() == [1, 1, -2, 3]
    # RUS: D1 (on two of its pairs, once) and H1 (on CHN-RUS)
    assert got.loc["RUS", ["n_records", "net_balance_dyads"]].tolist() == [2, 1]
    assert got.loc["IRN", ["n_records", "net_balance_dyads"]].tolist() == [2, 1]
    assert got.loc["PRK", ["n_records", "net_balance_dyads"]].tolist() == [2, 1]
    assert set(got["n_group"]) == {1}  # G1, for every member, charged to none


def test_group_claims_are_kept_for_three_countries_or_more(scoped):
    def ids(countries):
        return sorted(tables.select_evidence(scoped, countries=countries,
                                             domains=vocab.DOMAINS)["record_id"].unique())

    assert ids(GROUP) == ["D1", "G1", "H1"]
    assert ids(["IRN", "PRK", "RUS"]) == ["D1", "G1"]   # no CHN: the hub claim is out
    assert ids(["IRN", "RUS"]) == ["D1"]                # a pair report drops group claims
    assert ids(["CHN", "IRN"]) == ["H1"]


def test_select_evidence_keeps_group_claims_only_for_three_countries_or_more(small_evidence):
    pair = tables.select_evidence(small_evidence, countries=["IRN", "RUS"],
                                  domains=vocab.DOMAINS)
    assert sorted(pair["record_id"]) == ["A3", "A4"]
    assert set(pair["dyad"].astype(str)) == {"IRN-RUS"}
    three = tables.select_evidence(small_evidence, countries=["CHN", "RUS", "IRN"],
                                   domains=vocab.DOMAINS)
    assert "A5" in set(three["record_id"])


def test_select_evidence_by_domain_weight_and_claim(small_evidence):
    got = tables.select_evidence(small_evidence, countries=GROUP,
                                 domains=["economic"], min_weight=2)
    assert sorted(got["record_id"].unique()) == ["A3", "A4"]
    some = tables.select_evidence(small_evidence, countries=GROUP, domains=vocab.DOMAINS,
                                  record_ids=["A3", "A5"])
    assert some["record_id"].tolist() == ["A3", "A3", "A5"]
    none = tables.select_evidence(small_evidence, countries=GROUP, domains=vocab.DOMAINS,
                                  record_ids=[])
    assert none.empty


def test_a_claim_with_several_quotes_is_counted_once():
    one = [quote("S1", text="first")]
    many = [quote("S1", text="first"), quote("S2", text="second"), quote("S1", text="again",
                                                                         start=30)]
    for quotes in (one, many):
        ev = evidence_long_frame([record("M", ["CHN-RUS"], "cooperation", 2, quotes=quotes)])
        tab = tables.tabulate_dyads(ev, dyads=["CHN-RUS"])
        assert tab[["n_records", "n_cooperation", "w_cooperation"]].values.tolist() == [
            [1, 1.0, 2.0]]


def test_tabulate_analysts(small_evidence):
    who = tables.tabulate_analysts(small_evidence)
    assert who.to_dict("records") == [dict(
        analyst="Ann Analyst", affiliation="Think Tank", record_id="A4", stance="limitation",
        domain="economic", dyads="IRN-RUS", quote="quote A4", source_id="S1")]


def test_tabulate_analysts_sees_a_named_analyst_in_any_quote():
    claim = record("N", ["CHN-RUS"], "limitation", 2, quotes=[
        quote("S1", text="the article says"),
        quote("S2", text="Ann says", attribution="named", analyst="Ann Analyst",
              affiliation="Think Tank")])
    who = tables.tabulate_analysts(evidence_long_frame([claim]), quotes_frame([claim]))
    assert who["analyst"].tolist() == ["Ann Analyst"]


def test_find_gaps(small_evidence):
    tab = tables.tabulate_dyad_domain(small_evidence, dyads=["CHN-RUS", "IRN-RUS", "CHN-IRN"],
                                      domains=["military", "economic"])
    gaps = tables.find_gaps(tab)
    assert gaps.to_dict("records") == [
        {"dyad": "IRN-RUS", "domain": "military", "whole_dyad": False},
        {"dyad": "CHN-IRN", "domain": "military", "whole_dyad": True},
        {"dyad": "CHN-IRN", "domain": "economic", "whole_dyad": True},
    ]


def test_tables_do_not_depend_on_row_order(small_evidence):
    shuffled = small_evidence.sample(frac=1, random_state=3).reset_index(drop=True)
    args = dict(dyads=["CHN-RUS", "IRN-RUS"], domains=list(vocab.DOMAINS))
    pd.testing.assert_frame_equal(tables.tabulate_dyad_domain(small_evidence, **args),
                                  tables.tabulate_dyad_domain(shuffled, **args))
    pd.testing.assert_frame_equal(
        tables.summarize_countries(small_evidence, countries=GROUP),
        tables.summarize_countries(shuffled, countries=GROUP))


def test_timeline_events():
    rec = record("A1", ["CHN-RUS"], "cooperation", 3, event_date="2022-02")
    ev = evidence_long_frame([rec, record("A2", ["IRN-RUS"], "limitation", 1)])
    treaties = pd.DataFrame([
        dict(treaty_id="T1", name="One", dyads="PRK-RUS", signed="2024-06-19",
             in_force="2024-12-04", ended=None),
        dict(treaty_id="T2", name="Two", dyads="CHN-RUS", signed="2022-02-04",
             in_force="2022-02-04", ended="2023-01-01"),
    ])
    got = tables.timeline_events(ev, treaties, dyads=["CHN-RUS", "IRN-RUS"], until="2022-12-31")
    assert got[["date", "dyad", "kind", "ref"]].values.tolist() == [
        ["2022-02", "CHN-RUS", "evidence", "A1"],
        ["2022-02-04", "CHN-RUS", "signed", "T2"],  # in force the same day: one event
    ]
