"""`make briefs`: the full report and a brief per country and per dyad, rendered in
parallel, incrementally and atomically, with dated editions and a run log.

Layout under the reports folder (`out_dir`, default the project's reports/):

    axis-report.html / .pdf              the full report
    briefs/<focus>.html / .pdf           the latest edition of each brief
    briefs/archive/<focus>/<edition>/    every edition: html, pdf and records.json
    briefs/index.html                    links to each brief with its edition date
    briefs/manifest.json                 key, edition and file hashes of every output
    briefs/runs.log                      one block per run: what was built, skipped, failed
    briefs/.lock                         held while a run is going (holder and deadline)

An output is rebuilt when its key changes (a hash of its notebook, its parameters, the
package version and the inputs it reads), or when its published files are not the ones
the manifest records (replaced by hand or by `axis-report report`, cut, deleted): a
brief whose archived edition is whole is then restored from the archive, the report is
rebuilt. Every file is written under a temporary name and renamed into place, so a run
killed at any moment leaves every published file whole; the next run clears what it
left (temporaries, working folders) and takes over from the manifest.

Unattended runs never fail silently: every run, a refused one included, writes its
block to runs.log with the full cause of every failure. Each render has time limits
(a cell, the whole render); a render past its limit is killed and reported, and the
run exits 1.

Where renders run is the executor's business (`executors`: a pool of forked processes
here by default, or a Dask cluster); the lock, the manifest, the editions, the index and
every publication stay with this run, on this machine.
"""

import datetime as dt
import json
import math
import os
import shutil
import sys
import time
from pathlib import Path

from ..config import CELL_TIMEOUT, RENDER_TIMEOUT, ProjectPaths
from ..errors import InputError
from ..inputs import load_inputs
from ..publish import is_stale_temporary, publish
from .executors import Executor
from .index import write_index
from .lock import GridLock, LockHeld
from .manifest import (
    ManifestError,
    file_sha256,
    known_editions,
    load_manifest,
    next_edition,
    read_snapshot,
    stamped_report,
)
from .plan import Task, plan_grid
from .warmpool import WarmPoolExecutor

__all__ = ["run_grid"]

_KILL_GRACE = 30   # seconds past its own time limit before the run kills a render's worker
_RUN_SLACK = 300   # seconds a run's deadline allows beyond its renders' limits


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


def _group(paths: ProjectPaths) -> tuple:
    from ..inputs.settings import Settings, load_settings

    return (load_settings(paths.settings_file) if paths.settings_file.exists()
            else Settings()).countries


# --- the run ---------------------------------------------------------------------------------

class _RunLog:
    """runs.log: appended and synced; a run that cannot write it still says so."""

    def __init__(self, briefs_dir: Path, stream):
        self.path = briefs_dir / "runs.log"
        self.stream = stream

    def write(self, lines: list) -> None:
        text = "\n".join(line.replace("\n", "\n      ") for line in lines) + "\n"
        try:
            with open(self.path, "a", encoding="utf-8") as fh:
                fh.write(text)
                fh.flush()
                os.fsync(fh.fileno())
        except OSError as exc:
            print(f"axis-report briefs: could not write {self.path}: "
                  f"{exc.strerror or exc}", file=self.stream, flush=True)


def _stamp(t: dt.datetime) -> str:
    return f"{t:%Y-%m-%d %H:%M:%S} UTC"


