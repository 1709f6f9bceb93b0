"""The brief grid on a copy of the tiny project: incremental, atomic, locked, with editions.

One cold build of the whole grid (the report and 10 briefs) is shared by the notebook-tier
tests of this module, which then change inputs and check exactly what is rebuilt; they
run in file order.
"""

import io
import json
import os
import re
import signal
import subprocess
import sys
import time

import pytest
from conftest import ALL_DYADS, GROUP, TINY, copy_project, edit_record
from pypdf import PdfReader

from axis_report import cli
from axis_report.config import ProjectPaths
from axis_report.errors import InputError
from axis_report.grid.lock import GridLock
from axis_report.grid.plan import REPORT_NAME, plan_grid
from axis_report.grid.run import run_grid

ALL = [REPORT_NAME, *GROUP, *ALL_DYADS]


def _run(project, out, **kw):
    stream = io.StringIO()
    code = run_grid(ProjectPaths(project), out_dir=out, stream=stream, workers=2, **kw)
    return code, stream.getvalue()


def _built(text: str) -> set:
    return set(re.findall(r"\] built\s+(\S+)", text))


def _published(out) -> dict:
    files = [out / f"{REPORT_NAME}.html", out / f"{REPORT_NAME}.pdf"]
    files += [out / "briefs" / f"{n}.{ext}" for n in ALL[1:] for ext in ("html", "pdf")]
    return {f: f.read_bytes() for f in files}


def _whole(out) -> None:
    for path, data in _published(out).items():
        if path.suffix == ".html":
            assert data.rstrip().endswith(b"</html>"), path
        else:
            assert len(PdfReader(io.BytesIO(data)).pages) >= 1, path


def _text(pdf) -> str:
    # words only: the PDF wraps quotes across lines
    return " ".join(" ".join(p.extract_text() for p in PdfReader(pdf).pages).split())


def _manifest(out) -> dict:
    return json.loads((out / "briefs" / "manifest.json").read_text())


# --- no notebook runs: the lock and bad inputs stop a run before it plans or builds ----------

def test_lock_makes_a_concurrent_run_exit_cleanly(tiny_with_notebooks, tmp_path):
    out = tmp_path / "reports"
    with GridLock(out / "briefs" / ".lock"):
        code, text = _run(tiny_with_notebooks, out)
    assert code == 0 and "another run is in progress (pid " in text
    assert sorted(p.name for p in (out / "briefs").iterdir()) == [".lock", "runs.log"]
    assert "run refused: another run is in progress (pid " in (out / "briefs" / "runs.log"
                                                               ).read_text()


def test_bad_inputs_stop_the_run_before_building_and_are_logged(tiny_with_notebooks,
                                                                tmp_path, capsys):
    (tiny_with_notebooks / "seeds" / "evidence.yaml").write_text("- id: E1\n")
    out = tmp_path / "reports"
    with pytest.raises(InputError):
        _run(tiny_with_notebooks, out)
    assert "run failed before building" in (out / "briefs" / "runs.log").read_text()
    assert not (out / "briefs" / "manifest.json").exists()
    code = cli.main(["briefs", "--project", str(tiny_with_notebooks), "--out-dir", str(out)])
    assert code == 2 and "record E1" in capsys.readouterr().err


# --- the grid, built once, then changed ------------------------------------------------------

@pytest.fixture(scope="module")
def grid(tmp_path_factory):
    root = tmp_path_factory.mktemp("grid")
    project = copy_project(TINY, root / "project", notebooks=True)
    out = root / "reports"
    code, text = _run(project, out)
    assert code == 0, text
    return project, out, text


@pytest.mark.notebook
def test_cold_grid_builds_everything(grid):
    _, out, text = grid
    assert _built(text) == set(ALL)
    assert set(_manifest(out)["outputs"]) == set(ALL)
    index = (out / "briefs" / "index.html").read_text()
    hrefs = set(re.findall(r"""href=["']([^"']+)["']""", index))
    assert {f"{n}.{ext}" for n in ALL[1:] for ext in ("html", "pdf")} <= hrefs
    assert "built 11, unchanged 0, failed 0" in (out / "briefs" / "runs.log").read_text()
    _whole(out)


