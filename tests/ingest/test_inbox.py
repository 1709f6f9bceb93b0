"""The inbox: documents with sidecars added as sources, each once; those already coded
skipped by their content hash; and the scheduled brief run ingests first.

Always on copies of the project: the repository's own inbox/ and seeds/ are only read."""

import shutil

import pytest
import yaml
from conftest import REPO, TINY, copy_project

from axis_report import cli
from axis_report.config import ProjectPaths
from axis_report.ingest import candidates as cand
from axis_report.ingest.inbox import ingest_inbox


def stub(text):
    """One candidate per document: its first line."""
    quote = text.strip().split("\n")[0][:60].strip()
    start = text.find(quote)
    return [{"quote": quote, "start": start, "end": start + len(quote), "countries": [],
             "scope": "group", "dyads": [], "hub": None, "domain": "diplomatic",
             "stance": "cooperation", "confidence": 0.5, "cues": [], "attribution": "article",
             "analyst": None}]


@pytest.fixture
def real(tmp_path):
    """A copy of this project with a copy of its inbox (the eleven documents coded as
    S001-S011 in inbox/done/), and the example document of docs/examples/inbox/ dropped in,
    waiting."""
    root = copy_project(REPO, tmp_path / "proj")
    shutil.copytree(REPO / "inbox", root / "inbox")
    for f in (REPO / "docs" / "examples" / "inbox").iterdir():
        shutil.copy(f, root / "inbox" / f.name)
    return ProjectPaths(root)


def test_the_real_inbox_adds_the_waiting_document_and_skips_coded_ones(real):
    # inbox/done/ holds the eleven documents already coded as S001-S011; drop them back in,
    # as an analyst might, beside the one document still waiting (NDU)
    done = real.root / "inbox" / "done"
    for f in sorted(done.iterdir()):
        shutil.move(str(f), real.root / "inbox" / f.name)
    old_sources = real.sources_file.read_bytes()
    result = ingest_inbox(real, extractor=stub)
    assert [slug for slug, _ in result.added] == ["ndu-2020-rogues-disrupters-spoilers"]
    assert [a.source_id for _, a in result.added] == ["S012"]
    assert len(result.skipped) == 11 and result.failed == []
    assert sorted(sid for _, sid in result.skipped) == [f"S{n:03d}" for n in range(1, 12)]
    new_sources = real.sources_file.read_bytes()
    assert new_sources.startswith(old_sources)
    [added] = yaml.safe_load(new_sources[len(old_sources):])
    assert added["inbox"] == "ndu-2020-rogues-disrupters-spoilers"
    assert sorted(p.name for p in done.iterdir()) == [
        "ndu-2020-rogues-disrupters-spoilers.txt", "ndu-2020-rogues-disrupters-spoilers.yaml"]
    assert (real.root / "inbox" / "cnas-2025-axis-of-upheaval-military-cooperation.txt"
            ).exists()  # the originals of coded sources stay where they are
    lines = result.lines()
    assert lines[0].startswith("added ndu-2020-rogues-disrupters-spoilers as S012")
    assert any("11 documents already sources (same content hash), skipped" in ln for ln in lines)
    assert cand.pending_counts(real) == {"S012": 1}
    from axis_report.inputs import load_inputs

    load_inputs(real)
    # a second run adds nothing
    again = ingest_inbox(real, extractor=stub)
    assert again.added == [] and len(again.skipped) == 11
    assert real.sources_file.read_bytes() == new_sources


def test_a_document_without_a_sidecar_or_with_bad_metadata_stays_in_the_inbox(tmp_path):
    paths = ProjectPaths(copy_project(TINY, tmp_path / "tiny"))
    inbox = paths.root / "inbox"
    inbox.mkdir()
    (inbox / "a-bare.txt").write_text("Russia and China met.\n", encoding="utf-8")
    (inbox / "b-bad.txt").write_text("Iran and Russia met.\n", encoding="utf-8")
    (inbox / "b-bad.yaml").write_text("title: T\npublisher: P\ndate: 2024-13-01\n",
                                      encoding="utf-8")
    (inbox / "c-good.html").write_text("<html><body><p>North Korea and Russia met.</p>"
                                       "</body></html>", encoding="utf-8")
    (inbox / "c-good.yaml").write_text("title: T\npublisher: P\ndate: 2024-02-01\n"
                                       "reliability: C\n", encoding="utf-8")
    (inbox / "README.md").write_text("not a document\n", encoding="utf-8")
    result = ingest_inbox(paths, extractor=stub)
    assert [s for s, _ in result.added] == ["c-good"]
    failed = dict(result.failed)
    assert "no metadata sidecar a-bare.yaml" in failed["a-bare"]
    assert "b-bad.yaml: field 'date'" in failed["b-bad"]
    assert sorted(p.name for p in inbox.iterdir()) == ["README.md", "a-bare.txt", "b-bad.txt",
                                                       "b-bad.yaml", "done"]
    assert (paths.seeds / result.added[0][1].html_file.name).exists()


def test_the_ingest_command_exits_2_when_a_document_was_not_added(tmp_path, capsys,
                                                                  monkeypatch):
    monkeypatch.setattr(cand, "default_extractor", lambda: stub)
    paths = ProjectPaths(copy_project(TINY, tmp_path / "tiny"))
    assert cli.main(["ingest", "--project", str(paths.root)]) == 0
    assert "nothing to ingest" in capsys.readouterr().out
    (paths.root / "inbox").mkdir()
    (paths.root / "inbox" / "x.txt").write_text("Russia.\n", encoding="utf-8")
    assert cli.main(["ingest", "--project", str(paths.root)]) == 2
    assert "not added x: no metadata sidecar" in capsys.readouterr().out


def test_the_brief_run_ingests_the_inbox_first(real, capsys, monkeypatch):
    """`axis-report briefs` (cli.cmd_briefs): the inbox step, run under the grid's lock
    before anything is planned, without rendering anything."""
    monkeypatch.setattr(cand, "default_extractor", lambda: stub)
    seen = {}

    def fake_run_grid(paths, *, before=None, **kwargs):
        if before is not None:
            before()
        seen["sources"] = [e["id"] for e in yaml.safe_load(paths.sources_file.read_text())]
        return 0

    import axis_report.grid.run

    monkeypatch.setattr(axis_report.grid.run, "run_grid", fake_run_grid)
    code = cli.main(["briefs", "--project", str(real.root)])
    out = capsys.readouterr().out
    assert code == 0
    assert seen["sources"][-1:] == ["S012"]  # ingested before the grid ran
    assert "inbox: added ndu-2020-rogues-disrupters-spoilers as S012" in out
    code = cli.main(["briefs", "--project", str(real.root)])
    out = capsys.readouterr().out
    assert "inbox: added" not in out
