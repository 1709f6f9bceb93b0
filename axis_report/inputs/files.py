"""Reading input files: the only code that opens anything under a project's seeds/.

Each loader returns plain Python records (with the line each came from) or a
DataFrame; checking what the records mean is left to `evidence` and `sources`.
A file that cannot be read or parsed at all raises `InputError` naming the file (and
the line, when there is one); nothing here lets an OSError, a parser's exception or a
traceback through.

Every input is bounded, so a small or odd file cannot exhaust time or memory:

- only regular files are read (never a folder, FIFO, socket or device; a path with a
  NUL character, too long, or a symbolic link loop is refused), and only up to a size:
  `MAX_TEXT_BYTES` for source texts, YAML files and notebooks, `MAX_CSV_BYTES` (as
  stored, and again once decompressed) and `MAX_CSV_ROWS` for reference CSVs;
- texts must be UTF-8, without a NUL byte or many other control bytes (more than 64 in
  the first 64 kB): anything else is a binary file, not a text;
- YAML aliases (`*name`) are refused altogether: input files never need them, and a
  few lines of nested aliases expand to gigabytes (the "billion laughs"). Nesting is
  limited to `MAX_YAML_DEPTH` levels, a file to `MAX_YAML_NODES` values and a list of
  records to `MAX_RECORDS`; a key given twice in one mapping, at any depth (in flow
  mappings too), is a problem;
- dates are kept as written (text): the field checks parse them, so an impossible date
  such as 2025-02-30 is a message naming its field, not a parser's exception.
"""

import gc
import os
import re
import stat
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

import yaml
from yaml.events import (
    AliasEvent,
    DocumentStartEvent,
    MappingEndEvent,
    MappingStartEvent,
    ScalarEvent,
    SequenceEndEvent,
    SequenceStartEvent,
    StreamEndEvent,
)
from yaml.nodes import MappingNode, ScalarNode, SequenceNode

from ..errors import InputError, Problem, shorten

__all__ = ["Entry", "read_yaml_entries", "read_yaml_mapping", "read_text", "read_bytes",
           "file_sha256", "read_csv_table", "read_cached_frame", "present", "inside",
           "MAX_TEXT_BYTES", "MAX_CSV_BYTES", "MAX_CSV_ROWS", "MAX_YAML_NODES",
           "MAX_YAML_DEPTH", "MAX_RECORDS", "gc_paused"]

MAX_TEXT_BYTES = 5 * 2**20     # a source text, a YAML file, a notebook: 5 MB
MAX_CSV_BYTES = 64 * 2**20     # a reference CSV, as stored and once decompressed: 64 MB
MAX_CSV_ROWS = 2_000_000       # rows of a reference CSV
MAX_YAML_NODES = 1_000_000     # values in one YAML file (5,000 claims hold about 240,000)
MAX_YAML_DEPTH = 20            # lists and mappings nested in one another
MAX_RECORDS = 10_000           # records in one YAML list (sources, claims, ...)

# Control bytes other than tab, line feed, vertical tab, form feed and CR. A stray one
# occurs in real texts (the UN roll calls hold a backspace); many, or a NUL, mean binary.
_BAD_TEXT_BYTES = re.compile(rb"[\x00-\x08\x0e-\x1f\x7f]")


@dataclass(frozen=True)
class Entry:
    """One mapping from a YAML list: its values, its line, and the line of each field.

    `item_lines` holds, for a field whose value is a list of mappings (a claim's quotes),
    one (line, {key: line}) per item, so messages can point inside the list."""

    values: dict
    line: int
    field_lines: dict
    item_lines: dict = field(default_factory=dict)


def _size(n: int) -> str:
    return f"{n / 2**20:.1f} MB" if n >= 2**20 else f"{n:,} bytes"


# --- reading bytes: regular files only, bounded ------------------------------------------

def present(path) -> bool:
    """True if anything is at `path` (a file, a folder, a FIFO, even a broken or looping
    symbolic link): reading it then says what is wrong, rather than taking it as absent."""
    try:
        os.lstat(path)
    except (OSError, ValueError):
        return False
    return True


