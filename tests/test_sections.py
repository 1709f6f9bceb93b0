"""The sections, the briefs index and the analysts' `table` / `figure`, rendered from a
Report and a Brief built by hand (no file is read, no build_* function runs)."""

import base64
import re
from html import unescape as unescape_html

import numpy as np
import pandas as pd
import pytest

from axis_report import html, vocab
from axis_report.analysis.confidence import Confidence
from axis_report.analysis.focus import Focus
from axis_report.analysis.judgments import Judgment
from axis_report.model.brief import Brief, focus_treaties, focus_un_votes
from axis_report.model.params import Params
from axis_report.model.report import AchResult, Report, annex_entries
from axis_report.sections import brief as brief_sections
from axis_report.sections import report as report_sections
from axis_report.sections.index import render_index

NAN = np.nan
SCRIPT = "<script>alert(1)</script>"
MIXED = '"quotes" & <b>'
PAYLOAD = f"{SCRIPT} {MIXED}"
SCRIPT_ESCAPED = "&lt;script&gt;alert(1)&lt;/script&gt;"
MIXED_ESCAPED = "&#34;quotes&#34; &amp; &lt;b&gt;"


def _text(base: str, evil: bool) -> str:
    """A user-supplied text field: `base`, with markup appended in the escaping test."""
    return f"{base} {PAYLOAD}" if evil else base


# --- a hand-built report: CHN, RUS and IRN; CHN-IRN has no evidence -----------------------
# Three claims: E001 on CHN-RUS (contradicted), E002 on CHN-RUS and IRN-RUS with two quotes
# (S2 and S3, a copy of S2), E003 about the group. S3 derives from S2.

def _claims(evil):
    t = lambda s: _text(s, evil)  # noqa: E731
    return [
        dict(record_id="E001", claim=t("China and Russia drill together"), scope="dyads",
             hub=None, source_id="S1", domain="military", stance="cooperation", weight=3,
             credibility=5, attribution="article", analyst=None, affiliation=None,
             countries="CHN RUS", quote=t("Joint naval drills began"), quote_start=10,
             quote_end=40, n_quotes=1, sources="S1", event_date="2024-05-16",
             note=t("a claim note"), dyads=["CHN-RUS"], best_reliability="B",
             n_independent=1, roots="S1", contradicted=True),
        dict(record_id="E002", claim=t("Trade between them stays small"), scope="dyads",
             hub=None, source_id="S2", domain="economic", stance="limitation", weight=2,
             credibility=3, attribution="named", analyst=t("Ann Analyst"),
             affiliation=t("Think Tank"), countries="CHN IRN RUS",
             quote=t("Trade stays small"), quote_start=0, quote_end=17, n_quotes=2,
             sources="S2 S3", event_date=None, note=None, dyads=["CHN-RUS", "IRN-RUS"],
             best_reliability="C", n_independent=1, roots="S2", contradicted=False),
        dict(record_id="E003", claim=t("The three act together"), scope="group", hub=None,
             source_id="S1", domain="military", stance="cooperation", weight=1,
             credibility=2, attribution="unnamed", analyst=None, affiliation=None,
             countries="CHN RUS IRN PRK", quote=t("They act together"), quote_start=50,
             quote_end=67, n_quotes=1, sources="S1", event_date=None, note=None, dyads=[],
             best_reliability="B", n_independent=1, roots="S1", contradicted=False),
    ]


def _evidence(claims) -> pd.DataFrame:
    """The long form: a row per claim and dyad (group claims get `vocab.GROUP`)."""
    rows = []
    for rec in claims:
        for dyad in rec["dyads"] or [vocab.GROUP]:
            row = {k: v for k, v in rec.items() if k != "dyads"}
            sign = 1 if rec["stance"] == "cooperation" else -1
            rows.append({**row, "dyad": dyad, "signed_weight": sign * rec["weight"],
                         "asserts": None, "ach": None, "line": 1})
    frame = pd.DataFrame(rows)
    frame["domain"] = pd.Categorical(frame["domain"], categories=vocab.DOMAINS, ordered=True)
    frame["stance"] = pd.Categorical(frame["stance"], categories=vocab.STANCES, ordered=True)
    return frame


def _quotes(evil) -> pd.DataFrame:
    """Every quote of the claims: E002 has two, from S2 and from S3 (a copy of S2)."""
    t = lambda s: _text(s, evil)  # noqa: E731
    cols = ["record_id", "quote_id", "source_id", "quote", "quote_start", "quote_end",
            "attribution", "analyst", "affiliation", "credibility", "quote_note", "quote_line"]
    return pd.DataFrame([
        ("E001", "E001.1", "S1", t("Joint naval drills began"), 10, 40, "article", None, None,
         2, None, 1),
        ("E002", "E002.1", "S2", t("Trade stays small"), 0, 17, "named", t("Ann Analyst"),
         t("Think Tank"), 3, t("a quote note"), 2),
        ("E002", "E002.2", "S3", t("Trade is still small"), 5, 25, "article", None, None, 3,
         None, 3),
        ("E003", "E003.1", "S1", t("They act together"), 50, 67, "unnamed", None, None, 2, None,
         4),
    ], columns=cols)


