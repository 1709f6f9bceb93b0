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