def inside(path, folder) -> bool:
    """True if `path`, with every symbolic link resolved, lies within `folder`."""
    try:
        real = os.path.realpath(path)
        base = os.path.realpath(folder)
    except (OSError, ValueError):
        return False
    return real == base or real.startswith(base.rstrip(os.sep) + os.sep)


_KINDS = ((stat.S_ISDIR, "a folder"), (stat.S_ISFIFO, "a FIFO (named pipe)"),
          (stat.S_ISSOCK, "a socket"), (stat.S_ISCHR, "a character device"),
          (stat.S_ISBLK, "a block device"))


def _cannot(name: str, message: str) -> InputError:
    return InputError([Problem(name, message)])


def read_bytes(path, *, limit: int = MAX_TEXT_BYTES, within=None, what: str = "input files"
               ) -> bytes:
    """Return the bytes of the regular file at `path`, at most `limit` of them.

    Raise InputError naming the file if it is absent, not a regular file (a folder, FIFO,
    device...), unreadable, larger than `limit`, or (with `within`) outside that folder
    once symbolic links are resolved. A FIFO is never waited on (it is opened
    non-blocking and refused)."""
    name = str(path)
    if "\x00" in name:
        raise _cannot(name, "the path holds a NUL character")
    if within is not None and not inside(path, within):
        raise _cannot(name, f"is outside the folder {within} (after following symbolic "
                            "links): only files inside it are read")
    flags = os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_NOCTTY", 0) | getattr(os, "O_CLOEXEC", 0)
    try:
        fd = os.open(path, flags)
    except FileNotFoundError:
        broken = os.path.islink(path)
        raise _cannot(name, "broken symbolic link (its target does not exist)" if broken
                      else "file not found") from None
    except PermissionError:
        raise _cannot(name, "cannot be read (permission denied)") from None
    except OSError as exc:
        import errno

        reason = {errno.ELOOP: "a symbolic link loop (or too many links)",
                  errno.ENAMETOOLONG: "the path is too long",
                  errno.ENOTDIR: "a part of the path is not a folder",
                  errno.EISDIR: "is a folder, not a file"}.get(exc.errno)
        raise _cannot(name, reason or f"cannot be opened ({exc.strerror})") from None
    except ValueError:
        raise _cannot(name, "the path cannot be opened (it holds a NUL character)") from None
    try:
        info = os.fstat(fd)
        for test, kind in _KINDS:
            if test(info.st_mode):
                raise _cannot(name, f"is {kind}, not a regular file")
        if not stat.S_ISREG(info.st_mode):
            raise _cannot(name, "is not a regular file")
        too_big = _cannot(name, f"is larger than {_size(limit)}, the limit for {what} "
                                "(docs/codebook.md)")
        if info.st_size > limit:
            raise too_big
        chunks, total = [], 0
        while True:  # the size may lie (a file still growing, /proc): read to the limit only
            try:
                chunk = os.read(fd, min(1 << 20, limit + 1 - total))
            except OSError as exc:
                raise _cannot(name, f"cannot be read ({exc.strerror})") from None
            if not chunk:
                break
            chunks.append(chunk)
            total += len(chunk)
            if total > limit:
                raise too_big
        return b"".join(chunks)
    finally:
        os.close(fd)


def _decode(name: str, data: bytes, *, what: str = "text") -> str:
    """Return `data` as text (UTF-8, universal newlines), or raise InputError naming the
    first bad byte's line: not UTF-8, or holding NUL or other control bytes (binary)."""
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = data.count(b"\n", 0, exc.start) + 1
        raise InputError([Problem(name, f"not valid UTF-8 {what} ({exc.reason} at byte "
                                        f"{exc.start:,}); save it as UTF-8",
                                  line=line)]) from None
    at = data.find(b"\x00")
    if at < 0 and len(_BAD_TEXT_BYTES.findall(data, 0, 1 << 16)) > 64:
        at = _BAD_TEXT_BYTES.search(data).start()
    if at >= 0:
        line = data.count(b"\n", 0, at) + 1
        kind = "a NUL byte" if data[at] == 0 else "many control bytes"
        raise InputError([Problem(name, f"holds {kind} (first at byte {at:,}): a binary file, "
                                        f"not {what}", line=line)])
    return text.replace("\r\n", "\n").replace("\r", "\n")


