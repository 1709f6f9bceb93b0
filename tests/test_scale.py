"""The scale benchmark's generator (benchmarks/scale.py) makes projects that validate: every
quote verbatim in its generated source, every claim rating every hypothesis."""

import importlib.util

from conftest import REPO

from axis_report.config import ProjectPaths
from axis_report.inputs import load_inputs


def _scale():
    spec = importlib.util.spec_from_file_location("scale", REPO / "benchmarks" / "scale.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_a_generated_project_validates(tmp_path):
    scale = _scale()
    root = scale.make_project(tmp_path / "p", 4, 15)
    inputs = load_inputs(ProjectPaths(root))  # raises InputError on any problem
    assert len(inputs.sources) == 4
    assert inputs.evidence["record_id"].nunique() == 15
    assert set(inputs.quotes["source_id"]) <= set(inputs.sources["source_id"])
    for row in inputs.quotes.itertuples():
        assert row.quote in inputs.texts[row.source_id]


def test_the_generator_is_deterministic(tmp_path):
    scale = _scale()
    a = scale.make_project(tmp_path / "a", 3, 9)
    b = scale.make_project(tmp_path / "b", 3, 9)
    for name in ("sources.yaml", "evidence.yaml", "s0001.txt"):
        assert (a / "seeds" / name).read_bytes() == (b / "seeds" / name).read_bytes()
