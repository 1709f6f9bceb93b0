"""The competing hypotheses, and every record's ratings of them."""

import pytest

from axis_report.errors import InputError
from axis_report.inputs.hypotheses import check_ratings, hypothesis_ids, load_hypotheses


def test_hypotheses_load_in_file_order(tiny_paths):
    hyps = load_hypotheses(tiny_paths.hypotheses_file)
    assert hyps["hypothesis"].tolist() == ["H1", "H2", "H3"]
    assert list(hyps.columns) == ["hypothesis", "title", "description"]
    assert hypothesis_ids(tiny_paths.hypotheses_file) == ["H1", "H2", "H3"]


@pytest.mark.parametrize("text, words", [
    ("- id: H1\n  title: A\n  description: a\n- id: H1\n  title: B\n  description: b\n",
     "duplicate hypothesis id 'H1'"),
    ("- id: H1\n  description: a\n", "record H1: field 'title': missing"),
    ("- id: H1\n  title: A\n  description: a\n  weight: 2\n", "field 'weight': unknown field"),
    ("# none\n", "no hypotheses listed"),
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
