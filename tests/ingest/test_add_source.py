"""`axis-report add-source`: a document stored under its content hash, its sources.yaml
entry appended (the old bytes a prefix of the new), its candidates written; every kind of
bad document refused with the file named and nothing changed."""

import hashlib
import re

import pytest
import yaml
from conftest import REPO, TINY, copy_project

from axis_report import cli
from axis_report.config import ProjectPaths
from axis_report.errors import InputError
from axis_report.ingest import candidates as cand
from axis_report.ingest.add_source import (
    MAX_BYTES,
    AlreadyIngested,
    add_source,
    html_to_text,
    read_document,
)

META = {"title": "An invented report", "outlet": "The Test Desk (fictional)",
        "date": "2025-02-03", "kind": "think-tank report", "reliability": "C"}
TEXT = ("INVENTED TEST TEXT. Russia and North Korea held joint drills in the invented year.\n"
        "China kept its distance from the drills.\n")


def stub(text):
    """A stand-in for the claim extractor: one candidate per line that names a country."""
    out = []
    at = 0
    for line in text.split("\n"):
        if any(name in line for name in ("Russia", "China", "Iran", "North Korea")):
            quote = line.strip().rstrip(".")
            start = text.index(quote, at)
            out.append(dict(quote=quote, start=start, end=start + len(quote),
                            countries=("PRK", "RUS"), scope="dyads", dyads=["PRK-RUS"],
                            hub=None, domain="military", stance="cooperation",
                            confidence=0.66666, cues=["joint drills"], attribution="article",
                            analyst=None))
        at += len(line) + 1
    return out


def snapshot(root):
    """{relative path: sha256} of every file of a project, to show nothing changed."""
    return {str(p.relative_to(root)): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(root.rglob("*")) if p.is_file() and "build" not in p.parts}


@pytest.fixture
def tiny(tmp_path):
    return ProjectPaths(copy_project(TINY, tmp_path / "tiny"))


def write(tmp_path, name, data):
    path = tmp_path / name
    path.write_bytes(data if isinstance(data, bytes) else data.encode("utf-8"))
    return path


def test_a_text_is_stored_unchanged_and_entered_after_the_old_bytes(tiny, tmp_path):
    doc = write(tmp_path, "report.txt", TEXT)
    old_sources = tiny.sources_file.read_bytes()
    added = add_source(tiny, doc, META, extractor=stub)
    digest = hashlib.sha256(TEXT.encode()).hexdigest()
    assert added.source_id == "TS4"  # continues the project's own ids
    assert added.text_file.name == f"000_{digest[:16]}.txt"
    assert added.text_file.read_bytes() == TEXT.encode()
    new_sources = tiny.sources_file.read_bytes()
    assert new_sources.startswith(old_sources)
    [entry] = yaml.safe_load(new_sources[len(old_sources):])
    assert entry == {"id": "TS4", "file": added.text_file.name, "title": META["title"],
                     "outlet": META["outlet"], "kind": "think-tank report",
                     "date": __import__("datetime").date(2025, 2, 3), "reliability": "C"}
    doc_ = yaml.safe_load(added.candidates_file.read_text(encoding="utf-8"))
    assert doc_["source"] == "TS4" and doc_["file"] == added.text_file.name
    ids = [c["id"] for c in doc_["candidates"]]
    assert ids == ["TS4-C01", "TS4-C02"] and added.n_candidates == 2
    first = doc_["candidates"][0]
    assert list(first)[:4] == ["id", "status", "quote", "start"]
    assert first["status"] == "pending" and first["confidence"] == 0.667
    assert first["countries"] == ["PRK", "RUS"]  # a tuple became a list


def test_the_real_project_numbers_the_next_source_S012(tmp_path):
    paths = ProjectPaths(copy_project(REPO, tmp_path / "proj"))
    doc = write(tmp_path, "new.txt", TEXT)
    added = add_source(paths, doc, META, extractor=stub)
    assert added.source_id == "S012"
    assert re.fullmatch(r"012_[0-9a-f]{16}\.txt", added.text_file.name)
    assert added.candidates_file == paths.seeds / "candidates" / "S012.yaml"
    from axis_report.inputs import load_inputs

    inputs = load_inputs(paths)  # the project is still valid, and candidates are not evidence
    assert "S012" in set(inputs.sources["source_id"])
    assert "S012" not in set(inputs.quotes["source_id"])
    assert not any("candidates" in f for f in inputs.files["file"])


# --- bad documents: refused, the file named, nothing changed ---------------------------------

BAD = [
    ("latin1.txt", "caf\xe9 au lait, Russia and China".encode("latin-1"), "is not UTF-8"),
    ("binary.txt", b"Russia\x00\x01\x02China", "is a binary file, not a text: a NUL byte"),
    ("control.txt", b"Russia \x1b[31m red", "is a binary file, not a text: control byte 0x1b"),
    ("empty.txt", b"", "is empty (0 bytes)"),
    ("blank.txt", b" \n\t\r\n", "is empty (it holds only white space)"),
    ("utf16.txt", "Russia and China".encode("utf-16"), "UTF-16 byte-order mark"),
    ("empty.html", b"<html><body><script>x()</script><nav>Menu</nav></body></html>",
     "the HTML page holds no article text"),
]


