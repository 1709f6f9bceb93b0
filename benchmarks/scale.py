"""The cost of the report path as the evidence grows: synthetic projects of 10, 100 and
1,000 sources (50, 500 and 5,000 claims), each validated, reported and gridded.

Run as `python benchmarks/scale.py [--sizes 10:50 100:500 1000:5000] [--no-grid]`; `make
bench` calls `bench_scale()`. Timings belong here, never in tests.

A synthetic project is `axis-report init --empty` (the shipped hypotheses, treaties and
reference data) with generated source texts and claims whose quotes are verbatim spans of
those texts, so `axis-report validate` passes on it. The UN-vote cache of the project this
file sits in is copied in, when there is one, so every size pays the same for it.

For each size the table gives: validation time (`axis-report validate`), report time
(`axis-report report`, HTML and PDF), the peak memory of the render (the largest process:
the command or its kernel, from `getrusage(RUSAGE_CHILDREN)` in a fresh process; and the
whole process tree, sampled), the PDF's page count, and the grid's time (`axis-report
briefs`: the report and ten briefs, cold).
"""

import argparse
import json
import random
import resource
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))  # beside bench.py, however loaded
from bench import _bin, time_command  # noqa: E402

__all__ = ["make_project", "bench_scale", "measure"]

SIZES = ((10, 50), (100, 500), (1000, 5000))
TARGETS = "targets at 1,000 sources: validate <= 3 s, report <= 20 s, memory < 1 GB"

_CAPITALS = {"CHN": "Beijing", "RUS": "Moscow", "IRN": "Tehran", "PRK": "Pyongyang"}
_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December")
_TOPICS = {
    "military": ("a joint naval exercise", "a shipment of artillery shells", "drone parts",
                 "a defence industry visit", "air defence training"),
    "economic": ("a discounted oil contract", "a payment channel outside the dollar",
                 "a rail freight corridor", "a sanctioned shipping network", "a grain deal"),
    "diplomatic": ("a summit communique", "a joint veto at the Security Council",
                   "a mediation offer", "an exchange of envoys", "a consultation mechanism"),
    "ideological": ("a shared statement on sovereignty", "a common grievance against sanctions",
                    "a festival of friendship", "a joint history commission",
                    "a party-to-party seminar"),
}
_LIMITS = ("declined to join", "delayed", "quietly scaled back", "refused to finance",
           "kept its distance from")
_ACTS = ("agreed on", "carried out", "signed", "expanded", "announced")
_KINDS = ("news article", "think-tank report", "official statement", "research report")


def _sentence(rng, sid: str, n: int, a: str, b: str, domain: str, stance: str) -> str:
    topic = rng.choice(_TOPICS[domain])
    verb = rng.choice(_ACTS if stance == "cooperation" else _LIMITS)
    month, year = rng.choice(_MONTHS), rng.randint(2015, 2025)
    return (f"In {month} {year}, officials in {_CAPITALS[a]} {verb} {topic} with "
            f"{_CAPITALS[b]} (item {n} of {sid}).")


def _yaml(value) -> str:
    """A YAML scalar: JSON strings are valid YAML and need no escaping rules of their own."""
    return json.dumps(value, ensure_ascii=False)


