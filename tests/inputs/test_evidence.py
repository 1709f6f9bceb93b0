"""The coded evidence: valid claims become a long frame (a row per claim and dyad) and a
quotes frame (a row per quote); each kind of bad claim or quote gets a clear message naming
file, line, record and field, and `validate` exits 2."""

import textwrap

import pytest
from conftest import GROUP, REPO, TINY, quote, record

from axis_report import cli, vocab
from axis_report.config import ProjectPaths
from axis_report.errors import InputError
from axis_report.inputs import load_inputs
from axis_report.inputs.evidence import (
    Evidence,
    evidence_long_frame,
    load_evidence,
    quotes_frame,
    validate_claims,
)
from axis_report.inputs.files import read_yaml_entries

GOOD = """\
- id: E1
  claim: Russia and North Korea alone share a defence pact.
  scope: dyads
  dyads: [PRK-RUS]
  domain: military
  stance: cooperation
  weight: 3
  ach: {H1: C, H2: C, H3: C}
  quotes:
    - source: TS2
      quote: Only Russia and North Korea share a mutual defence pact
      attribution: article
      credibility: 2
"""
# the same claim made again in the same source, as a second quote (lines 14-18)
SECOND = """\
    - source: TS2
      quote: China keeps North Korea at arm's length
      attribution: named
      analyst: Jane Placeholder
      credibility: 3
"""


@pytest.mark.parametrize("root", [TINY, REPO], ids=["tiny", "shipped"])
def test_every_quote_is_verbatim_at_its_offsets(root):
    inputs = load_inputs(ProjectPaths(root))
    assert len(inputs.quotes) > 0
    for row in inputs.quotes.itertuples():  # every quote, not only each claim's first
        assert inputs.texts[row.source_id][row.quote_start:row.quote_end] == row.quote, \
            row.quote_id


def test_long_frame_has_a_row_per_claim_and_dyad(tiny_inputs):
    ev = tiny_inputs.evidence
    assert ev["record_id"].nunique() == 10
    rows = ev.groupby("record_id")["dyad"].apply(lambda s: sorted(map(str, s))).to_dict()
    assert rows["E01"] == ["IRN-RUS"]
    assert rows["E04"] == [vocab.GROUP] and rows["E05"] == [vocab.GROUP]  # group claims
    assert rows["E08"] == ["CHN-IRN", "CHN-RUS", "IRN-RUS"]  # one claim on three dyads
    assert rows["E10"] == ["CHN-IRN", "CHN-PRK", "CHN-RUS"]  # hub CHN: its pairs only
    # a dyad without claims is simply absent: the gap is found later, by the tables
    assert "IRN-PRK" not in set(ev["dyad"].astype(str))
    assert list(ev["dyad"].cat.categories) == [*vocab.dyads_among(GROUP), vocab.GROUP]
    signed = dict(zip(ev["record_id"], ev["signed_weight"]))
    assert signed["E01"] == 3 and signed["E09"] == -1  # + cooperation, - limitation
    assert ev.loc[ev["record_id"] == "E02", "asserts"].iloc[0] == {
        "kind": "agreement", "dyads": ["CHN-RUS"], "date": "2001"}
    first = ev.drop_duplicates("record_id").set_index("record_id")
    assert first.loc["E10", ["scope", "hub"]].tolist() == ["hub", "CHN"]
    assert first.loc["E04", "countries"] == "CHN RUS IRN PRK"  # the group, in its order
    assert first.loc["E08", "countries"] == "CHN IRN RUS"
    # the quote columns are the first quote's; credibility the best any quote was typed;
    # n_quotes and sources summarize them all
    assert first.loc["E01", ["source_id", "quote", "credibility", "n_quotes", "sources"]
                     ].tolist() == ["TS1", "Iran keeps selling drones to Russia", 2, 2,
                                    "TS1 TS2"]
    assert first.loc["E06", ["n_quotes", "sources", "credibility"]].tolist() == [2, "TS2", 2]
    assert first.loc["E03", "sources"] == "TS1 TS3"
    assert first.loc["E01", "claim"] == "Iran supplies drones to Russia."


