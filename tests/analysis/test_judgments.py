"""Key judgments are derived from the claims in scope, each with the claims it rests on and,
where it judges the relationships, a confidence level and its basis; worked by hand."""

import re

import pandas as pd
import pytest
from conftest import quote, record, sources_frame

from axis_report import vocab
from axis_report.analysis import tables
from axis_report.analysis.corroboration import corroborate_claims
from axis_report.analysis.judgments import (
    TREATIES,
    UN_VOTES,
    Judgment,
    count_words,
    derive_key_judgments,
    join_words,
    sentence_title,
)
from axis_report.inputs.evidence import evidence_long_frame, quotes_frame

SOURCES = sources_frame(("SA", "A"), ("SB", "B"), ("SC", "C"))
CLAIMS = [
    record("A1", ["CHN-RUS"], "cooperation", 3, source="SA"),
    record("A2", ["CHN-RUS"], "limitation", 1, domain="economic", source="SB"),
    record("A3", ["CHN-RUS", "IRN-RUS"], "cooperation", 2, domain="economic",
           quotes=[quote("SA", text="quote A3"), quote("SC", text="again A3")]),
    record("A4", ["IRN-RUS"], "limitation", 2, domain="economic", source="SC",
           attribution="named", analyst="Ann Analyst", affiliation="Think Tank"),
    record("A5", [], "limitation", 2, domain="diplomatic", source="SB"),
]
DYADS = ["CHN-IRN", "CHN-RUS", "IRN-RUS"]


def _derive(claims=CLAIMS, **kw):
    evidence = evidence_long_frame(claims)
    quotes = quotes_frame(claims)
    dyads = tables.tabulate_dyads(evidence, dyads=DYADS)
    return derive_key_judgments(evidence, dyads, quotes=quotes, sources=SOURCES,
                                corroboration=corroborate_claims(quotes, SOURCES),
                                countries=("CHN", "RUS", "IRN"), **kw)


def test_judgments_follow_the_claims():
    got = [(j.topic, j.text, j.record_ids) for j in _derive()]
    assert got == [
        # pairs: cooperation 3 + 2 against limitation 1 + 2: net 2, at least a quarter of 8
        ("pairs", "Across the pairs among China, Russia and Iran, cooperation outweighs its "
                  "limits: of the four claims on the pairs, two describe cooperation and two "
                  "describe limits, but the claims of cooperation are the weightier; "
                  "cooperation leads in one of the three pairs.", ("A1", "A2", "A3", "A4")),
        # the pairs with claims, most claims first
        ("CHN-RUS", "Cooperation outweighs its limits between China and Russia (CHN-RUS), "
                    "above all in military matters: two of the three claims describe "
                    "cooperation.", ("A1", "A2", "A3")),
        # two claims are too few to judge: the judgment only says what they describe
        ("IRN-RUS", "There is too little to judge the ties between Iran and Russia (IRN-RUS): "
                    "one claim describes cooperation and the other limits.", ("A3", "A4")),
        ("group", "Claims about the countries as a group, charged to no one pair, lean to "
                  "limits: none describe cooperation and one describes limits.", ("A5",)),
        # the caveat that silence is not a finding is said once, in the gaps section
        ("gaps", "The coded sources say nothing about China–Iran (CHN-IRN), so no judgment is "
                 "made on it.", ()),
    ]


def test_numbers_are_words_and_agree_with_their_nouns():
    one = _derive(CLAIMS[:1])  # A1 alone: one claim on CHN-RUS
    pair = next(j for j in one if j.topic == "CHN-RUS")
    assert pair.text.endswith("(CHN-RUS): the single claim describes cooperation in "
                              "military matters.")
    two = _derive([CLAIMS[0], record("A6", ["CHN-RUS"], "cooperation", 2, source="SB")])
    pair = next(j for j in two if j.topic == "CHN-RUS")
    assert "both claims describe cooperation" in pair.text
    for j in [*one, *two]:
        assert not re.search(r"\b[0-9]\b", j.text), j.text  # 0-9 are words
        assert not re.search(r"\b1 \w+s\b|\bone \w+s describe\b", j.text), j.text


