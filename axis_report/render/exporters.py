"""nbconvert exporters for axis reports, registered as `--to axis_html` and `--to axis_pdf`."""

import html
import re

from nbconvert.exporters import HTMLExporter
from traitlets import default

from ..config import TEMPLATES_DIR
from ..html import META_MIMETYPE

__all__ = ["AxisHTMLExporter", "AxisPDFExporter", "document_info"]

_HEADING = re.compile(r"^(#{2})\s+(.+?)\s*#*\s*$", re.MULTILINE)


def _heading_id(text: str) -> str:
    """The id nbconvert gives a markdown heading (its own anchor rule, so they agree)."""
    from nbconvert.filters.strings import add_anchor

    found = re.search(r'id="([^"]*)"', add_anchor(f"<h2>{html.escape(text)}</h2>"))
    return html.unescape(found.group(1)) if found else ""


def document_info(nb) -> dict:
    """Return what the exporter needs beyond the cells: `meta`, the document metadata the
    title section displayed under META_MIMETYPE (title, author, description, date,
    contents; empty when no cell shows it), `meta_cell`, the index of that cell, and
    `contents`, the (id, text) of each section heading (level 2) in the markdown cells,
    for the contents list."""
    meta, meta_cell = {}, None
    for i, cell in enumerate(nb.cells):
        for output in cell.get("outputs", ()) if cell.cell_type == "code" else ():
            data = output.get("data", {})
            if META_MIMETYPE in data and meta_cell is None:
                meta, meta_cell = dict(data[META_MIMETYPE]), i
    contents = []
    for cell in nb.cells:
        if cell.cell_type == "markdown":
            source = re.sub(r"<!--.*?-->", "", cell.source, flags=re.DOTALL)
            contents += [(_heading_id(m.group(2)), m.group(2))
                         for m in _HEADING.finditer(source)]
    return dict(meta=meta, meta_cell=meta_cell, contents=contents)


class AxisHTMLExporter(HTMLExporter):
    """nbconvert exporter for axis reports: narrative and outputs only, self-contained.

    Registered as `--to axis_html`.
    """

    export_from_notebook = "Axis report (HTML)"

    @default("template_name")
    def _template_name_default(self):
        return "axis"

    @default("extra_template_basedirs")
    def _extra_template_basedirs_default(self):
        return [str(TEMPLATES_DIR)]

    @default("exclude_input")
    def _exclude_input_default(self):
        return True

    @default("exclude_input_prompt")
    def _exclude_input_prompt_default(self):
        return True

    @default("exclude_output_prompt")
    def _exclude_output_prompt_default(self):
        return True

    def from_notebook_node(self, nb, resources=None, **kw):
        """Export with the document's metadata and contents (`document_info`) in
        resources["axis"], for the template's <head> and contents list.

        This does what HTMLExporter.from_notebook_node does except its last step, which
        re-parses the finished page with BeautifulSoup to add alt text to images and
        tabindex to code-cell areas: the axis template writes its images' alt text
        itself and shows no code cells. Skipping that pass makes the export 5-7x faster
        (0.32-0.47 s against 0.05-0.09 s on the full report, benchmarks/README.md)."""
        from nbconvert.exporters.templateexporter import TemplateExporter
        from nbconvert.filters.highlight import Highlight2HTML
        from nbconvert.filters.widgetsdatatypefilter import WidgetsDataTypeFilter

        resources = self._init_resources(dict(resources or {}))
        resources["axis"] = document_info(nb)
        langinfo = nb.metadata.get("language_info", {})
        lexer = langinfo.get("pygments_lexer", langinfo.get("name", None))
        self.register_filter("highlight_code", self.filters.get(
            "highlight_code", Highlight2HTML(pygments_lexer=lexer, parent=self)))
        self.register_filter("filter_data_type", WidgetsDataTypeFilter(
            notebook_metadata=self._nb_metadata, parent=self, resources=resources))
        return TemplateExporter.from_notebook_node(self, nb, resources, **kw)


class AxisPDFExporter(AxisHTMLExporter):
    """nbconvert exporter printing the axis HTML to A4 PDF with WeasyPrint.

    Registered as `--to axis_pdf`; needs no TeX, pandoc or browser.
    """

    export_from_notebook = "Axis report (PDF)"
    output_mimetype = "application/pdf"

    @default("file_extension")
    def _file_extension_default(self):
        return ".pdf"

    @default("template_file")
    def _template_file_default(self):
        return "index.html.j2"  # the same page as axis_html, printed

    def from_notebook_node(self, nb, resources=None, **kw):
        markup, resources = super().from_notebook_node(nb, resources=resources, **kw)
        resources["output_extension"] = ".pdf"
        from .pdf import html_to_pdf

        return html_to_pdf(markup), resources
