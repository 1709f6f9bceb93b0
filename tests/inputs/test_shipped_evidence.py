"""The migration of the shipped evidence (seeds/evidence.yaml) to claims with quotes (issue 9):
restatements merged into one claim, spans trimmed to what the claim says, a hub claim, the
cooperation halves of mixed sentences coded apart, no typed credibility of 1, and every claim
counted once however many quotes it has. The expected values are written out by hand from
the pre-migration file (commit f1450a1~1)."""

import pytest
from conftest import ALL_DYADS, REPO

from axis_report.analysis import tables
from axis_report.config import ProjectPaths
from axis_report.inputs import load_inputs
from axis_report.inputs.files import read_yaml_entries


@pytest.fixture(scope="module")
def shipped():
    return load_inputs(ProjectPaths(REPO))


def _quotes(inputs, cid) -> list:
    q = inputs.quotes
    return q.loc[q["record_id"] == cid, "quote"].tolist()


def _claim(inputs, cid):
    return inputs.evidence[inputs.evidence["record_id"] == cid]


@pytest.mark.parametrize("kept, merged, quotes", [
    # E005 and E007 restated E006 (Gabuev's words are E007's)
    ("E006", ["E005", "E007"], [
        "which did not yield expected support when Iran faced conflicts such as its war with "
        "Israel",
        "neither China nor Russia provided substantial assistance to Iran during these times, "
        "undermining the concept of a unified front",
        "the anticipated support from Russia and China for Iran did not materialize"]),
    ("E002", ["E010", "E037"], [
        "characterized by shared opposition to the United States and its allies",
        "Despite their authoritarian regimes and shared animosity toward the West",
        "these nations may engage in cooperative endeavors against Western influence"]),
    ("E034", ["E031", "E033"], [
        "The nation maintains relationships with Middle Eastern states that are in rivalry "
        "with Iran.",
        "China\u2019s balancing act in the region",
        "has illustrated a desire to remain a neutral player while securing its economic "
        "interests"]),
])
def test_restatements_are_merged_into_one_claim(shipped, kept, merged, quotes):
    ids = set(shipped.evidence["record_id"])
    assert kept in ids and not set(merged) & ids  # the merged ids are gone
    got = _quotes(shipped, kept)
    for q in quotes:  # the merged claims' quotes are now quotes of the kept one
        assert q in got, q
    assert set(shipped.quotes.loc[shipped.quotes["record_id"] == kept, "source_id"]) >= {"S000"}


def test_the_gabuev_quote_keeps_its_attribution(shipped):
    q = shipped.quotes.set_index("quote")
    row = q.loc["the anticipated support from Russia and China for Iran did not materialize"]
    assert (row["record_id"], row["attribution"], row["analyst"]) == (
        "E006", "named", "Alexander Gabuev")


def test_the_merged_claims_keep_their_scope(shipped):
    e006 = _claim(shipped, "E006")
    assert e006["dyad"].astype(str).tolist() == ["CHN-IRN", "IRN-RUS"]
    assert set(e006["stance"].astype(str)) == {"limitation"}
    assert _claim(shipped, "E002")["dyad"].astype(str).tolist() == ["group"]
    assert _claim(shipped, "E034")["dyad"].astype(str).tolist() == ["CHN-IRN"]


def test_spans_say_only_what_their_claim_says(shipped):
    # E004 once quoted "Iran's drone and missile sales to Russia and its oil trade with
    # China": the arms sales are E003's
    assert _quotes(shipped, "E004") == ["its oil trade with China"]
    # E013 once quoted "only Russia and North Korea hold ...", a claim of exclusivity the
    # treaties table contradicts (China-North Korea, 1961); the claim is the treaty itself
    [s000] = [q for q in _quotes(shipped, "E013") if "Russia and North Korea" in q]
    assert s000 == "Russia and North Korea hold a mutual defense treaty"
    assert not any("only" in q.split() for q in _quotes(shipped, "E013"))


def test_e022_is_a_hub_claim_on_iran(shipped):
    e022 = _claim(shipped, "E022")
    assert set(e022["scope"]) == {"hub"} and set(e022["hub"]) == {"IRN"}
    assert e022["dyad"].astype(str).tolist() == ["CHN-IRN", "IRN-PRK", "IRN-RUS"]
    assert set(e022["stance"].astype(str)) == {"limitation"}


def test_mixed_sentences_give_their_cooperation_half_its_own_claim(shipped):
    e027 = _claim(shipped, "E027")
    assert set(e027["stance"].astype(str)) == {"cooperation"}
    assert e027["dyad"].astype(str).tolist() == ["IRN-RUS"]
    assert _quotes(shipped, "E027") == ["expressions of support for Iran"]
    # the limitation half of E027's sentence is a quote of E006
    assert ("with expressions of support for Iran often lacking substantial commitment"
            in _quotes(shipped, "E006"))
    e040 = _claim(shipped, "E040")
    assert set(e040["stance"].astype(str)) == {"cooperation"}
    assert e040["dyad"].astype(str).tolist() == ["CHN-IRN"]
    assert _quotes(shipped, "E040") == ["China's support for Tehran"]
    # the rest of that sentence is the limitation E038
    assert set(_claim(shipped, "E038")["stance"].astype(str)) == {"limitation"}
    assert _quotes(shipped, "E038") == ["apprehensions about Iran's leadership and "
                                        "effectiveness temper China's support for Tehran"]


def test_no_quote_types_a_credibility_of_1(shipped):
    assert 1 not in set(shipped.quotes["credibility"])
    # nor does the file, read raw
    for entry in read_yaml_entries(REPO / "seeds" / "evidence.yaml"):
        for q in entry.values["quotes"]:
            assert q["credibility"] != 1, (entry.values["id"], q["quote"])


def test_every_claim_is_counted_once_however_many_quotes(shipped):
    ev = shipped.evidence
    n_quotes = shipped.quotes.groupby("record_id").size()
    assert n_quotes.max() > 1 and n_quotes["E006"] == 7
    tab = tables.tabulate_dyads(ev, dyads=ALL_DYADS).set_index("dyad")
    for dyad in ALL_DYADS:
        claims = ev.loc[ev["dyad"].astype(str) == dyad, "record_id"]
        assert tab.loc[dyad, "n_records"] == claims.nunique() == len(claims), dyad
    # E006 (seven quotes, weight 3, limitation) adds exactly one claim and 3 to each pair
    without = tables.tabulate_dyads(ev[ev["record_id"] != "E006"],
                                    dyads=ALL_DYADS).set_index("dyad")
    for dyad in ("CHN-IRN", "IRN-RUS"):
        assert tab.loc[dyad, "n_limitation"] - without.loc[dyad, "n_limitation"] == 1
        assert tab.loc[dyad, "w_limitation"] - without.loc[dyad, "w_limitation"] == 3
    assert (tab.loc["CHN-PRK"] == without.loc["CHN-PRK"]).all()