@pytest.mark.parametrize("name, data, words", BAD, ids=[b[0] for b in BAD])
def test_a_bad_document_is_refused_naming_it(tiny, tmp_path, name, data, words):
    doc = write(tmp_path, name, data)
    before = snapshot(tiny.root)
    with pytest.raises(InputError) as err:
        add_source(tiny, doc, META, extractor=stub)
    assert words in str(err.value) and str(doc) in str(err.value)
    assert snapshot(tiny.root) == before


def test_a_document_over_5_mb_is_refused(tiny, tmp_path):
    doc = write(tmp_path, "huge.txt", b"Russia and China. " * (MAX_BYTES // 18 + 1))
    before = snapshot(tiny.root)
    with pytest.raises(InputError, match=r"huge.txt: is 5.0 MB, over the 5.0 MB limit"):
        add_source(tiny, doc, META, extractor=stub)
    assert snapshot(tiny.root) == before


def test_a_missing_file_or_a_folder_is_refused(tiny, tmp_path):
    with pytest.raises(InputError, match="file not found"):
        read_document(tmp_path / "nope.txt")
    with pytest.raises(InputError, match="is a folder"):
        read_document(tmp_path)


def test_a_document_already_ingested_is_refused(tiny, tmp_path):
    before = snapshot(tiny.root)
    same = write(tmp_path, "copy.txt", (TINY / "seeds" / "ts1.txt").read_bytes())
    with pytest.raises(AlreadyIngested, match=r"already ingested as source TS1 \(same content "
                                              r"hash\): nothing added") as err:
        add_source(tiny, same, META, extractor=stub)
    assert err.value.source_id == "TS1"
    # the same text with a byte-order mark and CRLF line endings is the same document
    crlf = (TINY / "seeds" / "ts2.txt").read_bytes().replace(b"\n", b"\r\n")
    variant = write(tmp_path, "variant.txt", b"\xef\xbb\xbf" + crlf)
    with pytest.raises(AlreadyIngested, match="TS2 .same text once byte-order mark and line "
                                              "endings are set aside"):
        add_source(tiny, variant, META, extractor=stub)
    assert snapshot(tiny.root) == before


def test_adding_the_same_document_twice_adds_it_once(tiny, tmp_path):
    doc = write(tmp_path, "report.txt", TEXT)
    add_source(tiny, doc, META, extractor=stub)
    after_first = snapshot(tiny.root)
    code = cli.main(["add-source", str(doc), "--project", str(tiny.root), "--title", "t",
                     "--outlet", "o", "--date", "2025-01-01"])
    assert code == 2
    assert snapshot(tiny.root) == after_first


# --- accepted variants: BOM, CRLF, curly quotes, HTML ---------------------------------------

def test_a_bom_is_stripped_and_said(tiny, tmp_path):
    doc = write(tmp_path, "bom.txt", b"\xef\xbb\xbf" + TEXT.encode())
    added = add_source(tiny, doc, META, extractor=stub)
    assert added.text_file.read_bytes() == TEXT.encode()
    assert "byte-order mark was removed" in tiny.sources_file.read_text(encoding="utf-8")


def test_crlf_and_curly_quotes_are_stored_as_given_and_quotes_stay_verbatim(tiny, tmp_path):
    text = TEXT.replace("kept its distance", "kept its \u201cdistance\u201d").replace("\n", "\r\n")
    doc = write(tmp_path, "crlf.txt", text)
    added = add_source(tiny, doc, META, extractor=stub)
    assert added.text_file.read_bytes() == text.encode()  # unchanged, CRLF and all
    from axis_report.inputs.files import read_text

    seen = read_text(added.text_file)  # the text as the validator reads it
    entries = cand.read_candidates(tiny, added.source_id).entries
    assert any("\u201cdistance\u201d" in c["quote"] for c in entries)
    for c in entries:
        assert seen[c["start"]:c["end"]] == c["quote"]


HTML = """<!DOCTYPE html><html><head><title>Page</title><style>p {color: red}</style>
<script>var tracker = "Russia and China";</script></head>
<body><header><nav><a href="/">Home</a> | <a href="/world">World</a></nav>
<h1>Russia &amp; North Korea drill</h1></header>
<article><p>Russia and North Korea held <b>joint</b> drills.<br>A second line.</p>
<p>China kept its distance from the drills &mdash; officials said.</p>
<ul><li>Iran watched.</li></ul></article>
<footer>Copyright Example Media. Subscribe now.</footer></body></html>
"""


def test_html_is_reduced_to_its_article_text():
    assert html_to_text(HTML) == (
        "Russia & North Korea drill\n\n"
        "Russia and North Korea held joint drills. A second line.\n\n"
        "China kept its distance from the drills \u2014 officials said.\n\n"
        "Iran watched.\n")


def test_an_html_page_is_stored_as_text_and_kept_as_received(tiny, tmp_path):
    doc = write(tmp_path, "page.html", HTML)
    added = add_source(tiny, doc, META, extractor=stub)
    text = added.text_file.read_text(encoding="utf-8")
    assert text == html_to_text(HTML) and "tracker" not in text and "Subscribe" not in text
    digest = hashlib.sha256(text.encode()).hexdigest()
    assert added.text_file.name == f"000_{digest[:16]}.txt"
    assert added.html_file.name == f"000_{digest[:16]}.html"
    assert added.html_file.read_bytes() == HTML.encode()
    assert "reduced from an HTML page" in tiny.sources_file.read_text(encoding="utf-8")
    assert added.n_candidates == 4
    # the same page again is the same document
    with pytest.raises(AlreadyIngested):
        add_source(tiny, write(tmp_path, "again.htm", HTML), META, extractor=stub)


# --- metadata and the extractor ----------------------------------------------------------

def test_bad_metadata_is_refused_naming_each_field(tiny, tmp_path):
    doc = write(tmp_path, "report.txt", TEXT)
    before = snapshot(tiny.root)
    meta = {"outlet": "o", "date": "2024-05", "kind": "opinion", "reliability": "Z",
            "date_estimated": True, "derived_from": "S999"}
    with pytest.raises(InputError) as err:
        add_source(tiny, doc, meta, extractor=stub)
    text = str(err.value)
    for words in ("field 'title (--title)': missing", "field 'date (--date)': '2024-05' is not "
                  "a date", "field 'kind (--kind)': 'opinion' is not one of",
                  "field 'reliability (--reliability)': 'Z'",
                  "field 'date_basis (--date-basis)': missing",
                  "field 'derived_from (--derived-from)': 'S999' is not a source id"):
        assert words in text, text
    assert snapshot(tiny.root) == before


def test_a_failing_extractor_changes_nothing(tiny, tmp_path):
    doc = write(tmp_path, "report.txt", TEXT)
    before = snapshot(tiny.root)

    def broken(text):
        raise RuntimeError("model not loaded")

    with pytest.raises(cand.ExtractorError, match="model not loaded"):
        add_source(tiny, doc, META, extractor=broken)
    with pytest.raises(cand.ExtractorError, match="did not return a list"):
        add_source(tiny, doc, META, extractor=lambda text: "nope")
    assert snapshot(tiny.root) == before


def test_the_command_reads_a_sidecar_beside_the_file_and_flags_win(tiny, tmp_path, capsys,
                                                                   monkeypatch):
    monkeypatch.setattr(cand, "default_extractor", lambda: stub)
    doc = write(tmp_path, "slug.txt", TEXT)
    write(tmp_path, "slug.yaml", "title: From the sidecar\npublisher: Sidecar Press\n"
                                 "date: 2024-05\nkind: opinion commentary\nchars: 120\n"
                                 "url: https://example.org/x\n")
    code = cli.main(["add-source", str(doc), "--project", str(tiny.root)])
    err = capsys.readouterr().err
    assert code == 2 and "slug.yaml: field 'kind': 'opinion commentary'" in err
    assert "slug.yaml: field 'date'" in err
    code = cli.main(["add-source", str(doc), "--project", str(tiny.root), "--kind",
                     "news article", "--date", "2024-05-15", "--date-estimated",
                     "--date-basis", "Estimated from the events it calls recent."])
    out = capsys.readouterr().out
    assert code == 0, out
    assert "added TS4" in out and "metadata from" in out and "chars" in out
    assert "2 candidate claims: seeds/candidates/TS4.yaml" in out
    [entry] = [e for e in yaml.safe_load(tiny.sources_file.read_text()) if e["id"] == "TS4"]
    assert entry["title"] == "From the sidecar" and entry["outlet"] == "Sidecar Press"
    assert entry["kind"] == "news article" and entry["date_estimated"] is True
    assert entry["url"] == "https://example.org/x"


def test_make_has_an_add_source_target():
    text = (REPO / "Makefile").read_text(encoding="utf-8")
    assert re.search(r"^add-source: .*## ", text, re.M)
    assert 'axis-report add-source "$(FILE)"' in text


def test_the_package_extractor_proposes_verbatim_candidates_that_review_accepts(tmp_path):
    pytest.importorskip("axis_report.ingest.extract")
    from axis_report.ingest.review import review_source  # checks the whole evidence file
    from axis_report.inputs.files import read_text

    paths = ProjectPaths(copy_project(REPO, tmp_path / "proj"))
    article = REPO / "eval" / "articles" / "newsweek-2024-danger-of-lumping.txt"
    added = add_source(paths, article, {**META, "date": "2024-05-15"})  # the real extractor
    assert added.n_candidates > 0
    text = read_text(added.text_file)
    entries = cand.read_candidates(paths, "S012").entries
    assert all(text[c["start"]:c["end"]] == c["quote"] for c in entries)
    outcome = review_source(paths, "S012", accept=[entries[0]["id"], entries[1]["id"]])
    last = max(int(r["id"][1:]) for r in yaml.safe_load(paths.evidence_file.read_text())
               if r["id"] not in dict(outcome.accepted).values())
    assert [e for _, e in outcome.accepted] == [f"E{last + 1:03d}", f"E{last + 2:03d}"]
