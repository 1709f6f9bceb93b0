"""Figures are tested for the data they draw, not for pixels."""

import matplotlib.pyplot as plt
import pytest

from axis_report import plots, tables


@pytest.fixture(autouse=True)
def _close_figures():
    yield
    plt.close("all")


def test_heatmap_labels_gaps_and_annotates_cells(small_evidence):
    tab = tables.tabulate_dyad_domain(small_evidence, dyads=["CHN-RUS", "IRN-RUS"],
                                      domains=["military", "economic"])
    ax = plots.plot_dyad_domain_heatmap(tab)
    texts = [t.get_text() for t in ax.texts]
    assert texts.count("no\nevidence") == 1  # IRN-RUS military
    assert "+3\n1 coop · 0 lim" in texts
    assert "+1\n1 coop · 1 lim" in texts
    assert "0\n1 coop · 1 lim" in texts  # balanced shows as 0, not as a gap
    assert [t.get_text() for t in ax.get_yticklabels()] == ["CHN-RUS", "IRN-RUS"]
    assert [t.get_text() for t in ax.get_xticklabels()] == ["military", "economic"]
    values = ax.collections[0].get_array()
    assert values.mask.sum() == 1  # the one missing cell is masked, not drawn as 0


def test_balance_chart_bars_match_weights(small_evidence):
    tab = tables.tabulate_dyads(small_evidence, dyads=["CHN-IRN", "CHN-RUS", "IRN-RUS"])
    ax = plots.plot_dyad_balance(tab)
    bars = {}
    for container, stance in zip(ax.containers, ["cooperation", "limitation"]):
        bars[stance] = [round(b.get_width(), 6) for b in container]
    # seaborn leaves an empty slot for the dyad without evidence
    assert [w for w in bars["cooperation"] if w == w] == [5, 2]
    assert [w for w in bars["limitation"] if w == w] == [1, 2]
    assert any("no evidence" in t.get_text() for t in ax.texts)
    assert [t.get_text() for t in ax.get_legend().get_texts()] == ["cooperation", "limitation"]


def test_figures_are_identical_run_to_run(small_evidence):
    from axis_report._markup import figure

    tab = tables.tabulate_dyad_domain(small_evidence, dyads=["CHN-RUS", "IRN-RUS"],
                                      domains=["military", "economic"])
    first = figure(plots.plot_dyad_domain_heatmap(tab).figure, alt="a", caption="c")
    second = figure(plots.plot_dyad_domain_heatmap(tab).figure, alt="a", caption="c")
    assert first == second


def test_network_draws_gaps_as_gaps_and_marks_defence(small_evidence):
    tab = tables.tabulate_dyads(small_evidence, dyads=["CHN-IRN", "CHN-PRK", "CHN-RUS",
                                                        "IRN-PRK", "IRN-RUS", "PRK-RUS"])
    ax = plots.plot_network(tab, defence_dyads={"CHN-PRK"})
    edges = {line.get_gid(): line for line in ax.lines if (line.get_gid() or "").startswith("edge-")}
    assert set(edges) == {f"edge-{d}" for d in tab["dyad"]}
    for dyad in ("CHN-IRN", "CHN-PRK", "IRN-PRK", "PRK-RUS"):  # no evidence in the fixture
        assert edges[f"edge-{dyad}"].get_linestyle() == ":"
    assert edges["edge-CHN-RUS"].get_linestyle() == "-"
    assert edges["edge-CHN-RUS"].get_color() == plots.STANCE_COLORS["cooperation"]
    assert edges["edge-CHN-RUS"].get_linewidth() == pytest.approx(8.0)  # the largest |net|
    assert edges["edge-IRN-RUS"].get_color() == "#777777"  # balanced: neither colour
    assert [ln.get_gid() for ln in ax.lines if (ln.get_gid() or "").startswith("defence-")] == [
        "defence-CHN-PRK"]
    labels = [t.get_text() for t in ax.texts]
    assert labels.count("no evidence") == 3 and "no evidence\ndefence treaty" in labels


def test_ach_matrix_figure_holds_the_ratings():
    import pandas as pd

    from axis_report import ach

    recs = pd.DataFrame([{"record_id": "R1", "ach": {"H1": "II", "H2": "C"}},
                         {"record_id": "R2", "ach": {"H1": "N", "H2": "CC"}}])
    matrix = ach.ach_matrix(recs, ["H1", "H2"])
    scores = pd.DataFrame({"hypothesis": ["H1", "H2"], "inconsistency": [-2.0, 0.0]})
    ax = plots.plot_ach_matrix(matrix, scores=scores)
    assert [t.get_text() for t in ax.texts] == ["II", "C", "N", "CC"]
    assert [t.get_text() for t in ax.get_xticklabels()] == ["H1\n-2.0", "H2\n0.0"]


def test_figure_cache_reuses_only_identical_figures(small_evidence, tmp_path):
    from axis_report.figcache import cached_svg

    calls = []

    def draw(frame, **kw):
        calls.append(1)
        return plots.plot_dyad_balance(frame, **kw)

    tab = tables.tabulate_dyads(small_evidence, dyads=["CHN-RUS", "IRN-RUS"])
    first = cached_svg(draw, tab, cache_dir=tmp_path)
    again = cached_svg(draw, tab, cache_dir=tmp_path)
    assert first == again and len(calls) == 1
    other = tab.assign(w_cooperation=tab["w_cooperation"] + 1)
    changed = cached_svg(draw, other, cache_dir=tmp_path)
    assert changed != first and len(calls) == 2
    cached_svg(draw, tab, cache_dir=tmp_path, title="another title")
    assert len(calls) == 3  # options are part of the key
    assert cached_svg(draw, tab, cache_dir=None) == first  # no cache: drawn fresh, same bytes


def test_timeline_plots_each_event_on_its_dyad_lane():
    import pandas as pd

    events = pd.DataFrame([
        {"date": "1961-07-11", "dyad": "CHN-PRK", "kind": "signed", "label": "T2 1961", "ref": "T2"},
        {"date": "2024-12-04", "dyad": "PRK-RUS", "kind": "in force", "label": "T6 2024", "ref": "T6"},
        {"date": "2022-02", "dyad": "CHN-RUS", "kind": "evidence", "label": "E18 2022-02", "ref": "E18"},
    ])
    ax = plots.plot_timeline(events)
    assert [t.get_text() for t in ax.get_yticklabels()] == ["CHN-PRK", "CHN-RUS", "PRK-RUS"]
    by_kind = {c.get_label(): c.get_offsets() for c in ax.collections}
    assert len(by_kind["signed"]) == 1 and by_kind["signed"][0][1] == 0      # CHN-PRK lane
    assert by_kind["evidence"][0][1] == 1 and by_kind["in force"][0][1] == 2
    assert len(by_kind["ended"]) == 0
    assert sorted(t.get_text() for t in ax.texts) == ["E18 2022-02", "T2 1961", "T6 2024"]
