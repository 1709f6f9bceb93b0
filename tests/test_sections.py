"""The sections, the briefs index and the analysts' `table` / `figure`, rendered from a
Report and a Brief built by hand (no file is read, no build_* function runs)."""

import base64
import re
from html import unescape as unescape_html

import numpy as np
import pandas as pd
import pytest

from axis_report import html, vocab
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

def _records(evil):
    t = lambda s: _text(s, evil)  # noqa: E731
    return [
        dict(record_id="E001", source_id="S1", domain="military", stance="cooperation",
             weight=3, credibility=2, attribution="article", analyst=None, affiliation=None,
             countries="CHN RUS", quote=t("Joint naval drills began"), quote_start=10,
             quote_end=40, event_date="2024-05-16", note=t("a note"), dyads=["CHN-RUS"]),
        dict(record_id="E002", source_id="S2", domain="economic", stance="limitation",
             weight=2, credibility=3, attribution="named", analyst=t("Ann Analyst"),
             affiliation=t("Think Tank"), countries="CHN IRN RUS",
             quote=t("Trade stays small"), quote_start=0, quote_end=17, event_date=None,
             note=None, dyads=["CHN-RUS", "IRN-RUS"]),
        dict(record_id="E003", source_id="S1", domain="military", stance="cooperation",
             weight=1, credibility=2, attribution="unnamed", analyst=None, affiliation=None,
             countries="CHN IRN PRK RUS", quote=t("They act together"), quote_start=50,
             quote_end=67, event_date=None, note=None, dyads=[]),
    ]


def _evidence(records) -> pd.DataFrame:
    """The long form: a row per record and dyad (group claims get `vocab.GROUP`)."""
    rows = []
    for rec in records:
        for dyad in rec["dyads"] or [vocab.GROUP]:
            row = {k: v for k, v in rec.items() if k != "dyads"}
            sign = 1 if rec["stance"] == "cooperation" else -1
            rows.append({**row, "dyad": dyad, "signed_weight": sign * rec["weight"],
                         "asserts": None, "ach": None, "line": 1})
    frame = pd.DataFrame(rows)
    frame["domain"] = pd.Categorical(frame["domain"], categories=vocab.DOMAINS, ordered=True)
    frame["stance"] = pd.Categorical(frame["stance"], categories=vocab.STANCES, ordered=True)
    return frame


