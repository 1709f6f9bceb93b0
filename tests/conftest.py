"""Shared fixtures: hand-built evidence frames, and the tiny fixture project.

The tiny project (tests/fixtures/tiny) holds three invented sources (TS3 a copy of TS1,
`derived_from: TS1`), ten claims with thirteen quotes, three hypotheses with indicators,
two key assumptions and a few rows of every reference file; it has no notebooks/ of its
own. Tests that read it use it in place; tests that write (caches, renders, edits) use a
copy (`tiny_copy`), and those that need notebooks get the repository's copied in
(`tiny_with_notebooks`).
"""

import shutil
from pathlib import Path

import pandas as pd
import pytest

REPO = Path(__file__).resolve().parents[1]
FIXTURES = Path(__file__).resolve().parent / "fixtures"
TINY = FIXTURES / "tiny"
GROUP = ("CHN", "RUS", "IRN", "PRK")
ALL_DYADS = ["CHN-IRN", "CHN-PRK", "CHN-RUS", "IRN-PRK", "IRN-RUS", "PRK-RUS"]


def quote(source="S1", *, text="quote", credibility=2, attribution="article", analyst=None,
          affiliation=None, start=0, note=None):
    """A normalized quote of a claim, as `inputs.evidence.validate_claims` returns it."""
    return dict(source_id=source, quote=text, quote_start=start, quote_end=start + len(text),
                attribution=attribution, analyst=analyst, affiliation=affiliation,
                credibility=credibility, quote_note=note, quote_line=1)


def record(rid, dyads, stance, weight, *, domain="military", scope=None, hub=None,
           attribution="article", analyst=None, affiliation=None, source="S1", credibility=2,
           event_date=None, asserts=None, ach=None, quotes=None, claim=None):
    """A normalized claim as `inputs.evidence.validate_claims` returns it.

    `scope` defaults to 'dyads', or 'group' when `dyads` is empty ('hub' needs `hub`).
    Without `quotes`, the claim has one quote, "quote <rid>", from `source` with the
    given attribution and credibility."""
    if scope is None:
        scope = "hub" if hub else "dyads" if dyads else "group"
    if quotes is None:
        quotes = [quote(source, text=f"quote {rid}", credibility=credibility,
                        attribution=attribution, analyst=analyst, affiliation=affiliation)]
    return dict(record_id=rid, claim=claim or f"claim {rid}", scope=scope,
                dyads=list(dyads) if scope == "dyads" else [], hub=hub, domain=domain,
                stance=stance, weight=weight, event_date=event_date, asserts=asserts, ach=ach,
                note=None, line=1, quotes=quotes)


def sources_frame(*rows):
    """A sources table from (source id, reliability grade[, derived_from]) tuples."""
    return pd.DataFrame([dict(source_id=r[0], reliability=r[1],
                              derived_from=r[2] if len(r) > 2 else None) for r in rows])


@pytest.fixture
def small_evidence():
    """Five claims: CHN-RUS mixed, IRN-RUS divided (2 against 2), one group claim; no PRK
    dyad; A3 bears on two dyads."""
    from axis_report.inputs.evidence import evidence_long_frame

    return evidence_long_frame([
        record("A1", ["CHN-RUS"], "cooperation", 3),
        record("A2", ["CHN-RUS"], "limitation", 1, domain="economic"),
        record("A3", ["CHN-RUS", "IRN-RUS"], "cooperation", 2, domain="economic"),
        record("A4", ["IRN-RUS"], "limitation", 2, domain="economic", attribution="named",
               analyst="Ann Analyst", affiliation="Think Tank"),
        record("A5", [], "limitation", 1, domain="diplomatic"),
    ])


def copy_project(src: Path, dest: Path, *, notebooks: bool = False) -> Path:
    """Copy a project's settings and seeds (and the repository's notebooks) to `dest`."""
    dest.mkdir(parents=True, exist_ok=True)
    shutil.copy2(src / "axis-project.yaml", dest / "axis-project.yaml")
    shutil.copytree(src / "seeds", dest / "seeds")
    if notebooks:
        (dest / "notebooks").mkdir()
        for nb in (REPO / "notebooks").glob("*.py"):
            shutil.copy2(nb, dest / "notebooks" / nb.name)
    return dest


