"""The coded evidence: validating records against the codebook and their sources.

`load_evidence` is the front door: it reads the evidence file, checks every record
against its source text, and returns one long-form frame with a row per record and
dyad it bears on. Records about the group as a whole carry the dyad label
`vocab.GROUP` instead of a pair.
"""

import re
import unicodedata
from pathlib import Path

import pandas as pd

from .. import vocab
from ..errors import InputError
from .checks import FieldChecker
from .files import read_yaml_entries

__all__ = [
    "EVIDENCE_FIELDS",
    "validate_records",
    "evidence_long_frame",
    "load_evidence",
]

EVIDENCE_FIELDS = (
    "id", "source", "quote", "countries", "dyads", "domain", "stance", "weight",
    "credibility", "attribution", "analyst", "affiliation", "event_date", "note", "asserts",
    "ach",
)


def _loose(text: str) -> str:
    """Fold quotation marks, dashes and runs of whitespace, to explain a near miss."""
    table = str.maketrans({"\u2018": "'", "\u2019": "'", "\u201c": '"', "\u201d": '"',
                           "\u2013": "-", "\u2014": "-"})
    text = unicodedata.normalize("NFC", text).translate(table)
    return re.sub(r"\s+", " ", text).strip()


def _check_quote(check: FieldChecker, quote: str, text: str):
    """Return (start, end) of the quote's first occurrence, or record a problem."""
    start = text.find(quote)
    if start >= 0:
        return start, start + len(quote)
    if _loose(quote) in _loose(text):
        check.problem("quote", "not verbatim in its source: it matches only after folding "
                               "quotation marks, dashes or whitespace; copy it exactly")
    else:
        check.problem("quote", "not found verbatim in its source")
    return None


def _code_list(check: FieldChecker, field: str, *, allow_empty: bool):
    value = check.entry.values.get(field)
    if value is None:
        check.problem(field, "missing: this field is required")
        return None
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        check.problem(field, "must be a list of codes, e.g. [CHN, RUS]")
        return None
    if not value and not allow_empty:
        check.problem(field, "must name at least one code")
        return None
    if len(set(value)) != len(value):
        check.problem(field, "lists a code twice")
        return None
    return value


def _check_asserts(check: FieldChecker, a, group):
    """Return the record's machine-checkable assertion, normalized, or None."""
    ASSERTION_KINDS, CHECKABLE = vocab.ASSERTION_KINDS, vocab.CHECKABLE
    if a is None:
        return None
    if not isinstance(a, dict) or a.get("kind") not in ASSERTION_KINDS:
        check.problem("asserts", f"must be a mapping whose 'kind' is one of "
                                 f"{', '.join(ASSERTION_KINDS)}")
        return None
    allowed = ("kind", *CHECKABLE.get(a["kind"], ()))
    extra = [k for k in a if k not in allowed]
    if extra:
        check.problem("asserts", f"{a['kind']!r} takes only {', '.join(allowed)}; "
                                 f"not {', '.join(map(str, extra))}")
        return None
    out = dict(a)
    if "dyads" in allowed:
        dyads = a.get("dyads")
        good = vocab.dyads_among(group)
        if not isinstance(dyads, list) or not dyads or any(d not in good for d in dyads):
            check.problem("asserts", f"'dyads' must list dyads among {', '.join(group)}, "
                                     "e.g. [PRK-RUS]")
            return None
    if "exclusive" in allowed:
        out["exclusive"] = a.get("exclusive", False)
        if not isinstance(out["exclusive"], bool):
            check.problem("asserts", "'exclusive' must be true or false")
            return None
    if "date" in allowed:
        date = a.get("date")
        if not (isinstance(date, str) and re.match(r"^\d{4}(-\d{2}){0,2}$", date)):
            check.problem("asserts", "'date' must be YYYY, YYYY-MM or YYYY-MM-DD, quoted")
            return None
    for key in ("countries", "versus"):
        if key in allowed:
            codes = a.get(key)
            if (not isinstance(codes, list) or not codes
                    or any(c not in vocab.COUNTRY_NAMES for c in codes)):
                check.problem("asserts", f"'{key}' must list known country codes")
                return None
    return out


