"""The report model: everything a report shows, computed once from checked inputs and
parameters by `build_report`, a pure function (no file is read or written here).

Sections lay out what a `Report` holds and compute nothing; a section's unit test
can build a `Report` by hand.
"""

import datetime as dt
import platform
import re
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

from .. import vocab
from .._version import __version__
from ..analysis import ach, tables
from ..analysis.alignment import PAIR_COLUMNS
from ..analysis.confidence import assess_confidence, direction
from ..analysis.corroboration import corroborate_claims, independence_roots
from ..analysis.factcheck import check_claims
from ..analysis.judgments import (
    THIN_CLAIMS,
    Judgment,
    count_words,
    defence_status,
    derive_key_judgments,
    join_words,
    scope_noun,
    sentence_title,
    unknown_clause,
)
from ..analysis.staleness import staleness
from ..analysis.treaties import obligations_in_force
from ..errors import InputError, Problem
from ..inputs import Inputs
from ..inputs.settings import DEFAULT_HANDLING
from ..inputs.sources import sources_as_of
from ..prose import capital, count, join, number
from .params import WHERE, Params
from .scope import check_scope
from .unvotes import COMPARATOR

__all__ = ["AchResult", "Report", "build_report", "parameter_rows", "annex_entries",
           "evidence_in_table_order", "latest_alignment", "date_of_issue"]


@dataclass
class AchResult:
    """Analysis of Competing Hypotheses over the records in scope."""

    hypotheses: pd.DataFrame       # hypothesis, title, description (the chosen ones)
    matrix: pd.DataFrame           # record_id, hypothesis, rating
    weights: pd.DataFrame          # record_id, credibility_level, relevance_level, weight
    scores: pd.DataFrame           # hypothesis, inconsistency, raw_inconsistency, ..., rank
    sensitivity: pd.DataFrame      # record_id, drive, ranking_without, changes_ranking
    non_diagnostic: list
    judgment: str                  # one sentence derived from the above
    by_group: pd.DataFrame         # ranking with each source left out, and per class of claim
    estimate: dict                 # analysis.ach.ach_estimate: leader, term, robust, ...
    indicators: pd.DataFrame       # hypothesis, indicator, text, claims, status

    @property
    def flips(self) -> list:
        return self.sensitivity.loc[self.sensitivity["changes_ranking"], "record_id"].tolist()

    @property
    def ranked(self) -> pd.DataFrame:
        """The scores with each hypothesis's title and description, best rank first (ties
        by hypothesis id): the rows of the report's hypothesis table."""
        return self.scores.merge(self.hypotheses, on="hypothesis").sort_values(
            ["rank", "hypothesis"], ignore_index=True)

    @property
    def drivers(self) -> pd.DataFrame:
        """The sensitivity rows (strongest driver of the leading hypothesis first) with each
        record's credibility and relevance levels and ACH weight."""
        return self.sensitivity.merge(self.weights, on="record_id")


