"""`axis-report init`: a new project laid out from the template project."""

import pytest
from conftest import REPO

from axis_report import scaffold
from axis_report.config import PROJECT_FILE, ProjectPaths
from axis_report.errors import InputError
from axis_report.inputs import load_inputs
from axis_report.inputs.parameters import read_parameters


def test_init_creates_a_project_load_inputs_accepts(tmp_path):
    dest = tmp_path / "new"
    written = scaffold.init_project(dest)
    assert {PROJECT_FILE, "notebooks/report.py", "notebooks/brief.py", "seeds/sources.yaml",
            "seeds/evidence.yaml", "seeds/hypotheses.yaml", "seeds/treaties.yaml",
            "reports/.gitkeep", ".gitignore"} <= set(written)
    assert all((dest / f).is_file() for f in written)
    paths = ProjectPaths(dest)
    inputs = load_inputs(paths)
    shipped = load_inputs(ProjectPaths(REPO))
    assert inputs.evidence["record_id"].nunique() == shipped.evidence["record_id"].nunique()
    assert read_parameters(paths.report_notebook) == read_parameters(
        ProjectPaths(REPO).report_notebook)
    assert "build/" in (dest / ".gitignore").read_text()


def test_init_empty_starts_without_sources_or_evidence(tmp_path):
    dest = tmp_path / "empty"
    written = scaffold.init_project(dest, empty=True)
    assert not list((dest / "seeds").glob("*.txt"))
    paths = ProjectPaths(dest)
    for f in (paths.sources_file, paths.evidence_file):
        assert all(line.startswith("#") for line in f.read_text().splitlines()), f
    # the rest of the template is there: hypotheses, treaties, reference data, notebooks
    for f in (paths.hypotheses_file, *paths.reference_files(), paths.brief_notebook):
        assert f.is_file(), f
    assert sorted(written) == sorted(set(written))


def test_an_empty_project_validates(tmp_path):
    dest = tmp_path / "empty"
    scaffold.init_project(dest, empty=True)
    inputs = load_inputs(ProjectPaths(dest))
    assert inputs.evidence.empty


def test_init_into_an_existing_empty_folder(tmp_path):
    dest = tmp_path / "here"
    dest.mkdir()
    scaffold.init_project(dest, empty=True)
    assert (dest / PROJECT_FILE).is_file()


@pytest.mark.parametrize("make", [
    lambda p: (p.mkdir(), (p / "notes.txt").write_text("mine")),
    lambda p: p.write_text("a file"),
])
def test_init_refuses_a_folder_in_use(tmp_path, make):
    dest = tmp_path / "taken"
    make(dest)
    before = sorted(tmp_path.rglob("*"))
    with pytest.raises(InputError) as err:
        scaffold.init_project(dest)
    assert "exists and is not an empty folder" in str(err.value)
    assert sorted(tmp_path.rglob("*")) == before  # nothing written


def test_template_declares_only_files_that_exist():
    root = scaffold.template_root()
    for pattern in scaffold.TEMPLATE_FILES + scaffold.STARTER_FILES:
        assert any(p.is_file() for p in root.glob(pattern)), pattern
