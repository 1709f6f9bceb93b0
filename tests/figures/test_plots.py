"""Figures are tested for the data they draw, not for pixels; drawing them leaves
matplotlib's global state alone."""

import re
import subprocess
import sys

import matplotlib.colors
import numpy as np
import pandas as pd
import pytest
from conftest import REPO

from axis_report.analysis import ach, tables
from axis_report.figures import plots
from axis_report.figures.cache import figure_svg


def test_heatmap_labels_gaps_and_annotates_cells(small_evidence):
    tab = tables.tabulate_dyad_domain(small_evidence, dyads=["CHN-RUS", "IRN-RUS"],
                                      domains=["military", "economic"])
    ax = plots.plot_dyad_domain_heatmap(tab)
    texts = [t.get_text() for t in ax.texts]
    assert texts.count("no\nevidence") == 1  # IRN-RUS military
    # the counts spelled out, not abbreviated
    assert "+3\n1 cooperation\n0 limitation" in texts
    assert "+1\n1 cooperation\n1 limitation" in texts
    assert "0\n1 cooperation\n1 limitation" in texts  # balanced shows as 0, not as a gap
    assert not any(re.search(r"\b(coop|lim)\b", t) for t in texts)
    assert [t.get_text() for t in ax.get_yticklabels()] == ["CHN-RUS", "IRN-RUS"]
    assert [t.get_text() for t in ax.get_xticklabels()] == ["military", "economic"]
    values = ax.collections[0].get_array()
    assert values.mask.sum() == 1  # the one missing cell is masked, not drawn as 0


def test_balance_chart_bars_count_distinct_claims(small_evidence):
    roots = {"A1": "S1", "A2": "S2", "A3": "S1 S3", "A4": "S4", "A5": "S5"}
    ev = small_evidence.assign(roots=small_evidence["record_id"].map(roots))
    tab = tables.tabulate_dyads(ev, dyads=["CHN-IRN", "CHN-RUS", "IRN-RUS"])
    ax = plots.plot_dyad_balance(tab)
    bars = {}
    for container, stance in zip(ax.containers, ["cooperation", "limitation"]):
        bars[stance] = [round(b.get_width(), 6) for b in container]
    # claims, not weights: CHN-RUS A1 and A3 against A2; IRN-RUS A3 against A4. seaborn
    # leaves an empty slot for the dyad without evidence
    assert [w for w in bars["cooperation"] if w == w] == [2, 1]
    assert [w for w in bars["limitation"] if w == w] == [1, 1]
    texts = [t.get_text() for t in ax.texts]
    assert "no evidence in the coded sources" in texts
    assert texts.count("3 sources") == 2  # the independent sources behind each dyad
    assert [t.get_text() for t in ax.get_legend().get_texts()] == ["cooperation", "limitation"]
    assert ax.get_xlabel() == "number of distinct claims (each counted once)"


def test_balance_chart_counts_a_claim_once_however_many_quotes():
    from conftest import quote, record

    from axis_report.inputs.evidence import evidence_long_frame

    many = [quote("S1", text="one"), quote("S2", text="two"), quote("S3", text="three")]
    ev = evidence_long_frame([record("M", ["CHN-RUS"], "cooperation", 3, quotes=many)])
    ax = plots.plot_dyad_balance(tables.tabulate_dyads(ev, dyads=["CHN-RUS"]))
    assert [round(b.get_width(), 6) for b in ax.containers[0]] == [1]


def test_figures_are_identical_run_to_run(small_evidence):
    tab = tables.tabulate_dyad_domain(small_evidence, dyads=["CHN-RUS", "IRN-RUS"],
                                      domains=["military", "economic"])
    first = figure_svg(plots.plot_dyad_domain_heatmap(tab).figure)
    second = figure_svg(plots.plot_dyad_domain_heatmap(tab).figure)
    assert first == second
    assert b"<text" in first  # text stays text (svg.fonttype none)


