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
    assert sorted(b.evidence["record_id"].unique()) == [
        "E01", "E02", "E04", "E05", "E07", "E08", "E09"]  # its dyads and group claims
    assert b.dyads_table["dyad"].tolist() == ["CHN-RUS", "IRN-RUS", "PRK-RUS"]
    assert b.domain_table["domain"].tolist() == list(vocab.DOMAINS)
    assert b.defence_dyads == {"PRK-RUS"}
    assert b.sources["source_id"].tolist() == ["TS1", "TS2"]
    assert b.judgments and b.changes is None and b.change_counts == {}


def test_strongest_evidence_first(brief):
    strongest = brief(focus="RUS").strongest
    assert strongest["record_id"].is_unique
    key = list(zip(-strongest["weight"], strongest["credibility"], strongest["record_id"]))
    assert key == sorted(key)  # weightiest, then most credible, then by id
    assert strongest["record_id"].tolist()[:2] == ["E01", "E07"]  # weight 3, credibility 2
    assert set(strongest["reliability"]) == {"B", "C"}


def test_a_dyad_brief_shows_only_that_dyad(brief):
    b = brief(focus="CHN-PRK")
    assert b.evidence["record_id"].tolist() == ["E06"]
    assert b.defence_dyads == {"CHN-PRK"}
    assert b.sources["source_id"].tolist() == ["TS2"]


def test_a_focus_without_evidence(brief):
    b = brief(focus="IRN-PRK")
    assert b.evidence.empty and b.judgments == [] and b.strongest.empty
    assert b.dyads_table["verdict"].tolist() == ["no evidence"]


def test_as_of_limits_the_sources(brief):
    b = brief(focus="PRK", as_of="2024-12-31")
    assert sorted(b.evidence["record_id"].unique()) == ["E04"]  # TS2 is dated later
    assert b.as_of == "2024-12-31"


def test_changes_since_the_previous_edition(brief, tiny_inputs):
    rows = select_for_focus(tiny_inputs.evidence, brief(focus="IRN-RUS").focus)
    previous = snapshot_records(rows)
    previous[0] = {**previous[0], "weight": 1}  # E01 changed since
    previous.append({**previous[1], "record_id": "E99", "quote": "gone"})  # E99 removed
    previous = [r for r in previous if r["record_id"] != "E09"]  # E09 added since
    b = brief(focus="IRN-RUS", previous_snapshot=previous, previous_edition="2025-06-01")
    assert b.previous_edition == "2025-06-01"
    assert b.changes[["record_id", "change", "fields"]].values.tolist() == [
        ["E01", "changed", "weight"], ["E09", "added", ""], ["E99", "removed", ""]]
    assert b.change_counts == {"added": 1, "removed": 1, "changed": 1}


def test_an_unchanged_focus_reports_no_changes(brief, tiny_inputs):
    rows = select_for_focus(tiny_inputs.evidence, brief(focus="PRK").focus)
    b = brief(focus="PRK", previous_snapshot=snapshot_records(rows))
    assert b.changes.empty and b.change_counts == {"added": 0, "removed": 0, "changed": 0}
