"""Atomic publication: every file lands whole or not at all, and is on disk before a caller
reports success. Also the checked files every cache is stored in.

Light on imports on purpose: the grid runner's no-op path uses it.
"""

import errno
import hashlib
import os
import tempfile
from pathlib import Path

__all__ = ["publish", "PublishError", "sha256_bytes", "is_stale_temporary",
           "publish_checked", "read_checked"]

_REASONS = {
    errno.EROFS: "the folder is on a read-only file system",
    errno.ENOSPC: "no space left on the device",
    errno.EDQUOT: "the disk quota is exceeded",
    errno.EACCES: "permission denied (the folder is not writable)",
    errno.EPERM: "permission denied (the folder is not writable)",
    errno.ENOTDIR: "a file stands where a folder should be",
    errno.EEXIST: "a file stands where a folder should be",
}


class PublishError(OSError):
    """A file could not be published (read-only or full folder, no permission); nothing
    half-written is left. The message names the file and the reason in plain words."""

    def __init__(self, path, exc: OSError):
        reason = _REASONS.get(exc.errno) or exc.strerror or str(exc) or type(exc).__name__
        super().__init__(exc.errno, reason, str(path))
        self.path, self.reason = Path(path), reason

    def __str__(self) -> str:
        return f"cannot write {self.path}: {self.reason}"


def sha256_bytes(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def _temp_name(final: Path) -> tuple:
    # The writer's pid is part of the name, so a later run can tell a temporary left by a
    # dead writer from one a live writer is still filling.
    return f".{final.name}.{os.getpid()}.", ".tmp"


def is_stale_temporary(path: Path) -> bool:
    """True for a temporary file `publish` left behind whose writer is no longer alive
    (or one without a writer's pid, from an older version)."""
    name = Path(path).name
    if not (name.startswith(".") and name.endswith(".tmp")):
        return False
    parts = name[1:-4].rsplit(".", 2)
    if len(parts) < 3 or not parts[1].isdigit():
        return True
    pid = int(parts[1])
    if pid == os.getpid():
        return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return True
    except PermissionError:
        return False
    return False


def _fsync_dir(folder: Path) -> None:
    try:
        fd = os.open(folder, os.O_RDONLY | getattr(os, "O_DIRECTORY", 0))
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError as exc:  # some file systems cannot sync a folder: nothing more to do
        if exc.errno not in (errno.EINVAL, errno.ENOTSUP, errno.EBADF):
            raise
    finally:
        os.close(fd)


def publish(files: dict) -> None:
    """Write every file to a temporary name in its destination folder, then rename each
    into place, then sync the folders. Renames are atomic, so a reader sees an old or a
    new file, never a part; when this returns, files and folder entries are on disk.

    Raises PublishError (an OSError) naming the file and the reason (read-only, full);
    no temporary file is left behind, whatever failed."""
    staged, folders = [], []
    current = None
    try:
        for final, data in files.items():
            final = current = Path(final)
            final.parent.mkdir(parents=True, exist_ok=True)
            prefix, suffix = _temp_name(final)
            fd, tmp = tempfile.mkstemp(dir=final.parent, prefix=prefix, suffix=suffix)
            staged.append((tmp, final))  # before writing: a full disk must not strand it
            with os.fdopen(fd, "wb") as fh:
                fh.write(data)
                fh.flush()
                os.fsync(fh.fileno())
            os.chmod(tmp, 0o644)
        for tmp, final in staged:
            current = final
            os.replace(tmp, final)
            if final.parent not in folders:
                folders.append(final.parent)
        for folder in folders:
            current = folder
            _fsync_dir(folder)
    except PublishError:
        raise
    except OSError as exc:
        raise PublishError(current if current is not None else "", exc) from exc
    finally:
        for tmp, _ in staged:
            try:
                os.unlink(tmp)
            except OSError:
                pass


# --- checked files: what every cache is stored in ------------------------------------------

_CHECKED_MAGIC = b"axis-cache sha256="


def publish_checked(path: Path, data: bytes) -> None:
    """Publish `data` at `path` behind a one-line header holding its SHA-256, so a reader
    can tell a whole file from a cut, padded or altered one."""
    publish({Path(path): _CHECKED_MAGIC + sha256_bytes(data).encode() + b"\n" + data})


def read_checked(path: Path):
    """Return the data `publish_checked` stored at `path`, or None when the file is absent,
    unreadable, or fails its checksum (a damaged entry is a miss: the caller rebuilds it
    and publishes it again over the damaged one)."""
    try:
        raw = Path(path).read_bytes()
    except OSError:
        return None
    head, sep, data = raw.partition(b"\n")
    if not sep or not head.startswith(_CHECKED_MAGIC):
        return None
    if head[len(_CHECKED_MAGIC):].decode("ascii", "replace") != sha256_bytes(data):
        return None
    return data
