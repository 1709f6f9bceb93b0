"""Reading input files: YAML lists with line numbers, texts, hashes and checked CSV tables."""

import gzip
import hashlib
import os
from pathlib import Path

import pytest

from axis_report.errors import InputError
from axis_report.inputs.files import (
    file_sha256,
    read_cached_frame,
    read_csv_table,
    read_text,
    read_yaml_entries,
)


def _problems(err) -> list:
    return [str(p) for p in err.value.problems]


def test_yaml_entries_carry_the_line_of_each_record_and_field(tmp_path):
    path = tmp_path / "list.yaml"
    path.write_text("# a comment\n- id: A\n  x: 1\n\n- id: B\n  y: [1, 2]\n", encoding="utf-8")
    entries = read_yaml_entries(path)
    assert [e.values for e in entries] == [{"id": "A", "x": 1}, {"id": "B", "y": [1, 2]}]
    assert [e.line for e in entries] == [2, 5]
    assert entries[1].field_lines == {"id": 5, "y": 6}


def test_an_empty_yaml_file_holds_no_entries(tmp_path):
    path = tmp_path / "empty.yaml"
    path.write_text("# nothing yet\n", encoding="utf-8")
    assert read_yaml_entries(path) == []


@pytest.mark.parametrize("text, words", [
    ("- id: A\n  x: [1, 2\n", ["not valid YAML", ":3"]),
    ("id: A\n", ["must be a YAML list of records", ":1"]),
    ("- id: A\n- just text\n", ["each list item must be a mapping", ":2"]),
    ("- id: A\n  x: 1\n  x: 2\n", ["field 'x'", "field given twice", ":3", "record A"]),
])
def test_bad_yaml_names_file_and_line(tmp_path, text, words):
    path = tmp_path / "bad.yaml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(InputError) as err:
        read_yaml_entries(path)
    message = str(err.value)
    assert str(path) in message
    for w in words:
        assert w in message, (w, message)


def test_read_text_is_exact_and_names_missing_or_binary_files(tmp_path):
    path = tmp_path / "t.txt"
    path.write_bytes("curly \u2019quote\u2019\r\nand a second line\n".encode())
    assert read_text(path) == "curly \u2019quote\u2019\nand a second line\n"
    with pytest.raises(InputError) as err:
        read_text(tmp_path / "absent.txt")
    assert _problems(err) == [f"{tmp_path / 'absent.txt'}: file not found"]
    (tmp_path / "bin.txt").write_bytes(b"\xff\xfe\x00bad")
    with pytest.raises(InputError) as err:
        read_text(tmp_path / "bin.txt")
    assert "not valid UTF-8" in str(err.value)


def test_file_sha256(tmp_path):
    path = tmp_path / "f.bin"
    path.write_bytes(b"axis" * 1000)
    assert file_sha256(path) == hashlib.sha256(b"axis" * 1000).hexdigest()


SCHEMA = {"n": "int", "flag": "flag", "name": "str", "maybe": "str?", "day": "date",
          "vote": ("yes", "no")}


def test_csv_table_types_its_columns(tmp_path):
    path = tmp_path / "t.csv.gz"
    with gzip.open(path, "wt") as fh:
        fh.write("n,flag,name,maybe,day,vote,extra\n365.0,1.0,NA,,2001-02-03,yes,z\n"
                 "2,0,b,x,2002-12-31,no,z\n")
    frame = read_csv_table(path, SCHEMA)
    assert list(frame.columns) == list(SCHEMA)  # only the schema's columns
    assert frame["n"].tolist() == [365, 2] and str(frame["n"].dtype) == "int64"
    assert frame["flag"].tolist() == [1, 0]
    assert frame["name"].tolist() == ["NA", "b"]  # "NA" is Namibia's code, not missing
    assert frame["maybe"].isna().tolist() == [True, False]
    assert str(frame["day"].iloc[0].date()) == "2001-02-03"


