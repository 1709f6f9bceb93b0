"""The report model, built by a pure function from the tiny project's inputs."""

import math
from pathlib import Path

import pytest
from conftest import ALL_DYADS, REPO

from axis_report import vocab
from axis_report.errors import InputError
from axis_report.inputs.parameters import read_parameters
from axis_report.model.params import check_parameters
from axis_report.model.report import build_report, parameter_rows

SPEC = read_parameters(REPO / "notebooks" / "report.py")


@pytest.fixture(scope="module")
def build(tiny_inputs, tiny_alignment):
    def build(spec=SPEC, **values):
        params = check_parameters({"project": "/somewhere/on/this/machine", **values},
                                  spec=spec, group=tiny_inputs.group,
                                  hypothesis_ids=list(tiny_inputs.hypotheses["hypothesis"]))
        return build_report(tiny_inputs, params, alignment=tiny_alignment, spec=spec)
    return build


@pytest.fixture(scope="module")
def full(build):
    return build()


def _ids(frame) -> list:
    return sorted(frame["record_id"].unique())


ALL_CLAIMS = ["E01", "E02", "E03", "E04", "E05", "E06", "E07", "E08", "E09", "E10"]


def test_the_default_report_covers_every_claim_and_dyad(full):
    assert full.as_of == "2025-06-26"  # the latest source date
    assert full.dyads == ALL_DYADS
    assert _ids(full.evidence) == ALL_CLAIMS
    assert full.organisation == "Tiny Test Unit" and full.author == "Test Author"
    # claims each source supports, counted once however many quotes it gives a claim
    assert full.sources.set_index("source_id")["n_claims"].to_dict() == {
        "TS1": 4, "TS2": 7, "TS3": 1}
    table = full.dyads_table.set_index("dyad")
    assert table["n_records"].to_dict() == {"CHN-IRN": 3, "CHN-PRK": 2, "CHN-RUS": 3,
                                            "IRN-PRK": 0, "IRN-RUS": 3, "PRK-RUS": 0}
    assert table["verdict"].to_dict() == {
        "CHN-IRN": "net cooperation", "CHN-PRK": "net limitation", "CHN-RUS": "net cooperation",
        "IRN-PRK": "no evidence", "IRN-RUS": "net cooperation", "PRK-RUS": "no evidence"}
    # independent sources: TS3 counts with TS1 (E03 on CHN-IRN: TS1 and TS3, one source)
    assert table["n_sources"].to_dict() == {"CHN-IRN": 2, "CHN-PRK": 1, "CHN-RUS": 2,
                                            "IRN-PRK": 0, "IRN-RUS": 2, "PRK-RUS": 0}
    # one row per quote attributed to a named person: E06 has two
    assert full.analysts["record_id"].tolist() == ["E05", "E06", "E06"]
    assert full.quotes["quote_id"].tolist() == full.quotes["quote_id"].sort_values().tolist()
    assert len(full.quotes) == 13


def test_countries_count_each_claim_once_and_group_claims_apart(full):
    got = full.countries_table.set_index("country")
    # CHN: E02, E03, E06, E08 (on two of its pairs) and E10 (on all three), each once
    assert got["n_records"].to_dict() == {"CHN": 5, "RUS": 5, "IRN": 5, "PRK": 2}
    assert got["n_group"].to_dict() == {"CHN": 2, "RUS": 2, "IRN": 2, "PRK": 2}  # E04, E05
    assert got.loc["PRK", "dyads_without_evidence"] == "IRN-PRK PRK-RUS"


