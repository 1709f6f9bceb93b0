"""The import contract: the package's modules form layers that only import downward, with
no import cycles. Every import counts, including those inside functions."""

import ast
import fnmatch
from pathlib import Path

import pytest
from conftest import REPO

PACKAGE = "axis_report"
# Lowest first. A module may import modules of its own layer or of lower layers only.
LAYERS = [
    ["_version", "errors", "vocab", "config", "publish", "prose"],
    ["inputs", "inputs.*"],
    ["analysis", "analysis.*"],
    ["model", "model.*"],
    ["figures", "figures.*", "html"],
    ["sections", "sections.*"],
    ["render", "render.*"],
    ["grid", "grid.*", "ingest", "ingest.*", "scaffold", "schedule", "api", "cli", "preview"],
    [""],  # the package face, axis_report/__init__.py
]


def package_modules(root: Path, package: str) -> dict:
    """{dotted module name: file} for every module of the package under `root`."""
    out = {}
    for path in sorted((root / package).rglob("*.py")):
        parts = list(path.relative_to(root).with_suffix("").parts)
        if parts[-1] == "__init__":
            parts = parts[:-1]
        out[".".join(parts)] = path
    return out


def _is_package(name: str, modules: dict) -> bool:
    return modules[name].name == "__init__.py" or not modules[name].exists()


def imports_of(name: str, path: Path, modules: dict, package: str):
    """Yield (line, imported module) for every import of a package module in `path`, and
    (line, None) plus the text for an import naming a module that does not exist."""
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    own_package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            for alias in node.names:
                if alias.name == package or alias.name.startswith(package + "."):
                    yield node.lineno, alias.name
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base_parts = own_package.split(".")
                if node.level > 1:
                    base_parts = base_parts[:-(node.level - 1)]
                base = ".".join(base_parts + ([node.module] if node.module else []))
            else:
                base = node.module or ""
            if not (base == package or base.startswith(package + ".")):
                continue
            for alias in node.names:
                sub = f"{base}.{alias.name}"
                yield node.lineno, sub if sub in modules else base


def _layer_of(name: str, package: str):
    rel = "" if name == package else name.removeprefix(package + ".")
    for index, patterns in enumerate(LAYERS):
        if any(rel == p or (p.endswith(".*") and fnmatch.fnmatch(rel, p)) for p in patterns):
            return index
    return None


def check_contract(root: Path, package: str = PACKAGE) -> list:
    """Return every breach of the contract as text: modules without a layer, imports of
    modules that do not exist, upward imports, and import cycles."""
    modules = package_modules(root, package)
    problems, graph = [], {name: set() for name in modules}
    for name, path in modules.items():
        layer = _layer_of(name, package)
        if layer is None:
            problems.append(f"{name}: belongs to no layer")
        for line, target in imports_of(name, path, modules, package):
            where = f"{path.relative_to(root)}:{line}"
            if target not in modules:
                problems.append(f"{where}: {name} imports {target}, which does not exist")
                continue
            if target == name:
                continue
            graph[name].add(target)
            theirs = _layer_of(target, package)
            if layer is not None and theirs is not None and theirs > layer:
                problems.append(f"{where}: {name} (layer {layer}) imports {target} "
                                f"(layer {theirs}), a higher layer")
    problems += [f"import cycle: {' -> '.join(c)}" for c in _cycles(graph)]
    return problems


def _cycles(graph: dict) -> list:
    """The strongly connected components with more than one module (Tarjan)."""
    index, low, stack, on_stack, found = {}, {}, [], set(), []
    counter = [0]

    def visit(v):
        index[v] = low[v] = counter[0]
        counter[0] += 1
        stack.append(v)
        on_stack.add(v)
        for w in sorted(graph[v]):
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in on_stack:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            component = []
            while True:
                w = stack.pop()
                on_stack.discard(w)
                component.append(w)
                if w == v:
                    break
            if len(component) > 1:
                found.append(sorted(component))

    for v in sorted(graph):
        if v not in index:
            visit(v)
    return found


def test_the_package_keeps_its_import_contract():
    problems = sorted(check_contract(REPO))
    assert problems == [], "\n".join(problems)


# --- the checker itself can fail ---------------------------------------------------------

def _write(root: Path, files: dict) -> Path:
    for rel, text in files.items():
        path = root / PACKAGE / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    return root


CLEAN = {
    "__init__.py": "from ._version import __version__\n",
    "_version.py": "__version__ = '0'\n",
    "vocab.py": "import math\n",
    "inputs/__init__.py": "from .files import read\n",
    "inputs/files.py": "from .. import vocab\nfrom ..errors import InputError\n",
    "errors.py": "",
    "analysis/__init__.py": "",
    "analysis/tables.py": "from ..inputs.files import read\nfrom .. import vocab\n",
    "cli.py": "def main():\n    from .analysis import tables\n",
}


def test_the_checker_accepts_a_clean_package(tmp_path):
    assert check_contract(_write(tmp_path, CLEAN)) == []


@pytest.mark.parametrize("change, words", [
    ({"vocab.py": "from .inputs import files\n"},
     "axis_report.vocab (layer 0) imports axis_report.inputs.files (layer 1)"),
    ({"inputs/files.py": "def f():\n    from ..analysis.tables import x\n"},
     "imports axis_report.analysis.tables (layer 2), a higher layer"),
    ({"analysis/tables.py": "import axis_report.cli\n"}, "imports axis_report.cli"),
    ({"inputs/files.py": "from . import checks\n", "inputs/checks.py": "from .files import x\n"},
     "import cycle: axis_report.inputs.checks -> axis_report.inputs.files"),
    ({"inputs/files.py": "from .gone import x\n"}, "imports axis_report.inputs.gone, which"),
    ({"extra.py": ""}, "axis_report.extra: belongs to no layer"),
])
def test_the_checker_sees_each_kind_of_breach(tmp_path, change, words):
    problems = check_contract(_write(tmp_path, {**CLEAN, **change}))
    assert any(words in p for p in problems), problems
