"""Atomic publication: every file lands whole or not at all."""

import os

import pytest

from axis_report import publish as pub
from axis_report.publish import publish


def test_publish_replaces_whole_files_only(tmp_path):
    target = tmp_path / "a.txt"
    target.write_text("old")
    publish({target: b"new", tmp_path / "sub" / "b.txt": b"bee"})
    assert target.read_text() == "new" and (tmp_path / "sub" / "b.txt").read_text() == "bee"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.txt", "sub"]
    assert oct(target.stat().st_mode & 0o777) == "0o644"


def test_a_failed_rename_leaves_no_temporary_file(tmp_path, monkeypatch):
    first, second = tmp_path / "a.txt", tmp_path / "b.txt"
    first.write_text("old a")
    second.write_text("old b")
    real = os.replace

    def flaky(src, dst):
        if dst == second:  # the first file is renamed, the second fails
            raise OSError("disk full")
        real(src, dst)

    monkeypatch.setattr(pub.os, "replace", flaky)
    with pytest.raises(OSError):
        publish({first: b"new a", second: b"new b"})
    monkeypatch.setattr(pub.os, "replace", real)
    # renames are atomic one by one: the first landed whole, the second stayed old
    assert first.read_text() == "new a" and second.read_text() == "old b"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.txt", "b.txt"]  # no temp left


def test_a_failure_while_staging_leaves_no_temporary_file(tmp_path):
    (tmp_path / "blocked").write_text("a file, not a folder")
    with pytest.raises(OSError):
        publish({tmp_path / "ok.txt": b"x", tmp_path / "blocked" / "c.txt": b"y"})
    assert sorted(p.name for p in tmp_path.iterdir()) == ["blocked"]


def test_a_failed_write_leaves_no_temporary_file_and_names_the_file(tmp_path, monkeypatch):
    target = tmp_path / "a.txt"
    target.write_text("old")
    real = os.fsync

    def full(fd):
        if os.path.isfile(f"/proc/self/fd/{fd}"):  # the data, not a folder
            raise OSError(28, "No space left on device")
        real(fd)

    monkeypatch.setattr(pub.os, "fsync", full)
    with pytest.raises(pub.PublishError) as err:
        publish({target: b"new"})
    assert str(err.value) == f"cannot write {target}: no space left on the device"
    assert isinstance(err.value, OSError) and err.value.errno == 28
    assert target.read_text() == "old"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.txt"]


def test_files_and_their_folders_are_synced_before_publish_returns(tmp_path, monkeypatch):
    synced = []
    real = os.fsync

    def record(fd):
        synced.append(os.readlink(f"/proc/self/fd/{fd}"))
        real(fd)

    monkeypatch.setattr(pub.os, "fsync", record)
    publish({tmp_path / "a.txt": b"a", tmp_path / "sub" / "b.txt": b"b"})
    assert str(tmp_path) in synced and str(tmp_path / "sub") in synced  # the folders
    assert len(synced) == 4  # and the two files (under their temporary names)


def test_temporary_names_carry_the_writers_pid(tmp_path):
    live = tmp_path / f".a.txt.{os.getpid()}.abc123.tmp"
    old_style = tmp_path / ".a.txt.abc123.tmp"
    dead = tmp_path / ".a.txt.99999999.abc123.tmp"
    assert not pub.is_stale_temporary(live)
    assert pub.is_stale_temporary(old_style) and pub.is_stale_temporary(dead)
    assert not pub.is_stale_temporary(tmp_path / "a.txt")


def test_checked_files_tell_whole_from_damaged(tmp_path):
    path = tmp_path / "cache" / "entry.csv"
    pub.publish_checked(path, b"a,b\n1,2\n3,4\n")
    assert pub.read_checked(path) == b"a,b\n1,2\n3,4\n"
    raw = path.read_bytes()
    for damaged in (raw[:-4], raw + b"5,6\n", raw.replace(b"1,2", b"1,3"), b"a,b\n1,2\n", b""):
        path.write_bytes(damaged)
        assert pub.read_checked(path) is None
    assert pub.read_checked(tmp_path / "absent") is None


def test_a_full_disk_fails_cleanly(tmpfs):
    folder = tmpfs("full", size="64k")
    (folder / "a.txt").write_bytes(b"old")
    with pytest.raises(pub.PublishError) as err:
        publish({folder / "a.txt": b"x" * 200_000})
    assert "no space left on the device" in str(err.value) and str(folder / "a.txt") in str(
        err.value)
    assert (folder / "a.txt").read_bytes() == b"old"
    assert sorted(p.name for p in folder.iterdir()) == ["a.txt"]  # no .tmp left behind


def test_a_read_only_folder_fails_cleanly(tmpfs):
    folder = tmpfs("ro", readonly=True)
    with pytest.raises(pub.PublishError) as err:
        publish({folder / "reports" / "a.txt": b"x"})
    assert "read-only file system" in str(err.value)
