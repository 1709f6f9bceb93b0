from axis_report import tables
from axis_report.judgments import derive_key_judgments


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
