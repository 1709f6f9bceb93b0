"""Treaty obligations by dyad and date: pure functions over the treaties table.

Obligations are tri-state, in pandas' nullable boolean dtype: True, False, or <NA>
where the coding is unknown (an unpublished text). Unknown stays unknown here: an
agreement whose defence obligation is unknown is not a defence obligation, nor the
absence of one.
"""

import pandas as pd

from ..vocab import OBLIGATIONS

__all__ = ["treaty_dyad_years", "obligations_in_force", "any_known"]


def _given(value) -> bool:
    return isinstance(value, str) and bool(value)


def _start(row) -> str:
    # ATOP dates an obligation from signature; so does the fact check when the date of
    # entry into force is not established.
    return row["in_force"] if _given(row["in_force"]) else row["signed"]


def any_known(values: pd.Series):
    """Return the three-valued OR of `values` (True, False or <NA>): True when any is
    True, else <NA> when any is unknown, else False (also for none)."""
    values = pd.Series(values, dtype="boolean")
    if values.any(skipna=True):
        return True
    return pd.NA if values.isna().any() else False


def _as_boolean(frame: pd.DataFrame) -> pd.DataFrame:
    return frame.astype({k: "boolean" for k in OBLIGATIONS})


def treaty_dyad_years(treaties: pd.DataFrame, years) -> pd.DataFrame:
    """Return the coded obligations per dyad and year, ATOP-style: an agreement counts in
    every year from its signature year to the year it ended, inclusive. Where several
    agreements bind a dyad in a year, an obligation is True if any of them carries it,
    unknown (<NA>) if none does but one's coding is unknown, else False."""
    rows = []
    for t in treaties.to_dict("records"):
        first = int(t["signed"][:4])
        last = int(t["ended"][:4]) if _given(t["ended"]) else max(years)
        for dyad in t["dyads"].split():
            for year in years:
                if first <= year <= last:
                    rows.append({"dyad": dyad, "year": year, "treaty_id": t["treaty_id"],
                                 **{k: t[k] for k in OBLIGATIONS}})
    frame = _as_boolean(pd.DataFrame(rows, columns=["dyad", "year", "treaty_id",
                                                    *OBLIGATIONS]))
    merged = (frame.groupby(["dyad", "year"], as_index=False)
              .agg(treaty_id=("treaty_id", " ".join), **{k: (k, any_known)
                                                         for k in OBLIGATIONS}))
    return _as_boolean(merged)


def obligations_in_force(treaties: pd.DataFrame, date: str) -> pd.DataFrame:
    """Return, for each agreement in force on `date` (ISO), its dyads and obligations
    (nullable booleans: <NA> where unknown; select with `frame[ob].eq(True)`, or
    `.isna()` for the unknown ones)."""
    live = treaties[[(_start(t) <= date) and (not _given(t["ended"]) or t["ended"] > date)
                     for t in treaties.to_dict("records")]]
    rows = [{"dyad": d, **t} for t in live.to_dict("records") for d in t["dyads"].split()]
    frame = pd.DataFrame(rows, columns=["dyad", *treaties.columns])
    return _as_boolean(frame) if set(OBLIGATIONS) <= set(frame.columns) else frame
