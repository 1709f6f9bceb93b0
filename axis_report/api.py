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
    return build_report(inputs, params, alignment=alignment, spec=spec,
                        figure_cache=paths.figure_cache)


def prepare_brief(**parameters) -> Brief:
    """Return the Brief for a brief notebook's parameters (focus, as_of, edition, previous,
    previous_edition, project), or raise InputError. An empty `edition` means today."""
    paths = project_paths(parameters.get("project", ""))
    inputs = load_inputs(paths)
    params = check_parameters(parameters, spec=_spec(paths.brief_notebook), group=inputs.group)
    snapshot = None
    if params.get("previous"):
        try:
            snapshot = json.loads(Path(params.previous).read_text(encoding="utf-8"))
            if not isinstance(snapshot, list):
                raise ValueError("not a list of records")
        except (OSError, ValueError) as exc:
            raise InputError([Problem(WHERE, f"the previous edition's record snapshot "
                                             f"{params.previous} is damaged ({exc})",
                                      field="previous")]) from None
    alignment = load_alignment(paths, inputs.group, also=alignment_countries(inputs.evidence))
    brief = build_brief(inputs, params, alignment=alignment, previous_snapshot=snapshot)
    if not brief.edition:
        brief.edition = dt.date.today().isoformat()
    return brief