def make_report(*, evil: bool = False, with_ach: bool = True) -> Report:
    t = lambda s: _text(s, evil)  # noqa: E731
    records = _records(evil)
    evidence = _evidence(records)
    sources = pd.DataFrame([
        dict(source_id="S1", file="s1.txt", title=t("Drills report"), outlet=t("Daily"),
             date="2024-05-20", date_estimated=False, date_basis=None, kind="news article",
             reliability="B", reliability_label="usually reliable",
             reliability_basis=t("record"), url=None, n_chars=400, n_claims=2),
        dict(source_id="S2", file="s2.txt", title=t("Trade study"), outlet=t("Review"),
             date="2024-03-01", date_estimated=True, date_basis=t("cites a March event"),
             kind="analysis", reliability="C", reliability_label="fairly reliable",
             reliability_basis=None, url=None, n_chars=300, n_claims=1),
    ])
    checks = {"E001": "contradicted", "E002": "consistent"}
    reliability = {"S1": "B", "S2": "C"}
    table = evidence.sort_values(["stance", "domain", "weight", "record_id"],
                                 ascending=[True, True, False, True], ignore_index=True)
    table = table.assign(reliability=table["source_id"].map(reliability),
                         check=table["record_id"].map(checks))
    dyads = ["CHN-IRN", "CHN-RUS", "IRN-RUS"]
    cols = ["n_cooperation", "n_limitation", "w_cooperation", "w_limitation", "net_balance"]
    dyads_table = pd.DataFrame(
        [["CHN-IRN", 0, NAN, NAN, NAN, NAN, NAN, "no evidence"],
         ["CHN-RUS", 2, 1.0, 1.0, 3.0, 2.0, 1.0, "net cooperation"],
         ["IRN-RUS", 1, 0.0, 1.0, 0.0, 2.0, -2.0, "net limitation"]],
        columns=["dyad", "n_records", *cols, "verdict"])
    dyad_domain = pd.DataFrame(
        [["CHN-IRN", "military", 0, NAN, NAN, NAN, NAN, NAN],
         ["CHN-IRN", "economic", 0, NAN, NAN, NAN, NAN, NAN],
         ["CHN-RUS", "military", 1, 1.0, 0.0, 3.0, 0.0, 3.0],
         ["CHN-RUS", "economic", 1, 0.0, 1.0, 0.0, 2.0, -2.0],
         ["IRN-RUS", "military", 0, NAN, NAN, NAN, NAN, NAN],
         ["IRN-RUS", "economic", 1, 0.0, 1.0, 0.0, 2.0, -2.0]],
        columns=["dyad", "domain", "n_records", *cols])
    countries_table = pd.DataFrame(
        [["CHN", "China", 3, 2, 1, -1.0, 1, 2, "CHN-IRN"],
         ["RUS", "Russia", 3, 2, 1, -1.0, 2, 2, ""],
         ["IRN", "Iran", 2, 1, 1, NAN, 0, 2, "CHN-IRN"]],
        columns=["country", "name", "n_records", "n_cooperation", "n_limitation",
                 "net_balance_dyads", "dyads_with_evidence", "dyads_total",
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
                dict(hypothesis="H1", title=t("Alliance"), description=t("They ally")),
                dict(hypothesis="H2", title=t("Alignment"), description=t("They align"))]),
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
        )
    judgments = [Judgment(t("China and Russia lean to cooperation"), ("E001", "E002")),
                 Judgment(t("ACH judgment"), ()),
                 Judgment("Many records", tuple(f"E{i:03d}" for i in range(1, 15)))]
    params = Params(dict(countries=("CHN", "RUS", "IRN"), domains=("military", "economic"),
                         min_weight=1, title=t("Axis test report"), as_of="",
                         hypotheses=(), weighting="parc"))
    return Report(
        params=params, group=vocab.DEFAULT_GROUP, organisation=t("Org"), author=t("Author"),
        as_of="2024-05-20", sources=sources, evidence=evidence, evidence_table=table,
        dyads=dyads, dyad_domain=dyad_domain, dyads_table=dyads_table,
        countries_table=countries_table, gaps=gaps, analysts=analysts, judgments=judgments,
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
        record_id="E002", quote=t("Trade stays small"), stance="limitation", domain="economic",
        weight=2, credibility=3, attribution="named", analyst=t("Ann Analyst"),
        affiliation=t("Think Tank"), source_id="S2", dyads="CHN-RUS, IRN-RUS",
        reliability="C")])
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
    return Brief(
        focus=Focus("IRN-RUS", "dyad", ("IRN", "RUS"), ("IRN-RUS",)), as_of="2024-05-20",
        edition="2024-06-01", previous_edition="2024-05-01", evidence=rows,
        dyads_table=report.dyads_table[report.dyads_table["dyad"] == "IRN-RUS"],
        domain_table=domain_table,
        judgments=[Judgment(t("Iran and Russia lean to limitation"), ("E002",))],
        strongest=strongest, changes=frame, change_counts=counts,
        sources=report.sources[report.sources["source_id"] == "S2"],
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
    assert ("China, Russia, Iran · evidence as of 2024-05-20 · 3 coded claims from 2 sources"
            in _text_of(out))


def test_key_judgments_cite_their_records_and_shorten_long_lists(report):
    out = _flat(report_sections.show_key_judgments(report).markup)
    assert out.startswith('<ul class="judgments">')
    assert ('<li>China and Russia lean to cooperation <span class="cite">[E001, E002]</span>'
            '</li>') in out
    assert "<li>ACH judgment</li>" in out  # no ids, no brackets
    assert '<span class="cite">[14 records, E001 to E014]</span>' in out


def test_ach(report):
    out = _flat(report_sections.show_ach(report).markup)
    assert "<p>The evidence is least inconsistent with H1</p>" in out
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
    assert '<table class="axis-table">' in out and '<th style="width:7%">ID</th>' in out
    assert "<td>2024-05-20</td>" in out
    assert ('<td>2024-03-01 (estimated)<div class="muted small">cites a March event</div></td>'
            in out)
    assert "<td>C - fairly reliable</td><td>1</td>" in out


def test_figure_sections_embed_svg(report):
    for show, alt in ((report_sections.show_heatmap, "Heatmap of net cooperation balance"),
                      (report_sections.show_network, "Network of the four countries")):
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
    assert "<td>+1</td><td>net cooperation</td>" in out
    assert "<td>-2</td><td>net limitation</td>" in out
    assert "<caption>By country: claims naming it (its dyads and group claims)</caption>" in out
    assert '<td><b>RUS</b> <span class="muted">Russia</span></td>' in out
    assert "<td>none</td>" in out  # Russia has evidence on both its dyads


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
    assert ('<q>Joint naval drills began</q> <span class="cite">[E001; S1 chars 10-40]</span> '
            '<span class="check check-contradicted">contradicted by reference data</span>'
            ) in out
    assert '<span class="cite">[E002; S2 chars 0-17]</span></td>' in out  # consistent: no flag
    assert '<span class="stance stance-cooperation">cooperation</span>' in out
    assert '<span title="source B, information 2">B2</span>' in out
    assert 'Ann Analyst<span class="muted">, Think Tank</span>' in out
    assert "<td>the article</td>" in out and "<td>unnamed analysts</td>" in out
    chn_rus = out[out.index("China - Russia"):out.index("Iran - Russia")]
    assert chn_rus.index("E001") < chn_rus.index("E002")  # cooperation first


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
    assert ('<li>Iran and Russia lean to limitation <span class="cite">[E002]</span></li>'
            in out)
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
    assert '<q>Trade stays small</q> <span class="cite">[E002; S2]</span>' in out
    assert "<td>C3</td>" in out and "<td>CHN-RUS, IRN-RUS</td>" in out
    assert 'Ann Analyst<span class="muted">, Think Tank</span>' in out


def test_changes():
    out = _flat(brief_sections.show_changes(make_brief()).markup)
    assert "<p>Evidence records since the edition of 2024-05-01: 1 removed, 1 changed.</p>" \
        in out
    assert "<td>E009</td><td>removed</td><td><q>Gone now</q></td>" in _flat(out)
    assert brief_sections.show_changes(make_brief(changes="first")).markup == (
        "<p>This is the first edition of this brief.</p>")
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
                 "show_un_alignment", "show_brief_title", "show_brief_balance"}


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
                 "Leeds et al.", "seeds/evidence.yaml", "Gone now", "weight"):
        assert f"{base} {SCRIPT_ESCAPED} {MIXED_ESCAPED}" in everything, base


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
