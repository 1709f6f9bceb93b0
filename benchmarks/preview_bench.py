"""Preview latency: how long from saving a one-record evidence edit to the new HTML being
served by `axis-report preview`, and a warm kernel's render against a fresh kernel's.

Run as `python benchmarks/preview_bench.py [--repeats N] [--project DIR]`;
`benchmarks/bench.py` calls `bench_preview()` and `bench_warm_render()`.

The preview runs on a copy of the project (settings, seeds, notebooks). Each repeat edits
one claim's text in the copy's seeds/evidence.yaml, then follows the page as a browser
does: it waits on /events for the next version and fetches /; the time is from the
write to the fetched HTML holding the edit. Timings belong here, never in tests.
"""

import argparse
import http.client
import shutil
import statistics
import sys
import tempfile
import threading
import time
from pathlib import Path

from axis_report.config import PACKAGE_DIR, ProjectPaths, find_project

__all__ = ["bench_preview", "bench_warm_render", "copy_for_bench"]


def copy_for_bench(src: Path, dest: Path) -> ProjectPaths:
    """Copy a project's settings, seeds and notebooks to `dest` (no reports, no build);
    a project without notebooks (the tests' tiny one) gets the current project's. On
    failure, `dest`'s parent (a temporary folder) is removed."""
    try:
        dest.mkdir(parents=True)
        shutil.copy2(src / "axis-project.yaml", dest / "axis-project.yaml")
        shutil.copytree(src / "seeds", dest / "seeds")
        notebooks = (src / "notebooks" if (src / "notebooks").is_dir()
                     else find_project().notebooks)
        shutil.copytree(notebooks, dest / "notebooks",
                        ignore=shutil.ignore_patterns("*.ipynb", ".ipynb_checkpoints"))
    except BaseException:
        shutil.rmtree(dest.parent, ignore_errors=True)
        raise
    return ProjectPaths(dest)


def _edit_first_claim(evidence: Path, marker: str) -> None:
    """Set the first claim's text to end with `marker` (one record changed)."""
    lines = evidence.read_text(encoding="utf-8").split("\n")
    for i, line in enumerate(lines):
        if line.startswith("  claim: "):
            base = line.split(" [edit ", 1)[0]
            lines[i] = f"{base} [edit {marker}]"
            break
    else:
        raise RuntimeError(f"{evidence}: no claim line to edit")
    evidence.write_text("\n".join(lines), encoding="utf-8")


class _Events:
    """A client of the preview's /events stream, as the page's script is."""

    def __init__(self, url_host: str, port: int):
        self.conn = http.client.HTTPConnection(url_host, port, timeout=600)
        self.conn.request("GET", "/events")
        self.resp = self.conn.getresponse()
        self.versions = []
        self.cond = threading.Condition()
        threading.Thread(target=self._read, daemon=True).start()

    def _read(self):
        try:
            for raw in self.resp:
                line = raw.decode().strip()
                if line.startswith("data: "):
                    with self.cond:
                        self.versions.append(int(line[6:]))
                        self.cond.notify_all()
        except (OSError, ValueError):
            pass

    def wait_beyond(self, version: int, timeout: float) -> int:
        with self.cond:
            if not self.cond.wait_for(lambda: self.versions and self.versions[-1] > version,
                                      timeout):
                raise TimeoutError(f"no version after {version} within {timeout:g} s")
            return self.versions[-1]

    def close(self):
        self.conn.close()


def _get(host: str, port: int, path: str) -> bytes:
    conn = http.client.HTTPConnection(host, port, timeout=60)
    try:
        conn.request("GET", path)
        return conn.getresponse().read()
    finally:
        conn.close()


