"""The layout checks themselves: each must find its defect in a small page or figure built
to have it, and nothing in one built without it (a check that cannot fail checks nothing)."""

import base64

import numpy as np
import pytest
from layout import (
    find_overflow,
    find_small_text,
    find_stranded_intros,
    find_stranded_rows,
    layout_problems,
    svg_text_sizes,
)

from axis_report.config import TEMPLATES_DIR
from axis_report.figures import checks, plots
from axis_report.figures.cache import figure_svg

# A small page, so a few boxes of known height decide where the page breaks fall.
PAGE = "<style>@page { size: 100mm 100mm; margin: 10mm } body { margin: 0 } " \
       "p, div, table, h2 { margin: 0; padding: 0 } td { padding: 0; height: 8mm }</style>"
REPORT_CSS = (TEMPLATES_DIR / "axis" / "report.css").read_text(encoding="utf-8")


def _table(n_rows, *, caption=False):
    rows = "".join(f"<tr><td>row {i}</td></tr>" for i in range(n_rows))
    cap = "<caption>The table's caption</caption>" if caption else ""
    return (f'<table class="axis-table">{cap}<thead><tr><th>Head</th></tr></thead>'
            f"<tbody>{rows}</tbody></table>")


def _svg(width_pt, font_px, text="label"):
    svg = (f'<svg xmlns="http://www.w3.org/2000/svg" width="{width_pt}pt" height="40pt" '
           f'viewBox="0 0 {width_pt} 40"><text style="font-size: {font_px}px; '
           f"font-family: 'DejaVu Sans'\" x=\"2\" y=\"20\">{text}</text></svg>").encode()
    return svg, "data:image/svg+xml;base64," + base64.b64encode(svg).decode()


def test_overflow_is_found_to_the_right_and_below():
    assert find_overflow(PAGE + '<div style="width: 120mm">wide</div>')[0][2] == "right"
    _, src = _svg(100, 9)
    tall = PAGE + f'<img src="{src}" style="display: block; width: 50mm; height: 120mm">'
    assert [f[2] for f in find_overflow(tall)] == ["bottom"]
    assert find_overflow(PAGE + '<div style="width: 80mm">fits</div>') == []


def test_a_heading_or_a_caption_left_at_a_page_foot_is_found():
    filler = '<div style="height: 70mm"></div>'
    block = '<div style="height: 60mm; break-inside: avoid">figure</div>'
    plain = PAGE + "<style>h2 { break-after: auto }</style>"
    assert find_stranded_intros(plain + filler + "<h2>Heading</h2>" + block) == [1]
    # the house style keeps the heading with what follows it
    assert find_stranded_intros(PAGE + f"<style>{REPORT_CSS}</style>" + filler
                                + "<h2>Heading</h2>" + block) == []
    caption_alone = plain + '<div style="height: 72mm"></div>' + _table(3, caption=True)
    found = find_stranded_intros(caption_alone)
    styled = find_stranded_intros(PAGE + f"<style>{REPORT_CSS}</style>"
                                  + '<div style="height: 72mm"></div>' + _table(3, caption=True))
    assert found in ([1], []) and styled == []  # WeasyPrint may move a caption by itself


@pytest.mark.parametrize("filler, where", [(44, "top"), (61, "foot")])
def test_a_table_row_left_alone_at_a_page_break_is_found(filler, where):
    # 80 mm of content: after the filler, the header and some rows fit, the rest go over
    markup = PAGE + f'<div style="height: {filler}mm"></div>' + _table(4)
    found = find_stranded_rows(markup)
    assert found and all(what == f"a single table row at the page {where}"
                         for _, what in found)
    # the house style keeps two rows together on each side of the break
    styled = PAGE + f"<style>{REPORT_CSS}</style>" + f'<div style="height: {filler}mm"></div>' \
        + _table(4)
    assert find_stranded_rows(styled) == []


def test_a_table_on_one_page_has_no_stranded_row():
    assert find_stranded_rows(PAGE + _table(1) + _table(3)) == []