def test_quotes_frame_has_a_row_per_quote(tiny_inputs):
    q = tiny_inputs.quotes
    assert len(q) == 13 and q["quote_id"].is_unique
    assert q.loc[q["record_id"] == "E06", "quote_id"].tolist() == ["E06.1", "E06.2"]
    e06 = q[q["record_id"] == "E06"].set_index("quote_id")
    assert e06.loc["E06.2", ["source_id", "quote", "attribution", "analyst", "credibility"]
                   ].tolist() == ["TS2", "Beijing holds Pyongyang at a distance in every forum",
                                  "named", "Jane Placeholder", 3]
    e01 = q[q["record_id"] == "E01"].set_index("quote_id")
    assert e01["source_id"].tolist() == ["TS1", "TS2"]
    assert e01.loc["E01.2", "quote_note"] == ("The centre's own count, independent of the "
                                              "ministry digest.")
    assert set(q["credibility"]) <= {2, 3, 4, 5, 6}  # 1 is never typed


def test_long_frame_order_does_not_depend_on_file_order():
    recs = [record("B", ["CHN-RUS", "IRN-RUS"], "cooperation", 2),
            record("A", [], "limitation", 1),
            record("C", [], "limitation", 2, hub="PRK")]
    frame = evidence_long_frame(recs)
    assert list(zip(frame["record_id"], frame["dyad"].astype(str))) == [
        ("A", vocab.GROUP), ("B", "CHN-RUS"), ("B", "IRN-RUS"),
        ("C", "CHN-PRK"), ("C", "IRN-PRK"), ("C", "PRK-RUS")]
    again = evidence_long_frame(list(reversed(recs)))
    assert frame.equals(again)


def test_a_hub_follows_the_projects_group():
    five = (*GROUP, "BLR")
    frame = evidence_long_frame([record("H", [], "cooperation", 1, hub="RUS")], group=five)
    assert frame["dyad"].astype(str).tolist() == ["BLR-RUS", "CHN-RUS", "IRN-RUS", "PRK-RUS"]
    assert frame["countries"].iloc[0] == "CHN RUS IRN PRK BLR"


def test_long_frame_summarizes_several_quotes():
    claim = record("Q", ["CHN-RUS"], "cooperation", 2, quotes=[
        quote("S2", text="second source", credibility=4),
        quote("S1", text="first source", credibility=3, attribution="named", analyst="Al"),
        quote("S1", text="again", credibility=5, start=40)])
    [row] = evidence_long_frame([claim]).to_dict("records")
    assert (row["source_id"], row["quote"], row["attribution"]) == ("S2", "second source",
                                                                   "article")
    assert (row["credibility"], row["n_quotes"], row["sources"]) == (3, 3, "S1 S2")
    q = quotes_frame([claim])
    assert q["quote_id"].tolist() == ["Q.1", "Q.2", "Q.3"]
    assert q["credibility"].tolist() == [4, 3, 5] and q["quote_start"].tolist() == [0, 0, 40]


def _validate(project, capsys):
    code = cli.main(["validate", "--project", str(project)])
    return code, capsys.readouterr().err


