"""Planning the grid: every output's key hashes exactly what it reads."""

import shutil

import pytest
from conftest import ALL_DYADS, GROUP, TINY, copy_project, edit_record

from axis_report.config import ProjectPaths
from axis_report.grid.plan import REPORT_NAME, plan_grid

ALL = [REPORT_NAME, *GROUP, *ALL_DYADS]


def _keys(project, **kw) -> dict:
    return {t.name: t.key for t in plan_grid(ProjectPaths(project), **kw)}


def _changed(before: dict, after: dict) -> set:
    return {n for n in before if before[n] != after[n]}


def test_the_grid_is_the_report_then_each_country_then_each_dyad(tiny_with_notebooks):
    tasks = plan_grid(ProjectPaths(tiny_with_notebooks))
    assert [t.name for t in tasks] == ALL
    assert [t.kind for t in tasks] == ["report"] + ["brief"] * 10
    assert tasks[0].notebook == tiny_with_notebooks / "notebooks" / "report.py"
    assert tasks[0].parameters == {"project": str(tiny_with_notebooks)}
    assert tasks[3].parameters == {"project": str(tiny_with_notebooks), "focus": "IRN"}
    assert [r["record_id"] for r in tasks[-2].snapshot] == ["E01", "E08", "E09"]  # IRN-RUS
    assert tasks[ALL.index("IRN-PRK")].snapshot == []
    assert len({t.key for t in tasks}) == len(tasks)


def test_keys_are_stable_and_ignore_where_the_project_lives(tiny_with_notebooks, tmp_path):
    other = copy_project(TINY, tmp_path / "elsewhere", notebooks=True)
    assert _keys(tiny_with_notebooks) == _keys(tiny_with_notebooks) == _keys(other)


@pytest.mark.parametrize("rid, old, new, expect", [
    ("E09", "credibility: 4", "credibility: 3", {"IRN", "RUS", "IRN-RUS"}),  # IRN-RUS
    # a claim about the group: every country brief, no dyad brief
    ("E04", "weight: 1", "weight: 2", {"CHN", "RUS", "IRN", "PRK"}),
    # a claim on three dyads: those dyads' briefs and their countries'
    ("E08", "weight: 2", "weight: 1", {"CHN", "RUS", "IRN", "CHN-IRN", "CHN-RUS", "IRN-RUS"}),
    # a hub claim: China's pairs, and every country brief through them
    ("E10", "weight: 2", "weight: 3", {"CHN", "RUS", "IRN", "PRK", "CHN-IRN", "CHN-PRK",
                                       "CHN-RUS"}),
    ("E06", "stance: limitation", "stance: cooperation", {"CHN", "PRK", "CHN-PRK"}),
    # a second quote now from TS1 (the same words are there): E01's sources change
    ("E01", "source: TS2", "source: TS1", {"IRN", "RUS", "IRN-RUS"}),
])
def test_keys_depend_only_on_the_focus_records(tiny_with_notebooks, rid, old, new, expect):
    evidence = tiny_with_notebooks / "seeds" / "evidence.yaml"
    before = _keys(tiny_with_notebooks)
    if rid == "E01":
        edit_record(evidence, rid, "Iranian drones still reaching Russian units",
                    "Iran keeps selling drones")
    edit_record(evidence, rid, old, new)
    after = _keys(tiny_with_notebooks)
    assert _changed(before, after) == {REPORT_NAME, *expect}


def test_what_changes_every_key_or_only_some(tiny_with_notebooks):
    root = tiny_with_notebooks
    base = _keys(root)
    # a source text: the briefs quoting it, and the report
    with open(root / "seeds" / "ts1.txt", "a", encoding="utf-8") as fh:
        fh.write("An added sentence.\n")
    ts1 = _keys(root)
    assert _changed(base, ts1) == {REPORT_NAME, "CHN", "RUS", "IRN", "PRK", "CHN-IRN",
                                   "CHN-RUS", "IRN-RUS"}  # not CHN-PRK, IRN-PRK, PRK-RUS
    # a derived source quoted only second (TS3, in E03 on CHN-IRN): its briefs too
    with open(root / "seeds" / "ts3.txt", "a", encoding="utf-8") as fh:
        fh.write("An added sentence.\n")
    ts3 = _keys(root)
    assert _changed(ts1, ts3) == {REPORT_NAME, "CHN", "IRN", "CHN-IRN"}
    ts1 = ts3
    # the brief notebook: every brief, not the report
    with open(root / "notebooks" / "brief.py", "a", encoding="utf-8") as fh:
        fh.write("\n# %%\nar.show_brief_sources(brief)\n")
    nb = _keys(root)
    assert _changed(ts1, nb) == set(ALL) - {REPORT_NAME}
    # the settings and the treaties table: everything
    settings = root / "axis-project.yaml"
    settings.write_text(settings.read_text().replace("Test Author", "Another Author"))
    assert _changed(nb, _keys(root)) == set(ALL)
    # a different as-of date: everything
    assert _changed(base, _keys(root, as_of="2025-01-01")) == set(ALL)


def test_a_reference_file_changes_the_report_only(tiny_with_notebooks):
    before = _keys(tiny_with_notebooks)
    paths = ProjectPaths(tiny_with_notebooks)
    shutil.copy2(paths.cow_file, paths.cow_file.with_suffix(".bak"))
    with open(paths.cow_file, "a", encoding="utf-8") as fh:
        fh.write("710.0,731.0,2010.0,1.0,0.0,1.0,0.0,CHN->PRK\n")
    assert _changed(before, _keys(tiny_with_notebooks)) == {REPORT_NAME}
