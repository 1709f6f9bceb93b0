"""The `axis-report` command: validate a project, render its report and briefs, lay out a
new project, print a schedule.

The project is the folder holding axis-project.yaml at or above the current directory,
or `--project DIR`. The report's flags are derived from the report notebook's
parameters cell, so `axis-report report --help` lists them with their types, defaults
and help. User errors print a clear message and exit non-zero without a traceback:
2 for bad input, 1 for a failed run.
"""

import argparse
import re
import sys
import time
from pathlib import Path

from .config import REPORT_NAME
from .errors import InputError, Problem, safe_text

__all__ = ["main", "build_parser"]

EXIT_OK, EXIT_FAILED, EXIT_BAD_INPUT = 0, 1, 2

_ANSI = re.compile(r"\x1b\[[0-?]*[ -/]*[@-~]")


def _safe(text, limit: int | None = None) -> str:
    """Return `text` safe to print: a path or message from input files or a kernel, with
    terminal colour codes dropped and every other control character shown escaped (an
    escape sequence cannot retitle the terminal, a newline inside a value cannot forge a
    line; the lines of a multi-line message stay lines)."""
    return safe_text(_ANSI.sub("", str(text)), limit, keep_newlines=True)


class _Parser(argparse.ArgumentParser):
    """An ArgumentParser whose error messages (which quote what was typed) print safely."""

    def error(self, message):
        super().error(_safe(message, 500))


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
    print(f"{_safe(paths.evidence_file)}: {n} records valid; every quote found verbatim in its "
          f"source ({len(inputs.sources)} source{'s' if len(inputs.sources) != 1 else ''})"
          + (f"; every record rates all {len(hyp)} hypotheses." if hyp is not None else "."))
    print(f"{_safe(paths.treaties_file)}: {len(inputs.treaties)} agreements valid.")
    votes, roll_calls = load_unga(paths.votes_file, paths.roll_calls_file)
    print(f"{_safe(paths.reference)}: ATOP {len(inputs.atop)} and COW {len(inputs.cow)} "
          f"dyad-years, {len(votes):,} UN votes on {len(roll_calls):,} roll calls valid.")
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


def _checked_report_parameters(args) -> tuple:
    """(paths, the report notebook's parameter spec, the given parameters, the inputs or
    None when they are bad), checked here before a kernel starts: a typo is reported at
    once, and so is a choice that leaves no evidence in scope; the notebook's first cell
    checks the parameters again (microseconds) when it runs, and reports bad inputs."""
    from .inputs.hypotheses import hypothesis_ids
    from .inputs.parameters import read_parameters
    from .inputs.settings import Settings, load_settings
    from .model.params import check_parameters

    paths = _paths(args)
    spec = read_parameters(paths.report_notebook)
    given = {**_given_parameters(args), "project": str(paths.root)}
    settings = load_settings(paths.settings_file) if paths.settings_file.exists() else Settings()
    ids = hypothesis_ids(paths.hypotheses_file) if paths.hypotheses_file.exists() else None
    params = check_parameters(given, spec=spec, group=settings.countries, hypothesis_ids=ids)
    # A scope with no evidence is bad input: said here, before a kernel starts, so no
    # failed notebook is left behind (reading the inputs takes well under a second).
    from .inputs import load_inputs
    from .model.scope import check_scope

    try:
        inputs = load_inputs(paths)
    except InputError:  # bad inputs: the notebook's first cell reports them in full
        return paths, spec, given, None
    if not (inputs.sources.empty or inputs.evidence.empty):
        check_scope(inputs, params)
    return paths, spec, given, inputs


