"""Checks of a drawn figure's layout: what a reader would see as a defect, found from the
figure's own artists rather than from pixels.

Each check takes a matplotlib Figure (drawn, or drawn here without rendering) and returns
a list of plain descriptions, empty when the figure is clean. The tests run them on every
figure the report and the briefs draw, for every variant of their parameters.
"""

import itertools

import numpy as np
from matplotlib.collections import PathCollection
from matplotlib.patches import Rectangle
from matplotlib.text import Text
from matplotlib.transforms import Bbox

from .plots import COLUMN_WIDTH

__all__ = ["legend_overlaps", "text_overlaps", "marker_overlaps", "small_text",
           "figure_problems"]

# Extents are compared in display pixels; this much contact is not an overlap.
_TOUCH = 0.5


def _finite(bbox) -> bool:
    return bool(np.all(np.isfinite(bbox.get_points()))) and bbox.width > 0 and bbox.height > 0


def _shrunk(bbox, by=_TOUCH):
    return Bbox.from_extents(bbox.x0 + by, bbox.y0 + by, bbox.x1 - by, bbox.y1 - by)


def _name(artist) -> str:
    text = artist.get_text() if isinstance(artist, Text) else ""
    return f"{type(artist).__name__}" + (f" {text!r}" if text else "")


def _axes_texts(ax):
    """The Axes' texts a reader reads: annotations, labels, titles and tick labels."""
    texts = list(ax.texts) + [ax.title, ax._left_title, ax._right_title]
    if ax.axison:
        texts += [ax.xaxis.label, ax.yaxis.label]
        for axis in (ax.xaxis, ax.yaxis):
            for tick in axis._update_ticks():  # the ticks drawn: those in view
                texts += [label for label, on in ((tick.label1, tick.label1.get_visible()),
                                                  (tick.label2, tick.label2.get_visible()))
                          if on]
    return [t for t in texts if t.get_visible() and t.get_text().strip()]


def _line_points(line, step: float = 2.0) -> np.ndarray:
    """A line's vertices in display pixels, with points every `step` pixels along each
    segment, so a legend over the middle of a long segment is caught too."""
    path = line.get_transform().transform_path(line.get_path())
    v = path.vertices
    v = v[np.all(np.isfinite(v), axis=1)]
    if len(v) < 2:
        return v
    parts = [v[:1]]
    for a, b in zip(v[:-1], v[1:]):
        n = max(1, int(np.hypot(*(b - a)) / step))
        parts.append(a + (b - a) * np.linspace(0, 1, n + 1)[1:, None])
    return np.concatenate(parts)


def _data_items(ax):
    """(description, Bbox or array of points) for what an Axes draws: bars and other
    rectangles, lines, markers, meshes and texts."""
    items = []
    for patch in ax.patches:
        if isinstance(patch, Rectangle) and patch.get_visible():
            box = patch.get_window_extent()
            if _finite(box):
                items.append((f"a bar of {ax.get_title(loc='left') or 'the chart'}", box))
    for line in ax.lines:
        if line.get_visible():
            points = _line_points(line)
            if len(points):
                items.append((f"line {line.get_label()!r}", points))
    for coll in ax.collections:
        if not coll.get_visible():
            continue
        if isinstance(coll, PathCollection) and len(coll.get_offsets()):
            points = coll.get_offset_transform().transform(coll.get_offsets())
            items.append((f"markers {coll.get_label()!r}", points))
        else:
            box = coll.get_window_extent()
            if _finite(box):
                items.append((f"{type(coll).__name__}", box))
    for text in _axes_texts(ax):
        box = text.get_window_extent()
        if _finite(box):
            items.append((f"text {text.get_text()!r}", box))
    return items


def _hits(box, item) -> bool:
    if isinstance(item, Bbox):
        return box.overlaps(_shrunk(item))
    points = np.asarray(item)
    inside = ((points[:, 0] > box.x0) & (points[:, 0] < box.x1)
              & (points[:, 1] > box.y0) & (points[:, 1] < box.y1))
    return bool(inside.any())


def _drawn(fig):
    fig.draw_without_rendering()
    return fig


def legend_overlaps(fig, *, draw: bool = True) -> list:
    """Return what each legend of `fig` covers: a bar, line, marker, mesh or text (tick
    labels, axis labels and titles included) of any of its Axes; [] when no legend
    covers anything."""
    if draw:
        _drawn(fig)
    legends = [ax.get_legend() for ax in fig.axes if ax.get_legend() is not None]
    legends += list(fig.legends)
    found = []
    for legend in legends:
        box = _shrunk(legend.get_window_extent())
        for ax in fig.axes:
            for what, item in _data_items(ax):
                if _hits(box, item):
                    found.append(f"the legend covers {what}")
    return found


def text_overlaps(fig, *, draw: bool = True) -> list:
    """Return each pair of texts of `fig` that overlap (annotations, labels, titles, tick
    labels, within an Axes and across its Axes); [] when every text stands clear."""
    if draw:
        _drawn(fig)
    texts = [t for ax in fig.axes for t in _axes_texts(ax)]
    boxes = [(t, _shrunk(t.get_window_extent())) for t in texts]
    boxes = [(t, b) for t, b in boxes if _finite(b)]
    return [f"{_name(a)} overlaps {_name(b)}"
            for (a, ba), (b, bb) in itertools.combinations(boxes, 2) if ba.overlaps(bb)]


def marker_overlaps(fig, *, share: float = 0.6, draw: bool = True) -> list:
    """Return each pair of scatter markers of `fig` closer than `share` of a marker's
    width (one would hide the other); [] when every marker is seen."""
    if draw:
        _drawn(fig)
    found = []
    for ax in fig.axes:
        points, names = [], []
        for coll in ax.collections:
            if isinstance(coll, PathCollection) and coll.get_visible() \
                    and len(coll.get_offsets()):
                xy = coll.get_offset_transform().transform(coll.get_offsets())
                sizes = np.resize(coll.get_sizes() if len(coll.get_sizes()) else [36.0], len(xy))
                for p, s in zip(xy, sizes):
                    points.append((p, np.sqrt(s) * fig.dpi / 72))
                    names.append(coll.get_label())
        for (i, (p, d)), (j, (q, e)) in itertools.combinations(enumerate(points), 2):
            if np.hypot(*(p - q)) < share * min(d, e):
                found.append(f"a {names[i]!r} marker hides a {names[j]!r} marker")
    return found


def small_text(fig, *, minimum: float = 7.0, column: float = COLUMN_WIDTH,
               draw: bool = True) -> list:
    """Return each text of `fig` smaller than `minimum` points as printed: a figure
    wider than the `column` (inches) is scaled down to it, its text with it."""
    if draw:
        _drawn(fig)
    width = fig.get_tightbbox().width  # inches, as saved with bbox_inches="tight"
    scale = min(1.0, column / width) if width > 0 else 1.0
    texts = [t for ax in fig.axes for t in _axes_texts(ax)]
    for legend in [ax.get_legend() for ax in fig.axes] + list(fig.legends):
        if legend is not None:
            texts += [t for t in legend.get_texts() if t.get_text().strip()]
    return [f"{_name(t)} prints at {t.get_fontsize() * scale:.1f} pt"
            for t in texts if t.get_fontsize() * scale < minimum - 1e-6]


def figure_problems(fig) -> list:
    """Return every layout problem of `fig` the checks above find; [] for a clean one."""
    _drawn(fig)  # once for all four checks
    return (legend_overlaps(fig, draw=False) + text_overlaps(fig, draw=False)
            + marker_overlaps(fig, draw=False) + small_text(fig, draw=False))
