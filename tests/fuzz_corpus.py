"""A deterministic corpus of broken inputs, generated from the tiny fixture project.

Every input file kind of a project (the settings, each YAML file, a source text, each
reference CSV) gets `PER_KIND` mutations, spread over mutation classes (truncation,
byte flips, wrong types, deep nesting, aliases, huge values, control characters,
invalid dates, duplicate keys, unicode oddities, empty files, ...). A case is named
`<kind>/<class>/<index>` and its content is made from a random generator seeded with
`SEED` and that name, so the corpus is the same on every run and any case can be
rebuilt alone (`case_by_name`). `filesystem_cases` adds what no file content can be:
a folder, a FIFO, a symbolic link loop, an unreadable file, a link out of the project,
a path with a NUL or too long.

`run_case` puts a case in place in a copy of the tiny project, calls the loader that
reads that kind of file (the real code path), and puts the original back; tests/
test_fuzz.py asserts on the outcomes.
"""

import gzip
import os
import random
import re
import time
import traceback
import tracemalloc
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

TINY = Path(__file__).resolve().parent / "fixtures" / "tiny"
SEED = 20250626
PER_KIND = 500
GROUP = ("CHN", "RUS", "IRN", "PRK")

KINDS = {
    "axis-project.yaml": "axis-project.yaml",
    "sources.yaml": "seeds/sources.yaml",
    "evidence.yaml": "seeds/evidence.yaml",
    "hypotheses.yaml": "seeds/hypotheses.yaml",
    "assumptions.yaml": "seeds/assumptions.yaml",
    "treaties.yaml": "seeds/treaties.yaml",
    "source text": "seeds/ts2.txt",
    "atop.csv": "seeds/reference/alliances/atop_crink_dyads_1990_2018.csv",
    "cow.csv": "seeds/reference/alliances/cow_alliance_crink_dyads_1990_2012.csv",
    "unga_votes.csv.gz": "seeds/reference/unga/unga_votes_all.csv.gz",
    "unga_roll_calls.csv.gz": "seeds/reference/unga/unga_roll_calls.csv.gz",
}

YAML_CLASSES = ("truncation", "byte_flip", "wrong_type", "deep_nesting", "alias", "huge_value",
                "control_chars", "invalid_date", "duplicate_key", "unicode", "empty",
                "structure", "yaml_syntax", "line_shuffle")
TEXT_CLASSES = ("truncation", "byte_flip", "huge_value", "control_chars", "unicode", "empty",
                "encoding", "binary", "replaced", "line_shuffle")
CSV_CLASSES = ("truncation", "byte_flip", "wrong_type", "huge_value", "control_chars",
               "invalid_date", "duplicate_key", "unicode", "empty", "structure", "quoting")
GZ_CLASSES = CSV_CLASSES + ("gzip",)


def classes_of(kind: str) -> tuple:
    if kind.endswith(".yaml"):
        return YAML_CLASSES
    if kind == "source text":
        return TEXT_CLASSES
    return GZ_CLASSES if kind.endswith(".gz") else CSV_CLASSES


@dataclass(frozen=True)
class Case:
    """One mutated input: `kind` (a key of KINDS), mutation `klass`, and its index."""

    kind: str
    klass: str
    index: int

    @property
    def name(self) -> str:
        return f"{self.kind}/{self.klass}/{self.index:03d}"

    @property
    def target(self) -> str:
        return KINDS[self.kind]

    def content(self) -> bytes:
        """The case's file content (made afresh, the same on every call)."""
        rng = random.Random(f"{SEED}/{self.name}")
        original = (TINY / self.target).read_bytes()
        if self.kind.endswith(".gz"):
            if self.klass == "gzip" or (self.klass in ("truncation", "byte_flip")
                                        and rng.random() < 0.5):
                return _GZIP[self.klass](rng, original) if self.klass == "gzip" else \
                    _BYTES[self.klass](rng, original)
            text = gzip.decompress(original).decode("utf-8")
            return gzip.compress(_CSV[self.klass](rng, text), mtime=0)
        if self.kind.endswith(".csv"):
            return _CSV[self.klass](rng, original.decode("utf-8"))
        if self.kind == "source text":
            return _TEXT[self.klass](rng, original.decode("utf-8"))
        return _YAML[self.klass](rng, original.decode("utf-8"), self.kind)


def corpus(per_kind: int = PER_KIND) -> list:
    """Every case: `per_kind` per kind, the classes taken in turn."""
    out = []
    for kind in KINDS:
        classes = classes_of(kind)
        out += [Case(kind, classes[i % len(classes)], i) for i in range(per_kind)]
    return out


def case_by_name(name: str) -> Case:
    kind, klass, index = name.rsplit("/", 2)
    return Case(kind, klass, int(index))


# --- helpers ------------------------------------------------------------------------------

def _enc(text: str) -> bytes:
    return text.encode("utf-8", "surrogatepass")


_VALUE_LINE = re.compile(r"^(\s*(?:- )?)([A-Za-z_][A-Za-z_0-9]*):[ \t]+(\S.*)$")


def _value_lines(lines) -> list:
    """Indexes of `key: scalar` lines (not comments, not block openers)."""
    return [i for i, line in enumerate(lines) if _VALUE_LINE.match(line)]