def make_report(*, evil: bool = False, with_ach: bool = True) -> Report:
    t = lambda s: _text(s, evil)  # noqa: E731
    claims = _claims(evil)
    evidence = _evidence(claims)
    quotes = _quotes(evil)
    sources = pd.DataFrame([
        dict(source_id="S1", file="s1.txt", title=t("Drills report"), outlet=t("Daily"),
             authors="", date="2024-05-20", date_estimated=False, date_basis=None,
             kind=t("news article"), derived_from=None, reliability="B",
             reliability_label="usually reliable", reliability_basis=t("record"), url=None,
             obtained=None, note=None, n_chars=400, n_claims=2),
        dict(source_id="S2", file="s2.txt", title=t("Trade study"), outlet=t("Review"),
             authors=t("Ann Analyst"), date="2024-03-01", date_estimated=True,
             date_basis=t("cites a March event"), kind="research report", derived_from=None,
             reliability="C", reliability_label="fairly reliable", reliability_basis=None,
             url=None, obtained=None, note=None, n_chars=300, n_claims=1),
        dict(source_id="S3", file="s3.txt", title=t("Trade digest"), outlet=t("Wire"),
             authors="", date="2024-03-02", date_estimated=False, date_basis=None,
             kind="news article", derived_from="S2", reliability="C",
             reliability_label="fairly reliable", reliability_basis=None, url=None,
             obtained=None, note=None, n_chars=200, n_claims=1),
    ])
    checks = {"E001": "contradicted", "E002": "consistent"}
    reliability = {"S1": "B", "S2": "C", "S3": "C"}
    table = evidence.sort_values(["stance", "domain", "weight", "record_id"],
                                 ascending=[True, True, False, True], ignore_index=True)
    table = table.assign(reliability=table["source_id"].map(reliability),
                         check=table["record_id"].map(checks))
    corroboration = pd.DataFrame(
        [("E001", 1, 1, 1, "S1", "S1", "B", 2, 5, "", True),
         ("E002", 2, 2, 1, "S2 S3", "S2", "C", 3, 3, "", False),
         ("E003", 1, 1, 1, "S1", "S1", "B", 2, 2, "", False)],
        columns=["record_id", "n_quotes", "n_sources", "n_independent", "sources", "roots",
                 "best_reliability", "typed_credibility", "credibility", "confirmed_by",
                 "contradicted"])
    dyads = ["CHN-IRN", "CHN-RUS", "IRN-RUS"]
    cols = ["n_cooperation", "n_limitation", "w_cooperation", "w_limitation", "net_balance"]
    dyads_table = pd.DataFrame(
        [["CHN-IRN", 0, NAN, NAN, NAN, NAN, NAN, "no evidence", 0],
         ["CHN-RUS", 2, 1.0, 1.0, 3.0, 2.0, 1.0, "divided", 2],
         ["IRN-RUS", 1, 0.0, 1.0, 0.0, 2.0, -2.0, "net limitation", 1]],
        columns=["dyad", "n_records", *cols, "verdict", "n_sources"])
    dyad_domain = pd.DataFrame(
        [["CHN-IRN", "military", 0, NAN, NAN, NAN, NAN, NAN],
         ["CHN-IRN", "economic", 0, NAN, NAN, NAN, NAN, NAN],
         ["CHN-RUS", "military", 1, 1.0, 0.0, 3.0, 0.0, 3.0],
         ["CHN-RUS", "economic", 1, 0.0, 1.0, 0.0, 2.0, -2.0],
         ["IRN-RUS", "military", 0, NAN, NAN, NAN, NAN, NAN],
         ["IRN-RUS", "economic", 1, 0.0, 1.0, 0.0, 2.0, -2.0]],
        columns=["dyad", "domain", "n_records", *cols])
    countries_table = pd.DataFrame(
        [["CHN", "China", 2, 1, 1, 1.0, 1, 1, 2, "CHN-IRN"],
         ["RUS", "Russia", 2, 1, 1, 1.0, 1, 2, 2, ""],
         ["IRN", "Iran", 1, 0, 1, -2.0, 1, 1, 2, "CHN-IRN"]],
        columns=["country", "name", "n_records", "n_cooperation", "n_limitation",
                 "net_balance_dyads", "n_group", "dyads_with_evidence", "dyads_total",
                 "dyads_without_evidence"])
    gaps = pd.DataFrame([["CHN-IRN", "military", True], ["CHN-IRN", "economic", True],
                         ["IRN-RUS", "military", False]],
                        columns=["dyad", "domain", "whole_dyad"])
    analysts = pd.DataFrame([dict(analyst=t("Ann Analyst"), affiliation=t("Think Tank"),
                                  record_id="E002", stance="limitation", domain="economic",
                                  dyads="CHN-RUS, IRN-RUS", quote=t("Trade stays small"),
                                  source_id="S2")])
    treaties = pd.DataFrame([dict(
        treaty_id="T1", name=t("Treaty of Friendship"), kind="treaty", signed="2001-07-16",
        in_force="2002-02-28", in_force_note=None, ended=None, provisions=t("provisions"),
        citation=t("a citation"), parties="CHN RUS", dyads="CHN-RUS", defence=False,
        offence=False, neutrality=False, non_aggression=True, consultation=True)])
    pacts = treaties.assign(dyad="CHN-RUS")[["dyad", *treaties.columns]]
    fact_check = pd.DataFrame([
        dict(record_id="E001", quote=t("Joint naval drills began"), kind="defence_pact",
             status="contradicted", reference=t("No defence obligation in ATOP"),
             citation=t("Leeds et al.")),
        dict(record_id="E002", quote=t("Trade stays small"), kind="trade",
             status="consistent", reference=t("Trade data agree"), citation=""),
    ])
    fact_check["status"] = pd.Categorical(fact_check["status"], categories=vocab.STATUSES,
                                          ordered=True)
    alignment = pd.DataFrame(
        [[year, a, b, 90, 80, share, 0.5, 95.0, 90.0]
         for year in (2018, 2019)
         for a, b, share in (("CHN", "RUS", 0.9), ("IRN", "RUS", 0.8), ("CHN", "IRN", 0.85),
                             ("CHN", "USA", 0.2), ("RUS", "USA", 0.15), ("IRN", "USA", 0.1))],
        columns=["year", "country_a", "country_b", "n_common", "n_same", "agreement", "kappa",
                 "agreement_percentile", "kappa_percentile"])
    latest = pd.DataFrame(
        [["CHN-IRN", 90, 0.85, 95.0, 0.5, 90.0], ["CHN-RUS", 90, 0.9, 95.0, 0.5, 90.0],
         ["IRN-RUS", 90, 0.8, 95.0, 0.5, 90.0], ["CHN-USA", 90, 0.2, 95.0, 0.5, 90.0],
         ["RUS-USA", NAN, NAN, NAN, NAN, NAN], ["IRN-USA", 90, 0.1, 95.0, 0.5, 90.0]],
        columns=["pair", "n_common", "agreement", "agreement_percentile", "kappa",
                 "kappa_percentile"])
    timeline = pd.DataFrame([
        dict(date="2001-07-16", dyad="CHN-RUS", kind="signed", label="T1 2001", ref="T1",
             what=t("Treaty of Friendship")),
        dict(date="2024-05-16", dyad="CHN-RUS", kind="evidence", label="E001 2024-05-16",
             ref="E001", what=t("Joint naval drills began")),
    ])
    ach = None
    if with_ach:
        matrix = pd.DataFrame([(r, h, g) for r, ratings in
                               (("E001", ("C", "I")), ("E002", ("I", "C")), ("E003", ("N", "N")))
                               for h, g in zip(("H1", "H2"), ratings)],
                              columns=["record_id", "hypothesis", "rating"])
        matrix["rating"] = pd.Categorical(matrix["rating"], categories=vocab.RATINGS,
                                          ordered=True)
        ach = AchResult(
            hypotheses=pd.DataFrame([
                dict(hypothesis="H1", title=t("Alliance"), description=t("They ally"),
                     separates=t("From H2, they fight together")),
                dict(hypothesis="H2", title=t("Alignment"), description=t("They align"),
                     separates=None)]),
            matrix=matrix,
            weights=pd.DataFrame([("E001", "high", "high", 2.0), ("E002", "medium", "medium",
                                                                   1.0),
                                  ("E003", "high", "low", 1.0)],
                                 columns=["record_id", "credibility_level", "relevance_level",
                                          "weight"]),
            scores=pd.DataFrame([("H1", -1.0, -1.0, 1, 1), ("H2", -2.0, -1.0, 1, 2)],
                                columns=["hypothesis", "inconsistency", "raw_inconsistency",
                                         "n_inconsistent", "rank"]),
            sensitivity=pd.DataFrame([("E001", 2.0, "H2 > H1", True),
                                      ("E003", 0.0, "H1 > H2", False),
                                      ("E002", -1.0, "H1 > H2", False)],
                                     columns=["record_id", "drive", "ranking_without",
                                              "changes_ranking"]),
            non_diagnostic=["E003"],
            judgment=t("The evidence is least inconsistent with H1"),
            by_group=pd.DataFrame(
                [("without S1", 1, "H1 > H2", "H1", True),
                 ("without S2", 2, "H2 > H1", "H2", False),
                 ("analyst opinion only", 0, "(no claims left)", "", None)],
                columns=["label", "n_claims", "ranking", "leader", "same_leader"]),
            estimate=dict(leader="H1", leader_title=t("Alliance"), runner_up="H2",
                          runner_up_title=t("Alignment"), term="roughly even chance",
                          unlikely=[], unlikely_titles=[], robust=False, margin=True,
                          flips=["without S2"], scored=["without S2"],
                          untestable=["analyst opinion only"]),
            indicators=pd.DataFrame(
                [("H1", "H1.1", t("Joint drills"), ("E001",), "observed"),
                 ("H2", "H2.1", t("Arms for oil"), (), "not observed in the coded sources")],
                columns=["hypothesis", "indicator", "text", "claims", "status"]),
        )
    confidence = Confidence("moderate", 2, (("S1", "B"), ("S2", "C")), False, 2, 0)
    judgments = [Judgment(t("China and Russia lean to cooperation"), ("E001", "E002"),
                          confidence, "pairs"),
                 Judgment(t("ACH judgment"), ()),
                 Judgment("Many claims", tuple(f"E{i:03d}" for i in range(1, 15)))]
    params = Params(dict(countries=("CHN", "RUS", "IRN"), domains=("military", "economic"),
                         min_weight=1, title=t("Axis test report"), as_of="",
                         hypotheses=(), weighting="parc", include_contradicted=False))
    assumptions = pd.DataFrame([("A1", t("Sources report what they saw"),
                                 t("Counts would mislead"))],
                               columns=["assumption", "text", "if_wrong"])
    counted = evidence[evidence["record_id"] != "E001"].reset_index(drop=True)
    return Report(
        params=params, group=vocab.DEFAULT_GROUP, organisation=t("Org"), author=t("Author"),
        as_of="2024-05-20", sources=sources, evidence=evidence, evidence_table=table,
        dyads=dyads, dyad_domain=dyad_domain, dyads_table=dyads_table,
        countries_table=countries_table, gaps=gaps, analysts=analysts, judgments=judgments,
        bottom_line=[t("The bottom line."), "It rests on three sources."],
        source_summary=dict(n_sources=3, n_independent=2,
                            by_kind={"news article": 2, "research report": 1},
                            by_grade={"B": 1, "C": 2}, derived=[("S3", "S2")],
                            dates=("2024-03-01", "2024-05-20")),
        quotes=quotes, corroboration=corroboration, contradicted=["E001"],
        assumptions=assumptions, counted=counted,
        treaties=treaties, pacts=pacts, defence_dyads={"CHN-RUS"}, fact_check=fact_check,
        checks=checks, fact_check_counts={"consistent": 1, "contradicted": 1,
                                          "unverifiable": 0},
        alignment=alignment, alignment_year=2019, alignment_latest=latest,
        timeline=timeline, ach=ach,
        input_hashes=pd.DataFrame([dict(file=t("seeds/evidence.yaml"), sha256="ab" * 32)]),
        parameters=[("title", t("Axis test report"), t("report title")),
                    ("countries", "CHN, RUS, IRN", "ISO codes")],
        versions=[("axis_report", "0.1.0"), ("python", "3.11")],
        issued="2024-06-01", newest="2024-05-20",
        annex=annex_entries(evidence, quotes, sources, checks),
    )


# --- a hand-built brief on IRN-RUS ---------------------------------------------------------