def test_corroboration_and_derived_credibility(full):
    c = full.corroboration.set_index("record_id")
    # E01: TS1 and TS2, independent -> confirmed (1); E03: TS1 and its copy TS3 -> typed 3;
    # E02: one source, borne out by the treaties table -> 1; E06: two quotes, one source;
    # E07: contradicted -> 5
    assert c.loc["E01", ["n_independent", "credibility", "confirmed_by"]].tolist() == [
        2, 1, "independent sources"]
    assert c.loc["E03", ["n_sources", "n_independent", "credibility"]].tolist() == [2, 1, 3]
    assert c.loc["E02", ["credibility", "confirmed_by"]].tolist() == [1, "reference data"]
    assert c.loc["E06", ["n_quotes", "n_independent", "credibility"]].tolist() == [2, 1, 2]
    assert c.loc["E07", ["credibility", "contradicted"]].tolist() == [5, True]
    # the evidence in scope carries the derived grade, not the typed one
    first = full.evidence.drop_duplicates("record_id").set_index("record_id")
    assert first.loc["E01", ["credibility", "best_reliability", "n_independent"]].tolist() == [
        1, "B", 2]
    assert first.loc["E07", "credibility"] == 5
    summary = full.source_summary
    assert (summary["n_sources"], summary["n_independent"]) == (3, 2)
    assert summary["derived"] == [("TS3", "TS1")]
    assert summary["by_kind"] == {"news article": 2, "think-tank report": 1}
    assert summary["by_grade"] == {"B": 1, "C": 2}
    assert summary["dates"] == ("2024-03-01", "2025-06-26")


def test_contradicted_claims_are_flagged_and_left_out_of_the_counts(full):
    assert full.contradicted == ["E07"]
    # flagged in the evidence table ...
    table = full.evidence_table.set_index("record_id")
    assert table.loc["E07", "check"] == "contradicted" and bool(table.loc["E07", "contradicted"])
    # ... left out of the tallies, the ACH and the timeline ...
    assert "E07" not in set(full.counted["record_id"])
    assert full.dyads_table.set_index("dyad").loc["PRK-RUS", "n_records"] == 0
    assert "E07" not in set(full.ach.matrix["record_id"])
    assert full.ach.indicators.set_index("indicator").loc["H1.1", "claims"] == ("E01",)
    # ... and named in a judgment
    [named] = [j for j in full.judgments if j.topic == "fact check"]
    assert named.record_ids == ("E07",) and "(E07)" in named.text


def test_include_contradicted_counts_them(build):
    report = build(include_contradicted=True)
    assert report.contradicted == ["E07"]  # still flagged
    assert "E07" in set(report.counted["record_id"])
    table = report.dyads_table.set_index("dyad")
    assert table.loc["PRK-RUS", ["n_records", "verdict"]].tolist() == [1, "net cooperation"]
    assert "E07" in set(report.ach.matrix["record_id"])
    assert report.evidence_table.set_index("record_id").loc["E07", "check"] == "contradicted"


def test_the_fact_check_judgment_follows_include_contradicted(build):
    report = build(include_contradicted=True)
    [named] = [j for j in report.judgments if j.topic == "fact check"]
    assert "left out of every count" not in named.text


def test_a_pair_whose_claims_are_all_contradicted_is_not_silent(full):
    [gaps] = [j for j in full.judgments if j.topic == "gaps"]
    assert gaps.text.startswith("The coded sources say nothing about Iran–North Korea "
                                "(IRN-PRK), so no judgment is made on it.")
    assert not any("say nothing about IRN-PRK and PRK-RUS" in line for line in full.bottom_line)


def test_bottom_line_comes_first_and_names_what_it_rests_on(full):
    assert full.bottom_line and all(line.endswith(".") for line in full.bottom_line)
    assert 2 <= len(full.bottom_line) <= 4
    assert full.bottom_line[-1].startswith("The judgments rest on three sources, two of them "
                                           "independent once copies are set aside")
    assert full.assumptions["assumption"].tolist() == ["A1", "A2"]


