"""Report HTML, made in one place: Jinja2 templates under templates/sections/.

Quotes, titles, names and notes come from files an analyst edits, so a quote holding
"<script>" must print as text. Python code builds plain data (dicts, lists, strings,
a frame's records) and hands it to a template; the environment autoescapes every
value it prints, and only markup a template made itself (a macro's output, a `Block`)
is printed as markup. No Python string here or in `sections` holds a tag.

For analysts, `table` and `figure` show their own DataFrame or matplotlib Axes in the
house style, as the report's sections do.
"""

import base64
import math
import re

import jinja2
import pandas as pd

from . import prose, vocab
from .config import TEMPLATES_DIR
from .errors import strip_controls

__all__ = ["Block", "META_MIMETYPE", "ENV", "render", "table", "figure", "svg_data_uri",
           "svg_block", "ID_ANCHORS", "id_pieces"]


def _is_blank(value) -> bool:
    """True for a value a cell shows as nothing: None, NaN, pandas' NA or an empty string."""
    if value is None or value is pd.NA or value is pd.NaT:
        return True
    if isinstance(value, float) and math.isnan(value):
        return True
    return isinstance(value, str) and not value.strip()


def _finalize(value):
    """Return what `{{ value }}` prints: a missing value (None, NaN, NA) as nothing, never
    as "None" or "nan"; text without control characters or bidirectional overrides
    (an analyst's field may hold ESC, NUL or U+202E); anything else unchanged (and then
    escaped). Markup a template made (a Block, a macro's output) is left as it is: the
    values in it went through here already."""
    if isinstance(value, str) and not hasattr(value, "__html__"):
        return strip_controls(value)
    return "" if _is_blank(value) and not isinstance(value, str) else value


def _fmt(value, spec: str, missing: str = "-") -> str:
    """Return `format(value, spec)`, or `missing` for a missing value: the templates'
    number formatting ('{{ x|fmt(".0%") }}'), the same mini-language as f-strings."""
    return missing if _is_blank(value) else format(value, spec)


# The ids a reader can look up, and the anchor each kind of id has in the report (keyed by
# the shipped project's id letter): a claim (E014, or one of its quotes, E014.2) in the
# evidence annex, a source (S003) in the Sources table, an agreement (T05) in the Treaties
# section. An id links wherever one of these anchors, followed by it, is on the page.
ID_ANCHORS = {"E": "ev-", "S": "src-", "T": "tr-"}
# An id as it appears in running text: capitals then digits (E014, S003, T05, TS1), and a
# quote's number after a dot (E014.2).
_ID = re.compile(r"\b[A-Z]{1,4}\d+(?:\.\d+)?\b")


def id_pieces(text, anchors) -> list:
    """Return `text` cut into (piece, anchor) pairs for the `linked` macro: each id in it
    (E014, E014.2, S003, T05) whose entry is on the page (its anchor, "ev-E014", is in
    `anchors`) is a piece of its own with that anchor; the text around, and an id without
    an entry (a claim out of scope), come with anchor None, so no link leads nowhere."""
    if _is_blank(text):
        return []
    text, pieces, at = str(text), [], 0
    for match in _ID.finditer(text):
        anchor = next((a for a in (p + match.group(0) for p in ID_ANCHORS.values())
                       if a in anchors), None)
        if anchor:
            pieces += [(text[at:match.start()], None), (match.group(0), anchor)]
            at = match.end()
    return [p for p in pieces + [(text[at:], None)] if p[0]]


ENV = jinja2.Environment(
    loader=jinja2.ChoiceLoader([
        jinja2.FileSystemLoader(TEMPLATES_DIR / "sections"),
        # the report's stylesheet, shared with pages built here (the briefs index)
        jinja2.PrefixLoader({"axis": jinja2.FileSystemLoader(TEMPLATES_DIR / "axis")}),
    ]),
    autoescape=True,
    undefined=jinja2.StrictUndefined,
    trim_blocks=True,
    lstrip_blocks=True,
    finalize=_finalize,
)
ENV.filters.update(fmt=_fmt, net=vocab.format_net, country_name=vocab.country_name,
                   dyad_name=vocab.dyad_name,
                   # reader-facing counts: {{ n|count("claim") }}, {{ n|number }}, {{ n|are }}
                   count=prose.count, number=prose.number, are=prose.are,
                   join_words=prose.join, capital=prose.capital,
                   # ids in running text as links: see the `linked` macro
                   id_pieces=id_pieces)
ENV.tests["blank"] = _is_blank


# The display output a title section adds so that the exporter can set the document's
# <title> and PDF metadata: the title is computed in the kernel, not known to nbconvert.
META_MIMETYPE = "application/vnd.axis.meta+json"


