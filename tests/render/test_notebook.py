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