@dataclass
class Report:
    """Everything a report shows."""

    params: Params
    group: tuple                    # the project's countries
    organisation: str
    author: str
    as_of: str                      # the date the evidence speaks for
    sources: pd.DataFrame           # sources dated on or before as_of, with n_claims
    evidence: pd.DataFrame          # long form, rows in scope
    evidence_table: pd.DataFrame    # the same rows in evidence-table order (stance, domain,
                                    # weight down, record id), with the source's
                                    # `reliability` and the fact-check status `check` (or NaN)
    dyads: list                     # dyads among the chosen countries
    dyad_domain: pd.DataFrame
    dyads_table: pd.DataFrame
    countries_table: pd.DataFrame
    gaps: pd.DataFrame
    analysts: pd.DataFrame
    judgments: list                 # analysis.judgments.Judgment, broadest first
    bottom_line: list               # the bottom line up front: sentences, in order
    source_summary: dict            # n_sources, n_independent, by_kind, by_grade, derived
    quotes: pd.DataFrame            # every quote of the claims in scope, dated by as_of
    corroboration: pd.DataFrame     # per claim: independent sources, derived credibility
    contradicted: list              # ids of claims the fact check contradicts
    assumptions: pd.DataFrame       # the analyst's key assumptions
    counted: pd.DataFrame           # the rows that count (contradicted claims left out
                                    # unless params.include_contradicted)
    treaties: pd.DataFrame
    pacts: pd.DataFrame             # obligations in force on as_of, one row per dyad
    defence_dyads: set              # dyads in scope with a defence obligation in force
    fact_check: pd.DataFrame
    checks: dict                    # record id -> fact-check status
    fact_check_counts: dict         # status -> number of checked claims, every status
    alignment: pd.DataFrame         # UN agreement by pair and year (ISO3 codes)
    alignment_year: int | None      # the latest session year of the votes (None: no votes)
    alignment_latest: pd.DataFrame  # that year, per pair: the dyads, then each country with
                                    # the comparator (pair, n_common, agreement,
                                    # agreement_percentile, kappa, kappa_percentile)
    timeline: pd.DataFrame
    ach: AchResult | None
    input_hashes: pd.DataFrame      # file, sha256
    parameters: list = field(default_factory=list)   # (name, value shown, help)
    versions: list = field(default_factory=list)     # (package, version)
    figure_cache: Path | None = None                  # where sections may cache figure SVGs
    pending_review: int = 0         # candidate claims awaiting review: never counted
    issued: str = ""                # the date of issue (parameter `issued`, else today)
    handling: str = DEFAULT_HANDLING  # the handling line under the title
    newest: str = ""                # the date of the newest source the claims in scope cite
    stale: str | None = None        # analysis.staleness: how old the evidence is, when too old
    annex: list = field(default_factory=list)  # annex_entries: every claim in scope by id

    @property
    def description(self) -> str:
        """One line saying what the report is: the PDF's Subject, the HTML's description."""
        names = join_words([vocab.country_name(c) for c in self.params.countries])
        return (f"An assessment of how far {names} cooperate, from {self.claims_line}; "
                f"evidence as of {self.as_of}.")

    @property
    def n_set_aside(self) -> int:
        """How many claims in scope are contradicted by the reference data and left out of
        every count (0 when the parameter `include_contradicted` counts them)."""
        return self.n_claims - int(self.counted["record_id"].nunique())

    @property
    def claims_line(self) -> str:
        """The claims in scope in words, with those set aside, the same count everywhere:
        '74 coded claims with verbatim quotes (one contradicted by the reference data and
        set aside)'."""
        text = f"{count(self.n_claims, 'coded claim')} with verbatim quotes"
        if self.n_set_aside:
            text += (f" ({number(self.n_set_aside)} contradicted by the reference data and "
                     "set aside)")
        return text

    @property
    def n_claims(self) -> int:
        """How many claims are in scope."""
        return int(self.evidence["record_id"].nunique())

    @property
    def records(self) -> pd.DataFrame:
        """One row per record in scope."""
        return self.evidence.drop_duplicates("record_id")


def parameter_rows(params: Params, spec, *, as_of: str) -> list:
    """Return (name, value as shown, help) for each declared parameter, for the appendix."""
    def shown(name, value):
        if name == "as_of" and not value:
            return f"(latest source date) {as_of}"
        if isinstance(value, (list, tuple)):
            return ", ".join(map(str, value)) or "(all)"
        return "" if value is None else str(value)

    helps = {p.name: p.help for p in spec or ()}
    names = [p.name for p in spec] if spec else list(params)
    # `project` names a folder on the machine that rendered the report, not a choice of
    # what to report: left out of the published list.
    return [(n, shown(n, params.get(n)), helps.get(n, "")) for n in names
            if n in params and n != "project"]


def evidence_in_table_order(evidence: pd.DataFrame, sources: pd.DataFrame,
                            checks: dict) -> pd.DataFrame:
    """Return the evidence rows in the order the per-dyad evidence tables list them
    (cooperation first, then by domain, weightiest first, then by record id), with each
    row's source reliability and fact-check status (NaN for a claim nothing checks)."""
    reliability = dict(zip(sources["source_id"], sources["reliability"]))
    rows = evidence.sort_values(["stance", "domain", "weight", "record_id"],
                                ascending=[True, True, False, True], ignore_index=True)
    return rows.assign(reliability=rows["source_id"].map(reliability),
                       check=rows["record_id"].map(checks))


