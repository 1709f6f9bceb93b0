"""The competing hypotheses with their indicators, every claim's ratings of them, and the
analyst's key assumptions."""

import pytest

from axis_report.errors import InputError
from axis_report.inputs.hypotheses import (
    check_ratings,
    hypothesis_ids,
    load_assumptions,
    load_hypotheses,
)


def test_hypotheses_load_in_file_order(tiny_paths):
    hyps, indicators = load_hypotheses(tiny_paths.hypotheses_file)
    assert hyps["hypothesis"].tolist() == ["H1", "H2", "H3"]
    assert list(hyps.columns) == ["hypothesis", "title", "description", "separates"]
    assert hyps.loc[0, "separates"] == "From H2, the four act as a group, not pair by pair."
    assert hypothesis_ids(tiny_paths.hypotheses_file) == ["H1", "H2", "H3"]
    assert list(indicators.columns) == ["hypothesis", "indicator", "text", "look_for"]
    assert indicators["indicator"].tolist() == ["H1.1", "H1.2", "H2.1", "H2.2", "H3.1", "H3.2"]
    by_id = indicators.set_index("indicator")
    assert by_id.loc["H2.2", "look_for"] == {"dyads": ["CHN-PRK", "IRN-RUS"],
                                             "stance": "limitation"}
    assert by_id.loc["H3.2", "look_for"] == {"scope": "hub", "hub": "CHN",
                                             "stance": "limitation"}
    assert by_id.loc["H1.1", "text"] == "Concrete military cooperation between members"


def test_separates_and_indicators_are_optional(tmp_path):
    path = tmp_path / "hypotheses.yaml"
    path.write_text("- id: H1\n  title: A\n  description: a\n")
    hyps, indicators = load_hypotheses(path)
    assert hyps.loc[0, "separates"] is None
    assert indicators.empty and list(indicators.columns) == ["hypothesis", "indicator", "text",
                                                             "look_for"]


ONE = "- id: H1\n  title: A\n  description: a\n"


@pytest.mark.parametrize("text, words", [
    (ONE + ONE.replace("title: A", "title: B"), "duplicate hypothesis id 'H1'"),
    ("- id: H1\n  description: a\n", "record H1: field 'title': missing"),
    (ONE + "  weight: 2\n", "field 'weight': unknown field"),
    ("# none\n", "no hypotheses listed"),
    (ONE + "  indicators: a list\n", "field 'indicators': must be a list"),
    (ONE + "  indicators:\n    - just text\n", "field 'indicators[1]': must be a mapping"),
    (ONE + "  indicators:\n    - {text: t, look_for: {domain: military}, extra: 1}\n",
     "field 'indicators[1]': must be a mapping with 'text' and 'look_for'"),
    (ONE + "  indicators:\n    - {text: t, look_for: {colour: red}}\n",
     "field 'indicators[1].look_for': unknown key colour"),
    (ONE + "  indicators:\n    - {text: t, look_for: {domain: naval}}\n",
     "domain: 'naval' is not one of"),
    (ONE + "  indicators:\n    - {text: t, look_for: {hub: USA}}\n",
     "hub: 'USA' is not one of CHN, RUS, IRN, PRK"),
    (ONE + "  indicators:\n    - {text: t, look_for: {min_weight: 5}}\n",
     "min_weight: 5 is not one of 1, 2, 3"),
    (ONE + "  indicators:\n    - {text: t, look_for: {dyads: [RUS-CHN]}}\n",
     "dyads: must list dyads among CHN, RUS, IRN, PRK"),
    (ONE + "  indicators:\n    - {text: t, look_for: {}}\n",
     "field 'indicators[1].look_for': must map some of scope, dyads"),
])
def test_bad_hypotheses(tmp_path, text, words):
    path = tmp_path / "hypotheses.yaml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(InputError) as err:
        load_hypotheses(path)
    assert words in str(err.value)


def test_check_ratings_messages():
    recs = [{"record_id": "E1", "line": 3, "ach": {"H1": "C"}},
            {"record_id": "E2", "line": 9, "ach": {"H1": "maybe", "H2": "C", "H7": "N"}},
            {"record_id": "E3", "line": 12, "ach": None},
            {"record_id": "E4", "line": 20, "ach": {"H1": "CC", "H2": "II"}}]
    got = [str(p) for p in check_ratings(recs, ["H1", "H2"], "ev.yaml")]
    assert got == [
        "ev.yaml:3: record E1: field 'ach': no rating for H2",
        "ev.yaml:9: record E2: field 'ach': unknown hypothesis H7 (known: H1, H2)",
        "ev.yaml:9: record E2: field 'ach': H1: 'maybe' is not one of CC, C, N, I, II",
        "ev.yaml:12: record E3: field 'ach': missing: rate every hypothesis (H1, H2) as one "
        "of CC, C, N, I, II",
    ]


def test_assumptions_load_in_file_order(tiny_paths):
    frame = load_assumptions(tiny_paths.assumptions_file)
    assert list(frame.columns) == ["assumption", "text", "if_wrong"]
    assert frame["assumption"].tolist() == ["A1", "A2"]
    assert frame.loc[1, "text"].startswith("A pair the sources do not mention is a gap")


@pytest.mark.parametrize("text, words", [
    ("- id: A1\n  text: t\n", "record A1: field 'if_wrong': missing"),
    ("- id: A1\n  text: t\n  if_wrong: w\n  colour: red\n", "field 'colour': unknown field"),
    ("- id: A1\n  text: t\n  if_wrong: w\n- id: A1\n  text: u\n  if_wrong: v\n",
     "duplicate assumption id 'A1'"),
])
def test_bad_assumptions(tmp_path, text, words):
    path = tmp_path / "assumptions.yaml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(InputError) as err:
        load_assumptions(path)
    assert words in str(err.value)


def test_no_assumptions_is_an_empty_table(tmp_path):
    path = tmp_path / "assumptions.yaml"
    path.write_text("# none yet\n")
    frame = load_assumptions(path)
    assert frame.empty and list(frame.columns) == ["assumption", "text", "if_wrong"]
