"""Writing the analyst's YAML files without disturbing them.

`seeds/sources.yaml` and `seeds/evidence.yaml` are edited by hand: their comments, key
order, quoting and folding are the analyst's. New records are therefore written as text
in the files' own style (`entry_text`, made with ruamel.yaml) and either appended at the
end (`append_entries`) or inserted after the last item of a record's list
(`insert_list_item`, for a further quote of an existing claim). Nothing that was in the
file is rewritten: `only_additions` checks that every old line is still there, in order,
and the writers refuse to produce anything else. Files land atomically (`publish`).

The candidates files (`seeds/candidates/<source>.yaml`) are this package's own; they are
read and written with ruamel.yaml's round-trip mode (`load_roundtrip`, `dump_roundtrip`),
which keeps any comment an analyst adds to them.
"""

import difflib
import io
import textwrap
from pathlib import Path

import yaml

from ..errors import InputError, Problem
from ..publish import publish

__all__ = ["entry_text", "append_entries", "insert_list_item", "only_additions",
           "write_text", "load_roundtrip", "dump_roundtrip", "styled", "FLOW_FIELDS",
           "FOLDED_FIELDS"]

# Short lists and mappings written on one line, as the analysts write them.
FLOW_FIELDS = ("dyads", "ach", "authors", "countries", "cues", "asserts")
# Prose fields folded over several lines (`>-`) when long, as in the shipped files.
FOLDED_FIELDS = ("note", "date_basis", "obtained", "reliability_basis", "reason")
_FOLD_AT = 92        # columns of folded prose, like the shipped files
_FOLD_OVER = 90      # a prose value longer than this (with its key) is folded


def _yaml(*, indent_sequences: bool = True):
    from ruamel.yaml import YAML

    y = YAML()  # round-trip
    if indent_sequences:
        y.indent(mapping=2, sequence=4, offset=2)
    y.width = 4096       # never fold a quote or a title
    y.allow_unicode = True
    y.preserve_quotes = True
    y.representer.add_representer(
        type(None), lambda r, _: r.represent_scalar("tag:yaml.org,2002:null", "null"))
    y.representer.ignore_aliases = lambda _data: True  # a value used twice is written twice
    return y


def _styled(value, key=None, depth: int = 0):
    """Return `value` as ruamel objects styled like the analysts' files."""
    from ruamel.yaml.comments import CommentedMap, CommentedSeq
    from ruamel.yaml.scalarstring import FoldedScalarString

    if isinstance(value, dict):
        out = CommentedMap()
        for k, v in value.items():
            out[k] = _styled(v, k, depth + 1)
        if key in FLOW_FIELDS:
            out.fa.set_flow_style()
        return out
    if isinstance(value, (list, tuple)):
        out = CommentedSeq([_styled(v, None, depth + 1) for v in value])
        if key in FLOW_FIELDS and all(not isinstance(v, (dict, list)) for v in value):
            out.fa.set_flow_style()
        return out
    if (isinstance(value, str) and key in FOLDED_FIELDS and "\n" not in value
            and len(value) + len(key) + 2 * depth > _FOLD_OVER and value == value.strip()
            and "  " not in value):
        folded = FoldedScalarString(value)
        width = _FOLD_AT - 2 * (depth + 1)
        positions, at = [], 0
        for line in textwrap.wrap(value, width, break_long_words=False,
                                  break_on_hyphens=False)[:-1]:
            at += len(line)
            positions.append(at)
            at += 1
        folded.fold_pos = positions
        return folded
    return value


def entry_text(values: dict) -> str:
    """Return one record of a YAML list as text: '- id: ...' with its fields indented two
    spaces, nested lists of mappings indented as in evidence.yaml ('    - source: ...'),
    short lists and mappings in flow style, long prose folded. Dates given as
    `datetime.date` are written bare (2024-05-01)."""
    stream = io.StringIO()
    _yaml().dump(_styled(values), stream)
    lines = stream.getvalue().rstrip("\n").split("\n")
    return "\n".join(["- " + lines[0]] + [("  " + line) if line else line
                                           for line in lines[1:]]) + "\n"


def only_additions(old: str, new: str) -> list:
    """Return the lines of `old` that `new` removes or changes (empty when `new` only adds
    lines to `old`: what a reviewer's diff should show)."""
    a, b = old.splitlines(), new.splitlines()
    lost = []
    for tag, i1, i2, _j1, _j2 in difflib.SequenceMatcher(None, a, b, autojunk=False
                                                         ).get_opcodes():
        if tag in ("replace", "delete"):
            lost += a[i1:i2]
    return lost


def _check_additions(path: Path, old: str, new: str) -> None:
    lost = only_additions(old, new)
    if lost:  # a bug here, never the analyst's doing: refuse rather than damage the file
        raise InputError([Problem(str(path), "refusing to write: the edit would change "
                                             f"{len(lost)} existing line(s), starting "
                                             f"{lost[0]!r}")])