def make_project(root: Path, n_sources: int, n_claims: int, *, seed: int = 13,
                 cache_from: Path | None = None) -> Path:
    """Lay out a synthetic project at `root` (which must not exist): `n_sources` generated
    source texts and `n_claims` claims, each with one or two verbatim quotes. Returns
    `root`. Deterministic for a given seed."""
    from axis_report.scaffold import init_project
    from axis_report.vocab import DEFAULT_GROUP, DOMAINS, STANCES, dyads_among

    root = Path(root)
    init_project(root, empty=True)
    if cache_from is not None and Path(cache_from).is_dir():
        shutil.copytree(cache_from, root / "build" / "cache", dirs_exist_ok=True)
    rng = random.Random(seed)
    dyads = dyads_among(DEFAULT_GROUP)
    hypotheses = ("H1", "H2", "H3", "H4")
    seeds = root / "seeds"
    # Each claim's sentence is written into its source's text: one sentence per claim and
    # per quote, plus filler, so every quote is verbatim and no two sentences are alike.
    texts = {f"S{i:04d}": [] for i in range(n_sources)}
    ids = list(texts)
    claims = []
    for c in range(n_claims):
        scope = "group" if c % 10 == 9 else "dyads"
        pair = rng.choice(dyads)
        a, b = pair.split("-")
        if rng.random() < 0.5:
            a, b = b, a
        domain, stance = rng.choice(DOMAINS), rng.choice(STANCES)
        sources = [ids[c % n_sources]]
        if rng.random() < 0.3 and n_sources > 1:
            sources.append(rng.choice([s for s in ids if s != sources[0]]))
        quotes = []
        for sid in sources:
            text = _sentence(rng, sid, len(texts[sid]) + 1, a, b, domain, stance)
            texts[sid].append(text)
            quotes.append(text[:-1])  # the quote without the full stop
        claims.append(dict(id=f"E{c + 1:04d}", scope=scope, dyads=[pair], domain=domain,
                           stance=stance, weight=rng.choice((1, 2, 3)),
                           event_date=f"{rng.randint(2015, 2025)}-{rng.randint(1, 12):02d}",
                           ach={h: rng.choice(("CC", "C", "N", "I", "II")) for h in hypotheses},
                           quotes=[dict(source=s, quote=q) for s, q in zip(sources, quotes)],
                           claim=f"{_CAPITALS[a]} and {_CAPITALS[b]}: {domain} {stance} "
                                 f"({c + 1})."))
    source_lines = ["# Synthetic sources for the scale benchmark (benchmarks/scale.py).", ""]
    for i, sid in enumerate(ids):
        body = texts[sid] or [f"No claim is drawn from {sid}."]
        filler = [f"Paragraph {k} of {sid} gives background that bears on no claim."
                  for k in range(3)]
        (seeds / f"{sid.lower()}.txt").write_text(
            f"Synthetic source {sid}\n\n" + "\n\n".join(" ".join(body[k:k + 3])
                                                        for k in range(0, len(body), 3))
            + "\n\n" + " ".join(filler) + "\n", encoding="utf-8")
        source_lines += [f"- id: {sid}", f"  file: {sid.lower()}.txt",
                         f"  title: {_yaml(f'Synthetic source {sid}')}",
                         f"  outlet: {_yaml(f'Outlet {i % 37}')}",
                         f"  kind: {_KINDS[i % len(_KINDS)]}",
                         f"  date: {2015 + i % 11}-{1 + i % 12:02d}-{1 + i % 28:02d}",
                         f"  reliability: {'ABCDEF'[i % 6]}", ""]
    (seeds / "sources.yaml").write_text("\n".join(source_lines), encoding="utf-8")
    lines = ["# Synthetic claims for the scale benchmark (benchmarks/scale.py).", ""]
    for k, c in enumerate(claims):
        lines += [f"- id: {c['id']}", f"  claim: {_yaml(c['claim'])}", f"  scope: {c['scope']}"]
        if c["scope"] == "dyads":
            lines.append(f"  dyads: [{c['dyads'][0]}]")
        lines += [f"  domain: {c['domain']}", f"  stance: {c['stance']}",
                  f"  weight: {c['weight']}", f"  event_date: {_yaml(c['event_date'])}",
                  "  ach: {" + ", ".join(f"{h}: {r}" for h, r in c["ach"].items()) + "}",
                  "  quotes:"]
        for j, q in enumerate(c["quotes"]):
            named = (k + j) % 7 == 0
            lines += [f"    - source: {q['source']}", f"      quote: {_yaml(q['quote'])}",
                      f"      attribution: {'named' if named else 'article'}"]
            if named:
                lines += [f"      analyst: Analyst {k % 50}",
                          f"      affiliation: Centre {k % 9}"]
            lines.append(f"      credibility: {2 + (k + j) % 4}")
        lines.append("")
    (seeds / "evidence.yaml").write_text("\n".join(lines), encoding="utf-8")
    return root


# --- measuring ---------------------------------------------------------------------------------

# Runs in a fresh interpreter: the command's largest process (itself or the kernel it
# starts) is the maximum resident size of its waited-for children.
_MAXRSS = ("import resource, subprocess, sys, time\n"
           "t = time.perf_counter()\n"
           "done = subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL, "
           "stderr=subprocess.PIPE, text=True)\n"
           "took = time.perf_counter() - t\n"
           "if done.returncode:\n"
           "    sys.exit(done.stderr[-3000:])\n"
           "print(took, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)\n")


def _tree_peak(proc_pid: int, stop: threading.Event, out: list) -> None:
    """Sample the summed resident size of `proc_pid` and its descendants until `stop`."""
    try:
        import psutil
    except ImportError:
        return
    peak = 0
    try:
        root = psutil.Process(proc_pid)
    except psutil.Error:
        return
    while not stop.is_set():
        total = 0
        try:
            for p in [root, *root.children(recursive=True)]:
                try:
                    total += p.memory_info().rss
                except psutil.Error:
                    pass
        except psutil.Error:
            break
        peak = max(peak, total)
        stop.wait(0.05)
    out.append(peak)


