"""A project's settings (axis-project.yaml): the countries under study and the title block."""

from dataclasses import dataclass
from pathlib import Path

import yaml

from .. import vocab
from ..errors import InputError, Problem

__all__ = ["Settings", "SETTINGS_FIELDS", "load_settings"]

SETTINGS_FIELDS = ("countries", "organisation", "author")


@dataclass(frozen=True)
class Settings:
    """Project settings, checked. `countries` is the group under study, in report order."""

    countries: tuple = vocab.DEFAULT_GROUP
    organisation: str = ""
    author: str = ""


def load_settings(path: Path) -> Settings:
    """Return the settings in `path`; a missing key takes its default. Raise InputError
    naming the file and key of anything wrong."""
    name = str(path)
    try:
        data = yaml.safe_load(Path(path).read_text(encoding="utf-8")) or {}
    except OSError as exc:
        raise InputError([Problem(name, f"cannot be read ({exc.strerror})")]) from None
    except (yaml.YAMLError, UnicodeDecodeError) as exc:
        raise InputError([Problem(name, f"not valid YAML: {str(exc)[:200]}")]) from None
    if not isinstance(data, dict):
        raise InputError([Problem(name, "must be a mapping of setting: value")])
    problems = [Problem(name, f"unknown setting (allowed: {', '.join(SETTINGS_FIELDS)})",
                        field=str(k)[:60]) for k in data if k not in SETTINGS_FIELDS]
    countries = data.get("countries", list(vocab.DEFAULT_GROUP))
    if (not isinstance(countries, list) or len(countries) < 2
            or not all(isinstance(c, str) for c in countries)):
        problems.append(Problem(name, "must list two or more ISO 3166-1 alpha-3 codes",
                                field="countries"))
    else:
        unknown = [c for c in countries if c not in vocab.COUNTRY_NAMES]
        if unknown:
            problems.append(Problem(name, f"unknown country code {', '.join(map(repr, unknown))}"
                                          " (add it to axis_report/vocab.py)", field="countries"))
        if len(set(countries)) != len(countries):
            problems.append(Problem(name, "lists a country twice", field="countries"))
    text = {}
    for key in ("organisation", "author"):
        value = data.get(key, "")
        if not isinstance(value, str):
            problems.append(Problem(name, "must be text", field=key))
        text[key] = value if isinstance(value, str) else ""
    if problems:
        raise InputError(problems)
    return Settings(countries=tuple(countries), **text)
