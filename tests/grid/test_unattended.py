"""Unattended, scheduled grid runs never fail silently and never lose history.

Most tests here replace the render with a fake one (no notebook runs: the unit tier) that
publishes small files the way a render does, and can hang, die or fail on request; they
check what the run does around renders: time limits, the lock, editions, the manifest,
snapshots, published files, leftovers, full and read-only folders. The notebook-tier tests
at the end run real notebooks that hang."""

import datetime as dt
import io
import json
import multiprocessing
import os
import re
import signal
import subprocess
import sys
import time

import pytest
from conftest import ALL_DYADS, GROUP, TINY, copy_project

from axis_report import cli
from axis_report.config import ProjectPaths
from axis_report.grid import run as grid_run
from axis_report.grid.lock import GridLock
from axis_report.grid.plan import REPORT_NAME
from axis_report.publish import publish
from axis_report.render import job as render_job
from axis_report.render.notebook import RenderError

ALL = [REPORT_NAME, *GROUP, *ALL_DYADS]
T0 = dt.datetime(2025, 7, 2, 6, 30, 0, tzinfo=dt.UTC)


# --- a fake render, run in the grid's forked workers -----------------------------------------

class Fake:
    """What the fake render does per output ('hang', 'die', 'fail', 'big'), and the jobs
    it was given (written to a file: workers are other processes)."""

    def __init__(self, folder):
        self.behaviour = {}
        self.log = folder / "fake-jobs.jsonl"

    def jobs(self) -> list:
        if not self.log.exists():
            return []
        return [json.loads(line) for line in self.log.read_text().splitlines()]

    def render(self, job, *, workdir=None, kernel=None):
        with open(self.log, "a") as fh:
            fh.write(json.dumps({"name": job.name, "parameters": job.parameters,
                                 "timeout": job.timeout, "cell_timeout": job.cell_timeout,
                                 "workdir": str(workdir)}) + "\n")
        what = self.behaviour.get(job.name)
        if what == "hang":
            time.sleep(600)
        if what == "die":
            os.kill(os.getpid(), signal.SIGKILL)
        if what == "fail":
            raise RenderError(f"{job.name}: cell 3 (ar.show_brief_balance(brief)) failed: "
                              "ValueError: 1 problem found:\n  the cause, on its own line",
                              ename="ValueError", evalue="boom")
        body = json.dumps(job.parameters, sort_keys=True)
        pad = " " * (100_000 if what == "big" else 0)
        rendered = {"html": f"<html>{job.name} {body}{pad}</html>\n".encode(),
                    "pdf": f"%PDF {job.name} {body}{pad}".encode()}
        files = {m: rendered[k] for k, paths in job.mirrors.items() for m in paths}
        files.update(job.extra_files)
        files.update({job.outputs[k]: v for k, v in rendered.items()})
        publish(files)
        return dict(job.outputs)


@pytest.fixture
def fake(tmp_path, monkeypatch):
    fake = Fake(tmp_path)
    monkeypatch.setattr(render_job, "render", fake.render)
    monkeypatch.setattr(grid_run, "_KILL_GRACE", 0.3)
    return fake


@pytest.fixture
def project(tmp_path):
    return copy_project(TINY, tmp_path / "project", notebooks=True)


def _run(project, out, **kw):
    stream = io.StringIO()
    kw.setdefault("workers", 2)
    code = grid_run.run_grid(ProjectPaths(project), out_dir=out, stream=stream, **kw)
    return code, stream.getvalue()


def _built(text: str) -> set:
    return set(re.findall(r"\] built\s+(\S+)", text))


def _manifest(out) -> dict:
    return json.loads((out / "briefs" / "manifest.json").read_text())


def _log(out) -> str:
    return (out / "briefs" / "runs.log").read_text()


def _at(monkeypatch, when):
    monkeypatch.setattr(grid_run, "_now", lambda: when)


# --- time limits: a hung render is killed and reported ---------------------------------------