def _report(project: Path, out: Path) -> tuple:
    """(seconds, largest process MB, process tree MB or None) of `axis-report report`."""
    cmd = [sys.executable, "-c", _MAXRSS, _bin("axis-report"), "report", "--out-dir",
           str(out)]
    proc = subprocess.Popen(cmd, cwd=project, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            text=True)
    stop, tree = threading.Event(), []
    sampler = threading.Thread(target=_tree_peak, args=(proc.pid, stop, tree), daemon=True)
    sampler.start()
    stdout, stderr = proc.communicate()
    stop.set()
    sampler.join()
    if proc.returncode:
        raise RuntimeError(f"axis-report report failed:\n{stderr[-3000:]}")
    took, maxrss_kb = stdout.split()
    return float(took), int(maxrss_kb) / 1024, (tree[0] / 2 ** 20 if tree else None)


def _pages(pdf: Path) -> int:
    from pypdf import PdfReader

    return len(PdfReader(pdf).pages)


def section_pages(pdf: Path, notebook: Path) -> list:
    """[(section title, pages)] of a rendered report, from the PDF's bookmarks (level 1
    under the title; the notebook's `## ` headings found in the text when there are none).
    A section runs to the page where the next one starts, so one that starts on the page
    its predecessor ends on counts 0."""
    import re

    import jupytext
    from pypdf import PdfReader

    reader = PdfReader(pdf)
    found = [("front matter", 0)]

    def walk(items, depth):
        for item in items:
            if isinstance(item, list):
                walk(item, depth + 1)
            elif depth == 1:
                found.append((item.title, reader.get_destination_page_number(item)))

    walk(reader.outline, 0)
    if len(found) == 1:  # no bookmarks: look for the headings in the text, after page 1
        nb = jupytext.read(notebook)
        heads = [m.group(1).strip() for c in nb.cells if c.cell_type == "markdown"
                 for m in re.finditer(r"^## (.+)$", c.source, re.M)]
        pages = [" ".join((p.extract_text() or "").split()) for p in reader.pages]
        at = 1
        for head in heads:
            hit = next((i for i in range(at, len(pages)) if head in pages[i]), None)
            if hit is not None:
                found.append((head, hit))
                at = hit
    n = len(reader.pages)
    return [(head, (found[k + 1][1] if k + 1 < len(found) else n) - start)
            for k, (head, start) in enumerate(found)]


def measure(project: Path, *, grid: bool = True) -> dict:
    """Time validate, report and (if `grid`) briefs on `project`; return the figures."""
    with tempfile.TemporaryDirectory(prefix="axis-scale-out-") as tmp:
        tmp = Path(tmp)
        row = {"validate": time_command([_bin("axis-report"), "validate"], cwd=project)}
        row["report"], row["rss_mb"], row["tree_mb"] = _report(project, tmp / "report")
        row["pages"] = _pages(tmp / "report" / "axis-report.pdf")
        row["sections"] = section_pages(tmp / "report" / "axis-report.pdf",
                                        project / "notebooks" / "report.py")
        row["html_kb"] = (tmp / "report" / "axis-report.html").stat().st_size / 1024
        if grid:
            row["grid"] = time_command([_bin("axis-report"), "briefs", "--out-dir",
                                  str(tmp / "grid")], cwd=project)
    return row


def _cache() -> Path | None:
    """The UN-vote cache of the project this file sits in, if it has one."""
    from axis_report.config import find_project

    try:
        return find_project(Path(__file__).resolve().parent.parent).cache
    except Exception:  # noqa: BLE001 - no project here: every size computes its own cache
        return None