def make_brief(*, evil: bool = False, changes: str = "some") -> Brief:
    t = lambda s: _text(s, evil)  # noqa: E731
    report = make_report(evil=evil, with_ach=False)
    rows = report.evidence[report.evidence["dyad"] == "IRN-RUS"].reset_index(drop=True)
    strongest = pd.DataFrame([dict(
        record_id="E002", claim=t("Trade between them stays small"),
        quote=t("Trade stays small"), stance="limitation", domain="economic", weight=2,
        credibility=3, attribution="named", analyst=t("Ann Analyst"),
        affiliation=t("Think Tank"), source_id="S2", reliability="C", n_independent=1,
        check="consistent", dyads="CHN-RUS, IRN-RUS")])
    domain_table = report.dyad_domain[report.dyad_domain["dyad"] == "IRN-RUS"].drop(
        columns="dyad").reset_index(drop=True)
    frame = None if changes == "first" else pd.DataFrame(
        [dict(record_id="E002", change="changed", quote=t("Trade stays small"),
              fields=t("weight")),
         dict(record_id="E009", change="removed", quote=t("Gone now"), fields="")]
        if changes == "some" else [], columns=["record_id", "change", "quote", "fields"])
    counts = {} if frame is None else {
        "added": 0, "removed": int((frame["change"] == "removed").sum()),
        "changed": int((frame["change"] == "changed").sum())}
    confidence = Confidence("low", 1, (("S2", "C"),), False, 1, 0)
    return Brief(
        focus=Focus("IRN-RUS", "dyad", ("IRN", "RUS"), ("IRN-RUS",)), as_of="2024-05-20",
        edition="2024-06-01", previous_edition="" if changes == "first" else "2024-05-01",
        evidence=rows,
        dyads_table=report.dyads_table[report.dyads_table["dyad"] == "IRN-RUS"],
        domain_table=domain_table,
        judgments=[Judgment(t("Iran and Russia lean to limitation"), ("E002",), confidence,
                            "IRN-RUS")],
        strongest=strongest, changes=frame, change_counts=counts,
        sources=report.sources[report.sources["source_id"].isin(["S2", "S3"])],
        defence_dyads={"IRN-RUS"}, newest="2024-03-01",
        treaties=focus_treaties(report.treaties.assign(dyads="IRN-RUS"), ("IRN-RUS",),
                                "2024-05-20"),
        alliances=[dict(dataset="ATOP", dyad="IRN-RUS", first=2001, last=2018,
                        obligations="neutrality and non-aggression")],
        un_votes=focus_un_votes(report.alignment, ("IRN-RUS",)))


def index_data(evil: bool = False):
    t = lambda s: _text(s, evil)  # noqa: E731
    status = dict(claims=12, set_aside=0, sources=3, newest="2024-05-20", newest_alone=None,
                  changes=None, no_evidence=False, stale=None, age="", first_edition=False)
    rows = [
        dict(name=t("RUS"), title=t("Russia"), kind="country", built=True,
             edition_date=t("2024-06-01"), html="RUS.html", pdf="RUS.pdf",
             earlier=[dict(label=t("2024-05-01 10:00"),
                           href="archive/RUS/2024-05-01T100000Z/RUS.pdf"),
                      dict(label="2024-04-01 09:30",
                           href="archive/RUS/2024-04-01T093000Z/RUS.pdf")],
             **{**status, "changes": {"added": 2, "removed": 0, "changed": 1}}),
        dict(name="IRN-RUS", title="Iran and Russia", kind="dyad", built=True,
             edition_date="2024-06-01", html="IRN-RUS.html", pdf="IRN-RUS.pdf", earlier=[],
             **{**status, "claims": 0, "sources": 0, "newest": "", "no_evidence": True,
                "first_edition": True}),
        dict(name="CHN-RUS", title="China and Russia", kind="dyad", built=True,
             edition_date="2025-06-01", html="CHN-RUS.html", pdf="CHN-RUS.pdf", earlier=[],
             **{**status, "newest": "2024-05-20", "stale": t("The newest evidence is old."),
                "age": t("about 12 months"), "newest_alone": t("2023-01-02"),
                "changes": {"added": 0, "removed": 0, "changed": 0}}),
        dict(name="CHN-PRK", title="China and North Korea", kind="dyad", built=False,
             edition_date="", html="CHN-PRK.html", pdf="CHN-PRK.pdf", earlier=[],
             **{**status, "claims": None, "sources": None, "newest": ""}),
    ]
    return rows, dict(edition_date=t("2024-06-01"), html="../axis-report.html",
                      pdf="../axis-report.pdf")


REPORT_SECTIONS = [getattr(report_sections, n) for n in report_sections.__all__]
BRIEF_SECTIONS = [getattr(brief_sections, n) for n in brief_sections.__all__]


@pytest.fixture(scope="module")
def report():
    return make_report()


@pytest.fixture(scope="module")
def brief():
    return make_brief()


def _text_of(markup: str) -> str:
    """The text a reader sees: tags dropped, entities decoded, whitespace collapsed."""
    return " ".join(unescape_html(re.sub(r"<[^>]+>", " ", markup)).split())


def _figures(markup: str) -> list:
    """The SVG documents embedded in `markup`, decoded."""
    return [base64.b64decode(data).decode("utf-8")
            for data in re.findall(r'src="data:image/svg\+xml;base64,([^"]+)"', markup)]


# --- every section --------------------------------------------------------------------------

@pytest.mark.parametrize("show", REPORT_SECTIONS, ids=lambda f: f.__name__)
def test_every_report_section_returns_a_block(report, show):
    block = show(report)
    assert isinstance(block, html.Block)
    assert block._repr_html_() == block.markup and block.markup.strip()
    assert repr(block).startswith("<report section: ")


@pytest.mark.parametrize("show", BRIEF_SECTIONS, ids=lambda f: f.__name__)
def test_every_brief_section_returns_a_block(brief, show):
    block = show(brief)
    assert isinstance(block, html.Block) and block.markup.strip()


def test_title(report):
    block = report_sections.show_title(report)
    out = _flat(block.markup)
    assert '<header class="report-title" id="top"><h1>Axis test report</h1>' in out
    text = _text_of(out)
    # the filters in force (three of the four countries, two domains) are named under the title
    assert "China, Russia and Iran Scope China, Russia and Iran only, of the project's four " \
           "countries; military and economic claims only Issued 2024-06-01 Evidence as of " \
           "2024-05-20 (three claims from three sources, one of the claims contradicted by " \
           "the reference data and set aside) Prepared by Author, Org Handling " \
           "Unclassified. Prepared from open sources." in text
    assert "Dated evidence" not in text
    # the document metadata travels beside the HTML, for the exporter's <head> and the PDF;
    # the Subject names the scope too
    bundle = block._repr_mimebundle_()
    assert bundle[html.META_MIMETYPE] == {
        "title": "Axis test report", "author": "Author, Org", "date": "2024-06-01",
        "contents": True, "description": report.description + " Scope: China, Russia and "
        "Iran only, of the project's four countries; military and economic claims only."}
    assert bundle["text/html"] == block.markup


def test_scope_names_each_filter_in_force_and_nothing_for_the_full_report(report):
    full = Report(**{**report.__dict__, "params": Params(
        {**report.params, "countries": vocab.DEFAULT_GROUP, "domains": vocab.DOMAINS})})
    assert report_sections.scope(full) == []
    assert "Scope" not in _text_of(report_sections.show_title(full).markup)
    assert "Scope:" not in report_sections.show_title(full)._repr_mimebundle_()[
        html.META_MIMETYPE]["description"]
    narrow = Report(**{**report.__dict__, "params": Params(
        {**report.params, "min_weight": 3, "hypotheses": ("H1", "H2"), "as_of": "2024-05-01",
         "include_contradicted": True})})
    assert report_sections.scope(narrow)[2:] == [
        "claims of weight 3 or more (of 1 to 3)", "hypotheses H1 and H2 only",
        "sources dated on or before 2024-05-01",
        "claims the reference data contradict are counted"]


def test_title_says_when_the_evidence_is_old_and_omits_what_is_not_set(report):
    stale = Report(**{**report.__dict__, "stale": "The newest evidence is dated 2024-05-20.",
                      "author": "", "organisation": "", "handling": "Internal only."})
    text = _text_of(report_sections.show_title(stale).markup)
    assert "Dated evidence. The newest evidence is dated 2024-05-20." in text
    assert "Prepared by" not in text and "Handling Internal only." in text
    assert "author" not in report_sections.show_title(stale)._repr_mimebundle_()[
        html.META_MIMETYPE] or not report_sections.show_title(stale)._repr_mimebundle_()[
        html.META_MIMETYPE]["author"]


def test_title_counts_only_the_sources_the_claims_rest_on(report):
    idle = report.sources.iloc[[0]].assign(source_id="S9", n_claims=0)
    other = Report(**{**report.__dict__, "sources": pd.concat([report.sources, idle])})
    assert "(three claims from three sources, one of the claims" in _text_of(
        report_sections.show_title(other).markup)


def test_key_judgments_cite_their_claims_and_shorten_long_lists(report):
    out = _flat(report_sections.show_key_judgments(report).markup)
    # the bottom line up front, then the judgments, then the key assumptions
    assert out.startswith('<div class="bluf"><p><b>Bottom line.</b> The bottom line. It rests '
                          'on three sources.</p></div><ol class="judgments">')
    assert ('<li>China and Russia lean to cooperation <span class="cite">['
            '<a class="ref" href="#ev-E001">E001</a>, <a class="ref" href="#ev-E002">E002</a>]'
            '</span><div class="confidence"><b>Moderate confidence.</b> Basis: two independent '
            'sources, <a class="ref" href="#src-S1">S1</a> graded B and <a class="ref" '
            'href="#src-S2">S2</a> graded C; neither claim corroborated by a '
            'second independent source.</div></li>') in out
    assert "<li>ACH judgment</li>" in out  # no ids, no brackets, no confidence
    # a citation is a list of ids, never a bare count; beyond the limit, the rest are in the
    # annex
    many = re.search(r"<li>Many claims <span class=\"cite\">\[(.*?)\]</span>", out).group(1)
    assert re.findall(r'href="#ev-(E\d+)"', many) == [f"E{i:03d}" for i in range(1, 15)]
    import axis_report.sections.report as sections
    few = Report(**{**report.__dict__, "judgments": [
        Judgment("Many claims", tuple(f"E{i:03d}" for i in range(4, 18)))]})
    sections.MAX_CITED_IDS, saved = 3, sections.MAX_CITED_IDS
    try:
        short = _text_of(sections.show_key_judgments(few).markup)
    finally:
        sections.MAX_CITED_IDS = saved
    assert "[ E004 , E005 , E006 and 11 other claims in the annex]" in short
    # a judgment on every claim counted, beyond the limit, points to the annex as a whole
    sections.MAX_CITED_IDS = 1
    try:
        whole = sections.show_key_judgments(Report(**{**report.__dict__, "judgments": [
            Judgment("All of them", ("E001", "E002", "E003"))]})).markup
    finally:
        sections.MAX_CITED_IDS = saved
    assert "all three claims counted, listed in the evidence annex" in _text_of(whole)
    assert 'href="#ev-annex"' in whole
    assert ('<h3 id="key-assumptions">Key assumptions</h3><ul class="assumptions"><li><b>A1</b> '
            'Sources report what they saw <span class="muted">If wrong: Counts would mislead'
            '</span></li></ul>') in out
    assert out.index("Bottom line") < out.index("judgments") < out.index("Key assumptions")


