"""Checking coded claims against the reference data.

A record may carry `asserts`: a machine-checkable reading of its claim. Its status
is computed here from the treaties table, ATOP and the UN votes, never typed in:

- consistent: the reference data bear the claim out;
- contradicted: the reference data show the opposite;
- unverifiable: the claim is of a kind no reference dataset in the project covers,
  or the data do not reach it.
"""

import pandas as pd

from .. import vocab
from ..inputs.reference import CITATIONS
from ..vocab import STATUSES, UNCOVERED
from .treaties import obligations_in_force

__all__ = ["check_claims", "alignment_verdict", "alignment_countries"]


def alignment_countries(records: pd.DataFrame) -> list:
    """Return the countries that the records' `un_alignment` assertions name, so the UN
    alignment computed for a report covers every pair the fact check needs."""
    named = []
    for a in records["asserts"]:
        if isinstance(a, dict) and a.get("kind") == "un_alignment":
            named += [*a.get("countries", ()), *a.get("versus", ())]
    return sorted(set(named))


def _treaty_list(rows: pd.DataFrame) -> str:
    def one(r):
        force = f", in force {r.in_force}" if isinstance(r.in_force, str) else ""
        return f"{r.treaty_id} {r.name}, signed {r.signed}{force}"

    return "; ".join(one(r) for r in rows.drop_duplicates("treaty_id").itertuples())


def _years_note(frame, dyad: str, name: str) -> str:
    if frame is None:
        return ""
    years = frame.loc[(frame["dyad"] == dyad) & frame["defence"], "year"]
    if not len(years):
        return ""
    span = f"{years.min()}-{years.max()}"
    every = "every year" if len(years) == years.max() - years.min() + 1 else "years in"
    return f"; {name} codes a defence obligation for {dyad} in {every} {span}"


def _check_defence(a: dict, date: str, treaties, atop, cow=None):
    live = obligations_in_force(treaties, date)
    pacts = live[live["defence"]]
    have = set(pacts["dyad"])
    claimed = set(a["dyads"])
    cites = [CITATIONS["atop"]]
    missing = sorted(claimed - have)
    if missing:
        return ("contradicted",
                f"No defence obligation in force on {date} for {', '.join(missing)} in the "
                "treaties table.", cites)
    held = _treaty_list(pacts[pacts["dyad"].isin(claimed)])
    others = pacts[~pacts["dyad"].isin(claimed)]
    if a.get("exclusive") and not others.empty:
        extra = []
        for dyad, rows in others.groupby("dyad"):
            notes = _years_note(atop, dyad, "ATOP v5.1") + _years_note(cow, dyad, "COW v4.1")
            extra.append(f"{dyad}: {_treaty_list(rows)}{notes}")
        cites += list(others["citation"].drop_duplicates())
        if cow is not None:
            cites.append(CITATIONS["cow"])
        return ("contradicted",
                f"Besides {', '.join(sorted(claimed))} ({held}), a defence obligation is also "
                f"in force on {date} for " + "; ".join(extra) + ".", cites)
    cites += list(pacts.loc[pacts["dyad"].isin(claimed), "citation"].drop_duplicates())
    only = " and for no other pair of the four" if a.get("exclusive") else ""
    return ("consistent", f"A defence obligation is in force on {date} for "
                          f"{', '.join(sorted(claimed))}{only}: {held}.", cites)


def _check_agreement(a: dict, treaties):
    found, cites = [], []
    for dyad in a["dyads"]:
        binds = [dyad in ds.split() for ds in treaties["dyads"]]
        rows = treaties[pd.Series(binds, index=treaties.index, dtype=bool)
                        & treaties["signed"].str.startswith(a["date"])]
        if rows.empty:
            return ("unverifiable", f"The treaties table holds no agreement for {dyad} dated "
                                    f"{a['date']}; it lists formal agreements only, so absence "
                                    "there does not contradict the claim.", [])
        found.append(_treaty_list(rows))
        cites += list(rows["citation"])
    return "consistent", "Recorded in the treaties table: " + "; ".join(found) + ".", cites


def alignment_verdict(pairs: pd.DataFrame, countries, versus, year: int):
    """Return (holds, within, against): whether every pair among `countries` agreed more
    often in `year` than any of them did with any country in `versus`, with the two
    lists of (pair, agreement). `pairs` holds ISO3 codes in country_a / country_b."""
    cur = pairs[pairs["year"] == year]

    def agreement(x, y):
        a, b = sorted((x, y))
        row = cur[(cur["country_a"] == a) & (cur["country_b"] == b)]
        return float(row["agreement"].iloc[0]) if len(row) else float("nan")

    within = [(vocab.dyad_code(x, y), agreement(x, y))
              for i, x in enumerate(countries) for y in countries[i + 1:]]
    against = [(f"{x}-{w}", agreement(x, w)) for x in countries for w in versus]
    values_in = [v for _, v in within if v == v]
    values_out = [v for _, v in against if v == v]
    holds = bool(values_in and values_out and min(values_in) > max(values_out))
    return holds, within, against


def _check_alignment(a: dict, alignment: pd.DataFrame):
    if alignment is None or alignment.empty:
        return "unverifiable", "No UN voting data loaded.", []
    year = int(alignment["year"].max())
    holds, within, against = alignment_verdict(alignment, list(a["countries"]),
                                               list(a["versus"]), year)
    lo = min(within, key=lambda t: t[1])
    hi = max(against, key=lambda t: t[1])
    text = (f"In the UN General Assembly in {year} (the data end in January 2020), the "
            f"lowest agreement among {', '.join(a['countries'])} was {lo[0]} at "
            f"{lo[1]:.0%} of common votes; the highest of any of them with "
            f"{', '.join(a['versus'])} was {hi[0]} at {hi[1]:.0%}.")
    return ("consistent" if holds else "contradicted"), text, [CITATIONS["unga"]]


def check_claims(records: pd.DataFrame, *, source_dates: dict, treaties: pd.DataFrame,
                 atop: pd.DataFrame, alignment: pd.DataFrame | None,
                 cow: pd.DataFrame | None = None) -> pd.DataFrame:
    """Return one row per record that asserts something: record_id, quote, kind, status,
    reference (what the data say) and citation.

    `records` has one row per record with an `asserts` dict (or None); claims are
    checked as of their source's date (`source_dates`: source id -> ISO date).
    """
    rows = []
    for rec in records.itertuples():
        a = rec.asserts
        if not isinstance(a, dict):
            continue
        kind = a["kind"]
        date = source_dates[rec.source_id]
        if kind == "defence_pact":
            status, text, cites = _check_defence(a, date, treaties, atop, cow)
        elif kind == "agreement":
            status, text, cites = _check_agreement(a, treaties)
        elif kind == "un_alignment":
            status, text, cites = _check_alignment(a, alignment)
        else:
            status, text, cites = ("unverifiable",
                                   f"The claim concerns {UNCOVERED[kind]}.", [])
        rows.append(dict(record_id=rec.record_id, quote=rec.quote, kind=kind, status=status,
                         reference=text, citation=" | ".join(dict.fromkeys(cites))))
    frame = pd.DataFrame(rows, columns=["record_id", "quote", "kind", "status", "reference",
                                        "citation"])
    frame["status"] = pd.Categorical(frame["status"], categories=STATUSES, ordered=True)
    return frame.sort_values(["status", "record_id"], ignore_index=True)
