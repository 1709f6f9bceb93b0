"""`axis-report add-source`: a new document in, as a source with candidate claims.

The document is checked, stored under seeds/ with a content-hash name
(`NNN_<first 16 hex of its sha256>.txt`), entered in seeds/sources.yaml (the next id),
and the claim extractor's proposals are written to seeds/candidates/<id>.yaml for review.
Nothing is evidence until reviewed (`review`).

What is stored. The text is kept as received, byte for byte, with one exception: a
leading UTF-8 byte-order mark is removed (it is an encoding marker, not text, and a quote
could not be typed to match it). CRLF line endings and curly quotation marks are kept:
quotes are checked against the text as the validator reads it (`inputs.files.read_text`,
which reads line endings as "\\n"), and the extractor is run on that same text, so the
candidates' quotes are verbatim in the stored file. An HTML page is reduced to its article
text (`html_to_text`) and that text is stored; the page as received is kept beside it
(`NNN_<hash of the text>.html`), so nothing received is lost.

Refused, with a message naming the file and nothing changed (exit status 2 on the command
line): a file that is not UTF-8, a binary file (a NUL or other control byte), an empty
one, one over 5 MB, and one already ingested (the same bytes as an existing source's text,
or the same text once a byte-order mark and line endings are set aside). Bad metadata (a
missing title, a date not YYYY-MM-DD, an unknown kind or grade) is refused the same way.
"""

import dataclasses
import datetime as dt
import fcntl
import hashlib
import os
import re
import time
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from ..config import ProjectPaths
from ..errors import InputError, Problem
from ..vocab import RELIABILITY_GRADES, SOURCE_KINDS
from . import candidates as cand
from . import yamlio

__all__ = ["MAX_BYTES", "DEFAULT_KIND", "DEFAULT_RELIABILITY", "SOURCE_META_FIELDS",
           "HTML_SUFFIXES", "Document", "Added", "AlreadyIngested", "read_document",
           "html_to_text", "sidecar_metadata", "content_hashes", "project_hashes",
           "find_duplicate", "add_source", "ingest_lock"]

MAX_BYTES = 5 * 2**20            # 5 MB, the limit for a source text
DEFAULT_KIND = "news article"
DEFAULT_RELIABILITY = "F"        # Admiralty: reliability cannot be judged
HTML_SUFFIXES = (".html", ".htm", ".xhtml")
SOURCE_META_FIELDS = ("title", "outlet", "authors", "kind", "date", "date_estimated",
                      "date_basis", "url", "obtained", "derived_from", "reliability",
                      "reliability_basis", "note")
# Sidecar keys read under another name (the inbox sidecars say "publisher").
SIDECAR_ALIASES = {"publisher": "outlet", "date_known": "date_basis", "excerpt_note": "note"}
# Written to sources.yaml in this order, as the shipped entries are.
_ENTRY_ORDER = ("id", "file", "inbox", "title", "outlet", "authors", "kind", "date",
                "date_estimated", "date_basis", "url", "obtained", "derived_from",
                "reliability", "reliability_basis", "note")
_BOM = b"\xef\xbb\xbf"
_CONTROL = re.compile(rb"[\x00-\x08\x0e-\x1f\x7f]")  # tab, line and page breaks, CR allowed
_HTML_SNIFF = re.compile(rb"^\s*(<!doctype\s+html|<html[\s>]|<head[\s>]|<body[\s>])", re.I)


@dataclass
class Document:
    """A checked document, ready to store."""

    path: Path
    stored: bytes                 # what goes under seeds/ (see the module's docstring)
    original_html: bytes | None   # the HTML page as received, kept beside the text
    had_bom: bool

    @property
    def sha256(self) -> str:
        return hashlib.sha256(self.stored).hexdigest()

    @property
    def is_html(self) -> bool:
        return self.original_html is not None


@dataclass
class Added:
    """What `add_source` did."""

    source_id: str
    text_file: Path
    html_file: Path | None
    candidates_file: Path
    n_candidates: int
    notes: list = field(default_factory=list)   # what the analyst should know


class AlreadyIngested(InputError):
    """The document is already a source (`source_id`)."""

    def __init__(self, path, source_id: str, how: str):
        self.source_id = source_id
        super().__init__([Problem(str(path), f"already ingested as source {source_id} "
                                             f"({how}): nothing added")])


def _refuse(path, message: str) -> InputError:
    return InputError([Problem(str(path), message)])


