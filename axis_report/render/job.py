"""One render job: execute a notebook, render its outputs, and publish them atomically.

One path serves `make report`, the briefs and the preview: papermill executes the
jupytext notebook in-process (no extra interpreter start-ups), nbconvert exports it
with the package's template (no code, no prompts, figures embedded, no CDN), and
WeasyPrint prints that HTML to A4. Outputs are written under temporary names beside
their destination and renamed into place only when every output of the job is
complete, so a failed run leaves the last good report untouched.

Time limits: a cell running longer than `cell_timeout` is stopped by nbclient; an
execution still going at `timeout` has its kernel killed. Either way the run fails with a
RenderError saying which limit it hit, and the executed notebook is kept at
`failed_notebook`. Working folders are made in `work_root` (the project's build/work),
named after the process that made them, and removed when the render ends; a folder left
by a killed process is removed by the next render.
"""

import os
import re
import shutil
import tempfile
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

from ..config import CELL_TIMEOUT, RENDER_TIMEOUT
from ..publish import publish
from .export import export_html, html_to_pdf
from .notebook import (
    RenderError,
    _first_code_line,
    execute_notebook,
    kill_kernel,
    read_notebook,
    running_cell,
)

__all__ = ["RenderJob", "RenderError", "render", "render_files", "remove_stale_workdirs",
           "keep_failed"]

_KILL_GRACE = 15  # seconds to wait for the execution to notice its killed kernel
# '<pid>.<name>.<mkdtemp suffix>' (a render's own) or '<pid>.<name>.grid' (the grid's)
_WORKDIR = re.compile(r"^(\d+)\.(.+)\.(grid|[a-z0-9_]{8})$")


@dataclass
class RenderJob:
    """One notebook run and the files it publishes.

    `outputs` maps a format ('html', 'pdf', 'ipynb') to its final path.
    """

    notebook: Path
    parameters: dict
    outputs: dict
    name: str = "report"
    failed_notebook: Path | None = None  # where to keep the executed notebook of a failed run
    mirrors: dict = field(default_factory=dict)  # format -> more paths that get the same bytes
    extra_files: dict = field(default_factory=dict)  # final path -> bytes, published with the rest
    work_root: Path | None = None  # where its working folder is made (None: the temp folder)
    cell_timeout: float | None = CELL_TIMEOUT        # seconds a cell may run (None: no limit)
    timeout: float | None = RENDER_TIMEOUT           # seconds the execution may run


def _pid_alive(pid: int) -> bool:
    """True while `pid` runs. A zombie (dead, not yet reaped: a killed run's worker whose
    new parent does not reap it) counts as dead."""
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    try:
        with open(f"/proc/{pid}/stat", "rb") as fh:
            state = fh.read().rsplit(b")", 1)[1].split()[0]
    except (OSError, IndexError):
        return True
    return state not in (b"Z", b"X")


def remove_stale_workdirs(work_root: Path) -> int:
    """Remove the working folders in `work_root` whose maker is dead (a killed render);
    return how many. Only folders named like a render's ('<pid>.<name>.<suffix>') are
    looked at, and a live process's are kept."""
    n = 0
    try:
        entries = list(Path(work_root).iterdir())
    except OSError:
        return 0
    for entry in entries:
        m = _WORKDIR.match(entry.name)
        if not m or not entry.is_dir():
            continue
        pid = int(m.group(1))
        if pid != os.getpid() and not _pid_alive(pid):
            shutil.rmtree(entry, ignore_errors=True)
            n += not entry.exists()
    return n


def keep_failed(job: RenderJob, executed_path: Path) -> str:
    """Copy the executed notebook of a failed run to `job.failed_notebook`; return the
    words to add to the error message."""
    if not (job.failed_notebook and Path(executed_path).exists()):
        return ""
    try:
        Path(job.failed_notebook).parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(executed_path, job.failed_notebook)
    except OSError as exc:
        return f" (the executed notebook could not be kept at {job.failed_notebook}: {exc})"
    return f" (executed notebook kept at {job.failed_notebook})"


def _make_workdir(job: RenderJob) -> Path:
    root = Path(job.work_root) if job.work_root else Path(tempfile.gettempdir())
    try:
        if job.work_root:  # a project's build/work: clear what killed renders left
            root.mkdir(parents=True, exist_ok=True)
            remove_stale_workdirs(root)
        return Path(tempfile.mkdtemp(prefix=f"{os.getpid()}.{job.name}.", dir=root))
    except OSError as exc:
        raise RenderError(f"{job.name}: cannot make a working folder in {root}: "
                          f"{exc.strerror or exc}", ename=type(exc).__name__,
                          evalue=str(exc)) from None


