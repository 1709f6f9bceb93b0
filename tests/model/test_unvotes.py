"""UN alignment for a project's countries, cached in its build folder."""

import gzip
import os

import pandas as pd
from conftest import GROUP

from axis_report.config import ProjectPaths
from axis_report.model import unvotes


def test_alignment_is_computed_once_then_read_from_the_cache(tiny_copy, tiny_alignment,
                                                              monkeypatch):
    paths = ProjectPaths(tiny_copy)
    first = unvotes.load_alignment(paths, GROUP)
    pd.testing.assert_frame_equal(first, tiny_alignment, check_dtype=False)
    [cache] = list(paths.cache.glob("unga-alignment-*.csv"))

    def fail(*a, **k):
        raise AssertionError("the votes were read again")

    monkeypatch.setattr(unvotes, "load_unga", fail)
    again = unvotes.load_alignment(paths, GROUP)
    pd.testing.assert_frame_equal(again, first, check_dtype=False)
    assert list(paths.cache.glob("unga-alignment-*.csv")) == [cache]


def test_the_cache_key_follows_the_countries_and_the_vote_files(tiny_copy):
    paths = ProjectPaths(tiny_copy)
    unvotes.load_alignment(paths, GROUP)
    pair = unvotes.load_alignment(paths, ("CHN", "RUS"))
    assert set(pair["country_a"]) | set(pair["country_b"]) == {"CHN", "RUS", "USA"}
    assert len(list(paths.cache.glob("unga-alignment-*.csv"))) == 2
    # any change to a vote file makes a new key
    text = gzip.decompress(paths.votes_file.read_bytes()).decode() + "203,North Korea,KP,yes\n"
    paths.votes_file.write_bytes(gzip.compress(text.encode()))
    unvotes.load_alignment(paths, GROUP)
    assert len(list(paths.cache.glob("unga-alignment-*.csv"))) == 3


def test_a_read_only_project_still_gets_its_alignment(tiny_copy):
    paths = ProjectPaths(tiny_copy)
    paths.build.mkdir()
    os.chmod(paths.build, 0o555)
    try:
        if os.access(paths.build, os.W_OK):  # running as root: the mode does not bind
            paths.build.rmdir()
            paths.build.write_text("a file where the build folder should be")
        frame = unvotes.load_alignment(paths, GROUP)
    finally:
        if paths.build.is_dir():
            os.chmod(paths.build, 0o755)
    assert set(frame["year"]) == {1991, 1992}


def test_the_cache_holds_every_measure_and_the_distribution(tiny_copy):
    from axis_report import vocab
    from axis_report.analysis.alignment import (
        DISTRIBUTION_QUANTILES,
        measure_column,
        percentile_column,
        quantile_column,
    )

    paths = ProjectPaths(tiny_copy)
    unvotes.load_alignment(paths, GROUP)
    [cache] = list(paths.cache.glob("unga-alignment-*.csv"))
    assert cache.name.startswith(f"unga-alignment-v{unvotes._CACHE_VERSION}-")
    assert unvotes._CACHE_VERSION == "4"  # a v3 cache (no checksum) is never read
    frame = unvotes.load_alignment(paths, GROUP)  # from the cache
    needed = ["n_common", "n_same", "n_half", "n_yesno", "kappa", "kappa_percentile",
              "n_pairs"]
    for m in vocab.UN_MEASURES:
        needed += [measure_column(m), percentile_column(m),
                   *(quantile_column(m, q) for q in DISTRIBUTION_QUANTILES)]
    assert not set(needed) - set(frame.columns)
    # one distribution per year, the same on every row of the year
    assert (frame.groupby("year")["agreement_p90"].nunique() == 1).all()
    assert (frame["agreement"] >= frame["agreement_strict"]).all()


def _count_reads(monkeypatch) -> list:
    calls = []
    real = unvotes.load_unga

    def counting(*a, **k):
        calls.append(1)
        return real(*a, **k)

    monkeypatch.setattr(unvotes, "load_unga", counting)
    return calls


def test_a_damaged_cache_is_recomputed_and_stored_again(tiny_copy, tiny_alignment,
                                                         monkeypatch):
    paths = ProjectPaths(tiny_copy)
    unvotes.load_alignment(paths, GROUP)
    [cache] = list(paths.cache.glob("unga-alignment-*.csv"))
    whole = cache.read_bytes()
    lines = whole.splitlines(keepends=True)
    calls = _count_reads(monkeypatch)
    for damage in (b"".join(lines[: len(lines) // 2]),            # cut to half its lines
                   whole.replace(b"\n1991,", b"\n1990,", 1),        # a value altered
                   lines[0] + b"not,a,frame\n",                   # its checksum line kept
                   b"garbage\n"):
        cache.write_bytes(damage)
        frame = unvotes.load_alignment(paths, GROUP)
        pd.testing.assert_frame_equal(frame, tiny_alignment, check_dtype=False)
        assert cache.read_bytes() == whole  # stored again, whole
    assert len(calls) == 4  # recomputed each time
    unvotes.load_alignment(paths, GROUP)
    assert len(calls) == 4  # and read back from the repaired cache


def test_a_full_build_folder_still_gets_its_alignment(tiny_copy, tmpfs, tiny_alignment):
    paths = ProjectPaths(tiny_copy)
    full = tmpfs("build", size="8k")
    paths.build.symlink_to(full)
    frame = unvotes.load_alignment(paths, GROUP)
    pd.testing.assert_frame_equal(frame, tiny_alignment, check_dtype=False)
    assert not list(full.rglob("*.tmp"))
