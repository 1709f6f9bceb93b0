"""Seaborn figures of the tabulated evidence. Each takes a long-form frame and
returns the Axes it drew on; none loads or saves files.

Importing this module changes no global matplotlib state: each function draws on a
new `Figure` (no pyplot, no backend) inside the house style's `rc_context`, or on
the Axes it is given.

Cells and dyads with no evidence are drawn as hatched grey and labelled
"no evidence", so a gap never reads as a weak or neutral tie.
"""

import datetime
import functools

import matplotlib
import matplotlib.colors
import matplotlib.ticker
import numpy as np
import pandas as pd
import seaborn as sns
from matplotlib.figure import Figure
from matplotlib.patches import Rectangle

from .. import vocab
from ..analysis.alignment import measure_column, percentile_column
from ..prose import number
from ..vocab import format_net

__all__ = ["STYLE", "STANCE_COLORS", "DYAD_PALETTE", "COLUMN_WIDTH", "new_axes", "dyad_colors",
           "country_colors", "plot_dyad_domain_heatmap",
           "plot_dyad_balance", "plot_alignment_series", "plot_alignment_heatmap",
           "plot_ach_matrix", "plot_ach_summary", "plot_timeline", "plot_network"]

STANCE_COLORS = {"cooperation": "#2b6cb0", "limitation": "#c05621"}
NO_EVIDENCE_COLOR = "#e2e2e2"
# Orange for limitation, blue for cooperation: the same hues as the bar chart.
DIVERGING = sns.diverging_palette(35, 245, s=80, l=50, as_cmap=True)

# The house style, applied inside each plotting call and when a figure is saved.
STYLE = {
    "font.family": "DejaVu Sans",
    "font.size": 9,
    "svg.hashsalt": "axis_report",  # stable ids: identical SVG on every run
    "svg.fonttype": "none",  # text stays text: smaller SVG, faster PDF, searchable labels
    "axes.spines.top": False,
    "axes.spines.right": False,
}


# Paul Tol's "bright" scheme (colour-blind safe, distinct in print and on screen), then
# the rest of his "muted" scheme: ten dyads, a five-country group's, stay tellable apart.
DYAD_PALETTE = ("#4477AA", "#EE6677", "#228833", "#CCBB44", "#66CCEE", "#AA3377",
                "#332288", "#117733", "#882255", "#999933")
# The printed column of the A4 page (210 mm less 2 x 16 mm margins), in inches: a figure
# wider than this is scaled down to it, and its text with it.
COLUMN_WIDTH = 7.0
# The smallest text a figure prints (points): 7 pt as printed, with room for scaling.
SMALL = 7.5


def _text_width(text: str, size: float = SMALL) -> float:
    """Return the width in points `text` takes at `size` points in the house font."""
    from matplotlib.font_manager import FontProperties
    from matplotlib.textpath import TextPath

    lines = str(text).split("\n") or [""]
    prop = FontProperties(family=STYLE["font.family"], size=size)
    return max(TextPath((0, 0), line or " ", prop=prop).get_extents().width for line in lines)


def _fixed_axes(width, height, *, left, right, top, bottom):
    """Return an Axes on a new `width` x `height` inch Figure with margins in inches: the
    plotting area sized from the data, not squeezed by what is drawn around it."""
    fig = Figure(figsize=(width, height))
    return fig.add_axes((left / width, bottom / height, 1 - (left + right) / width,
                         1 - (top + bottom) / height))


def _legend_outside(ax, *, below: bool = False, **kwargs):
    """Place the Axes' legend outside its plotting area: above it (under the title), or
    below it clear of the tick labels and axis label, at a distance in points, so no
    legend ever covers a bar, line or marker, whatever the figure's height."""
    from matplotlib.transforms import ScaledTranslation

    fig = ax.figure
    kwargs = {"frameon": False, "fontsize": SMALL, "title": None, **kwargs}
    if below:
        fig.draw_without_rendering()
        drop = (ax.bbox.y0 - ax.get_tightbbox().y0) / fig.dpi * 72 + 4  # points
        offset = ScaledTranslation(0, -drop / 72, fig.dpi_scale_trans)
        return ax.legend(loc="upper left", bbox_to_anchor=(0, 0),
                         bbox_transform=ax.transAxes + offset, **kwargs)
    return ax.legend(loc="lower left", bbox_to_anchor=(0, 1.01), **kwargs)


def _whole_numbers(axis):
    """Tick a count axis at whole numbers only: half a claim means nothing."""
    axis.set_major_locator(matplotlib.ticker.MaxNLocator(integer=True, steps=[1, 2, 5, 10],
                                                             min_n_ticks=2))
    axis.set_major_formatter(matplotlib.ticker.StrMethodFormatter("{x:.0f}"))


def _title_above_legend(ax, title, *, fontsize=10):
    """Set a left title that clears a legend placed above the plotting area."""
    legend = ax.get_legend()
    pad = 6.0
    if legend is not None:
        ax.figure.draw_without_rendering()
        pad += (legend.get_window_extent().y1 - ax.bbox.y1) / ax.figure.dpi * 72
    ax.set_title(title, loc="left", fontsize=fontsize, pad=pad)


