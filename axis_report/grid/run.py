"""`make briefs`: the full report and a brief per country and per dyad, rendered in
parallel, incrementally and atomically, with dated editions and a run log.

Layout under the reports folder (`out_dir`, default reports/):

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
import fcntl
import hashlib
import json
import os
import signal
import sys
import time
from concurrent.futures import ProcessPoolExecutor, as_completed
from dataclasses import dataclass, field
from pathlib import Path

from . import __version__
from ._markup import esc
from .errors import InputError

__all__ = ["Task", "plan_grid", "run_grid", "GridLock", "LockHeld", "MANIFEST_VERSION"]

MANIFEST_VERSION = 1
REPORT_NAME = "axis-report"
_KERNEL_START_ERRORS = ("address already in use", "kernel died", "timeout waiting for kernel",
                        "kernel didn't respond", "failed to start")


@dataclass
class Task:
    """One output of the grid and the key that decides whether it is rebuilt."""

    name: str
    kind: str                  # "report" or "brief"
    notebook: Path
    parameters: dict
    key: str
    snapshot: list | None = None
    inputs: list = field(default_factory=list)


def _sha(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def _file_digest(path: Path, cache: dict) -> str:
    from .inputs import file_sha256

    if path not in cache:
        cache[path] = file_sha256(path)
    return cache[path]


def _key(notebook: Path, parameters: dict, inputs: dict, extra=None) -> str:
    blob = json.dumps({"notebook": _sha(notebook.read_bytes()), "parameters": parameters,
                       "package": __version__, "inputs": inputs, "extra": extra},
                      sort_keys=True).encode("utf-8")
    return _sha(blob)


def plan_grid(paths, seeds_dir: Path, *, as_of: str = "") -> list:
    """Return every task of the grid with its key: the report, then the ten briefs."""
    from .focus import all_focuses, select_for_focus, snapshot_records
    from .evidence import load_evidence_dir
    from .paths import ATOP_FILE, COW_FILE, ROLL_CALLS_FILE, VOTES_FILE, reference_root
    from .sources import sources_as_of

    digests = {}
    sources, evidence, _ = load_evidence_dir(seeds_dir)
    ref_root = reference_root(seeds_dir)
    shared = {"sources.yaml": _file_digest(seeds_dir / "sources.yaml", digests),
              "treaties.yaml": _file_digest(ref_root / "treaties.yaml", digests)}
    texts = {r.source_id: _file_digest(seeds_dir / r.file, digests) for r in sources.itertuples()}
    report_inputs = {**shared, **{f"source:{k}": v for k, v in texts.items()}}
    for name in ("evidence.yaml", "hypotheses.yaml"):
        if (seeds_dir / name).exists():
            report_inputs[name] = _file_digest(seeds_dir / name, digests)
    for rel in (ATOP_FILE, COW_FILE, VOTES_FILE, ROLL_CALLS_FILE):
        report_inputs[rel] = _file_digest(ref_root / rel, digests)
    params = {"seeds": str(seeds_dir)}
    key_params = {"as_of": as_of}  # the seeds path names a place, not content: not keyed
    if as_of:
        params["as_of"] = as_of
    report_nb = paths.notebooks / "report.py"
    tasks = [Task(REPORT_NAME, "report", report_nb, params,
                  _key(report_nb, key_params, report_inputs))]
    brief_nb = paths.notebooks / "brief.py"
    _, in_time = sources_as_of(sources, as_of)
    evidence = evidence[evidence["source_id"].isin(in_time)]
    for focus in all_focuses():
        snapshot = snapshot_records(select_for_focus(evidence, focus))
        used = sorted({r["source_id"] for r in snapshot})
        inputs = {**shared, **{f"source:{s}": texts[s] for s in used}}
        tasks.append(Task(focus.name, "brief", brief_nb, {**params, "focus": focus.name},
                          _key(brief_nb, {**key_params, "focus": focus.name}, inputs,
                               extra=snapshot), snapshot=snapshot))
    return tasks


class LockHeld(Exception):
    """Another run holds the grid lock."""


class GridLock:
    """An exclusive, non-blocking lock on a file: released by the kernel when the holder
    exits, even by SIGKILL, so a killed run never blocks the next one."""

    def __init__(self, path: Path):
        self.path = Path(path)
        self._fh = None

    def __enter__(self):
        self.path.parent.mkdir(parents=True, exist_ok=True)
        fh = open(self.path, "a+")
        try:
            fcntl.flock(fh.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            fh.seek(0)
            holder = fh.read().strip() or "another process"
            fh.close()
            raise LockHeld(holder) from None
        fh.seek(0)
        fh.truncate()
        fh.write(f"pid {os.getpid()} since {_now():%Y-%m-%d %H:%M:%S} UTC\n")
        fh.flush()
        self._fh = fh
        return self

    def fileno(self) -> int:
        return self._fh.fileno()

    def __exit__(self, *exc):
        fcntl.flock(self._fh.fileno(), fcntl.LOCK_UN)
        self._fh.close()


def _now() -> dt.datetime:
    return dt.datetime.now(dt.timezone.utc)


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
    from .rendering import RenderError, render

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


def _read_manifest(path: Path) -> dict:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        if data.get("version") == MANIFEST_VERSION:
            return data
    except (OSError, ValueError):
        pass
    return {"version": MANIFEST_VERSION, "outputs": {}}


def _clean_stale_temps(root: Path) -> int:
    # Only called under the lock: any temporary file left is from a killed run.
    n = 0
    for tmp in root.rglob(".*.tmp"):
        tmp.unlink(missing_ok=True)
        n += 1
    return n


def _job_for(task: Task, out_dir: Path, briefs_dir: Path, edition_id: str, edition_date: str,
             previous: dict | None, build_dir: Path):
    from .rendering import RenderJob

    if task.kind == "report":
        return RenderJob(notebook=task.notebook, parameters=task.parameters, name=task.name,
                         outputs={"html": out_dir / f"{task.name}.html",
                                  "pdf": out_dir / f"{task.name}.pdf"},
                         failed_notebook=build_dir / f"{task.name}.failed.ipynb")
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
    )


def _write_index(briefs_dir: Path, manifest: dict, tasks: list) -> None:
    from .focus import parse_focus
    from .publishing import publish

    rows = []
    for t in tasks:
        entry = manifest["outputs"].get(t.name)
        if t.kind != "brief":
            continue
        focus = parse_focus(t.name)
        if entry is None:
            rows.append(f"<tr><td><b>{esc(t.name)}</b> {esc(focus.title)}</td>"
                        f"<td>{esc(focus.kind)}</td><td colspan='3'>not yet built</td></tr>")
            continue
        older = [e for e in entry["editions"] if e != entry["edition"]]
        archive = ", ".join(
            f"<a href='archive/{esc(t.name)}/{esc(e)}/{esc(t.name)}.pdf'>"
            f"{esc(e[:10])} {esc(e[11:13])}:{esc(e[13:15])}</a>"
            for e in reversed(older)) or "-"
        rows.append(
            f"<tr><td><b>{esc(t.name)}</b> {esc(focus.title)}</td><td>{esc(focus.kind)}</td>"
            f"<td>{esc(entry['edition_date'])}</td>"
            f"<td><a href='{esc(t.name)}.html'>HTML</a> · <a href='{esc(t.name)}.pdf'>PDF</a></td>"
            f"<td>{archive}</td></tr>")
    report = manifest["outputs"].get(REPORT_NAME)
    report_line = (f"<p>Full report: <a href='../{REPORT_NAME}.html'>HTML</a> · "
                   f"<a href='../{REPORT_NAME}.pdf'>PDF</a> (edition "
                   f"{esc(report['edition_date'])})</p>" if report else "")
    page = f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Axis briefs</title>
<style>
body {{ font-family: "DejaVu Sans", Helvetica, Arial, sans-serif; margin: 2rem auto;
        max-width: 52rem; color: #1a202c; }}
table {{ border-collapse: collapse; width: 100%; font-size: 10pt; }}
th, td {{ text-align: left; padding: .35rem .5rem; border-bottom: 1px solid #cfd6df; }}
th {{ border-bottom: 2px solid #1a202c; }}
</style></head><body>
<h1>Axis briefs</h1>
<p>One brief per country and per pair of countries, regenerated when their evidence changes.
Earlier editions stay in the archive.</p>
{report_line}
<table><thead><tr><th>Brief</th><th>Focus</th><th>Edition</th><th>Latest</th>
<th>Earlier editions</th></tr></thead><tbody>
{"".join(rows)}
</tbody></table></body></html>
"""
    publish({briefs_dir / "index.html": page.encode("utf-8")})


