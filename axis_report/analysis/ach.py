"""Analysis of Competing Hypotheses (Heuer), scored as the PARC ACH tool scores it.

Each evidence record rates each hypothesis: CC very consistent, C consistent,
N neutral, I inconsistent, II very inconsistent. ACH ranks hypotheses by how much
evidence is *inconsistent* with them, since consistent evidence rarely discriminates:

    weighted inconsistency(H) = sum over records of  value(rating) x credibility x relevance

with value II = -2, I = -1 and CC, C, N = 0; credibility and relevance weights are
Low 1/sqrt(2), Medium 1, High sqrt(2) (PARC ACH 2.0). The hypothesis whose score is
closest to zero is the least inconsistent and ranks first. A record rated the same
under every hypothesis is non-diagnostic: it cannot help choose between them.

Here relevance comes from the record's weight (1 Low, 2 Medium, 3 High) and
credibility from its Admiralty credibility grade (1-2 High, 3 and 6 Medium, 4-5 Low),
one level lower when its source is graded D or E (not usually reliable, unreliable).
"""

import numpy as np
import pandas as pd

from ..prose import are, count
from ..vocab import LEVELS as _LEVEL
from ..vocab import RATING_VALUES as _VALUE
from ..vocab import RATINGS, WEIGHTINGS
from .judgments import sentence_title

__all__ = [
    "ESTIMATIVE_TERMS",
    "ranking",
    "sensitivity_by_group",
    "indicator_status",
    "ach_estimate",
    "ach_matrix",
    "record_weights",
    "score_hypotheses",
    "non_diagnostic",
    "sensitivity",
    "ach_judgment",
]

_DOWN = {"high": "medium", "medium": "low", "low": "low"}


def ach_matrix(records: pd.DataFrame, hypotheses) -> pd.DataFrame:
    """Return the long matrix: one row per record and hypothesis with its rating."""
    rows = [{"record_id": r.record_id, "hypothesis": h, "rating": r.ach[h]}
            for r in records.itertuples() for h in hypotheses]
    frame = pd.DataFrame(rows, columns=["record_id", "hypothesis", "rating"])
    frame["rating"] = pd.Categorical(frame["rating"], categories=RATINGS, ordered=True)
    return frame


def _credibility_level(grade: int, reliability: str) -> str:
    level = "high" if grade in (1, 2) else "low" if grade in (4, 5) else "medium"
    return _DOWN[level] if reliability in ("D", "E") else level


def record_weights(records: pd.DataFrame, reliability: dict | None = None, *,
                   weighting: str = "parc") -> pd.DataFrame:
    """Return per claim: credibility and relevance levels and the ACH weight.

    `records` has record_id, weight, credibility (the claim's derived grade) and either
    best_reliability (the best grade among its sources) or source_id with `reliability`
    mapping source id -> Admiralty grade. `weighting`: parc (credibility x relevance),
    credibility, relevance, or unweighted (every claim 1).
    """
    if weighting not in WEIGHTINGS:
        raise ValueError(f"weighting must be one of {', '.join(WEIGHTINGS)}")
    grades = (records["best_reliability"] if "best_reliability" in records
              else records["source_id"].map(reliability))
    cred = [_credibility_level(g, r) for g, r in zip(records["credibility"], grades)]
    rel = records["weight"].map({1: "low", 2: "medium", 3: "high"})
    out = pd.DataFrame({"record_id": records["record_id"].to_numpy(),
                        "credibility_level": cred, "relevance_level": rel.to_numpy()})
    c = out["credibility_level"].map(_LEVEL)
    r = out["relevance_level"].map(_LEVEL)
    out["weight"] = {"parc": c * r, "credibility": c, "relevance": r,
                     "unweighted": c * 0 + 1.0}[weighting]
    return out


def score_hypotheses(matrix: pd.DataFrame, weights: pd.DataFrame) -> pd.DataFrame:
    """Return one row per hypothesis (matrix order): weighted and unweighted inconsistency,
    the count of I / II ratings, and its rank (1 = least inconsistent)."""
    m = matrix.merge(weights[["record_id", "weight"]], on="record_id")
    m["value"] = m["rating"].astype(str).map(_VALUE)
    order = list(dict.fromkeys(matrix["hypothesis"]))
    scores = (m.assign(weighted=m["value"] * m["weight"])
              .groupby("hypothesis", sort=False)
              .agg(inconsistency=("weighted", "sum"), raw_inconsistency=("value", "sum"),
                   n_inconsistent=("value", lambda v: int((v < 0).sum())))
              .reindex(order).reset_index())
    # Ties share the better rank; a stable order keeps the hypotheses' file order among them.
    scores["rank"] = (-scores["inconsistency"]).round(9).rank(method="min").astype(int)
    return scores


def non_diagnostic(matrix: pd.DataFrame) -> list:
    """Return the ids of records rated the same under every hypothesis."""
    spread = matrix.groupby("record_id")["rating"].nunique()
    return sorted(spread[spread == 1].index)