def _set_value(rng, text: str, value: str, *, keys=None) -> str:
    """Return `text` with one `key: value` line's value replaced by `value` (a line whose
    key is in `keys` if any)."""
    lines = text.split("\n")
    idx = _value_lines(lines)
    if keys:
        chosen = [i for i in idx if _VALUE_LINE.match(lines[i]).group(2) in keys]
        idx = chosen or idx
    if not idx:
        return text + "\n" + value
    i = rng.choice(idx)
    m = _VALUE_LINE.match(lines[i])
    lines[i] = f"{m.group(1)}{m.group(2)}: {value}"
    return "\n".join(lines)


def _insert_in_value(rng, text: str, piece: str, *, quoted: bool = False) -> str:
    """Return `text` with `piece` put inside one scalar value (as a double-quoted YAML
    scalar when `quoted`, so escapes such as \\e take effect)."""
    lines = text.split("\n")
    idx = [i for i in _value_lines(lines)
           if not _VALUE_LINE.match(lines[i]).group(3).startswith(("[", "{"))]
    if not idx:
        return piece + text
    i = rng.choice(idx)
    m = _VALUE_LINE.match(lines[i])
    value = m.group(3)
    if quoted:
        inner = value.strip("'\"").replace("\\", "\\\\").replace('"', '\\"')
        at = rng.randrange(len(inner) + 1)
        value = '"' + inner[:at] + piece + inner[at:] + '"'
    else:
        at = rng.randrange(len(value) + 1)
        value = value[:at] + piece + value[at:]
    lines[i] = f"{m.group(1)}{m.group(2)}: {value}"
    return "\n".join(lines)


def _records(text: str) -> list:
    """The text's records: the blocks starting at each top-level '- ' line."""
    starts = [m.start() for m in re.finditer(r"(?m)^- ", text)]
    return [text[a:b] for a, b in zip(starts, starts[1:] + [len(text)])]


# --- byte-level mutations (any kind) ------------------------------------------------------

def _truncate(rng, data: bytes) -> bytes:
    return data[:rng.randrange(len(data))] if data else data


def _flip(rng, data: bytes) -> bytes:
    data = bytearray(data)
    for _ in range(rng.choice((1, 1, 2, 4, 8, 32))):
        if not data:
            break
        pos = rng.randrange(len(data))
        op = rng.randrange(4)
        if op == 0:
            data[pos] ^= 1 << rng.randrange(8)
        elif op == 1:
            data[pos] = rng.randrange(256)
        elif op == 2:
            del data[pos]
        else:
            data.insert(pos, rng.randrange(256))
    return bytes(data)


_BYTES = {"truncation": _truncate, "byte_flip": _flip}


# --- YAML mutations -----------------------------------------------------------------------

_WRONG = ("[2]", "[[CHN]]", "{a: 1}", "{a: [1, {b: 2}]}", "null", "~", "true", "false", "0",
          "-1", "3.5", ".nan", ".inf", "-.inf", "0x1F", "0o17", "[]", "{}", '""', "''",
          "!!binary aGVsbG8=", "!!set {a, b}", "!!omap [a: 1, b: 2]", "!!pairs [a: 1]", "2",
          "[CHN, CHN]", "[CHN, RUS, RUS]", "[PRK-RUS, PRK-RUS]", "{H1: [C]}", "1e400",
          "!!float abc", "!!int 12x", "!!bool maybe", "!!timestamp nope", "!!str 3",
          "!!null x", "[CHN, [RUS]]", "{defence: [true]}", "- a", "[{}]", "{? [a]: b}",
          "12345678901234567890123456789", "0x" + "f" * 64, "!!int '0b101'", "=", "<<",
          "[CHN, 710]", "{kind: un_alignment, countries: [[CHN]], versus: [{USA: 1}]}")


def _wrong_type(rng, text, kind):
    keys = None
    if rng.random() < 0.5:
        keys = rng.choice([("credibility", "weight"), ("parties", "countries"), ("id",),
                           ("scope", "hub", "domain", "stance"), ("title", "name", "text"),
                           ("date", "signed", "event_date"), ("file", "source", "reliability")])
    return _enc(_set_value(rng, text, rng.choice(_WRONG), keys=keys))


def _nested(rng, depth: int) -> str:
    style = rng.randrange(3)
    if style == 0:
        return "[" * depth + "x" + "]" * depth
    if style == 1:
        return "{a: " * depth + "x" + "}" * depth
    return "[" + "{k: [" * (depth // 2) + "1" + "]}" * (depth // 2) + "]"


def _deep(rng, text, kind):
    depth = rng.choice((3, 10, 17, 19, 20, 21, 25, 100, 999, 1001, 5000, 50000))
    if rng.random() < 0.2:  # block style: nested '- ' lists
        value = "\n" + "".join("  " * (i + 2) + "-\n" for i in range(min(depth, 300)))
        value = value.rstrip("\n-") + " x"
        return _enc(_set_value(rng, text, value))
    return _enc(_set_value(rng, text, _nested(rng, depth)))


def _alias(rng, text, kind):
    choice = rng.randrange(7)
    if choice == 0:  # the billion laughs, in one field
        levels = rng.choice((3, 6, 9))
        parts = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]']
        for i in range(1, levels):
            parts.append(f"{chr(97 + i)}: &{chr(97 + i)} [" + ",".join([f"*{chr(96 + i)}"] * 9)
                         + "]")
        return _enc(_set_value(rng, text, "{" + ", ".join(parts) + "}"))
    if choice == 1:  # an anchor and an alias of a real value
        lines = text.split("\n")
        idx = _value_lines(lines)
        if len(idx) < 2:
            return _enc("- &x {id: X}\n- *x\n")
        i, j = sorted(rng.sample(idx, 2))
        m = _VALUE_LINE.match(lines[i])
        lines[i] = f"{m.group(1)}{m.group(2)}: &anchor {m.group(3)}"
        n = _VALUE_LINE.match(lines[j])
        lines[j] = f"{n.group(1)}{n.group(2)}: *anchor"
        return _enc("\n".join(lines))
    if choice == 2:
        return _enc(_set_value(rng, text, "*nowhere"))
    if choice == 3:
        return _enc(_set_value(rng, text, "&r [*r, *r]"))
    if choice == 4:  # a merge key
        recs = _records(text)
        if not recs:
            return _enc("- &base {id: A}\n- <<: *base\n  id: B\n")
        first = recs[0].replace("- ", "- &base\n  ", 1)
        return _enc(text.replace(recs[0], first, 1) + "\n- <<: *base\n  id: ZZ9\n")
    if choice == 5:  # an anchor that nothing repeats: harmless
        return _enc(_set_value(rng, text, "&lonely " + rng.choice(("x", "2", "[CHN, RUS]"))))
    # many aliases of one scalar
    return _enc(_set_value(rng, text, "[&s x, " + ", ".join(["*s"] * rng.choice((10, 1000)))
                           + "]"))


