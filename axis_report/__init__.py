"""axis_report: coded, traceable evidence on cooperation among China, Russia, Iran and
North Korea, tabulated and rendered as HTML and PDF reports from notebooks.

The notebook-facing surface is re-exported here; the modules hold the rest.
"""

__version__ = "0.1.0"

from .errors import InputError, Problem  # noqa: E402
from .sections import (  # noqa: E402
    prepare_report,
    show_analysts,
    show_appendix,
    show_balance,
    show_dyad_evidence,
    show_gaps,
    show_heatmap,
    show_key_judgments,
    show_method,
    show_sources,
    show_title,
)

__all__ = [
    "InputError",
    "Problem",
    "prepare_report",
    "show_title",
    "show_key_judgments",
    "show_sources",
    "show_heatmap",
    "show_balance",
    "show_dyad_evidence",
    "show_analysts",
    "show_gaps",
    "show_method",
    "show_appendix",
]
