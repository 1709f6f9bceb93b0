"""Planning the grid: every output with the key that decides whether it is rebuilt.

An output's key hashes its notebook, its parameters, the package version and the
inputs it reads (for a brief, the evidence records on its focus rather than the
whole evidence file), so an unchanged key is skipped.
"""

import hashlib
import json
from dataclasses import dataclass, field
from pathlib import Path

from .._version import __version__
from ..analysis.focus import all_focuses, select_for_focus, snapshot_records
from ..config import REPORT_NAME, ProjectPaths
from ..inputs import load_inputs
from ..inputs.sources import sources_as_of

__all__ = ["Task", "REPORT_NAME", "plan_grid", "report_key"]


@dataclass
class Task:
    """One output of the grid and the key that decides whether it is rebuilt."""

    name: str
    kind: str                  # "report" or "brief"
    notebook: Path
    parameters: dict
    key: str
    snapshot: list | None = None
    inputs: list = field(default_factory=list)


def _sha(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def _key(notebook: Path, parameters: dict, inputs: dict, extra=None) -> str:
    blob = json.dumps({"notebook": _sha(notebook.read_bytes()), "parameters": parameters,
                       "package": __version__, "inputs": inputs, "extra": extra},
                      sort_keys=True).encode("utf-8")
    return _sha(blob)


def _settings_digest(paths: ProjectPaths) -> str:
    return _sha(paths.settings_file.read_bytes()) if paths.settings_file.exists() else ""


def _report_key(paths: ProjectPaths, digests: dict, as_of: str) -> str:
    # the project path names a place, not content: not keyed
    return _key(paths.report_notebook, {"as_of": as_of},
                {**digests, "settings": _settings_digest(paths)})


def report_key(paths: ProjectPaths, *, as_of: str = "", inputs=None) -> str:
    """The grid's key for the full report with the default parameters: what `axis-report
    report` records beside the report it publishes, so `axis-report briefs` can tell the
    report is already current and not render it again. `inputs`, when the caller has
    loaded them already, saves reading them again."""
    inputs = load_inputs(paths) if inputs is None else inputs
    return _report_key(paths, dict(zip(inputs.files["file"], inputs.files["sha256"])), as_of)


def plan_grid(paths: ProjectPaths, *, as_of: str = "", inputs=None) -> list:
    """Return every task of the grid with its key: the report, then one brief per country
    of the project's group and per dyad among them."""
    inputs = load_inputs(paths) if inputs is None else inputs
    digests = dict(zip(inputs.files["file"], inputs.files["sha256"]))
    settings = _settings_digest(paths)
    rel = {p: str(p.relative_to(paths.root)) for p in (paths.sources_file, paths.treaties_file)}
    shared = {"settings": settings, **{rel[p]: digests[rel[p]] for p in rel}}
    texts = {r.source_id: digests[str((paths.seeds / r.file).relative_to(paths.root))]
             for r in inputs.sources.itertuples()}
    params = {"project": str(paths.root)}
    key_params = {"as_of": as_of}  # the project path names a place, not content: not keyed
    if as_of:
        params["as_of"] = as_of
    tasks = [Task(REPORT_NAME, "report", paths.report_notebook, params,
                  _report_key(paths, digests, as_of))]
    _, in_time = sources_as_of(inputs.sources, as_of)
    claims_in_time = set(inputs.quotes.loc[inputs.quotes["source_id"].isin(in_time), "record_id"])
    evidence = inputs.evidence[inputs.evidence["record_id"].isin(claims_in_time)]
    for focus in all_focuses(inputs.group):
        snapshot = snapshot_records(select_for_focus(evidence, focus))
        used = sorted({s for r in snapshot for s in r["sources"].split()})
        brief_inputs = {**shared, **{f"source:{s}": texts[s] for s in used}}
        tasks.append(Task(focus.name, "brief", paths.brief_notebook,
                          {**params, "focus": focus.name},
                          _key(paths.brief_notebook, {**key_params, "focus": focus.name},
                               brief_inputs, extra=snapshot), snapshot=snapshot))
    return tasks
