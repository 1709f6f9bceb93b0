"""Where the project's inputs and outputs live: the one place paths are derived.

Everything else receives paths as arguments; nothing reads the environment or
walks up with '../'.
"""

from dataclasses import dataclass
from pathlib import Path

__all__ = ["ProjectPaths", "default_paths", "reference_root", "ATOP_FILE", "COW_FILE",
           "VOTES_FILE", "ROLL_CALLS_FILE"]

# Reference files, relative to the folder that holds treaties.yaml (see `reference_root`).
ATOP_FILE = "reference/alliances/atop_crink_dyads_1990_2018.csv"
COW_FILE = "reference/alliances/cow_alliance_crink_dyads_1990_2012.csv"
VOTES_FILE = "reference/unga/unga_votes_all.csv.gz"
ROLL_CALLS_FILE = "reference/unga/unga_roll_calls.csv.gz"

_PACKAGE_DIR = Path(__file__).resolve().parent


@dataclass(frozen=True)
class ProjectPaths:
    """The folders of one project checkout."""

    root: Path

    @property
    def seeds(self) -> Path:
        return self.root / "seeds"

    @property
    def notebooks(self) -> Path:
        return self.root / "notebooks"

    @property
    def reports(self) -> Path:
        return self.root / "reports"

    @property
    def build(self) -> Path:
        return self.root / "build"

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
    def treaties_file(self) -> Path:
        return self.seeds / "treaties.yaml"

    @property
    def reference(self) -> Path:
        return self.seeds / "reference"


def default_paths() -> ProjectPaths:
    """Return the paths of the checkout this package was installed from (`pip install -e .`)."""
    return ProjectPaths(_PACKAGE_DIR.parent)


def reference_root(seeds_dir: Path) -> Path:
    """Return the folder whose treaties.yaml and reference/ go with `seeds_dir`: the folder
    itself when it has them, else the project's seeds/ (so an alternative evidence folder
    still gets the treaties, alliance data and UN votes)."""
    seeds_dir = Path(seeds_dir)
    return seeds_dir if (seeds_dir / "treaties.yaml").exists() else default_paths().seeds


TEMPLATES_DIR = _PACKAGE_DIR / "templates"
