"""End to end: a notebook executed by papermill, exported to HTML and PDF, published
atomically. Every test here executes a notebook (the `notebook` tier)."""

import base64
import io
import os
import re
import shutil

import nbformat
import pytest
from conftest import ALL_DYADS, FIXTURES, REPO, TINY, copy_project
from layout import find_overflow, find_stranded_intros
from pypdf import PdfReader

from axis_report.api import prepare_report
from axis_report.render.job import RenderError, RenderJob, render

pytestmark = pytest.mark.notebook


def _job(out, notebook, **params):
    return RenderJob(notebook=notebook, parameters=params, name="axis-report",
                     outputs={"html": out / "axis-report.html", "pdf": out / "axis-report.pdf"},
                     failed_notebook=out / "failed.ipynb", work_root=out / "work")


def _pdf_text(path) -> str:
    reader = PdfReader(io.BytesIO(path.read_bytes()))
    # words only: the PDF wraps lines anywhere
    return " ".join(" ".join(page.extract_text() for page in reader.pages).split())


def _rows(html: str) -> list:
    return re.findall(r"<tr>(.*?)</tr>", html, re.S)


# --- the shipped project's default report, rendered once -------------------------------------

@pytest.fixture(scope="module")
def full_report(tmp_path_factory):
    root = tmp_path_factory.mktemp("full")
    project = copy_project(REPO, root / "project", notebooks=True)
    out = root / "out"
    render(_job(out, project / "notebooks" / "report.py", title="Axis test report",
                project=str(project)))
    return project, out, (out / "axis-report.html").read_text(encoding="utf-8")


def test_full_report_html_holds_title_and_every_dyad(full_report):
    _, _, html = full_report
    assert "<h1>Axis test report</h1>" in html
    for dyad in ALL_DYADS:
        assert dyad in html, dyad


def test_full_report_html_is_self_contained(full_report):
    _, _, html = full_report
    assert "<script" not in html
    assert "https://" not in html and "http://" not in html.replace("http://www.w3.org", "")
    assert "<link" not in html  # no stylesheet or font fetched: readable offline
    sources = re.findall(r'<img[^>]* src="([^"]+)"', html)
    assert len(sources) >= 7  # heatmap, network, balance, ACH, UN alignment, timeline
    for src in sources:  # every figure embedded as an SVG data URI
        assert src.startswith("data:image/svg+xml;base64,")
        assert b"<svg" in base64.b64decode(src.split(",", 1)[1])


def test_full_report_holds_no_code(full_report):
    _, _, html = full_report
    assert "import axis_report" not in html and "ar.show_" not in html
    assert "prepare_report(" not in html and 'class="error"' not in html


def test_contradicted_claims_are_flagged_beside_their_quotes(full_report):
    project, _, html = full_report
    report = prepare_report(**_defaults(title="Axis test report", project=str(project)))
    contradicted = {r for r, s in report.checks.items() if s == "contradicted"}
    assert contradicted  # the shipped sources hold at least one
    flagged = {rid for row in _rows(html) if "contradicted by reference data" in row
               for rid in re.findall(r'class="cite"> ?\[<a class="ref" href="#ev-(\w+)"', row)}
    assert flagged == contradicted
    # every evidence-table row of such a claim (one per dyad it bears on) carries the flag
    cites = {rid: re.compile(rf'class="cite"> ?\[<a class="ref" href="#ev-{rid}">{rid}</a>\]')
             for rid in contradicted}
    rows_of = [row for row in _rows(html) for rid in contradicted
               if '<div class="claim-text">' in row and cites[rid].search(row)]
    assert rows_of and all("contradicted by reference data" in row for row in rows_of)


def _defaults(**values):
    from axis_report.inputs.parameters import read_parameters

    return {**{p.name: p.default for p in read_parameters(REPO / "notebooks" / "report.py")},
            **values}


