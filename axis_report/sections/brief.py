"""Short briefs on one focus: a country (its three dyads with the others) or a dyad.

Pure selection and comparison functions for the grid runner, and the brief
notebook's `prepare_brief` / `show_*` calls.
"""

import json
from dataclasses import dataclass
from pathlib import Path

import pandas as pd

from . import plots, tables, vocab
from ._markup import Block, attribution_html, esc, figure, stance_html, table
from .errors import InputError, Problem
from .focus import (Focus, all_focuses, diff_snapshots, parse_focus, select_for_focus,
                    snapshot_records)
from .judgments import derive_key_judgments
from .paths import default_paths, reference_root
from .sources import sources_as_of

__all__ = [
    "Focus",
    "parse_focus",
    "all_focuses",
    "select_for_focus",
    "snapshot_records",
    "diff_snapshots",
    "Brief",
    "prepare_brief",
    "show_brief_title",
    "show_bottom_line",
    "show_brief_balance",
    "show_strongest",
    "show_changes",
    "show_brief_sources",
]

@dataclass
class Brief:
    """Everything a brief shows, computed once."""

    focus: Focus
    as_of: str
    edition: str
    previous_edition: str
    evidence: pd.DataFrame
    dyads_table: pd.DataFrame
    domain_table: pd.DataFrame
    changes: pd.DataFrame | None       # None for a first edition
    sources: pd.DataFrame
    defence_dyads: set


def prepare_brief(*, focus, as_of="", edition="", previous="", previous_edition="",
                  seeds="") -> Brief:
    """Return a Brief for the notebook parameters, or raise InputError.

    `previous` is the path of the previous edition's record snapshot (JSON), empty
    for a first edition.
    """
    import datetime as dt

    from .evidence import load_evidence_dir
    from .reference import load_treaties, obligations_in_force

    f = parse_focus(focus)
    problems = []
    for name, value in (("as_of", as_of), ("edition", edition),
                        ("previous_edition", previous_edition)):
        if value:
            try:
                dt.date.fromisoformat(value)
            except (TypeError, ValueError):
                problems.append(Problem("notebook parameters",
                                        f"{value!r} is not a date of the form YYYY-MM-DD",
                                        field=name))
    if previous and not Path(previous).exists():
        problems.append(Problem("notebook parameters", f"snapshot {previous!r} not found",
                                field="previous"))
    if problems:
        raise InputError(problems)
    seeds_dir = Path(seeds) if seeds else default_paths().seeds
    sources, evidence_all, _ = load_evidence_dir(seeds_dir)
    as_of, in_time = sources_as_of(sources, as_of)
    evidence_all = evidence_all[evidence_all["source_id"].isin(in_time)]
    rows = select_for_focus(evidence_all, f)
    pacts = obligations_in_force(load_treaties(reference_root(seeds_dir) / "treaties.yaml"), as_of)
    dyad_rows = rows[rows["dyad"].astype(str).isin(f.dyads)]
    domain_table = tables.tabulate_dyad_domain(
        dyad_rows.assign(dyad="focus"), dyads=["focus"], domains=vocab.DOMAINS).drop(
        columns="dyad")
    changes = None
    if previous:
        try:
            before = json.loads(Path(previous).read_text(encoding="utf-8"))
        except (OSError, ValueError) as exc:
            raise InputError([Problem(str(previous), f"the previous edition's record snapshot "
                                                     f"is damaged ({exc})", field="previous")]
                             ) from None
        changes = diff_snapshots(before, snapshot_records(rows))
    used = sources[sources["source_id"].isin(rows["source_id"])]
    return Brief(
        focus=f, as_of=as_of, edition=edition or dt.date.today().isoformat(),
        previous_edition=previous_edition, evidence=rows,
        dyads_table=tables.tabulate_dyads(rows, dyads=list(f.dyads)),
        domain_table=domain_table, changes=changes, sources=used,
        defence_dyads=set(pacts.loc[pacts["defence"], "dyad"]) & set(f.dyads),
    )


def show_brief_title(brief: Brief) -> Block:
    f = brief.focus
    what = ("its three dyads with the other three" if f.kind == "country" else "one dyad")
    return Block(f'<header class="report-title"><h1>{esc(f.title)}: brief</h1>'
                 f'<p class="subtitle">{esc(f.name)} · {esc(what)} · edition {esc(brief.edition)}'
                 f' · evidence as of {esc(brief.as_of)}</p></header>')