class Block:
    """Finished report HTML that Jupyter displays as rich output (text/html).

    A Block placed in a template's context prints as markup (it has `__html__`), so
    finished pieces can be composed without `|safe`.
    """

    def __init__(self, markup: str, *, meta: dict | None = None):
        self.markup = str(markup)
        # Document metadata (title, author, description, date) for the exporter: shown to
        # Jupyter under META_MIMETYPE beside the HTML, never printed (see render.exporters).
        self.meta = dict(meta) if meta else None

    def _repr_mimebundle_(self, include=None, exclude=None):
        """Return the HTML, and the document metadata under META_MIMETYPE when set."""
        bundle = {"text/html": self.markup}
        if self.meta:
            bundle[META_MIMETYPE] = self.meta
        return bundle

    def _repr_html_(self) -> str:
        """Return the markup: what Jupyter shows, and what nbconvert writes to the report."""
        return self.markup

    def __html__(self) -> str:
        """Return the markup, so Jinja2 and markupsafe print a Block unescaped."""
        return self.markup

    def __repr__(self) -> str:
        """Return a one-line plain-text stand-in, for consoles that cannot show HTML."""
        return f"<report section: {len(self.markup)} characters of HTML>"


def render(template_name: str, **context) -> Block:
    """Return `templates/sections/<template_name>` rendered with `context` as a Block.

    Every value the template prints is escaped; a name the template uses but the
    context lacks raises `jinja2.UndefinedError` rather than printing as empty.
    """
    return Block(ENV.get_template(template_name).render(**context).strip())


def svg_data_uri(svg: bytes) -> str:
    """Return SVG bytes as a base64 `data:` URI for an <img src>.

    SVG keeps a figure vector in the PDF; a data URI keeps the HTML self-contained and
    keeps each figure's internal ids apart from the other figures'.
    """
    return "data:image/svg+xml;base64," + base64.b64encode(svg).decode("ascii")


def svg_block(svg: bytes, *, alt: str, caption: str = "") -> Block:
    """Return SVG bytes as an embedded `<figure class="axis-figure">` with its caption
    (none when `caption` is empty)."""
    return render("figure.html.j2", src=svg_data_uri(svg), alt=alt, caption=caption)


def _figure_of(obj):
    """The matplotlib Figure behind a Figure, an Axes, a sequence or array of Axes, or
    anything with a `.figure` (a seaborn grid)."""
    from matplotlib.figure import Figure

    if isinstance(obj, Figure):
        return obj
    if hasattr(obj, "get_figure"):  # an Axes (or a sub-figure)
        fig = obj.get_figure()
        return fig if isinstance(fig, Figure) else _figure_of(fig)
    if isinstance(getattr(obj, "figure", None), Figure):
        return obj.figure
    try:
        first = next(iter(getattr(obj, "flat", obj)))
    except (TypeError, StopIteration):
        raise TypeError(f"figure() needs a matplotlib Figure or Axes, got "
                        f"{type(obj).__name__}") from None
    return _figure_of(first)


def figure(ax_or_fig, *, alt: str, caption: str = "") -> Block:
    """Return an analyst's matplotlib figure (given as its Figure, an Axes or an array
    of Axes) as an embedded SVG figure in the report's style, with `alt` text for
    readers who cannot see it and an optional caption. A pyplot figure is closed, so
    the notebook does not show it a second time."""
    from .figures.cache import figure_svg

    return svg_block(figure_svg(_figure_of(ax_or_fig)), alt=alt, caption=caption)


def _cell(value):
    """A DataFrame value as a cell shows it: missing as nothing, a float with at most
    two decimals (format the frame yourself for anything finer), anything else as str."""
    if _is_blank(value):
        return ""
    if isinstance(value, float):
        text = f"{value:.2f}".rstrip("0").rstrip(".")
        return "0" if text == "-0" else text
    return value if isinstance(value, str) else str(value)


def table(frame: pd.DataFrame, *, caption=None, widths=None, numeric: bool = False) -> Block:
    """Return any DataFrame as a table in the report's style (the sections' own tables).

    Column names become the header; a named or non-default index is shown as the
    first column(s). `widths` gives one CSS width per column ("20%", ...); `numeric`
    right-aligns every column but the first. Every header and cell is escaped.
    """
    if not isinstance(frame.index, pd.RangeIndex) or any(n is not None
                                                         for n in frame.index.names):
        frame = frame.reset_index()
    headers = [" ".join(str(p) for p in c) if isinstance(c, tuple) else str(c)
               for c in frame.columns]
    if widths is not None and len(widths) != len(headers):
        raise ValueError(f"widths gives {len(widths)} widths for {len(headers)} columns")
    rows = [[_cell(v) for v in row] for row in frame.itertuples(index=False, name=None)]
    return render("frame.html.j2", headers=headers, rows=rows, caption=caption,
                  widths=widths, classes="numeric" if numeric else "")
