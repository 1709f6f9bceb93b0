"""The report model, built by a pure function from the tiny project's inputs."""

import math

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


def test_the_default_report_covers_every_record_and_dyad(full):
    assert full.as_of == "2025-06-26"  # the latest source date
    assert full.dyads == ALL_DYADS
    assert _ids(full.evidence) == [f"E0{i}" for i in range(1, 10)]
    assert full.organisation == "Tiny Test Unit" and full.author == "Test Author"
    assert full.sources.set_index("source_id")["n_claims"].to_dict() == {"TS1": 4, "TS2": 5}
    table = full.dyads_table.set_index("dyad")
    assert table.loc["IRN-PRK", "verdict"] == "no evidence"
    assert table.loc["CHN-PRK", "verdict"] == "net limitation"
    assert full.gaps.loc[full.gaps["whole_dyad"], "dyad"].unique().tolist() == ["IRN-PRK"]
    assert full.analysts["record_id"].tolist() == ["E05", "E06"]


def test_fact_check_and_pacts(full):
    assert full.checks == {"E01": "unverifiable", "E02": "consistent", "E05": "consistent",
                           "E07": "contradicted"}
    assert full.fact_check_counts == {"consistent": 2, "contradicted": 1, "unverifiable": 1}
    assert full.defence_dyads == {"CHN-PRK", "PRK-RUS"}
    assert "contradicted" in next(j.text for j in full.judgments if "Fact check" in j.text)


def test_the_ach_judgment_follows_the_summary(full):
    assert full.ach is not None
    assert full.ach.hypotheses["hypothesis"].tolist() == ["H1", "H2", "H3"]
    assert full.judgments[1].text == full.ach.judgment and full.judgments[1].record_ids == ()
    assert full.ach.non_diagnostic == ["E05"]
    assert full.ach.ranked["hypothesis"].tolist()[0] == "H2"


def test_as_of_before_every_source_names_as_of(build):
    with pytest.raises(InputError) as err:
        build(as_of="2020-01-01")
    [problem] = err.value.problems
    assert problem.field == "as_of"
    assert "before every source" in problem.message and "2024-03-01" in problem.message


def test_as_of_keeps_only_the_sources_dated_by_then(build):
    report = build(as_of="2024-07-01")
    assert report.as_of == "2024-07-01"
    assert report.sources["source_id"].tolist() == ["TS1"]
    assert set(report.evidence["source_id"]) == {"TS1"}
    assert report.defence_dyads == {"CHN-PRK"}  # the PRK-RUS treaty is not yet in force
    assert (report.timeline["date"] <= "2024-07-01").all()
    t06 = report.timeline[report.timeline["ref"] == "T06"]
    assert t06["kind"].tolist() == ["signed"]  # signed in June 2024, in force in December


def test_a_three_country_subset_keeps_only_group_claims_within_it(build):
    report = build(countries=["CHN", "RUS", "IRN"])
    assert report.dyads == ["CHN-IRN", "CHN-RUS", "IRN-RUS"]
    group_claims = report.evidence[report.evidence["dyad"] == vocab.GROUP]
    # E08 names China, Russia and Iran; E04 and E05 also name North Korea
    assert _ids(group_claims) == ["E08"]
    assert _ids(report.evidence) == ["E01", "E02", "E03", "E08", "E09"]
    assert set(report.countries_table["country"]) == {"CHN", "RUS", "IRN"}
    assert report.defence_dyads == set()  # both defence pacts involve North Korea


def test_a_pair_report_has_no_group_claims(build):
    report = build(countries=["IRN", "RUS"])
    assert set(report.evidence["dyad"].astype(str)) == {"IRN-RUS"}
    assert set(report.fact_check["record_id"]) == {"E01"}


def test_domains_and_min_weight_narrow_the_scope(build):
    report = build(domains=["economic"], min_weight=2)
    assert _ids(report.evidence) == ["E03"]
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
    assert not any(j.text.startswith("The evidence is least inconsistent") for j in
                   report.judgments)


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
