"""Reading input files: the only module that opens anything under seeds/.

Each loader returns plain Python records (with the line each came from) or a
DataFrame; checking what the records mean is left to `evidence` and `sources`.
A file that cannot be parsed at all raises `InputError` naming the file and line.
"""

from dataclasses import dataclass
from pathlib import Path

import yaml

from .errors import InputError, Problem

__all__ = ["Entry", "read_yaml_entries", "read_text", "file_sha256"]


@dataclass(frozen=True)
class Entry:
    """One mapping from a YAML list: its values, its line, and the line of each field."""

    values: dict
    line: int
    field_lines: dict


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
        root = yaml.compose(text, Loader=yaml.SafeLoader)
        data = yaml.load(text, Loader=yaml.SafeLoader)
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
        field_lines = {}
        for key_node, _ in node.value:
            key = key_node.value
            if key in field_lines:
                problems.append(Problem(name, "field given twice", field=str(key),
                                        line=key_node.start_mark.line + 1,
                                        record=str(value.get("id", "?"))))
            field_lines[key] = key_node.start_mark.line + 1
        entries.append(Entry({str(k): v for k, v in value.items()}, line, field_lines))
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
