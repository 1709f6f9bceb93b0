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


def test_split_dyad():
    assert vocab.split_dyad("IRN-RUS") == ("IRN", "RUS")
