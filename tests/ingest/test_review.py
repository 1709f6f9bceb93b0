"""Reviewing candidates: accept (as proposed or with edits), merge into an existing claim,
reject; every claim checked as `validate` checks it before evidence.yaml grows, and a
refusal names the candidates file, the candidate and the field."""

import hashlib

import pytest
import yaml
from conftest import TINY, copy_project

from axis_report import cli
from axis_report.config import ProjectPaths
from axis_report.errors import InputError
from axis_report.ingest import candidates as cand
from axis_report.ingest.add_source import add_source
from axis_report.ingest.review import Review, parse_set, review_source, show_candidates
from axis_report.inputs import load_inputs

TEXT = ("INVENTED TEST TEXT for the review tests. Iran keeps selling drones to Russia, the "
        "desk says. China and North Korea exchanged envoys twice. Ann Example says Beijing "
        "hedges on everything. The weather was <script>alert(1)</script> mild.\n")
PROPOSALS = [
    ("Iran keeps selling drones to Russia", dict(scope="dyads", dyads=["IRN-RUS"],
                                                 domain="military", stance="cooperation")),
    ("China and North Korea exchanged envoys", dict(scope="dyads", dyads=["PRK-CHN"],
                                                    domain="diplomatic",
                                                    stance="cooperation")),
    ("Beijing hedges on everything", dict(scope="hub", hub="CHN", domain="diplomatic",
                                          stance="limitation", attribution="named",
                                          analyst="Ann Example")),
    ("The weather was <script>alert(1)</script> mild", dict(scope="group",
                                                            domain="ideological",
                                                            stance="cooperation")),
]


def stub(text):
    out = []
    for quote, codes in PROPOSALS:
        start = text.find(quote)
        if start >= 0:
            out.append({"quote": quote, "start": start, "end": start + len(quote),
                        "countries": [], "dyads": [], "hub": None, "confidence": 0.5,
                        "cues": ["stub"], "attribution": "article", "analyst": None,
                        **codes})
    return out


@pytest.fixture
def project(tmp_path):
    """The tiny project with a fourth source, TS4, and its four pending candidates."""
    paths = ProjectPaths(copy_project(TINY, tmp_path / "tiny"))
    doc = tmp_path / "review.txt"
    doc.write_text(TEXT, encoding="utf-8")
    added = add_source(paths, doc, {"title": "Review test", "outlet": "Desk", "date":
                                    "2025-03-01", "reliability": "C"}, extractor=stub)
    assert added.source_id == "TS4" and added.n_candidates == 4
    return paths


def evidence(paths):
    return yaml.safe_load(paths.evidence_file.read_text(encoding="utf-8"))


def status(paths, cid):
    return cand.read_candidates(paths, "TS4").get(cid)["status"]


def test_accepting_appends_a_valid_claim_and_records_it(project):
    old = project.evidence_file.read_bytes()
    outcome = review_source(project, "TS4", accept=["TS4-C02"])
    assert outcome.accepted == [("TS4-C02", "E11")]  # the sequence goes on, width kept
    new = project.evidence_file.read_bytes()
    assert new.startswith(old)
    claim = evidence(project)[-1]
    assert claim["id"] == "E11" and claim["scope"] == "dyads"
    assert claim["dyads"] == ["CHN-PRK"]  # written in the codebook's order
    assert claim["weight"] == 1 and claim["ach"] == {"H1": "N", "H2": "N", "H3": "N"}
    assert "ACH N (neutral) by default" in claim["note"]
    assert "Weight 1 and credibility 3 are the review default" in claim["note"]
    assert claim["quotes"] == [{"source": "TS4", "quote": "China and North Korea exchanged "
                                "envoys", "attribution": "article", "credibility": 3}]
    inputs = load_inputs(project)  # what `axis-report validate` checks
    assert "E11" in set(inputs.evidence["record_id"])
    c = cand.read_candidates(project, "TS4").get("TS4-C02")
    assert (c["status"], c["claim"]) == ("accepted", "E11")
    assert cand.pending_counts(project) == {"TS4": 3}


def test_accepting_with_edits(project):
    review_source(project, "TS4", accept=["C03"], edits={"C03": {
        "dyads": "CHN-RUS", "weight": "2", "credibility": 2, "claim": "China hedges.",
        "ach": {"H1": "C"}, "stance": "limitation", "affiliation": "Example Institute"}})
    claim = evidence(project)[-1]
    assert claim["claim"] == "China hedges." and claim["scope"] == "dyads"  # from the dyads
    assert claim["dyads"] == ["CHN-RUS"] and "hub" not in claim
    assert claim["weight"] == 2 and claim["ach"] == {"H1": "C", "H2": "N", "H3": "N"}
    assert "Not rated against H2, H3: ACH N" in claim["note"]
    assert "default" not in claim["note"].split("N (neutral) by default.")[1]
    assert claim["quotes"][0] == {"source": "TS4", "quote": "Beijing hedges on everything",
                                  "attribution": "named", "analyst": "Ann Example",
                                  "affiliation": "Example Institute", "credibility": 2}
    load_inputs(project)
    edits = cand.read_candidates(project, "TS4").get("TS4-C03")["edits"]
    assert edits["dyads"] == ["CHN-RUS"] and edits["weight"] == 2