def test_pacts_and_un_votes_bear_on_the_pairs_they_concern():
    pacts = pd.DataFrame({"dyad": ["CHN-RUS", "IRN-RUS"], "treaty_id": ["T4", "T5"],
                          "name": ["Friendship", "Alliance"], "defence": [False, True]})
    rows = pd.DataFrame({"pair": ["CHN-RUS", "IRN-RUS", "CHN-USA", "RUS-USA", "IRN-USA"],
                         "agreement": [0.9, 0.8, 0.2, 0.3, 0.1],
                         "agreement_percentile": [60.0, 80.0, 2.0, 3.0, 1.0]})
    # a third claim on IRN-RUS (cooperation 2 against limits 2 + 1: still divided)
    claims = [*CLAIMS, record("A7", ["IRN-RUS"], "limitation", 1, domain="diplomatic",
                              source="SB")]
    got = {j.topic: j for j in _derive(claims, pacts_in_force=pacts,
                                       alignment={"year": 2019, "rows": rows},
                                       as_of="2025-06-30")}
    assert "None of their agreements in force (T4) binds either to defend the other." in (
        got["CHN-RUS"].text)
    assert got["CHN-RUS"].datasets == (TREATIES,)  # leans to cooperation: UN votes agree
    # divided, yet a defence pact and close UN voting: both said, both cited
    assert "although a defence obligation is in force between them: T5 (Alliance)" in (
        got["IRN-RUS"].text)
    assert ("Yet in the UN General Assembly in 2019 their agreement score was higher than "
            "that of 80% of all pairs of member states.") in got["IRN-RUS"].text
    assert got["IRN-RUS"].datasets == (TREATIES, UN_VOTES)
    un = got["un votes"]
    assert (un.record_ids, un.datasets) == ((), (UN_VOTES,))
    # one measure, the agreement score, as a share and as a percentile among all pairs;
    # the votes end before 2022, and six years before the evidence: low confidence
    assert un.text.startswith("In 2019, the last session year in the UN General Assembly "
                              "vote data and before Russia's full-scale invasion of Ukraine "
                              "in 2022, the agreement scores of the two pairs")
    assert ("ran from 80% (Iran and Russia) to 90%, between the 60th and 80th percentiles"
            in un.text)
    assert ("voted together more often than most pairs of member states, but not "
            "distinctively: the votes do not single them out as a bloc.") in un.text
    assert "voted with the United States less often than 97% of all pairs" in un.text
    assert un.confidence.level == "low"
    assert "the data end six years before the evidence date" in un.confidence.basis


def test_unknown_obligations_are_said_to_be_unknown():
    # T9's defence obligation is coded unknown (its text is not public): neither binding
    # nor not binding
    pacts = pd.DataFrame({"dyad": ["CHN-RUS", "CHN-RUS"], "treaty_id": ["T4", "T9"],
                          "name": ["Friendship", "Secret"],
                          "defence": pd.array([False, pd.NA], dtype="boolean")})
    got = {j.topic: j for j in _derive(pacts_in_force=pacts)}
    assert ("None of their other agreements in force (T4) binds either to defend the other; "
            "T9's obligations are unknown: its text is not public.") in got["CHN-RUS"].text
    only = pacts.iloc[1:]
    got = {j.topic: j for j in _derive(pacts_in_force=only)}
    assert got["CHN-RUS"].text.endswith(" T9's obligations are unknown: its text is not "
                                        "public.")
    assert "binds either" not in got["CHN-RUS"].text