def read_text(path: Path, *, limit: int = MAX_TEXT_BYTES, within=None) -> str:
    """Return a text file's text (a source document, a YAML file, a notebook): UTF-8,
    with universal newlines, at most `limit` bytes; raise InputError naming the file
    (see `read_bytes`; a binary file is refused)."""
    data = read_bytes(path, limit=limit, within=within, what="texts and YAML files")
    return _decode(str(path), data)


# --- YAML: composed from events, bounded, with the line of every value -------------------

def _loader(text):
    return getattr(yaml, "CSafeLoader", yaml.SafeLoader)(text)


class _Constructor(yaml.constructor.SafeConstructor):
    """SafeConstructor keeping dates as written (the checks parse them) and noting the
    node it builds, so an error names its line."""

    node = None

    def construct_object(self, node, deep=False):
        self.node = node
        return super().construct_object(node, deep=deep)

    def construct_yaml_timestamp(self, node):
        return self.construct_scalar(node)


_Constructor.add_constructor("tag:yaml.org,2002:timestamp",
                             _Constructor.construct_yaml_timestamp)


def _yaml_error(name: str, exc, text: str) -> InputError:
    mark = getattr(exc, "problem_mark", None) or getattr(exc, "context_mark", None)
    line = mark.line + 1 if mark is not None else None
    if isinstance(exc, yaml.reader.ReaderError):
        line = text.count("\n", 0, max(exc.position, 0)) + 1
        what = (f"character {shorten(repr(chr(exc.character)), 12)} is not allowed"
                if isinstance(exc.character, int) else "unreadable characters")
    else:
        what = getattr(exc, "problem", None) or str(exc)
    return InputError([Problem(name, f"not valid YAML: {shorten(str(what), 200)}", line=line)])


_STR, _SEQ, _MAP = ("tag:yaml.org,2002:" + k for k in ("str", "seq", "map"))
# Tags whose SafeConstructor builds a scalar at once (not a generator, as for collections)
_SCALARS = frozenset("tag:yaml.org,2002:" + k
                     for k in ("null", "bool", "int", "float", "binary", "timestamp"))
_SPECIAL_KEYS = ("tag:yaml.org,2002:merge", "tag:yaml.org,2002:value")  # `<<`, `=`


