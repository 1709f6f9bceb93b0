"""Confidence in a judgment, and whether a balance of claims has a direction at all.

ICD 203 asks every judgment for a confidence level and its basis. Here the level is
derived, by the rules below (also in docs/codebook.md), from the claims a judgment rests on:

1. Count the independent sources behind those claims (sources that derive from another,
   `derived_from`, count with it) and how many of them are graded A or B.
2. High: three or more independent sources, two or more of them graded A or B.
   Moderate: two or more independent sources, one or more graded A or B.
   Low: anything less - in particular, a judgment resting on one source, or on sources
   graded C or below only.
3. If the independent sources point in opposite directions (one's claims net to
   cooperation, another's to limitation), the level drops one step (never below low).

A balance of claims (summed weight of cooperation against limitation, each claim counted
once) names a direction only when the net is at least `NEAR_TIE_MIN` and at least
`NEAR_TIE_SHARE` of the total weight, or when one side has no claims at all; otherwise it is a
near-tie and the sources are divided.
"""

from dataclasses import dataclass

import pandas as pd

from ..prose import count, join, number
from .corroboration import RELIABILITY_ORDER, independence_roots

__all__ = ["CONFIDENCE_LEVELS", "NEAR_TIE_MIN", "NEAR_TIE_SHARE", "Confidence", "direction",
           "assess_confidence"]

CONFIDENCE_LEVELS = ("low", "moderate", "high")
NEAR_TIE_MIN = 2
NEAR_TIE_SHARE = 0.25


def direction(w_cooperation: float, w_limitation: float) -> str:
    """Return 'cooperation', 'limitation', 'divided' (a near-tie) or 'none' (no claims)."""
    total = w_cooperation + w_limitation
    if total == 0:
        return "none"
    if w_cooperation == 0 or w_limitation == 0:  # nothing on one side: no tie to call
        return "cooperation" if w_cooperation else "limitation"
    net = w_cooperation - w_limitation
    if abs(net) < max(NEAR_TIE_MIN, NEAR_TIE_SHARE * total):
        return "divided"
    return "cooperation" if net > 0 else "limitation"


@dataclass(frozen=True)
class Confidence:
    """A confidence level and the facts it was derived from."""

    level: str                 # low, moderate, high
    n_independent: int
    sources: tuple             # (root source id, best grade) per independent source
    disagree: bool
    n_claims: int
    n_corroborated: int

    @property
    def basis(self) -> str:
        """The basis in words: what the level rests on ('two independent sources, S001
        graded B and S006 graded C; one of the three claims corroborated'). Up to six
        sources are named with their grades; more are counted by grade."""
        if self.n_independent == 0:
            return "no coded source"
        by_grade = {}
        for s, g in self.sources:
            by_grade.setdefault(g, []).append(s)
        grades = sorted(by_grade)
        if self.n_independent <= 6:
            graded = join([f"{join(by_grade[g])} graded {g}" for g in grades])
        else:
            graded = join([f"{number(len(by_grade[g]))} graded {g}" for g in grades])
        text = f"{count(self.n_independent, 'independent source')}, {graded}"
        if self.n_claims == 1:
            text += ("; the claim is corroborated by a second independent source"
                     if self.n_corroborated else "; the claim is not corroborated")
        elif self.n_claims == 2:
            done = {0: "neither claim", 1: "one of the two claims", 2: "both claims"}[
                self.n_corroborated]
            text += f"; {done} corroborated by a second independent source"
        elif self.n_claims:
            done = "none" if self.n_corroborated == 0 else number(self.n_corroborated)
            text += (f"; {done} of the {count(self.n_claims, 'claim')} corroborated by a "
                     "second independent source")
        if self.disagree:
            text += "; the sources point in opposite directions"
        return text


def assess_confidence(record_ids, *, claims: pd.DataFrame, quotes: pd.DataFrame,
                      sources: pd.DataFrame, corroboration: pd.DataFrame) -> Confidence:
    """Return the Confidence of a judgment resting on `record_ids`.

    `claims` has record_id (the claim id), stance, weight; `quotes` record_id, source_id; `sources`
    source_id, reliability, derived_from; `corroboration` comes from
    `corroboration.corroborate_claims`."""
    ids = set(record_ids)
    roots = independence_roots(sources)
    grade = dict(zip(sources["source_id"], sources["reliability"]))
    q = quotes[quotes["record_id"].isin(ids)]
    pairs = [(cid, roots.get(sid, sid), sid) for cid, sid in zip(q["record_id"], q["source_id"])]
    best = {}
    for _, root, sid in pairs:
        g = grade.get(sid, "F")
        best[root] = min(best.get(root, "F"), g, key=RELIABILITY_ORDER.index)
    n = len(best)
    n_ab = sum(g in "AB" for g in best.values())
    level = 2 if n >= 3 and n_ab >= 2 else 1 if n >= 2 and n_ab >= 1 else 0
    # Each claim's signed weight, looked up once per (claim, independent source): a row
    # lookup in the frame per pair made a judgment over 5,000 claims take a second.
    signed = {cid: (1 if stance == "cooperation" else -1) * int(weight)
              for cid, stance, weight in zip(claims["record_id"], claims["stance"],
                                             claims["weight"])}
    nets = {}
    for cid, root in {(cid, root) for cid, root, _ in pairs}:
        nets[root] = nets.get(root, 0) + signed[cid]
    disagree = any(v > 0 for v in nets.values()) and any(v < 0 for v in nets.values())
    if disagree:
        level = max(0, level - 1)
    corr = corroboration[corroboration["record_id"].isin(ids)]
    return Confidence(CONFIDENCE_LEVELS[level], n, tuple(sorted(best.items())), disagree,
                      len(corr), int((corr["credibility"] == 1).sum()))
