"""A notebook's parameters, read from its `parameters` cell without any Jupyter import."""

import ast
import subprocess
import sys

import jupytext
import papermill as pm
import pytest
from conftest import REPO

from axis_report.errors import InputError
from axis_report.inputs.parameters import Parameter, read_parameters

NOTEBOOKS = REPO / "notebooks"


def test_report_notebook_parameters():
    params = read_parameters(NOTEBOOKS / "report.py")
    assert [(p.name, p.type) for p in params] == [
        ("countries", "list"), ("domains", "list"), ("min_weight", "int"), ("title", "str"),
        ("as_of", "str"), ("project", "str"), ("hypotheses", "list"), ("weighting", "str"),
        ("include_contradicted", "bool"), ("un_measure", "str"), ("issued", "str"),
        ("stale_after_days", "int")]
    by_name = {p.name: p for p in params}
    assert by_name["countries"].default == []  # empty: all of the project's countries
    assert by_name["domains"].default == ["military", "economic", "diplomatic", "ideological"]
    assert by_name["min_weight"].default == 1
    assert by_name["as_of"].default == "" and by_name["hypotheses"].default == []
    assert by_name["weighting"].default == "parc"
    assert by_name["include_contradicted"].default is False
    assert by_name["un_measure"].default == "standard"
    assert by_name["issued"].default == "" and by_name["stale_after_days"].default == 90
    assert by_name["min_weight"].help.startswith("leave out claims weaker than this")
    assert all(p.help for p in params)


def test_brief_notebook_parameters():
    params = read_parameters(NOTEBOOKS / "brief.py")
    assert [p.name for p in params] == ["focus", "as_of", "edition", "previous",
                                        "previous_edition", "stale_after_days", "project"]
    assert {p.type for p in params} == {"str", "int"}
    assert next(p for p in params if p.name == "stale_after_days").default == 90
    assert params[0] == Parameter("focus", "str", "RUS", params[0].help)
    assert all(p.help for p in params)


@pytest.mark.parametrize("name", ["report.py", "brief.py"])
def test_parameters_agree_with_papermill(tmp_path, name):
    # papermill reads the same cell its own way: names, types, defaults and help must match
    ipynb = tmp_path / name.replace(".py", ".ipynb")
    jupytext.write(jupytext.read(NOTEBOOKS / name), ipynb)
    theirs = pm.inspect_notebook(str(ipynb))
    ours = read_parameters(NOTEBOOKS / name)
    assert list(theirs) == [p.name for p in ours]
    for p in ours:
        assert theirs[p.name]["inferred_type_name"] == p.type, p.name
        assert ast.literal_eval(theirs[p.name]["default"]) == p.default, p.name
        assert theirs[p.name]["help"] == p.help, p.name


def test_an_ipynb_notebook_is_read_through_jupytext(tmp_path):
    ipynb = tmp_path / "report.ipynb"
    jupytext.write(jupytext.read(NOTEBOOKS / "report.py"), ipynb)
    assert read_parameters(ipynb) == read_parameters(NOTEBOOKS / "report.py")


def test_reading_a_percent_notebook_imports_no_jupyter():
    code = ("import sys; from axis_report.inputs.parameters import read_parameters; "
            f"read_parameters({str(NOTEBOOKS / 'report.py')!r}); "
            "print(sorted(m for m in ('jupytext', 'papermill', 'nbformat', 'nbconvert') "
            "if m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True).stdout
    assert out.strip() == "[]"


HEADER = "# %% [markdown]\n# intro\n\n"


@pytest.mark.parametrize("cell, words", [
    ("# %%\nx: int = 1\n", "no cell tagged 'parameters'"),
    ('# %% tags=["parameters"]\nx: int = (1\n', "parameters cell: "),
    ('# %% tags=["parameters"]\nx = 1  # no annotation\n', "each line must read"),
    ('# %% tags=["parameters"]\nx: list[str] = []  # generic\n', "each line must read"),
    ('# %% tags=["parameters"]\nx: int  # no default\n', "each line must read"),
    ('# %% tags=["parameters"]\nx: int = 1 + y  # help\n', "the default must be a literal"),
])
def test_bad_parameters_cell(tmp_path, cell, words):
    path = tmp_path / "nb.py"
    path.write_text(HEADER + cell + "\n# %%\nprint(x)\n", encoding="utf-8")
    with pytest.raises(InputError) as err:
        read_parameters(path)
    assert str(path) in str(err.value) and words in str(err.value)


def test_bad_line_is_named_by_its_line_in_the_cell(tmp_path):
    path = tmp_path / "nb.py"
    path.write_text(HEADER + '# %% tags=["parameters"]\na: int = 1  # ok\nb: str = f(2)  # x\n',
                    encoding="utf-8")
    with pytest.raises(InputError) as err:
        read_parameters(path)
    [problem] = err.value.problems
    assert (problem.field, problem.line) == ("b", 2)


def test_the_cell_ends_at_the_next_cell(tmp_path):
    path = tmp_path / "nb.py"
    path.write_text(HEADER + '# %% tags=["parameters"]\na: int = 1  # one\n\n# %%\nb = 2\n',
                    encoding="utf-8")
    assert read_parameters(path) == [Parameter("a", "int", 1, "one")]


def test_missing_notebook(tmp_path):
    with pytest.raises(InputError) as err:
        read_parameters(tmp_path / "absent.py")
    assert "cannot read the notebook" in str(err.value)