def _huge(rng, text, kind):
    choice = rng.randrange(8)
    size = rng.choice((5_000, 20_000, 100_000, 100_000, 1_000_000, 4_000_000))
    if choice == 0:  # one long text value
        return _enc(_set_value(rng, text, "x" * size))
    if choice == 1:  # a long id
        return _enc(_set_value(rng, text, "T" * size, keys=("id",)))
    if choice == 2:  # a long number
        return _enc(_set_value(rng, text, rng.choice(("9" * 5000, "0x" + "f" * 50_000,
                                                       "1" + "0" * 400, "1e" + "9" * 50))))
    if choice == 3:  # many records
        recs = _records(text) or ["- id: X\n"]
        n = rng.choice((200, 10_001, 12_000))
        body = [text] + [re.sub(r"(?m)^- id: (\S+)", rf"- id: \g<1>n{i}", recs[i % len(recs)],
                                count=1) for i in range(n)]
        return _enc("\n".join(body))[:5_200_000]
    if choice == 4:  # a long list
        n = rng.choice((60, 1000, 100_000))
        return _enc(_set_value(rng, text, "[" + ", ".join(["CHN"] * n) + "]"))
    if choice == 5:  # over the size limit
        return _enc(text + "\n# " + "pad " * 1_400_000 + "\n")
    if choice == 6:  # many keys in one mapping
        n = rng.choice((100, 50_000))
        return _enc(_set_value(rng, text, "{" + ", ".join(f"k{i}: {i}" for i in range(n)) + "}"))
    # a long comment: not a value at all
    return _enc(text + "\n# " + "c" * size + "\n")


_CONTROLS_RAW = ("\x1b", "\x00", "\x07", "\x08", "\x7f", "\x85", "\u202e", "\u2028", "\ufeff",
                 "\r", "\x0b", "\x0c", "\u200b", "\u2066")
_CONTROLS_ESCAPED = ("\\e]0;pwned\\a", "\\0", "\\x1b[31mred\\x1b[0m", "\\u202etxt.exe",
                     "\\n0 problems found, all good\\n", "\\r", "\\a", "\\x7f", "\\x9b",
                     "\\u2028", "\\e[2J", "\\t", "\\N", "\\_", "\\L")


def _control(rng, text, kind):
    if rng.random() < 0.5:
        return _enc(_insert_in_value(rng, text, rng.choice(_CONTROLS_ESCAPED), quoted=True))
    return _enc(_insert_in_value(rng, text, rng.choice(_CONTROLS_RAW)))


_DATES = ("2025-02-30", "2025-13-01", "2025-00-10", "0000-01-01", "9999-12-31", "1700-01-01",
          "2024-03-01 10:00:00", "2024-03-01T10:00:00Z", "2024-03-01t10:00", "2024-3-1",
          "20240301", "'2025-02-30'", "2024-02-29", "2023-02-29", "1899-12-31", "2200-01-01",
          "-2024-01-01", "2024-06", "2024", "June 2024", "2024-06-19x", "'2024-06-19'",
          "2024-06-19 ", "1800-01-01", "2199-12-31", "2024-06-31", "99999-01-01",
          "!!timestamp 2025-02-30", "2024-06-19 25:61:61", "1e3")
_DATE_KEYS = ("date", "signed", "in_force", "ended", "event_date")


def _bad_date(rng, text, kind):
    value = rng.choice(_DATES)
    if kind == "evidence.yaml" and rng.random() < 0.5:  # claims have no event_date yet
        recs = _records(text)
        if recs:
            rec = rng.choice(recs)
            return _enc(text.replace(rec, rec.rstrip("\n") + f"\n  event_date: {value}\n\n", 1))
    return _enc(_set_value(rng, text, value, keys=_DATE_KEYS))