def test_merging_adds_a_further_quote_to_an_existing_claim(project):
    old = project.evidence_file.read_text(encoding="utf-8")
    before = evidence(project)
    outcome = review_source(project, "TS4", merge={"C01": "E01"}, edits={"C01": {
        "credibility": 2}})
    assert outcome.merged == [("TS4-C01", "E01")] and outcome.warnings == []
    new = project.evidence_file.read_text(encoding="utf-8")
    from axis_report.ingest.yamlio import only_additions

    assert only_additions(old, new) == []
    after = evidence(project)
    assert len(after) == len(before)
    assert after[0]["quotes"][:-1] == before[0]["quotes"]
    quote = after[0]["quotes"][-1]
    assert quote["source"] == "TS4" and quote["credibility"] == 2
    assert "merged by axis-report review" in quote["note"]
    inputs = load_inputs(project)
    assert len(inputs.quotes[inputs.quotes["record_id"] == "E01"]) == 3
    assert status(project, "TS4-C01") == "merged"


def test_merging_a_differently_coded_candidate_warns(project):
    outcome = review_source(project, "TS4", merge={"C03": "E01"})
    assert any("stance 'limitation'; E01 is 'cooperation'" in w for w in outcome.warnings)


def test_rejecting_records_it_and_leaves_the_evidence_alone(project):
    old = project.evidence_file.read_bytes()
    review_source(project, "TS4", reject=["C04"], reasons={"C04": "about the weather"})
    assert project.evidence_file.read_bytes() == old
    c = cand.read_candidates(project, "TS4").get("TS4-C04")
    assert (c["status"], c["reason"]) == ("rejected", "about the weather")
    # and it is not proposed again
    text = (project.seeds / yaml.safe_load(project.sources_file.read_text())[-1]["file"]
            ).read_text(encoding="utf-8")
    assert cand.propose_again(project, "TS4", text, stub) == []


def digest(path):
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_a_quote_no_longer_verbatim_is_refused_naming_file_record_and_field(project):
    cfile = cand.candidates_path(project, "TS4")
    cfile.write_text(cfile.read_text().replace("quote: China and North Korea exchanged envoys",
                                               "quote: China and North Korea swapped envoys"),
                     encoding="utf-8")
    before = (digest(project.evidence_file), digest(cfile))
    with pytest.raises(InputError) as err:
        review_source(project, "TS4", accept=["C01", "C02"])
    [problem] = err.value.problems
    assert problem.file == str(cfile)
    assert problem.record == "TS4-C02 (as new claim E12)" and problem.field == "quote"
    assert "not found verbatim in its source" in problem.message
    line = cfile.read_text().splitlines()[problem.line - 1]
    assert line.strip().startswith("quote: China and North Korea swapped")
    assert (digest(project.evidence_file), digest(cfile)) == before  # nothing written
    assert status(project, "TS4-C01") == "pending"


def test_other_refusals(project):
    cases = [
        (dict(accept=["C09"]), "record TS4-C09: no such candidate"),
        (dict(accept=["C01"], reject=["C01"]), "named twice (accept and reject)"),
        (dict(reject=["C01"], edits={"C01": {"weight": 2}}), "edits apply to a candidate "
                                                             "accepted or merged"),
        (dict(accept=["C01"], edits={"C01": {"weight": 7}}), "field 'weight': 7 is not one of"),
        (dict(accept=["C01"], edits={"C01": {"weight": "x"}}), "'x' is not a whole number"),
        (dict(accept=["C01"], edits={"C01": {"colour": "red"}}), "field 'colour': cannot be "
                                                                "edited"),
        (dict(merge={"C01": "E01"}, edits={"C01": {"dyads": ["CHN-RUS"]}}),
         "field 'dyads': cannot be edited when a candidate is merged"),
        (dict(merge={"C01": "E99"}), "cannot merge into 'E99': no such claim"),
        (dict(accept=["C01"], edits={"C01": {"ach": {"H7": "C"}}}), "unknown hypothesis H7"),
        (dict(accept=["C01"], edits={"C01": {"dyads": ["IRN-USA"]}}),
         "'IRN-USA' is not a dyad of two of"),
    ]
    before = digest(project.evidence_file)
    for kwargs, words in cases:
        with pytest.raises(InputError) as err:
            review_source(project, "TS4", **kwargs)
        assert words in str(err.value), (kwargs, str(err.value))
    assert digest(project.evidence_file) == before
    review_source(project, "TS4", reject=["C04"])
    with pytest.raises(InputError, match="already rejected: only pending"):
        review_source(project, "TS4", accept=["C04"])


