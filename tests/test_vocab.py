"""Vocabularies and dyad helpers."""

import pytest

from axis_report import vocab


def test_dyad_code_is_alphabetical():
    assert vocab.dyad_code("RUS", "CHN") == "CHN-RUS"
    assert vocab.dyad_code("PRK", "RUS") == "PRK-RUS"


def test_dyad_code_rejects_a_pair_of_one():
    with pytest.raises(ValueError):
        vocab.dyad_code("CHN", "CHN")


def test_dyads_among_the_four_in_fixed_order():
    assert vocab.dyads_among(["PRK", "IRN", "RUS", "CHN"]) == [
        "CHN-IRN", "CHN-PRK", "CHN-RUS", "IRN-PRK", "IRN-RUS", "PRK-RUS"]
    assert vocab.dyads_among(["RUS", "IRN"]) == ["IRN-RUS"]
    assert vocab.dyads_among(["RUS", "RUS", "IRN"]) == ["IRN-RUS"]
    assert vocab.dyads_among(["RUS"]) == []


def test_split_dyad():
    assert vocab.split_dyad("IRN-RUS") == ("IRN", "RUS")


def test_names():
    assert vocab.country_name("PRK") == "North Korea"
    assert vocab.country_name("XYZ") == "XYZ"  # unknown codes print as themselves
    assert vocab.dyad_name("CHN-RUS") == "China–Russia"
    assert vocab.pair_words("CHN-RUS") == "China and Russia"
    assert vocab.pair_words("IRN-PRK", code=True) == "Iran and North Korea (IRN-PRK)"
    assert vocab.dyad_name(vocab.GROUP) == "The group as a whole"


def test_format_net():
    assert [vocab.format_net(x) for x in (3.0, -2.0, 0.0, -0.0, 2)] == ["+3", "-2", "0", "0",
                                                                        "+2"]


def test_every_country_has_its_codes():
    assert set(vocab.COUNTRY_NAMES) == set(vocab.ISO3_TO_ISO2) == set(vocab.ISO3_TO_COW)
    assert len(set(vocab.ISO3_TO_ISO2.values())) == len(vocab.ISO3_TO_ISO2)
    assert len(set(vocab.ISO3_TO_COW.values())) == len(vocab.ISO3_TO_COW)
    assert set(vocab.DEFAULT_GROUP) <= set(vocab.COUNTRY_NAMES)


def test_assertion_kinds_and_ratings_are_closed():
    assert not set(vocab.CHECKABLE) & set(vocab.UNCOVERED)
    assert vocab.ASSERTION_KINDS == (*vocab.CHECKABLE, *vocab.UNCOVERED)
    assert set(vocab.RATINGS) == set(vocab.RATING_LABELS) == set(vocab.RATING_VALUES)
    assert list(vocab.LEVELS) == ["low", "medium", "high"]
    assert vocab.LEVELS["low"] * vocab.LEVELS["high"] == pytest.approx(1.0)


def test_vocab_imports_nothing_heavy():
    import subprocess
    import sys

    code = ("import sys, axis_report.vocab; "
            "print([m for m in ('pandas', 'numpy', 'yaml') if m in sys.modules])")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True).stdout
    assert out.strip() == "[]"
