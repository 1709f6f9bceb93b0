"""End to end: the report notebook executed and rendered to HTML and PDF, published atomically."""

import io

import pytest
from nbconvert.exporters import get_exporter
from pypdf import PdfReader

from axis_report import cli
from axis_report.paths import default_paths
from axis_report.exporters import AxisHTMLExporter, AxisPDFExporter
from axis_report.rendering import (RenderError, RenderJob,
                                   find_overflow, find_stranded_intros, publish, render)

NOTEBOOK = default_paths().notebooks / "report.py"
ALL_DYADS = ["CHN-IRN", "CHN-PRK", "CHN-RUS", "IRN-PRK", "IRN-RUS", "PRK-RUS"]


def _job(tmp_path, **params):
    return RenderJob(notebook=NOTEBOOK, parameters=params, name="axis-report",
                     outputs={"html": tmp_path / "axis-report.html",
                              "pdf": tmp_path / "axis-report.pdf"},
                     failed_notebook=tmp_path / "failed.ipynb")


def _pdf_text(path) -> str:
    reader = PdfReader(io.BytesIO(path.read_bytes()))
    return "\n".join(page.extract_text() for page in reader.pages)


@pytest.fixture(scope="module")
def full_report(tmp_path_factory):
    out = tmp_path_factory.mktemp("full")
    render(_job(out, title="Axis test report"))
    return out


def test_full_report_html_is_self_contained(full_report):
    html = (full_report / "axis-report.html").read_text()
    assert "<h1>Axis test report</h1>" in html
    for dyad in ALL_DYADS:
        assert dyad in html
    assert "<script" not in html and "http://" not in html.replace("http://www.w3.org", "")
    assert "https://" not in html  # no CDN: readable offline
    assert html.count('src="data:image/svg+xml;base64,') == 7  # every figure embedded
    assert "import axis_report" not in html  # no code cells
    assert "No evidence in the coded sources for this dyad" in html
    assert html.count("contradicted by reference data") == 1  # E014, flagged beside its quote


def test_full_report_pdf_opens_and_holds_title_and_dyads(full_report):
    pdf = full_report / "axis-report.pdf"
    reader = PdfReader(io.BytesIO(pdf.read_bytes()))
    assert len(reader.pages) >= 3
    assert reader.pages[0].mediabox.width == pytest.approx(595.3, abs=1)  # A4
    text = _pdf_text(pdf)
    assert "Axis test report" in text
    for dyad in ALL_DYADS:
        assert dyad in text


def test_pair_report_covers_only_that_dyad(tmp_path):
    render(_job(tmp_path, countries=["IRN", "RUS"]))
    html = (tmp_path / "axis-report.html").read_text()
    assert "IRN-RUS" in html
    for other in ["CHN-IRN", "CHN-PRK", "CHN-RUS", "IRN-PRK", "PRK-RUS"]:
        assert other not in html, other
    assert "The four as a group" not in html
    text = _pdf_text(tmp_path / "axis-report.pdf")
    assert "IRN-RUS" in text and "CHN-RUS" not in text


def test_quotes_with_markup_print_as_text(tmp_path, escaping_seeds):
    render(_job(tmp_path, countries=["IRN", "RUS"], seeds=str(escaping_seeds),
                title="<i>Title</i> & more"))
    html = (tmp_path / "axis-report.html").read_text()
    assert "<script" not in html
    assert '&lt;script&gt;alert("axis")&lt;/script&gt;' in html
    assert "<b>bold words</b>" not in html and "&lt;b&gt;bold words&lt;/b&gt;" in html
    assert "<i>Title</i>" not in html and "&lt;i&gt;Title&lt;/i&gt; &amp; more" in html
    assert "&lt;i&gt;Nobody&lt;/i&gt;" in html
    assert "Fixture source with &lt;em&gt;markup&lt;/em&gt;" in html