def test_full_report_pdf_opens_and_holds_title_and_dyads(full_report):
    _, out, _ = full_report
    reader = PdfReader(io.BytesIO((out / "axis-report.pdf").read_bytes()))
    assert len(reader.pages) >= 3
    assert float(reader.pages[0].mediabox.width) == pytest.approx(595.3, abs=1)  # A4
    text = _pdf_text(out / "axis-report.pdf")
    assert "Axis test report" in text
    for dyad in ALL_DYADS:
        assert dyad in text, dyad


def test_nothing_overflows_the_page(full_report):
    assert find_overflow(full_report[2]) == []


def test_no_heading_or_intro_is_stranded_at_a_page_foot(full_report):
    assert find_stranded_intros(full_report[2]) == []


def test_a_render_leaves_no_working_files(full_report):
    _, out, _ = full_report
    assert sorted(p.name for p in out.iterdir()) == ["axis-report.html", "axis-report.pdf",
                                                     "work"]
    assert list((out / "work").iterdir()) == []
    assert not list(out.rglob("*.tmp"))


# --- the tiny project, two countries, with markup in its inputs ----------------------------

@pytest.fixture(scope="module")
def pair_report(tmp_path_factory):
    root = tmp_path_factory.mktemp("pair")
    project = copy_project(TINY, root / "project")
    seeds = project / "seeds"
    shutil.copy2(FIXTURES / "escaping" / "escaping.txt", seeds / "escaping.txt")
    for name in ("sources.yaml", "evidence.yaml"):
        extra = (FIXTURES / "escaping" / name).read_text(encoding="utf-8")
        with open(seeds / name, "a", encoding="utf-8") as fh:
            fh.write("\n" + extra)
    out = root / "out"
    job = _job(out, REPO / "notebooks" / "report.py", countries=["IRN", "RUS"],
               title="<i>Title</i> & more", project=str(project))
    job.outputs["ipynb"] = out / "axis-report.ipynb"
    render(job)
    return out, (out / "axis-report.html").read_text(encoding="utf-8")


def test_pair_report_covers_only_that_dyad(pair_report):
    out, html = pair_report
    assert "IRN-RUS" in html
    for other in ALL_DYADS:
        if other != "IRN-RUS":
            assert other not in html, other
    # a pair report shows no claim about the group, nor China's hub claim (E10)
    for quote in ("The four capitals rarely coordinate", "vote together against",
                  "each of its three partners small"):
        assert quote not in html
    assert "Iran keeps selling drones to Russia" in html
    assert "Iranian drones still reaching Russian units" in html  # E01's second quote
    assert "joint naval drills each winter" in html  # E08 bears on IRN-RUS too
    text = _pdf_text(out / "axis-report.pdf")
    assert "IRN-RUS" in text and "CHN-RUS" not in text


def test_quotes_and_names_with_markup_print_as_text(pair_report):
    _, html = pair_report
    assert "<script" not in html and "<b>bold words</b>" not in html
    assert "&lt;script&gt;alert(" in html and "&lt;b&gt;bold words&lt;/b&gt;" in html
    assert "<i>Title</i>" not in html and "&lt;i&gt;Title&lt;/i&gt; &amp; more" in html
    assert "&lt;i&gt;Nobody&lt;/i&gt;" in html
    assert "&lt;em&gt;markup&lt;/em&gt;" in html and "Test outlet &amp; co" in html
    assert "&lt;b&gt;bold claims&lt;/b&gt;" in html  # the claim's own text
    # a claim's note is printed, escaped; a quote's note is for the analyst only
    assert "A claim note with &lt;script&gt;alert(" in html
    assert "A quote note" not in html


def test_the_executed_notebook_holds_the_injected_parameters(pair_report):
    out, _ = pair_report
    nb = nbformat.read(out / "axis-report.ipynb", as_version=4)
    injected = [c for c in nb.cells if "injected-parameters" in c.metadata.get("tags", [])]
    assert len(injected) == 1 and 'countries = ["IRN", "RUS"]' in injected[0].source
    assert all(c.get("outputs") is not None for c in nb.cells if c.cell_type == "code")


