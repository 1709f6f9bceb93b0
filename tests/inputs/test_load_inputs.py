"""`load_inputs`: every input of a project, read and checked once."""

import hashlib

import pytest

from axis_report.config import ProjectPaths
from axis_report.errors import InputError
from axis_report.inputs import load_inputs
from axis_report.inputs.settings import Settings


def test_tiny_inputs(tiny_inputs):
    assert tiny_inputs.group == ("CHN", "RUS", "IRN", "PRK")
    assert tiny_inputs.settings.organisation == "Tiny Test Unit"
    assert tiny_inputs.sources["source_id"].tolist() == ["TS1", "TS2", "TS3"]
    assert tiny_inputs.sources.set_index("source_id").loc["TS3", "derived_from"] == "TS1"
    assert tiny_inputs.hypotheses["hypothesis"].tolist() == ["H1", "H2", "H3"]
    assert len(tiny_inputs.indicators) == 6
    assert tiny_inputs.assumptions["assumption"].tolist() == ["A1", "A2"]
    assert tiny_inputs.evidence["record_id"].nunique() == 10 and len(tiny_inputs.quotes) == 13
    assert set(tiny_inputs.quotes["record_id"]) == set(tiny_inputs.evidence["record_id"])
    assert len(tiny_inputs.treaties) == 3 and len(tiny_inputs.atop) == 5


def test_every_file_read_is_listed_with_its_hash(tiny_inputs, tiny_paths):
    files = dict(zip(tiny_inputs.files["file"], tiny_inputs.files["sha256"]))
    assert set(files) == {
        "seeds/sources.yaml", "seeds/evidence.yaml", "seeds/ts1.txt", "seeds/ts2.txt",
        "seeds/ts3.txt", "seeds/hypotheses.yaml", "seeds/assumptions.yaml",
        "seeds/treaties.yaml",
        "seeds/reference/alliances/atop_crink_dyads_1990_2018.csv",
        "seeds/reference/alliances/cow_alliance_crink_dyads_1990_2012.csv",
        "seeds/reference/unga/unga_votes_all.csv.gz",
        "seeds/reference/unga/unga_roll_calls.csv.gz"}
    for name, digest in files.items():
        assert hashlib.sha256((tiny_paths.root / name).read_bytes()).hexdigest() == digest


def test_the_settings_group_shapes_the_evidence(tiny_copy):
    settings = tiny_copy / "axis-project.yaml"
    settings.write_text("countries: [CHN, RUS, IRN, PRK, BLR]\n")
    inputs = load_inputs(ProjectPaths(tiny_copy))
    assert inputs.group[-1] == "BLR"
    assert "BLR-RUS" in list(inputs.evidence["dyad"].cat.categories)
    # a hub claim bears on the hub's pairs with every member of the group, BLR too
    hub = inputs.evidence[inputs.evidence["record_id"] == "E10"]
    assert hub["dyad"].astype(str).tolist() == ["BLR-CHN", "CHN-IRN", "CHN-PRK", "CHN-RUS"]
    # a group without North Korea: an indicator looking at its dyads no longer validates,
    # nor, once the hypotheses are gone, do the claims on its dyads
    settings.write_text("countries: [CHN, RUS, IRN]\n")
    with pytest.raises(InputError) as err:
        load_inputs(ProjectPaths(tiny_copy))
    assert "record H2: field 'indicators[2].look_for'" in str(err.value)
    (tiny_copy / "seeds" / "hypotheses.yaml").unlink()
    with pytest.raises(InputError) as err:
        load_inputs(ProjectPaths(tiny_copy))
    assert "record E06: field 'dyads'" in str(err.value)
    assert "record E07: field 'dyads'" in str(err.value)


def test_optional_files(tiny_copy):
    (tiny_copy / "axis-project.yaml").unlink()
    (tiny_copy / "seeds" / "hypotheses.yaml").unlink()
    (tiny_copy / "seeds" / "assumptions.yaml").unlink()
    inputs = load_inputs(ProjectPaths(tiny_copy))
    assert inputs.settings == Settings()
    assert inputs.hypotheses is None and inputs.indicators is None
    assert inputs.assumptions.empty
    assert list(inputs.assumptions.columns) == ["assumption", "text", "if_wrong"]
    assert not {"seeds/hypotheses.yaml", "seeds/assumptions.yaml"} & set(inputs.files["file"])


def test_the_first_bad_file_stops_the_load(tiny_copy):
    (tiny_copy / "seeds" / "treaties.yaml").write_text("- id: T1\n")
    with pytest.raises(InputError) as err:
        load_inputs(ProjectPaths(tiny_copy))
    assert all("treaties.yaml" in p.file for p in err.value.problems)
