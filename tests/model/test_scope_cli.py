"""An as_of that leaves nothing in scope stops `axis-report report` in its kernel: exit 2,
the parameter named, no traceback, nothing published."""

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
