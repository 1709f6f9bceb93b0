"""The report's sections: one call each from the notebook, each returning a Block of HTML.

`prepare_report` checks the parameters, loads and checks the inputs, and
computes every table once; the `show_*` functions only lay out what it holds.
"""

import platform
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

from . import __version__, plots, tables, vocab
from .alignment import focus_alignment
from .factcheck import check_claims
from ._markup import Block, attribution_html, esc, format_net, stance_html, svg_figure, table
from .figcache import cached_svg
from . import ach
from .evidence import CREDIBILITY_GRADES, load_evidence_dir
from .inputs import file_sha256, read_cached_frame
from .reference import (CITATIONS, ISO2_TO_ISO3, load_atop, load_cow, load_treaties,
                        load_unga, obligations_in_force)
from .judgments import Judgment, derive_key_judgments
from .params import ReportParams, validate_report_params
from .paths import (ATOP_FILE, COW_FILE, ROLL_CALLS_FILE, VOTES_FILE, default_paths,
                    reference_root)
from .sources import sources_as_of

__all__ = [
    "Report",
    "prepare_report",
    "show_title",
    "show_key_judgments",
    "show_sources",
    "show_heatmap",
    "show_balance",
    "show_dyad_evidence",
    "show_analysts",
    "show_gaps",
    "show_method",
    "show_appendix",
    "show_fact_check",
    "show_un_alignment",
    "show_ach",
    "show_timeline",
    "show_network",
]

_ALIGNMENT_CACHE_VERSION = "1"


@dataclass
class Report:
    """Everything a report shows, computed once from checked parameters and inputs."""

    params: ReportParams
    as_of: str
    sources: pd.DataFrame
    evidence: pd.DataFrame          # long form, rows in scope
    dyads: list
    dyad_domain: pd.DataFrame
    dyads_table: pd.DataFrame
    input_hashes: pd.DataFrame
    treaties: pd.DataFrame | None = None
    alignment: pd.DataFrame | None = None
    fact_check: pd.DataFrame | None = None
    ach: dict = field(default_factory=dict)  # hypotheses, matrix, weights, scores, ...


def prepare_report(*, countries, domains, min_weight, title, as_of, seeds="", hypotheses=(),
                   weighting="parc") -> Report:
    """Return a Report for the given notebook parameters, or raise InputError.

    `seeds` is the folder holding sources.yaml and evidence.yaml (and hypotheses.yaml
    for ACH); an empty string means the project's own seeds/. `hypotheses` picks ACH
    hypotheses by id (empty: all); `weighting` is one of `ach.WEIGHTINGS`.
    """
    # Check the parameters that need no files first, so a typo fails before any loading.
    validate_report_params(countries=countries, domains=domains, min_weight=min_weight,
                           title=title, as_of=as_of, hypotheses=hypotheses, weighting=weighting)
    seeds_dir = Path(seeds) if seeds else default_paths().seeds
    sources_file, evidence_file = seeds_dir / "sources.yaml", seeds_dir / "evidence.yaml"
    sources, evidence_all, all_hypotheses = load_evidence_dir(seeds_dir)
    params = validate_report_params(
        countries=countries, domains=domains, min_weight=min_weight, title=title, as_of=as_of,
        hypotheses=hypotheses, weighting=weighting,
        known_hypotheses=None if all_hypotheses is None else all_hypotheses["hypothesis"])
    as_of_date, in_time = sources_as_of(sources, params.as_of)
    evidence = tables.select_evidence(evidence_all, countries=params.countries,
                                      domains=params.domains, min_weight=params.min_weight,
                                      source_ids=in_time)
    dyads = vocab.dyads_among(params.countries)
    ref_root = reference_root(seeds_dir)
    treaties = load_treaties(ref_root / "treaties.yaml")
    atop = load_atop(ref_root / ATOP_FILE)
    cow = load_cow(ref_root / COW_FILE)
    alignment = load_alignment(ref_root, default_paths().build / "cache")
    records = evidence.drop_duplicates("record_id")
    fact_check = check_claims(records, source_dates=dict(zip(sources["source_id"],
                                                             sources["date"])),
                              treaties=treaties, atop=atop, alignment=alignment, cow=cow)
    ach_parts = {}
    if all_hypotheses is not None and not records.empty:
        chosen = list(params.hypotheses) or list(all_hypotheses["hypothesis"])
        hyps = all_hypotheses[all_hypotheses["hypothesis"].isin(chosen)].reset_index(drop=True)
        matrix = ach.ach_matrix(records, chosen)
        weights = ach.record_weights(records, dict(zip(sources["source_id"],
                                                       sources["reliability"])),
                                     weighting=params.weighting)
        ach_parts = dict(hypotheses=hyps, matrix=matrix, weights=weights,
                         scores=ach.score_hypotheses(matrix, weights),
                         sensitivity=ach.sensitivity(matrix, weights),
                         non_diagnostic=ach.non_diagnostic(matrix))
    files = [sources_file, evidence_file] + [seeds_dir / f for f in sources["file"]] + (
        [seeds_dir / "hypotheses.yaml"] if all_hypotheses is not None else []) + [
        ref_root / "treaties.yaml", ref_root / ATOP_FILE, ref_root / COW_FILE,
        ref_root / VOTES_FILE, ref_root / ROLL_CALLS_FILE]
    hashes = pd.DataFrame({"file": [str(f.relative_to(f.parents[1])) if "reference" in f.parts
                                    else f.name for f in files],
                           "sha256": [file_sha256(f) for f in files]})
    return Report(
        params=params, as_of=as_of_date, sources=sources[sources["source_id"].isin(in_time)],
        evidence=evidence, dyads=dyads,
        dyad_domain=tables.tabulate_dyad_domain(evidence, dyads=dyads, domains=params.domains),
        dyads_table=tables.tabulate_dyads(evidence, dyads=dyads),
        input_hashes=hashes, treaties=treaties, alignment=alignment, fact_check=fact_check,
        ach=ach_parts,
    )


