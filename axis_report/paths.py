"""Where the project's inputs and outputs live: the one place paths are derived.

Everything else receives paths as arguments; nothing reads the environment or
walks up with '../'.
"""

from dataclasses import dataclass
from pathlib import Path

__all__ = ["ProjectPaths", "default_paths"]

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


TEMPLATES_DIR = _PACKAGE_DIR / "templates"