@pytest.mark.parametrize("row, words", [
    ("1.5,1,a,,2001-01-01,yes", [":2: field 'n'", "'1.5' is not a whole number"]),
    ("1,2,a,,2001-01-01,yes", [":2: field 'flag'", "'2' is not 0 or 1"]),
    ("1,1,,,2001-01-01,yes", [":2: field 'name'", "is not a value"]),
    ("1,1,a,,2001-13-01,yes", [":2: field 'day'", "is not a date YYYY-MM-DD"]),
    ("1,1,a,,2001-01-01,maybe", [":2: field 'vote'", "'maybe' is not one of yes, no"]),
])
def test_csv_table_bad_value_names_line_and_column(tmp_path, row, words):
    path = tmp_path / "t.csv"
    path.write_text("n,flag,name,maybe,day,vote\n" + row + "\n", encoding="utf-8")
    with pytest.raises(InputError) as err:
        read_csv_table(path, SCHEMA)
    message = str(err.value)
    for w in words:
        assert w in message, (w, message)


def test_csv_table_missing_column_and_damaged_file(tmp_path):
    path = tmp_path / "t.csv"
    path.write_text("n,flag\n1,1\n", encoding="utf-8")
    with pytest.raises(InputError) as err:
        read_csv_table(path, SCHEMA)
    assert "missing column(s) name, maybe, day, vote" in str(err.value)
    gz = tmp_path / "t.csv.gz"
    gz.write_bytes(b"\x1f\x8b\x08 truncated gzip")
    with pytest.raises(InputError) as err:
        read_csv_table(gz, SCHEMA)
    assert "cannot be read as CSV" in str(err.value)
    with pytest.raises(InputError) as err:
        read_csv_table(tmp_path / "absent.csv", SCHEMA)
    assert "file not found" in str(err.value)


def test_csv_table_caps_the_problems_it_lists(tmp_path):
    path = tmp_path / "t.csv"
    path.write_text("n\n" + "x\n" * 15, encoding="utf-8")
    with pytest.raises(InputError) as err:
        read_csv_table(path, {"n": "int"}, max_problems=10)
    problems = _problems(err)
    assert len(problems) == 11 and "... and 5 more bad values" in problems[-1]


def test_cached_frame_is_none_when_absent_or_unreadable(tmp_path):
    assert read_cached_frame(tmp_path / "absent.csv") is None
    (tmp_path / "empty.csv").write_text("")
    assert read_cached_frame(tmp_path / "empty.csv") is None
    (tmp_path / "ok.csv").write_text("a,b\n1,2\n")
    assert read_cached_frame(tmp_path / "ok.csv").to_dict("records") == [{"a": 1, "b": 2}]


# --- bounded reading: regular files only, a size limit, no hang ---------------------------

def _refusal(path, **kw) -> str:
    with pytest.raises(InputError) as err:
        read_text(path, **kw)
    [problem] = err.value.problems
    assert problem.file == str(path)[:3997] + ("..." if len(str(path)) > 4000 else "")
    return problem.message


def test_only_regular_files_are_read(tmp_path):
    import os

    folder = tmp_path / "folder.txt"
    folder.mkdir()
    assert _refusal(folder) == "is a folder, not a regular file"
    fifo = tmp_path / "fifo.txt"
    os.mkfifo(fifo)
    assert _refusal(fifo) == "is a FIFO (named pipe), not a regular file"  # and no hang
    loop = tmp_path / "loop.txt"
    os.symlink("loop.txt", loop)
    assert "symbolic link loop" in _refusal(loop)
    broken = tmp_path / "broken.txt"
    os.symlink("nowhere", broken)
    assert "broken symbolic link" in _refusal(broken)
    assert _refusal(Path("/dev/zero")) == "is a character device, not a regular file"
    assert "NUL" in _refusal(tmp_path / "a\x00b.txt")
    assert _refusal(tmp_path / ("a" * 300)) == "the path is too long"
    assert _refusal(tmp_path / ("a/" * 2100 + "b")) == "the path is too long"
    (tmp_path / "file").write_text("x")
    assert _refusal(tmp_path / "file" / "below.txt") == "a part of the path is not a folder"


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads any file")
def test_an_unreadable_file_is_named(tmp_path):
    path = tmp_path / "secret.txt"
    path.write_text("x")
    path.chmod(0)
    assert _refusal(path) == "cannot be read (permission denied)"


