"""Building report HTML with every piece of user text escaped.

Quotes, titles and notes come from files an analyst edits; a quote holding
"<script>" must print as text. Everything passes through `esc` or `table`.
"""

import base64
import html
import io

__all__ = ["esc", "format_net", "table", "figure", "figure_svg", "svg_figure", "stance_html",
           "attribution_html", "Block"]


def esc(value) -> str:
    """Return `value` as HTML-escaped text; missing values become an empty string."""
    if value is None or (isinstance(value, float) and value != value):
        return ""
    return html.escape(str(value), quote=True)


def format_net(x: float) -> str:
    """Return a net balance as text: '+3', '-2', and '0' (not '+0') when balanced."""
    return "0" if x == 0 else f"{x:+.0f}"


def stance_html(row) -> str:
    """The record's stance as a coloured label."""
    return f'<span class="stance stance-{esc(row["stance"])}">{esc(row["stance"])}</span>'


def attribution_html(row) -> str:
    """Who makes the claim: the named person (with affiliation), the article, or unnamed
    analysts."""
    if row["attribution"] == "named":
        aff = f", {row['affiliation']}" if row["affiliation"] else ""
        return f"{esc(row['analyst'])}<span class='muted'>{esc(aff)}</span>"
    return "the article" if row["attribution"] == "article" else "unnamed analysts"


def table(rows, columns, *, caption=None, classes="", widths=None) -> str:
    """Return an HTML table. `columns` is a list of (header, key or callable -> safe HTML).

    A string key reads that field and escapes it; a callable returns markup it
    has escaped itself.
    """
    def th(i, header):
        style = f' style="width:{widths[i]}"' if widths and widths[i] else ""
        return f"<th{style}>{esc(header)}</th>"

    head = "".join(th(i, h) for i, (h, _) in enumerate(columns))
    body = []
    for row in rows:
        cells = []
        for _, key in columns:
            cells.append(f"<td>{key(row) if callable(key) else esc(row[key])}</td>")
        body.append("<tr>" + "".join(cells) + "</tr>")
    cap = f"<caption>{esc(caption)}</caption>" if caption else ""
    return (f'<table class="axis-table {esc(classes)}">{cap}<thead><tr>{head}</tr></thead>'
            f'<tbody>{"".join(body)}</tbody></table>')


def figure_svg(fig) -> bytes:
    """Return a matplotlib figure as SVG bytes (no date stamp), and close the figure."""
    import matplotlib.pyplot as plt

    buf = io.BytesIO()
    fig.savefig(buf, format="svg", bbox_inches="tight", metadata={"Date": None})
    plt.close(fig)
    return buf.getvalue()


def figure(fig, *, alt: str, caption: str) -> str:
    """Return a matplotlib figure as an embedded SVG <figure>, and close the figure."""
    return svg_figure(figure_svg(fig), alt=alt, caption=caption)


def svg_figure(svg: bytes, *, alt: str, caption: str) -> str:
    """Return SVG bytes as an embedded <figure>.

    SVG keeps the figure vector in the PDF; a data URI keeps the HTML self-contained
    and keeps each figure's internal ids apart from the others'.
    """
    data = base64.b64encode(svg).decode("ascii")
    return (f'<figure class="axis-figure"><img alt="{esc(alt)}" '
            f'src="data:image/svg+xml;base64,{data}"/>'
            f"<figcaption>{esc(caption)}</figcaption></figure>")


class Block:
    """Finished report HTML that Jupyter displays as rich output (text/html)."""

    def __init__(self, markup: str):
        self.markup = markup

    def _repr_html_(self) -> str:
        return self.markup

    def __repr__(self) -> str:  # the plain-text fallback for a console
        return f"<report section: {len(self.markup)} characters of HTML>"
