"""The source documents: their metadata (sources.yaml) and their texts."""

from pathlib import Path

import pandas as pd

from ..errors import InputError, Problem
from ..vocab import RELIABILITY_GRADES, SOURCE_KINDS
from .checks import checked_entries
from .files import read_text

__all__ = ["SOURCE_FIELDS", "load_sources", "sources_as_of"]

_COLUMNS = ["source_id", "file", "title", "outlet", "authors", "date", "date_estimated",
            "date_basis", "kind", "derived_from", "reliability", "reliability_label",
            "reliability_basis", "url", "obtained", "note", "n_chars"]

SOURCE_FIELDS = (
    "id", "file", "title", "outlet", "authors", "date", "date_estimated", "date_basis", "kind",
    "derived_from", "reliability", "reliability_basis", "url", "obtained", "inbox", "note",
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
        kind = check.choice("kind", SOURCE_KINDS)
        derived_from = check.string("derived_from", required=False)
        authors = entry.values.get("authors") or []
        if not isinstance(authors, list) or not all(isinstance(a, str) for a in authors):
            check.problem("authors", "must be a list of names")
            authors = []
        obtained = check.string("obtained", required=False)
        check.string("inbox", required=False)
        note = check.string("note", required=False)
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
            source_id=sid, file=file, title=title, outlet=outlet, authors=", ".join(authors),
            date=date, date_estimated=estimated, date_basis=basis, kind=kind,
            derived_from=derived_from, reliability=reliability,
            reliability_label=RELIABILITY_GRADES[reliability],
            reliability_basis=reliability_basis, url=url, obtained=obtained, note=note,
            n_chars=len(text), line=entry.field_lines.get("derived_from", entry.line),
        ))
    known = {r["source_id"] for r in rows}
    for r in rows:
        if r["derived_from"] is not None and (r["derived_from"] not in known
                                              or r["derived_from"] == r["source_id"]):
            problems.append(Problem(str(sources_file), f"{r['derived_from']!r} is not another "
                                    "source listed here", record=r["source_id"],
                                    field="derived_from", line=r["line"]))
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