def bench_preview(project: Path | None = None, *, repeats: int = 5, log=print,
                  verbose: bool = False) -> dict:
    """Start a preview on a copy of `project` (default: the one holding the current
    directory), wait for its first render, then `repeats` times edit one evidence
    record and time until the served HTML shows the edit. Prints and returns the
    figures (seconds)."""
    from axis_report.preview import Preview

    src = Path(project) if project else find_project().root
    tmp = Path(tempfile.mkdtemp(prefix="axis-preview-bench-"))
    paths = copy_for_bench(src, tmp / "project")
    # The watcher looks at a snapshot of the package's files (as many as the package's),
    # so edits elsewhere in a shared working tree cannot restart the kernel mid-sample.
    package = tmp / "package"
    shutil.copytree(PACKAGE_DIR, package, ignore=shutil.ignore_patterns("__pycache__"))
    preview = Preview(paths, {"project": str(paths.root)}, port=0,
                      log=log if verbose else lambda line: None, package_dir=package)
    host, port = preview.server.server_address[:2]
    totals, renders, notebooks, exports, slowest, restarts = [], [], [], [], [], 0
    try:
        started = time.perf_counter()
        preview.start()
        first = preview.wait_for(1, timeout=600)
        log(f"preview: first render {time.perf_counter() - started:.2f} s from start "
            f"(kernel start and imports {preview.kernel.import_seconds:.2f} s); "
            f"status {first.status}")
        if first.status != "ok":
            raise RuntimeError(f"the first render failed: {first.problems or first.detail}")
        scans = []
        for _ in range(20):
            t = time.perf_counter()
            preview.watcher.scan()
            scans.append(time.perf_counter() - t)
        log(f"preview: one scan of the {len(preview.watcher.seen)} watched files "
            f"{statistics.median(scans) * 1000:.1f} ms (median of 20); polled every "
            f"{preview.watcher.poll * 1000:.0f} ms")
        events = _Events(host, port)
        try:
            for i in range(repeats):
                marker = f"{i}-{time.time_ns()}"
                version = preview.shown.version
                starts = preview.kernel.starts
                time.sleep(0.3)  # a save well after the last one, as an analyst's are
                t0 = time.perf_counter()
                _edit_first_claim(paths.evidence_file, marker)
                while True:  # the page reloads on each new version until the edit shows
                    version = events.wait_beyond(version, timeout=300)
                    html = _get(host, port, "/")
                    if marker.encode() in html:
                        break
                    if preview.shown.status != "ok":
                        raise RuntimeError(f"edit {i + 1} did not render: "
                                           f"{preview.shown.problems or preview.shown.detail}")
                total = time.perf_counter() - t0
                shown = preview.shown
                if preview.kernel.starts != starts:
                    restarts += 1  # the package changed meanwhile: not a clean sample
                    log(f"  edit {i + 1}: {total:.2f} s (a package change restarted the "
                        "kernel meanwhile; left out)")
                    continue
                totals.append(total)
                renders.append(shown.seconds)
                notebooks.append(shown.timings.get("execute", 0.0))
                exports.append(shown.timings.get("export", 0.0))
                cells = sorted(shown.timings.get("cells", []), key=lambda c: -c[1])
                slowest.append(cells[0] if cells else (None, 0.0, ""))
                log(f"  edit {i + 1}: {total:.2f} s to the new HTML (render {shown.seconds:.2f} "
                    f"s: notebook {notebooks[-1]:.2f} s, export {exports[-1]:.2f} s)")
        finally:
            events.close()
    finally:
        preview.stop()
        shutil.rmtree(tmp, ignore_errors=True)
    if not totals:
        raise RuntimeError("no clean sample: the package kept changing")
    med = statistics.median(totals)
    out = dict(median=med, min=min(totals), max=max(totals),
               render=statistics.median(renders), notebook=statistics.median(notebooks),
               export=statistics.median(exports), samples=len(totals), restarts=restarts)
    cell, cell_s, cell_line = max(slowest, key=lambda c: c[1])
    log(f"preview latency, one-record evidence edit to new HTML served: median {med:.2f} s "
        f"(min {out['min']:.2f}, max {out['max']:.2f}; {len(totals)} edits) "
        f"[target 1 s on 2 cores: {'met' if med <= 1.0 else 'not met'}]")
    log(f"  where it goes (medians): render {out['render']:.2f} s = notebook "
        f"{out['notebook']:.2f} s + export {out['export']:.2f} s; the rest "
        f"({med - out['render']:.2f} s) is noticing the save and serving; slowest cell "
        f"{cell}, {cell_line} ({cell_s:.2f} s at most)")
    return out


def bench_warm_render(project: Path | None = None, *, repeats: int = 3, log=print) -> dict:
    """Render the report notebook (execute and export HTML) in a fresh kernel and in a
    warm one, alternately, `repeats` times each; print the medians and their ratio."""
    from axis_report.render.export import export_html
    from axis_report.render.notebook import execute_notebook, read_notebook
    from axis_report.render.warm import WarmKernel

    src = Path(project) if project else find_project().root
    tmp = Path(tempfile.mkdtemp(prefix="axis-warm-bench-"))
    paths = copy_for_bench(src, tmp / "project")
    params = {"project": str(paths.root)}
    fresh, warm = [], []
    try:
        with WarmKernel(work_root=tmp / "work") as kernel:
            # one untimed run of each fills the figure and UN alignment caches
            for run in ("fresh", "warm") * (repeats + 1):
                workdir = Path(tempfile.mkdtemp(dir=tmp))
                nb = read_notebook(paths.report_notebook)
                t0 = time.perf_counter()
                if run == "fresh":
                    executed = execute_notebook(nb, parameters=params, cwd=workdir)
                else:
                    executed = kernel.execute(nb, parameters=params, cwd=workdir)
                export_html(executed)
                took = time.perf_counter() - t0
                shutil.rmtree(workdir, ignore_errors=True)
                (fresh if run == "fresh" else warm).append(took)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    f, w = statistics.median(fresh[1:]), statistics.median(warm[1:])
    log(f"report render (execute + HTML export), median of {repeats}: fresh kernel {f:.2f} s, "
        f"warm kernel {w:.2f} s; the warm kernel takes {w / f:.2f} of the time "
        f"({f - w:.2f} s saved per render)")
    return dict(fresh=f, warm=w, ratio=w / f)


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeats", type=int, default=5)
    parser.add_argument("--project", help="project to copy (default: the current one)")
    parser.add_argument("--verbose", action="store_true", help="print the preview's log")
    parser.add_argument("--no-warm", action="store_true",
                        help="skip the fresh against warm kernel comparison")
    args = parser.parse_args()
    bench_preview(args.project and Path(args.project), repeats=args.repeats,
                  verbose=args.verbose)
    if not args.no_warm:
        bench_warm_render(args.project and Path(args.project), repeats=3)
    sys.exit(0)