def load_alignment(ref_root: Path, cache_dir: Path) -> pd.DataFrame:
    """Return UN voting alignment for the pairs among the four and their comparators,
    from a cache keyed on the vote files' hashes, computing (about 1.5 s) on a miss."""
    from .publishing import publish

    votes_file, roll_calls_file = ref_root / VOTES_FILE, ref_root / ROLL_CALLS_FILE
    key = file_sha256(votes_file)[:12] + file_sha256(roll_calls_file)[:12]
    cache = cache_dir / f"unga-alignment-v{_ALIGNMENT_CACHE_VERSION}-{key}.csv"
    cached = read_cached_frame(cache)
    if cached is not None:
        return cached
    votes, roll_calls = load_unga(ref_root / "reference")
    frame = focus_alignment(votes, roll_calls, codes=ISO2_TO_ISO3)
    publish({cache: frame.to_csv(index=False).encode("utf-8")})
    return frame


def _svg(draw, *args, **kwargs) -> bytes:
    """Draw a figure, or reuse an identical one from the project's figure cache."""
    return cached_svg(draw, *args, cache_dir=default_paths().build / "cache" / "figures",
                      **kwargs)


def _dyad_name(dyad: str) -> str:
    if dyad == vocab.GROUP:
        return "The four as a group"
    a, b = vocab.split_dyad(dyad)
    return f"{vocab.COUNTRY_NAMES[a]} - {vocab.COUNTRY_NAMES[b]}"


def _grade(row) -> str:
    """Admiralty code: source reliability letter and information credibility digit ("C2")."""
    return (f'<span title="source {esc(row["reliability"])}, information '
            f'{esc(row["credibility"])}">{esc(row["reliability"])}{esc(row["credibility"])}</span>')


def _quote(row) -> str:
    status = row.get("check")
    # Only contradictions are flagged here; the fact-check section lists every status.
    badge = (' <span class="check check-contradicted">contradicted by reference data</span>'
             if status == "contradicted" else "")
    return (f'<q>{esc(row["quote"])}</q> <span class="cite">[{esc(row["record_id"])}; '
            f'{esc(row["source_id"])} chars {row["quote_start"]}-{row["quote_end"]}]</span>'
            + badge)


