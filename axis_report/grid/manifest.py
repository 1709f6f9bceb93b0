"""The grid's manifest: the key, edition and published files of every output.

    {"version": 2, "outputs": {NAME: {
        "key": the hash the output was built from (null: unknown, so it is rebuilt),
        "kind": "report" or "brief",
        "edition": the edition id, "edition_date": YYYY-MM-DD,
        "files": {"html": sha256, "pdf": sha256} of the published files,
        briefs only:
        "archive": "archive/NAME/EDITION", "editions": [edition ids, oldest first],
        "records": sha256 of the edition's records.json}}}

The manifest is checked on read. The archive is the truth about editions: a manifest
that is not valid JSON or not of this shape is rebuilt from the archive folders and their
records.json (`rebuild_from_archive`), so no edition is ever dropped; one that cannot be
read at all (permissions) stops the run (ManifestError).

Edition ids are `YYYY-MM-DDTHHMMSSZ`, with a sequence suffix `-002`, `-003` ... for a
second run in the same second; `next_edition` never returns one earlier than the last.
"""

import datetime as dt
import hashlib
import json
import re
from pathlib import Path

from ..config import REPORT_NAME

__all__ = ["MANIFEST_VERSION", "ManifestError", "ManifestDamaged", "empty_manifest",
           "check_manifest", "read_manifest", "load_manifest", "rebuild_from_archive",
           "read_snapshot", "edition_key", "next_edition", "known_editions", "file_sha256",
           "NAME_RE", "managed_report", "REPORT_STAMP", "write_report_stamp",
           "stamped_report"]

MANIFEST_VERSION = 2
_READABLE_VERSIONS = (1, 2)  # version 1 had no file hashes: its files are checked anew
NAME_RE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$")
EDITION_RE = re.compile(r"^(\d{4}-\d{2}-\d{2}T\d{6}Z)(?:-(\d{3}))?$")
_DATE_RE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_SHA_RE = re.compile(r"^[0-9a-f]{64}$")
_FORMATS = ("html", "pdf")


class ManifestError(Exception):
    """The manifest cannot be read at all (not damaged: unreadable); the run stops."""


class ManifestDamaged(ValueError):
    """The manifest is not valid JSON or not of the manifest's shape."""


def managed_report(out_dir: Path, name: str):
    """The manifest that manages `out_dir/name.*` as the grid's scheduled report, or None.
    A report rendered with other parameters must not be published there."""
    manifest = Path(out_dir) / "briefs" / "manifest.json"
    return manifest if name == REPORT_NAME and manifest.exists() else None


REPORT_STAMP = ".axis-report.stamp.json"  # beside the report: the key it was rendered from


def write_report_stamp(out_dir: Path, key: str | None) -> None:
    """Record beside `out_dir/axis-report.*` the grid key of the report just published
    there with the default parameters (`key`), with its files' hashes; with `key` None
    (other parameters), remove any stamp so an older one cannot vouch for these files."""
    from ..publish import publish

    stamp = Path(out_dir) / REPORT_STAMP
    if key is None:
        stamp.unlink(missing_ok=True)
        return
    files = {ext: file_sha256(Path(out_dir) / f"{REPORT_NAME}.{ext}") for ext in ("html", "pdf")}
    publish({stamp: json.dumps({"key": key, "files": files}, sort_keys=True).encode("utf-8")})


def stamped_report(out_dir: Path, key: str):
    """The published report's file hashes if `axis-report report` stamped it with `key` and
    its files are still the stamped ones; else None (the grid then renders it)."""
    try:
        data = json.loads((Path(out_dir) / REPORT_STAMP).read_text(encoding="utf-8"))
        files = {ext: data["files"][ext] for ext in ("html", "pdf")}
    except (OSError, ValueError, KeyError, TypeError):
        return None
    if data.get("key") != key or not all(isinstance(v, str) for v in files.values()):
        return None
    if any(file_sha256(Path(out_dir) / f"{REPORT_NAME}.{ext}") != sha
           for ext, sha in files.items()):
        return None
    return files


def empty_manifest() -> dict:
    return {"version": MANIFEST_VERSION, "outputs": {}}


def file_sha256(path: Path):
    """The SHA-256 of a file's bytes, or None if it cannot be read."""
    digest = hashlib.sha256()
    try:
        with open(path, "rb") as fh:
            for block in iter(lambda: fh.read(1 << 20), b""):
                digest.update(block)
    except OSError:
        return None
    return digest.hexdigest()


# --- edition ids ---------------------------------------------------------------------------

def edition_key(edition: str) -> tuple:
    """Sort key of an edition id: (timestamp, sequence)."""
    m = EDITION_RE.match(edition)
    if not m:
        raise ValueError(f"{edition!r} is not an edition id")
    return m.group(1), int(m.group(2) or 1)