def run_grid(paths, *, out_dir: Path, seeds_dir: Path, force: bool = False,
             workers: int | None = None, only=None, as_of: str = "", stream=None) -> int:
    """Build what changed; return 0 when every output is up to date, 1 if any failed."""
    from .publishing import publish

    stream = stream or sys.stdout
    out_dir, seeds_dir = Path(out_dir), Path(seeds_dir)
    briefs_dir = out_dir / "briefs"
    started = time.perf_counter()
    try:
        with GridLock(briefs_dir / ".lock") as lock:
            return _run_locked(paths, out_dir, briefs_dir, seeds_dir, force, workers, only,
                               as_of, stream, started, publish, lock.fileno())
    except LockHeld as held:
        print(f"axis-report briefs: another run is in progress ({held}); nothing done.",
              file=stream)
        return 0


def _log(briefs_dir: Path, lines: list) -> None:
    with open(briefs_dir / "runs.log", "a", encoding="utf-8") as fh:
        fh.write("\n".join(lines) + "\n")
        fh.flush()
        os.fsync(fh.fileno())


def _run_locked(paths, out_dir, briefs_dir, seeds_dir, force, workers, only, as_of, stream,
                started, publish, lock_fd) -> int:
    stale = _clean_stale_temps(out_dir)
    stamp = _now()
    edition_id = stamp.strftime("%Y-%m-%dT%H%M%SZ")
    edition_date = stamp.date().isoformat()
    manifest_path = briefs_dir / "manifest.json"
    manifest = _read_manifest(manifest_path)
    try:
        tasks = plan_grid(paths, seeds_dir, as_of=as_of)
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
        _write_index(briefs_dir, manifest, tasks)
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
