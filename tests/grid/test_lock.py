"""The grid's lock: one run at a time, released even when its holder is killed, and taken
over from a holder that is dead or past its deadline."""

import datetime as dt
import json
import os
import signal
import subprocess
import sys
import time

import pytest

from axis_report.grid.lock import GridLock, Holder, LockHeld


def _hold(path, *, budget=600, session=False, record=None):
    """A process holding the lock at `path` (optionally with a forged record), with a
    child of its own; returns (process, child pid) once it holds it."""
    forge = ("" if record is None else
             f"lock._record = {record!r}; lock._write(); ")
    code = ("import subprocess, sys, time; from axis_report.grid.lock import GridLock; "
            f"lock = GridLock({str(path)!r}, budget={budget}); lock.__enter__(); {forge}"
            "child = subprocess.Popen(['sleep', '120']); "
            "print(child.pid, flush=True); time.sleep(120)")
    proc = subprocess.Popen([sys.executable, "-c", code], stdout=subprocess.PIPE, text=True,
                            start_new_session=session)
    child = int(proc.stdout.readline())
    return proc, child


def _gone(pid, timeout=5.0) -> bool:
    end = time.time() + timeout
    while time.time() < end:
        try:
            os.kill(pid, 0)
        except ProcessLookupError:
            return True
        try:
            with open(f"/proc/{pid}/stat") as fh:
                if fh.read().split(") ")[1].startswith("Z"):  # a zombie: dead, unreaped
                    return True
        except OSError:
            return True
        time.sleep(0.05)
    return False


def _stop(*procs):
    for proc in procs:
        if proc.poll() is None:
            proc.kill()
        proc.wait()


def test_a_second_holder_is_refused_and_told_who_holds_it(tmp_path):
    path = tmp_path / "briefs" / ".lock"
    with GridLock(path) as lock:
        with pytest.raises(LockHeld) as held:
            with GridLock(path):
                pass
        assert str(held.value).startswith(f"pid {os.getpid()} since ")
        assert "deadline" in str(held.value)
        record = json.loads(path.read_text())
        assert record["pid"] == os.getpid() and record["pgid"] == os.getpgid(0)
        before = lock.deadline
        lock.extend(3600)
        assert lock.deadline > before
        assert Holder.parse(path.read_text()).deadline == lock.deadline
    assert path.read_text() == ""  # released: no holder recorded
    with GridLock(path) as lock:  # released on exit
        assert lock.notes == []


def test_the_lock_is_released_when_its_holder_is_killed(tmp_path):
    path = tmp_path / ".lock"
    holder, child = _hold(path)
    try:
        with pytest.raises(LockHeld) as held:
            with GridLock(path):
                pass
        assert f"pid {holder.pid}" in str(held.value)
    finally:
        os.kill(holder.pid, signal.SIGKILL)
        holder.wait()
        os.kill(child, signal.SIGKILL)
    deadline = time.time() + 5
    while True:
        try:
            with GridLock(path) as lock:
                break
        except LockHeld:
            assert time.time() < deadline, "the lock outlived its killed holder"
            time.sleep(0.05)
    [note] = lock.notes  # the next run says what it found
    assert f"the previous run (pid {holder.pid} since" in note
    assert "ended without releasing the lock (killed or crashed)" in note


def test_a_dead_holder_whose_lock_is_still_held_is_taken_over(tmp_path):
    """The recorded holder is dead, but the lock is held (a process that inherited its
    descriptor): the lock is broken, and the run says so."""
    path = tmp_path / ".lock"
    dead = subprocess.Popen([sys.executable, "-c", "pass"])
    dead.wait()
    now = dt.datetime.now(dt.UTC)
    record = {"pid": dead.pid, "pgid": dead.pid, "host": "", "proc_start": None,
              "started": now.isoformat(), "deadline": (now + dt.timedelta(hours=1)).isoformat()}
    holder, child = _hold(path, record=record)
    try:
        with GridLock(path) as lock:
            assert json.loads(path.read_text())["pid"] == os.getpid()
        assert lock.notes == [f"broke the lock left by the run pid {dead.pid} since "
                              f"{now:%Y-%m-%d %H:%M:%S} UTC, deadline "
                              f"{now + dt.timedelta(hours=1):%Y-%m-%d %H:%M:%S} UTC, no "
                              "longer running"]
        assert holder.poll() is None  # not ours to kill: it was not the recorded holder
    finally:
        _stop(holder)
        os.kill(child, signal.SIGKILL)


def test_a_reused_pid_is_not_taken_for_the_holder(tmp_path):
    path = tmp_path / ".lock"
    now = dt.datetime.now(dt.UTC)
    holder, child = _hold(path, record={
        "pid": os.getpid(), "pgid": 0, "host": "", "proc_start": 1,  # alive, but not it
        "started": now.isoformat(), "deadline": (now + dt.timedelta(hours=1)).isoformat()})
    try:
        with GridLock(path) as lock:
            pass
        assert "broke the lock left by the run pid" in lock.notes[0]
    finally:
        _stop(holder)
        os.kill(child, signal.SIGKILL)


@pytest.mark.parametrize("session", [True, False], ids=["group-leader", "in-a-group"])
def test_a_holder_past_its_deadline_is_killed_and_the_lock_taken_over(tmp_path, session):
    path = tmp_path / ".lock"
    holder, child = _hold(path, budget=0.3, session=session)
    try:
        with pytest.raises(LockHeld):  # alive and within its deadline: refused
            with GridLock(path):
                pass
        time.sleep(0.35)
        started = time.time()
        with GridLock(path) as lock:
            assert json.loads(path.read_text())["pid"] == os.getpid()
        assert time.time() - started < 8
        [note] = lock.notes
        assert note.startswith(f"took the lock over from a hung run (pid {holder.pid} since ")
        assert note.endswith("past its deadline, killed")
        assert holder.wait(5) is not None
        # a holder leading its own process group is killed with its group
        assert _gone(child, 2 if session else 0.1) == session
    finally:
        _stop(holder)
        try:
            os.kill(child, signal.SIGKILL)
        except ProcessLookupError:
            pass


def test_a_holder_that_has_not_recorded_itself_yet_is_waited_for(tmp_path):
    path = tmp_path / ".lock"
    code = ("import fcntl, sys, time; fh = open(sys.argv[1], 'a+'); "
            "fcntl.flock(fh, fcntl.LOCK_EX); print('held', flush=True); time.sleep(60)")
    proc = subprocess.Popen([sys.executable, "-c", code, str(path)], stdout=subprocess.PIPE,
                            text=True)
    try:
        assert proc.stdout.readline().strip() == "held"
        with pytest.raises(LockHeld, match="a run that is just starting"):
            with GridLock(path):
                pass
        old = time.time() - 3600  # ... but not for ever
        os.utime(path, (old, old))
        with GridLock(path) as lock:
            pass
        assert lock.notes == ["broke the lock left by a holder that recorded nothing"]
    finally:
        _stop(proc)
