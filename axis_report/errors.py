"""Problems found in user input, and the one exception that carries them.

A user error (a bad evidence file, an unknown parameter value) is reported as a
list of problems, each naming the file, the record, the line and the field, so
the analyst can fix them all in one pass. The command line prints them and
exits non-zero without a traceback.

Every part of a problem may come from a file an analyst (or anyone) wrote: a record id,
a field name, a value quoted in the message. So a problem's text is made safe to print:
each part is shortened, and control characters (escape sequences that would retitle or
recolour a terminal, a newline that would forge a line of output, bidirectional overrides
that would reorder it) are shown escaped (`\\x1b`, `\\n`, `\\u202e`), never sent raw.
"""

import re
from dataclasses import dataclass

__all__ = ["Problem", "InputError", "safe_text", "strip_controls", "shorten",
           "CONTROL_CHARACTERS", "MAX_PROBLEMS_SHOWN"]

# C0 and C1 controls and DEL, the Unicode line and paragraph separators, zero-width and
# bidirectional formatting characters (marks, embeddings, overrides, isolates), and the
# byte-order mark / zero-width no-break space and interlinear annotation characters.
CONTROL_CHARACTERS = re.compile(
    "[\x00-\x1f\x7f-\x9f\u061c\u200b-\u200f\u2028-\u202e\u2060-\u2069\ufeff\ufff9-\ufffb]"
    "|[\ud800-\udfff]")  # lone surrogates cannot even be encoded
_PART_LIMIT = 200       # characters of a file name, record id or field name printed
_MESSAGE_LIMIT = 1000   # characters of a message printed
_STORED_LIMIT = 4000    # characters of any part a Problem keeps
MAX_PROBLEMS_SHOWN = 200


# What a page never shows: C0 controls but tab, line feed and carriage return, DEL, C1
# controls, bidirectional embeddings, overrides and isolates (U+202E reverses the text
# that follows), interlinear annotation characters and lone surrogates (not encodable).
_UNPRINTABLE = re.compile(
    "[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069\ufff9-\ufffb]"
    "|[\ud800-\udfff]")


def strip_controls(text: str) -> str:
    """Return `text` without the control and bidirectional-override characters a page
    must not carry (for HTML: `html` strips them from every value a template prints)."""
    return _UNPRINTABLE.sub("", text)


def shorten(text: str, limit: int) -> str:
    """Return `text` cut to at most `limit` characters, marking a cut with '...'."""
    return text if len(text) <= limit else text[:max(limit - 3, 0)] + "..."


def _escape(match) -> str:
    code = ord(match.group())
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def safe_text(text, limit: int | None = None, *, keep_newlines: bool = False) -> str:
    """Return `text` (any value, as str) safe to print on a terminal or write to a log:
    shortened to `limit` characters first (so a huge value costs nothing), then every
    control character shown as an escape. With `keep_newlines`, line breaks stay (for
    text made of several safe lines)."""
    text = text if isinstance(text, str) else str(text)
    if limit is not None:
        text = shorten(text, limit)
    if keep_newlines:
        return "\n".join(CONTROL_CHARACTERS.sub(_escape, line) for line in text.split("\n"))
    return CONTROL_CHARACTERS.sub(_escape, text)


@dataclass(frozen=True)
class Problem:
    """One thing wrong with one field of one record of one file."""

    file: str
    message: str
    record: str | None = None
    field: str | None = None
    line: int | None = None

    def __post_init__(self):
        # A problem never holds more than a few kB, whatever value it was made from.
        for name in ("file", "message", "record", "field"):
            value = getattr(self, name)
            if value is not None and (not isinstance(value, str)
                                      or len(value) > _STORED_LIMIT):
                object.__setattr__(self, name, shorten(str(value), _STORED_LIMIT))

    def __str__(self) -> str:
        where = safe_text(self.file, _PART_LIMIT)
        if self.line is not None:
            where += f":{self.line}"
        parts = [where]
        if self.record is not None:
            parts.append(f"record {safe_text(self.record, _PART_LIMIT)}")
        if self.field is not None:
            parts.append(f"field '{safe_text(self.field, _PART_LIMIT)}'")
        return ": ".join(parts) + f": {safe_text(self.message, _MESSAGE_LIMIT)}"


class InputError(Exception):
    """Raised when input fails validation; `problems` lists every problem found (the
    message shows the first `MAX_PROBLEMS_SHOWN` and counts the rest)."""

    def __init__(self, problems):
        self.problems = list(problems)
        super().__init__(self._text())

    def _text(self) -> str:
        n = len(self.problems)
        head = f"{n} problem{'s' if n != 1 else ''} found:"
        lines = [head] + [f"  {p}" for p in self.problems[:MAX_PROBLEMS_SHOWN]]
        if n > MAX_PROBLEMS_SHOWN:
            lines.append(f"  ... and {n - MAX_PROBLEMS_SHOWN} more (fix these first)")
        return "\n".join(lines)
