"""The briefs index page: each brief's status at a glance (its claims, counted as the
brief counts them, sources, newest evidence, what changed since the edition before, whether
it has no coded evidence, and how old its evidence is) and where its editions are. Builds
plain data from the manifest and the archived record snapshots; the page itself is a
template (sections.index)."""

from pathlib import Path

from ..analysis.focus import diff_snapshots, parse_focus
from ..analysis.staleness import age_days, age_words, staleness
from ..errors import InputError
from ..model.brief import newest_on_focus_alone
from ..publish import publish
from .manifest import read_snapshot
from .plan import REPORT_NAME

__all__ = ["index_rows", "write_index", "edition_label", "brief_status"]

# Used when the brief notebook declares no `stale_after_days` (an older project).
_STALE_AFTER_DAYS = 90


def edition_label(edition: str) -> str:
    """'2025-07-02 06:30' for 2025-07-02T063000Z; a later edition of the same second
    (2025-07-02T063000Z-002) is labelled '2025-07-02 06:30 (2)'."""
    label = f"{edition[:10]} {edition[11:13]}:{edition[13:15]}"
    seq = edition[19:]
    return f"{label} ({int(seq)})" if seq.isdigit() else label


def brief_status(records, previous, *, edition_date: str, dates: dict,
                 stale_after_days: int, set_aside=frozenset(), focus=None) -> dict:
    """Return what the index says of one published edition from its record snapshot
    (`records`, None when unknown) and the previous edition's (`previous`, None for a
    first edition or an unreadable one): claims (counted as the brief counts them: the
    claims in `set_aside`, those the reference data contradict, are left out), set_aside
    (how many were), sources, newest (the newest date of a source quoted, '' when
    unknown), newest_alone (for a dyad `focus`, the newest date of a claim on that pair
    alone when older: `model.brief.newest_on_focus_alone`), changes (change kind ->
    records, None when there is no previous edition to compare with), no_evidence, stale
    (the staleness sentence or None) and age (how old the newest evidence is, in words,
    when stale)."""
    if records is None:
        return {"claims": None, "set_aside": 0, "sources": None, "newest": "",
                "newest_alone": None, "changes": None, "no_evidence": False, "stale": None,
                "age": ""}
    used = {s for r in records for s in str(r.get("sources") or "").split()}
    known = [dates[s] for s in used if s in dates]
    newest = max(known) if known else ""
    changes = None
    if previous is not None:
        diff = diff_snapshots(previous, records)
        changes = {k: int((diff["change"] == k).sum()) for k in ("added", "removed", "changed")}
    stale = (staleness(newest, edition_date, stale_after_days)
             if newest and edition_date else None)
    aside = sum(1 for r in records if r.get("record_id") in set_aside)
    alone = None
    if focus is not None and all("countries" in r for r in records):
        alone = newest_on_focus_alone(records, focus, dates, gap_days=stale_after_days)
    return {"claims": len(records) - aside, "set_aside": aside, "sources": len(used),
            "newest": newest, "newest_alone": alone, "changes": changes,
            "no_evidence": not records, "stale": stale,
            "age": age_words(age_days(newest, edition_date)) if stale else ""}


def _snapshots(briefs_dir, task, entry) -> tuple:
    """(records of the published edition, records of the one before) as far as known."""
    current = previous = None
    if briefs_dir is not None and entry.get("archive"):
        current, _ = read_snapshot(Path(briefs_dir) / entry["archive"] / "records.json")
    if current is None and entry.get("key") == task.key:  # built from this plan's snapshot
        current = task.snapshot
    editions = entry.get("editions") or []
    if briefs_dir is not None and len(editions) >= 2:
        previous, _ = read_snapshot(Path(briefs_dir) / "archive" / task.name / editions[-2]
                                    / "records.json")
    return current, previous


