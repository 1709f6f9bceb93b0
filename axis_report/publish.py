"""Atomic publication: every file lands whole or not at all.

Light on imports on purpose: the grid runner's no-op path uses it.
"""

import os
import tempfile

__all__ = ["publish"]


def publish(files: dict) -> None:
    """Write every file to a temporary name in its destination folder, then rename each
    into place. Renames are atomic, so a reader sees an old or a new file, never a part."""
    staged = []
    try:
        for final, data in files.items():
            final.parent.mkdir(parents=True, exist_ok=True)
            fd, tmp = tempfile.mkstemp(dir=final.parent, prefix=f".{final.name}.", suffix=".tmp")
            with os.fdopen(fd, "wb") as fh:
                fh.write(data)
                fh.flush()
                os.fsync(fh.fileno())
            os.chmod(tmp, 0o644)
            staged.append((tmp, final))
        for tmp, final in staged:
            os.replace(tmp, final)
    finally:
        for tmp, _ in staged:
            if os.path.exists(tmp):
                os.unlink(tmp)
