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
from ..prose import are, capital, count, join, number, ordinal
from .alignment import measure_column, percentile_column
from .confidence import Confidence, assess_confidence, direction

__all__ = ["Judgment", "DatasetConfidence", "derive_key_judgments", "un_judgment",
           "count_words", "join_words", "sentence_title", "scope_noun", "defence_status",
           "defence_pacts",
           "unknown_clause", "before_invasion", "UN_VOTES", "TREATIES", "THIN_CLAIMS",
           "OLD_AFTER_YEARS", "INVASION_YEAR"]

# Below this many claims a pair is too thinly covered to judge: its judgment says so and
# only reports what the claims describe.
THIN_CLAIMS = 3
# Claims whose newest source is this many years or more older than the evidence date are
# dated in the judgment ("all from 2012"), so old evidence does not read as current.
OLD_AFTER_YEARS = 2


@dataclass(frozen=True)
class Judgment:
    """One key judgment, the claim ids behind it, and its confidence (None for a plain
    statement about the source base)."""

    text: str
    record_ids: tuple
    confidence: Confidence | None = None
    topic: str = ""
    datasets: tuple = ()            # short names of the datasets it also rests on


@dataclass(frozen=True)
class DatasetConfidence:
    """The confidence of a judgment resting on a dataset rather than on coded claims (the
    UN votes): a level and its basis in words, as `confidence.Confidence` gives them."""

    level: str
    basis: str


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
    return f"{vocab.dyad_name(dyad)} ({dyad})"


def _tally(claims: pd.DataFrame) -> dict:
    """Counts and summed weights of distinct claims by stance, and the direction they lean."""
    coop = claims[claims["stance"] == "cooperation"]
    lim = claims[claims["stance"] == "limitation"]
    w_c, w_l = int(coop["weight"].sum()), int(lim["weight"].sum())
    return dict(n_c=len(coop), n_l=len(lim), w_c=w_c, w_l=w_l, lean=direction(w_c, w_l))


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

# The UN vote data end in 2019; a judgment on them says when they end relative to the
# event that most changed these ties since, Russia's full-scale invasion of Ukraine.
INVASION_YEAR = 2022


def before_invasion(year: int) -> str:
    """"before Russia's full-scale invasion of Ukraine in 2022" for vote data that end
    before it, else "": what a sentence on those votes must say of their age."""
    if int(year) >= INVASION_YEAR:
        return ""
    return f"before Russia's full-scale invasion of Ukraine in {INVASION_YEAR}"
# Each agreement measure in a few words, for the sentence that reports it.
_MEASURE_GLOSS = {
    "standard": "an identical vote counts one, an abstention against a yes or no a half",
    "strict": "the share of identical votes",
    "yes_no": "the share of identical votes where both voted yes or no",
}


def scope_noun(domains=(), min_weight: int = 1) -> str:
    """Return what a report's scope admits, as a plural noun: 'claims', 'military claims',
    'claims of weight 3', 'military or economic claims of weight 2 or more'."""
    chosen = [d for d in vocab.DOMAINS if d in set(domains or vocab.DOMAINS)]
    noun = ("claims" if len(chosen) == len(vocab.DOMAINS)
            else f"{join(chosen, conjunction='or')} claims")
    if int(min_weight) >= 3:
        noun += " of weight 3"
    elif int(min_weight) == 2:
        noun += " of weight 2 or more"
    return noun


def defence_status(pacts: pd.DataFrame | None, dyads) -> tuple:
    """Return (the dyads among `dyads` bound by a defence obligation in force, the rows of
    agreements in force for the other dyads among them whose defence obligation is coded
    unknown). `pacts` comes from `treaties.obligations_in_force`."""
    if pacts is None or not len(pacts):
        return [], pd.DataFrame(columns=["dyad", "treaty_id"])
    rows = pacts[pacts["dyad"].astype(str).isin(set(dyads))]
    bound = sorted(set(defence_pacts(rows)["dyad"]))
    unknown = rows[rows["defence"].astype("boolean").isna().to_numpy()
                   & ~rows["dyad"].isin(bound).to_numpy()]
    return bound, unknown


def defence_pacts(pacts: pd.DataFrame, dyad: str | None = None) -> pd.DataFrame:
    """The rows of `pacts` (of `dyad`, when given) whose defence obligation is coded as in
    force; an obligation coded unknown is not one of them."""
    if dyad is not None:
        pacts = pacts[pacts["dyad"] == dyad]
    return pacts[pacts["defence"].astype("boolean").fillna(False).astype(bool).to_numpy()]