def test_timeouts_reach_every_render(fake, project, tmp_path):
    out = tmp_path / "reports"
    code, text = _run(project, out, timeout=120, cell_timeout=30)
    assert code == 0 and _built(text) == set(ALL)  # the one cold run of the whole grid
    assert {(j["timeout"], j["cell_timeout"]) for j in fake.jobs()} == {(120, 30)}
    _run(project, out, force=True, only=["RUS"], timeout=20, cell_timeout=30)
    assert (fake.jobs()[-1]["timeout"], fake.jobs()[-1]["cell_timeout"]) == (20, 20)
    # working folders live in the project's build/ and are gone when the run ends
    assert {os.path.dirname(j["workdir"]) for j in fake.jobs()} == {
        str(project / "build" / "work")}
    assert list((project / "build" / "work").iterdir()) == []


def test_a_hung_render_is_killed_and_the_run_reports_it(fake, project, tmp_path):
    out = tmp_path / "reports"
    fake.behaviour["PRK-RUS"] = "hang"
    started = time.monotonic()
    code, text = _run(project, out, timeout=0.5, only=["PRK-RUS", "CHN", "RUS"])
    assert code == 1 and time.monotonic() - started < 15
    assert _built(text) == {"CHN", "RUS"}
    cause = ("PRK-RUS: did not finish within 0.5 s (the render time limit, --timeout); its "
             "worker was killed")
    assert "FAILED PRK-RUS" in text
    assert f"  FAILED PRK-RUS: {cause}" in _log(out)
    assert "PRK-RUS" not in _manifest(out)["outputs"]
    assert multiprocessing.active_children() == []  # the hung worker is gone
    assert list((project / "build" / "work").iterdir()) == []
    del fake.behaviour["PRK-RUS"]  # the next run is not refused, and builds it
    code, text = _run(project, out, only=["PRK-RUS", "CHN", "RUS"])
    assert code == 0 and _built(text) == {"PRK-RUS"}


def test_a_worker_that_dies_is_reported(fake, project, tmp_path):
    out = tmp_path / "reports"
    fake.behaviour["CHN"] = "die"
    code, text = _run(project, out, only=["CHN", "RUS"])
    assert code == 1 and _built(text) == {"RUS"}
    assert ("FAILED CHN: the render worker died (killed by SIGKILL) before it reported"
            in _log(out))


def test_every_cause_is_logged_whole(fake, project, tmp_path):
    out = tmp_path / "reports"
    fake.behaviour["IRN"] = "fail"
    code, text = _run(project, out, only=["IRN"])
    assert code == 1
    log = _log(out)
    assert ("  FAILED IRN: IRN: cell 3 (ar.show_brief_balance(brief)) failed: ValueError: 1 "
            "problem found:\n        the cause, on its own line\n") in log
    assert "the cause, on its own line" in text


def test_bad_timeouts_are_refused_by_the_command_line(capsys):
    for flags in (["--timeout", "0"], ["--cell-timeout", "-5"], ["--timeout", "soon"]):
        with pytest.raises(SystemExit) as exit_:
            cli.main(["briefs", "--project", str(TINY), *flags])
        assert exit_.value.code == 2
        assert "is not a number of seconds above 0" in capsys.readouterr().err


# --- the lock --------------------------------------------------------------------------------

def test_a_refused_run_exits_0_and_is_logged(fake, project, tmp_path):
    out = tmp_path / "reports"
    with GridLock(out / "briefs" / ".lock"):
        code, text = _run(project, out)
    assert code == 0 and "another run is in progress (pid " in text
    log = _log(out)
    assert re.match(r"^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d UTC run refused: another run is in "
                    rf"progress \(pid {os.getpid()} since .* UTC, deadline .* UTC\); nothing "
                    r"done\n$", log), log
    assert fake.jobs() == []


def test_a_dead_holder_is_taken_over_and_logged(fake, project, tmp_path):
    out = tmp_path / "reports"
    dead = subprocess.Popen([sys.executable, "-c", "pass"])
    dead.wait()
    lock = out / "briefs" / ".lock"
    lock.parent.mkdir(parents=True)
    lock.write_text(json.dumps({"pid": dead.pid, "pgid": dead.pid, "host": "",
                                "proc_start": None, "started": T0.isoformat(),
                                "deadline": T0.isoformat()}))
    code, text = _run(project, out, only=["RUS"])
    assert code == 0 and _built(text) == {"RUS"}
    assert (f"  note: the previous run (pid {dead.pid} since 2025-07-02 06:30:00 UTC, "
            "deadline 2025-07-02 06:30:00 UTC) ended without releasing the lock (killed or "
            "crashed); its leftovers are cleared") in _log(out)
    assert lock.read_text() == ""