def _styled(draw):
    """Run a plotting function inside the house style, leaving global rcParams alone."""
    @functools.wraps(draw)
    def wrapper(*args, **kwargs):
        with matplotlib.rc_context(STYLE):
            return draw(*args, **kwargs)
    return wrapper


def new_axes(figsize, **subplots):
    """Return Axes (one, or an array with `subplots`) on a new Figure, outside pyplot."""
    with matplotlib.rc_context(STYLE):
        return Figure(figsize=figsize).subplots(**subplots)


def _heatmap_axes(n_rows, n_cols, *, cell=(1.05, 0.5), label_width=0.9, title=True):
    """Return (Axes, colour-bar Axes) for an `n_rows` x `n_cols` heatmap whose cells are
    `cell` inches: the figure is sized from the table, and the colour bar lies flat below
    the tick labels, so its label never meets the title however few the rows."""
    heat_w, heat_h = n_cols * cell[0], n_rows * cell[1]
    top, ticks, bar, bar_label = (0.4 if title else 0.1), 0.42, 0.11, 0.42
    width = label_width + heat_w + 0.15
    height = top + heat_h + ticks + bar + bar_label
    fig = Figure(figsize=(width, height))
    ax = fig.add_axes((label_width / width, (ticks + bar + bar_label) / height,
                       heat_w / width, heat_h / height))
    bar_w = min(heat_w, 3.2)
    cax = fig.add_axes(((label_width + (heat_w - bar_w) / 2) / width, bar_label / height,
                        bar_w / width, bar / height))
    return ax, cax


def _annotate_gaps(ax, frame, text):
    """Label the missing cells of a heatmap: seaborn skips their annotations."""
    for i in range(frame.shape[0]):
        for j in range(frame.shape[1]):
            if np.isnan(frame.iat[i, j]):
                ax.text(j + 0.5, i + 0.5, text, ha="center", va="center", fontsize=SMALL,
                        color="#444444", style="italic")


@_styled
def plot_dyad_domain_heatmap(dyad_domain: pd.DataFrame, *, ax=None):
    """Draw the net balance (cooperation minus limitation weight) for each dyad x domain.

    `dyad_domain` is the long frame from `tables.tabulate_dyad_domain`; row and
    column order follow it. Cells are annotated with the net balance and the counts of
    cooperation and of limitation claims, spelled out. The figure is sized from the
    number of dyads and domains, its colour bar below the cells.
    """
    dyads = list(dict.fromkeys(dyad_domain["dyad"]))
    domains = list(dict.fromkeys(dyad_domain["domain"]))
    net = dyad_domain.pivot(index="dyad", columns="domain", values="net_balance")
    net = net.reindex(index=dyads, columns=domains)
    labels = dyad_domain.set_index(["dyad", "domain"])
    annot = np.empty(net.shape, dtype=object)
    for i, d in enumerate(dyads):
        for j, m in enumerate(domains):
            row = labels.loc[(d, m)]
            annot[i, j] = ("no\nevidence" if row["n_records"] == 0 else
                           f"{format_net(row['net_balance'])}\n"
                           f"{row['n_cooperation']:.0f} cooperation\n"
                           f"{row['n_limitation']:.0f} limitation")
    cax = None
    if ax is None:
        ax, cax = _heatmap_axes(len(dyads), len(domains), cell=(min(1.4, 5.6 / len(domains)),
                                                                0.62))
    limit = max(3.0, float(np.nanmax(np.abs(net.to_numpy()))) if net.notna().any().any() else 3.0)
    for i in range(len(dyads)):
        for j in range(len(domains)):
            if np.isnan(net.iat[i, j]):
                ax.add_patch(Rectangle((j, i), 1, 1, facecolor=NO_EVIDENCE_COLOR,
                                       hatch="///", edgecolor="#ffffff", lw=0))
    sns.heatmap(net, ax=ax, cbar_ax=cax, cmap=DIVERGING, center=0, vmin=-limit, vmax=limit,
                annot=annot, fmt="", annot_kws={"fontsize": 8}, linewidths=1,
                linecolor="white",
                cbar_kws={"label": "net balance (weight)", "orientation": "horizontal"}
                if cax is not None else {"label": "net balance (weight)", "shrink": 0.8})
    _annotate_gaps(ax, net, "no\nevidence")
    ax.set_xlabel("")
    ax.set_ylabel("")
    ax.tick_params(axis="y", rotation=0)
    ax.tick_params(length=0)
    ax.set_title("Net balance of coded claims, dyad by domain", loc="left", fontsize=10)
    return ax


