"""Problems found in user input, and the one exception that carries them.

A user error (a bad evidence file, an unknown parameter value) is reported as a
list of problems, each naming the file, the record, the line and the field, so
the analyst can fix them all in one pass. The command line prints them and
exits non-zero without a traceback.
"""

from dataclasses import dataclass

__all__ = ["Problem", "InputError"]


@dataclass(frozen=True)
class Problem:
    """One thing wrong with one field of one record of one file."""

    file: str
    message: str
    record: str | None = None
    field: str | None = None
    line: int | None = None

    def __str__(self) -> str:
        where = self.file
        if self.line is not None:
            where += f":{self.line}"
        parts = [where]
        if self.record is not None:
            parts.append(f"record {self.record}")
        if self.field is not None:
            parts.append(f"field '{self.field}'")
        return ": ".join(parts) + f": {self.message}"


class InputError(Exception):
    """Raised when input fails validation; `problems` lists every problem found."""

    def __init__(self, problems):
        self.problems = list(problems)
        super().__init__(self._text())

    def _text(self) -> str:
        n = len(self.problems)
        head = f"{n} problem{'s' if n != 1 else ''} found:"
        return "\n".join([head] + [f"  {p}" for p in self.problems])