def annex_entries(evidence: pd.DataFrame, quotes: pd.DataFrame, sources: pd.DataFrame,
                  checks: dict) -> list:
    """Return the evidence annex: one entry per claim in scope, in id order, each with its
    claim, dyads, domain, stance, weight, grade (best source reliability and derived
    credibility), fact-check status, the coder's note and every quote with its source (id,
    title, outlet, date) and its span (character offsets into the stored source text).

    Built from plain records in one pass over each frame (no per-claim frame lookups): at
    5,000 claims the per-claim `.at` and `itertuples` version took seconds."""
    def column(name):
        return sources[name] if name in sources.columns else pd.Series("", index=sources.index)

    ids = list(sources["source_id"])
    title = dict(zip(ids, column("title")))
    outlet = dict(zip(ids, column("outlet")))
    date = dict(zip(ids, (str(d)[:10] for d in column("date"))))
    by_record = {}
    for q in sorted(quotes.to_dict("records"), key=lambda q: str(q["quote_id"])):
        sid = q["source_id"]
        by_record.setdefault(q["record_id"], []).append(dict(
            quote_id=q["quote_id"], quote=q["quote"], source_id=sid,
            title=title.get(sid, ""), outlet=outlet.get(sid, ""), date=date.get(sid, ""),
            start=int(q["quote_start"]), end=int(q["quote_end"]),
            attribution=q["attribution"], analyst=q.get("analyst"),
            affiliation=q.get("affiliation")))
    entries = {}
    for r in evidence.to_dict("records"):
        rid = r["record_id"]
        if rid in entries:
            entries[rid]["dyads"].append(str(r["dyad"]))
            continue
        entries[rid] = dict(
            record_id=rid, claim=r["claim"], dyads=[str(r["dyad"])], domain=r["domain"],
            stance=r["stance"], weight=int(r["weight"]), reliability=r.get("best_reliability"),
            credibility=r.get("credibility"), check=checks.get(rid), note=r.get("note"),
            quotes=by_record.get(rid, []))
    return [entries[rid] for rid in sorted(entries)]


def date_of_issue(issued: str = "", *, today: dt.date | None = None) -> str:
    """Return the date of issue: the `issued` parameter when set, else today (ISO)."""
    return issued or (today or dt.date.today()).isoformat()


_LATEST_COLUMNS = ["pair", *PAIR_COLUMNS]


def latest_alignment(alignment: pd.DataFrame, *, dyads, countries,
                     comparator: str = COMPARATOR) -> tuple:
    """Return (latest session year, its rows): one row per pair, the `dyads` then each of
    `countries` with `comparator`, missing values where a pair did not vote; (None, an
    empty frame) when there are no votes."""
    if alignment is None or alignment.empty:
        return None, pd.DataFrame(columns=_LATEST_COLUMNS)
    year = int(alignment["year"].max())
    pairs = [*dyads, *(vocab.dyad_code(c, comparator) for c in countries)]
    latest = alignment[alignment["year"] == year]
    latest = latest.assign(pair=latest["country_a"] + "-" + latest["country_b"])
    rows = latest.set_index("pair").reindex(pairs).rename_axis("pair").reset_index()
    return year, rows[_LATEST_COLUMNS]


def _emptied_by(evidence: pd.DataFrame, params: Params, in_time, group) -> Problem:
    """Return the problem to report when the parameters leave no evidence in scope, naming
    the first parameter that alone leaves nothing (or all of them, when only together)."""
    everything = dict(countries=group, domains=vocab.DOMAINS, min_weight=1, record_ids=in_time,
                      group=group)
    for name in ("countries", "domains", "min_weight"):
        alone = tables.select_evidence(evidence, **{**everything, name: params[name]})
        if alone.empty:
            shown = params[name] if not isinstance(params[name], tuple) else (
                ", ".join(params[name]))
            return Problem(WHERE, f"{shown} leaves no coded claim in scope", field=name)
    return Problem(WHERE, "countries, domains and min_weight together leave no coded claim "
                          "in scope", field="countries")


