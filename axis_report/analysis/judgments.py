"""Key judgments: sentences derived from the claims in scope, never typed in by hand.

Each judgment carries the claim ids it rests on, so a reader can trace it to the quotes,
and, where it judges the relationships, a confidence level with its basis
(`confidence.assess_confidence`). Statements about the source base itself (a gap, a
contradicted claim) carry no confidence level: they are facts about what was coded.

The balance of a set of claims names a direction only outside the near-tie band
(`confidence.direction`); inside it the judgment says the claims are divided.
"""

import math
from dataclasses import dataclass

import pandas as pd

from .. import vocab
from ..prose import are, count, join, number
from .confidence import Confidence, assess_confidence, direction

__all__ = ["Judgment", "derive_key_judgments", "un_judgment", "count_words", "join_words",
           "sentence_title", "UN_VOTES", "TREATIES"]


@dataclass(frozen=True)
class Judgment:
    """One key judgment, the claim ids behind it, and its confidence (None for a plain
    statement about the source base)."""

    text: str
    record_ids: tuple
    confidence: Confidence | None = None
    topic: str = ""
    datasets: tuple = ()            # short names of the datasets it also rests on


def count_words(n: int, noun: str, plural: str | None = None) -> str:
    """Return 'three claims', 'one claim', 'no claims' (`prose.count`, 'no' for zero)."""
    return count(n, noun, plural, zero=f"no {plural or noun + 's'}")


def join_words(items) -> str:
    """Return 'a', 'a and b', 'a, b and c' (`prose.join`)."""
    return join(list(items))


def sentence_title(title: str) -> str:
    """Return a title for use inside a sentence: lower-case first letter, unless the
    title starts with a proper name ("Russia-centred ...")."""
    if any(title.startswith(name) for name in vocab.COUNTRY_NAMES.values()):
        return title
    return title[:1].lower() + title[1:]


def _ids(frame: pd.DataFrame) -> tuple:
    return tuple(sorted(frame["record_id"].unique()))


def _pair_name(dyad: str) -> str:
    a, b = vocab.split_dyad(dyad)
    return f"{vocab.country_name(a)}-{vocab.country_name(b)} ({dyad})"


def _tally(claims: pd.DataFrame) -> dict:
    """Counts and summed weights of distinct claims by stance, and the direction they lean."""
    coop = claims[claims["stance"] == "cooperation"]
    lim = claims[claims["stance"] == "limitation"]
    w_c, w_l = int(coop["weight"].sum()), int(lim["weight"].sum())
    return dict(n_c=len(coop), n_l=len(lim), w_c=w_c, w_l=w_l, lean=direction(w_c, w_l))


def _describe(n: int, what: str) -> str:
    """'one claim describes cooperation', '12 claims describe limits', 'no claim ...'."""
    if n == 0:
        return f"no claim describes {what}"
    return f"{count(n, 'claim')} {are(n, 'describes', 'describe')} {what}"


def _split(t: dict) -> str:
    """'17 describe cooperation and one describes limits' for a tally, and which side is
    weightier when the side the claims lean to is not the more numerous."""
    c = f"{number(t['n_c']) if t['n_c'] else 'none'} {are(t['n_c'], 'describes', 'describe')}"
    lim = f"{number(t['n_l']) if t['n_l'] else 'none'} {are(t['n_l'], 'describes', 'describe')}"
    text = f"{c} cooperation and {lim} limits"
    if t["lean"] == "cooperation" and t["n_c"] <= t["n_l"]:
        text += ", but the claims of cooperation are the weightier"
    elif t["lean"] == "limitation" and t["n_l"] <= t["n_c"]:
        text += ", but the claims of limits are the weightier"
    return text


_STANCE_WORDS = {"cooperation": "cooperation", "limitation": "limits"}

# Short names of the datasets a judgment may cite beside its claims (the full citations
# are in the sections that show the data).
UN_VOTES = "UN General Assembly votes (Voeten et al.)"
TREATIES = "treaties table (checked against ATOP)"


def _weightiest(claims: pd.DataFrame, stance: str | None = None) -> list:
    """The domains of the weightiest claims (of `stance`, when given), in fixed order."""
    if stance is not None:
        claims = claims[claims["stance"] == stance]
    if claims.empty:
        return []
    top = claims[claims["weight"] == claims["weight"].max()]
    return [d for d in vocab.DOMAINS if d in set(top["domain"])]


def _pact_clause(dyad: str, lean: str, pacts) -> tuple:
    """A sentence on the agreements in force for a dyad, set against where its claims
    lean, and whether it cites the treaties table."""
    if pacts is None or not len(pacts):
        return "", False
    rows = pacts[pacts["dyad"] == dyad]
    defence = rows[rows["defence"].fillna(False).astype(bool)]
    if len(defence):
        named = join([f"{p.treaty_id} ({p.name})" for p in defence.itertuples()])
        if lean == "cooperation":
            return f" A defence obligation is in force between them: {named}.", True
        return (f" This is so although a defence obligation is in force between them: "
                f"{named}.", True)
    if lean == "cooperation":
        if len(rows):
            return (f" None of their agreements in force ({join(list(rows['treaty_id']))}) "
                    "binds either to defend the other.", True)
        return " No agreement in force binds either to defend the other.", True
    return "", False