def show_title(report: Report) -> Block:
    """The title block: title, scope and the date the evidence speaks for."""
    p = report.params
    names = ", ".join(vocab.COUNTRY_NAMES[c] for c in p.countries)
    n = report.evidence["record_id"].nunique()
    return Block(
        f'<header class="report-title"><h1>{esc(p.title)}</h1>'
        f'<p class="subtitle">{esc(names)} · evidence as of {esc(report.as_of)} · '
        f'{n} coded claims from {len(report.sources)} source'
        f'{"s" if len(report.sources) != 1 else ""}</p></header>')


def show_key_judgments(report: Report) -> Block:
    """Key judgments derived from the tabulation, each with the records it rests on."""
    items = []
    pacts = obligations_in_force(report.treaties, report.as_of)
    judgments = derive_key_judgments(report.evidence, report.dyads_table,
                                     fact_check=report.fact_check, pacts_in_force=pacts)
    if report.ach:
        a = report.ach
        judgments.insert(1, Judgment(ach.ach_judgment(a["scores"], a["sensitivity"],
                                                      a["hypotheses"], a["non_diagnostic"]),
                                     ()))
    for j in judgments:
        if len(j.record_ids) > 12:  # long lists: the per-dyad tables carry every id
            cited = f"{len(j.record_ids)} records, {j.record_ids[0]} to {j.record_ids[-1]}"
        else:
            cited = ", ".join(j.record_ids)
        ids = f' <span class="cite">[{esc(cited)}]</span>' if j.record_ids else ""
        items.append(f"<li>{esc(j.text)}{ids}</li>")
    return Block(f'<ul class="judgments">{"".join(items)}</ul>')


def show_sources(report: Report) -> Block:
    """The sources the evidence is coded from, with dating and reliability."""
    counts = report.evidence.groupby("source_id")["record_id"].nunique()
    rows = report.sources.assign(n=lambda f: f["source_id"].map(counts).fillna(0).astype(int))
    rows = rows.to_dict("records")

    def date(r):
        if not r["date_estimated"]:
            return esc(r["date"])
        return f'{esc(r["date"])} (estimated)<div class="muted small">{esc(r["date_basis"])}</div>'

    return Block(table(rows, [
        ("ID", "source_id"), ("Title", "title"), ("Outlet", "outlet"),
        ("Date", date),
        ("Reliability", lambda r: f'{esc(r["reliability"])} - {esc(r["reliability_label"])}'),
        ("Claims", "n"),
    ], widths=["7%", "25%", "17%", "33%", "11%", "7%"]))


def show_heatmap(report: Report) -> Block:
    """The dyad x domain heatmap of net balance, with a caption saying how to read it."""
    svg = _svg(plots.plot_dyad_domain_heatmap, report.dyad_domain)
    return Block(svg_figure(svg, alt="Heatmap of net cooperation balance by dyad and domain",
                        caption="Each cell: cooperation weight minus limitation weight, then the "
                                "number of cooperation and limitation records. Hatched grey "
                                "cells have no evidence in the coded sources; they are gaps, "
                                "not zero cooperation."))


