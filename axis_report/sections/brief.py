"""A brief's sections: one call each from the brief notebook, each returning a Block.

A `show_*` function picks fields of the `Brief` (computed by `model.brief.build_brief`),
draws its figure and hands both to its template under templates/sections/brief_*.
Nothing here computes a table or writes a tag.
"""

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
                   no_evidence=brief.no_evidence)
    # the document's own title and date, for the exporter (HTML <title>, PDF metadata)
    block.meta = {"title": f"{f.title}: brief", "date": brief.edition,
                  "description": f"Brief on {f.title} ({f.name}), edition {brief.edition}, "
                                 f"evidence as of {brief.as_of}"}
    return block


def _cite(brief: Brief, ids) -> list:
    """Each id with where it leads: the quote in this brief when the brief shows it,
    else the claim in the full report's evidence annex."""
    shown = set(brief.shown_ids)
    ordered = [i for i in ids if i in shown] + [i for i in ids if i not in shown]
    return [{"id": i, "href": f"#ev-{i}" if i in shown else f"{ANNEX}#ev-{i}"}
            for i in ordered]


# The full report, as a brief in reports/briefs/ reaches it.
ANNEX = "../axis-report.html"
# How many ids a judgment lists before the rest are summed up (with a link to the next).
_MAX_IDS = 8


def show_bottom_line(brief: Brief) -> Block:
    """Return the bottom line: the first five judgments derived from the focus's
    evidence, each with its record ids, and any defence obligation in force; or a note
    that the sources hold no evidence on the focus (a gap, not a finding)."""
    judgments = [{"text": j.text, "confidence": j.confidence,
                  "cites": _cite(brief, list(j.record_ids))} for j in brief.judgments[:5]]
    in_force = brief.treaties[brief.treaties["status"] == "in force"]
    votes = brief.un_votes
    return render("brief_bottom_line.html.j2", no_evidence=brief.no_evidence,
                  in_force=in_force.to_dict("records"),
                  latest_vote=votes.iloc[-1].to_dict() if len(votes) and
                  brief.focus.kind == "dyad" else None,
                  title=brief.focus.title, name=brief.focus.name, judgments=judgments,
                  max_ids=_MAX_IDS, as_of=brief.as_of,
                  # a judgment on a dyad names its defence obligation already
                  defence=sorted(brief.defence_dyads - {j.topic for j in brief.judgments[:5]}))


def show_brief_context(brief: Brief) -> Block:
    """Return what the project holds on the focus besides coded claims: its agreements
    (the project's treaty table, with what ATOP and COW code) and UN General Assembly
    voting agreement for its dyads over the latest session years."""
    f = brief.focus
    votes = brief.un_votes.to_dict("records")
    years = sorted({int(v["year"]) for v in votes})
    return render("brief_context.html.j2", kind=f.kind, name=f.name, title=f.title,
                  dyads=f.dyads, treaties=brief.treaties.to_dict("records"),
                  alliances=brief.alliances, votes=votes, years=years, as_of=brief.as_of,
                  no_evidence=brief.no_evidence,
                  no_treaty=[d for d in f.dyads if d not in set(brief.treaties["dyad"])],
                  pair_names={d: prose.join([vocab.country_name(c) for c in vocab.split_dyad(d)])
                              for d in f.dyads},
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
    return render("brief_balance.html.j2", name=f.name,
                  chart=svg_data_uri(figure_svg(ax.figure)))


def show_strongest(brief: Brief, *, n: int = SHOWN_CLAIMS) -> Block:
    """Return the `n` strongest claims on the focus (weightiest, then most credible), with
    their quotes, grades and who made them: at most the brief's shown claims
    (`Brief.shown_ids`), the ones the bottom line's citations lead to."""
    return render("brief_strongest.html.j2",
                  records=brief.strongest.head(min(n, len(brief.shown_ids))).to_dict("records"))


def show_changes(brief: Brief) -> Block:
    """Return what changed since the previous edition: how many records were added,
    removed or changed, and each of them; or that this is the first edition."""
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
