"""Analysis of Competing Hypotheses, scored as PARC ACH scores it, worked by hand."""

import math

import pandas as pd
import pytest

from axis_report.analysis import ach

R2 = math.sqrt(2)


@pytest.fixture
def records():
    return pd.DataFrame([
        # weight 3 (high relevance), credibility 1 (high) -> weight sqrt2*sqrt2 = 2
        {"record_id": "R1", "source_id": "A", "weight": 3, "credibility": 1,
         "ach": {"H1": "II", "H2": "C"}},
        # weight 2, credibility 3 -> medium x medium = 1
        {"record_id": "R2", "source_id": "A", "weight": 2, "credibility": 3,
         "ach": {"H1": "I", "H2": "I"}},
        # weight 1, credibility 4 -> low x low = 0.5
        {"record_id": "R3", "source_id": "A", "weight": 1, "credibility": 4,
         "ach": {"H1": "C", "H2": "II"}},
    ])


def _score(records, weighting="parc"):
    matrix = ach.ach_matrix(records, ["H1", "H2"])
    weights = ach.record_weights(records, {"A": "B", "D": "D"}, weighting=weighting)
    return matrix, weights, ach.score_hypotheses(matrix, weights)


def test_weights_follow_parc_levels(records):
    _, weights, _ = _score(records)
    assert weights["weight"].tolist() == pytest.approx([2.0, 1.0, 0.5])
    assert weights["credibility_level"].tolist() == ["high", "medium", "low"]


def test_unreliable_source_lowers_credibility_one_level(records):
    w = ach.record_weights(records.assign(source_id="E"), {"E": "E"})
    assert w["credibility_level"].tolist() == ["medium", "low", "low"]


def test_a_claims_best_source_grade_decides_its_weight(records):
    # with `best_reliability` (the best grade among a claim's sources) no mapping is needed
    w = ach.record_weights(records.assign(best_reliability=["D", "E", "A"]))
    # R1 credibility 1 -> high, its best source D -> medium; R2 3 -> medium, E -> low;
    # R3 4 -> low, A leaves it low
    assert w["credibility_level"].tolist() == ["medium", "low", "low"]
    assert w["weight"].tolist() == pytest.approx([R2, 1 / R2, 0.5])


def test_scores_and_ranking_worked_by_hand(records):
    _, _, scores = _score(records)
    # H1: R1 II (-2 x 2) + R2 I (-1 x 1) = -5;  H2: R2 I (-1) + R3 II (-2 x .5) = -2
    assert scores["inconsistency"].tolist() == pytest.approx([-5.0, -2.0])
    assert scores["raw_inconsistency"].tolist() == [-3, -3]
    assert scores["n_inconsistent"].tolist() == [2, 2]
    assert dict(zip(scores["hypothesis"], scores["rank"])) == {"H1": 2, "H2": 1}


def test_unweighted_scores_tie(records):
    _, _, scores = _score(records, "unweighted")
    assert scores["inconsistency"].tolist() == [-3.0, -3.0]
    assert scores["rank"].tolist() == [1, 1]


def test_non_diagnostic_records(records):
    matrix, _, _ = _score(records)
    assert ach.non_diagnostic(matrix) == ["R2"]


def test_sensitivity(records):
    matrix, weights, _ = _score(records)
    sens = ach.sensitivity(matrix, weights).set_index("record_id")
    # leader H2, second H1: drive = value under H2 minus value under H1
    assert sens.loc["R1", "drive"] == pytest.approx(4.0)
    assert sens.loc["R2", "drive"] == pytest.approx(0.0)
    assert sens.loc["R3", "drive"] == pytest.approx(-1.0)
    assert sens.index.tolist() == ["R1", "R2", "R3"]  # most driving first
    # without R1: H1 -1, H2 -2 -> H1 leads
    assert sens.loc["R1", "changes_ranking"] and sens.loc["R1", "ranking_without"] == "H1 > H2"
    assert not sens.loc["R2", "changes_ranking"] and not sens.loc["R3", "changes_ranking"]


def test_judgment_sentence(records):
    matrix, weights, scores = _score(records)
    hyps = pd.DataFrame({"hypothesis": ["H1", "H2"], "title": ["Alliance", "Convenience"]})
    text = ach.ach_judgment(scores, ach.sensitivity(matrix, weights), hyps, ["R2"])
    assert text == ("The evidence is least inconsistent with H2 (convenience, weighted "
                    "inconsistency -2.0; H1 alliance -5.0); removing R1 alone would change the "
                    "ranking; one record is non-diagnostic.")


def test_bad_weighting_is_refused(records):
    with pytest.raises(ValueError):
        ach.record_weights(records, {"A": "B"}, weighting="heavy")


def test_ties_share_the_better_rank_and_the_judgment_says_so(records):
    matrix, weights, scores = _score(records, "unweighted")
    hyps = pd.DataFrame({"hypothesis": ["H1", "H2"], "title": ["Alliance", "Convenience"]})
    text = ach.ach_judgment(scores, ach.sensitivity(matrix, weights), hyps, [])
    assert "but the leading hypotheses tie" in text
    assert "non-diagnostic" not in text


