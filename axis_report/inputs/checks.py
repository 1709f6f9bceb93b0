"""Field checks shared by the validators of every input file.

Every value is bounded here: an id has at most `MAX_ID_CHARS` characters, a name or
title `MAX_NAME_CHARS`, any other text field `MAX_TEXT_CHARS`, a list `MAX_LIST_ITEMS`
items, and a date lies in the years `MIN_YEAR`-`MAX_YEAR`. A value is shown in a
message by `show`, which shortens it first: a huge or deeply nested value costs
nothing to report.
"""

import datetime as dt
import re

from ..errors import Problem, shorten
from .files import read_yaml_entries

__all__ = ["FieldChecker", "checked_entries", "show", "show_names", "member", "record_name",
           "MAX_ID_CHARS", "MAX_NAME_CHARS", "MAX_TEXT_CHARS", "MAX_LIST_ITEMS", "MIN_YEAR",
           "MAX_YEAR"]

MAX_ID_CHARS = 40        # an id (sources, claims, hypotheses, treaties, assumptions)
MAX_NAME_CHARS = 300     # a title, name, outlet, author, analyst, affiliation, kind
MAX_TEXT_CHARS = 4000    # any other text field (a quote, a claim, a note, a citation)
MAX_LIST_ITEMS = 50      # items of a list field (authors, quotes, indicators, parties)
MIN_YEAR, MAX_YEAR = 1800, 2199

_PARTIAL_DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
_DATE_WITH_TIME = re.compile(r"^\d{4}-\d{2}-\d{2}[Tt ]")
_ID = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.-]*$")


def show(value, limit: int = 60, _depth: int = 0) -> str:
    """Return a short text showing `value` in a message, built from a bounded part of it
    (never the whole repr of a long text, a big number or a large or nested list)."""
    if isinstance(value, str):
        text = repr(shorten(value, limit))
    elif isinstance(value, bool) or value is None or isinstance(value, float):
        text = repr(value)
    elif isinstance(value, int):
        text = repr(value) if value.bit_length() < 200 else "a very large number"
    elif isinstance(value, (list, tuple, set, frozenset, dict)):
        if _depth >= 2:
            return "[...]" if not isinstance(value, dict) else "{...}"
        items = list(value.items())[:4] if isinstance(value, dict) else list(value)[:4]
        parts = ([f"{show(k, 20, _depth + 1)}: {show(v, 20, _depth + 1)}" for k, v in items]
                 if isinstance(value, dict) else [show(v, 20, _depth + 1) for v in items])
        if len(value) > 4:
            parts.append("...")
        inner = ", ".join(parts)
        text = "{" + inner + "}" if isinstance(value, dict) else "[" + inner + "]"
    else:
        text = f"a {type(value).__name__} value"
    return shorten(text, limit)


def show_names(values, n: int = 5) -> str:
    """Return the first `n` of `values` (keys, codes) joined for a message: a text as it
    is (shortened), anything else as `show` shows it."""
    values = list(values)
    shown = [shorten(v, 40) if isinstance(v, str) else show(v, 40) for v in values[:n]]
    return ", ".join(shown + (["..."] if len(values) > n else []))


def member(value, allowed) -> bool:
    """True if `value` is one of `allowed`: an unhashable value (a list where a word is
    expected) is simply not, and true/false are not 1/0."""
    if isinstance(value, bool) and not any(isinstance(a, bool) for a in allowed):
        return False
    try:
        return value in allowed
    except TypeError:
        return False


