"""Seaborn figures of the tabulated evidence. Each takes a long-form frame and
returns the Axes it drew on; none loads or saves files.

Importing this module changes no global matplotlib state: each function draws on a
new `Figure` (no pyplot, no backend) inside the house style's `rc_context`, or on
the Axes it is given.

Cells and dyads with no evidence are drawn as hatched grey and labelled
"no evidence", so a gap never reads as a weak or neutral tie.
"""

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
from ..vocab import format_net

__all__ = ["STYLE", "STANCE_COLORS", "new_axes", "dyad_colors", "plot_dyad_domain_heatmap",
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


@_styled
def plot_dyad_domain_heatmap(dyad_domain: pd.DataFrame, *, ax=None):
    """Draw the net balance (cooperation minus limitation weight) for each dyad x domain.

    `dyad_domain` is the long frame from `tables.tabulate_dyad_domain`; row and
    column order follow it. Cells are annotated with the net balance and the
    count of cooperation / limitation records.
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
                           f"{format_net(row['net_balance'])}\n{row['n_cooperation']:.0f} coop · "
                           f"{row['n_limitation']:.0f} lim")
    if ax is None:
        ax = new_axes((6.4, 0.55 * len(dyads) + 1.2))
    limit = max(3.0, float(np.nanmax(np.abs(net.to_numpy()))) if net.notna().any().any() else 3.0)
    for i in range(len(dyads)):
        for j in range(len(domains)):
            if np.isnan(net.iat[i, j]):
                ax.add_patch(Rectangle((j, i), 1, 1, facecolor=NO_EVIDENCE_COLOR,
                                       hatch="///", edgecolor="#ffffff", lw=0))
    sns.heatmap(net, ax=ax, cmap=DIVERGING, center=0, vmin=-limit, vmax=limit,
                annot=annot, fmt="", annot_kws={"fontsize": 7.5}, linewidths=1,
                linecolor="white", cbar_kws={"label": "net balance (weight)", "shrink": 0.8})
    # seaborn skips annotations of missing cells; label the gaps explicitly.
    for i in range(len(dyads)):
        for j in range(len(domains)):
            if np.isnan(net.iat[i, j]):
                ax.text(j + 0.5, i + 0.5, "no\nevidence", ha="center", va="center",
                        fontsize=7, color="#555555", style="italic")
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
        ax = new_axes((6.4, 0.45 * len(order) + 1.1))
    sns.barplot(data=long, y=by, x="claims", hue="stance", order=order,
                hue_order=list(vocab.STANCES), palette=STANCE_COLORS, ax=ax, orient="h")
    top = float(long["claims"].max()) if len(long) else 1.0
    for i, row in enumerate(dyads_table.itertuples()):
        if row.n_records == 0:
            ax.text(0.05, i, "no evidence in the coded sources", va="center", ha="left",
                    fontsize=8, color="#555555", style="italic")
        elif "n_sources" in dyads_table:
            n = int(row.n_sources)
            ax.text(top * 1.02, i, f"{n} source{'s' if n != 1 else ''}", va="center",
                    ha="left", fontsize=7, color="#555555")
    ax.set_xlim(0, top * 1.22 if len(long) else 1)
    ax.set_xlabel("number of distinct claims (each counted once)")
    ax.set_ylabel("")
    ax.legend(title=None, frameon=False, loc="upper center", bbox_to_anchor=(0.5, -0.18),
              ncol=2)
    ax.set_title(title or f"Claims of cooperation and of limitation, by {by}", loc="left",
                 fontsize=10)
    return ax


def dyad_colors(dyads) -> dict:
    """One fixed colour per dyad (in the given order), so a dyad looks the same in every
    figure of a report."""
    dyads = list(dyads)
    return dict(zip(dyads, sns.color_palette("colorblind", max(len(dyads), 1)).as_hex()))


_COUNTRY_COLORS = ("#c0392b", "#2c3e50", "#16a085", "#8e44ad", "#b7791f", "#2b6cb0")


def country_colors(countries) -> dict:
    """One fixed colour per country, in the given order."""
    return {c: _COUNTRY_COLORS[i % len(_COUNTRY_COLORS)] for i, c in enumerate(countries)}


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
        axes = new_axes((7.0, 2.9), ncols=2, sharey=True)
    left, right = axes
    dyads = list(dyads)
    sns.lineplot(data=long[long["pair"].isin(dyads)], x="year", y=value, hue="pair",
                 hue_order=dyads, palette=dyad_colors(dyads), ax=left, linewidth=1.4)
    left.set_title("Pairs among the four", loc="left", fontsize=9)
    countries = list(countries or [])
    comp_pairs = {vocab.dyad_code(c, comparator): c for c in countries}
    comp = long[long["pair"].isin(comp_pairs)].assign(
        country=lambda f: f["pair"].map(comp_pairs))
    sns.lineplot(data=comp, x="year", y=value, hue="country", hue_order=countries,
                 palette=country_colors(countries), ax=right, linewidth=1.4, linestyle="--")
    right.set_title(f"Each with the {vocab.country_name(comparator)}",
                    loc="left", fontsize=9)
    for ax, where in zip(axes, ("lower left", "upper right")):
        ax.set_ylim(0, 1)
        ax.set_xlabel("")
        ax.yaxis.set_major_formatter(matplotlib.ticker.PercentFormatter(1.0))
        ax.grid(axis="y", color="#dddddd", linewidth=0.6)
        # the four's mutual agreement sits high and their agreement with the comparator
        # low, so these corners stay clear of the lines
        ax.legend(frameon=False, fontsize=7, loc=where, ncol=2, title=None)
    left.set_ylabel(f"{vocab.UN_MEASURE_LABELS[measure]} (0-100%)")
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
    if ax is None:
        ax = new_axes((6.2, 0.42 * len(pairs) + 1.0))
    sns.heatmap(values, ax=ax, cmap="Blues", vmin=0, vmax=1, annot=annot, fmt="",
                annot_kws={"fontsize": 7}, linewidths=1, linecolor="white",
                cbar_kws={"label": label, "shrink": 0.8})
    # seaborn skips annotations of missing cells; label them explicitly.
    for i in range(values.shape[0]):
        for j in range(values.shape[1]):
            if np.isnan(values.iat[i, j]):
                ax.text(j + 0.5, i + 0.5, "no votes", ha="center", va="center", fontsize=7,
                        color="#555555", style="italic")
    ax.set_xlabel("")
    ax.set_ylabel("")
    ax.tick_params(axis="y", rotation=0)
    ax.tick_params(length=0)
    ax.set_title(f"UN General Assembly {label}, latest years (p = percentile among all pairs)",
                 loc="left", fontsize=9)
    return ax


# Beyond this many dated claims, the timeline labels only the agreements.
TIMELINE_LABEL_MAX = 30

ACH_COLORS = {"CC": "#1f5f99", "C": "#8fb8de", "N": "#eeeeee", "I": "#f0a868", "II": "#b5471b"}


@_styled
def plot_ach_summary(matrix: pd.DataFrame, *, scores: pd.DataFrame, ax=None):
    """Draw, for each hypothesis, how many claims rate it CC ... II, as stacked bars: the
    ACH matrix summarised, with one bar per hypothesis whatever the number of claims (the
    claim-by-claim matrix goes to the report's appendix). Bars are labelled with the
    hypothesis and its weighted inconsistency."""
    from ..vocab import RATINGS

    hyps = list(dict.fromkeys(matrix["hypothesis"]))
    counts = (matrix.assign(rating=matrix["rating"].astype(str))
              .groupby(["hypothesis", "rating"]).size().unstack(fill_value=0)
              .reindex(index=hyps, columns=list(RATINGS), fill_value=0))
    if ax is None:
        ax = new_axes((6.4, 0.45 * len(hyps) + 1.2))
    score = dict(zip(scores["hypothesis"], scores["inconsistency"]))
    left = np.zeros(len(hyps))
    for rating in RATINGS:
        values = counts[rating].to_numpy()
        ax.barh(range(len(hyps)), values, left=left, color=ACH_COLORS[rating],
                edgecolor="white", linewidth=0.6, label=rating)
        left += values
    ax.set_yticks(range(len(hyps)), [f"{h} ({score[h]:.1f})" for h in hyps])
    ax.invert_yaxis()
    ax.set_xlabel("claims, by their rating under the hypothesis")
    ax.legend(frameon=False, fontsize=7, ncol=len(RATINGS), loc="upper center",
              bbox_to_anchor=(0.5, -0.22))
    ax.tick_params(axis="y", length=0)
    return ax


@_styled
def plot_ach_matrix(matrix: pd.DataFrame, *, scores: pd.DataFrame, ax=None):
    """Draw the ACH matrix: records down, hypotheses across, each cell its rating
    (CC ... II) on a consistent-to-inconsistent scale; hypotheses labelled with their
    weighted inconsistency score."""
    from ..vocab import RATINGS

    records = sorted(matrix["record_id"].unique())
    hyps = list(dict.fromkeys(matrix["hypothesis"]))
    codes = matrix.assign(code=matrix["rating"].astype(str).map(
        {r: i for i, r in enumerate(RATINGS)}))
    grid = codes.pivot(index="record_id", columns="hypothesis", values="code").reindex(
        index=records, columns=hyps)
    labels = matrix.pivot(index="record_id", columns="hypothesis", values="rating").reindex(
        index=records, columns=hyps).astype(str)
    if ax is None:
        ax = new_axes((3.6, 0.17 * len(records) + 1.2))
    cmap = matplotlib.colors.ListedColormap([ACH_COLORS[r] for r in RATINGS])
    sns.heatmap(grid, ax=ax, cmap=cmap, vmin=-0.5, vmax=len(RATINGS) - 0.5,
                annot=labels.to_numpy(), fmt="", annot_kws={"fontsize": 6.5},
                linewidths=0.6, linecolor="white", cbar=False)
    score = dict(zip(scores["hypothesis"], scores["inconsistency"]))
    ax.set_xticklabels([f"{h}\n{score[h]:.1f}" for h in hyps], fontsize=8)
    ax.xaxis.tick_top()
    ax.set_xlabel("")
    ax.set_ylabel("")
    ax.tick_params(axis="y", labelsize=6.5, rotation=0, length=0)
    ax.tick_params(axis="x", length=0)
    return ax


def _mid_date(date: str) -> str:
    """Place a partial date (YYYY or YYYY-MM) in the middle of its period."""
    return {4: f"{date}-07-01", 7: f"{date}-15"}.get(len(date), date)


@_styled
def plot_timeline(events: pd.DataFrame, *, ax=None):
    """Draw dated events on one lane per dyad. `events` has date (ISO, YYYY or YYYY-MM
    allowed), dyad, label and kind (signed, in force, ended, evidence)."""
    markers = {"signed": ("^", "#2c3e50"), "in force": ("o", "#276749"),
               "ended": ("x", "#9b2c2c"), "evidence": ("D", "#c05621")}
    lanes = sorted(set(events["dyad"]))
    ev = events.assign(when=pd.to_datetime(events["date"].map(_mid_date), format="%Y-%m-%d"),
                       lane=events["dyad"].map({d: i for i, d in enumerate(lanes)}))
    if ax is None:
        ax = new_axes((7.0, 0.55 * len(lanes) + 1.3))
    for kind, (marker, color) in markers.items():
        part = ev[ev["kind"] == kind]
        ax.scatter(part["when"], part["lane"], marker=marker, color=color, s=36, zorder=3,
                   label=kind)
    for lane in range(len(lanes)):
        ax.axhline(lane, color="#dddddd", linewidth=0.8, zorder=1)
    # Alternate labels above and below the lane so neighbours do not collide. With many
    # dated claims their labels would bury the chart: only the agreements keep theirs
    # (the table below the chart lists every event).
    labelled = ev if (ev["kind"] == "evidence").sum() <= TIMELINE_LABEL_MAX else (
        ev[ev["kind"] != "evidence"])
    for i, row in enumerate(labelled.sort_values("when").itertuples()):
        up = i % 2 == 0
        ax.annotate(row.label, (row.when, row.lane), xytext=(0, 7 if up else -9),
                    textcoords="offset points", ha="center", va="bottom" if up else "top",
                    fontsize=6.5)
    ax.set_yticks(range(len(lanes)), lanes)
    ax.set_ylim(-0.7, len(lanes) - 0.3)
    ax.legend(frameon=False, fontsize=7, ncol=4, loc="upper left", bbox_to_anchor=(0, -0.12))
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


@_styled
def plot_network(dyads_table: pd.DataFrame, *, defence_dyads=(), ax=None):
    """Draw the countries as a network: edge width from the number of distinct claims about
    the pair, colour from the verdict on them (blue cooperation, orange limitation, grey
    divided), a black square where a defence obligation is in force, and dyads without
    evidence as grey dotted lines labelled 'no evidence' (not as weak ties)."""
    shown = list(dict.fromkeys(c for d in dyads_table["dyad"] for c in vocab.split_dyad(d)))
    pos = _network_positions(shown)
    colors = country_colors([*vocab.DEFAULT_GROUP, *(c for c in shown
                                                     if c not in vocab.DEFAULT_GROUP)])
    if ax is None:
        ax = new_axes((4.6, 3.6))
    top = max(1.0, float(dyads_table["n_records"].max() or 1.0))
    colors_by_verdict = {"net cooperation": STANCE_COLORS["cooperation"],
                         "net limitation": STANCE_COLORS["limitation"]}
    for row in dyads_table.itertuples():
        a, b = vocab.split_dyad(row.dyad)
        (x1, y1), (x2, y2) = pos[a], pos[b]
        mx, my = (x1 + x2) / 2, (y1 + y2) / 2
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
            ax.plot([x1 + 0.25 * (x2 - x1)], [y1 + 0.25 * (y2 - y1)], marker="s",
                    markersize=7, color="#111111", zorder=3, gid=f"defence-{row.dyad}")
        ax.text(mx, my, label, ha="center", va="center", fontsize=7,
                color="#333333", zorder=4,
                bbox={"boxstyle": "round,pad=0.15", "fc": "white", "ec": "none", "alpha": 0.85})
    for code, (x, y) in pos.items():
        if code not in shown:  # a country outside the report's scope is left out
            continue
        ax.scatter([x], [y], s=900, color=colors[code], zorder=5)
        ax.text(x, y, code, ha="center", va="center", color="white", fontsize=8,
                fontweight="bold", zorder=6)
    ax.set_xlim(-0.2, 1.2)
    ax.set_ylim(-0.2, 1.2)
    ax.set_aspect("equal")
    ax.axis("off")
    return ax
