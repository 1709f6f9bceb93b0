"""Warm kernels: one kernel started once, with pandas, seaborn, matplotlib and the package
imported, that runs notebook after notebook, each in a fresh namespace.

A fresh kernel spends about 2 s of CPU importing before a notebook's first cell runs.
`WarmKernel` pays that once: between runs it resets what a run can change (the user
namespace and the execution counter, pyplot figures, matplotlib's rcParams, pandas'
options, warning filters and the warnings already shown, environment variables,
`sys.argv` and `sys.path`, the working folder), so a run gives the bytes a fresh kernel
gives (`tests/render/test_warm.py` holds it to that). Module state stays: that is the
point, and why a change to the package's code needs `restart()`.

Execution goes through the same papermill path as a fresh kernel
(`notebook.execute_notebook` with this kernel's manager), so parameters are injected the
same way and failures raise the same `RenderError`s. A cell past its time limit, or a
kernel that died, leaves the kernel stopped; the next run starts a new one.

The kernel runs in a folder of its own (`kernel.log`, `kernel.pid`), made in `work_root`
like a render's working folder, so a killed process's folder is removed by the next run.
"""

import functools
import os
import shutil
import sys
import tempfile
import threading
import time
from pathlib import Path

from .notebook import RenderError, _IPCKernelManager, execute_notebook, kill_kernel

__all__ = ["WarmKernel", "process_kernel", "render_warm", "PRELOAD"]

# Imported once per kernel, silently: the plotting stack and every module the notebook
# face (`axis_report.__all__`) loads on first use.
PRELOAD = (
    "import pandas, seaborn, matplotlib\n"
    "import axis_report\n"
    "for _name in axis_report.__all__:\n"
    "    getattr(axis_report, _name)\n"
)
# Run in the kernel after PRELOAD, and between notebooks (see _kernel_snapshot/_reset);
# the reset right after the snapshot clears the names PRELOAD left.
_SNAPSHOT_CODE = ("__import__('importlib').import_module('axis_report.render.warm')"
                  "._kernel_snapshot()\n")
_RESET_CODE = ("__import__('importlib').import_module('axis_report.render.warm')"
               "._kernel_reset({cwd!r})\n")
_ENTER_CODE = "__import__('os').chdir({cwd!r})\n"  # after a reset: only the working folder
IDLE_RESET_DELAY = 1.0  # seconds after a run before the kernel resets (if no run came)
_HISTORY = ["--HistoryManager.hist_file=:memory:"]  # as nbclient starts its kernels


