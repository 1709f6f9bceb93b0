"""The coded evidence: valid records become a long frame; each kind of bad record gets a
clear message naming file, line, record and field, and `validate` exits 2."""

import textwrap

import pytest
from conftest import GROUP, REPO, TINY, record

from axis_report import cli, vocab
from axis_report.config import ProjectPaths
from axis_report.errors import InputError
from axis_report.inputs import load_inputs
from axis_report.inputs.evidence import evidence_long_frame, load_evidence, validate_records
from axis_report.inputs.files import read_yaml_entries

GOOD = """\
- id: E1
  source: TS2
  quote: Only Russia and North Korea share a mutual defence pact
  countries: [RUS, PRK]
  dyads: [PRK-RUS]
  domain: military
  stance: cooperation
  weight: 3
  credibility: 2
  attribution: article
  ach: {H1: C, H2: C, H3: C}
"""


@pytest.mark.parametrize("root", [TINY, REPO], ids=["tiny", "shipped"])
def test_every_quote_is_verbatim_at_its_offsets(root):
    inputs = load_inputs(ProjectPaths(root))
    records = inputs.evidence.drop_duplicates("record_id")
    assert len(records) > 0
    for row in records.itertuples():
        assert inputs.texts[row.source_id][row.quote_start:row.quote_end] == row.quote, \
            row.record_id


def test_long_frame_has_a_row_per_record_and_dyad(tiny_inputs):
    ev = tiny_inputs.evidence
    assert ev["record_id"].nunique() == 9
    rows = ev.groupby("record_id")["dyad"].apply(lambda s: sorted(map(str, s))).to_dict()
    assert rows["E01"] == ["IRN-RUS"]
    assert rows["E04"] == [vocab.GROUP] and rows["E08"] == [vocab.GROUP]  # group claims
    # a dyad without records is simply absent: the gap is found later, by the tables
    assert "IRN-PRK" not in set(ev["dyad"].astype(str))
    assert list(ev["dyad"].cat.categories) == [*vocab.dyads_among(GROUP), vocab.GROUP]
    signed = dict(zip(ev["record_id"], ev["signed_weight"]))
    assert signed["E01"] == 3 and signed["E09"] == -1  # + cooperation, - limitation
    assert ev.loc[ev["record_id"] == "E02", "asserts"].iloc[0] == {
        "kind": "agreement", "dyads": ["CHN-RUS"], "date": "2001"}


def test_long_frame_order_does_not_depend_on_file_order():
    recs = [record("B", ["CHN-RUS", "IRN-RUS"], "cooperation", 2),
            record("A", [], "limitation", 1)]
    frame = evidence_long_frame(recs)
    assert list(zip(frame["record_id"], frame["dyad"].astype(str))) == [
        ("A", vocab.GROUP), ("B", "CHN-RUS"), ("B", "IRN-RUS")]
    again = evidence_long_frame(list(reversed(recs)))
    assert frame.equals(again)


def _validate(project, capsys):
    code = cli.main(["validate", "--project", str(project)])
    return code, capsys.readouterr().err


