"""The grid's lock: one run at a time."""

import datetime as dt
import fcntl
import os
from pathlib import Path

__all__ = ["LockHeld", "GridLock"]


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
    return dt.datetime.now(dt.UTC)
