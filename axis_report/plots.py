"""Seaborn figures of the tabulated evidence. Each takes a long-form frame and
returns the Axes it drew on; none loads or saves files.

Cells and dyads with no evidence are drawn as hatched grey and labelled
"no evidence", so a gap never reads as a weak or neutral tie.
"""

import matplotlib

matplotlib.use("Agg")

import matplotlib.pyplot as plt  # noqa: E402
import numpy as np  # noqa: E402
import pandas as pd  # noqa: E402
import seaborn as sns  # noqa: E402
from matplotlib.patches import Rectangle  # noqa: E402

from . import vocab  # noqa: E402
from ._markup import format_net  # noqa: E402

__all__ = ["STANCE_COLORS", "plot_dyad_domain_heatmap", "plot_dyad_balance"]

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
