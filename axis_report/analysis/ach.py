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

import pandas as pd

from ..vocab import LEVELS as _LEVEL
from ..vocab import RATING_VALUES as _VALUE
from ..vocab import RATINGS, WEIGHTINGS

__all__ = [
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


def record_weights(records: pd.DataFrame, reliability: dict, *,
                   weighting: str = "parc") -> pd.DataFrame:
    """Return per record: credibility and relevance levels and the ACH weight.

    `records` has record_id, source_id, weight, credibility; `reliability` maps
    source id -> Admiralty grade. `weighting`: parc (credibility x relevance),
    credibility, relevance, or unweighted (every record 1).
    """
    if weighting not in WEIGHTINGS:
        raise ValueError(f"weighting must be one of {', '.join(WEIGHTINGS)}")
    cred = [_credibility_level(g, reliability[s])
            for g, s in zip(records["credibility"], records["source_id"])]
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
    m = matrix.merge(weights[["record_id", "weight"]], on="record_id")
    m["wv"] = m["rating"].astype(str).map(_VALUE) * m["weight"]
    wide = m.pivot(index="record_id", columns="hypothesis", values="wv")[list(base["hypothesis"])]
    totals = base.set_index("hypothesis")["inconsistency"]
    rows = []
    for rid, contrib in wide.iterrows():
        without = base.assign(inconsistency=(totals - contrib).to_numpy())
        without["rank"] = (-without["inconsistency"]).round(9).rank(method="min").astype(int)
        new = _ranking(without)
        rows.append(dict(record_id=rid, drive=float(contrib[first] - contrib[second]),
                         ranking_without=" > ".join(new), changes_ranking=new != ranking))
    out = pd.DataFrame(rows)
    return out.sort_values(["drive", "record_id"], ascending=[False, True], ignore_index=True)


def ach_judgment(scores: pd.DataFrame, sens: pd.DataFrame, hypotheses: pd.DataFrame,
                 non_diag: list) -> str:
    """Return one sentence of judgment derived from the scores and the sensitivity view."""
    titles = dict(zip(hypotheses["hypothesis"], hypotheses["title"]))
    ordered = scores.sort_values(["rank", "hypothesis"])
    lead = ordered.iloc[0]
    rest = "; ".join(f"{r.hypothesis} {titles[r.hypothesis].lower()} {r.inconsistency:.1f}"
                     for r in ordered.iloc[1:].itertuples())
    tie = (ordered["rank"] == 1).sum() > 1
    flips = sens.loc[sens["changes_ranking"], "record_id"].tolist()
    text = (f"The evidence is least inconsistent with {lead.hypothesis} "
            f"({titles[lead.hypothesis].lower()}, weighted inconsistency "
            f"{lead.inconsistency:.1f}; {rest})")
    if tie:
        text += ", but the leading hypotheses tie"
    text += "; " + (f"removing {', '.join(flips)} alone would change the ranking"
                    if flips else "no single record's removal changes the ranking")
    if non_diag:
        text += f"; {len(non_diag)} records are non-diagnostic"
    return text + "."
