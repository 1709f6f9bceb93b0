"""Which parameter left a report with no evidence in scope.

A parameter choice that leaves nothing to report on is an error naming the parameters that
emptied it (exit status 2, nothing published), never an empty report. `check_scope` names
one that empties the scope alone, else every one whose relaxation alone brings evidence
back (in `SCOPE_ORDER`), with its value; an `as_of` before every source in scope says which
source is the earliest.
"""

import pandas as pd

from .. import prose, vocab
from ..analysis import tables
from ..errors import InputError, Problem
from ..inputs import Inputs
from ..inputs.sources import sources_as_of
from .params import WHERE, Params

__all__ = ["SCOPE_ORDER", "scoped_evidence", "check_scope"]

# The parameters that narrow what a report covers, in the order they are relaxed.
SCOPE_ORDER = ("as_of", "countries", "domains", "min_weight")


def _widest(inputs: Inputs) -> dict:
    return {"as_of": "", "countries": tuple(inputs.group), "domains": tuple(vocab.DOMAINS),
            "min_weight": 1}


def scoped_evidence(inputs: Inputs, values: dict) -> pd.DataFrame:
    """Return the evidence rows in scope for `values` (as_of, countries, domains,
    min_weight; a missing one takes its widest value): claims with a quote from a source
    dated on or before as_of, selected as `tables.select_evidence` selects them."""
    v = {**_widest(inputs), **{k: values[k] for k in SCOPE_ORDER if k in values}}
    _, in_time = sources_as_of(inputs.sources, v["as_of"] or None)
    claims = set(inputs.quotes.loc[inputs.quotes["source_id"].isin(set(in_time)), "record_id"])
    return tables.select_evidence(inputs.evidence, countries=v["countries"],
                                  domains=v["domains"], min_weight=v["min_weight"],
                                  record_ids=claims, group=inputs.group)


def _shown(value) -> str:
    return ", ".join(map(str, value)) if isinstance(value, (list, tuple)) else str(value)


def _as_of_problem(inputs: Inputs, as_of: str, relaxed: pd.DataFrame) -> Problem:
    earliest_source = inputs.sources["date"].min()
    if as_of < earliest_source:
        text = (f"{as_of} is before every source: the earliest is dated {earliest_source}; "
                "nothing to report")
    else:
        quoted = inputs.quotes[inputs.quotes["record_id"].isin(set(relaxed["record_id"]))]
        dates = inputs.sources.loc[inputs.sources["source_id"].isin(set(quoted["source_id"])),
                                   "date"]
        text = (f"{as_of} is before every source quoted on this scope: the earliest is dated "
                f"{dates.min()}; nothing to report")
    return Problem(WHERE, text, field="as_of")


def check_scope(inputs: Inputs, params: Params) -> None:
    """Raise InputError naming the parameters that leave no coded claim in scope; return
    None when something is in scope.

    A parameter that alone (every other one at its widest value) leaves nothing is named
    alone, the first in `SCOPE_ORDER`. Otherwise several narrow the scope together: each is
    relaxed alone (set to its widest value: every source, every country, every domain,
    weight 1), and every one whose relaxation brings evidence back is named, so a co-cause
    is never left out. When none does alone, the parameters relaxed together until
    evidence comes back are named, in that order.
    """
    given = {k: params[k] for k in SCOPE_ORDER if k in params}
    if not scoped_evidence(inputs, given).empty:
        return
    widest = _widest(inputs)
    # a parameter at its widest value narrows nothing: never the one to blame
    given = {k: v for k, v in given.items() if v != widest[k]
             and not (k == "domains" and set(v) == set(widest[k]))
             and not (k == "countries" and set(v) == set(widest[k]))}
    for name in given:
        if scoped_evidence(inputs, {name: given[name]}).empty:
            if name == "as_of":
                relaxed = scoped_evidence(inputs, {**given, name: widest[name]})
                raise InputError([_as_of_problem(inputs, given["as_of"], relaxed)])
            raise InputError([Problem(WHERE, f"{_shown(given[name])} leaves no coded claim "
                                             "in scope", field=name)])
    relaxed = {n: scoped_evidence(inputs, {**given, n: widest[n]}) for n in given}
    culprits = [n for n in given if not relaxed[n].empty]
    if "as_of" in culprits:  # its message names the earliest source on the rest of the scope
        raise InputError([_as_of_problem(inputs, given["as_of"], relaxed["as_of"])])
    if len(culprits) == 1:
        name = culprits[0]
        others = [f"{n} {_shown(given[n])}" for n in given if n != name]
        text = f"{_shown(given[name])} leaves no coded claim in scope"
        if others:
            text += f" with {prose.join(others)}"
        raise InputError([Problem(WHERE, text, field=name)])
    if culprits:
        named = [f"{n} {_shown(given[n])}" for n in culprits]
        raise InputError([Problem(WHERE, f"{prose.join(named)} together leave no coded claim "
                                         "in scope; relaxing any one of them brings claims "
                                         "back", field=culprits[0])])
    values = dict(given)
    for name in given:
        culprits.append(name)
        values[name] = widest[name]
        if not scoped_evidence(inputs, values).empty:
            break
    if scoped_evidence(inputs, values).empty:  # nothing at all: no coded claim yet
        raise InputError([Problem("seeds/evidence.yaml", "no coded claim yet: nothing to "
                                  "report. Add a source and code its claims "
                                  "(docs/codebook.md), then run `axis-report validate`")])
    named = [f"{n} {_shown(given[n])}" for n in culprits]
    raise InputError([Problem(WHERE, f"{prose.join(named)} together "
                                     "leave no coded claim in scope", field=culprits[0])])