def test_thin_and_old_evidence_is_marked():
    # IRN-RUS rests on two claims: too little to judge; CHN-RUS's cooperation claims date
    # from 2012 and 2014, years before the evidence date
    dates = {"A1": "2012-05-01", "A2": "2024-01-01", "A3": "2014-03-01", "A4": "2024-01-01"}
    got = {j.topic: j.text for j in _derive(dates=dates, as_of="2025-06-30")}
    assert got["IRN-RUS"].startswith("There is too little to judge the ties between Iran "
                                     "and Russia (IRN-RUS)")
    assert got["CHN-RUS"].endswith("two of the three claims describe cooperation (both from "
                                   "2012 to 2014).")
    recent = {j.topic: j.text for j in _derive(dates=dates, as_of="2015-06-30")}
    assert "from 2012" not in recent["CHN-RUS"]


def test_a_pair_a_filter_emptied_is_not_silent():
    # CHN-IRN has no claim in scope; the sources hold two on it outside the scope
    got = {j.topic: j.text for j in _derive(outside={"CHN-IRN": 2},
                                             scope="military claims")}
    assert got["gaps"] == ("There are no military claims on China–Iran (CHN-IRN), so no "
                           "judgment is made on it; the coded sources hold two claims on it "
                           "outside this report's scope.")


def test_one_pair_has_no_judgment_across_the_pairs():
    evidence = evidence_long_frame(CLAIMS)
    quotes = quotes_frame(CLAIMS)
    dyads = tables.tabulate_dyads(evidence, dyads=["CHN-RUS"])
    got = derive_key_judgments(evidence[evidence["dyad"].astype(str).isin(["CHN-RUS"])],
                               dyads, quotes=quotes, sources=SOURCES,
                               corroboration=corroborate_claims(quotes, SOURCES),
                               countries=("CHN", "RUS"))
    assert [j.topic for j in got] == ["CHN-RUS"]


def test_each_judgment_on_the_relationships_carries_its_confidence():
    by_topic = {j.topic: j.confidence for j in _derive()}
    # SA (A), SB (B), SC (C): high, lowered one step because SA's claims net to
    # cooperation (+5) and SB's to limitation (-1); A3 is the one corroborated claim
    pairs = by_topic["pairs"]
    assert (pairs.level, pairs.n_independent, pairs.disagree) == ("moderate", 3, True)
    assert pairs.basis == ("three independent sources, SA graded A, SB graded B and SC graded "
                           "C; one of the four claims corroborated by a second independent "
                           "source; the sources point in opposite directions")
    assert (by_topic["CHN-RUS"].level, by_topic["CHN-RUS"].disagree) == ("moderate", True)
    # IRN-RUS: SA (+2) and SC (+2 - 2 = 0): two independent, one A/B, no disagreement
    irn_rus = by_topic["IRN-RUS"]
    assert (irn_rus.level, irn_rus.n_independent, irn_rus.disagree) == ("moderate", 2, False)
    assert by_topic["group"].level == "low"  # one source
    assert by_topic["group"].basis == ("one independent source, SB graded B; the claim is "
                                       "not corroborated")
    assert by_topic["gaps"] is None  # a fact about the source base, not a judgment


def test_judgments_name_contradicted_claims_and_pacts_beside_gaps():
    fact_check = pd.DataFrame({"record_id": ["A1", "A3"], "quote": ["quote A1", "quote A3"],
                               "status": pd.Categorical(["contradicted", "consistent"],
                                                        categories=vocab.STATUSES)})
    pacts = pd.DataFrame({"dyad": ["CHN-IRN", "CHN-RUS"], "treaty_id": ["T2", "T4"],
                          "name": ["Old pact", "Friendship"], "defence": [True, False]})
    got = {j.topic: j for j in _derive(fact_check=fact_check, pacts_in_force=pacts,
                                       excluded=pd.DataFrame({"dyad": [], "record_id": []}))}
    assert got["gaps"].text.endswith(
        "so no judgment is made on it. A defence obligation is nonetheless in force for "
        "CHN-IRN: T2 (Old pact).")
    assert "T4" not in got["gaps"].text  # not a defence obligation, not a gap
    check = got["fact check"]
    assert check.text == ("The reference data contradict one coded claim, left out of every "
                          "count and of the ACH: \u201cquote A1\u201d (A1).")
    assert (check.record_ids, check.confidence) == (("A1",), None)