@pytest.mark.parametrize("edit, expect", [
    # (how to change GOOD, the words the message must hold)
    (lambda s: s.replace("dyads: [PRK-RUS]", "dyads: [PRK-XYZ]"),
     ["record E1", "field 'dyads'", "'PRK-XYZ' is not a dyad of two of", ":4:"]),
    (lambda s: s.replace("domain: military", "domain: militray"),
     ["record E1", "field 'domain'", "'militray' is not one of", ":5:"]),
    (lambda s: s + s, ["record E1", "field 'id'", "duplicate claim id 'E1'", ":14:"]),
    (lambda s: s.replace("a mutual defence pact", "a mutual defense pact"),
     ["record E1", "field 'quotes[1].quote'", "not found verbatim in its source", ":11:"]),
    (lambda s: s.replace("  stance: cooperation\n", ""),
     ["record E1", "field 'stance'", "missing: this field is required"]),
    (lambda s: s.replace("quote: Only", "quote: [Only"), ["not valid YAML"]),
    (lambda s: s.replace("dyads: [PRK-RUS]", "dyads: [RUS-PRK]"),
     ["field 'dyads'", "must be written 'PRK-RUS'"]),
    (lambda s: s.replace("weight: 3", "weight: high"),
     ["field 'weight'", "is not one of: 1, 2, 3"]),
    (lambda s: s.replace("weight: 3", "weight: true"),
     ["field 'weight'", "is not one of: 1, 2, 3"]),
    (lambda s: s.replace("credibility: 2", "credibility: 7"),
     ["record E1", "field 'quotes[1].credibility'", "7 is not one of: 2, 3, 4, 5, 6", ":13:"]),
    (lambda s: s.replace("source: TS2", "source: S999"),
     ["field 'quotes[1].source'", "unknown source id 'S999'", ":10:"]),
    (lambda s: s.replace("attribution: article", "attribution: named"),
     ["field 'quotes[1].analyst'", "missing"]),
    (lambda s: s.replace("  weight: 3", "  wieght: 3"), ["field 'wieght'", "unknown field"]),
    (lambda s: s.replace("      credibility: 2", "      credibility: 2\n      colour: red"),
     ["field 'quotes[1].colour'", "unknown field", ":14:"]),
    (lambda s: s.replace("ach: {H1: C, H2: C, H3: C}", "ach: {H1: C, H2: C, H3: X}"),
     ["record E1", "field 'ach'", "H3: 'X' is not one of CC, C, N, I, II"]),
    (lambda s: s.replace("  ach: {H1: C, H2: C, H3: C}\n", ""),
     ["record E1", "field 'ach'", "missing: rate every hypothesis (H1, H2, H3)"]),
    (lambda s: s.replace("scope: dyads", "scope: planet"), ["field 'scope'", "'planet'"]),
    (lambda s: s.split("  quotes:\n")[0],
     ["field 'quotes'", "missing: list one or more quotes"]),
])
def test_bad_evidence_gives_a_clear_message_and_exit_2(tiny_copy, capsys, edit, expect):
    evidence = tiny_copy / "seeds" / "evidence.yaml"
    evidence.write_text(edit(GOOD), encoding="utf-8")
    before = {p: p.read_bytes() for p in tiny_copy.rglob("*") if p.is_file()}
    code, err = _validate(tiny_copy, capsys)
    assert code == 2
    assert str(evidence) in err
    for words in expect:
        assert words in err, (words, err)
    assert "Traceback" not in err
    after = {p: p.read_bytes() for p in tiny_copy.rglob("*") if p.is_file()}
    assert after == before  # nothing rewritten, nothing added


def test_a_typed_credibility_of_1_is_refused_naming_file_line_record_and_field(tiny_copy,
                                                                              capsys):
    # "confirmed by other sources" is derived from corroboration, never typed
    evidence = tiny_copy / "seeds" / "evidence.yaml"
    evidence.write_text(GOOD.replace("credibility: 2", "credibility: 1"), encoding="utf-8")
    code, err = _validate(tiny_copy, capsys)
    assert code == 2
    assert (f"{evidence}:13: record E1: field 'quotes[1].credibility': 1 ('confirmed by other "
            "sources') is derived from independent sources or the reference data, never "
            "typed: give 2-6") in err


def test_the_good_claim_is_good(tiny_copy, capsys):
    (tiny_copy / "seeds" / "evidence.yaml").write_text(GOOD, encoding="utf-8")
    code, err = _validate(tiny_copy, capsys)
    assert code == 0, err


def test_a_problem_in_a_second_quote_names_it(tiny_copy, capsys):
    two = GOOD + SECOND.replace("attribution: named\n      analyst: Jane Placeholder\n",
                                "attribution: named\n")
    (tiny_copy / "seeds" / "evidence.yaml").write_text(two, encoding="utf-8")
    code, err = _validate(tiny_copy, capsys)
    assert code == 2
    assert "evidence.yaml:14: record E1: field 'quotes[2].analyst': missing" in err
    assert "quotes[1]" not in err


def test_two_quotes_from_one_source_are_one_claim(tiny_copy, capsys):
    path = tiny_copy / "seeds" / "evidence.yaml"
    path.write_text(GOOD + SECOND, encoding="utf-8")
    texts = {"TS2": (tiny_copy / "seeds" / "ts2.txt").read_text(encoding="utf-8")}
    ev = load_evidence(path, texts)
    assert isinstance(ev, Evidence)
    assert ev.claims["record_id"].tolist() == ["E1"]
    assert ev.quotes["quote_id"].tolist() == ["E1.1", "E1.2"]
    assert ev.claims.loc[0, ["n_quotes", "sources", "credibility"]].tolist() == [2, "TS2", 2]
    # the same span of the same source twice is one quote listed twice: refused
    path.write_text(GOOD + SECOND.replace("China keeps North Korea at arm's length",
                                          "Only Russia and North Korea share a mutual "
                                          "defence pact"), encoding="utf-8")
    code, err = _validate(tiny_copy, capsys)
    assert code == 2 and "the same span of the same source is listed twice" in err


