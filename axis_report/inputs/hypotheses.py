"""The competing hypotheses (hypotheses.yaml) and the evidence records' ratings of them."""

from pathlib import Path

import pandas as pd

from .. import vocab
from ..errors import InputError, Problem
from .checks import (
    MAX_NAME_CHARS,
    MAX_TEXT_CHARS,
    checked_entries,
    member,
    record_name,
    show,
    show_names,
)
from .files import read_yaml_entries

__all__ = ["HYPOTHESIS_FIELDS", "load_hypotheses", "check_ratings", "hypothesis_ids"]

HYPOTHESIS_FIELDS = ("id", "title", "description", "separates", "indicators")
INDICATOR_FIELDS = ("text", "look_for")
LOOK_FOR_FIELDS = ("scope", "dyads", "hub", "domain", "stance", "min_weight")


def _check_look_for(check, index: int, look, group) -> dict | None:
    """Check an indicator's `look_for` filter; return it normalized, or None."""
    field = f"indicators[{index}].look_for"
    if not isinstance(look, dict) or not look:
        check.problem(field, f"must map some of {', '.join(LOOK_FOR_FIELDS)} to values")
        return None
    bad = [k for k in look if not member(k, LOOK_FOR_FIELDS)]
    if bad:
        check.problem(field, f"unknown key {show_names(bad)} (allowed: "
                             f"{', '.join(LOOK_FOR_FIELDS)})")
        return None
    allowed = {"scope": ("dyads", "hub", "group"), "domain": vocab.DOMAINS,
               "stance": vocab.STANCES, "hub": tuple(group), "min_weight": vocab.WEIGHTS}
    for key, values in allowed.items():
        if key in look and not member(look[key], values):
            check.problem(field, f"{key}: {show(look[key])} is not one of "
                                 f"{', '.join(map(str, values))}")
            return None
    if "dyads" in look:
        good = vocab.dyads_among(group)
        if (not isinstance(look["dyads"], list) or len(look["dyads"]) > len(good)
                or any(not member(d, good) for d in look["dyads"])):
            check.problem(field, f"dyads: must list dyads among {', '.join(group)}")
            return None
    return dict(look)


def load_hypotheses(path: Path, *, group=vocab.DEFAULT_GROUP):
    """Return (hypotheses, indicators): hypotheses (hypothesis, title, description,
    separates) in file order, and their indicators (hypothesis, indicator id such as
    H1.2, text, look_for), what would be observed if each hypothesis were true."""
    name = str(path)
    rows, indicators, problems = [], [], []
    for entry, check, hid in checked_entries(path, HYPOTHESIS_FIELDS, "hypothesis"):
        row = dict(hypothesis=hid, title=check.string("title", limit=MAX_NAME_CHARS),
                   description=check.string("description"),
                   separates=check.string("separates", required=False))
        items = entry.values.get("indicators") or []
        mine = []
        if not isinstance(items, list):
            check.problem("indicators", "must be a list of {text, look_for}")
            items = []
        elif not check.items("indicators", items):
            items = []
        for i, item in enumerate(items, 1):
            if not isinstance(item, dict) or set(item) - set(INDICATOR_FIELDS) or not isinstance(
                    item.get("text"), str) or not item["text"].strip():
                check.problem(f"indicators[{i}]", "must be a mapping with 'text' and "
                                                  "'look_for'")
                continue
            if len(item["text"]) > MAX_TEXT_CHARS:
                check.problem(f"indicators[{i}].text", f"is {len(item['text']):,} characters "
                                                       f"long; the limit is {MAX_TEXT_CHARS:,}")
                continue
            look = _check_look_for(check, i, item.get("look_for"), tuple(group))
            mine.append(dict(hypothesis=hid, indicator=f"{hid}.{i}", text=item["text"],
                             look_for=look))
        problems += check.problems
        if not check.problems:
            rows.append(row)
            indicators += mine
    if problems:
        raise InputError(problems)
    if not rows:
        raise InputError([Problem(name, "no hypotheses listed")])
    return pd.DataFrame(rows), pd.DataFrame(indicators, columns=["hypothesis", "indicator",
                                                                 "text", "look_for"])


ASSUMPTION_FIELDS = ("id", "text", "if_wrong")


def load_assumptions(path: Path) -> pd.DataFrame:
    """Return the analyst's key assumptions (assumption, text, if_wrong), in file order."""
    rows, problems = [], []
    for _, check, aid in checked_entries(path, ASSUMPTION_FIELDS, "assumption"):
        row = dict(assumption=aid, text=check.string("text"),
                   if_wrong=check.string("if_wrong"))
        problems += check.problems
        if not check.problems:
            rows.append(row)
    if problems:
        raise InputError(problems)
    return pd.DataFrame(rows, columns=["assumption", "text", "if_wrong"])


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
        unknown = [h for h in ach if not member(h, ids)]
        missing = [h for h in ids if h not in ach]
        bad = {h: r for h, r in ach.items() if member(h, ids) and not member(r, vocab.RATINGS)}
        if unknown:
            problems.append(Problem(file, f"unknown hypothesis {show_names(unknown, 10)} "
                                          f"(known: {', '.join(ids)})", **where))
        if missing:
            problems.append(Problem(file, f"no rating for {', '.join(missing)}", **where))
        for h, r in list(bad.items())[:10]:
            problems.append(Problem(file, f"{h}: {show(r)} is not one of "
                                          f"{', '.join(vocab.RATINGS)}", **where))
    return problems


def hypothesis_ids(path: Path) -> list:
    """Return the hypothesis ids in `path`, read lightly (no pandas): for checking the
    `hypotheses` parameter before anything heavy loads."""
    names = (record_name(e.values.get("id")) for e in read_yaml_entries(path))
    return [n for n in names if n is not None]