def test_a_hung_run_past_its_deadline_is_killed_and_taken_over(fake, project, tmp_path):
    out = tmp_path / "reports"
    code = ("import sys, time; from axis_report.grid.lock import GridLock; "
            f"lock = GridLock({str(out / 'briefs' / '.lock')!r}, budget=0.2); "
            "lock.__enter__(); print('held', flush=True); time.sleep(600)")
    hung = subprocess.Popen([sys.executable, "-c", code], stdout=subprocess.PIPE, text=True,
                            start_new_session=True)
    try:
        assert hung.stdout.readline().strip() == "held"
        time.sleep(0.25)
        code, text = _run(project, out, only=["RUS"])
        assert code == 0 and _built(text) == {"RUS"}
        assert hung.wait(5) == -signal.SIGTERM
        assert f"note: took the lock over from a hung run (pid {hung.pid} since " in text
        assert "past its deadline, killed" in _log(out)
    finally:
        if hung.poll() is None:
            hung.kill()
            hung.wait()


# --- editions: unique and in order -----------------------------------------------------------

def test_two_runs_in_the_same_second_make_two_editions(fake, project, tmp_path, monkeypatch):
    out = tmp_path / "reports"
    _at(monkeypatch, T0)
    for _ in range(3):
        code, _ = _run(project, out, only=["RUS"], force=True)
        assert code == 0
    ids = ["2025-07-02T063000Z", "2025-07-02T063000Z-002", "2025-07-02T063000Z-003"]
    entry = _manifest(out)["outputs"]["RUS"]
    assert entry["editions"] == ids and entry["edition"] == ids[-1]
    archive = out / "briefs" / "archive" / "RUS"
    assert sorted(p.name for p in archive.iterdir()) == ids
    index = (out / "briefs" / "index.html").read_text()
    assert f"archive/RUS/{ids[0]}/RUS.pdf" in index and f"archive/RUS/{ids[1]}/RUS.pdf" in index
    assert "2025-07-02 06:30 (2)" in index
    assert re.findall(r" UTC run (\S+):", _log(out)) == ids


def test_a_clock_that_goes_back_never_makes_an_earlier_edition(fake, project, tmp_path,
                                                               monkeypatch):
    out = tmp_path / "reports"
    _at(monkeypatch, T0)
    _run(project, out, only=["RUS"])
    _at(monkeypatch, T0 - dt.timedelta(days=1))
    code, text = _run(project, out, only=["RUS"], force=True)
    assert code == 0
    entry = _manifest(out)["outputs"]["RUS"]
    assert entry["editions"] == ["2025-07-02T063000Z", "2025-07-02T063000Z-002"]
    assert entry["edition_date"] == "2025-07-02"
    assert fake.jobs()[-1]["parameters"]["edition"] == "2025-07-02"  # not the day before
    note = ("the clock went back: it is 2025-07-01 06:30:00 UTC, before the last edition "
            "2025-07-02T063000Z; this run's edition is 2025-07-02T063000Z-002")
    assert note in text and f"  note: {note}" in _log(out)


# --- the manifest: checked, rebuilt from the archive, history kept ---------------------------

@pytest.mark.parametrize("damage", ["}{ garbage",
                                    '{"version": 2, "outputs": {"RUS": {"edition": 1}}}'])
def test_a_damaged_manifest_is_rebuilt_from_the_archive(fake, project, tmp_path, monkeypatch,
                                                        damage):
    out = tmp_path / "reports"
    some = [REPORT_NAME, "CHN", "RUS", "IRN"]
    _at(monkeypatch, T0)
    assert _run(project, out, only=some)[0] == 0
    _at(monkeypatch, T0 + dt.timedelta(days=1))
    assert _run(project, out, only=["RUS", "IRN"], force=True)[0] == 0
    (out / "briefs" / "manifest.json").write_text(damage)
    _at(monkeypatch, T0 + dt.timedelta(days=2))
    code, text = _run(project, out, only=some)
    assert code == 0 and "Traceback" not in text
    assert _built(text) == set(some)  # keys unknown: every output built anew
    outputs = _manifest(out)["outputs"]
    e0, e1, e2 = "2025-07-02T063000Z", "2025-07-03T063000Z", "2025-07-04T063000Z"
    assert outputs["RUS"]["editions"] == [e0, e1, e2]  # no edition dropped
    assert outputs["CHN"]["editions"] == [e0, e2]
    assert (out / "briefs" / f"manifest.damaged-{e2}.json").read_text() == damage
    assert "is damaged" in text and "rebuilt from the archive (5 editions of 3 briefs kept" \
        in _log(out)
    # the rebuilt brief lists what changed since its latest archived edition
    rus = [j for j in fake.jobs() if j["name"] == "RUS"][-1]["parameters"]
    assert rus["previous"].endswith(f"archive/RUS/{e1}/records.json")
    assert _run(project, out, only=some)[1].startswith("4 outputs: 0 to build")


