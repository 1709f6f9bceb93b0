"""The brief model: one focus, its strongest evidence and what changed since last time."""

import pandas as pd
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
    from axis_report.model.brief import SHOWN_CLAIMS, SHOWN_CLAIMS_COUNTRY

    b = brief(focus="RUS")  # a country: fewer quotes, its bottom line runs longer
    assert len(b.strongest) > SHOWN_CLAIMS_COUNTRY
    assert b.shown_ids == b.strongest["record_id"].head(SHOWN_CLAIMS_COUNTRY).tolist()
    pair = brief(focus="IRN-RUS")
    assert pair.shown_ids == pair.strongest["record_id"].head(SHOWN_CLAIMS).tolist()
    assert SHOWN_CLAIMS_COUNTRY < SHOWN_CLAIMS


def test_country_and_dyad_briefs_list_the_same_agreements(brief):
    # on 2024-08-01 T06 (PRK-RUS) is signed, not yet in force: the dyad brief and the
    # country brief both list it; the datasets' codings are a dyad brief's detail
    assert brief(focus="PRK-RUS", as_of="2024-08-01").treaties["treaty_id"].tolist() == ["T06"]
    rus = brief(focus="RUS", as_of="2024-08-01")
    assert rus.treaties["treaty_id"].tolist() == ["T04", "T06"] and rus.alliances == []
    assert rus.treaties.set_index("treaty_id").loc["T06", "status"] == (
        "signed, in force from 2024-12-04")


def _treaty(tid, dyads, signed, in_force, ended, **obligations):
    from axis_report import vocab

    return {"treaty_id": tid, "name": f"Pact {tid}", "dyads": dyads, "kind": "treaty",
            "signed": signed, "in_force": in_force, "ended": ended,
            **{k: obligations.get(k, False) for k in vocab.OBLIGATIONS}}


def test_obligations_in_words_say_unknown_rather_than_none():
    from axis_report.model.brief import obligations_words

    assert obligations_words({"defence": True, "offence": False, "neutrality": False,
                              "non_aggression": True, "consultation": False}) == (
        "defence and non-aggression")
    assert obligations_words({k: False for k in ("defence", "offence", "neutrality",
                                                 "non_aggression", "consultation")}) == "none"
    assert obligations_words({k: None for k in ("defence", "offence", "neutrality",
                                                "non_aggression", "consultation")}) == "unknown"
    assert obligations_words({"defence": None, "offence": False, "neutrality": False,
                              "non_aggression": True, "consultation": False}) == (
        "non-aggression; the others unknown")


def test_a_brief_lists_agreements_in_force_or_signed_never_ended_ones(brief, tiny_inputs):
    import pandas as pd

    from axis_report.model.brief import _current, focus_treaties

    treaties = pd.DataFrame([
        _treaty("T1", "PRK-RUS", "1961-07-06", "1961-09-10", "1996-09-10", defence=True),
        _treaty("T2", "PRK-RUS", "2024-06-19", "2024-12-04", None, defence=True),
        _treaty("T3", "CHN-IRN", "2021-03-27", None, None,
                **{k: pd.NA for k in ("defence", "offence", "neutrality", "non_aggression",
                                      "consultation")})])
    listed = focus_treaties(treaties, ("PRK-RUS", "CHN-IRN"), "2025-01-01")
    assert listed["treaty_id"].tolist() == ["T1", "T3", "T2"]  # oldest first
    assert listed.set_index("treaty_id")["defence"].tolist() == [True, None, True]
    assert listed.set_index("treaty_id").loc["T3", "obligations"] == "unknown"
    assert _current(listed)["treaty_id"].tolist() == ["T3", "T2"]  # T1 ended in 1996


def test_newest_evidence_on_a_pair_alone():
    from axis_report.analysis.focus import parse_focus
    from axis_report.model.brief import newest_on_focus_alone

    group = ("CHN", "RUS", "IRN", "PRK")
    dates = {"S1": "2012-12-19", "S2": "2025-06-26"}
    pair = [{"countries": "IRN PRK", "sources": "S1"},
            {"countries": "CHN RUS IRN PRK", "sources": "S2"}]  # Iran and the other three
    assert newest_on_focus_alone(pair, parse_focus("IRN-PRK", group), dates) == "2012-12-19"
    # the newest claim is on the pair alone: nothing to add; a country brief: no such date
    assert newest_on_focus_alone(pair[:1], parse_focus("IRN-PRK", group), dates) is None
    assert newest_on_focus_alone(pair, parse_focus("IRN", group), dates) is None
    assert newest_on_focus_alone(pair[1:], parse_focus("IRN-PRK", group), dates) is None
    # a difference within the staleness threshold is not worth a sentence
    assert newest_on_focus_alone(pair, parse_focus("IRN-PRK", group),
                                 {**dates, "S1": "2025-04-01"}, gap_days=90) is None
    assert newest_on_focus_alone(pair, parse_focus("IRN-PRK", group),
                                 {**dates, "S1": "2025-03-01"}, gap_days=90) == "2025-03-01"


def test_a_brief_counts_as_it_judges_and_carries_the_projects_handling(brief, tiny_inputs,
                                                                      tiny_alignment):
    from axis_report.model.brief import contradicted_claims

    assert contradicted_claims(tiny_inputs, tiny_alignment) == {"E07"}
    b = brief(focus="RUS")
    assert b.set_aside == ("E07",)
    assert b.n_claims == b.evidence["record_id"].nunique() - 1
    assert b.n_claims == 7  # the eight records of test_a_country_brief, E07 set aside
    assert b.handling == tiny_inputs.settings.handling
    assert b.prepared_by == "Test Author, Tiny Test Unit"


def test_a_country_brief_speaks_of_its_own_pairs(brief):
    first = brief(focus="RUS").judgments[0]
    assert first.topic == "pairs" and first.text.startswith("Across Russia's three pairs, ")
    assert "China, Russia, Iran and North Korea" not in first.text


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


def test_a_brief_says_why_its_un_figures_stop_where_they_do():
    from axis_report.model.brief import _un_votes_end

    votes = pd.DataFrame({"year": [2018, 2019]})
    assert _un_votes_end(votes, "2025-07-28") == (
        "the vote data end there, before Russia's full-scale invasion of Ukraine in 2022")
    assert _un_votes_end(votes, "2018-06-30") == "the last full year before 2018-06-30"
    assert _un_votes_end(pd.DataFrame({"year": [2023]}), "2025-07-28") == \
        "the vote data end there"
    assert _un_votes_end(None, "2025-07-28") == "the vote data end there"
