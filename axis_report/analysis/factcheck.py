"""Checking coded claims against the reference data.

A record may carry `asserts`: a machine-checkable reading of its claim. Its status
is computed here from the treaties table, ATOP and the UN votes, never typed in:

- consistent: the reference data bear the claim out;
- contradicted: the reference data show the opposite;
- unverifiable: the claim is of a kind no reference dataset in the project covers,
  the data do not reach it, the coding it turns on is unknown (an unpublished treaty
  text), or (for UN voting alignment) the data do not single the group out.
"""

from dataclasses import dataclass

import pandas as pd

from .. import vocab
from ..inputs.reference import CITATIONS
from ..prose import count, ordinal
from ..vocab import STATUSES, UNCOVERED
from .alignment import DISTRIBUTION_QUANTILES, measure_column, quantile_column
from .treaties import obligations_in_force

__all__ = ["check_claims", "alignment_verdict", "alignment_countries", "GroupAlignment"]


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
    years = frame.loc[(frame["dyad"] == dyad) & frame["defence"].fillna(False).astype(bool),
                      "year"]
    if not len(years):
        return ""
    span = f"{years.min()}-{years.max()}"
    every = "every year" if len(years) == years.max() - years.min() + 1 else "years in"
    return f"; {name} codes a defence obligation for {dyad} in {every} {span}"


def _defence(live: pd.DataFrame) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Split the agreements in force into those coding a defence obligation and those
    whose defence obligation is unknown (a False obligation is in neither)."""
    defence = live["defence"].astype("boolean")
    return live[defence.fillna(False).astype(bool)], live[defence.isna().to_numpy()]


def _check_defence(a: dict, date: str, treaties, atop, cow=None):
    """Check a defence_pact assertion as of `date`. A defence obligation coded unknown
    neither confirms nor contradicts: a claimed dyad that has only such an agreement, or
    an `exclusive` claim facing one elsewhere, is at most unverifiable."""
    live = obligations_in_force(treaties, date)
    pacts, unknown = _defence(live)
    have = set(pacts["dyad"])
    claimed = set(a["dyads"])
    undecided_rows = unknown[~unknown["dyad"].isin(have)]
    cites = [CITATIONS["atop"]]
    contradictions, doubts = [], []

    missing = sorted(claimed - have)
    absent = [d for d in missing if d not in set(undecided_rows["dyad"])]
    undecided = [d for d in missing if d not in absent]
    if absent:
        contradictions.append(f"No defence obligation in force on {date} for "
                              f"{', '.join(absent)} in the treaties table.")
    if undecided:
        rows = undecided_rows[undecided_rows["dyad"].isin(undecided)]
        doubts.append(f"For {', '.join(undecided)} the agreements in force on {date} "
                      f"({_treaty_list(rows)}) have a defence obligation coded unknown (their "
                      "text is not public): they neither confirm nor contradict one.")
        cites += list(rows["citation"].drop_duplicates())
    held = _treaty_list(pacts[pacts["dyad"].isin(claimed)])
    if a.get("exclusive"):
        others = pacts[~pacts["dyad"].isin(claimed)]
        if not others.empty:
            extra = []
            for dyad, rows in others.groupby("dyad"):
                notes = _years_note(atop, dyad, "ATOP v5.1") + _years_note(cow, dyad,
                                                                            "COW v4.1")
                extra.append(f"{dyad}: {_treaty_list(rows)}{notes}")
            cites += list(others["citation"].drop_duplicates())
            if cow is not None:
                cites.append(CITATIONS["cow"])
            lead = (f"Besides {', '.join(sorted(claimed))} ({held}), a defence obligation is "
                    if held else "A defence obligation is ")
            contradictions.append(lead + f"also in force on {date} for " + "; ".join(extra)
                                  + ".")
        elsewhere = undecided_rows[~undecided_rows["dyad"].isin(claimed)]
        if not elsewhere.empty:
            doubts.append(
                "The claim says no other pair has one, but the defence obligation of "
                + "; ".join(f"{dyad}: {_treaty_list(rows)}"
                            for dyad, rows in elsewhere.groupby("dyad"))
                + " is coded unknown (the text is not public), so the data cannot confirm "
                  "that no other pair has one.")
            cites += list(elsewhere["citation"].drop_duplicates())
    if contradictions:
        return "contradicted", " ".join(contradictions + doubts), cites
    if doubts:
        known = (f"A defence obligation is in force on {date} for "
                 f"{', '.join(sorted(claimed & have))}: {held}. " if held else "")
        return "unverifiable", known + " ".join(doubts), cites
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


@dataclass
class GroupAlignment:
    """How a group of countries voted in the UN General Assembly in one session year,
    under one agreement measure, set against all pairs of UN members that year."""

    year: int
    measure: str
    within: list            # (pair, agreement) for every pair among the group (nan: no votes)
    against: dict           # versus country -> [(pair, agreement) for each group member]
    mean_within: float      # mean agreement over the group's pairs with votes (nan: none)
    mean_against: dict      # versus country -> the group's mean agreement with it
    quantiles: dict         # q -> the q-th percentile of all pairs' agreement that year
    n_pairs: int            # pairs of UN members with common votes that year
    status: str             # consistent, contradicted or unverifiable (the rule below)
    reason: str             # one sentence saying why

    @property
    def lowest(self):
        """The group's least-agreeing pair (pair, agreement), or None without votes."""
        known = [t for t in self.within if t[1] == t[1]]
        return min(known, key=lambda t: t[1]) if known else None


