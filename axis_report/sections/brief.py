"""A brief's sections: one call each from the brief notebook, each returning a Block.

A `show_*` function picks fields of the `Brief` (computed by `model.brief.build_brief`),
draws its figure and hands both to its template under templates/sections/brief_*.
Nothing here computes a table or writes a tag.
"""

import re

from .. import prose, vocab
from ..figures import plots
from ..figures.cache import figure_svg
from ..html import Block, render, svg_data_uri
from ..model.brief import SHOWN_CLAIMS, Brief

__all__ = [
    "show_brief_title",
    "show_bottom_line",
    "show_brief_context",
    "show_brief_balance",
    "show_strongest",
    "show_changes",
    "show_brief_sources",
]


def show_brief_title(brief: Brief) -> Block:
    """Return the brief's title block: the focus, what it covers, the edition date and the
    date the evidence speaks for."""
    f = brief.focus
    block = render("brief_title.html.j2", title=f.title, name=f.name, kind=f.kind,
                   dyads=f.dyads, edition=brief.edition, as_of=brief.as_of,
                   pending=brief.pending_review, stale=brief.stale,
                   alone=brief.alone_note,
                   no_evidence=brief.no_evidence, handling=brief.handling,
                   prepared_by=brief.prepared_by,
                   # counted as the briefs index counts them: contradicted claims set aside
                   n_claims=brief.n_claims, n_sources=len(brief.sources),
                   # a first edition has nothing to compare with: said here, once
                   first=brief.changes is None and not brief.previous_edition)
    # the document's own title and date, for the exporter (HTML <title>, PDF metadata)
    block.meta = {"title": f"{f.title}: brief", "date": brief.edition,
                  "author": brief.prepared_by,
                  "description": f"Brief on {f.title} ({f.name}), edition {brief.edition}, "
                                 f"evidence as of {brief.as_of}"}
    return block


def _id_order(record_id: str) -> tuple:
    """E2 before E10: ids in the order of their numbers, then as text."""
    return tuple((0, int(p)) if p.isdigit() else (1, p)
                 for p in re.split(r"(\d+)", str(record_id)) if p)


def _cite(brief: Brief, ids) -> list:
    """Every id, in order, with where it leads: the quote in this brief when the brief
    shows it, else the claim in the full report's evidence annex."""
    shown = set(brief.shown_ids)
    return [{"id": i, "href": f"#ev-{i}" if i in shown else f"{ANNEX}#ev-{i}"}
            for i in sorted(set(ids), key=_id_order)]


# The full report, as a brief in reports/briefs/ reaches it.
ANNEX = "../axis-report.html"


def _anchors(brief: Brief) -> set:
    """The anchors a brief's own page holds: the quotes it shows (ev-E017), its agreements
    (tr-T05, in force, signed or ended) and its sources (src-S001). An id in running text
    links to one of them, or is left plain."""
    treaties = set(brief.treaties["treaty_id"]) | set(brief.ended["treaty_id"])
    return ({f"ev-{i}" for i in brief.shown_ids} | {f"tr-{t}" for t in treaties}
            | {f"src-{s}" for s in brief.sources["source_id"]})


def _about(brief: Brief) -> str:
    """What the brief is about, in words: 'China and Iran' for a pair, 'China's ties with
    Russia, Iran and North Korea' for a country."""
    f = brief.focus
    if f.kind == "dyad":
        return f.title
    others = [c for d in f.dyads for c in vocab.split_dyad(d) if c != f.name]
    return (f"{vocab.country_name(f.name)}'s ties with "
            f"{prose.join([vocab.country_name(c) for c in others])}")


def _first_of_each(rows: list) -> list:
    """`rows` (dicts with treaty_id), each marked `anchor` when it is the first of its
    agreement: an agreement binding several of a country's pairs has one row per pair and
    one anchor."""
    seen = set()
    out = []
    for r in rows:
        out.append({**r, "anchor": r["treaty_id"] not in seen})
        seen.add(r["treaty_id"])
    return out


