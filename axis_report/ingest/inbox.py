"""`axis-report ingest`: the documents waiting in the project's inbox/, added as sources.

A document is `inbox/<slug>.txt` (or `.html`) with a metadata sidecar `inbox/<slug>.yaml`
(title, outlet or publisher, date, url, kind, obtained, reliability; see
`add_source.sidecar_metadata`). Each is added as `add-source` would add it, with
`inbox: <slug>` in its sources.yaml entry, and then moved with its sidecar to
`inbox/done/`, so it is not ingested twice. A document whose text is already a source
(the same content hash) is skipped with a note and left where it is: the inbox keeps the
originals of sources added by hand. A document that cannot be added (no sidecar, bad
metadata, not UTF-8, ...) is reported and left in place; the others still go in.

The scheduled brief run (`axis-report briefs`) calls `ingest_inbox` first.
"""

import datetime as dt
import os
from dataclasses import dataclass, field
from pathlib import Path

from ..config import ProjectPaths
from ..errors import InputError
from .add_source import (
    HTML_SUFFIXES,
    AlreadyIngested,
    add_source,
    find_duplicate,
    project_hashes,
    read_document,
    sidecar_metadata,
)
from .candidates import ExtractorError

__all__ = ["INBOX_FOLDER", "DONE_FOLDER", "DOCUMENT_SUFFIXES", "InboxResult", "inbox_dir",
           "ingest_inbox"]

INBOX_FOLDER = "inbox"
DONE_FOLDER = "done"
DOCUMENT_SUFFIXES = (".txt", *HTML_SUFFIXES)
SIDECAR_SUFFIXES = (".yaml", ".yml")


@dataclass
class InboxResult:
    """What an inbox run did: documents added, skipped (already sources), failed."""

    added: list = field(default_factory=list)     # (slug, add_source.Added)
    skipped: list = field(default_factory=list)   # (slug, source id)
    failed: list = field(default_factory=list)    # (slug, message)

    def lines(self) -> list:
        """A line per document added or failed, one for all those skipped."""
        out = []
        for slug, added in self.added:
            out.append(f"added {slug} as {added.source_id} ({added.text_file.name}); "
                       f"{added.n_candidates} candidate claim"
                       f"{'s' if added.n_candidates != 1 else ''} to review: "
                       f"axis-report review {added.source_id}")
        if self.skipped:
            ids = ", ".join(f"{s} = {sid}" for s, sid in self.skipped)
            n = len(self.skipped)
            out.append(f"{n} document{'s' if n != 1 else ''} already "
                       f"{'sources' if n != 1 else 'a source'} (same content hash), "
                       f"skipped: {ids}")
        for slug, message in self.failed:
            out.append(f"not added {slug}: {message}")
        return out


def inbox_dir(paths: ProjectPaths) -> Path:
    """The project's inbox folder."""
    return paths.root / INBOX_FOLDER


def _sidecar(doc: Path):
    for suffix in SIDECAR_SUFFIXES:
        side = doc.with_suffix(suffix)
        if side.is_file():
            return side
    return None


def _move_done(folder: Path, files) -> None:
    done = folder / DONE_FOLDER
    done.mkdir(exist_ok=True)
    for f in files:
        target = done / f.name
        n = 1
        while target.exists():  # never overwrite an earlier document of the same name
            target = done / f"{f.stem}.{n}{f.suffix}"
            n += 1
        os.replace(f, target)


def ingest_inbox(paths: ProjectPaths, *, extractor=None, today: dt.date | None = None
                 ) -> InboxResult:
    """Add every document in the project's inbox (with its sidecar) as a source; return
    what was added, skipped and not added. Documents are taken in name order."""
    result = InboxResult()
    folder = inbox_dir(paths)
    if not folder.is_dir():
        return result
    docs = sorted(p for p in folder.iterdir()
                  if p.is_file() and p.suffix.lower() in DOCUMENT_SUFFIXES)
    if not docs:
        return result
    hashes = project_hashes(paths)
    for doc_path in docs:
        slug = doc_path.stem
        sidecar = _sidecar(doc_path)
        try:
            doc = read_document(doc_path)
            dup = find_duplicate(doc, hashes)
            if dup is not None:
                result.skipped.append((slug, dup[0]))
                continue
            if sidecar is None:
                result.failed.append((slug, f"no metadata sidecar {slug}.yaml beside it (title, "
                                            "outlet or publisher, date, kind, reliability, "
                                            "url, obtained)"))
                continue
            meta, _ignored = sidecar_metadata(sidecar)
            added = add_source(paths, doc_path, meta, origin={k: sidecar for k in meta},
                               inbox=slug, extractor=extractor, today=today)
        except AlreadyIngested as err:  # added by another run meanwhile
            result.skipped.append((slug, err.source_id))
            continue
        except (InputError, ExtractorError) as err:
            result.failed.append((slug, str(err).replace("\n", " ")))
            continue
        hashes = project_hashes(paths)
        _move_done(folder, [doc_path, *([sidecar] if sidecar else [])])
        result.added.append((slug, added))
    return result

