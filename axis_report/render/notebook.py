"""Executing a notebook with papermill, in-process, with its kernel over IPC sockets."""

from pathlib import Path

from jupyter_client.manager import AsyncKernelManager

from ..errors import InputError, Problem

__all__ = ["RenderError", "read_notebook", "execute_notebook"]


class RenderError(Exception):
    """A notebook failed to execute or render; the message names the cell and the error.

    `ename` and `evalue` are the failing cell's exception type and text, so a caller
    can tell an input error raised inside the kernel from a bug."""

    def __init__(self, message: str, *, ename: str = "", evalue: str = ""):
        super().__init__(message)
        self.ename, self.evalue = ename, evalue


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
    if not path.is_file():
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
            nb, str(output_path) if output_path else None, parameters=parameters,
            kernel_name="python3", progress_bar=False, request_save_on_cell_execute=False,
            cwd=str(cwd), kernel_manager_class=_IPCKernelManager,
        )
    except PapermillExecutionError as exc:
        code = next((ln.strip() for ln in (exc.source or "").splitlines()
                     if ln.strip() and not ln.lstrip().startswith(("#", "import "))), "")
        where = f" ({code[:70]})" if code else ""
        raise RenderError(f"{name}: cell {exc.cell_index}{where} failed: {exc.ename}: "
                          f"{exc.evalue}", ename=exc.ename, evalue=exc.evalue) from None
