"""`make bench`: wall-clock timings of the report path against the naive CLI chain.

Timings belong here, never in tests. Each variant runs `repeats` times in
alternation (so both see the same machine state) and the median is reported.
"""

import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from .paths import default_paths

__all__ = ["run_bench", "time_command"]


def time_command(cmd, *, cwd) -> float:
    """Run `cmd` (a list) and return its wall time in seconds; raise if it fails."""
    started = time.perf_counter()
    done = subprocess.run(cmd, cwd=cwd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                          text=True)
    took = time.perf_counter() - started
    if done.returncode != 0:
        raise RuntimeError(f"{' '.join(map(str, cmd))} failed:\n{done.stderr[-2000:]}")
    return took


def _bin(name: str) -> str:
    return str(Path(sys.executable).parent / name)


def naive_chain(tmp: Path, notebook: Path, seeds: Path) -> list:
    """The commands a user would chain by hand for the same HTML and PDF."""
    ipynb, executed = tmp / "report.ipynb", tmp / "report.out.ipynb"
    return [
        [_bin("jupytext"), "--quiet", "--to", "ipynb", "-o", str(ipynb), str(notebook)],
        [_bin("papermill"), "--no-progress-bar", "-k", "python3", str(ipynb), str(executed),
         "-p", "seeds", str(seeds)],
        [_bin("jupyter"), "nbconvert", "--to", "axis_html", "--output-dir", str(tmp),
         str(executed)],
        [_bin("jupyter"), "nbconvert", "--to", "axis_pdf", "--output-dir", str(tmp),
         str(executed)],
    ]


def run_bench(*, repeats: int = 3) -> int:
    """Time `make report` and the naive chain; print medians and their ratio."""
    paths = default_paths()
    make = shutil.which("make")
    ours, naive = [], []
    for i in range(repeats):
        with tempfile.TemporaryDirectory(prefix="axis-bench-") as tmp:
            ours.append(time_command([make, "--no-print-directory", "report"], cwd=paths.root))
            chain = naive_chain(Path(tmp), paths.notebooks / "report.py", paths.seeds)
            naive.append(sum(time_command(c, cwd=tmp) for c in chain))
        print(f"  run {i + 1}/{repeats}: make report {ours[-1]:.2f} s, naive chain {naive[-1]:.2f} s",
              flush=True)
    a, b = statistics.median(ours), statistics.median(naive)
    print(f"report (HTML+PDF), median of {repeats}:")
    print(f"  make report             {a:6.2f} s")
    print(f"  naive CLI chain         {b:6.2f} s  (jupytext, papermill, nbconvert --to "
          "axis_html, nbconvert --to axis_pdf)")
    print(f"  speed-up                {b / a:6.2f}x")
    return 0
