"""Reading a notebook for papermill, and what a failed run reports (no kernel starts here;
tests/render/test_job.py executes notebooks)."""

import jupytext
import pytest
from conftest import REPO

from axis_report.errors import InputError
from axis_report.render.job import RenderJob, render
from axis_report.render.notebook import RenderError, read_notebook


def test_read_notebook_reads_percent_and_ipynb_alike(tmp_path):
    nb = read_notebook(REPO / "notebooks" / "report.py")
    assert nb.metadata["kernelspec"]["name"] == "python3"
    tags = [c.metadata.get("tags", []) for c in nb.cells if c.cell_type == "code"]
    assert tags[0] == ["parameters"]
    ipynb = tmp_path / "report.ipynb"
    jupytext.write(nb, ipynb)
    again = read_notebook(ipynb)
    assert [c.source for c in again.cells] == [c.source for c in nb.cells]


def test_a_missing_notebook_is_an_input_error_and_publishes_nothing(tmp_path):
    with pytest.raises(InputError) as err:
        read_notebook(tmp_path / "absent.py")
    assert f"{tmp_path / 'absent.py'}: notebook not found" in str(err.value)
    out = tmp_path / "out.html"
    out.write_text("last good edition")
    job = RenderJob(notebook=tmp_path / "absent.py", parameters={}, outputs={"html": out},
                    work_root=tmp_path / "work")
    with pytest.raises(InputError):
        render(job)
    assert out.read_text() == "last good edition"


def test_render_error_carries_the_cells_error():
    err = RenderError("report: cell 2 failed: ValueError: boom", ename="ValueError",
                      evalue="boom")
    assert (str(err), err.ename, err.evalue) == ("report: cell 2 failed: ValueError: boom",
                                                 "ValueError", "boom")


def test_the_report_command_names_a_folder_it_cannot_write(tiny_with_notebooks, tmp_path,
                                                            capsys, monkeypatch):
    """No notebook runs: the render stands in for one that publishes into a read-only
    folder (tests/render/test_job.py fills a real one)."""
    import errno

    from axis_report import cli
    from axis_report.publish import PublishError
    from axis_report.render import job as render_job

    def read_only(job, **kw):
        raise PublishError(job.outputs["html"], OSError(errno.EROFS, "Read-only file system"))

    monkeypatch.setattr(render_job, "render", read_only)
    code = cli.main(["report", "--project", str(tiny_with_notebooks), "--out-dir",
                     str(tmp_path / "ro")])
    err = capsys.readouterr().err
    assert code == 1 and "Traceback" not in err
    assert err == ("axis-report: report failed, previous outputs left in place: cannot write "
                   f"{tmp_path / 'ro' / 'axis-report.html'}: the folder is on a read-only file "
                   "system\n")


def test_working_folders_of_dead_renders_are_removed(tmp_path):
    import os

    from axis_report.render.job import remove_stale_workdirs

    for name in ("99999999.axis-report.abcd_123", "99999999.IRN-RUS.grid",
                 f"{os.getpid()}.axis-report.abcd_123", "notes", "1.x.toolongsuffix"):
        (tmp_path / name).mkdir()
    (tmp_path / "99999999.file.abcd_123").write_text("a file, not a folder")
    assert remove_stale_workdirs(tmp_path) == 2
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted([
        f"{os.getpid()}.axis-report.abcd_123", "1.x.toolongsuffix", "99999999.file.abcd_123",
        "notes"])