def test_failed_run_keeps_previous_outputs(tmp_path):
    job = _job(tmp_path, countries=["RUS", "XXX"])
    for path in job.outputs.values():
        path.write_text("last good edition")
    with pytest.raises(RenderError) as err:
        render(job)
    message = str(err.value)
    assert "cell" in message and "InputError" in message and "'XXX'" in message
    assert "field 'countries'" in message
    for path in job.outputs.values():
        assert path.read_text() == "last good edition"
    assert job.failed_notebook.exists()
    assert not [p for p in tmp_path.iterdir() if p.name.endswith(".tmp")]


def test_cli_bad_parameter_exits_2_before_rendering(tmp_path, capsys):
    code = cli.main(["report", "--countries", "RUS", "NOPE", "--out-dir", str(tmp_path)])
    err = capsys.readouterr().err
    assert code == 2 and "unknown value 'NOPE'" in err and "Traceback" not in err
    assert list(tmp_path.iterdir()) == []


def test_cli_bad_evidence_exits_2_and_publishes_nothing(tmp_path, seeds_copy, capsys):
    (seeds_copy / "evidence.yaml").write_text("- id: E1\n  source: S000\n")
    out = tmp_path / "out"
    out.mkdir()
    (out / "axis-report.html").write_text("last good edition")
    code = cli.main(["report", "--seeds", str(seeds_copy), "--out-dir", str(out)])
    err = capsys.readouterr().err
    assert code == 2 and "record E1: field 'quote': missing" in err
    assert [p.name for p in out.iterdir()] == ["axis-report.html"]
    assert (out / "axis-report.html").read_text() == "last good edition"


def test_publish_replaces_whole_files_only(tmp_path):
    target = tmp_path / "a.txt"
    target.write_text("old")
    publish({target: b"new", tmp_path / "sub" / "b.txt": b"bee"})
    assert target.read_text() == "new" and (tmp_path / "sub" / "b.txt").read_text() == "bee"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.txt", "sub"]


def test_exporters_are_registered_with_nbconvert():
    assert get_exporter("axis_html") is AxisHTMLExporter
    assert get_exporter("axis_pdf") is AxisPDFExporter


def test_no_heading_or_intro_is_stranded_at_a_page_foot(full_report):
    assert find_stranded_intros((full_report / "axis-report.html").read_text()) == []


def test_find_stranded_intros_sees_one_and_the_css_rule_fixes_it():
    # 48 lines of text leave room at the foot of page 2 for a heading but not its figure
    markup = ("<p>line of text</p>" * 48
              + '<div class="cell-markdown"><h2>Lonely</h2><p>intro</p></div>'
              '<div class="cell-output"><figure style="height: 90mm; break-inside: avoid; '
              'margin: 0">x</figure></div>')
    assert find_stranded_intros(markup) == [2]
    rule = "<style>.cell-markdown { break-after: avoid }</style>"
    assert find_stranded_intros(rule + markup) == []


def test_nothing_overflows_the_page(full_report):
    assert find_overflow((full_report / "axis-report.html").read_text()) == []


def test_find_overflow_sees_a_too_wide_table():
    wide = "<table style='width: 250mm'><tr><td>x</td></tr></table>"
    assert find_overflow(wide)


@pytest.mark.parametrize("args, words", [
    (["--weighting", "heavy"], "field 'weighting'"),
    (["--hypotheses", "H1", "H9"], "unknown value 'H9'; choose from H1, H2, H3"),
])
def test_cli_bad_ach_parameter_exits_2(tmp_path, capsys, args, words):
    code = cli.main(["report", *args, "--out-dir", str(tmp_path)])
    err = capsys.readouterr().err
    assert code == 2 and words in err
    assert list(tmp_path.iterdir()) == []


def test_brief_with_a_bad_focus_fails_in_its_first_cell(tmp_path):
    job = RenderJob(notebook=default_paths().notebooks / "brief.py",
                    parameters={"focus": "RUS-XYZ"}, name="brief",
                    outputs={"html": tmp_path / "b.html"})
    with pytest.raises(RenderError) as err:
        render(job)
    # the first cell after the parameters, the one that checks them
    assert "(brief = br.prepare_brief(" in str(err.value)
    assert "field 'focus'" in str(err.value)
    assert not (tmp_path / "b.html").exists()