@_styled
def plot_dyad_balance(dyads_table: pd.DataFrame, *, by: str = "dyad", title=None, ax=None):
    """Draw, per dyad (or per value of `by`, e.g. domain), the number of distinct claims of
    cooperation against those of limitation, each claim counted once however many quotes
    support it, with the number of independent sources behind them when the table has it.

    `dyads_table` is a frame like `tables.tabulate_dyads` gives (n_records, n_cooperation,
    n_limitation and optionally n_sources per row); rows without evidence get a
    "no evidence" label instead of bars. A count of claims measures what the sources say,
    not how strong a relationship is.
    """
    order = list(dyads_table[by])
    long = dyads_table.melt(id_vars=[by, "n_records"],
                            value_vars=["n_cooperation", "n_limitation"],
                            var_name="stance", value_name="claims")
    long["stance"] = long["stance"].str.removeprefix("n_")
    long = long[long["n_records"] > 0]
    if ax is None:
        ax = _fixed_axes(6.4, 0.5 * len(order) + 1.25, left=1.0, right=0.3, top=0.7,
                         bottom=0.55)
    sns.barplot(data=long, y=by, x="claims", hue="stance", order=order,
                hue_order=list(vocab.STANCES), palette=STANCE_COLORS, ax=ax, orient="h")
    top = float(long["claims"].max()) if len(long) else 1.0
    for i, row in enumerate(dyads_table.itertuples()):
        if row.n_records == 0:
            ax.text(0.05, i, "no evidence in the coded sources", va="center", ha="left",
                    fontsize=8, color="#444444", style="italic")
        elif "n_sources" in dyads_table:
            n = int(row.n_sources)
            ax.text(top * 1.02, i, f"{n} source{'s' if n != 1 else ''}", va="center",
                    ha="left", fontsize=SMALL, color="#444444")
    ax.set_xlim(0, top * 1.22 if len(long) else 1)
    _whole_numbers(ax.xaxis)
    ax.set_xlabel("number of distinct claims (each counted once)")
    ax.set_ylabel("")
    # above the bars, under the title: never over a bar, however few the rows
    _legend_outside(ax, ncol=2)
    _title_above_legend(ax, title or f"Claims of cooperation and of limitation, by {by}")
    return ax


def dyad_colors(dyads) -> dict:
    """One fixed colour per dyad, from a colour-blind-safe palette, so a dyad looks the
    same in every figure of every report: the default group's six dyads keep their colour
    whichever of them a report shows; any others follow in the given order."""
    dyads = list(dyads)
    canonical = sorted({vocab.dyad_code(a, b) for a in vocab.DEFAULT_GROUP
                        for b in vocab.DEFAULT_GROUP if a != b})
    others = [d for d in dyads if d not in canonical]
    index = {d: canonical.index(d) if d in canonical else len(canonical) + others.index(d)
             for d in dyads}
    return {d: DYAD_PALETTE[index[d] % len(DYAD_PALETTE)] for d in dyads}


_COUNTRY_COLORS = ("#c0392b", "#2c3e50", "#16a085", "#8e44ad", "#b7791f", "#2b6cb0")


def country_colors(countries) -> dict:
    """One fixed colour per country: the default group's four keep theirs in every report
    and figure, whichever of them it shows; any others follow in the given order."""
    countries = list(countries)
    others = [c for c in countries if c not in vocab.DEFAULT_GROUP]
    index = {c: (list(vocab.DEFAULT_GROUP).index(c) if c in vocab.DEFAULT_GROUP
                 else len(vocab.DEFAULT_GROUP) + others.index(c)) for c in countries}
    return {c: _COUNTRY_COLORS[index[c] % len(_COUNTRY_COLORS)] for c in countries}


def _pair_label(row) -> str:
    return f"{row.country_a}-{row.country_b}"


@_styled
def plot_alignment_series(alignment: pd.DataFrame, *, dyads, comparator: str = "USA",
                          countries=None, measure: str = "standard", axes=None):
    """Draw UN General Assembly agreement by year under `measure` (one of
    vocab.UN_MEASURES; the standard agreement score by default): the given dyads (left)
    and each of `countries` with `comparator` (right), on the same scale, the measure
    named on the axis. Returns the two Axes."""
    value = measure_column(measure)
    long = alignment.assign(pair=[_pair_label(r) for r in alignment.itertuples()])
    if axes is None:
        axes = new_axes((6.6, 2.6), ncols=2, sharey=True)
    left, right = axes
    dyads = list(dyads)
    sns.lineplot(data=long[long["pair"].isin(dyads)], x="year", y=value, hue="pair",
                 hue_order=dyads, palette=dyad_colors(dyads), ax=left, linewidth=1.4)
    countries = list(countries or [])
    n = len({c for d in dyads for c in vocab.split_dyad(d)})
    left.set_title("The pair" if len(dyads) == 1 else f"Pairs among the {number(n)}",
                   loc="left", fontsize=9)
    comp_pairs = {vocab.dyad_code(c, comparator): c for c in countries}
    comp = long[long["pair"].isin(comp_pairs)].assign(
        country=lambda f: f["pair"].map(comp_pairs))
    sns.lineplot(data=comp, x="year", y=value, hue="country", hue_order=countries,
                 palette=country_colors(countries), ax=right, linewidth=1.4, linestyle="--")
    right.set_title(f"Each with the {vocab.country_name(comparator)}",
                    loc="left", fontsize=9)
    for ax in axes:
        ax.set_ylim(0, 1)
        ax.set_xlabel("")
        ax.yaxis.set_major_formatter(matplotlib.ticker.PercentFormatter(1.0))
        ax.grid(axis="y", color="#dddddd", linewidth=0.6)
    left.set_ylabel(f"{vocab.UN_MEASURE_LABELS[measure]} (0-100%)")
    for ax in axes:  # below each panel, clear of its tick labels: never over a line
        if ax.get_legend() is not None:
            _legend_outside(ax, below=True, ncol=2)
    return axes


