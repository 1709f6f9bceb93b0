"""Reading input files: the only code that opens anything under a project's seeds/.

Each loader returns plain Python records (with the line each came from) or a
DataFrame; checking what the records mean is left to `evidence` and `sources`.
A file that cannot be parsed at all raises `InputError` naming the file and line.
"""

from dataclasses import dataclass, field
from pathlib import Path

import yaml

from ..errors import InputError, Problem

__all__ = ["Entry", "read_yaml_entries", "read_text", "file_sha256", "read_csv_table",
           "read_cached_frame"]


@dataclass(frozen=True)
class Entry:
    """One mapping from a YAML list: its values, its line, and the line of each field.

    `item_lines` holds, for a field whose value is a list of mappings (a claim's quotes),
    one (line, {key: line}) per item, so messages can point inside the list."""

    values: dict
    line: int
    field_lines: dict
    item_lines: dict = field(default_factory=dict)


def _item_lines(node) -> list:
    out = []
    for item in node.value:
        keys = {}
        if isinstance(item, yaml.MappingNode):
            keys = {k.value: k.start_mark.line + 1 for k, _ in item.value}
        out.append((item.start_mark.line + 1, keys))
    return out


def read_text(path: Path) -> str:
    """Return a source document's text exactly as stored (UTF-8)."""
    try:
        return Path(path).read_text(encoding="utf-8")
    except FileNotFoundError:
        raise InputError([Problem(str(path), "file not found")]) from None
    except UnicodeDecodeError as exc:
        raise InputError([Problem(str(path), f"not valid UTF-8 text ({exc.reason})")]) from None


def read_yaml_entries(path: Path) -> list[Entry]:
    """Return the mappings of a YAML file whose top level is a list of mappings.

    Line numbers come from the composed node tree, so every later message can
    point at the line the analyst has to edit.
    """
    path = Path(path)
    text = read_text(path)
    name = str(path)
    try:
        # Parse once (with libyaml when present), then build values from the same nodes.
        root = yaml.compose(text, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
        data = yaml.constructor.SafeConstructor().construct_document(root) if root else None
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = mark.line + 1 if mark is not None else None
        what = getattr(exc, "problem", None) or str(exc)
        raise InputError([Problem(name, f"not valid YAML: {what}", line=line)]) from None
    if root is None:
        return []
    if not isinstance(root, yaml.SequenceNode) or not isinstance(data, list):
        raise InputError(
            [Problem(name, "the file must be a YAML list of records ('- id: ...')",
                     line=root.start_mark.line + 1)]
        )
    entries, problems = [], []
    for node, value in zip(root.value, data):
        line = node.start_mark.line + 1
        if not isinstance(node, yaml.MappingNode) or not isinstance(value, dict):
            problems.append(Problem(name, "each list item must be a mapping of field: value",
                                    line=line))
            continue
        field_lines, item_lines = {}, {}
        for key_node, value_node in node.value:
            key = key_node.value
            if key in field_lines:
                problems.append(Problem(name, "field given twice", field=str(key),
                                        line=key_node.start_mark.line + 1,
                                        record=str(value.get("id", "?"))))
            field_lines[key] = key_node.start_mark.line + 1
            if isinstance(value_node, yaml.SequenceNode):
                item_lines[key] = _item_lines(value_node)
        entries.append(Entry({str(k): v for k, v in value.items()}, line, field_lines,
                             item_lines))
    if problems:
        raise InputError(problems)
    return entries


def file_sha256(path: Path) -> str:
    """Return the SHA-256 hex digest of a file's bytes."""
    import hashlib

    digest = hashlib.sha256()
    with open(path, "rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def read_csv_table(path: Path, schema: dict, *, max_problems: int = 10):
    """Return a reference CSV (plain or .gz) as a DataFrame with checked, typed columns.

    `schema` maps column name -> kind: "int" (also accepts 365.0), "flag" (0/1),
    "str", "str?" (may be empty), "date" (YYYY-MM-DD), or a tuple of allowed strings. A damaged file
    (unreadable, a missing column, a bad value) raises InputError naming the file,
    the line and the column.
    """
    import numpy as np
    import pandas as pd

    path = Path(path)
    name = str(path)
    if not path.exists():
        raise InputError([Problem(name, "file not found")])
    try:
        frame = pd.read_csv(path, dtype=str, keep_default_na=False, na_values=[""])
    except Exception as exc:  # zlib, encoding and tokenizer errors all mean "damaged"
        raise InputError([Problem(name, f"cannot be read as CSV: {exc}")]) from None
    missing = [c for c in schema if c not in frame.columns]
    if missing:
        raise InputError([Problem(name, f"missing column(s) {', '.join(missing)}; "
                                        f"found {', '.join(frame.columns)}", line=1)])
    problems, out = [], {}
    for col, kind in schema.items():
        raw = frame[col]
        if kind == "str":
            bad = raw.isna()
            values = raw
        elif kind == "str?":  # may be empty (missing)
            bad = pd.Series(False, index=raw.index)
            values = raw
        elif kind in ("int", "flag"):
            num = pd.to_numeric(raw, errors="coerce")
            bad = num.isna() | (num != np.floor(num))
            if kind == "flag":
                bad |= ~num.isin([0, 1])
            values = num.where(~bad, 0).astype("int64")
        elif kind == "date":
            parsed = pd.to_datetime(raw, format="%Y-%m-%d", errors="coerce")
            bad = parsed.isna()
            values = parsed
        else:  # a closed vocabulary
            bad = ~raw.isin(kind)
            values = raw
        for idx in np.flatnonzero(bad.to_numpy())[:max_problems]:
            expected = (f"one of {', '.join(kind)}" if isinstance(kind, tuple)
                        else {"int": "a whole number", "flag": "0 or 1", "str": "a value",
                              "date": "a date YYYY-MM-DD"}[kind])
            problems.append(Problem(name, f"{raw.iat[idx]!r} is not {expected}",
                                    line=int(idx) + 2, field=col))
        if bad.sum() > max_problems:
            problems.append(Problem(name, f"... and {int(bad.sum()) - max_problems} more bad "
                                          "values in this column", field=col))
        out[col] = values
    if problems:
        raise InputError(problems)
    return pd.DataFrame(out)


def read_cached_frame(path: Path):
    """Return a cached CSV frame, or None if the cache file is absent or unreadable."""
    import pandas as pd

    try:
        return pd.read_csv(path)
    except (OSError, ValueError):
        return None
