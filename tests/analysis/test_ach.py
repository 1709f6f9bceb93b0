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
                    "ranking; 1 records are non-diagnostic.")


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


def test_tiny_project_ratings_score(tiny_inputs):
    records = tiny_inputs.evidence.drop_duplicates("record_id")
    hyps = list(tiny_inputs.hypotheses["hypothesis"])
    matrix = ach.ach_matrix(records, hyps)
    assert len(matrix) == len(records) * 3
    assert list(matrix["rating"].cat.categories) == ["CC", "C", "N", "I", "II"]
    assert ach.non_diagnostic(matrix) == ["E05"]  # rated C under every hypothesis
