"""The `axis-report` command line, called in-process: exit codes, messages, derived flags."""

import subprocess
import sys
import time

import pytest
from conftest import REPO, TINY

from axis_report import cli
from axis_report.inputs.parameters import read_parameters


def _run(argv, capsys):
    code = cli.main(argv)
    out = capsys.readouterr()
    return code, out.out, out.err


def test_validate_the_tiny_project(capsys):
    code, out, err = _run(["validate", "--project", str(TINY)], capsys)
    assert code == 0, err
    assert "10 records valid" in out and "every record rates all 3 hypotheses" in out
    assert "every quote found verbatim in its source (3 sources)" in out
    assert "3 agreements valid" in out and "120 UN votes on 12 roll calls valid" in out


def test_validate_finds_the_project_from_a_subfolder(capsys, monkeypatch):
    monkeypatch.chdir(TINY / "seeds" / "reference")
    code, out, _ = _run(["validate"], capsys)
    assert code == 0 and str(TINY / "seeds" / "evidence.yaml") in out


def test_outside_a_project_exits_2_with_a_hint(tmp_path, capsys, monkeypatch):
    monkeypatch.chdir(tmp_path)
    code, _, err = _run(["validate"], capsys)
    assert code == 2
    assert "not inside an axis_report project" in err and "Traceback" not in err


def test_project_may_come_before_the_command(tmp_path, capsys, monkeypatch):
    monkeypatch.chdir(tmp_path)
    code, _, err = _run(["--project", str(TINY), "validate"], capsys)
    assert code == 0, err


def test_bad_parameter_exits_2_naming_it_without_traceback(tiny_with_notebooks, tmp_path,
                                                           capsys):
    out_dir = tmp_path / "out"
    code, out, err = _run(["report", "--project", str(tiny_with_notebooks), "--countries",
                           "RUS", "NOPE", "--out-dir", str(out_dir)], capsys)
    assert code == 2
    assert "field 'countries'" in err and "unknown value 'NOPE'" in err
    assert "Traceback" not in err and out == ""
    assert not out_dir.exists() and not (tiny_with_notebooks / "build").exists()


def test_bad_parameter_is_reported_before_anything_heavy_loads(tiny_with_notebooks):
    code = ("import sys, time; t = time.perf_counter(); from axis_report import cli; "
            f"rc = cli.main(['report', '--project', {str(tiny_with_notebooks)!r}, "
            "'--countries', 'RUS', 'NOPE']); "
            "heavy = [m for m in ('papermill', 'nbconvert', 'jupyter_client', 'weasyprint', "
            "'matplotlib', 'jupytext') if m in sys.modules]; "
            "print(rc, heavy, round(time.perf_counter() - t, 2))")
    started = time.perf_counter()
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          timeout=60)
    took = time.perf_counter() - started
    rc, heavy, _ = done.stdout.split(" ", 2)
    assert rc == "2" and heavy == "[]", done.stdout
    assert "field 'countries'" in done.stderr and "Traceback" not in done.stderr
    assert took < 5, took  # a process start, the package and pandas: well under a second


@pytest.mark.parametrize("args, words", [
    (["--weighting", "heavy"], "field 'weighting'"),
    (["--hypotheses", "H1", "H9"], "unknown value 'H9'; choose from H1, H2, H3"),
    (["--hypotheses", "H1"], "at least 2 hypotheses"),
    (["--min-weight", "7"], "field 'min_weight'"),
    (["--as-of", "2025-02-30"], "field 'as_of'"),
])
def test_cli_bad_parameters_exit_2(tiny_with_notebooks, tmp_path, capsys, args, words):
    code, _, err = _run(["report", "--project", str(tiny_with_notebooks), *args,
                         "--out-dir", str(tmp_path / "out")], capsys)
    assert code == 2 and words in err, err
    assert not (tmp_path / "out").exists()


def test_an_undeclared_flag_is_refused_by_the_parser(tiny_with_notebooks, capsys):
    with pytest.raises(SystemExit) as exit_:
        cli.main(["report", "--project", str(tiny_with_notebooks), "--contries", "RUS"])
    assert exit_.value.code == 2
    assert "unrecognized arguments: --contries" in capsys.readouterr().err


