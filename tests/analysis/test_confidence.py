"""Confidence in a judgment (ICD 203) and the near-tie rule, on hand-built evidence with the
answers worked out by hand."""

import pandas as pd
import pytest
from conftest import sources_frame

from axis_report.analysis.confidence import assess_confidence, direction
from axis_report.analysis.corroboration import corroborate_claims

# SA graded A, SB B, SC and SE C; SD is graded B but copies SA (derived_from).
SOURCES = sources_frame(("SA", "A"), ("SB", "B"), ("SC", "C"), ("SD", "B", "SA"), ("SE", "C"))


def _confidence(claims, quotes):
    """claims: (id, stance, weight); quotes: (claim id, source id)."""
    claims = pd.DataFrame(claims, columns=["record_id", "stance", "weight"])
    quotes = pd.DataFrame(quotes, columns=["record_id", "source_id"]).assign(credibility=3)
    corroboration = corroborate_claims(quotes, SOURCES)
    return assess_confidence(claims["record_id"], claims=claims, quotes=quotes,
                             sources=SOURCES, corroboration=corroboration)


def test_one_source_graded_c_is_low():
    c = _confidence([("K1", "cooperation", 3)], [("K1", "SC")])
    assert (c.level, c.n_independent, c.sources, c.disagree) == ("low", 1, (("SC", "C"),),
                                                                  False)
    assert c.basis == "one independent source, SC graded C; the claim is not corroborated"


def test_two_independent_sources_one_graded_b_is_moderate():
    c = _confidence([("K1", "cooperation", 2)], [("K1", "SB"), ("K1", "SC")])
    assert (c.level, c.n_independent, c.n_claims, c.n_corroborated) == ("moderate", 2, 1, 1)
    assert c.basis == ("two independent sources, SB graded B and SC graded C; the claim is "
                       "corroborated by a second independent source")


def test_basis_counts_in_words_and_groups_many_sources_by_grade():
    from axis_report.analysis.confidence import Confidence

    few = Confidence("high", 3, (("S1", "B"), ("S2", "C"), ("S3", "B")), False, 5, 2)
    assert few.basis == ("three independent sources, S1 and S3 graded B and S2 graded C; "
                         "two of the five claims corroborated by a second independent source")
    many = Confidence("high", 12, tuple((f"S{i:02}", "B" if i < 7 else "C")
                                        for i in range(12)), False, 73, 0)
    assert many.basis == ("12 independent sources, seven graded B and five graded C; none of "
                          "the 73 claims corroborated by a second independent source")
    # two claims: "neither", "one of the two", "both", never "none of the two"
    for done, words in ((0, "neither claim"), (1, "one of the two claims"), (2, "both claims")):
        two = Confidence("low", 1, (("S1", "B"),), False, 2, done)
        assert two.basis == (f"one independent source, S1 graded B; {words} corroborated by a "
                             "second independent source")


def test_two_independent_sources_graded_c_only_are_low():
    c = _confidence([("K1", "cooperation", 2)], [("K1", "SC"), ("K1", "SE")])
    assert (c.level, c.n_independent) == ("low", 2)


def test_three_independent_sources_two_graded_a_or_b_are_high():
    c = _confidence([("K1", "cooperation", 2), ("K2", "cooperation", 1)],
                    [("K1", "SA"), ("K1", "SB"), ("K2", "SC")])
    assert (c.level, c.n_independent, c.disagree) == ("high", 3, False)
    assert (c.n_claims, c.n_corroborated) == (2, 1)  # K1 confirmed by SA and SB; K2 not


def test_three_independent_sources_one_graded_a_or_b_are_moderate():
    c = _confidence([("K1", "cooperation", 2)], [("K1", "SA"), ("K1", "SC"), ("K1", "SE")])
    assert (c.level, c.n_independent) == ("moderate", 3)


def test_sources_pointing_in_opposite_directions_lower_the_level_one_step():
    # high (three independent, two A/B) -> moderate: SC's claims net to limitation
    c = _confidence([("K1", "cooperation", 2), ("K2", "limitation", 3)],
                    [("K1", "SA"), ("K1", "SB"), ("K2", "SC")])
    assert (c.level, c.disagree) == ("moderate", True)
    assert c.basis.endswith("; the sources point in opposite directions")
    # moderate -> low
    c = _confidence([("K1", "cooperation", 2), ("K2", "limitation", 1)],
                    [("K1", "SB"), ("K2", "SC")])
    assert (c.level, c.disagree) == ("low", True)
    # low stays low
    c = _confidence([("K1", "cooperation", 2), ("K2", "limitation", 1)],
                    [("K1", "SC"), ("K2", "SE")])
    assert (c.level, c.disagree) == ("low", True)