def _classes(records: pd.DataFrame, quotes: pd.DataFrame, roots: dict) -> dict:
    """The sets of claims the ACH is re-scored on: the claims left when each independent
    source is left out (a claim stays while another source supports it), concrete acts
    only (weight 3), and analyst opinion only (every quote attributed to a named or
    unnamed person)."""
    by_root = quotes.assign(root=quotes["source_id"].map(roots))
    # A claim is lost with a source only when that source is its only root: one pass over
    # the quotes, not one per source (with a source per few claims, that was quadratic).
    quoted = set(by_root["record_id"])
    lost = {}
    for rid, found in by_root.groupby("record_id")["root"].agg(set).items():
        if len(found) == 1:
            lost.setdefault(next(iter(found)), set()).add(rid)
    groups = {}
    for root in sorted(by_root["root"].unique()):
        groups[f"without {root}"] = quoted - lost.get(root, set())
    groups["concrete acts only (weight 3)"] = set(records.loc[records["weight"] == 3,
                                                              "record_id"])
    opinion = by_root.groupby("record_id")["attribution"].agg(
        lambda a: set(a) <= {"named", "unnamed"})
    groups["analyst opinion only"] = set(opinion[opinion].index)
    return groups


def _within(separates, chosen: set) -> str:
    """What separates a hypothesis from its neighbours, kept to the clauses ("from H3,
    ...") that name only hypotheses the report weighs: a report on H1 and H2 makes no
    comparison with H3."""
    if not isinstance(separates, str):
        return separates
    kept = [c.strip() for c in separates.split(";")
            if set(re.findall(r"\bH\d+\b", c)) <= chosen]
    return capital("; ".join(kept)) if kept else ""


def _run_ach(records: pd.DataFrame, hypotheses: pd.DataFrame, indicators, evidence,
             quotes: pd.DataFrame, roots: dict, params: Params) -> AchResult | None:
    if hypotheses is None or records.empty:
        return None
    chosen = list(params.get("hypotheses") or ()) or list(hypotheses["hypothesis"])
    hyps = hypotheses[hypotheses["hypothesis"].isin(chosen)].reset_index(drop=True)
    if "separates" in hyps and len(chosen) < len(hypotheses):
        hyps = hyps.assign(separates=[_within(t, set(chosen)) for t in hyps["separates"]])
    matrix = ach.ach_matrix(records, chosen)
    weights = ach.record_weights(records, weighting=params.get("weighting", "parc"))
    scores = ach.score_hypotheses(matrix, weights)
    sens = ach.sensitivity(matrix, weights)
    nd = ach.non_diagnostic(matrix)
    by_group = ach.sensitivity_by_group(matrix, weights, _classes(records, quotes, roots))
    ind = (ach.indicator_status(indicators[indicators["hypothesis"].isin(chosen)], evidence)
           if indicators is not None else pd.DataFrame(
               columns=["hypothesis", "indicator", "text", "claims", "status"]))
    return AchResult(hyps, matrix, weights, scores, sens, nd,
                     ach.ach_judgment(scores, sens, hyps, nd), by_group,
                     ach.ach_estimate(scores, by_group, hyps), ind)


def _lean(evidence: pd.DataFrame, dyad: str) -> str:
    """Where a dyad's distinct claims lean: cooperation, limitation or divided."""
    claims = evidence[evidence["dyad"].astype(str) == dyad].drop_duplicates("record_id")
    coop = int(claims.loc[claims["stance"] == "cooperation", "weight"].sum())
    lim = int(claims.loc[claims["stance"] == "limitation", "weight"].sum())
    return direction(coop, lim)


def _source_summary(sources: pd.DataFrame, roots: dict) -> dict:
    """How many sources the claims in scope rest on, of what kinds and grades, and how
    many of them are independent (a source derived from another counts with it)."""
    ids = list(sources["source_id"])
    derived = [(s, roots[s]) for s in ids if roots.get(s, s) != s]
    return dict(
        n_sources=len(ids), n_independent=len({roots.get(s, s) for s in ids}),
        by_kind=sources["kind"].value_counts().sort_index().to_dict(),
        by_grade=sources["reliability"].value_counts().sort_index().to_dict(),
        derived=derived, dates=(sources["date"].min(), sources["date"].max()) if ids else None)