def test_near_miss_quote_says_what_differs(tiny_copy, capsys):
    # the source writes "arm's length" with a straight apostrophe
    (tiny_copy / "seeds" / "evidence.yaml").write_text(
        GOOD.replace("Only Russia and North Korea share a mutual defence pact",
                     "China keeps North Korea at arm\u2019s length"), encoding="utf-8")
    code, err = _validate(tiny_copy, capsys)
    assert code == 2
    assert "matches only after folding quotation marks" in err


def test_every_problem_is_listed_at_once_in_line_order(tiny_copy, capsys):
    bad = GOOD.replace("domain: military", "domain: navy") + textwrap.dedent("""\
        - id: E2
          scope: dyads
          dyads: [PRK-RUS]
          domain: military
          stance: friendship
          weight: 1
          ach: {H1: C, H2: C, H3: C}
          quotes:
            - source: TS2
              quote: not in the source at all
              attribution: article
              credibility: 2
        """)
    (tiny_copy / "seeds" / "evidence.yaml").write_text(bad, encoding="utf-8")
    code, err = _validate(tiny_copy, capsys)
    assert code == 2
    assert "3 problems found" in err
    first, stance, quote_ = (err.index(s) for s in ("record E1: field 'domain'",
                                                     "record E2: field 'stance'",
                                                     "record E2: field 'quotes[1].quote'"))
    assert first < stance < quote_


def test_missing_evidence_file_is_a_clear_error(tiny_copy, capsys):
    (tiny_copy / "seeds" / "evidence.yaml").unlink()
    code, err = _validate(tiny_copy, capsys)
    assert code == 2 and "evidence.yaml: file not found" in err


def _problems(tmp_path, text, *, group=GROUP):
    texts = {"TS2": (TINY / "seeds" / "ts2.txt").read_text(encoding="utf-8")}
    path = tmp_path / "evidence.yaml"
    path.write_text(text, encoding="utf-8")
    claims, problems = validate_claims(read_yaml_entries(path), texts, "ev.yaml", group=group)
    return claims, [(p.field, p.message) for p in problems]


@pytest.mark.parametrize("asserts, words", [
    ("{kind: arms_sale}", "'kind' is one of defence_pact, agreement, un_alignment"),
    ("{kind: arms_transfer, dyads: [PRK-RUS]}", "'arms_transfer' takes only kind; not dyads"),
    ("{kind: defence_pact, dyads: [PRK-USA]}", "'dyads' must list dyads among"),
    ("{kind: defence_pact, dyads: []}", "'dyads' must list dyads among"),
    ("{kind: defence_pact, dyads: [PRK-RUS], exclusive: maybe}", "'exclusive' must be true"),
    ("{kind: agreement, dyads: [PRK-RUS], date: June 2024}", "'date' must be YYYY"),
    ("{kind: un_alignment, countries: [CHN, XYZ], versus: [USA]}", "'countries' must list known"),
    ("{kind: un_alignment, countries: [CHN, RUS]}", "'versus' must list known"),
    ("[defence_pact]", "must be a mapping whose 'kind'"),
    ("{kind: un_alignment, countries: [CHN, RUS], versus: [[USA]]}", "'versus' must list known"),
    ("{kind: un_alignment, countries: [{CHN: 1}, RUS], versus: [USA]}", "'countries' must list"),
    ("{kind: [defence_pact]}", "must be a mapping whose 'kind'"),
    ("{kind: defence_pact, dyads: [[PRK-RUS]]}", "'dyads' must list dyads among"),
])
def test_bad_assertion_names_the_asserts_field(tmp_path, asserts, words):
    claims, problems = _problems(tmp_path, GOOD + f"  asserts: {asserts}\n")
    assert claims == []
    [(field, message)] = problems
    assert field == "asserts" and words in message, message


def test_good_assertions_are_normalized(tmp_path):
    claims, problems = _problems(
        tmp_path, GOOD + "  asserts: {kind: defence_pact, dyads: [PRK-RUS]}\n")
    assert problems == []
    assert claims[0]["asserts"] == {"kind": "defence_pact", "dyads": ["PRK-RUS"],
                                    "exclusive": False}