# --- a failing cell -----------------------------------------------------------------------

FAILING = """\
# ---
# jupyter:
#   kernelspec:
#     display_name: Python 3
#     language: python
#     name: python3
# ---

# %% tags=["parameters"]
x: int = 1  # a value

# %%
print(x * 2)

# %%
# a comment, then the failing line
raise ValueError(f"boom {x}")
"""


def test_a_failing_cell_keeps_previous_outputs_and_the_failed_notebook(tmp_path):
    notebook = tmp_path / "failing.py"
    notebook.write_text(FAILING, encoding="utf-8")
    out = tmp_path / "out"
    out.mkdir()
    job = _job(out, notebook, x=21)
    for path in job.outputs.values():
        path.write_text("last good edition")
    with pytest.raises(RenderError) as err:
        render(job)
    message = str(err.value)
    assert err.value.ename == "ValueError" and err.value.evalue == "boom 21"
    assert 'raise ValueError(f"boom {x}")' in message and "cell" in message
    assert f"executed notebook kept at {job.failed_notebook}" in message
    for path in job.outputs.values():
        assert path.read_text() == "last good edition"
    failed = nbformat.read(job.failed_notebook, as_version=4)
    outputs = [o for c in failed.cells if c.cell_type == "code" for o in c.get("outputs", [])]
    assert any(o.get("ename") == "ValueError" for o in outputs)
    assert any("42" in o.get("text", "") for o in outputs)  # the cells before it ran
    assert sorted(p.name for p in out.iterdir()) == ["axis-report.html", "axis-report.pdf",
                                                     "failed.ipynb", "work"]
    assert list((out / "work").iterdir()) == []


def test_a_brief_with_a_bad_focus_fails_in_its_first_cell(tmp_path):
    job = RenderJob(notebook=REPO / "notebooks" / "brief.py",
                    parameters={"focus": "RUS-XYZ", "project": str(TINY)}, name="brief",
                    outputs={"html": tmp_path / "b.html"}, work_root=tmp_path / "work")
    with pytest.raises(RenderError) as err:
        render(job)
    # the first cell after the parameters, the one that checks them
    assert "(brief = ar.prepare_brief(" in str(err.value)
    assert err.value.ename == "InputError" and "field 'focus'" in err.value.evalue
    assert not (tmp_path / "b.html").exists()
    assert not (TINY / "build").exists()  # the project was only read



# --- time limits, a dying kernel, folders that cannot be written --------------------------------

NOTEBOOK_HEAD = """\
# ---
# jupyter:
#   kernelspec:
#     display_name: Python 3
#     language: python
#     name: python3
# ---

# %% tags=["parameters"]
seconds: int = 1  # how long the slow cell sleeps
project: str = ""  # unused

# %%
print("before", seconds)

# %%
"""
SLEEPS = NOTEBOOK_HEAD + "import time\ntime.sleep(seconds)\n"
DIES = NOTEBOOK_HEAD + "import os, signal\nos.kill(os.getpid(), signal.SIGKILL)\n"


def _failed_outputs(path) -> list:
    nb = nbformat.read(path, as_version=4)
    return [o for c in nb.cells if c.cell_type == "code" for o in c.get("outputs", [])]


def _pid_gone(pid, timeout=5.0) -> bool:
    import os
    import time

    end = time.time() + timeout
    while time.time() < end:
        try:
            with open(f"/proc/{pid}/stat") as fh:
                if fh.read().split(") ")[1].startswith("Z"):
                    return True
        except OSError:
            return True
        time.sleep(0.05)
    return not os.path.exists(f"/proc/{pid}")