@pytest.mark.notebook
def test_briefs_carry_their_focus_and_quotes(grid):
    _, out, _ = grid
    briefs = out / "briefs"
    rus = _text(briefs / "RUS.pdf")
    assert "Russia: brief" in rus and "Iran keeps selling drones to Russia" in rus
    assert "first edition" in rus and "What changed" not in rus  # said once, in the title
    assert len(PdfReader(briefs / "RUS.pdf").pages) <= 2
    pair = _text(briefs / "PRK-RUS.pdf")
    assert "North Korea and Russia: brief" in pair
    assert "Only Russia and North Korea share a mutual defence pact" in pair
    assert "China keeps North Korea" not in pair  # CHN-PRK's record
    gap = (briefs / "IRN-PRK.html").read_text()
    assert "No coded evidence: this brief shows only the treaties and UN" in " ".join(
        gap.split())
    assert " ".join(gap.split()).count("gap in the source base") == 1  # said once
    assert "Treaties and UN votes" in gap and "Strongest evidence" not in gap
    assert "<title>Iran and North Korea: brief</title>" in gap
    # citations lead to a quote the brief shows or to the full report's annex; the
    # agreements and sources a judgment names, to their entries in the brief
    for page in ("RUS", "PRK-RUS"):
        html = (briefs / f"{page}.html").read_text()
        shown = set(re.findall(r'id="ev-(E\d+)"', html))
        anchors = set(re.findall(r'id="([^"]+)"', html))
        for href in re.findall(r'<a class="ref" href="([^"]+)"', html):
            assert href.startswith("../axis-report.html#ev-E") or href[4:] in shown or (
                not href.startswith("#ev-") and href[1:] in anchors), href
    index = (briefs / "index.html").read_text()
    assert "no coded evidence" in index and "Newest evidence" in index


@pytest.mark.notebook
def test_second_run_with_no_change_renders_nothing(grid):
    project, out, _ = grid
    before = _published(out)
    index = (out / "briefs" / "index.html").stat().st_mtime_ns
    code, text = _run(project, out)
    assert code == 0 and _built(text) == set() and "0 to build, 11 unchanged" in text
    assert _published(out) == before
    assert (out / "briefs" / "index.html").stat().st_mtime_ns == index
    assert "built 0, unchanged 11, failed 0" in (out / "briefs" / "runs.log").read_text()


@pytest.mark.notebook
def test_one_record_change_rebuilds_exactly_its_outputs_with_a_new_edition(grid):
    project, out, _ = grid
    before = _published(out)
    edit_record(project / "seeds" / "evidence.yaml", "E09", "weight: 1", "weight: 2")
    code, text = _run(project, out)
    assert code == 0
    expected = {REPORT_NAME, "IRN", "RUS", "IRN-RUS"}
    assert _built(text) == expected
    after = _published(out)
    unchanged = {p for p in before if before[p] == after[p]}
    assert {p.stem for p in set(before) - unchanged} == expected
    # what changed, and every edition kept and readable
    html = (out / "briefs" / "IRN-RUS.html").read_text()
    changes = html[html.index("What changed"):]
    assert "one changed" in changes and "E09" in changes and "weight" in changes
    entry = _manifest(out)["outputs"]["IRN-RUS"]
    assert len(entry["editions"]) == 2 and entry["edition"] == entry["editions"][-1]
    for edition in entry["editions"]:
        folder = out / "briefs" / "archive" / "IRN-RUS" / edition
        assert len(PdfReader(folder / "IRN-RUS.pdf").pages) >= 1
        assert (folder / "IRN-RUS.html").is_file()
    first, latest = (json.loads((out / "briefs" / "archive" / "IRN-RUS" / e /
                                 "records.json").read_text()) for e in entry["editions"])
    weights = [{r["record_id"]: r["weight"] for r in snap} for snap in (first, latest)]
    assert weights[0]["E09"] == 1 and weights[1]["E09"] == 2
    # the index links the earlier edition
    index = (out / "briefs" / "index.html").read_text()
    assert f"archive/IRN-RUS/{entry['editions'][0]}/IRN-RUS.pdf" in index
    assert (out / "briefs" / "IRN-RUS.pdf").read_bytes() == (
        out / "briefs" / "archive" / "IRN-RUS" / entry["edition"] / "IRN-RUS.pdf").read_bytes()


