"""Source metadata and texts."""

import pandas as pd
import pytest

from axis_report.errors import InputError
from axis_report.inputs.sources import load_sources, sources_as_of


def test_tiny_sources_load_with_their_texts(tiny_paths):
    sources, texts = load_sources(tiny_paths.sources_file)
    assert sources["source_id"].tolist() == ["TS1", "TS2", "TS3"]
    assert set(texts) == {"TS1", "TS2", "TS3"}
    for row in sources.itertuples():
        text = (tiny_paths.seeds / row.file).read_text(encoding="utf-8")
        assert texts[row.source_id] == text and row.n_chars == len(text)
    ts1 = sources.set_index("source_id").loc["TS1"]
    assert ts1["reliability_label"] == "fairly reliable"
    assert not ts1["date_estimated"] and ts1["kind"] == "news article"
    assert pd.isna(ts1["derived_from"]) and ts1["authors"] == ""
    ts2 = sources.set_index("source_id").loc["TS2"]
    assert ts2["kind"] == "think-tank report" and ts2["authors"] == "Jane Placeholder"
    ts3 = sources.set_index("source_id").loc["TS3"]
    assert ts3["derived_from"] == "TS1" and ts3["note"].startswith("Repeats TS1")


def test_sources_are_sorted_by_id_whatever_the_file_order(tiny_copy):
    path = tiny_copy / "seeds" / "sources.yaml"
    text = path.read_text()
    head, *entries = text.split("- id: ")
    path.write_text(head + "".join(f"- id: {e.rstrip()}\n\n" for e in reversed(entries)))
    assert path.read_text().index("- id: TS3") < path.read_text().index("- id: TS1")
    sources, _ = load_sources(path)
    assert sources["source_id"].tolist() == ["TS1", "TS2", "TS3"]


@pytest.mark.parametrize("old, new, words", [
    ("file: ts1.txt", "file: nowhere.txt", ["record TS1: field 'file'", "not found"]),
    ("reliability: C", "reliability: Z", ["record TS1: field 'reliability'", "'Z' is not one of"]),
    ("date: 2024-03-01", "date: March 2024", ["record TS1: field 'date'", "is not a date"]),
    ("  date_basis: Invented for the tests; the text names no date.\n", "",
     ["record TS2: field 'date_basis'", "missing"]),
    ("outlet: The Test Gazette (fictional)", "outlet: X\n  colour: red",
     ["record TS1: field 'colour'", "unknown field"]),
    ("  kind: news article\n  date: 2024-03-01", "  date: 2024-03-01",
     ["record TS1: field 'kind'", "missing"]),
    ("kind: think-tank report", "kind: think-tank note",
     ["record TS2: field 'kind'", "'think-tank note' is not one of", "research report"]),
    ("derived_from: TS1", "derived_from: TS9",
     ["record TS3: field 'derived_from'", "'TS9' is not another source listed here"]),
    ("derived_from: TS1", "derived_from: TS3",
     ["record TS3: field 'derived_from'", "'TS3' is not another source listed here"]),
    ("authors: [Jane Placeholder]", "authors: Jane Placeholder",
     ["record TS2: field 'authors'", "must be a list of names"]),
    ("file: ts1.txt", "file: /etc/passwd",
     ["record TS1: field 'file'", "'/etc/passwd' must name a file inside the seeds folder"]),
    ("file: ts1.txt", "file: ../../../../../../etc/passwd",
     ["record TS1: field 'file'", "must name a file inside the seeds folder"]),
    ("file: ts1.txt", "file: ../axis-project.yaml", ["must name a file inside the seeds folder"]),
    ("file: ts1.txt", "file: .", ["field 'file'", "is a folder, not a regular file"]),
    ("file: ts1.txt", 'file: "ts1\\0.txt"', ["field 'file'", "'ts1\\x00.txt' must name a file"]),
    ("file: ts1.txt", "file: " + "a" * 255 + "b", ["field 'file'", "the path is too long"]),
    ("title: An invented ministry digest for the test suite", "title: " + "t" * 400,
     ["record TS1: field 'title'", "is 400 characters long; the limit for this field is 300"]),
    ("- id: TS1", "- id: " + "T" * 100,
     ["field 'id'", "is 100 characters long; the limit for this field is 40"]),
    ("date: 2024-03-01", "date: 2025-02-30", ["field 'date'", "'2025-02-30' is not a date"]),
])
def test_bad_source_metadata_names_record_and_field(tiny_copy, old, new, words):
    path = tiny_copy / "seeds" / "sources.yaml"
    text = path.read_text()
    assert old in text
    path.write_text(text.replace(old, new, 1))
    with pytest.raises(InputError) as err:
        load_sources(path)
    for w in words:
        assert w in str(err.value), (w, str(err.value))


def test_no_sources_is_an_empty_table(tmp_path):
    # A new project (`axis-report init --empty`) has none yet; the report says so instead.
    path = tmp_path / "sources.yaml"
    path.write_text("# none yet\n")
    frame, texts = load_sources(path)
    assert frame.empty and texts == {} and "source_id" in frame.columns


def test_sources_as_of(tiny_inputs):
    sources = tiny_inputs.sources
    assert sources_as_of(sources, "")[0] == "2025-06-26"  # empty: the latest source date
    as_of, ids = sources_as_of(sources, "2024-12-31")
    assert as_of == "2024-12-31" and list(ids) == ["TS1", "TS3"]
    assert list(sources_as_of(sources, "2024-03-01")[1]) == ["TS1"]  # on the day counts
    assert list(sources_as_of(sources, "2020-01-01")[1]) == []


def test_a_source_text_must_be_a_file_in_the_seeds_folder_with_text(tiny_copy, tmp_path):
    import os

    seeds = tiny_copy / "seeds"
    outside = tmp_path / "elsewhere.txt"
    outside.write_text("INVENTED TEST TEXT")
    (seeds / "ts1.txt").unlink()
    os.symlink(outside, seeds / "ts1.txt")
    (seeds / "ts2.txt").write_text("  \n")
    (seeds / "ts3.txt").unlink()
    os.mkfifo(seeds / "ts3.txt")
    with pytest.raises(InputError) as err:
        load_sources(seeds / "sources.yaml")
    messages = {p.record: p.message for p in err.value.problems}
    assert "must name a file inside the seeds folder" in messages["TS1"]
    assert messages["TS2"] == f"source text {seeds / 'ts2.txt'} is empty: save the document's " \
                              "text in it"
    assert messages["TS3"] == (f"source text {seeds / 'ts3.txt'}: is a FIFO (named pipe), not "
                               "a regular file")
