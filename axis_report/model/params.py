"""Checking a notebook's parameters before any work is done with them.

The parameters themselves (names, types, defaults, help) are declared once, in each
notebook's `parameters` cell (read by `inputs.parameters`). This module holds what
each one means: a check per name that returns the value normalized (fixed orders,
ISO dates) or records a problem naming the parameter. papermill injects parameters
as literals; a typo ("RUSS", "militray") stops the run in its first cell with a
message naming the parameter and the allowed values, never as an empty table later.
"""

import datetime as dt
from collections.abc import Mapping
from pathlib import Path

from .. import vocab
from ..errors import InputError, Problem

__all__ = ["Params", "check_parameters", "WHERE"]

WHERE = "notebook parameters"
_TYPES = {"list": (list, tuple), "int": int, "str": str, "float": (int, float), "bool": bool}


class Params(Mapping):
    """Checked parameters: read them as `params.countries` or `params["countries"]`."""

    def __init__(self, values: dict):
        self._values = dict(values)

    def __getitem__(self, key):
        return self._values[key]

    def __iter__(self):
        return iter(self._values)

    def __len__(self):
        return len(self._values)

    def __getattr__(self, key):
        try:
            return self._values[key]
        except KeyError:
            raise AttributeError(key) from None

    def __repr__(self):
        return f"Params({self._values!r})"


def _show(value) -> str:
    text = repr(value) if not isinstance(value, str) or len(value) < 80 else repr(value[:60])
    return text if len(text) <= 80 else text[:77] + "..."


def _codes(name, value, allowed, problems, minimum, noun="value"):
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, (list, tuple)) or not all(isinstance(v, str) for v in value):
        problems.append(Problem(WHERE, f"must be a list of strings, got {_show(value)}",
                                field=name))
        return ()
    unknown = [v for v in value if v not in allowed]
    if unknown:
        problems.append(Problem(WHERE, f"unknown {noun} {', '.join(map(_show, unknown))}; "
                                       f"choose from {', '.join(allowed)}", field=name))
        return ()
    if len(set(value)) < minimum:
        problems.append(Problem(WHERE, f"needs at least {minimum} distinct value"
                                       f"{'s' if minimum > 1 else ''}, got {_show(list(value))}",
                                field=name))
        return ()
    return tuple(v for v in allowed if v in value)


def _date(name, value, problems):
    if value in ("", None):
        return ""
    if not isinstance(value, str):
        problems.append(Problem(WHERE, f"must be a date string YYYY-MM-DD, got {_show(value)}",
                                field=name))
        return ""
    try:
        return dt.date.fromisoformat(value).isoformat()
    except ValueError:
        problems.append(Problem(WHERE, f"{_show(value)} is not a date of the form YYYY-MM-DD",
                                field=name))
        return ""


def _choice(name, v, allowed, problems):
    if v not in allowed:
        problems.append(Problem(WHERE, f"{_show(v)} is not one of {', '.join(allowed)}",
                                field=name))
    return v


def _boolean(name, v, problems):
    if not isinstance(v, bool):
        problems.append(Problem(WHERE, f"must be true or false, got {_show(v)}", field=name))
        return False
    return v


def _check_countries(v, ctx, problems):
    if isinstance(v, (list, tuple)) and not v:  # empty: all the project's countries
        return tuple(ctx["group"])
    return _codes("countries", v, ctx["group"], problems, 2)


def _check_domains(v, ctx, problems):
    return _codes("domains", v, vocab.DOMAINS, problems, 1)


def _check_min_weight(v, ctx, problems):
    if isinstance(v, bool) or v not in vocab.WEIGHTS:
        problems.append(Problem(WHERE, f"{_show(v)} is not one of 1, 2, 3", field="min_weight"))
        return 1
    return int(v)


# The longest `stale_after_days` that still means something (ten years).
MAX_STALE_DAYS = 3653


def _check_stale_after_days(v, ctx, problems):
    if isinstance(v, bool) or not isinstance(v, int) or not 0 <= v <= MAX_STALE_DAYS:
        problems.append(Problem(WHERE, f"must be a whole number of days from 0 (never warn) to "
                                       f"{MAX_STALE_DAYS:,}, got {_show(v)}",
                                field="stale_after_days"))
        return 90
    return v


MAX_TITLE_CHARS = 300  # as for a source's title (inputs.checks.MAX_NAME_CHARS)


def default_title(countries) -> str:
    """The report's title when the `title` parameter is left empty: the question, naming
    the countries in scope ("How far do Iran and Russia cooperate?")."""
    from ..prose import join

    return f"How far do {join(vocab.country_name(c) for c in countries)} cooperate?"