def test_network_draws_gaps_as_gaps_and_marks_defence(small_evidence):
    tab = tables.tabulate_dyads(small_evidence, dyads=["CHN-IRN", "CHN-PRK", "CHN-RUS",
                                                        "IRN-PRK", "IRN-RUS", "PRK-RUS"])
    ax = plots.plot_network(tab, defence_dyads={"CHN-PRK"})
    edges = {line.get_gid(): line for line in ax.lines
             if (line.get_gid() or "").startswith("edge-")}
    assert set(edges) == {f"edge-{d}" for d in tab["dyad"]}
    for dyad in ("CHN-IRN", "CHN-PRK", "IRN-PRK", "PRK-RUS"):  # no evidence in the fixture
        assert edges[f"edge-{dyad}"].get_linestyle() == ":"
    assert edges["edge-CHN-RUS"].get_linestyle() == "-"
    assert edges["edge-CHN-RUS"].get_color() == plots.STANCE_COLORS["cooperation"]
    # width from the number of distinct claims: CHN-RUS has the most (3), IRN-RUS 2
    assert edges["edge-CHN-RUS"].get_linewidth() == pytest.approx(7.0)
    assert edges["edge-IRN-RUS"].get_linewidth() == pytest.approx(5.0)
    assert edges["edge-IRN-RUS"].get_color() == "#888888"  # divided: neither colour
    assert [ln.get_gid() for ln in ax.lines if (ln.get_gid() or "").startswith("defence-")] == [
        "defence-CHN-PRK"]
    labels = [t.get_text() for t in ax.texts]
    assert labels.count("no evidence") == 3 and "no evidence\ndefence treaty" in labels
    assert "3 claims" in labels and "2 claims" in labels


def test_ach_matrix_figure_holds_the_ratings():
    recs = pd.DataFrame([{"record_id": "R1", "ach": {"H1": "II", "H2": "C"}},
                         {"record_id": "R2", "ach": {"H1": "N", "H2": "CC"}}])
    matrix = ach.ach_matrix(recs, ["H1", "H2"])
    scores = pd.DataFrame({"hypothesis": ["H1", "H2"], "inconsistency": [-2.0, 0.0]})
    ax = plots.plot_ach_matrix(matrix, scores=scores)
    assert [t.get_text() for t in ax.texts] == ["II", "C", "N", "CC"]
    assert [t.get_text() for t in ax.get_xticklabels()] == ["H1\n-2.0", "H2\n0.0"]


def test_timeline_plots_each_event_on_its_dyad_lane():
    events = pd.DataFrame([
        {"date": "1961-07-11", "dyad": "CHN-PRK", "kind": "signed", "label": "T2 1961",
         "ref": "T2"},
        {"date": "2024-12-04", "dyad": "PRK-RUS", "kind": "in force", "label": "T6 2024",
         "ref": "T6"},
        {"date": "2022-02", "dyad": "CHN-RUS", "kind": "evidence", "label": "E18 2022-02",
         "ref": "E18"},
    ])
    ax = plots.plot_timeline(events)
    assert [t.get_text() for t in ax.get_yticklabels()] == ["CHN-PRK", "CHN-RUS", "PRK-RUS"]
    by_kind = {c.get_label(): c.get_offsets() for c in ax.collections}
    assert len(by_kind["signed"]) == 1 and by_kind["signed"][0][1] == 0      # CHN-PRK lane
    assert by_kind["evidence"][0][1] == 1 and by_kind["in force"][0][1] == 2
    assert len(by_kind["ended"]) == 0
    # an agreement's label names what happened; a dated claim's gives its id and date
    assert sorted(t.get_text() for t in ax.texts) == ["E18 2022-02", "T2 signed 1961",
                                                      "T6 in force 2024"]