def test_a_source_whose_claims_net_to_zero_does_not_disagree():
    # SA: +2 and -2 nets to 0: it points nowhere, so nothing is opposed
    c = _confidence([("K1", "cooperation", 2), ("K2", "limitation", 2)],
                    [("K1", "SA"), ("K2", "SA"), ("K1", "SB")])
    assert (c.level, c.disagree) == ("moderate", False)


def test_derived_copies_count_once():
    # SD (graded B) copies SA: with SC that is two independent sources, not three
    c = _confidence([("K1", "cooperation", 2)], [("K1", "SA"), ("K1", "SD"), ("K1", "SC")])
    assert (c.level, c.n_independent) == ("moderate", 2)
    assert c.sources == (("SA", "A"), ("SC", "C"))  # the copy counts under its original
    # the copy alone with its original: one source, however many quotes
    c = _confidence([("K1", "cooperation", 2)], [("K1", "SA"), ("K1", "SD")])
    assert (c.level, c.n_independent, c.n_corroborated) == ("low", 1, 0)


def test_no_claims_is_no_source():
    c = _confidence([], [])
    assert (c.level, c.n_independent, c.basis) == ("low", 0, "no coded source")


@pytest.mark.parametrize("w_coop, w_lim, expect", [
    (13, 14, "divided"),    # net -1 inside max(2, 27/4)
    (13, 12, "divided"),    # net 1 inside max(2, 25/4)
    (9, 0, "cooperation"),  # net 9 >= max(2, 9/4)
    (0, 9, "limitation"),
    (1, 0, "cooperation"),  # nothing on the other side: no tie to call
    (2, 0, "cooperation"),
    (20, 13, "divided"),    # net 7 < 33/4
    (20, 12, "cooperation"),  # net 8 = 32/4: at least a quarter names a direction
    (0, 0, "none"),
])
def test_direction_and_the_near_tie_band(w_coop, w_lim, expect):
    assert direction(w_coop, w_lim) == expect


def test_a_claim_counts_once_per_independent_source_however_many_quotes():
    # K1 quoted twice from SA and once from its copy SD: SA's net is +2, not +6; SB's -1
    c = _confidence([("K1", "cooperation", 2), ("K2", "limitation", 1)],
                    [("K1", "SA"), ("K1", "SA"), ("K1", "SD"), ("K2", "SB")])
    assert (c.n_independent, c.disagree, c.level) == (2, True, "low")
    # K2 also from SA: SA nets +2 - 1 = +1 and SB -1, still opposed
    c = _confidence([("K1", "cooperation", 2), ("K2", "limitation", 1)],
                    [("K1", "SA"), ("K1", "SD"), ("K2", "SA"), ("K2", "SB")])
    assert c.disagree
    # K1 weighs 1: SA nets 0 and points nowhere
    c = _confidence([("K1", "cooperation", 1), ("K2", "limitation", 1)],
                    [("K1", "SA"), ("K1", "SD"), ("K2", "SA"), ("K2", "SB")])
    assert not c.disagree


def test_many_claims_agree_with_the_rules_worked_claim_by_claim():
    """Random evidence (seeded) against the rules applied plainly, claim by claim."""
    import random

    rng = random.Random(7)
    ids = ["SA", "SB", "SC", "SD", "SE"]
    roots = {"SD": "SA"}
    grades = dict(zip(SOURCES["source_id"], SOURCES["reliability"]))
    for _ in range(40):
        claims = [(f"K{i}", rng.choice(["cooperation", "limitation"]), rng.randint(1, 3))
                  for i in range(rng.randint(1, 30))]
        quotes = [(cid, rng.choice(ids)) for cid, _, _ in claims
                  for _ in range(rng.randint(1, 3))]
        c = _confidence(claims, quotes)
        sign = {cid: (1 if s == "cooperation" else -1) * w for cid, s, w in claims}
        nets = {}
        for cid, root in {(cid, roots.get(sid, sid)) for cid, sid in quotes}:
            nets[root] = nets.get(root, 0) + sign[cid]
        opposed = any(v > 0 for v in nets.values()) and any(v < 0 for v in nets.values())
        assert c.disagree == opposed
        assert c.n_independent == len(nets)
        best = {}
        for _, sid in quotes:
            root = roots.get(sid, sid)
            best[root] = min(best.get(root, "F"), grades[sid])
        assert c.sources == tuple(sorted(best.items()))
