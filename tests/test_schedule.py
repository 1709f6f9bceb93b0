"""Running the briefs every day: a crontab line or systemd units, printed or written."""

import shlex

import pytest
from conftest import TINY

from axis_report import cli
from axis_report.schedule import cron_line, parse_time, systemd_units


def test_cron_line_runs_the_briefs_from_the_project(tmp_path):
    project = tmp_path / "my project"  # a space: the line must quote it
    project.mkdir()
    line = cron_line(project, "05:45")
    assert line.startswith("45 5 * * * cd ")
    words = shlex.split(line.split("* * * ", 1)[1])
    assert words[:3] == ["cd", str(project), "&&"]
    assert words[3].endswith("/axis-report") and words[4] == "briefs"
    assert line.endswith("2>&1") and "reports/briefs/cron.out" in line


def test_systemd_units():
    units = systemd_units(TINY, "06:30")
    assert set(units) == {"axis-briefs.service", "axis-briefs.timer"}
    assert "OnCalendar=*-*-* 06:30:00" in units["axis-briefs.timer"]
    assert "Persistent=true" in units["axis-briefs.timer"]
    assert f"WorkingDirectory={TINY}" in units["axis-briefs.service"]
    assert "Type=oneshot" in units["axis-briefs.service"]


@pytest.mark.parametrize("text, expect", [("06:30", (6, 30)), ("6:05", (6, 5)),
                                          ("23:59", (23, 59)), ("00:00", (0, 0))])
def test_good_times(text, expect):
    assert parse_time(text) == expect


@pytest.mark.parametrize("bad", ["25:00", "6h30", "", "12:60", "7pm", None])
def test_bad_time_is_refused(bad):
    with pytest.raises(ValueError):
        parse_time(bad)


def test_schedule_command(tmp_path, capsys):
    assert cli.main(["schedule", "--print", "--project", str(TINY)]) == 0
    out = capsys.readouterr().out
    assert "crontab" in out and "axis-briefs.timer" in out and f"cd {TINY}" in out
    units = tmp_path / "units"
    assert cli.main(["schedule", "--project", str(TINY), "--write-units", str(units)]) == 0
    assert sorted(p.name for p in units.iterdir()) == ["axis-briefs.service",
                                                       "axis-briefs.timer"]
    capsys.readouterr()
    assert cli.main(["schedule", "--project", str(TINY), "--at", "7pm"]) == 2
    assert "--at: '7pm' is not a time of day" in capsys.readouterr().err
