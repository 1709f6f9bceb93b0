"""axis_report: coded, traceable evidence on cooperation among China, Russia, Iran and
North Korea (or any group a project studies), tabulated and rendered as HTML and PDF
reports from notebooks.

This module is the notebook face: it only re-exports. `prepare_report` / `prepare_brief`
build the model, the `show_*` functions lay out its sections, and `table` / `figure`
render an analyst's own DataFrame or Axes in the house style. They load on first use,
so the command line starts without pandas or matplotlib.
"""

from ._version import __version__
from .errors import InputError, Problem

# Where each notebook-facing name lives, in report order.
_FACE = {
    "prepare_report": "api", "prepare_brief": "api",
    **{name: "sections.report" for name in (
        "show_title", "show_key_judgments", "show_ach", "show_sources", "show_heatmap",
        "show_network", "show_balance", "show_dyad_evidence", "show_treaties", "show_fact_check",
        "show_un_alignment", "show_timeline", "show_analysts", "show_gaps", "show_method",
        "show_appendix", "show_ach_ratings", "show_annex")},
    **{name: "sections.brief" for name in (
        "show_brief_title", "show_bottom_line", "show_brief_context", "show_brief_balance",
        "show_strongest", "show_changes", "show_brief_sources")},
    "table": "html", "figure": "html",
}


def __getattr__(name):
    if name in _FACE:
        import importlib

        return getattr(importlib.import_module(f".{_FACE[name]}", __name__), name)
    raise AttributeError(f"module 'axis_report' has no attribute {name!r}")


def __dir__():
    return sorted([*globals(), *_FACE])


__all__ = ["__version__", "InputError", "Problem", *_FACE]