def show_bottom_line(brief: Brief) -> Block:
    """Return the bottom line: the first five judgments derived from the focus's
    evidence, each with its record ids, and any defence obligation in force; or a note
    that the sources hold no evidence on the focus (a gap, not a finding)."""
    shown = brief.judgments[:5]
    # the judgment across a country's pairs rests on the claims its pairs' judgments cite:
    # it says so rather than list them all again
    below = set().union(*[j.record_ids for j in shown if j.topic in brief.focus.dyads])
    judgments = [{"text": j.text, "confidence": j.confidence,
                  "below": j.topic == "pairs" and bool(j.record_ids)
                  and set(j.record_ids) <= below,
                  "cites": _cite(brief, list(j.record_ids))} for j in shown]
    in_force = brief.treaties[brief.treaties["status"] == "in force"].to_dict("records")
    votes = brief.un_votes
    return render("brief_bottom_line.html.j2", no_evidence=brief.no_evidence,
                  in_force=in_force,
                  # agreements in force whose defence obligation, if any, is not known
                  unknown=[t for t in in_force if t["defence"] is None],
                  latest_vote=votes.iloc[-1].to_dict() if len(votes) and
                  brief.focus.kind == "dyad" else None,
                  title=brief.focus.title, name=brief.focus.name, judgments=judgments,
                  about=_about(brief),
                  as_of=brief.as_of, anchors=_anchors(brief),
                  # a judgment on a dyad names its defence obligation already, and a
                  # brief without evidence names it among the agreements in force
                  defence=[] if brief.no_evidence else sorted(
                      brief.defence_dyads - {j.topic for j in shown}))


def show_brief_context(brief: Brief) -> Block:
    """Return what the project holds on the focus besides coded claims: its agreements
    (the project's treaty table, with what ATOP and COW code) and UN General Assembly
    voting agreement for its dyads over the latest session years."""
    f = brief.focus
    votes = brief.un_votes.to_dict("records")
    years = sorted({int(v["year"]) for v in votes})
    return render("brief_context.html.j2", kind=f.kind, name=f.name, title=f.title,
                  dyads=f.dyads, treaties=_first_of_each(brief.treaties.to_dict("records")),
                  alliances=brief.alliances, votes=votes, years=years, as_of=brief.as_of,
                  no_evidence=brief.no_evidence,
                  no_treaty=[d for d in f.dyads if d not in set(brief.treaties["dyad"])],
                  ended=_first_of_each(brief.ended.to_dict("records")),
                  pair_names={d: vocab.pair_words(d) for d in f.dyads},
                  first_year=years[0] if years else None,
                  last_year=years[-1] if years else None,
                  n_years=prose.number(len(years)), un_votes_end=brief.un_votes_end)


def show_brief_balance(brief: Brief) -> Block:
    """Return cooperation against limitation for the focus as a bar chart: by dyad for a
    country, by domain for a dyad; or a note when there is no evidence to chart."""
    f = brief.focus
    if brief.evidence.empty:
        return render("brief_balance.html.j2", chart=None, name=f.name)
    if f.kind == "country":
        ax = plots.plot_dyad_balance(brief.dyads_table, title=f"{f.name}: by dyad")
    else:
        ax = plots.plot_dyad_balance(brief.domain_table, by="domain",
                                     title=f"{f.name}: by domain")
    table = brief.dyads_table if f.kind == "country" else brief.domain_table
    return render("brief_balance.html.j2", name=f.name,
                  chart=svg_data_uri(figure_svg(ax.figure)),
                  gaps=bool((table["n_records"] == 0).any()))


def show_strongest(brief: Brief, *, n: int = SHOWN_CLAIMS) -> Block:
    """Return the `n` strongest claims on the focus (weightiest, then most credible), with
    their quotes, grades and who made them: at most the brief's shown claims
    (`Brief.shown_ids`), the ones the bottom line's citations lead to."""
    return render("brief_strongest.html.j2",
                  records=brief.strongest.head(min(n, len(brief.shown_ids))).to_dict("records"))


def show_changes(brief: Brief) -> Block:
    """Return what changed since the previous edition, under its heading: how many records
    were added, removed or changed, and each of them; nothing for a first edition, which
    the title block calls the first."""
    changes = None if brief.changes is None else brief.changes.to_dict("records")
    return render("brief_changes.html.j2", changes=changes, counts=brief.change_counts,
                  previous_edition=brief.previous_edition)


def show_brief_sources(brief: Brief) -> Block:
    """Return the sources the brief's evidence comes from, with dating and reliability."""
    sources = brief.sources.to_dict("records")
    grades = sorted({(r["reliability"], r["reliability_label"]) for r in sources})
    caption = "Reliability (Admiralty scale): " + "; ".join(f"{g} {label}"
                                                           for g, label in grades) + "."
    return render("brief_sources.html.j2", sources=sources, caption=caption)