def show_balance(report: Report) -> Block:
    """The cooperation-against-limitation bar chart and the per-dyad table behind it."""
    fig = svg_figure(_svg(plots.plot_dyad_balance, report.dyads_table), alt="Bar chart of cooperation and limitation weight per dyad",
                 caption="Summed weight (1-3 per claim) of cooperation and of limitation "
                         "claims for each dyad.")
    rows = report.dyads_table.to_dict("records")

    def num(key):
        return lambda r: "-" if r["n_records"] == 0 else f"{r[key]:.0f}"

    tab = table(rows, [
        ("Dyad", lambda r: f"<b>{esc(r['dyad'])}</b> <span class='muted'>"
                           f"{esc(_dyad_name(r['dyad']))}</span>"),
        ("Records", "n_records"), ("Cooperation", num("n_cooperation")),
        ("Limitation", num("n_limitation")),
        ("Net balance", lambda r: "-" if r["n_records"] == 0 else format_net(r["net_balance"])),
        ("Verdict", "verdict"),
    ], classes="numeric")
    per_country = tables.summarize_countries(report.evidence, countries=report.params.countries)
    countries = table(per_country.to_dict("records"), [
        ("Country", lambda r: f"<b>{esc(r['country'])}</b> <span class='muted'>"
                              f"{esc(r['name'])}</span>"),
        ("Claims", "n_records"), ("Cooperation", "n_cooperation"),
        ("Limitation", "n_limitation"),
        ("Net balance over its dyads", lambda r: "-" if r["dyads_with_evidence"] == 0
         else format_net(r["net_balance_dyads"])),
        ("Dyads without evidence", lambda r: esc(r["dyads_without_evidence"] or "none")),
    ], classes="numeric", caption="By country: claims naming it (its dyads and group claims)")
    return Block(fig + tab + countries)


def show_dyad_evidence(report: Report) -> Block:
    """One table per dyad in scope (and one for group-level claims) with every quote."""
    parts = []
    reliability = dict(zip(report.sources["source_id"], report.sources["reliability"]))
    checks = ({} if report.fact_check is None else
              dict(zip(report.fact_check["record_id"], report.fact_check["status"].astype(str))))
    for dyad in [*report.dyads, vocab.GROUP]:
        rows = report.evidence[report.evidence["dyad"].astype(str) == dyad]
        if dyad == vocab.GROUP and rows.empty:
            continue
        head = f'<h3>{esc(dyad)} <span class="muted">{esc(_dyad_name(dyad))}</span></h3>'
        if rows.empty:
            parts.append(f'<section class="dyad">{head}<p class="no-evidence">No evidence in '
                         "the coded sources for this dyad. This is a gap, not a finding of "
                         "no cooperation.</p></section>")
            continue
        rows = rows.sort_values(["stance", "domain", "weight", "record_id"],
                                ascending=[True, True, False, True]).assign(
            reliability=lambda f: f["source_id"].map(reliability),
            check=lambda f: f["record_id"].map(checks))
        parts.append(f'<section class="dyad">{head}' + table(rows.to_dict("records"), [
            ("Claim", _quote), ("Domain", "domain"), ("Stance", stance_html),
            ("Wt", "weight"), ("Grade", _grade), ("Said by", attribution_html),
        ], widths=["47%", "11%", "14%", "5%", "7%", "16%"]) + "</section>")
    return Block("".join(parts))


def show_analysts(report: Report) -> Block:
    """What the named analysts argue: one row per claim, grouped by person."""
    who = tables.tabulate_analysts(report.evidence)
    if who.empty:
        return Block('<p class="no-evidence">No claim in scope is attributed to a named '
                     "analyst.</p>")
    rows = who.to_dict("records")
    return Block(table(rows, [
        ("Analyst", lambda r: f"<b>{esc(r['analyst'])}</b><div class='muted small'>"
                              f"{esc(r['affiliation'])}</div>"),
        ("Claim", lambda r: f"<q>{esc(r['quote'])}</q> <span class='cite'>"
                            f"[{esc(r['record_id'])}]</span>"),
        ("Stance", stance_html), ("Domain", "domain"), ("Dyads", "dyads"),
    ], widths=["20%", "44%", "14%", "11%", "11%"]))


def show_gaps(report: Report) -> Block:
    """Where the sources say nothing: whole dyads first, then empty dyad x domain cells."""
    gaps = tables.find_gaps(report.dyad_domain)
    whole = sorted(gaps.loc[gaps["whole_dyad"], "dyad"].unique())
    cells = gaps[~gaps["whole_dyad"]]
    out = []
    if whole:
        out.append("<p><b>Dyads with no evidence at all:</b> " + ", ".join(
            f"{esc(d)} ({esc(_dyad_name(d))})" for d in whole) +
            ". The report shows these as gaps; it does not score them as zero cooperation.</p>")
    if not cells.empty:
        per = cells.groupby("dyad", sort=False)["domain"].apply(list)
        out.append("<p><b>Domains without evidence, for dyads that have some:</b></p><ul>" + "".join(
            f"<li>{esc(d)}: {esc(', '.join(ms))}</li>" for d, ms in per.items()) + "</ul>")
    if not out:
        out.append("<p>Every dyad in scope has evidence in every chosen domain.</p>")
    return Block("".join(out))


