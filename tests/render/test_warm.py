"""Warm kernels (render.warm): a notebook run in a kernel that ran others gives what a
fresh kernel gives, byte for byte; failures read as a fresh kernel's; a cell past its
time limit or a dead kernel gets a new kernel. Every test here executes notebooks."""

import json
import re
import shutil
from pathlib import Path

import nbformat
import pytest
from conftest import TINY, copy_project

from axis_report.render.job import RenderError, RenderJob, render
from axis_report.render.notebook import execute_notebook
from axis_report.render.warm import WarmKernel, process_kernel, render_warm

pytestmark = pytest.mark.notebook


def _notebook(*sources, parameters="x = 1"):
    cells = [nbformat.v4.new_code_cell(parameters, metadata={"tags": ["parameters"]})]
    cells += [nbformat.v4.new_code_cell(s) for s in sources]
    nb = nbformat.v4.new_notebook(cells=cells)
    nb.metadata["kernelspec"] = {"name": "python3", "language": "python",
                                 "display_name": "Python 3"}
    return nb


@pytest.fixture(scope="module")
def warm(tmp_path_factory):
    with WarmKernel(work_root=tmp_path_factory.mktemp("warm-kernel")) as kernel:
        yield kernel


def _outputs(nb) -> list:
    """Each code cell's execution count and outputs, its streams joined by name. Two
    things vary between kernels, fresh ones too, and are set aside: how a cell's printing
    is cut into stream outputs (it depends on timing), and the file name IPython gives a
    cell's code (it holds the kernel's pid), printed in a warning's location."""
    cells = []
    for cell in nb.cells:
        if cell.cell_type != "code":
            continue
        text = re.sub(r"ipykernel_\d+/\d+\.py", "<cell>", json.dumps(cell.outputs))
        outputs = json.loads(text)
        streams = {name: "".join(o["text"] for o in outputs if o.get("name") == name)
                   for name in ("stdout", "stderr")}
        cells.append((cell.execution_count, streams,
                      [o for o in outputs if o["output_type"] != "stream"]))
    return cells


# What a notebook can change in its kernel, printed first and then changed.
_LOOK = """\
import os, sys, warnings
import matplotlib, pandas as pd
names = sorted(k for k in globals() if not k.startswith("_")
               and k not in ("In", "Out", "exit", "quit", "get_ipython", "open"))
print(names)
print(matplotlib.rcParams["font.size"], matplotlib.rcParams["svg.hashsalt"],
      pd.get_option("display.max_rows"), os.environ.get("AXIS_WARM_TEST"),
      "--polluted" in sys.argv, "/polluted" in sys.path, os.path.basename(os.getcwd()),
      x)
warnings.warn("shown on every run", UserWarning)
import matplotlib.pyplot as plt
print(len(plt.get_fignums()), "figures open")
"""
_POLLUTE = """\
matplotlib.rcParams["font.size"] = 31
matplotlib.rcParams["svg.hashsalt"] = "changed"
pd.set_option("display.max_rows", 7)
os.environ["AXIS_WARM_TEST"] = "set"
sys.argv.append("--polluted")
sys.path.append("/polluted")
warnings.simplefilter("ignore")
plt.figure()
leftover = 42
"""


def test_a_warm_run_gives_what_a_fresh_kernel_gives(warm, tmp_path):
    nb = _notebook(_LOOK, _POLLUTE, "1 + 1", parameters="x = 1")
    runs = {}
    for label in ("fresh", "warm-1", "warm-2"):
        workdir = tmp_path / label / "work"  # the same folder name every run
        workdir.mkdir(parents=True)
        run = execute_notebook if label == "fresh" else warm.execute
        runs[label] = run(nbformat.from_dict(nb), parameters={"x": 5}, cwd=workdir,
                          name="state")
    fresh = _outputs(runs["fresh"])
    printed = fresh[2][1]["stdout"].splitlines()
    assert printed[0] == "['matplotlib', 'os', 'pd', 'sys', 'warnings', 'x']"
    assert printed[1].endswith("None False False work 5")  # x = 5 was injected
    assert printed[2] == "0 figures open"
    assert "shown on every run" in fresh[2][1]["stderr"]
    assert fresh[4][2][0]["data"]["text/plain"] == "2"
    assert [cell[0] for cell in fresh] == [1, 2, 3, 4, 5]
    assert _outputs(runs["warm-1"]) == fresh
    assert _outputs(runs["warm-2"]) == fresh  # nothing the first run changed shows
    assert warm.starts == 1 and warm.runs >= 2


def test_the_kernel_outlives_its_runs(warm, tmp_path):
    pid = (warm.home / "kernel.pid").read_text()
    warm.execute(_notebook("y = 2"), parameters={}, cwd=tmp_path, name="again")
    assert warm.alive and (warm.home / "kernel.pid").read_text() == pid