def unknown_clause(unknown: pd.DataFrame, *, name_dyads: bool = True) -> str:
    """'T09's obligations (CHN-IRN) are unknown: its text is not public', for the agreements
    whose obligations are coded unknown ('' for none)."""
    ids = list(dict.fromkeys(unknown["treaty_id"])) if len(unknown) else []
    if not ids:
        return ""
    where = f" ({join(sorted(set(unknown['dyad'].astype(str))))})" if name_dyads else ""
    if len(ids) == 1:
        return f"{ids[0]}'s obligations{where} are unknown: its text is not public"
    return f"the obligations of {join(ids)}{where} are unknown: their texts are not public"


def _weightiest(claims: pd.DataFrame, stance: str | None = None) -> list:
    """The domains of the weightiest claims (of `stance`, when given), in fixed order."""
    if stance is not None:
        claims = claims[claims["stance"] == stance]
    if claims.empty:
        return []
    top = claims[claims["weight"] == claims["weight"].max()]
    return [d for d in vocab.DOMAINS if d in set(top["domain"])]


def _dated(ids, dates: dict | None, as_of: str) -> str:
    """' (all from 2012)' when the newest of the claims `ids` is `OLD_AFTER_YEARS` or more
    older than the evidence date, so old evidence does not read as current; else ''."""
    if not dates or not as_of:
        return ""
    years = sorted({int(str(dates[i])[:4]) for i in ids if i in dates and dates[i]})
    if not years or int(str(as_of)[:4]) - years[-1] < OLD_AFTER_YEARS:
        return ""
    span = str(years[0]) if years[0] == years[-1] else f"{years[0]} to {years[-1]}"
    lead = "from" if len(ids) == 1 else "both from" if len(ids) == 2 else "all from"
    return f" ({lead} {span})"


def _pact_clause(dyad: str, lean: str, pacts, *, thin: bool = False) -> tuple:
    """A sentence on the agreements in force for a dyad, set against where its claims
    lean (or plainly, when they are too few to lean: `thin`), and whether it cites the
    treaties table. An agreement whose defence obligation is coded unknown is said to be
    unknown, never counted as binding or not binding."""
    if pacts is None or not len(pacts):
        return "", False
    rows = pacts[pacts["dyad"] == dyad]
    bound, unknown = defence_status(rows, [dyad])
    if bound:
        named = join([f"{p.treaty_id} ({p.name})" for p in defence_pacts(rows).itertuples()])
        if lean == "cooperation" or thin:
            return f" A defence obligation is in force between them: {named}.", True
        return (f" This is so although a defence obligation is in force between them: "
                f"{named}.", True)
    if lean != "cooperation":
        return "", False
    known = [t for t in dict.fromkeys(rows["treaty_id"]) if t not in set(unknown["treaty_id"])]
    doubt = unknown_clause(unknown, name_dyads=False)
    if doubt and known:
        return (f" None of their other agreements in force ({join(known)}) binds either to "
                f"defend the other; {doubt}.", True)
    if doubt:
        return f" {capital(doubt)}.", True
    if known:
        return (f" None of their agreements in force ({join(known)}) binds either to defend "
                "the other.", True)
    return " No agreement in force binds either to defend the other.", True


def _un_clause(dyad: str, lean: str, alignment, measure: str = "standard") -> tuple:
    """A sentence on the pair's latest UN General Assembly agreement where it goes against
    the claims: pairs whose claims do not lean to cooperation but whose agreement is above
    three quarters of all pairs of members, and pairs whose claims do but whose agreement is
    below a quarter of them. Otherwise the UN judgment speaks for every pair at once. The
    measure is the report's (`un_measure`), the one the UN judgment and the fact check use."""
    if alignment is None or not len(alignment.get("rows", ())):
        return "", False
    column = percentile_column(measure)
    rows = alignment["rows"]
    row = rows[rows["pair"] == dyad]
    if row.empty or column not in row or pd.isna(row[column].iloc[0]):
        return "", False
    pct = float(row[column].iloc[0])
    year, label = alignment["year"], vocab.UN_MEASURE_LABELS[measure]
    if pct >= 75 and lean != "cooperation":
        return (f" Yet in the UN General Assembly in {year} their {label} was higher than "
                f"that of {int(pct)}% of all pairs of member states.", True)
    if pct < 25 and lean == "cooperation":
        return (f" Yet in the UN General Assembly in {year} their {label} was lower than "
                f"that of {100 - math.ceil(pct)}% of all pairs of member states.", True)
    return "", False


def _un_verdict(low: float, high: float) -> str:
    """Where a range of percentiles among all pairs of members puts the pairs, by the
    fact check's rule (`factcheck.alignment_verdict`: the median and the 90th percentile)."""
    if low >= 90:
        return "more often than nine in ten pairs of member states, as a distinctive bloc"
    apart = ": the votes do not single them out as a bloc"
    if low >= 50:
        return "more often than most pairs of member states, but not distinctively" + apart
    if high < 50:
        return "less often than most pairs of member states" + apart
    return "about as often as a typical pair of member states" + apart