def _edition_id(stamp: str, seq: int) -> str:
    return stamp if seq <= 1 else f"{stamp}-{seq:03d}"


def known_editions(manifest: dict, briefs_dir: Path) -> set:
    """Every edition id the manifest or the archive folders hold."""
    found = set()
    for entry in manifest["outputs"].values():
        found.add(entry["edition"])
        found.update(entry.get("editions", []))
    archive = Path(briefs_dir) / "archive"
    try:
        for focus in archive.iterdir():
            if focus.is_dir():
                found.update(p.name for p in focus.iterdir() if EDITION_RE.match(p.name))
    except OSError:
        pass
    return {e for e in found if EDITION_RE.match(e)}


def next_edition(now: dt.datetime, known) -> tuple:
    """Return (edition id, note) for a run started at `now` (UTC): unique among `known`
    and later than all of them. The note (or None) says when the clock went back."""
    stamp = now.strftime("%Y-%m-%dT%H%M%SZ")
    last = max(known, key=edition_key, default=None)
    if last is None:
        return stamp, None
    last_stamp, last_seq = edition_key(last)
    if stamp > last_stamp:
        return stamp, None
    edition = _edition_id(last_stamp, last_seq + 1)
    if stamp == last_stamp:  # a second run in the same second
        return edition, None
    return edition, (f"the clock went back: it is {now:%Y-%m-%d %H:%M:%S} UTC, before the last "
                     f"edition {last}; this run's edition is {edition}, dated "
                     f"{edition[:10]}, so that editions stay in order")


# --- checking ------------------------------------------------------------------------------

def _check_entry(name, entry, problems) -> None:
    where = f"outputs.{name}"
    if not isinstance(entry, dict):
        problems.append(f"{where} is not an object")
        return
    if not (entry.get("key") is None or isinstance(entry.get("key"), str)):
        problems.append(f"{where}.key is not a string")
    kind = entry.get("kind")
    if kind not in ("report", "brief"):
        problems.append(f"{where}.kind is not 'report' or 'brief'")
    edition = entry.get("edition")
    if not (isinstance(edition, str) and EDITION_RE.match(edition)):
        problems.append(f"{where}.edition is not an edition id")
        return
    if not (isinstance(entry.get("edition_date"), str)
            and _DATE_RE.match(entry["edition_date"])):
        problems.append(f"{where}.edition_date is not a date YYYY-MM-DD")
    files = entry.get("files")
    if files is not None and not (isinstance(files, dict) and all(
            k in _FORMATS and isinstance(v, str) and _SHA_RE.match(v)
            for k, v in files.items())):
        problems.append(f"{where}.files is not {{html|pdf: sha256}}")
    if kind != "brief":
        return
    if entry.get("archive") != f"archive/{name}/{edition}":
        problems.append(f"{where}.archive is not archive/{name}/{edition}")
    editions = entry.get("editions")
    if not (isinstance(editions, list) and editions and all(
            isinstance(e, str) and EDITION_RE.match(e) for e in editions)):
        problems.append(f"{where}.editions is not a list of edition ids")
    elif editions[-1] != edition or len(set(editions)) != len(editions) or sorted(
            editions, key=edition_key) != editions:
        problems.append(f"{where}.editions is not in order, unique, ending with its edition")
    records = entry.get("records")
    if records is not None and not (isinstance(records, str) and _SHA_RE.match(records)):
        problems.append(f"{where}.records is not a sha256")


def check_manifest(data) -> list:
    """Return what is wrong with the shape of a manifest's data (empty: nothing)."""
    if not isinstance(data, dict):
        return ["the top level is not an object"]
    problems = []
    if data.get("version") not in _READABLE_VERSIONS:
        problems.append(f"version {data.get('version')!r} is not one of "
                        f"{', '.join(map(str, _READABLE_VERSIONS))}")
    outputs = data.get("outputs")
    if not isinstance(outputs, dict):
        return problems + ["outputs is not an object"]
    for name, entry in outputs.items():
        if not NAME_RE.match(str(name)):
            problems.append(f"output name {str(name)[:40]!r} is not a name")
            continue
        _check_entry(name, entry, problems)
    return problems


def read_manifest(path: Path) -> dict:
    """Return the manifest at `path`, checked (empty if there is none). Raise
    ManifestDamaged if it is not valid JSON or not of the manifest's shape, and
    ManifestError if it cannot be read at all."""
    path = Path(path)
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        return empty_manifest()
    except OSError as exc:
        raise ManifestError(f"{path}: cannot be read ({exc.strerror or exc})") from None
    try:
        data = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, ValueError) as exc:
        raise ManifestDamaged(f"not valid JSON: {str(exc)[:120]}") from None
    problems = check_manifest(data)
    if problems:
        more = f" (and {len(problems) - 3} more)" if len(problems) > 3 else ""
        raise ManifestDamaged("; ".join(problems[:3]) + more)
    data["version"] = MANIFEST_VERSION
    return data


