"""The grid's lock: one run at a time, released even when its holder is killed."""

import os
import signal
import subprocess
import sys
import time

import pytest

from axis_report.grid.lock import GridLock, LockHeld


def test_a_second_holder_is_refused_and_told_who_holds_it(tmp_path):
    path = tmp_path / "briefs" / ".lock"
    with GridLock(path):
        with pytest.raises(LockHeld) as held:
            with GridLock(path):
                pass
        assert str(held.value).startswith(f"pid {os.getpid()} since ")
    with GridLock(path):  # released on exit
        pass


def test_the_lock_is_released_when_its_holder_is_killed(tmp_path):
    path = tmp_path / ".lock"
    code = ("import sys, time; from axis_report.grid.lock import GridLock; "
            f"lock = GridLock({str(path)!r}); lock.__enter__(); print('held', flush=True); "
            "time.sleep(60)")
    holder = subprocess.Popen([sys.executable, "-c", code], stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "held"
        with pytest.raises(LockHeld) as held:
            with GridLock(path):
                pass
        assert f"pid {holder.pid}" in str(held.value)
    finally:
        os.kill(holder.pid, signal.SIGKILL)
        holder.wait()
    deadline = time.time() + 5
    while True:
        try:
            with GridLock(path):
                break
        except LockHeld:
            assert time.time() < deadline, "the lock outlived its killed holder"
            time.sleep(0.05)