def test_key_judgments_without_bottom_line_or_assumptions(report):
    other = Report(**{**report.__dict__, "bottom_line": [],
                      "assumptions": report.assumptions.iloc[0:0]})
    out = _flat(report_sections.show_key_judgments(other).markup)
    assert out.startswith('<ol class="judgments">') and "Key assumptions" not in out


def test_ach(report):
    out = _flat(report_sections.show_ach(report).markup)
    assert _text_of(out).startswith("The evidence is least inconsistent with H1 (Alliance); "
                                    "then comes H2 (Alignment).")
    assert ('<td><b>H1 Alliance</b><div class="muted small">They ally</div></td>'
            '<td class="small">From H2, they fight together</td>') in out
    assert "<td>without S2</td><td>2</td><td>H2 &gt; H1</td><td>no</td>" in out
    assert "<td>analyst opinion only</td><td>0</td><td>(no claims left)</td><td>-</td>" in out
    assert "loses first place when scored without S2, so the key judgment" in _text_of(out)
    assert ("<td><b>H2.1</b> Arms for oil</td><td>not observed in the coded sources</td>"
            '<td class="small"></td>') in out
    assert ('<td><b>H1.1</b> Joint drills</td><td>observed</td><td class="small">'
            '<a class="ref" href="#ev-E001">E001</a></td>') in out
    # what would change the view: the runner-up's indicators not yet observed
    assert "The reading that ranks second, H2, would gain if the sources came to show: arms " \
           "for oil." in _text_of(out)
    assert "Leaving out one claim in turn changes the ranking: E001 ." in _text_of(out)
    assert ("Rated alike under every hypothesis, one claim does not help choose between the "
            "hypotheses: E003 .") in _text_of(out)
    assert _text_of(out).count("Rated alike under every hypothesis") == 1
    # the weighting in words, never the parameter's code
    assert ("<caption>Scores, weighted by credibility \u00d7 relevance; closest to 0 ranks "
            "first</caption>") in out and "parc" not in out
    assert ('<td><b>H1 Alliance</b><div class="muted small">They ally</div></td>' in out)
    assert "<td>-1.00</td>" in out and "<td>+2.00</td>" in out
    assert "2.00 (high credibility, high relevance)" in _text_of(out)
    assert len(_figures(out)) == 1
    assert out.index("H1 Alliance") < out.index("H2 Alignment")  # rank order


def test_ach_without_hypotheses():
    out = report_sections.show_ach(make_report(with_ach=False)).markup
    assert out == ('<p class="no-evidence">No competing hypotheses are set out for this '
                   'evidence, so none are scored.</p>')


def test_sources(report):
    out = _flat(report_sections.show_sources(report).markup)
    assert ("The claims in scope rest on three sources (two independent of each other; derived "
            "copies count with their original: S3 from S2): two news articles, one research "
            "report; graded "
            "B (1), C (2); dated 2024-03-01 to 2024-05-20.") in _text_of(out)
    assert '<table class="axis-table">' in out and '<th style="width:7%">ID</th>' in out
    assert "<td>2024-05-20</td>" in out
    assert ('<td>2024-03-01 (estimated)<div class="muted small">cites a March event</div></td>'
            in out)
    assert "<td>C - fairly reliable</td><td>1</td>" in out
    # each source's row is the target of its id's links (src-S3)
    assert ('<td id="src-S3">S3</td><td>Trade digest<div class="muted small">Wire; derived '
            'from S2</div></td><td>news article</td>') in out
    assert '<div class="muted small">Daily</div></td><td>news article</td>' in out  # no copy


def test_sources_leave_out_those_without_claims_in_scope(report):
    idle = report.sources.assign(n_claims=[2, 1, 0])
    out = report_sections.show_sources(Report(**{**report.__dict__, "sources": idle})).markup
    assert '<td id="src-S2">S2</td>' in out and ">S3</td>" not in out


def test_figure_sections_embed_svg(report):
    for show, alt in ((report_sections.show_heatmap, "Heatmap of net cooperation balance"),
                      (report_sections.show_network, "Network of the countries in scope")):
        out = show(report).markup
        assert out.startswith(f'<figure class="axis-figure"><img alt="{alt}')
        assert "<figcaption>" in out and len(_figures(out)) == 1
        assert _figures(out)[0].lstrip().startswith("<?xml")
    # the caption names only what is drawn: the fixture's one verdict, its defence
    # obligation and its dyad without claims
    caption = _text_of(report_sections.show_network(report).markup)
    assert "in force on 2024-05-20 (see Treaties and agreements)" in caption
    assert "Grey dotted lines" in caption
    one = Report(**{**report.__dict__, "dyads": ["CHN-RUS"]})
    assert _text_of(report_sections.show_network(one).markup).startswith(
        "With one pair in scope (CHN-RUS) there is no network to draw")


def test_balance(report):
    out = _flat(report_sections.show_balance(report).markup)
    assert len(_figures(out)) == 1
    assert '<table class="axis-table numeric">' in out
    assert ('<td><b>CHN-IRN</b> <span class="muted">China–Iran</span></td><td>0</td>'
            in out)
    assert "<td>-</td><td>-</td>" in out and "<td>no evidence</td>" in out  # a gap, not 0
    # claims, independent sources, cooperation, limitation, net weight, verdict
    assert "<td>2</td><td>2</td><td>1</td><td>1</td><td>+1</td><td>divided</td>" in out
    assert "<td>1</td><td>1</td><td>0</td><td>1</td><td>-2</td><td>net limitation</td>" in out
    assert ("<caption>By country: claims on its pairs, each counted once; claims about the "
            "group as a whole are counted apart</caption>") in out
    assert ('<td><b>RUS</b> <span class="muted">Russia</span></td><td>2</td><td>1</td><td>1</td>'
            "<td>+1</td><td>1</td><td>none</td>") in out  # evidence on both its pairs


def test_dyad_evidence(report):
    out = _flat(report_sections.show_dyad_evidence(report).markup)
    heads = re.findall(r"<h3>(.*?)</h3>", out)
    assert heads == ['CHN-IRN <span class="muted">China–Iran</span>',
                     'CHN-RUS <span class="muted">China–Russia</span>',
                     'IRN-RUS <span class="muted">Iran–Russia</span>',
                     'The group as a whole']
    assert out.count('<section class="dyad">') == 4
    assert ('<p class="no-evidence">No claim in the coded sources concerns this dyad (see '
            'Evidence gaps).</p>') in out
    # each claim once, flagged when contradicted, then every quote that makes it
    assert ('<div class="claim-text">China and Russia drill together<span class="cite"> ['
            '<a class="ref" href="#ev-E001">E001</a>]</span> <span class="check '
            'check-contradicted">contradicted by reference data</span></div>') in out
    assert ('<div class="quote-line"><q>Joint naval drills began</q> '
            '<span class="cite">[<a class="ref" href="#ev-E001.1">E001.1</a>; S1 chars 10-40]'
            '</span>') in out
    assert ('<div class="claim-text">Trade between them stays small<span class="cite"> ['
            '<a class="ref" href="#ev-E002">E002</a>]</span></div>') in out  # consistent
    # its lead quote (both sources graded C: the first by id), and where the other one is
    assert ('<q>Trade stays small</q> <span class="cite">[<a class="ref" href="#ev-E002.1">'
            'E002.1</a>; S2 chars 0-17]</span>'
            '<span class="muted small">Ann Analyst<span class="muted">, Think Tank</span>'
            '</span></div><div class="muted small quote-more">One more quote is in the '
            '<a href="#ev-annex">evidence annex</a>, under <a href="#ev-E002">E002</a>.'
            '</div></td>') in out
    assert "Trade is still small" not in out
    assert '<span class="stance stance-cooperation">cooperation</span>' in out
    # the grade: best source letter and the derived credibility; then independent sources
    assert '<td><span title="source B, information 5">B5</span></td><td>1</td>' in out
    assert '<td><span title="source C, information 3">C3</span></td><td>1</td>' in out
    assert '<span class="muted small">unnamed analysts</span>' in out
    chn_rus = out[out.index("China–Russia"):out.index("Iran–Russia")]
    assert chn_rus.index("E001") < chn_rus.index("E002")  # cooperation first
    assert out.count('href="#ev-E002.1">E002.1</a>;') == 2  # on each of its two dyads
    assert out.count("quote-more") == 2


