"""Where the grid's renders run: a pool of forked processes on this machine (the default),
or a Dask cluster.

An executor runs render jobs and reports each as it ends through `on_result(name, error,
seconds, attempts)`; the run that calls it keeps the lock, the manifest and the index.
Either way every file reaches the reports folder through `publish.publish` on the machine
that runs the command, under its lock:

- `LocalExecutor` forks a worker per render (`render.job.render`: execute, export,
  publish), at most `workers` at a time, kills one still going past its time limit (with
  its kernel) and reports a worker that dies.
- `DaskExecutor` sends `render.job.render_files` (execute and export, nothing written to
  the reports folder) to a Dask cluster and publishes the bytes each task returns. The
  cluster is a scheduler's address (`tcp://HOST:PORT`: its workers need the package and
  the project's files at the same paths) or a `LocalCluster` of `n` worker processes on
  this machine. At most one task per worker thread is out at a time, so a task's time
  limit counts from when it starts; a task past it is cancelled, its kernel killed and its
  worker restarted, and it is reported as the local pool reports an overrun.

Dask is an optional dependency (`pip install -e '.[dask]'`), imported only by
`DaskExecutor`.
"""

import multiprocessing
import multiprocessing.connection
import os
import shutil
import signal
import tempfile
import time
import uuid
from dataclasses import dataclass, replace
from pathlib import Path

__all__ = ["Executor", "LocalExecutor", "DaskExecutor", "parse_scheduler", "dask_missing"]

_KERNEL_START_ERRORS = ("address already in use", "kernel died", "timeout waiting for kernel",
                        "kernel didn't respond", "failed to start")


class Executor:
    """The interface: `start(n)` readies the executor for `n` renders and returns how many
    run at once; `run(jobs, ...)` renders them; `close()` releases what `start` took."""

    def start(self, n_jobs: int) -> int:
        raise NotImplementedError

    def describe(self, slots: int) -> str:
        """How the run's first line names where renders run ('workers: 2')."""
        return f"workers: {slots}"

    def run(self, jobs: list, *, limit: float, grace: float, work_root: Path,
            on_result) -> None:
        raise NotImplementedError

    def close(self) -> None:
        pass


def _is_kernel_start_error(exc: BaseException) -> bool:
    text = f"{type(exc).__name__}: {exc}".lower()
    return isinstance(exc, (TimeoutError, RuntimeError)) and any(
        s in text for s in _KERNEL_START_ERRORS)


def _with_retry(name: str, call, attempts: int = 3) -> tuple:
    """Run `call()`; return ((name, error, seconds, attempts), its value). Retry only
    failures to start a kernel (papermill #511 reports ZMQ 'address already in use' when
    kernels start in parallel)."""
    from ..render.job import RenderError

    started = time.perf_counter()
    for attempt in range(1, attempts + 1):
        try:
            value = call()
            return (name, None, time.perf_counter() - started, attempt), value
        except RenderError as exc:
            return (name, str(exc), time.perf_counter() - started, attempt), None
        except Exception as exc:  # noqa: BLE001 - reported per output, never kills the run
            if attempt < attempts and _is_kernel_start_error(exc):
                time.sleep(0.5 * attempt)
                continue
            return ((name, f"{type(exc).__name__}: {exc}", time.perf_counter() - started,
                     attempt), None)
    raise AssertionError("unreachable")


# --- the local pool: a forked worker per render ----------------------------------------------

def _worker_init(lock_fd: int | None) -> None:
    """Render worker start-up: drop the inherited lock descriptor, and ask Linux to kill
    this worker if the run that forked it dies (SIGKILL included), so no orphan lingers
    (its kernel notices its parent is gone and exits too)."""
    if lock_fd is not None:
        try:
            os.close(lock_fd)
        except OSError:
            pass
    try:
        import ctypes

        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(1, signal.SIGKILL)  # PR_SET_PDEATHSIG
        if os.getppid() == 1:  # the parent died before prctl took effect
            os._exit(1)
    except (OSError, AttributeError):  # not Linux: orphans exit when their pipe closes
        pass


def _render_with_retry(job, workdir: Path) -> tuple:
    """Worker body: render and publish one job; (name, error, seconds, attempts)."""
    from ..render import job as render_job  # looked up now: tests replace render()

    return _with_retry(job.name, lambda: render_job.render(job, workdir=workdir))[0]


