"""A project's settings (axis-project.yaml): the countries under study and the title block
(organisation, author, handling line)."""

from dataclasses import dataclass
from pathlib import Path

from .. import vocab
from ..errors import InputError, Problem
from .checks import MAX_NAME_CHARS, show
from .files import read_yaml_mapping

__all__ = ["Settings", "SETTINGS_FIELDS", "DEFAULT_HANDLING", "load_settings"]

SETTINGS_FIELDS = ("countries", "organisation", "author", "handling")

# The handling line printed under a report's title when the project sets none.
DEFAULT_HANDLING = "Unclassified. Prepared from open sources."


@dataclass(frozen=True)
class Settings:
    """Project settings, checked. `countries` is the group under study, in report order."""

    countries: tuple = vocab.DEFAULT_GROUP
    organisation: str = ""
    author: str = ""
    handling: str = DEFAULT_HANDLING


def load_settings(path: Path) -> Settings:
    """Return the settings in `path`; a missing key takes its default. Raise InputError
    naming the file and key of anything wrong."""
    name = str(path)
    data = read_yaml_mapping(Path(path))
    problems = [Problem(name, f"unknown setting (allowed: {', '.join(SETTINGS_FIELDS)})",
                        field=k[:60] if isinstance(k, str) else show(k, 60))
                for k in list(data)[:10] if k not in SETTINGS_FIELDS]
    countries = data.get("countries", list(vocab.DEFAULT_GROUP))
    if (not isinstance(countries, list) or not 2 <= len(countries) <= len(vocab.COUNTRY_NAMES)
            or not all(isinstance(c, str) for c in countries)):
        problems.append(Problem(name, "must list two or more ISO 3166-1 alpha-3 codes",
                                field="countries"))
    else:
        unknown = [c for c in countries if c not in vocab.COUNTRY_NAMES]
        if unknown:
            codes = ", ".join(show(c, 20) for c in unknown[:5])
            problems.append(Problem(name, f"unknown country code {codes}"
                                          " (add it to axis_report/vocab.py)", field="countries"))
        if len(set(countries)) != len(countries):
            problems.append(Problem(name, "lists a country twice", field="countries"))
    text = {}
    for key in ("organisation", "author", "handling"):
        value = data.get(key, DEFAULT_HANDLING if key == "handling" else "")
        if not isinstance(value, str):
            problems.append(Problem(name, "must be text", field=key))
        elif len(value) > MAX_NAME_CHARS:
            problems.append(Problem(name, f"is {len(value):,} characters long; the limit is "
                                          f"{MAX_NAME_CHARS}", field=key))
            value = ""
        text[key] = value if isinstance(value, str) else ""
    if problems:
        raise InputError(problems)
    return Settings(countries=tuple(countries), **text)
