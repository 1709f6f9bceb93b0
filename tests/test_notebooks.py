"""The committed notebooks: jupytext pairing that saves unchanged, thin cells, and every
declared parameter handed to the package."""

import ast
import copy

import jupytext
import pytest
from conftest import REPO
from jupytext.config import find_jupytext_configuration_file, load_jupytext_config

from axis_report.inputs.parameters import read_parameters

NOTEBOOKS = REPO / "notebooks"
PATHS = sorted(NOTEBOOKS.glob("*.py"))
# What JupyterLab writes into a notebook's metadata when it saves it with a Python kernel.
LANGUAGE_INFO = {
    "codemirror_mode": {"name": "ipython", "version": 3}, "file_extension": ".py",
    "mimetype": "text/x-python", "name": "python", "nbconvert_exporter": "python",
    "pygments_lexer": "ipython3", "version": "3.11.7",
}


def test_there_are_notebooks():
    assert [p.name for p in PATHS] == ["brief.py", "report.py", "review.py"]


def test_pairing_is_configured_for_the_notebooks_folder():
    assert find_jupytext_configuration_file(str(NOTEBOOKS)) == str(REPO / "jupytext.toml")
    config = load_jupytext_config(str(NOTEBOOKS))
    formats = config.formats if isinstance(config.formats, str) else ";".join(config.formats)
    assert formats == "ipynb,py:percent"


@pytest.mark.parametrize("path", PATHS, ids=lambda p: p.name)
def test_saving_an_unchanged_notebook_leaves_the_py_file_as_it_is(path):
    config = load_jupytext_config(str(path))
    nb = jupytext.read(path, config=config)
    nb.metadata["language_info"] = copy.deepcopy(LANGUAGE_INFO)
    text = jupytext.writes(nb, fmt="py:percent", config=config)
    assert text == path.read_text(encoding="utf-8")


@pytest.mark.parametrize("path", PATHS, ids=lambda p: p.name)
def test_notebooks_hold_no_definitions_loops_or_file_io(path):
    nb = jupytext.read(path)
    assert nb.metadata["kernelspec"]["name"] == "python3"
    for cell in nb.cells:
        if cell.cell_type != "code":
            continue
        tree = ast.parse(cell.source)
        for node in ast.walk(tree):
            assert not isinstance(node, (ast.FunctionDef, ast.ClassDef, ast.For,
                                         ast.While, ast.With, ast.Lambda)), cell.source
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Name):
                assert node.func.id != "open", cell.source


@pytest.mark.parametrize("name, prepare", [("report.py", "prepare_report"),
                                           ("brief.py", "prepare_brief")])
def test_every_declared_parameter_is_handed_to_the_package(name, prepare):
    nb = jupytext.read(NOTEBOOKS / name)
    declared = [p.name for p in read_parameters(NOTEBOOKS / name)]
    calls = [node for cell in nb.cells if cell.cell_type == "code"
             for node in ast.walk(ast.parse(cell.source))
             if isinstance(node, ast.Call) and getattr(node.func, "attr", "") == prepare]
    [call] = calls
    assert sorted((k.arg, k.value.id) for k in call.keywords) == sorted((n, n) for n in declared)
    code_cells = [c for c in nb.cells if c.cell_type == "code"]
    assert "parameters" in code_cells[0].metadata.get("tags", [])
    assert prepare in code_cells[1].source  # checked in the first cell after the parameters