def test_dyad_evidence_leads_with_the_quote_from_the_most_reliable_source(report):
    import dataclasses

    sources = report.sources.copy()
    sources.loc[sources["source_id"] == "S3", "reliability"] = "A"
    out = _flat(report_sections.show_dyad_evidence(
        dataclasses.replace(report, sources=sources)).markup)
    assert out.count('href="#ev-E002.2">E002.2</a>; S3 chars 5-25') == 2
    assert "Trade stays small" not in out


def test_dyad_evidence_leaves_out_an_empty_group(report):
    no_group = report.evidence_table[report.evidence_table["dyad"] != vocab.GROUP]
    other = Report(**{**report.__dict__, "evidence_table": no_group})
    out = report_sections.show_dyad_evidence(other).markup
    assert out.count('<section class="dyad">') == 3 and "The group as a whole" not in out


def test_fact_check(report):
    out = _flat(report_sections.show_fact_check(report).markup)
    assert ("Two claims in scope assert something the reference data can test: "
            "<b>one consistent</b>, <b>one contradicted</b>, <b>zero unverifiable</b>") in out
    flagged, consistent = out.split("<h3>Consistent</h3>")
    assert "<h3>Contradicted or unverifiable</h3>" in flagged and "E001" in flagged
    assert '<span class="check check-contradicted">contradicted</span>' in flagged
    # citations as a list, never joined with " | "
    assert '<ul class="citations muted small"><li>Leeds et al.</li></ul>' in flagged
    assert "E002" in consistent and "muted small" not in consistent  # no citation, no div


def test_fact_check_with_nothing_to_check(report):
    empty = report.fact_check.iloc[0:0]
    other = Report(**{**report.__dict__, "fact_check": empty})
    assert report_sections.show_fact_check(other).markup.startswith('<p class="no-evidence">')


def test_un_alignment(report):
    out = _flat(report_sections.show_un_alignment(report).markup)
    assert len(_figures(out)) == 2 and "1991-2019" in out
    assert "<caption>Session year 2019</caption>" in out
    assert ("<td><b>CHN-RUS</b></td><td>90</td><td>90%</td><td>95</td><td>0.50</td>"
            "<td>90</td>") in _flat(out)
    assert "<td><b>RUS-USA</b></td><td>-</td><td>-</td>" in _flat(out)  # did not vote
    assert "(session 74)" in out and "Source: Voeten" in out
    assert "The vote data end in January 2020" in out


def test_un_alignment_names_its_measure(report):
    out = _flat(report_sections.show_un_alignment(report).markup)
    # the standard score by default, named and defined above the figures and in the table
    assert "Measure: <b>agreement score</b>, Voeten&#39;s standard agreement score" in out
    assert "0.5 when one abstains and the other votes yes or no" in out
    assert "<th>Agreement score</th>" in out
    # another measure reads its own columns
    alignment = report.alignment.assign(agreement_strict=0.5, agreement_strict_percentile=40.0)
    latest = report.alignment_latest.assign(agreement_strict=0.5,
                                            agreement_strict_percentile=40.0)
    other = Report(**{**report.__dict__, "alignment": alignment, "alignment_latest": latest})
    out = _flat(report_sections.show_un_alignment(other, measure="strict").markup)
    assert "Measure: <b>strict agreement</b>" in out
    assert "<td><b>CHN-RUS</b></td><td>90</td><td>50%</td><td>40</td>" in out


def test_un_alignment_without_votes(report):
    other = Report(**{**report.__dict__, "alignment_year": None})
    assert report_sections.show_un_alignment(other).markup.startswith('<p class="no-evidence">')


def test_timeline(report):
    out = _flat(report_sections.show_timeline(report).markup)
    assert len(_figures(out)) == 1
    assert ("<td>2001-07-16</td><td>CHN-RUS</td><td>signed</td>"
            '<td><a class="ref" href="#tr-T1">T1</a> Treaty of Friendship</td>') in out
    assert '<td><a class="ref" href="#ev-E001">E001</a> Joint naval drills began</td>' in out
    empty = Report(**{**report.__dict__, "timeline": report.timeline.iloc[0:0]})
    assert report_sections.show_timeline(empty).markup == (
        '<p class="no-evidence">No dated events for the dyads in scope.</p>')


def test_analysts(report):
    out = _flat(report_sections.show_analysts(report).markup)
    assert '<td><b>Ann Analyst</b><div class="muted small">Think Tank</div></td>' in out
    # who argues what, by person: the claims as links to the annex, not the quotes again
    assert ('<span class="stance stance-limitation">limitation</span> economic: '
            '<a class="ref" href="#ev-E002">E002</a>') in out
    assert "Trade stays small" not in out
    none = Report(**{**report.__dict__, "analysts": report.analysts.iloc[0:0]})
    assert "named speaker" in report_sections.show_analysts(none).markup


def test_gaps(report):
    out = _flat(report_sections.show_gaps(report).markup)
    text = _text_of(out)
    assert text.startswith("A gap is a place where the coded sources say nothing. It is a "
                           "limit of the source base, not a finding that the countries do not "
                           "cooperate there")
    assert "Dyad with no claims at all: CHN-IRN (China–Iran)." in text  # one: singular
    assert "<li>IRN-RUS: military</li>" in out
    full = Report(**{**report.__dict__, "gaps": report.gaps.iloc[0:0]})
    out = report_sections.show_gaps(full).markup  # no gap: the caveat is not needed
    assert "A gap is" not in out and "resting on a single source" in out
    none = Report(**{**full.__dict__, "dyads_table": full.dyads_table.assign(n_sources=2)})
    assert report_sections.show_gaps(none).markup == (
        "<p>Every dyad in scope has claims in every chosen domain.</p>")


def test_method_lists_the_vocabularies(report):
    text = _text_of(report_sections.show_method(report).markup)
    assert "relations among China, Russia, Iran and North Korea is coded" in text
    assert f"Domain {', '.join(vocab.DOMAINS)}" in text
    assert ("Stance cooperation; limitation (limits, divergence or absence of expected "
            "support)") in text
    assert ("Weight 1 passing or general mention; 2 a specific claim; 3 a concrete act or "
            "commitment") in text
    assert "Credibility " + "; ".join(f"{k} {v}" for k, v in
                                      vocab.CREDIBILITY_GRADES.items()) in text
    assert ("Attribution the article's own voice; a named person (with affiliation); unnamed "
            "analysts") in text


def test_appendix(report):
    out = _flat(report_sections.show_appendix(report).markup)
    assert ["Parameters", "Input files", "Software"] == re.findall(r"<h3>(.*?)</h3>", out)
    # parameter names are wide enough never to wrap mid-word
    assert "<th style=\"width:24%\">Parameter</th><th style=\"width:28%\">Value</th>" in out
    assert '<td class="name">' in out
    assert '<td class="name">title</td><td>Axis test report</td><td>report title</td>' in out
    assert f"<td>seeds/evidence.yaml</td><td><code>{'ab' * 32}</code></td>" in out
    assert "<td>axis_report</td><td>0.1.0</td>" in out


# --- brief sections -------------------------------------------------------------------------

def _plain(markup: str) -> str:
    """The text of `markup` as a reader sees it: tags dropped (not turned into spaces)."""
    return " ".join(unescape_html(re.sub(r"<[^>]+>", "", markup)).split())


def test_brief_title(brief):
    out = _flat(brief_sections.show_brief_title(brief).markup)
    assert "<h1>Iran and Russia: brief</h1>" in out
    assert ("IRN-RUS · one pair · edition 2024-06-01 · evidence as of 2024-05-20" in out)
    # the newest evidence (2024-03-01) is 92 days older than the edition: past the default 90
    assert ('<p class="stale">The newest evidence is dated 2024-03-01, about three months '
            'before this date of issue') in out
    country = Brief(**{**brief.__dict__, "focus": Focus("RUS", "country", ("RUS",),
                                                        ("CHN-RUS", "IRN-RUS", "PRK-RUS"))})
    assert "RUS · its three pairs · edition" in (
        brief_sections.show_brief_title(country).markup)
    five = Brief(**{**country.__dict__, "focus": Focus(
        "RUS", "country", ("RUS",), ("BLR-RUS", "CHN-RUS", "IRN-RUS", "PRK-RUS"))})
    assert "RUS · its four pairs · edition" in (
        brief_sections.show_brief_title(five).markup)


