"""Treaty obligations by dyad and date: pure functions over the treaties table."""

import pandas as pd

from ..vocab import OBLIGATIONS

__all__ = ["treaty_dyad_years", "obligations_in_force"]


def _given(value) -> bool:
    return isinstance(value, str) and bool(value)


def _start(row) -> str:
    # ATOP dates an obligation from signature; so does the fact check when the date of
    # entry into force is not established.
    return row["in_force"] if _given(row["in_force"]) else row["signed"]


def treaty_dyad_years(treaties: pd.DataFrame, years) -> pd.DataFrame:
    """Return the coded obligations per dyad and year, ATOP-style: an agreement counts in
    every year from its signature year to the year it ended, inclusive."""
    rows = []
    for t in treaties.to_dict("records"):
        first = int(t["signed"][:4])
        last = int(t["ended"][:4]) if _given(t["ended"]) else max(years)
        for dyad in t["dyads"].split():
            for year in years:
                if first <= year <= last:
                    rows.append({"dyad": dyad, "year": year, "treaty_id": t["treaty_id"],
                                 **{k: t[k] for k in OBLIGATIONS}})
    frame = pd.DataFrame(rows, columns=["dyad", "year", "treaty_id", *OBLIGATIONS])
    return (frame.groupby(["dyad", "year"], as_index=False)
            .agg(treaty_id=("treaty_id", " ".join), **{k: (k, "any") for k in OBLIGATIONS}))


def obligations_in_force(treaties: pd.DataFrame, date: str) -> pd.DataFrame:
    """Return, for each agreement in force on `date` (ISO), its dyads and obligations."""
    live = treaties[[(_start(t) <= date) and (not _given(t["ended"]) or t["ended"] > date)
                     for t in treaties.to_dict("records")]]
    rows = [{"dyad": d, **t} for t in live.to_dict("records") for d in t["dyads"].split()]
    return pd.DataFrame(rows, columns=["dyad", *treaties.columns])
