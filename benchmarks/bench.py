"""`make bench`: wall-clock timings of the report path, in one run: the bad-parameter
time, UN alignment, warm against fresh kernels and the preview's edit-to-browser latency
(preview_bench.py), a warm `make report` against the naive CLI chain and the import floor,
the brief grid against the naive chain, and the scale table (scale.py).

Run as `python benchmarks/bench.py [--repeats N] [--no-grid] [--no-preview] [--no-scale]`.

Timings belong here, never in tests. Each variant runs `repeats` times in
alternation (so both see the same machine state) and the median is reported.
"""

import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from axis_report.config import find_project

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


def naive_chain(tmp: Path, notebook: Path, project: Path, *, name: str = "report",
                params: dict | None = None) -> list:
    """The commands a user would chain by hand for the same HTML and PDF."""
    ipynb, executed = tmp / f"{name}.ipynb", tmp / f"{name}.out.ipynb"
    extra = [x for k, v in (params or {}).items() for x in ("-p", k, v)]
    return [
        [_bin("jupytext"), "--quiet", "--to", "ipynb", "-o", str(ipynb), str(notebook)],
        [_bin("papermill"), "--no-progress-bar", "-k", "python3", str(ipynb), str(executed),
         "-p", "project", str(project), *extra],
        [_bin("jupyter"), "nbconvert", "--to", "axis_html", "--output-dir", str(tmp),
         str(executed)],
        [_bin("jupyter"), "nbconvert", "--to", "axis_pdf", "--output-dir", str(tmp),
         str(executed)],
    ]


def bench_alignment(paths, *, repeats: int) -> None:
    """Time loading the UN votes and computing the three agreement measures and kappa for
    all pairs, all years."""
    from axis_report.analysis.alignment import agreement_by_year
    from axis_report.inputs.reference import load_unga

    loads, computes = [], []
    for _ in range(repeats):
        started = time.perf_counter()
        votes, roll_calls = load_unga(paths.votes_file, paths.roll_calls_file)
        loads.append(time.perf_counter() - started)
        started = time.perf_counter()
        pairs = agreement_by_year(votes, roll_calls)
        computes.append(time.perf_counter() - started)
    n_countries = votes["country_code"].nunique()
    print(f"UN voting alignment, all pairs of all countries, all years, median of {repeats}:")
    print(f"  load and check {len(votes):,} votes on {len(roll_calls):,} roll calls "
          f"{statistics.median(loads):6.2f} s")
    print(f"  3 agreement measures + kappa: {len(pairs):,} pair-years ({n_countries} countries, "
          f"{pairs['year'].nunique()} years) {statistics.median(computes):6.2f} s")


def bench_grid(paths) -> None:
    """Time the brief grid (the report and the ten briefs, HTML and PDF): cold, a no-op
    rerun, a one-record change, and the naive sequential CLI chain on the same grid."""
    from axis_report.analysis.focus import all_focuses

    cli = [_bin("axis-report"), "briefs"]
    with tempfile.TemporaryDirectory(prefix="axis-bench-grid-") as tmp:
        tmp = Path(tmp)
        project = tmp / "project"
        time_command([_bin("axis-report"), "init", str(project)], cwd=tmp)
        # The UN-vote cache is kept (it depends on the reference data only); the figure
        # cache starts empty, so the cold grid draws every figure.
        shutil.copytree(paths.cache, project / "build" / "cache", dirs_exist_ok=True,
                        ignore=shutil.ignore_patterns("figures"))
        cold = time_command(cli, cwd=project)
        noop = time_command(cli, cwd=project)
        evidence = project / "seeds" / "evidence.yaml"
        text = evidence.read_text()
        at = text.index("- id: E026")
        at = text.index("weight: 2", at)
        evidence.write_text(text[:at] + "weight: 3" + text[at + len("weight: 2"):])
        one = time_command(cli, cwd=project)
        naive_dir = tmp / "naive"
        naive_dir.mkdir()
        started = time.perf_counter()
        for cmd in naive_chain(naive_dir, project / "notebooks" / "report.py", project):
            time_command(cmd, cwd=naive_dir)
        for focus in all_focuses():
            for cmd in naive_chain(naive_dir, project / "notebooks" / "brief.py", project,
                                   name=focus.name, params={"focus": focus.name}):
                time_command(cmd, cwd=naive_dir)
        naive = time.perf_counter() - started
    print("brief grid (report + 10 briefs, HTML and PDF), one run each:")
    print(f"  cold grid, {os.cpu_count()} cores      {cold:6.2f} s  (figure cache empty; "
          "target: at most 8 s)")
    print(f"  no-op rerun                {noop:6.2f} s")
    print(f"  one record changed         {one:6.2f} s  (report + IRN, RUS, IRN-RUS)")
    print(f"  naive sequential chain     {naive:6.2f} s  (per notebook: jupytext, papermill, "
          "nbconvert html, nbconvert pdf)")
    print(f"  cold grid speed-up         {naive / cold:6.2f}x  (target: at least 8x)")


