"""Field checks shared by the validators of every input file."""

import datetime as dt
import re

from ..errors import Problem
from .files import read_yaml_entries

_PARTIAL_DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
_ID = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.-]*$")


class FieldChecker:
    """Collects problems for the fields of one entry of one file."""

    def __init__(self, file: str, entry, record: str | None, *, prefix: str = ""):
        self.file = file
        self.entry = entry
        self.record = record
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

    def string(self, field: str, *, required: bool = True):
        value = self.required(field) if required else self.entry.values.get(field)
        if value is None:
            return None
        if not isinstance(value, str):
            self.problem(field, f"must be text, got {_show(value)}")
            return None
        return value

    def choice(self, field: str, allowed, *, required: bool = True):
        value = self.required(field) if required else self.entry.values.get(field)
        if value is None:
            return None
        if value not in allowed:
            self.problem(field, f"{_show(value)} is not one of: {', '.join(map(str, allowed))}")
            return None
        return value

    def date(self, field: str, *, required: bool = True, partial: bool = False):
        """Return an ISO date string (YYYY-MM-DD, or YYYY / YYYY-MM when `partial`)."""
        value = self.required(field) if required else self.entry.values.get(field)
        if value is None:
            return None
        if isinstance(value, dt.date):
            return value.isoformat()
        if isinstance(value, int) and partial and 1000 <= value <= 9999:
            return str(value)
        if isinstance(value, str) and _PARTIAL_DATE.match(value) and (partial or len(value) == 10):
            padded = value + "-01-01"[len(value) - 4:] if len(value) < 10 else value
            try:
                dt.date.fromisoformat(padded)
            except ValueError:
                pass
            else:
                return value
        form = "YYYY, YYYY-MM or YYYY-MM-DD" if partial else "YYYY-MM-DD"
        self.problem(field, f"{_show(value)} is not a date of the form {form}")
        return None

    def identifier(self, field: str, seen: set, what: str):
        """Return a required id that is well-formed and not in `seen` (which it joins)."""
        value = self.string(field)
        if value is None:
            return None
        if not _ID.match(value):
            self.problem(field, f"{value!r} may hold only letters, digits, '_', '.', '-'")
        elif value in seen:
            self.problem(field, f"duplicate {what} id {value!r}")
        seen.add(value)
        return value

    def unknown_fields(self, allowed) -> None:
        for key in self.entry.values:
            if key not in allowed:
                self.problem(key, f"unknown field (allowed: {', '.join(allowed)})")


def checked_entries(path, fields, what: str):
    """Yield (entry, check, id) for each mapping of the YAML list at `path`, the checker
    already holding any problem with unknown fields and a missing, malformed or duplicate id
    (`what` names the kind of id in messages)."""
    seen = set()
    for entry in read_yaml_entries(path):
        raw = entry.values.get("id")
        check = FieldChecker(str(path), entry, str(raw) if raw is not None else None)
        check.unknown_fields(fields)
        yield entry, check, check.identifier("id", seen, what)


def _show(value) -> str:
    text = repr(value)
    return text if len(text) <= 60 else text[:57] + "..."