def edit_record(evidence_file: Path, rid: str, old: str, new: str) -> None:
    """Replace `old` by `new` inside one record of an evidence file."""
    text = evidence_file.read_text(encoding="utf-8")
    start = text.index(f"- id: {rid}\n")
    end = text.find("\n- id: ", start + 1)
    end = len(text) if end < 0 else end
    block = text[start:end]
    assert old in block, (rid, old)
    evidence_file.write_text(text[:start] + block.replace(old, new, 1) + text[end:],
                             encoding="utf-8")


@pytest.fixture
def tiny_copy(tmp_path):
    """A writable copy of the tiny project (no notebooks)."""
    return copy_project(TINY, tmp_path / "tiny")


@pytest.fixture
def tiny_with_notebooks(tmp_path):
    """A writable copy of the tiny project with the repository's notebooks."""
    return copy_project(TINY, tmp_path / "tiny", notebooks=True)


@pytest.fixture(scope="session")
def tiny_paths():
    from axis_report.config import ProjectPaths

    return ProjectPaths(TINY)


@pytest.fixture(scope="session")
def tiny_inputs(tiny_paths):
    """The tiny project's inputs, loaded once (read them, do not change them)."""
    from axis_report.inputs import load_inputs

    return load_inputs(tiny_paths)


@pytest.fixture(scope="session")
def tiny_alignment(tiny_paths):
    """UN alignment for the tiny project, computed without the on-disk cache."""
    from axis_report import vocab
    from axis_report.analysis.alignment import focus_alignment
    from axis_report.inputs.reference import load_unga

    votes, roll_calls = load_unga(tiny_paths.votes_file, tiny_paths.roll_calls_file)
    codes = {vocab.ISO3_TO_ISO2[c]: c for c in (*GROUP, "USA")}
    return focus_alignment(votes, roll_calls, codes=codes)


@pytest.fixture(autouse=True)
def _notebook_tier_guard(request, monkeypatch):
    """Keep the tiers honest: a test without the `notebook` marker may not execute one."""
    if request.node.get_closest_marker("notebook") is not None:
        return
    import papermill

    def refuse(*args, **kwargs):
        raise AssertionError("this test executes a notebook: mark it @pytest.mark.notebook")

    monkeypatch.setattr(papermill, "execute_notebook", refuse)


# --- small file systems, and what a test run may leave in the repository -------------------

@pytest.fixture
def tmpfs(tmp_path):
    """mount(name, size="64k", readonly=False) -> a folder on its own tmpfs (a full disk
    or a read-only folder that binds even for root). Skips unless running as root with
    mount(8) allowed; every mount is undone at teardown."""
    import os
    import subprocess

    mounted = []

    def mount(name="fs", size="64k", readonly=False):
        if os.geteuid() != 0:
            pytest.skip("needs root to mount a tmpfs")
        folder = tmp_path / name
        folder.mkdir()
        opts = f"size={size}" + (",ro" if readonly else "")
        done = subprocess.run(["mount", "-t", "tmpfs", "-o", opts, "tmpfs", str(folder)],
                              capture_output=True, text=True)
        if done.returncode != 0:
            pytest.skip(f"cannot mount a tmpfs here: {done.stderr.strip()}")
        mounted.append(folder)
        return folder

    yield mount
    for folder in reversed(mounted):
        subprocess.run(["umount", "-l", str(folder)], capture_output=True)


def _leftovers():
    found = {str(p) for p in (REPO / "build").glob("*.failed.ipynb")}
    found |= {str(p) for p in (REPO / "build" / "work").glob("*")}
    found |= {str(p) for p in (TINY / "build").glob("**/*")}
    return found


@pytest.fixture(scope="session", autouse=True)
def _no_leftovers_in_the_repository():
    """Tests render in temporary projects: a run of the suite leaves no failed notebook or
    working folder in the repository's build/, and nothing in the tiny fixture."""
    before = _leftovers()
    yield
    new = sorted(_leftovers() - before)
    assert not new, f"the test run left files in the repository: {new}"


def pytest_collection_modifyitems(config, items):
    """Leave the whole fuzz corpus (marker `fuzz`) out of any `-m` selection that does not
    name it, such as `make test-fast`'s "not notebook": plain `pytest` (`make test`) runs
    it, and `pytest -m fuzz` runs it alone."""
    expression = config.getoption("markexpr") or ""
    if not expression or "fuzz" in expression:
        return
    fuzz = [item for item in items if item.get_closest_marker("fuzz") is not None]
    if fuzz:
        config.hook.pytest_deselected(items=fuzz)
        items[:] = [item for item in items if item.get_closest_marker("fuzz") is None]