def _dup(rng, text, kind):
    choice = rng.randrange(4)
    lines = text.split("\n")
    if choice == 0:  # a block key given twice
        idx = _value_lines(lines)
        if idx:
            i = rng.choice(idx)
            m = _VALUE_LINE.match(lines[i])
            indent = " " * len(m.group(1))
            lines.insert(i + 1, f"{indent}{m.group(2)}: {rng.choice(('x', '2', '[CHN]'))}")
            return _enc("\n".join(lines))
    if choice == 1:  # a key given twice in a flow mapping
        flows = [i for i, line in enumerate(lines) if re.search(r"\{\s*[A-Za-z_0-9]+:", line)]
        if flows:
            i = rng.choice(flows)
            lines[i] = re.sub(r"\{\s*([A-Za-z_0-9]+):\s*([^,}]+)", r"{\1: \2, \1: \2", lines[i],
                              count=1)
            return _enc("\n".join(lines))
    if choice == 2:  # a record given twice (same id)
        recs = _records(text)
        if recs:
            return _enc(text.rstrip("\n") + "\n\n" + rng.choice(recs))
    # a key twice at the top (the settings) or in a new record
    if kind == "axis-project.yaml":
        return _enc(text + "\norganisation: Twice\n")
    return _enc(text.rstrip("\n") + "\n\n- id: D1\n  id: D2\n")


_HOMOGLYPHS = {"C": "\u0421", "H": "\u041d", "E": "\u0415", "T": "\u0422", "A": "\u0410",
               "S": "\u0405", "R": "\u0280", "N": "\u039d", "1": "\u0661", "I": "\u0406"}


def _unicode_text(rng, text):
    choice = rng.randrange(9)
    if choice == 0:  # a homoglyph
        spots = [i for i, c in enumerate(text) if c in _HOMOGLYPHS]
        if spots:
            i = rng.choice(spots)
            return text[:i] + _HOMOGLYPHS[text[i]] + text[i + 1:]
    if choice == 1:
        return "\ufeff" + text
    if choice == 2:  # decomposed accents
        return unicodedata.normalize("NFD", text.replace("e", "\u00e9", rng.randrange(1, 4)))
    if choice == 3:
        i = rng.randrange(len(text) + 1)
        return text[:i] + rng.choice(("\U0001F600", "\U0001F1E8\U0001F1F3", "\u0627\u0644\u0639",
                                      "\u05e9\u05dc\u05d5\u05dd", "\ufffd", "\uffff",
                                      "\U0010ffff", "\u0301\u0301\u0301", "Z\u0351\u0352\u0353"
                                      * 50)) + text[i:]
    if choice == 4:  # curly quotes and dashes instead of straight ones
        return text.replace("'", "\u2019").replace("-", "\u2013")
    if choice == 5:
        i = rng.randrange(len(text) + 1)
        return text[:i] + "\u200d\u200c\u2060" + text[i:]
    if choice == 6:
        return text.upper()
    if choice == 7:
        return unicodedata.normalize("NFKD", text + " \ufb01 \u2460 \u00bd")
    return text.replace(" ", "\u00a0", rng.randrange(1, 10))


def _unicode(rng, text, kind):
    choice = rng.randrange(5)
    if choice == 0:
        return _enc(_insert_in_value(rng, text, '"\\ud800"' if rng.random() < 0.5 else "\\ud83d",
                                     quoted=rng.random() < 0.5))
    if choice == 1:  # invalid or overlong UTF-8
        data = bytearray(_enc(text))
        i = rng.randrange(len(data) + 1)
        return bytes(data[:i]) + rng.choice((b"\xc0\x80", b"\xed\xa0\x80", b"\xff", b"\xe2\x82",
                                             b"\xf4\x90\x80\x80")) + bytes(data[i:])
    if choice == 2:  # another encoding
        mixed = text + "\n# caf\u00e9 \u2019\n"
        return mixed.encode(rng.choice(("utf-16", "utf-16-le", "latin-1", "utf-32")),
                            errors="replace")
    return _enc(_unicode_text(rng, text))


_EMPTY = ("", " ", "\n\n\n", "# only a comment\n", "---\n", "...\n", "[]", "{}", "null", "~",
          "- \n", "-", "\ufeff", "''", "--- []\n...\n", "\t\n", "[ ]\n# x\n")


def _empty(rng, text, kind):
    return _enc(rng.choice(_EMPTY))


def _structure(rng, text, kind):
    choice = rng.randrange(10)
    lines = text.split("\n")
    if choice == 0:
        return _enc("data:\n" + "\n".join("  " + line for line in lines))
    if choice == 1:
        return _enc(rng.choice(("just a sentence", "42", "true", "- a\n- b\n", "- [a, b]\n")))
    if choice == 2:  # each record wrapped in another list
        return _enc(re.sub(r"(?m)^- ", "- - ", text))
    if choice in (3, 4):  # a line dropped
        i = rng.randrange(len(lines))
        return _enc("\n".join(lines[:i] + lines[i + 1:]))
    if choice == 5:  # everything indented
        return _enc("\n".join("  " + line for line in lines))
    if choice == 6:  # the list markers removed
        return _enc(re.sub(r"(?m)^- ", "  ", text))
    if choice == 7:  # the same data as JSON (valid YAML)
        import json

        import yaml

        data = yaml.safe_load(text)
        return _enc(json.dumps(data, default=str))
    if choice == 8:  # a record's fields given as a list
        return _enc(re.sub(r"(?m)^  (\w+):", r"  - \1:", text, count=3))
    i, j = rng.randrange(len(lines)), rng.randrange(len(lines))
    lines[i], lines[j] = lines[j], lines[i]
    return _enc("\n".join(lines))


