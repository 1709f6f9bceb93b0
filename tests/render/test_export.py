"""Exporting an executed notebook: HTML through the package's template, PDF through
WeasyPrint; and the layout probes the end-to-end tests hold the PDF to."""

import io

import pytest
from layout import find_overflow, find_stranded_intros
from pypdf import PdfReader

from axis_report.render.export import export_html, html_to_pdf
from axis_report.render.exporters import AxisHTMLExporter
from render.test_exporters import executed_notebook


def test_export_html_is_the_axis_exporters_output():
    nb = executed_notebook()
    assert export_html(nb) == AxisHTMLExporter().from_notebook_node(nb)[0]


def test_html_to_pdf_prints_a4_with_the_text():
    markup = "<html><body><h1>Title</h1>" + "<p>line of text</p>" * 80 + "</body></html>"
    reader = PdfReader(io.BytesIO(html_to_pdf(markup)))
    assert len(reader.pages) >= 2
    assert float(reader.pages[0].mediabox.height) == pytest.approx(841.9, abs=1)
    assert "Title" in reader.pages[0].extract_text()


def test_find_stranded_intros_sees_one_and_the_css_rule_fixes_it():
    # 48 lines of text leave room at the foot of page 2 for a heading but not its figure
    markup = ("<p>line of text</p>" * 48
              + '<div class="cell-markdown"><h2>Lonely</h2><p>intro</p></div>'
              '<div class="cell-output"><figure style="height: 90mm; break-inside: avoid; '
              'margin: 0">x</figure></div>')
    assert find_stranded_intros(markup) == [2]
    rule = "<style>.cell-markdown { break-after: avoid }</style>"
    assert find_stranded_intros(rule + markup) == []


def test_find_overflow_sees_a_too_wide_table():
    assert find_overflow("<table style='width: 250mm'><tr><td>x</td></tr></table>")
    assert find_overflow("<table style='width: 100mm'><tr><td>x</td></tr></table>") == []


def _lines(n: int) -> str:
    return "<html><head></head><body>" + "<p>line of text</p>" * n + "</body></html>"


def test_a_short_document_whose_last_page_is_a_stub_is_laid_out_tighter():
    import weasyprint

    from axis_report.render.pdf import SHORT_LAST_PAGE, last_page_fill, lay_out_for_print

    plain = weasyprint.HTML(string=_lines(58)).render()
    assert len(plain.pages) == 3 and last_page_fill(plain) < SHORT_LAST_PAGE  # a stub
    fitted = lay_out_for_print(_lines(58))
    assert len(fitted.pages) == 2
    assert len(PdfReader(io.BytesIO(html_to_pdf(_lines(58)))).pages) == 2


def test_a_full_enough_last_page_and_a_long_document_are_left_as_they_are():
    import weasyprint

    from axis_report.render.pdf import (
        FIT_MAX_PAGES,
        REFIT_BELOW,
        SHORT_LAST_PAGE,
        last_page_fill,
        lay_out_for_print,
    )

    for n in (80, 5 * 29):  # a last page well over half full; a stub after five pages
        plain = weasyprint.HTML(string=_lines(n)).render()
        fitted = lay_out_for_print(_lines(n))
        assert [len(fitted.pages), last_page_fill(fitted)] == pytest.approx(
            [len(plain.pages), last_page_fill(plain)])
    assert len(plain.pages) > FIT_MAX_PAGES and last_page_fill(plain) < SHORT_LAST_PAGE
    assert last_page_fill(weasyprint.HTML(string=_lines(80)).render()) >= REFIT_BELOW


def test_a_short_document_whose_last_page_is_under_half_full_is_tightened_too():
    import weasyprint

    from axis_report.render.pdf import (
        REFIT_BELOW,
        SHORT_LAST_PAGE,
        last_page_fill,
        lay_out_for_print,
    )

    plain = weasyprint.HTML(string=_lines(64)).render()  # a third page about 28% full
    assert len(plain.pages) == 3
    assert SHORT_LAST_PAGE <= last_page_fill(plain) < REFIT_BELOW
    assert len(lay_out_for_print(_lines(64)).pages) == 2


def test_find_short_last_page_sees_a_stub_that_the_print_layout_removes():
    from layout import find_short_last_page

    from axis_report.render.pdf import lay_out_for_print

    assert [p for p, _ in find_short_last_page(_lines(58))] == [3]
    assert find_short_last_page(lay_out_for_print(_lines(58))) == []
    assert find_short_last_page(_lines(20)) == []  # one page ends anyhow
