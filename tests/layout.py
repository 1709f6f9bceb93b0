"""Layout probes for the tests: they lay report HTML out with WeasyPrint, as the PDF export
does, and walk its layout tree (`Page._page_box`: not public API, but stable for years).

Each probe takes report HTML (a string) or a document already laid out by `lay_out`, so a
test lays a variant out once and runs every probe on it; each returns a list of what it
found, empty when the layout is clean. `layout_problems` runs them all.
"""

import base64
import re
from urllib.parse import unquote_to_bytes

__all__ = ["lay_out", "find_overflow", "find_stranded_intros", "find_stranded_rows",
           "find_short_last_page", "find_small_text", "layout_problems", "svg_text_sizes",
           "MIN_PRINT_PT"]

# The smallest text a reader can be asked to read in print, in points.
MIN_PRINT_PT = 7.0
_PX_TO_PT = 0.75  # CSS: 96 px to the inch, 72 pt to the inch


def lay_out(markup: str):
    """Return `markup` laid out on pages by WeasyPrint (what the PDF export prints)."""
    import weasyprint

    from axis_report.config import TEMPLATES_DIR

    return weasyprint.HTML(string=markup, base_url=str(TEMPLATES_DIR)).render()


def _document(markup_or_document):
    return lay_out(markup_or_document) if isinstance(markup_or_document, str) \
        else markup_or_document


def _walk(box):
    """A box and its descendants, leaving out the page's margin boxes (running heads and
    feet, which sit outside the content area by design)."""
    yield box
    for child in getattr(box, "children", None) or []:
        if type(child).__name__ != "MarginBox":
            yield from _walk(child)


def _kind(box) -> str:
    return type(box).__name__


def _content_area(page):
    """(left, top, right, bottom) of a page's content box, in CSS px."""
    root = page._page_box
    left, top = root.content_box_x(), root.content_box_y()
    return left, top, left + root.width, top + root.height


def find_overflow(markup, *, tolerance: float = 0.5) -> list:
    """Return (page number, box type, edge, how far past it in CSS px) for every laid-out
    box that sticks out of its page's content area, to the right or below; [] when
    nothing overflows."""
    found = []
    for number, page in enumerate(_document(markup).pages, 1):
        root = page._page_box
        _, _, right, bottom = _content_area(page)
        for box in _walk(root):
            if box is root:
                continue
            over = box.position_x + box.margin_width() - right
            if over > tolerance:
                found.append((number, _kind(box), "right", round(over, 1)))
            if getattr(box, "element_tag", None) in ("html", "body", "main"):
                continue  # the document's frame: its last children's margins collapse in it
            below = box.position_y + box.margin_height() - bottom
            # a block's bottom margin may run into the page's: only its border box counts
            below -= getattr(box, "margin_bottom", 0) or 0
            if below > tolerance:
                found.append((number, _kind(box), "bottom", round(below, 1)))
    return found


def _last_blocks(page):
    """The chain of last blocks from a page's root down: what ends the page."""
    box = page._page_box
    while getattr(box, "children", None):
        blocks = [c for c in box.children if _kind(c) != "MarginBox"
                  and getattr(c, "element_tag", None) != "style"]
        if not blocks:
            return
        box = blocks[-1]
        yield box


def find_stranded_intros(markup) -> list:
    """Return the numbers of pages whose last block is a heading, a narrative (markdown)
    cell or a table's caption without its table: an introduction separated from the
    table or figure it introduces."""
    stranded = []
    pages = _document(markup).pages
    for number, page in enumerate(pages[:-1], 1):  # the last page may end anyhow
        for box in _last_blocks(page):
            tag = getattr(box, "element_tag", "")
            element = getattr(box, "element", None)
            classes = ((element.get("class") or "") if element is not None else "").split()
            if tag in ("h1", "h2", "h3", "h4") or "cell-markdown" in classes:
                stranded.append(number)
                break
            if tag == "table" and _kind(box) == "BlockBox":  # a table's wrapper
                if not any(_kind(c) == "TableBox" for c in box.children):
                    stranded.append(number)  # the caption alone
                break
            if tag in ("table", "figure", "ul", "ol", "p", "pre"):
                break
    return stranded


def _body_rows(table_box) -> list:
    """The body rows of one laid-out fragment of a table (header and footer rows left
    out), as (element, height) pairs."""
    rows = []
    for group in table_box.children:
        if _kind(group) != "TableRowGroupBox" or group.is_header or group.is_footer:
            continue
        rows += [(row.element, row.margin_height()) for row in group.children
                 if _kind(row) == "TableRowBox"]
    return rows


