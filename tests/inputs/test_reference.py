"""Reference data: loaders type the files and reject damaged ones clearly, naming the file,
the line and the column."""

import gzip
import shutil

import pandas as pd
import pytest
from conftest import FIXTURES, REPO

from axis_report.config import ProjectPaths
from axis_report.errors import InputError
from axis_report.inputs.reference import load_atop, load_cow, load_treaties, load_unga
from axis_report.vocab import OBLIGATIONS


def test_tiny_unga_votes_load(tiny_paths):
    votes, roll_calls = load_unga(tiny_paths.votes_file, tiny_paths.roll_calls_file)
    assert list(votes["vote"].cat.categories) == ["yes", "abstain", "no"]
    assert votes["country_code"].isna().sum() == 0
    codes = set(votes["country_code"].astype(str))
    assert "NA" in codes  # Namibia, not a missing value
    assert "German Democratic Republic" in codes  # no code in the data: its name stands in
    # the session year: the year the session opened, 1945 + session
    assert dict(zip(roll_calls["session"], roll_calls["year"])) == {45: 1990, 46: 1991,
                                                                    47: 1992}


def test_shipped_reference_data_load():
    paths = ProjectPaths(REPO)
    votes, roll_calls = load_unga(paths.votes_file, paths.roll_calls_file)
    # the counts the provenance note (seeds/reference/README.md) gives
    assert len(votes) == 870109 and len(roll_calls) == 6203
    assert votes["country_code"].isna().sum() == 0
    assert roll_calls["year"].max() == 2019  # session 74
    atop = load_atop(paths.atop_file)
    assert atop["year"].between(1990, 2018).all()
    assert load_cow(paths.cow_file)["year"].between(1990, 2012).all()


def test_atop_and_cow_become_undirected_dyad_years(tiny_paths):
    atop = load_atop(tiny_paths.atop_file)
    assert list(atop.columns) == ["dyad", "year", "defence", "offence", "neutrality",
                                  "non_aggression", "consultation"]
    assert list(zip(atop["dyad"], atop["year"])) == [
        ("CHN-PRK", 2016), ("CHN-PRK", 2017), ("CHN-PRK", 2018), ("CHN-RUS", 2017),
        ("CHN-RUS", 2018)]  # "RUS-CHN" in the file: written alphabetically here
    assert atop["defence"].tolist() == [True, True, True, False, False]
    cow = load_cow(tiny_paths.cow_file)  # CHN->PRK and PRK->CHN rows fold into one
    assert list(zip(cow["dyad"], cow["year"], cow["defence"])) == [
        ("CHN-PRK", 2011, True), ("CHN-PRK", 2012, True)]


@pytest.mark.parametrize("damage, words", [
    (lambda t: t.replace("atop_nonagg", "atop_nonaggression"), ["missing column(s) atop_nonagg"]),
    (lambda t: t.replace("710.0,731.0,2016.0,1.0", "710.0,731.0,2016.0,0.5", 1),
     [":2:", "field 'atop_defense'", "'0.5' is not 0 or 1"]),
    (lambda t: t.replace("710.0,731.0,2017.0", "710.0,731.0,twothousand", 1),
     [":3:", "field 'year'", "is not a whole number"]),
])
def test_damaged_alliance_file_names_file_line_and_column(tiny_paths, tmp_path, damage, words):
    bad = tmp_path / "atop.csv"
    bad.write_text(damage(tiny_paths.atop_file.read_text()))
    with pytest.raises(InputError) as err:
        load_atop(bad)
    text = str(err.value)
    assert str(bad) in text
    for w in words:
        assert w in text, (w, text)


def test_damaged_vote_file_is_a_clear_error(tiny_copy):
    paths = ProjectPaths(tiny_copy)
    with gzip.open(paths.votes_file, "rt") as fh:
        lines = fh.readlines()
    lines[3] = lines[3].rsplit(",", 1)[0] + ",maybe\n"
    with gzip.open(paths.votes_file, "wt") as fh:
        fh.writelines(lines)
    with pytest.raises(InputError) as err:
        load_unga(paths.votes_file, paths.roll_calls_file)
    assert ("unga_votes_all.csv.gz:4: field 'vote': 'maybe' is not one of yes, no, abstain"
            in str(err.value))
    paths.votes_file.write_bytes(b"\x1f\x8b\x08 truncated gzip")
    with pytest.raises(InputError) as err:
        load_unga(paths.votes_file, paths.roll_calls_file)
    assert "cannot be read as CSV" in str(err.value)


