"""The inputs layer: the only code that reads a project's input files.

`load_inputs` reads and checks every input of a project once and returns one
`Inputs` value; each loader module checks one kind of file and names the file,
line, record and field of every problem it finds.
"""

from dataclasses import dataclass

import pandas as pd

from ..config import ProjectPaths
from ..errors import InputError, Problem
from .evidence import load_evidence
from .files import file_sha256, gc_paused, inside, present
from .hypotheses import load_assumptions, load_hypotheses
from .reference import load_atop, load_cow, load_treaties
from .settings import Settings, load_settings
from .sources import load_sources

__all__ = ["Inputs", "load_inputs"]


@dataclass
class Inputs:
    """Every checked input of a project, except the UN votes (read only when the
    alignment cache misses; see `model.load_alignment`)."""

    settings: Settings
    sources: pd.DataFrame          # one row per source
    texts: dict                    # source id -> text
    evidence: pd.DataFrame         # claims in long form: one row per claim and dyad
    quotes: pd.DataFrame           # one row per quote of a claim
    hypotheses: pd.DataFrame | None
    indicators: pd.DataFrame | None   # what each hypothesis predicts, with its claim filter
    assumptions: pd.DataFrame      # the analyst's key assumptions (may be empty)
    treaties: pd.DataFrame
    atop: pd.DataFrame
    cow: pd.DataFrame
    files: pd.DataFrame            # file (relative to the project), sha256

    @property
    def group(self) -> tuple:
        return self.settings.countries


def _check_inside(paths: ProjectPaths) -> None:
    """Raise InputError if an input file is a symbolic link out of the project: only
    files inside the project folder are read."""
    fixed = [paths.settings_file, paths.sources_file, paths.evidence_file,
             paths.hypotheses_file, paths.assumptions_file, *paths.reference_files()]
    outside = [f for f in fixed if present(f) and not inside(f, paths.root)]
    if outside:
        raise InputError([Problem(str(f), f"leads outside the project folder {paths.root} "
                                          "(a symbolic link): only files inside it are read")
                          for f in outside])


@gc_paused()
def load_inputs(paths: ProjectPaths) -> Inputs:
    """Return the project's inputs, checked; raise InputError listing every problem of
    the first file that has any."""
    _check_inside(paths)
    settings = load_settings(paths.settings_file) if present(paths.settings_file) else Settings()
    group = settings.countries
    sources, texts = load_sources(paths.sources_file)
    hypotheses, indicators = (load_hypotheses(paths.hypotheses_file, group=group)
                              if present(paths.hypotheses_file) else (None, None))
    evidence = load_evidence(paths.evidence_file, texts, group=group,
                             hypothesis_ids=None if hypotheses is None
                             else list(hypotheses["hypothesis"]),
                             text_files=dict(zip(sources["source_id"],
                                                 (paths.seeds / f for f in sources["file"]))))
    assumptions = (load_assumptions(paths.assumptions_file) if present(paths.assumptions_file)
                   else pd.DataFrame(columns=["assumption", "text", "if_wrong"]))
    treaties = load_treaties(paths.treaties_file, group=group)
    atop, cow = load_atop(paths.atop_file), load_cow(paths.cow_file)
    read = [paths.sources_file, paths.evidence_file,
            *(paths.seeds / f for f in sources["file"]),
            *([paths.hypotheses_file] if hypotheses is not None else []),
            *([paths.assumptions_file] if present(paths.assumptions_file) else []),
            *paths.reference_files()]
    files = pd.DataFrame({"file": [str(f.relative_to(paths.root)) for f in read],
                          "sha256": [file_sha256(f) for f in read]})
    return Inputs(settings, sources, texts, evidence.claims, evidence.quotes, hypotheses,
                  indicators, assumptions, treaties, atop, cow, files)