@pytest.mark.notebook
def test_a_damaged_snapshot_is_reported_once_and_the_brief_still_built(grid):
    project, out, _ = grid
    entry = _manifest(out)["outputs"]["PRK-RUS"]
    snapshot = out / "briefs" / entry["archive"] / "records.json"
    snapshot.write_text("{ damaged")
    edit_record(project / "seeds" / "evidence.yaml", "E07", "weight: 3", "weight: 2")
    code, text = _run(project, out, only=["PRK-RUS"])
    assert code == 0 and _built(text) == {"PRK-RUS"}
    note = f"PRK-RUS: the previous edition's record snapshot {snapshot} is not the file"
    assert text.count(note) == 1
    assert (out / "briefs" / "runs.log").read_text().count(note) == 1
    html = (out / "briefs" / "PRK-RUS.html").read_text()
    changes = " ".join(html[html.index("What changed"):].split())
    assert (f"The record snapshot of the previous edition (of {entry['edition_date']}) was "
            "missing or damaged") in changes
    after = _manifest(out)["outputs"]["PRK-RUS"]
    assert after["editions"] == [*entry["editions"], after["edition"]]
    # the new edition's snapshot is whole: the next rebuild lists changes again, no note
    code, text = _run(project, out, only=["PRK-RUS"], force=True)
    assert code == 0 and "record snapshot" not in text
    html = (out / "briefs" / "PRK-RUS.html").read_text()
    assert "No evidence record for this focus changed since the edition of" in html


@pytest.mark.notebook
def test_force_rebuilds_an_unchanged_output(grid):
    project, out, _ = grid
    editions = _manifest(out)["outputs"]["CHN-IRN"]["editions"]
    code, text = _run(project, out, force=True, only=["CHN-IRN"])
    assert code == 0 and _built(text) == {"CHN-IRN"}
    assert len(_manifest(out)["outputs"]["CHN-IRN"]["editions"]) == len(editions) + 1
    log = (out / "briefs" / "runs.log").read_text().splitlines()
    assert [line for line in log if " UTC run " in line][-1].endswith("(forced)")


def _orphans(project) -> list:
    found = []
    for proc_dir in os.listdir("/proc"):
        if not proc_dir.isdigit():
            continue
        try:
            with open(f"/proc/{proc_dir}/cmdline", "rb") as fh:
                cmdline = fh.read().replace(b"\0", b" ").decode(errors="replace")
        except OSError:
            continue
        if "axis_report.cli briefs" in cmdline and str(project) in cmdline:
            found.append(int(proc_dir))
    return found


@pytest.mark.notebook
def test_sigkill_leaves_published_files_whole_and_the_next_run_completes(grid):
    project, out, _ = grid
    # the previous test left the report and the PRK and RUS briefs stale (E07 changed)
    stale = {t.name for t in plan_grid(ProjectPaths(project))
             if _manifest(out)["outputs"][t.name]["key"] != t.key}
    assert stale == {REPORT_NAME, "PRK", "RUS"}
    cmd = [sys.executable, "-m", "axis_report.cli", "briefs", "--project", str(project),
           "--out-dir", str(out), "--workers", "1"]
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    for line in proc.stdout:  # kill once outputs are being published
        if "] built " in line:
            break
    time.sleep(0.3)
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    _whole(out)
    deadline = time.time() + 10  # its workers die with it (PR_SET_PDEATHSIG)
    while _orphans(project) and time.time() < deadline:
        time.sleep(0.2)
    assert _orphans(project) == []
    manifest = _manifest(out)  # whole, and records what the killed run finished
    done = {t.name for t in plan_grid(ProjectPaths(project))
            if t.name in stale and manifest["outputs"][t.name]["key"] == t.key}
    assert done and done < stale
    (out / "briefs" / ".stale.tmp").write_text("left by a killed run")
    code, text = _run(project, out)
    assert code == 0, text
    assert _built(text) == stale - done  # takes over where the killed run stopped
    assert re.search(r"removed \d+ temporary files left by an interrupted run", text)
    assert f"note: the previous run (pid {proc.pid} since " in text
    _whole(out)
    assert not list(out.rglob(".*.tmp"))
    assert list((project / "build" / "work").iterdir()) == []  # its working folders too
    code, text = _run(project, out)
    assert code == 0 and "0 to build" in text