def _ranking(scores: pd.DataFrame) -> tuple:
    return tuple(scores.sort_values(["rank", "hypothesis"])["hypothesis"])


def _contributions(matrix: pd.DataFrame, weights: pd.DataFrame, hypotheses) -> pd.DataFrame:
    """Each record's weighted value under each hypothesis: one row per record (records
    without a weight left out, as `score_hypotheses` leaves them), `hypotheses` columns."""
    m = matrix.merge(weights[["record_id", "weight"]], on="record_id")
    m["wv"] = m["rating"].astype(str).map(_VALUE) * m["weight"]
    return m.pivot(index="record_id", columns="hypothesis", values="wv")[list(hypotheses)]


def _rankings(totals: np.ndarray, hypotheses: list) -> list:
    """The ranking (as `_ranking` orders it: rank, then hypothesis id) for each row of
    `totals` (one column per hypothesis, in `hypotheses` order)."""
    names = np.argsort(np.argsort(np.array(hypotheses, dtype=object)))
    keys = (-totals).round(9)
    return [tuple(hypotheses[i] for i in np.lexsort((names, row))) for row in keys]


def sensitivity(matrix: pd.DataFrame, weights: pd.DataFrame) -> pd.DataFrame:
    """Return, per record, how much it drives the ranking and whether dropping it changes it.

    `drive` is the record's share of the gap between the first- and second-ranked
    hypotheses (its weighted value under the first minus under the second): positive
    when it pushes the leader ahead. Sorted by `drive`, largest first. Leaving a record
    out subtracts its contributions from every score, so all removals are computed at once.
    """
    base = score_hypotheses(matrix, weights)
    ranking = _ranking(base)
    first, second = ranking[0], ranking[1] if len(ranking) > 1 else ranking[0]
    hyps = list(base["hypothesis"])
    wide = _contributions(matrix, weights, hyps)
    totals = base["inconsistency"].to_numpy(dtype=float)
    news = _rankings(totals - wide.to_numpy(dtype=float), hyps)
    out = pd.DataFrame({
        "record_id": wide.index.to_numpy(),
        "drive": (wide[first] - wide[second]).astype(float).to_numpy(),
        "ranking_without": [" > ".join(new) for new in news],
        "changes_ranking": [new != ranking for new in news]})
    return out.sort_values(["drive", "record_id"], ascending=[False, True], ignore_index=True)


def ach_judgment(scores: pd.DataFrame, sens: pd.DataFrame, hypotheses: pd.DataFrame,
                 non_diag: list) -> str:
    """Return one sentence of judgment derived from the scores and the sensitivity view."""
    titles = dict(zip(hypotheses["hypothesis"], hypotheses["title"]))
    ordered = scores.sort_values(["rank", "hypothesis"])
    lead = ordered.iloc[0]
    rest = "; ".join(f"{r.hypothesis} {sentence_title(titles[r.hypothesis])} {r.inconsistency:.1f}"
                     for r in ordered.iloc[1:].itertuples())
    tie = (ordered["rank"] == 1).sum() > 1
    flips = sens.loc[sens["changes_ranking"], "record_id"].tolist()
    text = (f"The evidence is least inconsistent with {lead.hypothesis} "
            f"({sentence_title(titles[lead.hypothesis])}, weighted inconsistency "
            f"{lead.inconsistency:.1f}; {rest})")
    if tie:
        text += ", but the leading hypotheses tie"
    text += "; " + (f"removing {', '.join(flips)} alone would change the ranking"
                    if flips else "no single record's removal changes the ranking")
    if non_diag:
        text += f"; {count(len(non_diag), 'record')} {are(len(non_diag))} non-diagnostic"
    return text + "."


def ranking(scores: pd.DataFrame) -> tuple:
    """Return the hypotheses in rank order (ties in file order)."""
    return _ranking(scores)


def sensitivity_by_group(matrix: pd.DataFrame, weights: pd.DataFrame, groups: dict) -> pd.DataFrame:
    """Return, for each named set of claims, the ranking when the ACH is scored on that set
    alone: one row per group with label, n_claims, ranking, leader, and whether the leader
    is the same as with every claim (None when no claim is left to score).

    `groups` maps a label ("without S003", "concrete acts only") to the claim ids kept.
    Each record's contributions are computed once and each group sums its own: a group
    costs a lookup of its ids, not a new scoring of the matrix (there is a group per
    source, so rescoring made the report quadratic in the evidence)."""
    scores = score_hypotheses(matrix, weights)
    base = ranking(scores)
    hyps = list(scores["hypothesis"])
    wide = _contributions(matrix, weights, hyps)
    values = wide.to_numpy(dtype=float)
    at = {rid: i for i, rid in enumerate(wide.index)}
    total = values.sum(axis=0)
    rated = set(matrix["record_id"])
    rows = []
    for label, ids in groups.items():
        kept = rated.intersection(ids)
        if not kept:
            rows.append(dict(label=label, n_claims=0, ranking="(no claims left)", leader="",
                             same_leader=None))
            continue
        # Most groups leave a few claims out: subtract those from the total.
        if 2 * len(kept) > len(rated):
            left_out = [at[r] for r in rated - kept if r in at]
            sums = total - values[left_out].sum(axis=0)
        else:
            sums = values[[at[r] for r in kept if r in at]].sum(axis=0)
        order = _rankings(sums[None, :], hyps)[0]
        rows.append(dict(label=label, n_claims=len(kept), ranking=" > ".join(order),
                         leader=order[0], same_leader=order[0] == base[0]))
    return pd.DataFrame(rows, columns=["label", "n_claims", "ranking", "leader",
                                       "same_leader"])


