"""Running `axis-report briefs` on a schedule on a plain Linux machine: a crontab line,
or a systemd user service and timer. Printed or written to a folder, never installed
behind the user's back."""

import re
import shlex
import sys
from pathlib import Path

__all__ = ["parse_time", "cron_line", "systemd_units"]


def parse_time(text: str) -> tuple[int, int]:
    """Return (hour, minute) from 'HH:MM'; raise ValueError with a clear message."""
    m = re.fullmatch(r"([01]?\d|2[0-3]):([0-5]\d)", text or "")
    if not m:
        raise ValueError(f"{text!r} is not a time of day HH:MM (00:00 to 23:59)")
    return int(m.group(1)), int(m.group(2))


def _command(root: Path) -> str:
    exe = Path(sys.executable).parent / "axis-report"
    return f"{shlex.quote(str(exe))} briefs"


def cron_line(root: Path, at: str = "06:30") -> str:
    """Return a crontab line that regenerates the briefs every day at `at` (local time)."""
    hour, minute = parse_time(at)
    root = Path(root).resolve()
    log = root / "reports" / "briefs" / "cron.out"
    return (f"{minute} {hour} * * * cd {shlex.quote(str(root))} && {_command(root)} "
            f">> {shlex.quote(str(log))} 2>&1")


def systemd_units(root: Path, at: str = "06:30") -> dict:
    """Return {file name: text} for a systemd user service and timer."""
    hour, minute = parse_time(at)
    root = Path(root).resolve()
    service = f"""[Unit]
Description=Regenerate the axis_report briefs ({root})

[Service]
Type=oneshot
WorkingDirectory={root}
ExecStart={_command(root)}
Nice=10
"""
    timer = f"""[Unit]
Description=Regenerate the axis_report briefs every morning

[Timer]
OnCalendar=*-*-* {hour:02d}:{minute:02d}:00
Persistent=true

[Install]
WantedBy=timers.target
"""
    return {"axis-briefs.service": service, "axis-briefs.timer": timer}
