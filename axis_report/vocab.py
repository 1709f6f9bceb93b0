"""Closed vocabularies and fixed orders shared by every module.

Fixed orders matter: tables, figure axes and hues come out the same on every run
whatever order the evidence file lists its records in.
"""

from itertools import combinations

__all__ = [
    "FOCUS_COUNTRIES",
    "COUNTRY_NAMES",
    "DOMAINS",
    "STANCES",
    "ATTRIBUTIONS",
    "WEIGHTS",
    "GROUP",
    "dyad_code",
    "dyads_among",
    "split_dyad",
]

# The four countries the report is about, in report order.
FOCUS_COUNTRIES = ("CHN", "RUS", "IRN", "PRK")

# ISO 3166-1 alpha-3 codes the evidence may name. Extend this table (with the
# country's English short name) when a new source names a country not listed.
COUNTRY_NAMES = {
    "CHN": "China",
    "RUS": "Russia",
    "IRN": "Iran",
    "PRK": "North Korea",
    "USA": "United States",
    "ISR": "Israel",
    "SAU": "Saudi Arabia",
    "UKR": "Ukraine",
    "KOR": "South Korea",
    "JPN": "Japan",
    "IND": "India",
    "TUR": "Turkey",
    "SYR": "Syria",
    "BLR": "Belarus",
    "GBR": "United Kingdom",
    "FRA": "France",
    "DEU": "Germany",
}

DOMAINS = ("military", "economic", "diplomatic", "ideological")
STANCES = ("cooperation", "limitation")
# Who is speaking: the article's own voice, a named person, or an unnamed group
# ("analysts suggest").
ATTRIBUTIONS = ("article", "named", "unnamed")
# 1 passing or general mention, 2 a specific claim, 3 a concrete act or commitment.
WEIGHTS = (1, 2, 3)

# Label for records about the four as a group rather than any one pair.
GROUP = "all four"


def dyad_code(a: str, b: str) -> str:
    """Return the dyad label for two country codes: alphabetical, hyphen-joined."""
    if a == b:
        raise ValueError(f"a dyad needs two different countries, got {a!r} twice")
    return "-".join(sorted((a, b)))


def split_dyad(dyad: str) -> tuple[str, str]:
    """Return the two codes of a dyad label such as 'CHN-RUS'."""
    a, _, b = dyad.partition("-")
    return a, b


def dyads_among(countries) -> list[str]:
    """Return every dyad among `countries`, in a fixed (alphabetical) order."""
    return sorted(dyad_code(a, b) for a, b in combinations(sorted(set(countries)), 2))
