"""The brief model: one focus, its strongest evidence and what changed since last time."""

import pytest

from axis_report import vocab
from axis_report.analysis.focus import select_for_focus, snapshot_records
from axis_report.model.brief import build_brief
from axis_report.model.params import check_parameters


@pytest.fixture(scope="module")
def brief(tiny_inputs):
    def brief(previous_snapshot=None, **values):
        params = check_parameters(values, group=tiny_inputs.group)
        return build_brief(tiny_inputs, params, previous_snapshot=previous_snapshot)
    return brief


def test_a_country_brief(brief):
    b = brief(focus="RUS", edition="2025-07-01")
    assert b.focus.name == "RUS" and b.as_of == "2025-06-26" and b.edition == "2025-07-01"
    # its dyads (with the hub claim E10 on CHN-RUS) and the group claims
    assert sorted(b.evidence["record_id"].unique()) == [
        "E01", "E02", "E04", "E05", "E07", "E08", "E09", "E10"]
    assert b.dyads_table["dyad"].tolist() == ["CHN-RUS", "IRN-RUS", "PRK-RUS"]
    # E07, contradicted, is shown but not counted: PRK-RUS has nothing that counts
    assert b.dyads_table["n_records"].tolist() == [3, 3, 0]
    assert b.dyads_table["n_sources"].tolist() == [2, 2, 0]
    assert b.domain_table["domain"].tolist() == list(vocab.DOMAINS)
    assert b.defence_dyads == {"PRK-RUS"}
    assert b.sources["source_id"].tolist() == ["TS1", "TS2"]
    assert b.judgments and b.changes is None and b.change_counts == {}
    topics = [j.topic for j in b.judgments]
    # PRK-RUS's only claim is contradicted: said so, not called a silent pair
    assert topics == ["pairs", "CHN-RUS", "IRN-RUS", "group", "contradicted pairs",
                      "fact check"]
    assert {j.topic: j.confidence.level for j in b.judgments if j.confidence} == {
        "pairs": "moderate", "CHN-RUS": "moderate", "IRN-RUS": "moderate", "group": "low"}


def test_strongest_evidence_first(brief):
    strongest = brief(focus="RUS").strongest
    assert strongest["record_id"].is_unique
    key = list(zip(-strongest["weight"], strongest["credibility"], -strongest["n_independent"],
                   strongest["record_id"]))
    assert key == sorted(key)  # weightiest, then most credible, best corroborated, by id
    # weight 3: E01 (confirmed by TS1 and TS2: 1) before E07 (contradicted: 5)
    assert strongest["record_id"].tolist()[:2] == ["E01", "E07"]
    first = strongest.set_index("record_id")
    assert first.loc["E01", ["credibility", "n_independent", "reliability"]].tolist() == [
        1, 2, "B"]
    assert first.loc["E07", ["credibility", "check"]].tolist() == [5, "contradicted"]
    assert first.loc["E10", "dyads"] == "CHN-RUS"  # the hub claim, on this focus's pair
    assert set(strongest["reliability"]) == {"B", "C"}


def test_a_dyad_brief_shows_only_that_dyad(brief):
    b = brief(focus="CHN-PRK")
    assert b.evidence["record_id"].tolist() == ["E06", "E10"]
    assert b.defence_dyads == {"CHN-PRK"}
    assert b.sources["source_id"].tolist() == ["TS2"]
    # two claims, three quotes, all from TS2: one source, low confidence
    assert [j.confidence.level for j in b.judgments] == ["low", "low"]


def test_a_country_brief_charges_a_hub_claim_to_each_pair_once(brief):
    b = brief(focus="CHN")
    rows = b.evidence[b.evidence["record_id"] == "E10"]
    assert rows["dyad"].astype(str).tolist() == ["CHN-IRN", "CHN-PRK", "CHN-RUS"]
    assert b.strongest["record_id"].is_unique
    assert b.strongest.set_index("record_id").loc["E10", "dyads"] == "CHN-IRN, CHN-PRK, CHN-RUS"
    assert "TS3" in set(b.sources["source_id"])  # E03's second quote


def test_a_focus_without_evidence(brief):
    b = brief(focus="IRN-PRK")
    assert b.evidence.empty and b.judgments == [] and b.strongest.empty
    assert b.dyads_table["verdict"].tolist() == ["no evidence"]


def test_as_of_limits_the_sources(brief):
    b = brief(focus="PRK", as_of="2024-12-31")
    assert sorted(b.evidence["record_id"].unique()) == ["E04"]  # TS2 is dated later
    assert b.sources["source_id"].tolist() == ["TS1"]


def test_a_brief_keeps_a_claim_while_any_of_its_sources_is_in_time(brief):
    # E01: TS1 (2024-03-01) and TS2 (2025-06-26); by 2024-12-31 only TS1 speaks
    b = brief(focus="IRN-RUS", as_of="2024-12-31")
    assert b.evidence["record_id"].tolist() == ["E01"]
    first = b.strongest.set_index("record_id")
    assert first.loc["E01", ["n_independent", "credibility"]].tolist() == [1, 2]


def test_a_brief_whose_claims_are_all_contradicted_says_so(brief):
    b = brief(focus="PRK-RUS")
    assert b.evidence["record_id"].tolist() == ["E07"]
    assert any(j.topic == "fact check" and "E07" in j.record_ids for j in b.judgments)


def test_changes_since_the_previous_edition(brief, tiny_inputs):
    rows = select_for_focus(tiny_inputs.evidence, brief(focus="IRN-RUS").focus)
    previous = snapshot_records(rows)
    previous[0] = {**previous[0], "weight": 1}  # E01 changed since
    previous.append({**previous[1], "record_id": "E99", "quote": "gone"})  # E99 removed
    previous = [r for r in previous if r["record_id"] != "E09"]  # E09 added since
    e08 = next(i for i, r in enumerate(previous) if r["record_id"] == "E08")
    previous[e08] = {**previous[e08], "n_quotes": 2, "sources": "TS1 TS2"}  # a quote since gone
    b = brief(focus="IRN-RUS", previous_snapshot=previous, previous_edition="2025-06-01")
    assert b.previous_edition == "2025-06-01"
    assert b.changes[["record_id", "change", "fields"]].values.tolist() == [
        ["E01", "changed", "weight"], ["E08", "changed", "sources, n_quotes"],
        ["E09", "added", ""], ["E99", "removed", ""]]
    assert b.change_counts == {"added": 1, "removed": 1, "changed": 2}


def test_an_unchanged_focus_reports_no_changes(brief, tiny_inputs):
    rows = select_for_focus(tiny_inputs.evidence, brief(focus="PRK").focus)
    b = brief(focus="PRK", previous_snapshot=snapshot_records(rows))
    assert b.changes.empty and b.change_counts == {"added": 0, "removed": 0, "changed": 0}