def _compose(name: str, text: str):
    """Return (root node, data, built) for the one document (root None for an empty file),
    composed from the parser's events with aliases refused and size and depth bounded.

    The values are built along the way (`data`, with `built` True) when the document is
    plain: default list and mapping tags, scalar keys, no merge keys (`<<`) and no
    scalar its constructor refuses. Otherwise `built` is False and `data` is None: the
    caller constructs from the node tree (`_construct`), which gives what SafeConstructor
    gives, and its messages, for everything else. Both ways give the same values."""
    loader = _loader(text)
    constructor = _Constructor()
    stack, root, data, count, documents, built = [], None, None, 0, 0, True
    try:
        while True:
            event = loader.get_event()
            kind = type(event)
            if kind is ScalarEvent:
                tag = event.tag
                if tag is None or tag == "!":
                    tag = loader.resolve(ScalarNode, event.value, event.implicit)
                node = ScalarNode(tag, event.value, event.start_mark, event.end_mark,
                                  style=event.style)
                if tag == _STR:
                    value = event.value
                elif built and tag in _SCALARS:
                    try:
                        value = constructor.construct_object(node)
                    except Exception:  # _construct names it, as it would have
                        built, value = False, None
                else:  # a collection's tag on a scalar, an unknown tag: _construct decides
                    built, value = False, None
            elif kind is SequenceStartEvent or kind is MappingStartEvent:
                cls = SequenceNode if kind is SequenceStartEvent else MappingNode
                tag = event.tag
                if tag is None or tag == "!":
                    tag = loader.resolve(cls, None, event.implicit)
                node = cls(tag, [], event.start_mark, None, flow_style=event.flow_style)
                if len(stack) >= MAX_YAML_DEPTH:
                    raise InputError([Problem(name, f"nested more than {MAX_YAML_DEPTH} "
                                                    "levels deep",
                                              line=event.start_mark.line + 1)])
                if tag != (_SEQ if cls is SequenceNode else _MAP):
                    built = False
                value = [] if cls is SequenceNode else {}
            elif kind is SequenceEndEvent or kind is MappingEndEvent:
                node, _, value, _ = stack.pop()
                node.end_mark = event.end_mark
            elif kind is AliasEvent:
                raise InputError([Problem(name, f"YAML alias *{shorten(str(event.anchor), 40)}"
                                                ": aliases (and the anchors they repeat) are "
                                                "not allowed in input files; write the value "
                                                "out", line=event.start_mark.line + 1)])
            elif kind is DocumentStartEvent:
                documents += 1
                if documents > 1:
                    raise InputError([Problem(name, "holds more than one YAML document "
                                                    "('---'): keep one",
                                              line=event.start_mark.line + 1)])
                continue
            elif kind is StreamEndEvent:
                return root, (data if built else None), built
            else:
                continue
            count += 1
            if count > MAX_YAML_NODES:
                raise InputError([Problem(name, f"holds more than {MAX_YAML_NODES:,} values, "
                                                "the limit for one file",
                                          line=event.start_mark.line + 1)])
            if kind is SequenceStartEvent or kind is MappingStartEvent:
                # [node, its pending key's node and value (in a mapping), its value]
                stack.append([node, None, value, None])
                continue
            if not stack:
                root, data = node, value
                continue
            top = stack[-1]
            if type(top[0]) is SequenceNode:
                top[0].value.append(node)
                top[2].append(value)
                if len(stack) == 1 and len(top[0].value) > MAX_RECORDS:
                    raise InputError([Problem(name, f"lists more than {MAX_RECORDS:,} records, "
                                                    "the limit for one file",
                                              line=event.start_mark.line + 1)])
            elif top[1] is None:
                top[1], top[3] = node, value
                if type(node) is not ScalarNode or node.tag in _SPECIAL_KEYS:
                    built = False
            else:
                top[0].value.append((top[1], node))
                if built:
                    top[2][top[3]] = value
                top[1] = top[3] = None
    except yaml.YAMLError as exc:
        raise _yaml_error(name, exc, text) from None
    finally:
        loader.dispose()


def _construct(name: str, root):
    constructor = _Constructor()
    try:
        return constructor.construct_document(root)
    except yaml.YAMLError as exc:
        raise _yaml_error(name, exc, "") from None
    except Exception as exc:  # a constructor's ValueError (a 5,000-digit int), KeyError...
        node = constructor.node
        line = node.start_mark.line + 1 if node is not None else None
        value = repr(shorten(node.value, 60)) if isinstance(node, ScalarNode) else "a value"
        tag = shorten(str(getattr(node, "tag", "")).rpartition(":")[2], 30)
        reason = shorten(str(exc).split(":")[0], 60) if not isinstance(exc, KeyError) else ""
        raise InputError([Problem(name, f"not valid YAML: {value} cannot be read as {tag}"
                                        + (f" ({reason})" if reason else ""),
                                  line=line)]) from None


@contextmanager
def gc_paused():
    """Pause the cyclic garbage collector for the block (nested uses are fine; only the
    outermost turns it back on).

    Loading inputs allocates hundreds of thousands of small objects (a 5,000-claim file is
    some 200,000 nodes and as many values, then records, checks and frames) and keeps them,
    none in a reference cycle: the collector's repeated passes over them cost a third of
    `axis-report validate` (benchmarks/scale.py) and free nothing."""
    was_on = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_on:
            gc.enable()


