"""One render job: execute a notebook, render its outputs, and publish them atomically.

One path serves `make report`, the briefs and the preview: papermill executes the
jupytext notebook in-process (no extra interpreter start-ups), nbconvert exports it
with the package's template (no code, no prompts, figures embedded, no CDN), and
WeasyPrint prints that HTML to A4. Outputs are written under temporary names beside
their destination and renamed into place only when every output of the job is
complete, so a failed run leaves the last good report untouched.
"""

import shutil
import tempfile
import threading
from dataclasses import dataclass, field
from pathlib import Path

from ..publish import publish
from .export import export_html, html_to_pdf
from .notebook import RenderError, execute_notebook, read_notebook

__all__ = ["RenderJob", "RenderError", "render"]


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
    work_root: Path = Path(tempfile.gettempdir())    # where its working folder is made


def render(job: RenderJob, *, workdir: Path | None = None) -> dict:
    """Execute `job.notebook`, render its outputs and publish them atomically.

    Returns the published paths by format. On any failure nothing is published,
    the previous outputs stay as they were, and the executed notebook is kept at
    `job.failed_notebook` (if set) for inspection.
    """
    import nbformat

    nb = read_notebook(job.notebook)
    own_workdir = workdir is None
    if workdir is None:
        job.work_root.mkdir(parents=True, exist_ok=True)
        workdir = tempfile.mkdtemp(prefix=f"{job.name}-", dir=job.work_root)
    workdir = Path(workdir)
    workdir.mkdir(parents=True, exist_ok=True)
    executed_path = workdir / f"{job.name}.executed.ipynb"
    result = {}

    def run():
        try:
            result["nb"] = execute_notebook(nb, parameters=job.parameters, cwd=workdir,
                                            name=job.name, output_path=executed_path)
        except BaseException as exc:  # handed to the calling thread below
            result["error"] = exc

    worker = threading.Thread(target=run, name=f"kernel-{job.name}", daemon=True)
    worker.start()
    try:
        try:
            if "pdf" in job.outputs:
                import weasyprint  # noqa: F401  (~0.5 s, overlapped with the kernel)
        finally:
            worker.join()
        err = result.get("error")
        if isinstance(err, RenderError) and job.failed_notebook and executed_path.exists():
            Path(job.failed_notebook).parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(executed_path, job.failed_notebook)
            raise RenderError(f"{err} (executed notebook kept at {job.failed_notebook})",
                              ename=err.ename, evalue=err.evalue) from None
        if err is not None:
            raise err
        executed = result["nb"]
        rendered = {}
        markup = export_html(executed)
        if "html" in job.outputs:
            rendered["html"] = markup.encode("utf-8")
        if "pdf" in job.outputs:
            rendered["pdf"] = html_to_pdf(markup)
        if "ipynb" in job.outputs:
            rendered["ipynb"] = nbformat.writes(executed).encode("utf-8")
        # Archive copies and side files first, the published "latest" files last.
        files = {Path(m): rendered[k] for k, paths in job.mirrors.items() for m in paths}
        files.update({Path(k): v for k, v in job.extra_files.items()})
        files.update({Path(job.outputs[k]): v for k, v in rendered.items()})
        publish(files)
        return {k: Path(v) for k, v in job.outputs.items()}
    finally:
        if own_workdir:
            shutil.rmtree(workdir, ignore_errors=True)