def show_method(report: Report) -> Block:
    """A summary of how claims were coded, with the vocabularies in force."""
    cred = "; ".join(f"{k} {v}" for k, v in CREDIBILITY_GRADES.items())
    return Block(
        "<p>Each claim the sources make about relations among China, Russia, Iran and North "
        "Korea is coded as a record holding a verbatim quote (checked to be an exact substring "
        "of its source, with its character offsets), the countries and dyads it concerns, a "
        "domain, a stance and a weight. Claims about the four as a group are kept apart from "
        "claims about a pair. Tables count a record once for each dyad it bears on; the net "
        "balance is the summed weight of cooperation claims minus that of limitation claims.</p>"
        + table([
            {"f": "Domain", "v": ", ".join(vocab.DOMAINS)},
            {"f": "Stance", "v": "cooperation; limitation (limits, divergence or absence of "
                                 "expected support)"},
            {"f": "Weight", "v": "1 passing or general mention; 2 a specific claim; "
                                 "3 a concrete act or commitment"},
            {"f": "Credibility", "v": cred},
            {"f": "Attribution", "v": "the article's own voice; a named person (with "
                                      "affiliation); unnamed analysts"},
        ], [("Field", "f"), ("Values", "v")], widths=["20%", "80%"])
        + "<p class='muted small'>The full codebook, with coding rules and a worked example, is "
          "docs/codebook.md in the project repository.</p>")


def show_appendix(report: Report) -> Block:
    """Parameters used, a SHA-256 of each input file, and software versions."""
    p = report.params
    params = [
        {"k": "countries", "v": ", ".join(p.countries)},
        {"k": "domains", "v": ", ".join(p.domains)},
        {"k": "min_weight", "v": p.min_weight},
        {"k": "title", "v": p.title},
        {"k": "as_of", "v": p.as_of or f"(latest source date) {report.as_of}"},
        {"k": "hypotheses", "v": ", ".join(p.hypotheses) or "(all)"},
        {"k": "weighting", "v": p.weighting},
    ]
    versions = [
        {"k": "axis_report", "v": __version__},
        {"k": "python", "v": platform.python_version()},
        {"k": "pandas", "v": pd.__version__},
    ]
    return Block(
        "<h3>Parameters</h3>" + table(params, [("Parameter", "k"), ("Value", "v")],
                                       widths=["25%", "75%"])
        + "<h3>Input files</h3>" + table(report.input_hashes.to_dict("records"),
                                         [("File", "file"),
                                          ("SHA-256", lambda r: f"<code>{esc(r['sha256'])}</code>")],
                                         widths=["30%", "70%"])
        + "<h3>Software</h3>" + table(versions, [("Package", "k"), ("Version", "v")],
                                      widths=["25%", "75%"]))


def _status(row) -> str:
    return f'<span class="check check-{esc(row["status"])}">{esc(row["status"])}</span>'


def show_fact_check(report: Report) -> Block:
    """Claims checked against the reference data: a summary, then each contradicted or
    unverifiable claim with what the data say and the citation."""
    fc = report.fact_check
    if fc is None or fc.empty:
        return Block('<p class="no-evidence">No claim in scope asserts something the reference '
                     "data can test.</p>")
    counts = fc["status"].astype(str).value_counts()
    summary = (f"<p>{len(fc)} claims in scope assert something the reference data can test: "
               f"<b>{int(counts.get('consistent', 0))} consistent</b>, "
               f"<b>{int(counts.get('contradicted', 0))} contradicted</b>, "
               f"<b>{int(counts.get('unverifiable', 0))} unverifiable</b> with the data held. "
               "Statuses are computed from the treaties table, ATOP and the UN votes each time "
               "the report is built.</p>")
    flagged = fc[fc["status"] != "consistent"].to_dict("records")
    cols = [
        ("Claim", lambda r: f"<q>{esc(r['quote'])}</q> <span class='cite'>"
                            f"[{esc(r['record_id'])}]</span>"),
        ("Status", _status),
        ("What the reference data say", lambda r: esc(r["reference"]) + (
            f"<div class='muted small'>{esc(r['citation'])}</div>" if r["citation"] else "")),
    ]
    widths = ["34%", "14%", "52%"]
    out = summary
    if flagged:
        out += "<h3>Contradicted or unverifiable</h3>" + table(flagged, cols, widths=widths)
    ok = fc[fc["status"] == "consistent"].to_dict("records")
    if ok:
        out += "<h3>Consistent</h3>" + table(ok, cols, widths=widths)
    return Block(out)