@_styled
def plot_alignment_heatmap(alignment: pd.DataFrame, *, pairs, years, measure: str = "standard",
                           ax=None):
    """Draw agreement under `measure` (one of vocab.UN_MEASURES; the standard agreement
    score by default) for `pairs` (labels like 'CHN-RUS') in `years`, each cell annotated
    with the value and its percentile among all pairs of countries that year, the
    measure named in the title and on the colour bar."""
    label = vocab.UN_MEASURE_LABELS[measure]
    long = alignment.assign(pair=[_pair_label(r) for r in alignment.itertuples()])
    long = long[long["pair"].isin(list(pairs)) & long["year"].isin(list(years))]
    values = long.pivot(index="pair", columns="year", values=measure_column(measure)).reindex(
        index=list(pairs), columns=list(years))
    pct = long.pivot(index="pair", columns="year", values=percentile_column(measure)).reindex(
        index=list(pairs), columns=list(years))
    annot = np.empty(values.shape, dtype=object)
    for i in range(values.shape[0]):
        for j in range(values.shape[1]):
            v, p = values.iat[i, j], pct.iat[i, j]
            annot[i, j] = "no votes" if np.isnan(v) else f"{v:.0%}\np{p:.0f}"
    cax = None
    if ax is None:
        ax, cax = _heatmap_axes(len(pairs), len(years),
                                cell=(min(1.05, 5.4 / max(len(years), 1)), 0.4))
    sns.heatmap(values, ax=ax, cbar_ax=cax, cmap="Blues", vmin=0, vmax=1, annot=annot,
                fmt="", annot_kws={"fontsize": SMALL}, linewidths=1, linecolor="white",
                cbar_kws={"label": label, "orientation": "horizontal"} if cax is not None
                else {"label": label, "shrink": 0.8})
    _annotate_gaps(ax, values, "no votes")
    ax.set_xlabel("")
    ax.set_ylabel("")
    ax.tick_params(axis="y", rotation=0)
    ax.tick_params(length=0)
    ax.set_title(f"UN General Assembly {label}, latest years (p = percentile among all pairs)",
                 loc="left", fontsize=9)
    return ax


# Beyond this many dated claims, the timeline labels only the agreements.
TIMELINE_LABEL_MAX = 30

# Blue for consistent, orange for inconsistent (the hues of cooperation and limitation);
# neutral a grey dark enough to see on white, and drawn with a darker edge.
ACH_COLORS = {"CC": "#1f5f99", "C": "#8fb8de", "N": "#cfcfcf", "I": "#f0a868", "II": "#b5471b"}
ACH_EDGES = {"N": "#8a8a8a"}


def _by_rank(scores: pd.DataFrame) -> list:
    """The hypotheses best-supported first: by rank when `scores` has one, else by
    weighted inconsistency (closest to 0 first), ties in the given order."""
    key = ["rank"] if "rank" in scores else ["inconsistency"]
    return list(scores.sort_values(key, ascending="rank" in scores,
                                   kind="stable")["hypothesis"])


@_styled
def plot_ach_summary(matrix: pd.DataFrame, *, scores: pd.DataFrame, ax=None):
    """Draw, for each hypothesis, how many claims rate it CC ... II, as stacked bars: the
    ACH matrix summarised, with one bar per hypothesis whatever the number of claims (the
    claim-by-claim matrix goes to the report's appendix). Bars are labelled with the
    hypothesis and its weighted inconsistency, best-supported first, as the scores table
    ranks them; the claim counts on a whole-number axis."""
    from ..vocab import RATINGS

    present = set(matrix["hypothesis"])
    hyps = [h for h in _by_rank(scores) if h in present]
    hyps += [h for h in dict.fromkeys(matrix["hypothesis"]) if h not in hyps]
    counts = (matrix.assign(rating=matrix["rating"].astype(str))
              .groupby(["hypothesis", "rating"]).size().unstack(fill_value=0)
              .reindex(index=hyps, columns=list(RATINGS), fill_value=0))
    if ax is None:
        ax = _fixed_axes(6.4, 0.45 * len(hyps) + 1.0, left=1.0, right=0.3, top=0.15,
                         bottom=0.85)
    score = dict(zip(scores["hypothesis"], scores["inconsistency"]))
    left = np.zeros(len(hyps))
    for rating in RATINGS:
        values = counts[rating].to_numpy()
        ax.barh(range(len(hyps)), values, left=left, color=ACH_COLORS[rating],
                edgecolor=ACH_EDGES.get(rating, "white"), linewidth=0.6, label=rating)
        left += values
    ax.set_yticks(range(len(hyps)), [f"{h} ({score[h]:.1f})" for h in hyps])
    ax.invert_yaxis()
    _whole_numbers(ax.xaxis)
    ax.set_xlabel("claims, by their rating under the hypothesis")
    ax.tick_params(axis="y", length=0)
    _legend_outside(ax, below=True, ncol=len(RATINGS))
    return ax


