"""UN General Assembly voting alignment for a project's countries, cached on disk.

Computing the three agreement measures and kappa for every pair of UN members (the
percentiles need them all) takes about 1.5 s; the result for the project's pairs is
cached in the project's build/cache, keyed on the vote files' hashes and the countries,
and stored with its own checksum: a cache file that is cut, altered or unreadable is a
miss, recomputed and stored again.
The cached frame holds everything the report and the fact check need under each
measure of `vocab.UN_MEASURES` (see `analysis.alignment.focus_alignment`): per pair and
year the measures with their percentiles among all pairs, and per year the percentiles
of all pairs' agreement (the distribution an `un_alignment` claim is set against).
"""

import hashlib
import io

import pandas as pd

from .. import vocab
from ..analysis.alignment import focus_alignment
from ..config import ProjectPaths
from ..inputs.files import file_sha256
from ..inputs.reference import load_unga
from ..publish import publish_checked, read_checked

__all__ = ["load_alignment", "COMPARATOR"]

_CACHE_VERSION = "4"  # 3: three agreement measures, all-pairs percentiles; 4: checksummed
COMPARATOR = "USA"


def load_alignment(paths: ProjectPaths, group, *, also=()) -> pd.DataFrame:
    """Return the agreement measures (standard, strict, yes/no), kappa and their
    within-year percentiles since 1991 for the pairs among `group`, the comparator and
    `also` (countries a checked claim names), with each year's all-pairs percentiles,
    from the cache or computed on a miss."""
    countries = list(dict.fromkeys([*group, COMPARATOR, *also]))
    codes = {vocab.ISO3_TO_ISO2[c]: c for c in countries if c in vocab.ISO3_TO_ISO2}
    key = hashlib.sha256(repr((file_sha256(paths.votes_file), file_sha256(paths.roll_calls_file),
                               sorted(codes.items()))).encode()).hexdigest()[:24]
    cache = paths.cache / f"unga-alignment-v{_CACHE_VERSION}-{key}.csv"
    cached = _read_cache(cache)
    if cached is not None:
        return cached
    votes, roll_calls = load_unga(paths.votes_file, paths.roll_calls_file)
    frame = focus_alignment(votes, roll_calls, codes=codes)
    try:
        publish_checked(cache, frame.to_csv(index=False).encode("utf-8"))
    except OSError:  # a read-only or full project still reports, without the cache
        pass
    return frame


def _read_cache(path):
    """The cached frame, or None when the cache is absent or fails its checksum."""
    data = read_checked(path)
    if data is None:
        return None
    try:
        return pd.read_csv(io.BytesIO(data))
    except (ValueError, UnicodeDecodeError):  # whole but unreadable: recompute
        return None
