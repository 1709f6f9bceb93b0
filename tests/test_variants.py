"""Layout that holds in every variant: the report and the briefs, built for a matrix of
parameters from the project's own evidence, laid out as the PDF prints them, with every
layout check run on each (nothing overflows, no stranded heading or table row, no text
under 7 pt in print) and every figure they draw checked (no legend over data, no texts
or markers on top of each other, no figure text under 7 pt as printed).

Each variant's notebook runs in this process (its cells in order, each cell's last value
displayed as the kernel would), through the same package calls and the same nbconvert
template as `axis-report report`, and its layout is computed once without writing a PDF:
the matrix stays cheap enough to run in `make test`.
"""

import ast
import itertools
import time

import jupytext
import nbformat
import pytest
from conftest import REPO
from layout import layout_problems

from axis_report import vocab
from axis_report.figures import cache, checks
from axis_report.render.export import export_html
from axis_report.render.pdf import lay_out_for_print

pytestmark = pytest.mark.notebook

FOUR = list(vocab.DEFAULT_GROUP)
REPORT_VARIANTS = {
    "all four": {},
    **{f"pair {a}-{b}": {"countries": [a, b]} for a, b in itertools.combinations(sorted(FOUR), 2)},
    "three": {"countries": ["CHN", "IRN", "RUS"]},
    "one domain": {"domains": ["military"]},
    "high minimum weight": {"min_weight": 3},
    "little evidence": {"as_of": "2023-12-31"},
    "hypotheses subset": {"hypotheses": ["H1", "H3"]},
}
BRIEF_VARIANTS = {f"brief {focus}": {"focus": focus} for focus in
                  [*FOUR, *(vocab.dyad_code(a, b) for a, b in itertools.combinations(FOUR, 2))]}
# A dyad with no coded evidence yet (as of this date), where the brief says so.
BRIEF_VARIANTS["brief without evidence"] = {"focus": "CHN-PRK", "as_of": "2018-01-01"}


def _execute_in_process(notebook, parameters: dict):
    """Return the notebook with its parameters injected and its code cells run here, each
    cell's last expression shown as its rich output: what papermill's kernel returns for
    these notebooks (their cells display package Blocks and nothing else)."""
    nb = jupytext.read(notebook)
    names = {"__name__": "__variant__"}
    injected = False
    for cell in nb.cells:
        if cell.cell_type != "code":
            continue
        tree = ast.parse(cell.source)
        if not injected and "parameters" in cell.metadata.get("tags", []):
            tree.body += ast.parse("\n".join(f"{k} = {v!r}" for k, v in
                                             parameters.items())).body
            injected = True
        last = tree.body.pop() if tree.body and isinstance(tree.body[-1], ast.Expr) else None
        exec(compile(ast.Module(tree.body, []), str(notebook), "exec"), names)  # noqa: S102
        cell.outputs = []
        if last is not None:
            value = eval(compile(ast.Expression(last.value), str(notebook), "eval"), names)
            if hasattr(value, "_repr_html_"):
                cell.outputs = [nbformat.v4.new_output(
                    "execute_result", data={"text/html": value._repr_html_(),
                                            "text/plain": repr(value)}, execution_count=1)]
    assert injected, f"{notebook} has no parameters cell"
    return nb


@pytest.fixture(scope="module")
def drawn(tmp_path_factory):
    """Every figure drawn while the module's variants build, checked as it is saved: a
    list of (variant, figure problems) the tests fill in and read."""
    return {"current": None, "problems": [], "figures": 0}


@pytest.fixture(autouse=True)
def _check_every_figure(monkeypatch, drawn):
    """Draw every figure afresh (no figure cache) and run the figure checks on each as it
    is turned into SVG, for the report's figures and the briefs' alike."""
    save = cache.figure_svg

    def checked(fig):
        drawn["figures"] += 1
        for problem in checks.figure_problems(fig):
            drawn["problems"].append((drawn["current"], problem))
        return save(fig)

    monkeypatch.setattr(cache, "figure_svg", checked)
    monkeypatch.setattr(cache, "read_checked", lambda path: None)
    monkeypatch.setattr(cache, "publish_checked", lambda path, data: None)
    import axis_report.sections.brief as brief_sections

    monkeypatch.setattr(brief_sections, "figure_svg", checked)


TIMES = {}


def _build(name, notebook, parameters, drawn):
    drawn["current"] = name
    start = time.perf_counter()
    nb = _execute_in_process(REPO / "notebooks" / notebook,
                             {**parameters, "project": str(REPO)})
    markup = export_html(nb)
    problems = layout_problems(lay_out_for_print(markup))  # what the PDF prints
    TIMES[name] = time.perf_counter() - start
    return markup, problems


@pytest.mark.parametrize("name", list(REPORT_VARIANTS))
def test_report_variant_lays_out_cleanly(name, drawn):
    markup, problems = _build(name, "report.py", REPORT_VARIANTS[name], drawn)
    assert "<figure" in markup
    assert problems == {}, f"{name}: {problems}"
    assert [p for v, p in drawn["problems"] if v == name] == []


@pytest.mark.parametrize("name", list(BRIEF_VARIANTS))
def test_brief_variant_lays_out_cleanly(name, drawn):
    markup, problems = _build(name, "brief.py", BRIEF_VARIANTS[name], drawn)
    assert problems == {}, f"{name}: {problems}"
    assert [p for v, p in drawn["problems"] if v == name] == []


def test_the_matrix_drew_and_checked_figures(drawn):
    # every report variant draws its figures (seven or eight; six for a single pair, which
    # has no network to draw); a brief with evidence one
    if len(TIMES) == len(REPORT_VARIANTS) + len(BRIEF_VARIANTS):
        pairs = sum(1 for v in REPORT_VARIANTS.values() if len(v.get("countries", FOUR)) == 2)
        assert drawn["figures"] >= (7 * len(REPORT_VARIANTS) - pairs
                                    + len(BRIEF_VARIANTS) - 1)