def _shorten(text, limit: int = 60) -> str:
    """Return `text` on one line, cut at a word to at most `limit` characters."""
    text = " ".join(str(text or "").split())
    if len(text) <= limit:
        return text
    return text[:limit - 1].rsplit(" ", 1)[0].rstrip(",;:") + "\u2026"


@_styled
def plot_ach_matrix(matrix: pd.DataFrame, *, scores: pd.DataFrame, claims=None, ax=None):
    """Draw the ACH matrix: records down, hypotheses across, each cell its rating
    (CC ... II) on a consistent-to-inconsistent scale; hypotheses labelled with their
    weighted inconsistency score. With `claims` (record id -> the claim in the coder's
    words), each row names its claim as well as its id, so the matrix reads on its own.
    The figure is sized from the number of claims and hypotheses."""
    from ..vocab import RATINGS

    records = sorted(matrix["record_id"].unique())
    hyps = list(dict.fromkeys(matrix["hypothesis"]))
    codes = matrix.assign(code=matrix["rating"].astype(str).map(
        {r: i for i, r in enumerate(RATINGS)}))
    grid = codes.pivot(index="record_id", columns="hypothesis", values="code").reindex(
        index=records, columns=hyps)
    labels = matrix.pivot(index="record_id", columns="hypothesis", values="rating").reindex(
        index=records, columns=hyps).astype(str)
    claims = dict(claims or {})
    row_labels = [f"{r}  {_shorten(claims[r])}" if claims.get(r) else r for r in records]
    if ax is None:
        label_w = max(_text_width(t, SMALL) for t in row_labels) / 72 + 0.15
        cell_w = min(0.6, 3.0 / max(len(hyps), 1))
        ax = _fixed_axes(label_w + cell_w * len(hyps) + 0.1, 0.2 * len(records) + 0.55,
                         left=label_w, right=0.1, top=0.5, bottom=0.05)
    cmap = matplotlib.colors.ListedColormap([ACH_COLORS[r] for r in RATINGS])
    sns.heatmap(grid, ax=ax, cmap=cmap, vmin=-0.5, vmax=len(RATINGS) - 0.5,
                annot=labels.to_numpy(), fmt="", annot_kws={"fontsize": SMALL},
                linewidths=0.6, linecolor="white", cbar=False)
    score = dict(zip(scores["hypothesis"], scores["inconsistency"]))
    ax.set_xticklabels([f"{h}\n{score[h]:.1f}" for h in hyps], fontsize=8)
    ax.set_yticks([i + 0.5 for i in range(len(records))], row_labels)
    ax.xaxis.tick_top()
    ax.set_xlabel("")
    ax.set_ylabel("")
    ax.tick_params(axis="y", labelsize=SMALL, rotation=0, length=0)
    ax.tick_params(axis="x", length=0)
    return ax


def _mid_date(date: str) -> str:
    """Place a partial date (YYYY or YYYY-MM) in the middle of its period."""
    return {4: f"{date}-07-01", 7: f"{date}-15"}.get(len(date), date)


def _place_labels(items, *, height: float, gap: float = 1.5, first: float = 5.0,
                  placed=None):
    """Place labels on one lane without overlap. `items` are (x, half width, stack top,
    stack bottom) in points, in drawing order; `placed` holds boxes (x0, x1, y0, y1)
    already taken. Return for each item its vertical offset in points from the lane
    (positive above: the label's baseline side nearest the marker) and whether it sits
    above, and every box taken. Each label takes the nearest free tier, alternating above
    and below; a tier is `height` + `gap` points."""
    placed = list(placed or [])  # (x0, x1, y0, y1) of labels placed, in points
    result = []
    for x, half, stack_top, stack_bottom in items:
        for tier in range(200):
            up = tier % 2 == 0
            level = tier // 2
            if up:
                y0 = stack_top + first + level * (height + gap)
                box = (x - half, x + half, y0, y0 + height)
            else:
                y1 = stack_bottom - first - level * (height + gap)
                box = (x - half, x + half, y1 - height, y1)
            if not any(box[0] < p[1] + gap and p[0] < box[1] + gap
                       and box[2] < p[3] and p[2] < box[3] for p in placed):
                break
        placed.append(box)
        result.append((box[2] if up else box[3], up))
    return result, placed


