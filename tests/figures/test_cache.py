"""Figures as SVG bytes, cached on everything that shapes them."""

from axis_report.analysis import tables
from axis_report.figures import plots
from axis_report.figures.cache import cached_svg, figure_svg


def test_figure_svg_is_deterministic_and_closes_pyplot_figures():
    import matplotlib.pyplot as plt

    fig, ax = plt.subplots()
    ax.plot([1, 2], [3, 4])
    svg = figure_svg(fig)
    assert svg.startswith(b"<?xml") and b"<svg" in svg
    assert fig.number not in plt.get_fignums()  # an analyst's pyplot figure is released
    fig2, ax2 = plt.subplots()
    ax2.plot([1, 2], [3, 4])
    assert figure_svg(fig2) == svg  # no date stamp, stable ids
    plain = plots.new_axes((3, 2))
    plain.plot([1, 2], [3, 4])
    assert b"<svg" in figure_svg(plain.figure)  # a Figure outside pyplot works too


def test_figure_cache_reuses_only_identical_figures(small_evidence, tmp_path):
    calls = []

    def draw(frame, **kw):
        calls.append(1)
        return plots.plot_dyad_balance(frame, **kw)

    tab = tables.tabulate_dyads(small_evidence, dyads=["CHN-RUS", "IRN-RUS"])
    first = cached_svg(draw, tab, cache_dir=tmp_path)
    again = cached_svg(draw, tab, cache_dir=tmp_path)
    assert first == again and len(calls) == 1
    other = tab.assign(n_cooperation=tab["n_cooperation"] + 1)
    changed = cached_svg(draw, other, cache_dir=tmp_path)
    assert changed != first and len(calls) == 2
    cached_svg(draw, tab, cache_dir=tmp_path, title="another title")
    assert len(calls) == 3  # options are part of the key
    assert cached_svg(draw, tab, cache_dir=None) == first  # no cache: drawn fresh, same bytes
    assert len(calls) == 4
    assert len(list(tmp_path.glob("*.svg"))) == 3


def test_cache_key_sees_column_types_and_sets(small_evidence, tmp_path):
    calls = []

    def draw(frame, *, defence_dyads=()):
        calls.append(1)
        return plots.plot_network(frame, defence_dyads=defence_dyads)

    tab = tables.tabulate_dyads(small_evidence, dyads=["CHN-RUS", "IRN-RUS"])
    cached_svg(draw, tab, cache_dir=tmp_path, defence_dyads={"CHN-RUS", "IRN-RUS"})
    cached_svg(draw, tab, cache_dir=tmp_path, defence_dyads={"IRN-RUS", "CHN-RUS"})
    assert len(calls) == 1  # a set's order does not matter
    cached_svg(draw, tab, cache_dir=tmp_path, defence_dyads={"CHN-RUS"})
    assert len(calls) == 2


def test_a_draw_returning_several_axes_is_cached_whole(tiny_alignment, tmp_path):
    svg = cached_svg(plots.plot_alignment_series, tiny_alignment, cache_dir=tmp_path,
                     dyads=["CHN-RUS"], countries=["CHN"])
    assert svg.count(b"The pair") == 1 and b"Each with the United States" in svg


def test_an_unwritable_cache_still_renders(small_evidence, tmp_path):
    blocker = tmp_path / "cache"
    blocker.write_text("a file where the cache folder should be")
    tab = tables.tabulate_dyads(small_evidence, dyads=["CHN-RUS"])
    assert b"<svg" in cached_svg(plots.plot_dyad_balance, tab, cache_dir=blocker)


def test_a_damaged_cache_entry_is_drawn_again(small_evidence, tmp_path):
    calls = []

    def draw(frame):
        calls.append(1)
        return plots.plot_dyad_balance(frame)

    tab = tables.tabulate_dyads(small_evidence, dyads=["CHN-RUS", "IRN-RUS"])
    svg = cached_svg(draw, tab, cache_dir=tmp_path)
    [entry] = list(tmp_path.glob("*.svg"))
    whole = entry.read_bytes()
    for damage in (whole[: len(whole) // 2], whole.replace(b"<svg", b"<xvg", 1)):
        entry.write_bytes(damage)  # cut, altered (publish.read_checked sees every other kind)
        assert cached_svg(draw, tab, cache_dir=tmp_path) == svg
        assert entry.read_bytes() == whole  # stored again
    assert len(calls) == 3
    assert cached_svg(draw, tab, cache_dir=tmp_path) == svg and len(calls) == 3


def test_the_key_covers_the_package_modules_a_plot_uses(small_evidence):
    from axis_report.figures import cache

    names = {p.name for p in cache._code_files(plots)}
    assert {"plots.py", "vocab.py", "prose.py"} <= names  # wording and vocabularies too
