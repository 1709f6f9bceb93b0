"""Printing report HTML to A4 PDF with WeasyPrint: no TeX, pandoc or browser needed.

Listings too long to print (the full evidence annex of a large project, say) are marked
in the templates as HTML-only, between `HTML_ONLY_START` and `HTML_ONLY_END`; they are cut
out here, as a plain string operation, before WeasyPrint parses anything, so a 10 MB page
costs the PDF nothing. Links to anchors cut out with them lose their target and become
plain text (the printed note beside each summary says where the full listing is).

A short document (a brief, at most `FIT_MAX_PAGES` pages) whose last page would be less than
half full (`REFIT_BELOW`) is laid out once more with tighter print spacing (`TIGHT_PRINT_CSS`:
smaller page margins, body text and gaps, never under 8 pt), and that layout is printed if it
takes fewer pages: a two-page brief that a few lines push onto a third stays on two. A long
report's last page may end anyhow.
"""

import re

from ..config import TEMPLATES_DIR

__all__ = ["html_to_pdf", "lay_out_for_print", "last_page_fill", "strip_html_only",
           "HTML_ONLY_START", "HTML_ONLY_END", "FIT_MAX_PAGES", "REFIT_BELOW",
           "SHORT_LAST_PAGE"]

HTML_ONLY_START = "<!--html-only-->"
HTML_ONLY_END = "<!--/html-only-->"

# Documents of at most this many pages get a second, tighter layout when their last page is
# short: a brief a reader expects on two pages, not two pages and a stub.
FIT_MAX_PAGES = 4
# A last page filled to less than this share of its content height is a stub (the layout
# checks refuse one in a short document) ...
SHORT_LAST_PAGE = 0.25
# ... and one filled to less than this is worth a tighter second layout that may save it.
REFIT_BELOW = 0.5
TIGHT_PRINT_CSS = """<style>@media print {
  @page { margin: 13mm 14mm 15mm 14mm; }
  html { font-size: 9pt; }
  h1 { font-size: 17pt; }
  h2 { font-size: 12pt; margin-top: 1rem; }
  table.axis-table { font-size: 8pt; margin-bottom: .6rem; }
  table.axis-table td q { font-size: 8.5pt; }
  table.axis-table td, table.axis-table th { padding: .2rem .3rem; }
}</style>"""

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


def last_page_fill(document) -> float:
    """The share of its content height that the last page of a laid-out WeasyPrint
    `document` fills (0 for a document without pages)."""
    if not document.pages:
        return 0.0
    page = document.pages[-1]._page_box

    def bottom(box) -> float:
        lowest = box.position_y + box.margin_height()
        for child in getattr(box, "children", None) or []:
            if type(child).__name__ != "MarginBox" and hasattr(child, "position_y"):
                lowest = max(lowest, bottom(child))
        return lowest

    content = [c for c in page.children if type(c).__name__ != "MarginBox"]
    if not content or page.height <= 0:
        return 0.0
    return max(0.0, (bottom(content[0]) - page.content_box_y()) / page.height)


def _with_tight_print(markup: str) -> str:
    at = markup.find("</head>")
    return (markup[:at] + TIGHT_PRINT_CSS + markup[at:]) if at != -1 \
        else TIGHT_PRINT_CSS + markup


def lay_out_for_print(markup: str):
    """Return `markup` laid out on A4 pages by WeasyPrint, as `html_to_pdf` prints it:
    without its HTML-only spans and, for a short document whose last page is less than
    half full, with tighter spacing when that saves the page."""
    import weasyprint

    markup = strip_html_only(markup)
    document = weasyprint.HTML(string=markup, base_url=str(TEMPLATES_DIR)).render()
    pages = len(document.pages)
    if 1 < pages <= FIT_MAX_PAGES and last_page_fill(document) < REFIT_BELOW:
        tight = weasyprint.HTML(string=_with_tight_print(markup),
                                base_url=str(TEMPLATES_DIR)).render()
        if len(tight.pages) < pages:
            return tight
    return document


def html_to_pdf(markup: str) -> bytes:
    """Return `markup` printed to A4 PDF by WeasyPrint (see `lay_out_for_print`)."""
    return lay_out_for_print(markup).write_pdf()
