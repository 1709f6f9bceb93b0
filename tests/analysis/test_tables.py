"""Tabulating the evidence: counts, weights and net balances; gaps are missing, not zero."""

import math

import pandas as pd
import pytest
from conftest import GROUP, record

from axis_report import vocab
from axis_report.analysis import tables
from axis_report.inputs.evidence import evidence_long_frame


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


def test_dyad_domain_without_records_is_missing_not_zero(small_evidence):
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
    assert tab["verdict"].tolist() == ["no evidence", "net cooperation", "balanced"]
    assert math.isnan(tab.loc[0, "net_balance"])
    assert tab.loc[1, "net_balance"] == 4  # 3 - 1 + 2
    assert tab.loc[2, ["w_cooperation", "w_limitation"]].tolist() == [2, 2]


@pytest.mark.parametrize("net, n, label", [
    (2.0, 1, "net cooperation"), (-1.0, 3, "net limitation"), (0.0, 2, "balanced"),
    (float("nan"), 0, "no evidence"), (0.0, 0, "no evidence"),
])
def test_balance_label(net, n, label):
    assert tables.balance_label(net, n) == label


def test_summarize_countries(small_evidence):
    tab = tables.summarize_countries(small_evidence, countries=["CHN", "RUS", "IRN"])
    got = tab.set_index("country")
    assert got.loc["CHN", ["n_records", "n_cooperation", "n_limitation",
                           "net_balance_dyads", "dyads_with_evidence", "dyads_total",
                           "dyads_without_evidence"]].tolist() == [4, 2, 2, 4, 1, 2, "CHN-IRN"]
    assert got.loc["RUS", ["n_records", "n_cooperation", "n_limitation",
                           "net_balance_dyads", "dyads_with_evidence"]].tolist() == [5, 2, 3, 4, 2]
    assert got.loc["IRN", ["n_records", "net_balance_dyads", "dyads_without_evidence"]
                   ].tolist() == [3, 0, "CHN-IRN"]


def test_select_evidence_keeps_group_claims_only_when_all_named_are_chosen(small_evidence):
    pair = tables.select_evidence(small_evidence, countries=["IRN", "RUS"],
                                  domains=vocab.DOMAINS)
    assert sorted(pair["record_id"]) == ["A3", "A4"]
    assert set(pair["dyad"].astype(str)) == {"IRN-RUS"}
    four = tables.select_evidence(small_evidence, countries=GROUP,
                                  domains=vocab.DOMAINS)
    assert "A5" in set(four["record_id"])


def test_select_evidence_by_domain_weight_and_source(small_evidence):
    got = tables.select_evidence(small_evidence, countries=GROUP,
                                 domains=["economic"], min_weight=2)
    assert sorted(got["record_id"].unique()) == ["A3", "A4"]
    none = tables.select_evidence(small_evidence, countries=GROUP,
                                  domains=vocab.DOMAINS, source_ids=["S9"])
    assert none.empty


def test_tabulate_analysts(small_evidence):
    who = tables.tabulate_analysts(small_evidence)
    assert who.to_dict("records") == [dict(
        analyst="Ann Analyst", affiliation="Think Tank", record_id="A4", stance="limitation",
        domain="economic", dyads="IRN-RUS", quote="quote A4", source_id="S1")]


def test_find_gaps(small_evidence):
    tab = tables.tabulate_dyad_domain(small_evidence, dyads=["CHN-RUS", "IRN-RUS", "CHN-IRN"],
                                      domains=["military", "economic"])
    gaps = tables.find_gaps(tab)
    assert gaps.to_dict("records") == [
        {"dyad": "IRN-RUS", "domain": "military", "whole_dyad": False},
        {"dyad": "CHN-IRN", "domain": "military", "whole_dyad": True},
        {"dyad": "CHN-IRN", "domain": "economic", "whole_dyad": True},
    ]


def test_tables_do_not_depend_on_record_order(small_evidence):
    shuffled = small_evidence.sample(frac=1, random_state=3).reset_index(drop=True)
    args = dict(dyads=["CHN-RUS", "IRN-RUS"], domains=list(vocab.DOMAINS))
    pd.testing.assert_frame_equal(tables.tabulate_dyad_domain(small_evidence, **args),
                                  tables.tabulate_dyad_domain(shuffled, **args))


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
