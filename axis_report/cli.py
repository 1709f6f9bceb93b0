"""The `axis-report` command: validate a project, render its report and briefs, lay out a
new project, print a schedule.

The project is the folder holding axis-project.yaml at or above the current directory,
or `--project DIR`. The report's flags are derived from the report notebook's
parameters cell, so `axis-report report --help` lists them with their types, defaults
and help. User errors print a clear message and exit non-zero without a traceback:
2 for bad input, 1 for a failed run.
"""

import argparse
import sys
import time
from pathlib import Path

from .errors import InputError

__all__ = ["main", "build_parser"]

EXIT_OK, EXIT_FAILED, EXIT_BAD_INPUT = 0, 1, 2


def _paths(args):
    from .config import find_project

    project = getattr(args, "sub_project", "") or args.project
    return find_project(Path(project) if project else None)


def cmd_validate(args) -> int:
    from .inputs import load_inputs
    from .inputs.reference import load_unga

    paths = _paths(args)
    inputs = load_inputs(paths)
    n = inputs.evidence["record_id"].nunique()
    hyp = inputs.hypotheses
    print(f"{paths.evidence_file}: {n} records valid; every quote found verbatim in its source "
          f"({len(inputs.sources)} source{'s' if len(inputs.sources) != 1 else ''})"
          + (f"; every record rates all {len(hyp)} hypotheses." if hyp is not None else "."))
    print(f"{paths.treaties_file}: {len(inputs.treaties)} agreements valid.")
    votes, roll_calls = load_unga(paths.votes_file, paths.roll_calls_file)
    print(f"{paths.reference}: ATOP {len(inputs.atop)} and COW {len(inputs.cow)} dyad-years, "
          f"{len(votes):,} UN votes on {len(roll_calls):,} roll calls valid.")
    return EXIT_OK


def _flag(name: str) -> str:
    return "--" + name.replace("_", "-")


def _add_parameter_flags(parser, spec) -> None:
    """Add one flag per declared notebook parameter (except `project`)."""
    group = parser.add_argument_group("notebook parameters (declared in the parameters cell)")
    for p in spec:
        if p.name == "project":
            continue
        shown = " ".join(map(str, p.default)) if isinstance(p.default, list) else p.default
        help_text = f"{p.help} [{p.type}; default: {shown!s}]".replace("%", "%%")
        kw = {"dest": f"param_{p.name}", "default": None, "help": help_text}
        if p.type == "list":
            kw.update(nargs="+", metavar="VALUE")
        elif p.type == "int":
            kw.update(type=int, metavar="N")
        elif p.type == "float":
            kw.update(type=float, metavar="X")
        elif p.type == "bool":
            kw.update(action=argparse.BooleanOptionalAction)
        else:
            kw.update(metavar="TEXT")
        group.add_argument(_flag(p.name), **kw)


def _given_parameters(args) -> dict:
    return {k.removeprefix("param_"): v for k, v in vars(args).items()
            if k.startswith("param_") and v is not None}


def cmd_report(args) -> int:
    from .inputs.hypotheses import hypothesis_ids
    from .inputs.parameters import read_parameters
    from .inputs.settings import Settings, load_settings
    from .model.params import check_parameters

    paths = _paths(args)
    spec = read_parameters(paths.report_notebook)
    given = {**_given_parameters(args), "project": str(paths.root)}
    settings = load_settings(paths.settings_file) if paths.settings_file.exists() else Settings()
    ids = hypothesis_ids(paths.hypotheses_file) if paths.hypotheses_file.exists() else None
    # Checked here, before anything heavy loads, so a typo is reported at once; the
    # notebook's first cell checks them again (microseconds) when papermill runs it.
    check_parameters(given, spec=spec, group=settings.countries, hypothesis_ids=ids)

    from .render.job import RenderError, RenderJob, render

    out_dir = Path(args.out_dir) if args.out_dir else paths.reports
    formats = args.formats or ["html", "pdf"]
    job = RenderJob(notebook=paths.report_notebook, parameters=given, name=args.name,
                    outputs={f: out_dir / f"{args.name}.{f}" for f in formats},
                    failed_notebook=paths.build / f"{args.name}.failed.ipynb",
                    work_root=paths.build / "work")
    started = time.perf_counter()
    try:
        written = render(job)
    except RenderError as err:
        if err.ename == "InputError":  # bad inputs, found by the notebook's first cell
            print(f"axis-report: {err.evalue}\n(nothing published; previous outputs left in "
                  "place)", file=sys.stderr)
            return EXIT_BAD_INPUT
        print(f"axis-report: report failed, previous outputs left in place.\n{err}",
              file=sys.stderr)
        return EXIT_FAILED
    took = time.perf_counter() - started
    listing = ", ".join(f"{p} ({p.stat().st_size / 1024:.0f} kB)" for p in written.values())
    print(f"wrote {listing} in {took:.1f} s")
    return EXIT_OK


