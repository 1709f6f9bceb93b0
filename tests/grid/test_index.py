"""The briefs index: what each brief's latest edition is and where its earlier ones are."""

import re

from axis_report.grid.index import index_rows, write_index
from axis_report.grid.plan import Task

TASKS = [Task("axis-report", "report", None, {}, "k0"), Task("RUS", "brief", None, {}, "k1"),
         Task("IRN-RUS", "brief", None, {}, "k2"), Task("PRK", "brief", None, {}, "k3")]
MANIFEST = {"version": 1, "outputs": {
    "axis-report": {"key": "k0", "kind": "report", "edition": "2025-07-02T063000Z",
                    "edition_date": "2025-07-02"},
    "RUS": {"key": "k1", "kind": "brief", "edition": "2025-07-02T063000Z",
            "edition_date": "2025-07-02", "archive": "archive/RUS/2025-07-02T063000Z",
            "editions": ["2025-07-01T063000Z", "2025-07-02T063000Z"]},
    "IRN-RUS": {"key": "k2", "kind": "brief", "edition": "2025-07-01T063000Z",
                "edition_date": "2025-07-01", "archive": "archive/IRN-RUS/2025-07-01T063000Z",
                "editions": ["2025-07-01T063000Z"]},
}}


def test_index_rows():
    rows = index_rows(MANIFEST, TASKS, ("CHN", "RUS", "IRN", "PRK"))
    assert [r["name"] for r in rows] == ["RUS", "IRN-RUS", "PRK"]  # briefs, grid order
    rus, pair, prk = rows
    assert (rus["title"], rus["kind"], rus["built"]) == ("Russia", "country", True)
    assert rus["earlier"] == [{"label": "2025-07-01 06:30",
                               "href": "archive/RUS/2025-07-01T063000Z/RUS.pdf"}]
    assert (pair["title"], pair["earlier"]) == ("Iran and Russia", [])
    assert (prk["built"], prk["edition_date"]) == (False, "")


def test_write_index_links_every_brief_and_the_report(tmp_path):
    write_index(tmp_path, MANIFEST, TASKS, ("CHN", "RUS", "IRN", "PRK"))
    page = (tmp_path / "index.html").read_text(encoding="utf-8")
    assert page.lstrip().startswith("<!DOCTYPE html>")
    hrefs = set(re.findall(r"""href=["']([^"']+)["']""", page))
    assert {"RUS.pdf", "RUS.html", "IRN-RUS.pdf", "IRN-RUS.html",
            "archive/RUS/2025-07-01T063000Z/RUS.pdf", "../axis-report.pdf"} <= hrefs
    assert not any(h.startswith("PRK") for h in hrefs)  # not built yet: nothing to link to
    assert "2025-07-02" in page and "Iran and Russia" in page
    assert "<script" not in page


# --- each brief's status, from the archived record snapshots -------------------------------

def _edition(briefs_dir, name, edition, records):
    import json

    folder = briefs_dir / "archive" / name / edition
    folder.mkdir(parents=True)
    (folder / "records.json").write_text(json.dumps(records), encoding="utf-8")


def _record(rid, sources, weight=2):
    return {"record_id": rid, "sources": sources, "weight": weight, "quote": f"q {rid}"}


DATES = {"S1": "2024-01-10", "S2": "2025-03-01", "S3": "2025-06-20"}


def test_index_rows_status_from_the_archive(tmp_path):
    _edition(tmp_path, "RUS", "2025-07-01T063000Z", [_record("E1", "S1"), _record("E2", "S2")])
    _edition(tmp_path, "RUS", "2025-07-02T063000Z",
             [_record("E1", "S1", weight=3), _record("E3", "S2 S3")])
    _edition(tmp_path, "IRN-RUS", "2025-07-01T063000Z", [])
    rows = index_rows(MANIFEST, TASKS, ("CHN", "RUS", "IRN", "PRK"), briefs_dir=tmp_path,
                      dates=DATES, stale_after_days=90)
    rus, pair, prk = rows
    assert (rus["claims"], rus["sources"], rus["newest"]) == (2, 3, "2025-06-20")
    assert rus["changes"] == {"added": 1, "removed": 1, "changed": 1}
    assert not rus["first_edition"] and not rus["no_evidence"] and rus["stale"] is None
    assert (pair["claims"], pair["sources"], pair["newest"]) == (0, 0, "")
    assert pair["no_evidence"] and pair["first_edition"] and pair["changes"] is None
    assert prk["claims"] is None and not prk["no_evidence"]  # not built: nothing known


