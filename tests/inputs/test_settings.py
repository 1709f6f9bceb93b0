"""Project settings (axis-project.yaml): defaults, and every problem named by its key."""

import pytest

from axis_report import vocab
from axis_report.errors import InputError
from axis_report.inputs.settings import DEFAULT_HANDLING, Settings, load_settings


def _load(tmp_path, text):
    path = tmp_path / "axis-project.yaml"
    path.write_text(text, encoding="utf-8")
    return load_settings(path)


def _fields(err) -> list:
    return [(p.field, p.message) for p in err.value.problems]


def test_settings_are_read_in_the_given_order(tmp_path):
    got = _load(tmp_path, "countries: [RUS, BLR, CHN]\norganisation: Unit\nauthor: Me\n")
    assert got == Settings(countries=("RUS", "BLR", "CHN"), organisation="Unit", author="Me")


@pytest.mark.parametrize("text", ["", "# only comments\n", "organisation: X\n"])
def test_a_missing_key_takes_its_default(tmp_path, text):
    got = _load(tmp_path, text)
    assert got.countries == vocab.DEFAULT_GROUP
    assert got.author == ""
    assert got.handling == DEFAULT_HANDLING


def test_handling_line_is_read(tmp_path):
    assert _load(tmp_path, "handling: Internal. Not for release.\n").handling == (
        "Internal. Not for release.")


@pytest.mark.parametrize("text, field, words", [
    ("countries: [CHN, XYZ]\n", "countries", "unknown country code 'XYZ'"),
    ("countries: [CHN]\n", "countries", "two or more"),
    ("countries: CHN RUS\n", "countries", "two or more"),
    ("countries: [CHN, 7]\n", "countries", "two or more"),
    ("countries: [CHN, RUS, CHN]\n", "countries", "lists a country twice"),
    ("contries: [CHN, RUS]\n", "contries", "unknown setting (allowed: countries, organisation,"),
    ("author: [a, b]\n", "author", "must be text"),
    ("handling: [a, b]\n", "handling", "must be text"),
])
def test_bad_settings_name_the_key(tmp_path, text, field, words):
    with pytest.raises(InputError) as err:
        _load(tmp_path, text)
    [(got_field, message)] = _fields(err)
    assert got_field == field and words in message
    assert str(tmp_path / "axis-project.yaml") in str(err.value)


def test_every_problem_is_listed_at_once(tmp_path):
    with pytest.raises(InputError) as err:
        _load(tmp_path, "countries: [CHN, XYZ]\nauthor: 3\ncolour: red\n")
    assert sorted(f for f, _ in _fields(err)) == ["author", "colour", "countries"]


@pytest.mark.parametrize("text, words", [
    ("countries: [CHN\n", "not valid YAML"),
    ("- CHN\n- RUS\n", "must be a mapping of setting: value"),
])
def test_unreadable_settings(tmp_path, text, words):
    with pytest.raises(InputError) as err:
        _load(tmp_path, text)
    assert words in str(err.value)


def test_missing_settings_file(tmp_path):
    with pytest.raises(InputError) as err:
        load_settings(tmp_path / "axis-project.yaml")
    assert "axis-project.yaml: file not found" in str(err.value)


@pytest.mark.parametrize("text, words", [
    ("countries: &c [CHN, RUS]\nauthor: *c\n", "YAML alias *c"),
    ("author: A\nauthor: B\n", "field 'author': given twice"),
    ("organisation: {a: 1, a: 2}\n", "field 'a': given twice"),
    ("author: " + "x" * 400 + "\n", "is 400 characters long; the limit is 300"),
    ("countries: [" + ", ".join(["CHN"] * 100) + "]\n", "two or more"),
    ("author: 2025-02-30\norganisation: [1]\n", "field 'organisation': must be text"),
    ("? [a]\n: b\n", "found unhashable key"),
])
def test_odd_settings_are_messages(tmp_path, text, words):
    with pytest.raises(InputError) as err:
        _load(tmp_path, text)
    assert words in str(err.value)
