"""Corroboration: which sources are independent of each other, how many independent sources
support each claim, and the claim's credibility derived from that and the fact check.

A source that copies, syndicates or summarises another (`derived_from`) is not independent
of it: both count as one. Credibility 1 (Admiralty "confirmed by other sources") is never
typed; it is derived here:

- a claim the fact check contradicts is 5 ("improbable");
- a claim supported by two or more independent sources, or one the reference data bear out
  (fact check "consistent"), is 1 ("confirmed");
- otherwise it takes the best (lowest) credibility its quotes were graded.
"""

import pandas as pd

__all__ = ["independence_roots", "corroborate_claims", "RELIABILITY_ORDER"]

RELIABILITY_ORDER = "ABCDEF"


def independence_roots(sources: pd.DataFrame) -> dict:
    """Return source id -> the id of the source it ultimately derives from (itself when it
    derives from none): sources with the same root are one independent source."""
    parent = dict(zip(sources["source_id"], sources["derived_from"]))
    roots = {}
    for sid in parent:
        seen, cur = [], sid
        while isinstance(parent.get(cur), str) and parent[cur] and cur not in seen:
            seen.append(cur)
            cur = parent[cur]
        roots[sid] = cur
    return roots


def corroborate_claims(quotes: pd.DataFrame, sources: pd.DataFrame,
                       checks: dict | None = None) -> pd.DataFrame:
    """Return one row per claim: n_quotes, n_sources, n_independent, sources and roots
    (its sources and its independent sources, space separated), best_reliability (the best
    grade among its sources), typed_credibility (the best its quotes were given),
    credibility (derived, see the module doc), confirmed_by ('independent sources',
    'reference data', both, or '') and contradicted.

    `quotes` has record_id, source_id, credibility; `checks` maps claim id -> fact-check
    status."""
    checks = checks or {}
    roots = independence_roots(sources)
    grade = dict(zip(sources["source_id"], sources["reliability"]))
    rows = []
    for cid, q in quotes.groupby("record_id", sort=True):
        sids = sorted(set(q["source_id"]))
        indep = sorted({roots.get(s, s) for s in sids})
        typed = int(q["credibility"].min())
        status = checks.get(cid)
        confirmed = [w for w, ok in (("independent sources", len(indep) >= 2),
                                     ("reference data", status == "consistent")) if ok]
        if status == "contradicted":
            credibility = 5
        elif confirmed:
            credibility = 1
        else:
            credibility = typed
        rows.append(dict(
            record_id=cid, n_quotes=len(q), n_sources=len(sids), n_independent=len(indep),
            sources=" ".join(sids), roots=" ".join(indep),
            best_reliability=min((grade.get(s, "F") for s in sids), key=RELIABILITY_ORDER.index),
            typed_credibility=typed, credibility=credibility,
            confirmed_by=" and ".join(confirmed), contradicted=status == "contradicted"))
    return pd.DataFrame(rows, columns=["record_id", "n_quotes", "n_sources", "n_independent",
                                       "sources", "roots", "best_reliability", "typed_credibility",
                                       "credibility", "confirmed_by", "contradicted"])