def test_an_unreadable_manifest_stops_the_run_naming_it(fake, project, tmp_path):
    out = tmp_path / "reports"
    (out / "briefs" / "manifest.json").mkdir(parents=True)
    code, text = _run(project, out)
    assert code == 1 and fake.jobs() == []
    assert f"run failed: {out / 'briefs' / 'manifest.json'}: cannot be read" in text
    assert f"run failed: {out / 'briefs' / 'manifest.json'}: cannot be read" in _log(out)


# --- a damaged previous snapshot is reported once and skipped --------------------------------

def test_a_damaged_snapshot_is_reported_once_and_skipped(fake, project, tmp_path,
                                                         monkeypatch):
    out = tmp_path / "reports"
    some = ["PRK-RUS", "CHN-PRK"]
    _at(monkeypatch, T0)
    assert _run(project, out, only=some)[0] == 0
    entry = _manifest(out)["outputs"]["PRK-RUS"]
    snapshot = out / "briefs" / entry["archive"] / "records.json"
    snapshot.write_text(snapshot.read_text()[:20])  # cut
    _at(monkeypatch, T0 + dt.timedelta(days=1))
    code, text = _run(project, out, force=True, only=some)
    assert code == 0 and _built(text) == set(some)
    note = (f"PRK-RUS: the previous edition's record snapshot {snapshot} is not the file the "
            "manifest recorded (changed or cut); skipped: this edition lists no changes and "
            "says why")
    assert text.count(note) == 1 and _log(out).count(note) == 1
    params = [j for j in fake.jobs() if j["name"] == "PRK-RUS"][-1]["parameters"]
    assert "previous" not in params and params["previous_edition"] == "2025-07-02"
    others = [j for j in fake.jobs() if j["name"] == "CHN-PRK"][-1]["parameters"]
    assert others["previous"].endswith("records.json")
    _at(monkeypatch, T0 + dt.timedelta(days=2))
    code, text = _run(project, out, force=True, only=some)  # the new snapshot is whole
    assert code == 0 and "record snapshot" not in text
    assert [j for j in fake.jobs() if j["name"] == "PRK-RUS"][-1]["parameters"]["previous"]


# --- what is published is what the manifest says ---------------------------------------------

def test_a_replaced_report_is_rebuilt_and_a_replaced_brief_restored(fake, project, tmp_path):
    out = tmp_path / "reports"
    some = [REPORT_NAME, "CHN", "RUS", "IRN"]
    assert _run(project, out, only=some)[0] == 0
    good = (out / f"{REPORT_NAME}.html").read_bytes()
    brief = (out / "briefs" / "RUS.html").read_bytes()
    editions = _manifest(out)["outputs"]["RUS"]["editions"]
    (out / f"{REPORT_NAME}.html").write_text("<html>a report with --title X</html>")
    (out / "briefs" / "RUS.html").write_text("<html>half a br")
    (out / "briefs" / "CHN.pdf").unlink()
    code, text = _run(project, out, only=some)
    assert code == 0 and _built(text) == {REPORT_NAME}
    assert (out / f"{REPORT_NAME}.html").read_bytes() == good
    assert (out / "briefs" / "RUS.html").read_bytes() == brief
    assert (out / "briefs" / "CHN.pdf").exists()
    assert _manifest(out)["outputs"]["RUS"]["editions"] == editions  # no new edition
    log = _log(out)
    assert (f"note: {REPORT_NAME}: {REPORT_NAME}.html differs from what the manifest records "
            "(replaced, cut or deleted); rebuilt") in log
    assert "note: RUS: RUS.html differs from what the manifest records (replaced, cut or " \
        "deleted); restored from its archived edition" in log
    assert "  restored: CHN, RUS" in log
    assert _run(project, out, only=some)[1].startswith("4 outputs: 0 to build, 4 unchanged")