def indicator_status(indicators: pd.DataFrame, evidence: pd.DataFrame) -> pd.DataFrame:
    """Return each indicator with the claims in scope that observe it (`claims`, ids) and
    its status: 'observed', or 'not observed in the coded sources' (a gap, not a finding
    that it did not happen).

    A claim observes an indicator when it matches every key of `look_for`: scope, dyads
    (any one of them), hub, domain, stance, min_weight."""
    rows = []
    dyad = evidence["dyad"].astype(str)
    for ind in indicators.itertuples():
        look = ind.look_for or {}
        mask = pd.Series(True, index=evidence.index)
        for key in ("scope", "hub", "domain", "stance"):
            if key in look:
                mask &= evidence[key].astype(str) == str(look[key])
        if "dyads" in look:
            mask &= dyad.isin(look["dyads"])
        if "min_weight" in look:
            mask &= evidence["weight"] >= look["min_weight"]
        ids = sorted(evidence.loc[mask, "record_id"].unique())
        rows.append(dict(hypothesis=ind.hypothesis, indicator=ind.indicator, text=ind.text,
                         claims=tuple(ids),
                         status="observed" if ids else "not observed in the coded sources"))
    return pd.DataFrame(rows, columns=["hypothesis", "indicator", "text", "claims", "status"])


UNLIKELY_GAP = 10.0
# ICD 203's likelihood terms, from least to most likely.
ESTIMATIVE_TERMS = ("almost no chance", "very unlikely", "unlikely", "roughly even chance",
                    "likely", "very likely", "almost certain")


def ach_estimate(scores: pd.DataFrame, by_group: pd.DataFrame, hypotheses: pd.DataFrame) -> dict:
    """Return the ACH's estimate: which reading leads, in which estimative term, and why.

    ACH scores are not probabilities, so the term is capped by how robust the lead is:
    'likely' when the leader keeps first place with every single source and every class
    of evidence left out and leads the runner-up by at least a quarter of the runner-up's
    inconsistency; 'roughly even chance' between the first two otherwise. A hypothesis
    whose inconsistency is at least twice the leader's and at least `UNLIKELY_GAP` (10)
    weighted points worse (several strongly inconsistent claims) is called 'unlikely'; the
    runner-up of a roughly even chance never is. Returns leader, runner_up, term, unlikely
    (ids), robust
    (bool), and the reasons in words: `flips` labels the sets of claims on which another
    reading leads, `scored` says the same after "when scored" ("without S003", "on analyst
    opinion only")."""
    titles = dict(zip(hypotheses["hypothesis"], hypotheses["title"]))
    ordered = scores.sort_values(["rank", "hypothesis"])
    lead, second = ordered.iloc[0], ordered.iloc[1] if len(ordered) > 1 else ordered.iloc[0]
    tested = by_group[by_group["n_claims"] > 0]
    robust = bool(len(tested)) and bool(tested["same_leader"].all())
    gap = second.inconsistency - lead.inconsistency  # both <= 0; gap <= 0 means behind
    margin = -gap >= 0.25 * abs(second.inconsistency) if second.inconsistency else False
    term = "likely" if robust and margin and lead.hypothesis != second.hypothesis else (
        "roughly even chance")
    worst = [r.hypothesis for r in ordered.iloc[1:].itertuples()
             if r.hypothesis != (second.hypothesis if term != "likely" else None)
             and r.inconsistency <= 2 * lead.inconsistency
             and r.inconsistency <= lead.inconsistency - UNLIKELY_GAP]
    flips = tested.loc[~tested["same_leader"].astype(bool), "label"].tolist()
    return dict(leader=lead.hypothesis, leader_title=titles[lead.hypothesis],
                runner_up=second.hypothesis, runner_up_title=titles[second.hypothesis],
                term=term, unlikely=worst, unlikely_titles=[titles[h] for h in worst],
                robust=robust, margin=bool(margin), flips=flips,
                scored=[f if f.startswith("without") else f"on {f}" for f in flips],
                untestable=by_group.loc[by_group["n_claims"] == 0, "label"].tolist())
