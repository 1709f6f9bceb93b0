"""The report's sections: one call each from the report notebook, each returning a Block.

A `show_*` function picks fields of the `Report` (everything is computed there, by
`model.report.build_report`), draws its figures and hands both to its template under
templates/sections/, which holds the markup and the wording. Nothing here computes a
table or writes a tag.
"""

from .. import vocab
from ..analysis import alignment
from ..figures import plots
from ..figures.cache import cached_svg
from ..html import Block, render, svg_data_uri
from ..inputs.reference import CITATIONS
from ..model.report import Report

# Up to this many claims the ACH section draws the claim-by-claim matrix; beyond it, a
# summary per hypothesis, with the full matrix in the appendix (show_ach_ratings).
# 40 rows at the matrix's smallest readable size (7.5 pt) fill most of an A4 page.
ACH_MATRIX_MAX = 40
# A judgment's citation lists up to this many claim ids; the rest are in the annex.
MAX_CITED_IDS = 30

__all__ = [
    "show_title",
    "show_key_judgments",
    "show_ach",
    "show_sources",
    "show_heatmap",
    "show_network",
    "show_balance",
    "show_dyad_evidence",
    "show_fact_check",
    "show_un_alignment",
    "show_timeline",
    "show_analysts",
    "show_gaps",
    "show_method",
    "show_appendix",
    "show_ach_ratings",
    "show_annex",
]


def _records(frame) -> list:
    """Return a frame's rows as dicts: the plain data a template iterates over."""
    return frame.to_dict("records")


def _figure(report: Report, draw, *args, **kwargs) -> str:
    """Draw a figure (or reuse an identical one from the report's figure cache) and return
    it as a data URI for the template's <img>."""
    return svg_data_uri(cached_svg(draw, *args, cache_dir=report.figure_cache, **kwargs))


def _claims(report: Report) -> dict:
    """Each claim's id with the claim in the coder's words, for figures that name claims."""
    table = report.evidence_table.drop_duplicates("record_id")
    return dict(zip(table["record_id"], table["claim"].fillna("")))


def _report_meta(report: Report) -> dict:
    """Return the document metadata the exporter writes into the HTML <head> and so into
    the PDF (title, author, subject, dates), and whether to print a contents list."""
    return dict(title=report.params.title,
                author=", ".join(x for x in (report.author, report.organisation) if x),
                description=report.description, date=report.issued, contents=True)


def show_title(report: Report) -> Block:
    """Return the title block: the title, the countries in scope, the date of issue, the
    date the evidence speaks for and how many claims and sources it rests on, who
    prepared it, the handling line and, when the newest evidence is old, a warning. It
    carries the document metadata (`_report_meta`) for the exporter."""
    block = render("title.html.j2", title=report.params.title,
                   countries=[vocab.country_name(c) for c in report.params.countries],
                   as_of=report.as_of, newest=report.newest, issued=report.issued,
                   n_records=len(report.records),
                   n_sources=report.source_summary["n_sources"],
                   author=report.author, organisation=report.organisation,
                   handling=report.handling, stale=report.stale,
                   pending=report.pending_review)
    return Block(block.markup, meta=_report_meta(report))


def _cites_all(judgment, counted: set) -> bool:
    """Whether a judgment rests on every claim counted, and on more than a citation lists:
    its citation then points to the annex as a whole."""
    ids = set(judgment.record_ids)
    return len(ids) > MAX_CITED_IDS and counted <= ids


def show_key_judgments(report: Report) -> Block:
    """Return the key judgments, strongest first, each with the record ids it rests on,
    so a reader can trace it to the quotes."""
    counted = set(report.counted["record_id"])
    return render("key_judgments.html.j2", judgments=report.judgments,
                  bottom_line=report.bottom_line, assumptions=_records(report.assumptions),
                  cites_all=[_cites_all(j, counted) for j in report.judgments],
                  max_ids=MAX_CITED_IDS)


