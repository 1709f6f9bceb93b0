"""Shared fixtures: hand-built evidence frames, and the tiny fixture project.

The tiny project (tests/fixtures/tiny) holds two invented sources, nine records and a few
rows of every reference file; it has no notebooks/ of its own. Tests that read it use it
in place; tests that write (caches, renders, edits) use a copy (`tiny_copy`), and those
that need notebooks get the repository's copied in (`tiny_with_notebooks`).
"""

import shutil
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
FIXTURES = Path(__file__).resolve().parent / "fixtures"
TINY = FIXTURES / "tiny"
GROUP = ("CHN", "RUS", "IRN", "PRK")
ALL_DYADS = ["CHN-IRN", "CHN-PRK", "CHN-RUS", "IRN-PRK", "IRN-RUS", "PRK-RUS"]


def record(rid, dyads, stance, weight, *, domain="military", countries=None,
           attribution="article", analyst=None, affiliation=None, source="S1", credibility=2,
           event_date=None, asserts=None, ach=None):
    """A normalized evidence record as `inputs.evidence.validate_records` returns it."""
    if countries is None:
        countries = sorted({c for d in dyads for c in d.split("-")}) or list(GROUP)
    return dict(record_id=rid, source_id=source, quote=f"quote {rid}", quote_start=0,
                quote_end=7, countries=" ".join(countries), dyads=list(dyads), domain=domain,
                stance=stance, weight=weight, credibility=credibility, attribution=attribution,
                analyst=analyst, affiliation=affiliation, event_date=event_date, note=None,
                asserts=asserts, ach=ach, line=1)


@pytest.fixture
def small_evidence():
    """Five records: CHN-RUS mixed, IRN-RUS balanced, one group claim; no PRK dyad."""
    from axis_report.inputs.evidence import evidence_long_frame

    return evidence_long_frame([
        record("A1", ["CHN-RUS"], "cooperation", 3),
        record("A2", ["CHN-RUS"], "limitation", 1, domain="economic"),
        record("A3", ["CHN-RUS", "IRN-RUS"], "cooperation", 2, domain="economic"),
        record("A4", ["IRN-RUS"], "limitation", 2, domain="economic", attribution="named",
               analyst="Ann Analyst", affiliation="Think Tank"),
        record("A5", [], "limitation", 1, domain="diplomatic", countries=list(GROUP)),
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