def find_stranded_rows(markup, *, tall: float = 0.25) -> list:
    """Return (page number, what) for each table fragment a page break leaves with a
    single row (at a page's foot or at the next one's top) while the table has more,
    and for each header left at a page's foot without a row: the rows a reader meets
    alone, away from their table. A row taller than `tall` of the page cannot be kept
    with another one, and a row split across the break (in a table whose rows may split)
    continues from one page to the next: neither is counted."""
    fragments = {}  # table element -> [(page number, rows, page height)]
    for number, page in enumerate(_document(markup).pages, 1):
        _, top, _, bottom = _content_area(page)
        for box in _walk(page._page_box):
            if _kind(box) == "TableBox":
                fragments.setdefault(id(box.element), []).append(
                    (number, _body_rows(box), bottom - top))
    found = []
    for parts in fragments.values():
        if len(parts) < 2:
            continue
        total = len({id(element) for _, rows, _ in parts for element, _ in rows})
        for i, (number, rows, height) in enumerate(parts):
            if not rows:
                found.append((number, "a table header alone at the page foot"))
                continue
            if len(rows) != 1 or total < 2:
                continue
            element = rows[0][0]
            # a row split across the break continues on the next page: not alone
            neighbours = [parts[j][1] for j in (i - 1, i + 1) if 0 <= j < len(parts)]
            if rows[0][1] >= tall * height or any(e is element for others in neighbours
                                                  for e, _ in others):
                continue
            where = "at the page foot" if i == 0 else "at the page top"
            found.append((number, f"a single table row {where}"))
    return found


_FONT_SIZE = re.compile(r"font-size:\s*([\d.]+)px|font:[^;\"]*?([\d.]+)px")
_SVG_WIDTH = re.compile(rb'<svg[^>]*?\swidth="([\d.]+)(pt|px)?"')


def svg_text_sizes(svg: bytes) -> tuple:
    """Return (the SVG's width in points, [(text, font size in points)]) for an SVG as
    matplotlib writes it with text kept as text (user units are points)."""
    match = _SVG_WIDTH.search(svg)
    width = float(match.group(1)) * (_PX_TO_PT if match.group(2) == b"px" else 1.0) \
        if match else 0.0
    sizes = []
    for m in re.finditer(rb"<text ([^>]*)>(.*?)</text>", svg, flags=re.S):
        style = m.group(1).decode("utf-8", "replace")
        size = _FONT_SIZE.search(style)
        if size:
            text = re.sub(r"<[^>]+>", "", m.group(2).decode("utf-8", "replace")).strip()
            sizes.append((text, float(size.group(1) or size.group(2))))
    return width, sizes


def _svg_of(element) -> bytes | None:
    src = (element.get("src") or "") if element is not None else ""
    if not src.startswith("data:image/svg+xml"):
        return None
    head, _, data = src.partition(",")
    return base64.b64decode(data) if head.endswith(";base64") else unquote_to_bytes(data)


def find_small_text(markup, *, minimum: float = MIN_PRINT_PT) -> list:
    """Return (page number, text, printed size in pt) for each piece of text printed
    smaller than `minimum` points: text boxes by their computed font size, and each SVG
    figure's text at its size once the figure is scaled to the width it prints at."""
    found = []
    for number, page in enumerate(_document(markup).pages, 1):
        for box in _walk(page._page_box):
            kind = _kind(box)
            if kind == "TextBox" and box.text.strip():
                size = box.style["font_size"] * _PX_TO_PT
                if size < minimum - 1e-6:
                    found.append((number, box.text.strip()[:40], round(size, 1)))
            elif kind in ("InlineReplacedBox", "BlockReplacedBox"):
                svg = _svg_of(getattr(box, "element", None))
                if svg is None:
                    continue
                width, sizes = svg_text_sizes(svg)
                scale = box.width * _PX_TO_PT / width if width else 1.0
                found += [(number, text[:40], round(size * scale, 1)) for text, size in sizes
                          if text and size * scale < minimum - 1e-6]
    return found


def find_short_last_page(markup) -> list:
    """[(page number, fill)] when a short document (a brief, at most `FIT_MAX_PAGES` pages)
    ends on a page holding less than `SHORT_LAST_PAGE` of a page: a stub a reader turns
    the page for."""
    from axis_report.render.pdf import FIT_MAX_PAGES, SHORT_LAST_PAGE, last_page_fill

    document = _document(markup)
    pages = len(document.pages)
    fill = last_page_fill(document)
    return [(pages, round(fill, 2))] if 1 < pages <= FIT_MAX_PAGES and \
        fill < SHORT_LAST_PAGE else []


def layout_problems(markup) -> dict:
    """Lay `markup` out once and run every probe; return {probe: what it found} for the
    probes that found something ({} for a clean layout). Pass a document from
    `axis_report.render.pdf.lay_out_for_print` to check what the PDF prints."""
    document = _document(markup)
    found = {"overflow": find_overflow(document),
             "stranded intro": find_stranded_intros(document),
             "stranded row": find_stranded_rows(document),
             "small text": find_small_text(document),
             "short last page": find_short_last_page(document)}
    return {name: what for name, what in found.items() if what}