def show_un_alignment(report: Report) -> Block:
    """UN General Assembly voting alignment of the dyads in scope, with the USA as
    comparator: a time series since 1991, a heatmap of the latest years with each
    pair's percentile among all pairs that year, and the latest year's figures."""
    al = report.alignment
    countries = list(report.params.countries)
    last = int(al["year"].max())
    years = list(range(last - 4, last + 1))
    comparators = [vocab.dyad_code(c, "USA") for c in countries]
    svg = _svg(plots.plot_alignment_series, al, dyads=report.dyads, countries=countries)
    series = svg_figure(svg, alt="Line charts of UN voting agreement by year",
                    caption=f"Share of roll calls, among those both countries voted on (yes, "
                            f"no or abstain), on which they voted the same way, 1991-{last}. "
                            "Session years: a General Assembly session is dated by the year it "
                            "opened.")
    svg = _svg(plots.plot_alignment_heatmap, al, pairs=[*report.dyads, *comparators],
               years=years)
    heat = svg_figure(svg, alt="Heatmap of UN voting agreement in the latest years",
                  caption="Cell: agreement and, below it, its percentile among all pairs of UN "
                          "members in that year (p90: higher than 90% of pairs).")
    latest = al[al["year"] == last].assign(
        pair=lambda f: f["country_a"] + "-" + f["country_b"])
    latest = latest.set_index("pair").reindex([*report.dyads, *comparators]).reset_index()
    rows = latest.to_dict("records")

    def num(key, fmt):
        return lambda r: "-" if pd.isna(r[key]) else format(r[key], fmt)

    tab = table(rows, [
        ("Pair", lambda r: f"<b>{esc(r['pair'])}</b>"),
        ("Common votes", num("n_common", ".0f")), ("Agreement", num("agreement", ".0%")),
        ("Percentile", num("agreement_percentile", ".0f")),
        ("Cohen's kappa", num("kappa", ".2f")),
        ("Kappa percentile", num("kappa_percentile", ".0f")),
    ], classes="numeric", caption=f"Session year {last}")
    note = (f"<p class='note'><b>The vote data end in January 2020</b> (session {last - 1945}); "
            "they say nothing about alignment since Russia's full-scale invasion of Ukraine. "
            "Cohen's kappa corrects agreement for chance given each country's own mix of yes, "
            "no and abstain votes (1 identical, 0 no better than chance).</p>"
            f"<p class='muted small'>Source: {esc(CITATIONS['unga'])}</p>")
    return Block(series + heat + tab + note)