class WarmKernel:
    """One kernel, started on first use (or by `start()`), that executes notebooks one at
    a time, each in a fresh namespace. Use it as a context manager, or call `shutdown()`.

    `runs` counts the notebooks run since the kernel last started, `starts` the kernels
    started; `import_seconds` is how long the last start's imports took, `reset_seconds`
    how long the last run waited to start (the reset, when it had not run yet).
    """

    def __init__(self, *, work_root: Path | None = None, name: str = "warm",
                 startup_timeout: float = 60, preload: str = PRELOAD):
        self.work_root = Path(work_root) if work_root else None
        self.name = name
        self.startup_timeout = startup_timeout
        self.preload = preload
        self.km = None
        self.home: Path | None = None
        self._sockets: Path | None = None  # where the IPC sockets are, when not in home
        self.runs = 0
        self.starts = 0
        self.import_seconds = 0.0
        self.reset_seconds = 0.0
        self._dirty = False  # a notebook ran since the last reset
        self._client = None  # the blocking client that sends the reset and imports
        self._run_clients: list = []  # the clients nbclient made for the run under way
        self._lock = threading.RLock()

    # --- life cycle -------------------------------------------------------------------
    def start(self) -> "WarmKernel":
        """Start the kernel and do the imports, unless it is running already."""
        from jupyter_core.utils import run_sync

        with self._lock:
            if self.km is not None and self.alive:
                return self
            self._stop()
            self.home = self._make_home()
            km = _IPCKernelManager(kernel_name="python3")
            # IPC socket paths are relative to the client's working folder unless made
            # absolute; the client here does not move into the kernel's folder.
            km.ip = str(self._socket_dir() / "kernel-ipc")
            try:
                run_sync(km.start_kernel)(extra_arguments=list(_HISTORY), cwd=str(self.home))
                self.km = km
                started = time.perf_counter()
                self._control(self.preload + _SNAPSHOT_CODE, timeout=self.startup_timeout)
                self.import_seconds = time.perf_counter() - started
                # the imports' names go too: the first run starts as empty as the others
                self._control(_RESET_CODE.format(cwd=str(self.home)), timeout=30)
                self._track_clients(km)
            except BaseException:
                self.km = km
                self._stop()
                raise
            self.starts += 1
            self.runs = 0
            self._dirty = False
            return self

    def restart(self) -> "WarmKernel":
        """Stop the kernel and start a new one (after the package's code changed)."""
        with self._lock:
            self._stop()
            return self.start()

    def shutdown(self) -> None:
        """Stop the kernel and remove its folder."""
        with self._lock:
            self._stop()

    def kill(self) -> bool:
        """SIGKILL the kernel and what it started, from any thread (a render past its time
        limit); the run in progress fails with the kernel dead, and the next run starts a
        new kernel. True if one was signalled."""
        home = self.home
        return bool(home) and kill_kernel(home)

    @property
    def alive(self) -> bool:
        from jupyter_core.utils import run_sync

        km = self.km
        if km is None:
            return False
        try:
            return bool(run_sync(km.is_alive)())
        except Exception:  # noqa: BLE001 - a manager that cannot tell has no usable kernel
            return False

    def __enter__(self):
        return self.start()

    def __exit__(self, *exc):
        self.shutdown()

    # --- running notebooks --------------------------------------------------------------
    def execute(self, nb, *, parameters: dict, cwd: Path, name: str = "notebook",
                output_path: Path | None = None, cell_timeout: float | None = None):
        """Return `nb` executed with `parameters`, in a fresh namespace whose working
        folder is `cwd`; raise RenderError as `notebook.execute_notebook` does. After a
        cell time-out or a dead kernel, the kernel is stopped (the next run starts one).

        The reset that gives the next run its fresh namespace runs shortly after a run
        ends, in the background while the kernel would sit idle, so a run waits only for
        the move to its working folder (or for the reset, when it comes first)."""
        cwd = str(Path(cwd).resolve())
        with self._lock:
            if self.km is None or not self.alive:
                self.start()
            started = time.perf_counter()
            self._control(_RESET_CODE.format(cwd=cwd) if self._dirty
                          else _ENTER_CODE.format(cwd=cwd), timeout=30)
            self.reset_seconds = time.perf_counter() - started
            self.runs += 1
            self._dirty = True
            try:
                return execute_notebook(nb, parameters=parameters, cwd=None, name=name,
                                        output_path=output_path, cell_timeout=cell_timeout,
                                        km=self.km)
            except RenderError as err:
                if err.ename in ("CellTimeoutError", "DeadKernelError"):
                    self._stop()
                raise
            finally:
                self._stop_run_clients()
                if self.km is not None:
                    threading.Thread(target=self._reset_idle, name=f"{self.name}-reset",
                                     daemon=True).start()

    def _track_clients(self, km) -> None:
        """Have the manager's client() note the clients it makes: nbclient makes one per
        run and stops it only for kernels it started, so a run's client is stopped here
        when the run ends (else each run leaves its sockets open)."""
        make = km.client

        def client(**kw):
            made = make(**kw)
            made.wait_for_ready = functools.partial(_wait_for_ready, made, km)
            self._run_clients.append(made)
            return made

        km.client = client

    def _stop_run_clients(self) -> None:
        clients, self._run_clients = self._run_clients, []
        for made in clients:
            try:
                made.stop_channels()
            except Exception:  # noqa: BLE001 - a client of a dead kernel: nothing to stop
                pass

    def _reset_idle(self) -> None:
        """Reset the kernel after a run, in its own folder, unless a run came first.
        It waits a moment first, so as not to compete for the CPU with the export of the
        run that just ended."""
        time.sleep(IDLE_RESET_DELAY)
        with self._lock:
            if self._dirty and self.km is not None and self.home is not None:
                try:
                    self._control(_RESET_CODE.format(cwd=str(self.home)), timeout=30)
                except RenderError:
                    return  # the kernel was stopped; the next run starts one
                self._dirty = False

    # --- internals ------------------------------------------------------------------------
    def _make_home(self) -> Path:
        root = self.work_root or Path(tempfile.gettempdir())
        try:
            root.mkdir(parents=True, exist_ok=True)
            return Path(tempfile.mkdtemp(prefix=f"{os.getpid()}.{self.name}.", dir=root))
        except OSError as exc:
            raise RenderError(f"{self.name}: cannot make the kernel's folder in {root}: "
                              f"{exc.strerror or exc}", ename=type(exc).__name__,
                              evalue=str(exc)) from None

    def _socket_dir(self) -> Path:
        """The kernel's folder, or a short one in the temporary folder when that path is
        too long for a socket (about 100 bytes on Linux)."""
        if len(os.fsencode(self.home / "kernel-ipc-00000")) < 100:
            return self.home
        self._sockets = Path(tempfile.mkdtemp(prefix="axis-ipc-"))
        return self._sockets

    def _control(self, code: str, *, timeout: float) -> None:
        """Run `code` in the kernel silently (no output, no execution count, no history)
        and wait for its reply on the shell channel; raise RenderError if it fails, the
        kernel dies, or no reply comes within `timeout` seconds. (Only the shell channel:
        no output to subscribe to, so no wait for a subscription to settle.)"""
        from queue import Empty

        if self._client is None:
            self._client = self.km.blocking_client()
            self._client.start_channels(shell=True, iopub=False, stdin=False, hb=False,
                                        control=False)
        kc = self._client
        msg_id = kc.execute(code, silent=True, store_history=False, allow_stdin=False)
        deadline = time.monotonic() + timeout
        reply = None
        while reply is None:
            left = deadline - time.monotonic()
            if left <= 0 or not self.alive:
                self._stop()
                why = "died" if left > 0 else f"did not answer within {timeout:g} s"
                raise RenderError(f"{self.name}: the warm kernel {why}",
                                  ename="WarmKernelError", evalue=why)
            try:
                msg = kc.get_shell_msg(timeout=min(left, 1.0))
            except Empty:
                continue
            if msg.get("parent_header", {}).get("msg_id") == msg_id:
                reply = msg
        content = reply["content"]
        if content.get("status") != "ok":
            ename, evalue = content.get("ename", "Error"), content.get("evalue", "")
            self._stop()
            raise RenderError(f"{self.name}: the warm kernel could not be prepared: "
                              f"{ename}: {evalue}", ename=ename, evalue=evalue)

    def _stop(self) -> None:
        from jupyter_core.utils import run_sync

        km, self.km = self.km, None
        client, self._client = self._client, None
        if client is not None:
            client.stop_channels()
        self._stop_run_clients()
        if km is not None:
            try:
                if run_sync(km.is_alive)():
                    run_sync(km.shutdown_kernel)(now=True)
                else:
                    run_sync(km.cleanup_resources)()
            except Exception:  # noqa: BLE001 - stopping a broken kernel: kill it below
                pass
            if self.home is not None:
                kill_kernel(self.home)
        for folder in (self.home, self._sockets):
            if folder is not None:
                shutil.rmtree(folder, ignore_errors=True)
        self.home = self._sockets = None


