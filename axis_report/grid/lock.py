"""The grid's lock: one run at a time, and never a lock held forever.

The lock is an exclusive `flock` on `briefs/.lock`, released by the kernel when its holder
exits (even by SIGKILL). The file records the holder: pid, process group, host, the
process's start time (so a reused pid is not mistaken for it), when it started and its
deadline (by when a run that is not hung has finished: every render has a time limit).

A run that finds the lock held is refused ("another run is in progress") only while the
holder is alive and within its deadline. Otherwise it takes the lock over: a holder past
its deadline is killed (its process group when it leads one, else the process; its
render workers die with it), and a lock still held by no live holder is broken (the file
replaced). `GridLock.notes` says what was taken over, for the run log.
"""

import datetime as dt
import fcntl
import json
import os
import signal
import socket
import time
from pathlib import Path

__all__ = ["LockHeld", "GridLock", "Holder", "PLAN_BUDGET"]

PLAN_BUDGET = 600        # seconds a run may take before its renders start
_TERM_WAIT = 5.0         # seconds a killed holder gets to exit after SIGTERM, then SIGKILL
_UNRECORDED_GRACE = 60   # seconds a holder may take to write its record


class LockHeld(Exception):
    """Another run holds the grid lock, alive and within its deadline."""

    def __init__(self, holder):
        self.holder = holder
        super().__init__(holder.describe() if isinstance(holder, Holder) else str(holder))


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


def _stamp(t: dt.datetime) -> str:
    return f"{t:%Y-%m-%d %H:%M:%S} UTC"


def _proc_stat(pid: int):
    """The fields of /proc/PID/stat after the command name (Linux), or None."""
    try:
        with open(f"/proc/{pid}/stat", "rb") as fh:
            stat = fh.read()
        return stat[stat.rindex(b")") + 2:].split()
    except (OSError, ValueError):
        return None


def _proc_start(pid: int):
    """The process's start time in clock ticks since boot (Linux), or None."""
    fields = _proc_stat(pid)
    try:
        return int(fields[19]) if fields else None
    except (ValueError, IndexError):
        return None


class Holder:
    """Who holds (or held) the lock, as recorded in the lock file."""

    def __init__(self, data: dict):
        self.pid = int(data["pid"])
        self.pgid = int(data.get("pgid") or 0)
        self.host = str(data.get("host") or "")
        self.proc_start = data.get("proc_start")
        self.started = dt.datetime.fromisoformat(data["started"])
        self.deadline = dt.datetime.fromisoformat(data["deadline"])

    @classmethod
    def parse(cls, text: str):
        try:
            return cls(json.loads(text))
        except (ValueError, KeyError, TypeError):
            return None

    def describe(self) -> str:
        return (f"pid {self.pid} since {_stamp(self.started)}, deadline "
                f"{_stamp(self.deadline)}" + ("" if self.local else f", on {self.host}"))

    @property
    def local(self) -> bool:
        return not self.host or self.host == socket.gethostname()

    def alive(self) -> bool:
        """Whether the holding process still exists (assumed, for another host)."""
        if not self.local:
            return True
        try:
            os.kill(self.pid, 0)
        except ProcessLookupError:
            return False
        except PermissionError:
            pass
        fields = _proc_stat(self.pid)
        if fields and fields[0] == b"Z":  # exited, not yet reaped by its parent
            return False
        start = _proc_start(self.pid)
        return not (start is not None and self.proc_start is not None
                    and start != self.proc_start)  # the pid was reused

    def past_deadline(self, now=None) -> bool:
        return (now or _now()) > self.deadline

    def kill(self) -> bool:
        """Stop the holder: SIGTERM, then SIGKILL. Its whole process group when it leads
        one (render workers and all), else the process alone (its workers die with it).
        True once it is gone."""
        group = self.pgid == self.pid and self.pgid != os.getpgid(0)
        for sig, wait in ((signal.SIGTERM, _TERM_WAIT), (signal.SIGKILL, _TERM_WAIT)):
            try:
                (os.killpg if group else os.kill)(self.pid, sig)
            except ProcessLookupError:
                return True
            except PermissionError:
                return False
            end = time.monotonic() + wait
            while time.monotonic() < end:
                if not self.alive():
                    return True
                time.sleep(0.05)
        return not self.alive()