def cmd_report(args) -> int:
    paths, spec, given, inputs = _checked_report_parameters(args)

    out_dir = Path(args.out_dir) if args.out_dir else paths.reports
    defaults = _refuse_replacing_the_scheduled_report(args, spec, out_dir)

    from .publish import PublishError
    from .render.job import RenderError, RenderJob, render

    formats = args.formats or ["html", "pdf"]
    job = RenderJob(notebook=paths.report_notebook, parameters=given, name=args.name,
                    outputs={f: out_dir / f"{args.name}.{f}" for f in formats},
                    failed_notebook=paths.build / f"{args.name}.failed.ipynb",
                    work_root=paths.work, **_timeouts(args))
    started = time.perf_counter()
    # The scheduled report's place, default parameters: stamp it with the grid's key so
    # `axis-report briefs` right after does not render the same report again.
    scheduled = args.name == REPORT_NAME and out_dir.resolve() == paths.reports.resolve()
    # The key digests the inputs the parameter check has just read (no second reading);
    # bad inputs, which the render reports itself, mean no stamp.
    key = None
    if scheduled and defaults and {"html", "pdf"} <= set(formats) and inputs is not None:
        from .grid.plan import report_key

        try:
            key = report_key(paths, inputs=inputs)
        except (OSError, ValueError, KeyError):  # no stamp: briefs will render the report
            key = None
    try:
        written = render(job)
        if scheduled:
            from .grid.manifest import write_report_stamp

            write_report_stamp(out_dir, key)
    except PublishError as err:  # a read-only or full output folder
        print(f"axis-report: report failed, previous outputs left in place: {_safe(err)}",
              file=sys.stderr)
        return EXIT_FAILED
    except RenderError as err:
        if err.ename == "InputError":  # bad inputs, found by the notebook's first cell
            print(f"axis-report: {_safe(err.evalue)}\n(nothing published; previous outputs left in "
                  "place)", file=sys.stderr)
            return EXIT_BAD_INPUT
        print(f"axis-report: report failed, previous outputs left in place.\n{_safe(err)}",
              file=sys.stderr)
        return EXIT_FAILED
    took = time.perf_counter() - started
    listing = ", ".join(f"{p} ({p.stat().st_size / 1024:.0f} kB)" for p in written.values())
    print(f"wrote {_safe(listing)} in {took:.1f} s")
    return EXIT_OK


def _timeouts(args) -> dict:
    return {"timeout": args.timeout, "cell_timeout": min(args.cell_timeout, args.timeout)}


def _refuse_replacing_the_scheduled_report(args, spec, out_dir) -> bool:
    """A report with other than the default parameters is never published over the
    scheduled report that `axis-report briefs` manages (it would pass for it). Returns
    True when every parameter has its default."""
    from .grid.manifest import managed_report

    manifest = managed_report(out_dir, args.name)
    defaults = {p.name: p.default for p in spec}
    other = sorted(k for k, v in _given_parameters(args).items() if v != defaults.get(k))
    if manifest is None or not other:
        return not other
    raise InputError([Problem(str(out_dir / f"{args.name}.html"), (
            f"is the scheduled full report ({manifest} manages it); a report with other "
            f"parameters ({', '.join(other)}) would pass for it: publish it elsewhere with "
            "--out-dir DIR or --name NAME"))])


def cmd_preview(args) -> int:
    from .preview import run_preview

    paths, _, given, _ = _checked_report_parameters(args)
    try:
        run_preview(paths, given, host=args.host, port=args.port, open_browser=args.open,
                    **_timeouts(args), log=lambda line: print(_safe(line), flush=True))
    except OSError as err:  # the port is taken, or the address cannot be used
        print(f"axis-report preview: cannot serve on {_safe(args.host)}:{args.port}: "
              f"{_safe(err.strerror or err)}", file=sys.stderr)
        return EXIT_FAILED
    except KeyboardInterrupt:
        pass
    print("preview stopped; its kernel is shut down and build/preview removed")
    return EXIT_OK