def show_ach(report: Report) -> Block:
    """Analysis of Competing Hypotheses: the hypotheses, the matrix, the scores and
    ranking, the records that drive it and whether dropping any one changes it."""
    a = report.ach
    if not a:
        return Block('<p class="no-evidence">No hypotheses file beside the evidence, or no '
                     "evidence in scope: no ACH.</p>")
    scores = a["scores"].merge(a["hypotheses"], on="hypothesis").sort_values(
        ["rank", "hypothesis"])
    hyp_table = table(scores.to_dict("records"), [
        ("Rank", "rank"),
        ("Hypothesis", lambda r: f"<b>{esc(r['hypothesis'])} {esc(r['title'])}</b>"
                                 f"<div class='muted small'>{esc(r['description'])}</div>"),
        ("Weighted inconsistency", lambda r: f"{r['inconsistency']:.2f}"),
        ("Unweighted", lambda r: f"{r['raw_inconsistency']:.0f}"),
        ("Records I / II", "n_inconsistent"),
    ], widths=["8%", "50%", "16%", "12%", "14%"],
        caption=f"Scores (weighting: {report.params.weighting}); closest to 0 ranks first")
    matrix = svg_figure(_svg(plots.plot_ach_matrix, a["matrix"], scores=a["scores"]), alt="ACH matrix of ratings by record and hypothesis",
                    caption="Each record's rating under each hypothesis: CC very consistent, "
                            "C consistent, N neutral, I inconsistent, II very inconsistent. "
                            "Column heads give the weighted inconsistency score.")
    sens = a["sensitivity"].merge(a["weights"], on="record_id")
    top = sens.head(5).to_dict("records")
    drivers = table(top, [
        ("Record", "record_id"),
        ("Drive", lambda r: f"{r['drive']:+.2f}"),
        ("Weight", lambda r: f"{r['weight']:.2f} ({esc(r['credibility_level'])} "
                             f"credibility, {esc(r['relevance_level'])} relevance)"),
        ("Ranking without it", "ranking_without"),
        ("Changes ranking", lambda r: "yes" if r["changes_ranking"] else "no"),
    ], widths=["10%", "10%", "38%", "27%", "15%"],
        caption="The records that most push the leading hypothesis ahead of the second")
    flips = sens.loc[sens["changes_ranking"], "record_id"].tolist()
    nd = a["non_diagnostic"]
    text = ("<p>" + esc(ach.ach_judgment(a["scores"], a["sensitivity"], a["hypotheses"], nd))
            + "</p><p class='muted small'>Dropping each record in turn and re-scoring: "
            + (f"{len(flips)} of {len(sens)} removals change the ranking ({esc(', '.join(flips))})."
               if flips else f"none of the {len(sens)} removals changes the ranking.")
            + (f" Non-diagnostic (rated alike under every hypothesis): {esc(', '.join(nd))}."
               if nd else "") + "</p>")
    return Block(text + hyp_table + matrix + drivers)


def show_timeline(report: Report) -> Block:
    """Dated events from the evidence and the agreements among the dyads in scope."""
    events = tables.timeline_events(report.evidence, report.treaties, dyads=report.dyads,
                                    until=report.as_of)
    if events.empty:
        return Block('<p class="no-evidence">No dated events for the dyads in scope.</p>')
    fig = svg_figure(_svg(plots.plot_timeline, events), alt="Timeline of agreements and dated events by dyad",
                 caption="Triangles: agreements signed; circles: entry into force; crosses: "
                         "agreements ended; diamonds: events dated in the evidence. Labels give "
                         "the treaty or record id and year.")
    names = dict(zip(report.treaties["treaty_id"], report.treaties["name"]))
    quotes = report.evidence.drop_duplicates("record_id").set_index("record_id")["quote"]
    rows = events.to_dict("records")
    tab = table(rows, [
        ("Date", "date"), ("Dyad", "dyad"), ("Event", "kind"),
        ("What", lambda r: esc(f"{r['ref']} {names.get(r['ref']) or quotes.get(r['ref'], '')}")),
    ], widths=["13%", "12%", "12%", "63%"])
    return Block(fig + tab)


def show_network(report: Report) -> Block:
    """The four (or the chosen countries) as a network of dyads."""
    pacts = obligations_in_force(report.treaties, report.as_of)
    defence = set(pacts.loc[pacts["defence"], "dyad"]) & set(report.dyads)
    svg = _svg(plots.plot_network, report.dyads_table, defence_dyads=defence)
    return Block(svg_figure(svg, alt="Network of the four countries",
                        caption="Edge width: size of the net balance of coded claims; blue "
                                "net cooperation, orange net limitation. A black square marks a "
                                f"defence obligation in force on {report.as_of} (treaties "
                                "table). Grey dotted lines: no evidence in the coded sources, "
                                "which is not a weak tie."))
