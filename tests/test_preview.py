"""`axis-report preview`: the watcher and what a change means (unit tier), the page for
each state, and end to end a preview of a temporary project that renders again on an
evidence edit, shows validation problems with the last good render one click away, and
restarts its kernel when the package changes (notebook tier)."""

import http.client
import os
import threading
import time

import pytest
from conftest import edit_record

from axis_report.cli import main
from axis_report.config import ProjectPaths
from axis_report.preview import Preview, Watcher, classify, input_problems, watched_files

# --- what is watched, and what a change calls for ----------------------------------------

def test_changes_are_classified(tiny_with_notebooks, tmp_path):
    paths, package = ProjectPaths(tiny_with_notebooks), tmp_path / "pkg"
    assert classify({paths.evidence_file}, paths, package) == "render"
    assert classify({paths.report_notebook}, paths, package) == "render"
    assert classify({paths.settings_file}, paths, package) == "render"
    assert classify({paths.seeds / "reference" / "x.csv"}, paths, package) == "render"
    assert classify({package / "model" / "report.py"}, paths, package) == "package"
    assert classify({paths.evidence_file, package / "html.py"}, paths, package) == "package"
    assert classify({paths.build / "preview" / "axis-report.html"}, paths, package) is None
    assert classify(set(), paths, package) is None


def test_the_watcher_sees_edits_additions_and_removals(tiny_with_notebooks, tmp_path):
    paths, package = ProjectPaths(tiny_with_notebooks), tmp_path / "pkg"
    (package / "templates").mkdir(parents=True)
    (package / "a.py").write_text("x = 1\n")
    (package / "templates" / "t.html.j2").write_text("<p>\n")
    (package / "a.cpython-311.pyc").write_bytes(b"\0")
    watcher = Watcher(lambda: watched_files(paths, package), poll=0.01, settle=0.01)
    files = set(watcher.seen)
    assert paths.evidence_file in files and paths.report_notebook in files
    assert package / "a.py" in files and package / "templates" / "t.html.j2" in files
    assert package / "a.cpython-311.pyc" not in files
    assert watcher.changes() == set()

    text = paths.evidence_file.read_text(encoding="utf-8")
    paths.evidence_file.write_text(text.replace("Iran", "Iron", 1), encoding="utf-8")
    os.utime(paths.evidence_file, ns=(1, 1))  # same size, other mtime: still seen
    assert watcher.changes() == {paths.evidence_file}
    (paths.seeds / "new.txt").write_text("a new source\n")
    (paths.seeds / ".evidence.yaml.swp").write_text("an editor's swap file\n")
    (package / "a.py").unlink()
    assert watcher.changes() == {paths.seeds / "new.txt", package / "a.py"}
    stop = threading.Event()
    assert watcher.wait(stop, timeout=0.05) == set()
    (paths.notebooks / "report.py").touch()
    os.utime(paths.report_notebook, ns=(2, 2))
    assert watcher.wait(stop, timeout=5) == {paths.report_notebook}


def test_input_problems_are_the_lines_of_the_error():
    text = "2 problems found:\n  seeds/evidence.yaml: line 3: E01: weight: 9 is not 1-3\n  b"
    assert input_problems(text) == ["seeds/evidence.yaml: line 3: E01: weight: 9 is not 1-3",
                                    "b"]
    assert input_problems("one line") == ["one line"]


# --- the page for each state (no kernel started) ------------------------------------------

@pytest.fixture
def idle_preview(tiny_with_notebooks):
    preview = Preview(ProjectPaths(tiny_with_notebooks), {}, port=0, log=lambda line: None)
    yield preview
    preview.server.server_close()


def test_the_page_shows_problems_escaped_with_the_last_good_render(idle_preview):
    shown = idle_preview.shown
    shown.version, shown.status, shown.at = 3, "invalid", "10:00:02"
    shown.problems = ["seeds/evidence.yaml: line 9: E01: claim: <script>alert(1)</script>"]
    shown.last_good, shown.last_good_at = b"<html><body><h1>Old</h1></body></html>", "10:00:01"
    page = idle_preview.page().decode()
    assert "The inputs do not pass validation" in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page and "<script>alert" not in page
    assert '<a href="/last-good">The last good render</a>' in page and "10:00:01" in page
    assert 'new EventSource("/events")' in page and "var shown = 3;" in page
    assert '<a href="/pdf">PDF of the last good render</a>' in page
    last = idle_preview.page("last-good").decode()
    assert last.startswith("<html><body><h1>Old</h1>") and last.endswith("</body></html>")
    assert "EventSource" in last and '<a href="/pdf">PDF</a>' in last