def test_a_version_1_manifest_is_upgraded_without_rebuilding_the_briefs(fake, project,
                                                                        tmp_path):
    out = tmp_path / "reports"
    some = [REPORT_NAME, "CHN", "IRN-RUS"]
    assert _run(project, out, only=some)[0] == 0
    manifest = _manifest(out)
    for entry in manifest["outputs"].values():
        entry.pop("files")
        entry.pop("records", None)
    manifest["version"] = 1
    (out / "briefs" / "manifest.json").write_text(json.dumps(manifest))
    code, text = _run(project, out, only=some)
    assert code == 0 and _built(text) == {REPORT_NAME}  # the report has no archive to check
    assert "no record of its published files; rebuilt" in text
    assert all("files" in e for e in _manifest(out)["outputs"].values())


def test_a_report_with_other_parameters_never_replaces_the_scheduled_one(fake, project,
                                                                         tmp_path, capsys):
    out = tmp_path / "reports"
    assert _run(project, out, only=[REPORT_NAME])[0] == 0
    before = (out / f"{REPORT_NAME}.html").read_bytes()
    code = cli.main(["report", "--project", str(project), "--out-dir", str(out),
                     "--title", "X"])
    err = capsys.readouterr().err
    assert code == 2 and "Traceback" not in err
    assert f"{out / REPORT_NAME}.html: is the scheduled full report" in err
    assert "other parameters (title) would pass for it" in err and "--out-dir DIR" in err
    assert (out / f"{REPORT_NAME}.html").read_bytes() == before
    assert len(fake.jobs()) == 1


# --- leftovers, full and read-only folders ---------------------------------------------------

def test_leftovers_of_killed_runs_are_removed_by_the_next_run(fake, project, tmp_path):
    out = tmp_path / "reports"
    assert _run(project, out, only=["RUS"])[0] == 0
    work = project / "build" / "work"
    (work / "99999999.RUS.grid").mkdir(parents=True)
    (work / "99999999.RUS.grid" / "RUS.executed.ipynb").write_text("{}")
    (work / f"{os.getpid()}.alive.grid").mkdir()  # a live process's: kept
    (work / "notes").mkdir()                      # not a working folder: kept
    (out / "briefs" / ".RUS.html.99999999.abcd1234.tmp").write_text("half")
    (project / "build" / "cache").mkdir(parents=True, exist_ok=True)
    (project / "build" / "cache" / ".x.csv.99999999.abcd1234.tmp").write_text("half")
    code, text = _run(project, out, only=["RUS"])
    assert code == 0
    assert ("removed 2 temporary files left by an interrupted run; removed 1 working folders "
            "left by a killed render") in text
    assert sorted(p.name for p in work.iterdir()) == [f"{os.getpid()}.alive.grid", "notes"]
    assert not list(out.rglob("*.tmp")) and not list(project.rglob("*.tmp"))


def test_a_read_only_reports_folder_fails_with_a_message(fake, project, tmpfs):
    out = tmpfs("reports", readonly=True)
    code, text = _run(project, out)
    assert code == 1 and "Traceback" not in text
    assert f"cannot use the reports folder {out / 'briefs'}: Read-only file system" in text
    assert f"could not write {out / 'briefs' / 'runs.log'}" in text


def test_a_full_reports_folder_fails_each_render_with_a_message(fake, project, tmpfs):
    out = tmpfs("reports", size="64k")
    fake.behaviour.update({n: "big" for n in ALL})
    code, text = _run(project, out, only=["RUS", "IRN"])
    assert code == 1 and "Traceback" not in text
    assert "FAILED RUS" in text and "no space left on the device" in text
    assert not list(out.rglob("*.tmp"))
    assert not (out / "briefs" / "RUS.html").exists()
    archive = out / "briefs" / "archive"
    assert [p for p in archive.glob("*/*")] == []  # no half-made edition folder is left


# --- the notebook tier: real notebooks that hang ---------------------------------------------

HANG = """

# %%
import time
if focus == "PRK-RUS":
    time.sleep(600)
"""


def _kernels_in(folder) -> list:
    """Processes whose working directory is under `folder` (a kernel runs in its render's
    working folder)."""
    found = []
    for pid in filter(str.isdigit, os.listdir("/proc")):
        try:
            if os.readlink(f"/proc/{pid}/cwd").startswith(str(folder)):
                found.append(int(pid))
        except OSError:
            continue
    return found