def render(job: RenderJob, *, workdir: Path | None = None, kernel=None,
           timings: dict | None = None) -> dict:
    """Execute `job.notebook`, render its outputs and publish them atomically.

    Returns the published paths by format. On any failure nothing is published,
    the previous outputs stay as they were, and the executed notebook is kept at
    `job.failed_notebook` (if set) for inspection. A folder that cannot be written
    raises `publish.PublishError` naming it. With `kernel` (a `warm.WarmKernel`), the
    notebook runs in that kernel, in a fresh namespace, instead of a kernel of its own;
    `timings` as in `render_files`.
    """
    publish(render_files(job, workdir=workdir, kernel=kernel, timings=timings))
    return {k: Path(v) for k, v in job.outputs.items()}


def render_files(job: RenderJob, *, workdir: Path | None = None, kernel=None,
                 timings: dict | None = None) -> dict:
    """Execute `job.notebook` and render its outputs without publishing them: returns
    {final path: bytes}, archive copies and side files first, the outputs last (the
    order `publish` writes them in). Fails as `render` does. The grid's Dask executor
    runs this on a worker and publishes the bytes on the machine that holds the lock.
    A `timings` dict receives the seconds spent executing and exporting ('execute',
    'export'), and each code cell's ('cells': [(index, seconds, first line)], from papermill).
    """
    import nbformat

    nb = read_notebook(job.notebook)
    own_workdir = workdir is None
    workdir = _make_workdir(job) if workdir is None else Path(workdir)
    executed_path = workdir / f"{job.name}.executed.ipynb"
    result = {}

    def run():
        try:
            workdir.mkdir(parents=True, exist_ok=True)
            run_in = execute_notebook if kernel is None else kernel.execute
            result["nb"] = run_in(nb, parameters=job.parameters, cwd=workdir, name=job.name,
                                  output_path=executed_path, cell_timeout=job.cell_timeout)
        except BaseException as exc:  # handed to the calling thread below
            result["error"] = exc

    started = time.perf_counter()
    deadline = time.monotonic() + job.timeout if job.timeout else None
    worker = threading.Thread(target=run, name=f"kernel-{job.name}", daemon=True)
    worker.start()
    try:
        try:
            if "pdf" in job.outputs:
                import weasyprint  # noqa: F401  (~0.5 s, overlapped with the kernel)
        finally:
            worker.join(None if deadline is None else max(0.0, deadline - time.monotonic()))
        if worker.is_alive():  # past the render's time limit: kill its kernel
            kill_kernel(workdir) if kernel is None else kernel.kill()
            worker.join(_KILL_GRACE)
            cell = running_cell(executed_path)
            raise RenderError(f"{job.name}: did not finish within {job.timeout:g} s (the render "
                              f"time limit, --timeout); killed" + (f" in{cell}" if cell else "")
                              + keep_failed(job, executed_path),
                              ename="RenderTimeout", evalue=f"render timeout {job.timeout:g} s")
        err = result.get("error")
        if isinstance(err, RenderError):
            raise RenderError(f"{err}{keep_failed(job, executed_path)}", ename=err.ename,
                              evalue=err.evalue) from None
        if err is not None:
            raise err
        executed = result["nb"]
        executed_at = time.perf_counter()
        rendered = {}
        try:
            markup = export_html(executed)
            if "pdf" in job.outputs:
                rendered["pdf"] = html_to_pdf(markup)
        except Exception as exc:  # noqa: BLE001 - an export bug fails this render, named
            raise RenderError(f"{job.name}: export failed: {type(exc).__name__}: {exc}"
                              f"{keep_failed(job, executed_path)}", ename=type(exc).__name__,
                              evalue=str(exc)) from exc
        if timings is not None:
            timings.update(execute=executed_at - started,
                           export=time.perf_counter() - executed_at,
                           cells=[(i, c.metadata.get("papermill", {}).get("duration") or 0.0,
                                   _first_code_line(c.source).strip(" ()"))
                                  for i, c in enumerate(executed.cells)
                                  if c.cell_type == "code"])
        if "html" in job.outputs:
            rendered["html"] = markup.encode("utf-8")
        if "ipynb" in job.outputs:
            rendered["ipynb"] = nbformat.writes(executed).encode("utf-8")
        # Archive copies and side files first, the published "latest" files last.
        files = {Path(m): rendered[k] for k, paths in job.mirrors.items() for m in paths}
        files.update({Path(k): v for k, v in job.extra_files.items()})
        files.update({Path(job.outputs[k]): v for k, v in rendered.items()})
        return files
    finally:
        if own_workdir:
            shutil.rmtree(workdir, ignore_errors=True)