def test_the_page_shows_the_report_with_the_reload_script(idle_preview):
    shown = idle_preview.shown
    shown.version, shown.status = 7, "ok"
    shown.html = shown.last_good = b"<html><body><p>Report</p></body></html>"
    page = idle_preview.page().decode()
    assert page.startswith("<html><body><p>Report</p>") and "var shown = 7;" in page
    assert page.index("EventSource") < page.index("</body>")
    shown.status, shown.html, shown.detail = "failed", None, "report: cell 3 failed: KeyError"
    page = idle_preview.page().decode()
    assert "The report could not be rendered" in page and "cell 3 failed: KeyError" in page


def test_preview_refuses_a_bad_parameter_or_port(tiny_with_notebooks, capsys):
    assert main(["--project", str(tiny_with_notebooks), "preview", "--min-weight", "9"]) == 2
    assert "min_weight" in capsys.readouterr().err
    with pytest.raises(SystemExit) as exit_:
        main(["--project", str(tiny_with_notebooks), "preview", "--port", "70000"])
    assert exit_.value.code == 2
    assert not (tiny_with_notebooks / "build").exists()


def test_preview_says_when_its_port_is_taken(tiny_with_notebooks, idle_preview, capsys):
    port = idle_preview.server.server_address[1]
    assert main(["--project", str(tiny_with_notebooks), "preview", "--port", str(port)]) == 1
    assert f"cannot serve on 127.0.0.1:{port}" in capsys.readouterr().err


# --- end to end ---------------------------------------------------------------------------

def _get(preview, path):
    host, port = preview.server.server_address[:2]
    conn = http.client.HTTPConnection(host, port, timeout=60)
    try:
        conn.request("GET", path)
        response = conn.getresponse()
        return response.status, response.getheader("Content-Type"), response.read()
    finally:
        conn.close()


def _events(preview, into: list):
    """Follow /events as the page's script does, appending each version sent."""
    host, port = preview.server.server_address[:2]
    conn = http.client.HTTPConnection(host, port, timeout=300)
    conn.request("GET", "/events")
    response = conn.getresponse()

    def read():
        try:
            for line in response:
                if line.startswith(b"data: "):
                    into.append(int(line[6:]))
        except OSError:
            pass

    threading.Thread(target=read, daemon=True).start()
    return conn


@pytest.mark.notebook
def test_preview_renders_on_each_save(tiny_with_notebooks, tmp_path):
    paths = ProjectPaths(tiny_with_notebooks)
    package = tmp_path / "package"  # stands in for the package's code, to change it
    package.mkdir()
    (package / "module.py").write_text("x = 1\n")
    preview = Preview(paths, {"project": str(paths.root)}, port=0, poll=0.05,
                      log=lambda line: None, package_dir=package, cell_timeout=60,
                      timeout=180)
    versions = []
    try:
        preview.start()
        shown = preview.wait_for(1, timeout=300)
        assert shown.status == "ok", shown.detail or shown.problems
        status, ctype, body = _get(preview, "/")
        assert status == 200 and ctype.startswith("text/html")
        assert b"Iran supplies drones to Russia." in body and b"EventSource" in body
        conn = _events(preview, versions)

        # a one-record edit renders again, and the page is told
        edit_record(paths.evidence_file, "E01", "Iran supplies drones to Russia.",
                    "Iran supplies drones and shells to Russia.")
        shown = preview.wait_for(2, timeout=120)
        assert shown.status == "ok", shown.detail or shown.problems
        assert b"Iran supplies drones and shells to Russia." in _get(preview, "/")[2]
        deadline = time.monotonic() + 10
        while 2 not in versions and time.monotonic() < deadline:
            time.sleep(0.05)
        assert versions[:1] == [1] and 2 in versions
        conn.close()

        # a save that breaks validation shows the problems; the last good render stays
        edit_record(paths.evidence_file, "E01", "weight: ", "weight: 9 #")
        shown = preview.wait_for(3, timeout=120)
        assert shown.status == "invalid" and any("E01" in p for p in shown.problems)
        page = _get(preview, "/")[2].decode()
        assert "The inputs do not pass validation" in page and "E01" in page
        assert 'href="/last-good"' in page
        last_good = _get(preview, "/last-good")[2].decode()
        assert "Iran supplies drones and shells to Russia." in last_good
        status, ctype, pdf = _get(preview, "/pdf")  # the last good render, printed
        assert status == 200 and ctype == "application/pdf" and pdf.startswith(b"%PDF-")

        # the fix renders again; a change to the package's code restarts the kernel first
        edit_record(paths.evidence_file, "E01", "weight: 9 #", "weight: ")
        assert preview.wait_for(4, timeout=120).status == "ok"
        assert preview.kernel.starts == 1
        (package / "module.py").write_text("x = 2\n")
        shown = preview.wait_for(5, timeout=300)
        assert shown.status == "ok" and preview.kernel.starts == 2
        home = preview.kernel.home
    finally:
        preview.stop()
    assert not home.exists() and not (paths.build / "preview").exists()
    assert not paths.work.exists() or not any(paths.work.iterdir())
    with pytest.raises(OSError):
        _get(preview, "/version")