def show_bottom_line(brief: Brief) -> Block:
    """The bottom line: the first judgments derived from the focus's evidence."""
    items = []
    if brief.evidence.empty:
        judgments = []
        items.append(f"<li>The coded sources hold no evidence on {esc(brief.focus.title)} "
                     f"({esc(brief.focus.name)}). This is a gap in the source base, not a "
                     "finding that they do not cooperate.</li>")
    else:
        judgments = derive_key_judgments(brief.evidence, brief.dyads_table)
    for j in judgments[:5]:
        ids = ", ".join(j.record_ids) if len(j.record_ids) <= 8 else (
            f"{len(j.record_ids)} records")
        cite = f' <span class="cite">[{esc(ids)}]</span>' if j.record_ids else ""
        items.append(f"<li>{esc(j.text)}{cite}</li>")
    if brief.defence_dyads:
        items.append(f"<li>{esc(', '.join(sorted(brief.defence_dyads)))}: a defence obligation "
                     f"is in force on {esc(brief.as_of)} (treaties table).</li>")
    return Block(f'<ul class="judgments">{"".join(items)}</ul>')


def show_brief_balance(brief: Brief) -> Block:
    """Cooperation against limitation for the focus: by dyad for a country, by domain
    for a dyad."""
    if brief.evidence.empty:
        return Block('<p class="no-evidence">No evidence in the coded sources for this focus: '
                     "nothing to chart.</p>")
    if brief.focus.kind == "country":
        ax = plots.plot_dyad_balance(brief.dyads_table, title=f"{brief.focus.name}: by dyad")
    else:
        frame = brief.domain_table.assign(
            n_records=brief.domain_table["n_records"],
            w_cooperation=brief.domain_table["w_cooperation"].fillna(0),
            w_limitation=brief.domain_table["w_limitation"].fillna(0))
        ax = plots.plot_dyad_balance(frame, by="domain", title=f"{brief.focus.name}: by domain")
    ax.figure.set_size_inches(6.0, 0.4 * len(ax.get_yticks()) + 1.1)
    return Block(figure(ax.figure, alt=f"Cooperation and limitation for {brief.focus.name}",
                        caption="Summed weight (1-3 per claim) of cooperation and limitation "
                                "claims. Rows without evidence are gaps, not zero cooperation."))


def show_strongest(brief: Brief, *, n: int = 6) -> Block:
    """The strongest evidence: the weightiest, most credible claims, with quotes."""
    reliability = dict(zip(brief.sources["source_id"], brief.sources["reliability"]))
    recs = (brief.evidence.groupby("record_id", sort=True)
            .agg(quote=("quote", "first"), stance=("stance", "first"),
                 domain=("domain", "first"), weight=("weight", "first"),
                 credibility=("credibility", "first"), attribution=("attribution", "first"),
                 analyst=("analyst", "first"), affiliation=("affiliation", "first"),
                 source_id=("source_id", "first"),
                 dyads=("dyad", lambda s: ", ".join(sorted(map(str, s)))))
            .reset_index())
    if recs.empty:
        return Block('<p class="no-evidence">No evidence in the coded sources for this focus.'
                     " This is a gap, not a finding of no cooperation.</p>")
    recs = recs.sort_values(["weight", "credibility", "record_id"],
                            ascending=[False, True, True]).head(n)

    return Block(table(recs.to_dict("records"), [
        ("Claim", lambda r: f"<q>{esc(r['quote'])}</q> <span class='cite'>[{esc(r['record_id'])}"
                            f"; {esc(r['source_id'])}]</span>"),
        ("Dyads", "dyads"),
        ("Stance", stance_html),
        ("Wt", "weight"),
        ("Grade", lambda r: esc(f"{reliability.get(r['source_id'], '?')}{r['credibility']}")),
        ("Said by", attribution_html),
    ], widths=["45%", "13%", "14%", "5%", "7%", "16%"]))


def show_changes(brief: Brief) -> Block:
    """What changed since the previous edition of this brief."""
    if brief.changes is None:
        return Block("<p>This is the first edition of this brief.</p>")
    since = f" since the edition of {esc(brief.previous_edition)}" if brief.previous_edition else ""
    if brief.changes.empty:
        return Block(f"<p>No evidence record for this focus changed{since}.</p>")
    counts = brief.changes["change"].value_counts()
    head = ", ".join(f"{int(counts[c])} {c}" for c in ("added", "removed", "changed")
                     if c in counts)
    return Block(f"<p>Evidence records{since}: {esc(head)}.</p>" + table(
        brief.changes.to_dict("records"), [
            ("Record", "record_id"), ("Change", "change"),
            ("Quote", lambda r: f"<q>{esc(r['quote'])}</q>"),
            ("Fields changed", "fields"),
        ], widths=["10%", "12%", "58%", "20%"]))


def show_brief_sources(brief: Brief) -> Block:
    rows = brief.sources.to_dict("records")
    if not rows:
        return Block("<p>No sources.</p>")
    return Block(table(rows, [
        ("ID", "source_id"), ("Title", "title"), ("Outlet", "outlet"),
        ("Date", lambda r: esc(r["date"]) + (" (estimated)" if r["date_estimated"] else "")),
        ("Reliability", lambda r: esc(f"{r['reliability']} - {r['reliability_label']}")),
    ], widths=["8%", "34%", "24%", "17%", "17%"]))
