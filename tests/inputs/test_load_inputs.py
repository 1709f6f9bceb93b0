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
    assert tiny_inputs.sources["source_id"].tolist() == ["TS1", "TS2"]
    assert tiny_inputs.hypotheses["hypothesis"].tolist() == ["H1", "H2", "H3"]
    assert len(tiny_inputs.treaties) == 3 and len(tiny_inputs.atop) == 5


def test_every_file_read_is_listed_with_its_hash(tiny_inputs, tiny_paths):
    files = dict(zip(tiny_inputs.files["file"], tiny_inputs.files["sha256"]))
    assert set(files) == {
        "seeds/sources.yaml", "seeds/evidence.yaml", "seeds/ts1.txt", "seeds/ts2.txt",
        "seeds/hypotheses.yaml", "seeds/treaties.yaml",
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
    # a group without North Korea: records on its dyads no longer validate
    settings.write_text("countries: [CHN, RUS, IRN]\n")
    with pytest.raises(InputError) as err:
        load_inputs(ProjectPaths(tiny_copy))
    assert "record E06: field 'dyads'" in str(err.value)


def test_optional_files(tiny_copy):
    (tiny_copy / "axis-project.yaml").unlink()
    (tiny_copy / "seeds" / "hypotheses.yaml").unlink()
    inputs = load_inputs(ProjectPaths(tiny_copy))
    assert inputs.settings == Settings()
    assert inputs.hypotheses is None
    assert "seeds/hypotheses.yaml" not in set(inputs.files["file"])


def test_the_first_bad_file_stops_the_load(tiny_copy):
    (tiny_copy / "seeds" / "treaties.yaml").write_text("- id: T1\n")
    with pytest.raises(InputError) as err:
        load_inputs(ProjectPaths(tiny_copy))
    assert all("treaties.yaml" in p.file for p in err.value.problems)
