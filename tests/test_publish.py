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
