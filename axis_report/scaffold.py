"""`axis-report init DIR`: lay out a new project folder from the template project.

The template is this repository's own project files (notebooks, codebook, reference
data, hypotheses, treaties, and the shipped sources and evidence as a starter base).
A built package carries a copy of them in `axis_report/_template/` (see setup.py);
an editable install reads them from the checkout.
"""

import shutil
from pathlib import Path

from .config import PACKAGE_DIR, PROJECT_FILE
from .errors import InputError, Problem

__all__ = ["TEMPLATE_FILES", "STARTER_FILES", "template_root", "init_project"]

# Globs relative to the template root. setup.py reads these two tuples (as literals).
TEMPLATE_FILES = (
    "axis-project.yaml",
    "jupytext.toml",
    "notebooks/report.py",
    "notebooks/brief.py",
    "notebooks/review.py",
    "docs/codebook.md",
    "seeds/hypotheses.yaml",
    "seeds/assumptions.yaml",
    "seeds/treaties.yaml",
    "seeds/reference/README.md",
    "seeds/reference/alliances/*.csv",
    "seeds/reference/unga/*",
)
STARTER_FILES = (
    "seeds/sources.yaml",
    "seeds/evidence.yaml",
    "seeds/*.txt",
)

_EMPTY = {
    "seeds/sources.yaml": "# Source documents: one entry per document (see docs/codebook.md).\n"
                          "# Add one with its text saved in seeds/, then code its claims in "
                          "evidence.yaml.\n",
    "seeds/evidence.yaml": "# Coded claims: one record per claim (see docs/codebook.md).\n",
}
_GITIGNORE = "reports/*\n!reports/.gitkeep\nbuild/\nnotebooks/*.ipynb\n.ipynb_checkpoints/\n"


def template_root() -> Path:
    """Return the folder holding the template project files."""
    packaged = PACKAGE_DIR / "_template"
    return packaged if packaged.is_dir() else PACKAGE_DIR.parent


def _files(root: Path, globs) -> list:
    out = []
    for pattern in globs:
        found = sorted(p for p in root.glob(pattern) if p.is_file())
        if not found:
            raise InputError([Problem(str(root), f"the template project lacks {pattern}")])
        out += found
    return out


def init_project(dest: Path, *, empty: bool = False) -> list:
    """Create a project at `dest` (which must not exist or be an empty folder); return the
    files written, relative to it. With `empty`, sources and evidence start empty."""
    dest = Path(dest)
    if dest.exists() and (not dest.is_dir() or any(dest.iterdir())):
        raise InputError([Problem(str(dest), "exists and is not an empty folder; "
                                             "choose a new folder for the project")])
    root = template_root()
    files = _files(root, TEMPLATE_FILES) + ([] if empty else _files(root, STARTER_FILES))
    written = []
    for src in files:
        rel = src.relative_to(root)
        target = dest / rel
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(src, target)
        written.append(str(rel))
    if empty:
        for rel, text in _EMPTY.items():
            (dest / rel).write_text(text, encoding="utf-8")
            written.append(rel)
    (dest / "reports").mkdir(exist_ok=True)
    (dest / "reports" / ".gitkeep").touch()
    (dest / ".gitignore").write_text(_GITIGNORE, encoding="utf-8")
    written += ["reports/.gitkeep", ".gitignore"]
    assert (dest / PROJECT_FILE).is_file()
    return written