def test_brief_title_says_when_the_evidence_is_old_or_missing(brief):
    t_handling = "Restricted. For the desk only."
    old = Brief(**{**brief.__dict__, "edition": "2025-06-01"})
    text = _text_of(brief_sections.show_brief_title(old).markup)
    assert "The newest evidence is dated 2024-03-01, about 15 months before" in text
    fresh = Brief(**{**brief.__dict__, "edition": "2024-05-30"})  # 90 days: not yet
    assert "newest evidence" not in brief_sections.show_brief_title(fresh).markup
    never = Brief(**{**old.__dict__, "stale_after_days": 0})
    assert "newest evidence" not in brief_sections.show_brief_title(never).markup
    empty = Brief(**{**old.__dict__, "evidence": brief.evidence.iloc[0:0], "newest": None})
    text = _text_of(brief_sections.show_brief_title(empty).markup)
    assert "No coded evidence: this brief shows only the treaties and UN votes" in text
    assert "newest evidence" not in text
    # the project's handling line (settings `handling`) and who prepared it, when set
    assert "Unclassified. Prepared from open sources." in text
    signed = Brief(**{**brief.__dict__, "handling": t_handling, "prepared_by": "A. Author"})
    out = brief_sections.show_brief_title(signed)
    assert f"A. Author · {t_handling}" in _text_of(out.markup)
    assert out.meta["author"] == "A. Author"
    # a pair whose newest claims concern several pairs at once says how old its own are
    alone = Brief(**{**old.__dict__, "newest": "2024-03-01", "newest_alone": "2023-01-10"})
    text = _text_of(brief_sections.show_brief_title(alone).markup)
    assert ("The newest claim on Iran and Russia alone is dated 2023-01-10, about two years "
            "before this date of issue; the later ones concern several pairs at once.") in text


def test_brief_title_counts_as_the_index_does(brief):
    from axis_report import prose

    two = Brief(**{**brief.__dict__, "evidence": pd.concat(
        [brief.evidence, brief.evidence.assign(record_id="E999")])})
    text = _plain(brief_sections.show_brief_title(two).markup)
    assert (f"evidence as of 2024-05-20: two claims, "
            f"{prose.count(len(brief.sources), 'source')}") in text
    # a claim the reference data contradict is set aside: shown, not counted
    aside = Brief(**{**two.__dict__, "set_aside": ("E999",)})
    assert "evidence as of 2024-05-20: one claim, " in _plain(
        brief_sections.show_brief_title(aside).markup)


def test_brief_carries_its_own_document_title(brief):
    meta = brief_sections.show_brief_title(brief).meta
    assert meta["title"] == "Iran and Russia: brief" and meta["date"] == "2024-06-01"


def test_bottom_line(brief):
    out = _flat(brief_sections.show_bottom_line(brief).markup)
    # E002 is shown in the brief's strongest evidence: its citation leads there
    assert ('<li>Iran and Russia lean to limitation <span class="cite">[<a class="ref" '
            'href="#ev-E002">E002</a>]</span><div class="confidence"><b>Low confidence.</b> '
            'Basis: one independent source') in out
    # a judgment on IRN-RUS names its defence obligation (derive_key_judgments does):
    # not said twice; without one, the bottom line says it, pointing to the treaties shown
    assert "defence obligation" not in out and "treaties table" not in out
    unjudged = Brief(**{**brief.__dict__, "judgments": []})
    assert ("A defence obligation is in force on 2024-05-20 for IRN-RUS: see the treaties "
            "below.") in _text_of(brief_sections.show_bottom_line(unjudged).markup)
    empty = Brief(**{**brief.__dict__, "evidence": brief.evidence.iloc[0:0], "judgments": [],
                     "defence_dyads": set(), "strongest": brief.strongest.iloc[0:0]})
    text = _plain(brief_sections.show_bottom_line(empty).markup)
    assert text.startswith("No source dated on or before 2024-05-20 makes a claim about Iran "
                           "and Russia: a gap in the source base, not a finding of no "
                           "cooperation.")
    country = Brief(**{**empty.__dict__, "focus": Focus("RUS", "country", ("RUS",), (
        "CHN-RUS", "IRN-RUS", "PRK-RUS"))})
    assert _plain(brief_sections.show_bottom_line(country).markup).startswith(
        "No source dated on or before 2024-05-20 makes a claim about Russia's ties with "
        "China, Iran and North Korea: a gap")
    assert text.count("gap in the source base") == 1 and "so far" not in text
    assert ("In force on 2024-05-20: Treaty of Friendship [T1], with non-aggression and "
            "consultation obligations. None binds either to defend the other.") in text
    # a defence obligation in force is said once, among the agreements, not again below
    allied = Brief(**{**empty.__dict__, "defence_dyads": {"IRN-RUS"},
                      "treaties": brief.treaties.assign(defence=True,
                                                        obligations="defence")})
    text = _plain(brief_sections.show_bottom_line(allied).markup)
    assert text.count("defence") == 1 and "see the treaties below" not in text
    # an agreement whose text is not public: its obligations are unknown, not "none"
    secret = Brief(**{**empty.__dict__, "treaties": brief.treaties.assign(
        defence=None, obligations="unknown")})
    text = _plain(brief_sections.show_bottom_line(secret).markup)
    assert ("Treaty of Friendship [T1], whose obligations are unknown (its text is not "
            "public).") in text
    assert "binds" not in text
    assert ("In the UN General Assembly their agreement score was 80% in 2019 (an identical "
            "vote counts one, an abstention against a yes or no a half), higher than 95% of all "
            "pairs of member states that year.") in text


def test_ids_in_a_brief_judgment_lead_to_what_the_brief_shows(brief):
    named = Brief(**{**brief.__dict__, "judgments": [Judgment(
        "Bound by T1, not by T9; see E002 and E777.", ("E002",))]})
    out = brief_sections.show_bottom_line(named).markup
    assert '<a class="ref" href="#tr-T1">T1</a>' in out  # its row in the treaties table
    assert '<a class="ref" href="#ev-E002">E002</a>' in out  # the quote shown
    assert ">T9<" not in out and ">E777<" not in out  # nothing on the page: left plain
    assert 'id="tr-T1"' in brief_sections.show_brief_context(named).markup
    sources = brief_sections.show_brief_sources(named).markup
    for sid in brief.sources["source_id"]:
        assert f'id="src-{sid}"' in sources


def test_bottom_line_citations_lead_to_shown_quotes_or_the_report_annex(brief):
    ids = tuple(f"E{i:03d}" for i in range(1, 13))
    many = Brief(**{**brief.__dict__, "judgments": [Judgment("Many claims", ids)]})
    out = brief_sections.show_bottom_line(many).markup
    hrefs = re.findall(r'<a class="ref" href="([^"]+)">([^<]+)</a>', out)
    # every id, in order: the shown claim leads to its quote in the brief, the others to
    # the full report's annex; no bare count of the rest
    assert [i for _, i in hrefs] == list(ids)
    assert hrefs[0] == ("../axis-report.html#ev-E001", "E001")
    assert hrefs[1] == ("#ev-E002", "E002")
    assert "more in the report" not in out
    shuffled = Brief(**{**brief.__dict__, "judgments": [
        Judgment("Many claims", ("E10", "E002", "E9", "E001"))]})
    order = re.findall(r'<a class="ref" href="[^"]+">([^<]+)</a>',
                       brief_sections.show_bottom_line(shuffled).markup)
    assert order == ["E001", "E002", "E9", "E10"]
    shown = set(re.findall(r'id="ev-(E\d+)"', brief_sections.show_strongest(many).markup))
    for href, _ in hrefs:
        assert href.startswith("../axis-report.html#ev-E") or href[len("#ev-"):] in shown
    assert not re.search(r"\[\d+ (claims|records)\]", _text_of(out))


def test_brief_balance(brief):
    out = _flat(brief_sections.show_brief_balance(brief).markup)
    assert out.startswith('<h2>Cooperation against limitation</h2><figure class="axis-figure">'
                          '<img alt="Cooperation and limitation for IRN-RUS"')
    assert "IRN-RUS: by domain" in _figures(out)[0]
    empty = Brief(**{**brief.__dict__, "evidence": brief.evidence.iloc[0:0]})
    assert brief_sections.show_brief_balance(empty).markup == ""  # no heading left alone


def test_strongest(brief):
    out = _flat(brief_sections.show_strongest(brief).markup)
    assert out.startswith("<h2>Strongest evidence</h2>")
    assert ('<td id="ev-E002"><q>Trade stays small</q> <span class="cite">[E002; S2]</span>'
            '</td>') in out
    assert '<span title="source C, information 3">C3</span>' in out
    assert "<td>CHN-RUS, IRN-RUS</td>" in out
    assert 'Ann Analyst<span class="muted">, Think Tank</span>' in out
    corroborated = brief.strongest.assign(n_independent=3, check="contradicted")
    out = _flat(brief_sections.show_strongest(
        Brief(**{**brief.__dict__, "strongest": corroborated})).markup)
    assert ('<span class="cite">[E002; S2]</span> <span class="check check-contradicted">'
            'contradicted by reference data</span> <span class="muted small">(three '
            'independent sources)</span>') in out
    none = Brief(**{**brief.__dict__, "strongest": brief.strongest.iloc[0:0]})
    assert brief_sections.show_strongest(none).markup == ""