def test_key_judgments_carry_confidence(full):
    by_topic = {j.topic: j for j in full.judgments}
    assert list(by_topic) == ["hypotheses", "pairs", "CHN-IRN", "CHN-RUS", "IRN-RUS",
                              "CHN-PRK", "group", "un votes", "contradicted pairs", "gaps",
                              "fact check"]
    # CHN-PRK rests on TS2 alone (E06 twice, E10): low
    assert by_topic["CHN-PRK"].confidence.level == "low"
    assert by_topic["CHN-PRK"].confidence.basis.startswith("one independent source, TS2 "
                                                           "graded B;")
    # IRN-RUS: TS1 (C) and TS2 (B), both netting to cooperation: moderate
    assert by_topic["IRN-RUS"].confidence.level == "moderate"
    assert not by_topic["IRN-RUS"].confidence.disagree
    # the group claims: E04 (TS1, limitation) against E05 (TS2, cooperation): lowered
    assert (by_topic["group"].confidence.level, by_topic["group"].confidence.disagree) == (
        "low", True)
    assert by_topic["gaps"].confidence is None and by_topic["fact check"].confidence is None


def test_fact_check_and_pacts(full):
    # E05 (un_alignment): the four's mean agreement in the tiny votes is above the median
    # pair but below the 90th percentile: not distinctive, so unverifiable
    assert full.checks == {"E01": "unverifiable", "E02": "consistent", "E05": "unverifiable",
                           "E07": "contradicted"}
    assert full.fact_check_counts == {"consistent": 1, "contradicted": 1, "unverifiable": 2}
    assert full.defence_dyads == {"CHN-PRK", "PRK-RUS"}
    assert "contradict" in next(j.text for j in full.judgments if j.topic == "fact check")


def test_the_ach_estimate_leads_the_judgments(full):
    a = full.ach
    assert a is not None
    assert a.hypotheses["hypothesis"].tolist() == ["H1", "H2", "H3"]
    assert a.non_diagnostic == ["E05"]
    assert a.ranked["hypothesis"].tolist() == ["H2", "H1", "H3"]
    # scored on the weight-3 claims alone (E01) H1 leads: not robust, so an even chance
    by_group = a.by_group.set_index("label")
    assert by_group.index.tolist() == ["without TS1", "without TS2",
                                       "concrete acts only (weight 3)", "analyst opinion only"]
    assert by_group.loc["concrete acts only (weight 3)", ["n_claims", "leader"]].tolist() == [
        1, "H1"]
    # leaving TS1 out keeps E01 (TS2 quotes it too) but drops E02, E03 and E04
    assert by_group.loc["without TS1", "n_claims"] == 6
    assert (a.estimate["leader"], a.estimate["runner_up"], a.estimate["term"]) == (
        "H2", "H1", "roughly even chance")
    assert a.estimate["flips"] == ["concrete acts only (weight 3)"]
    first = full.judgments[0]
    assert first.topic == "hypotheses"
    assert first.text == ("Transactional alignment (H2) and cohesive alliance (H1) fit the "
                          "evidence about equally well: which describes the relationship "
                          "better is a roughly even chance, though H2 ranks first.")
    # it cites the claims that push the leader ahead most, and the ACH for every claim rated
    drive = a.sensitivity.set_index("record_id")["drive"]
    assert first.record_ids and all(drive[r] > 0 for r in first.record_ids)
    assert first.record_ids == tuple(sorted(drive[drive > 0].index[:5]))
    n_rated = len(ALL_CLAIMS[:6] + ALL_CLAIMS[7:])  # not E07
    assert n_rated == 9 and first.datasets == ("competing hypotheses, all nine claims rated",)
    indicators = a.indicators.set_index("indicator")
    assert indicators.loc["H1.2", "status"] == "not observed in the coded sources"
    assert indicators.loc["H3.2", ["claims", "status"]].tolist() == [("E10",), "observed"]


def test_as_of_before_every_source_names_as_of(build):
    with pytest.raises(InputError) as err:
        build(as_of="2020-01-01")
    [problem] = err.value.problems
    assert problem.field == "as_of"
    assert "before every source" in problem.message and "2024-03-01" in problem.message