def run_grid(paths: ProjectPaths, *, out_dir: Path, force: bool = False,
             workers: int | None = None, only=None, as_of: str = "", stream=None,
             timeout: float | None = None, cell_timeout: float | None = None,
             before=None, executor: Executor | None = None) -> int:
    """Build what changed; return 0 when every output is up to date (or another run is
    in progress, alive and within its deadline), 1 if any output or the run failed.
    Bad inputs raise InputError (logged first). `timeout` and `cell_timeout` limit each
    render and each cell, in seconds (defaults: config.RENDER_TIMEOUT, CELL_TIMEOUT).
    `before`, if given, is called once the lock is held and before anything is planned
    (the command line ingests the inbox there, so two runs never ingest at once).
    `executor` says where renders run (`executors.DaskExecutor`, say); by default a pool
    of `workers` forked processes on this machine."""
    stream = stream or sys.stdout
    out_dir = Path(out_dir)
    briefs_dir = out_dir / "briefs"
    started, stamp = time.perf_counter(), _now()
    log = _RunLog(briefs_dir, stream)
    timeout = float(timeout or RENDER_TIMEOUT)
    cell_timeout = min(float(cell_timeout or CELL_TIMEOUT), timeout)
    try:
        briefs_dir.mkdir(parents=True, exist_ok=True)
        lock = GridLock(briefs_dir / ".lock").__enter__()
    except LockHeld as held:
        print(f"axis-report briefs: another run is in progress ({held}); nothing done.",
              file=stream, flush=True)
        log.write([f"{_stamp(stamp)} run refused: another run is in progress ({held}); "
                   "nothing done"])
        return 0
    except OSError as exc:
        print(f"axis-report briefs: cannot use the reports folder {briefs_dir}: "
              f"{exc.strerror or exc}; nothing done.", file=stream, flush=True)
        log.write([f"{_stamp(stamp)} run failed before building: cannot use {briefs_dir}: "
                   f"{exc.strerror or exc}"])
        return 1
    run = _Run(paths, out_dir, briefs_dir, stream, log, lock, stamp, started,
               timeout=timeout, cell_timeout=cell_timeout,
               executor=executor or WarmPoolExecutor(workers, lock_fd=lock.fileno()))
    try:
        if before is not None:
            before()
        return run.run(force=force, only=only, as_of=as_of)
    except InputError:
        raise  # logged by the run; the command line prints it and exits 2
    except (OSError, ManifestError) as exc:  # a folder that cannot be written, say
        print(f"axis-report briefs: run failed: {exc}", file=stream, flush=True)
        log.write([f"{_stamp(stamp)} run failed: {exc}"]
                  + ([f"  built before it failed: {', '.join(run.built)}"] if run.built else [])
                  + [f"  note: {text}" for text in run.notes]
                  + [f"  FAILED {name}: {err}" for name, err in run.failed.items()])
        return 1
    finally:
        lock.__exit__(None, None, None)


