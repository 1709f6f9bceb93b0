"""`make briefs`: the full report and a brief per country and per dyad, rendered in
parallel, incrementally and atomically, with dated editions and a run log.

Layout under the reports folder (`out_dir`, default the project's reports/):

    axis-report.html / .pdf              the full report
    briefs/<focus>.html / .pdf           the latest edition of each brief
    briefs/archive/<focus>/<edition>/    every edition: html, pdf and records.json
    briefs/index.html                    links to each brief with its edition date
    briefs/manifest.json                 the key and edition of every output
    briefs/runs.log                      one block per run: what was built, skipped, failed
    briefs/.lock                         held while a run is going

An output is rebuilt only when its key changes: a hash of its notebook, its parameters,
the package version and the inputs it reads (for a brief, the evidence records on its
focus rather than the whole evidence file). Every file is written under a temporary
name and renamed into place, so a run killed at any moment leaves every published
file whole, and the next run takes over from the manifest.
"""

import datetime as dt
import json
import os
import signal
import sys
import time
from concurrent.futures import ProcessPoolExecutor, as_completed
from pathlib import Path

from ..config import ProjectPaths
from ..errors import InputError
from ..publish import publish
from .index import write_index
from .lock import GridLock, LockHeld
from .manifest import read_manifest
from .plan import Task, plan_grid

__all__ = ["run_grid"]

_KERNEL_START_ERRORS = ("address already in use", "kernel died", "timeout waiting for kernel",
                        "kernel didn't respond", "failed to start")


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


def _group(paths: ProjectPaths) -> tuple:
    from ..inputs.settings import Settings, load_settings

    return (load_settings(paths.settings_file) if paths.settings_file.exists()
            else Settings()).countries


def _is_kernel_start_error(exc: BaseException) -> bool:
    text = f"{type(exc).__name__}: {exc}".lower()
    return isinstance(exc, (TimeoutError, RuntimeError)) and any(
        s in text for s in _KERNEL_START_ERRORS)


def _worker_init(lock_fd: int) -> None:
    """Pool worker start-up: drop the inherited lock descriptor, and ask Linux to kill this
    worker if the run that forked it dies (SIGKILL included), so no orphan lingers."""
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
    except (OSError, AttributeError):  # not Linux: orphans exit when their queue closes
        pass


def _render_with_retry(job, attempts: int = 3):
    """Worker body: render one job; retry only failures to start a kernel (papermill #511
    reports ZMQ 'address already in use' when kernels start in parallel)."""
    from ..render.job import RenderError, render

    started = time.perf_counter()
    for attempt in range(1, attempts + 1):
        try:
            render(job)
            return job.name, None, time.perf_counter() - started, attempt
        except RenderError as exc:
            return job.name, str(exc), time.perf_counter() - started, attempt
        except Exception as exc:  # noqa: BLE001 - reported per output, never kills the run
            if attempt < attempts and _is_kernel_start_error(exc):
                time.sleep(0.5 * attempt)
                continue
            return (job.name, f"{type(exc).__name__}: {exc}", time.perf_counter() - started,
                    attempt)
    raise AssertionError("unreachable")


def _clean_stale_temps(root: Path) -> int:
    # Only called under the lock: any temporary file left is from a killed run.
    n = 0
    for tmp in root.rglob(".*.tmp"):
        tmp.unlink(missing_ok=True)
        n += 1
    return n


def _job_for(task: Task, out_dir: Path, briefs_dir: Path, edition_id: str, edition_date: str,
             previous: dict | None, build_dir: Path):
    from ..render.job import RenderJob

    if task.kind == "report":
        return RenderJob(notebook=task.notebook, parameters=task.parameters, name=task.name,
                         outputs={"html": out_dir / f"{task.name}.html",
                                  "pdf": out_dir / f"{task.name}.pdf"},
                         failed_notebook=build_dir / f"{task.name}.failed.ipynb",
                         work_root=build_dir / "work")
    archive = briefs_dir / "archive" / task.name / edition_id
    params = {**task.parameters, "edition": edition_date}
    if previous:
        params["previous"] = str(briefs_dir / previous["archive"] / "records.json")
        params["previous_edition"] = previous["edition_date"]
    return RenderJob(
        notebook=task.notebook, parameters=params, name=task.name,
        outputs={"html": briefs_dir / f"{task.name}.html", "pdf": briefs_dir / f"{task.name}.pdf"},
        mirrors={"html": [archive / f"{task.name}.html"], "pdf": [archive / f"{task.name}.pdf"]},
        extra_files={archive / "records.json":
                     json.dumps(task.snapshot, indent=1, sort_keys=True).encode("utf-8")},
        failed_notebook=build_dir / f"brief-{task.name}.failed.ipynb",
        work_root=build_dir / "work",
    )


