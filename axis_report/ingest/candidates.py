"""Candidate claims: what the claim extractor proposes for a source, awaiting review.

Each added source gets `seeds/candidates/<source id>.yaml`: a header naming the source,
then one entry per candidate (`S012-C01`, ...) holding the extractor's fields (quote,
start, end, countries, scope, dyads, hub, domain, stance, confidence, cues, attribution,
analyst) and a `status`: `pending` until an analyst reviews it, then `accepted` (with the
claim id it became), `merged` (with the claim it was added to as a further quote) or
`rejected`. Nothing here is evidence: `inputs.load_inputs` never reads these files, so an
unreviewed candidate is never counted. Reviewed candidates stay in the file, so the same
reading of the same span is not proposed again when the extractor runs a second time.
"""

import datetime as dt
import numbers
from dataclasses import dataclass
from pathlib import Path

import yaml

from ..config import ProjectPaths
from ..errors import InputError, Problem
from . import yamlio

__all__ = ["STATUSES", "EXTRACTOR_FIELDS", "CandidateFile", "candidates_dir",
           "candidates_path", "default_extractor", "run_extractor", "make_candidates",
           "new_candidates_text", "read_candidates", "propose_again", "pending_counts"]

STATUSES = ("pending", "accepted", "merged", "rejected")
# The extractor's interface (axis_report.ingest.extract.extract_claims), in the order
# they are written.
EXTRACTOR_FIELDS = ("quote", "start", "end", "countries", "scope", "dyads", "hub", "domain",
                    "stance", "confidence", "cues", "attribution", "analyst")
CANDIDATES_FOLDER = "candidates"   # under the project's seeds/


class ExtractorError(Exception):
    """The claim extractor failed or returned something else than a list of claims."""


def candidates_dir(paths: ProjectPaths) -> Path:
    """The folder of the candidates files: seeds/candidates/."""
    return paths.seeds / CANDIDATES_FOLDER


def candidates_path(paths: ProjectPaths, source_id: str) -> Path:
    """The candidates file of one source: seeds/candidates/<source id>.yaml."""
    return candidates_dir(paths) / f"{source_id}.yaml"


def default_extractor():
    """Return the package's claim extractor, `extract_claims(text) -> list of dict`
    (`extract` where the module names it so)."""
    try:
        from . import extract
    except ImportError as exc:
        raise ExtractorError(f"the claim extractor (axis_report.ingest.extract) cannot be "
                             f"loaded: {exc}") from None
    found = getattr(extract, "extract_claims", None) or getattr(extract, "extract", None)
    if not callable(found):
        raise ExtractorError("axis_report.ingest.extract has no extract_claims(text)")
    return found


def run_extractor(text: str, extractor=None) -> list:
    """Return the extractor's claims for `text` (a list of dicts); raise ExtractorError if
    it fails or returns anything else."""
    extractor = extractor or default_extractor()
    try:
        found = extractor(text)
    except Exception as exc:  # the extractor is someone else's code: report, never crash
        raise ExtractorError(f"the claim extractor failed: {type(exc).__name__}: {exc}"
                             ) from exc
    if not isinstance(found, (list, tuple)) or not all(isinstance(c, dict) for c in found):
        raise ExtractorError("the claim extractor did not return a list of claims (dicts)")
    return list(found)


def _plain(value):
    """Return an extractor's value as plain YAML data: lists for tuples and sets, floats
    rounded to 3 places, numpy scalars as Python numbers, anything else as text."""
    if value is None or isinstance(value, (str, bool)):
        return value
    if isinstance(value, numbers.Integral):
        return int(value)
    if isinstance(value, numbers.Real):
        return round(float(value), 3)
    if isinstance(value, dict):
        return {str(k): _plain(v) for k, v in value.items()}
    if isinstance(value, (set, frozenset)):
        return sorted(_plain(v) for v in value)
    if isinstance(value, (list, tuple)):
        return [_plain(v) for v in value]
    return str(value)


def _reading(c: dict) -> tuple:
    """What makes two candidates the same proposal: the span and its codes."""
    return (c.get("quote"), c.get("start"), c.get("scope"), tuple(c.get("dyads") or ()),
            c.get("hub"), c.get("domain"), c.get("stance"))


def make_candidates(source_id: str, found: list, text: str, *, first: int = 1,
                    known=()) -> list:
    """Return candidate entries (plain dicts) for the extractor's claims `found` in
    `text`: ids `<source>-C01`..., status pending, the extractor's fields in interface
    order (then any others it gave). A quote whose offsets do not match the text is
    located again; one not in the text at all is kept, and review refuses it. Readings
    already in `known` (earlier candidates, whatever their status) are not proposed again."""
    seen = {_reading(c) for c in known}
    out, n = [], first
    for raw in found:
        claim = _plain(raw)
        quote, start = claim.get("quote"), claim.get("start")
        if isinstance(quote, str) and quote:
            if not (isinstance(start, int) and text[start:start + len(quote)] == quote):
                at = text.find(quote)
                if at >= 0:
                    claim["start"], claim["end"] = at, at + len(quote)
        if _reading(claim) in seen:
            continue
        seen.add(_reading(claim))
        entry = {"id": f"{source_id}-C{n:02d}", "status": "pending"}
        entry.update({k: claim[k] for k in EXTRACTOR_FIELDS if k in claim})
        entry.update({k: v for k, v in claim.items()
                      if k not in EXTRACTOR_FIELDS and k not in ("id", "status")})
        out.append(entry)
        n += 1
    return out