def test_as_of_keeps_only_the_sources_dated_by_then(build):
    report = build(as_of="2024-07-01")
    assert report.as_of == "2024-07-01"
    assert report.sources["source_id"].tolist() == ["TS1", "TS3"]
    assert _ids(report.evidence) == ["E01", "E02", "E03", "E04"]
    assert set(report.quotes["source_id"]) == {"TS1", "TS3"}  # E01's TS2 quote is later
    # E01 is no longer corroborated: TS2 is not yet written
    assert report.corroboration.set_index("record_id").loc["E01", "credibility"] == 2
    assert report.source_summary["n_independent"] == 1
    assert report.defence_dyads == {"CHN-PRK"}  # the PRK-RUS treaty is not yet in force
    assert (report.timeline["date"] <= "2024-07-01").all()
    t06 = report.timeline[report.timeline["ref"] == "T06"]
    assert t06["kind"].tolist() == ["signed"]  # signed in June 2024, in force in December


def test_a_three_country_report_keeps_the_group_claims(build):
    report = build(countries=["CHN", "RUS", "IRN"])
    assert report.dyads == ["CHN-IRN", "CHN-RUS", "IRN-RUS"]
    group_claims = report.evidence[report.evidence["dyad"] == vocab.GROUP]
    assert _ids(group_claims) == ["E04", "E05"]  # about the group, shown apart
    # E06 and E07 are on pairs with North Korea; the hub claim E10 keeps CHN-IRN and CHN-RUS
    assert _ids(report.evidence) == ["E01", "E02", "E03", "E04", "E05", "E08", "E09", "E10"]
    assert report.evidence.loc[report.evidence["record_id"] == "E10", "dyad"].astype(
        str).tolist() == ["CHN-IRN", "CHN-RUS"]
    assert set(report.countries_table["country"]) == {"CHN", "RUS", "IRN"}
    assert report.defence_dyads == set()  # both defence pacts involve North Korea


def test_a_pair_report_has_no_group_claims(build):
    report = build(countries=["IRN", "RUS"])
    assert set(report.evidence["dyad"].astype(str)) == {"IRN-RUS"}
    assert _ids(report.evidence) == ["E01", "E08", "E09"]
    assert set(report.fact_check["record_id"]) == {"E01"}
    assert report.countries_table["n_group"].tolist() == [0, 0]
    assert (report.source_summary["n_sources"], report.source_summary["derived"]) == (2, [])


def test_domains_and_min_weight_narrow_the_scope(build):
    report = build(domains=["economic"], min_weight=2)
    assert _ids(report.evidence) == ["E03", "E10"]
    # E03 (cooperation 2) against the hub claim E10 (limitation 2) on CHN-IRN: a near-tie
    assert report.dyads_table.set_index("dyad").loc["CHN-IRN", "verdict"] == "divided"
    assert report.dyad_domain["domain"].unique().tolist() == ["economic"]


def test_chosen_hypotheses_and_weighting(build):
    report = build(hypotheses=["H3", "H1"], weighting="unweighted")
    assert report.ach.hypotheses["hypothesis"].tolist() == ["H1", "H3"]
    assert set(report.ach.weights["weight"]) == {1.0}


def test_no_hypotheses_file_means_no_ach(tiny_inputs, tiny_alignment):
    from dataclasses import replace

    inputs = replace(tiny_inputs, hypotheses=None)
    report = build_report(inputs, check_parameters({}, spec=SPEC), alignment=tiny_alignment)
    assert report.ach is None
    assert not any(j.topic == "hypotheses" for j in report.judgments)
    assert not report.bottom_line[0].startswith("Of the competing readings")


def test_appendix_rows_leave_out_project(full):
    names = [name for name, _, _ in full.parameters]
    assert names == [p.name for p in SPEC if p.name != "project"]
    shown = {name: value for name, value, _ in full.parameters}
    assert shown["as_of"] == "(latest source date) 2025-06-26"
    assert shown["countries"] == "CHN, RUS, IRN, PRK" and shown["hypotheses"] == "(all)"
    assert all(help_text for _, _, help_text in full.parameters)
    assert "/somewhere/on/this/machine" not in repr(full.parameters)


