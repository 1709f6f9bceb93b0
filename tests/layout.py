"""Layout probes for the tests: they lay report HTML out with WeasyPrint, as the PDF export
does, and walk its layout tree (`Page._page_box`: not public API, but stable for years)."""

__all__ = ["find_overflow", "find_stranded_intros"]


def find_overflow(markup: str, *, tolerance: float = 0.5) -> list:
    """Return (page number, box type, how far past the right edge in CSS px) for every
    laid-out box that sticks out of its page's content area; [] when nothing overflows."""
    import weasyprint

    def walk(box):
        yield box
        for child in getattr(box, "children", None) or []:
            yield from walk(child)

    found = []
    for number, page in enumerate(weasyprint.HTML(string=markup).render().pages, 1):
        root = page._page_box
        right = root.content_box_x() + root.width
        for box in walk(root):
            if box is root or type(box).__name__ == "MarginBox":
                continue
            over = box.position_x + box.margin_width() - right
            if over > tolerance:
                found.append((number, type(box).__name__, round(over, 1)))
    return found


def find_stranded_intros(markup: str) -> list:
    """Return the numbers of pages whose last block is a heading or a narrative (markdown)
    cell, i.e. an introduction separated from the table or figure it introduces."""
    import weasyprint

    stranded = []
    pages = weasyprint.HTML(string=markup).render().pages
    for number, page in enumerate(pages[:-1], 1):  # the last page may end anyhow
        box = page._page_box
        while getattr(box, "children", None):
            blocks = [c for c in box.children if type(c).__name__ != "MarginBox"
                      and getattr(c, "element_tag", None) != "style"]
            if not blocks:
                break
            box = blocks[-1]
            tag = getattr(box, "element_tag", "")
            element = getattr(box, "element", None)
            classes = (element.get("class") or "") if element is not None else ""
            if tag in ("h1", "h2", "h3", "h4") or "cell-markdown" in classes.split():
                stranded.append(number)
                break
            if tag in ("table", "figure", "ul", "p") or "cell-output" in classes.split():
                break
    return stranded
