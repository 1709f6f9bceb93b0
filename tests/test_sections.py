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
from axis_report.model.brief import Brief
from axis_report.model.params import Params
from axis_report.model.report import AchResult, Report
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
                          flips=["without S2"], untestable=["analyst opinion only"]),
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
        defence_dyads={"IRN-RUS"})


def index_data(evil: bool = False):
    t = lambda s: _text(s, evil)  # noqa: E731
    rows = [
        dict(name=t("RUS"), title=t("Russia"), kind="country", built=True,
             edition_date=t("2024-06-01"), html="RUS.html", pdf="RUS.pdf",
             earlier=[dict(label=t("2024-05-01 10:00"),
                           href="archive/RUS/2024-05-01T100000Z/RUS.pdf"),
                      dict(label="2024-04-01 09:30",
                           href="archive/RUS/2024-04-01T093000Z/RUS.pdf")]),
        dict(name="IRN-RUS", title="Iran and Russia", kind="dyad", built=True,
             edition_date="2024-06-01", html="IRN-RUS.html", pdf="IRN-RUS.pdf", earlier=[]),
        dict(name="CHN-PRK", title="China and North Korea", kind="dyad", built=False,
             edition_date="", html="CHN-PRK.html", pdf="CHN-PRK.pdf", earlier=[]),
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
    out = _flat(report_sections.show_title(report).markup)
    assert '<header class="report-title"><h1>Axis test report</h1>' in out
    assert ("China, Russia, Iran · evidence as of 2024-05-20 · 3 coded claims from 3 sources"
            in _text_of(out))


def test_title_counts_only_the_sources_the_claims_rest_on(report):
    idle = report.sources.iloc[[0]].assign(source_id="S9", n_claims=0)
    other = Report(**{**report.__dict__, "sources": pd.concat([report.sources, idle])})
    assert "3 coded claims from 3 sources" in _text_of(
        report_sections.show_title(other).markup)


def test_key_judgments_cite_their_claims_and_shorten_long_lists(report):
    out = _flat(report_sections.show_key_judgments(report).markup)
    # the bottom line up front, then the judgments, then the key assumptions
    assert out.startswith('<div class="bluf"><p><b>Bottom line.</b> The bottom line. It rests '
                          'on three sources.</p></div><ul class="judgments">')
    assert ('<li>China and Russia lean to cooperation <span class="cite">[E001, E002]</span>'
            '<div class="confidence"><b>Moderate confidence.</b> Basis: 2 independent sources '
            '(S1 graded B, S2 graded C); 0 of 2 claims corroborated.</div></li>') in out
    assert "<li>ACH judgment</li>" in out  # no ids, no brackets, no confidence
    assert ('<span class="cite">[14 claims: E001, E002, E003, E004, E005, E006, E007, E008, '
            'E009, E010, E011, E012, ...]</span>') in out
    assert ('<h3>Key assumptions</h3><ul class="assumptions"><li><b>A1</b> Sources report what '
            'they saw <span class="muted">If wrong: Counts would mislead</span></li></ul>'
            ) in out
    assert out.index("Bottom line") < out.index("judgments") < out.index("Key assumptions")


def test_key_judgments_without_bottom_line_or_assumptions(report):
    other = Report(**{**report.__dict__, "bottom_line": [],
                      "assumptions": report.assumptions.iloc[0:0]})
    out = _flat(report_sections.show_key_judgments(other).markup)
    assert out.startswith('<ul class="judgments">') and "Key assumptions" not in out


def test_ach(report):
    out = _flat(report_sections.show_ach(report).markup)
    assert "<p>The evidence is least inconsistent with H1</p>" in out
    assert ('<td><b>H1 Alliance</b><div class="muted small">They ally</div></td>'
            '<td class="small">From H2, they fight together</td>') in out
    assert "<td>without S2</td><td>2</td><td>H2 &gt; H1</td><td>no</td>" in out
    assert "<td>analyst opinion only</td><td>0</td><td>(no claims left)</td><td>-</td>" in out
    assert "it loses first place in these tests: without S2" in out
    assert ("<td><b>H2.1</b> Arms for oil</td><td>not observed in the coded sources</td>"
            '<td class="small"></td>') in out
    assert '<td><b>H1.1</b> Joint drills</td><td>observed</td><td class="small">E001</td>' in out
    # what would change the view: the runner-up's indicators not yet observed
    assert "The reading that ranks second, H2, would gain if the sources came to show: arms " \
           "for oil." in _text_of(out)
    assert "1 of 3 removals change the ranking (E001)." in _text_of(out)
    assert "Non-diagnostic (rated alike under every hypothesis): E003." in _text_of(out)
    assert "<caption>Scores (weighting: parc); closest to 0 ranks first</caption>" in out
    assert ('<td><b>H1 Alliance</b><div class="muted small">They ally</div></td>' in out)
    assert "<td>-1.00</td>" in out and "<td>+2.00</td>" in out
    assert "2.00 (high credibility, high relevance)" in _text_of(out)
    assert len(_figures(out)) == 1
    assert out.index("H1 Alliance") < out.index("H2 Alignment")  # rank order


def test_ach_without_hypotheses():
    out = report_sections.show_ach(make_report(with_ach=False)).markup
    assert out.startswith('<p class="no-evidence">No hypotheses file')


def test_sources(report):
    out = _flat(report_sections.show_sources(report).markup)
    assert ("The claims in scope rest on 3 sources (2 independent of each other; derived copies "
            "count with their original: S3 from S2): 2 news articles, 1 research report; graded "
            "B (1), C (2); dated 2024-03-01 to 2024-05-20.") in _text_of(out)
    assert '<table class="axis-table">' in out and '<th style="width:7%">ID</th>' in out
    assert "<td>2024-05-20</td>" in out
    assert ('<td>2024-03-01 (estimated)<div class="muted small">cites a March event</div></td>'
            in out)
    assert "<td>C - fairly reliable</td><td>1</td>" in out
    assert ('<td>S3</td><td>Trade digest<div class="muted small">Wire; derived from S2</div>'
            '</td><td>news article</td>') in out
    assert '<div class="muted small">Daily</div></td><td>news article</td>' in out  # no copy


def test_sources_leave_out_those_without_claims_in_scope(report):
    idle = report.sources.assign(n_claims=[2, 1, 0])
    out = report_sections.show_sources(Report(**{**report.__dict__, "sources": idle})).markup
    assert "<td>S2</td>" in out and "<td>S3</td>" not in out


def test_figure_sections_embed_svg(report):
    for show, alt in ((report_sections.show_heatmap, "Heatmap of net cooperation balance"),
                      (report_sections.show_network, "Network of the countries in scope")):
        out = show(report).markup
        assert out.startswith(f'<figure class="axis-figure"><img alt="{alt}')
        assert "<figcaption>" in out and len(_figures(out)) == 1
        assert _figures(out)[0].lstrip().startswith("<?xml")
    assert "in force on 2024-05-20 (treaties table)" in report_sections.show_network(
        report).markup


def test_balance(report):
    out = _flat(report_sections.show_balance(report).markup)
    assert len(_figures(out)) == 1
    assert '<table class="axis-table numeric">' in out
    assert ('<td><b>CHN-IRN</b> <span class="muted">China - Iran</span></td><td>0</td>'
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
    assert heads == ['CHN-IRN <span class="muted">China - Iran</span>',
                     'CHN-RUS <span class="muted">China - Russia</span>',
                     'IRN-RUS <span class="muted">Iran - Russia</span>',
                     'group <span class="muted">The group as a whole</span>']
    assert out.count('<section class="dyad">') == 4
    assert ('<p class="no-evidence">No evidence in the coded sources for this dyad. This is a '
            'gap, not a finding of no cooperation.</p>') in out
    # each claim once, flagged when contradicted, then every quote that makes it
    assert ('<div class="claim-text">China and Russia drill together <span class="cite">[E001]'
            '</span> <span class="check check-contradicted">contradicted by reference data'
            '</span></div>') in out
    assert ('<div class="quote-line"><q>Joint naval drills began</q> '
            '<span class="cite">[E001.1; S1 chars 10-40]</span>') in out
    assert ('<div class="claim-text">Trade between them stays small <span class="cite">[E002]'
            '</span></div>') in out  # consistent: no flag
    assert ('<q>Trade stays small</q> <span class="cite">[E002.1; S2 chars 0-17]</span>'
            '<span class="muted small">Ann Analyst<span class="muted">, Think Tank</span>'
            '</span></div><div class="quote-line"><q>Trade is still small</q> '
            '<span class="cite">[E002.2; S3 chars 5-25]</span><span class="muted small">the '
            'article</span></div>') in out
    assert '<span class="stance stance-cooperation">cooperation</span>' in out
    # the grade: best source letter and the derived credibility; then independent sources
    assert '<td><span title="source B, information 5">B5</span></td><td>1</td>' in out
    assert '<td><span title="source C, information 3">C3</span></td><td>1</td>' in out
    assert '<span class="muted small">unnamed analysts</span>' in out
    chn_rus = out[out.index("China - Russia"):out.index("Iran - Russia")]
    assert chn_rus.index("E001") < chn_rus.index("E002")  # cooperation first
    assert out.count("[E002.2;") == 2  # on each of its two dyads


def test_dyad_evidence_leaves_out_an_empty_group(report):
    no_group = report.evidence_table[report.evidence_table["dyad"] != vocab.GROUP]
    other = Report(**{**report.__dict__, "evidence_table": no_group})
    out = report_sections.show_dyad_evidence(other).markup
    assert out.count('<section class="dyad">') == 3 and "The group as a whole" not in out


def test_fact_check(report):
    out = _flat(report_sections.show_fact_check(report).markup)
    assert ("2 claims in scope assert something the reference data can test: "
            "<b>1 consistent</b>, <b>1 contradicted</b>, <b>0 unverifiable</b>") in out
    flagged, consistent = out.split("<h3>Consistent</h3>")
    assert "<h3>Contradicted or unverifiable</h3>" in flagged and "E001" in flagged
    assert '<span class="check check-contradicted">contradicted</span>' in flagged
    assert '<div class="muted small">Leeds et al.</div>' in flagged
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
            "<td>T1 Treaty of Friendship</td>") in out
    assert "<td>E001 Joint naval drills began</td>" in out
    empty = Report(**{**report.__dict__, "timeline": report.timeline.iloc[0:0]})
    assert report_sections.show_timeline(empty).markup == (
        '<p class="no-evidence">No dated events for the dyads in scope.</p>')


def test_analysts(report):
    out = _flat(report_sections.show_analysts(report).markup)
    assert '<td><b>Ann Analyst</b><div class="muted small">Think Tank</div></td>' in out
    assert '<td><q>Trade stays small</q> <span class="cite">[E002]</span></td>' in out
    none = Report(**{**report.__dict__, "analysts": report.analysts.iloc[0:0]})
    assert "named analyst" in report_sections.show_analysts(none).markup


def test_gaps(report):
    out = _flat(report_sections.show_gaps(report).markup)
    assert ("Dyads with no evidence at all: CHN-IRN (China - Iran). The report shows these as "
            "gaps; it does not score them as zero cooperation.") in _text_of(out)
    assert "<li>IRN-RUS: military</li>" in out
    full = Report(**{**report.__dict__, "gaps": report.gaps.iloc[0:0]})
    assert report_sections.show_gaps(full).markup == (
        "<p>Every dyad in scope has evidence in every chosen domain.</p>")


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
    assert "<th style=\"width:18%\">Parameter</th><th style=\"width:32%\">Value</th>" in out
    assert "<td>title</td><td>Axis test report</td><td>report title</td>" in out
    assert f"<td>seeds/evidence.yaml</td><td><code>{'ab' * 32}</code></td>" in out
    assert "<td>axis_report</td><td>0.1.0</td>" in out


# --- brief sections -------------------------------------------------------------------------

def test_brief_title(brief):
    out = _flat(brief_sections.show_brief_title(brief).markup)
    assert "<h1>Iran and Russia: brief</h1>" in out
    assert ("IRN-RUS · one dyad · edition 2024-06-01 · evidence as of 2024-05-20" in out)
    country = Brief(**{**brief.__dict__, "focus": Focus("RUS", "country", ("RUS",),
                                                        ("CHN-RUS", "IRN-RUS", "PRK-RUS"))})
    assert "RUS · its three dyads with the other three · edition" in (
        brief_sections.show_brief_title(country).markup)


def test_bottom_line(brief):
    out = _flat(brief_sections.show_bottom_line(brief).markup)
    assert ('<li>Iran and Russia lean to limitation <span class="cite">[E002]</span>'
            '<div class="confidence"><b>Low confidence.</b> Basis: one independent source (S2 '
            'graded C); 0 of 1 claim corroborated.</div></li>') in out
    assert "IRN-RUS: a defence obligation is in force on 2024-05-20" in _text_of(out)
    empty = Brief(**{**brief.__dict__, "evidence": brief.evidence.iloc[0:0], "judgments": [],
                     "defence_dyads": set()})
    text = _text_of(brief_sections.show_bottom_line(empty).markup)
    assert text == ("The coded sources hold no evidence on Iran and Russia (IRN-RUS). This is "
                    "a gap in the source base, not a finding that they do not cooperate.")


def test_brief_balance(brief):
    out = _flat(brief_sections.show_brief_balance(brief).markup)
    assert out.startswith('<figure class="axis-figure"><img alt="Cooperation and limitation '
                          'for IRN-RUS"')
    assert "IRN-RUS: by domain" in _figures(out)[0]
    empty = Brief(**{**brief.__dict__, "evidence": brief.evidence.iloc[0:0]})
    assert brief_sections.show_brief_balance(empty).markup.startswith('<p class="no-evidence">')


def test_strongest(brief):
    out = _flat(brief_sections.show_strongest(brief).markup)
    assert '<q>Trade stays small</q> <span class="cite">[E002; S2]</span></td>' in out
    assert '<span title="source C, information 3">C3</span>' in out
    assert "<td>CHN-RUS, IRN-RUS</td>" in out
    assert 'Ann Analyst<span class="muted">, Think Tank</span>' in out
    corroborated = brief.strongest.assign(n_independent=3, check="contradicted")
    out = _flat(brief_sections.show_strongest(
        Brief(**{**brief.__dict__, "strongest": corroborated})).markup)
    assert ('<span class="cite">[E002; S2]</span> <span class="check check-contradicted">'
            'contradicted by reference data</span> <span class="muted small">(3 independent '
            'sources)</span>') in out


def test_changes():
    out = _flat(brief_sections.show_changes(make_brief()).markup)
    assert "<p>Evidence records since the edition of 2024-05-01: 1 removed, 1 changed.</p>" \
        in out
    assert "<td>E009</td><td>removed</td><td><q>Gone now</q></td>" in _flat(out)
    assert brief_sections.show_changes(make_brief(changes="first")).markup == (
        "<p>This is the first edition of this brief.</p>")
    # a previous edition whose record snapshot the grid found damaged, and skipped
    skipped = Brief(**{**make_brief(changes="first").__dict__, "previous_edition": "2024-05-01"})
    assert _flat(brief_sections.show_changes(skipped).markup) == (
        "<p>The record snapshot of the previous edition (of 2024-05-01) was missing or damaged, "
        "so this edition cannot list what changed since then: it is shown as a first "
        "edition.</p>")
    assert brief_sections.show_changes(make_brief(changes="none")).markup == (
        "<p>No evidence record for this focus changed since the edition of 2024-05-01.</p>")


def test_brief_sources(brief):
    out = _flat(brief_sections.show_brief_sources(brief).markup)
    assert "<td>2024-03-01 (estimated)</td><td>C - fairly reliable</td>" in _flat(out)
    none = Brief(**{**brief.__dict__, "sources": brief.sources.iloc[0:0]})
    assert brief_sections.show_brief_sources(none).markup == "<p>No sources.</p>"


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
    assert '<td><b>CHN-PRK</b> China and North Korea</td><td>dyad</td>' in page
    assert '<td colspan="3">not yet built</td>' in page
    assert "Full report" not in render_index(rows, None)


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
                 "Alliance", "They ally", "The evidence is least inconsistent with H1",
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
        assert f"<td>{rid}</td>" in table