async def _wait_for_ready(kc, km, timeout: float | None = None) -> None:
    """A new client's handshake with a kernel that is running already: the kernel
    answers kernel_info on the shell channel and its idle status for that request
    reaches the IOPub channel (so the subscription is live), and that is all.
    (jupyter_client's own wait then listens until IOPub has been silent for 0.2 s,
    which a warm kernel would pay on every run.)"""
    from queue import Empty

    deadline = time.monotonic() + (timeout or 60)
    while time.monotonic() < deadline:
        msg_id = kc.kernel_info()
        try:
            while True:
                reply = await kc.shell_channel.get_msg(timeout=1)
                if reply["parent_header"].get("msg_id") == msg_id:
                    break
            while True:
                msg = await kc.iopub_channel.get_msg(timeout=0.5)
                if (msg["msg_type"] == "status" and msg["parent_header"].get("msg_id") == msg_id
                        and msg["content"].get("execution_state") == "idle"):
                    kc._handle_kernel_info_reply(reply)
                    return
        except Empty:  # no answer yet, or IOPub subscribed too late for it: ask again
            if not await km.is_alive():
                raise RuntimeError("Kernel died before replying to kernel_info") from None
    raise RuntimeError(f"Kernel didn't respond in {timeout or 60:g} seconds")


