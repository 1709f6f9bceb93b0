"""The brief grid on the local process pool against a Dask `LocalCluster` of 2 and 4
workers: the same cold grid (the report and its briefs, HTML and PDF), timed in one run.

Run as `python benchmarks/dask_bench.py [--rounds N]`; it needs the [dask] extra.
Timings belong here, never in tests. Variants alternate within each round so all see
the same machine state; the table gives each one's median and its ratio to the pool's.
A Dask time includes starting the cluster (a user pays it on every run).
"""

import argparse
import io
import os
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

__all__ = ["bench_dask"]


def _project(tmp: Path) -> Path:
    from axis_report.config import find_project
    from axis_report.scaffold import init_project

    project = tmp / "project"
    init_project(project)
    try:  # the UN-vote cache of the project this file sits in: every variant starts warm
        cache = find_project(Path(__file__).resolve().parent.parent).cache
        shutil.copytree(cache, project / "build" / "cache", dirs_exist_ok=True)
    except Exception:  # noqa: BLE001 - no cache: the first variant builds it for the rest
        pass
    return project


def _grid(project: Path, out: Path, executor, workers: int) -> float:
    from axis_report.config import ProjectPaths
    from axis_report.grid.run import run_grid

    stream = io.StringIO()
    started = time.perf_counter()
    code = run_grid(ProjectPaths(project), out_dir=out, stream=stream, force=True,
                    workers=workers, executor=executor)
    took = time.perf_counter() - started
    if code != 0:
        raise RuntimeError(f"the grid failed:\n{stream.getvalue()[-3000:]}")
    return took


def bench_dask(*, rounds: int = 1, stream=None) -> dict:
    """Time the cold grid on the pool (2 workers) and on LocalCluster(2) and (4); print
    medians and ratios to the pool; return {variant: seconds}."""
    from axis_report.grid.executors import DaskExecutor
    from axis_report.grid.plan import plan_grid

    stream = stream or sys.stdout
    variants = {"local pool, 2 workers": lambda: None,
                "Dask LocalCluster, 2 workers": lambda: DaskExecutor(2),
                "Dask LocalCluster, 4 workers": lambda: DaskExecutor(4)}
    times = {name: [] for name in variants}
    with tempfile.TemporaryDirectory(prefix="axis-bench-dask-") as tmp:
        tmp = Path(tmp)
        project = _project(tmp)
        from axis_report.config import ProjectPaths

        n = len(plan_grid(ProjectPaths(project)))
        _grid(project, tmp / "warm-up", None, 2)  # caches (figures, alignment) for all
        for _ in range(rounds):
            for name, make in variants.items():
                times[name].append(_grid(project, tmp / "out", make(), 2))
    medians = {name: statistics.median(t) for name, t in times.items()}
    pool = medians["local pool, 2 workers"]
    print(f"brief grid on Dask: {n} renders (HTML and PDF), forced, median of {rounds}; "
          f"this machine has {os.cpu_count()} cores", file=stream)
    for name, took in medians.items():
        print(f"  {name:<30} {took:6.1f} s  {pool / took:5.2f}x the pool's speed",
              file=stream)
    return medians


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=1)
    args = parser.parse_args(argv)
    bench_dask(rounds=args.rounds)
    return 0


if __name__ == "__main__":
    sys.exit(main())
