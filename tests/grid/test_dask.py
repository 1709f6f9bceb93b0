"""The grid on a Dask cluster renders what the local pool renders, byte for byte, and the
run around it (manifest, lock, publication, failures) is the same."""

import io
import json
import os
import re
import tempfile
from pathlib import Path

import pytest
from conftest import TINY, copy_project

from axis_report import cli
from axis_report.config import ProjectPaths
from axis_report.grid.executors import DaskExecutor, parse_scheduler
from axis_report.grid.plan import REPORT_NAME
from axis_report.grid.run import run_grid

ONLY = [REPORT_NAME, "CHN", "CHN-RUS"]


def _files(out) -> dict:
    """Every published file's bytes, by path under the reports folder; the archive's
    edition folder (a time stamp) is left out of the path."""
    found = {}
    for path in sorted(out.rglob("*")):
        rel = path.relative_to(out).as_posix()
        if path.is_file() and not rel.endswith(("runs.log", ".lock", "manifest.json")):
            found[re.sub(r"archive/([^/]+)/[^/]+/", r"archive/\1/", rel)] = path.read_bytes()
    return found


def _entries(out) -> dict:
    """The manifest's entries without what names the run's time (edition ids)."""
    outputs = json.loads((out / "briefs" / "manifest.json").read_text())["outputs"]
    return {name: {k: v for k, v in entry.items()
                   if k not in ("edition", "edition_date", "archive", "editions")}
            for name, entry in outputs.items()}


@pytest.mark.notebook
def test_a_local_dask_cluster_renders_what_the_local_pool_renders(tmp_path):
    pytest.importorskip("distributed")
    project = copy_project(TINY, tmp_path / "project", notebooks=True)
    runs = {}
    for label, executor in (("pool", None), ("dask", DaskExecutor(2))):
        out, stream = tmp_path / label, io.StringIO()
        code = run_grid(ProjectPaths(project), out_dir=out, stream=stream, workers=2,
                        only=ONLY, executor=executor)
        text = stream.getvalue()
        assert code == 0, text
        assert set(re.findall(r"\] built\s+(\S+)", text)) == set(ONLY), text
        runs[label] = (_files(out), _entries(out), text)
    assert "(a local Dask cluster, 2 workers)" in runs["dask"][2]
    pool, dask = runs["pool"], runs["dask"]
    assert sorted(dask[0]) == sorted(pool[0])
    assert {k for k in pool[0] if pool[0][k] != dask[0][k]} == set()
    assert dask[1] == pool[1] and set(dask[1]) == set(ONLY)


def test_scheduler_addresses_are_checked():
    assert parse_scheduler("local:2") == 2
    assert parse_scheduler("tcp://10.0.0.5:8786") == "tcp://10.0.0.5:8786"
    for bad in ("local:0", "local:x", "10.0.0.5:8786", "tcp://"):
        with pytest.raises(ValueError):
            parse_scheduler(bad)


def test_a_bad_scheduler_is_refused_by_the_command_line(capsys):
    with pytest.raises(SystemExit) as exit_:
        cli.main(["briefs", "--scheduler", "somewhere"])
    assert exit_.value.code == 2 and "tcp://HOST:PORT" in capsys.readouterr().err


def test_without_dask_the_scheduler_option_says_how_to_install_it(tiny_with_notebooks,
                                                                   monkeypatch, capsys):
    import sys

    monkeypatch.setitem(sys.modules, "distributed", None)  # import fails as if absent
    code = cli.main(["briefs", "--project", str(tiny_with_notebooks), "--scheduler",
                     "local:2"])
    err = capsys.readouterr().err
    assert code == 2 and "pip install -e '.[dask]'" in err and "Traceback" not in err


@pytest.mark.notebook
@pytest.mark.parametrize("restart", ["works", "times out"])
def test_a_dask_task_past_its_limit_is_cancelled_and_reported(tmp_path, monkeypatch, restart):
    pytest.importorskip("distributed")
    from distributed import Client

    from axis_report.grid import run as grid_run

    if restart == "times out":  # as on a loaded CI machine: still reported, still cleared
        def slow_restart(self, *args, **kwargs):
            raise TimeoutError("Timed out trying to connect after 30 s")

        monkeypatch.setattr(Client, "restart_workers", slow_restart)

    project = copy_project(TINY, tmp_path / "project", notebooks=True)
    # A deadline 3 s after the task starts, well before the render's own limit stops it.
    monkeypatch.setattr(grid_run, "_KILL_GRACE", -57)
    out, stream = tmp_path / "out", io.StringIO()
    code = run_grid(ProjectPaths(project), out_dir=out, stream=stream, only=["CHN"],
                    timeout=60, executor=DaskExecutor(1))
    text = stream.getvalue()
    assert code == 1, text
    assert re.search(r"FAILED CHN\s.*did not finish within 60 s \(the render time limit, "
                     r"--timeout\); its Dask task was cancelled and its worker restarted", text)
    assert not (out / "briefs" / "CHN.html").exists()
    assert "FAILED CHN" in (out / "briefs" / "runs.log").read_text()
    left = list(Path(tempfile.gettempdir()).glob(f"axis-dask.{os.getpid()}.CHN.*"))
    assert left == []


def test_leaving_a_local_cluster_clears_the_folders_of_tasks_stopped_past_their_limit():
    # A stopped task's thread can write to its folder until its process ends (on a loaded
    # CI machine it retried a kernel the kill had caught starting, and the worker's restart
    # timed out). Once the local cluster's processes have ended, the folder is cleared.
    from axis_report.grid import executors

    class Closes:
        closed = False

        def close(self):
            self.closed = True

    name = f"{os.getpid()}.CHN.stopped"
    folder = executors._dask_workdir(name)
    folder.mkdir(exist_ok=True)
    (folder / "late.log").write_text("written after the kill\n")
    executor = DaskExecutor(1)
    executor.client, executor.cluster = Closes(), Closes()
    cluster = executor.cluster
    executor._overran.append(name)
    executor.close()
    assert cluster.closed and not folder.exists() and executor._overran == []
