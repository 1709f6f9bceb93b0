"""Kill `axis-report briefs` with SIGKILL at random moments and check what it leaves.

Run as `python benchmarks/sigkill.py [--runs 20] [--seed 1]`. Each round starts a forced
brief run in a fresh copy of the template project, kills its whole process group at a
random moment, then checks every published file (PDFs open, HTML complete, manifest and
snapshots parse), counts leftovers (temporary files, working folders, live processes of
the killed run), and runs the grid again to check it completes. Prints one line per round
and the totals.
"""

import argparse
import json
import os
import random
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

BIN = Path(sys.executable).parent


def check_published(reports: Path) -> tuple:
    """Return (files checked, broken files) under a reports folder."""
    from pypdf import PdfReader

    checked, broken = 0, []
    for path in reports.rglob("*"):
        if not path.is_file() or path.name.startswith("."):
            continue
        checked += 1
        try:
            if path.suffix == ".pdf":
                PdfReader(str(path)).pages[0]
            elif path.suffix == ".html":
                if not path.read_text(encoding="utf-8").rstrip().endswith("</html>"):
                    raise ValueError("incomplete HTML")
            elif path.suffix == ".json":
                json.loads(path.read_text(encoding="utf-8"))
        except Exception as exc:  # noqa: BLE001 - any failure to read is a broken file
            broken.append(f"{path.relative_to(reports)}: {exc}")
    return checked, broken


def _processes_in(project: Path) -> int:
    """How many live processes (not zombies) run with their working folder inside the
    project: the killed run's workers and kernels, if any survived it."""
    n = 0
    for proc in Path("/proc").iterdir():
        if not proc.name.isdigit():
            continue
        try:
            cwd = os.readlink(proc / "cwd")
            state = (proc / "stat").read_text().split(") ", 1)[1][0]
        except OSError:
            continue
        if state != "Z" and cwd.startswith(str(project)):
            n += 1
    return n


def leftovers(project: Path) -> dict:
    """Temporary files and working folders left in the project, and processes of the
    killed run still alive after a grace of up to 5 s (kernels notice their parent died
    within a second or two)."""
    temps = [p for p in project.rglob("*.tmp")]
    work = project / "build" / "work"
    folders = [p for p in work.iterdir()] if work.exists() else []
    deadline = time.monotonic() + 5
    alive = _processes_in(project)
    while alive and time.monotonic() < deadline:
        time.sleep(0.25)
        alive = _processes_in(project)
    return {"temps": len(temps), "work": len(folders), "alive": alive}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=20)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    rng = random.Random(args.seed)
    totals = {"checked": 0, "broken": 0, "temps": 0, "work_after_rerun": 0, "alive": 0,
              "rerun_failed": 0}
    with tempfile.TemporaryDirectory(prefix="axis-sigkill-") as tmp:
        project = Path(tmp) / "project"
        subprocess.run([BIN / "axis-report", "init", str(project)], check=True,
                       capture_output=True)
        subprocess.run([BIN / "axis-report", "briefs"], cwd=project, check=True,
                       capture_output=True)
        for n in range(1, args.runs + 1):
            proc = subprocess.Popen([BIN / "axis-report", "briefs", "--force"], cwd=project,
                                    stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                                    start_new_session=True)
            delay = rng.uniform(0.5, 14.0)
            time.sleep(delay)
            try:
                os.killpg(proc.pid, signal.SIGKILL)
            except ProcessLookupError:
                pass
            proc.wait()
            time.sleep(0.5)
            left = leftovers(project)
            checked, broken = check_published(project / "reports")
            rerun = subprocess.run([BIN / "axis-report", "briefs"], cwd=project,
                                   capture_output=True, text=True)
            after = leftovers(project)
            totals["checked"] += checked
            totals["broken"] += len(broken)
            totals["temps"] += left["temps"]
            totals["alive"] += left["alive"]
            totals["work_after_rerun"] += after["work"]
            totals["rerun_failed"] += rerun.returncode != 0
            print(f"round {n:2d}: killed after {delay:4.1f} s; {checked} published files "
                  f"checked, {len(broken)} broken; left {left['temps']} temp files, "
                  f"{left['work']} work folders, {left['alive']} live processes; next run exit "
                  f"{rerun.returncode}, work folders after it: {after['work']}", flush=True)
            for b in broken:
                print(f"   broken: {b}")
    print(f"totals over {args.runs} kills: {totals}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