@pytest.mark.parametrize("edit, expect", [
    # (how to change GOOD, the words the message must hold)
    (lambda s: s.replace("countries: [RUS, PRK]", "countries: [RUS, PRK, XYZ]"),
     ["record E1", "field 'countries'", "unknown country code 'XYZ'", ":4:"]),
    (lambda s: s.replace("domain: military", "domain: militray"),
     ["record E1", "field 'domain'", "'militray' is not one of", ":6:"]),
    (lambda s: s + s, ["record E1", "field 'id'", "duplicate record id 'E1'", ":12:"]),
    (lambda s: s.replace("a mutual defence pact", "a mutual defense pact"),
     ["record E1", "field 'quote'", "not found verbatim in its source", ":3:"]),
    (lambda s: s.replace("  stance: cooperation\n", ""),
     ["record E1", "field 'stance'", "missing: this field is required"]),
    (lambda s: s.replace("quote: Only", "quote: [Only"), ["not valid YAML"]),
    (lambda s: s.replace("dyads: [PRK-RUS]", "dyads: [RUS-PRK]"),
     ["field 'dyads'", "must be written 'PRK-RUS'"]),
    (lambda s: s.replace("weight: 3", "weight: high"),
     ["field 'weight'", "is not one of: 1, 2, 3"]),
    (lambda s: s.replace("weight: 3", "weight: true"),
     ["field 'weight'", "is not one of: 1, 2, 3"]),
    (lambda s: s.replace("credibility: 2", "credibility: 7"), ["field 'credibility'"]),
    (lambda s: s.replace("source: TS2", "source: S999"), ["field 'source'", "unknown source id"]),
    (lambda s: s.replace("attribution: article", "attribution: named"),
     ["field 'analyst'", "missing"]),
    (lambda s: s.replace("  weight: 3", "  wieght: 3"), ["field 'wieght'", "unknown field"]),
    (lambda s: s.replace("ach: {H1: C, H2: C, H3: C}", "ach: {H1: C, H2: C, H3: X}"),
     ["record E1", "field 'ach'", "H3: 'X' is not one of CC, C, N, I, II"]),
    (lambda s: s.replace("  ach: {H1: C, H2: C, H3: C}\n", ""),
     ["record E1", "field 'ach'", "missing: rate every hypothesis (H1, H2, H3)"]),
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


def test_the_good_record_is_good(tiny_copy, capsys):
    (tiny_copy / "seeds" / "evidence.yaml").write_text(GOOD, encoding="utf-8")
    code, err = _validate(tiny_copy, capsys)
    assert code == 0, err


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
          source: TS2
          quote: not in the source at all
          countries: [RUS, PRK]
          dyads: [PRK-RUS]
          domain: military
          stance: friendship
          weight: 1
          credibility: 2
          attribution: article
          ach: {H1: C, H2: C, H3: C}
        """)
    (tiny_copy / "seeds" / "evidence.yaml").write_text(bad, encoding="utf-8")
    code, err = _validate(tiny_copy, capsys)
    assert code == 2
    assert "3 problems found" in err
    first, quote, stance = (err.index(s) for s in ("record E1: field 'domain'",
                                                    "record E2: field 'quote'",
                                                    "record E2: field 'stance'"))
    assert first < quote < stance


def test_missing_evidence_file_is_a_clear_error(tiny_copy, capsys):
    (tiny_copy / "seeds" / "evidence.yaml").unlink()
    code, err = _validate(tiny_copy, capsys)
    assert code == 2 and "evidence.yaml: file not found" in err


def _problems(tmp_path, text, *, group=GROUP):
    texts = {"TS2": (TINY / "seeds" / "ts2.txt").read_text(encoding="utf-8")}
    path = tmp_path / "evidence.yaml"
    path.write_text(text, encoding="utf-8")
    records, problems = validate_records(read_yaml_entries(path), texts, "ev.yaml", group=group)
    return records, [(p.field, p.message) for p in problems]


@pytest.mark.parametrize("asserts, words", [
    ("{kind: arms_sale}", "'kind' is one of defence_pact, agreement, un_alignment"),
    ("{kind: arms_transfer, dyads: [PRK-RUS]}", "'arms_transfer' takes only kind; not dyads"),
    ("{kind: defence_pact, dyads: [PRK-USA]}", "'dyads' must list dyads among"),
    ("{kind: defence_pact, dyads: []}", "'dyads' must list dyads among"),
    ("{kind: defence_pact, dyads: [PRK-RUS], exclusive: maybe}", "'exclusive' must be true"),
    ("{kind: agreement, dyads: [PRK-RUS], date: 2024-06-19}", "'date' must be YYYY"),
    ("{kind: un_alignment, countries: [CHN, XYZ], versus: [USA]}", "'countries' must list known"),
    ("{kind: un_alignment, countries: [CHN, RUS]}", "'versus' must list known"),
    ("[defence_pact]", "must be a mapping whose 'kind'"),
])
def test_bad_assertion_names_the_asserts_field(tmp_path, asserts, words):
    records, problems = _problems(tmp_path, GOOD + f"  asserts: {asserts}\n")
    assert records == []
    [(field, message)] = problems
    assert field == "asserts" and words in message, message


def test_good_assertions_are_normalized(tmp_path):
    records, problems = _problems(
        tmp_path, GOOD + "  asserts: {kind: defence_pact, dyads: [PRK-RUS]}\n")
    assert problems == []
    assert records[0]["asserts"] == {"kind": "defence_pact", "dyads": ["PRK-RUS"],
                                     "exclusive": False}


@pytest.mark.parametrize("old, new, field, words", [
    ("countries: [RUS, PRK]\n  dyads: [PRK-RUS]", "countries: [RUS, USA]\n  dyads: []",
     "dyads", "must name at least two of"),
    ("countries: [RUS, PRK]", "countries: [RUS, USA]", "dyads", "names a country missing"),
    ("dyads: [PRK-RUS]", "dyads: [PRK-RUS, PRK-RUS]", "dyads", "lists a code twice"),
    ("countries: [RUS, PRK]", "countries: RUS", "countries", "must be a list of codes"),
    ("attribution: article", "attribution: article\n  analyst: Someone", "analyst",
     "only records attributed to a named person"),
    ("credibility: 2", "credibility: 2\n  event_date: 2024-99", "event_date", "is not a date"),
])
def test_record_rules(tmp_path, old, new, field, words):
    _, problems = _problems(tmp_path, GOOD.replace(old, new))
    assert [(f, words in m) for f, m in problems] == [(field, True)], problems


def test_dyads_must_pair_two_countries_of_the_projects_group(tmp_path):
    _, problems = _problems(tmp_path, GOOD, group=("CHN", "RUS"))
    assert problems == [("dyads", "'PRK-RUS' is not a dyad of two of CHN, RUS")]


def test_load_evidence_checks_ratings_only_against_given_hypotheses(tiny_copy):
    path = tiny_copy / "seeds" / "evidence.yaml"
    path.write_text(GOOD.replace("  ach: {H1: C, H2: C, H3: C}\n", ""), encoding="utf-8")
    texts = {"TS2": (tiny_copy / "seeds" / "ts2.txt").read_text(encoding="utf-8")}
    assert load_evidence(path, texts)["record_id"].tolist() == ["E1"]
    with pytest.raises(InputError) as err:
        load_evidence(path, texts, hypothesis_ids=["H1", "H2"])
    assert "field 'ach'" in str(err.value)
