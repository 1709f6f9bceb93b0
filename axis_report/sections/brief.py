"""A brief's sections: one call each from the brief notebook, each returning a Block.

A `show_*` function picks fields of the `Brief` (computed by `model.brief.build_brief`),
draws its figure and hands both to its template under templates/sections/brief_*.
Nothing here computes a table or writes a tag.
"""

from ..figures import plots
from ..figures.cache import figure_svg
from ..html import Block, render, svg_data_uri
from ..model.brief import Brief

__all__ = [
    "show_brief_title",
    "show_bottom_line",
    "show_brief_balance",
    "show_strongest",
    "show_changes",
    "show_brief_sources",
]


def show_brief_title(brief: Brief) -> Block:
    """Return the brief's title block: the focus, what it covers, the edition date and the
    date the evidence speaks for."""
    f = brief.focus
    return render("brief_title.html.j2", title=f.title, name=f.name, kind=f.kind,
                  dyads=f.dyads, edition=brief.edition, as_of=brief.as_of,
                  pending=brief.pending_review)


def show_bottom_line(brief: Brief) -> Block:
    """Return the bottom line: the first five judgments derived from the focus's
    evidence, each with its record ids, and any defence obligation in force; or a note
    that the sources hold no evidence on the focus (a gap, not a finding)."""
    return render("brief_bottom_line.html.j2", no_evidence=brief.evidence.empty,
                  title=brief.focus.title, name=brief.focus.name,
                  judgments=brief.judgments[:5], defence=sorted(brief.defence_dyads),
                  as_of=brief.as_of)


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
    ax.figure.set_size_inches(6.0, 0.4 * len(ax.get_yticks()) + 1.1)
    return render("brief_balance.html.j2", name=f.name,
                  chart=svg_data_uri(figure_svg(ax.figure)))


def show_strongest(brief: Brief, *, n: int = 6) -> Block:
    """Return the `n` strongest claims on the focus (weightiest, then most credible), with
    their quotes, grades and who made them."""
    return render("brief_strongest.html.j2", records=brief.strongest.head(n).to_dict("records"))


def show_changes(brief: Brief) -> Block:
    """Return what changed since the previous edition: how many records were added,
    removed or changed, and each of them; or that this is the first edition."""
    changes = None if brief.changes is None else brief.changes.to_dict("records")
    return render("brief_changes.html.j2", changes=changes, counts=brief.change_counts,
                  previous_edition=brief.previous_edition)


def show_brief_sources(brief: Brief) -> Block:
    """Return the sources the brief's evidence comes from, with dating and reliability."""
    return render("brief_sources.html.j2", sources=brief.sources.to_dict("records"))
