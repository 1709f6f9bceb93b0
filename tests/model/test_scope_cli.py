"""A scope that leaves nothing to report on stops `axis-report report` before its kernel
starts: exit 2, the parameters named, no traceback, nothing published."""

import pytest

from axis_report import cli


@pytest.mark.notebook
def test_report_with_as_of_before_every_source_exits_2_naming_it(tiny_with_notebooks, tmp_path,
                                                                 capsys):
    out = tmp_path / "out"
    code = cli.main(["report", "--project", str(tiny_with_notebooks), "--as-of", "2020-01-01",
                     "--out-dir", str(out)])
    err = capsys.readouterr().err
    assert code == 2
    assert ("field 'as_of': 2020-01-01 is before every source: the earliest is dated "
            "2024-03-01") in err
    assert "Traceback" not in err and "countries" not in err
    assert not out.exists() or not any(out.iterdir())


@pytest.mark.notebook
def test_report_with_as_of_that_empties_the_countries_names_as_of(tiny_with_notebooks,
                                                                   tmp_path, capsys):
    # PRK-RUS rests on TS2 (2025-06-26) alone: before it, the pair has nothing
    code = cli.main(["report", "--project", str(tiny_with_notebooks), "--as-of", "2025-01-01",
                     "--countries", "PRK", "RUS", "--out-dir", str(tmp_path / "out")])
    err = capsys.readouterr().err
    assert code == 2 and "field 'as_of'" in err and "2025-06-26" in err


def test_co_causes_are_named_before_a_kernel_starts(tiny_with_notebooks, tmp_path, capsys):
    # no economic claim weighs 3 in the tiny project: both parameters are named, and the
    # check runs before the notebook does, so no failed notebook is left behind
    failed = tiny_with_notebooks / "build" / "axis-report.failed.ipynb"
    failed.unlink(missing_ok=True)
    code = cli.main(["report", "--project", str(tiny_with_notebooks), "--domains", "economic",
                     "--min-weight", "3", "--out-dir", str(tmp_path / "out")])
    err = capsys.readouterr().err
    assert code == 2
    assert ("field 'domains': domains economic and min_weight 3 together leave no coded claim "
            "in scope") in err
    assert "Traceback" not in err and not failed.exists()
    assert not (tmp_path / "out").exists()
