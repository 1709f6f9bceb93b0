"""Printing report HTML to A4 PDF with WeasyPrint: no TeX, pandoc or browser needed."""

from ..config import TEMPLATES_DIR

__all__ = ["html_to_pdf"]


def html_to_pdf(markup: str) -> bytes:
    """Return `markup` printed to A4 PDF by WeasyPrint."""
    import weasyprint

    return weasyprint.HTML(string=markup, base_url=str(TEMPLATES_DIR)).write_pdf()