def test_parameter_rows_without_a_spec():
    rows = parameter_rows(check_parameters({"project": "/x", "min_weight": 2}), None,
                          as_of="2025-01-01")
    assert rows == [("min_weight", "2", "")]


def test_evidence_table_order_and_flags(full):
    table = full.evidence_table
    assert list(table["stance"].astype(str)) == sorted(table["stance"].astype(str),
                                                       key=vocab.STANCES.index)
    flagged = table.dropna(subset=["check"]).drop_duplicates("record_id")
    assert dict(zip(flagged["record_id"], flagged["check"])) == full.checks
    assert set(table["reliability"]) == {"B", "C"}
    # every row of a claim on several dyads carries the same derived grade
    e08 = table[table["record_id"] == "E08"]
    assert e08["dyad"].astype(str).tolist() == ["CHN-IRN", "CHN-RUS", "IRN-RUS"]
    assert set(e08["credibility"]) == {3} and set(e08["best_reliability"]) == {"B"}


def test_latest_alignment(full):
    assert full.alignment_year == 1992
    latest = full.alignment_latest
    # the dyads, then each country (in the report's order) with the comparator
    assert latest["pair"].tolist() == [*ALL_DYADS, "CHN-USA", "RUS-USA", "IRN-USA",
                                       "PRK-USA"]
    assert not latest["agreement"].isna().any()
    assert not any(math.isnan(x) for x in latest["agreement_percentile"])


def test_the_record_helpers_and_provenance(full, tiny_inputs):
    assert full.records["record_id"].is_unique
    assert full.input_hashes.equals(tiny_inputs.files)
    assert dict(full.versions)["axis_report"]


def test_a_parameter_that_empties_the_scope_is_named(build, tiny_inputs):
    heaviest = int(tiny_inputs.evidence["weight"].max())
    weak_domains = [d for d in vocab.DOMAINS
                    if d not in set(tiny_inputs.evidence["domain"].astype(str))]
    if weak_domains:
        with pytest.raises(InputError) as err:
            build(domains=weak_domains[:1])
        assert err.value.problems[0].field == "domains"
    if heaviest < 3:
        with pytest.raises(InputError) as err:
            build(min_weight=3)
        assert err.value.problems[0].field == "min_weight"
    # a pair with no claim at all (IRN-PRK in the tiny project) and no group claim within it
    with pytest.raises(InputError) as err:
        build(countries=["IRN", "PRK"])
    [problem] = err.value.problems
    assert problem.field == "countries" and "no coded claim" in problem.message


def test_a_project_without_claims_has_nothing_to_report(tiny_inputs, tiny_alignment):
    import dataclasses

    empty = dataclasses.replace(tiny_inputs, evidence=tiny_inputs.evidence.iloc[0:0])
    params = check_parameters({}, spec=SPEC, group=empty.group)
    with pytest.raises(InputError) as err:
        build_report(empty, params, alignment=tiny_alignment, spec=SPEC)
    assert "nothing to report" in str(err.value)


def test_title_block_fields_and_staleness(build):
    old = build(issued="2026-01-01", stale_after_days=90)
    assert old.issued == "2026-01-01" and old.handling and old.newest
    assert old.newest <= old.as_of
    assert old.stale is not None and old.newest in old.stale
    fresh = build(issued=old.newest, stale_after_days=90)
    assert fresh.stale is None
    never = build(issued="2026-01-01", stale_after_days=0)
    assert never.stale is None


def test_annex_lists_every_claim_with_spans_in_its_source(full):
    assert [e["record_id"] for e in full.annex] == sorted(full.evidence["record_id"].unique())
    texts = {}
    for entry in full.annex:
        assert entry["quotes"] and entry["reliability"]
        for q in entry["quotes"]:
            assert q["end"] - q["start"] == len(q["quote"]) and q["date"] and q["title"]
            texts.setdefault(q["source_id"], []).append(q)
    assert set(texts) <= set(full.sources["source_id"])
    files = dict(zip(full.sources["source_id"], full.sources["file"]))
    seeds = Path(__file__).parents[1] / "fixtures" / "tiny" / "seeds"
    for sid, quotes in texts.items():
        text = (seeds / files[sid]).read_text(encoding="utf-8")
        assert all(text[q["start"]:q["end"]] == q["quote"] for q in quotes)