def _port(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        value = -1
    if not 0 <= value <= 65535:
        raise argparse.ArgumentTypeError(f"{text!r} is not a port number (0-65535; 0: any "
                                         "free port)")
    return value


def cmd_briefs(args) -> int:
    from .grid.run import run_grid

    paths = _paths(args)
    out_dir = Path(args.out_dir) if args.out_dir else paths.reports
    executor = None
    if args.scheduler is not None:
        from .grid.executors import DaskExecutor, dask_missing

        missing = dask_missing()
        if missing:
            print(f"axis-report briefs: --scheduler: {missing}", file=sys.stderr)
            return EXIT_BAD_INPUT
        executor = DaskExecutor(args.scheduler)
    # The inbox is ingested under the grid's lock, so overlapping runs never ingest twice.
    return run_grid(paths, out_dir=out_dir, force=args.force, workers=args.workers,
                    only=args.only, as_of=args.as_of or "", **_timeouts(args),
                    before=lambda: _ingest_before_briefs(paths), executor=executor)


def _scheduler(text: str):
    from .grid.executors import parse_scheduler

    try:
        return parse_scheduler(text)
    except ValueError as err:
        raise argparse.ArgumentTypeError(str(err)) from None


def _seconds(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        value = 0.0
    if not 0 < value < 10 ** 7:
        raise argparse.ArgumentTypeError(f"{text!r} is not a number of seconds above 0")
    return value


def _add_timeout_flags(p) -> None:
    from .config import CELL_TIMEOUT, RENDER_TIMEOUT

    p.add_argument("--timeout", type=_seconds, default=RENDER_TIMEOUT, metavar="SECONDS",
                   help="kill a render (notebook and export) still going after this long "
                        f"(default {RENDER_TIMEOUT})")
    p.add_argument("--cell-timeout", type=_seconds, default=CELL_TIMEOUT, metavar="SECONDS",
                   help="stop a notebook cell still running after this long "
                        f"(default {CELL_TIMEOUT})")


def cmd_init(args) -> int:
    from .scaffold import init_project

    written = init_project(Path(args.dir), empty=args.empty)
    print(f"created the project {_safe(args.dir)} ({len(written)} files)"
          + (" with an empty evidence base" if args.empty else " with the shipped sources")
          + f".\nNext: cd {_safe(args.dir)} && axis-report validate && axis-report report")
    return EXIT_OK


def cmd_schedule(args) -> int:
    from .schedule import cron_line, parse_time, systemd_units

    try:
        parse_time(args.at)
    except ValueError as err:
        print(f"axis-report schedule: --at: {_safe(err, 200)}", file=sys.stderr)
        return EXIT_BAD_INPUT
    root = _paths(args).root
    units = systemd_units(root, args.at)
    if args.write_units:
        out = Path(args.write_units)
        out.mkdir(parents=True, exist_ok=True)
        for name, text in units.items():
            (out / name).write_text(text, encoding="utf-8")
            print(f"wrote {_safe(out / name)}")
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


# --- sources in: add-source, ingest, review (axis_report.ingest) -------------------------

def _ingest_before_briefs(paths) -> None:
    """The scheduled run's first step: add what waits in the inbox, and say what."""
    from .ingest.inbox import ingest_inbox

    try:
        result = ingest_inbox(paths)
    except InputError as err:  # the briefs' own input check reports it in full
        print(f"inbox: nothing ingested: {_safe(err)}")
        return
    for line in result.lines():
        print(f"inbox: {_safe(line)}")


def cmd_add_source(args) -> int:
    from .ingest.add_source import SOURCE_META_FIELDS, add_source, sidecar_metadata
    from .ingest.candidates import ExtractorError

    paths = _paths(args)
    meta, origin, ignored = {}, {}, []
    sidecar = Path(args.sidecar) if args.sidecar else Path(args.file).with_suffix(".yaml")
    if args.sidecar or (not args.no_sidecar and sidecar.is_file()
                        and sidecar != Path(args.file)):
        meta, ignored = sidecar_metadata(sidecar)
        origin = {k: sidecar for k in meta}
    given = {k: getattr(args, k) for k in SOURCE_META_FIELDS
             if getattr(args, k, None) not in (None, False)}
    meta.update(given)
    for k in given:
        origin.pop(k, None)
    try:
        added = add_source(paths, args.file, meta, origin=origin)
    except ExtractorError as err:
        print(f"axis-report add-source: {_safe(args.file)}: {_safe(err)}; nothing added",
              file=sys.stderr)
        return EXIT_FAILED
    print(f"added {added.source_id}: seeds/{_safe(added.text_file.name)} "
          f"(from {_safe(args.file)})")
    if origin:
        print(f"  metadata from {_safe(sidecar)}"
              + (" and the command line ("
                 + ", ".join("--" + k.replace("_", "-") for k in given) + ")" if given else ""))
    if ignored:
        print(f"  sidecar fields not carried over: {_safe(', '.join(ignored))}")
    if added.html_file is not None:
        print(f"  article text reduced from HTML; the page is kept as "
              f"seeds/{_safe(added.html_file.name)}")
    print(f"  {added.n_candidates} candidate claim{'s' if added.n_candidates != 1 else ''}: "
          f"{_safe(added.candidates_file.relative_to(paths.root))}")
    for note in added.notes:
        print(f"  note: {_safe(note)}")
    print(f"next: axis-report review {added.source_id} (or notebooks/review.py with "
          f"source=\"{added.source_id}\")")
    return EXIT_OK


def cmd_ingest(args) -> int:
    from .ingest.inbox import inbox_dir, ingest_inbox

    paths = _paths(args)
    result = ingest_inbox(paths)
    lines = result.lines()
    for line in lines:
        print(_safe(line))
    if not lines:
        print(f"{_safe(inbox_dir(paths))}: nothing to ingest.")
    return EXIT_BAD_INPUT if result.failed else EXIT_OK


def cmd_review(args) -> int:
    from .ingest import candidates as cand
    from .ingest.review import parse_set, review_source

    paths = _paths(args)
    source = args.source
    if not source:
        counts = cand.pending_counts(paths)
        for sid, n in counts.items():
            print(f"{_safe(sid)}: {n} candidate{'s' if n != 1 else ''} awaiting review")
        print(f"{sum(counts.values())} candidate claims await review in "
              f"{len(counts)} source{'s' if len(counts) != 1 else ''}"
              + (": axis-report review SOURCE" if sum(counts.values()) else "."))
        return EXIT_OK
    edits, merge = {}, {}
    for text in args.set or []:
        cid, name, value = parse_set(text, source)
        if name == "ach" and isinstance(edits.get(cid, {}).get("ach"), dict):
            value = {**edits[cid]["ach"], **value}
        edits.setdefault(cid, {})[name] = value
    for text in args.merge or []:
        cid, eq, eid = text.partition("=")
        if not eq or not cid or not eid:
            raise InputError([Problem("--merge", f"{text!r} is not ID=CLAIM, e.g. "
                                                 f"{source}-C02=E006")])
        merge[cid.strip()] = eid.strip()
    if args.propose_again:
        from .ingest.candidates import ExtractorError
        from .inputs.files import read_text
        from .inputs.sources import load_sources

        sources, _ = load_sources(paths.sources_file)
        row = sources.loc[sources["source_id"] == source]
        if row.empty:
            raise InputError([Problem(str(paths.sources_file), f"no source {source!r}")])
        try:
            new = cand.propose_again(paths, source,
                                     read_text(paths.seeds / row.iloc[0]["file"]))
        except ExtractorError as err:
            print(f"axis-report review: {_safe(err)}", file=sys.stderr)
            return EXIT_FAILED
        print(f"{len(new)} new candidate{'s' if len(new) != 1 else ''} proposed"
              + (f": {', '.join(c['id'] for c in new)}" if new else " (readings proposed "
                 "before, reviewed or not, are not proposed again)"))
    if args.accept or args.reject or merge:
        reasons = {c: args.reason for c in args.reject or []} if args.reason else None
        outcome = review_source(paths, source, accept=args.accept or [],
                                reject=args.reject or [], merge=merge, edits=edits,
                                reasons=reasons)
        for line in outcome.lines():
            print(_safe(line))
        print("check with: axis-report validate")
        return EXIT_OK
    if edits:
        raise InputError([Problem("--set", "edits apply to candidates accepted or merged in "
                                           "the same command (--accept, --merge)")])
    cf = cand.read_candidates(paths, source)
    entries = cf.entries
    counts = {s: sum(1 for c in entries if c.get("status") == s) for s in cand.STATUSES}
    print(f"{source}: {len(entries)} candidate{'s' if len(entries) != 1 else ''} ("
          + ", ".join(f"{n} {s}" for s, n in counts.items()) + f") in "
          f"{_safe(cf.path.relative_to(paths.root))}")
    for c in entries:
        where = (", ".join(c.get("dyads") or []) if c.get("scope") == "dyads"
                 else f"hub {c.get('hub')}" if c.get("scope") == "hub" else c.get("scope"))
        done = c.get("claim") or c.get("merged_into") or ""
        quote = " ".join(str(c.get("quote") or "").split())
        quote = quote if len(quote) <= 90 else quote[:87] + "..."
        print(_safe(f"  {c.get('id')}  {c.get('status'):<8} {done:<5} {where}; "
                    f"{c.get('domain')} {c.get('stance')}: \"{quote}\""))
    if counts["pending"]:
        print(f"review with: axis-report review {source} --accept ID... --reject ID... "
              "--merge ID=E006 --set ID.field=value (or notebooks/review.py)")
    return EXIT_OK


def cmd_extract(args) -> int:
    from .ingest.extract import extract, to_json

    path = Path(args.file)
    try:
        with open(path, encoding="utf-8", newline="") as f:   # offsets into the file as is
            text = f.read()
    except (OSError, UnicodeDecodeError) as err:
        print(f"axis-report extract: {_safe(path)}: cannot be read as UTF-8 text "
              f"({_safe(err, 200)})", file=sys.stderr)
        return EXIT_BAD_INPUT
    claims = extract(text)
    if args.json:
        print(to_json(claims))
        return EXIT_OK
    for c in claims:
        codes = c["hub"] if c["scope"] == "hub" else ",".join(c["dyads"]) or "group"
        print(f"[{c['start']}:{c['end']}] {c['scope']} {codes} {c['domain']} {c['stance']} "
              f"{c['confidence']:.2f} {c['attribution']} | {_safe(c['quote'], 160)}")
    print(f"{len(claims)} candidate claim{'' if len(claims) == 1 else 's'} in {_safe(path)}")
    return EXIT_OK


def build_parser(spec=None) -> argparse.ArgumentParser:
    """Return the parser; `spec` (the report notebook's parameters) adds the report flags."""
    # `--project` is accepted before or after the command: the two land in different
    # attributes, so a subcommand's default cannot overwrite a value given before it.
    common = _Parser(add_help=False)
    common.add_argument("--project", metavar="DIR", dest="sub_project", default="",
                        help="the project folder (default: the one holding the current "
                             "directory)")
    parser = _Parser(prog="axis-report", description=__doc__.splitlines()[0])
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
    _add_timeout_flags(p)
    p.set_defaults(func=cmd_report)

    p = sub.add_parser("preview", parents=[common],
                       help="render the report on every save and serve it on localhost, "
                            "the page reloading itself",
                       description="Keep a kernel warm with the package imported, watch the "
                                   "project's inputs, notebooks and the package, and on every "
                                   "save render the report notebook again (HTML only) and "
                                   "serve it at http://HOST:PORT/; the page reloads itself. "
                                   "Inputs that fail validation show their problems in the "
                                   "page, with the last good render at /last-good; /pdf "
                                   "prints the last good render to PDF. Ctrl-C stops it. "
                                   "The parameters below are the report's.")
    if spec:
        _add_parameter_flags(p, spec)
    p.add_argument("--port", type=_port, default=8000,
                   help="port to serve on (default 8000; 0: any free port)")
    p.add_argument("--host", default="127.0.0.1",
                   help="address to serve on (default 127.0.0.1: this machine only)")
    p.add_argument("--open", action="store_true", help="open the page in a browser")
    _add_timeout_flags(p)
    p.set_defaults(func=cmd_preview)

    p = sub.add_parser("briefs", parents=[common],
                       help="build the report and the briefs that changed, in parallel, "
                            "with editions and a run log")
    p.add_argument("--force", action="store_true", help="rebuild every output")
    p.add_argument("--workers", type=int, help="parallel renders (default: cores, at most 4)")
    p.add_argument("--only", nargs="+", metavar="NAME",
                   help="limit to these outputs (axis-report, CHN, ..., IRN-RUS)")
    p.add_argument("--as-of", help="YYYY-MM-DD: use sources dated on or before it")
    p.add_argument("--out-dir", help="reports folder (default: the project's reports/)")
    p.add_argument("--scheduler", type=_scheduler, metavar="ADDRESS",
                   help="render on Dask: tcp://HOST:PORT (a running scheduler) or local:N "
                        "(N worker processes on this machine); needs the [dask] extra "
                        "(default: a process pool on this machine)")
    _add_timeout_flags(p)
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

    p = sub.add_parser("add-source", parents=[common],
                       help="add a document as a new source and propose its claims for "
                            "review",
                       description="Store a text or HTML document under seeds/ (content-hash "
                                   "name), add it to sources.yaml and write the claim "
                                   "extractor's candidates to seeds/candidates/<id>.yaml. "
                                   "Metadata come from the flags, and from a sidecar "
                                   "FILE.yaml beside the document when there is one (the "
                                   "flags win).")
    p.add_argument("file", help="the document: UTF-8 text or HTML, at most 5 MB")
    p.add_argument("--title", help="the document's title")
    p.add_argument("--outlet", help="publisher or outlet")
    p.add_argument("--date", help="publication date, YYYY-MM-DD")
    p.add_argument("--url", help="where it was found")
    p.add_argument("--kind", help="news article (default), official statement, treaty text, "
                                  "government assessment, research report, think-tank "
                                  "report or transcript")
    p.add_argument("--reliability", help="Admiralty source reliability A-F (default F: "
                                         "cannot be judged)")
    p.add_argument("--obtained", help="how the text was obtained")
    p.add_argument("--authors", nargs="+", metavar="NAME", help="the authors' names")
    p.add_argument("--date-estimated", action="store_true",
                   help="the text carries no date: --date is inferred (give --date-basis)")
    p.add_argument("--date-basis", help="how the date was inferred")
    p.add_argument("--derived-from", metavar="SOURCE", help="the id of a source this one "
                                                           "copies or summarises")
    p.add_argument("--reliability-basis", help="why that reliability grade")
    p.add_argument("--note", help="anything else a reader should know")
    p.add_argument("--sidecar", metavar="YAML", help="metadata sidecar (default: FILE's "
                                                     "<name>.yaml beside it, if present)")
    p.add_argument("--no-sidecar", action="store_true", help="ignore a sidecar beside FILE")
    p.set_defaults(func=cmd_add_source)

    p = sub.add_parser("ingest", parents=[common],
                       help="add every document waiting in inbox/ (with its <slug>.yaml "
                            "sidecar) as a source")
    p.set_defaults(func=cmd_ingest)

    p = sub.add_parser("review", parents=[common],
                       help="list, accept, merge or reject a source's candidate claims",
                       description="Review the candidate claims of SOURCE. With no action, "
                                   "list them. Accepted candidates become claims in "
                                   "evidence.yaml (checked first); merged ones a further "
                                   "quote of an existing claim; rejected ones stay recorded "
                                   "and are not proposed again. IDs may be short (C01).")
    p.add_argument("source", nargs="?", default="",
                   help="the source id, e.g. S012 (none: how many await review, by source)")
    # action="extend": a flag given twice adds to the first (`--set A --set B` keeps both)
    p.add_argument("--accept", nargs="+", action="extend", metavar="ID",
                   help="make these candidates claims")
    p.add_argument("--reject", nargs="+", action="extend", metavar="ID",
                   help="reject these candidates")
    p.add_argument("--merge", nargs="+", action="extend", metavar="ID=CLAIM",
                   help="add the candidate's quote to an existing claim, e.g. S012-C02=E006")
    p.add_argument("--set", nargs="+", action="extend", metavar="ID.FIELD=VALUE",
                   help="edit an accepted or merged candidate: claim, scope, dyads, hub, "
                        "domain, stance, weight, event_date, ach (H1:C,H2:CC or ach.H1=C), "
                        "note, quote, attribution, analyst, affiliation, credibility")
    p.add_argument("--reason", help="why the --reject candidates are rejected (recorded)")
    p.add_argument("--propose-again", action="store_true",
                   help="run the extractor on the source again; add only readings not "
                        "proposed before")
    p.set_defaults(func=cmd_review)

    p = sub.add_parser("extract",
                       help="print the candidate claims the rule-based extractor finds in "
                            "any UTF-8 text file",
                       description="Print the candidate claims of FILE: each a verbatim span "
                                   "with its offsets, countries, scope (dyads, hub or group), "
                                   "domain, stance, confidence, the cues that fired and the "
                                   "attribution. Offline and deterministic; needs no project.")
    p.add_argument("file", metavar="FILE", help="a UTF-8 text file")
    p.add_argument("--json", action="store_true",
                   help="print a JSON list (the extractor's interface) instead of a table")
    p.set_defaults(func=cmd_extract)
    return parser


def _report_spec(argv):
    """The report notebook's parameters, when argv's command is `report` or `preview` and
    a project can be found; None otherwise (the report flags are then absent, and the
    command itself says what is missing)."""
    from .config import find_project
    from .inputs.parameters import read_parameters

    pre = argparse.ArgumentParser(add_help=False)
    pre.add_argument("--project", default="")
    pre.add_argument("command", nargs="?")
    known, _ = pre.parse_known_args(argv)
    if known.command not in ("report", "preview"):
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
        print(f"axis-report: {_safe(err)}", file=sys.stderr)
        return EXIT_BAD_INPUT
    except KeyboardInterrupt:
        print("axis-report: interrupted; published outputs left as they were", file=sys.stderr)
        return 130


if __name__ == "__main__":
    sys.exit(main())