def test_alignment_series_and_heatmap(tiny_alignment):
    dyads = ["CHN-RUS", "IRN-RUS"]
    left, right = plots.plot_alignment_series(tiny_alignment, dyads=dyads,
                                              countries=["CHN", "RUS"])
    assert [t.get_text() for t in left.get_legend().get_texts()] == dyads
    assert [t.get_text() for t in right.get_legend().get_texts()] == ["CHN", "RUS"]
    assert left.get_ylim() == right.get_ylim() == (0, 1)  # one scale for both
    years = sorted(set(tiny_alignment["year"]))
    for line in left.get_lines()[:2]:
        assert list(line.get_xdata()) == years
    pairs = ["CHN-RUS", "IRN-PRK", "CHN-USA"]
    ax = plots.plot_alignment_heatmap(tiny_alignment, pairs=pairs, years=[1991, 1992])
    assert [t.get_text() for t in ax.get_yticklabels()] == pairs
    assert [t.get_text() for t in ax.get_xticklabels()] == ["1991", "1992"]
    labels = [t.get_text() for t in ax.texts]
    assert len(labels) == 6
    row = tiny_alignment[(tiny_alignment["year"] == 1992)
                         & (tiny_alignment["country_a"] == "CHN")
                         & (tiny_alignment["country_b"] == "USA")].iloc[0]
    assert f"{row['agreement']:.0%}\np{row['agreement_percentile']:.0f}" in labels


def test_alignment_plots_name_and_draw_their_measure(tiny_alignment):
    left, _ = plots.plot_alignment_series(tiny_alignment, dyads=["CHN-RUS"], countries=["CHN"])
    assert left.get_ylabel() == "agreement score (0-100%)"  # the standard score by default
    left, _ = plots.plot_alignment_series(tiny_alignment, dyads=["CHN-RUS"], countries=["CHN"],
                                          measure="strict")
    assert left.get_ylabel() == "strict agreement (0-100%)"
    chn_rus = tiny_alignment[(tiny_alignment["country_a"] == "CHN")
                             & (tiny_alignment["country_b"] == "RUS")]
    assert list(left.get_lines()[0].get_ydata()) == list(chn_rus["agreement_strict"])
    ax = plots.plot_alignment_heatmap(tiny_alignment, pairs=["CHN-USA"], years=[1992],
                                      measure="yes_no")
    assert "yes/no agreement" in ax.get_title(loc="left")
    row = tiny_alignment[
        (tiny_alignment["year"] == 1992) & (tiny_alignment["country_a"] == "CHN")
        & (tiny_alignment["country_b"] == "USA")].iloc[0]
    assert [t.get_text() for t in ax.texts] == [
        f"{row['agreement_yesno']:.0%}\np{row['agreement_yesno_percentile']:.0f}"]


def test_alignment_heatmap_labels_a_year_without_votes(tiny_alignment):
    ax = plots.plot_alignment_heatmap(tiny_alignment, pairs=["CHN-RUS"], years=[1992, 1993])
    assert [t.get_text() for t in ax.texts].count("no votes") == 1  # not a blank, not 0%


def test_network_of_another_group_shows_only_its_countries():
    tab = pd.DataFrame({"dyad": ["BLR-RUS", "CHN-RUS", "BLR-CHN"], "n_records": [2, 0, 3],
                        "net_balance": [2.0, float("nan"), -3.0], "n_sources": [1, 0, 2],
                        "verdict": ["net cooperation", "no evidence", "net limitation"]})
    ax = plots.plot_network(tab)
    names = {t.get_text() for t in ax.texts}
    assert {"BLR", "CHN", "RUS"} <= names and not {"IRN", "PRK"} & names
    assert {"2 claims, 1 src", "3 claims, 2 src", "no evidence"} <= names


def test_network_labels_one_claim_in_the_singular():
    tab = pd.DataFrame({"dyad": ["CHN-RUS"], "n_records": [1], "net_balance": [3.0],
                        "verdict": ["net cooperation"]})
    assert "1 claim" in {t.get_text() for t in plots.plot_network(tab).texts}