def _load_yaml(path, within=None):
    """Return (root node, data) of the YAML file at `path`; (None, None) when empty."""
    name = str(path)
    text = read_text(path, within=within)
    with gc_paused():
        root, data, built = _compose(name, text)
        if root is None:
            return None, None
        return root, (data if built else _construct(name, root))


def _duplicate_keys(node) -> list:
    """Return the key nodes given a second time in any mapping within `node`."""
    out, todo = [], [node]
    while todo:
        node = todo.pop()
        if isinstance(node, SequenceNode):
            todo.extend(node.value)
        elif isinstance(node, MappingNode):
            seen = set()
            for key, value in node.value:
                if isinstance(key, ScalarNode):
                    if (key.tag, key.value) in seen:
                        out.append(key)
                    seen.add((key.tag, key.value))
                todo.append(value)
    return sorted(out, key=lambda k: k.start_mark.index)


def _key_text(key) -> str:
    return shorten(key.value, 60) if isinstance(key, ScalarNode) else "?"


def _item_lines(node) -> list:
    out = []
    for item in node.value:
        keys = {}
        if isinstance(item, MappingNode):
            keys = {_key_text(k): k.start_mark.line + 1 for k, _ in item.value}
        out.append((item.start_mark.line + 1, keys))
    return out


@gc_paused()
def read_yaml_entries(path: Path, *, within=None) -> list[Entry]:
    """Return the mappings of a YAML file whose top level is a list of mappings.

    Line numbers come from the composed node tree, so every later message can
    point at the line the analyst has to edit.
    """
    path = Path(path)
    name = str(path)
    root, data = _load_yaml(path, within)
    if root is None:
        return []
    if not isinstance(root, SequenceNode) or not isinstance(data, list):
        raise InputError(
            [Problem(name, "the file must be a YAML list of records ('- id: ...')",
                     line=root.start_mark.line + 1)]
        )
    if len(root.value) > MAX_RECORDS:
        raise InputError([Problem(name, f"lists {len(root.value):,} records; the limit for one "
                                        f"file is {MAX_RECORDS:,}",
                                  line=root.start_mark.line + 1)])
    entries, problems = [], []
    for node, value in zip(root.value, data):
        line = node.start_mark.line + 1
        if not isinstance(node, MappingNode) or not isinstance(value, dict):
            problems.append(Problem(name, "each list item must be a mapping of field: value",
                                    line=line))
            continue
        field_lines, item_lines = {}, {}
        record = shorten(str(value.get("id", "?")), 60)
        for key_node, value_node in node.value:
            key = _key_text(key_node)
            if key in field_lines:
                problems.append(Problem(name, "field given twice", field=key,
                                        line=key_node.start_mark.line + 1, record=record))
            field_lines[key] = key_node.start_mark.line + 1
            if isinstance(value_node, SequenceNode):
                item_lines[key] = _item_lines(value_node)
            for dup in _duplicate_keys(value_node):
                problems.append(Problem(name, f"key {_key_text(dup)!r} given twice in one "
                                              "mapping", field=key, record=record,
                                        line=dup.start_mark.line + 1))
        entries.append(Entry({str(k): v for k, v in value.items()}, line, field_lines,
                             item_lines))
    if problems:
        raise InputError(problems)
    return entries


def read_yaml_mapping(path: Path, *, within=None) -> dict:
    """Return the mapping at the top of a YAML file (empty for an empty file); raise
    InputError if it is not one, or gives a key twice at any depth."""
    name = str(path)
    root, data = _load_yaml(path, within)
    if root is None:
        return {}
    if not isinstance(root, MappingNode) or not isinstance(data, dict):
        raise InputError([Problem(name, "must be a mapping of setting: value",
                                  line=root.start_mark.line + 1)])
    dups = _duplicate_keys(root)
    if dups:
        raise InputError([Problem(name, "given twice", field=_key_text(k),
                                  line=k.start_mark.line + 1) for k in dups])
    return data


# --- hashes and CSV tables ---------------------------------------------------------------

def file_sha256(path: Path, *, limit: int = MAX_CSV_BYTES) -> str:
    """Return the SHA-256 hex digest of a regular file's bytes (at most `limit` of them;
    see `read_bytes`)."""
    import hashlib

    return hashlib.sha256(read_bytes(path, limit=limit)).hexdigest()