def _band(value: float, quantiles: dict) -> str:
    """Say where `value` lies among the kept percentiles of all pairs."""
    qs = sorted(quantiles)
    if value < quantiles[qs[0]]:
        return f"below the {ordinal(qs[0])} percentile"
    if value >= quantiles[qs[-1]]:
        return f"at or above the {ordinal(qs[-1])} percentile"
    lo = max(q for q in qs if value >= quantiles[q])
    hi = min(q for q in qs if q > lo)
    return f"between the {ordinal(lo)} and {ordinal(hi)} percentiles"


def alignment_verdict(alignment: pd.DataFrame, countries, versus, year: int, *,
                      measure: str = "standard") -> GroupAlignment:
    """Return the group's alignment in `year` and the un_alignment rule's status:

    - consistent: the group's mean within-group agreement is at or above the 90th
      percentile of all pairs of UN members that year (distinctive) and above the
      group's mean agreement with each `versus` country;
    - contradicted: it is below the median of all pairs, or not above the group's mean
      agreement with some `versus` country;
    - unverifiable: otherwise (between the median and the 90th percentile: the group
      votes together more than most pairs, but not distinctively), or when the data
      lack the group's pairs, a `versus` country or the all-pairs percentiles.

    `alignment` is `model.unvotes.load_alignment`'s frame: ISO3 codes in country_a <
    country_b, the measure's column and, per year, the all-pairs percentiles.
    """
    col = measure_column(measure)
    cur = alignment[alignment["year"] == year]
    values = {(a, b): float(v) for a, b, v in zip(cur["country_a"], cur["country_b"],
                                                  cur[col])}

    def agreement(x, y):
        return values.get(tuple(sorted((x, y))), float("nan"))

    def mean(pairs):
        known = [v for _, v in pairs if v == v]
        return sum(known) / len(known) if known else float("nan")

    countries, versus = list(countries), list(versus)
    within = [(vocab.dyad_code(x, y), agreement(x, y))
              for i, x in enumerate(countries) for y in countries[i + 1:]]
    against = {w: [(f"{x}-{w}", agreement(x, w)) for x in countries] for w in versus}
    mean_within = mean(within)
    mean_against = {w: mean(pairs) for w, pairs in against.items()}
    names = {q: quantile_column(measure, q) for q in DISTRIBUTION_QUANTILES}
    quantiles = ({q: float(cur[c].iloc[0]) for q, c in names.items()}
                 if len(cur) and all(c in cur for c in names.values()) else {})
    n_pairs = int(cur["n_pairs"].iloc[0]) if len(cur) and "n_pairs" in cur else 0
    status, reason = _alignment_rule(mean_within, mean_against, quantiles)
    return GroupAlignment(year, measure, within, against, mean_within, mean_against,
                          quantiles, n_pairs, status, reason)