@pytest.mark.parametrize("weighting, expect", [
    ("credibility", [R2, 1.0, 1 / R2]), ("relevance", [R2, 1.0, 1 / R2]),
    ("unweighted", [1.0, 1.0, 1.0]),
])
def test_other_weightings(records, weighting, expect):
    w = ach.record_weights(records, {"A": "B"}, weighting=weighting)
    assert w["weight"].tolist() == pytest.approx(expect)


def test_ranking_breaks_ties_in_hypothesis_order(records):
    _, _, scores = _score(records)
    assert ach.ranking(scores) == ("H2", "H1")
    _, _, tied = _score(records, "unweighted")
    assert ach.ranking(tied) == ("H1", "H2")


def test_sensitivity_by_group(records):
    matrix, weights, _ = _score(records)
    got = ach.sensitivity_by_group(matrix, weights, {
        "all": {"R1", "R2", "R3"},
        "without R1": {"R2", "R3"},   # H1 -1, H2 -1 - 1 = -2: H1 leads
        "R1 only": {"R1"},            # H1 -4, H2 0: H2 leads
        "nothing left": set(),
    })
    assert got.to_dict("records") == [
        dict(label="all", n_claims=3, ranking="H2 > H1", leader="H2", same_leader=True),
        dict(label="without R1", n_claims=2, ranking="H1 > H2", leader="H1",
             same_leader=False),
        dict(label="R1 only", n_claims=1, ranking="H2 > H1", leader="H2", same_leader=True),
        dict(label="nothing left", n_claims=0, ranking="(no claims left)", leader="",
             same_leader=None),
    ]


def test_indicator_status():
    from conftest import record

    from axis_report.inputs.evidence import evidence_long_frame

    evidence = evidence_long_frame([
        record("D1", ["IRN-RUS", "PRK-RUS"], "cooperation", 3),
        record("H1", [], "limitation", 2, hub="CHN", domain="economic"),
        record("G1", [], "cooperation", 1, domain="ideological"),
    ])
    looks = [
        ("I1", {"domain": "military", "stance": "cooperation", "min_weight": 3}),
        ("I2", {"scope": "group"}),
        ("I3", {"hub": "CHN", "stance": "limitation"}),
        ("I4", {"dyads": ["CHN-PRK", "IRN-PRK"]}),   # the hub claim's row on CHN-PRK
        ("I5", {"domain": "diplomatic"}),
        ("I6", {"min_weight": 2}),
        ("I7", {"dyads": ["PRK-RUS"], "stance": "limitation"}),
        ("I8", {"scope": "dyads", "dyads": ["IRN-RUS"]}),
    ]
    indicators = pd.DataFrame([dict(hypothesis="H9", indicator=i, text=f"text {i}", look_for=lf)
                               for i, lf in looks])
    got = ach.indicator_status(indicators, evidence).set_index("indicator")
    assert got["claims"].to_dict() == {"I1": ("D1",), "I2": ("G1",), "I3": ("H1",),
                                       "I4": ("H1",), "I5": (), "I6": ("D1", "H1"), "I7": (),
                                       "I8": ("D1",)}
    not_seen = "not observed in the coded sources"  # a gap, not a finding it did not happen
    assert got["status"].to_dict() == {"I1": "observed", "I2": "observed", "I3": "observed",
                                       "I4": "observed", "I5": not_seen, "I6": "observed",
                                       "I7": not_seen, "I8": "observed"}
    assert got.loc["I5", ["hypothesis", "text"]].tolist() == ["H9", "text I5"]


HYPS = pd.DataFrame({"hypothesis": ["H1", "H2", "H3"],
                     "title": ["Alliance", "Convenience", "Rhetoric"]})


def _scores(values):
    """Scores from inconsistencies in hypothesis order, ranked as score_hypotheses ranks."""
    frame = pd.DataFrame({"hypothesis": ["H1", "H2", "H3"], "inconsistency": values})
    frame["rank"] = (-frame["inconsistency"]).rank(method="min").astype(int)
    return frame


def _groups(*same, empty=()):
    rows = [dict(label=f"without S{i}", n_claims=3, same_leader=s) for i, s in enumerate(same)]
    rows += [dict(label=label, n_claims=0, same_leader=None) for label in empty]
    return pd.DataFrame(rows, columns=["label", "n_claims", "same_leader"])


def test_estimate_is_likely_only_when_robust_and_with_margin():
    # H1 -1 leads H2 -4 by 3 >= a quarter of 4; it leads in every group: likely
    e = ach.ach_estimate(_scores([-1.0, -4.0, -12.0]), _groups(True, True), HYPS)
    assert (e["leader"], e["runner_up"], e["term"]) == ("H1", "H2", "likely")
    assert (e["robust"], e["margin"], e["flips"]) == (True, True, [])
    # H3 -12: at least twice the leader's -1 and at least 10 points worse: unlikely
    assert (e["unlikely"], e["unlikely_titles"]) == (["H3"], ["Rhetoric"])
    assert e["leader_title"] == "Alliance" and e["runner_up_title"] == "Convenience"