def test_index_marks_old_evidence_past_the_threshold_only(tmp_path):
    _edition(tmp_path, "IRN-RUS", "2025-07-01T063000Z", [_record("E1", "S2")])
    def pair(days):
        return index_rows(MANIFEST, TASKS, ("CHN", "RUS", "IRN", "PRK"), briefs_dir=tmp_path,
                          dates=DATES, stale_after_days=days)[1]
    # S2 is dated 2025-03-01, 122 days before the edition of 2025-07-01
    assert pair(90)["stale"] and "2025-03-01" in pair(90)["stale"]
    assert pair(122)["stale"] is None and pair(121)["stale"]
    assert pair(0)["stale"] is None


def test_write_index_reads_the_project_for_dates_and_threshold(tmp_path, tiny_copy):
    from pathlib import Path

    # a copy: reading the project computes (and caches) its UN alignment, for the fact check
    notebook = Path(__file__).resolve().parents[2] / "notebooks" / "brief.py"
    tasks = [Task(t.name, t.kind, notebook, {"project": str(tiny_copy)}, t.key)
             for t in TASKS]
    briefs = tmp_path / "briefs"
    _edition(briefs, "IRN-RUS", "2025-07-01T063000Z",
             [_record("E01", "TS1 TS2"), _record("E07", "TS2")])
    _edition(briefs, "RUS", "2025-07-02T063000Z", [])
    write_index(briefs, MANIFEST, tasks, ("CHN", "RUS", "IRN", "PRK"))
    page = (briefs / "index.html").read_text(encoding="utf-8")
    assert "2025-06-26" in page  # TS2's date, read from the project's sources
    assert "more than 90 days older" in page  # the brief notebook's default threshold
    assert "no coded evidence" in page  # RUS's latest edition holds no claim
    # E07, which the tiny project's reference data contradict, is not counted, and the
    # page says so
    row = re.search(r"<b>IRN-RUS</b>.*?</tr>", page, flags=re.S).group(0)
    assert re.findall(r"<td>(\d+)</td>", row)[:2] == ["1", "2"]  # one claim, two sources
    assert "leaving out E07, which the reference data contradict" in " ".join(page.split())


def test_index_counts_as_the_briefs_and_gives_the_age_of_old_evidence(tmp_path):
    from axis_report.analysis.focus import parse_focus
    from axis_report.grid.index import brief_status

    records = [{**_record("E1", "S1"), "countries": "IRN PRK"},
               {**_record("E2", "S3"), "countries": "CHN RUS IRN PRK"},  # a hub claim
               {**_record("E3", "S2"), "countries": "IRN PRK"}]
    status = brief_status(records, None, edition_date="2026-11-26", dates=DATES,
                          stale_after_days=90, set_aside={"E3"},
                          focus=parse_focus("IRN-PRK", ("CHN", "RUS", "IRN", "PRK")))
    assert (status["claims"], status["set_aside"], status["sources"]) == (2, 1, 3)
    # the newest evidence is the hub claim's; the newest on the pair alone is older
    assert (status["newest"], status["newest_alone"]) == ("2025-06-20", "2025-03-01")
    assert status["stale"] and status["age"] == "about 17 months"
    fresh = brief_status(records, None, edition_date="2025-07-01", dates=DATES,
                         stale_after_days=90)
    assert fresh["age"] == "" and fresh["claims"] == 3 and fresh["newest_alone"] is None