def _check_record(check: FieldChecker, texts: dict, source_ids, seen: set, group):
    """Check one record; return its normalized values, or None if anything is wrong."""
    v = check.entry.values
    check.unknown_fields(EVIDENCE_FIELDS)
    rid = check.identifier("id", seen, "record")
    source = check.string("source")
    if source is not None and source not in source_ids:
        check.problem("source", f"unknown source id {source!r} (known: {', '.join(source_ids)})")
        source = None
    quote = check.string("quote")
    span = _check_quote(check, quote, texts[source]) if quote and source else None

    countries = _code_list(check, "countries", allow_empty=False)
    if countries is not None:
        unknown = [c for c in countries if c not in vocab.COUNTRY_NAMES]
        if unknown:
            check.problem("countries", f"unknown country code {', '.join(map(repr, unknown))} "
                                       "(ISO 3166-1 alpha-3; add new codes to vocab.COUNTRY_NAMES)")
            countries = None
    dyads = _code_list(check, "dyads", allow_empty=True)
    if dyads is not None:
        for d in dyads:
            a, b = vocab.split_dyad(d)
            if a not in group or b not in group or a == b:
                check.problem("dyads", f"{d!r} is not a dyad of two of {', '.join(group)}")
                dyads = None
                break
            if d != vocab.dyad_code(a, b):
                check.problem("dyads", f"{d!r} must be written {vocab.dyad_code(a, b)!r} "
                                       "(codes in alphabetical order)")
                dyads = None
                break
            if countries is not None and not {a, b} <= set(countries):
                check.problem("dyads", f"{d!r} names a country missing from 'countries'")
                dyads = None
                break
    if dyads == [] and countries is not None:
        if len(set(countries) & set(group)) < 2:
            check.problem("dyads", "empty dyads marks a claim about the group, which must "
                                   f"name at least two of {', '.join(group)} in 'countries'")
    domain = check.choice("domain", vocab.DOMAINS)
    stance = check.choice("stance", vocab.STANCES)
    weight = v.get("weight")
    if weight is None:
        check.problem("weight", "missing: this field is required")
    elif isinstance(weight, bool) or weight not in vocab.WEIGHTS:
        check.problem("weight", f"{weight!r} is not one of: 1, 2, 3")
    credibility = v.get("credibility")
    if credibility is None:
        check.problem("credibility", "missing: this field is required")
    elif isinstance(credibility, bool) or credibility not in vocab.CREDIBILITY_GRADES:
        check.problem("credibility", f"{credibility!r} is not one of: 1, 2, 3, 4, 5, 6")
    attribution = check.choice("attribution", vocab.ATTRIBUTIONS)
    analyst = check.string("analyst", required=attribution == "named")
    affiliation = check.string("affiliation", required=False)
    if attribution != "named" and (analyst or affiliation):
        check.problem("analyst", "only records attributed to a named person "
                                 "('attribution: named') carry 'analyst' or 'affiliation'")
    event_date = check.date("event_date", required=False, partial=True)
    asserts = _check_asserts(check, v.get("asserts"), group)
    note = check.string("note", required=False)
    if check.problems:
        return None
    return dict(
        record_id=rid, source_id=source, quote=quote, quote_start=span[0], quote_end=span[1],
        countries=" ".join(countries), dyads=list(dyads), domain=domain, stance=stance,
        weight=int(weight), credibility=int(credibility), attribution=attribution,
        analyst=analyst, affiliation=affiliation, event_date=event_date, note=note,
        asserts=asserts, ach=v.get("ach"), line=check.entry.line,
    )


def validate_records(entries, texts: dict, file: str, *, group=vocab.DEFAULT_GROUP):
    """Return (records, problems): the normalized records and every problem found.

    `entries` come from `files.read_yaml_entries`; `texts` maps source ids to texts;
    `group` is the project's countries (dyads must pair two of them).
    """
    records, problems, seen = [], [], set()
    source_ids = sorted(texts)
    for entry in entries:
        rid = entry.values.get("id")
        check = FieldChecker(file, entry, str(rid) if rid is not None else f"#{len(records) + 1}")
        record = _check_record(check, texts, source_ids, seen, group)
        problems += check.problems
        if record is not None:
            records.append(record)
    return records, problems


_COLUMNS = [
    "record_id", "source_id", "dyad", "domain", "stance", "weight", "signed_weight",
    "credibility", "attribution", "analyst", "affiliation", "countries", "quote",
    "quote_start", "quote_end", "event_date", "note", "asserts", "ach", "line",
]


def evidence_long_frame(records, *, group=vocab.DEFAULT_GROUP) -> pd.DataFrame:
    """Return one row per (record, dyad); group-level records get dyad `vocab.GROUP`.

    `signed_weight` is +weight for cooperation and -weight for limitation, so a sum
    over rows is the net balance.
    """
    rows = []
    for rec in records:
        for dyad in rec["dyads"] or [vocab.GROUP]:
            row = {k: val for k, val in rec.items() if k != "dyads"}
            row["dyad"] = dyad
            sign = 1 if rec["stance"] == "cooperation" else -1
            row["signed_weight"] = sign * rec["weight"]
            rows.append(row)
    frame = pd.DataFrame(rows, columns=_COLUMNS)
    frame["domain"] = pd.Categorical(frame["domain"], categories=vocab.DOMAINS, ordered=True)
    frame["stance"] = pd.Categorical(frame["stance"], categories=vocab.STANCES, ordered=True)
    frame["dyad"] = pd.Categorical(frame["dyad"],
                                   categories=[*vocab.dyads_among(group), vocab.GROUP],
                                   ordered=True)
    for col in ("weight", "signed_weight", "credibility", "quote_start", "quote_end", "line"):
        frame[col] = frame[col].astype("int64")
    return frame.sort_values(["record_id", "dyad"], ignore_index=True)


def load_evidence(evidence_file: Path, texts: dict, *, group=vocab.DEFAULT_GROUP,
                  hypothesis_ids=None) -> pd.DataFrame:
    """Return the evidence in long form (see `evidence_long_frame`); raise InputError
    listing every problem. `texts` maps source ids to their texts; with `hypothesis_ids`,
    every record's `ach` ratings are checked against them too."""
    from .hypotheses import check_ratings

    entries = read_yaml_entries(evidence_file)
    records, problems = validate_records(entries, texts, str(evidence_file), group=group)
    if hypothesis_ids is not None:
        problems += check_ratings(records, hypothesis_ids, str(evidence_file))
    if problems:
        raise InputError(sorted(problems, key=lambda p: (p.line or 0)))
    return evidence_long_frame(records, group=group)