_PROCESS_KERNEL: dict = {}  # pid -> this process's WarmKernel (process_kernel)


def process_kernel(work_root: Path | None = None) -> WarmKernel:
    """This process's warm kernel, started on first use and shut down when the process
    exits: a pool worker's, kept across the renders it is given. A forked child gets a
    kernel of its own, not its parent's."""
    kernel = _PROCESS_KERNEL.get(os.getpid())
    if kernel is None:
        import atexit

        kernel = _PROCESS_KERNEL[os.getpid()] = WarmKernel(work_root=work_root,
                                                           name="worker-kernel")
        atexit.register(kernel.shutdown)
    return kernel


def render_warm(job, kernel: WarmKernel | None = None) -> dict:
    """`job.render(job)` with the notebook run in `kernel` (default: this process's,
    `process_kernel`, made in the job's work_root): what a pool worker calls, so the
    imports are paid once per worker and not once per render. The published bytes are
    those of a fresh kernel's render."""
    from .job import render

    return render(job, kernel=kernel or process_kernel(job.work_root))


# --- inside the kernel ------------------------------------------------------------------
# These two run in the kernel process (imported there by the control code above).

_SNAPSHOT: dict = {}


def _kernel_snapshot() -> None:
    """Record the state a notebook may change, as it is right after the imports."""
    import warnings

    import matplotlib
    import pandas as pd

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # deprecated options warn when read
        options = {key: pd.get_option(key) for key in _pandas_option_keys()}
    _SNAPSHOT.update(
        rc=matplotlib.rcParams.copy(),
        pandas=options,
        filters=list(warnings.filters),
        environ=dict(os.environ),
        argv=list(sys.argv),
        path=list(sys.path),
    )


def _pandas_option_keys() -> list:
    """Every pandas option's full name (pandas lists them only in a private registry)."""
    from pandas._config import config

    return sorted(config._registered_options)


def _kernel_reset(cwd: str) -> None:
    """Put the kernel back as `_kernel_snapshot` found it, with an empty user namespace
    and the execution counter at 1, working in `cwd`."""
    import gc
    import warnings

    import matplotlib
    import pandas as pd
    from IPython import get_ipython

    snap = _SNAPSHOT
    os.chdir(cwd)  # first: the last run's folder may be gone, and reset() asks where it is
    shell = get_ipython()
    shell.reset(new_session=True)  # user namespace, In/Out, and execution_count = 1
    rc = dict(snap["rc"])
    pyplot = sys.modules.get("matplotlib.pyplot")
    if pyplot is not None:
        pyplot.close("all")
        if getattr(pyplot, "_backend_mod", None) is not None:
            # A run loaded pyplot's backend, which IPython set up once for the process
            # (the inline backend, interactive on), as a fresh kernel would at first use:
            # keep the backend, and interactive on as the set-up left it.
            rc.update(backend=matplotlib.rcParams["backend"], interactive=True)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        dict.update(matplotlib.rcParams, rc)
        for key, value in snap["pandas"].items():
            if pd.get_option(key) != value:
                pd.set_option(key, value)
    warnings.filters[:] = snap["filters"]
    warnings._filters_mutated()  # forget which warnings were shown: they show again
    for key in set(os.environ) - set(snap["environ"]):
        del os.environ[key]
    os.environ.update(snap["environ"])
    sys.argv[:] = snap["argv"]
    sys.path[:] = snap["path"]
    gc.collect()