def show_ach(report: Report) -> Block:
    """Return the Analysis of Competing Hypotheses: the judgment, the hypotheses ranked,
    the matrix, the records that drive the ranking and whether dropping any one changes
    it; or a note that there is no ACH (no hypotheses, or no evidence in scope)."""
    a = report.ach
    if a is None:
        return render("ach.html.j2", ach=None)
    runner_up = a.indicators[(a.indicators["hypothesis"] == a.estimate["runner_up"])
                             & (a.indicators["status"] != "observed")]
    return render("ach.html.j2", ach=a, flips=a.flips, n_removals=len(a.sensitivity),
                  hypotheses=_records(a.hypotheses), by_group=_records(a.by_group),
                  estimate=a.estimate, indicators=_records(a.indicators),
                  changes=[t[:1].lower() + t[1:] for t in runner_up["text"]],
                  ranked=_records(a.ranked), drivers=_records(a.drivers.head(5)),
                  weighting=report.params.get("weighting", "parc"),
                  full_matrix=len(a.matrix["record_id"].unique()) <= ACH_MATRIX_MAX,
                  matrix=_figure(report, plots.plot_ach_matrix, a.matrix, scores=a.scores,
                                 claims=_claims(report))
                  if len(a.matrix["record_id"].unique()) <= ACH_MATRIX_MAX
                  else _figure(report, plots.plot_ach_summary, a.matrix, scores=a.scores))


def show_ach_ratings(report: Report) -> Block:
    """Return the ACH ratings claim by claim, as a compact table for the appendix: the
    full matrix, which the body summarises once there are more than `ACH_MATRIX_MAX`
    claims (one label per claim would not be readable)."""
    a = report.ach
    if a is None:
        return render("ach_ratings.html.j2", rows=[], hypotheses=[])
    wide = (a.matrix.assign(rating=a.matrix["rating"].astype(str))
            .pivot(index="record_id", columns="hypothesis", values="rating"))
    hyps = list(dict.fromkeys(a.matrix["hypothesis"]))
    rows = [{"record_id": rid, "ratings": [wide.at[rid, h] for h in hyps]}
            for rid in wide.index]
    return render("ach_ratings.html.j2", rows=rows, hypotheses=hyps)


def show_sources(report: Report) -> Block:
    """Return the table of sources the evidence is coded from, with their dating (and
    its basis when estimated), reliability and number of claims in scope."""
    used = report.sources[report.sources["n_claims"] > 0]
    return render("sources.html.j2", sources=_records(used), summary=report.source_summary)


def show_heatmap(report: Report) -> Block:
    """Return the dyad x domain heatmap of net balance, with a caption saying how to read
    it (hatched cells are gaps, not zero cooperation)."""
    return render("heatmap.html.j2",
                  heatmap=_figure(report, plots.plot_dyad_domain_heatmap, report.dyad_domain))


def show_network(report: Report) -> Block:
    """Return the countries as a network of dyads, marking defence obligations in force."""
    return render("network.html.j2", as_of=report.as_of,
                  network=_figure(report, plots.plot_network, report.dyads_table,
                                  defence_dyads=report.defence_dyads))


def show_balance(report: Report) -> Block:
    """Return the cooperation-against-limitation bar chart, the per-dyad table behind it
    and the per-country summary."""
    return render("balance.html.j2",
                  chart=_figure(report, plots.plot_dyad_balance, report.dyads_table),
                  dyads=_records(report.dyads_table),
                  countries=_records(report.countries_table))


def show_dyad_evidence(report: Report) -> Block:
    """Return one table per dyad in scope, with every quote, then one for the claims about
    the group as a whole (left out when there are none). A dyad without evidence says so:
    a gap is not a finding of no cooperation."""
    table = report.evidence_table
    dyad = table["dyad"].astype(str)
    parts = [{"dyad": d, "rows": _records(table[dyad == d])}
             for d in [*report.dyads, vocab.GROUP]]
    parts = [p for p in parts if p["rows"] or p["dyad"] != vocab.GROUP]
    quotes = {rid: _records(q) for rid, q in report.quotes.groupby("record_id", sort=False)}
    return render("dyad_evidence.html.j2", parts=parts, quotes=quotes)


