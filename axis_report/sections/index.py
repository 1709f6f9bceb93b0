"""The briefs index page, from plain data the grid runner assembles from its manifest."""

from ..html import ENV

__all__ = ["render_index"]


def render_index(rows: list, report_entry: dict | None) -> str:
    """Return the briefs index as a whole HTML page, styled by the report's stylesheet.

    `rows` holds one dict per brief, in the order to list them: name, title, kind,
    built (bool), edition_date, html and pdf (links to the latest edition) and earlier
    (a list of {label, href}, newest first). `report_entry` is None, or the full
    report's {edition_date, html, pdf}. Every value is escaped.
    """
    page = ENV.get_template("briefs_index.html.j2").render(rows=rows, report=report_entry)
    return page.strip() + "\n"