def test_estimate_without_robustness_is_an_even_chance():
    e = ach.ach_estimate(_scores([-1.0, -4.0, -12.0]), _groups(True, False), HYPS)
    assert (e["term"], e["robust"], e["flips"]) == ("roughly even chance", False,
                                                    ["without S1"])
    assert e["unlikely"] == ["H3"]  # the runner-up is never unlikely in an even chance


def test_estimate_without_margin_is_an_even_chance():
    # H1 -10 leads H2 -12 by 2 < a quarter of 12
    e = ach.ach_estimate(_scores([-10.0, -12.0, -19.0]), _groups(True, True), HYPS)
    assert (e["term"], e["robust"], e["margin"]) == ("roughly even chance", True, False)
    assert e["unlikely"] == []  # -19 is not twice -10


def test_estimate_with_a_tie_is_an_even_chance():
    e = ach.ach_estimate(_scores([-2.0, -2.0, -3.0]), _groups(True), HYPS)
    assert (e["leader"], e["runner_up"], e["term"]) == ("H1", "H2", "roughly even chance")
    e = ach.ach_estimate(_scores([0.0, 0.0, -3.0]), _groups(True), HYPS)
    assert (e["term"], e["margin"]) == ("roughly even chance", False)


def test_unlikely_needs_twice_the_leaders_inconsistency_and_ten_points():
    # -5 is five times -1 but only 4 points worse; -30 is 10+ points but not twice -25
    e = ach.ach_estimate(_scores([-1.0, -4.0, -5.0]), _groups(True), HYPS)
    assert e["term"] == "likely" and e["unlikely"] == []
    e = ach.ach_estimate(_scores([-25.0, -26.0, -30.0]), _groups(True), HYPS)
    assert e["unlikely"] == []
    e = ach.ach_estimate(_scores([0.0, -1.0, -10.0]), _groups(True), HYPS)
    assert e["unlikely"] == ["H3"]


def test_groups_without_claims_are_untestable_not_flips():
    e = ach.ach_estimate(_scores([-1.0, -4.0, -12.0]), _groups(True, empty=["analyst only"]),
                         HYPS)
    assert e["term"] == "likely" and e["untestable"] == ["analyst only"]
    e = ach.ach_estimate(_scores([-1.0, -4.0, -12.0]), _groups(empty=["all"]), HYPS)
    assert (e["robust"], e["term"]) == (False, "roughly even chance")  # nothing was tested


def test_tiny_project_ratings_score(tiny_inputs):
    records = tiny_inputs.evidence.drop_duplicates("record_id")
    hyps = list(tiny_inputs.hypotheses["hypothesis"])
    matrix = ach.ach_matrix(records, hyps)
    assert len(matrix) == len(records) * 3
    assert list(matrix["rating"].cat.categories) == ["CC", "C", "N", "I", "II"]
    assert ach.non_diagnostic(matrix) == ["E05"]  # rated C under every hypothesis
    observed = ach.indicator_status(tiny_inputs.indicators, tiny_inputs.evidence)
    assert observed.set_index("indicator")["claims"].to_dict() == {
        "H1.1": ("E01", "E07"), "H1.2": (), "H2.1": ("E03",), "H2.2": ("E06", "E09", "E10"),
        "H3.1": ("E05",), "H3.2": ("E10",)}


def test_sensitivity_views_match_rescoring_each_set(records):
    """The views add up each record's contributions once; they must rank every set as
    scoring that set alone does (many records, four hypotheses, ties included)."""
    import random

    rng = random.Random(7)
    hyps = ["H1", "H2", "H3", "H4"]
    many = pd.DataFrame([
        {"record_id": f"R{i:03d}", "source_id": "A", "weight": rng.choice((1, 2, 3)),
         "credibility": rng.choice((2, 3, 4)),
         "ach": {h: rng.choice(("CC", "C", "N", "I", "II")) for h in hyps}}
        for i in range(60)])
    matrix = ach.ach_matrix(many, hyps)
    weights = ach.record_weights(many, {"A": "B"})
    ids = list(many["record_id"])
    groups = {f"set {k}": set(rng.sample(ids, rng.randint(1, 59))) for k in range(25)}
    got = ach.sensitivity_by_group(matrix, weights, groups).set_index("label")
    for label, kept in groups.items():
        alone = ach.score_hypotheses(matrix[matrix["record_id"].isin(kept)], weights)
        assert got.loc[label, "ranking"] == " > ".join(ach.ranking(alone)), label
        assert got.loc[label, "n_claims"] == len(kept)
    sens = ach.sensitivity(matrix, weights).set_index("record_id")
    for rid in ids[:20]:
        alone = ach.score_hypotheses(matrix[matrix["record_id"] != rid], weights)
        assert sens.loc[rid, "ranking_without"] == " > ".join(ach.ranking(alone)), rid