def show_fact_check(report: Report) -> Block:
    """Return the fact check against the reference data: how many claims it tests with
    what result, then each contradicted or unverifiable claim, then the consistent ones,
    each with what the data say and the citation."""
    fc = report.fact_check
    status = fc["status"].astype(str)
    return render("fact_check.html.j2", n_checked=len(fc), counts=report.fact_check_counts,
                  flagged=_records(fc[status != "consistent"]),
                  consistent=_records(fc[status == "consistent"]))


def show_un_alignment(report: Report, *, measure: str | None = None) -> Block:
    """Return UN General Assembly voting alignment of the dyads in scope, with the
    comparator, under `measure` (one of vocab.UN_MEASURES; by default the report's
    `un_measure` parameter, else the standard agreement score), named and defined in the
    section: the measure since 1991, the latest five
    years as a heatmap with each pair's percentile among all pairs that year, and the
    latest year's figures. `report.alignment_latest` must carry the measure's columns
    (`alignment.measure_column`, `alignment.percentile_column`)."""
    measure = measure or report.params.get("un_measure", "standard")
    year = report.alignment_year
    if year is None:
        return render("un_alignment.html.j2", year=None)
    latest = report.alignment_latest
    return render(
        "un_alignment.html.j2", year=year, latest=_records(latest),
        citation=CITATIONS["unga"], measure_label=vocab.UN_MEASURE_LABELS[measure],
        measure_definition=vocab.UN_MEASURE_DEFINITIONS[measure],
        value=alignment.measure_column(measure), percentile=alignment.percentile_column(measure),
        series=_figure(report, plots.plot_alignment_series, report.alignment,
                       dyads=report.dyads, countries=list(report.params.countries),
                       measure=measure),
        heatmap=_figure(report, plots.plot_alignment_heatmap, report.alignment,
                        pairs=list(latest["pair"]), years=list(range(year - 4, year + 1)),
                        measure=measure))


def show_timeline(report: Report) -> Block:
    """Return the agreements and dated events among the dyads in scope, as a figure and a
    table; or a note when there are none."""
    if report.timeline.empty:
        return render("timeline.html.j2", events=[])
    return render("timeline.html.j2", events=_records(report.timeline),
                  chart=_figure(report, plots.plot_timeline, report.timeline))


def show_analysts(report: Report) -> Block:
    """Return what the named analysts argue: one row per claim, by person."""
    return render("analysts.html.j2", analysts=_records(report.analysts))


def show_gaps(report: Report) -> Block:
    """Return where the sources say nothing (said once here: silence is not a finding):
    dyads without any claims, dyads resting on one source, then the empty domains of the
    dyads that have some."""
    gaps = report.gaps
    whole = gaps["whole_dyad"].astype(bool)
    table = report.dyads_table
    thin = table.loc[(table["n_records"] > 0) & (table["n_sources"] <= 1), "dyad"]
    return render("gaps.html.j2", whole=sorted(set(gaps.loc[whole, "dyad"])),
                  thin=sorted(thin), cells=_records(gaps[~whole]))


def show_method(report: Report) -> Block:
    """Return how claims are coded, with the vocabularies in force (from `vocab`)."""
    return render("method.html.j2", countries=[vocab.country_name(c) for c in report.group],
                  domains=vocab.DOMAINS, stances=vocab.STANCES, weights=vocab.WEIGHTS,
                  credibility=list(vocab.CREDIBILITY_GRADES.items()),
                  attributions=vocab.ATTRIBUTIONS)


def show_appendix(report: Report) -> Block:
    """Return what a reader needs to reproduce the report: the parameters used (name,
    value, meaning), a SHA-256 of each input file and the software versions."""
    return render("appendix.html.j2", parameters=report.parameters,
                  files=_records(report.input_hashes), versions=report.versions)


def show_annex(report: Report) -> Block:
    """Return the evidence annex: every claim in scope by id, with its quotes, their
    sources and spans, and its grade; each entry is the target of the report's id links
    (`#ev-E012`)."""
    return render("annex.html.j2", entries=report.annex)
