"""`axis-report briefs` right after `axis-report report` does not render the report again:
the report command stamps what it published with the grid's key, and the grid adopts a
report whose stamp matches its key and whose files are still the stamped ones."""

import io
import json

import pytest
from conftest import TINY, copy_project

from axis_report.config import ProjectPaths
from axis_report.grid.manifest import REPORT_STAMP, stamped_report, write_report_stamp
from axis_report.grid.plan import REPORT_NAME, plan_grid, report_key
from axis_report.grid.run import run_grid


def _publish_fake_report(out, key):
    out.mkdir(parents=True, exist_ok=True)
    (out / f"{REPORT_NAME}.html").write_bytes(b"<html>report</html>")
    (out / f"{REPORT_NAME}.pdf").write_bytes(b"%PDF-fake")
    write_report_stamp(out, key)


def test_stamp_vouches_only_for_its_key_and_its_files(tmp_path):
    _publish_fake_report(tmp_path, "k1")
    files = stamped_report(tmp_path, "k1")
    assert set(files) == {"html", "pdf"}
    assert stamped_report(tmp_path, "k2") is None          # other inputs: render
    (tmp_path / f"{REPORT_NAME}.pdf").write_bytes(b"%PDF-other")
    assert stamped_report(tmp_path, "k1") is None          # file replaced since: render
    write_report_stamp(tmp_path, None)                     # a non-default report
    assert not (tmp_path / REPORT_STAMP).exists()
    assert stamped_report(tmp_path, "k1") is None


def test_damaged_stamp_is_ignored(tmp_path):
    _publish_fake_report(tmp_path, "k1")
    (tmp_path / REPORT_STAMP).write_text("{not json", encoding="utf-8")
    assert stamped_report(tmp_path, "k1") is None
    (tmp_path / REPORT_STAMP).write_text(json.dumps({"key": "k1", "files": []}), "utf-8")
    assert stamped_report(tmp_path, "k1") is None


def test_report_key_is_the_grids(tmp_path):
    project = copy_project(TINY, tmp_path / "p", notebooks=True)
    paths = ProjectPaths(project)
    assert report_key(paths) == plan_grid(paths)[0].key


def test_grid_adopts_a_stamped_report_and_renders_a_stale_one(tmp_path):
    project = copy_project(TINY, tmp_path / "p", notebooks=True)
    paths, out = ProjectPaths(project), tmp_path / "out"
    _publish_fake_report(out, report_key(paths))
    stream = io.StringIO()
    assert run_grid(paths, out_dir=out, stream=stream, only=[REPORT_NAME]) == 0
    text = stream.getvalue()
    assert "0 to build, 1 unchanged" in text, text
    manifest = json.loads((out / "briefs" / "manifest.json").read_text("utf-8"))
    assert manifest["outputs"][REPORT_NAME]["key"] == report_key(paths)
    assert (out / f"{REPORT_NAME}.pdf").read_bytes() == b"%PDF-fake"

    # a stamp from other inputs does not vouch: the grid plans a render
    _publish_fake_report(out, "an older key")
    (out / "briefs" / "manifest.json").unlink()
    tasks = [t for t in plan_grid(paths) if t.kind == "report"]
    assert stamped_report(out, tasks[0].key) is None


@pytest.mark.notebook
def test_briefs_right_after_report_does_not_render_the_report_again(tmp_path):
    from axis_report import cli

    project = copy_project(TINY, tmp_path / "p", notebooks=True)
    assert cli.main(["report", "--project", str(project)]) == 0
    out = project / "reports"
    before = (out / f"{REPORT_NAME}.pdf").read_bytes()
    stream = io.StringIO()
    assert run_grid(ProjectPaths(project), out_dir=out, stream=stream,
                    only=[REPORT_NAME]) == 0
    assert "0 to build, 1 unchanged" in stream.getvalue(), stream.getvalue()
    assert (out / f"{REPORT_NAME}.pdf").read_bytes() == before