def _size(n: int) -> str:
    return f"{n / 2**20:.1f} MB" if n >= 2**20 else f"{n:,} bytes"


def _normalized(data: bytes) -> bytes:
    """The text with a byte-order mark and line endings set aside: two files equal here are
    the same document."""
    if data.startswith(_BOM):
        data = data[len(_BOM):]
    return data.replace(b"\r\n", b"\n").replace(b"\r", b"\n")


def _read_file(path: Path, *, limit: int, missing: str, too_big) -> bytes:
    """Return the bytes of a document or sidecar the analyst names (anywhere on disk), or
    raise InputError naming it: `missing` when it does not exist, `too_big(size)` when it
    is over `limit`, and a plain reason when it is a folder, not a regular file or
    unreadable."""
    try:
        info = path.stat()
    except FileNotFoundError:
        raise _refuse(path, missing) from None
    except OSError as exc:
        raise _refuse(path, f"cannot be read ({exc.strerror})") from None
    if path.is_dir():
        raise _refuse(path, "is a folder, not a document")
    if not path.is_file():
        raise _refuse(path, "is not a regular file")
    if info.st_size > limit:
        raise _refuse(path, too_big(info.st_size))
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise _refuse(path, f"cannot be read ({exc.strerror})") from None
    if len(data) > limit:  # grew since stat
        raise _refuse(path, too_big(len(data)))
    return data


# --- the document ------------------------------------------------------------------------

def read_document(path) -> Document:
    """Return the document at `path`, checked; raise InputError naming the file if it is
    missing, not a regular file, over 5 MB, empty, binary or not UTF-8."""
    path = Path(path)
    data = _read_file(path, limit=MAX_BYTES, missing="file not found",
                      too_big=lambda size: f"is {_size(size)}, over the {_size(MAX_BYTES)} "
                                           "limit for a source text: store an excerpt")
    if not data:
        raise _refuse(path, "is empty (0 bytes)")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise _refuse(path, "is not UTF-8: it starts with a UTF-16 byte-order mark; save it "
                            "as UTF-8")
    bad = _CONTROL.search(data)
    if bad:
        at = bad.start()
        what = "a NUL byte" if data[at] == 0 else f"control byte 0x{data[at]:02x}"
        line = data.count(b"\n", 0, at) + 1
        raise _refuse(path, f"is a binary file, not a text: {what} at byte {at:,} "
                            f"(line {line})")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = data.count(b"\n", 0, exc.start) + 1
        raise _refuse(path, f"is not UTF-8 ({exc.reason} at byte {exc.start:,}, line "
                            f"{line}); save it as UTF-8") from None
    had_bom = data.startswith(_BOM)
    if had_bom:
        data, text = data[len(_BOM):], text[1:]
    if not text.strip():
        raise _refuse(path, "is empty (it holds only white space)")
    if path.suffix.lower() in HTML_SUFFIXES or _HTML_SNIFF.match(data[:1024]):
        reduced = html_to_text(text)
        if not reduced.strip():
            raise _refuse(path, "is empty: the HTML page holds no article text (paragraphs "
                                "or headings outside scripts, navigation, header and footer)")
        return Document(path, reduced.encode("utf-8"), data, had_bom)
    return Document(path, data, None, had_bom)


_DROP = ("script", "style", "noscript", "template", "nav", "header", "footer", "aside",
         "form", "iframe", "svg")
_BLOCKS = ("h1", "h2", "h3", "h4", "h5", "h6", "p", "li", "blockquote", "pre", "figcaption",
           "dt", "dd")


def html_to_text(html: str) -> str:
    """Return an HTML page's article text: the `<article>` (else `<main>`, else `<body>`)
    without scripts, styles, navigation, headers, footers, asides and forms; one paragraph
    (or heading, list item, block quote) per line, separated by blank lines, white space
    inside each collapsed, entities decoded. The headline (the article's first `<h1>`, else
    the page's) opens the text even when it sits in a dropped `<header>`."""
    from bs4 import BeautifulSoup

    soup = BeautifulSoup(html, "html.parser")
    root = soup.find("article") or soup.find("main") or soup.body or soup
    headline = root.find("h1") or soup.find("h1")  # often in the page's <header>
    headline_text = " ".join(headline.get_text().split()) if headline is not None else ""
    for br in root.find_all("br"):
        br.replace_with("\n")
    for tag in root.find_all(_DROP):
        if not tag.decomposed:
            tag.decompose()
    blocks = [el for el in root.find_all(_BLOCKS)
              if not any(p.name in _BLOCKS for p in el.parents)]
    paragraphs = [" ".join(el.get_text().split()) for el in blocks]
    if not blocks:
        paragraphs = [" ".join(line.split()) for line in root.get_text("\n").split("\n")]
    paragraphs = [p for p in paragraphs if p]
    if headline_text and headline_text not in paragraphs[:1]:
        paragraphs.insert(0, headline_text)
    return "\n\n".join(paragraphs) + "\n" if paragraphs else ""