def test_changes():
    out = _flat(brief_sections.show_changes(make_brief()).markup)
    assert out.startswith("<h2>What changed since the previous edition</h2>")
    assert "<p>Evidence records since the edition of 2024-05-01: one removed, one changed.</p>" \
        in out
    assert "<td>E009</td><td>removed</td><td><q>Gone now</q></td>" in _flat(out)
    # a first edition: no section at all; the title block calls it the first
    first = make_brief(changes="first")
    assert brief_sections.show_changes(first).markup == ""
    assert "first edition 2024-06-01 · evidence" in brief_sections.show_brief_title(
        first).markup
    assert "first edition" not in brief_sections.show_brief_title(make_brief()).markup
    # a previous edition whose record snapshot the grid found damaged, and skipped
    skipped = Brief(**{**make_brief(changes="first").__dict__, "previous_edition": "2024-05-01"})
    assert _flat(brief_sections.show_changes(skipped).markup) == (
        "<h2>What changed since the previous edition</h2>"
        "<p>The record snapshot of the previous edition (of 2024-05-01) was missing or damaged, "
        "so this edition cannot list what changed since then: it is shown as a first "
        "edition.</p>")
    assert "first edition" not in brief_sections.show_brief_title(skipped).markup
    assert _flat(brief_sections.show_changes(make_brief(changes="none")).markup) == (
        "<h2>What changed since the previous edition</h2>"
        "<p>No evidence record for this focus changed since the edition of 2024-05-01.</p>")


def test_brief_sources(brief):
    out = _flat(brief_sections.show_brief_sources(brief).markup)
    assert ('<li id="src-S2"><b>S2</b> Trade study <span class="muted">(Review)</span>, '
            '2024-03-01 (estimated); reliability <span title="fairly reliable">C</span>.</li>'
            ) in out
    assert '<span class="muted">(Wire)</span>' in out  # the outlet beside the title
    # the grades shown are explained once, above the table
    assert "Reliability (Admiralty scale): C fairly reliable." in _text_of(out)
    assert out.startswith("<h2>Sources</h2>")
    none = Brief(**{**brief.__dict__, "sources": brief.sources.iloc[0:0]})
    assert brief_sections.show_brief_sources(none).markup == ""  # no "No sources." shell


def test_brief_context(brief):
    out = _flat(brief_sections.show_brief_context(brief).markup)
    text = _text_of(out)
    assert ("Treaty of Friendship [T1] IRN-RUS 2001-07-16 in force non-aggression and "
            "consultation") in text
    assert "Ended by" not in text
    # agreements that had ended by the brief's date: one line, not rows of the table
    ended = Brief(**{**brief.__dict__, "ended": brief.treaties.assign(
        treaty_id="T0", status="ended 1996-09-10", obligations="defence")})
    assert ("Ended by 2024-05-20: Treaty of Friendship [T0], IRN-RUS, signed 2001-07-16, "
            "ended 1996-09-10 (defence).") in _plain(
        brief_sections.show_brief_context(ended).markup)
    secret = Brief(**{**brief.__dict__, "treaties": brief.treaties.assign(
        obligations="unknown")})
    assert "in force unknown (text not public)" in _text_of(
        brief_sections.show_brief_context(secret).markup)
    assert "ATOP codes IRN-RUS 2001-2018 (neutrality and non-aggression in 2018)." in text
    # a dyad: its latest years, in order, one column each
    assert ("UN General Assembly votes, session years 2018-2019 (the vote data end there) "
            "Session year 2018 2019 Agreement score (identical vote 1, abstention against yes "
            "or no ½) 80% 80% "
            "Percentile among all pairs of member states 95 95 Common votes 90 90") in text
    country = Brief(**{**brief.__dict__, "focus": Focus("RUS", "country", ("RUS",), (
        "CHN-RUS", "IRN-RUS", "PRK-RUS")), "un_votes": focus_un_votes(
        make_report().alignment, ("CHN-RUS", "IRN-RUS", "PRK-RUS"), years=1)})
    text = _text_of(brief_sections.show_brief_context(country).markup)
    assert ("In the UN General Assembly, session year 2019 (the vote data end there), the "
            "agreement score (an identical vote counts one, an abstention against a yes or no a "
            "half) was 90% for CHN-RUS (higher than 95% of all pairs of member states) and 80% "
            "for IRN-RUS (95%).") in text
    bare = Brief(**{**brief.__dict__, "treaties": brief.treaties.iloc[0:0], "alliances": [],
                    "un_votes": brief.un_votes.iloc[0:0]})
    text = _text_of(brief_sections.show_brief_context(bare).markup)
    assert text == ("The project's treaty table holds no agreement in force or signed on "
                    "2024-05-20 between Iran and Russia. The project holds no UN General "
                    "Assembly votes for Iran and Russia.")


# --- the briefs index -----------------------------------------------------------------------

def test_index_is_a_whole_page_in_the_report_style():
    rows, report_entry = index_data()
    page = render_index(rows, report_entry)
    assert page.startswith("<!DOCTYPE html>") and page.rstrip().endswith("</html>")
    assert "table.axis-table" in page  # the report's stylesheet, inlined
    assert '<table class="axis-table">' in page
    assert ('Full report: <a href="../axis-report.html">HTML</a> · '
            '<a href="../axis-report.pdf">PDF</a>') in page
    assert '<a href="RUS.html">HTML</a> · <a href="RUS.pdf">PDF</a>' in page
    assert ('<a href="archive/RUS/2024-05-01T100000Z/RUS.pdf">2024-05-01 10:00</a>, '
            '<a href="archive/RUS/2024-04-01T093000Z/RUS.pdf">2024-04-01 09:30</a>') in page
    assert "<td>-</td>" in _flat(page)  # IRN-RUS: no earlier edition
    assert '<td><b>CHN-PRK</b> China and North Korea</td>' in page
    assert '<td colspan="6">not yet built</td>' in page
    assert "Full report" not in render_index(rows, None)


def test_index_shows_each_briefs_status_at_a_glance():
    rows, report_entry = index_data()
    page = render_index(rows, report_entry, group=("CHN", "RUS", "IRN", "PRK", "BLR"))
    cells = {name: _text_of(row) for name, row in re.findall(
        r"<tr><td><b>([A-Z-]+)</b>(.*?)</tr>", page, flags=re.S)}
    assert cells["RUS"].startswith("Russia 2024-06-01 HTML · PDF 12 3 2024-05-20 2 added, "
                                   "1 changed 2024-05-01 10:00")
    assert cells["IRN-RUS"].startswith("Iran and Russia no coded evidence 2024-06-01 HTML · PDF "
                                       "0 0 - first edition -")
    # old evidence: its age; a pair's newest claims on it alone, when older
    assert cells["CHN-RUS"].startswith("China and Russia evidence about 12 months old "
                                       "2025-06-01 HTML · PDF 12 3 2024-05-20 on the pair "
                                       "alone: 2023-01-02 no change -")
    assert "months old" not in cells["RUS"] and "no coded" not in cells["CHN-RUS"]
    assert "pair alone" not in cells["RUS"]
    # the claims are counted as the briefs count them, and the page says what it leaves out
    assert "leaving out" not in page
    assert ("The claims are counted as the briefs count them, leaving out E014, which the "
            "reference data contradict.") in _text_of(
        render_index(rows, report_entry, set_aside=["E014"]))
    # the introduction names the project's countries, five here
    assert "One brief on each of China, Russia, Iran, North Korea and Belarus" in _text_of(page)


# --- user text is escaped everywhere --------------------------------------------------------

def _assert_escaped(markup: str, where: str, *, shows_user_text: bool = True) -> None:
    assert "<script" not in markup.lower(), where
    assert MIXED not in markup and '"quotes"' not in markup, where
    if shows_user_text:
        assert SCRIPT_ESCAPED in markup and MIXED_ESCAPED in markup, where
    for svg in _figures(markup):  # labels drawn into figures are escaped SVG text
        assert "<script" not in svg.lower(), where


# Sections that show no text an analyst typed (only codes, numbers, vocab and figures).
_NO_USER_TEXT = {"show_heatmap", "show_network", "show_balance", "show_gaps", "show_method",
                 "show_un_alignment", "show_brief_title", "show_brief_balance",
                 "show_ach_ratings"}


@pytest.mark.parametrize("show", REPORT_SECTIONS, ids=lambda f: f.__name__)
def test_report_sections_escape_user_text(show):
    out = show(make_report(evil=True)).markup
    _assert_escaped(out, show.__name__, shows_user_text=show.__name__ not in _NO_USER_TEXT)


@pytest.mark.parametrize("show", BRIEF_SECTIONS, ids=lambda f: f.__name__)
def test_brief_sections_escape_user_text(show):
    out = show(make_brief(evil=True)).markup
    _assert_escaped(out, show.__name__, shows_user_text=show.__name__ not in _NO_USER_TEXT)


def test_every_user_field_reaches_the_page_escaped():
    report, brief = make_report(evil=True), make_brief(evil=True)
    everything = "".join([*(s(report).markup for s in REPORT_SECTIONS),
                          *(s(brief).markup for s in BRIEF_SECTIONS)])
    for base in ("Joint naval drills began", "Axis test report", "Ann Analyst", "Think Tank",
                 "cites a March event", "Drills report", "Daily", "Trade study", "Review",
                 "Alliance", "They ally",
                 "report title", "Treaty of Friendship", "No defence obligation in ATOP",
                 "Leeds et al.", "seeds/evidence.yaml", "Gone now", "weight",
                 # the claims model: claim text, every quote, the source's kind and outlet,
                 # what separates a hypothesis, indicators, assumptions, the bottom line
                 "China and Russia drill together", "Trade between them stays small",
                 "Trade is still small", "news article", "Wire", "From H2, they fight together",
                 "Joint drills", "Sources report what they saw", "Counts would mislead",
                 "The bottom line.", "Iran and Russia lean to limitation"):
        assert f"{base} {SCRIPT_ESCAPED} {MIXED_ESCAPED}" in everything, base
    # the runner-up's indicator, lower-cased into a sentence, stays escaped too
    assert f"arms for oil {SCRIPT_ESCAPED} {MIXED_ESCAPED}" in everything
    # a claim's note is the coder's reason, printed under the claim (escaped); a quote's note
    # is for the analyst only and printed nowhere, not even raw
    assert f"a claim note {SCRIPT_ESCAPED} {MIXED_ESCAPED}" in everything
    assert "a quote note" not in everything


