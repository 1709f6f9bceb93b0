"""The Makefile's clean targets, run on a copy of the Makefile in a made-up tree:
`make clean` removes caches and build leftovers only; deleting published reports and
editions takes `make clean-reports`, whose help line says what it deletes."""

import shutil
import subprocess

import pytest
from conftest import REPO

KEPT_BY_CLEAN = ["reports/.gitkeep", "reports/axis-report.html", "reports/briefs/RUS.pdf",
                 "reports/briefs/archive/RUS/2025-07-02T063000Z/records.json",
                 "reports/briefs/manifest.json", "reports/briefs/runs.log",
                 "notebooks/report.py", "seeds/evidence.yaml", ".venv/lib/__pycache__/m.pyc"]
REMOVED_BY_CLEAN = ["build/cache/unga-alignment-v4-x.csv", "build/cache/figures/k.svg",
                    "build/work/123.RUS.grid/kernel.log", "build/brief-RUS.failed.ipynb",
                    "notebooks/report.ipynb", "axis_report/__pycache__/m.pyc",
                    ".pytest_cache/v/x"]


@pytest.fixture
def tree(tmp_path):
    if shutil.which("make") is None:
        pytest.skip("make is not installed")
    for name in ("Makefile", "pyproject.toml"):
        shutil.copy2(REPO / name, tmp_path / name)
    for rel in KEPT_BY_CLEAN + REMOVED_BY_CLEAN:
        (tmp_path / rel).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / rel).write_text("x")
    return tmp_path


def _make(tree, target):
    done = subprocess.run(["make", "--no-print-directory", target], cwd=tree,
                          capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    return done.stdout


def _present(tree) -> set:
    return {str(p.relative_to(tree)) for p in tree.rglob("*") if p.is_file()}


def test_make_clean_keeps_published_reports_and_editions(tree):
    _make(tree, "clean")
    present = _present(tree)
    assert set(KEPT_BY_CLEAN) <= present
    assert not set(REMOVED_BY_CLEAN) & present
    assert not (tree / "build").exists()


def test_make_clean_reports_deletes_them_and_says_what(tree):
    out = _make(tree, "clean-reports")
    assert "every archived" in out and "brief edition" in out
    present = _present(tree)
    assert {p for p in present if p.startswith("reports/")} == {"reports/.gitkeep"}
    assert set(REMOVED_BY_CLEAN) <= present  # it touches nothing else


def test_help_says_which_target_deletes_reports(tree):
    lines = {line.split()[1]: line for line in _make(tree, "help").splitlines()
             if line.strip().startswith("make ")}
    assert "keeps reports/" in lines["clean"]
    assert "DELETE every published report and brief, all brief editions" in lines[
        "clean-reports"]


def _dry_run(tree, target) -> str:
    done = subprocess.run(["make", "--no-print-directory", "-n", target], cwd=tree,
                          capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    return done.stdout


def _stamp_name(tree, prefix) -> str:
    cksum = subprocess.run(["cksum", "pyproject.toml"], cwd=tree, capture_output=True,
                           text=True, check=True).stdout.split()[0]
    return f".venv/.{prefix}-{cksum}"


def test_make_lab_installs_jupyterlab_once(tree):
    # nothing installed yet: the dry run would install the package, then JupyterLab
    first = _dry_run(tree, "lab")
    assert "pip install" in first and ".[lab]" in first
    # both stamps present (set-up done, JupyterLab installed): no install at all
    for prefix in ("installed", "lab-installed"):
        (tree / _stamp_name(tree, prefix)).write_text("")
    again = _dry_run(tree, "lab")
    assert "pip install" not in again and "jupyter lab" in again
    # pyproject.toml changed: both are installed again
    with open(tree / "pyproject.toml", "a", encoding="utf-8") as fh:
        fh.write("\n# changed\n")
    assert ".[lab]" in _dry_run(tree, "lab")
