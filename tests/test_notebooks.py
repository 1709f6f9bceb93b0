"""The committed notebooks: jupytext pairing, a parseable parameters cell, thin cells."""

import ast

import jupytext
import papermill as pm
from jupytext.config import find_jupytext_configuration_file, load_jupytext_configuration_file

from axis_report.paths import default_paths

NOTEBOOKS = default_paths().notebooks


def test_pairing_is_configured_for_the_notebooks_folder():
    config = load_jupytext_configuration_file(find_jupytext_configuration_file(str(NOTEBOOKS)))
    formats = config.formats if isinstance(config.formats, str) else ";".join(config.formats)
    assert formats == "ipynb,py:percent"


def test_report_parameters_are_documented_for_papermill(tmp_path):
    ipynb = tmp_path / "report.ipynb"
    jupytext.write(jupytext.read(NOTEBOOKS / "report.py"), ipynb)
    params = pm.inspect_notebook(str(ipynb))
    assert list(params) == ["countries", "domains", "min_weight", "title", "as_of", "seeds",
                            "hypotheses", "weighting"]
    assert params["min_weight"]["inferred_type_name"] == "int"
    assert all(p["help"] for p in params.values())  # every parameter has a comment
    assert ast.literal_eval(params["countries"]["default"]) == ["CHN", "RUS", "IRN", "PRK"]


def test_notebooks_hold_no_definitions_loops_or_file_io():
    for path in NOTEBOOKS.glob("*.py"):
        nb = jupytext.read(path)
        assert nb.metadata["kernelspec"]["name"] == "python3", path
        for cell in nb.cells:
            if cell.cell_type != "code":
                continue
            tree = ast.parse(cell.source)
            for node in ast.walk(tree):
                assert not isinstance(node, (ast.FunctionDef, ast.ClassDef, ast.For,
                                             ast.While, ast.With)), (path, cell.source)
                if isinstance(node, ast.Call) and isinstance(node.func, ast.Name):
                    assert node.func.id != "open", (path, cell.source)
