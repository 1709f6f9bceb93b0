"""The report model: everything a report shows, computed once from checked inputs and
parameters by `build_report`, a pure function (no file is read or written here).

Sections lay out what a `Report` holds and compute nothing; a section's unit test
can build a `Report` by hand.
"""

import platform
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

from .. import vocab
from .._version import __version__
from ..analysis import ach, tables
from ..analysis.factcheck import check_claims
from ..analysis.judgments import Judgment, derive_key_judgments
from ..analysis.treaties import obligations_in_force
from ..errors import InputError, Problem
from ..inputs import Inputs
from ..inputs.sources import sources_as_of
from .params import WHERE, Params
from .unvotes import COMPARATOR

__all__ = ["AchResult", "Report", "build_report", "parameter_rows",
           "evidence_in_table_order", "latest_alignment"]


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
    judgments: list                 # analysis.judgments.Judgment, strongest first
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


_LATEST_COLUMNS = ["pair", "n_common", "agreement", "agreement_percentile", "kappa",
                   "kappa_percentile"]


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
    everything = dict(countries=group, domains=vocab.DOMAINS, min_weight=1, source_ids=in_time,
                      group=group)
    for name in ("countries", "domains", "min_weight"):
        alone = tables.select_evidence(evidence, **{**everything, name: params[name]})
        if alone.empty:
            shown = params[name] if not isinstance(params[name], tuple) else (
                ", ".join(params[name]))
            return Problem(WHERE, f"{shown} leaves no coded claim in scope", field=name)
    return Problem(WHERE, "countries, domains and min_weight together leave no coded claim "
                          "in scope", field="countries")


def _run_ach(records: pd.DataFrame, hypotheses: pd.DataFrame, sources: pd.DataFrame,
             params: Params) -> AchResult | None:
    if hypotheses is None or records.empty:
        return None
    chosen = list(params.get("hypotheses") or ()) or list(hypotheses["hypothesis"])
    hyps = hypotheses[hypotheses["hypothesis"].isin(chosen)].reset_index(drop=True)
    matrix = ach.ach_matrix(records, chosen)
    weights = ach.record_weights(records, dict(zip(sources["source_id"], sources["reliability"])),
                                 weighting=params.get("weighting", "parc"))
    scores = ach.score_hypotheses(matrix, weights)
    sens = ach.sensitivity(matrix, weights)
    nd = ach.non_diagnostic(matrix)
    return AchResult(hyps, matrix, weights, scores, sens, nd,
                     ach.ach_judgment(scores, sens, hyps, nd))


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
    as_of, in_time = sources_as_of(inputs.sources, params.get("as_of") or None)
    if len(in_time) == 0:
        first = inputs.sources["date"].min()
        raise InputError([Problem(WHERE, f"{as_of} is before every source (the earliest is "
                                         f"dated {first}): nothing to report", field="as_of")])
    evidence = tables.select_evidence(inputs.evidence, countries=params.countries,
                                      domains=params.domains, min_weight=params.min_weight,
                                      source_ids=in_time, group=inputs.group)
    if evidence.empty:
        raise InputError([_emptied_by(inputs.evidence, params, in_time, inputs.group)])
    dyads = vocab.dyads_among(params.countries)
    sources = inputs.sources[inputs.sources["source_id"].isin(in_time)]
    counts = evidence.groupby("source_id")["record_id"].nunique()
    sources = sources.assign(n_claims=sources["source_id"].map(counts).fillna(0).astype(int))
    records = evidence.drop_duplicates("record_id")
    fact_check = check_claims(records, source_dates=dict(zip(inputs.sources["source_id"],
                                                             inputs.sources["date"])),
                              treaties=inputs.treaties, atop=inputs.atop, alignment=alignment,
                              cow=inputs.cow)
    pacts = obligations_in_force(inputs.treaties, as_of)
    dyad_domain = tables.tabulate_dyad_domain(evidence, dyads=dyads, domains=params.domains)
    dyads_table = tables.tabulate_dyads(evidence, dyads=dyads)
    ach_result = _run_ach(records, inputs.hypotheses, inputs.sources, params)
    judgments = derive_key_judgments(evidence, dyads_table, fact_check=fact_check,
                                     pacts_in_force=pacts)
    if ach_result is not None:
        judgments.insert(1, Judgment(ach_result.judgment, ()))
    checks = dict(zip(fact_check["record_id"], fact_check["status"].astype(str)))
    statuses = fact_check["status"].astype(str)
    alignment_year, alignment_latest = latest_alignment(alignment, dyads=dyads,
                                                        countries=params.countries)
    return Report(
        params=params, group=inputs.group, organisation=inputs.settings.organisation,
        author=inputs.settings.author, as_of=as_of, sources=sources, evidence=evidence,
        evidence_table=evidence_in_table_order(evidence, sources, checks),
        dyads=dyads, dyad_domain=dyad_domain, dyads_table=dyads_table,
        countries_table=tables.summarize_countries(evidence, countries=params.countries),
        gaps=tables.find_gaps(dyad_domain), analysts=tables.tabulate_analysts(evidence),
        judgments=judgments, treaties=inputs.treaties, pacts=pacts,
        defence_dyads=set(pacts.loc[pacts["defence"], "dyad"]) & set(dyads),
        fact_check=fact_check,
        checks=checks,
        fact_check_counts={s: int((statuses == s).sum()) for s in vocab.STATUSES},
        alignment=alignment, alignment_year=alignment_year, alignment_latest=alignment_latest,
        timeline=tables.timeline_events(evidence, inputs.treaties, dyads=dyads, until=as_of),
        ach=ach_result, input_hashes=inputs.files,
        parameters=parameter_rows(params, spec, as_of=as_of),
        versions=[("axis_report", __version__), ("python", platform.python_version()),
                  ("pandas", pd.__version__)],
        figure_cache=figure_cache,
    )