def test_index_escapes_its_text():
    rows, report_entry = index_data(evil=True)
    page = render_index(rows, report_entry)
    _assert_escaped(page, "index")
    assert f"<b>RUS {SCRIPT_ESCAPED} {MIXED_ESCAPED}</b>" in page


# --- analysts' table and figure -------------------------------------------------------------

def test_table_renders_any_frame_escaped():
    frame = pd.DataFrame({"name <i>": ["a & b", PAYLOAD, None],
                          "share": [0.125, NAN, 2.0], "n": [1, 2, 3]})
    out = html.table(frame, caption="Mine & yours", widths=["50%", "25%", "25%"],
                     numeric=True).markup
    assert out.startswith('<table class="axis-table numeric">')
    assert "<caption>Mine &amp; yours</caption>" in out
    assert '<th style="width:50%">name &lt;i&gt;</th>' in out
    assert "<td>a &amp; b</td><td>0.12</td><td>1</td>" in out
    assert f"<td>{SCRIPT_ESCAPED} {MIXED_ESCAPED}</td><td></td><td>2</td>" in out  # NaN blank
    assert "<td></td><td>2</td><td>3</td>" in out  # None blank; 2.0 shown as 2
    assert "<script" not in out


def test_table_shows_a_named_index_and_checks_widths():
    frame = pd.DataFrame({"n": [1, 2]}, index=pd.Index(["x", "y"], name="key"))
    out = html.table(frame).markup
    assert '<table class="axis-table">' in out and "<th>key</th><th>n</th>" in out
    assert "<td>x</td><td>1</td>" in out
    with pytest.raises(ValueError, match="2 widths for 1 columns"):
        html.table(pd.DataFrame({"n": [1]}), widths=["50%", "50%"])


def test_figure_embeds_an_axes_as_svg():
    from axis_report.figures.plots import new_axes

    ax = new_axes((3, 2))
    ax.plot([1, 2, 3], [1, 4, 9])
    out = html.figure(ax, alt='Squares "so" <big>', caption="y = x².").markup
    assert out.startswith('<figure class="axis-figure"><img alt="Squares &#34;so&#34; '
                          '&lt;big&gt;" src="data:image/svg+xml;base64,')
    assert out.endswith("<figcaption>y = x².</figcaption></figure>")
    assert "<svg" in _figures(out)[0]
    assert "figcaption" not in html.figure(ax.figure, alt="no caption").markup


def test_figure_closes_a_pyplot_figure():
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    fig, axes = plt.subplots(1, 2)
    html.figure(axes, alt="two panels")
    assert not plt.fignum_exists(fig.number)


def test_a_block_in_a_template_prints_as_markup():
    inner = html.Block("<b>made by a template</b>")
    out = html.render("figure.html.j2", src="data:,", alt="x", caption=inner).markup
    assert "<figcaption><b>made by a template</b></figcaption>" in out


def _flat(markup: str) -> str:
    """`markup` with the templates' line breaks dropped between tags and made spaces
    elsewhere: what a browser makes of it, for comparing markup across lines."""
    return re.sub(r">\n<", "><", markup).replace("\n", " ")


def test_ach_summarises_the_matrix_beyond_its_limit_and_the_appendix_lists_every_claim(
        report, monkeypatch):
    import axis_report.sections.report as sections

    few = sections.show_ach(report).markup
    assert "ACH matrix of ratings by claim and hypothesis" in few
    monkeypatch.setattr(sections, "ACH_MATRIX_MAX", 0)
    many = sections.show_ach(report).markup
    assert "ACH ratings summarised by hypothesis" in many
    assert "ACH matrix of ratings by claim" not in many
    table = sections.show_ach_ratings(report).markup
    for rid in report.ach.matrix["record_id"].unique():
        assert f'<td><a class="ref" href="#ev-{rid}">{rid}</a></td>' in table


# --- navigation and wording across the whole report (issue 12) ------------------------------

def _whole_report(report) -> str:
    return "".join(s(report).markup for s in REPORT_SECTIONS)


def test_every_id_link_in_the_report_resolves_to_its_annex_entry(report):
    # the fixture's "Many claims" judgment cites made-up ids beyond the claims in scope
    report = Report(**{**report.__dict__, "judgments": report.judgments[:2]})
    page = _whole_report(report)
    # claims, sources and agreements: every id link lands on its entry
    targets = set(re.findall(r'href="#((?:ev|src|tr)-[^"]+)"', page))
    anchors = set(re.findall(r'id="((?:ev|src|tr)-[^"]+)"', page))
    assert {"ev-E001", "ev-E002", "ev-E001.1", "src-S1", "tr-T1"} <= targets
    assert targets <= anchors, sorted(targets - anchors)
    # the annex lists every claim in scope by id, with each quote's source and span
    annex = report_sections.show_annex(report).markup
    assert re.findall(r'<dt id="ev-(E\d+)"', annex) == sorted(report.evidence["record_id"]
                                                             .unique())
    # a quote cites its source by id, linked to the Sources table, without repeating the
    # source's title, outlet and date on every quote
    assert 'E001.1: <a class="ref" href="#src-S1">S1</a>, chars 10-40' in annex
    assert "Drills report" not in annex and "Daily" not in annex
    # the coder's note is with its claim in the annex, not in the body's evidence tables
    assert "Coder's note: a claim note" in _text_of(annex)
    assert "a claim note" not in report_sections.show_dyad_evidence(report).markup
    assert _text_of(annex).count("Coder's note") == 1  # E002 and E003 have none


def test_each_caveat_is_said_once():
    from conftest import REPO

    page = _whole_report(make_report())  # CHN-IRN has no claims: a gap to explain
    notebook = (REPO / "notebooks" / "report.py").read_text(encoding="utf-8")
    text = _text_of(page) + " " + notebook
    silence = re.findall(r"not (?:a finding|the same as finding|zero cooperation|a weak tie|"
                         r"evidence that the thing)", text)
    assert len(silence) == 1, silence


def test_no_developer_sentences_reach_the_reader(report):
    from conftest import REPO

    notebook = (REPO / "notebooks" / "report.py").read_text(encoding="utf-8")
    prose = re.sub(r"<!--.*?-->", "", "\n".join(
        line[2:] for line in notebook.splitlines() if line.startswith("# ")), flags=re.S)
    text = _text_of(_whole_report(report)) + " " + prose
    for phrase in ("Derived from the", "not written by hand", "tabulated", "parameters cell",
                   "notebook cell", "hypotheses file", "each time the report is built"):
        assert phrase.lower() not in text.lower(), phrase


def test_treaties_lists_each_agreement_anchored_and_says_unknown_when_the_text_is_not_public(
        report):
    out = _flat(report_sections.show_treaties(report).markup)
    assert out.startswith('<div id="treaties">')
    assert '<td id="tr-T1"><b>T1</b> ' in out
    text = _text_of(out)
    assert "One agreement among the pairs in scope was signed by 2024-05-20, hand-coded" in text
    assert "China and Russia Signed 2001-07-16 In force 2002-02-28 non-aggression, " \
           "consultation Not coded in ATOP or COW" in text
    secret = report.treaties.assign(
        treaty_id="T9", in_force=None, in_force_note="Text not published.",
        citation="Signed in 2021. ATOP v5.1 codes nothing for CHN-RUS.",
        **{k: pd.NA for k in vocab.OBLIGATIONS})
    ended = report.treaties.assign(treaty_id="T0", ended="2010-01-01", signed="1990-01-01",
                                   in_force="1990-02-01")
    later = report.treaties.assign(treaty_id="T8", signed="2025-01-01")  # after as_of
    more = Report(**{**report.__dict__,
                     "treaties": pd.concat([report.treaties, secret, ended, later])})
    text = _text_of(report_sections.show_treaties(more).markup)
    assert "Three agreements" in text and "T8" not in text
    assert "T9 Treaty of Friendship Treaty. Text not published. China and Russia Signed " \
           "2001-07-16 In force from signature (date not established) Unknown: the text is " \
           "not public ATOP v5.1 codes nothing for CHN-RUS." in text
    assert "Ended 2010-01-01" in text
    # none in scope: said so
    none = Report(**{**report.__dict__, "treaties": report.treaties.iloc[0:0]})
    assert "No agreement between the pairs in scope was signed by 2024-05-20." in _text_of(
        report_sections.show_treaties(none).markup)


def test_treaty_ids_and_the_treaties_table_lead_to_the_treaties_section(report):
    said = Report(**{**report.__dict__, "judgments": [
        Judgment("Bound by T1 since 2002 (E002).", ("E002",),
                 datasets=("treaties table (checked against ATOP)",))]})
    out = report_sections.show_key_judgments(said).markup
    assert 'Bound by <a class="ref" href="#tr-T1">T1</a> since 2002 (<a class="ref" ' \
           'href="#ev-E002">E002</a>).' in out
    assert '<a class="ref" href="#treaties">treaties table (checked against ATOP)</a>' in out
