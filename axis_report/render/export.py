"""Exporting an executed notebook: report HTML through the package's nbconvert template,
and that HTML printed to A4 PDF by WeasyPrint (no TeX, pandoc or browser)."""

from .pdf import html_to_pdf

__all__ = ["export_html", "html_to_pdf"]


def export_html(nb) -> str:
    """Return the report HTML for an executed notebook."""
    from .exporters import AxisHTMLExporter

    markup, _ = AxisHTMLExporter().from_notebook_node(nb)
    return markup
