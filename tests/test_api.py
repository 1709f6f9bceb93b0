"""The notebook API: find the project, read its inputs, check the parameters, build the
model, with file reading and caching done here rather than in the model."""

import datetime as dt
import json

import pytest
from conftest import REPO

from axis_report import api
from axis_report.errors import InputError
from axis_report.inputs.parameters import read_parameters

REPORT_DEFAULTS = {p.name: p.default for p in read_parameters(REPO / "notebooks" / "report.py")}
BRIEF_DEFAULTS = {p.name: p.default for p in read_parameters(REPO / "notebooks" / "brief.py")}


def _report(project, **values):
    return api.prepare_report(**{**REPORT_DEFAULTS, "project": str(project), **values})


def _brief(project, **values):
    return api.prepare_brief(**{**BRIEF_DEFAULTS, "project": str(project), **values})


def test_prepare_report_reads_the_project_and_caches_in_its_build_folder(tiny_with_notebooks):
    report = _report(tiny_with_notebooks)
    assert report.records["record_id"].nunique() == 10
    assert len(report.quotes) == 13 and report.contradicted == ["E07"]
    assert report.figure_cache == tiny_with_notebooks / "build" / "cache" / "figures"
    assert list((tiny_with_notebooks / "build" / "cache").glob("unga-alignment-*.csv"))
    assert report.alignment_year == 1992
    helps = {name: help_text for name, _, help_text in report.parameters}
    assert helps["min_weight"].startswith("leave out claims weaker")  # from the notebook


def test_prepare_report_finds_the_project_from_the_current_directory(tiny_with_notebooks,
                                                                     monkeypatch):
    monkeypatch.chdir(tiny_with_notebooks / "notebooks")  # where papermill runs a notebook
    report = _report("")
    assert report.organisation == "Tiny Test Unit"


def test_a_project_without_notebooks_reports_without_parameter_help(tiny_copy):
    report = _report(tiny_copy, countries=["IRN", "RUS"])
    assert report.dyads == ["IRN-RUS"]
    assert {h for _, _, h in report.parameters} == {""}


@pytest.mark.parametrize("values, field", [
    ({"countries": ["RUS", "NOPE"]}, "countries"),
    ({"hypotheses": ["H1", "H9"]}, "hypotheses"),
    ({"as_of": "2020-01-01"}, "as_of"),
])
def test_prepare_report_raises_input_error_naming_the_parameter(tiny_copy, values, field):
    with pytest.raises(InputError) as err:
        _report(tiny_copy, **values)
    assert [p.field for p in err.value.problems] == [field]


def test_bad_inputs_are_an_input_error_too(tiny_copy):
    (tiny_copy / "seeds" / "evidence.yaml").write_text("- id: E1\n  scope: group\n")
    with pytest.raises(InputError) as err:
        _report(tiny_copy)
    assert "record E1: field 'quotes': missing" in str(err.value)


def test_outside_a_project(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    with pytest.raises(InputError) as err:
        _report("")
    assert "not inside an axis_report project" in str(err.value)


def test_prepare_report_fills_declared_defaults(tiny_with_notebooks):
    report = api.prepare_report(project=str(tiny_with_notebooks))
    assert report.params.countries == ("CHN", "RUS", "IRN", "PRK")
    assert report.params.include_contradicted is False
    assert "E07" not in set(report.counted["record_id"])


def test_prepare_report_can_count_contradicted_claims(tiny_copy):
    report = _report(tiny_copy, include_contradicted=True)
    assert "E07" in set(report.counted["record_id"]) and report.contradicted == ["E07"]


def test_prepare_report_refuses_an_undeclared_parameter(tiny_with_notebooks):
    with pytest.raises(InputError) as err:
        _report(tiny_with_notebooks, contries=["CHN", "RUS"])
    assert "field 'contries'" in str(err.value)


def test_prepare_brief_first_edition_is_dated_today(tiny_copy):
    brief = _brief(tiny_copy, focus="PRK-RUS")
    assert brief.edition == dt.date.today().isoformat()
    assert brief.changes is None
    assert _brief(tiny_copy, focus="PRK-RUS", edition="2025-07-01").edition == "2025-07-01"


def test_prepare_brief_reads_the_previous_snapshot(tiny_copy, tmp_path):
    snapshot = tmp_path / "records.json"
    snapshot.write_text(json.dumps([{"record_id": "E99", "quote": "an old claim"}]))
    brief = _brief(tiny_copy, focus="PRK-RUS", previous=str(snapshot),
                   previous_edition="2025-06-01")
    assert brief.change_counts == {"added": 1, "removed": 1, "changed": 0}
    assert set(brief.changes["record_id"]) == {"E07", "E99"}


@pytest.mark.parametrize("content", ["{ damaged", '{"not": "a list"}'])
def test_a_damaged_previous_snapshot_names_the_parameter(tiny_copy, tmp_path, content):
    snapshot = tmp_path / "records.json"
    snapshot.write_text(content)
    with pytest.raises(InputError) as err:
        _brief(tiny_copy, focus="RUS", previous=str(snapshot))
    [problem] = err.value.problems
    assert problem.field == "previous" and "record snapshot" in problem.message
    assert "is damaged" in problem.message


def test_prepare_brief_bad_focus(tiny_copy):
    with pytest.raises(InputError) as err:
        _brief(tiny_copy, focus="RUS-XYZ")
    assert "field 'focus'" in str(err.value)