DRAW_EVERYTHING = """
import json, sys
sys.path.insert(0, {tests!r})
import matplotlib
def state():
    return {{k: repr(v) for k, v in matplotlib.rcParams.items()}}
before = state()
from axis_report.figures import plots
after_import = state()
from conftest import TINY
from axis_report import vocab
from axis_report.analysis.alignment import focus_alignment
from axis_report.config import ProjectPaths
from axis_report.inputs import load_inputs
from axis_report.inputs.reference import load_unga
from axis_report.model.params import check_parameters
from axis_report.model.report import build_report
paths = ProjectPaths(TINY)
inputs = load_inputs(paths)
codes = {{vocab.ISO3_TO_ISO2[c]: c for c in (*inputs.group, "USA")}}
alignment = focus_alignment(*load_unga(paths.votes_file, paths.roll_calls_file), codes=codes)
r = build_report(inputs, check_parameters({{"countries": list(inputs.group),
                 "domains": list(vocab.DOMAINS), "min_weight": 1, "title": "t"}}),
                 alignment=alignment)
drawn = [
    plots.plot_dyad_domain_heatmap(r.dyad_domain),
    plots.plot_dyad_balance(r.dyads_table),
    *plots.plot_alignment_series(r.alignment, dyads=r.dyads, countries=list(inputs.group)),
    plots.plot_alignment_heatmap(r.alignment, pairs=r.dyads, years=[1991, 1992]),
    plots.plot_ach_matrix(r.ach.matrix, scores=r.ach.scores),
    plots.plot_timeline(r.timeline),
    plots.plot_network(r.dyads_table, defence_dyads=r.defence_dyads),
]
after_draw = state()
import matplotlib.pyplot as plt
print(json.dumps({{
    "import": sorted(k for k in before if before[k] != after_import[k]),
    "draw": sorted(k for k in before if before[k] != after_draw[k]),
    "managed": sum(ax.figure.canvas.manager is not None for ax in drawn),
    "pyplot_figures": plt.get_fignums(),
    "drawn": len(drawn),
}}))
"""


def test_importing_and_drawing_every_plot_leaves_rcparams_unchanged():
    import json

    code = DRAW_EVERYTHING.format(tests=str(REPO / "tests"))
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         cwd=REPO, timeout=120)
    assert out.returncode == 0, out.stderr
    got = json.loads(out.stdout.strip().splitlines()[-1])
    assert got == {"import": [], "draw": [], "managed": 0, "pyplot_figures": [], "drawn": 8}


def test_every_plot_draws_on_a_given_axes(small_evidence):
    ax = plots.new_axes((4, 3))
    tab = tables.tabulate_dyads(small_evidence, dyads=["CHN-RUS", "IRN-RUS"])
    assert plots.plot_dyad_balance(tab, ax=ax) is ax
    assert plots.plot_network(tab, ax=plots.new_axes((4, 3))).figure.canvas.manager is None


def test_ach_summary_draws_one_bar_per_hypothesis_whatever_the_claims():
    import pandas as pd

    from axis_report.figures.plots import plot_ach_summary

    n = 500  # far more claims than labels could show
    ratings = ["CC", "C", "N", "I", "II"]
    matrix = pd.DataFrame({"record_id": [f"E{i:04d}" for i in range(n) for _ in range(2)],
                           "hypothesis": ["H1", "H2"] * n,
                           "rating": [ratings[i % 5] for i in range(2 * n)]})
    scores = pd.DataFrame({"hypothesis": ["H1", "H2"], "inconsistency": [-3.0, -10.5]})
    ax = plot_ach_summary(matrix, scores=scores)
    assert [t.get_text() for t in ax.get_yticklabels()] == ["H1 (-3.0)", "H2 (-10.5)"]
    # five stacked segments per hypothesis, each segment's width the count of that rating
    widths = sorted(round(p.get_width()) for p in ax.patches)
    assert len(ax.patches) == 10 and sum(widths) == 2 * n