def test_size_limit_and_folder_limit(tmp_path):
    path = tmp_path / "t.txt"
    path.write_text("x" * 11)
    assert read_text(path, limit=11) == "x" * 11
    assert "is larger than 10 bytes" in _refusal(path, limit=10)
    outside = tmp_path / "outside.txt"
    outside.write_text("secret")
    inner = tmp_path / "project"
    inner.mkdir()
    (inner / "link.txt").symlink_to(outside)
    assert "is outside the folder" in _refusal(inner / "link.txt", within=inner)
    assert read_text(outside, within=tmp_path) == "secret"


def test_binary_texts_are_refused_and_a_stray_control_byte_is_not(tmp_path):
    path = tmp_path / "t.txt"
    path.write_bytes(b"text\nwith a NUL\x00 byte")
    message = _refusal(path)
    assert "a NUL byte" in message and "binary file" in message
    path.write_bytes(b"\x01\x02\x03" * 30)
    assert "many control bytes" in _refusal(path)
    path.write_bytes(b"a backspace\x08 in a real text")
    assert read_text(path) == "a backspace\x08 in a real text"


# --- YAML: aliases, nesting, size, duplicate keys, dates as written --------------------------

def _yaml_refusal(tmp_path, text, reader=read_yaml_entries) -> str:
    path = tmp_path / "f.yaml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(InputError) as err:
        reader(path)
    message = str(err.value)
    assert str(path) in message
    return message


def test_yaml_aliases_are_refused_before_anything_is_expanded(tmp_path):
    bomb = 'a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]\n' + "".join(
        f"{chr(98 + i)}: &{chr(98 + i)} [" + ",".join([f"*{chr(97 + i)}"] * 9) + "]\n"
        for i in range(8))
    text = "- id: A\n  x: {" + bomb.replace("\n", ", ").rstrip(", ") + "}\n"
    message = _yaml_refusal(tmp_path, text)
    assert ":2: YAML alias *a: aliases" in message
    assert "alias *r" in _yaml_refusal(tmp_path, "- id: A\n  x: &r [*r]\n")
    assert "alias *base" in _yaml_refusal(tmp_path, "- &base {id: A}\n- <<: *base\n  id: B\n")
    path = tmp_path / "anchor.yaml"
    path.write_text("- id: A\n  x: &lonely 2\n")
    assert read_yaml_entries(path)[0].values == {"id": "A", "x": 2}  # an anchor alone is harmless


def test_yaml_size_and_depth_are_bounded(tmp_path, monkeypatch):
    from axis_report.inputs import files

    assert "nested more than 20 levels" in _yaml_refusal(
        tmp_path, "- x: " + "[" * 21 + "]" * 21 + "\n")
    assert "maximum nesting depth" in _yaml_refusal(
        tmp_path, "- x: " + "[" * 5000 + "]" * 5000 + "\n")
    monkeypatch.setattr(files, "MAX_YAML_NODES", 50)
    assert "more than 50 values" in _yaml_refusal(tmp_path, "- x: [" + "1, " * 60 + "]\n")
    monkeypatch.setattr(files, "MAX_RECORDS", 3)
    assert "more than 3 records" in _yaml_refusal(tmp_path, "- {}\n" * 4)
    assert "more than one YAML document" in _yaml_refusal(tmp_path, "- {}\n---\n- {}\n")


def test_yaml_duplicate_keys_at_any_depth(tmp_path):
    message = _yaml_refusal(tmp_path, "- id: E1\n  ach: {H1: C, H2: N, H1: II}\n")
    assert ":2: record E1: field 'ach': key 'H1' given twice in one mapping" in message
    message = _yaml_refusal(tmp_path, "- id: E1\n  quotes:\n    - source: S1\n      source: S2\n")
    assert ":4: record E1: field 'quotes': key 'source' given twice" in message


def test_yaml_dates_are_kept_as_written_and_bad_constructs_are_messages(tmp_path):
    path = tmp_path / "d.yaml"
    path.write_text("- id: A\n  date: 2025-02-30\n  when: 2024-03-01 10:00:00\n  ok: 2024-06-19\n")
    assert read_yaml_entries(path)[0].values == {
        "id": "A", "date": "2025-02-30", "when": "2024-03-01 10:00:00", "ok": "2024-06-19"}
    assert "'maybe' cannot be read as bool" in _yaml_refusal(tmp_path, "- x: !!bool maybe\n")
    assert "cannot be read as int" in _yaml_refusal(tmp_path, "- x: " + "9" * 5000 + "\n")
    assert "could not determine a constructor" in _yaml_refusal(
        tmp_path, "- x: !!python/object:os.system ls\n")
    assert "found unhashable key" in _yaml_refusal(tmp_path, "- {[a]: b}\n")