def _timeline_texts(ev: pd.DataFrame, show: pd.Series) -> pd.Series:
    """The label each shown event group prints: a dated claim its id and date; an
    agreement its id, what happened (signed, in force, ended) and the year, the events of
    one agreement in one year on one lane sharing one label ("T06 signed, in force 2024")."""
    texts = pd.Series("", index=ev.index, dtype=object)
    for (_, label), part in ev[show].groupby(["lane", "label"], sort=False):
        kinds = [k for k in dict.fromkeys(part["kind"]) if k != "evidence"]
        ident, _, rest = str(label).partition(" ")
        texts[part.index] = (f"{ident} {', '.join(kinds)} {rest}".strip() if kinds
                             else str(label))
    return texts


def _timeline_clusters(ev: pd.DataFrame, reach: float) -> pd.Series:
    """Number the runs of events on each lane whose markers would touch (each closer than
    `reach` points to the one before): a run is drawn as one stack."""
    cluster = pd.Series(0, index=ev.index)
    n = 0
    for _, part in ev.groupby("lane"):
        last = None
        for i, x in part["x_pt"].sort_values(kind="stable").items():
            if last is None or x - last >= reach:
                n += 1
            cluster[i] = n
            last = x
    return cluster


@_styled
def plot_timeline(events: pd.DataFrame, *, ax=None):
    """Draw dated events on one lane per dyad. `events` has date (ISO, YYYY or YYYY-MM
    allowed), dyad, label and kind (signed, in force, ended, evidence).

    Markers that would cover each other are stacked, each event of the stack with the
    others of its label; each label is printed once per lane (an agreement signed and in
    force the same year is one label) and names what happened ("T03 ended 2024"). A
    stack holding several labels prints each beside its own markers, level with them; any
    other label takes the nearest free place above or below its marker. Lanes are as tall
    as their labels need, so the figure's height follows the data."""
    markers = {"signed": ("^", "#332288"), "in force": ("o", "#117733"),
               "ended": ("X", "#882255"), "evidence": ("D", "#CC6677")}
    lanes = sorted(set(events["dyad"]))
    ev = events.assign(when=pd.to_datetime(events["date"].map(_mid_date), format="%Y-%m-%d"),
                       lane=events["dyad"].map({d: i for i, d in enumerate(lanes)}))
    ev = ev.sort_values(["when", "kind"], kind="stable").reset_index(drop=True)
    # With many dated claims their labels would bury the chart: only the agreements keep
    # theirs (the table below the chart lists every event).
    show = ev["kind"] != "evidence" if (ev["kind"] == "evidence").sum() > TIMELINE_LABEL_MAX \
        else pd.Series(True, index=ev.index)
    ev["text"] = _timeline_texts(ev, show)
    ev["group"] = [f"{lane}|{label}" if on else None
                   for lane, label, on in zip(ev["lane"], ev["label"], show)]
    labelled = show & ~ev.duplicated(["lane", "label"])
    width, left, right = 6.6, 0.85, 0.25
    axes_pt = (width - left - right) * 72
    marker_pt, size = 7.0, SMALL
    height, gap = size * 1.15, 1.5
    half = {i: _text_width(t, size) / 2 for i, t in ev.loc[labelled, "text"].items()}
    # Days as proleptic ordinals (plain numbers): dates centuries apart, which pandas
    # cannot subtract (its Timedelta spans about 292 years), still lay out.
    day = ev["when"].map(lambda t: t.toordinal())
    lo, hi = int(day.min()), int(day.max())
    # at least six years across, so the axis is ticked in years whatever the events
    short = max(0, 6 * 365 - (hi - lo))
    lo, hi = lo - short // 2, hi + (short - short // 2)
    span = hi - lo
    # room at each end for half the widest label, so no label runs into the lane names
    edge = max([marker_pt, *half.values()]) + 2
    pad = span * edge / (axes_pt - 2 * edge)
    x0 = datetime.date.fromordinal(max(1, int(lo - pad)))
    x1 = datetime.date.fromordinal(min(datetime.date.max.toordinal(), int(hi + pad) + 1))
    to_pt = axes_pt / (x1.toordinal() - x0.toordinal())
    ev["x_pt"] = (day - x0.toordinal()) * to_pt
    # Stack the markers of each run that would touch, top to bottom, the events of one
    # label together (in the order of their first event) so each label can sit level
    # with its own markers; a stack of several labels is spaced a label's height apart.
    ev["cluster"] = _timeline_clusters(ev, marker_pt + 1)
    ev["dy_pt"] = 0.0
    side = {}  # cluster -> its labelled groups, when they print beside the stack
    for c, part in ev.groupby("cluster"):
        first = {g: k for k, g in enumerate(dict.fromkeys(part["group"].dropna()))}
        order = sorted(part.index, key=lambda i: (first.get(ev.at[i, "group"], len(first)), i))
        # the labels printed here: a label is printed once a lane, by its first event
        groups = list(dict.fromkeys(part.loc[labelled[part.index], "group"]))
        step = height + gap if len(groups) > 1 else marker_pt + 1
        for k, i in enumerate(order):
            ev.at[i, "dy_pt"] = ((len(order) - 1) / 2 - k) * step
        if len(groups) > 1:
            side[c] = groups
    offsets, reach = {}, {}  # label row -> (dx, dy, ha, va); lane -> (top, bottom)
    for lane, part in ev.groupby("lane"):
        boxes = []
        for c in [c for c in dict.fromkeys(part["cluster"]) if c in side]:
            stack = part[part["cluster"] == c]
            xl = stack["x_pt"].min() - marker_pt / 2 - 3
            xr = stack["x_pt"].max() + marker_pt / 2 + 3
            others = part[part["cluster"] != c]
            sides = ("left", "right") if stack["x_pt"].mean() > axes_pt / 2 else ("right", "left")
            for where in sides:
                planned = []
                for g in side[c]:
                    rows = stack[stack["group"] == g]
                    i = rows.index[labelled[rows.index]][0]
                    w = 2 * half[i]
                    y = rows["dy_pt"].mean()
                    box = ((xr, xr + w) if where == "right" else (xl - w, xl)) \
                        + (y - height / 2, y + height / 2)
                    planned.append((i, box, y))
                clear = all(
                    0 <= b[0] and b[1] <= axes_pt
                    and not any(_boxes_overlap(b, p, gap) for p in boxes)
                    # a marker of another event level with the label keeps its distance:
                    # a label reads as belonging to the marker nearest it
                    and not ((others["x_pt"] > b[0] - marker_pt - 3)
                             & (others["x_pt"] < b[1] + marker_pt + 3)
                             & ((others["dy_pt"] - y).abs() < (height + marker_pt) / 2)).any()
                    for _, b, y in planned)
                if clear:
                    for i, box, y in planned:
                        anchor = ev.at[i, "x_pt"]
                        dx = box[0] - anchor if where == "right" else box[1] - anchor
                        ha = "left" if where == "right" else "right"
                        offsets[i] = (dx, y, ha, "center")
                        boxes.append(box)
                    break
        items, idx = [], []
        for i, row in part[labelled[part.index]].iterrows():
            if i in offsets:
                continue
            stack = part[part["cluster"] == row["cluster"]]["dy_pt"]
            items.append((row["x_pt"], half[i], stack.max() + marker_pt / 2,
                          stack.min() - marker_pt / 2))
            idx.append(i)
        placed, boxes = _place_labels(items, height=height, gap=gap, placed=boxes)
        for i, (offset, up) in zip(idx, placed):
            offsets[i] = (0.0, offset, "center", "bottom" if up else "top")
        ys = [b for box in boxes for b in box[2:]] + list(part["dy_pt"] + marker_pt / 2) \
            + list(part["dy_pt"] - marker_pt / 2)
        reach[lane] = (max(ys) + 2, min(ys) - 2)
    lane_pt = max(max(up - down for up, down in reach.values()) + 4, 26.0)
    top_pt = max(reach[len(lanes) - 1][0], lane_pt / 2)
    bottom_pt = -min(reach[0][1], -lane_pt / 2)
    plot_h = ((len(lanes) - 1) * lane_pt + top_pt + bottom_pt) / 72
    if ax is None:
        ax = _fixed_axes(width, plot_h + 0.85, left=left, right=right, top=0.45, bottom=0.4)
    ax.set_xlim(x0, x1)
    ax.set_ylim(-bottom_pt / lane_pt, len(lanes) - 1 + top_pt / lane_pt)
    for lane in range(len(lanes)):
        ax.axhline(lane, color="#dddddd", linewidth=0.8, zorder=1)
    y = ev["lane"] + ev["dy_pt"] / lane_pt
    for kind, (marker, color) in markers.items():
        part = ev["kind"] == kind
        ax.scatter(ev.loc[part, "when"], y[part], marker=marker, color=color, s=30,
                   zorder=3, label=kind, edgecolors="white", linewidths=0.4)
    for i, (dx, dy, ha, va) in offsets.items():
        row = ev.loc[i]
        ax.annotate(row["text"], (row["when"], row["lane"]), xytext=(dx, dy),
                    textcoords="offset points", ha=ha, va=va, fontsize=size)
    ax.set_yticks(range(len(lanes)), lanes)
    _legend_outside(ax, ncol=4)
    ax.spines["left"].set_visible(False)
    ax.tick_params(axis="y", length=0)
    return ax


