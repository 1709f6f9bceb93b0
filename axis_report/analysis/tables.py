"""Tabulating the evidence: pure functions, long-form frames in and out.

A dyad or cell with no records gets missing values (NaN), never 0: "no
evidence" is a gap in the source base, while a net balance of 0 is a finding
(cooperation and limitation claims of equal weight).
"""

import numpy as np
import pandas as pd

from .. import vocab
from .confidence import direction

__all__ = [
    "claim_dates",
    "select_evidence",
    "tabulate_dyad_domain",
    "tabulate_dyads",
    "summarize_countries",
    "tabulate_analysts",
    "find_gaps",
    "balance_label",
    "timeline_events",
]


def select_evidence(evidence_long: pd.DataFrame, *, countries, domains, min_weight: int = 1,
                    record_ids=None, group=vocab.DEFAULT_GROUP) -> pd.DataFrame:
    """Return the rows in scope: claims in the given domains with weight >= min_weight
    (and, with `record_ids`, only those claims), on dyads among `countries`.

    A hub claim keeps its rows on the hub's pairs that are in scope. A claim about the
    group as a whole is kept when the report covers three or more countries: it bears on
    all of them as members, and is shown apart from the pairs, never charged to one. A
    report on one pair leaves group claims out.
    """
    keep_dyads = set(vocab.dyads_among(countries))
    dyad = evidence_long["dyad"].astype(str)
    mask = dyad.isin(keep_dyads).to_numpy().copy()
    if len(set(countries)) >= 3:
        mask |= (dyad == vocab.GROUP).to_numpy()
    mask &= evidence_long["domain"].isin(list(domains)).to_numpy()
    mask &= (evidence_long["weight"] >= min_weight).to_numpy()
    if record_ids is not None:
        mask &= evidence_long["record_id"].isin(list(record_ids)).to_numpy()
    return evidence_long.loc[mask].reset_index(drop=True)


def _stance_sums(frame: pd.DataFrame, by: list[str]) -> pd.DataFrame:
    """Counts and weights by stance, with the net balance, grouped by `by`."""
    g = frame.assign(
        n_cooperation=(frame["stance"] == "cooperation").astype(int),
        n_limitation=(frame["stance"] == "limitation").astype(int),
        w_cooperation=frame["weight"].where(frame["stance"] == "cooperation", 0),
        w_limitation=frame["weight"].where(frame["stance"] == "limitation", 0),
    ).groupby(by, observed=True)[["n_cooperation", "n_limitation", "w_cooperation",
                                   "w_limitation", "signed_weight"]].sum()
    return g.rename(columns={"signed_weight": "net_balance"})


def tabulate_dyad_domain(evidence_long: pd.DataFrame, *, dyads, domains) -> pd.DataFrame:
    """Return one row per dyad x domain: counts and weights by stance and the net balance.

    Every requested cell appears, in the given order; cells without records have
    `n_records` 0 and NaN counts and balance (no evidence, not zero cooperation).
    """
    full = pd.MultiIndex.from_product([list(dyads), list(domains)], names=["dyad", "domain"])
    frame = evidence_long.assign(dyad=evidence_long["dyad"].astype(str),
                                 domain=evidence_long["domain"].astype(str))
    sums = _stance_sums(frame, ["dyad", "domain"]).reindex(full)
    sums.insert(0, "n_records", sums["n_cooperation"].fillna(0) + sums["n_limitation"].fillna(0))
    sums["n_records"] = sums["n_records"].astype(int)
    sums = sums.astype({c: "float64" for c in sums.columns if c != "n_records"})
    return sums.reset_index()


def balance_label(w_cooperation: float, w_limitation: float, n_records: int) -> str:
    """Return the verdict on a dyad's claims: 'no evidence', 'net cooperation', 'net
    limitation', or 'divided' when the balance is a near-tie (see
    `confidence.direction`: the threshold is documented in the codebook)."""
    if n_records == 0 or pd.isna(w_cooperation):
        return "no evidence"
    d = direction(w_cooperation, w_limitation)
    return {"cooperation": "net cooperation", "limitation": "net limitation"}.get(d, "divided")


def tabulate_dyads(evidence_long: pd.DataFrame, *, dyads) -> pd.DataFrame:
    """Return one row per dyad (in the given order) with counts of claims and their summed
    weights by stance, the net balance, the verdict and, when the frame says which
    independent sources support each claim (`roots`), how many independent sources the
    dyad's claims rest on (`n_sources`)."""
    frame = evidence_long.assign(dyad=evidence_long["dyad"].astype(str))
    sums = _stance_sums(frame, ["dyad"]).reindex(list(dyads))
    sums.index.name = "dyad"
    sums.insert(0, "n_records", (sums["n_cooperation"].fillna(0)
                                 + sums["n_limitation"].fillna(0)).astype(int))
    sums = sums.astype({c: "float64" for c in sums.columns if c != "n_records"})
    sums["verdict"] = [balance_label(c, lim, n) for c, lim, n in
                       zip(sums["w_cooperation"], sums["w_limitation"], sums["n_records"])]
    if "roots" in frame:
        roots = frame.groupby("dyad")["roots"].agg(
            lambda r: len({x for s in r for x in str(s).split()}))
        sums["n_sources"] = [int(roots.get(d, 0)) for d in sums.index]
    return sums.reset_index()