# --- metadata ----------------------------------------------------------------------------

class _SidecarLoader(yaml.SafeLoader):
    """Safe YAML keeping dates as written: the metadata check parses them, so an
    impossible date (2024-13-01) is a message naming the field."""


_SidecarLoader.add_constructor("tag:yaml.org,2002:timestamp",
                               lambda loader, node: loader.construct_scalar(node))


def sidecar_metadata(path) -> tuple[dict, list]:
    """Return (metadata, ignored keys) from an inbox sidecar (`<slug>.yaml`): the source
    fields it gives, under their sources.yaml names (publisher -> outlet, date_known ->
    date_basis, excerpt_note -> note), and the keys not carried over."""
    path = Path(path)
    data = _read_file(path, limit=1 << 20, missing="metadata sidecar not found",
                      too_big=lambda size: "is over 1 MB: not a metadata sidecar")
    try:
        values = yaml.load(data.decode("utf-8"), Loader=_SidecarLoader)
    except UnicodeDecodeError as exc:
        raise _refuse(path, f"is not UTF-8 ({exc.reason})") from None
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        raise InputError([Problem(str(path), f"not valid YAML: "
                                             f"{getattr(exc, 'problem', None) or exc}",
                                  line=mark.line + 1 if mark is not None else None)]
                         ) from None
    except (ValueError, TypeError, RecursionError) as exc:
        raise _refuse(path, f"not valid YAML: a value cannot be read ({exc})") from None
    if not isinstance(values, dict):
        raise _refuse(path, "must be a mapping of field: value (title, outlet, date, ...)")
    meta, ignored = {}, []
    for key, value in values.items():
        name = SIDECAR_ALIASES.get(str(key), str(key))
        if name in SOURCE_META_FIELDS and name not in meta:
            if value is not None and value != []:
                meta[name] = value
        else:
            ignored.append(str(key))
    return meta, ignored


def _check_metadata(meta: dict, origin: dict, known_ids, default_file: Path) -> tuple:
    """Return (entry fields, problems): `meta` checked, each problem naming the file the
    value came from (the sidecar, or the document for command-line values)."""
    problems, out = [], {}

    def problem(name, message):
        if name in origin:  # from a sidecar: name it
            problems.append(Problem(str(origin[name]), message, field=name))
        else:               # from the command line: name the document and the flag
            problems.append(Problem(str(default_file), message,
                                    field=f"{name} (--{name.replace('_', '-')})"))

    for name in ("title", "outlet"):
        value = meta.get(name)
        if not isinstance(value, str) or not value.strip():
            problem(name, "missing: this field is required" if value in (None, "")
                    else "must be text")
        else:
            out[name] = " ".join(value.split())
    authors = meta.get("authors")
    if authors is not None:
        if isinstance(authors, str):
            authors = [a.strip() for a in authors.split(";") if a.strip()]
        if not isinstance(authors, list) or not all(isinstance(a, str) for a in authors):
            problem("authors", "must be a list of names")
        elif authors:
            out["authors"] = authors
    kind = meta.get("kind", DEFAULT_KIND)
    if kind not in SOURCE_KINDS:
        problem("kind", f"{kind!r} is not one of: {', '.join(SOURCE_KINDS)}")
    else:
        out["kind"] = kind
    date = meta.get("date")
    if isinstance(date, dt.datetime):
        date = date.date()
    if isinstance(date, str) and re.match(r"^\d{4}-\d{2}-\d{2}$", date):
        try:
            date = dt.date.fromisoformat(date)
        except ValueError:
            pass
    if date is None:
        problem("date", "missing: give the publication date, YYYY-MM-DD")
    elif not isinstance(date, dt.date):
        partial = isinstance(date, str) and re.match(r"^\d{4}(-\d{2})?$", date)
        problem("date", f"{date!r} is not a date YYYY-MM-DD"
                + (" (for a date known only to the year or month, give a day with --date "
                   "and say how it was estimated with --date-estimated --date-basis)"
                   if partial else ""))
    else:
        out["date"] = date
    estimated = meta.get("date_estimated")
    if estimated is not None:
        if not isinstance(estimated, bool):
            problem("date_estimated", "must be true or false")
        elif estimated:
            out["date_estimated"] = True
    for name in ("date_basis", "url", "obtained", "reliability_basis", "note"):
        value = meta.get(name)
        if value is not None and not isinstance(value, str):
            value = str(value)
        if value and value.strip():
            out[name] = " ".join(value.split())
    if out.get("date_estimated") and not out.get("date_basis"):
        problem("date_basis", "missing: an estimated date needs the basis of the estimate")
    derived = meta.get("derived_from")
    if derived is not None:
        derived = str(derived)
        if derived in known_ids:
            out["derived_from"] = derived
        elif "://" in derived or derived.startswith("www."):
            out["note"] = ((out.get("note", "") + " ").lstrip()
                           + f"Derived from {derived} (not a source in this project, so "
                             "derived_from is not set).")
        else:
            problem("derived_from", f"{derived!r} is not a source id in sources.yaml")
    reliability = meta.get("reliability", DEFAULT_RELIABILITY)
    if reliability not in RELIABILITY_GRADES:
        problem("reliability", f"{reliability!r} is not one of: "
                               f"{', '.join(RELIABILITY_GRADES)}")
    else:
        out["reliability"] = reliability
    return out, problems