def _network_positions(countries) -> dict:
    countries = list(countries)
    if set(countries) <= set(vocab.DEFAULT_GROUP):
        # Russia, the hub of the shipped sources' story, in the middle of the triangle of
        # the other three: the six edges then never cross and every label has room.
        return {"CHN": (0.5, 1.0), "RUS": (0.5, 0.38), "IRN": (0.0, 0.0), "PRK": (1.0, 0.0)}
    angles = np.pi / 2 - 2 * np.pi * np.arange(len(countries)) / len(countries)
    return {c: (0.5 + 0.5 * np.cos(t), 0.5 + 0.5 * np.sin(t)) for c, t in zip(countries, angles)}


def _boxes_overlap(a, b, gap=0.0) -> bool:
    return a[0] < b[1] + gap and b[0] < a[1] + gap and a[2] < b[3] + gap and b[2] < a[3] + gap


@_styled
def plot_network(dyads_table: pd.DataFrame, *, defence_dyads=(), ax=None):
    """Draw the countries as a network: edge width from the number of distinct claims about
    the pair, colour from the verdict on them (blue cooperation, orange limitation, grey
    divided), a black square where a defence obligation is in force, and dyads without
    evidence as grey dotted lines labelled 'no evidence' (not as weak ties).

    The figure is sized to the countries shown; each edge's label sits at the first point
    along the edge (middle first) where it clears the nodes and the labels placed before."""
    shown = list(dict.fromkeys(c for d in dyads_table["dyad"] for c in vocab.split_dyad(d)))
    pos = {c: xy for c, xy in _network_positions(shown).items() if c in shown}
    colors = country_colors(shown)
    scale = 3.4 if len(shown) > 4 else 3.0  # inches per unit of the layout
    margin = 0.55  # inches around the outermost nodes, for the node discs and labels
    xs, ys = [p[0] for p in pos.values()], [p[1] for p in pos.values()]
    span_x, span_y = max(xs) - min(xs), max(ys) - min(ys)
    if ax is None:
        width, height = span_x * scale + 2 * margin, span_y * scale + 2 * margin
        ax = _fixed_axes(width, height, left=0, right=0, top=0, bottom=0)
    ax.set_xlim(min(xs) - margin / scale, max(xs) + margin / scale)
    ax.set_ylim(min(ys) - margin / scale, max(ys) + margin / scale)
    ax.set_aspect("equal")
    ax.axis("off")
    fig = ax.figure
    fig.draw_without_rendering()
    to_pt = ax.bbox.width / fig.dpi * 72 / (max(xs) - min(xs) + 2 * margin / scale)
    node_r = 16.0  # points: the disc of s=900 has a 30 pt diameter
    taken = [(x * to_pt - node_r, x * to_pt + node_r, y * to_pt - node_r, y * to_pt + node_r)
             for x, y in pos.values()]
    top = max(1.0, float(dyads_table["n_records"].max() or 1.0))
    colors_by_verdict = {"net cooperation": STANCE_COLORS["cooperation"],
                         "net limitation": STANCE_COLORS["limitation"]}
    for row in dyads_table.itertuples():
        a, b = vocab.split_dyad(row.dyad)
        (x1, y1), (x2, y2) = pos[a], pos[b]
        if row.n_records == 0:
            ax.plot([x1, x2], [y1, y2], linestyle=":", color="#999999", linewidth=1.2,
                    gid=f"edge-{row.dyad}", zorder=1)
            label = "no evidence"
        else:
            # Width: how many distinct claims the sources make about the pair (how much is
            # said, not how close the pair is); colour: which way they lean, grey if divided.
            width = 1.0 + 6.0 * row.n_records / top
            ax.plot([x1, x2], [y1, y2], color=colors_by_verdict.get(row.verdict, "#888888"),
                    linewidth=width, solid_capstyle="round", gid=f"edge-{row.dyad}", zorder=1)
            label = f"{row.n_records} claim{'s' if row.n_records != 1 else ''}"
            if "n_sources" in dyads_table:
                label += f", {row.n_sources} src"
        if row.dyad in defence_dyads:
            label += "\ndefence treaty"
        w = _text_width(label, SMALL) / 2 + 2
        h = (label.count("\n") + 1) * SMALL * 1.2 / 2 + 1.5
        for t in (0.5, 0.38, 0.62, 0.28, 0.72, 0.2, 0.8):
            mx, my = x1 + t * (x2 - x1), y1 + t * (y2 - y1)
            box = (mx * to_pt - w, mx * to_pt + w, my * to_pt - h, my * to_pt + h)
            if not any(_boxes_overlap(box, other) for other in taken):
                break
        taken.append(box)
        if row.dyad in defence_dyads:
            # the square on the edge, clear of the label, on its far side from the middle
            length = np.hypot(x2 - x1, y2 - y1) * to_pt
            step = (np.hypot(w, h) + 6) / length if length else 0.0
            s_t = t - step if t <= 0.5 else t + step
            ax.plot([x1 + s_t * (x2 - x1)], [y1 + s_t * (y2 - y1)], marker="s",
                    markersize=7, color="#111111", zorder=3, gid=f"defence-{row.dyad}")
        ax.text(mx, my, label, ha="center", va="center", fontsize=SMALL,
                color="#333333", zorder=4,
                bbox={"boxstyle": "round,pad=0.15", "fc": "white", "ec": "none", "alpha": 0.9})
    for code, (x, y) in pos.items():
        ax.scatter([x], [y], s=900, color=colors[code], zorder=5)
        ax.text(x, y, code, ha="center", va="center", color="white", fontsize=8,
                fontweight="bold", zorder=6)
    return ax