def _weighed(result: AchResult, n_all: int) -> str:
    """'Of H1 and H2 only, ' when the report weighs fewer hypotheses than the project
    sets out, else ''."""
    ids = list(result.hypotheses["hypothesis"])
    return f"Of {join(ids)} only, " if len(ids) < n_all else ""


def _pair(evidence: pd.DataFrame) -> str:
    """'Iran and Russia (IRN-RUS)': the one pair a report covers."""
    dyad = next(d for d in evidence["dyad"].astype(str) if d != vocab.GROUP)
    return vocab.pair_words(dyad, code=True)


def _named(title: str, hypothesis: str) -> str:
    return f"{sentence_title(title)} ({hypothesis})"


# The ACH judgment cites the claims that most push the leading reading ahead, then the ACH
# section for the rest (every claim is rated there).
ACH_CITED = 5


def _ach_judgment(result: AchResult, counted, quotes, sources, corroboration, *,
                  n_hypotheses: int, n_pairs: int) -> Judgment:
    """The ACH's estimate as a key judgment: estimative language, and its confidence. With
    one pair in scope the hypotheses, which describe the group as a whole, cannot be
    tested: the judgment says so and makes no estimate. With a subset of the hypotheses it
    says which ones it weighs, and compares none outside them."""
    e = result.estimate
    lead = _named(e["leader_title"], e["leader"])
    n_rated = int(result.matrix["record_id"].nunique())
    if n_pairs == 1:
        return Judgment(
            "The competing hypotheses describe how the group as a whole works, so one pair "
            f"cannot test them: on the claims on {_pair(counted)} alone {lead} is the least "
            "inconsistent reading, which says nothing about the other pairs.", (), None,
            "hypotheses", (f"competing hypotheses, {count(n_rated, 'claim')} rated",))
    two = len(result.hypotheses) == 2
    prefix = _weighed(result, n_hypotheses)
    if e["term"] == "likely":
        text = (f"{prefix}the relationship is likely {'better' if two else 'best'} "
                f"described as {lead}.")
    else:
        second = _named(e["runner_up_title"], e["runner_up"])
        text = (f"{prefix}{lead} and {second} fit the evidence about equally well: which "
                f"describes the relationship better is a roughly even chance, though "
                f"{e['leader']} ranks first.")
    if e["unlikely"]:
        gone = join_words([_named(t, h) for h, t in zip(e["unlikely"], e["unlikely_titles"])])
        text += f" {capital(gone)} {'is' if len(e['unlikely']) == 1 else 'are'} unlikely."
    ids = tuple(sorted(result.matrix["record_id"].unique()))
    drivers = result.sensitivity[result.sensitivity["drive"] > 0]["record_id"]
    cited = tuple(sorted(drivers.head(ACH_CITED)))
    rows = counted[counted["record_id"].isin(set(ids))]
    return Judgment(capital(text), cited, assess_confidence(
        ids, claims=rows.drop_duplicates("record_id"), quotes=quotes, sources=sources,
        corroboration=corroboration), "hypotheses",
        (f"competing hypotheses, all {count(n_rated, 'claim')} rated",))


def _treaty_line(pacts: pd.DataFrame, dyads) -> str:
    """Which pairs in scope a defence obligation in force binds, from the treaties data
    (not from the pairs that keep claims after filtering). "Only" only when no agreement
    in scope has its obligations coded unknown."""
    bound, unknown = defence_status(pacts, dyads)
    doubt = unknown_clause(unknown)
    if len(list(dyads)) == 1:
        d = list(dyads)[0]
        if bound:
            return f"A defence obligation in force binds {d}."
        return (f"Whether an agreement in force binds {d} to mutual defence is unknown: "
                f"{doubt}." if doubt else f"No defence obligation in force binds {d}.")
    if bound:
        verb = "is" if len(bound) == 1 else "are"
        if doubt:
            return (f"{join_words(bound)} {verb} bound by a defence obligation in force; "
                    f"{doubt}.")
        return f"Only {join_words(bound)} {verb} bound by a defence obligation in force."
    if doubt:
        return f"No pair is known to be bound by a defence obligation in force; {doubt}."
    return "No pair is bound by a defence obligation in force."