class _Run:
    def __init__(self, paths, out_dir, briefs_dir, stream, log, lock, stamp, started, *,
                 timeout, cell_timeout, executor):
        self.paths, self.out_dir, self.briefs_dir = paths, out_dir, briefs_dir
        self.stream, self.log, self.lock = stream, log, lock
        self.stamp, self.started = stamp, started
        self.timeout, self.cell_timeout = timeout, cell_timeout
        self.executor = executor
        self.inputs = None  # the project's inputs, read once when the grid is planned
        self.manifest_path = briefs_dir / "manifest.json"
        self.notes, self.built, self.failed = [], [], {}

    def say(self, text: str) -> None:
        print(text, file=self.stream, flush=True)

    def note(self, text: str) -> None:
        """Something the run found and dealt with: printed now, and logged."""
        self.notes.append(text)
        self.say(f"note: {text}")

    def publish_manifest(self) -> None:
        publish({self.manifest_path: json.dumps(self.manifest, indent=1, sort_keys=True)
                 .encode("utf-8")})

    # --- before building -----------------------------------------------------------------
    def clean_leftovers(self) -> tuple:
        """Under the lock: remove temporaries and working folders killed runs left."""
        from ..render.job import remove_stale_workdirs

        temps = 0
        for root in (self.out_dir, self.paths.build):
            if not root.is_dir():
                continue
            for tmp in root.rglob(".*.tmp"):
                if is_stale_temporary(tmp):
                    tmp.unlink(missing_ok=True)
                    temps += 1
        return temps, remove_stale_workdirs(self.paths.work)

    def check_published(self, task: Task, entry: dict) -> tuple:
        """('ok' | 'restore' | 'rebuild', what is wrong, hashes to record) for an output
        whose key is unchanged: are its published files the ones the manifest records?"""
        folder = self.out_dir if task.kind == "report" else self.briefs_dir
        recorded = entry.get("files") or {}
        archived = (self.briefs_dir / entry["archive"] if task.kind == "brief"
                    and entry.get("archive") else None)
        want, wrong = {}, []
        for ext in ("html", "pdf"):
            expected = recorded.get(ext)
            copy = archived / f"{task.name}.{ext}" if archived else None
            if expected is None and copy is not None:  # an older manifest: the archive says
                expected = file_sha256(copy)
            if expected is None:
                return "rebuild", "no record of its published files", {}
            want[ext] = expected
            if file_sha256(folder / f"{task.name}.{ext}") != expected:
                wrong.append(ext)
        if not wrong:
            return "ok", "", want
        what = (f"{' and '.join(f'{task.name}.{e}' for e in wrong)} "
                f"{'differs' if len(wrong) == 1 else 'differ'} from what the manifest records "
                "(replaced, cut or deleted)")
        if archived is not None and all(file_sha256(archived / f"{task.name}.{e}") == want[e]
                                        for e in wrong):
            return "restore", what, want
        return "rebuild", what, want

    def restore(self, task: Task, entry: dict, want: dict) -> None:
        folder = self.briefs_dir / entry["archive"]
        publish({self.briefs_dir / f"{task.name}.{ext}":
                 (folder / f"{task.name}.{ext}").read_bytes() for ext in want})

    def job_for(self, task: Task, previous: dict | None):
        from ..render.job import RenderJob

        common = dict(notebook=task.notebook, name=task.name, work_root=self.paths.work,
                      timeout=self.timeout, cell_timeout=self.cell_timeout)
        if task.kind == "report":
            return RenderJob(parameters=task.parameters,
                             outputs={"html": self.out_dir / f"{task.name}.html",
                                      "pdf": self.out_dir / f"{task.name}.pdf"},
                             failed_notebook=self.paths.build / f"{task.name}.failed.ipynb",
                             **common)
        archive = self.briefs_dir / "archive" / task.name / self.edition_id
        params = {**task.parameters, "edition": self.edition_id[:10]}
        if previous:
            params["previous_edition"] = previous["edition_date"]
            snapshot = self.briefs_dir / previous["archive"] / "records.json"
            _, wrong = read_snapshot(snapshot, previous.get("records"))
            if wrong:  # reported once, here; the brief is built as a first edition, noted
                self.note(f"{task.name}: the previous edition's record snapshot {snapshot} is "
                          f"{wrong}; skipped: this edition lists no changes and says why")
            else:
                params["previous"] = str(snapshot)
        return RenderJob(
            parameters=params,
            outputs={"html": self.briefs_dir / f"{task.name}.html",
                     "pdf": self.briefs_dir / f"{task.name}.pdf"},
            mirrors={"html": [archive / f"{task.name}.html"],
                     "pdf": [archive / f"{task.name}.pdf"]},
            extra_files={archive / "records.json":
                         json.dumps(task.snapshot, indent=1, sort_keys=True).encode("utf-8")},
            failed_notebook=self.paths.build / f"brief-{task.name}.failed.ipynb",
            **common,
        )

    # --- the run -----------------------------------------------------------------------------
    def run(self, *, force, only, as_of) -> int:
        for text in self.lock.notes:
            self.note(text)
        temps, workdirs = self.clean_leftovers()
        self.manifest, notes, repaired = load_manifest(
            self.briefs_dir, stamp=self.stamp.strftime("%Y-%m-%dT%H%M%SZ"))
        for text in notes:
            self.note(text)
        if repaired:
            self.publish_manifest()
        self.edition_id, clock = next_edition(self.stamp, known_editions(self.manifest,
                                                                         self.briefs_dir))
        if clock:
            self.note(clock)
        try:
            # read once: the plan's keys and the index's counts come from the same inputs
            self.inputs = load_inputs(self.paths)
            tasks = plan_grid(self.paths, as_of=as_of, inputs=self.inputs)
        except InputError as err:
            self.log.write([f"{_stamp(self.stamp)} run failed before building: {err}"]
                           + [f"  note: {n}" for n in self.notes])
            raise
        self.every_task = tasks  # the index lists every brief, whatever `only` builds
        if only:
            tasks = [t for t in tasks if t.name in set(only)]
        outputs = self.manifest["outputs"]
        todo, skipped, restored = [], [], []
        for t in tasks:
            entry = outputs.get(t.name)
            if force or entry is None or entry.get("key") != t.key:
                if not force and t.kind == "report" and self.adopt_report(t):
                    skipped.append(t.name)
                    continue
                todo.append(t)
                continue
            status, what, want = self.check_published(t, entry)
            if status == "ok":
                skipped.append(t.name)
            elif status == "restore":
                self.restore(t, entry, want)
                restored.append(t.name)
                self.note(f"{t.name}: {what}; restored from its archived edition "
                          f"{entry['edition']}")
            else:
                todo.append(t)
                self.note(f"{t.name}: {what}; rebuilt")
            if status != "rebuild" and entry.get("files") != want:
                entry["files"] = want
                self.publish_manifest()
        try:
            workers = self.executor.start(len(todo)) if todo else 0
            return self.build(tasks, todo, skipped, restored, force, workers, temps, workdirs)
        finally:
            self.executor.close()

    def build(self, tasks, todo, skipped, restored, force, workers, temps, workdirs) -> int:
        outputs = self.manifest["outputs"]
        self.say(f"{len(tasks)} outputs: {len(todo)} to build, {len(skipped)} unchanged"
                 + (f", {len(restored)} restored" if restored else "")
                 + (f" ({self.executor.describe(workers)})" if todo else "")
                 + (f"; removed {temps} temporary files left by an interrupted run"
                    if temps else "")
                 + (f"; removed {workdirs} working folders left by a killed render"
                    if workdirs else ""))
        built, failed = self.built, self.failed
        if todo:
            self.lock.extend(math.ceil(len(todo) / workers) * (self.timeout + _KILL_GRACE + 10)
                             + _RUN_SLACK)
            jobs = [self.job_for(t, outputs.get(t.name) if t.kind == "brief" else None)
                    for t in todo]
            by_name = {t.name: t for t in todo}
            records = {j.name: next(iter(j.extra_files.values()), None) for j in jobs}
            failed_nb = {j.name: j.failed_notebook for j in jobs}
            counter = iter(range(1, len(todo) + 1))

            def on_result(name, error, took, attempts):
                n = next(counter)
                retry = f", {attempts} attempts" if attempts > 1 else ""
                if error:
                    failed[name] = error
                    if by_name[name].kind == "brief":  # what a failed edition left half-made
                        shutil.rmtree(self.briefs_dir / "archive" / name / self.edition_id,
                                      ignore_errors=True)
                    self.say(f"[{n:2d}/{len(todo)}] FAILED {name:<12} {took:5.1f} s{retry}: "
                             f"{error.splitlines()[0][:160]}")
                    return
                self.record_built(by_name[name], records[name])
                if failed_nb[name] is not None:
                    Path(failed_nb[name]).unlink(missing_ok=True)  # an older failure's
                built.append(name)
                self.say(f"[{n:2d}/{len(todo)}] built  {name:<12} {took:5.1f} s{retry}")

            self.paths.work.mkdir(parents=True, exist_ok=True)
            self.executor.run(jobs, limit=self.timeout, grace=_KILL_GRACE,
                              work_root=self.paths.work, on_result=on_result)
        if built or restored or not (self.briefs_dir / "index.html").exists():
            write_index(self.briefs_dir, self.manifest, self.every_task, _group(self.paths),
                        inputs=self.inputs)
        return self.finish(force, built, skipped, restored, failed)

    def adopt_report(self, task: Task) -> bool:
        """True, with the manifest updated, when `axis-report report` already published the
        report for this key (its stamp matches the key and the files): not rendered again."""
        files = stamped_report(self.out_dir, task.key)
        if files is None:
            return False
        self.manifest["outputs"][task.name] = {
            "key": task.key, "kind": task.kind, "edition": self.edition_id,
            "edition_date": self.edition_id[:10], "files": files}
        self.publish_manifest()
        return True

    def record_built(self, task: Task, records: bytes | None) -> None:
        from ..publish import sha256_bytes

        outputs = self.manifest["outputs"]
        prev = outputs.get(task.name, {})
        folder = self.out_dir if task.kind == "report" else self.briefs_dir
        entry = {"key": task.key, "kind": task.kind, "edition": self.edition_id,
                 "edition_date": self.edition_id[:10],
                 "files": {ext: file_sha256(folder / f"{task.name}.{ext}")
                           for ext in ("html", "pdf")}}
        if task.kind == "brief":
            entry["archive"] = f"archive/{task.name}/{self.edition_id}"
            entry["editions"] = [*prev.get("editions", []), self.edition_id]
            if records is not None:
                entry["records"] = sha256_bytes(records)
        outputs[task.name] = entry
        self.publish_manifest()

    def finish(self, force, built, skipped, restored, failed) -> int:
        took = time.perf_counter() - self.started
        summary = (f"built {len(built)}, unchanged {len(skipped)}, failed {len(failed)} "
                   f"in {took:.1f} s")
        self.say(summary + (f"; see {self.briefs_dir / 'index.html'}" if not failed else ""))
        lines = [f"{_stamp(self.stamp)} run {self.edition_id}: {summary}"
                 + (" (forced)" if force else ""),
                 f"  built: {', '.join(built) or '-'}",
                 f"  unchanged: {', '.join(skipped) or '-'}"]
        if restored:
            lines.append(f"  restored: {', '.join(restored)}")
        lines += [f"  note: {text}" for text in self.notes]
        lines += [f"  FAILED {name}: {err}" for name, err in failed.items()]
        self.log.write(lines)
        if failed:
            self.say("failed (previous editions left in place):")
            for name, err in failed.items():
                self.say(f"  {name}: {err}")
            return 1
        return 0