def bench_bad_parameter(paths, *, repeats: int) -> None:
    """Time how long a typo in a report parameter takes to be reported (exit 2)."""
    took = []
    for _ in range(repeats):
        started = time.perf_counter()
        done = subprocess.run([_bin("axis-report"), "report", "--countries", "RUSS", "CHN"],
                              cwd=paths.root, capture_output=True, text=True)
        took.append(time.perf_counter() - started)
        if done.returncode != 2 or "field 'countries'" not in done.stderr:
            raise RuntimeError(f"a bad parameter was not reported as expected: {done.stderr}")
    print(f"bad parameter reported (exit 2), median of {repeats}: "
          f"{statistics.median(took):6.2f} s")


IMPORT_FLOOR = [sys.executable, "-c", "import pandas, seaborn, matplotlib.pyplot"]


def bench_report(paths, *, repeats: int) -> None:
    """Time a warm `make report` against the naive CLI chain and the import floor (a bare
    interpreter importing pandas, seaborn and matplotlib), alternating, in one run."""
    make = shutil.which("make")
    ours, naive, floor = [], [], []
    for i in range(repeats):
        with tempfile.TemporaryDirectory(prefix="axis-bench-") as tmp:
            floor.append(time_command(IMPORT_FLOOR, cwd=tmp))
            ours.append(time_command([make, "--no-print-directory", "report"], cwd=paths.root))
            chain = naive_chain(Path(tmp), paths.report_notebook, paths.root)
            naive.append(sum(time_command(c, cwd=tmp) for c in chain))
        print(f"  run {i + 1}/{repeats}: make report {ours[-1]:.2f} s, naive chain "
              f"{naive[-1]:.2f} s, import floor {floor[-1]:.2f} s", flush=True)
    a, b, f = (statistics.median(x) for x in (ours, naive, floor))
    print(f"report (HTML+PDF), warm, median of {repeats}:")
    print(f"  make report             {a:6.2f} s")
    print(f"  naive CLI chain         {b:6.2f} s  (jupytext, papermill, nbconvert --to "
          "axis_html, nbconvert --to axis_pdf)")
    print(f"  import floor            {f:6.2f} s  (python -c 'import pandas, seaborn, "
          "matplotlib.pyplot')")
    print(f"  speed-up over naive     {b / a:6.2f}x")
    print(f"  make report / floor     {a / f:6.2f}x  (target: at most 4x)")


def run_bench(*, repeats: int = 3, grid: bool = True, preview: bool = True,
              scale: bool = True) -> int:
    """Everything issue 13 asks `make bench` to print, in one run: preview latency, the
    report and grid against the naive chain (with ratios), the bad-parameter time and the
    scale table."""
    paths = find_project(Path(__file__).resolve().parent.parent)
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    bench_bad_parameter(paths, repeats=repeats)
    bench_alignment(paths, repeats=repeats)
    if preview:
        from preview_bench import bench_preview, bench_warm_render

        bench_warm_render(paths.root, repeats=repeats)
        bench_preview(paths.root, repeats=max(5, repeats))
    bench_report(paths, repeats=repeats)
    if grid:
        bench_grid(paths)
    if scale:
        from scale import bench_scale

        bench_scale()
    return 0


if __name__ == "__main__":
    import argparse

    parser = argparse.ArgumentParser(description="Time the report path, the brief grid and "
                                                 "the bad-parameter path.")
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--no-grid", action="store_true", help="skip the brief-grid timings")
    parser.add_argument("--no-preview", action="store_true", help="skip the preview latency")
    parser.add_argument("--no-scale", action="store_true", help="skip the scale table")
    args = parser.parse_args()
    sys.exit(run_bench(repeats=args.repeats, grid=not args.no_grid,
                       preview=not args.no_preview, scale=not args.no_scale))