def test_nothing_in_scope_is_a_gap_only():
    empty = evidence_long_frame(CLAIMS).iloc[0:0]
    dyads = tables.tabulate_dyads(empty, dyads=["CHN-PRK"])
    [only] = derive_key_judgments(empty, dyads, quotes=quotes_frame(CLAIMS).iloc[0:0],
                                  sources=SOURCES, corroboration=None)
    assert only.topic == "gaps" and only.record_ids == () and only.confidence is None
    assert "North Korea" in only.text


def test_judgments_follow_the_claims_not_their_order():
    evidence = evidence_long_frame(CLAIMS)
    quotes = quotes_frame(CLAIMS)
    dyads = tables.tabulate_dyads(evidence, dyads=DYADS)
    kw = dict(quotes=quotes, sources=SOURCES, corroboration=corroborate_claims(quotes, SOURCES),
              countries=("CHN", "RUS", "IRN"))
    shuffled = evidence.sample(frac=1, random_state=1).reset_index(drop=True)
    assert derive_key_judgments(evidence, dyads, **kw) == derive_key_judgments(shuffled, dyads,
                                                                               **kw)


def test_a_judgment_is_a_plain_record():
    j = Judgment("text", ("E1",))
    assert (j.confidence, j.topic) == (None, "")


@pytest.mark.parametrize("n, noun, plural, expect", [
    (0, "claim", None, "no claims"), (1, "claim", None, "one claim"),
    (3, "source", None, "three sources"), (10, "claim", None, "10 claims"),
    (11, "claim", None, "11 claims"), (2, "analysis", "analyses", "two analyses"),
])
def test_count_words(n, noun, plural, expect):
    assert count_words(n, noun, plural) == expect


def test_join_words():
    assert [join_words(x) for x in ([], ["a"], ["a", "b"], ["a", "b", "c"])] == [
        "", "a", "a and b", "a, b and c"]
    assert join_words(iter(["x", "y"])) == "x and y"


def test_sentence_title():
    assert sentence_title("Cohesive bloc") == "cohesive bloc"
    assert sentence_title("Russia-centred hub and spoke") == "Russia-centred hub and spoke"
    assert sentence_title("China first") == "China first"
    assert sentence_title("") == ""


def test_sentence_title_keeps_every_country_name():
    assert sentence_title("North Korea-centred bloc") == "North Korea-centred bloc"
    assert sentence_title("Iran's partners") == "Iran's partners"


def test_a_pair_without_limitation_claims_reads_as_english():
    [pair] = [j for j in _derive([record("B1", ["IRN-RUS"], "cooperation", 3, source="SA")])
              if j.topic == "IRN-RUS"]
    assert "no of limitation" not in pair.text


def test_defence_pacts_and_status_keep_unknown_obligations_apart():
    from axis_report.analysis.judgments import defence_pacts, defence_status
    pacts = pd.DataFrame({"dyad": ["CHN-PRK", "CHN-PRK", "IRN-RUS", "CHN-RUS"],
                          "treaty_id": ["T1", "T2", "T3", "T4"],
                          "defence": pd.array([True, False, pd.NA, False], dtype="boolean")})
    assert list(defence_pacts(pacts)["treaty_id"]) == ["T1"]
    assert list(defence_pacts(pacts, "CHN-PRK")["treaty_id"]) == ["T1"]
    assert defence_pacts(pacts, "IRN-RUS").empty       # unknown is not in force
    bound, unknown = defence_status(pacts, ["CHN-PRK", "IRN-RUS", "CHN-RUS"])
    assert bound == ["CHN-PRK"]
    assert list(unknown["treaty_id"]) == ["T3"]
    bound, unknown = defence_status(pacts, ["CHN-RUS"])
    assert bound == [] and unknown.empty
