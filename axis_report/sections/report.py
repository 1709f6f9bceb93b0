"""The report's sections: one call each from the report notebook, each returning a Block.

A `show_*` function picks fields of the `Report` (everything is computed there, by
`model.report.build_report`), draws its figures and hands both to its template under
templates/sections/, which holds the markup and the wording. Nothing here computes a
table or writes a tag.
"""

from .. import vocab
from ..analysis import ach as ach_analysis
from ..analysis import alignment
from ..config import REPORT_NAME
from ..figures import plots
from ..figures.cache import cached_svg
from ..html import ID_ANCHORS, Block, render, svg_data_uri
from ..inputs.reference import CITATIONS
from ..model.report import ACH_CITED, Report
from ..prose import count as prose_count
from ..prose import join as join_words

# Up to this many claims the ACH section draws the claim-by-claim matrix; beyond it, a
# summary per hypothesis, with the full matrix in the appendix (show_ach_ratings).
# 40 rows at the matrix's smallest readable size (7.5 pt) fill most of an A4 page.
ACH_MATRIX_MAX = 40
# A judgment's citation lists up to this many claim ids; the rest are in the annex.
MAX_CITED_IDS = 30
# An ACH indicator's row lists up to this many of the claims that bear on it.
MAX_INDICATOR_IDS = 12
# The ACH's robustness sentence names up to this many of the re-scorings that lose the
# leader its place, and counts the rest.
MAX_FLIPS_NAMED = 5

# Beyond these sizes a section prints a summary and says where the full listing is, so the
# body stays a readable length however large the evidence grows (issue 13: 5,000 claims
# printed in full made a 1,447-page PDF). The shipped project stays under every one.
# A dyad with more claims than this shows its DYAD_STRONGEST strongest; the rest are in
# the annex.
DYAD_CLAIMS_MAX = 30
DYAD_STRONGEST = 5
# More timeline events than this: the agreements in full, the dated claims counted by year.
TIMELINE_EVENTS_MAX = 60
# More claims than this: the ACH ratings appendix counts ratings per hypothesis, and the
# claim-by-claim table is in the HTML edition only.
ACH_RATINGS_MAX = 150
# More sources than this: the ACH's "without source X" rows show the sources that change
# the ranking or remove the most claims, SENSITIVITY_SHOWN in all, and count the rest.
SENSITIVITY_SOURCES_MAX = 15
SENSITIVITY_SHOWN = 10
# More sources than this: the source section summarises by kind and grade and lists the
# SOURCES_MOST_CITED most cited; the full list is in the HTML edition only.
SOURCES_MAX = 40
SOURCES_MOST_CITED = 15
# More input files than this: the appendix gives one row per file type with a combined
# checksum instead of a row per file.
INPUT_FILES_MAX = 40
# More claims than this: the evidence annex is in the HTML edition only.
ANNEX_PRINTED_MAX = 200
# The ACH weightings (vocab.WEIGHTINGS) as the scores table's caption names them.
WEIGHTING_LABELS = {"parc": "weighted by credibility \u00d7 relevance",
                    "credibility": "weighted by credibility",
                    "relevance": "weighted by relevance", "unweighted": "unweighted"}
# Treaty obligations (vocab.OBLIGATIONS) as the Treaties section names them.
OBLIGATION_LABELS = {"non_aggression": "non-aggression"}
# The anchor of the Treaties section, where "treaties table" in the report leads.
TREATIES_ANCHOR = "treaties"
# Where the HTML-only listings are, as the printed edition names it.
HTML_EDITION = f"{REPORT_NAME}.html"

