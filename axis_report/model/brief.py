"""The brief model: what a one-to-two page brief on one focus (a country and its dyads,
or one dyad) shows, computed once by `build_brief`, a pure function."""

from dataclasses import dataclass

import pandas as pd

from .. import vocab
from ..analysis import tables
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


def _strongest(rows: pd.DataFrame, sources: pd.DataFrame) -> pd.DataFrame:
    reliability = dict(zip(sources["source_id"], sources["reliability"]))
    recs = (rows.groupby("record_id", sort=True)
            .agg(quote=("quote", "first"), stance=("stance", "first"),
                 domain=("domain", "first"), weight=("weight", "first"),
                 credibility=("credibility", "first"), attribution=("attribution", "first"),
                 analyst=("analyst", "first"), affiliation=("affiliation", "first"),
                 source_id=("source_id", "first"),
                 dyads=("dyad", lambda s: ", ".join(sorted(map(str, s)))))
            .reset_index())
    recs["reliability"] = recs["source_id"].map(reliability).fillna("?")
    return recs.sort_values(["weight", "credibility", "record_id"],
                            ascending=[False, True, True], ignore_index=True)


def build_brief(inputs: Inputs, params: Params, *, previous_snapshot=None) -> Brief:
    """Return the Brief for checked `params` (focus, as_of, edition, previous_edition).

    `previous_snapshot` is the previous edition's record snapshot (a list of dicts),
    None for a first edition.
    """
    f = parse_focus(params.focus, inputs.group)
    as_of, in_time = sources_as_of(inputs.sources, params.get("as_of") or None)
    evidence = inputs.evidence[inputs.evidence["source_id"].isin(in_time)]
    rows = select_for_focus(evidence, f)
    pacts = obligations_in_force(inputs.treaties, as_of)
    dyad_rows = rows[rows["dyad"].astype(str).isin(f.dyads)]
    domain_table = tables.tabulate_dyad_domain(
        dyad_rows.assign(dyad="focus"), dyads=["focus"], domains=vocab.DOMAINS).drop(
        columns="dyad")
    dyads_table = tables.tabulate_dyads(rows, dyads=list(f.dyads))
    changes = (None if previous_snapshot is None
               else diff_snapshots(previous_snapshot, snapshot_records(rows)))
    change_counts = ({} if changes is None
                     else {k: int((changes["change"] == k).sum()) for k in CHANGE_KINDS})
    return Brief(
        focus=f, as_of=as_of, edition=params.get("edition") or "",
        previous_edition=params.get("previous_edition") or "", evidence=rows,
        dyads_table=dyads_table, domain_table=domain_table,
        judgments=[] if rows.empty else derive_key_judgments(rows, dyads_table),
        strongest=_strongest(rows, inputs.sources), changes=changes,
        change_counts=change_counts,
        sources=inputs.sources[inputs.sources["source_id"].isin(rows["source_id"])],
        defence_dyads=set(pacts.loc[pacts["defence"], "dyad"]) & set(f.dyads),
    )
