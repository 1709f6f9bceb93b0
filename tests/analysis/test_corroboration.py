"""Corroboration: independent sources and the credibility derived from them and the fact
check, worked by hand. (A typed credibility of 1 is refused when the evidence is read:
tests/inputs/test_evidence.py.)"""

import pandas as pd
import pytest
from conftest import sources_frame

from axis_report.analysis.corroboration import corroborate_claims, independence_roots

# SA (A) and SB (B) and SC (C) are independent; SD copies SA, SE copies SD.
SOURCES = sources_frame(("SA", "A"), ("SB", "B"), ("SC", "C"), ("SD", "B", "SA"),
                        ("SE", "D", "SD"))


def _quotes(*rows):
    """Quotes from (claim id, source id, typed credibility) tuples."""
    return pd.DataFrame(rows, columns=["record_id", "source_id", "credibility"])


def test_independence_roots_follow_derived_from_chains():
    assert independence_roots(SOURCES) == {"SA": "SA", "SB": "SB", "SC": "SC", "SD": "SA",
                                           "SE": "SA"}


def test_a_derived_from_cycle_ends():
    loop = sources_frame(("SP", "C", "SQ"), ("SQ", "C", "SP"))
    roots = independence_roots(loop)
    assert set(roots) == {"SP", "SQ"}  # returns rather than looping for ever


@pytest.fixture
def derived():
    quotes = _quotes(
        ("K1", "SA", 3), ("K1", "SB", 4),     # two independent sources
        ("K2", "SA", 3), ("K2", "SD", 2),     # a source and its copy: one source
        ("K3", "SC", 4),                      # one source, borne out by the reference data
        ("K4", "SA", 2), ("K4", "SB", 2),     # two sources, contradicted by the data
        ("K5", "SC", 3), ("K5", "SC", 5),     # two quotes from one source
        ("K6", "SB", 3), ("K6", "SC", 4),     # independent sources and the data
        ("K7", "SE", 6), ("K7", "SD", 4),     # copies of a copy: still one source
        ("K8", "SC", 3),                      # unverifiable: the fact check does not help
    )
    checks = {"K3": "consistent", "K4": "contradicted", "K6": "consistent",
              "K8": "unverifiable"}
    return corroborate_claims(quotes, SOURCES, checks).set_index("record_id")


def test_two_independent_sources_confirm_a_claim(derived):
    k1 = derived.loc["K1"]
    assert (k1.n_quotes, k1.n_sources, k1.n_independent) == (2, 2, 2)
    assert (k1.typed_credibility, k1.credibility) == (3, 1)
    assert (k1.confirmed_by, k1.sources, k1.roots) == ("independent sources", "SA SB", "SA SB")
    assert k1.best_reliability == "A" and not k1.contradicted


def test_a_derived_copy_is_not_an_independent_source(derived):
    k2 = derived.loc["K2"]
    assert (k2.n_sources, k2.n_independent, k2.roots) == (2, 1, "SA")
    assert (k2.typed_credibility, k2.credibility, k2.confirmed_by) == (2, 2, "")
    k7 = derived.loc["K7"]
    assert (k7.n_sources, k7.n_independent, k7.credibility) == (2, 1, 4)
    assert k7.best_reliability == "B"  # SD's grade, the better of the two copies


def test_a_consistent_fact_check_confirms_a_claim(derived):
    assert derived.loc["K3", ["n_independent", "credibility", "confirmed_by"]].tolist() == [
        1, 1, "reference data"]
    assert derived.loc["K6", "confirmed_by"] == "independent sources and reference data"
    assert derived.loc["K6", "credibility"] == 1
    assert derived.loc["K8", ["credibility", "confirmed_by"]].tolist() == [3, ""]


def test_a_contradicted_claim_is_improbable_whatever_its_sources(derived):
    k4 = derived.loc["K4"]
    assert (k4.n_independent, k4.typed_credibility, k4.credibility) == (2, 2, 5)
    assert k4.contradicted
    assert derived["contradicted"].sum() == 1


def test_two_quotes_from_one_source_count_once(derived):
    k5 = derived.loc["K5"]
    assert (k5.n_quotes, k5.n_sources, k5.n_independent) == (2, 1, 1)
    assert (k5.typed_credibility, k5.credibility) == (3, 3)  # the better of 3 and 5


def test_one_row_per_claim_in_id_order(derived):
    assert derived.index.tolist() == [f"K{i}" for i in range(1, 9)]
    assert corroborate_claims(_quotes(), SOURCES).empty
