"""The brief model: one focus, its strongest evidence and what changed since last time."""

import pytest

from axis_report import vocab
from axis_report.analysis.focus import select_for_focus, snapshot_records
from axis_report.model.brief import build_brief
from axis_report.model.params import check_parameters


@pytest.fixture(scope="module")
def brief(tiny_inputs, tiny_alignment):
    def brief(previous_snapshot=None, alignment=None, **values):
        params = check_parameters(values, group=tiny_inputs.group)
        return build_brief(tiny_inputs, params, previous_snapshot=previous_snapshot,
                           alignment=tiny_alignment if alignment is None else alignment)
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
    # two claims, three quotes, all from TS2: one source, low confidence; a one-dyad brief
    # has no across-the-pairs judgment restating the dyad's own
    assert [(j.topic, j.confidence.level) for j in b.judgments] == [("CHN-PRK", "low")]


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


def test_a_dyad_brief_carries_its_treaties_and_un_votes(brief, tiny_alignment):
    b = brief(focus="CHN-PRK", edition="2025-07-01")
    assert b.treaties[["treaty_id", "dyad", "status", "defence", "obligations"]].values.tolist() \
        == [["T02", "CHN-PRK", "in force", True, "defence and non-aggression"]]
    assert [(a["dataset"], a["dyad"]) for a in b.alliances] == [("ATOP", "CHN-PRK"),
                                                                  ("COW", "CHN-PRK")]
    last = int(tiny_alignment["year"].max())
    assert set(b.un_votes["dyad"]) == {"CHN-PRK"}
    assert b.un_votes["year"].tolist() == sorted(b.un_votes["year"])
    assert b.un_votes["year"].max() == last and b.un_votes["year"].min() > last - 5
    # a country brief: the latest year only, one row per dyad with votes, in focus order
    c = brief(focus="CHN", edition="2025-07-01")
    assert set(c.un_votes["year"]) == {last}
    assert set(c.treaties["dyad"]) == {"CHN-PRK", "CHN-RUS"}


def test_treaties_speak_for_as_of(brief):
    # T06 (PRK-RUS) was signed 2024-06-19 and in force 2024-12-04
    assert brief(focus="PRK-RUS", as_of="2024-03-01").treaties.empty
    assert brief(focus="PRK-RUS", as_of="2024-08-01").treaties["status"].tolist() == [
        "signed, in force from 2024-12-04"]
    assert brief(focus="PRK-RUS").treaties["status"].tolist() == ["in force"]


def test_a_dyad_without_coded_evidence_is_a_designed_brief(brief):
    b = brief(focus="IRN-PRK", edition="2025-07-01")
    assert b.no_evidence and b.newest is None and b.stale is None and b.shown_ids == []
    assert b.treaties.empty and not b.un_votes.empty  # what the project holds besides claims


def test_an_as_of_that_empties_only_the_dyad_is_no_error(brief):
    # CHN-PRK's claims all come from TS2 (2025-06-26); TS1 (2024-03-01) speaks for others
    b = brief(focus="CHN-PRK", as_of="2024-12-31")
    assert b.no_evidence and b.treaties["treaty_id"].tolist() == ["T02"]


def test_an_as_of_before_every_source_is_an_error(brief):
    from axis_report.errors import InputError

    with pytest.raises(InputError) as caught:
        brief(focus="CHN-PRK", as_of="2020-01-01")
    (problem,) = caught.value.problems
    assert problem.field == "as_of" and "before every source" in problem.message


def test_staleness_past_the_threshold_and_not_before(brief):
    # the newest evidence on RUS is TS2, 2025-06-26
    assert brief(focus="RUS", edition="2025-09-24").newest == "2025-06-26"
    assert brief(focus="RUS", edition="2025-09-24").stale is None          # 90 days
    stale = brief(focus="RUS", edition="2025-09-25").stale                 # 91 days
    assert stale and "2025-06-26" in stale
    assert brief(focus="RUS", edition="2025-09-25", stale_after_days=120).stale is None
    assert brief(focus="RUS", edition="2027-01-01", stale_after_days=0).stale is None
    # the age is that of the focus's own newest evidence: before TS2, CHN-IRN rests on E03
    # alone, quoted from TS1 (2024-03-01) and TS3 (2024-03-05)
    assert brief(focus="CHN-IRN", as_of="2024-12-31", edition="2025-01-01").newest == \
        "2024-03-05"


def test_shown_ids_are_the_strongest_shown(brief):
    b = brief(focus="RUS")
    from axis_report.model.brief import SHOWN_CLAIMS

    assert len(b.strongest) > SHOWN_CLAIMS
    assert b.shown_ids == b.strongest["record_id"].head(SHOWN_CLAIMS).tolist()


def test_a_country_brief_lists_the_agreements_in_force_only(brief):
    # on 2024-08-01 T06 (PRK-RUS) is signed, not yet in force: the dyad brief lists it,
    # the country brief does not; the datasets' codings are a dyad brief's detail
    assert brief(focus="PRK-RUS", as_of="2024-08-01").treaties["treaty_id"].tolist() == ["T06"]
    rus = brief(focus="RUS", as_of="2024-08-01")
    assert rus.treaties["treaty_id"].tolist() == ["T04"] and rus.alliances == []


def test_un_votes_stop_before_the_briefs_date():
    import pandas as pd

    from axis_report.model.brief import focus_un_votes, un_year_cap

    assert un_year_cap("") is None
    assert un_year_cap("2018-01-01") == 2017 and un_year_cap("2018-12-31") == 2018
    alignment = pd.DataFrame([
        {"country_a": "CHN", "country_b": "PRK", "year": y, "n_common": 50,
         "agreement": 0.9, "agreement_percentile": 60.0} for y in range(2012, 2020)])
    late = focus_un_votes(alignment, ("CHN-PRK",))
    assert list(late["year"]) == [2015, 2016, 2017, 2018, 2019]
    capped = focus_un_votes(alignment, ("CHN-PRK",), as_of="2018-01-01")
    assert list(capped["year"]) == [2013, 2014, 2015, 2016, 2017]  # nothing after the date
    assert focus_un_votes(alignment, ("CHN-PRK",), as_of="2000-06-01").empty
