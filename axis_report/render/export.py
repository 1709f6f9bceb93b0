"""Exporting an executed notebook: report HTML through the package's nbconvert template,
and that HTML printed to A4 PDF by WeasyPrint (no TeX, pandoc or browser)."""

from ..config import TEMPLATES_DIR

__all__ = ["export_html", "html_to_pdf"]


def export_html(nb) -> str:
    """Return the report HTML for an executed notebook."""
    from .exporters import AxisHTMLExporter

    markup, _ = AxisHTMLExporter().from_notebook_node(nb)
    return markup


def html_to_pdf(markup: str) -> bytes:
    """Return `markup` printed to A4 PDF by WeasyPrint."""
    import weasyprint

    return weasyprint.HTML(string=markup, base_url=str(TEMPLATES_DIR)).write_pdf()