# --- snapshots and the archive -------------------------------------------------------------

def read_snapshot(path: Path, sha: str | None = None) -> tuple:
    """Return (records, None) for an edition's records.json, or (None, what is wrong):
    missing, unreadable, not a JSON list of records, or not the file the manifest
    recorded (`sha`)."""
    try:
        raw = Path(path).read_bytes()
    except FileNotFoundError:
        return None, "missing"
    except OSError as exc:
        return None, f"unreadable ({exc.strerror or exc})"
    if sha is not None and hashlib.sha256(raw).hexdigest() != sha:
        return None, "not the file the manifest recorded (changed or cut)"
    try:
        records = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, ValueError) as exc:
        return None, f"not valid JSON ({str(exc)[:80]})"
    if not (isinstance(records, list) and all(isinstance(r, dict) for r in records)):
        return None, "not a list of records"
    return records, None


def rebuild_from_archive(briefs_dir: Path) -> tuple:
    """Return (manifest, skipped) rebuilt from the archive: for each brief, every whole
    edition folder (html, pdf and a readable records.json) oldest first, the latest as
    its edition. Keys are unknown (null), so every output is rebuilt on this run, against
    its latest archived edition. `skipped` lists edition folders that are not whole."""
    manifest, skipped = empty_manifest(), []
    archive = Path(briefs_dir) / "archive"
    focuses = sorted(p for p in archive.iterdir() if p.is_dir()) if archive.is_dir() else []
    for focus in focuses:
        name = focus.name
        if not NAME_RE.match(name):
            continue
        editions = []
        for folder in focus.iterdir():
            if not (folder.is_dir() and EDITION_RE.match(folder.name)):
                continue
            missing = [f"{name}.{ext}" for ext in _FORMATS if not (folder / f"{name}.{ext}")
                       .is_file()]
            _, wrong = read_snapshot(folder / "records.json")
            if missing or wrong:
                skipped.append(f"archive/{name}/{folder.name} ("
                               + "; ".join(([f"no {', '.join(missing)}"] if missing else [])
                                           + ([f"records.json {wrong}"] if wrong else []))
                               + ")")
                continue
            editions.append(folder.name)
        if not editions:
            continue
        editions.sort(key=edition_key)
        latest = editions[-1]
        folder = focus / latest
        manifest["outputs"][name] = {
            "key": None, "kind": "brief", "edition": latest, "edition_date": latest[:10],
            "archive": f"archive/{name}/{latest}", "editions": editions,
            "records": file_sha256(folder / "records.json"),
            "files": {ext: file_sha256(folder / f"{name}.{ext}") for ext in _FORMATS},
        }
    return manifest, skipped


def _archived_editions(briefs_dir: Path) -> int:
    archive = Path(briefs_dir) / "archive"
    if not archive.is_dir():
        return 0
    return sum(1 for focus in archive.iterdir() if focus.is_dir()
               for p in focus.iterdir() if EDITION_RE.match(p.name))


def load_manifest(briefs_dir: Path, *, stamp: str) -> tuple:
    """Return (manifest, notes, repaired) for a run: the checked manifest, or one rebuilt
    from the archive when it is damaged (the damaged file is kept beside it as
    manifest.damaged-STAMP.json) or missing while the archive holds editions. `notes`
    say what was done, for the run log; `repaired` asks the caller to publish it."""
    path = Path(briefs_dir) / "manifest.json"
    try:
        manifest = read_manifest(path)
    except ManifestDamaged as exc:
        rebuilt, skipped = rebuild_from_archive(briefs_dir)
        kept = path.with_name(f"manifest.damaged-{stamp}.json")
        try:
            path.replace(kept)
            where = f"the damaged file is kept as {kept.name}"
        except OSError as err:
            where = f"the damaged file could not be moved aside ({err.strerror or err})"
        return rebuilt, [_rebuilt_note(f"{path} is damaged ({exc})", rebuilt, skipped)
                         + f"; {where}"], True
    if not manifest["outputs"] and _archived_editions(briefs_dir):
        rebuilt, skipped = rebuild_from_archive(briefs_dir)
        return rebuilt, [_rebuilt_note(f"{path} is missing or lists nothing, but the archive "
                                       "holds editions", rebuilt, skipped)], True
    return manifest, [], False


def _rebuilt_note(what: str, rebuilt: dict, skipped: list) -> str:
    n = sum(len(e["editions"]) for e in rebuilt["outputs"].values())
    note = (f"{what}: rebuilt from the archive ({n} editions of {len(rebuilt['outputs'])} "
            "briefs kept; their keys are unknown, so each output is built anew)")
    if skipped:
        note += f"; incomplete edition folders not listed: {', '.join(skipped)}"
    return note