def test_a_valid_claim_is_normalized(tmp_path):
    [claim], problems = _problems(tmp_path, GOOD + SECOND)
    assert problems == []
    assert {k: claim[k] for k in ("record_id", "claim", "scope", "dyads", "hub", "weight")} == {
        "record_id": "E1", "claim": "Russia and North Korea alone share a defence pact.",
        "scope": "dyads", "dyads": ["PRK-RUS"], "hub": None, "weight": 3}
    first, second = claim["quotes"]
    assert (first["source_id"], first["credibility"], first["quote_line"]) == ("TS2", 2, 10)
    text = (TINY / "seeds" / "ts2.txt").read_text(encoding="utf-8")
    assert text[second["quote_start"]:second["quote_end"]] == second["quote"]
    assert (second["analyst"], second["credibility"]) == ("Jane Placeholder", 3)


HUB = GOOD.replace("scope: dyads\n  dyads: [PRK-RUS]", "scope: hub\n  hub: RUS")
GROUP_CLAIM = GOOD.replace("scope: dyads\n  dyads: [PRK-RUS]", "scope: group")


@pytest.mark.parametrize("text, field, words", [
    (GOOD.replace("dyads: [PRK-RUS]", "dyads: [PRK-RUS, PRK-RUS]"), "dyads",
     "lists a code twice"),
    (GOOD.replace("dyads: [PRK-RUS]", "dyads: PRK-RUS"), "dyads", "must be a list of codes"),
    (GOOD.replace("dyads: [PRK-RUS]", "dyads: []"), "dyads", "must name at least one code"),
    (GOOD.replace("  dyads: [PRK-RUS]\n", ""), "dyads", "missing"),
    (GOOD.replace("dyads: [PRK-RUS]", "dyads: [PRK-RUS]\n  hub: RUS"), "hub",
     "only a claim with 'scope: hub' names a hub"),
    (HUB.replace("hub: RUS", "hub: USA"), "hub", "'USA' is not one of"),
    (HUB.replace("  hub: RUS\n", ""), "hub", "missing"),
    (HUB.replace("hub: RUS", "hub: RUS\n  dyads: [PRK-RUS]"), "dyads",
     "a claim with 'scope: hub' lists no dyads"),
    (GROUP_CLAIM.replace("scope: group", "scope: group\n  dyads: [PRK-RUS]"), "dyads",
     "a claim with 'scope: group' lists no dyads"),
    (GROUP_CLAIM.replace("scope: group", "scope: group\n  hub: RUS"), "hub",
     "only a claim with 'scope: hub' names a hub"),
    (GOOD.replace("attribution: article", "attribution: article\n      analyst: Someone"),
     "quotes[1].analyst", "only quotes attributed to a named person"),
    (GOOD.replace("weight: 3", "weight: 3\n  event_date: 2024-99"), "event_date",
     "is not a date"),
    (GOOD.replace("credibility: 2", "credibility: true"), "quotes[1].credibility",
     "True is not one of: 2, 3, 4, 5, 6"),
    (GOOD.replace("  quotes:\n", "  quotes: []\n").split("    - source")[0], "quotes",
     "missing: list one or more quotes"),
    (GOOD.split("    - source")[0] + "    - just a string\n", "quotes[1]",
     "each quote must be a mapping"),
])
def test_claim_and_quote_rules(tmp_path, text, field, words):
    claims, problems = _problems(tmp_path, text)
    assert claims == []
    assert [(f, words in m) for f, m in problems] == [(field, True)], problems


def test_hub_and_group_claims_are_valid(tmp_path):
    claims, problems = _problems(tmp_path, HUB + GROUP_CLAIM.replace("id: E1", "id: E2"))
    assert problems == []
    assert [(c["scope"], c["hub"], c["dyads"]) for c in claims] == [("hub", "RUS", []),
                                                                   ("group", None, [])]


def test_dyads_and_hubs_must_be_in_the_projects_group(tmp_path):
    _, problems = _problems(tmp_path, GOOD, group=("CHN", "RUS"))
    assert problems == [("dyads", "'PRK-RUS' is not a dyad of two of CHN, RUS")]
    _, problems = _problems(tmp_path, HUB.replace("hub: RUS", "hub: PRK"), group=("CHN", "RUS"))
    assert [f for f, _ in problems] == ["hub"]


