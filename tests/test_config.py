"""Where a project's files live, and finding the project from a folder inside it."""

import pytest
from conftest import REPO, TINY

from axis_report.config import PROJECT_FILE, TEMPLATES_DIR, ProjectPaths, find_project
from axis_report.errors import InputError


def test_paths_are_spelled_once_relative_to_the_root(tmp_path):
    p = ProjectPaths(tmp_path)
    assert p.settings_file == tmp_path / PROJECT_FILE
    assert p.evidence_file == tmp_path / "seeds" / "evidence.yaml"
    assert p.votes_file.parent == p.reference / "unga"
    assert p.report_notebook == tmp_path / "notebooks" / "report.py"
    assert p.figure_cache == tmp_path / "build" / "cache" / "figures"
    assert p.reference_files() == [p.treaties_file, p.atop_file, p.cow_file, p.votes_file,
                                   p.roll_calls_file]
    assert all(str(f).startswith(str(tmp_path)) for f in p.reference_files())


def test_every_input_file_exists_in_the_shipped_and_tiny_projects():
    for root in (REPO, TINY):
        p = ProjectPaths(root)
        for f in [p.settings_file, p.sources_file, p.evidence_file, p.hypotheses_file,
                  *p.reference_files()]:
            assert f.is_file(), f
    assert ProjectPaths(REPO).report_notebook.is_file()
    assert (TEMPLATES_DIR / "axis" / "index.html.j2").is_file()


def test_find_project_from_the_project_and_from_a_subfolder(tmp_path):
    root = tmp_path / "proj"
    (root / "seeds" / "deeper").mkdir(parents=True)
    (root / PROJECT_FILE).write_text("")
    assert find_project(root) == ProjectPaths(root)
    assert find_project(root / "seeds" / "deeper") == ProjectPaths(root)
    assert find_project(TINY / "seeds" / "reference" / "unga").root == TINY


def test_find_project_takes_the_nearest(tmp_path):
    outer, inner = tmp_path / "outer", tmp_path / "outer" / "inner"
    inner.mkdir(parents=True)
    (outer / PROJECT_FILE).write_text("")
    (inner / PROJECT_FILE).write_text("")
    assert find_project(inner).root == inner


def test_find_project_defaults_to_the_current_directory(tmp_path, monkeypatch):
    (tmp_path / PROJECT_FILE).write_text("")
    (tmp_path / "notebooks").mkdir()
    monkeypatch.chdir(tmp_path / "notebooks")
    assert find_project().root == tmp_path.resolve()


def test_outside_a_project_is_a_clear_input_error(tmp_path):
    with pytest.raises(InputError) as err:
        find_project(tmp_path)
    [problem] = err.value.problems
    assert problem.file == str(tmp_path.resolve())
    assert "not inside an axis_report project" in problem.message
    assert "axis-report init" in problem.message and "--project" in problem.message


def test_a_folder_named_like_the_settings_file_does_not_count(tmp_path):
    (tmp_path / PROJECT_FILE).mkdir()
    with pytest.raises(InputError):
        find_project(tmp_path)