def bench_scale(sizes=SIZES, *, grid: bool = True, stream=None) -> list:
    """Generate and measure a project per (sources, claims) in `sizes`; print the table
    and return its rows."""
    stream = stream or sys.stdout
    cache = _cache()
    rows = []
    head = (f"{'sources':>7} {'claims':>6} {'validate':>9} {'report':>8} {'largest':>8} "
            f"{'tree':>7} {'pages':>5} {'html':>8}" + (f" {'grid':>7}" if grid else ""))
    print("scale: synthetic projects (times in s, memory in MB, html in KB; largest: the "
          "command or its kernel; tree: all the render's processes)", file=stream, flush=True)
    print(head, file=stream, flush=True)
    for n_sources, n_claims in sizes:
        with tempfile.TemporaryDirectory(prefix="axis-scale-") as tmp:
            project = make_project(Path(tmp) / "project", n_sources, n_claims,
                                   cache_from=cache)
            row = {"sources": n_sources, "claims": n_claims, **measure(project, grid=grid)}
        rows.append(row)
        tree = f"{row['tree_mb']:7.0f}" if row["tree_mb"] is not None else f"{'-':>7}"
        print(f"{n_sources:7,d} {n_claims:6,d} {row['validate']:9.2f} {row['report']:8.2f} "
              f"{row['rss_mb']:8.0f} {tree} {row['pages']:5d} {row['html_kb']:8.0f}"
              + (f" {row['grid']:7.1f}" if grid else ""), file=stream, flush=True)
    print(f"({TARGETS})", file=stream, flush=True)
    if len(rows) > 1:  # which sections grow with the evidence
        print("pages by section: " + " / ".join(f"{r['claims']:,} claims" for r in rows),
              file=stream)
        for head, _ in rows[-1]["sections"]:
            counts = [dict(r["sections"]).get(head, 0) for r in rows]
            print(f"  {' '.join(f'{c:5d}' for c in counts)}  {head}", file=stream)
    return rows


def profile_report(project: Path, *, top: int = 25, stream=None) -> dict:
    """Profile the report of `project` in this process: the notebook's cells (what its
    kernel runs) under cProfile, then the export (nbconvert HTML, WeasyPrint PDF). Prints
    each cell's time, the export's, and the `top` functions by own time; returns
    {'cells': [(first line, s)], 'html': s, 'pdf': s}."""
    import contextlib
    import cProfile
    import io
    import os
    import pstats

    import jupytext

    from axis_report.render.export import export_html, html_to_pdf
    from axis_report.render.notebook import execute_notebook

    stream = stream or sys.stdout
    nb = jupytext.read(Path(project) / "notebooks" / "report.py")
    namespace = {"__name__": "__main__"}
    cells, prof = [], cProfile.Profile()
    here = os.getcwd()
    os.chdir(project)
    try:
        for cell in nb.cells:
            if cell.cell_type != "code":
                continue
            started = time.perf_counter()
            with contextlib.redirect_stdout(io.StringIO()):
                prof.runctx(cell.source, namespace, namespace)
            first = next((ln for ln in cell.source.splitlines()
                          if ln.strip() and not ln.startswith("#")), "")
            cells.append((first[:60], time.perf_counter() - started))
        with tempfile.TemporaryDirectory() as tmp:
            executed = execute_notebook(nb, parameters={"project": str(project)}, cwd=Path(tmp),
                                        name="report")
    finally:
        os.chdir(here)
    started = time.perf_counter()
    markup = prof.runcall(export_html, executed)
    html_s = time.perf_counter() - started
    started = time.perf_counter()
    pdf = prof.runcall(html_to_pdf, markup)
    pdf_s = time.perf_counter() - started
    for line, took in sorted(cells, key=lambda c: -c[1])[:12]:
        print(f"  cell {took:7.2f} s  {line}", file=stream)
    print(f"  export html {html_s:7.2f} s ({len(markup) / 1024:,.0f} KB), pdf {pdf_s:7.2f} s "
          f"({len(pdf) / 1024:,.0f} KB)", file=stream)
    out = io.StringIO()
    pstats.Stats(prof, stream=out).sort_stats("tottime").print_stats(top)
    print(out.getvalue(), file=stream)
    return {"cells": cells, "html": html_s, "pdf": pdf_s}


def _size(text: str) -> tuple:
    sources, _, claims = text.partition(":")
    return int(sources), int(claims)


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", nargs="+", type=_size, metavar="SOURCES:CLAIMS",
                        default=list(SIZES))
    parser.add_argument("--no-grid", action="store_true", help="leave out the grid's time")
    parser.add_argument("--keep", metavar="DIR",
                        help="only write the project of the first size to DIR and stop")
    parser.add_argument("--profile", action="store_true",
                        help="profile the report of each size in this process instead")
    args = parser.parse_args(argv)
    if args.profile:
        for n_sources, n_claims in args.sizes:
            with tempfile.TemporaryDirectory(prefix="axis-scale-") as tmp:
                project = make_project(Path(tmp) / "project", n_sources, n_claims,
                                       cache_from=_cache())
                print(f"profile: {n_sources:,} sources, {n_claims:,} claims")
                profile_report(project)
        return 0
    if args.keep:
        make_project(Path(args.keep), *args.sizes[0])
        print(f"wrote {args.keep}")
        return 0
    bench_scale(args.sizes, grid=not args.no_grid)
    return 0


if __name__ == "__main__":
    resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
    sys.exit(main())