def index_rows(manifest: dict, tasks: list, group, *, briefs_dir=None, dates=None,
               stale_after_days: int = _STALE_AFTER_DAYS, set_aside=frozenset()) -> list:
    """Return one dict per brief for the index, in the grid's order: its name, title,
    kind, whether it is built, its edition date, links, earlier editions, and its status
    (`brief_status`) read from the archived record snapshots under `briefs_dir` (or, for
    an edition built from this plan, the task's snapshot). `dates` maps source ids to
    their dates, for the newest evidence; `set_aside` holds the ids of the claims the
    reference data contradict, which no brief counts."""
    rows = []
    for t in tasks:
        if t.kind != "brief":
            continue
        focus = parse_focus(t.name, group)
        entry = manifest["outputs"].get(t.name)
        row = {"name": t.name, "title": focus.title, "kind": focus.kind, "built": entry is not None,
               "edition_date": "", "html": f"{t.name}.html", "pdf": f"{t.name}.pdf",
               "earlier": [], "first_edition": False,
               **brief_status(None, None, edition_date="", dates={}, stale_after_days=0)}
        if entry is not None:
            row["edition_date"] = entry["edition_date"]
            row["earlier"] = [{"label": edition_label(e),
                               "href": f"archive/{t.name}/{e}/{t.name}.pdf"}
                              for e in reversed(entry["editions"]) if e != entry["edition"]]
            current, previous = _snapshots(briefs_dir, t, entry)
            row.update(brief_status(current, previous, edition_date=entry["edition_date"],
                                    dates=dates or {}, stale_after_days=stale_after_days,
                                    set_aside=set_aside, focus=focus))
            row["first_edition"] = len(entry.get("editions") or []) < 2
        rows.append(row)
    return rows


def _project_facts(tasks: list, inputs=None) -> tuple:
    """(source id -> date, the brief notebook's default `stale_after_days`, the ids of the
    claims the reference data contradict) for the project the tasks belong to; what
    cannot be read is left out, not fatal: the index then shows less."""
    from ..analysis.factcheck import alignment_countries
    from ..config import ProjectPaths
    from ..inputs import load_inputs
    from ..inputs.parameters import read_parameters
    from ..model.brief import contradicted_claims
    from ..model.unvotes import load_alignment

    dates, threshold, set_aside = {}, _STALE_AFTER_DAYS, frozenset()
    briefs = [t for t in tasks if t.kind == "brief"]
    if not briefs:
        return dates, threshold, set_aside
    root = briefs[0].parameters.get("project")
    try:
        if root:
            paths = ProjectPaths(Path(root))
            inputs = load_inputs(paths) if inputs is None else inputs
            dates = dict(zip(inputs.sources["source_id"], inputs.sources["date"].astype(str)))
            alignment = load_alignment(paths, inputs.group,
                                       also=alignment_countries(inputs.evidence))
            set_aside = frozenset(contradicted_claims(inputs, alignment))
        declared = {p.name: p.default for p in read_parameters(briefs[0].notebook)}
        threshold = int(declared.get("stale_after_days", _STALE_AFTER_DAYS))
    except (InputError, OSError, TypeError, ValueError):
        pass
    return dates, threshold, set_aside


def write_index(briefs_dir: Path, manifest: dict, tasks: list, group, *,
                inputs=None) -> None:
    """Publish briefs/index.html from the manifest and the archived record snapshots;
    `inputs`, the project's as the run read them, saves reading them again."""
    from ..sections.index import render_index

    report = manifest["outputs"].get(REPORT_NAME)
    report_entry = None if report is None else {
        "edition_date": report["edition_date"], "html": f"../{REPORT_NAME}.html",
        "pdf": f"../{REPORT_NAME}.pdf"}
    dates, threshold, set_aside = _project_facts(tasks, inputs)
    rows = index_rows(manifest, tasks, group, briefs_dir=briefs_dir, dates=dates,
                      stale_after_days=threshold, set_aside=set_aside)
    page = render_index(rows, report_entry, group=tuple(group), stale_after_days=threshold,
                        set_aside=sorted(set_aside))
    publish({briefs_dir / "index.html": page.encode("utf-8")})