def test_a_failing_cell_reads_as_in_a_fresh_kernel(warm, tmp_path):
    nb = _notebook("value = 3", "raise ValueError(f'bad value {value}')")
    messages = []
    for run in (execute_notebook, warm.execute):
        with pytest.raises(RenderError) as err:
            run(nbformat.from_dict(nb), parameters={}, cwd=tmp_path, name="failing")
        messages.append((str(err.value), err.value.ename, err.value.evalue))
    assert messages[0] == messages[1]
    assert messages[0][1:] == ("ValueError", "bad value 3")
    assert "cell 2 (raise ValueError" in messages[0][0]
    starts = warm.starts
    warm.execute(_notebook("1"), parameters={}, cwd=tmp_path, name="after")
    assert warm.starts == starts  # an error in a cell leaves the kernel as it is


def test_a_cell_past_its_limit_or_a_dead_kernel_gets_a_new_kernel(tmp_path):
    with WarmKernel(work_root=tmp_path / "k") as kernel:
        home = kernel.home
        with pytest.raises(RenderError) as err:
            kernel.execute(_notebook("import time; time.sleep(60)"), parameters={},
                           cwd=tmp_path, name="slow", cell_timeout=2)
        assert err.value.ename == "CellTimeoutError" and "within 2 s" in str(err.value)
        assert not kernel.alive and not home.exists()  # stopped, its folder removed
        with pytest.raises(RenderError) as err:
            kernel.execute(_notebook("import os; os._exit(1)"), parameters={},
                           cwd=tmp_path, name="dies")
        assert err.value.ename == "DeadKernelError" and kernel.starts == 2
        done = kernel.execute(_notebook("print('back')"), parameters={}, cwd=tmp_path,
                              name="back")
        assert kernel.starts == 3 and "back" in done.cells[1].outputs[0]["text"]
        home = kernel.home
    assert not home.exists() and kernel.km is None


# --- the report and a brief, through render(): the bytes a reader gets ---------------------

def _job(project, out, notebook, name, **params):
    return RenderJob(notebook=project / "notebooks" / notebook,
                     parameters={"project": str(project), **params}, name=name,
                     outputs={"html": out / f"{name}.html", "ipynb": out / f"{name}.ipynb"},
                     work_root=project / "build" / "work")


@pytest.mark.parametrize("notebook, params", [
    ("report.py", {}),
    ("brief.py", {"focus": "IRN-RUS", "edition": "2025-07-01"}),
])
def test_warm_renders_are_byte_identical_to_fresh_ones(tmp_path, notebook, params):
    project = copy_project(TINY, tmp_path / "tiny", notebooks=True)
    figures = project / "build" / "cache" / "figures"
    html, cells = {}, {}
    with WarmKernel(work_root=project / "build" / "work") as kernel:
        for label in ("fresh", "warm-1", "warm-2"):
            shutil.rmtree(figures, ignore_errors=True)  # every run draws its figures
            out = tmp_path / label
            job = _job(project, out, notebook, "out", **params)
            if label == "fresh":
                render(job)
            elif label == "warm-1":
                render(job, kernel=kernel)
            else:
                render_warm(job, kernel)  # what a pool worker calls
            html[label] = (out / "out.html").read_bytes()
            executed = nbformat.read(out / "out.ipynb", as_version=4)
            cells[label] = [(c.get("execution_count"), c.get("outputs"))
                            for c in executed.cells if c.cell_type == "code"]
        assert kernel.runs == 2 and kernel.starts == 1
    assert b"<svg" in html["fresh"] or b"svg+xml" in html["fresh"]
    assert html["warm-1"] == html["fresh"]
    assert html["warm-2"] == html["fresh"]
    assert cells["warm-1"] == cells["fresh"] and cells["warm-2"] == cells["fresh"]
    assert not list((project / "build" / "work").iterdir())  # no working folder left


def test_render_with_a_warm_kernel_keeps_the_render_time_limit(tmp_path):
    project = Path(tmp_path)
    (project / "nb").mkdir()
    nbformat.write(_notebook("import time; time.sleep(120)"), project / "nb" / "slow.ipynb")
    job = RenderJob(notebook=project / "nb" / "slow.ipynb", parameters={}, name="slow",
                    outputs={"html": project / "out" / "slow.html"}, timeout=3,
                    cell_timeout=None, work_root=project / "work")
    with WarmKernel(work_root=project / "k") as kernel:
        with pytest.raises(RenderError) as err:
            render(job, kernel=kernel)
        assert err.value.ename == "RenderTimeout"
        done = kernel.execute(_notebook("1"), parameters={}, cwd=project, name="after")
        assert [c.execution_count for c in done.cells] == [1, 2] and kernel.starts == 2
    assert not (project / "out" / "slow.html").exists()


def test_a_process_has_one_worker_kernel(tmp_path):
    kernel = process_kernel(tmp_path)
    assert process_kernel(tmp_path) is kernel and kernel.km is None  # started on first use