def test_votes_on_an_unknown_roll_call_are_refused(tiny_copy, tmp_path):
    paths = ProjectPaths(tiny_copy)
    with gzip.open(paths.votes_file, "at") as fh:
        fh.write("999,China,CN,yes\n")
    with pytest.raises(InputError) as err:
        load_unga(paths.votes_file, paths.roll_calls_file)
    assert "1 votes name a roll call (rcid) that is not in" in str(err.value)
    assert "field 'rcid'" in str(err.value)


def test_treaties_table(tiny_paths):
    treaties = load_treaties(tiny_paths.treaties_file)
    assert treaties["treaty_id"].tolist() == ["T02", "T04", "T06"]
    assert treaties["dyads"].tolist() == ["CHN-PRK", "CHN-RUS", "PRK-RUS"]
    assert treaties["defence"].tolist() == [True, False, True]
    assert str(treaties["defence"].dtype) == "boolean"  # nullable: <NA> where unknown
    assert treaties.loc[0, "ended"] is None and treaties.loc[2, "in_force"] == "2024-12-04"


def test_obligations_may_be_unknown(tmp_path):
    path = tmp_path / "treaties.yaml"
    path.write_text(_treaty(obligations="{defence: unknown, offence: false, neutrality: "
                                        "unknown, non_aggression: true, consultation: "
                                        "unknown}"), encoding="utf-8")
    frame = load_treaties(path)
    assert all(str(frame[k].dtype) == "boolean" for k in OBLIGATIONS)
    assert frame.loc[0, "offence"] == False and frame.loc[0, "non_aggression"] == True  # noqa: E712
    assert all(frame.loc[0, k] is pd.NA for k in ("defence", "neutrality", "consultation"))


def test_the_shipped_treaties_code_unknown_and_endings():
    treaties = load_treaties(ProjectPaths(REPO).treaties_file).set_index("treaty_id")
    assert treaties.loc["T09", list(OBLIGATIONS)].isna().all()  # unpublished text
    assert treaties.loc[treaties.index != "T09", list(OBLIGATIONS)].notna().all().all()
    assert treaties.loc["T03", "ended"] == "2024-12-04"  # replaced by T06


def test_treaty_dyads_are_those_among_the_group(tmp_path):
    path = tmp_path / "treaties.yaml"
    path.write_text(_treaty(parties="[CHN, RUS, IRN, BLR]"), encoding="utf-8")
    assert load_treaties(path)["dyads"].tolist() == ["CHN-IRN CHN-RUS IRN-RUS"]
    assert load_treaties(path, group=("RUS", "BLR"))["dyads"].tolist() == ["BLR-RUS"]


def _treaty(**change):
    fields = dict(id="T1", name="A pact", parties="[CHN, RUS]", kind="treaty",
                  signed="2001-07-16", in_force="2002-02-28", ended="null",
                  obligations="{defence: true, offence: false, neutrality: false, "
                              "non_aggression: true, consultation: false}",
                  provisions="p", citation="c")
    fields.update(change)
    lines = [f"  {k}: {v}" for k, v in fields.items() if v is not None]
    return "- " + "\n".join(lines)[2:] + "\n"


@pytest.mark.parametrize("change, field, words", [
    (dict(parties="[CHN, XXX]"), "parties", "two or more known country codes"),
    (dict(parties="[CHN]"), "parties", "two or more known country codes"),
    # "yes please" is a YAML string, not a boolean: the file parses, the field is refused
    (dict(obligations="{defence: yes please, offence: false, neutrality: false, "
                      "non_aggression: true, consultation: false}"),
     "obligations", "true, false or unknown for each of"),
    (dict(obligations="{defence: true}"), "obligations", "true, false or unknown for each of"),
    # unknown is written as the word: a null or empty value is refused, with the hint
    (dict(obligations="{defence: null, offence: false, neutrality: false, "
                      "non_aggression: true, consultation: false}"),
     "obligations", "write unknown where the text does not say, not null or nothing"),
    (dict(obligations="{defence: , offence: false, neutrality: false, "
                      "non_aggression: true, consultation: false}"),
     "obligations", "write unknown where the text does not say"),
    (dict(signed="2001-07"), "signed", "is not a date of the form YYYY-MM-DD"),
    (dict(in_force="null"), "in_force", "or an in_force_note"),
    (dict(colour="red"), "colour", "unknown field"),
    (dict(parties="[CHN, RUS, CHN]"), "parties", "lists a party twice"),
    (dict(parties="[[CHN], RUS]"), "parties", "two or more known country codes"),
    (dict(parties="[CHN, {RUS: 1}]"), "parties", "two or more known country codes"),
    (dict(ended="2001-07-15"), "ended", "2001-07-15 is before the agreement was signed"),
    (dict(in_force="2001-01-01"), "in_force", "is before the agreement was signed"),
    (dict(ended="2002-01-01"), "ended", "before the agreement entered into force (2002-02-28)"),
    (dict(signed="2025-02-30"), "signed", "'2025-02-30' is not a date of the form YYYY-MM-DD"),
    (dict(signed="2001-07-16 10:00"), "signed", "gives a time"),
    (dict(name="n" * 301), "name", "the limit for this field is 300"),
])
def test_bad_treaty_entry_names_record_and_field(tmp_path, change, field, words):
    path = tmp_path / "treaties.yaml"
    path.write_text(_treaty(**change), encoding="utf-8")
    with pytest.raises(InputError) as err:
        load_treaties(path)
    [problem] = err.value.problems
    assert (problem.record, problem.field) == ("T1", field)
    assert words in problem.message