@pytest.mark.notebook
def test_a_hung_cell_is_stopped_and_the_scheduled_run_says_which_and_why(tiny_with_notebooks,
                                                                         tmp_path, capsys):
    project = tiny_with_notebooks
    with open(project / "notebooks" / "brief.py", "a", encoding="utf-8") as fh:
        fh.write(HANG)
    out = tmp_path / "reports"
    started = time.monotonic()
    code = cli.main(["briefs", "--project", str(project), "--out-dir", str(out), "--only",
                     "CHN", "PRK-RUS", "--cell-timeout", "3", "--workers", "2"])
    text = capsys.readouterr().out
    assert code == 1 and time.monotonic() - started < 60
    assert _built(text) == {"CHN"}
    log = _log(out)
    assert re.search(r"  FAILED PRK-RUS: PRK-RUS: cell \d+ \(if focus == \"PRK-RUS\":\) did not "
                     r"finish within 3 s \(the cell time limit, --cell-timeout\); the kernel "
                     r"was stopped \(executed notebook kept at .*brief-PRK-RUS.failed.ipynb\)",
                     log), log
    assert (project / "build" / "brief-PRK-RUS.failed.ipynb").is_file()
    assert list((project / "build" / "work").iterdir()) == []
    time.sleep(1.5)
    assert _kernels_in(project / "build" / "work") == []


@pytest.mark.notebook
def test_a_hung_scheduled_run_is_refused_until_its_deadline_then_taken_over(
        tiny_with_notebooks, tmp_path):
    project = tiny_with_notebooks
    with open(project / "notebooks" / "brief.py", "a", encoding="utf-8") as fh:
        fh.write(HANG)
    out = tmp_path / "reports"
    cmd = [sys.executable, "-m", "axis_report.cli", "briefs", "--project", str(project),
           "--out-dir", str(out)]
    # as cron or systemd would start it: in a session of its own
    hung = subprocess.Popen([*cmd, "--only", "PRK-RUS"], stdout=subprocess.PIPE,
                            stderr=subprocess.STDOUT, text=True, start_new_session=True)
    try:
        assert "1 to build" in hung.stdout.readline()
        deadline = time.monotonic() + 30  # until its kernel is running the hung cell
        while not _kernels_in(project / "build" / "work"):
            assert time.monotonic() < deadline
            time.sleep(0.2)
        refused = subprocess.run([*cmd, "--only", "CHN"], capture_output=True, text=True,
                                 timeout=60)
        assert refused.returncode == 0 and "another run is in progress" in refused.stdout
        assert f"run refused: another run is in progress (pid {hung.pid} since" in _log(out)
        # time passes: the hung run is now past its deadline
        lock = out / "briefs" / ".lock"
        record = json.loads(lock.read_text())
        record["deadline"] = (dt.datetime.now(dt.UTC) - dt.timedelta(seconds=1)).isoformat()
        lock.write_text(json.dumps(record))
        took = subprocess.run([*cmd, "--only", "CHN"], capture_output=True, text=True,
                              timeout=120)
        assert took.returncode == 0, took.stdout + took.stderr
        assert f"took the lock over from a hung run (pid {hung.pid} since" in took.stdout
        assert hung.wait(10) == -signal.SIGTERM
        log = _log(out)
        assert "past its deadline, killed" in log and "  built: CHN" in log
        deadline = time.monotonic() + 10  # its worker and kernel died with it
        while _kernels_in(project / "build" / "work"):
            assert time.monotonic() < deadline, "a kernel of the killed run lingers"
            time.sleep(0.2)
    finally:
        if hung.poll() is None:
            os.killpg(hung.pid, signal.SIGKILL)
            hung.wait()


def test_a_run_of_some_briefs_keeps_every_brief_in_the_index(fake, project, tmp_path):
    out = tmp_path / "reports"
    code, text = _run(project, out, only=["RUS", "IRN-RUS"])
    assert code == 0 and _built(text) == {"RUS", "IRN-RUS"}
    index = (out / "briefs" / "index.html").read_text(encoding="utf-8")
    for name in ALL[1:]:  # every brief of the grid is listed, built or not
        assert f"{name}.html" in index or f">{name}<" in index, name
