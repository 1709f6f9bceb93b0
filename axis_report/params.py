"""Checking a notebook's parameters before any work is done with them.

papermill injects parameters as literals; a typo ("RUSS", "militray") must stop
the run in the first cell with a message that names the parameter and the
allowed values, not surface later as an empty table.
"""

import datetime as dt
from dataclasses import dataclass

from . import vocab
from .errors import InputError, Problem

__all__ = ["ReportParams", "validate_report_params"]

_WHERE = "notebook parameters"


@dataclass(frozen=True)
class ReportParams:
    """Checked report parameters, in the package's fixed orders."""

    countries: tuple
    domains: tuple
    min_weight: int
    title: str
    as_of: str | None  # ISO date; None means "the latest source date"
    hypotheses: tuple = ()  # ACH hypothesis ids; () means all in the hypotheses file
    weighting: str = "parc"


def _codes(name, value, allowed, problems, minimum):
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, (list, tuple)) or not all(isinstance(v, str) for v in value):
        problems.append(Problem(_WHERE, f"must be a list of strings, got {value!r}", field=name))
        return ()
    unknown = [v for v in value if v not in allowed]
    if unknown:
        problems.append(Problem(_WHERE, f"unknown value {', '.join(map(repr, unknown))}; "
                                        f"choose from {', '.join(allowed)}", field=name))
        return ()
    if len(set(value)) < minimum:
        problems.append(Problem(_WHERE, f"needs at least {minimum} distinct value"
                                        f"{'s' if minimum > 1 else ''}, got {list(value)!r}",
                                field=name))
        return ()
    return tuple(v for v in allowed if v in value)


def validate_report_params(*, countries, domains, min_weight, title, as_of, hypotheses=(),
                           weighting="parc", known_hypotheses=None) -> ReportParams:
    """Return the parameters checked and ordered; raise InputError listing every bad one.

    `known_hypotheses` (ids from the hypotheses file) checks `hypotheses` when given.
    """
    from .ach import WEIGHTINGS

    problems = []
    if isinstance(hypotheses, str):
        hypotheses = [hypotheses]
    if not isinstance(hypotheses, (list, tuple)) or not all(isinstance(h, str) for h in hypotheses):
        problems.append(Problem(_WHERE, f"must be a list of hypothesis ids, got {hypotheses!r}",
                                field="hypotheses"))
        hypotheses = ()
    elif hypotheses and known_hypotheses is not None:
        known = list(known_hypotheses)
        unknown = [h for h in hypotheses if h not in known]
        if unknown:
            problems.append(Problem(_WHERE, f"unknown value {', '.join(map(repr, unknown))}; "
                                            f"choose from {', '.join(known)}", field="hypotheses"))
        elif len(set(hypotheses)) < 2:
            problems.append(Problem(_WHERE, "ACH needs at least 2 hypotheses to compare",
                                    field="hypotheses"))
        hypotheses = tuple(h for h in known if h in hypotheses)
    if weighting not in WEIGHTINGS:
        problems.append(Problem(_WHERE, f"{weighting!r} is not one of {', '.join(WEIGHTINGS)}",
                                field="weighting"))
    countries = _codes("countries", countries, vocab.FOCUS_COUNTRIES, problems, 2)
    domains = _codes("domains", domains, vocab.DOMAINS, problems, 1)
    if isinstance(min_weight, bool) or min_weight not in vocab.WEIGHTS:
        problems.append(Problem(_WHERE, f"{min_weight!r} is not one of 1, 2, 3",
                                field="min_weight"))
    if not isinstance(title, str) or not title.strip():
        problems.append(Problem(_WHERE, "must be a non-empty string", field="title"))
    if as_of in ("", None):
        as_of = None
    elif not isinstance(as_of, str):
        problems.append(Problem(_WHERE, f"must be an ISO date string, got {as_of!r}",
                                field="as_of"))
    else:
        try:
            as_of = dt.date.fromisoformat(as_of).isoformat()
        except ValueError:
            problems.append(Problem(_WHERE, f"{as_of!r} is not a date of the form YYYY-MM-DD",
                                    field="as_of"))
    if problems:
        raise InputError(problems)
    return ReportParams(countries, domains, int(min_weight), title.strip(), as_of,
                        tuple(hypotheses), weighting)
