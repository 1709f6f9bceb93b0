"""The brief model: what a one-to-two page brief on one focus (a country and its dyads,
or one dyad) shows, computed once by `build_brief`, a pure function."""

from dataclasses import dataclass

import pandas as pd

from .. import vocab
from ..analysis import tables
from ..analysis.corroboration import corroborate_claims
from ..analysis.factcheck import check_claims
from ..analysis.focus import Focus, diff_snapshots, parse_focus, select_for_focus, snapshot_records
from ..analysis.judgments import derive_key_judgments
from ..analysis.treaties import obligations_in_force
from ..inputs import Inputs
from ..inputs.sources import sources_as_of
from .params import Params

__all__ = ["Brief", "build_brief", "CHANGE_KINDS"]

# How a record can differ from the previous edition (`focus.diff_snapshots`), in the
# order a brief lists them.
CHANGE_KINDS = ("added", "removed", "changed")


@dataclass
class Brief:
    """Everything a brief shows."""

    focus: Focus
    as_of: str
    edition: str
    previous_edition: str
    evidence: pd.DataFrame
    dyads_table: pd.DataFrame
    domain_table: pd.DataFrame
    judgments: list
    strongest: pd.DataFrame          # one row per record, weightiest and most credible first
    changes: pd.DataFrame | None     # None for a first edition
    change_counts: dict              # change kind -> records (every kind); {} for a first edition
    sources: pd.DataFrame
    defence_dyads: set
    pending_review: int = 0          # candidate claims awaiting review: never counted


def _strongest(rows: pd.DataFrame) -> pd.DataFrame:
    """One row per claim, weightiest and best corroborated first, with its dyads."""
    recs = (rows.groupby("record_id", sort=True)
            .agg(claim=("claim", "first"), quote=("quote", "first"), stance=("stance", "first"),
                 domain=("domain", "first"), weight=("weight", "first"),
                 credibility=("credibility", "first"), attribution=("attribution", "first"),
                 analyst=("analyst", "first"), affiliation=("affiliation", "first"),
                 source_id=("source_id", "first"), reliability=("best_reliability", "first"),
                 n_independent=("n_independent", "first"), check=("check", "first"),
                 dyads=("dyad", lambda s: ", ".join(sorted(map(str, s)))))
            .reset_index())
    return recs.sort_values(["weight", "credibility", "n_independent", "record_id"],
                            ascending=[False, True, False, True], ignore_index=True)


def build_brief(inputs: Inputs, params: Params, *, alignment: pd.DataFrame | None = None,
                previous_snapshot=None) -> Brief:
    """Return the Brief for checked `params` (focus, as_of, edition, previous_edition).

    `alignment` (from `model.unvotes.load_alignment`) lets the fact check flag
    contradicted claims; `previous_snapshot` is the previous edition's record snapshot (a
    list of dicts), None for a first edition. Contradicted claims are flagged and left
    out of the counts and judgments.
    """
    f = parse_focus(params.focus, inputs.group)
    as_of, in_time = sources_as_of(inputs.sources, params.get("as_of") or None)
    quotes = inputs.quotes[inputs.quotes["source_id"].isin(in_time)]
    evidence = inputs.evidence[inputs.evidence["record_id"].isin(set(quotes["record_id"]))]
    rows = select_for_focus(evidence, f)
    # What an edition showed, as the grid keys and archives it (typed fields only).
    snapshot = snapshot_records(rows)
    quotes = quotes[quotes["record_id"].isin(set(rows["record_id"]))]
    records = rows.drop_duplicates("record_id")
    fact_check = check_claims(records, source_dates=dict(zip(inputs.sources["source_id"],
                                                             inputs.sources["date"])),
                              treaties=inputs.treaties, atop=inputs.atop, alignment=alignment,
                              cow=inputs.cow)
    checks = dict(zip(fact_check["record_id"], fact_check["status"].astype(str)))
    corroboration = corroborate_claims(quotes, inputs.sources, checks)
    derived = corroboration.set_index("record_id")
    rows = rows.assign(check=rows["record_id"].map(checks), **{
        col: rows["record_id"].map(derived[col]) for col in
        ("credibility", "n_independent", "roots", "best_reliability", "contradicted")})
    counted = rows[~rows["contradicted"].astype(bool)] if len(rows) else rows
    pacts = obligations_in_force(inputs.treaties, as_of)
    dyad_rows = counted[counted["dyad"].astype(str).isin(f.dyads)]
    domain_table = tables.tabulate_dyad_domain(
        dyad_rows.assign(dyad="focus"), dyads=["focus"], domains=vocab.DOMAINS).drop(
        columns="dyad")
    dyads_table = tables.tabulate_dyads(counted, dyads=list(f.dyads))
    changes = (None if previous_snapshot is None
               else diff_snapshots(previous_snapshot, snapshot))
    change_counts = ({} if changes is None
                     else {k: int((changes["change"] == k).sum()) for k in CHANGE_KINDS})
    members = [c for c in inputs.group if any(c in vocab.split_dyad(d) for d in f.dyads)]
    judgments = [] if rows.empty else derive_key_judgments(
        counted, dyads_table, quotes=quotes, sources=inputs.sources,
        corroboration=corroboration, fact_check=fact_check, pacts_in_force=pacts,
        countries=members, excluded=rows[rows["contradicted"].astype(bool)])
    return Brief(
        focus=f, as_of=as_of, edition=params.get("edition") or "",
        previous_edition=params.get("previous_edition") or "", evidence=rows,
        dyads_table=dyads_table, domain_table=domain_table, judgments=judgments,
        strongest=_strongest(rows) if len(rows) else rows, changes=changes,
        change_counts=change_counts,
        sources=inputs.sources[inputs.sources["source_id"].isin(set(quotes["source_id"]))],
        defence_dyads=set(pacts.loc[pacts["defence"].fillna(False).astype(bool), "dyad"])
        & set(f.dyads),
    )
