"""Executing a notebook with papermill, in-process, with its kernel over IPC sockets.

Every failure becomes a RenderError naming the cell: an exception in a cell, a cell that
runs past its time limit (the kernel is then stopped), a kernel that dies (out of memory,
killed). The kernel's pid is written to `kernel.pid` in the working directory, so a caller
that gives up on a render can kill the kernel with it (`kill_kernel`).
"""

import os
import signal
from pathlib import Path

from jupyter_client.manager import AsyncKernelManager

from ..errors import InputError, Problem

__all__ = ["RenderError", "read_notebook", "execute_notebook", "kill_kernel", "KERNEL_PID_FILE"]

KERNEL_PID_FILE = "kernel.pid"


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
        cwd = Path(kw.get("cwd") or ".")
        kw["stderr"] = open(cwd / "kernel.log", "ab")  # noqa: SIM115 - the child owns it
        try:
            result = await super()._async_launch_kernel(kernel_cmd, **kw)
        finally:
            kw["stderr"].close()
        pid = getattr(self.provisioner, "pid", None)
        if pid:
            try:
                (cwd / KERNEL_PID_FILE).write_text(f"{pid}\n", encoding="ascii")
            except OSError:
                pass
        return result


def kill_kernel(workdir: Path) -> bool:
    """Kill the kernel a render started in `workdir` (and anything it started): the kernel
    leads its own session, so its process group is all of it. True if one was signalled."""
    try:
        pid = int((Path(workdir) / KERNEL_PID_FILE).read_text(encoding="ascii").strip())
    except (OSError, ValueError):
        return False
    try:
        os.killpg(pid, signal.SIGKILL)
    except (ProcessLookupError, PermissionError):
        try:
            os.kill(pid, signal.SIGKILL)
        except (ProcessLookupError, PermissionError):
            return False
    return True


def read_notebook(path: Path):
    """Return the notebook at `path` (a jupytext .py or an .ipynb) as a NotebookNode."""
    import jupytext

    path = Path(path)
    if not path.is_file():
        raise InputError([Problem(str(path), "notebook not found")])
    return jupytext.read(path)


def _engine() -> str:
    """Register (once) and name papermill's nbclient engine, changed in one way: when the
    execution stops with an exception that is not a cell's error (a cell timeout, a dead
    kernel), the notebook executed so far is written to `keep_path`, which papermill
    would not do (it writes the output only at the end, or after a cell's error)."""
    from papermill.engines import NBClientEngine, papermill_engines
    from papermill.iorw import write_ipynb

    if "axis" not in papermill_engines._engines:
        class KeepOnFailure(NBClientEngine):
            @classmethod
            def execute_managed_notebook(cls, nb_man, kernel_name, keep_path=None, **kw):
                try:
                    return super().execute_managed_notebook(nb_man, kernel_name, **kw)
                except BaseException:
                    if keep_path:
                        try:
                            write_ipynb(nb_man.nb, keep_path)
                        except Exception:  # noqa: BLE001 - the original error matters more
                            pass
                    raise

        papermill_engines.register("axis", KeepOnFailure)
    return "axis"


def _first_code_line(source: str) -> str:
    code = next((ln.strip() for ln in (source or "").splitlines()
                 if ln.strip() and not ln.lstrip().startswith(("#", "import "))), "")
    return f" ({code[:70]})" if code else ""


def running_cell(output_path) -> str:
    """' cell N (its first line)' for the last cell the executed notebook at `output_path`
    started, or '' when that cannot be told."""
    if not output_path:
        return ""
    try:
        import nbformat

        nb = nbformat.read(str(output_path), as_version=4)
    except Exception:  # noqa: BLE001 - absent or half-written: say nothing about the cell
        return ""
    started = [(i, c) for i, c in enumerate(nb.cells)
               if c.cell_type == "code" and c.metadata.get("papermill", {}).get("start_time")]
    if not started:
        return ""
    i, cell = started[-1]
    return f" cell {i}{_first_code_line(cell.source)}"


def execute_notebook(nb, *, parameters: dict, cwd: Path | None, name: str = "notebook",
                     output_path: Path | None = None, cell_timeout: float | None = None,
                     km=None):
    """Return `nb` executed with `parameters` injected after its `parameters` cell.

    Raises RenderError naming the failing cell and its error, a cell that ran longer than
    `cell_timeout` seconds (ename 'CellTimeoutError'; the kernel is stopped) or a kernel
    that died (ename 'DeadKernelError'). With `output_path`, the executed notebook is
    written there, failing cell included.

    Without `km` a kernel is started in `cwd` for this run and shut down after it. With
    `km` (a started `_IPCKernelManager`: `render.warm`), the notebook runs in that kernel,
    which is left running; the caller has put the kernel in its working folder, and `cwd`
    is not used.
    """
    import papermill as pm
    from nbclient.exceptions import CellTimeoutError, DeadKernelError
    from papermill.exceptions import PapermillExecutionError

    # papermill hands unknown keywords to the engine, and the engine to nbclient's
    # NotebookClient: one given `km` uses that kernel and does not shut it down.
    kernel = ({"km": km} if km is not None else
              {"cwd": str(cwd), "kernel_manager_class": _IPCKernelManager})
    try:
        return pm.execute_notebook(
            nb, str(output_path) if output_path else None, parameters=parameters,
            kernel_name="python3", progress_bar=False, request_save_on_cell_execute=False,
            execution_timeout=cell_timeout or None, engine_name=_engine(),
            keep_path=str(output_path) if output_path else None, **kernel,
        )
    except PapermillExecutionError as exc:
        where = _first_code_line(exc.source)
        raise RenderError(f"{name}: cell {exc.cell_index}{where} failed: {exc.ename}: "
                          f"{exc.evalue}", ename=exc.ename, evalue=exc.evalue) from None
    except CellTimeoutError:
        cell = running_cell(output_path) or " a cell"
        raise RenderError(f"{name}:{cell} did not finish within {cell_timeout:g} s (the cell "
                          "time limit, --cell-timeout); the kernel was stopped",
                          ename="CellTimeoutError",
                          evalue=f"cell timeout {cell_timeout:g} s") from None
    except DeadKernelError:
        cell = running_cell(output_path)
        raise RenderError(f"{name}: the kernel died" + (f" while running{cell}" if cell else "")
                          + " (out of memory, or killed)", ename="DeadKernelError",
                          evalue="the kernel died") from None