def summarize_countries(evidence_long: pd.DataFrame, *, countries) -> pd.DataFrame:
    """Return one row per country: the claims on its pairs in scope (counted once each,
    however many of its pairs a claim bears on), by stance, with the net balance, and how
    many of its pairs have any evidence. Claims about the group as a whole are not charged
    to any member: `n_group` counts them once, the same for every country.
    """
    rows = []
    dyads_in_scope = vocab.dyads_among(countries)
    dyad = evidence_long["dyad"].astype(str)
    n_group = evidence_long.loc[dyad == vocab.GROUP, "record_id"].nunique()
    for c in countries:
        own = [d for d in dyads_in_scope if c in vocab.split_dyad(d)]
        mine = evidence_long[dyad.isin(own)]
        claims = mine.drop_duplicates("record_id")
        covered = sorted(mine["dyad"].astype(str).unique())
        rows.append(dict(
            country=c,
            name=vocab.country_name(c),
            n_records=len(claims),
            n_cooperation=int((claims["stance"] == "cooperation").sum()),
            n_limitation=int((claims["stance"] == "limitation").sum()),
            net_balance_dyads=float(claims["signed_weight"].sum()) if len(claims) else np.nan,
            n_group=int(n_group),
            dyads_with_evidence=len(covered),
            dyads_total=len(own),
            dyads_without_evidence=" ".join(d for d in own if d not in covered),
        ))
    return pd.DataFrame(rows)


def tabulate_analysts(evidence_long: pd.DataFrame, quotes: pd.DataFrame | None = None
                      ) -> pd.DataFrame:
    """Return who said what: one row per quote attributed to a named person (every quote of
    each claim in scope when `quotes` is given, else each claim's first quote), with the
    claim's stance, domain and dyads, by person then claim."""
    cols = ["analyst", "affiliation", "record_id", "stance", "domain", "dyads", "quote",
            "source_id"]
    claims = (evidence_long.groupby("record_id", sort=True)
              .agg(stance=("stance", "first"), domain=("domain", "first"),
                   dyads=("dyad", lambda s: ", ".join(str(d) for d in s)))
              .reset_index())
    if quotes is None:
        quotes = evidence_long.drop_duplicates("record_id")
    named = quotes[(quotes["attribution"] == "named")
                   & quotes["record_id"].isin(set(claims["record_id"]))]
    out = named[["analyst", "affiliation", "record_id", "quote", "source_id"]].merge(
        claims, on="record_id")
    out["stance"] = out["stance"].astype(str)
    out["domain"] = out["domain"].astype(str)
    return out[cols].sort_values(["analyst", "record_id"], ignore_index=True)


def find_gaps(dyad_domain: pd.DataFrame) -> pd.DataFrame:
    """Return the dyad x domain cells with no evidence, and whether the whole dyad lacks any."""
    empty_dyads = set(dyad_domain.groupby("dyad", sort=False)["n_records"].sum()
                      .loc[lambda s: s == 0].index)
    gaps = dyad_domain.loc[dyad_domain["n_records"] == 0, ["dyad", "domain"]].copy()
    gaps["whole_dyad"] = gaps["dyad"].isin(empty_dyads)
    return gaps.reset_index(drop=True)


def timeline_events(evidence_long: pd.DataFrame, treaties: pd.DataFrame | None, *,
                    dyads, until: str | None = None) -> pd.DataFrame:
    """Return dated events for the timeline, one row per event and dyad: evidence records
    with an event date, and each agreement's signature, entry into force and end.

    Columns: date (ISO, possibly partial), dyad, kind (evidence, signed, in force,
    ended), label, ref (record or treaty id), what (the record's quote or the treaty's
    name). Only `dyads` are kept; with `until`, later events are dropped.
    """
    rows = []
    dated = evidence_long[evidence_long["event_date"].notna()
                          & evidence_long["dyad"].astype(str).isin(list(dyads))]
    for r in dated.itertuples():
        rows.append(dict(date=r.event_date, dyad=str(r.dyad), kind="evidence",
                         label=f"{r.record_id} {r.event_date}", ref=r.record_id,
                         what=r.quote))
    if treaties is not None:
        for t in treaties.itertuples():
            for dyad in t.dyads.split():
                if dyad not in dyads:
                    continue
                for kind, when in (("signed", t.signed), ("in force", t.in_force),
                                   ("ended", t.ended)):
                    if isinstance(when, str) and when and not (kind == "in force"
                                                               and when == t.signed):
                        rows.append(dict(date=when, dyad=dyad, kind=kind,
                                         label=f"{t.treaty_id} {when[:4]}", ref=t.treaty_id,
                                         what=t.name))
    frame = pd.DataFrame(rows, columns=["date", "dyad", "kind", "label", "ref", "what"])
    if until:
        frame = frame[frame["date"] <= until]
    return frame.sort_values(["date", "dyad", "kind"], ignore_index=True)


def claim_dates(quotes: pd.DataFrame, sources: pd.DataFrame) -> dict:
    """Record id -> the date (YYYY-MM-DD text) of the newest source quoted for it: how old
    each claim's evidence is, for judgments that date old evidence."""
    source_date = dict(zip(sources["source_id"], sources["date"].astype(str)))
    return quotes.assign(date=quotes["source_id"].map(source_date)).groupby(
        "record_id")["date"].max().to_dict()
