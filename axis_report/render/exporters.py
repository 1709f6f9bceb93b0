"""nbconvert exporters for axis reports, registered as `--to axis_html` and `--to axis_pdf`."""

from nbconvert.exporters import HTMLExporter
from traitlets import default

from ..config import TEMPLATES_DIR

__all__ = ["AxisHTMLExporter", "AxisPDFExporter"]


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
