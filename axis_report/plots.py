"""Seaborn figures of the tabulated evidence. Each takes a long-form frame and
returns the Axes it drew on; none loads or saves files.

Cells and dyads with no evidence are drawn as hatched grey and labelled
"no evidence", so a gap never reads as a weak or neutral tie.
"""

import matplotlib

matplotlib.use("Agg")

import matplotlib.pyplot as plt  # noqa: E402
import matplotlib.ticker  # noqa: E402
import numpy as np  # noqa: E402
import pandas as pd  # noqa: E402
import seaborn as sns  # noqa: E402
from matplotlib.patches import Rectangle  # noqa: E402

from . import vocab  # noqa: E402
from ._markup import format_net  # noqa: E402

__all__ = ["STANCE_COLORS", "DYAD_COLORS", "plot_dyad_domain_heatmap", "plot_dyad_balance",
           "plot_alignment_series", "plot_alignment_heatmap"]

STANCE_COLORS = {"cooperation": "#2b6cb0", "limitation": "#c05621"}
NO_EVIDENCE_COLOR = "#e2e2e2"
# Orange for limitation, blue for cooperation: the same hues as the bar chart.
DIVERGING = sns.diverging_palette(35, 245, s=80, l=50, as_cmap=True)

plt.rcParams.update({
    "font.family": "DejaVu Sans",
    "font.size": 9,
    "svg.hashsalt": "axis_report",  # stable ids: identical SVG on every run
    "svg.fonttype": "none",  # text stays text: smaller SVG, faster PDF, searchable labels
    "axes.spines.top": False,
    "axes.spines.right": False,
})


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
        _, ax = plt.subplots(figsize=(6.4, 0.55 * len(dyads) + 1.2))
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


def plot_dyad_balance(dyads_table: pd.DataFrame, *, ax=None):
    """Draw, per dyad, the summed weight of cooperation claims against limitation claims.

    `dyads_table` is the frame from `tables.tabulate_dyads`; dyads without
    evidence get a "no evidence" label instead of bars.
    """
    order = list(dyads_table["dyad"])
    long = dyads_table.melt(id_vars=["dyad", "n_records"],
                            value_vars=["w_cooperation", "w_limitation"],
                            var_name="stance", value_name="weight")
    long["stance"] = long["stance"].str.removeprefix("w_")
    long = long[long["n_records"] > 0]
    if ax is None:
        _, ax = plt.subplots(figsize=(6.4, 0.45 * len(order) + 1.1))
    sns.barplot(data=long, y="dyad", x="weight", hue="stance", order=order,
                hue_order=list(vocab.STANCES), palette=STANCE_COLORS, ax=ax, orient="h")
    for i, row in enumerate(dyads_table.itertuples()):
        if row.n_records == 0:
            ax.text(0.05, i, "no evidence in the coded sources", va="center", ha="left",
                    fontsize=8, color="#555555", style="italic")
    ax.set_xlabel("summed weight of claims")
    ax.set_ylabel("")
    ax.legend(title=None, frameon=False, loc="lower right")
    ax.set_title("Cooperation against limitation, by dyad", loc="left", fontsize=10)
    return ax


# One fixed colour per dyad, so a dyad looks the same in every figure and report.
DYAD_COLORS = dict(zip(vocab.dyads_among(vocab.FOCUS_COUNTRIES),
                       sns.color_palette("colorblind", 6).as_hex()))
COUNTRY_COLORS = dict(zip(vocab.FOCUS_COUNTRIES, ("#c0392b", "#2c3e50", "#16a085", "#8e44ad")))


def _pair_label(row) -> str:
    return f"{row.country_a}-{row.country_b}"


def plot_alignment_series(alignment: pd.DataFrame, *, dyads, comparator: str = "USA",
                          countries=None, axes=None):
    """Draw UN General Assembly agreement by year: the given dyads (left) and each of
    `countries` with `comparator` (right), on the same scale. Returns the two Axes."""
    long = alignment.assign(pair=[_pair_label(r) for r in alignment.itertuples()])
    if axes is None:
        _, axes = plt.subplots(1, 2, figsize=(7.0, 2.9), sharey=True)
    left, right = axes
    dyads = list(dyads)
    sns.lineplot(data=long[long["pair"].isin(dyads)], x="year", y="agreement", hue="pair",
                 hue_order=dyads, palette=DYAD_COLORS, ax=left, linewidth=1.4)
    left.set_title("Pairs among the four", loc="left", fontsize=9)
    countries = list(countries or [])
    comp_pairs = {vocab.dyad_code(c, comparator): c for c in countries}
    comp = long[long["pair"].isin(comp_pairs)].assign(
        country=lambda f: f["pair"].map(comp_pairs))
    sns.lineplot(data=comp, x="year", y="agreement", hue="country", hue_order=countries,
                 palette=COUNTRY_COLORS, ax=right, linewidth=1.4, linestyle="--")
    right.set_title(f"Each with the {vocab.COUNTRY_NAMES.get(comparator, comparator)}",
                    loc="left", fontsize=9)
    for ax, where in zip(axes, ("lower left", "upper right")):
        ax.set_ylim(0, 1)
        ax.set_xlabel("")
        ax.yaxis.set_major_formatter(matplotlib.ticker.PercentFormatter(1.0))
        ax.grid(axis="y", color="#dddddd", linewidth=0.6)
        # the four's mutual agreement sits high and their agreement with the comparator
        # low, so these corners stay clear of the lines
        ax.legend(frameon=False, fontsize=7, loc=where, ncol=2, title=None)
    left.set_ylabel("share of common votes the same")
    return axes


def plot_alignment_heatmap(alignment: pd.DataFrame, *, pairs, years, ax=None):
    """Draw agreement for `pairs` (labels like 'CHN-RUS') in `years`, each cell annotated
    with the share and its percentile among all pairs of countries that year."""
    long = alignment.assign(pair=[_pair_label(r) for r in alignment.itertuples()])
    long = long[long["pair"].isin(list(pairs)) & long["year"].isin(list(years))]
    values = long.pivot(index="pair", columns="year", values="agreement").reindex(
        index=list(pairs), columns=list(years))
    pct = long.pivot(index="pair", columns="year", values="agreement_percentile").reindex(
        index=list(pairs), columns=list(years))
    annot = np.empty(values.shape, dtype=object)
    for i in range(values.shape[0]):
        for j in range(values.shape[1]):
            v, p = values.iat[i, j], pct.iat[i, j]
            annot[i, j] = "no votes" if np.isnan(v) else f"{v:.0%}\np{p:.0f}"
    if ax is None:
        _, ax = plt.subplots(figsize=(6.2, 0.42 * len(pairs) + 1.0))
    sns.heatmap(values, ax=ax, cmap="Blues", vmin=0, vmax=1, annot=annot, fmt="",
                annot_kws={"fontsize": 7}, linewidths=1, linecolor="white",
                cbar_kws={"label": "share of common votes the same", "shrink": 0.8})
    ax.set_xlabel("")
    ax.set_ylabel("")
    ax.tick_params(axis="y", rotation=0)
    ax.tick_params(length=0)
    ax.set_title("UN General Assembly agreement, latest years (p = percentile among all pairs)",
                 loc="left", fontsize=9)
    return ax