def test_a_cell_past_its_time_limit_is_stopped_and_named(tmp_path):
    notebook = tmp_path / "slow.py"
    notebook.write_text(SLEEPS, encoding="utf-8")
    out = tmp_path / "out"
    job = _job(out, notebook, seconds=600)
    job.cell_timeout = 2
    with pytest.raises(RenderError) as err:
        render(job)
    assert err.value.ename == "CellTimeoutError"
    assert str(err.value) == (
        "axis-report: cell 3 (time.sleep(seconds)) did not finish within 2 s (the cell time "
        f"limit, --cell-timeout); the kernel was stopped (executed notebook kept at "
        f"{job.failed_notebook})")
    assert any("before 600" in o.get("text", "") for o in _failed_outputs(job.failed_notebook))
    assert not (out / "axis-report.html").exists()
    assert list((out / "work").iterdir()) == []


def test_a_render_past_its_time_limit_has_its_kernel_killed(tmp_path):
    notebook = tmp_path / "slow.py"
    notebook.write_text(SLEEPS, encoding="utf-8")
    out = tmp_path / "out"
    job = _job(out, notebook, seconds=600)
    job.cell_timeout, job.timeout = None, 3
    workdir = tmp_path / "w"
    with pytest.raises(RenderError) as err:
        render(job, workdir=workdir)
    assert err.value.ename == "RenderTimeout"
    assert str(err.value).startswith("axis-report: did not finish within 3 s (the render time "
                                     "limit, --timeout); killed in cell 3 (time.sleep(seconds))")
    assert job.failed_notebook.is_file()
    kernel = int((workdir / "kernel.pid").read_text())
    assert _pid_gone(kernel)


def test_a_dead_kernel_is_a_message_exit_1_and_a_kept_notebook(tmp_path, capsys):
    from axis_report import cli

    project = copy_project(TINY, tmp_path / "project")
    (project / "notebooks").mkdir()
    (project / "notebooks" / "report.py").write_text(DIES, encoding="utf-8")
    out = tmp_path / "out"
    code = cli.main(["report", "--project", str(project), "--out-dir", str(out),
                     "--formats", "html"])
    err = capsys.readouterr().err
    assert code == 1 and "Traceback" not in err
    assert ("axis-report: report failed, previous outputs left in place.\naxis-report: the "
            "kernel died while running cell 3 (os.kill(os.getpid(), signal.SIGKILL)) (out of "
            "memory, or killed) (executed notebook kept at "
            f"{project / 'build' / 'axis-report.failed.ipynb'})") in err
    assert any("before 1" in o.get("text", "")
               for o in _failed_outputs(project / "build" / "axis-report.failed.ipynb"))
    assert list((project / "build" / "work").iterdir()) == []
    assert not out.exists()


def test_a_full_output_folder_is_a_message_and_exit_1(tmp_path, tmpfs, capsys):
    from axis_report import cli

    project = copy_project(TINY, tmp_path / "project", notebooks=True)
    out = tmpfs("out", size="64k")
    (out / "axis-report.html").write_text("last good edition")
    code = cli.main(["report", "--project", str(project), "--out-dir", str(out),
                     "--countries", "IRN", "RUS"])
    err = capsys.readouterr().err
    assert code == 1 and "Traceback" not in err
    assert ("report failed, previous outputs left in place: cannot write "
            f"{out}/axis-report.") in err and "no space left on the device" in err
    assert sorted(p.name for p in out.iterdir()) == ["axis-report.html"]  # no .tmp left
    assert (out / "axis-report.html").read_text() == "last good edition"


def test_a_dead_unreaped_process_counts_as_dead():
    # a killed run's workers can linger as zombies when their new parent does not reap
    # them; their working folders must still be cleared by the next run
    import time

    from axis_report.render.job import _pid_alive

    pid = os.fork()
    if pid == 0:
        os._exit(0)
    try:
        deadline = time.monotonic() + 5
        while _pid_alive(pid) and time.monotonic() < deadline:
            time.sleep(0.05)
        assert not _pid_alive(pid)      # exited, not reaped yet: a zombie
        assert _pid_alive(os.getpid())
    finally:
        os.waitpid(pid, 0)
