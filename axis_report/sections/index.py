"""The briefs index page, from plain data the grid runner assembles from its manifest."""

from .. import vocab
from ..html import ENV

__all__ = ["render_index"]


def render_index(rows: list, report_entry: dict | None, *, group=vocab.DEFAULT_GROUP,
                 stale_after_days: int = 90, set_aside=()) -> str:
    """Return the briefs index as a whole HTML page, styled by the report's stylesheet.

    `rows` holds one dict per brief, in the order to list them: name, title, kind,
    built (bool), edition_date, html and pdf (links to the latest edition), earlier
    (a list of {label, href}, newest first) and its status (`grid.index.brief_status`:
    claims, set_aside, sources, newest, newest_alone, changes, no_evidence, stale, age;
    first_edition). `report_entry` is None, or the full report's {edition_date, html,
    pdf}. `group` is the project's countries, named in the introduction;
    `stale_after_days` the age past which a brief's evidence is called old; `set_aside`
    the ids of the claims the reference data contradict, which no brief counts. Every
    value is escaped.
    """
    page = ENV.get_template("briefs_index.html.j2").render(
        rows=rows, report=report_entry, countries=[vocab.country_name(c) for c in group],
        stale_after_days=stale_after_days, set_aside=list(set_aside))
    return page.strip() + "\n"