def _alignment_rule(mean_within: float, mean_against: dict, quantiles: dict):
    if mean_within != mean_within:
        return "unverifiable", "No pair of the group voted together that year."
    if not quantiles or any(v != v for v in quantiles.values()):
        return "unverifiable", "The data lack the distribution of all pairs for that year."
    p50, p90 = quantiles[50], quantiles[90]
    level = f"the {ordinal(90)} percentile" if mean_within >= p90 else "the median"
    not_apart = [w for w, v in mean_against.items() if v == v and v >= mean_within]
    unknown = [w for w, v in mean_against.items() if v != v]
    if mean_within < p50:
        return ("contradicted", "Their mean agreement is below the median of all pairs: "
                                "they vote together less often than most pairs of UN members.")
    if not_apart:
        return ("contradicted", f"They agree with {', '.join(not_apart)} at least as much as "
                                "among themselves.")
    if unknown:
        return ("unverifiable", f"{', '.join(unknown)} cast no vote in common with them that "
                                "year, so the claim's contrast cannot be tested.")
    if mean_within >= p90:
        return ("consistent", f"Their mean agreement is at or above {level} of all pairs and "
                              "above their agreement with each of the others: a distinctive "
                              "voting bloc.")
    return ("unverifiable", "Their mean agreement is above the median but below the 90th "
                            "percentile of all pairs: they vote together more than most pairs "
                            "of UN members do, but not distinctively, so the votes do not "
                            "single them out as a bloc.")


def _check_alignment(a: dict, date: str, alignment: pd.DataFrame, measure: str):
    if alignment is None or alignment.empty:
        return "unverifiable", "No UN voting data loaded.", []
    year = int(alignment["year"].max())
    g = alignment_verdict(alignment, list(a["countries"]), list(a["versus"]), year,
                          measure=measure)
    label = vocab.UN_MEASURE_LABELS[measure]
    lag = int(date[:4]) - year if date else 0
    when = (f"The UN votes describe {year} (session {year - 1945}, the last in the data); "
            f"the claim is dated {date}, "
            f"{count(lag, 'year')} later: the votes cannot say whether it "
            "holds on that date. " if lag > 0 else
            f"The UN votes describe {year} (session {year - 1945}, the last in the data). ")
    if g.mean_within != g.mean_within:
        return "unverifiable", when + g.reason, [CITATIONS["unga"]]
    lo = g.lowest
    n_known = sum(v == v for _, v in g.within)
    pairs_note = ("" if n_known == len(g.within)
                  else f" over the {n_known} of its {len(g.within)} pairs that voted together")
    text = (f"In {year} the mean {label} among {', '.join(a['countries'])} was "
            f"{g.mean_within:.0%}{pairs_note}; lowest pair {lo[0]} at {lo[1]:.0%}.")
    if g.quantiles:
        text += (f" Among all {g.n_pairs:,} pairs of UN members that year the median was "
                 f"{g.quantiles[50]:.0%} and the 90th percentile {g.quantiles[90]:.0%}: "
                 f"the group's mean is {_band(g.mean_within, g.quantiles)}.")
    against = ", ".join(f"{v:.0%} with {w}" if v == v else f"none with {w} (no common votes)"
                        for w, v in g.mean_against.items())
    text += f" Their mean {label} was {against}. {g.reason}"
    return g.status, when + text, [CITATIONS["unga"]]


def check_claims(records: pd.DataFrame, *, source_dates: dict, treaties: pd.DataFrame,
                 atop: pd.DataFrame, alignment: pd.DataFrame | None,
                 cow: pd.DataFrame | None = None, un_measure: str = "standard") -> pd.DataFrame:
    """Return one row per record that asserts something: record_id, quote, kind, status,
    reference (what the data say) and citation.

    `records` has one row per record with an `asserts` dict (or None); claims are
    checked as of their source's date (`source_dates`: source id -> ISO date).
    `un_alignment` claims are judged under `un_measure` (one of vocab.UN_MEASURES).
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
            status, text, cites = _check_alignment(a, date, alignment, un_measure)
        else:
            status, text, cites = ("unverifiable",
                                   f"The claim concerns {UNCOVERED[kind]}.", [])
        rows.append(dict(record_id=rec.record_id, quote=rec.quote, kind=kind, status=status,
                         reference=text, citation=" | ".join(dict.fromkeys(cites))))
    frame = pd.DataFrame(rows, columns=["record_id", "quote", "kind", "status", "reference",
                                        "citation"])
    frame["status"] = pd.Categorical(frame["status"], categories=STATUSES, ordered=True)
    return frame.sort_values(["status", "record_id"], ignore_index=True)