def un_judgment(alignment: dict | None, *, dyads, countries, comparator: str = "USA",
                measure: str = "standard", as_of: str = "") -> "Judgment | None":
    """The UN voting finding as a key judgment: each pair's agreement in the latest session
    year under the report's measure (`un_measure`), as a share of roll calls and as its
    percentile among all pairs of members, set against each country's agreement with
    `comparator`. One measure, the one the fact check uses, in one wording. Its confidence
    (`DatasetConfidence`) says how complete the record is and how old.

    `alignment` is {"year": int, "rows": frame of pair, the measure's column and its
    percentile column} (`model.report.latest_alignment`), or None when there are no votes."""
    if alignment is None or alignment.get("year") is None:
        return None
    column, pcol = measure_column(measure), percentile_column(measure)
    rows = alignment["rows"].dropna(subset=[pcol])
    pairs = rows[rows["pair"].isin(set(dyads))].sort_values([column, "pair"])
    others = rows[rows["pair"].isin({vocab.dyad_code(c, comparator) for c in countries})]
    if pairs.empty:
        return None
    year, label = alignment["year"], vocab.UN_MEASURE_LABELS[measure]
    when = f"In {year}, the last session year in the UN General Assembly vote data"
    if before_invasion(year):
        when += f" and {before_invasion(year)}"
    low, high = float(pairs[pcol].min()), float(pairs[pcol].max())
    if len(pairs) == 1:
        p = pairs.iloc[0]
        text = (f"{when}, {vocab.pair_words(p['pair'])} had an {label} "
                f"of {p[column]:.0%} ({_MEASURE_GLOSS[measure]}), at the "
                f"{ordinal(round(p[pcol]))} percentile of all pairs of member states. They "
                f"voted together {_un_verdict(low, high)}")
        each = "Each of them"
    else:
        weakest, strongest = pairs.iloc[0], pairs.iloc[-1]
        text = (f"{when}, the {label}s of the {count(len(pairs), 'pair')} "
                f"({_MEASURE_GLOSS[measure]}) ran from {weakest[column]:.0%} "
                f"({vocab.pair_words(weakest['pair'])}) to {strongest[column]:.0%}, between "
                f"the {ordinal(round(low))} and {ordinal(round(high))} percentiles of all pairs "
                f"of member states. The pairs voted together {_un_verdict(low, high)}")
        each = "Each country"
    if len(others):
        top = math.ceil(others[pcol].max())
        text += (f". {each} voted with the United States less often than {100 - top}% of all "
                 "pairs did")
    lag = int(str(as_of)[:4]) - int(year) if as_of else 0
    basis = (f"every recorded roll call of the {year} session (Voeten et al.); votes show "
             "shared positions, not cooperation")
    if lag > 0:
        basis += f", and the data end {count(lag, 'year')} before the evidence date"
    level = "low" if lag >= OLD_AFTER_YEARS else "moderate"
    return Judgment(text + ".", (), DatasetConfidence(level, basis), "un votes", (UN_VOTES,))


def _gap_sentences(missing: list, *, outside: dict, scope: str) -> str:
    """Say which pairs have no claim in scope: pairs the coded sources say nothing about,
    and pairs whose claims a filter (domains, minimum weight) left out, which are not silent."""
    filtered = [d for d in missing if outside.get(d)]
    silent = [d for d in missing if not outside.get(d)]
    out = []
    if silent:
        out.append(f"The coded sources say nothing about {join([_pair_name(d) for d in silent])}"
                   f", so no judgment is made on {'it' if len(silent) == 1 else 'them'}.")
    if filtered:
        it = "it" if len(filtered) == 1 else "them"
        held = (count(outside[filtered[0]], "claim") if len(filtered) == 1
                else "claims")
        out.append(f"There are no {scope} on {join([_pair_name(d) for d in filtered])}, so no "
                   f"judgment is made on {it}; the coded sources hold {held} on {it} outside "
                   "this report's scope.")
    return " ".join(out)