def _bottom_line(dyads_table: pd.DataFrame, ach_result, summary: dict, *, views: dict,
                 pacts=None, dyads=(), n_hypotheses: int = 0, contradicted_only=(),
                 outside: dict | None = None, scope: str = "claims") -> list:
    """The bottom line up front, two to four plain sentences that do not repeat the
    judgments below: which readings fit the evidence, where the claims point pair by
    pair (the pairs judged with moderate or high confidence apart from those judged on
    thin evidence), which pairs a defence obligation binds, and what it all rests on.

    `views` maps each dyad with claims to (lean, confidence level, number of claims)."""
    lines = []
    if ach_result is not None and len(dyads) == 1:
        lines.append("With one pair in scope, the hypotheses about how the group as a whole "
                     "works cannot be tested.")
    elif ach_result is not None:
        e = ach_result.estimate
        best = [_named(e["leader_title"], e["leader"])]
        if e["term"] != "likely":
            best.append(_named(e["runner_up_title"], e["runner_up"]))
        better = "better" if len(ach_result.hypotheses) == 2 else "best"
        text = (f"{_weighed(ach_result, n_hypotheses)}the evidence fits {' or '.join(best)} "
                f"{better}")
        if e["unlikely"]:
            poor = join_words([_named(t, h) for h, t in zip(e["unlikely"],
                                                           e["unlikely_titles"])])
            text += f", and {poor} poorly"
        lines.append(capital(text) + ".")
    firm = {d: lean for d, (lean, level, n) in views.items()
            if level != "low" and n >= THIN_CLAIMS}
    groups = {}
    for d, (lean, _, _) in views.items():
        if lean == "divided":
            groups.setdefault("divided", []).append(d)
        elif d in firm:
            groups.setdefault(lean, []).append(d)
        else:
            groups.setdefault(f"thin {lean}", []).append(d)
    parts = []
    if groups.get("cooperation"):
        parts.append(f"cooperation outweighs its limits in {join_words(groups['cooperation'])}")
    if groups.get("limitation"):
        parts.append(f"the limits outweigh cooperation in {join_words(groups['limitation'])}")
    if groups.get("divided"):
        parts.append(f"the claims on {join_words(groups['divided'])} are divided")
    for lean, what in (("cooperation", "cooperation"), ("limitation", "limits")):
        thin = groups.get(f"thin {lean}", [])
        if thin:
            parts.append(f"the claims on {join_words(thin)} point to {what}, but they are too "
                         "few or too weakly sourced to judge with more than low confidence")
    if parts:
        lines.append(capital("; ".join(parts)) + ".")
    if len(dyads):
        lines.append(_treaty_line(pacts, dyads))
    n, k = summary["n_sources"], summary["n_independent"]
    rests = (f"The judgments rest on {count_words(n, 'source')}"
             + ("" if n == k else f", {number(k)} of them independent once copies are set "
                                   "aside"))
    thin = [r.dyad for r in dyads_table.itertuples()
            if r.n_records and getattr(r, "n_sources", 2) <= 1]
    empty = [r.dyad for r in dyads_table.itertuples()
             if not r.n_records and r.dyad not in set(contradicted_only)]
    filtered = [d for d in empty if (outside or {}).get(d)]
    silent = [d for d in empty if d not in filtered]
    bits = []
    if thin:
        bits.append(f"{join_words(thin)} {'rests' if len(thin) == 1 else 'rest'} on a single "
                    "source")
    if silent:
        bits.append(f"the sources say nothing about {join_words(silent)}")
    if filtered:
        bits.append(f"there are no {scope} on {join_words(filtered)}")
    if contradicted_only:
        bits.append(f"the only claims on {join_words(list(contradicted_only))} are "
                    "contradicted by the reference data")
    if bits:
        rests += f", and coverage is uneven: {join_words(bits)}"
    lines.append(rests + ".")
    return lines


