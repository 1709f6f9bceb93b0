"""The source documents: their metadata (sources.yaml) and their texts."""

from pathlib import Path

import pandas as pd

from ..errors import InputError, Problem
from ..vocab import RELIABILITY_GRADES, SOURCE_KINDS
from .checks import MAX_ID_CHARS, MAX_NAME_CHARS, checked_entries, show
from .files import inside, read_text

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
    seeds = sources_file.parent
    rows, texts, problems = [], {}, []
    listed = set()  # every id given, valid or not: a copy of a faulty source is not faulted
    for entry, check, sid in checked_entries(sources_file, SOURCE_FIELDS, "source"):
        file = check.string("file", limit=MAX_NAME_CHARS)
        title = check.string("title", limit=MAX_NAME_CHARS)
        outlet = check.string("outlet", limit=MAX_NAME_CHARS)
        date = check.date("date")
        estimated = entry.values.get("date_estimated", False)
        if not isinstance(estimated, bool):
            check.problem("date_estimated", "must be true or false")
        basis = check.string("date_basis", required=bool(estimated))
        kind = check.choice("kind", SOURCE_KINDS)
        derived_from = check.string("derived_from", required=False, limit=MAX_ID_CHARS)
        authors = entry.values.get("authors") or []
        if (not isinstance(authors, list) or not all(isinstance(a, str) for a in authors)
                or any(len(a) > MAX_NAME_CHARS for a in authors)):
            check.problem("authors", f"must be a list of names (each at most "
                                     f"{MAX_NAME_CHARS} characters)")
            authors = []
        elif not check.items("authors", authors):
            authors = []
        obtained = check.string("obtained", required=False)
        check.string("inbox", required=False)
        note = check.string("note", required=False)
        reliability = check.choice("reliability", tuple(RELIABILITY_GRADES))
        reliability_basis = check.string("reliability_basis", required=False)
        url = check.string("url", required=False)
        text = _source_text(check, seeds, file) if file is not None else None
        problems += check.problems
        listed.add(sid)
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
    for r in rows:
        if r["derived_from"] is not None and (r["derived_from"] not in listed
                                              or r["derived_from"] == r["source_id"]):
            problems.append(Problem(str(sources_file), f"{show(r['derived_from'])} is not another "
                                    "source listed here", record=r["source_id"],
                                    field="derived_from", line=r["line"]))
    if problems:
        raise InputError(problems)
    # An empty list is a valid new project; a report on it says there is nothing to report.
    frame = pd.DataFrame(rows, columns=_COLUMNS).sort_values("source_id", ignore_index=True)
    return frame, texts


def _source_text(check, seeds: Path, file: str) -> str | None:
    """Return the text of a source's `file` (relative to the seeds folder), or None after
    naming the problem: a path outside the seeds folder, an unreadable, binary, too large
    or empty text."""
    path = seeds / file
    if "\x00" in file or Path(file).is_absolute() or not inside(path, seeds):
        check.problem("file", f"{show(file)} must name a file inside the seeds folder "
                              f"{seeds} (no absolute path, no '..', no link out of it)")
        return None
    try:
        text = read_text(path, within=seeds)
    except InputError as err:
        check.problem("file", f"source text {path}: {err.problems[0].message}")
        return None
    if not text.strip():
        check.problem("file", f"source text {path} is empty: save the document's text in it")
        return None
    return text


def sources_as_of(sources: pd.DataFrame, as_of: str | None):
    """Return (as_of date, ids of the sources dated on or before it); an empty `as_of`
    means the latest source date."""
    as_of = as_of or sources["date"].max()
    return as_of, sources.loc[sources["date"] <= as_of, "source_id"]
