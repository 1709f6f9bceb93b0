"""Executing a notebook and rendering it to HTML and PDF, published atomically.

One path serves `make report`, the briefs and `jupyter nbconvert --to axis_pdf`:
papermill executes the jupytext notebook in-process (no extra interpreter
start-ups), nbconvert exports it with the package's template (no code, no
prompts, figures embedded, no CDN), and WeasyPrint prints that HTML to A4.
Outputs are written to a temporary folder beside their destination and moved
into place only when every output of the job is complete, so a failed run
leaves the last good report untouched.
"""

import shutil
import tempfile
import threading
from dataclasses import dataclass, field
from pathlib import Path

from jupyter_client.manager import AsyncKernelManager

from .errors import InputError, Problem
from .paths import TEMPLATES_DIR
from .publishing import publish

__all__ = [
    "RenderJob",
    "RenderError",
    "read_notebook",
    "execute_notebook",
    "export_html",
    "html_to_pdf",
    "render",
    "find_overflow",
    "find_stranded_intros",
]


class RenderError(Exception):
    """A notebook failed to execute or render; the message names the cell and the error."""


class _IPCKernelManager(AsyncKernelManager):
    """Kernels over IPC sockets: no TCP ports to race for when kernels start in parallel
    (papermill #511), and no 'running over TCP without encryption' warning.

    The kernel's own stderr (start-up and shutdown chatter) goes to kernel.log in the
    run's working directory; cell errors still reach the user through papermill."""

    transport = "ipc"

    async def _async_launch_kernel(self, kernel_cmd, **kw):
        log = Path(kw.get("cwd") or ".") / "kernel.log"
        kw["stderr"] = open(log, "ab")  # noqa: SIM115 - the child process owns it
        try:
            return await super()._async_launch_kernel(kernel_cmd, **kw)
        finally:
            kw["stderr"].close()


def read_notebook(path: Path):
    """Return the notebook at `path` (a jupytext .py or an .ipynb) as a NotebookNode."""
    import jupytext

    path = Path(path)
    if not path.exists():
        raise InputError([Problem(str(path), "notebook not found")])
    return jupytext.read(path)


def execute_notebook(nb, *, parameters: dict, cwd: Path, name: str = "notebook",
                     output_path: Path | None = None):
    """Return `nb` executed with `parameters` injected after its `parameters` cell.

    Raises RenderError naming the failing cell and its error. With `output_path`,
    the executed notebook is written there, failing cell included.
    """
    import papermill as pm
    from papermill.exceptions import PapermillExecutionError

    try:
        return pm.execute_notebook(
            nb, str(output_path) if output_path else None, parameters=parameters, kernel_name="python3", progress_bar=False,
            request_save_on_cell_execute=False, cwd=str(cwd),
            kernel_manager_class=_IPCKernelManager,
        )
    except PapermillExecutionError as exc:
        code = next((ln.strip() for ln in (exc.source or "").splitlines()
                     if ln.strip() and not ln.lstrip().startswith(("#", "import "))), "")
        where = f" ({code[:70]})" if code else ""
        raise RenderError(f"{name}: cell {exc.cell_index}{where} failed: {exc.ename}: "
                          f"{exc.evalue}") from None


def export_html(nb) -> str:
    """Return the report HTML for an executed notebook."""
    from .exporters import AxisHTMLExporter

    markup, _ = AxisHTMLExporter().from_notebook_node(nb)
    return markup


def __getattr__(name):
    # The exporters import nbconvert (~0.3 s): load them only when asked for, so a kernel
    # can start before that import is paid.
    if name in ("AxisHTMLExporter", "AxisPDFExporter"):
        from . import exporters

        return getattr(exporters, name)
    raise AttributeError(f"module 'axis_report.rendering' has no attribute {name!r}")


def html_to_pdf(markup: str) -> bytes:
    """Return `markup` printed to A4 PDF by WeasyPrint."""
    import weasyprint

    return weasyprint.HTML(string=markup, base_url=str(TEMPLATES_DIR)).write_pdf()


def find_overflow(markup: str, *, tolerance: float = 0.5) -> list:
    """Return (page number, box type, how far past the right edge in CSS px) for every
    laid-out box that sticks out of its page's content area; [] when nothing overflows.

    Used by the tests to hold the PDF to "nothing overflows the page". It walks
    WeasyPrint's layout tree (`Page._page_box`, not public API, stable for years).
    """
    import weasyprint

    def walk(box):
        yield box
        for child in getattr(box, "children", None) or []:
            yield from walk(child)

    found = []
    for number, page in enumerate(weasyprint.HTML(string=markup).render().pages, 1):
        root = page._page_box
        right = root.content_box_x() + root.width
        for box in walk(root):
            if box is root or type(box).__name__ == "MarginBox":
                continue
            over = box.position_x + box.margin_width() - right
            if over > tolerance:
                found.append((number, type(box).__name__, round(over, 1)))
    return found


def find_stranded_intros(markup: str) -> list:
    """Return the numbers of pages whose last block is a heading or a narrative (markdown)
    cell, i.e. an introduction separated from the table or figure it introduces."""
    import weasyprint

    stranded = []
    pages = weasyprint.HTML(string=markup).render().pages
    for number, page in enumerate(pages[:-1], 1):  # the last page may end anyhow
        box = page._page_box
        while getattr(box, "children", None):
            blocks = [c for c in box.children if type(c).__name__ != "MarginBox"
                      and getattr(c, "element_tag", None) != "style"]
            if not blocks:
                break
            box = blocks[-1]
            tag = getattr(box, "element_tag", "")
            classes = (box.element.get("class") or "") if getattr(box, "element", None) is not None else ""
            if tag in ("h1", "h2", "h3", "h4") or "cell-markdown" in classes.split():
                stranded.append(number)
                break
            if tag in ("table", "figure", "ul", "p") or "cell-output" in classes.split():
                break
    return stranded


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


def render(job: RenderJob, *, workdir: Path | None = None, precheck=None) -> dict:
    """Execute `job.notebook`, render its outputs and publish them atomically.

    Returns the published paths by format. On any failure nothing is published,
    the previous outputs stay as they were, and the executed notebook is kept at
    `job.failed_notebook` (if set) for inspection.

    `precheck`, if given, is called while the kernel starts (the kernel's start-up
    and imports are the critical path, so checks in this process cost no wall
    time); an exception from it is raised once the kernel has stopped.
    """
    import nbformat

    nb = read_notebook(job.notebook)
    own_workdir = workdir is None
    workdir = Path(workdir or tempfile.mkdtemp(prefix=f"axis-{job.name}-"))
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
            if precheck is not None:
                precheck()
            if "pdf" in job.outputs:
                import weasyprint  # noqa: F401  (~0.5 s, overlapped with the kernel)
        finally:
            worker.join()
        err = result.get("error")
        if isinstance(err, RenderError) and job.failed_notebook and executed_path.exists():
            Path(job.failed_notebook).parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(executed_path, job.failed_notebook)
            raise RenderError(f"{err} (executed notebook kept at {job.failed_notebook})"
                              ) from None
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
