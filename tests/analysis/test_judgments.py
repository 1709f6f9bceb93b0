"""Key judgments are derived from the tabulation, each with the records it rests on."""

import pandas as pd

from axis_report import vocab
from axis_report.analysis import tables
from axis_report.analysis.judgments import derive_key_judgments


def test_judgments_follow_the_tabulation(small_evidence):
    dyads = tables.tabulate_dyads(small_evidence, dyads=["CHN-IRN", "CHN-RUS", "IRN-RUS"])
    got = [(j.text, j.record_ids) for j in derive_key_judgments(small_evidence, dyads)]
    assert got == [
        ("Of 5 coded claims in scope, 2 describe cooperation and 3 limitation or divergence "
         "(summed weight 5 against 4): on balance the source base points to cooperation.",
         ("A1", "A2", "A3", "A4", "A5")),
        ("1 dyad shows net cooperation: China-Russia (CHN-RUS) at +4.", ("A1", "A2", "A3")),
        ("1 dyad shows claims that balance out: Iran-Russia (IRN-RUS) at 0.", ("A3", "A4")),
        ("China-Russia (CHN-RUS): the weightiest claims (weight 3) concern military "
         "cooperation.", ("A1",)),
        ("Iran-Russia (IRN-RUS): the weightiest claims (weight 2) concern economic cooperation "
         "and economic limitation.", ("A3", "A4")),
        ("The sources give no direct evidence on China-Iran (CHN-IRN). This is a gap in the "
         "source base, not a finding that these pairs do not cooperate.", ()),
        ("The one claim about the four as a group describes limitation.", ("A5",)),
        ("The one claim attributed to named analysts (Ann Analyst) describes limitation.",
         ("A4",)),
    ]


def test_no_evidence_in_scope_says_so(small_evidence):
    empty = small_evidence.iloc[0:0]
    dyads = tables.tabulate_dyads(empty, dyads=["CHN-PRK"])
    [only] = derive_key_judgments(empty, dyads)
    assert "No coded evidence" in only.text and only.record_ids == ()


def test_judgments_name_contradicted_claims_and_pacts_beside_gaps(small_evidence):
    dyads = tables.tabulate_dyads(small_evidence, dyads=["CHN-PRK", "CHN-RUS", "IRN-RUS"])
    fact_check = pd.DataFrame({"record_id": ["A1", "A3"], "quote": ["quote A1", "quote A3"],
                               "status": pd.Categorical(["contradicted", "consistent"],
                                                        categories=vocab.STATUSES)})
    pacts = pd.DataFrame({"dyad": ["CHN-PRK"], "treaty_id": ["T2"], "name": ["Old pact"],
                          "defence": [True]})
    texts = {j.text: j.record_ids for j in derive_key_judgments(
        small_evidence, dyads, fact_check=fact_check, pacts_in_force=pacts)}
    [gap] = [t for t in texts if t.startswith("The sources give no direct evidence")]
    assert "China-North Korea (CHN-PRK)" in gap
    assert "defence obligation in force for CHN-PRK: T2 (Old pact)" in gap
    [check] = [t for t in texts if t.startswith("Fact check")]
    assert "of 2 checkable claims, 1 are consistent, 1 contradicted" in check
    assert "\u201cquote A1\u201d (A1)" in check and "A3" not in check.split("Contradicted")[1]
    assert texts[check] == ("A1", "A3")


def test_judgments_follow_the_evidence_not_its_order(small_evidence):
    dyads = tables.tabulate_dyads(small_evidence, dyads=["CHN-RUS", "IRN-RUS"])
    shuffled = small_evidence.sample(frac=1, random_state=1).reset_index(drop=True)
    assert derive_key_judgments(small_evidence, dyads) == derive_key_judgments(shuffled, dyads)