# --- the project's sources -----------------------------------------------------------------

def content_hashes(paths: ProjectPaths, sources) -> dict:
    """Return {hash: source id} over the stored texts of `sources` (the frame from
    `inputs.sources.load_sources`): each text's sha256, and the sha256 of its text with a
    byte-order mark and line endings set aside (prefixed 'n:')."""
    out = {}
    for sid, file in zip(sources["source_id"], sources["file"]):
        try:
            data = (paths.seeds / file).read_bytes()
        except OSError:
            continue
        out.setdefault(hashlib.sha256(data).hexdigest(), sid)
        out.setdefault("n:" + hashlib.sha256(_normalized(data)).hexdigest(), sid)
    return out


def find_duplicate(doc: Document, hashes: dict):
    """Return (source id, how) if `doc` is already a source, else None."""
    if doc.sha256 in hashes:
        return hashes[doc.sha256], "same content hash"
    norm = "n:" + hashlib.sha256(_normalized(doc.stored)).hexdigest()
    if norm in hashes:
        return hashes[norm], "same text once byte-order mark and line endings are set aside"
    return None


def project_hashes(paths: ProjectPaths) -> dict:
    """`content_hashes` of the project's sources, as sources.yaml lists them now."""
    return content_hashes(paths, _load_sources(paths)[0])


def _load_sources(paths: ProjectPaths):
    from ..inputs.sources import load_sources

    if not paths.sources_file.exists():
        import pandas as pd

        return pd.DataFrame(columns=["source_id", "file"]), {}
    return load_sources(paths.sources_file)


def _next_source_id(ids) -> str:
    numbered = [int(m.group(1)) for i in ids if (m := re.match(r"^S(\d+)$", i))]
    if numbered:
        return f"S{max(numbered) + 1:03d}"
    last = [m for i in ids if (m := re.match(r"^(.*?)(\d+)$", i))]
    if last:
        prefix, digits = last[-1].group(1), last[-1].group(2)
        return f"{prefix}{int(digits) + 1:0{len(digits)}d}"
    return "S001"


def _next_file_number(paths: ProjectPaths, files) -> int:
    names = [p.name for p in paths.seeds.iterdir()] if paths.seeds.is_dir() else []
    numbers = [int(m.group(1)) for n in (*names, *files) if (m := re.match(r"^(\d+)_", n))]
    return max(numbers, default=-1) + 1


