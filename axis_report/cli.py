"""The `axis-report` command: validate the evidence, render the report, run the benchmark.

User errors (bad evidence, bad parameters, a failing notebook cell) print a clear
message and exit non-zero without a traceback: 2 for bad input, 1 for a failed run.
"""

import argparse
import sys
import time
from pathlib import Path

from . import vocab
from .errors import InputError
from .paths import ATOP_FILE, COW_FILE, default_paths, reference_root

__all__ = ["main"]

EXIT_OK, EXIT_FAILED, EXIT_BAD_INPUT = 0, 1, 2


def _seed_files(args):
    seeds = Path(args.seeds) if args.seeds else default_paths().seeds
    return seeds, seeds / "sources.yaml", seeds / "evidence.yaml"


def cmd_validate(args) -> int:
    from .evidence import load_evidence_dir
    from .reference import load_atop, load_cow, load_treaties, load_unga

    seeds, sources_file, evidence_file = _seed_files(args)
    sources, evidence, hypotheses = load_evidence_dir(seeds)
    n = evidence["record_id"].nunique()
    print(f"{evidence_file}: {n} records valid; every quote found verbatim in its source "
          f"({len(sources)} source{'s' if len(sources) != 1 else ''})"
          + (f"; every record rates all {len(hypotheses)} hypotheses." if hypotheses is not None
             else "."))
    ref_root = reference_root(seeds)
    treaties = load_treaties(ref_root / "treaties.yaml")
    print(f"{ref_root / 'treaties.yaml'}: {len(treaties)} agreements valid.")
    atop = load_atop(ref_root / ATOP_FILE)
    cow = load_cow(ref_root / COW_FILE)
    votes, roll_calls = load_unga(ref_root / "reference")
    print(f"{ref_root / 'reference'}: ATOP {len(atop)} and COW {len(cow)} dyad-years, "
          f"{len(votes):,} UN votes on {len(roll_calls):,} roll calls valid.")
    return EXIT_OK


def report_parameters(args) -> dict:
    """Return the notebook parameters given on the command line (only those set)."""
    params = {}
    if args.countries:
        params["countries"] = list(args.countries)
    if args.domains:
        params["domains"] = list(args.domains)
    if args.min_weight is not None:
        params["min_weight"] = args.min_weight
    if args.title:
        params["title"] = args.title
    if args.as_of:
        params["as_of"] = args.as_of
    if args.hypotheses:
        params["hypotheses"] = list(args.hypotheses)
    if args.weighting:
        params["weighting"] = args.weighting
    seeds, _, _ = _seed_files(args)
    params["seeds"] = str(seeds.resolve())
    return params


def cmd_report(args) -> int:
    from .rendering import RenderError, RenderJob, render

    paths = default_paths()
    _, sources_file, evidence_file = _seed_files(args)
    params = report_parameters(args)

    def precheck():
        # The notebook checks these too; checking here gives the plain message and exit 2.
        from .evidence import load_evidence_dir
        from .params import validate_report_params

        defaults = dict(countries=vocab.FOCUS_COUNTRIES, domains=vocab.DOMAINS, min_weight=1,
                        title="report", as_of="")
        given = {k: v for k, v in params.items() if k != "seeds"}
        validate_report_params(**{**defaults, **given})
        _, _, hypotheses = load_evidence_dir(sources_file.parent)
        if hypotheses is not None:
            validate_report_params(**{**defaults, **given},
                                   known_hypotheses=hypotheses["hypothesis"])

    out_dir = Path(args.out_dir) if args.out_dir else paths.reports
    formats = args.formats or ["html", "pdf"]
    job = RenderJob(
        notebook=paths.notebooks / "report.py", parameters=params, name=args.name,
        outputs={f: out_dir / f"{args.name}.{f}" for f in formats},
        failed_notebook=paths.build / f"{args.name}.failed.ipynb",
    )
    started = time.perf_counter()
    try:
        written = render(job, precheck=precheck)
    except RenderError as err:
        print(f"axis-report: report failed, previous outputs left in place.\n{err}",
              file=sys.stderr)
        return EXIT_FAILED
    took = time.perf_counter() - started
    listing = ", ".join(f"{p} ({p.stat().st_size / 1024:.0f} kB)" for p in written.values())
    print(f"wrote {listing} in {took:.1f} s")
    return EXIT_OK


def cmd_briefs(args) -> int:
    from .grid import run_grid

    paths = default_paths()
    seeds, _, _ = _seed_files(args)
    out_dir = Path(args.out_dir) if args.out_dir else paths.reports
    return run_grid(paths, out_dir=out_dir, seeds_dir=seeds.resolve(), force=args.force,
                    workers=args.workers, only=args.only, as_of=args.as_of or "")


