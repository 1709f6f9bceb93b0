"""The nbconvert exporters: narrative and outputs only, self-contained; PDF through WeasyPrint."""

import io

import nbformat
import pytest
from nbconvert.exporters import get_exporter
from pypdf import PdfReader

from axis_report.render.exporters import AxisHTMLExporter, AxisPDFExporter


def executed_notebook():
    """A notebook as papermill leaves it: markdown, code with rich, plain, stream and SVG
    outputs."""
    nb = nbformat.v4.new_notebook()
    nb.metadata["kernelspec"] = {"name": "python3", "display_name": "Python 3",
                                 "language": "python"}
    svg = '<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"></svg>'
    nb.cells = [
        nbformat.v4.new_markdown_cell("## A heading\n\nSome *narrative*."),
        nbformat.v4.new_code_cell("import axis_report as ar\nar.show_title(report)",
                                  execution_count=1, outputs=[
            nbformat.v4.new_output("display_data", data={"text/html": "<p>the section</p>",
                                                         "text/plain": "<section>"}),
            nbformat.v4.new_output("stream", name="stderr", text="kernel noise\n"),
        ]),
        nbformat.v4.new_code_cell("1 + 1", execution_count=2, outputs=[
            nbformat.v4.new_output("execute_result", data={"text/plain": "2 < 3"},
                                   execution_count=2)]),
        nbformat.v4.new_code_cell("fig", execution_count=3, outputs=[
            nbformat.v4.new_output("display_data", data={"image/svg+xml": svg})]),
        nbformat.v4.new_code_cell("x = 1", execution_count=4, outputs=[]),
    ]
    return nb


@pytest.fixture(scope="module")
def html():
    markup, resources = AxisHTMLExporter().from_notebook_node(executed_notebook())
    assert resources["output_extension"] == ".html"
    return markup


def test_html_holds_the_narrative_and_the_outputs(html):
    assert "<h2" in html and "A heading" in html and "<em>narrative</em>" in html
    assert "<p>the section</p>" in html  # rich output, as markup
    assert "2 &lt; 3" in html  # plain output, escaped


def test_html_holds_no_code_prompts_streams_or_scripts(html):
    assert "import axis_report" not in html and "x = 1" not in html
    assert "In&nbsp;[" not in html and "In [" not in html and "Out[" not in html
    assert "kernel noise" not in html
    assert "<script" not in html
    assert "https://" not in html and "http://" not in html.replace("http://www.w3.org", "")


def test_html_is_self_contained(html):
    assert html.lstrip().startswith("<!DOCTYPE html>") and html.rstrip().endswith("</html>")
    assert "<style>" in html and "<link" not in html  # the stylesheet is inlined
    assert 'src="data:image/svg+xml;base64,' in html  # figures embedded


def test_pdf_exporter_prints_the_same_page_to_a4():
    data, resources = AxisPDFExporter().from_notebook_node(executed_notebook())
    assert resources["output_extension"] == ".pdf"
    reader = PdfReader(io.BytesIO(data))
    assert float(reader.pages[0].mediabox.width) == pytest.approx(595.3, abs=1)  # A4
    text = " ".join(page.extract_text() for page in reader.pages)
    assert "A heading" in text and "the section" in text and "import" not in text


def test_exporters_are_registered_with_nbconvert():
    assert get_exporter("axis_html") is AxisHTMLExporter
    assert get_exporter("axis_pdf") is AxisPDFExporter


def titled_notebook(meta: dict | None):
    """An executed notebook whose title section shows the document metadata (as
    sections.report.show_title does), then two sections with headings."""
    from axis_report.html import META_MIMETYPE

    nb = nbformat.v4.new_notebook()
    data = {"text/html": '<header class="report-title"><h1>Kept title</h1></header>'}
    if meta is not None:
        data[META_MIMETYPE] = meta
    nb.cells = [
        nbformat.v4.new_markdown_cell("<!-- ## not a heading: a comment -->"),
        nbformat.v4.new_code_cell("ar.show_title(report)", execution_count=1, outputs=[
            nbformat.v4.new_output("display_data", data=data)]),
        nbformat.v4.new_markdown_cell("## Key judgments\n\nText."),
        nbformat.v4.new_markdown_cell("## Appendix: ACH ratings, claim by claim"),
    ]
    return nb


META = {"title": "How far? A <report> & more", "author": "A. Analyst, Unit",
        "description": "An assessment.", "date": "2026-01-02", "contents": True}


def test_document_info_reads_the_metadata_and_the_section_headings():
    from axis_report.render.exporters import document_info

    info = document_info(titled_notebook(META))
    assert info["meta"] == META and info["meta_cell"] == 1
    assert info["contents"] == [("Key-judgments", "Key judgments"),
                                ("Appendix:-ACH-ratings,-claim-by-claim",
                                 "Appendix: ACH ratings, claim by claim")]


def test_html_title_metadata_and_contents_links_resolve():
    import re

    markup, _ = AxisHTMLExporter().from_notebook_node(titled_notebook(META))
    assert "<title>How far? A &lt;report&gt; &amp; more</title>" in markup
    from html.parser import HTMLParser

    by_name = {}

    class Metas(HTMLParser):
        def handle_starttag(self, tag, attrs):
            attrs = dict(attrs)
            if tag == "meta" and "name" in attrs:
                by_name[attrs["name"]] = attrs.get("content")

    Metas().feed(markup)
    assert {k: by_name.get(k) for k in ("author", "description", "dcterms.created",
                                        "dcterms.modified")} == {
        "author": "A. Analyst, Unit", "description": "An assessment.",
        "dcterms.created": "2026-01-02", "dcterms.modified": "2026-01-02"}
    nav = markup[markup.index("<nav "):markup.index("</nav>")]
    assert markup.index("Kept title") < markup.index("<nav ")
    targets = re.findall(r'href="#([^"]+)"', nav)
    ids = set(re.findall(r'id="([^"]+)"', markup))
    assert targets == ["Key-judgments", "Appendix:-ACH-ratings,-claim-by-claim"]
    assert set(targets) <= ids


def test_without_metadata_the_page_keeps_the_notebook_name_and_no_contents():
    markup, _ = AxisHTMLExporter().from_notebook_node(titled_notebook(None))
    assert "<nav " not in markup and 'name="author"' not in markup


def test_pdf_metadata_comes_from_the_title_section():
    pdf, _ = AxisPDFExporter().from_notebook_node(titled_notebook(META))
    info = PdfReader(io.BytesIO(pdf)).metadata
    assert info.title == META["title"] and info.author == META["author"]
    assert info.subject == META["description"]
    assert info["/CreationDate"].startswith("D:20260102")
    outline = [o.title for o in PdfReader(io.BytesIO(pdf)).outline
               if not isinstance(o, list)]
    assert "Contents" not in outline  # the contents list is not itself bookmarked