def _un_clause(dyad: str, lean: str, alignment) -> tuple:
    """A sentence on the pair's latest UN General Assembly agreement where it goes against
    the claims: pairs whose claims do not lean to cooperation but who vote together more
    than three quarters of all pairs of members (allowing for chance), and pairs whose
    claims do but who vote together less than three quarters of them. Otherwise the UN
    judgment speaks for every pair at once."""
    if alignment is None or not len(alignment.get("rows", ())):
        return "", False
    rows = alignment["rows"]
    row = rows[rows["pair"] == dyad]
    if row.empty or pd.isna(row["kappa_percentile"].iloc[0]):
        return "", False
    pct = float(row["kappa_percentile"].iloc[0])
    year = alignment["year"]
    if pct >= 75 and lean != "cooperation":
        return (f" Yet in the General Assembly in {year} they voted together more than "
                f"{int(pct)}% of all pairs of member states did, allowing for chance.", True)
    if pct < 25 and lean == "cooperation":
        return (f" Yet in the General Assembly in {year} they voted together less than "
                f"{100 - int(pct)}% of all pairs of member states did, allowing for "
                "chance.", True)
    return "", False


def un_judgment(alignment: dict | None, *, dyads, countries, comparator: str = "USA",
                measure_column: str = "agreement") -> "Judgment | None":
    """The UN voting finding as a key judgment (a fact from the dataset, no confidence
    level): how the pairs' chance-corrected agreement ranks among all pairs of members in
    the latest session year, set against each country's agreement with `comparator`.

    `alignment` is {"year": int, "rows": frame of pair, <measure_column>, kappa_percentile}
    (`model.report.latest_alignment`), or None when there are no votes."""
    if alignment is None or alignment.get("year") is None:
        return None
    rows = alignment["rows"].dropna(subset=["kappa_percentile"])
    pairs = rows[rows["pair"].isin(set(dyads))]
    others = rows[rows["pair"].isin({vocab.dyad_code(c, comparator) for c in countries})]
    if pairs.empty:
        return None
    year = alignment["year"]
    low, high = pairs[measure_column].min(), pairs[measure_column].max()
    floor = int(pairs["kappa_percentile"].min())
    text = (f"In the UN General Assembly the pairs vote together: in {year} they voted the "
            f"same way on {low:.0%} to {high:.0%} of the roll calls they shared, and allowing "
            f"for chance every pair voted together more than {floor}% of all pairs of member "
            "states did")
    if len(pairs) > 2:
        weakest = pairs.sort_values(["kappa_percentile", "pair"]).iloc[0]["pair"]
        a, b = vocab.split_dyad(weakest)
        text += (f"; {vocab.country_name(a)} and {vocab.country_name(b)} ({weakest}) agree "
                 "least")
    if len(others):
        top = math.ceil(others["kappa_percentile"].max())
        text += (f". Each country voted with the United States less often than "
                 f"{100 - top}% of all pairs of member states did")
    text += "."
    return Judgment(text, (), None, "un votes", (UN_VOTES,))