def test_the_same_span_merged_twice_is_refused(project):
    review_source(project, "TS4", merge={"C01": "E01"})
    cf = cand.read_candidates(project, "TS4")
    cf.get("TS4-C02")["quote"] = "Iran keeps selling drones to Russia"
    cand.candidates_path(project, "TS4").write_text(cf.text(), encoding="utf-8")
    with pytest.raises(InputError, match="field 'quotes': the same span of the same source"):
        review_source(project, "TS4", merge={"C02": "E01"})


@pytest.mark.parametrize("text, expected", [
    ("S012-C01.weight=2", ("S012-C01", "weight", 2)),
    ("C01.dyads=CHN-RUS, IRN-RUS", ("S012-C01", "dyads", ["CHN-RUS", "IRN-RUS"])),
    ("C01.dyads=[CHN-RUS]", ("S012-C01", "dyads", ["CHN-RUS"])),
    ("C01.ach.H2=CC", ("S012-C01", "ach", {"H2": "CC"})),
    ("C01.ach=H1:C,H2:II", ("S012-C01", "ach", {"H1": "C", "H2": "II"})),
    ("C01.analyst=null", ("S012-C01", "analyst", None)),
    ("C01.claim=A = B.", ("S012-C01", "claim", "A = B.")),
    ("C01.asserts={kind: arms_transfer}", ("S012-C01", "asserts", {"kind": "arms_transfer"})),
])
def test_parse_set(text, expected):
    assert parse_set(text, "S012") == expected


def test_parse_set_refuses_a_malformed_edit():
    with pytest.raises(InputError, match="is not ID.field=value"):
        parse_set("C01weight2", "S012")


def test_the_command(project, capsys):
    root = str(project.root)
    code = cli.main(["review", "TS4", "--project", root, "--accept", "C02", "C03",
                     "--set", "C03.claim=China hedges.", "C03.ach.H1=C", "--merge", "C01=E01",
                     "--reject", "C04", "--reason", "not about the four"])
    out = capsys.readouterr().out
    assert code == 0, out
    assert "TS4-C02: accepted as E11" in out and "TS4-C03: accepted as E12" in out
    assert "TS4-C01: merged into E01" in out and "TS4-C04: rejected" in out
    assert "hint: E11 has no claim sentence" in out
    assert cli.main(["validate", "--project", root]) == 0
    capsys.readouterr()
    assert cli.main(["review", "TS4", "--project", root]) == 0
    out = capsys.readouterr().out
    assert "TS4: 4 candidates (0 pending, 2 accepted, 1 merged, 1 rejected)" in out
    assert cli.main(["review", "--project", root]) == 0
    assert "TS4: 0 candidates awaiting review" in capsys.readouterr().out
    code = cli.main(["review", "TS4", "--project", root, "--accept", "C02"])
    assert code == 2 and "already accepted (E11)" in capsys.readouterr().err


def test_repeated_flags_add_up(project):
    # `--set A --set B` (and a repeated --accept/--reject) keeps every value, not the last
    root = str(project.root)
    code = cli.main(["review", "TS4", "--project", root, "--accept", "C02",
                     "--set", "C02.weight=3", "--set", "C02.claim=Beijing hedges.",
                     "--accept", "C03", "--reject", "C01", "--reject", "C04"])
    assert code == 0
    text = project.evidence_file.read_text(encoding="utf-8")
    added = text[text.index("axis-report review"):]
    assert "weight: 3" in added and "claim: Beijing hedges." in added
    cf = cand.read_candidates(project, "TS4")
    assert {c["id"]: c["status"] for c in cf.entries} == {
        "TS4-C01": "rejected", "TS4-C02": "accepted", "TS4-C03": "accepted",
        "TS4-C04": "rejected"}


def test_the_candidates_page_highlights_each_quote_in_context_escaped(project):
    cfile = cand.candidates_path(project, "TS4")
    cfile.write_text(cfile.read_text().replace("quote: Beijing hedges on everything",
                                               "quote: Beijing hedges <b>always</b>"),
                     encoding="utf-8")
    html = show_candidates("TS4", str(project.root)).markup
    assert "<mark>China and North Korea exchanged envoys</mark>" in html
    assert "Iran keeps selling drones to Russia, the desk says." in html  # the context
    assert "<script>alert" not in html and "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert "Not found verbatim in the source text" in html
    assert "<mark>Beijing hedges &lt;b&gt;always&lt;/b&gt;</mark>" in html
    assert "4 pending, 0 accepted, 0 merged, 0 rejected. Candidates are not evidence" in html


