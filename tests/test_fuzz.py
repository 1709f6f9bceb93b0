"""Fuzzing every input: no traceback, a message naming the file, bounded time and memory.

The corpus (tests/fuzz_corpus.py) mutates each input file kind of the tiny project
`PER_KIND` times, by class, from a fixed seed; `filesystem_cases` adds folders, FIFOs,
link loops, unreadable files, links out of the project and odd source paths. For every
case the outcome must be success or InputError: no other exception, a message that
names the file (without raw control characters, of bounded length), under 5 s of CPU
and 300 MB. Anything that validates must render.

Tiers: the fast tier runs the first rounds of each kind's classes (`FAST_ROUNDS`), every
file-system case, a sample through `cli.main` and a few renders; the whole corpus carries
the `fuzz` marker (run by `pytest` and `make test`, left out by any `-m` selection that
does not name it, such as `make test-fast`'s; `pytest -m fuzz -s` runs it alone and
prints the counts by class, the slowest case and the most memory-hungry one).
"""

import collections
import os
import re
import resource
import sys
from pathlib import Path

import pytest
from conftest import REPO
from fuzz_corpus import (
    KINDS,
    PER_KIND,
    PROC_PEAK,
    SOURCE_PATHS,
    Project,
    case_by_name,
    classes_of,
    corpus,
    filesystem_cases,
    load_kind,
    run_case,
    run_fs_case,
)

from axis_report.errors import InputError

