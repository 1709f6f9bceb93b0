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

import math
from pathlib import Path

import pandas as pd

from ._checks import FieldChecker
from .errors import InputError, Problem
from .inputs import read_yaml_entries

__all__ = [
    "RATINGS",
    "RATING_LABELS",
    "WEIGHTINGS",
    "load_hypotheses",
    "check_ratings",
    "ach_matrix",
    "record_weights",
    "score_hypotheses",
    "non_diagnostic",
    "sensitivity",
    "ach_judgment",
]

RATINGS = ("CC", "C", "N", "I", "II")
RATING_LABELS = {"CC": "very consistent", "C": "consistent", "N": "neutral",
                 "I": "inconsistent", "II": "very inconsistent"}
_VALUE = {"CC": 0, "C": 0, "N": 0, "I": -1, "II": -2}
_LEVEL = {"low": 1 / math.sqrt(2), "medium": 1.0, "high": math.sqrt(2)}
_DOWN = {"high": "medium", "medium": "low", "low": "low"}
WEIGHTINGS = ("parc", "credibility", "relevance", "unweighted")


def load_hypotheses(path: Path) -> pd.DataFrame:
    """Return the hypotheses (hypothesis, title, description) in file order."""
    name = str(path)
    rows, problems, seen = [], [], set()
    for entry in read_yaml_entries(path):
        hid = entry.values.get("id")
        check = FieldChecker(name, entry, str(hid) if hid is not None else None)
        check.unknown_fields(("id", "title", "description"))
        hid = check.identifier("id", seen, "hypothesis")
        row = dict(hypothesis=hid, title=check.string("title"),
                   description=check.string("description"))
        problems += check.problems
        if not check.problems:
            rows.append(row)
    if problems:
        raise InputError(problems)
    if not rows:
        raise InputError([Problem(name, "no hypotheses listed")])
    return pd.DataFrame(rows)


def check_ratings(records: list, hypothesis_ids, file: str) -> list:
    """Return a Problem for each record whose `ach` ratings are missing, unknown or
    incomplete against `hypothesis_ids`."""
    problems = []
    ids = list(hypothesis_ids)
    for rec in records:
        ach = rec.get("ach")
        where = dict(record=rec["record_id"], field="ach", line=rec["line"])
        if not isinstance(ach, dict):
            problems.append(Problem(file, f"missing: rate every hypothesis ({', '.join(ids)}) "
                                          f"as one of {', '.join(RATINGS)}", **where))
            continue
        unknown = [h for h in ach if h not in ids]
        missing = [h for h in ids if h not in ach]
        bad = {h: r for h, r in ach.items() if h in ids and r not in RATINGS}
        if unknown:
            problems.append(Problem(file, f"unknown hypothesis {', '.join(map(str, unknown))} "
                                          f"(known: {', '.join(ids)})", **where))
        if missing:
            problems.append(Problem(file, f"no rating for {', '.join(missing)}", **where))
        for h, r in bad.items():
            problems.append(Problem(file, f"{h}: {r!r} is not one of {', '.join(RATINGS)}",
                                    **where))
    return problems


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