def _header(source_id: str) -> str:
    return (f"# Candidate claims for source {source_id}, proposed by the claim extractor.\n"
            "# NOT evidence: nothing here counts until an analyst reviews it, with\n"
            f"#   axis-report review {source_id} --accept {source_id}-C01 --reject ... "
            "--merge ID=E006 --set ID.weight=2\n"
            "# or in notebooks/review.py. Reviewed candidates keep their status here, so the\n"
            "# same reading of the same span is not proposed again.\n")


def new_candidates_text(source_id: str, file: str, candidates: list, *,
                        today: dt.date | None = None) -> str:
    """Return the text of a new candidates file for `source_id` (stored as `file`)."""
    doc = {"source": source_id, "file": file,
           "proposed": today or dt.date.today(),
           "candidates": [yamlio.styled(c) for c in candidates]}
    return _header(source_id) + yamlio.dump_roundtrip(yamlio.styled(doc))


@dataclass
class CandidateFile:
    """A candidates file read in round-trip mode (`doc`), with its entries by id."""

    path: Path
    doc: object          # the ruamel CommentedMap; changes to it are written by `text()`
    source_id: str

    @property
    def entries(self) -> list:
        return list(self.doc.get("candidates") or [])

    def get(self, cid: str):
        for c in self.entries:
            if c.get("id") == cid:
                return c
        return None

    def line_of(self, cid: str, field: str | None = None) -> int | None:
        """The 1-based line of a candidate (or of one of its fields) in the file."""
        c = self.get(cid)
        if c is None:
            return None
        try:
            if field is not None and field in c:
                return c.lc.key(field)[0] + 1
            return c.lc.line + 1
        except (AttributeError, KeyError, TypeError):
            return None

    def text(self) -> str:
        return yamlio.dump_roundtrip(self.doc)


def read_candidates(paths: ProjectPaths, source_id: str) -> CandidateFile:
    """Return the candidates file of `source_id`; raise InputError naming the file, line,
    record and field if it is missing or malformed."""
    path = candidates_path(paths, source_id)
    name = str(path)
    if not path.is_file():
        raise InputError([Problem(name, f"no candidates for source {source_id!r}: add the "
                                        "source with `axis-report add-source` (or "
                                        "`axis-report ingest`) first")])
    doc = yamlio.load_roundtrip(path)
    if not isinstance(doc, dict) or not isinstance(doc.get("candidates") or [], list):
        raise InputError([Problem(name, "must be a mapping with 'source' and a list "
                                        "'candidates'")])
    problems, seen = [], set()
    if doc.get("source") != source_id:
        problems.append(Problem(name, f"names source {doc.get('source')!r}, not "
                                      f"{source_id!r}", field="source"))
    for i, c in enumerate(doc.get("candidates") or [], 1):
        line = getattr(getattr(c, "lc", None), "line", None)
        line = line + 1 if line is not None else None
        if not isinstance(c, dict) or not isinstance(c.get("id"), str):
            problems.append(Problem(name, "each candidate must be a mapping with an 'id'",
                                    record=f"#{i}", line=line))
            continue
        if c["id"] in seen:
            problems.append(Problem(name, "duplicate candidate id", record=c["id"],
                                    field="id", line=line))
        seen.add(c["id"])
        if c.get("status") not in STATUSES:
            problems.append(Problem(name, f"{c.get('status')!r} is not one of: "
                                          f"{', '.join(STATUSES)}", record=c["id"],
                                    field="status", line=line))
    if problems:
        raise InputError(problems)
    return CandidateFile(path, doc, source_id)


def propose_again(paths: ProjectPaths, source_id: str, text: str, extractor=None) -> list:
    """Run the extractor on `text` (source `source_id`'s text) again and add to its
    candidates file only readings not proposed before (reviewed or not). Return the new
    candidates."""
    cf = read_candidates(paths, source_id)
    entries = cf.entries
    numbers_used = [int(c["id"].rsplit("-C", 1)[1]) for c in entries
                    if c["id"].rsplit("-C", 1)[-1].isdigit()]
    new = make_candidates(source_id, run_extractor(text, extractor), text,
                          first=max(numbers_used, default=0) + 1, known=entries)
    if new:
        old = cf.path.read_text(encoding="utf-8")
        seq = cf.doc.get("candidates")
        if seq is None:
            cf.doc["candidates"] = yamlio.styled(new)
        else:
            seq.extend(yamlio.styled(c) for c in new)
        new_text = cf.text()
        lost = yamlio.only_additions(old, new_text)
        if lost:
            raise InputError([Problem(str(cf.path), "refusing to write: the edit would "
                                                    f"change {len(lost)} existing line(s)")])
        yamlio.write_text(cf.path, new_text)
    return new


def pending_counts(paths: ProjectPaths) -> dict:
    """Return {source id: number of candidates awaiting review}, for every source with a
    candidates file (sources with none pending give 0), ordered by source id. Raise
    InputError naming the file if one cannot be read."""
    counts = {}
    folder = candidates_dir(paths)
    if not folder.is_dir():
        return counts
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    for path in sorted(folder.glob("*.yaml")):
        try:
            doc = yaml.load(path.read_text(encoding="utf-8"), Loader=loader)
        except (OSError, UnicodeDecodeError, yaml.YAMLError, ValueError, TypeError) as exc:
            raise InputError([Problem(str(path), f"cannot be read as YAML: "
                                                 f"{str(exc).splitlines()[0]}")]) from None
        if not isinstance(doc, dict) or not isinstance(doc.get("candidates") or [], list):
            raise InputError([Problem(str(path), "must be a mapping with 'source' and a "
                                                 "list 'candidates'")])
        source = str(doc.get("source") or path.stem)
        counts[source] = sum(1 for c in doc.get("candidates") or []
                             if isinstance(c, dict) and c.get("status") == "pending")
    return dict(sorted(counts.items()))