def test_yaml_mapping_for_settings(tmp_path):
    from axis_report.inputs.files import read_yaml_mapping

    path = tmp_path / "s.yaml"
    path.write_text("a: 1\nb: {c: 2}\n")
    assert read_yaml_mapping(path) == {"a": 1, "b": {"c": 2}}
    path.write_text("")
    assert read_yaml_mapping(path) == {}
    assert "field 'a': given twice" in _yaml_refusal(tmp_path, "a: 1\na: 2\n", read_yaml_mapping)
    assert "must be a mapping" in _yaml_refusal(tmp_path, "- a\n", read_yaml_mapping)


# --- CSV: bounded, decompressed with a bound ---------------------------------------------------

def test_csv_limits_and_gzip_bombs(tmp_path, monkeypatch):
    from axis_report.inputs import files

    monkeypatch.setattr(files, "MAX_CSV_BYTES", 10_000)
    bomb = tmp_path / "bomb.csv.gz"
    bomb.write_bytes(gzip.compress(b"n\n" + b"1\n" * 20_000))
    with pytest.raises(InputError) as err:
        read_csv_table(bomb, {"n": "int"})
    assert "decompresses to more than 10,000 bytes" in str(err.value)
    monkeypatch.setattr(files, "MAX_CSV_ROWS", 5)
    many = tmp_path / "many.csv"
    many.write_text("n\n" + "1\n" * 10)
    with pytest.raises(InputError) as err:
        read_csv_table(many, {"n": "int"})
    assert "more than 5 rows" in str(err.value)
    nul = tmp_path / "nul.csv"
    nul.write_bytes(b"n\n1\x00\n")
    with pytest.raises(InputError) as err:
        read_csv_table(nul, {"n": "int"})
    assert "a NUL byte" in str(err.value)


def test_csv_values_are_shown_shortened_and_a_bom_is_read(tmp_path):
    path = tmp_path / "t.csv"
    path.write_text("\ufeffn\n" + "x" * 100_000 + "\n", encoding="utf-8")
    with pytest.raises(InputError) as err:
        read_csv_table(path, {"n": "int"})
    assert len(str(err.value)) < 400 and "is not a whole number" in str(err.value)
    path.write_text("\ufeffn\ninf\n1e300\n", encoding="utf-8")
    with pytest.raises(InputError) as err:
        read_csv_table(path, {"n": "int"})
    assert "'inf' is not a whole number" in str(err.value)
    assert "'1e300' is not a whole number" in str(err.value)


def test_sha256_is_bounded_and_refuses_a_fifo(tmp_path):
    os.mkfifo(tmp_path / "fifo")
    with pytest.raises(InputError) as err:
        file_sha256(tmp_path / "fifo")
    assert "FIFO" in str(err.value)


# Documents covering what SafeConstructor does beyond plain strings, lists and mappings:
# every scalar type, explicit and unknown tags, merge keys, sets, complex keys, bad values.
_CONSTRUCTS = [
    "- a: 1\n  b: [1, 2.5, {c: d}]\n  e: ~\n  f: yes\n  g: 0x1F\n  h: 1_000\n  i: 1:30\n",
    "- a: .nan\n  .inf: -.inf\n  1: x\n  null: y\n  true: z\n  2020-01-02: w\n",
    "- a: !!binary aGVsbG8=\n  b: !!str 12\n  c: !!float 1e3\n  d: !!null ''\n  e: ! x\n",
    "- <<: {a: 1}\n  b: 2\n", "- <<: [{a: 1}, {b: 2}]\n  c: 3\n", "- {= : x}\n",
    "- a: =\n", "- !!set {a, b}\n", "- !!omap [a: 1, b: 2]\n", "- !!pairs [a: 1]\n",
    "- a: !!binary '%%%'\n", "- a: !!int x\n", "- ? [a, b]\n  : c\n", "- a: !foo bar\n",
    "- !foo {a: 1}\n", "- !!str {a: 1}\n", "- a: !!map x\n", "- a: !!seq x\n",
    "- a: 1\n  a: 2\n", "- a: !!timestamp 2020-13-45\n", "- x: " + "9" * 5000 + "\n",
]


