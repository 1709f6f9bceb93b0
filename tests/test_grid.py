"""The brief grid: incremental, atomic, locked, with editions and what changed.

One cold build of the whole grid (report + 10 briefs) is shared by the tests in this
module, which then change inputs and check exactly what is rebuilt.
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
from pypdf import PdfReader

from axis_report import focus as fo
from axis_report.grid import GridLock, plan_grid, run_grid
from axis_report.paths import default_paths

PATHS = default_paths()
ALL = ["axis-report", "CHN", "RUS", "IRN", "PRK", "CHN-IRN", "CHN-PRK", "CHN-RUS", "IRN-PRK",
       "IRN-RUS", "PRK-RUS"]


def _run(seeds, out, **kw):
    stream = io.StringIO()
    code = run_grid(PATHS, out_dir=out, seeds_dir=seeds, stream=stream, **kw)
    return code, stream.getvalue()


def _built(text: str) -> set:
    return set(re.findall(r"\] built\s+(\S+)", text))


def _edit_record(seeds, rid, old, new):
    path = seeds / "evidence.yaml"
    text = path.read_text()
    start = text.index(f"- id: {rid}\n")
    end = text.find("\n- id: ", start + 1)
    end = len(text) if end < 0 else end
    block = text[start:end]
    assert old in block, (rid, old)
    path.write_text(text[:start] + block.replace(old, new, 1) + text[end:])


def _published(out):
    briefs = out / "briefs"
    files = [out / "axis-report.html", out / "axis-report.pdf"]
    files += [briefs / f"{n}.{ext}" for n in ALL[1:] for ext in ("html", "pdf")]
    return {f: f.read_bytes() for f in files}


def _whole(out):
    for path, data in _published(out).items():
        if path.suffix == ".html":
            assert data.rstrip().endswith(b"</html>"), path
        else:
            assert len(PdfReader(io.BytesIO(data)).pages) >= 1, path


@pytest.fixture(scope="module")
def grid(tmp_path_factory):
    import shutil

    root = tmp_path_factory.mktemp("grid")
    seeds = root / "seeds"
    shutil.copytree(PATHS.seeds, seeds)
    out = root / "reports"
    code, text = _run(seeds, out)
    assert code == 0, text
    return seeds, out, text


def test_cold_grid_builds_everything(grid):
    seeds, out, text = grid
    assert _built(text) == set(ALL)
    manifest = json.loads((out / "briefs" / "manifest.json").read_text())
    assert set(manifest["outputs"]) == set(ALL)
    index = (out / "briefs" / "index.html").read_text()
    for name in ALL[1:]:
        assert f"href='{name}.pdf'" in index
    log = (out / "briefs" / "runs.log").read_text()
    assert "built 11, unchanged 0, failed 0" in log


def _text(pdf) -> str:
    # words only: the PDF wraps quotes across lines
    return " ".join(" ".join(p.extract_text() for p in PdfReader(pdf).pages).split())


def test_briefs_open_and_carry_focus_and_quotes(grid):
    _, out, _ = grid
    rus = _text(out / "briefs" / "RUS.pdf")
    assert "Russia: brief" in rus and "Iran's drone and missile sales to Russia" in rus
    assert len(PdfReader(out / "briefs" / "RUS.pdf").pages) <= 2
    pair = _text(out / "briefs" / "PRK-RUS.pdf")
    assert "North Korea and Russia: brief" in pair
    assert "only Russia and North Korea hold a mutual defense treaty" in pair
    gap = _text(out / "briefs" / "CHN-PRK.pdf")
    assert "no evidence" in gap and "first edition" in gap


def test_second_run_with_no_change_renders_nothing(grid):
    seeds, out, _ = grid
    before = _published(out)
    code, text = _run(seeds, out)
    assert code == 0 and _built(text) == set() and "0 to build, 11 unchanged" in text
    assert _published(out) == before


def test_one_record_change_rebuilds_exactly_its_focuses(grid):
    seeds, out, _ = grid
    _edit_record(seeds, "E026", "weight: 2", "weight: 3")  # an IRN-RUS record
    code, text = _run(seeds, out)
    assert code == 0
    assert _built(text) == {"axis-report", "IRN", "RUS", "IRN-RUS"}
    changes = (out / "briefs" / "IRN-RUS.html").read_text()
    assert "E026" in changes and "1 changed" in changes
    # a group-level claim naming all four touches the four country briefs and the report
    _edit_record(seeds, "E011", "weight: 2", "weight: 1")
    code, text = _run(seeds, out)
    assert _built(text) == {"axis-report", "CHN", "RUS", "IRN", "PRK"}


def test_what_changed_lists_added_and_removed_records(grid):
    seeds, out, _ = grid
    path = seeds / "evidence.yaml"
    text = path.read_text()
    start = text.index("- id: E027\n")
    end = text.index("\n- id: ", start + 1)
    removed = text[start:end]
    added = removed.replace("- id: E027", "- id: E900")
    added = added.replace(
        "quote: Efforts by Putin to mediate between Iran and Israel have been cautious, with "
        "expressions of support for Iran often lacking substantial commitment.",
        "quote: Efforts by Putin to mediate between Iran and Israel have been cautious")
    path.write_text(text[:start] + added.rstrip("\n") + "\n" + text[end:])
    code, text = _run(seeds, out)
    assert code == 0 and "IRN-RUS" in _built(text)
    html = (out / "briefs" / "IRN-RUS.html").read_text()
    section = html[html.index("What changed"):html.index("Sources")]
    assert "1 added, 1 removed" in section
    assert "E900" in section and "E027" in section
    assert "expressions of support for Iran often lacking substantial commitment" in section
    archive = json.loads((out / "briefs" / "manifest.json").read_text())["outputs"]["IRN-RUS"]
    assert len(archive["editions"]) >= 3
    for edition in archive["editions"]:  # every edition stays readable
        pdf = out / "briefs" / "archive" / "IRN-RUS" / edition / "IRN-RUS.pdf"
        assert len(PdfReader(pdf).pages) >= 1


def test_failing_brief_keeps_its_last_edition_and_fails_the_run(grid):
    seeds, out, _ = grid
    manifest = json.loads((out / "briefs" / "manifest.json").read_text())
    snapshot = out / "briefs" / manifest["outputs"]["PRK-RUS"]["archive"] / "records.json"
    good = snapshot.read_text()
    snapshot.write_text("{ damaged")
    before = _published(out)
    _edit_record(seeds, "E016", "weight: 2", "weight: 1")  # PRK-RUS
    try:
        code, text = _run(seeds, out)
    finally:
        snapshot.write_text(good)
    assert code == 1
    assert _built(text) == {"axis-report", "PRK", "RUS"}
    assert "FAILED PRK-RUS" in text and "record snapshot is damaged" in text
    after = _published(out)
    for ext in ("html", "pdf"):
        path = out / "briefs" / f"PRK-RUS.{ext}"
        assert after[path] == before[path]
    assert "FAILED PRK-RUS" in (out / "briefs" / "runs.log").read_text()
    code, text = _run(seeds, out)  # repaired: the next run builds it
    assert code == 0 and _built(text) == {"PRK-RUS"}


def test_lock_makes_a_concurrent_run_exit_cleanly(grid):
    seeds, out, _ = grid
    _edit_record(seeds, "E019", "weight: 3", "weight: 2")  # something to build
    before = _published(out)
    with GridLock(out / "briefs" / ".lock"):
        code, text = _run(seeds, out)
    assert code == 0 and "another run is in progress" in text
    assert _published(out) == before


def test_force_rebuilds_everything(grid):
    seeds, out, _ = grid
    code, text = _run(seeds, out, force=True)
    assert code == 0 and _built(text) == set(ALL)


def test_sigkill_leaves_published_files_whole_and_next_run_completes(grid):
    seeds, out, _ = grid
    (out / "briefs" / ".stale.tmp").write_text("left by a killed run")
    cmd = [sys.executable, "-m", "axis_report.cli", "briefs", "--force", "--seeds", str(seeds),
           "--out-dir", str(out)]
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    lines = []
    for line in proc.stdout:  # kill once outputs are being published
        lines.append(line)
        if "] built " in line:
            break
    time.sleep(0.3)
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    _whole(out)
    deadline = time.time() + 10  # its workers die with it (PR_SET_PDEATHSIG)
    while _orphans(out) and time.time() < deadline:
        time.sleep(0.2)
    assert _orphans(out) == []
    json.loads((out / "briefs" / "manifest.json").read_text())
    time.sleep(1.0)  # orphaned workers notice their parent is gone
    code, text = _run(seeds, out)
    assert code == 0, text
    _whole(out)
    assert not list((out / "briefs").rglob(".*.tmp"))
    code, text = _run(seeds, out)
    assert code == 0 and "0 to build" in text


def _orphans(out) -> list:
    found = []
    for proc_dir in os.listdir("/proc"):
        if not proc_dir.isdigit():
            continue
        try:
            with open(f"/proc/{proc_dir}/cmdline", "rb") as fh:
                cmdline = fh.read().replace(b"\0", b" ").decode(errors="replace")
        except OSError:
            continue
        if "axis_report.cli briefs" in cmdline and str(out) in cmdline:
            found.append(int(proc_dir))
    return found


def test_snapshot_diff_unit():
    a = [{"record_id": "E1", "quote": "q1", "weight": 1}, {"record_id": "E2", "quote": "q2",
                                                          "weight": 1}]
    b = [{"record_id": "E2", "quote": "q2", "weight": 3}, {"record_id": "E3", "quote": "q3",
                                                          "weight": 1}]
    got = fo.diff_snapshots(a, b)
    assert got.to_dict("records") == [
        {"record_id": "E1", "change": "removed", "quote": "q1", "fields": ""},
        {"record_id": "E2", "change": "changed", "quote": "q2", "fields": "weight"},
        {"record_id": "E3", "change": "added", "quote": "q3", "fields": ""},
    ]


def test_bad_focus_is_a_clear_error():
    from axis_report.errors import InputError

    with pytest.raises(InputError) as err:
        fo.parse_focus("RUS-IRN")
    assert "field 'focus'" in str(err.value) and "'IRN-RUS'" in str(err.value)
    with pytest.raises(InputError) as err:
        fo.parse_focus("USA")
    assert "is not a focus" in str(err.value)


def test_keys_depend_only_on_the_focus_records(tmp_path):
    import shutil

    seeds = tmp_path / "seeds"
    shutil.copytree(PATHS.seeds, seeds)
    before = {t.name: t.key for t in plan_grid(PATHS, seeds)}
    _edit_record(seeds, "E003", "credibility: 2", "credibility: 1")  # IRN-RUS
    after = {t.name: t.key for t in plan_grid(PATHS, seeds)}
    assert {n for n in before if before[n] != after[n]} == {"axis-report", "IRN", "RUS",
                                                             "IRN-RUS"}
