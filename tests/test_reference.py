"""Reference data: loaders reject damaged files clearly; the treaties table agrees with ATOP."""

import gzip
import shutil

import pytest

from axis_report import cli
from axis_report.errors import InputError
from axis_report.paths import default_paths
from axis_report.reference import (OBLIGATIONS, load_atop, load_cow, load_treaties, load_unga,
                                   obligations_in_force, treaty_dyad_years)

PATHS = default_paths()
ATOP = PATHS.reference / "alliances" / "atop_crink_dyads_1990_2018.csv"
COW = PATHS.reference / "alliances" / "cow_alliance_crink_dyads_1990_2012.csv"


def test_shipped_reference_data_load():
    votes, roll_calls = load_unga(PATHS.reference)
    assert len(votes) == 870109 and len(roll_calls) == 6203
    assert votes["country_code"].isna().sum() == 0
    assert (votes["country_code"] == "NA").sum() > 0  # Namibia, not a missing value
    assert roll_calls["year"].max() == 2019  # session 74
    atop = load_atop(ATOP)
    assert set(atop["dyad"]) == {"CHN-PRK", "CHN-RUS", "IRN-RUS", "PRK-RUS"}
    assert atop["year"].between(1990, 2018).all()
    assert len(load_cow(COW)) == 70  # directed rows folded into undirected dyad-years


@pytest.mark.parametrize("damage, words", [
    (lambda t: t.replace("atop_nonagg", "atop_nonaggression"), ["missing column(s) atop_nonagg"]),
    (lambda t: t.replace("365.0,630.0,2001.0,0.0", "365.0,630.0,2001.0,0.5", 1),
     [":2:", "field 'atop_defense'", "'0.5' is not 0 or 1"]),
    (lambda t: t.replace("365.0,630.0,2002.0", "365.0,630.0,twothousand", 1),
     [":3:", "field 'year'", "is not a whole number"]),
])
def test_damaged_alliance_file_names_file_line_and_column(tmp_path, damage, words):
    bad = tmp_path / "atop.csv"
    bad.write_text(damage(ATOP.read_text()))
    with pytest.raises(InputError) as err:
        load_atop(bad)
    text = str(err.value)
    assert str(bad) in text
    for w in words:
        assert w in text, (w, text)


def test_damaged_vote_file_is_a_clear_error(tmp_path):
    ref = tmp_path / "reference"
    shutil.copytree(PATHS.reference, ref)
    votes = ref / "unga" / "unga_votes_all.csv.gz"
    with gzip.open(votes, "rt") as fh:
        head = [next(fh) for _ in range(5)]
    head[3] = head[3].replace(",yes", ",maybe").replace(",no", ",maybe").replace(",abstain", ",maybe")
    with gzip.open(votes, "wt") as fh:
        fh.writelines(head)
    with pytest.raises(InputError) as err:
        load_unga(ref)
    assert "unga_votes_all.csv.gz:4: field 'vote': 'maybe' is not one of yes, no, abstain" in str(err.value)
    votes.write_bytes(b"\x1f\x8b\x08 truncated gzip")
    with pytest.raises(InputError) as err:
        load_unga(ref)
    assert "cannot be read as CSV" in str(err.value)


def test_bad_treaty_entry_names_record_and_field(tmp_path, capsys):
    bad = tmp_path / "treaties.yaml"
    bad.write_text(PATHS.treaties_file.read_text().replace("defence: true, offence", "defence: yes please, offence", 1))
    with pytest.raises(InputError):
        load_treaties(bad)  # YAML flow mapping broken: the file cannot be parsed at all
    bad.write_text(PATHS.treaties_file.read_text().replace("parties: [CHN, PRK]", "parties: [CHN, XXX]"))
    with pytest.raises(InputError) as err:
        load_treaties(bad)
    assert "record T02: field 'parties'" in str(err.value)


# Where the hand-coded treaties table and ATOP v5.1 differ, and why. A difference not
# listed here fails the test; a listed one that disappears fails it too.
KNOWN_DIFFERENCES = {
    # ATOP codes a China-Russia non-aggression obligation from 1992, from 1990s agreements
    # (before the 2001 treaty) that the treaties table does not code.
    ("CHN-RUS", "non_aggression"): set(range(1992, 2001)),
    # ATOP adds non-aggression to the Russia-DPRK relationship from 2008; the 2000 treaty
    # as coded here carries consultation only.
    ("PRK-RUS", "non_aggression"): set(range(2008, 2019)),
}


def test_treaties_table_agrees_with_atop_1990_2018():
    years = range(1990, 2019)
    ours = treaty_dyad_years(load_treaties(PATHS.treaties_file), years)
    atop = load_atop(ATOP)
    both = ours.merge(atop, on=["dyad", "year"], how="outer", suffixes=("_ours", "_atop"))
    differences = {}
    for ob in OBLIGATIONS:
        mine = both[f"{ob}_ours"].astype("boolean").fillna(False)
        theirs = both[f"{ob}_atop"].astype("boolean").fillna(False)
        for row in both[mine != theirs].itertuples():
            differences.setdefault((row.dyad, ob), set()).add(row.year)
    assert differences == KNOWN_DIFFERENCES


def test_obligations_in_force_on_a_date():
    treaties = load_treaties(PATHS.treaties_file)
    mid_2025 = obligations_in_force(treaties, "2025-06-26")
    defence = set(mid_2025.loc[mid_2025["defence"], "dyad"])
    assert defence == {"CHN-PRK", "PRK-RUS"}
    # the Russia-Iran treaty of January 2025 entered into force only in October 2025
    assert "T07" not in set(mid_2025["treaty_id"])
    assert "T07" in set(obligations_in_force(treaties, "2025-10-02")["treaty_id"])
    # the Soviet-DPRK alliance had lapsed by 2000
    assert "T01" not in set(obligations_in_force(treaties, "2000-01-01")["treaty_id"])


def test_validate_command_covers_reference_files(capsys):
    assert cli.main(["validate"]) == 0
    out = capsys.readouterr().out
    assert "treaties" in out and "reference" in out