def test_timeline_labels_only_agreements_when_dated_claims_are_many():
    import pandas as pd

    from axis_report.figures import plots

    events = pd.DataFrame({
        "date": ["2001-07-16"] + [f"20{10 + i % 10}-0{1 + i % 9}" for i in range(40)],
        "dyad": ["CHN-RUS"] * 41,
        "kind": ["signed"] + ["evidence"] * 40,
        "label": ["T04 2001"] + [f"E{i:03d}" for i in range(40)],
        "ref": ["T04"] + [f"E{i:03d}" for i in range(40)]})
    ax = plots.plot_timeline(events)
    texts = [t.get_text() for t in ax.texts]
    assert texts == ["T04 signed 2001"]  # 40 dated claims: markers only, no labels
    few = plots.plot_timeline(events.head(6))
    assert len(few.texts) == 6


# --- layout from the data: the figure checks hold on every shape of data ------------------

def _dyads_table(dyads, n=3):
    return pd.DataFrame({"dyad": dyads, "n_records": [n] * len(dyads),
                         "n_cooperation": [n] * len(dyads), "n_limitation": [1] * len(dyads),
                         "net_balance": [2.0] * len(dyads), "n_sources": [2] * len(dyads),
                         "verdict": ["net cooperation"] * len(dyads)})


def test_dyad_colours_are_six_distinct_and_the_same_in_every_subset():
    six = ["CHN-IRN", "CHN-PRK", "CHN-RUS", "IRN-PRK", "IRN-RUS", "PRK-RUS"]
    colours = plots.dyad_colors(six)
    assert len(set(colours.values())) == 6
    assert plots.dyad_colors(["IRN-RUS"])["IRN-RUS"] == colours["IRN-RUS"]
    ten = plots.dyad_colors([*six, "BLR-CHN", "BLR-IRN", "BLR-PRK", "BLR-RUS"])
    assert len(set(ten.values())) == 10
    assert plots.country_colors(["PRK"])["PRK"] == plots.country_colors(
        ["CHN", "RUS", "IRN", "PRK"])["PRK"]


@pytest.mark.parametrize("n", [1, 2, 6])
def test_balance_legend_and_heatmap_colour_bar_stay_clear_whatever_the_rows(n):
    from axis_report.figures.checks import figure_problems

    dyads = ["CHN-IRN", "CHN-PRK", "CHN-RUS", "IRN-PRK", "IRN-RUS", "PRK-RUS"][:n]
    assert figure_problems(plots.plot_dyad_balance(_dyads_table(dyads)).figure) == []
    cells = pd.DataFrame([{"dyad": d, "domain": m, "net_balance": 1.0, "n_records": 2,
                           "n_cooperation": 2, "n_limitation": 0}
                          for d in dyads for m in ("military", "economic")])
    assert figure_problems(plots.plot_dyad_domain_heatmap(cells).figure) == []


@pytest.mark.parametrize("group", [["CHN", "RUS", "IRN", "PRK"],
                                   ["BLR", "CHN", "IRN", "PRK", "RUS"]])
def test_network_labels_do_not_overlap_for_four_or_five_countries(group):
    from itertools import combinations

    from axis_report import vocab
    from axis_report.figures.checks import figure_problems

    dyads = [vocab.dyad_code(a, b) for a, b in combinations(group, 2)]
    ax = plots.plot_network(_dyads_table(dyads, n=12), defence_dyads={dyads[0], dyads[-1]})
    assert figure_problems(ax.figure) == []