def _worker_main(job, workdir, conn, lock_fd) -> None:
    _worker_init(lock_fd)
    try:
        result = _render_with_retry(job, workdir)
    except BaseException as exc:  # noqa: BLE001 - whatever happens, the run hears of it
        result = (job.name, f"{type(exc).__name__}: {exc}", 0.0, 1)
    try:
        conn.send(result)
    finally:
        conn.close()


@dataclass
class _Slot:
    job: object
    workdir: Path
    proc: object
    conn: object
    started: float
    deadline: float


def _exit_text(code) -> str:
    if code is None:
        return "still running"
    if code < 0:
        try:
            return f"killed by {signal.Signals(-code).name}"
        except ValueError:
            return f"killed by signal {-code}"
    return f"exit status {code}"


def _finish_slot(slot: _Slot) -> None:
    slot.conn.close()
    if slot.proc.is_alive():
        slot.proc.kill()
    slot.proc.join(5)
    shutil.rmtree(slot.workdir, ignore_errors=True)


class LocalExecutor(Executor):
    """Up to `workers` forked processes on this machine (default: the cores, at most 4),
    each rendering and publishing one job. `lock_fd`, the run lock's descriptor, is
    closed in each worker so only the run holds the lock."""

    def __init__(self, workers: int | None = None, *, lock_fd: int | None = None):
        self.workers, self.lock_fd = workers, lock_fd

    def start(self, n_jobs: int) -> int:
        self.slots = max(1, min(self.workers or min(os.cpu_count() or 1, 4), n_jobs or 1))
        return self.slots

    def run(self, jobs, *, limit, grace, work_root, on_result) -> None:
        """A worker still going `limit` + `grace` seconds after it started (its own time
        limit did not stop it) is killed with its kernel; a worker that dies is reported
        with its exit status."""
        from ..render.job import keep_failed
        from ..render.notebook import kill_kernel

        ctx = multiprocessing.get_context("fork")
        pending, running = list(jobs), []
        slots = getattr(self, "slots", None) or self.start(len(jobs))
        try:
            self._schedule(ctx, pending, running, slots=slots, limit=limit, grace=grace,
                           work_root=Path(work_root), on_result=on_result,
                           keep_failed=keep_failed, kill_kernel=kill_kernel)
        finally:  # the run is stopping early (an error, an interrupt): stop what is running
            for slot in running:
                slot.proc.kill()
                kill_kernel(slot.workdir)
                _finish_slot(slot)

    def _schedule(self, ctx, pending, running, *, slots, limit, grace, work_root, on_result,
                  keep_failed, kill_kernel) -> None:
        while pending or running:
            while pending and len(running) < slots:
                job = pending.pop(0)
                workdir = work_root / f"{os.getpid()}.{job.name}.grid"
                shutil.rmtree(workdir, ignore_errors=True)
                workdir.mkdir(parents=True)
                recv, send = ctx.Pipe(duplex=False)
                proc = ctx.Process(target=_worker_main, args=(job, workdir, send, self.lock_fd),
                                   name=f"render-{job.name}", daemon=True)
                proc.start()
                send.close()
                now = time.monotonic()
                running.append(_Slot(job, workdir, proc, recv, now, now + limit + grace))
            wait = max(0.0, min(s.deadline for s in running) - time.monotonic())
            ready = multiprocessing.connection.wait([s.conn for s in running], timeout=wait)
            for slot in list(running):
                took = time.monotonic() - slot.started
                if slot.conn in ready:
                    try:
                        result = slot.conn.recv()
                    except (EOFError, OSError):
                        slot.proc.join(5)
                        result = (slot.job.name, "the render worker died "
                                  f"({_exit_text(slot.proc.exitcode)}) before it reported",
                                  took, 1)
                elif time.monotonic() >= slot.deadline:
                    slot.proc.kill()
                    kill_kernel(slot.workdir)
                    slot.proc.join(5)
                    kept = keep_failed(slot.job,
                                       slot.workdir / f"{slot.job.name}.executed.ipynb")
                    result = (slot.job.name, f"{slot.job.name}: did not finish within "
                              f"{limit:g} s (the render time limit, --timeout); its worker "
                              "was killed" + kept, took, 1)
                else:
                    continue
                running.remove(slot)
                _finish_slot(slot)
                on_result(*result)


# --- Dask: the same render on a cluster, published here --------------------------------------

def dask_missing() -> str:
    """'' when Dask distributed can be imported, else how to install it."""
    try:
        import distributed  # noqa: F401
    except ImportError:
        return ("Dask is not installed: install the extra with "
                "pip install -e '.[dask]' (or pip install 'dask[distributed]')")
    return ""


