"""Key judgments: sentences derived from the tabulation, never typed in by hand.

Each judgment carries the record ids it rests on, so a reader can trace it to
the quotes in the per-dyad tables and from there to the source text.
"""

from dataclasses import dataclass

import pandas as pd

from .. import vocab
from ..vocab import format_net

__all__ = ["Judgment", "derive_key_judgments"]


@dataclass(frozen=True)
class Judgment:
    """One key judgment and the evidence record ids behind it."""

    text: str
    record_ids: tuple


def _ids(frame: pd.DataFrame) -> tuple:
    return tuple(sorted(frame["record_id"].unique()))


def _names(dyad: str) -> str:
    a, b = vocab.split_dyad(dyad)
    return f"{vocab.country_name(a)}-{vocab.country_name(b)} ({dyad})"


def _join(items) -> str:
    items = list(items)
    if len(items) <= 1:
        return "".join(items)
    return ", ".join(items[:-1]) + " and " + items[-1]


def _all(n: int, noun: str) -> str:
    return f"The one {noun}" if n == 1 else f"All {n} {noun}s"


def derive_key_judgments(evidence: pd.DataFrame, dyads_table: pd.DataFrame, *,
                         fact_check: pd.DataFrame | None = None,
                         pacts_in_force: pd.DataFrame | None = None) -> list[Judgment]:
    """Return the key judgments for the evidence in scope, strongest signal first.

    `evidence` is the selected long frame; `dyads_table` comes from
    `tables.tabulate_dyads` for the dyads in scope. With `fact_check` (from
    `factcheck.check_claims`) contradicted claims are named; with `pacts_in_force`
    (dyad, treaty_id, name, defence) gaps in the evidence are set beside formal
    defence obligations the reference data record.
    """
    out = []
    records = evidence.drop_duplicates("record_id")
    if records.empty:
        return [Judgment("No coded evidence falls within the chosen countries, domains and "
                         "minimum weight; the report can make no judgment.", ())]
    n_coop = int((records["stance"] == "cooperation").sum())
    n_lim = int((records["stance"] == "limitation").sum())
    w_coop = int(records.loc[records["stance"] == "cooperation", "weight"].sum())
    w_lim = int(records.loc[records["stance"] == "limitation", "weight"].sum())
    lean = ("limitation" if w_lim > w_coop else "cooperation" if w_coop > w_lim
            else "neither side")
    out.append(Judgment(
        f"Of {len(records)} coded claims in scope, {n_coop} describe cooperation and {n_lim} "
        f"limitation or divergence (summed weight {w_coop} against {w_lim}): on balance the "
        f"source base points to {lean}.", _ids(records)))

    covered = dyads_table[dyads_table["n_records"] > 0]
    for verdict, phrase in (("net cooperation", "net cooperation"),
                            ("net limitation", "net limitation"),
                            ("balanced", "claims that balance out")):
        part = covered[covered["verdict"] == verdict]
        if part.empty:
            continue
        part = part.sort_values("net_balance", ascending=verdict == "net limitation",
                                kind="stable")
        described = [f"{_names(r.dyad)} at {format_net(r.net_balance)}" for r in part.itertuples()]
        rows = evidence[evidence["dyad"].astype(str).isin(part["dyad"])]
        noun = "dyad shows" if len(part) == 1 else "dyads show"
        out.append(Judgment(f"{len(part)} {noun} {phrase}: {_join(described)}.", _ids(rows)))

    for r in covered.sort_values("net_balance", ascending=False, kind="stable").itertuples():
        rows = evidence[evidence["dyad"].astype(str) == r.dyad]
        strongest = rows[rows["weight"] == rows["weight"].max()]
        doms = (strongest.groupby(["stance", "domain"], observed=True).size()
                .reset_index().sort_values(["stance", "domain"]))
        parts = [f"{s.domain} {s.stance}" for s in doms.itertuples()]
        out.append(Judgment(
            f"{_names(r.dyad)}: the weightiest claims (weight {int(rows['weight'].max())}) "
            f"concern {_join(parts)}.", _ids(strongest)))

    missing = dyads_table.loc[dyads_table["n_records"] == 0, "dyad"].tolist()
    if missing:
        text = (f"The sources give no direct evidence on {_join(_names(d) for d in missing)}. "
                "This is a gap in the source base, not a finding that these pairs do not "
                "cooperate.")
        if pacts_in_force is not None:
            pacts = pacts_in_force[pacts_in_force["dyad"].isin(missing)
                                   & pacts_in_force["defence"]]
            for dyad, rows in pacts.groupby("dyad"):
                pacts_named = _join(f"{r.treaty_id} ({r.name})" for r in rows.itertuples())
                text += (f" The reference data do record a defence obligation in force for "
                         f"{dyad}: {pacts_named}.")
        out.append(Judgment(text, ()))

    if fact_check is not None and not fact_check.empty:
        counts = fact_check["status"].astype(str).value_counts()
        bad = fact_check[fact_check["status"] == "contradicted"]
        text = (f"Fact check against the reference data: of {len(fact_check)} checkable claims, "
                f"{int(counts.get('consistent', 0))} are consistent, "
                f"{int(counts.get('contradicted', 0))} contradicted and "
                f"{int(counts.get('unverifiable', 0))} cannot be checked with the data held.")
        if not bad.empty:
            text += (" Contradicted: " + "; ".join(f"\u201c{r.quote}\u201d ({r.record_id})"
                                                   for r in bad.itertuples())
                     + ". Judgments resting on those claims should be discounted.")
        out.append(Judgment(text, _ids(fact_check)))

    group = records[records["record_id"].isin(
        evidence.loc[evidence["dyad"] == vocab.GROUP, "record_id"])]
    if not group.empty:
        g_coop = int((group["stance"] == "cooperation").sum())
        g_lim = int((group["stance"] == "limitation").sum())
        out.append(Judgment(
            f"Claims about the four as a group: {g_coop} of cooperation against {g_lim} "
            "of limitation.", _ids(group))
            if g_coop else Judgment(
            f"{_all(g_lim, 'claim')} about the four as a group "
            f"{'describes' if g_lim == 1 else 'describe'} limitation.", _ids(group)))

    named = records[records["attribution"] == "named"]
    if not named.empty:
        people = sorted(named["analyst"].unique())
        stances = named["stance"].astype(str).value_counts()
        if len(stances) == 1:
            verb = "describes" if len(named) == 1 else "describe"
            text = (f"{_all(len(named), 'claim')} attributed to named analysts "
                    f"({_join(people)}) {verb} {stances.index[0]}.")
        else:
            text = (f"Named analysts ({_join(people)}) make {int(stances.get('cooperation', 0))} "
                    f"claims of cooperation and {int(stances.get('limitation', 0))} of limitation.")
        out.append(Judgment(text, _ids(named)))
    return out
