"""The grid's default executor keeps a warm kernel per worker; what it publishes is byte
for byte what fresh kernels publish (the forked-per-render pool), and each worker's
kernel is gone when the run ends."""

import io

import pytest
from conftest import TINY, copy_project

from axis_report.config import ProjectPaths
from axis_report.grid.executors import LocalExecutor
from axis_report.grid.plan import REPORT_NAME
from axis_report.grid.run import run_grid
from axis_report.grid.warmpool import WarmPoolExecutor

pytestmark = pytest.mark.notebook

ONLY = [REPORT_NAME, "RUS", "IRN-RUS", "CHN-PRK"]


def _grid(tmp_path, name, executor):
    project = copy_project(TINY, tmp_path / name, notebooks=True)
    out = tmp_path / f"{name}-out"
    stream = io.StringIO()
    code = run_grid(ProjectPaths(project), out_dir=out, stream=stream, workers=2,
                    only=ONLY, executor=executor)
    assert code == 0, stream.getvalue()
    return project, out


def test_warm_pool_publishes_what_fresh_kernels_publish(tmp_path):
    _, fresh = _grid(tmp_path, "fresh", LocalExecutor(2))
    project, warm = _grid(tmp_path, "warm", WarmPoolExecutor(2))
    files = [f"{REPORT_NAME}.html", f"{REPORT_NAME}.pdf"]
    files += [f"briefs/{n}.{ext}" for n in ONLY[1:] for ext in ("html", "pdf")]
    for rel in files:
        assert (warm / rel).read_bytes() == (fresh / rel).read_bytes(), rel
    # the workers' kernels and their folders are gone with the run
    work = ProjectPaths(project).work
    assert not list(work.glob("*.worker-kernel.*")) if work.exists() else True