def derive_key_judgments(evidence: pd.DataFrame, dyads_table: pd.DataFrame, *, quotes,
                         sources, corroboration, fact_check=None, pacts_in_force=None,
                         countries=(), excluded: pd.DataFrame | None = None,
                         alignment: dict | None = None, measure: str = "standard",
                         dates: dict | None = None, as_of: str = "",
                         outside: dict | None = None, scope: str = "claims",
                         pairs_phrase: str | None = None) -> list:
    """Return the key judgments on the claims in scope, the broadest first.

    `evidence` is the long frame in scope (contradicted claims already left out unless
    asked for); `dyads_table` comes from `tables.tabulate_dyads`; `quotes`, `sources` and
    `corroboration` give each judgment its confidence; `fact_check` names contradicted
    claims; `pacts_in_force` (dyad, treaty_id, name, defence) is set beside each pair's
    claims and beside gaps; `alignment` ({"year", "rows"}: the latest UN voting agreement
    per pair, see `un_judgment`, under `measure`) is set beside a pair's claims where it is
    unusual; `excluded` holds the rows of contradicted claims left out of `evidence` (None
    when they were counted, as the report parameter `include_contradicted` asks).

    A pair with fewer than `THIN_CLAIMS` claims is too thinly covered to judge: its
    judgment only says what the claims describe. `dates` (record id -> the date of its
    newest source) and `as_of` date old claims. `outside` (dyad -> claims on it that the
    scope's filters left out) and `scope` (`scope_noun`) tell a pair a filter emptied from
    one the sources say nothing about. With one pair there is no judgment across the
    pairs: it would repeat the pair's own. `pairs_phrase` names the pairs in that judgment
    ("China's three pairs"; default: "the pairs among <countries>").
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
    n_pairs = len(dyads_table)
    if not pair_claims.empty and n_pairs > 1:
        t = _tally(pair_claims)
        leans = {r.dyad: _tally(evidence[dyad == r.dyad].drop_duplicates("record_id"))["lean"]
                 for r in covered.itertuples()}
        toward = [d for d, lean in leans.items() if lean == "cooperation"]
        head = {"cooperation": "cooperation outweighs its limits",
                "limitation": "the limits outweigh the cooperation",
                "divided": "the claims are divided between cooperation and its limits, too "
                           "close to name a direction"}[t["lean"]]
        n_c, n_l = t["n_c"], t["n_l"]
        n = n_c + n_l
        if n_c and n_l:
            said = f"of the {count(n, 'claim')} on the pairs, {_split(t)}"
        else:
            what = "cooperation" if n_c else "limits"
            said = ("the single claim on the pairs describes" if n == 1 else
                    f"{'both' if n == 2 else 'all ' + number(n)} claims on the pairs describe")
            said += f" {what}"
        text = (f"Across {pairs_phrase or f'the pairs among {names}'}, {head}: {said}; "
                f"cooperation leads in {number(len(toward))} of the {count(n_pairs, 'pair')}")
        out.append(Judgment(text + ".", _ids(pair_claims), conf(pairs), "pairs"))

    for r in covered.itertuples():
        rows = evidence[dyad == r.dyad]
        claims = rows.drop_duplicates("record_id")
        t = _tally(claims)
        lean = t["lean"]
        who = vocab.pair_words(r.dyad, code=True)
        n = len(claims)
        side = claims if lean == "divided" else claims[claims["stance"] == lean]
        when = _dated(list(side["record_id"]), dates, as_of)
        doms = _weightiest(claims) if lean == "divided" else _weightiest(claims, lean)
        what = _STANCE_WORDS.get(lean, "")
        if n < THIN_CLAIMS:
            if t["n_c"] and t["n_l"]:  # one each: no domain is the weightier side's
                said = "one claim describes cooperation and the other limits"
            else:
                said = ("the single claim describes" if n == 1
                        else "both claims describe") + f" {what}"
                if doms:
                    said += f" in {join(doms)} matters"
            text = f"There is too little to judge the ties between {who}: {said}{when}"
        elif lean == "divided":
            text = (f"The claims on {who} are divided between cooperation and its limits: "
                    f"{_split(t)}{when}")
            if doms:
                text += f"; the weightiest concern {join(doms)} matters"
        else:
            lead = ("Cooperation outweighs its limits between" if lean == "cooperation"
                    else "The limits outweigh the cooperation between")
            text = f"{lead} {who}"
            if doms:
                text += f", above all in {join(doms)} matters"
            of = t["n_c"] if lean == "cooperation" else t["n_l"]
            if of == n:
                text += f": all {number(n)} claims describe {what}{when}"
            else:
                verb = are(of, "describes", "describe")
                text += f": {number(of)} of the {count(n, 'claim')} {verb} {what}{when}"
        text += "."
        datasets = []
        pact, cited = _pact_clause(r.dyad, lean, pacts_in_force, thin=n < THIN_CLAIMS)
        text += pact
        if cited:
            datasets.append(TREATIES)
        # too few claims to lean: no voting record to set against them
        un, cited = ("", False) if n < THIN_CLAIMS else _un_clause(r.dyad, lean, alignment,
                                                                     measure)
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

    un = un_judgment(alignment, dyads=list(dyads_table["dyad"]), countries=countries,
                     measure=measure, as_of=as_of) if alignment is not None else None
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
        text = _gap_sentences(missing, outside=outside or {}, scope=scope)
        cited = False
        bound, _ = defence_status(pacts_in_force, missing)
        for d in bound:
            named = join([f"{p.treaty_id} ({p.name})"
                          for p in defence_pacts(pacts_in_force, d).itertuples()])
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