def test_the_notebook_handle(project, monkeypatch):
    monkeypatch.chdir(project.root)
    review = Review()  # the source with the most candidates awaiting review
    assert review.source == "TS4" and review.pending() == [f"TS4-C0{i}" for i in (1, 2, 3, 4)]
    assert repr(review.accept("C02", claim="China and North Korea exchange envoys.",
                              weight=2)) == "TS4-C02: accepted as E11"
    review.merge("C01", "E01")
    review.reject("C04", reason="weather")
    assert review.pending() == ["TS4-C03"]
    assert "accepted" in review._repr_html_()
    load_inputs(project)


@pytest.mark.notebook
def test_the_review_notebook_shows_a_sources_candidates(project, tmp_path):
    from conftest import REPO

    from axis_report.render.notebook import execute_notebook, read_notebook

    nb = read_notebook(REPO / "notebooks" / "review.py")
    done = execute_notebook(nb, parameters={"source": "TS4", "project": str(project.root)},
                            cwd=tmp_path, name="review")
    html = [o["data"]["text/html"] for c in done.cells if c.cell_type == "code"
            for o in c.get("outputs", []) if "text/html" in o.get("data", {})]
    assert len(html) == 2 and "<mark>China and North Korea exchanged envoys</mark>" in html[0]
    assert "&lt;script&gt;" in html[0] and "<script>alert" not in html[0]
    texts = [o["data"]["text/plain"] for c in done.cells if c.cell_type == "code"
             for o in c.get("outputs", []) if "text/plain" in o.get("data", {})]
    assert any("TS4-C04" in t for t in texts)  # review.pending()


def test_the_command_proposes_again_only_new_readings(project, capsys, monkeypatch):
    monkeypatch.setattr(cand, "default_extractor", lambda: stub)
    assert cli.main(["review", "TS4", "--project", str(project.root), "--propose-again"]) == 0
    assert "0 new candidates proposed (readings proposed before" in capsys.readouterr().out


def test_the_candidates_file_has_no_yaml_aliases_after_a_review(project):
    review_source(project, "TS4", accept=["C02"], reject=["C04", "C01"],
                  edits={"C02": {"weight": 2}})
    text = cand.candidates_path(project, "TS4").read_text(encoding="utf-8")
    assert "&id" not in text and "*id" not in text
    assert text.count("reviewed: ") == 3


def test_the_candidates_page_asks_to_check_pairs_the_extractor_often_gets_wrong(project):
    cfile = cand.candidates_path(project, "TS4")
    text = cfile.read_text(encoding="utf-8")
    # C01 as the extractor gives a sentence naming three countries; C02 with a pair taken
    # from an earlier sentence
    text = text.replace("dyads: [IRN-RUS]", "dyads: [IRN-RUS, CHN-IRN, CHN-RUS]", 1)
    at = text.index("id: TS4-C02")
    text = text[:at] + text[at:].replace("cues: [stub]", "cues: ['countries:recent pair']", 1)
    cfile.write_text(text, encoding="utf-8")
    cf = cand.read_candidates(project, "TS4")
    assert cf.get("TS4-C01")["dyads"] == ["IRN-RUS", "CHN-IRN", "CHN-RUS"]
    html = show_candidates("TS4", str(project.root)).markup
    assert html.count("Check the pairs:") == 2
    assert "Check the pairs: 3 pairs from one sentence" in html
    assert "it was taken from the context (recent pair)." in html
    # once reviewed, the hint is gone
    review_source(project, "TS4", reject=["C01", "C02"])
    assert "Check the pairs:" not in show_candidates("TS4", str(project.root)).markup


def test_the_candidates_page_asks_to_check_a_limitation_resting_on_one_word(project):
    cfile = cand.candidates_path(project, "TS4")
    cf = cand.read_candidates(project, "TS4")
    pending = [c for c in cf.entries if c.get("status") == "pending"]
    limits = [c["id"] for c in pending if c.get("stance") == "limitation"]
    text = cfile.read_text(encoding="utf-8")
    for cid in limits:      # each limitation now rests on the one word "avoided"
        at = text.index(f"id: {cid}")
        text = text[:at] + text[at:].replace("cues: [stub]", "cues: ['limitation:avoided']", 1)
    cfile.write_text(text, encoding="utf-8")
    html = show_candidates("TS4", str(project.root)).markup
    assert limits and html.count("Check the stance:") == len(limits)
    assert "rests on one word (\u201cavoided\u201d)" in html
    review_source(project, "TS4", reject=limits)
    assert "Check the stance:" not in show_candidates("TS4", str(project.root)).markup