class FieldChecker:
    """Collects problems for the fields of one entry of one file."""

    def __init__(self, file: str, entry, record: str | None, *, prefix: str = ""):
        self.file = file
        self.entry = entry
        self.record = None if record is None else shorten(record, MAX_ID_CHARS + 20)
        self.prefix = prefix  # names a nested item in messages: "quotes[2]."
        self.problems: list[Problem] = []

    def problem(self, field: str | None, message: str) -> None:
        line = self.entry.field_lines.get(field, self.entry.line) if field else self.entry.line
        name = f"{self.prefix}{field}" if field else (self.prefix.rstrip(".") or None)
        self.problems.append(Problem(self.file, message, record=self.record, field=name,
                                     line=line))

    def required(self, field: str):
        value = self.entry.values.get(field)
        if value is None or (isinstance(value, str) and not value.strip()):
            self.problem(field, "missing: this field is required")
            return None
        return value

    def string(self, field: str, *, required: bool = True, limit: int = MAX_TEXT_CHARS):
        value = self.required(field) if required else self.entry.values.get(field)
        if value is None:
            return None
        if not isinstance(value, str):
            self.problem(field, f"must be text, got {show(value)}")
            return None
        if len(value) > limit:
            self.problem(field, f"is {len(value):,} characters long; the limit for this "
                                f"field is {limit:,}")
            return None
        return value

    def choice(self, field: str, allowed, *, required: bool = True):
        value = self.required(field) if required else self.entry.values.get(field)
        if value is None:
            return None
        if not member(value, allowed):
            self.problem(field, f"{show(value)} is not one of: {', '.join(map(str, allowed))}")
            return None
        return value

    def date(self, field: str, *, required: bool = True, partial: bool = False):
        """Return an ISO date string (YYYY-MM-DD, or YYYY / YYYY-MM when `partial`)."""
        value = self.required(field) if required else self.entry.values.get(field)
        if value is None:
            return None
        form = "YYYY, YYYY-MM or YYYY-MM-DD" if partial else "YYYY-MM-DD"
        if isinstance(value, dt.datetime) or (isinstance(value, str)
                                              and _DATE_WITH_TIME.match(value)):
            self.problem(field, f"{show(value)} gives a time: write the date only, {form}")
            return None
        if isinstance(value, dt.date):
            value = value.isoformat()
        elif isinstance(value, int) and not isinstance(value, bool) and partial:
            value = str(value)
        if isinstance(value, str) and _PARTIAL_DATE.match(value) and (partial or len(value) == 10):
            padded = value + "-01-01"[len(value) - 4:] if len(value) < 10 else value
            try:
                dt.date.fromisoformat(padded)
            except ValueError:
                pass
            else:
                if not MIN_YEAR <= int(value[:4]) <= MAX_YEAR:
                    self.problem(field, f"{show(value)} is not between the years {MIN_YEAR} "
                                        f"and {MAX_YEAR}")
                    return None
                return value
        self.problem(field, f"{show(value)} is not a date of the form {form}")
        return None

    def items(self, field: str, value) -> bool:
        """True if the list `value` is within `MAX_LIST_ITEMS` items (else a problem)."""
        if isinstance(value, list) and len(value) > MAX_LIST_ITEMS:
            self.problem(field, f"lists {len(value):,} items; the limit is {MAX_LIST_ITEMS}")
            return False
        return True

    def identifier(self, field: str, seen: set, what: str):
        """Return a required id that is well-formed and not in `seen` (which it joins)."""
        value = self.string(field, limit=MAX_ID_CHARS)
        if value is None:
            return None
        if not _ID.match(value):
            self.problem(field, f"{show(value)} may hold only letters, digits, '_', '.', '-'")
        elif value in seen:
            self.problem(field, f"duplicate {what} id {show(value)}")
        seen.add(value)
        return value

    def unknown_fields(self, allowed) -> None:
        unknown = [key for key in self.entry.values if key not in allowed]
        for key in unknown[:5]:
            self.problem(key, f"unknown field (allowed: {', '.join(allowed)})")
        if len(unknown) > 5:
            self.problem(None, f"... and {len(unknown) - 5} more unknown fields")


_show = show  # the former name


def checked_entries(path, fields, what: str):
    """Yield (entry, check, id) for each mapping of the YAML list at `path`, the checker
    already holding any problem with unknown fields and a missing, malformed or duplicate id
    (`what` names the kind of id in messages)."""
    seen = set()
    for entry in read_yaml_entries(path):
        raw = entry.values.get("id")
        check = FieldChecker(str(path), entry, record_name(raw))
        check.unknown_fields(fields)
        yield entry, check, check.identifier("id", seen, what)


def record_name(raw) -> str | None:
    """How a record is named in messages: its id as written, shortened (None if it has
    none)."""
    if raw is None:
        return None
    return shorten(raw, MAX_ID_CHARS + 20) if isinstance(raw, str) else show(raw, 40)