def _check_title(v, ctx, problems):
    if isinstance(v, str) and not v.strip():  # empty: the question, naming the countries
        return ""
    if not isinstance(v, str):
        problems.append(Problem(WHERE, "must be a string", field="title"))
        return ""
    if len(v.strip()) > MAX_TITLE_CHARS:
        problems.append(Problem(WHERE, f"is {len(v.strip()):,} characters long; the limit is "
                                       f"{MAX_TITLE_CHARS}", field="title"))
        return ""
    return v.strip()


def _check_hypotheses(v, ctx, problems):
    if isinstance(v, str):
        v = [v]
    if not isinstance(v, (list, tuple)) or not all(isinstance(h, str) for h in v):
        problems.append(Problem(WHERE, f"must be a list of hypothesis ids, got {_show(v)}",
                                field="hypotheses"))
        return ()
    known = ctx.get("hypothesis_ids")
    if not v or known is None:
        return tuple(v)
    unknown = [h for h in v if h not in known]
    if unknown:
        problems.append(Problem(WHERE, f"unknown value {', '.join(map(_show, unknown))}; "
                                       f"choose from {', '.join(known)}", field="hypotheses"))
    elif len(set(v)) < 2:
        problems.append(Problem(WHERE, "ACH needs at least 2 hypotheses to compare",
                                field="hypotheses"))
    return tuple(h for h in known if h in v)


def _check_weighting(v, ctx, problems):
    if v not in vocab.WEIGHTINGS:
        problems.append(Problem(WHERE, f"{_show(v)} is not one of {', '.join(vocab.WEIGHTINGS)}",
                                field="weighting"))
    return v


def _check_focus(v, ctx, problems):
    from ..analysis.focus import parse_focus

    try:
        return parse_focus(v, ctx["group"]).name
    except InputError as err:
        problems.extend(err.problems)
        return ""


def _check_previous(v, ctx, problems):
    if v and not (isinstance(v, str) and Path(v).is_file()):
        problems.append(Problem(WHERE, f"snapshot {_show(v)} not found", field="previous"))
    return v


def _check_project(v, ctx, problems):
    if not isinstance(v, str):
        problems.append(Problem(WHERE, f"must be a folder path, got {_show(v)}", field="project"))
        return ""
    return v


# What each parameter means. A parameter a notebook declares without a check here is
# checked against its declared type only.
CHECKS = {
    "countries": _check_countries,
    "domains": _check_domains,
    "min_weight": _check_min_weight,
    "title": _check_title,
    "as_of": lambda v, ctx, p: _date("as_of", v, p),
    "hypotheses": _check_hypotheses,
    "weighting": _check_weighting,
    "focus": _check_focus,
    "edition": lambda v, ctx, p: _date("edition", v, p),
    "previous": _check_previous,
    "previous_edition": lambda v, ctx, p: _date("previous_edition", v, p),
    "project": _check_project,
    "include_contradicted": lambda v, ctx, p: _boolean("include_contradicted", v, p),
    "un_measure": lambda v, ctx, p: _choice("un_measure", v, vocab.UN_MEASURES, p),
    "issued": lambda v, ctx, p: _date("issued", v, p),
    "stale_after_days": _check_stale_after_days,
}


def check_parameters(values: dict, *, spec=None, group=vocab.DEFAULT_GROUP,
                     hypothesis_ids=None) -> Params:
    """Return `values` checked and normalized; raise InputError listing every bad one.

    With `spec` (the notebook's declared `inputs.parameters.Parameter`s), names the
    notebook does not declare are refused, missing ones take their declared default,
    and each value must have its declared type. `group` is the project's countries;
    `hypothesis_ids`, when given, are the ids `hypotheses` may name.
    """
    problems = []
    values = dict(values)
    if spec is not None:
        declared = {p.name: p for p in spec}
        for name in values:
            if name not in declared:
                problems.append(Problem(WHERE, "unknown parameter; the notebook declares "
                                               f"{', '.join(declared)}", field=str(name)[:60]))
        for p in spec:
            values.setdefault(p.name, p.default)
            want = _TYPES.get(p.type)
            v = values[p.name]
            if want and (not isinstance(v, want) or (p.type == "int" and isinstance(v, bool))):
                problems.append(Problem(WHERE, f"must be of type {p.type}, got {_show(v)}",
                                        field=p.name))
        if problems:
            raise InputError(problems)
    ctx = {"group": tuple(group), "hypothesis_ids": None if hypothesis_ids is None
           else list(hypothesis_ids)}
    out = {name: CHECKS[name](v, ctx, problems) if name in CHECKS else v
           for name, v in values.items()}
    if problems:
        raise InputError(problems)
    if out.get("title") == "" and "countries" in out:
        in_scope = set(out["countries"])
        out["title"] = default_title([c for c in ctx["group"] if c in in_scope]
                                     + [c for c in out["countries"] if c not in ctx["group"]])
    return Params(out)