def append_entries(path: Path, old: str, entries: list, *, comment: str = "") -> str:
    """Return `old` (the text of the YAML list at `path`) with `entries` (texts from
    `entry_text`) appended, after a blank line and an optional `# comment` line. The old
    text is an exact prefix of the new one."""
    added = ""
    if old and not old.endswith("\n"):
        added += "\n"
    if old.strip():
        added += "\n"
    if comment:
        added += "".join(f"# {line}".rstrip() + "\n" for line in comment.splitlines())
    added += "\n".join(entries)
    new = old + _newlines_of(old, added)
    _check_additions(path, old, new)
    return new


def _newlines_of(old: str, added: str) -> str:
    """`added` with the line endings `old` uses (CRLF if its editor wrote CRLF)."""
    return added.replace("\n", "\r\n") if "\r\n" in old else added


def _last_line_of(node) -> int:
    """The 0-based line on which the content of `node` ends (its last scalar's last
    line), however the YAML parser places the end marks of block collections."""
    while isinstance(node, (yaml.MappingNode, yaml.SequenceNode)) and node.value:
        last = node.value[-1]
        node = last[1] if isinstance(node, yaml.MappingNode) else last
    end = node.end_mark
    line = end.line
    if end.column == 0 and line > node.start_mark.line:
        line -= 1  # a block scalar's end mark sits at the start of the next line
    return line


def insert_list_item(path: Path, old: str, record_id: str, field: str, item: dict) -> str:
    """Return `old` (the text of the YAML list at `path`) with `item` added as the last
    item of `field` (a block list of mappings, a claim's `quotes`) of the record whose id is
    `record_id`, indented like the items already there. Only lines are added."""
    name = str(path)
    root = yaml.compose(old, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
    records = root.value if isinstance(root, yaml.SequenceNode) else []
    target = None
    for node in records:
        if isinstance(node, yaml.MappingNode):
            ids = [v.value for k, v in node.value
                   if k.value == "id" and isinstance(v, yaml.ScalarNode)]
            if ids and ids[0] == record_id:
                target = node
                break
    if target is None:
        raise InputError([Problem(name, f"no record with id {record_id!r}", record=record_id)])
    lists = [v for k, v in target.value if k.value == field]
    if not lists or not isinstance(lists[0], yaml.SequenceNode) or not lists[0].value \
            or lists[0].flow_style:
        raise InputError([Problem(name, f"the record has no block list '{field}' to add to",
                                  record=record_id, field=field,
                                  line=target.start_mark.line + 1)])
    seq = lists[0]
    lines = old.splitlines(keepends=True)
    first = seq.value[0]
    dash_column = lines[first.start_mark.line].index("-")
    item_text = entry_text(item)
    pad = " " * dash_column
    block = "".join(pad + line if line.strip() else line
                    for line in item_text.splitlines(keepends=True))
    at = _last_line_of(seq) + 1

    def trailing(line: str) -> bool:  # a blank line, or a comment outdented from the items
        bare = line.lstrip()
        return not bare or (bare.startswith("#") and len(line) - len(bare) <= dash_column)

    while at - 1 > seq.start_mark.line and trailing(lines[at - 1]):
        at -= 1  # blank lines and comments after the list belong to what follows
    if at > 0 and at == len(lines) and not lines[-1].endswith("\n"):
        lines[-1] += _newlines_of(old, "\n")
    new = "".join(lines[:at]) + _newlines_of(old, block) + "".join(lines[at:])
    _check_additions(path, old, new)
    return new


def write_text(path: Path, text: str) -> None:
    """Write `text` to `path` atomically (a reader sees the old file or the new one)."""
    publish({Path(path): text.encode("utf-8")})


def load_roundtrip(path: Path):
    """Return the YAML document at `path` read in round-trip mode (comments and order
    kept, line numbers on `.lc`); raise InputError naming the file if it is not YAML."""
    from ruamel.yaml import YAMLError

    name = str(path)
    try:
        text = Path(path).read_text(encoding="utf-8")
    except FileNotFoundError:
        raise InputError([Problem(name, "file not found")]) from None
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError([Problem(name, f"cannot be read ({exc})")]) from None
    try:
        return _yaml().load(text)
    except YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        raise InputError([Problem(name, f"not valid YAML: {getattr(exc, 'problem', exc)}",
                                  line=mark.line + 1 if mark is not None else None)]
                         ) from None
    except (ValueError, TypeError, RecursionError) as exc:  # e.g. a date 2024-13-01
        raise InputError([Problem(name, f"not valid YAML: a value cannot be read ({exc})")]
                         ) from None


def dump_roundtrip(data) -> str:
    """Return a document read by `load_roundtrip` (and changed) as text."""
    stream = io.StringIO()
    _yaml().dump(data, stream)
    return stream.getvalue()


def styled(value, key=None):
    """Return a plain value as ruamel objects in the files' style (flow lists, folded
    prose), for adding to a round-trip document."""
    return _styled(value, key)
