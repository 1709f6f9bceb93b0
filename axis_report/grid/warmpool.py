"""The grid's default executor: a pool of forked workers, each keeping one warm kernel.

A fresh kernel spends about 2 s of CPU importing pandas, seaborn, matplotlib and the
package before a notebook's first cell runs. Here each worker starts one kernel
(`render.warm.process_kernel`) when it starts, so the imports overlap the run's planning,
and renders job after job in it, each notebook in a fresh namespace: imports are paid once
per worker, not once per brief. The bytes published are those of a fresh kernel's render
(`tests/render/test_warm.py`, `tests/grid/test_warmpool.py`).

What the forked-per-render pool (`executors.LocalExecutor`) guarantees still holds: every
file is published by `render.job.render` through `publish.publish`; a render still going
`limit` + `grace` seconds after it was handed out is killed with its worker and its kernel
and reported as an overrun, with the executed notebook kept; a worker that dies is
reported with its exit status; a worker dies with the run (PR_SET_PDEATHSIG). A worker
lost that way is replaced while renders are waiting.
"""

import multiprocessing
import multiprocessing.connection
import os
import shutil
import time
from dataclasses import dataclass
from pathlib import Path

from .executors import LocalExecutor, _exit_text, _with_retry, _worker_init

__all__ = ["WarmPoolExecutor"]


def _pool_main(conn, lock_fd, work_root: str) -> None:
    """A worker: render what it is sent, each in this worker's warm kernel (started with
    the first render), until it is sent None."""
    _worker_init(lock_fd)
    from ..render import job as render_job  # looked up per call: tests replace render()
    from ..render.warm import process_kernel

    kernel = process_kernel(Path(work_root))
    try:
        while True:
            try:
                message = conn.recv()
            except (EOFError, OSError):
                return
            if message is None:
                return
            job, workdir = message
            try:
                result = _with_retry(job.name, lambda job=job, workdir=workdir: (
                    render_job.render(job, workdir=workdir, kernel=kernel)))[0]
            except BaseException as exc:  # noqa: BLE001 - whatever happens, the run hears
                result = (job.name, f"{type(exc).__name__}: {exc}", 0.0, 1)
            conn.send(result)
    finally:
        kernel.shutdown()
        conn.close()


def _kill_worker_kernel(work_root: Path, pid: int) -> None:
    """Kill the kernel of the worker `pid` (its folder is '<pid>.worker-kernel.*' in
    `work_root`, as `render.warm.WarmKernel` names it) and remove the folder."""
    from ..render.notebook import kill_kernel

    for home in Path(work_root).glob(f"{pid}.worker-kernel.*"):
        kill_kernel(home)
        shutil.rmtree(home, ignore_errors=True)


@dataclass
class _Worker:
    proc: object
    conn: object
    job: object = None                # the render it is on, None when idle
    workdir: Path | None = None
    started: float = 0.0
    deadline: float = float("inf")


class WarmPoolExecutor(LocalExecutor):
    """Up to `workers` persistent forked workers (default: the cores, at most 4), each
    with a warm kernel, rendering and publishing the jobs they are handed one by one."""

    def run(self, jobs, *, limit, grace, work_root, on_result) -> None:
        from ..render.job import keep_failed

        ctx = multiprocessing.get_context("fork")
        work_root = Path(work_root)
        pending, workers = list(jobs), []
        slots = getattr(self, "slots", None) or self.start(len(jobs))

        def spawn() -> _Worker:
            mine, theirs = ctx.Pipe(duplex=True)
            proc = ctx.Process(target=_pool_main, args=(theirs, self.lock_fd, str(work_root)),
                               name="render-worker", daemon=True)
            proc.start()
            theirs.close()
            return _Worker(proc, mine)

        def stop(worker: _Worker, *, kill: bool) -> None:
            if kill:
                worker.proc.kill()
                _kill_worker_kernel(work_root, worker.proc.pid)
            else:
                try:
                    worker.conn.send(None)
                except (OSError, ValueError):
                    worker.proc.kill()
            worker.proc.join(10 if not kill else 5)
            if worker.proc.is_alive():
                worker.proc.kill()
                worker.proc.join(5)
            worker.conn.close()
            if worker.workdir is not None:
                shutil.rmtree(worker.workdir, ignore_errors=True)
            workers.remove(worker)

        try:
            workers.extend(spawn() for _ in range(min(slots, len(pending))))
            while pending or any(w.job is not None for w in workers):
                for worker in list(workers):  # hand out work; let go of workers not needed
                    if worker.job is not None:
                        continue
                    if not pending:
                        stop(worker, kill=False)
                        continue
                    job = pending.pop(0)
                    workdir = work_root / f"{os.getpid()}.{job.name}.grid"
                    shutil.rmtree(workdir, ignore_errors=True)
                    workdir.mkdir(parents=True)
                    now = time.monotonic()
                    worker.job, worker.workdir = job, workdir
                    worker.started, worker.deadline = now, now + limit + grace
                    worker.conn.send((job, workdir))
                busy = [w for w in workers if w.job is not None]
                if not busy:
                    continue
                wait = max(0.0, min(w.deadline for w in busy) - time.monotonic())
                ready = multiprocessing.connection.wait([w.conn for w in workers],
                                                        timeout=wait)
                for worker in list(workers):
                    took = time.monotonic() - worker.started
                    result = None
                    if worker.conn in ready:
                        try:
                            message = worker.conn.recv()  # (name, error, seconds, tries)
                        except (EOFError, OSError):
                            worker.proc.join(5)
                            job = worker.job
                            stop(worker, kill=True)
                            if job is not None:
                                on_result(job.name, "the render worker died "
                                          f"({_exit_text(worker.proc.exitcode)}) before it "
                                          "reported", took, 1)
                            if pending and len(workers) < slots:
                                workers.append(spawn())
                            continue
                        result = message
                    elif worker.job is not None and time.monotonic() >= worker.deadline:
                        job = worker.job
                        kept = keep_failed(job, worker.workdir / f"{job.name}.executed.ipynb")
                        stop(worker, kill=True)
                        on_result(job.name, f"{job.name}: did not finish within {limit:g} s "
                                  "(the render time limit, --timeout); its worker was killed"
                                  + kept, took, 1)
                        if pending and len(workers) < slots:
                            workers.append(spawn())
                        continue
                    if result is None:
                        continue
                    shutil.rmtree(worker.workdir, ignore_errors=True)
                    worker.job = worker.workdir = None
                    worker.deadline = float("inf")
                    on_result(*result)
        finally:  # done, or stopping early (an error, an interrupt): no worker outlives it
            for worker in list(workers):
                stop(worker, kill=worker.job is not None)
