"""Reading input files: YAML lists with line numbers, texts, hashes and checked CSV tables."""

import gzip
import hashlib

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
