"""The briefs index page: what each brief's latest edition is and where its earlier ones are.
Builds plain data from the manifest; the page itself is a template (sections.index)."""

from pathlib import Path

from ..analysis.focus import parse_focus
from ..publish import publish
from .plan import REPORT_NAME

__all__ = ["index_rows", "write_index", "edition_label"]


def edition_label(edition: str) -> str:
    """'2025-07-02 06:30' for 2025-07-02T063000Z; a later edition of the same second
    (2025-07-02T063000Z-002) is labelled '2025-07-02 06:30 (2)'."""
    label = f"{edition[:10]} {edition[11:13]}:{edition[13:15]}"
    seq = edition[19:]
    return f"{label} ({int(seq)})" if seq.isdigit() else label


def index_rows(manifest: dict, tasks: list, group) -> list:
    """Return one dict per brief for the index, in the grid's order."""
    rows = []
    for t in tasks:
        if t.kind != "brief":
            continue
        focus = parse_focus(t.name, group)
        entry = manifest["outputs"].get(t.name)
        row = {"name": t.name, "title": focus.title, "kind": focus.kind, "built": entry is not None,
               "edition_date": "", "html": f"{t.name}.html", "pdf": f"{t.name}.pdf",
               "earlier": []}
        if entry is not None:
            row["edition_date"] = entry["edition_date"]
            row["earlier"] = [{"label": edition_label(e),
                               "href": f"archive/{t.name}/{e}/{t.name}.pdf"}
                              for e in reversed(entry["editions"]) if e != entry["edition"]]
        rows.append(row)
    return rows


def write_index(briefs_dir: Path, manifest: dict, tasks: list, group) -> None:
    """Publish briefs/index.html from the manifest."""
    from ..sections.index import render_index

    report = manifest["outputs"].get(REPORT_NAME)
    report_entry = None if report is None else {
        "edition_date": report["edition_date"], "html": f"../{REPORT_NAME}.html",
        "pdf": f"../{REPORT_NAME}.pdf"}
    page = render_index(index_rows(manifest, tasks, group), report_entry)
    publish({briefs_dir / "index.html": page.encode("utf-8")})