@pytest.mark.parametrize("text", _CONSTRUCTS)
def test_values_built_while_composing_are_what_safeconstructor_builds(text):
    """The loader builds plain documents' values as it composes them and hands anything
    else to SafeConstructor: either way the values (or the message) are SafeConstructor's
    on the same node tree."""
    from axis_report.inputs.files import _compose, _construct

    root, data, built = _compose("f.yaml", text)
    try:
        expected = ("ok", _construct("f.yaml", root))
    except InputError as exc:
        expected = ("error", [str(p) for p in exc.problems])
    if built:
        assert ("ok", data) == expected or repr(data) == repr(expected[1])  # nan != nan
    else:
        assert data is None


def test_plain_documents_are_built_while_composing_and_others_are_not():
    from axis_report.inputs.files import _compose

    assert _compose("f.yaml", "- id: E1\n  ach: {H1: C}\n  w: 2\n  q: [{s: S1}]\n")[2]
    for text in ("- <<: {a: 1}\n", "- !!set {a}\n", "- a: !!map x\n", "- ? [a]\n  : b\n",
                 "- x: " + "9" * 5000 + "\n"):
        assert not _compose("f.yaml", text)[2], text


def test_entries_keep_lines_for_built_values(tmp_path):
    """Lines of records, fields, list items and repeated keys come from the node tree,
    whichever way the values were built."""
    path = tmp_path / "e.yaml"
    path.write_text("- id: E1\n  quotes:\n    - source: S1\n\n      quote: q\n    - source: S2\n"
                    "- id: E2\n  n: 3\n", encoding="utf-8")
    first, second = read_yaml_entries(path)
    assert (first.line, second.line) == (1, 7)
    assert first.field_lines == {"id": 1, "quotes": 2}
    assert first.item_lines["quotes"] == [(3, {"source": 3, "quote": 5}), (6, {"source": 6})]
    assert second.values == {"id": "E2", "n": 3}
    message = _yaml_refusal(tmp_path, "- id: E1\n  ach: {H1: C}\n  x: 1\n  ach: {H2: N}\n")
    assert ":4: record E1: field 'ach': field given twice" in message


def test_gc_is_paused_while_loading_and_restored_after(tmp_path):
    import gc

    from axis_report.inputs.files import gc_paused

    path = tmp_path / "l.yaml"
    path.write_text("- id: A\n", encoding="utf-8")
    assert gc.isenabled()
    with gc_paused():
        assert not gc.isenabled()
        with gc_paused():
            read_yaml_entries(path)
        assert not gc.isenabled()  # only the outermost pause turns it back on
    assert gc.isenabled()
    gc.disable()
    try:
        read_yaml_entries(path)
        assert not gc.isenabled()  # a caller's own pause is left alone
    finally:
        gc.enable()
    with pytest.raises(InputError):
        read_yaml_entries(tmp_path / "absent.yaml")
    assert gc.isenabled()


@pytest.mark.parametrize("values", [
    ["1", "2", "1", "2", "1", "2"],                       # few distinct: parsed once each
    ["1", "2.5", "1", "1", "2.5", "1"],                   # a float among ints
    ["1", "x", "1", "1", "x", "1"],                       # junk becomes NaN
    ["1", None, "1", "1", "1", "1"],                      # a blank cell
    ["9" * 30, "1", "9" * 30, "1", "1", "1"],             # beyond int64
    ["1", "2", "3", "4"],                                 # all distinct
    [" 7", "7", "+7", "7e0", "7", "7"],
])
def test_reference_numbers_parse_as_pandas_would(values):
    import pandas as pd

    from axis_report.inputs.files import _to_numeric

    raw = pd.Series(values, dtype=object, name="c")
    pd.testing.assert_series_equal(_to_numeric(raw), pd.to_numeric(raw, errors="coerce"))