class GridLock:
    """An exclusive, non-blocking lock on a file, with a recorded holder and deadline.

    `budget` is the number of seconds from now the first deadline allows; `extend` moves
    the deadline once the run knows how much it has to render."""

    def __init__(self, path: Path, *, budget: float = PLAN_BUDGET):
        self.path = Path(path)
        self.budget = budget
        self.notes = []          # what this run found and took over, for the run log
        self._killed = set()     # pids of holders this run stopped (already noted)
        self._fh = None
        self._record = None

    # --- taking and releasing ---------------------------------------------------------------
    def __enter__(self):
        self.path.parent.mkdir(parents=True, exist_ok=True)
        for _ in range(6):
            fh = open(self.path, "a+")  # noqa: SIM115 - held until __exit__
            try:
                fcntl.flock(fh.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
            except BlockingIOError:
                try:
                    self._take_over(fh)
                finally:
                    fh.close()
                continue  # try again, on the same file or a fresh one
            except BaseException:
                fh.close()
                raise
            try:
                if self._same_file(fh):
                    self._claim(fh)
                    return self
            except BaseException:
                fh.close()
                raise
            fh.close()  # the file was replaced while we waited for it: lock the new one
        raise LockHeld("a lock that keeps changing hands")

    def _same_file(self, fh) -> bool:
        try:
            return os.fstat(fh.fileno()).st_ino == os.stat(self.path).st_ino
        except FileNotFoundError:
            return False

    def _claim(self, fh) -> None:
        fh.seek(0)
        previous = Holder.parse(fh.read().strip())
        if previous is not None and previous.pid not in self._killed | {os.getpid()}:
            self.notes.append(f"the previous run ({previous.describe()}) ended without "
                              "releasing the lock (killed or crashed); its leftovers are "
                              "cleared")
        started = _now()
        self._record = {
            "pid": os.getpid(), "pgid": os.getpgid(0), "host": socket.gethostname(),
            "proc_start": _proc_start(os.getpid()), "started": started.isoformat(),
            "deadline": (started + dt.timedelta(seconds=self.budget)).isoformat(),
        }
        self._fh = fh
        self._write()

    def _write(self) -> None:
        fh = self._fh
        fh.seek(0)
        fh.truncate()
        fh.write(json.dumps(self._record) + "\n")
        fh.flush()

    def extend(self, seconds: float) -> None:
        """Move the deadline to `seconds` from now."""
        self._record["deadline"] = (_now() + dt.timedelta(seconds=seconds)).isoformat()
        self._write()

    @property
    def deadline(self) -> dt.datetime:
        return dt.datetime.fromisoformat(self._record["deadline"])

    def fileno(self) -> int:
        return self._fh.fileno()

    def __exit__(self, *exc):
        try:  # a released lock records no holder
            self._fh.seek(0)
            self._fh.truncate()
            self._fh.flush()
        except OSError:
            pass
        fcntl.flock(self._fh.fileno(), fcntl.LOCK_UN)
        self._fh.close()

    # --- a held lock ----------------------------------------------------------------------------
    def _take_over(self, fh) -> None:
        """The lock is held: raise LockHeld if its holder is alive and within its deadline;
        otherwise stop the holder (past its deadline) and, if the lock is still held, break
        it. Returns when the caller should try to lock again."""
        fh.seek(0)
        holder = Holder.parse(fh.read().strip())
        now = _now()
        if holder is None:
            age = time.time() - os.fstat(fh.fileno()).st_mtime
            if age < _UNRECORDED_GRACE:  # its holder is writing its record right now
                raise LockHeld("a run that is just starting")
            what = "a holder that recorded nothing"
        elif holder.alive() and not holder.past_deadline(now):
            raise LockHeld(holder)
        elif holder.alive():
            if not holder.local:
                what = f"the run {holder.describe()}, past its deadline on another host"
            elif holder.kill():
                self._killed.add(holder.pid)
                self.notes.append(f"took the lock over from a hung run ({holder.describe()}): "
                                  "past its deadline, killed")
                return
            else:
                raise LockHeld(f"{holder.describe()}; past its deadline, but it could not "
                               "be stopped")
        else:
            what = f"the run {holder.describe()}, no longer running"
        # Held, but by no live holder (a process that inherited the descriptor): break the
        # lock by replacing the file, once, under a second lock so two runs cannot both.
        with open(self.path.with_name(self.path.name + ".takeover"), "a+") as guard:
            fcntl.flock(guard.fileno(), fcntl.LOCK_EX)
            if self._same_file(fh):
                self.path.unlink()
                self.notes.append(f"broke the lock left by {what}")