def cmd_schedule(args) -> int:
    from .schedule import cron_line, parse_time, systemd_units

    try:
        parse_time(args.at)
    except ValueError as err:
        print(f"axis-report schedule: --at: {err}", file=sys.stderr)
        return EXIT_BAD_INPUT
    root = default_paths().root
    units = systemd_units(root, args.at)
    if args.write_units:
        out = Path(args.write_units)
        out.mkdir(parents=True, exist_ok=True)
        for name, text in units.items():
            (out / name).write_text(text, encoding="utf-8")
            print(f"wrote {out / name}")
        print("enable with: systemctl --user daemon-reload && "
              "systemctl --user enable --now axis-briefs.timer")
        return EXIT_OK
    print("# crontab line (install with: crontab -e, then paste):")
    print(cron_line(root, args.at))
    for name, text in units.items():
        print(f"\n# ~/.config/systemd/user/{name}")
        print(text.rstrip())
    print("\n# then: systemctl --user daemon-reload && "
          "systemctl --user enable --now axis-briefs.timer")
    return EXIT_OK


def cmd_bench(args) -> int:
    from .bench import run_bench

    return run_bench(repeats=args.repeats, grid=not args.no_grid)


def _add_seeds(p):
    p.add_argument("--seeds", default="", help="folder with sources.yaml and evidence.yaml "
                                               "(default: the project's seeds/)")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="axis-report", description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="command", required=True)

    p = sub.add_parser("validate", help="check sources and evidence; print every problem")
    _add_seeds(p)
    p.set_defaults(func=cmd_validate)

    p = sub.add_parser("report", help="execute notebooks/report.py and publish HTML and PDF")
    _add_seeds(p)
    p.add_argument("--countries", nargs="+", metavar="ISO3", help="two or more of CHN RUS IRN PRK")
    p.add_argument("--domains", nargs="+", metavar="DOMAIN", help=", ".join(vocab.DOMAINS))
    p.add_argument("--min-weight", type=int, help="leave out claims weaker than this (1-3)")
    p.add_argument("--title", help="report title")
    p.add_argument("--as-of", help="YYYY-MM-DD: use sources dated on or before it")
    p.add_argument("--hypotheses", nargs="+", metavar="ID", help="ACH hypotheses (default: all)")
    p.add_argument("--weighting", help="ACH weighting: parc, credibility, relevance, unweighted")
    p.add_argument("--out-dir", help="where to publish (default: reports/)")
    p.add_argument("--name", default="axis-report", help="output file name without extension")
    p.add_argument("--formats", nargs="+", choices=["html", "pdf", "ipynb"],
                   help="outputs to publish (default: html pdf)")
    p.set_defaults(func=cmd_report)

    p = sub.add_parser("briefs", help="build the report and the ten briefs that changed, "
                                      "in parallel, with editions and a run log")
    _add_seeds(p)
    p.add_argument("--force", action="store_true", help="rebuild every output")
    p.add_argument("--workers", type=int, help="parallel renders (default: cores, at most 4)")
    p.add_argument("--only", nargs="+", metavar="NAME",
                   help="limit to these outputs (axis-report, CHN, ..., IRN-RUS)")
    p.add_argument("--as-of", help="YYYY-MM-DD: use sources dated on or before it")
    p.add_argument("--out-dir", help="reports folder (default: reports/)")
    p.set_defaults(func=cmd_briefs)

    p = sub.add_parser("schedule", help="show how to run `axis-report briefs` every day")
    p.add_argument("--print", action="store_true", help="print the crontab line and the "
                                                        "systemd units (the default)")
    p.add_argument("--write-units", metavar="DIR", help="write the systemd units to DIR")
    p.add_argument("--at", default="06:30", help="time of day, HH:MM (default 06:30)")
    p.set_defaults(func=cmd_schedule)

    p = sub.add_parser("bench", help="time `make report` against the naive CLI chain")
    p.add_argument("--repeats", type=int, default=3)
    p.add_argument("--no-grid", action="store_true", help="skip the brief-grid timings")
    p.set_defaults(func=cmd_bench)
    return parser


def main(argv=None) -> int:
    args = build_parser().parse_args(argv)
    try:
        return args.func(args)
    except InputError as err:
        print(f"axis-report: {err}", file=sys.stderr)
        return EXIT_BAD_INPUT
    except KeyboardInterrupt:
        print("axis-report: interrupted; published outputs left as they were", file=sys.stderr)
        return 130


if __name__ == "__main__":
    sys.exit(main())
