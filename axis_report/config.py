"""Where a project's inputs and outputs live: the one place file and folder names are spelled.

A project is a folder holding `axis-project.yaml` (its settings), `seeds/` (sources,
evidence, hypotheses, treaties, reference data), `notebooks/` and `reports/`. The
command line finds it from the current directory (or `--project DIR`); everything
else receives a `ProjectPaths` as an argument. Nothing reads the environment or
walks up with '../'.
"""

from dataclasses import dataclass
from pathlib import Path

from .errors import InputError, Problem

__all__ = ["PROJECT_FILE", "ProjectPaths", "find_project", "PACKAGE_DIR", "TEMPLATES_DIR",
           "CELL_TIMEOUT", "RENDER_TIMEOUT", "REPORT_NAME"]

PROJECT_FILE = "axis-project.yaml"
PACKAGE_DIR = Path(__file__).resolve().parent
TEMPLATES_DIR = PACKAGE_DIR / "templates"

REPORT_NAME = "axis-report"  # the full report's file name, without extension

# Execution limits, in seconds (`--cell-timeout` and `--timeout` of `report` and `briefs`):
# a notebook cell running longer is stopped, a render (execution and export) running
# longer is killed; either fails that output with a message saying which limit it hit.
CELL_TIMEOUT = 300
RENDER_TIMEOUT = 900


@dataclass(frozen=True)
class ProjectPaths:
    """The files and folders of one project."""

    root: Path

    # --- the project's settings and inputs ---------------------------------------
    @property
    def settings_file(self) -> Path:
        return self.root / PROJECT_FILE

    @property
    def seeds(self) -> Path:
        return self.root / "seeds"

    @property
    def sources_file(self) -> Path:
        return self.seeds / "sources.yaml"

    @property
    def evidence_file(self) -> Path:
        return self.seeds / "evidence.yaml"

    @property
    def hypotheses_file(self) -> Path:
        return self.seeds / "hypotheses.yaml"

    @property
    def assumptions_file(self) -> Path:
        return self.seeds / "assumptions.yaml"

    @property
    def treaties_file(self) -> Path:
        return self.seeds / "treaties.yaml"

    @property
    def reference(self) -> Path:
        return self.seeds / "reference"

    @property
    def atop_file(self) -> Path:
        return self.reference / "alliances" / "atop_crink_dyads_1990_2018.csv"

    @property
    def cow_file(self) -> Path:
        return self.reference / "alliances" / "cow_alliance_crink_dyads_1990_2012.csv"

    @property
    def votes_file(self) -> Path:
        return self.reference / "unga" / "unga_votes_all.csv.gz"

    @property
    def roll_calls_file(self) -> Path:
        return self.reference / "unga" / "unga_roll_calls.csv.gz"

    def reference_files(self) -> list:
        """The reference data files, in a fixed order."""
        return [self.treaties_file, self.atop_file, self.cow_file, self.votes_file,
                self.roll_calls_file]

    # --- notebooks and outputs ----------------------------------------------------
    @property
    def notebooks(self) -> Path:
        return self.root / "notebooks"

    @property
    def report_notebook(self) -> Path:
        return self.notebooks / "report.py"

    @property
    def brief_notebook(self) -> Path:
        return self.notebooks / "brief.py"

    @property
    def reports(self) -> Path:
        return self.root / "reports"

    @property
    def build(self) -> Path:
        return self.root / "build"

    @property
    def work(self) -> Path:
        """Where renders make their working folders (removed when a render ends, and by
        the next run when a render was killed)."""
        return self.build / "work"

    @property
    def cache(self) -> Path:
        return self.build / "cache"

    @property
    def figure_cache(self) -> Path:
        return self.cache / "figures"


def find_project(start=None) -> ProjectPaths:
    """Return the project holding `start` (default: the current directory): the nearest
    folder, `start` or above, with an axis-project.yaml. Raise InputError if there is none."""
    try:
        here = Path(start or Path.cwd()).resolve()
        for folder in (here, *here.parents):
            if (folder / PROJECT_FILE).is_file():
                return ProjectPaths(folder)
    except (OSError, ValueError) as exc:  # a NUL in the path, a path too long, ...
        reason = getattr(exc, "strerror", None) or str(exc)
        raise InputError([Problem(str(start or "."), f"cannot be used as a project folder "
                                                     f"({reason})")]) from None
    raise InputError([Problem(str(here), f"not inside an axis_report project (no {PROJECT_FILE} "
                                         "here or above): run `axis-report init DIR` to make "
                                         "one, or pass --project DIR")])
