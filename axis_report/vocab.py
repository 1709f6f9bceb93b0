"""Closed vocabularies and fixed orders shared by every layer, and the dyad helpers.

Every vocabulary is declared here once; validators, analysis, figures and the
command line read it from here. Fixed orders matter: tables, figure axes and hues
come out the same on every run whatever order the evidence file lists its records in.
"""

import math
from itertools import combinations

__all__ = [
    "DEFAULT_GROUP", "COUNTRY_NAMES", "ISO3_TO_ISO2", "ISO3_TO_COW", "DOMAINS", "STANCES",
    "ATTRIBUTIONS", "WEIGHTS", "GROUP", "SOURCE_KINDS", "RELIABILITY_GRADES", "CREDIBILITY_GRADES",
    "RATINGS", "RATING_LABELS", "RATING_VALUES", "WEIGHTINGS", "LEVELS", "OBLIGATIONS",
    "CHECKABLE", "UNCOVERED", "ASSERTION_KINDS", "STATUSES", "UNKNOWN", "UN_MEASURES",
    "UN_MEASURE_LABELS", "UN_MEASURE_DEFINITIONS", "dyad_code", "dyads_among",
    "split_dyad", "format_net", "country_name", "dyad_name", "pair_words",
]

# The countries a project studies unless its settings say otherwise, in report order.
DEFAULT_GROUP = ("CHN", "RUS", "IRN", "PRK")

# ISO 3166-1 alpha-3 codes the evidence may name. Extend this table (with the
# country's English short name, its UN-vote alpha-2 code and its COW number) when a
# new source names a country not listed.
COUNTRY_NAMES = {
    "CHN": "China", "RUS": "Russia", "IRN": "Iran", "PRK": "North Korea",
    "USA": "United States", "ISR": "Israel", "SAU": "Saudi Arabia", "UKR": "Ukraine",
    "KOR": "South Korea", "JPN": "Japan", "IND": "India", "TUR": "Turkey", "SYR": "Syria",
    "BLR": "Belarus", "GBR": "United Kingdom", "FRA": "France", "DEU": "Germany",
}
ISO3_TO_ISO2 = {
    "CHN": "CN", "RUS": "RU", "IRN": "IR", "PRK": "KP", "USA": "US", "ISR": "IL", "SAU": "SA",
    "UKR": "UA", "KOR": "KR", "JPN": "JP", "IND": "IN", "TUR": "TR", "SYR": "SY", "BLR": "BY",
    "GBR": "GB", "FRA": "FR", "DEU": "DE",
}
# Correlates of War state numbers (used by the ATOP and COW extracts).
ISO3_TO_COW = {
    "CHN": 710, "RUS": 365, "IRN": 630, "PRK": 731, "USA": 2, "ISR": 666, "SAU": 670,
    "UKR": 369, "KOR": 732, "JPN": 740, "IND": 750, "TUR": 640, "SYR": 652, "BLR": 370,
    "GBR": 200, "FRA": 220, "DEU": 255,
}

DOMAINS = ("military", "economic", "diplomatic", "ideological")
STANCES = ("cooperation", "limitation")
# Who is speaking: the source's own voice, a named person, or an unnamed group ("analysts suggest").
ATTRIBUTIONS = ("article", "named", "unnamed")
# 1 passing or general mention, 2 a specific claim, 3 a concrete act or commitment.
WEIGHTS = (1, 2, 3)
# Label for records about the group as a whole rather than any one pair.
GROUP = "group"

# What kind of document a source is.
SOURCE_KINDS = ("news article", "official statement", "treaty text", "government assessment",
                "research report", "think-tank report", "transcript")

# Admiralty-scale source reliability and information credibility.
RELIABILITY_GRADES = {
    "A": "completely reliable", "B": "usually reliable", "C": "fairly reliable",
    "D": "not usually reliable", "E": "unreliable", "F": "reliability cannot be judged",
}
CREDIBILITY_GRADES = {
    1: "confirmed by other sources", 2: "probably true", 3: "possibly true", 4: "doubtful",
    5: "improbable", 6: "truth cannot be judged",
}