_SYNTAX = ("\tkey: tab-indented", "key: [unclosed", 'key: "unclosed', "key: {a: 1",
           "%YAML 2.0\n---", "%TAG ! tag:evil.example,2024:\n---", "!!python/object:os.system x",
           "!custom x", "---\n- second document", ": : :", "? [a, b]\n: c", "key: @reserved",
           "key: `backtick", "- a\nb: c", "&a", "key: |\n bad\n  indent", "*", "!<tag:x> y",
           "[a, b]: c", "key: 'it''s' 'extra'", "key: value # comment\n  stray: indent")


def _syntax(rng, text, kind):
    piece = rng.choice(_SYNTAX)
    lines = text.split("\n")
    if piece.startswith(("%", "---")):
        return _enc(piece + "\n" + text if piece.startswith("%") else text + "\n" + piece + "\n")
    i = rng.randrange(len(lines) + 1)
    if rng.random() < 0.5 and ":" in piece and not piece.startswith(("\t", "?", "-", "[", ":")):
        return _enc(_set_value(rng, text, piece.split(": ", 1)[-1]))
    return _enc("\n".join(lines[:i] + [piece] + lines[i:]))


def _shuffle(rng, text, kind):
    lines = text.split("\n")
    if len(lines) < 3:
        return _enc(text)
    a = rng.randrange(len(lines) - 2)
    b = min(len(lines), a + rng.choice((2, 3, 5, 10)))
    window = lines[a:b]
    rng.shuffle(window)
    return _enc("\n".join(lines[:a] + window + lines[b:]))


def _yaml_bytes(fn):
    return lambda rng, text, kind: fn(rng, _enc(text))


_YAML = {"truncation": _yaml_bytes(_truncate), "byte_flip": _yaml_bytes(_flip),
         "wrong_type": _wrong_type, "deep_nesting": _deep, "alias": _alias, "huge_value": _huge,
         "control_chars": _control, "invalid_date": _bad_date, "duplicate_key": _dup,
         "unicode": _unicode, "empty": _empty, "structure": _structure,
         "yaml_syntax": _syntax, "line_shuffle": _shuffle}


# --- source text mutations ----------------------------------------------------------------