def test_load_evidence_checks_ratings_only_against_given_hypotheses(tiny_copy):
    path = tiny_copy / "seeds" / "evidence.yaml"
    path.write_text(GOOD.replace("  ach: {H1: C, H2: C, H3: C}\n", ""), encoding="utf-8")
    texts = {"TS2": (tiny_copy / "seeds" / "ts2.txt").read_text(encoding="utf-8")}
    assert load_evidence(path, texts).claims["record_id"].tolist() == ["E1"]
    with pytest.raises(InputError) as err:
        load_evidence(path, texts, hypothesis_ids=["H1", "H2"])
    assert "field 'ach'" in str(err.value)


@pytest.mark.parametrize("edit, words", [
    (("credibility: 2", "credibility: [2]"), "[2] is not one of: 2, 3, 4, 5, 6"),
    (("credibility: 2", "credibility: {a: [2]}"), "{'a': [2]} is not one of"),
    (("weight: 3", "weight: [3]"), "[3] is not one of: 1, 2, 3"),
    (("scope: dyads", "scope: [dyads]"), "['dyads'] is not one of"),
    (("ach: {H1: C, H2: C, H3: C}", "ach: {H1: C, H2: C, H1: II, H3: C}"),
     "key 'H1' given twice in one mapping"),
    (("  weight: 3", "  weight: 3\n  event_date: 2024-03-01 10:00:00"), "gives a time"),
    (("  weight: 3", "  weight: 3\n  event_date: 2025-02-30"), "'2025-02-30' is not a date"),
    (("- id: E1", "- id: " + "E" * 4_000_000), "is 4,000,000 characters long"),
])
def test_wrong_types_and_huge_values_are_messages(tmp_path, edit, words):
    path = tmp_path / "evidence.yaml"
    path.write_text(GOOD.replace(*edit), encoding="utf-8")
    texts = {"TS2": (TINY / "seeds" / "ts2.txt").read_text(encoding="utf-8")}
    with pytest.raises(InputError) as err:
        load_evidence(path, texts, hypothesis_ids=["H1", "H2", "H3"])
    assert words in str(err.value) and len(str(err.value)) < 2000


def test_a_source_none_of_whose_quotes_is_found_is_one_problem_naming_its_text(tiny_copy,
                                                                                 capsys):
    text = tiny_copy / "seeds" / "ts2.txt"
    text.write_text("A different document altogether.\n", encoding="utf-8")
    code, err = _validate(tiny_copy, capsys)
    assert code == 2 and err.count("\n  ") == 1, err
    assert f"{text}: none of the 8 quotes {tiny_copy / 'seeds' / 'evidence.yaml'} gives from " \
           "source TS2 is found in this text (first at line " in err
    assert "is it the right file, whole and unchanged?" in err


def test_a_quote_not_found_names_the_text_it_was_looked_for_in(tiny_copy, capsys):
    evidence = tiny_copy / "seeds" / "evidence.yaml"
    edit = evidence.read_text(encoding="utf-8").replace("arm's length", "arms length", 1)
    evidence.write_text(edit, encoding="utf-8")
    code, err = _validate(tiny_copy, capsys)
    assert code == 2 and f"not found verbatim in its source text {tiny_copy / 'seeds'}" in err


def test_the_work_of_finding_quotes_is_bounded(tmp_path, monkeypatch):
    from axis_report.inputs import evidence

    text = (TINY / "seeds" / "ts2.txt").read_text(encoding="utf-8")
    monkeypatch.setattr(evidence, "SCAN_BUDGET", 5 * len(text))
    path = tmp_path / "evidence.yaml"
    path.write_text(GOOD + GOOD.replace("E1", "E2"), encoding="utf-8")
    # the same quote twice is searched once: within the budget
    load_evidence(path, {"TS2": text}, hypothesis_ids=["H1", "H2", "H3"])
    path.write_text(GOOD + "".join(GOOD.replace("E1", f"E{i}").replace("a mutual", f"a {i}")
                                   for i in range(2, 5)), encoding="utf-8")
    with pytest.raises(InputError) as err:  # three more quotes, each searched twice
        load_evidence(path, {"TS2": text}, hypothesis_ids=["H1", "H2", "H3"])
    [problem] = err.value.problems
    assert problem.file == str(path) and "checking them would search more than" in str(problem)