def derive_key_judgments(evidence: pd.DataFrame, dyads_table: pd.DataFrame, *, quotes,
                         sources, corroboration, fact_check=None, pacts_in_force=None,
                         countries=(), excluded: pd.DataFrame | None = None,
                         alignment: dict | None = None) -> list:
    """Return the key judgments on the claims in scope, the broadest first.

    `evidence` is the long frame in scope (contradicted claims already left out unless
    asked for); `dyads_table` comes from `tables.tabulate_dyads`; `quotes`, `sources` and
    `corroboration` give each judgment its confidence; `fact_check` names contradicted
    claims; `pacts_in_force` (dyad, treaty_id, name, defence) is set beside each pair's
    claims and beside gaps; `alignment` ({"year", "rows"}: the latest UN voting agreement
    per pair, see `un_judgment`) is set beside a pair's claims where it is unusual;
    `excluded` holds the rows of contradicted claims left out of `evidence` (None when
    they were counted, as the report parameter `include_contradicted` asks).
    """
    def conf(frame):
        return assess_confidence(_ids(frame), claims=frame.drop_duplicates("record_id"),
                                 quotes=quotes, sources=sources, corroboration=corroboration)

    out = []
    dyad = evidence["dyad"].astype(str)
    pairs = evidence[dyad != vocab.GROUP]
    pair_claims = pairs.drop_duplicates("record_id")
    names = join([vocab.country_name(c) for c in countries])
    covered = dyads_table[dyads_table["n_records"] > 0].sort_values(
        ["n_records", "dyad"], ascending=[False, True], kind="stable")
    if not pair_claims.empty:
        t = _tally(pair_claims)
        leans = {r.dyad: _tally(evidence[dyad == r.dyad].drop_duplicates("record_id"))["lean"]
                 for r in covered.itertuples()}
        n_pairs = len(dyads_table)
        toward = [d for d, lean in leans.items() if lean == "cooperation"]
        head = {"cooperation": "cooperation outweighs its limits",
                "limitation": "the limits outweigh the cooperation",
                "divided": "the claims are divided between cooperation and its limits, too "
                           "close to name a direction"}[t["lean"]]
        n_c, n_l = t["n_c"], t["n_l"]
        text = (f"Across the pairs among {names}, {head}: of the "
                f"{count(n_c + n_l, 'claim')} on the pairs, {_split(t)}")
        if n_pairs > 1:
            text += (f"; cooperation leads in {number(len(toward))} of the "
                     f"{count(n_pairs, 'pair')}")
        out.append(Judgment(text + ".", _ids(pair_claims), conf(pairs), "pairs"))

    for r in covered.itertuples():
        rows = evidence[dyad == r.dyad]
        claims = rows.drop_duplicates("record_id")
        t = _tally(claims)
        lean = t["lean"]
        a, b = vocab.split_dyad(r.dyad)
        who = f"{vocab.country_name(a)} and {vocab.country_name(b)} ({r.dyad})"
        n = len(claims)
        if lean == "divided":
            doms = _weightiest(claims)
            text = (f"The claims on {who} are divided between cooperation and its limits: "
                    f"{_split(t)}")
            if doms:
                text += f"; the weightiest concern {join(doms)} matters"
        else:
            doms = _weightiest(claims, lean)
            what = _STANCE_WORDS[lean]
            lead = ("Cooperation outweighs its limits between" if lean == "cooperation"
                    else "The limits outweigh the cooperation between")
            text = f"{lead} {who}"
            if doms:
                text += f", above all in {join(doms)} matters"
            of = t["n_c"] if lean == "cooperation" else t["n_l"]
            if n == 1:
                text += f": the one claim describes {what}"
            elif of == n:
                text += f": {'both' if n == 2 else 'all ' + number(n)} claims describe {what}"
            else:
                verb = are(of, "describes", "describe")
                text += f": {number(of)} of the {count(n, 'claim')} {verb} {what}"
        text += "."
        datasets = []
        pact, cited = _pact_clause(r.dyad, lean, pacts_in_force)
        text += pact
        if cited:
            datasets.append(TREATIES)
        un, cited = _un_clause(r.dyad, lean, alignment)
        text += un
        if cited:
            datasets.append(UN_VOTES)
        out.append(Judgment(text, _ids(claims), conf(rows), r.dyad, tuple(datasets)))

    group = evidence[dyad == vocab.GROUP].drop_duplicates("record_id")
    if not group.empty:
        t = _tally(group)
        verdict = {"cooperation": "lean to cooperation", "limitation": "lean to limits",
                   "divided": "are divided"}[t["lean"]]
        out.append(Judgment(
            f"Claims about the countries as a group, charged to no one pair, {verdict}: "
            f"{_split(t)}.", _ids(group), conf(evidence[dyad == vocab.GROUP]), "group"))

    un = un_judgment(alignment, dyads=list(dyads_table["dyad"]), countries=countries) if (
        alignment is not None) else None
    if un is not None:
        out.append(un)

    missing = dyads_table.loc[dyads_table["n_records"] == 0, "dyad"].tolist()
    # A pair whose only claims were left out as contradicted is not a silent pair.
    only_bad = sorted(set(missing) & set(excluded["dyad"].astype(str))) if (
        excluded is not None and len(excluded)) else []
    if only_bad:
        missing = [d for d in missing if d not in only_bad]
        out.append(Judgment(
            f"The only claims on {join([_pair_name(d) for d in only_bad])} are contradicted "
            "by the reference data (see the fact check).", (), None, "contradicted pairs"))
    if missing:
        # The caveat that silence is not a finding is said once, in the gaps section.
        text = (f"The coded sources say nothing about {join([_pair_name(d) for d in missing])}"
                ", so no judgment is made on "
                f"{'it' if len(missing) == 1 else 'them'}.")
        cited = False
        if pacts_in_force is not None and len(pacts_in_force):
            pacts = pacts_in_force[pacts_in_force["dyad"].isin(missing)
                                   & pacts_in_force["defence"].fillna(False).astype(bool)]
            for d, rows in pacts.groupby("dyad"):
                named = join([f"{p.treaty_id} ({p.name})" for p in rows.itertuples()])
                text += f" A defence obligation is nonetheless in force for {d}: {named}."
                cited = True
        out.append(Judgment(text, (), None, "gaps", (TREATIES,) if cited else ()))

    if fact_check is not None and not fact_check.empty:
        bad = fact_check[fact_check["status"] == "contradicted"]
        # `excluded` holds the contradicted claims' rows when they were left out.
        fate = ("left out of every count and of the ACH" if excluded is not None
                else "flagged but counted, as the report's parameters ask")
        if not bad.empty:
            quoted = "; ".join(f"\u201c{r.quote}\u201d ({r.record_id})" for r in bad.itertuples())
            out.append(Judgment(
                f"The reference data contradict {count_words(len(bad), 'coded claim')}, "
                f"{fate}: {quoted}.", _ids(bad), None, "fact check"))
    return out