def test_small_text_is_found_in_html_and_in_a_scaled_figure():
    assert find_small_text(PAGE + '<p style="font-size: 6pt">tiny</p>') == [(1, "tiny", 6.0)]
    assert find_small_text(PAGE + '<p style="font-size: 8pt">fine</p>') == []
    _, wide = _svg(800, 9)  # 800 pt scaled to an 80 mm (227 pt) column: 9 pt prints at 2.6
    found = find_small_text(PAGE + f'<img src="{wide}" style="max-width: 100%">')
    assert [(text, size) for _, text, size in found] == [("label", 2.6)]
    _, narrow = _svg(200, 9)  # printed at its own size
    assert find_small_text(PAGE + f'<img src="{narrow}" style="max-width: 100%">') == []


def test_svg_text_sizes_reads_what_matplotlib_writes():
    ax = plots.new_axes((3, 2))
    ax.set_title("a title", fontsize=10)
    ax.text(0.5, 0.5, "small", fontsize=6)
    width, sizes = svg_text_sizes(figure_svg(ax.figure))
    assert 150 < width < 260 and ("a title", 10.0) in sizes and ("small", 6.0) in sizes


def test_layout_problems_names_each_probe_that_found_something():
    assert layout_problems(PAGE + "<p>clean</p>") == {}
    found = layout_problems(PAGE + '<p style="font-size: 5pt">tiny</p>'
                            '<div style="width: 150mm">wide</div>')
    assert set(found) == {"overflow", "small text"}


# --- the figure checks ------------------------------------------------------------------

def _bars(legend_loc):
    ax = plots.new_axes((4, 3))
    ax.bar([0, 1, 2], [3, 3, 3], label="claims")
    ax.legend(loc=legend_loc) if legend_loc else plots._legend_outside(ax)
    return ax


def test_a_legend_over_bars_or_a_line_is_found():
    assert checks.legend_overlaps(_bars("center").figure)
    assert checks.legend_overlaps(_bars(None).figure) == []
    ax = plots.new_axes((4, 3))
    ax.plot(np.linspace(0, 1, 50), np.full(50, 0.5), label="a line")
    ax.set_ylim(0, 1)
    ax.legend(loc="center")
    assert any("line" in what for what in checks.legend_overlaps(ax.figure))
    ax.get_legend().remove()
    plots._legend_outside(ax, below=True)
    assert checks.legend_overlaps(ax.figure) == []


def test_a_legend_over_an_axis_label_is_found():
    ax = plots.new_axes((4, 2))
    ax.bar([0], [1], label="claims")
    ax.set_xlabel("an axis label")
    ax.legend(loc="upper center", bbox_to_anchor=(0.5, -0.1))  # a fixed guess, too close
    assert any("an axis label" in what for what in checks.legend_overlaps(ax.figure))


def test_overlapping_texts_and_hidden_markers_are_found():
    ax = plots.new_axes((4, 3))
    ax.text(0.5, 0.5, "first label")
    ax.text(0.52, 0.5, "second label")
    assert checks.text_overlaps(ax.figure) == ["Text 'first label' overlaps Text 'second label'"]
    ax.texts[1].set_position((0.5, 0.1))
    assert checks.text_overlaps(ax.figure) == []
    ax.scatter([0.3, 0.3], [0.7, 0.7], s=36, label="signed")
    assert checks.marker_overlaps(ax.figure)
    ax = plots.new_axes((4, 3))
    ax.scatter([0.1, 0.9], [0.5, 0.5], s=36)
    assert checks.marker_overlaps(ax.figure) == []


def test_small_figure_text_is_found_as_printed():
    ax = plots.new_axes((4, 3))
    ax.text(0.1, 0.1, "tiny", fontsize=6)
    assert checks.small_text(ax.figure) == ["Text 'tiny' prints at 6.0 pt"]
    ax = plots.new_axes((14, 3))  # twice the column: 9 pt tick labels print at about 4.5
    ax.plot([0, 1], [0, 1])
    assert checks.small_text(ax.figure)
    assert checks.small_text(plots.new_axes((6, 3)).figure) == []
