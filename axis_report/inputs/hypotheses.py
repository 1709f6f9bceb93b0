"""The competing hypotheses (hypotheses.yaml) and the evidence records' ratings of them."""

from pathlib import Path

import pandas as pd

from .. import vocab
from ..errors import InputError, Problem
from .checks import checked_entries
from .files import read_yaml_entries

__all__ = ["HYPOTHESIS_FIELDS", "load_hypotheses", "check_ratings"]

HYPOTHESIS_FIELDS = ("id", "title", "description")


def load_hypotheses(path: Path) -> pd.DataFrame:
    """Return the hypotheses (hypothesis, title, description) in file order."""
    name = str(path)
    rows, problems = [], []
    for _, check, hid in checked_entries(path, HYPOTHESIS_FIELDS, "hypothesis"):
        row = dict(hypothesis=hid, title=check.string("title"),
                   description=check.string("description"))
        problems += check.problems
        if not check.problems:
            rows.append(row)
    if problems:
        raise InputError(problems)
    if not rows:
        raise InputError([Problem(name, "no hypotheses listed")])
    return pd.DataFrame(rows)


def check_ratings(records: list, hypothesis_ids, file: str) -> list:
    """Return a Problem for each record whose `ach` ratings are missing, unknown or
    incomplete against `hypothesis_ids`."""
    problems = []
    ids = list(hypothesis_ids)
    for rec in records:
        ach = rec.get("ach")
        where = dict(record=rec["record_id"], field="ach", line=rec["line"])
        if not isinstance(ach, dict):
            problems.append(Problem(file, f"missing: rate every hypothesis ({', '.join(ids)}) "
                                          f"as one of {', '.join(vocab.RATINGS)}", **where))
            continue
        unknown = [h for h in ach if h not in ids]
        missing = [h for h in ids if h not in ach]
        bad = {h: r for h, r in ach.items() if h in ids and r not in vocab.RATINGS}
        if unknown:
            problems.append(Problem(file, f"unknown hypothesis {', '.join(map(str, unknown))} "
                                          f"(known: {', '.join(ids)})", **where))
        if missing:
            problems.append(Problem(file, f"no rating for {', '.join(missing)}", **where))
        for h, r in bad.items():
            problems.append(Problem(file, f"{h}: {r!r} is not one of {', '.join(vocab.RATINGS)}",
                                    **where))
    return problems


def hypothesis_ids(path: Path) -> list:
    """Return the hypothesis ids in `path`, read lightly (no pandas): for checking the
    `hypotheses` parameter before anything heavy loads."""
    return [str(e.values.get("id")) for e in read_yaml_entries(path)]
