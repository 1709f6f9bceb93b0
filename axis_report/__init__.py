"""axis_report: coded, traceable evidence on cooperation among China, Russia, Iran and
North Korea, tabulated and rendered as HTML and PDF reports from notebooks.

The notebook-facing surface is re-exported here; the modules hold the rest.
"""

__version__ = "0.1.0"

from .errors import InputError, Problem  # noqa: E402

# The notebook-facing names of `sections`, in report order.
_SECTIONS = (
    "prepare_report", "show_title", "show_key_judgments", "show_ach", "show_sources",
    "show_heatmap", "show_network", "show_balance", "show_dyad_evidence", "show_fact_check",
    "show_un_alignment", "show_timeline", "show_analysts", "show_gaps", "show_method",
    "show_appendix",
)


def __getattr__(name):
    # The notebook API pulls in matplotlib and seaborn; load it only when a notebook
    # asks, so the command line starts fast.
    if name in _SECTIONS:
        from . import sections

        return getattr(sections, name)
    raise AttributeError(f"module 'axis_report' has no attribute {name!r}")


__all__ = ["InputError", "Problem", *_SECTIONS]