def _csv_text(path: Path) -> str:
    """Return a reference CSV's text (plain, or gzip by its .gz suffix), bounded."""
    import gzip
    import io
    import zlib

    name = str(path)
    data = read_bytes(path, limit=MAX_CSV_BYTES, what="reference CSVs")
    if path.suffix == ".gz":
        try:
            with gzip.GzipFile(fileobj=io.BytesIO(data)) as fh:
                data = fh.read(MAX_CSV_BYTES + 1)
        except (OSError, EOFError, zlib.error) as exc:
            raise _cannot(name, f"cannot be read as CSV: damaged gzip data "
                                f"({shorten(str(exc), 100)})") from None
        if len(data) > MAX_CSV_BYTES:
            raise _cannot(name, f"decompresses to more than {_size(MAX_CSV_BYTES)}, the limit "
                                "for reference CSVs (docs/codebook.md)")
    text = _decode(name, data, what="CSV text")
    if text.count("\n") > MAX_CSV_ROWS + 1:
        raise _cannot(name, f"has more than {MAX_CSV_ROWS:,} rows, the limit for reference "
                            "CSVs (docs/codebook.md)")
    return text


def _to_numeric(raw):
    """Return `pd.to_numeric(raw, errors="coerce")`, parsing each distinct text once.

    A reference column repeats few values many times (870,000 UN votes name 6,000 roll
    calls), and parsing is the slow part; the distinct values are the same set, so the
    result (values and dtype) is the same."""
    import pandas as pd

    codes, uniques = pd.factorize(raw)
    if len(uniques) * 2 > len(raw) or (codes < 0).any():  # few repeats, or a blank cell
        return pd.to_numeric(raw, errors="coerce")
    parsed = pd.to_numeric(pd.Series(uniques, dtype=object), errors="coerce").to_numpy()
    return pd.Series(parsed[codes], index=raw.index, name=raw.name)


def read_csv_table(path: Path, schema: dict, *, max_problems: int = 10):
    """Return a reference CSV (plain or .gz) as a DataFrame with checked, typed columns.

    `schema` maps column name -> kind: "int" (also accepts 365.0), "flag" (0/1),
    "str", "str?" (may be empty), "date" (YYYY-MM-DD), or a tuple of allowed strings. A damaged file
    (unreadable, a missing column, a bad value) raises InputError naming the file,
    the line and the column.
    """
    import io

    import numpy as np
    import pandas as pd

    path = Path(path)
    name = str(path)
    text = _csv_text(path)
    try:
        frame = pd.read_csv(io.StringIO(text), dtype=str, keep_default_na=False,
                            na_values=[""])
    except Exception as exc:  # tokenizer errors, no columns at all: all mean "damaged"
        raise _cannot(name, f"cannot be read as CSV: {shorten(str(exc).strip(), 200)}"
                      ) from None
    del text
    missing = [c for c in schema if c not in frame.columns]
    if missing:
        found = shorten(", ".join(shorten(str(c), 40) for c in frame.columns[:20]), 300)
        raise InputError([Problem(name, f"missing column(s) {', '.join(missing)}; "
                                        f"found {found or 'none'}", line=1)])
    problems, out = [], {}
    for col, kind in schema.items():
        raw = frame[col]
        if isinstance(raw, pd.DataFrame):  # a column named twice
            problems.append(Problem(name, "column given twice", field=col, line=1))
            continue
        if kind == "str":
            bad = raw.isna()
            values = raw
        elif kind == "str?":  # may be empty (missing)
            bad = pd.Series(False, index=raw.index)
            values = raw
        elif kind in ("int", "flag"):
            num = _to_numeric(raw)
            bad = num.isna() | (num != np.floor(num)) | (num.abs() > 2**53)
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
            value = raw.iat[idx]
            shown = repr(shorten(value, 60)) if isinstance(value, str) else "nothing"
            problems.append(Problem(name, f"{shown} is not {expected}",
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