def test_treaty_without_in_force_date_needs_a_note(tmp_path):
    path = tmp_path / "treaties.yaml"
    path.write_text(_treaty(in_force="null", in_force_note="Not established."),
                    encoding="utf-8")
    assert load_treaties(path)["in_force"].tolist() == [None]


def test_treaties_file_that_is_not_yaml_cannot_be_parsed_at_all(tiny_copy):
    # A flow mapping left open: YAML cannot parse the file, so no record is checked and
    # the problem names the file and the line where parsing failed.
    path = ProjectPaths(tiny_copy).treaties_file
    text = path.read_text()
    path.write_text(text.replace("{defence: true, offence", "{defence: [true, offence", 1))
    with pytest.raises(InputError) as err:
        load_treaties(path)
    [problem] = err.value.problems
    assert problem.message.startswith("not valid YAML")
    assert problem.record is None and problem.field is None
    assert problem.line is not None and problem.line > 1


def test_a_missing_reference_file_is_named(tiny_copy):
    paths = ProjectPaths(tiny_copy)
    paths.cow_file.unlink()
    with pytest.raises(InputError) as err:
        load_cow(paths.cow_file)
    assert f"{paths.cow_file}: file not found" in str(err.value)
    shutil.rmtree(paths.reference / "unga")
    with pytest.raises(InputError):
        load_unga(paths.votes_file, paths.roll_calls_file)


def test_the_tiny_reference_files_are_what_their_generator_writes(tmp_path, monkeypatch,
                                                                  tiny_paths):
    import importlib.util

    spec = importlib.util.spec_from_file_location("make_tiny_reference",
                                                  FIXTURES / "make_tiny_reference.py")
    generator = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(generator)
    monkeypatch.setattr(generator, "REFERENCE", tmp_path / "reference")
    generator.main()
    for committed in (tiny_paths.atop_file, tiny_paths.cow_file, tiny_paths.votes_file,
                      tiny_paths.roll_calls_file):
        written = tmp_path / committed.relative_to(tiny_paths.seeds)
        assert written.read_bytes() == committed.read_bytes(), committed.name


def test_an_empty_treaties_file_is_a_table_with_its_columns(tmp_path):
    path = tmp_path / "treaties.yaml"
    path.write_text("# no agreements coded yet\n")
    frame = load_treaties(path)
    assert frame.empty and {"treaty_id", "signed", "ended", "dyads", *OBLIGATIONS} <= set(
        frame.columns)
    assert str(frame["defence"].dtype) == "boolean"


def test_alliance_rows_need_two_known_country_codes(tiny_paths, tmp_path):
    text = tiny_paths.cow_file.read_text(encoding="utf-8").splitlines()
    text[2] = "710.0,999.0," + text[2].split(",", 2)[2]
    text[3] = "710.0,710.0," + text[3].split(",", 2)[2]
    path = tmp_path / "cow.csv"
    path.write_text("\n".join(text) + "\n", encoding="utf-8")
    with pytest.raises(InputError) as err:
        load_cow(path)
    assert [(p.line, p.field) for p in err.value.problems] == [(3, "ccode1"), (4, "ccode1")]
    assert "ccode1 710 and ccode2 999 are not two different known COW country codes" in str(
        err.value)
