"""The source documents: their metadata (sources.yaml) and their texts."""

from pathlib import Path

import pandas as pd

from ..errors import InputError
from ..vocab import RELIABILITY_GRADES
from .checks import checked_entries
from .files import read_text

__all__ = ["SOURCE_FIELDS", "load_sources", "sources_as_of"]

_COLUMNS = ["source_id", "file", "title", "outlet", "date", "date_estimated", "date_basis", "kind",
            "reliability", "reliability_label", "reliability_basis", "url", "n_chars"]

SOURCE_FIELDS = (
    "id", "file", "title", "outlet", "date", "date_estimated", "date_basis", "kind",
    "reliability", "reliability_basis", "url",
)


def load_sources(sources_file: Path) -> tuple[pd.DataFrame, dict[str, str]]:
    """Return the sources as a frame (one row per source) and their texts by source id.

    Source files are named relative to the metadata file's folder.
    """
    sources_file = Path(sources_file)
    rows, texts, problems = [], {}, []
    for entry, check, sid in checked_entries(sources_file, SOURCE_FIELDS, "source"):
        file = check.string("file")
        title = check.string("title")
        outlet = check.string("outlet")
        date = check.date("date")
        estimated = entry.values.get("date_estimated", False)
        if not isinstance(estimated, bool):
            check.problem("date_estimated", "must be true or false")
        basis = check.string("date_basis", required=bool(estimated))
        kind = check.string("kind", required=False) or "news article"
        reliability = check.choice("reliability", tuple(RELIABILITY_GRADES))
        reliability_basis = check.string("reliability_basis", required=False)
        url = check.string("url", required=False)
        text = None
        if file is not None:
            path = sources_file.parent / file
            try:
                text = read_text(path)
            except InputError:
                check.problem("file", f"source file {str(path)!r} not found")
        problems += check.problems
        if check.problems:
            continue
        texts[sid] = text
        rows.append(dict(
            source_id=sid, file=file, title=title, outlet=outlet, date=date,
            date_estimated=estimated, date_basis=basis, kind=kind,
            reliability=reliability,
            reliability_label=RELIABILITY_GRADES[reliability],
            reliability_basis=reliability_basis, url=url,
            n_chars=len(text),
        ))
    if problems:
        raise InputError(problems)
    # An empty list is a valid new project; a report on it says there is nothing to report.
    frame = pd.DataFrame(rows, columns=_COLUMNS).sort_values("source_id", ignore_index=True)
    return frame, texts


def sources_as_of(sources: pd.DataFrame, as_of: str | None):
    """Return (as_of date, ids of the sources dated on or before it); an empty `as_of`
    means the latest source date."""
    as_of = as_of or sources["date"].max()
    return as_of, sources.loc[sources["date"] <= as_of, "source_id"]