def _text_huge(rng, text):
    size = rng.choice((100_000, 1_000_000, 4_900_000, 5_300_000))
    if rng.random() < 0.5:
        return _enc(text + ("lorem ipsum " * (size // 12 + 1))[:size])
    return _enc(("x" * size) + text)


def _text_control(rng, text):
    piece = rng.choice(("\x1b[31m", "\x00", "\x07", "\x08" * rng.choice((1, 100)), "\u202e",
                        "\x7f", "\x0c", "\x1b]0;pwned\x07" * rng.choice((1, 50))))
    i = rng.randrange(len(text) + 1)
    return _enc(text[:i] + piece + text[i:])


def _text_encoding(rng, text):
    mixed = text.replace("'", "\u2019").replace("Dr ", "Dr\u00e9 ")
    return mixed.encode(rng.choice(("latin-1", "cp1252", "utf-16", "utf-16-be", "utf-32")),
                        errors="replace")


def _text_binary(rng, text):
    choice = rng.randrange(4)
    if choice == 0:
        return bytes(rng.randrange(256) for _ in range(rng.choice((10, 1000, 20_000))))
    if choice == 1:
        return b"\x89PNG\r\n\x1a\n" + bytes(rng.randrange(256) for _ in range(500))
    if choice == 2:
        return gzip.compress(_enc(text), mtime=0)
    return bytes(rng.randrange(1, 32) for _ in range(2000))  # control bytes only


def _text_replaced(rng, text):
    other = (TINY / "seeds" / rng.choice(("ts1.txt", "ts3.txt"))).read_text(encoding="utf-8")
    return _enc(rng.choice((other, "Something else entirely.\n", text[::-1], text.lower(),
                            " ".join(text.split()[::2]))))


_TEXT = {"truncation": lambda rng, t: _truncate(rng, _enc(t)),
         "byte_flip": lambda rng, t: _flip(rng, _enc(t)),
         "huge_value": _text_huge, "control_chars": _text_control,
         "unicode": lambda rng, t: _unicode(rng, t, "text") if rng.random() < 0.3
         else _enc(_unicode_text(rng, t)),
         "empty": lambda rng, t: _enc(rng.choice(("", " ", "\n", "\n\n\t \n", "\ufeff"))),
         "encoding": _text_encoding, "binary": _text_binary, "replaced": _text_replaced,
         "line_shuffle": lambda rng, t: _shuffle(rng, t.replace(". ", ".\n"), "text")}


# --- CSV mutations ------------------------------------------------------------------------

def _cells(text: str):
    lines = text.split("\n")
    return lines, [line.split(",") for line in lines]


def _set_cell(rng, text: str, value: str, *, row=None, column=None) -> bytes:
    lines, rows = _cells(text)
    data = [i for i in range(1, len(rows)) if len(rows[i]) > 1]
    if not data:
        return _enc(text + value)
    r = row if row is not None else rng.choice(data)
    c = column if column is not None else rng.randrange(len(rows[r]))
    rows[r][min(c, len(rows[r]) - 1)] = value
    return _enc("\n".join(",".join(cells) for cells in rows))


_CSV_WRONG = ("x", "1.5", "", "-1", "1e400", "inf", "-inf", "nan", "NA", "0x10", "2", "yes",
              "TRUE", "9" * 30, '"1,000"', '"1"', " 1 ", "1e18", "-0", "1_000", "١",
              "2024-01-01", "None", "null", "maybe", "abstain", "Yes")


def _csv_huge(rng, text):
    choice = rng.randrange(6)
    if choice == 0:
        return _set_cell(rng, text, "x" * rng.choice((10_000, 1_000_000, 4_000_000)))
    if choice == 1:  # many columns
        header, _, rest = text.partition("\n")
        n = rng.choice((100, 10_000))
        return _enc(header + "".join(f",c{i}" for i in range(n)) + "\n" + rest)
    if choice == 2:  # many rows (valid)
        header, _, rest = text.partition("\n")
        rows = [r for r in rest.split("\n") if r]
        return _enc(header + "\n" + "\n".join(rows * rng.choice((100, 2000))) + "\n")
    if choice == 3:  # more rows than the limit
        return _enc(text.partition("\n")[0] + "\n" + "0\n" * 2_000_100)
    if choice == 4:  # a long line of separators
        return _enc(text + "," * rng.choice((1000, 1_000_000)) + "\n")
    return _set_cell(rng, text, "9" * rng.choice((400, 5000)))


def _csv_control(rng, text):
    piece = rng.choice(("\x00", "\x1b[31m", "\x08", "\u202e", "\x07" * 100, "\x85", "\x0c"))
    return _set_cell(rng, text, "a" + piece + "b" if rng.random() < 0.5 else piece)


def _csv_date(rng, text):
    header = text.partition("\n")[0].split(",")
    column = header.index("date") if "date" in header else None
    if column is None:
        column = header.index("year") if "year" in header else None
    return _set_cell(rng, text, rng.choice(_DATES).strip("'"), column=column)


def _csv_dup(rng, text):
    lines = text.split("\n")
    choice = rng.randrange(3)
    if choice == 0:  # a column named twice
        cells = lines[0].split(",")
        i = rng.randrange(len(cells))
        lines[0] = ",".join(cells + [cells[i]])
        lines[1:] = [line + ",0" if line else line for line in lines[1:]]
    elif choice == 1:  # a row given twice (valid)
        i = rng.randrange(1, max(len(lines) - 1, 2))
        lines.insert(i, lines[min(i, len(lines) - 1)])
    else:  # a header row again in the data
        lines.insert(rng.randrange(1, len(lines)), lines[0])
    return _enc("\n".join(lines))


def _csv_unicode(rng, text):
    choice = rng.randrange(5)
    if choice == 0:
        return _enc("\ufeff" + text)  # a byte-order mark, as spreadsheets write
    if choice == 1:
        return _enc(text.replace("yes", "y\u0435s", 1).replace("1.0", "\u0661.0", 1))
    if choice == 2:
        return _set_cell(rng, text, rng.choice(("\U0001F600", "\u202eabc", "caf\u0065\u0301",
                                                "\ufffd")))
    if choice == 3:
        return text.encode(rng.choice(("utf-16", "latin-1", "utf-32")), errors="replace")
    data = bytearray(_enc(text))
    i = rng.randrange(len(data))
    return bytes(data[:i]) + b"\xc0\x80\xff" + bytes(data[i:])


def _csv_empty(rng, text):
    header = text.partition("\n")[0]
    return _enc(rng.choice(("", "\n", "\n\n\n", header, header + "\n", ",,,\n", " ", "\ufeff")))


def _csv_structure(rng, text):
    lines = text.split("\n")
    header = lines[0].split(",")
    choice = rng.randrange(8)
    if choice == 0:  # a column dropped
        c = rng.randrange(len(header))
        return _enc("\n".join(",".join(x for j, x in enumerate(line.split(",")) if j != c)
                              for line in lines))
    if choice == 1:  # columns in another order (valid)
        order = list(range(len(header)))
        rng.shuffle(order)
        return _enc("\n".join(",".join(line.split(",")[j] if j < len(line.split(",")) else ""
                                       for j in order) if line else line for line in lines))
    if choice == 2:  # no header
        return _enc("\n".join(lines[1:]))
    if choice == 3:
        return _enc(text.replace(",", ";"))
    if choice == 4:
        return _enc(text.replace(",", "\t"))
    if choice == 5:  # CRLF and blank lines (valid)
        return _enc(text.replace("\n", "\r\n\r\n"))
    if choice == 6:  # a short row and a long one
        i = rng.randrange(1, max(len(lines), 2))
        if i < len(lines):
            lines[i] = rng.choice((lines[i].rsplit(",", 2)[0], lines[i] + ",1,2,3"))
        return _enc("\n".join(lines))
    return _enc(lines[0].upper() + "\n" + "\n".join(lines[1:]))


def _csv_quoting(rng, text):
    choice = rng.randrange(4)
    if choice == 0:
        return _set_cell(rng, text, '"unclosed')
    if choice == 1:
        return _set_cell(rng, text, '"a\nb"')
    if choice == 2:
        return _enc("\n".join(",".join(f'"{c}"' for c in line.split(",")) if line else line
                              for line in text.split("\n")))
    return _set_cell(rng, text, '"a""b"')


_CSV = {"truncation": lambda rng, t: _truncate(rng, _enc(t)),
        "byte_flip": lambda rng, t: _flip(rng, _enc(t)),
        "wrong_type": lambda rng, t: _set_cell(rng, t, rng.choice(_CSV_WRONG)),
        "huge_value": _csv_huge, "control_chars": _csv_control, "invalid_date": _csv_date,
        "duplicate_key": _csv_dup, "unicode": _csv_unicode, "empty": _csv_empty,
        "structure": _csv_structure, "quoting": _csv_quoting}


_BOMB = []


def _gzip_bomb() -> bytes:
    """65 MB of CSV-like zeros in about 65 kB of gzip (made once)."""
    if not _BOMB:
        _BOMB.append(gzip.compress(b"rcid,country,country_code,vote\n"
                                   + b"0,0,0,yes\n" * 6_600_000, compresslevel=9, mtime=0))
    return _BOMB[0]


def _gzip(rng, data: bytes) -> bytes:
    choice = rng.randrange(7)
    if choice == 0:
        return b"\x1f\x8b\x08" + data[3:] if rng.random() < 0.5 else b"\x1f\x8c" + data[2:]
    if choice == 1:  # the stream cut short
        return data[:rng.randrange(10, max(len(data) - 8, 11))]
    if choice == 2:  # two members, concatenated (valid gzip: the CSV twice, header and all)
        return data + data
    if choice == 3:  # plain text in a .gz file
        return gzip.decompress(data)
    if choice == 4:
        return _gzip_bomb()
    if choice == 5:  # compressed twice
        return gzip.compress(data, mtime=0)
    return data[:-8] + bytes(rng.randrange(256) for _ in range(8))  # a wrong checksum


_GZIP = {"gzip": _gzip}


# --- the file system: what no file content can be -----------------------------------------

FS_ODDITIES = ("directory", "fifo", "symlink_loop", "broken_symlink", "unreadable",
               "symlink_outside", "dev_zero")
# source `file:` values: (name, value)
SOURCE_PATHS = (("nul_name", '"ts2\\0.txt"'), ("long_name", "a" * 300),
                ("long_path", "a/" * 140 + "b.txt"), ("absolute", "/etc/passwd"),
                ("dotdot_outside", "../../../../../../etc/passwd"),
                ("dotdot_project", "../axis-project.yaml"), ("dotdot_inside", "../seeds/ts2.txt"),
                ("folder", "."), ("dev_zero", "/dev/zero"), ("proc", "/proc/self/environ"),
                ("backslash", "..\\\\..\\\\etc\\\\passwd"), ("empty_name", "''"),
                ("control_name", '"ts2\\e[31m.txt"'), ("newline_name", '"ts2\\n.txt"'))


@dataclass(frozen=True)
class FsCase:
    """A file-system oddity: `oddity` at the path of input `kind`, or a source whose
    `file:` names an odd path (kind 'source file:')."""

    kind: str
    oddity: str
    value: str = ""

    @property
    def name(self) -> str:
        return f"{self.kind}/fs/{self.oddity}"

    @property
    def klass(self) -> str:
        return "filesystem"


def filesystem_cases() -> list:
    out = [FsCase(kind, oddity) for kind in KINDS for oddity in FS_ODDITIES]
    out += [FsCase("source file:", name, value) for name, value in SOURCE_PATHS]
    return out


# --- running a case -----------------------------------------------------------------------

@dataclass
class Outcome:
    case: object
    error: object = None          # the InputError raised, if any
    crash: str | None = None      # a traceback: anything but success or InputError
    seconds: float = 0.0
    peak_bytes: int | None = None  # tracemalloc's peak, when measured
    target: Path | None = None

    @property
    def ok(self) -> bool:
        return self.error is None and self.crash is None


@dataclass
class Project:
    """A writable copy of the tiny project the cases are run in, with what the loaders of
    later files need from earlier ones (texts, hypothesis ids) read once."""

    root: Path
    originals: dict = field(default_factory=dict)

    @classmethod
    def make(cls, root: Path) -> "Project":
        import shutil

        shutil.copytree(TINY, root, ignore=shutil.ignore_patterns("build"))
        project = cls(root)
        for rel in KINDS.values():
            project.originals[rel] = (root / rel).read_bytes()
        project.originals["seeds/sources.yaml"] = (root / "seeds/sources.yaml").read_bytes()
        return project

    def restore(self, rel: str) -> None:
        """Put the original file back at `rel`, whatever the case left there."""
        import shutil

        path = self.root / rel
        if os.path.isdir(path) and not os.path.islink(path):
            shutil.rmtree(path)
        elif os.path.lexists(path):
            os.unlink(path)
        path.write_bytes(self.originals[rel])


_CONTEXT = {}


def _context():
    """Texts, text files and hypothesis ids of the unmutated tiny project (read once)."""
    if not _CONTEXT:
        from axis_report.inputs.hypotheses import load_hypotheses
        from axis_report.inputs.sources import load_sources

        sources, texts = load_sources(TINY / "seeds" / "sources.yaml")
        hyp, _ = load_hypotheses(TINY / "seeds" / "hypotheses.yaml", group=GROUP)
        _CONTEXT.update(texts=texts, files=dict(zip(sources["source_id"], sources["file"])),
                        hypotheses=list(hyp["hypothesis"]))
    return _CONTEXT


def load_kind(kind: str, root: Path):
    """Read the file of `kind` in the project at `root` the way `load_inputs` does."""
    from axis_report.inputs.evidence import load_evidence
    from axis_report.inputs.hypotheses import load_assumptions, load_hypotheses
    from axis_report.inputs.reference import load_atop, load_cow, load_treaties, load_unga
    from axis_report.inputs.settings import load_settings
    from axis_report.inputs.sources import load_sources

    seeds = root / "seeds"
    ctx = _context()
    files = {sid: seeds / f for sid, f in ctx["files"].items()}
    if kind == "axis-project.yaml":
        return load_settings(root / "axis-project.yaml")
    if kind == "sources.yaml":
        return load_sources(seeds / "sources.yaml")
    if kind == "evidence.yaml":
        return load_evidence(seeds / "evidence.yaml", ctx["texts"], group=GROUP,
                             hypothesis_ids=ctx["hypotheses"], text_files=files)
    if kind == "source text":
        _, texts = load_sources(seeds / "sources.yaml")
        return load_evidence(seeds / "evidence.yaml", texts, group=GROUP,
                             hypothesis_ids=ctx["hypotheses"], text_files=files)
    if kind == "hypotheses.yaml":
        return load_hypotheses(seeds / "hypotheses.yaml", group=GROUP)
    if kind == "assumptions.yaml":
        return load_assumptions(seeds / "assumptions.yaml")
    if kind == "treaties.yaml":
        return load_treaties(seeds / "treaties.yaml", group=GROUP)
    if kind == "atop.csv":
        return load_atop(root / KINDS[kind])
    if kind == "cow.csv":
        return load_cow(root / KINDS[kind])
    return load_unga(root / KINDS["unga_votes.csv.gz"], root / KINDS["unga_roll_calls.csv.gz"])


def _proc_peak() -> bool:
    """True if the kernel lets this process reset and read its peak resident memory
    (Linux: /proc/self/clear_refs and VmHWM)."""
    try:
        with open("/proc/self/clear_refs", "w") as fh:
            fh.write("5")
        return _status("VmHWM") > 0
    except OSError:
        return False


def _status(key: str) -> int:
    """A memory figure of this process from /proc/self/status, in bytes."""
    with open("/proc/self/status") as fh:
        for line in fh:
            if line.startswith(key + ":"):
                return int(line.split()[1]) * 1024
    return 0


PROC_PEAK = _proc_peak()


def _measure(fn, *, memory: bool) -> tuple:
    """Run fn(); return (InputError or None, traceback or None, CPU seconds, peak bytes).

    The peak is the resident memory the call added at its highest (the kernel's
    high-water mark, reset before the call: C allocations by libyaml, zlib and pandas
    count too), for every call where Linux offers it; elsewhere tracemalloc's peak of
    Python allocations, when `memory` is asked for (it slows the call several times)."""
    from axis_report.errors import InputError

    error = crash = peak = None
    traced = memory and not PROC_PEAK
    if PROC_PEAK:
        with open("/proc/self/clear_refs", "w") as fh:
            fh.write("5")
        before = _status("VmRSS")
    if traced:
        tracemalloc.start()
    # CPU seconds of this process, not wall time: the bound is there to catch input that
    # makes the reader work without end (quadratic parsing, alias bombs), and other load
    # on a shared machine (a CI run once took 7.1 s of wall time for 1.4 s of work) must
    # not trip it.
    started = time.process_time()
    try:
        fn()
    except InputError as err:
        error = InputError(err.problems)  # without the traceback, which holds the input
    except BaseException:  # noqa: BLE001 - anything else is what the tests look for
        crash = traceback.format_exc()
    seconds = time.process_time() - started
    if PROC_PEAK:
        peak = max(_status("VmHWM") - before, 0)
    elif traced:
        peak = tracemalloc.get_traced_memory()[1]
        tracemalloc.stop()
    return error, crash, seconds, peak


def run_case(project: Project, case: Case, *, memory: bool = False) -> Outcome:
    """Put `case` in place, read it with its kind's loader, put the original back."""
    path = project.root / case.target
    path.write_bytes(case.content())
    try:
        error, crash, seconds, peak = _measure(lambda: load_kind(case.kind, project.root),
                                               memory=memory)
    finally:
        project.restore(case.target)
    return Outcome(case, error, crash, seconds, peak, path)


def _make_oddity(project: Project, case: FsCase, outside: Path) -> Path:
    if case.kind == "source file:":
        path = project.root / "seeds" / "sources.yaml"
        text = project.originals["seeds/sources.yaml"].decode("utf-8")
        path.write_text(text.replace("file: ts2.txt", f"file: {case.value}", 1), encoding="utf-8")
        return path
    path = project.root / KINDS[case.kind]
    path.unlink()
    if case.oddity == "directory":
        path.mkdir()
        (path / "inside.txt").write_text("x")
    elif case.oddity == "fifo":
        os.mkfifo(path)
    elif case.oddity == "symlink_loop":
        os.symlink(path.name, path)
    elif case.oddity == "broken_symlink":
        os.symlink("nowhere-at-all", path)
    elif case.oddity == "unreadable":
        path.write_bytes(project.originals[KINDS[case.kind]])
        path.chmod(0)
    elif case.oddity == "symlink_outside":
        copy = outside / path.name
        copy.write_bytes(project.originals[KINDS[case.kind]])
        os.symlink(copy, path)
    elif case.oddity == "dev_zero":
        os.symlink("/dev/zero", path)
    return path


def run_fs_case(project: Project, case: FsCase, outside: Path, *, memory: bool = False
                ) -> Outcome:
    """Put a file-system oddity in place and load the whole project (`load_inputs`)."""
    from axis_report.config import ProjectPaths
    from axis_report.inputs import load_inputs

    rel = "seeds/sources.yaml" if case.kind == "source file:" else KINDS[case.kind]
    try:
        path = _make_oddity(project, case, outside)
        error, crash, seconds, peak = _measure(lambda: load_inputs(ProjectPaths(project.root)),
                                               memory=memory)
    finally:
        target = project.root / rel
        if target.exists() and not target.is_symlink():
            target.chmod(0o644)
        project.restore(rel)
    return Outcome(case, error, crash, seconds, peak, path)