class ingest_lock:  # noqa: N801 (a context manager, used like a function)
    """An exclusive lock on the project's seeds while a source is added (build/ingest.lock):
    two add-source runs at once cannot take the same number or ingest one document twice.
    Waits up to `timeout` seconds."""

    def __init__(self, paths: ProjectPaths, timeout: float = 120.0):
        self.path = paths.build / "ingest.lock"
        self.timeout = timeout
        self._fh = None

    def __enter__(self):
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self._fh = open(self.path, "a+")
        deadline = time.monotonic() + self.timeout
        while True:
            try:
                fcntl.flock(self._fh.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
                return self
            except BlockingIOError:
                if time.monotonic() > deadline:
                    self._fh.close()
                    raise InputError([Problem(str(self.path), "another add-source or ingest "
                                                              "has held the lock for "
                                                              f"{self.timeout:.0f} s")]
                                     ) from None
                time.sleep(0.1)

    def __exit__(self, *exc):
        fcntl.flock(self._fh.fileno(), fcntl.LOCK_UN)
        self._fh.close()


def _validate_sources_text(paths: ProjectPaths, text: str) -> None:
    """Check the whole new sources.yaml (as `inputs.sources.load_sources` would) before it
    is written; raise InputError naming sources.yaml."""
    from ..inputs.sources import load_sources

    tmp = paths.seeds / f".sources.yaml.{os.getpid()}.check"
    try:
        tmp.write_text(text, encoding="utf-8")
        try:
            load_sources(tmp)
        except InputError as err:
            raise InputError([dataclasses.replace(p, file=str(paths.sources_file))
                              if p.file == str(tmp) else p for p in err.problems]) from None
    finally:
        tmp.unlink(missing_ok=True)


def add_source(paths: ProjectPaths, file, meta: dict, *, origin: dict | None = None,
               inbox: str | None = None, extractor=None, today: dt.date | None = None
               ) -> Added:
    """Add the document `file` to the project as a new source with `meta` (title, outlet,
    date, kind, reliability, ...; see SOURCE_META_FIELDS) and write its candidate claims.

    `origin` maps a metadata field to the file it came from (a sidecar), for messages;
    `inbox` is the inbox slug it came from. Raise InputError (nothing changed) for a bad
    document, bad metadata or a document already ingested; raise
    `candidates.ExtractorError` (nothing changed) if the extractor fails.
    """
    doc = read_document(file)
    today = today or dt.date.today()
    with ingest_lock(paths):
        sources, _texts = _load_sources(paths)
        dup = find_duplicate(doc, content_hashes(paths, sources))
        if dup is not None:
            raise AlreadyIngested(doc.path, *dup)
        ids = list(sources["source_id"])
        fields, problems = _check_metadata(meta, origin or {}, set(ids), doc.path)
        if problems:
            raise InputError(problems)
        sid = _next_source_id(ids)
        number = _next_file_number(paths, list(sources["file"]))
        stem = f"{number:03d}_{doc.sha256[:16]}"
        text_file = paths.seeds / f"{stem}.txt"
        html_file = paths.seeds / f"{stem}.html" if doc.is_html else None
        notes = []
        extra = []
        if doc.had_bom:
            extra.append("A UTF-8 byte-order mark was removed; the text is otherwise stored "
                         "as received.")
        if doc.is_html:
            extra.append(f"Article text reduced from an HTML page by axis-report add-source "
                         f"(scripts, styles, navigation, header and footer dropped); the page "
                         f"as received is kept as seeds/{html_file.name}.")
        if extra:
            fields["note"] = " ".join([*([fields["note"]] if "note" in fields else []),
                                       *extra])
        entry = {"id": sid, "file": text_file.name, **({"inbox": inbox} if inbox else {}),
                 **fields}
        entry = {k: entry[k] for k in _ENTRY_ORDER if k in entry}
        created = []
        try:
            for path, data in ((text_file, doc.stored), (html_file, doc.original_html)):
                if path is None:
                    continue
                if path.exists():
                    raise _refuse(path, "already exists: remove the leftover file first")
                path.parent.mkdir(parents=True, exist_ok=True)
                with open(path, "xb") as fh:
                    created.append(path)
                    fh.write(data)
            from ..inputs.files import read_text

            text = read_text(text_file)
            found = cand.run_extractor(text, extractor)
            candidates = cand.make_candidates(sid, found, text)
            old = (paths.sources_file.read_bytes().decode("utf-8")  # CRLF kept, if any
                   if paths.sources_file.exists() else "")
            new = yamlio.append_entries(paths.sources_file, old, [yamlio.entry_text(entry)])
            _validate_sources_text(paths, new)
            cfile = cand.candidates_path(paths, sid)
            if cfile.exists():
                raise _refuse(cfile, "already exists: a candidates file for a new source id")
            from ..publish import publish

            publish({cfile: cand.new_candidates_text(sid, text_file.name, candidates,
                                                     today=today).encode("utf-8"),
                     paths.sources_file: new.encode("utf-8")})
        except BaseException:
            for path in created:
                path.unlink(missing_ok=True)
            raise
        if not candidates:
            notes.append("the extractor proposed no claims: code any by hand")
        return Added(sid, text_file, html_file, cfile, len(candidates), notes)