# Analysis of Competing Hypotheses: ratings, their scores (PARC ACH) and weight levels.
RATINGS = ("CC", "C", "N", "I", "II")
RATING_LABELS = {"CC": "very consistent", "C": "consistent", "N": "neutral",
                 "I": "inconsistent", "II": "very inconsistent"}
RATING_VALUES = {"CC": 0, "C": 0, "N": 0, "I": -1, "II": -2}
WEIGHTINGS = ("parc", "credibility", "relevance", "unweighted")
LEVELS = {"low": 1 / math.sqrt(2), "medium": 1.0, "high": math.sqrt(2)}

# ATOP-style treaty obligations. Each is coded true, false or UNKNOWN (the word written in
# seeds/treaties.yaml when the text that would decide it is not public).
OBLIGATIONS = ("defence", "offence", "neutrality", "non_aggression", "consultation")
UNKNOWN = "unknown"

# UN General Assembly agreement measures (analysis.alignment computes each), the standard
# score first: the report's default.
UN_MEASURES = ("standard", "strict", "yes_no")
UN_MEASURE_LABELS = {"standard": "agreement score", "strict": "strict agreement",
                     "yes_no": "yes/no agreement"}
UN_MEASURE_DEFINITIONS = {
    "standard": "Voeten's standard agreement score: over the roll calls both countries voted "
                "on (yes, no or abstain), 1 for the same vote, 0.5 when one abstains and the "
                "other votes yes or no, 0 for yes against no, averaged",
    "strict": "the share of the roll calls both countries voted on (yes, no or abstain) on "
              "which they cast the same vote; an abstention against a yes or a no counts as "
              "full disagreement",
    "yes_no": "the share of the same vote among the roll calls on which both countries voted "
              "yes or no; roll calls on which either abstained are left out",
}

# Checkable assertions: kinds the reference data decide, with the fields each takes ...
CHECKABLE = {
    "defence_pact": ("dyads", "exclusive"),
    "agreement": ("dyads", "date"),
    "un_alignment": ("countries", "versus"),
}
# ... and kinds no dataset here covers, with what would decide them.
UNCOVERED = {
    "arms_transfer": "arms transfers; deciding it needs arms-transfer data such as SIPRI's "
                     "Arms Transfers Database, which the project does not hold",
    "troop_deployment": "troop deployments; no dataset in the project records deployments",
    "trade": "trade flows; deciding it needs trade data such as UN Comtrade, which the "
             "project does not hold",
    "military_aid": "military aid in a conflict; no dataset in the project records it",
    "meeting": "meetings and visits; no event dataset in the project records them",
}
ASSERTION_KINDS = (*CHECKABLE, *UNCOVERED)
STATUSES = ("consistent", "contradicted", "unverifiable")


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


def country_name(code: str) -> str:
    """Return a country's English short name, or the code when the table lacks it."""
    return COUNTRY_NAMES.get(code, code)


def dyad_name(dyad: str) -> str:
    """Return 'China–Russia' (an en dash) for 'CHN-RUS', and a plain label for the
    group."""
    if dyad == GROUP:
        return "The group as a whole"
    a, b = split_dyad(dyad)
    return f"{country_name(a)}–{country_name(b)}"


def pair_words(dyad: str, *, code: bool = False) -> str:
    """Return 'China and Russia' for 'CHN-RUS', in a sentence; with `code`, followed by
    the pair's code: 'China and Russia (CHN-RUS)'."""
    a, b = split_dyad(dyad)
    words = f"{country_name(a)} and {country_name(b)}"
    return f"{words} ({dyad})" if code else words


def format_net(x: float) -> str:
    """Return a net balance as text: '+3', '-2', and '0' (not '+0') when balanced."""
    return "0" if x == 0 else f"{x:+.0f}"
