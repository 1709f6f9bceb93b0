"""The shipped evidence is valid and verbatim; each kind of bad evidence gets a clear message."""

import textwrap

import pytest

from axis_report import cli, vocab
from axis_report.evidence import load_evidence
from axis_report.inputs import read_text
from axis_report.paths import default_paths

GOOD = """\
- id: E1
  source: S000
  quote: only Russia and North Korea hold a mutual defense treaty
  countries: [RUS, PRK]
  dyads: [PRK-RUS]
  domain: military
  stance: cooperation
  weight: 3
  credibility: 2
  attribution: article
"""


def test_shipped_evidence_validates():
    paths = default_paths()
    sources, evidence = load_evidence(paths.sources_file, paths.evidence_file)
    assert evidence["record_id"].nunique() >= 30
    assert set(sources["source_id"]) == {"S000"}


def test_every_shipped_quote_is_verbatim_at_its_offsets():
    paths = default_paths()
    sources, evidence = load_evidence(paths.sources_file, paths.evidence_file)
    texts = {r.source_id: read_text(paths.seeds / r.file) for r in sources.itertuples()}
    for row in evidence.drop_duplicates("record_id").itertuples():
        assert texts[row.source_id][row.quote_start:row.quote_end] == row.quote, row.record_id


def test_shipped_evidence_has_no_direct_evidence_on_two_pyongyang_dyads():
    paths = default_paths()
    _, evidence = load_evidence(paths.sources_file, paths.evidence_file)
    dyads = set(evidence["dyad"].astype(str))
    assert "CHN-PRK" not in dyads and "IRN-PRK" not in dyads
    assert {"CHN-IRN", "CHN-RUS", "IRN-RUS", "PRK-RUS", vocab.GROUP} <= dyads


def _validate(seeds, capsys):
    code = cli.main(["validate", "--seeds", str(seeds)])
    return code, capsys.readouterr().err


@pytest.mark.parametrize("edit, expect", [
    # (how to change GOOD, the words the message must hold)
    (lambda s: s.replace("countries: [RUS, PRK]", "countries: [RUS, PRK, XYZ]"),
     ["record E1", "field 'countries'", "unknown country code 'XYZ'", ":4:"]),
    (lambda s: s.replace("domain: military", "domain: militray"),
     ["record E1", "field 'domain'", "'militray' is not one of", ":6:"]),
    (lambda s: s + s, ["record E1", "field 'id'", "duplicate record id 'E1'", ":11:"]),
    (lambda s: s.replace("hold a mutual defense treaty", "hold a mutual defence treaty"),
     ["record E1", "field 'quote'", "not found verbatim in its source", ":3:"]),
    (lambda s: s.replace("  stance: cooperation\n", ""),
     ["record E1", "field 'stance'", "missing: this field is required"]),
    (lambda s: s.replace("quote: only", "quote: [only").replace("treaty\n", "treaty\n  x: ]\n", 1),
     ["not valid YAML"]),
    (lambda s: s.replace("dyads: [PRK-RUS]", "dyads: [RUS-PRK]"),
     ["field 'dyads'", "must be written 'PRK-RUS'"]),
    (lambda s: s.replace("weight: 3", "weight: high"), ["field 'weight'", "is not one of: 1, 2, 3"]),
    (lambda s: s.replace("source: S000", "source: S999"), ["field 'source'", "unknown source id"]),
    (lambda s: s.replace("attribution: article", "attribution: named"),
     ["field 'analyst'", "missing"]),
    (lambda s: s.replace("  weight: 3", "  wieght: 3"), ["field 'wieght'", "unknown field"]),
])
def test_bad_evidence_gives_a_clear_message_and_exit_2(seeds_copy, capsys, edit, expect):
    evidence = seeds_copy / "evidence.yaml"
    evidence.write_text(edit(GOOD), encoding="utf-8")
    before = {p: p.read_bytes() for p in seeds_copy.rglob("*") if p.is_file()}
    code, err = _validate(seeds_copy, capsys)
    assert code == 2
    assert str(evidence) in err
    for words in expect:
        assert words in err, (words, err)
    assert "Traceback" not in err
    assert {p: p.read_bytes() for p in seeds_copy.rglob("*") if p.is_file()} == before  # nothing rewritten


def test_near_miss_quote_says_what_differs(seeds_copy, capsys):
    # the source uses a typographic apostrophe in "China’s balancing act"
    (seeds_copy / "evidence.yaml").write_text(
        GOOD.replace("only Russia and North Korea hold a mutual defense treaty",
                     "China's balancing act in the region"), encoding="utf-8")
    code, err = _validate(seeds_copy, capsys)
    assert code == 2
    assert "matches only after folding quotation marks" in err


def test_every_problem_is_listed_at_once(seeds_copy, capsys):
    bad = GOOD.replace("domain: military", "domain: navy") + textwrap.dedent("""\
        - id: E2
          source: S000
          quote: not in the article at all
          countries: [RUS, PRK]
          dyads: [PRK-RUS]
          domain: military
          stance: friendship
          weight: 1
          credibility: 2
          attribution: article
        """)
    (seeds_copy / "evidence.yaml").write_text(bad, encoding="utf-8")
    code, err = _validate(seeds_copy, capsys)
    assert code == 2
    assert "3 problems found" in err
    assert "record E1: field 'domain'" in err
    assert "record E2: field 'quote'" in err
    assert "record E2: field 'stance'" in err


def test_missing_evidence_file_is_a_clear_error(seeds_copy, capsys):
    (seeds_copy / "evidence.yaml").unlink()
    code, err = _validate(seeds_copy, capsys)
    assert code == 2 and "evidence.yaml: file not found" in err


def test_bad_source_metadata_names_the_field(seeds_copy, capsys):
    path = seeds_copy / "sources.yaml"
    path.write_text(path.read_text().replace("reliability: C", "reliability: Z"))
    code, err = _validate(seeds_copy, capsys)
    assert code == 2 and "record S000: field 'reliability'" in err


def test_validate_reports_success(capsys):
    assert cli.main(["validate"]) == 0
    assert "records valid" in capsys.readouterr().out
