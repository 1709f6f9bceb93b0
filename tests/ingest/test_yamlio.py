"""Writing the analyst's YAML files: new records in the files' own style, appended or
inserted, never a changed line."""

import datetime as dt

import pytest
import yaml
from conftest import REPO

from axis_report.errors import InputError
from axis_report.ingest import yamlio

QUOTE = {"source": "S012", "quote": "it said: 'yes' \u2014 \u201ccurly\u201d #hash",
         "attribution": "named", "analyst": "Ann Analyst", "credibility": 3}


def test_an_entry_is_written_in_the_evidence_files_style():
    text = yamlio.entry_text({
        "id": "E083", "claim": "China and Russia hold drills.", "scope": "dyads",
        "dyads": ["CHN-RUS"], "domain": "military", "stance": "cooperation", "weight": 2,
        "ach": {"H1": "C", "H2": "N"}, "note": ("A long coder's note " * 8).strip(),
        "quotes": [QUOTE, {**QUOTE, "analyst": None, "attribution": "article"}]})
    lines = text.splitlines()
    assert lines[0] == "- id: E083"
    assert "  dyads: [CHN-RUS]" in lines and "  ach: {H1: C, H2: N}" in lines
    assert "  note: >-" in lines  # long prose folded, as the shipped files fold it
    assert "  quotes:" in lines and "    - source: S012" in lines
    assert "      analyst: null" in lines
    assert max(len(line) for line in lines if "quote:" not in line) <= 96
    [back] = yaml.safe_load(text)
    assert back["quotes"][0]["quote"] == QUOTE["quote"]
    assert back["note"] == ("A long coder's note " * 8).strip()


def test_dates_are_written_bare_and_read_back_as_dates():
    text = yamlio.entry_text({"id": "S012", "date": dt.date(2024, 5, 15)})
    assert "  date: 2024-05-15\n" in text


def test_appending_keeps_the_old_bytes_as_a_prefix(tmp_path):
    path = tmp_path / "sources.yaml"
    old = "# the analyst's header\n\n- id: S1  # a trailing comment\n  file: a.txt\n"
    new = yamlio.append_entries(path, old, [yamlio.entry_text({"id": "S2", "file": "b.txt"})],
                                comment="--- added by a test")
    assert new.startswith(old)
    assert new[len(old):] == "\n# --- added by a test\n- id: S2\n  file: b.txt\n"
    assert [r["id"] for r in yaml.safe_load(new)] == ["S1", "S2"]


@pytest.mark.parametrize("old", ["", "# only a header", "- id: S1\n  file: a.txt"])
def test_appending_to_an_empty_file_or_one_without_a_final_newline(tmp_path, old):
    new = yamlio.append_entries(tmp_path / "x.yaml", old,
                                [yamlio.entry_text({"id": "S2", "file": "b.txt"})])
    assert new.startswith(old) and yamlio.only_additions(old, new) == []
    assert yaml.safe_load(new)[-1] == {"id": "S2", "file": "b.txt"}


EVIDENCE = """\
# header
- id: E1
  claim: x
  quotes:
    - source: S1
      quote: abc
      note: >-
        a folded note that is
        # not a comment but text

# --- next section: a comment that belongs to E2
- id: E2
  quotes:
    - {source: S1, quote: q}
- id: E3
  quotes:
  - source: S1
    quote: "abc"
  note: after the quotes
"""


def test_a_further_quote_goes_after_the_last_one_and_before_what_follows(tmp_path):
    path = tmp_path / "evidence.yaml"
    item = {"source": "S2", "quote": "new one", "attribution": "article", "credibility": 3}
    new = yamlio.insert_list_item(path, EVIDENCE, "E1", "quotes", item)
    assert yamlio.only_additions(EVIDENCE, new) == []
    assert "        # not a comment but text\n    - source: S2\n      quote: new one\n" in new
    assert "      credibility: 3\n\n# --- next section" in new
    records = yaml.safe_load(new)
    assert records[0]["quotes"][-1] == item
    assert records[0]["quotes"][0]["note"].endswith("# not a comment but text")
    assert records[1:] == yaml.safe_load(EVIDENCE)[1:]
    # items indented as the record's own items are (here flush with the key)
    new3 = yamlio.insert_list_item(path, EVIDENCE, "E3", "quotes", item)
    assert "    quote: \"abc\"\n  - source: S2\n    quote: new one\n" in new3
    assert yaml.safe_load(new3)[2]["note"] == "after the quotes"


def test_inserting_into_a_missing_record_or_a_flow_list_is_refused(tmp_path):
    path = tmp_path / "evidence.yaml"
    with pytest.raises(InputError, match="no record with id 'E9'"):
        yamlio.insert_list_item(path, EVIDENCE, "E9", "quotes", {"source": "S1"})
    with pytest.raises(InputError, match="no block list 'quotes'"):
        yamlio.insert_list_item(path, "- id: E1\n  quotes: [a, b]\n", "E1", "quotes", {})


def test_only_additions_sees_a_changed_or_removed_line():
    assert yamlio.only_additions("a\nb\n", "a\nx\nb\n") == []
    assert yamlio.only_additions("a\nb\n", "a\nB\n") == ["b"]
    assert yamlio.only_additions("a\nb\n", "b\n") == ["a"]


def test_the_shipped_evidence_file_only_grows(tmp_path):
    old = (REPO / "seeds" / "evidence.yaml").read_text(encoding="utf-8")
    path = tmp_path / "evidence.yaml"
    load = lambda text: yaml.load(text, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))  # noqa: E731
    first = load(old)
    target = first[0]["id"]
    item = {"source": "S000", "quote": "a further quote", "attribution": "article",
            "credibility": 2}
    new = yamlio.insert_list_item(path, old, target, "quotes", item)
    new = yamlio.append_entries(path, new, [yamlio.entry_text({"id": "E999", "quotes": [item]})],
                                comment="--- test")
    assert yamlio.only_additions(old, new) == []
    after = load(new)
    assert after[0]["quotes"] == first[0]["quotes"] + [item]
    assert after[1:-1] == first[1:] and after[-1]["id"] == "E999"
    assert all(line in new for line in old.splitlines() if line.startswith("#"))


def test_round_trip_documents_keep_comments_and_order(tmp_path):
    path = tmp_path / "c.yaml"
    path.write_text("# keep me\nsource: S1\ncandidates:\n  - id: S1-C01  # and me\n"
                    "    status: pending\n    dyads: [CHN-RUS]\n", encoding="utf-8")
    doc = yamlio.load_roundtrip(path)
    doc["candidates"][0]["status"] = "rejected"
    text = yamlio.dump_roundtrip(doc)
    assert text == ("# keep me\nsource: S1\ncandidates:\n  - id: S1-C01  # and me\n"
                    "    status: rejected\n    dyads: [CHN-RUS]\n")
    path.write_text("a: [1\n", encoding="utf-8")
    with pytest.raises(InputError, match="not valid YAML"):
        yamlio.load_roundtrip(path)


def test_a_file_with_crlf_line_endings_keeps_them(tmp_path):
    path = tmp_path / "evidence.yaml"
    old = EVIDENCE.replace("\n", "\r\n")
    item = {"source": "S2", "quote": "new one"}
    new = yamlio.insert_list_item(path, old, "E1", "quotes", item)
    new = yamlio.append_entries(path, new, [yamlio.entry_text({"id": "E4"})], comment="c")
    assert "\n" not in new.replace("\r\n", "")  # every line ends in CRLF
    assert yamlio.only_additions(old, new) == []
    assert yaml.safe_load(new)[0]["quotes"][-1] == item
