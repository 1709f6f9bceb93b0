"""A notebook's parameters, read from its `parameters` cell: the one place each is declared.

The cell holds one annotated literal per line with a trailing comment, as papermill
expects (`min_weight: int = 1  # leave out claims weaker than this`). The command
line's flags, their help and the report's parameter list are all derived from it.
Reading the committed jupytext percent file needs no Jupyter import, so a bad
parameter is reported before anything heavy loads.
"""

import ast
import io
import re
import tokenize
from dataclasses import dataclass
from pathlib import Path

from ..errors import InputError, Problem, shorten
from .files import read_text

__all__ = ["Parameter", "read_parameters"]

_CELL = re.compile(r"^# %%.*tags=\[[^\]]*[\"']parameters[\"']")


@dataclass(frozen=True)
class Parameter:
    """One notebook parameter: its name, declared type, default value and help text."""

    name: str
    type: str      # the annotation: "list", "int", "str", "float" or "bool"
    default: object
    help: str


def _cell_source(path: Path) -> str:
    text = read_text(path)
    if path.suffix == ".py":
        lines, inside = [], False
        for line in text.splitlines():
            if line.startswith("# %%"):
                if inside:
                    break
                inside = bool(_CELL.match(line))
                continue
            if inside:
                lines.append(line)
        if lines:
            return "\n".join(lines)
    import jupytext  # another format: let jupytext read it

    for cell in jupytext.reads(text, fmt=path.suffix.lstrip(".")).cells:
        if "parameters" in cell.get("metadata", {}).get("tags", []):
            return cell.source
    return ""


def read_parameters(notebook: Path) -> list:
    """Return the Parameters declared in `notebook`'s parameters cell, in order."""
    notebook = Path(notebook)
    name = str(notebook)
    try:
        source = _cell_source(notebook)
    except InputError as err:
        raise InputError([Problem(name, f"cannot read the notebook: {p.message}", line=p.line)
                          for p in err.problems]) from None
    except Exception as exc:  # jupytext on a damaged notebook of another format
        raise InputError([Problem(name, f"cannot read the notebook "
                                        f"({shorten(str(exc), 200)})")]) from None
    if not source.strip():
        raise InputError([Problem(name, "no cell tagged 'parameters'")])
    try:
        tree = ast.parse(source)
        comments = {}
        for tok in tokenize.generate_tokens(io.StringIO(source).readline):
            if tok.type == tokenize.COMMENT:
                comments[tok.start[0]] = tok.string.lstrip("#").strip()
    except SyntaxError as exc:
        raise InputError([Problem(name, f"parameters cell: {exc.msg}", line=exc.lineno)]) from None
    except (ValueError, RecursionError, MemoryError, tokenize.TokenError) as exc:
        raise InputError([Problem(name, f"parameters cell: cannot be read as Python "
                                        f"({shorten(str(exc), 100)})")]) from None
    out, problems = [], []
    for node in tree.body:
        if not (isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name)
                and isinstance(node.annotation, ast.Name) and node.value is not None):
            problems.append(Problem(name, "parameters cell: each line must read "
                                          "`name: type = literal  # help`", line=node.lineno))
            continue
        try:
            default = ast.literal_eval(node.value)
        except (ValueError, TypeError, SyntaxError, RecursionError, MemoryError):
            problems.append(Problem(name, "parameters cell: the default must be a literal",
                                    field=node.target.id, line=node.lineno))
            continue
        out.append(Parameter(node.target.id, node.annotation.id, default,
                             comments.get(node.lineno, "")))
    if problems:
        raise InputError(problems)
    return out