def build_report(inputs: Inputs, params: Params, *, alignment: pd.DataFrame, spec=None,
                 figure_cache: Path | None = None) -> Report:
    """Return the Report for checked `params` over `inputs`; raise InputError when the
    parameters leave nothing to report on, naming the parameter that emptied it.

    `alignment` comes from `model.unvotes.load_alignment`; `spec` (the notebook's
    declared parameters) gives the appendix its help texts.
    """
    if inputs.sources.empty or inputs.evidence.empty:
        raise InputError([Problem("seeds/sources.yaml" if inputs.sources.empty
                                  else "seeds/evidence.yaml",
                                  "no sources or coded claims yet: nothing to report. Add a "
                                  "source and code its claims (docs/codebook.md), then run "
                                  "`axis-report validate`")])
    check_scope(inputs, params)  # names the parameter that leaves nothing in scope
    as_of, in_time = sources_as_of(inputs.sources, params.get("as_of") or None)
    if len(in_time) == 0:
        first = inputs.sources["date"].min()
        raise InputError([Problem(WHERE, f"{as_of} is before every source (the earliest is "
                                         f"dated {first}): nothing to report", field="as_of")])
    quotes = inputs.quotes[inputs.quotes["source_id"].isin(in_time)]
    claims_in_time = set(quotes["record_id"])
    evidence = tables.select_evidence(inputs.evidence, countries=params.countries,
                                      domains=params.domains, min_weight=params.min_weight,
                                      record_ids=claims_in_time, group=inputs.group)
    if evidence.empty:
        raise InputError([_emptied_by(inputs.evidence, params, claims_in_time, inputs.group)])
    dyads = vocab.dyads_among(params.countries)
    quotes = quotes[quotes["record_id"].isin(set(evidence["record_id"]))]
    records = evidence.drop_duplicates("record_id")
    fact_check = check_claims(records, source_dates=dict(zip(inputs.sources["source_id"],
                                                             inputs.sources["date"])),
                              treaties=inputs.treaties, atop=inputs.atop, alignment=alignment,
                              cow=inputs.cow, un_measure=params.get("un_measure", "standard"))
    checks = dict(zip(fact_check["record_id"], fact_check["status"].astype(str)))
    corroboration = corroborate_claims(quotes, inputs.sources, checks)
    derived = corroboration.set_index("record_id")
    evidence = evidence.assign(**{
        col: evidence["record_id"].map(derived[col]) for col in
        ("credibility", "n_independent", "roots", "best_reliability", "confirmed_by",
         "contradicted")})
    contradicted = sorted(derived.index[derived["contradicted"].astype(bool)])
    counted = (evidence if params.get("include_contradicted")
               else evidence[~evidence["record_id"].isin(contradicted)].reset_index(drop=True))
    in_scope = set(quotes["source_id"])
    sources = inputs.sources[inputs.sources["source_id"].isin(in_time)]
    counts = quotes.groupby("source_id")["record_id"].nunique()
    sources = sources.assign(n_claims=sources["source_id"].map(counts).fillna(0).astype(int))
    roots = independence_roots(inputs.sources)
    pacts = obligations_in_force(inputs.treaties, as_of)
    dyad_domain = tables.tabulate_dyad_domain(counted, dyads=dyads, domains=params.domains)
    dyads_table = tables.tabulate_dyads(counted, dyads=dyads)
    counted_records = counted.drop_duplicates("record_id")
    ach_result = _run_ach(counted_records, inputs.hypotheses, inputs.indicators, counted,
                          quotes[quotes["record_id"].isin(set(counted["record_id"]))], roots,
                          params)
    alignment_year, alignment_latest = latest_alignment(alignment, dyads=dyads,
                                                        countries=params.countries)
    # Each claim dated by its newest source, so judgments can date old evidence.
    dates = tables.claim_dates(quotes, inputs.sources)
    # Claims on the chosen countries that the domain and weight filters left out: a pair
    # with such claims is filtered out of scope, not unmentioned by the sources.
    unfiltered = tables.select_evidence(inputs.evidence, countries=params.countries,
                                        domains=vocab.DOMAINS, min_weight=1,
                                        record_ids=claims_in_time, group=inputs.group)
    left_out = unfiltered[~unfiltered["record_id"].isin(set(evidence["record_id"]))]
    outside = left_out.groupby(left_out["dyad"].astype(str))["record_id"].nunique().to_dict()
    scope = scope_noun(params.domains, params.min_weight)
    judgments = derive_key_judgments(counted, dyads_table, quotes=quotes, sources=inputs.sources,
                                     corroboration=corroboration, fact_check=fact_check,
                                     pacts_in_force=pacts, countries=params.countries,
                                     excluded=None if params.get("include_contradicted")
                                     else evidence[evidence["record_id"].isin(contradicted)],
                                     alignment=None if alignment_year is None else
                                     {"year": alignment_year, "rows": alignment_latest},
                                     measure=params.get("un_measure", "standard"),
                                     dates=dates, as_of=as_of, outside=outside, scope=scope)
    n_hypotheses = 0 if inputs.hypotheses is None else len(inputs.hypotheses)
    if ach_result is not None:
        judgments.insert(0, _ach_judgment(ach_result, counted, quotes, inputs.sources,
                                          corroboration, n_hypotheses=n_hypotheses,
                                          n_pairs=len(dyads)))
    summary = _source_summary(sources[sources["source_id"].isin(in_scope)], roots)
    statuses = fact_check["status"].astype(str)
    n_by_dyad = dict(zip(dyads_table["dyad"], dyads_table["n_records"]))
    levels = {j.topic: j.confidence.level for j in judgments
              if j.topic in n_by_dyad and j.confidence is not None}
    views = {d: (_lean(counted, d), levels.get(d, "low"), int(n_by_dyad[d]))
             for d in dyads_table.loc[dyads_table["n_records"] > 0, "dyad"]}
    defence_dyads = set(pacts.loc[pacts["defence"].fillna(False).astype(bool), "dyad"]) & set(
        dyads)
    newest = str(sources.loc[sources["source_id"].isin(in_scope), "date"].max())[:10]
    issued = date_of_issue(params.get("issued", ""))
    return Report(
        params=params, group=inputs.group, organisation=inputs.settings.organisation,
        author=inputs.settings.author, as_of=as_of, sources=sources, evidence=evidence,
        evidence_table=evidence_in_table_order(evidence, sources, checks),
        dyads=dyads, dyad_domain=dyad_domain, dyads_table=dyads_table,
        countries_table=tables.summarize_countries(counted, countries=params.countries),
        gaps=tables.find_gaps(dyad_domain), analysts=tables.tabulate_analysts(evidence, quotes),
        judgments=judgments,
        bottom_line=_bottom_line(dyads_table, ach_result, summary, views=views, pacts=pacts,
                                 dyads=dyads, n_hypotheses=n_hypotheses, outside=outside,
                                 scope=scope, contradicted_only=sorted(
            set(dyads_table.loc[dyads_table["n_records"] == 0, "dyad"])
            & set(evidence.loc[evidence["record_id"].isin(contradicted), "dyad"].astype(str)))),
        source_summary=summary, quotes=quotes, corroboration=corroboration,
        contradicted=contradicted, counted=counted, assumptions=inputs.assumptions,
        treaties=inputs.treaties, pacts=pacts,
        defence_dyads=defence_dyads,
        fact_check=fact_check,
        checks=checks,
        fact_check_counts={s: int((statuses == s).sum()) for s in vocab.STATUSES},
        alignment=alignment, alignment_year=alignment_year, alignment_latest=alignment_latest,
        timeline=tables.timeline_events(counted, inputs.treaties, dyads=dyads, until=as_of),
        ach=ach_result, input_hashes=inputs.files,
        parameters=parameter_rows(params, spec, as_of=as_of),
        versions=[("axis_report", __version__), ("python", platform.python_version()),
                  ("pandas", pd.__version__)],
        figure_cache=figure_cache,
        issued=issued, handling=inputs.settings.handling, newest=newest,
        stale=staleness(newest, issued, params.get("stale_after_days", 90)),
        annex=annex_entries(evidence, quotes, sources, checks),
    )