def parse_scheduler(text: str):
    """'local:N' -> N (a LocalCluster of N workers); 'tcp://HOST:PORT' (or tls://, ws://,
    ...) -> the address. ValueError says what is accepted."""
    if text.startswith("local:"):
        n = text[len("local:"):]
        if n.isdigit() and 0 < int(n) <= 256:
            return int(n)
        raise ValueError(f"{text!r}: local:N takes a number of workers from 1 to 256")
    scheme, sep, rest = text.partition("://")
    if sep and scheme.isalnum() and rest:
        return text
    raise ValueError(f"{text!r} is neither a scheduler address (tcp://HOST:PORT) nor "
                     "local:N (a cluster of N workers on this machine)")


def _dask_workdir(name: str) -> Path:
    return Path(tempfile.gettempdir()) / f"axis-dask.{name}"


def _dask_render(job, workdir_name: str) -> tuple:
    """The task a Dask worker runs: render `job` to bytes in a working folder of its own.
    Returns ((name, error, seconds, attempts), files to publish or None, the executed
    notebook of a failed render or None)."""
    from ..render import job as render_job

    workdir = _dask_workdir(workdir_name)
    workdir.mkdir(parents=True, exist_ok=True)
    # Kept or published by the driver, not here: the worker may be another machine.
    remote = replace(job, failed_notebook=None, work_root=None)
    try:
        result, files = _with_retry(
            job.name, lambda: render_job.render_files(remote, workdir=workdir))
        executed = None
        if result[1] is not None:
            path = workdir / f"{job.name}.executed.ipynb"
            executed = path.read_bytes() if path.exists() else None
        return result, files, executed
    finally:
        shutil.rmtree(workdir, ignore_errors=True)


def _kill_dask_render(workdir_name: str) -> bytes | None:
    """Run on the worker of a task past its limit: kill its kernel; return its executed
    notebook so far (or None)."""
    from ..render.notebook import kill_kernel

    workdir = _dask_workdir(workdir_name)
    kill_kernel(workdir)
    path = [p for p in workdir.glob("*.executed.ipynb")]
    data = path[0].read_bytes() if path else None
    shutil.rmtree(workdir, ignore_errors=True)
    return data


def _quietly(call, *args, **kwargs):
    """`call(*args, **kwargs)`, or None when it fails (a worker already gone, a restart
    that times out under load)."""
    try:
        return call(*args, **kwargs)
    except Exception:  # noqa: BLE001 - clearing up after an overrun never fails the run
        return None


def _remove_dask_workdirs(workdir_names: list[str]) -> None:
    """Run on a worker (or here, for a local cluster): remove tasks' working folders."""
    for name in workdir_names:
        shutil.rmtree(_dask_workdir(name), ignore_errors=True)


@dataclass
class _Task:
    job: object
    workdir: str
    future: object
    started: float
    deadline: float


