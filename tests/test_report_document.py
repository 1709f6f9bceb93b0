"""The published report as a document (issue 12): its title and PDF metadata, the contents
list and bookmarks, and id links that land on the evidence annex; a brief's metadata goes
through the same path. Each test renders a notebook (the `notebook` tier)."""

import re

import pytest
from conftest import TINY, copy_project
from pypdf import PdfReader

from axis_report.render.job import RenderJob, render

pytestmark = pytest.mark.notebook

TITLE = "Tiny axis: a test report"


def _render(project, notebook, name, **params):
    out = project / "out"
    job = RenderJob(notebook=project / "notebooks" / notebook,
                    parameters={"project": str(project), **params}, name=name,
                    outputs={"html": out / f"{name}.html", "pdf": out / f"{name}.pdf"},
                    failed_notebook=out / "failed.ipynb", work_root=out / "work")
    return render(job)


@pytest.fixture(scope="module")
def published(tmp_path_factory):
    project = copy_project(TINY, tmp_path_factory.mktemp("doc") / "tiny", notebooks=True)
    return _render(project, "report.py", "axis-report", title=TITLE, issued="2026-01-05")


def test_pdf_metadata_is_the_report_s(published):
    info = PdfReader(str(published["pdf"])).metadata
    assert info.title == TITLE
    assert info.author == "Test Author, Tiny Test Unit"  # the project's settings
    assert info.subject.startswith("An assessment of how far")
    assert info["/CreationDate"].startswith("D:20260105")


def test_bookmarks_follow_the_sections(published):
    outline = PdfReader(str(published["pdf"])).outline
    [top, children] = outline[:2]
    assert top.title == TITLE
    heads = [o.title for o in children if not isinstance(o, list)]
    assert heads[0] == "Key judgments" and heads[-1] == "Evidence annex"
    assert "Contents" not in heads


def test_html_title_contents_and_id_links_resolve(published):
    page = published["html"].read_text(encoding="utf-8")
    assert f"<title>{TITLE}</title>" in page
    ids = set(re.findall(r'id="([^"]+)"', page))
    nav = page[page.index("<nav "):page.index("</nav>")]
    contents = re.findall(r'href="#([^"]+)"', nav)
    assert len(contents) >= 10 and set(contents) <= ids
    # every id link (claims, sources, agreements, the treaties table) lands on its entry
    links = set(re.findall(r'href="#((?:ev|src|tr)-[^"]+|treaties)"', page))
    assert links and links <= ids, sorted(links - ids)[:5]
    assert any(x.startswith("src-") for x in links) and "treaties" in links
    assert "Treaties-and-agreements" in contents
    # the title block: date of issue, handling line, and the evidence is old by then
    assert "2026-01-05" in page and "Unclassified. Prepared from open sources." in page
    assert "Dated evidence." in page


def test_a_brief_carries_its_own_title(tmp_path):
    project = copy_project(TINY, tmp_path / "tiny", notebooks=True)
    files = _render(project, "brief.py", "PRK-RUS", focus="PRK-RUS")
    assert PdfReader(str(files["pdf"])).metadata.title.endswith(": brief")
