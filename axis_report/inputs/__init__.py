"""The inputs layer: the only code that reads a project's input files.

`load_inputs` reads and checks every input of a project once and returns one
`Inputs` value; each loader module checks one kind of file and names the file,
line, record and field of every problem it finds.
"""

from dataclasses import dataclass

import pandas as pd

from ..config import ProjectPaths
from .evidence import load_evidence
from .files import file_sha256
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


def load_inputs(paths: ProjectPaths) -> Inputs:
    """Return the project's inputs, checked; raise InputError listing every problem of
    the first file that has any."""
    settings = load_settings(paths.settings_file) if paths.settings_file.exists() else Settings()
    group = settings.countries
    sources, texts = load_sources(paths.sources_file)
    hypotheses, indicators = (load_hypotheses(paths.hypotheses_file, group=group)
                              if paths.hypotheses_file.exists() else (None, None))
    evidence = load_evidence(paths.evidence_file, texts, group=group,
                             hypothesis_ids=None if hypotheses is None
                             else list(hypotheses["hypothesis"]))
    assumptions = (load_assumptions(paths.assumptions_file) if paths.assumptions_file.exists()
                   else pd.DataFrame(columns=["assumption", "text", "if_wrong"]))
    treaties = load_treaties(paths.treaties_file, group=group)
    atop, cow = load_atop(paths.atop_file), load_cow(paths.cow_file)
    read = [paths.sources_file, paths.evidence_file,
            *(paths.seeds / f for f in sources["file"]),
            *([paths.hypotheses_file] if hypotheses is not None else []),
            *([paths.assumptions_file] if paths.assumptions_file.exists() else []),
            *paths.reference_files()]
    files = pd.DataFrame({"file": [str(f.relative_to(paths.root)) for f in read],
                          "sha256": [file_sha256(f) for f in read]})
    return Inputs(settings, sources, texts, evidence.claims, evidence.quotes, hypotheses,
                  indicators, assumptions, treaties, atop, cow, files)