def cmd_briefs(args) -> int:
    from .grid.run import run_grid

    paths = _paths(args)
    out_dir = Path(args.out_dir) if args.out_dir else paths.reports
    return run_grid(paths, out_dir=out_dir, force=args.force, workers=args.workers,
                    only=args.only, as_of=args.as_of or "")


def cmd_init(args) -> int:
    from .scaffold import init_project

    written = init_project(Path(args.dir), empty=args.empty)
    print(f"created the project {args.dir} ({len(written)} files)"
          + (" with an empty evidence base" if args.empty else " with the shipped sources")
          + f".\nNext: cd {args.dir} && axis-report validate && axis-report report")
    return EXIT_OK


def cmd_schedule(args) -> int:
    from .schedule import cron_line, parse_time, systemd_units

    try:
        parse_time(args.at)
    except ValueError as err:
        print(f"axis-report schedule: --at: {err}", file=sys.stderr)
        return EXIT_BAD_INPUT
    root = _paths(args).root
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


def build_parser(spec=None) -> argparse.ArgumentParser:
    """Return the parser; `spec` (the report notebook's parameters) adds the report flags."""
    # `--project` is accepted before or after the command: the two land in different
    # attributes, so a subcommand's default cannot overwrite a value given before it.
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--project", metavar="DIR", dest="sub_project", default="",
                        help="the project folder (default: the one holding the current "
                             "directory)")
    parser = argparse.ArgumentParser(prog="axis-report", description=__doc__.splitlines()[0])
    parser.add_argument("--project", metavar="DIR", default="",
                        help="the project folder (default: the one holding the current "
                             "directory)")
    sub = parser.add_subparsers(dest="command", required=True)

    p = sub.add_parser("validate", parents=[common],
                       help="check sources, evidence, hypotheses, treaties and reference data")
    p.set_defaults(func=cmd_validate)

    p = sub.add_parser("report", parents=[common],
                       help="execute notebooks/report.py and publish HTML and PDF",
                       description="Execute the project's report notebook and publish HTML "
                                   "and PDF. The parameters below come from the notebook's "
                                   "parameters cell.")
    if spec:
        _add_parameter_flags(p, spec)
    else:
        p.epilog = ("Run inside a project (or with --project DIR) to see the notebook's "
                    "parameters.")
    p.add_argument("--out-dir", help="where to publish (default: the project's reports/)")
    p.add_argument("--name", default="axis-report", help="output file name without extension")
    p.add_argument("--formats", nargs="+", choices=["html", "pdf", "ipynb"],
                   help="outputs to publish (default: html pdf)")
    p.set_defaults(func=cmd_report)

    p = sub.add_parser("briefs", parents=[common],
                       help="build the report and the briefs that changed, in parallel, "
                            "with editions and a run log")
    p.add_argument("--force", action="store_true", help="rebuild every output")
    p.add_argument("--workers", type=int, help="parallel renders (default: cores, at most 4)")
    p.add_argument("--only", nargs="+", metavar="NAME",
                   help="limit to these outputs (axis-report, CHN, ..., IRN-RUS)")
    p.add_argument("--as-of", help="YYYY-MM-DD: use sources dated on or before it")
    p.add_argument("--out-dir", help="reports folder (default: the project's reports/)")
    p.set_defaults(func=cmd_briefs)

    p = sub.add_parser("init", help="lay out a new project folder from the template project")
    p.add_argument("dir", help="the new project's folder (must not exist, or be empty)")
    p.add_argument("--empty", action="store_true",
                   help="start with no sources or evidence (default: the shipped sources)")
    p.set_defaults(func=cmd_init)

    p = sub.add_parser("schedule", parents=[common],
                       help="show how to run `axis-report briefs` every day")
    p.add_argument("--print", action="store_true", help="print the crontab line and the "
                                                        "systemd units (the default)")
    p.add_argument("--write-units", metavar="DIR", help="write the systemd units to DIR")
    p.add_argument("--at", default="06:30", help="time of day, HH:MM (default 06:30)")
    p.set_defaults(func=cmd_schedule)
    return parser


def _report_spec(argv):
    """The report notebook's parameters, when argv's command is `report` and a project can
    be found; None otherwise (the report flags are then absent, and the command itself
    says what is missing)."""
    from .config import find_project
    from .inputs.parameters import read_parameters

    pre = argparse.ArgumentParser(add_help=False)
    pre.add_argument("--project", default="")
    pre.add_argument("command", nargs="?")
    known, _ = pre.parse_known_args(argv)
    if known.command != "report":
        return None
    try:
        paths = find_project(Path(known.project) if known.project else None)
        return read_parameters(paths.report_notebook)
    except InputError:
        return None


def main(argv=None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    try:
        args = build_parser(_report_spec(argv)).parse_args(argv)
        return args.func(args)
    except InputError as err:
        print(f"axis-report: {err}", file=sys.stderr)
        return EXIT_BAD_INPUT
    except KeyboardInterrupt:
        print("axis-report: interrupted; published outputs left as they were", file=sys.stderr)
        return 130


if __name__ == "__main__":
    sys.exit(main())