def test_timeline_prints_each_label_once_and_keeps_markers_apart():
    from axis_report.figures.checks import figure_problems

    events = pd.DataFrame([
        {"date": "1961-07-06", "dyad": "PRK-RUS", "kind": "signed", "label": "T01 1961"},
        {"date": "1961-09-10", "dyad": "PRK-RUS", "kind": "in force", "label": "T01 1961"},
        {"date": "2022-02", "dyad": "CHN-RUS", "kind": "evidence", "label": "E018 2022-02"},
        {"date": "2022-02-04", "dyad": "CHN-RUS", "kind": "signed", "label": "T08 2022"},
        {"date": "2022-02-04", "dyad": "CHN-RUS", "kind": "evidence", "label": "E019 2022"},
    ])
    ax = plots.plot_timeline(events)
    assert sorted(t.get_text() for t in ax.texts) == [
        "E018 2022-02", "E019 2022", "T01 signed, in force 1961", "T08 signed 2022"]
    assert figure_problems(ax.figure) == []
    # a single event still gets an axis in years, its labels clear of each other
    assert figure_problems(plots.plot_timeline(events.tail(1)).figure) == []


def test_ach_matrix_names_its_claims_in_print_size_text():
    from axis_report.figures.checks import figure_problems

    recs = pd.DataFrame([{"record_id": f"E{i:03d}", "ach": {"H1": "C", "H2": "I"}}
                         for i in range(40)])
    matrix = ach.ach_matrix(recs, ["H1", "H2"])
    scores = pd.DataFrame({"hypothesis": ["H1", "H2"], "inconsistency": [-1.0, -4.0]})
    claims = {f"E{i:03d}": "Russia and North Korea signed a treaty of comprehensive "
                           "strategic partnership in June 2024" for i in range(40)}
    ax = plots.plot_ach_matrix(matrix, scores=scores, claims=claims)
    first = ax.get_yticklabels()[0].get_text()
    assert first.startswith("E000  Russia and North Korea") and len(first) <= 66
    assert figure_problems(ax.figure) == []


# --- what the editor read on the figures (issue 12) --------------------------------------

def _tick_values(axis):
    lo, hi = sorted(axis.get_view_interval())
    return [v for v in axis.get_majorticklocs() if lo - 1e-9 <= v <= hi + 1e-9]


@pytest.mark.parametrize("top", [1, 2, 3, 7, 23])
def test_count_axes_are_ticked_in_whole_numbers(top):
    table = pd.DataFrame({"domain": ["military", "economic"], "n_records": [top, 1],
                          "n_cooperation": [top, 1], "n_limitation": [0, 1]})
    ax = plots.plot_dyad_balance(table, by="domain")
    ax.figure.draw_without_rendering()
    ticks = _tick_values(ax.xaxis)
    assert len(ticks) >= 2 and all(float(v).is_integer() for v in ticks), ticks
    assert all(t.get_text() == f"{v:.0f}" for t, v in zip(ax.get_xticklabels(), ticks))
    matrix = pd.DataFrame({"record_id": [f"E{i}" for i in range(top) for _ in range(2)],
                           "hypothesis": ["H1", "H2"] * top, "rating": ["C", "N"] * top})
    scores = pd.DataFrame({"hypothesis": ["H1", "H2"], "inconsistency": [0.0, 0.0]})
    ax = plots.plot_ach_summary(matrix, scores=scores)
    ax.figure.draw_without_rendering()
    ticks = _tick_values(ax.xaxis)
    assert len(ticks) >= 2 and all(float(v).is_integer() for v in ticks), ticks


