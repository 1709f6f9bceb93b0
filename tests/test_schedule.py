from axis_report import cli
from axis_report.schedule import cron_line, parse_time, systemd_units
from axis_report.paths import default_paths

import pytest


def test_cron_line_runs_the_briefs_from_the_checkout():
    line = cron_line(default_paths().root, "05:45")
    assert line.startswith("45 5 * * * cd ")
    assert "/.venv/bin/axis-report briefs" in line or "/bin/axis-report briefs" in line
    assert line.endswith("2>&1") and "reports/briefs/cron.out" in line


def test_systemd_units():
    units = systemd_units(default_paths().root, "06:30")
    assert set(units) == {"axis-briefs.service", "axis-briefs.timer"}
    assert "OnCalendar=*-*-* 06:30:00" in units["axis-briefs.timer"]
    assert "Persistent=true" in units["axis-briefs.timer"]
    assert f"WorkingDirectory={default_paths().root}" in units["axis-briefs.service"]
    assert "Type=oneshot" in units["axis-briefs.service"]


@pytest.mark.parametrize("bad", ["25:00", "6h30", "", "12:60"])
def test_bad_time_is_refused(bad):
    with pytest.raises(ValueError):
        parse_time(bad)


def test_schedule_command(tmp_path, capsys):
    assert cli.main(["schedule", "--print"]) == 0
    out = capsys.readouterr().out
    assert "crontab" in out and "axis-briefs.timer" in out
    assert cli.main(["schedule", "--write-units", str(tmp_path)]) == 0
    assert sorted(p.name for p in tmp_path.iterdir()) == ["axis-briefs.service",
                                                          "axis-briefs.timer"]
    assert cli.main(["schedule", "--at", "7pm"]) == 2