def run_grid(paths: ProjectPaths, *, out_dir: Path, force: bool = False,
             workers: int | None = None, only=None, as_of: str = "", stream=None) -> int:
    """Build what changed; return 0 when every output is up to date, 1 if any failed."""
    stream = stream or sys.stdout
    out_dir = Path(out_dir)
    briefs_dir = out_dir / "briefs"
    started = time.perf_counter()
    try:
        with GridLock(briefs_dir / ".lock") as lock:
            return _run_locked(paths, out_dir, briefs_dir, force, workers, only,
                               as_of, stream, started, lock.fileno())
    except LockHeld as held:
        print(f"axis-report briefs: another run is in progress ({held}); nothing done.",
              file=stream)
        return 0


def _log(briefs_dir: Path, lines: list) -> None:
    with open(briefs_dir / "runs.log", "a", encoding="utf-8") as fh:
        fh.write("\n".join(lines) + "\n")
        fh.flush()
        os.fsync(fh.fileno())


def _run_locked(paths, out_dir, briefs_dir, force, workers, only, as_of, stream,
                started, lock_fd) -> int:
    stale = _clean_stale_temps(out_dir)
    stamp = _now()
    edition_id = stamp.strftime("%Y-%m-%dT%H%M%SZ")
    edition_date = stamp.date().isoformat()
    manifest_path = briefs_dir / "manifest.json"
    manifest = read_manifest(manifest_path)
    try:
        tasks = plan_grid(paths, as_of=as_of)
    except InputError as err:
        _log(briefs_dir, [f"{stamp:%Y-%m-%d %H:%M:%S} UTC run failed before building: {err}"])
        raise
    if only:
        tasks = [t for t in tasks if t.name in set(only)]
    todo = [t for t in tasks if force or manifest["outputs"].get(t.name, {}).get("key") != t.key]
    skipped = [t.name for t in tasks if t not in todo]
    workers = max(1, min(workers or min(os.cpu_count() or 1, 4), len(todo) or 1))
    print(f"{len(tasks)} outputs: {len(todo)} to build, {len(skipped)} unchanged"
          + (f" (workers: {workers})" if todo else "")
          + (f"; removed {stale} temporary files left by an interrupted run" if stale else ""),
          file=stream, flush=True)
    built, failed = [], {}
    if todo:
        jobs = [_job_for(t, out_dir, briefs_dir, edition_id, edition_date,
                         manifest["outputs"].get(t.name) if t.kind == "brief" else None,
                         paths.build) for t in todo]
        by_name = {t.name: t for t in todo}
        # Forked workers drop their copy of the lock's descriptor at once: otherwise workers
        # orphaned by a killed run would keep the next run locked out.
        with ProcessPoolExecutor(max_workers=workers, initializer=_worker_init,
                                 initargs=(lock_fd,)) as pool:
            futures = [pool.submit(_render_with_retry, job) for job in jobs]
            for n, fut in enumerate(as_completed(futures), 1):
                name, error, took, attempts = fut.result()
                retry = f", {attempts} attempts" if attempts > 1 else ""
                if error:
                    failed[name] = error
                    print(f"[{n:2d}/{len(todo)}] FAILED {name:<12} {took:5.1f} s{retry}: "
                          f"{error.splitlines()[0][:160]}", file=stream, flush=True)
                    continue
                t = by_name[name]
                prev = manifest["outputs"].get(name, {})
                entry = {"key": t.key, "kind": t.kind, "edition": edition_id,
                         "edition_date": edition_date}
                if t.kind == "brief":
                    entry["archive"] = f"archive/{name}/{edition_id}"
                    entry["editions"] = [*prev.get("editions", []), edition_id]
                manifest["outputs"][name] = entry
                publish({manifest_path: json.dumps(manifest, indent=1, sort_keys=True)
                         .encode("utf-8")})
                built.append(name)
                print(f"[{n:2d}/{len(todo)}] built  {name:<12} {took:5.1f} s{retry}",
                      file=stream, flush=True)
    if built or not (briefs_dir / "index.html").exists():
        write_index(briefs_dir, manifest, tasks, _group(paths))
    took = time.perf_counter() - started
    summary = (f"built {len(built)}, unchanged {len(skipped)}, failed {len(failed)} "
               f"in {took:.1f} s")
    print(summary + (f"; see {briefs_dir / 'index.html'}" if not failed else ""), file=stream)
    lines = [f"{stamp:%Y-%m-%d %H:%M:%S} UTC run {edition_id}: {summary}"
             + (" (forced)" if force else ""),
             f"  built: {', '.join(built) or '-'}",
             f"  unchanged: {', '.join(skipped) or '-'}"]
    lines += [f"  FAILED {name}: {err.splitlines()[0][:300]}" for name, err in failed.items()]
    _log(briefs_dir, lines)
    if failed:
        print("failed (previous editions left in place):", file=stream)
        for name, err in failed.items():
            print(f"  {name}: {err}", file=stream)
        return 1
    return 0