__all__ = [
    "show_title",
    "show_key_judgments",
    "show_ach",
    "show_sources",
    "show_heatmap",
    "show_network",
    "show_balance",
    "show_dyad_evidence",
    "show_treaties",
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


def _annex_printed(report: Report) -> bool:
    """Whether the evidence annex is printed in the PDF (else it is in the HTML only)."""
    return len(report.annex) <= ANNEX_PRINTED_MAX


def _elsewhere(report: Report) -> dict:
    """What a summary needs to say where its full listing is: the HTML edition's file name
    and whether the annex is printed too."""
    return dict(html_edition=HTML_EDITION, annex_printed=_annex_printed(report))


def _sensitivity_rows(by_group, full_ranking: str) -> tuple:
    """Return (rows shown, how many "without source" rows are left out, how many of those
    change the ranking) of the ACH's leave-one-source-out table. Up to
    SENSITIVITY_SOURCES_MAX sources every row shows; beyond, the sources whose removal
    changes the ranking come first, then those whose removal takes away the most claims
    (moving the scores most), SENSITIVITY_SHOWN in all, in their table order, with every
    class-of-claim row."""
    rows = _records(by_group)
    per_source = [r for r in rows if str(r["label"]).startswith("without ")]
    if len(per_source) <= SENSITIVITY_SOURCES_MAX:
        return rows, 0, 0
    changes = {r["label"] for r in per_source if r["ranking"] != full_ranking}
    shown = {r["label"] for r in sorted(per_source, key=lambda r: (
        r["label"] not in changes, r["n_claims"], str(r["label"])))[:SENSITIVITY_SHOWN]}
    kept = [r for r in rows if r["label"] in shown
            or not str(r["label"]).startswith("without ")]
    return kept, len(per_source) - len(shown), len(changes - shown)


def scope(report: Report) -> list:
    """Return the filters in force, one phrase each, for the title block's Scope line and
    the PDF's Subject: the countries when not all of the project's, the domains when not
    all, the minimum weight when above 1, the hypotheses when a subset, the as-of date when
    set, and contradicted claims when counted. Empty for the full report."""
    p = report.params
    out = []
    if set(p.countries) != set(report.group):
        out.append(f"{join_words([vocab.country_name(c) for c in p.countries])} only, of the "
                   f"project's {prose_count(len(report.group), 'country', 'countries')}")
    if set(p.domains) != set(vocab.DOMAINS):
        out.append(f"{join_words([d for d in vocab.DOMAINS if d in p.domains])} claims only")
    if int(p.get("min_weight", 1) or 1) > 1:
        out.append(f"claims of weight {p.min_weight} or more (of 1 to 3)")
    if p.get("hypotheses"):
        out.append(f"hypotheses {join_words(list(p.hypotheses))} only")
    if p.get("as_of"):
        out.append(f"sources dated on or before {p.as_of}")
    if p.get("include_contradicted"):
        out.append("claims the reference data contradict are counted")
    return out


def _report_meta(report: Report) -> dict:
    """Return the document metadata the exporter writes into the HTML <head> and so into
    the PDF (title, author, subject with the scope, dates), and whether to print a
    contents list."""
    limits = scope(report)
    description = report.description
    if limits:
        description += f" Scope: {'; '.join(limits)}."
    return dict(title=report.params.title,
                author=", ".join(x for x in (report.author, report.organisation) if x),
                description=description, date=report.issued, contents=True)


def show_title(report: Report) -> Block:
    """Return the title block: the title, the countries in scope, the filters in force
    (`scope`), the date of issue, the date the evidence speaks for and how many claims and
    sources it rests on, who prepared it, the handling line and, when the newest evidence
    is old, a warning. It carries the document metadata (`_report_meta`) for the
    exporter."""
    block = render("title.html.j2", title=report.params.title,
                   countries=[vocab.country_name(c) for c in report.params.countries],
                   as_of=report.as_of, newest=report.newest, issued=report.issued,
                   n_records=len(report.records), set_aside=report.n_set_aside,
                   n_sources=report.source_summary["n_sources"],
                   author=report.author, organisation=report.organisation,
                   handling=report.handling, stale=report.stale,
                   pending=report.pending_review, scope=scope(report))
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
    return render("key_judgments.html.j2", judgments=report.judgments, anchors=anchors(report),
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
    by_group, hidden, hidden_changing = _sensitivity_rows(
        a.by_group, " > ".join(ach_analysis.ranking(a.scores)))
    return render("ach.html.j2", ach=a, flips=a.flips, n_removals=len(a.sensitivity),
                  hypotheses=_records(a.hypotheses), by_group=by_group,
                  hidden_sources=hidden, hidden_changing=hidden_changing,
                  max_ids=MAX_CITED_IDS, max_indicator_ids=MAX_INDICATOR_IDS,
                  max_flips=MAX_FLIPS_NAMED, n_groups=len(a.by_group),
                  estimate=a.estimate, indicators=_records(a.indicators),
                  changes=[t[:1].lower() + t[1:] for t in runner_up["text"]],
                  ranked=_records(a.ranked), drivers=_records(a.drivers.head(ACH_CITED)),
                  weighting=WEIGHTING_LABELS[report.params.get("weighting", "parc")],
                  full_matrix=len(a.matrix["record_id"].unique()) <= ACH_MATRIX_MAX,
                  matrix=_figure(report, plots.plot_ach_matrix, a.matrix, scores=a.scores,
                                 claims=_claims(report))
                  if len(a.matrix["record_id"].unique()) <= ACH_MATRIX_MAX
                  else _figure(report, plots.plot_ach_summary, a.matrix, scores=a.scores))


def show_ach_ratings(report: Report) -> Block:
    """Return the ACH ratings claim by claim, as a compact table for the appendix: the
    full matrix, which the body summarises once there are more than `ACH_MATRIX_MAX`
    claims (one label per claim would not be readable). Beyond `ACH_RATINGS_MAX` claims
    it prints how many claims give each rating to each hypothesis, and the table claim
    by claim is in the HTML edition only."""
    a = report.ach
    if a is None:
        return render("ach_ratings.html.j2", rows=[], hypotheses=[])
    hyps = list(dict.fromkeys(a.matrix["hypothesis"]))
    n_claims = a.matrix["record_id"].nunique()
    counts = None
    if n_claims > ACH_RATINGS_MAX:
        ratings = a.matrix["rating"].astype(str)
        table = (a.matrix.assign(rating=ratings).groupby(["hypothesis", "rating"]).size()
                 .unstack(fill_value=0).reindex(index=hyps, columns=list(vocab.RATINGS),
                                                fill_value=0))
        counts = [{"hypothesis": h, "counts": [int(table.at[h, r]) for r in vocab.RATINGS]}
                  for h in hyps]
    wide = (a.matrix.assign(rating=a.matrix["rating"].astype(str))
            .pivot(index="record_id", columns="hypothesis", values="rating"))
    rows = [{"record_id": rid, "ratings": [wide.at[rid, h] for h in hyps]}
            for rid in wide.index]
    return render("ach_ratings.html.j2", rows=rows, hypotheses=hyps, counts=counts,
                  ratings=vocab.RATINGS, n_claims=n_claims, **_elsewhere(report))


def show_sources(report: Report) -> Block:
    """Return the table of sources the evidence is coded from, with their dating (and
    its basis when estimated), reliability and number of claims in scope. Beyond
    `SOURCES_MAX` sources it prints the summary and the most-cited sources; the full list
    is in the HTML edition only."""
    used = report.sources[report.sources["n_claims"] > 0]
    most_cited = None
    if len(used) > SOURCES_MAX:
        most_cited = _records(used.sort_values(["n_claims", "source_id"],
                                               ascending=[False, True])
                              .head(SOURCES_MOST_CITED))
    return render("sources.html.j2", sources=_records(used), summary=report.source_summary,
                  most_cited=most_cited, **_elsewhere(report))


def show_heatmap(report: Report) -> Block:
    """Return the dyad x domain heatmap of net balance, with a caption saying how to read
    it (hatched cells are gaps, not zero cooperation)."""
    return render("heatmap.html.j2",
                  heatmap=_figure(report, plots.plot_dyad_domain_heatmap, report.dyad_domain))


def show_network(report: Report) -> Block:
    """Return the countries as a network of dyads, marking defence obligations in force,
    with a caption naming only what is drawn; with one pair in scope, a sentence saying
    why there is no network (the bar chart and tables show the pair)."""
    table = report.dyads_table
    if len(report.dyads) < 2:
        return render("network.html.j2", network=None, dyads=report.dyads)
    verdicts = set(table.loc[table["n_records"] > 0, "verdict"].astype(str))
    return render("network.html.j2", as_of=report.as_of, dyads=report.dyads,
                  defence=bool(set(report.defence_dyads) & set(report.dyads)),
                  gaps=bool((table["n_records"] == 0).any()),
                  verdicts=[v for v in ("net cooperation", "net limitation", "divided")
                            if v in verdicts],
                  network=_figure(report, plots.plot_network, table,
                                  defence_dyads=report.defence_dyads))


def show_balance(report: Report) -> Block:
    """Return the cooperation-against-limitation bar chart, the per-dyad table behind it
    and the per-country summary."""
    return render("balance.html.j2",
                  chart=_figure(report, plots.plot_dyad_balance, report.dyads_table),
                  dyads=_records(report.dyads_table),
                  countries=_records(report.countries_table))


def show_dyad_evidence(report: Report) -> Block:
    """Return one table per dyad in scope, each claim with its lead quote (the others are
    in the evidence annex), then one for the claims about the group as a whole (left out
    when there are none). A dyad without evidence says so:
    a gap is not a finding of no cooperation. A dyad with more than `DYAD_CLAIMS_MAX`
    claims shows its `DYAD_STRONGEST` strongest and says how many more the annex holds."""
    table = report.evidence_table
    parts = []
    for d, rows in _by_dyad(table, [*report.dyads, vocab.GROUP]):
        if rows.empty and d == vocab.GROUP:
            continue
        n = len(rows)
        if n > DYAD_CLAIMS_MAX:
            rows = _strongest(rows, DYAD_STRONGEST)
        parts.append({"dyad": d, "rows": _records(rows), "n_claims": n,
                      "n_left_out": n - len(rows)})
    shown = {r["record_id"] for p in parts for r in p["rows"]}
    lead, more = _lead_quotes(report, shown)
    return render("dyad_evidence.html.j2", parts=parts, quotes=lead, more=more, group=vocab.GROUP,
                  strongest=DYAD_STRONGEST, **_elsewhere(report))


def _lead_quotes(report: Report, record_ids: set) -> tuple:
    """({record id: [its lead quote]}, {record id: how many further quotes}): the quote a
    claim's row shows is the one from its most reliable source (then the first by quote
    id); the others are in the evidence annex, under the claim's id."""
    quotes = report.quotes[report.quotes["record_id"].isin(record_ids)]
    if quotes.empty:
        return {}, {}
    grade = quotes["source_id"].map(report.sources.set_index("source_id")["reliability"]
                                    if "reliability" in report.sources else {})
    ranked = quotes.assign(_grade=grade.fillna("Z").astype(str),
                           _id=quotes["quote_id"].astype(str))
    ranked = ranked.sort_values(["record_id", "_grade", "_id"], kind="stable")
    lead = ranked.drop_duplicates("record_id").drop(columns=["_grade", "_id"])
    more = ranked.groupby("record_id").size() - 1
    return ({rid: _records(q) for rid, q in lead.groupby("record_id", sort=False)},
            {rid: int(n) for rid, n in more.items() if n})


def _by_dyad(table, dyads) -> list:
    """[(dyad, its rows)] for each of `dyads` in order, from one grouping of `table`."""
    groups = dict(list(table.groupby(table["dyad"].astype(str), sort=False)))
    return [(d, groups.get(d, table.iloc[0:0])) for d in dyads]


def _strongest(rows, n: int):
    """The `n` strongest of a dyad's claims (weightiest, then most independent sources,
    then the best credibility and source reliability, then by id), in table order."""
    ranked = rows.assign(_cred=rows["credibility"].fillna(9),
                         _rel=rows["best_reliability"].fillna("Z").astype(str))
    top = ranked.sort_values(["weight", "n_independent", "_cred", "_rel", "record_id"],
                             ascending=[False, False, True, True, True]).head(n).index
    return rows.loc[rows.index.isin(top)]


def _treaties_in_scope(report: Report) -> list:
    """The agreements binding a dyad in scope and signed by the as-of date, in id order,
    each as the Treaties section shows it: parties, signed, in force (or the basis it is
    treated as in force on), ended, its obligations (the unknown ones named as unknown)
    and the ATOP or COW coding its citation gives."""
    dyads = set(report.dyads)
    rows = []
    for t in _records(report.treaties.sort_values("treaty_id")):
        if not dyads & set(str(t["dyads"]).split()) or str(t["signed"]) > report.as_of:
            continue
        ended = t["ended"] if _given(t["ended"]) and str(t["ended"]) <= report.as_of else None
        held = [OBLIGATION_LABELS.get(k, k) for k in vocab.OBLIGATIONS if t[k] is True]
        unknown = [OBLIGATION_LABELS.get(k, k) for k in vocab.OBLIGATIONS
                   if not isinstance(t[k], bool)]
        rows.append({**t, "ended": ended,
                     "parties": [vocab.country_name(c) for c in str(t["parties"]).split()],
                     "in_force": t["in_force"] if _given(t["in_force"]) else None,
                     "in_force_note": t["in_force_note"] if _given(t["in_force_note"]) else None,
                     "held": held, "unknown": unknown,
                     "all_unknown": len(unknown) == len(vocab.OBLIGATIONS),
                     "coding": _coding(t["citation"])})
    return rows


def _given(value) -> bool:
    return isinstance(value, str) and bool(value.strip())


def _coding(citation) -> list:
    """The sentences of a treaty's citation that give its ATOP or COW coding."""
    import re

    parts = re.split(r"(?<=[.;])\s+", str(citation or ""))
    return [p.rstrip(";") for p in parts if re.search(r"\b(ATOP|COW)\b", p)]


def anchors(report: Report) -> set:
    """The anchors of the entries an id in the report's text can lead to: each claim and
    quote in the evidence annex (ev-E014, ev-E014.2), each source in the Sources table
    (src-S003) and each agreement in the Treaties section (tr-T05)."""
    out = {ID_ANCHORS["E"] + e["record_id"] for e in report.annex}
    out |= {ID_ANCHORS["E"] + q["quote_id"] for e in report.annex for q in e["quotes"]}
    used = report.sources[report.sources["n_claims"] > 0]
    out |= {ID_ANCHORS["S"] + str(s) for s in used["source_id"]}
    out |= {ID_ANCHORS["T"] + t["treaty_id"] for t in _treaties_in_scope(report)}
    return out


def show_treaties(report: Report) -> Block:
    """Return the agreements among the dyads in scope (the report's "treaties table"): for
    each, its parties, when signed, in force and ended, its obligations (defence,
    non-aggression, consultation, ...; unknown where the text is not public) and its
    ATOP or COW coding, each anchored tr-<id> for the report's treaty-id links."""
    return render("treaties.html.j2", treaties=_treaties_in_scope(report), as_of=report.as_of,
                  dyads=report.dyads,
                  anchor=TREATIES_ANCHOR)


def show_fact_check(report: Report) -> Block:
    """Return the fact check against the reference data: how many claims it tests with
    what result, then each contradicted or unverifiable claim, then the consistent ones,
    each with what the data say and the citation."""
    fc = report.fact_check
    status = fc["status"].astype(str)
    return render("fact_check.html.j2", n_checked=len(fc), counts=report.fact_check_counts,
                  anchors=anchors(report),
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
    table; or a note when there are none. Beyond `TIMELINE_EVENTS_MAX` events, the
    agreements as before and the dated claims counted by year and dyad (each is in the
    annex with its date)."""
    timeline = report.timeline
    if timeline.empty:
        return render("timeline.html.j2", events=[], summary=False)
    if len(timeline) <= TIMELINE_EVENTS_MAX:
        return render("timeline.html.j2", events=_records(timeline), summary=False,
                      anchors=anchors(report),
                      chart=_figure(report, plots.plot_timeline, timeline))
    claims = timeline[timeline["kind"] == "evidence"]
    agreements = timeline[timeline["kind"] != "evidence"]
    years = claims.assign(year=claims["date"].astype(str).str[:4])
    wide = (years.groupby(["year", "dyad"]).size().unstack(fill_value=0)
            .reindex(columns=[d for d in report.dyads if d in set(years["dyad"])],
                     fill_value=0).sort_index())
    by_year = [{"year": y, "counts": [int(c) for c in wide.loc[y]], "total": int(wide.loc[y].sum())}
               for y in wide.index]
    return render("timeline.html.j2", events=_records(agreements), summary=True,
                  anchors=anchors(report),
                  by_year=by_year, year_dyads=list(wide.columns), n_dated=len(claims),
                  n_dated_claims=claims["ref"].nunique(),
                  chart=_figure(report, plots.plot_timeline, agreements)
                  if not agreements.empty else None, **_elsewhere(report))


def show_analysts(report: Report) -> Block:
    """Return what the named speakers (officials, analysts, agencies) say: their claims,
    by person."""
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
    value, meaning), a SHA-256 of each input file and the software versions. Beyond
    `INPUT_FILES_MAX` files, one row per type of file with a combined checksum."""
    files = report.input_hashes
    grouped = None
    if len(files) > INPUT_FILES_MAX:
        grouped = _files_by_type(files)
    return render("appendix.html.j2", parameters=report.parameters, files=_records(files),
                  grouped=grouped, versions=report.versions)


def _files_by_type(files) -> list:
    """One row per type of input file (by the name's ending): how many, and a SHA-256 of
    their SHA-256s in file-name order, which changes when any of them does."""
    import hashlib

    kind = files["file"].astype(str).map(_file_type)
    rows = []
    for k, group in files.assign(kind=kind).groupby("kind", sort=True):
        ordered = group.sort_values("file")
        digest = hashlib.sha256("\n".join(f"{f}  {h}" for f, h in zip(
            ordered["file"], ordered["sha256"])).encode()).hexdigest()
        rows.append({"kind": k, "n_files": len(group), "sha256": digest})
    return rows


def _file_type(name: str) -> str:
    """A file's type for the appendix: a YAML file by its name, anything else by its
    folder and ending ("seeds/*.txt")."""
    folder, _, base = name.rpartition("/")
    if base.endswith(".yaml") or "." not in base:
        return name
    ending = base[base.index("."):]
    return f"{folder}/*{ending}" if folder else f"*{ending}"


def show_annex(report: Report) -> Block:
    """Return the evidence annex: every claim in scope by id, with its quotes, their
    sources and spans, and its grade; each entry is the target of the report's id links
    (`#ev-E012`). Beyond `ANNEX_PRINTED_MAX` claims the entries are HTML-only: the PDF
    says where they are."""
    return render("annex.html.j2", entries=report.annex, printed=_annex_printed(report),
                  anchors=anchors(report),
                  **_elsewhere(report))
