"""The notebook API: find the project, read its inputs, check the parameters, build the model.

`prepare_report` and `prepare_brief` are what a notebook's first cell calls: they do the
file reading (through `inputs`) and caching the pure `model.build_*` functions may not.
"""

import datetime as dt
import json
from pathlib import Path

from .analysis.factcheck import alignment_countries
from .config import ProjectPaths, find_project
from .errors import InputError, Problem
from .inputs import load_inputs
from .inputs.files import read_text
from .inputs.parameters import read_parameters
from .model.brief import Brief, build_brief
from .model.params import WHERE, check_parameters
from .model.report import Report, build_report
from .model.unvotes import load_alignment

__all__ = ["project_paths", "prepare_report", "prepare_brief"]


def _spec(notebook: Path):
    """The parameters `notebook` declares (so missing ones take their defaults and unknown
    names are refused), or None for a project without that notebook."""
    return read_parameters(notebook) if notebook.is_file() else None


def _pending(paths: ProjectPaths) -> int:
    """How many candidate claims (proposed by the extractor for new sources) await review."""
    from .ingest.candidates import pending_counts

    return sum(pending_counts(paths).values())


def project_paths(project: str = "") -> ProjectPaths:
    """Return the project at `project`, or the one holding the current directory."""
    return find_project(Path(project) if project else None)


def prepare_report(**parameters) -> Report:
    """Return the Report for a report notebook's parameters, or raise InputError naming
    every bad parameter or input. `project` (a folder; empty: found from the current
    directory) says whose inputs to read."""
    paths = project_paths(parameters.get("project", ""))
    spec = _spec(paths.report_notebook)
    inputs = load_inputs(paths)
    ids = None if inputs.hypotheses is None else list(inputs.hypotheses["hypothesis"])
    params = check_parameters(parameters, spec=spec, group=inputs.group, hypothesis_ids=ids)
    alignment = load_alignment(paths, inputs.group,
                               also=alignment_countries(inputs.evidence))
    report = build_report(inputs, params, alignment=alignment, spec=spec,
                          figure_cache=paths.figure_cache)
    report.pending_review = _pending(paths)
    return report


def prepare_brief(**parameters) -> Brief:
    """Return the Brief for a brief notebook's parameters (focus, as_of, edition, previous,
    previous_edition, project), or raise InputError. An empty `edition` means today."""
    paths = project_paths(parameters.get("project", ""))
    inputs = load_inputs(paths)
    params = check_parameters(parameters, spec=_spec(paths.brief_notebook), group=inputs.group)
    snapshot = None
    if params.get("previous"):
        try:  # a bounded read of a regular file (see inputs.files)
            snapshot = json.loads(read_text(Path(params.previous)))
            if not isinstance(snapshot, list):
                raise ValueError("not a list of records")
            reason = None
        except InputError as err:
            reason = err.problems[0].message
        except (OSError, ValueError, RecursionError) as exc:
            reason = str(exc)
        if reason is not None:
            raise InputError([Problem(WHERE, f"the previous edition's record snapshot "
                                             f"{params.previous} is damaged ({reason})",
                                      field="previous")])
    alignment = load_alignment(paths, inputs.group, also=alignment_countries(inputs.evidence))
    brief = build_brief(inputs, params, alignment=alignment, previous_snapshot=snapshot)
    if not brief.edition:
        brief.edition = dt.date.today().isoformat()
    brief.pending_review = _pending(paths)
    return brief
