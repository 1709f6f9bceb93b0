"""Printing report HTML to A4 PDF with WeasyPrint: no TeX, pandoc or browser needed.

Listings too long to print (the full evidence annex of a large project, say) are marked
in the templates as HTML-only, between `HTML_ONLY_START` and `HTML_ONLY_END`; they are cut
out here, as a plain string operation, before WeasyPrint parses anything, so a 10 MB page
costs the PDF nothing. Links to anchors cut out with them lose their target and become
plain text (the printed note beside each summary says where the full listing is).
"""

import re

from ..config import TEMPLATES_DIR

__all__ = ["html_to_pdf", "strip_html_only", "HTML_ONLY_START", "HTML_ONLY_END"]

HTML_ONLY_START = "<!--html-only-->"
HTML_ONLY_END = "<!--/html-only-->"

_IDS = re.compile(r'\bid="([^"]+)"')
_LOCAL_LINK = re.compile(r'<a\b([^>]*?)\shref="#([^"]+)"')


def strip_html_only(markup: str) -> str:
    """Return `markup` without its HTML-only spans and with each in-page link whose target
    went with them unlinked (`<a href="#x">` becomes `<a>`): WeasyPrint would otherwise
    warn once per dangling link. Markup without markers is returned unchanged."""
    if HTML_ONLY_START not in markup:
        return markup
    kept, at = [], 0
    while (start := markup.find(HTML_ONLY_START, at)) != -1:
        end = markup.find(HTML_ONLY_END, start)
        if end == -1:  # an unclosed span runs to the end: keep the text, print nothing more
            kept.append(markup[at:start])
            at = len(markup)
            break
        kept.append(markup[at:start])
        at = end + len(HTML_ONLY_END)
    kept.append(markup[at:])
    out = "".join(kept)
    ids = set(_IDS.findall(out))
    return _LOCAL_LINK.sub(lambda m: m.group(0) if m.group(2) in ids else f"<a{m.group(1)}",
                           out)


def html_to_pdf(markup: str) -> bytes:
    """Return `markup` printed to A4 PDF by WeasyPrint, without its HTML-only spans."""
    import weasyprint

    return weasyprint.HTML(string=strip_html_only(markup),
                           base_url=str(TEMPLATES_DIR)).write_pdf()