FAST_ROUNDS = 1                 # cases per class and kind in the fast tier
MAX_SECONDS = 5.0
MAX_BYTES = 300 * 2**20
MEASURED = {"huge_value", "alias", "deep_nesting", "gzip", "binary", "filesystem"}
# Raw control characters a message may not hold (a newline only between problems).
RAW_CONTROL = re.compile("[\x00-\x09\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


@pytest.fixture(scope="module")
def project(tmp_path_factory):
    return Project.make(tmp_path_factory.mktemp("fuzz") / "tiny")


def _fast(case) -> bool:
    return case.index < FAST_ROUNDS * len(classes_of(case.kind))


def _named(outcome) -> bool:
    """True if the message names the mutated file (the roll calls may be named by file
    name in a message about the votes that refer to them)."""
    text = str(outcome.error)
    path = outcome.target
    return str(path) in text or (path.name.endswith(".gz") and path.name in text)


def check(outcome) -> list:
    """What is wrong with one outcome (nothing, for a pass)."""
    name = outcome.case.name
    if outcome.crash:
        return [f"{name}: not an InputError:\n{outcome.crash}"]
    problems = []
    if outcome.error is not None:
        text = str(outcome.error)
        if not _named(outcome):
            problems.append(f"{name}: the message does not name {outcome.target}: "
                            f"{text[:300]!r}")
        if RAW_CONTROL.search(text):
            problems.append(f"{name}: raw control characters in the message: {text[:300]!r}")
        if len(text) > 300_000:
            problems.append(f"{name}: a message of {len(text):,} characters")
    if outcome.seconds > MAX_SECONDS:
        problems.append(f"{name}: took {outcome.seconds:.1f} s")
    if outcome.peak_bytes is not None and outcome.peak_bytes > MAX_BYTES:
        problems.append(f"{name}: peak memory {outcome.peak_bytes / 2**20:.0f} MB")
    return problems


def _run(project, cases, *, memory_every: int):
    """Run `cases`; every case's peak memory is measured where Linux offers VmHWM, and
    elsewhere (tracemalloc, slow) those of the classes in MEASURED and every
    `memory_every`-th."""
    outcomes = []
    for case in cases:
        memory = case.klass in MEASURED or case.index % memory_every == 0
        outcomes.append(run_case(project, case, memory=memory))
    return outcomes


def summary(outcomes) -> str:
    """The counts by kind and class (accepted / refused), the slowest case and the most
    memory-hungry one: what `pytest -s` prints."""
    counts = collections.Counter()
    for o in outcomes:
        counts[(o.case.kind, o.case.klass, "accepted" if o.ok else "refused")] += 1
    lines = [f"{len(outcomes)} cases"]
    for kind in [*KINDS, "source file:"]:
        classes = sorted({k[1] for k in counts if k[0] == kind})
        if not classes:
            continue
        n = sum(v for k, v in counts.items() if k[0] == kind)
        cells = ", ".join(f"{c} {counts[(kind, c, 'accepted')] + counts[(kind, c, 'refused')]}"
                          f" ({counts[(kind, c, 'refused')]} refused)" for c in classes)
        lines.append(f"  {kind}: {n}: {cells}")
    slow = max(outcomes, key=lambda o: o.seconds)
    hungry = max((o for o in outcomes if o.peak_bytes is not None),
                 key=lambda o: o.peak_bytes)
    measured = sum(o.peak_bytes is not None for o in outcomes)
    how = ("resident memory added at its peak (VmHWM)" if PROC_PEAK
           else "tracemalloc peak of Python allocations")
    lines.append(f"  slowest: {slow.case.name} {slow.seconds:.2f} s")
    lines.append(f"  most memory: {hungry.case.name} {hungry.peak_bytes / 2**20:.1f} MB "
                 f"({how}; {measured} cases measured)")
    return "\n".join(lines)


def _rss_mb() -> float:
    scale = 1 if sys.platform == "darwin" else 1024  # bytes on macOS, kB elsewhere
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * scale / 2**20


# --- the corpus itself ------------------------------------------------------------------

def test_the_corpus_is_deterministic_and_covers_every_kind_and_class():
    cases = corpus()
    by_kind = collections.Counter(c.kind for c in cases)
    assert set(by_kind) == set(KINDS) and min(by_kind.values()) >= 500 == PER_KIND
    for kind in KINDS:
        assert {c.klass for c in cases if c.kind == kind} == set(classes_of(kind))
    assert len({c.name for c in cases}) == len(cases)
    # the same content on every call, from the name alone
    for name in ("evidence.yaml/alias/004", "atop.csv/byte_flip/001", "source text/unicode/004",
                 "unga_votes.csv.gz/gzip/011"):
        case = case_by_name(name)
        assert case.content() == case.content() and case in cases
    assert case_by_name("sources.yaml/truncation/000").content() != \
        case_by_name("sources.yaml/truncation/014").content()


# --- fast tier: a sample of every class of every kind -------------------------------------

def test_a_sample_of_every_class_gives_success_or_a_message_naming_the_file(project):
    outcomes = _run(project, [c for c in corpus() if _fast(c)], memory_every=10**9)
    problems = [p for o in outcomes for p in check(o)]
    print("\nfuzz sample (fast tier): " + summary(outcomes))
    assert not problems, "\n".join(problems[:20])
    # each kind has cases refused and cases accepted, so both paths are exercised
    for kind in KINDS:
        mine = [o for o in outcomes if o.case.kind == kind]
        assert any(o.error for o in mine), kind


def test_filesystem_oddities_are_messages_naming_the_path(project, tmp_path):
    outside = tmp_path / "outside"
    outside.mkdir()
    outcomes = []
    for case in filesystem_cases():
        outcome = run_fs_case(project, case, outside,
                              memory=case.oddity in ("fifo", "dev_zero", "directory"))
        outcomes.append(outcome)
    problems = []
    for o in outcomes:
        name, text = o.case.name, str(o.error)
        if o.crash:
            problems.append(f"{name}: not an InputError:\n{o.crash}")
            continue
        harmless = (o.case.oddity == "unreadable" and os.geteuid() == 0) or (
            o.case.oddity == "dotdot_inside")
        if harmless:
            continue
        if o.error is None:
            problems.append(f"{name}: accepted")
            continue
        wanted = "ts2" if o.case.kind == "source file:" else KINDS[o.case.kind].split("/")[-1]
        if wanted not in text and "sources.yaml" not in text:
            problems.append(f"{name}: the message does not name the file: {text[:300]!r}")
        if RAW_CONTROL.search(text):
            problems.append(f"{name}: raw control characters: {text[:300]!r}")
        if o.seconds > MAX_SECONDS or (o.peak_bytes or 0) > MAX_BYTES:
            problems.append(f"{name}: {o.seconds:.1f} s, {(o.peak_bytes or 0) / 2**20:.0f} MB")
    print("\nfile-system cases: " + summary(outcomes))
    assert not problems, "\n".join(problems)
    refused = {o.case.name: str(o.error) for o in outcomes if o.error}
    assert "is a FIFO" in refused["source text/fs/fifo"]
    assert "symbolic link loop" in refused["evidence.yaml/fs/symlink_loop"]
    assert "is a folder" in refused["treaties.yaml/fs/directory"]
    assert "outside the project" in refused["atop.csv/fs/symlink_outside"]
    assert "must name a file inside the seeds folder" in refused["source file:/fs/absolute"]
    assert "must name a file inside the seeds folder" in refused["source file:/fs/dotdot_outside"]
    assert "too long" in refused["source file:/fs/long_name"]
    if os.geteuid() != 0:
        assert "permission denied" in refused["hypotheses.yaml/fs/unreadable"]


# --- through the command line, in-process ---------------------------------------------------

def _cli_sample() -> list:
    """One case of each class, each from another kind, from the fast rounds."""
    from fuzz_corpus import Case

    names = sorted({k for kind in KINDS for k in classes_of(kind)})
    chosen = []
    for i, klass in enumerate(names):
        kinds = [kind for kind in KINDS if klass in classes_of(kind)]
        kind = kinds[(3 * i) % len(kinds)]
        chosen.append(Case(kind, klass, classes_of(kind).index(klass)))
    return chosen


def test_the_command_line_exits_2_with_a_message_naming_the_file(project, capsys):
    from axis_report.cli import main

    problems, codes = [], collections.Counter()
    for case in _cli_sample():
        path = project.root / case.target
        path.write_bytes(case.content())
        try:
            code = main(["--project", str(project.root), "validate"])
        except BaseException as exc:  # noqa: BLE001
            code = f"raised {type(exc).__name__}: {exc}"
        finally:
            project.restore(case.target)
        out, err = capsys.readouterr()
        codes[code] += 1
        if code not in (0, 2):
            problems.append(f"{case.name}: exit {code}\n{err[-2000:]}")
        elif code == 2 and (path.name not in err or "Traceback" in err
                            or RAW_CONTROL.search(err)):
            problems.append(f"{case.name}: {err[:500]!r}")
        elif code == 0 and "valid" not in out:
            problems.append(f"{case.name}: exit 0 without the summary: {out!r}")
    assert not problems, "\n".join(problems[:10])
    assert codes[2] >= 8 and codes[0] >= 1, codes


@pytest.mark.parametrize("project_arg, words", [
    ("nul\x00byte", "NUL"),
    ("x" * 5000, "too long"),
    ("/nonexistent/folder/for/sure", "not inside an axis_report project"),
])
def test_an_unusable_project_path_is_a_message(project_arg, words, capsys):
    from axis_report.cli import main

    assert main(["--project", project_arg, "validate"]) == 2
    err = capsys.readouterr().err
    assert "Traceback" not in err and not RAW_CONTROL.search(err.replace("\n", " "))
    assert words.lower() in err.lower() or "cannot be used as a project folder" in err, err


def test_ids_cannot_forge_lines_or_retitle_the_terminal(project, capsys):
    from axis_report.cli import main

    sources = project.root / "seeds" / "sources.yaml"
    text = project.originals["seeds/sources.yaml"].decode()
    sources.write_text(text.replace("- id: TS1", '- id: "TS1\\e]0;pwned\\a\\n0 problems '
                                                   'found: all good\\u202e"', 1))
    try:
        assert main(["--project", str(project.root), "validate"]) == 2
    finally:
        project.restore("seeds/sources.yaml")
    err = capsys.readouterr().err
    assert "\x1b" not in err and "\x07" not in err and "\u202e" not in err
    assert "\\x1b]0;pwned\\x07\\x0a0 problems found: all good\\u202e" in err
    assert not any(line.startswith("0 problems") for line in err.splitlines())


# --- what validates renders ------------------------------------------------------------------

def _render(root: Path, alignment, cache: Path) -> str:
    from axis_report.config import ProjectPaths
    from axis_report.inputs import load_inputs
    from axis_report.inputs.parameters import read_parameters
    from axis_report.model.params import check_parameters
    from axis_report.model.report import build_report
    from axis_report.sections import report as sections

    spec = read_parameters(REPO / "notebooks" / "report.py")
    inputs = load_inputs(ProjectPaths(root))
    ids = None if inputs.hypotheses is None else list(inputs.hypotheses["hypothesis"])
    params = check_parameters({"project": str(root)}, spec=spec, group=inputs.group,
                              hypothesis_ids=ids)
    report = build_report(inputs, params, alignment=alignment, spec=spec, figure_cache=cache)
    return "".join(getattr(sections, name)(report).markup for name in sections.__all__)


UNPRINTABLE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


def _renders(project, rel: str, content: bytes, alignment, cache, name: str) -> str | None:
    """Return why the project with `content` at `rel` does not render (None if it
    renders, with no control character in the HTML)."""
    path = project.root / rel
    path.write_bytes(content)
    try:
        html = _render(project.root, alignment, cache)
    except InputError as err:
        if "nothing to report" in str(err):
            return None  # a valid project with nothing in scope says so
        return f"{name}: validates, then refused: {err}"
    except Exception:  # noqa: BLE001
        import traceback

        return f"{name}: validates, then fails:\n{traceback.format_exc()}"
    finally:
        project.restore(rel)
    if UNPRINTABLE.search(html):
        return f"{name}: control characters in the HTML"
    return None


def _edited(project, rel: str, old: str, new: str) -> bytes:
    text = project.originals[rel].decode("utf-8")
    assert old in text, (rel, old)
    return text.replace(old, new, 1).encode("utf-8")


RENDERED = {  # name: (kind, file, old, new): each validates, and must render
    "a title holding ESC, BEL, NUL, U+202E and NEL": (
        "sources.yaml", "seeds/sources.yaml",
        "title: An invented ministry digest for the test suite",
        r'title: "An \e]0;pwned\a\e[31m invented \u202e ministry \0 digest \x85"'),
    "no treaties at all": ("treaties.yaml", "seeds/treaties.yaml", None, "# none coded yet\n"),
    "an event date, and a note holding U+202E and ESC": (
        "evidence.yaml", "seeds/evidence.yaml", "- id: E02\n",
        '- id: E02\n  event_date: 2024-03-05\n  note: "drones \\u202e\\x1b[2J reach Russia"\n'),
}


@pytest.fixture(scope="module")
def figures(tmp_path_factory):
    """A figure cache shared by the renders here: most draw the same figures."""
    return tmp_path_factory.mktemp("figures")


def _content(project, name: str) -> tuple:
    kind, rel, old, new = RENDERED[name]
    return kind, rel, new.encode() if old is None else _edited(project, rel, old, new)


@pytest.mark.parametrize("name", RENDERED)
def test_what_validates_renders(project, tiny_alignment, figures, name, monkeypatch):
    """Every section of the report (with stand-in figures: the `fuzz` tier draws them)."""
    from axis_report.sections import report as sections

    kind, rel, content = _content(project, name)
    (project.root / rel).write_bytes(content)
    try:
        load_kind(kind, project.root)  # it validates
    finally:
        project.restore(rel)
    drawn = []
    monkeypatch.setattr(sections, "cached_svg", lambda draw, *args, cache_dir, **kwargs: (
        drawn.append(draw.__name__) or b'<svg xmlns="http://www.w3.org/2000/svg"/>'))
    assert _renders(project, rel, content, tiny_alignment, figures, name) is None
    assert "plot_network" in drawn and "plot_timeline" in drawn


# --- the whole corpus (marker `fuzz`) -------------------------------------------------------

@pytest.mark.fuzz
def test_the_whole_corpus(project, tiny_alignment, figures):
    rss_before = _rss_mb()
    outcomes = _run(project, corpus(), memory_every=10)
    rss_growth = _rss_mb() - rss_before
    problems = [p for o in outcomes for p in check(o)]
    print(f"\nfuzz corpus: {summary(outcomes)}\n  peak RSS grew by {rss_growth:.0f} MB")
    assert not problems, "\n".join(problems[:20])
    assert rss_growth < MAX_BYTES / 2**20
    # the cases above, and every accepted case of two classes per kind, render, figures and all
    for name in RENDERED:
        _, rel, content = _content(project, name)
        assert _renders(project, rel, content, tiny_alignment, figures, name) is None
    accepted = collections.defaultdict(list)
    for o in outcomes:
        if o.ok and len(accepted[o.case.kind]) < 2 and o.case.klass not in {
                a.case.klass for a in accepted[o.case.kind]}:
            accepted[o.case.kind].append(o)
    # and every accepted date, of the files whose dates the report uses
    dated = [o for o in outcomes if o.ok and o.case.klass == "invalid_date"
             and o.case.kind in ("sources.yaml", "evidence.yaml", "treaties.yaml")]
    rendered = [o for group in accepted.values() for o in group] + dated
    failures = [why for o in rendered
                if (why := _renders(project, o.case.target, o.case.content(), tiny_alignment,
                                    figures, o.case.name))]
    print(f"  rendered {len(rendered)} accepted cases (every section, figures drawn)")
    assert not failures, "\n".join(failures)


def test_every_source_path_case_is_listed():
    names = {c.name for c in filesystem_cases()}
    assert all(f"source file:/fs/{n}" in names for n, _ in SOURCE_PATHS)