def test_ach_summary_puts_the_best_supported_first_and_shows_neutral():
    matrix = pd.DataFrame({"record_id": ["E1", "E1", "E1", "E2", "E2", "E2"],
                           "hypothesis": ["H1", "H2", "H3"] * 2,
                           "rating": ["II", "N", "C", "I", "N", "CC"]})
    scores = pd.DataFrame({"hypothesis": ["H1", "H2", "H3"],
                           "inconsistency": [-4.0, 0.0, -1.0], "rank": [3, 1, 2]})
    ax = plots.plot_ach_summary(matrix, scores=scores)
    # top to bottom, as the scores table ranks them
    assert [t.get_text() for t in ax.get_yticklabels()] == ["H2 (0.0)", "H3 (-1.0)",
                                                            "H1 (-4.0)"]
    # without a rank column, closest to 0 first
    ax = plots.plot_ach_summary(matrix, scores=scores.drop(columns="rank"))
    assert [t.get_text()[:2] for t in ax.get_yticklabels()] == ["H2", "H3", "H1"]
    # the neutral segment stands out from the white page: a grey with a darker edge
    neutral = [p for p in ax.patches if p.get_label() == "N" or p.get_width() == 2
               and p.get_facecolor()[:3] == matplotlib.colors.to_rgb(plots.ACH_COLORS["N"])]
    assert neutral
    for patch in neutral:
        face = patch.get_facecolor()[:3]
        assert max(face) < 0.85  # not near-white
        assert max(patch.get_edgecolor()[:3]) < 0.6  # an edge darker than the fill


def _prk_rus_2024():
    """The Russia-North Korea events of 2024 as the report draws them: a claim and the new
    treaty signed the same day, the old treaty ended the day the new one came into force."""
    return pd.DataFrame([
        {"date": "2000-02-09", "dyad": "PRK-RUS", "kind": "signed", "label": "T03 2000"},
        {"date": "2024-06-19", "dyad": "PRK-RUS", "kind": "evidence",
         "label": "E056 2024-06-19"},
        {"date": "2024-06-19", "dyad": "PRK-RUS", "kind": "signed", "label": "T06 2024"},
        {"date": "2024-12-04", "dyad": "PRK-RUS", "kind": "ended", "label": "T03 2024"},
        {"date": "2024-12-04", "dyad": "PRK-RUS", "kind": "in force", "label": "T06 2024"},
        {"date": "1961-07-11", "dyad": "CHN-PRK", "kind": "signed", "label": "T02 1961"},
    ])


def test_timeline_labels_in_a_cluster_sit_by_their_own_markers():
    from axis_report.figures.checks import figure_problems

    ax = plots.plot_timeline(_prk_rus_2024())
    fig = ax.figure
    fig.draw_without_rendering()
    markers = {}  # kind -> display points of its markers
    for coll in ax.collections:
        if len(coll.get_offsets()):
            markers[coll.get_label()] = coll.get_offset_transform().transform(
                coll.get_offsets())
    texts = {t.get_text(): t.get_window_extent() for t in ax.texts}
    assert set(texts) == {"T03 signed 2000", "E056 2024-06-19", "T06 signed, in force 2024",
                          "T03 ended 2024", "T02 signed 1961"}
    lane = ax.transData.transform((0, 1))[1]  # the PRK-RUS lane (the second, sorted)
    right = max(p[0] for v in markers.values() for p in v)
    late = {k: [p for p in v if abs(p[1] - lane) < 40 and p[0] > right - 20]  # 2024
            for k, v in markers.items()}
    own = {"E056 2024-06-19": late["evidence"], "T03 ended 2024": late["ended"],
           "T06 signed, in force 2024": late["signed"] + late["in force"]}
    all_late = [p for ps in late.values() for p in ps]
    for label, points in own.items():
        box = texts[label]
        middle = (box.y0 + box.y1) / 2
        ys = [p[1] for p in points]
        # level with its own markers (within them, or on the one marker's height) ...
        assert min(ys) - 2 <= middle <= max(ys) + 2, label
        # ... and nearer to them than to any other marker of the cluster
        nearest = min(all_late, key=lambda p: abs(p[1] - middle))
        assert any(np.allclose(nearest, p) for p in points), label
        # beside the cluster, not across it
        xs = [p[0] for p in all_late]
        assert box.x1 < min(xs) or box.x0 > max(xs), label
    assert figure_problems(fig) == []