def test_bottom_line_binds_pairs_from_the_treaties_not_from_the_claims_left(build):
    # military claims only: CHN-PRK keeps no claim, yet its 1961 treaty binds it; the
    # bottom line and the judgments must not disagree on it
    report = build(domains=["military"])
    assert "Only CHN-PRK and PRK-RUS are bound by a defence obligation in force." in (
        report.bottom_line)
    # a pair a filter emptied is not a pair the sources say nothing about
    assert "there are no military claims on CHN-PRK" in report.bottom_line[-1]
    [gaps] = [j for j in report.judgments if j.topic == "gaps"]
    assert ("There are no military claims on China–North Korea (CHN-PRK), so no judgment is "
            "made on it; the coded sources hold two claims on it outside this report's "
            "scope.") in gaps.text
    assert "say nothing about China–North Korea" not in gaps.text


def test_bottom_line_says_unknown_obligations_are_unknown(tiny_inputs, tiny_alignment):
    from dataclasses import replace

    import pandas as pd

    # an agreement on CHN-IRN whose obligations are coded unknown (its text not public)
    extra = tiny_inputs.treaties.iloc[[0]].assign(
        treaty_id="T09", name="Secret agreement", parties="CHN IRN", dyads="CHN-IRN",
        signed="2021-03-27", in_force="", **{k: pd.NA for k in vocab.OBLIGATIONS})
    treaties = pd.concat([tiny_inputs.treaties, extra], ignore_index=True).astype(
        {k: "boolean" for k in vocab.OBLIGATIONS})
    inputs = replace(tiny_inputs, treaties=treaties)
    report = build_report(inputs, check_parameters({}, spec=SPEC, group=inputs.group),
                          alignment=tiny_alignment)
    line = next(s for s in report.bottom_line if "defence obligation" in s)
    assert line == ("CHN-PRK and PRK-RUS are bound by a defence obligation in force; T09's "
                    "obligations (CHN-IRN) are unknown: its text is not public.")
    assert not line.startswith("Only")
    [chn_irn] = [j for j in report.judgments if j.topic == "CHN-IRN"]
    assert "T09's obligations are unknown: its text is not public." in chn_irn.text
    assert "binds either to defend" not in chn_irn.text


def test_one_pair_cannot_test_the_group_hypotheses(build):
    report = build(countries=["CHN", "PRK"])
    assert report.bottom_line[0] == ("With one pair in scope, the hypotheses about how the "
                                     "group as a whole works cannot be tested.")
    topics = [j.topic for j in report.judgments]
    assert "pairs" not in topics  # no judgment across the pairs for one pair
    first = report.judgments[0]
    assert first.topic == "hypotheses" and first.confidence is None
    assert "one pair cannot test them" in first.text and "likely" not in first.text
    [un] = [j for j in report.judgments if j.topic == "un votes"]
    assert un.text.count("China and North Korea had an agreement score of") == 1


def test_a_subset_of_hypotheses_is_said_and_compared_only_within(build):
    report = build(hypotheses=["H1", "H2"])
    first = report.judgments[0]
    assert first.text.startswith("Of H1 and H2 only, ")
    assert report.bottom_line[0].startswith("Of H1 and H2 only, the evidence fits")
    for text in report.ach.hypotheses["separates"]:
        assert "H3" not in text
    assert "H3" not in first.text and "H3" not in report.bottom_line[0]


def test_the_description_counts_the_claims_set_aside(full, build):
    assert full.n_set_aside == 1  # E07, contradicted
    assert "from 10 coded claims with verbatim quotes (one contradicted by the reference data " \
           "and set aside)" in full.description
    counted = build(include_contradicted=True)
    assert counted.n_set_aside == 0 and "set aside" not in counted.description