class DaskExecutor(Executor):
    """Renders on a Dask cluster: `scheduler` is a scheduler's address ('tcp://HOST:PORT'),
    a number of worker processes for a `LocalCluster` on this machine (one thread each),
    or None for a `LocalCluster` of the cores, at most 4. The cluster is made, or joined,
    by `start` and left by `close`."""

    def __init__(self, scheduler: str | int | None = None, *, connect_timeout: float = 30):
        self.scheduler, self.connect_timeout = scheduler, connect_timeout
        self.client = self.cluster = None
        self._overran: list[str] = []  # working folders of tasks stopped past their limit

    def start(self, n_jobs: int) -> int:
        import logging

        from distributed import Client, LocalCluster

        logging.getLogger("distributed").setLevel(logging.ERROR)
        try:
            if isinstance(self.scheduler, str):
                self.client = Client(self.scheduler, timeout=self.connect_timeout)
            else:
                n = self.scheduler or min(os.cpu_count() or 1, 4)
                self.cluster = LocalCluster(n_workers=n, threads_per_worker=1, processes=True,
                                            dashboard_address=None, silence_logs=logging.ERROR)
                self.client = Client(self.cluster)
        except (OSError, TimeoutError) as exc:
            self.close()
            raise OSError(f"cannot reach the Dask scheduler {self.scheduler}: "
                          f"{type(exc).__name__}: {exc}") from None
        threads = sum(self.client.nthreads().values())
        if not threads:
            self.close()
            raise OSError(f"the Dask scheduler {self.scheduler} has no workers")
        self.slots = threads
        return threads

    def describe(self, slots: int) -> str:
        where = (f"Dask scheduler {self.scheduler}" if isinstance(self.scheduler, str)
                 else "a local Dask cluster")
        return f"{where}, {slots} workers"

    def close(self) -> None:
        local = self.cluster is not None
        if self._overran and self.client is not None and not local:
            try:  # a remote cluster's workers outlive us: ask them to clear up once more
                self.client.run(_remove_dask_workdirs, list(self._overran))
            except Exception:  # noqa: BLE001 - a worker already gone
                pass
        for thing in (self.client, self.cluster):
            if thing is not None:
                try:
                    thing.close()
                except Exception:  # noqa: BLE001 - leaving a cluster never fails a run
                    pass
        if local:  # every worker process has ended: nothing can write to these folders now
            _remove_dask_workdirs(self._overran)
        self._overran = []
        self.client = self.cluster = None

    def run(self, jobs, *, limit, grace, work_root, on_result) -> None:
        """Submit at most one task per worker thread; publish what each returns, here.
        A task still going `limit` + `grace` seconds after it was submitted is cancelled,
        its kernel killed and its worker restarted."""
        from distributed import wait

        from ..publish import publish
        from ..render.job import keep_failed

        if self.client is None:
            self.start(len(jobs))
        pending, running = list(jobs), []
        try:
            while pending or running:
                while pending and len(running) < self.slots:
                    job = pending.pop(0)
                    name = f"{os.getpid()}.{job.name}.{uuid.uuid4().hex[:8]}"
                    future = self.client.submit(_dask_render, job, name, key=f"render-{name}",
                                                pure=False, retries=0)
                    now = time.monotonic()
                    running.append(_Task(job, name, future, now, now + limit + grace))
                timeout = max(0.01, min(t.deadline for t in running) - time.monotonic())
                try:
                    wait([t.future for t in running], timeout=timeout,
                         return_when="FIRST_COMPLETED")
                except TimeoutError:
                    pass
                for task in list(running):
                    took = time.monotonic() - task.started
                    if task.future.done():
                        result = self._collect(task, took, publish, keep_failed, work_root)
                    elif time.monotonic() >= task.deadline:
                        result = self._overrun(task, took, limit, keep_failed, work_root)
                    else:
                        continue
                    running.remove(task)
                    on_result(*result)
        finally:  # stopping early: cancel what is still out
            for task in running:
                task.future.cancel()

    def _collect(self, task, took, publish, keep_failed, work_root) -> tuple:
        job = task.job
        try:
            (name, error, seconds, attempts), files, executed = task.future.result()
        except Exception as exc:  # noqa: BLE001 - a worker lost, a task that could not run
            return (job.name, f"the Dask task failed: {type(exc).__name__}: {exc}", took, 1)
        if error is not None:
            return name, error + self._keep(job, executed, keep_failed, work_root), seconds, \
                attempts
        try:
            publish(files)
        except OSError as exc:
            return name, f"{type(exc).__name__}: {exc}", seconds, attempts
        return name, None, seconds, attempts

    def _overrun(self, task, took, limit, keep_failed, work_root) -> tuple:
        job, where, executed = task.job, None, None
        for worker, keys in self.client.processing().items():
            if task.future.key in keys:
                where = worker
        task.future.cancel()
        # The task's thread may write to its folder until its process ends (a log line,
        # a kernel it was starting): the folder is cleared after the restart and, if that
        # is slow or fails under load, once more when the cluster is left (`close`).
        self._overran.append(task.workdir)
        if where is not None:  # each step on its own: one failing must not skip the next
            ran = _quietly(self.client.run, _kill_dask_render, task.workdir, workers=[where])
            executed = ran.get(where) if ran else None
            _quietly(self.client.restart_workers, [where])
            _quietly(self.client.run, _remove_dask_workdirs, [task.workdir], workers=[where])
        return (job.name, f"{job.name}: did not finish within {limit:g} s (the render time "
                "limit, --timeout); its Dask task was cancelled and its worker restarted"
                + self._keep(job, executed, keep_failed, work_root), took, 1)

    @staticmethod
    def _keep(job, executed: bytes | None, keep_failed, work_root) -> str:
        """Keep a failed render's executed notebook where the local pool keeps it."""
        if not executed or not job.failed_notebook:
            return ""
        folder = Path(tempfile.mkdtemp(prefix=f"{os.getpid()}.{job.name}.",
                                       dir=work_root if Path(work_root).is_dir() else None))
        try:
            path = folder / f"{job.name}.executed.ipynb"
            path.write_bytes(executed)
            return keep_failed(job, path)
        finally:
            shutil.rmtree(folder, ignore_errors=True)