def test_report_help_lists_the_notebooks_parameters(tiny_with_notebooks, capsys):
    with pytest.raises(SystemExit) as exit_:
        cli.main(["report", "--project", str(tiny_with_notebooks), "--help"])
    assert exit_.value.code == 0
    text = " ".join(capsys.readouterr().out.split())  # argparse wraps its lines
    assert "notebook parameters (declared in the parameters cell)" in text
    for p in read_parameters(REPO / "notebooks" / "report.py"):
        flag = "--" + p.name.replace("_", "-")
        if p.name == "project":  # the project is --project, not a notebook flag
            continue
        assert flag in text, flag
        shown = " ".join(map(str, p.default)) if isinstance(p.default, list) else p.default
        assert f"[{p.type}; default: {shown}]" in text, p.name
        assert " ".join(p.help.split()[:4]) in text, p.name


def test_report_help_outside_a_project_says_where_the_flags_come_from(tmp_path, capsys,
                                                                      monkeypatch):
    monkeypatch.chdir(tmp_path)
    with pytest.raises(SystemExit) as exit_:
        cli.main(["report", "--help"])
    assert exit_.value.code == 0
    assert "to see the notebook's parameters" in capsys.readouterr().out


def test_init_a_folder_named_report_outside_a_project(tmp_path, capsys, monkeypatch):
    monkeypatch.chdir(tmp_path)
    code, _, err = _run(["init", "report"], capsys)
    assert code == 0, err
    assert (tmp_path / "report" / "axis-project.yaml").is_file()


def test_help_lists_the_commands(capsys):
    with pytest.raises(SystemExit) as exit_:
        cli.main(["--help"])
    assert exit_.value.code == 0
    out = capsys.readouterr().out
    for command in ("validate", "report", "briefs", "init", "schedule"):
        assert command in out
    with pytest.raises(SystemExit) as exit_:
        cli.main([])
    assert exit_.value.code == 2


def test_init_command(tmp_path, capsys):
    dest = tmp_path / "proj"
    code, out, _ = _run(["init", str(dest), "--empty"], capsys)
    assert code == 0 and "with an empty evidence base" in out
    assert f"cd {dest} && axis-report validate" in out
    assert (dest / "axis-project.yaml").is_file()
    code, _, err = _run(["init", str(dest)], capsys)
    assert code == 2 and "exists and is not an empty folder" in err


def test_interrupt_exits_130(capsys, monkeypatch):
    def interrupted(args):
        raise KeyboardInterrupt

    monkeypatch.setattr(cli, "cmd_validate", interrupted)
    code, _, err = _run(["validate", "--project", str(TINY)], capsys)
    assert code == 130 and "interrupted" in err


@pytest.mark.notebook
def test_bad_input_found_inside_the_kernel_exits_2_and_publishes_nothing(tiny_with_notebooks,
                                                                          tmp_path, capsys):
    evidence = tiny_with_notebooks / "seeds" / "evidence.yaml"
    good = evidence.read_text(encoding="utf-8")
    evidence.write_text("- id: E1\n  scope: group\n", encoding="utf-8")
    out = tmp_path / "out"
    out.mkdir()
    (out / "axis-report.html").write_text("last good edition")
    argv = ["report", "--project", str(tiny_with_notebooks), "--out-dir", str(out),
            "--formats", "html"]
    code, _, err = _run(argv, capsys)
    assert code == 2
    assert "record E1: field 'quotes': missing" in err and "nothing published" in err
    assert "Traceback" not in err
    assert [p.name for p in out.iterdir()] == ["axis-report.html"]
    assert (out / "axis-report.html").read_text() == "last good edition"
    assert (tiny_with_notebooks / "build" / "axis-report.failed.ipynb").is_file()
    # repaired, the same command publishes
    evidence.write_text(good, encoding="utf-8")
    code, stdout, err = _run([*argv, "--countries", "IRN", "RUS"], capsys)
    assert code == 0, err
    assert stdout.startswith(f"wrote {out / 'axis-report.html'}")
    assert "IRN-RUS" in (out / "axis-report.html").read_text()
    assert sorted(p.name for p in out.iterdir()) == ["axis-report.html"]
