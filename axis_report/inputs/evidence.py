"""The coded evidence: claims, each supported by one or more verbatim quotes.

A claim is one proposition about relations among the group's countries: its scope
(named dyads, a hub country's pairs with the others, or the group as a whole), domain,
stance, weight, ACH ratings and optional machine-checkable assertion. Its quotes say
where it is made: source, verbatim span (offsets recorded), attribution and credibility.
The same claim made twice, in one source or in two, is one claim with two quotes.

`load_evidence` is the front door: it checks every claim and quote against the codebook
and the source texts, and returns `Evidence`: the claims in long form (one row per claim
and dyad it bears on; claims about the group as a whole carry the label `vocab.GROUP`)
and the quotes (one row per quote).
"""

import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path

import pandas as pd

from .. import vocab
from ..errors import InputError, Problem
from .checks import (
    MAX_ID_CHARS,
    MAX_NAME_CHARS,
    FieldChecker,
    member,
    record_name,
    show,
    show_names,
)
from .files import Entry, read_yaml_entries

__all__ = ["CLAIM_FIELDS", "QUOTE_FIELDS", "SCOPES", "Evidence", "validate_claims",
           "evidence_long_frame", "quotes_frame", "load_evidence"]

CLAIM_FIELDS = (
    "id", "claim", "scope", "dyads", "hub", "domain", "stance", "weight", "event_date",
    "asserts", "ach", "note", "quotes",
)
QUOTE_FIELDS = ("source", "quote", "attribution", "analyst", "affiliation", "credibility",
                "note")
SCOPES = ("dyads", "hub", "group")
# Credibility 1 ("confirmed by other sources") is derived from corroboration, never typed.
TYPED_CREDIBILITY = tuple(g for g in vocab.CREDIBILITY_GRADES if g != 1)
# Characters of source text one evidence file may have searched for its quotes (each
# quote not yet seen searches its source's text, at most twice): about a second's work,
# some ten thousand times what the shipped evidence needs.
SCAN_BUDGET = 4 * 10**9


@dataclass
class Evidence:
    """The checked evidence: claims in long form and their quotes."""

    claims: pd.DataFrame    # one row per claim and dyad (see evidence_long_frame)
    quotes: pd.DataFrame    # one row per quote (see quotes_frame)


def _loose(text: str) -> str:
    """Fold quotation marks, dashes and runs of whitespace, to explain a near miss."""
    table = str.maketrans({"\u2018": "'", "\u2019": "'", "\u201c": '"', "\u201d": '"',
                           "\u2013": "-", "\u2014": "-"})
    text = unicodedata.normalize("NFC", text).translate(table)
    return re.sub(r"\s+", " ", text).strip()


class _Texts:
    """The source texts quotes are checked against, and a tally of the quotes each source
    has and misses: a source none of whose quotes is found is one problem with its text
    (the wrong file, or an emptied one), not one problem per quote."""

    def __init__(self, texts: dict, text_files: dict | None, evidence_file: str):
        self.texts = texts
        self.ids = sorted(texts)
        self.files = text_files or {}
        self.evidence_file = evidence_file
        self.quotes = {}    # source id -> number of quotes checked against its text
        self.misses = {}    # source id -> the problems of its quotes not found
        self.found = {}     # (source id, quote) -> its first offset, or -1
        self.loose = {}     # source id -> its text folded (see _loose), made once
        self.scanned = 0    # characters of text searched so far

    def where(self, source: str) -> str:
        file = self.files.get(source)
        return f"its source text {file}" if file is not None else "its source"

    def check(self, check: FieldChecker, source: str, quote: str):
        """Return (start, end) of the quote's first occurrence in its source's text, or
        record a problem."""
        text = self.texts[source]
        self.quotes[source] = self.quotes.get(source, 0) + 1
        start = self.found.get((source, quote))
        if start is None:
            self.scanned += 2 * len(text)
            if self.scanned > SCAN_BUDGET:
                raise InputError([Problem(self.evidence_file, "too many quotes over too large "
                                          "source texts: checking them would search more than "
                                          f"{SCAN_BUDGET:,} characters of text; split the "
                                          "evidence or the texts")])
            start = self.found[(source, quote)] = text.find(quote)
        if start >= 0:
            return start, start + len(quote)
        if source not in self.loose:
            self.loose[source] = _loose(text)
        if _loose(quote) in self.loose[source]:
            check.problem("quote", f"not verbatim in {self.where(source)}: it matches only "
                                   "after folding quotation marks, dashes or whitespace; copy "
                                   "it exactly")
        else:
            check.problem("quote", f"not found verbatim in {self.where(source)}")
        self.misses.setdefault(source, []).append(check.problems[-1])
        return None

    def summarise(self, problems: list, evidence_file: str) -> list:
        """Return `problems` with the misses of every source that has two or more quotes
        and none found replaced by one problem naming its text."""
        for source, missed in self.misses.items():
            n = self.quotes[source]
            if n < 2 or len(missed) < n:
                continue
            drop = {id(p) for p in missed}
            problems = [p for p in problems if id(p) not in drop]
            problems.append(Problem(
                str(self.files.get(source, f"the text of source {source}")),
                f"none of the {n} quotes {evidence_file} gives from source {source} is found "
                "in this text (first at line "
                f"{min(p.line or 0 for p in missed)}): is it the right file, whole and "
                "unchanged?"))
        return problems


def _code_list(check: FieldChecker, field: str, *, allow_empty: bool):
    value = check.entry.values.get(field)
    if value is None:
        check.problem(field, "missing: this field is required")
        return None
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        check.problem(field, "must be a list of codes, e.g. [CHN, RUS]")
        return None
    if not check.items(field, value):
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
    if not isinstance(a, dict) or not member(a.get("kind"), ASSERTION_KINDS):
        check.problem("asserts", f"must be a mapping whose 'kind' is one of "
                                 f"{', '.join(ASSERTION_KINDS)}")
        return None
    allowed = ("kind", *CHECKABLE.get(a["kind"], ()))
    extra = [k for k in a if k not in allowed]
    if extra:
        check.problem("asserts", f"{a['kind']!r} takes only {', '.join(allowed)}; "
                                 f"not {show_names(extra)}")
        return None
    out = dict(a)
    if "dyads" in allowed:
        dyads = a.get("dyads")
        good = vocab.dyads_among(group)
        if (not isinstance(dyads, list) or not dyads or len(dyads) > len(good)
                or any(not member(d, good) for d in dyads)):
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
            if (not isinstance(codes, list) or not codes or len(codes) > len(vocab.COUNTRY_NAMES)
                    or any(not member(c, vocab.COUNTRY_NAMES) for c in codes)):
                check.problem("asserts", f"'{key}' must list known country codes")
                return None
    return out


def _check_quote_entry(file: str, claim_id: str, index: int, item, lines,
                       texts: _Texts) -> tuple:
    """Check one quote of a claim; return (quote dict or None, problems)."""
    line, keys = lines if lines else (None, {})
    entry = Entry(item if isinstance(item, dict) else {}, line or 0, keys)
    check = FieldChecker(file, entry, claim_id, prefix=f"quotes[{index}].")
    if not isinstance(item, dict):
        check.problem(None, "each quote must be a mapping: source, quote, attribution, "
                            "credibility")
        return None, check.problems
    check.unknown_fields(QUOTE_FIELDS)
    source = check.string("source", limit=MAX_ID_CHARS)
    if source is not None and source not in texts.texts:
        known = ", ".join(texts.ids[:20]) + (", ..." if len(texts.ids) > 20 else "")
        check.problem("source", f"unknown source id {show(source)} (known: "
                                f"{known or 'none'})")
        source = None
    quote = check.string("quote")
    span = texts.check(check, source, quote) if quote and source else None
    attribution = check.choice("attribution", vocab.ATTRIBUTIONS)
    analyst = check.string("analyst", required=attribution == "named", limit=MAX_NAME_CHARS)
    affiliation = check.string("affiliation", required=False, limit=MAX_NAME_CHARS)
    if attribution not in (None, "named") and (analyst or affiliation):
        check.problem("analyst", "only quotes attributed to a named person "
                                 "('attribution: named') carry 'analyst' or 'affiliation'")
    credibility = item.get("credibility")
    if credibility is None:
        check.problem("credibility", "missing: this field is required")
    elif credibility == 1 and not isinstance(credibility, bool):
        check.problem("credibility", "1 ('confirmed by other sources') is derived from "
                                     "independent sources or the reference data, never typed: "
                                     "give 2-6")
    elif not member(credibility, TYPED_CREDIBILITY):
        check.problem("credibility", f"{show(credibility)} is not one of: 2, 3, 4, 5, 6")
    note = check.string("note", required=False)
    if check.problems:
        return None, check.problems
    return dict(source_id=source, quote=quote, quote_start=span[0], quote_end=span[1],
                attribution=attribution, analyst=analyst, affiliation=affiliation,
                credibility=int(credibility), quote_note=note, quote_line=line), []


def _check_claim(check: FieldChecker, texts: _Texts, seen: set, group):
    """Check one claim and its quotes; return the normalized claim, or None."""
    v = check.entry.values
    check.unknown_fields(CLAIM_FIELDS)
    cid = check.identifier("id", seen, "claim")
    text = check.string("claim", required=False)
    scope = check.choice("scope", SCOPES)
    dyads, hub = [], None
    if scope == "dyads":
        dyads = _code_list(check, "dyads", allow_empty=False)
        for d in dyads or []:
            a, b = vocab.split_dyad(d)
            if a not in group or b not in group or a == b:
                check.problem("dyads", f"{show(d)} is not a dyad of two of "
                                       f"{', '.join(group)}")
                dyads = None
                break
            if d != vocab.dyad_code(a, b):
                check.problem("dyads", f"{show(d)} must be written {vocab.dyad_code(a, b)!r} "
                                       "(codes in alphabetical order)")
                dyads = None
                break
        if v.get("hub") is not None:
            check.problem("hub", "only a claim with 'scope: hub' names a hub")
    elif scope in ("hub", "group"):
        if v.get("dyads") not in (None, []):
            check.problem("dyads", f"a claim with 'scope: {scope}' lists no dyads")
        if scope == "hub":
            hub = check.choice("hub", tuple(group))
        elif v.get("hub") is not None:
            check.problem("hub", "only a claim with 'scope: hub' names a hub")
    domain = check.choice("domain", vocab.DOMAINS)
    stance = check.choice("stance", vocab.STANCES)
    weight = v.get("weight")
    if weight is None:
        check.problem("weight", "missing: this field is required")
    elif not member(weight, vocab.WEIGHTS):
        check.problem("weight", f"{show(weight)} is not one of: 1, 2, 3")
    event_date = check.date("event_date", required=False, partial=True)
    asserts = _check_asserts(check, v.get("asserts"), group)
    note = check.string("note", required=False)
    quotes = v.get("quotes")
    checked = []
    if not isinstance(quotes, list) or not quotes:
        check.problem("quotes", "missing: list one or more quotes that make this claim")
    elif check.items("quotes", quotes):
        for i, item in enumerate(quotes, 1):
            lines = (check.entry.item_lines.get("quotes") or [None] * len(quotes))[i - 1]
            q, problems = _check_quote_entry(check.file, check.record, i, item, lines, texts)
            check.problems += problems
            if q is not None:
                checked.append(q)
        spans = [(q["source_id"], q["quote_start"], q["quote_end"]) for q in checked]
        if len(set(spans)) < len(spans):
            check.problem("quotes", "the same span of the same source is listed twice")
    if check.problems:
        return None
    return dict(record_id=cid, claim=text, scope=scope, dyads=list(dyads or []), hub=hub,
                domain=domain, stance=stance, weight=int(weight), event_date=event_date,
                asserts=asserts, ach=v.get("ach"), note=note, line=check.entry.line,
                quotes=checked)


def validate_claims(entries, texts: dict, file: str, *, group=vocab.DEFAULT_GROUP,
                    text_files: dict | None = None):
    """Return (claims, problems): the normalized claims and every problem found.

    `entries` come from `files.read_yaml_entries`; `texts` maps source ids to texts (and
    `text_files` to the files they were read from, for messages); `group` is the project's
    countries (dyads pair two of them, a hub is one of them). A source none of whose
    quotes (two or more) is found in its text is one problem naming the text.
    """
    claims, problems, seen = [], [], set()
    tally = _Texts(texts, text_files, file)
    for n, entry in enumerate(entries, 1):
        cid = entry.values.get("id")
        check = FieldChecker(file, entry, record_name(cid) if cid is not None else f"#{n}")
        claim = _check_claim(check, tally, seen, tuple(group))
        problems += check.problems
        if claim is not None:
            claims.append(claim)
    return claims, tally.summarise(problems, file)


_COLUMNS = [
    "record_id", "scope", "hub", "dyad", "domain", "stance", "weight", "signed_weight",
    "claim", "countries", "source_id", "quote", "quote_start", "quote_end", "attribution",
    "analyst", "affiliation", "credibility", "n_quotes", "sources", "event_date", "note",
    "asserts", "ach", "line",
]
_QUOTE_COLUMNS = [
    "record_id", "quote_id", "source_id", "quote", "quote_start", "quote_end", "attribution",
    "analyst", "affiliation", "credibility", "quote_note", "quote_line",
]


def _dyads_of(claim: dict, group) -> list:
    if claim["scope"] == "dyads":
        return claim["dyads"]
    if claim["scope"] == "hub":
        return sorted(vocab.dyad_code(claim["hub"], c) for c in group if c != claim["hub"])
    return [vocab.GROUP]


def evidence_long_frame(claims, *, group=vocab.DEFAULT_GROUP) -> pd.DataFrame:
    """Return one row per (claim, dyad it bears on): a hub claim bears on the hub's pairs
    with each other member, a group claim gets the dyad `vocab.GROUP`.

    The quote columns (source_id, quote, offsets, attribution, analyst, affiliation) are
    the claim's first quote's, for tables that show one; `credibility` is the best its
    quotes were graded (the model derives the final grade from corroboration);
    `n_quotes` and `sources` summarize them all. `countries` lists the group members the
    claim bears on. `signed_weight` is +weight for cooperation and -weight for
    limitation, so a sum over distinct claims is the net balance.
    """
    rows = []
    for c in claims:
        first = c["quotes"][0]
        dyads = _dyads_of(c, group)
        members = (sorted({m for d in dyads for m in vocab.split_dyad(d)})
                   if c["scope"] == "dyads" else list(group))
        base = {k: c[k] for k in ("record_id", "scope", "hub", "domain", "stance", "weight",
                                  "claim", "event_date", "note", "asserts", "ach", "line")}
        base.update({k: first[k] for k in ("source_id", "quote", "quote_start", "quote_end",
                                           "attribution", "analyst", "affiliation")})
        base.update(countries=" ".join(members),
                    credibility=min(q["credibility"] for q in c["quotes"]),
                    n_quotes=len(c["quotes"]),
                    sources=" ".join(sorted({q["source_id"] for q in c["quotes"]})),
                    signed_weight=c["weight"] if c["stance"] == "cooperation" else -c["weight"])
        for dyad in dyads:
            rows.append({**base, "dyad": dyad})
    frame = pd.DataFrame(rows, columns=_COLUMNS)
    frame["domain"] = pd.Categorical(frame["domain"], categories=vocab.DOMAINS, ordered=True)
    frame["stance"] = pd.Categorical(frame["stance"], categories=vocab.STANCES, ordered=True)
    frame["dyad"] = pd.Categorical(frame["dyad"],
                                   categories=[*vocab.dyads_among(group), vocab.GROUP],
                                   ordered=True)
    for col in ("weight", "signed_weight", "credibility", "quote_start", "quote_end",
                "n_quotes", "line"):
        frame[col] = frame[col].astype("int64")
    return frame.sort_values(["record_id", "dyad"], ignore_index=True)


def quotes_frame(claims) -> pd.DataFrame:
    """Return one row per quote: its claim (`record_id`), a quote id (E006.2: the claim's
    second quote), source, span, attribution and credibility as typed."""
    rows = [{"record_id": c["record_id"], "quote_id": f"{c['record_id']}.{i}", **q}
            for c in claims for i, q in enumerate(c["quotes"], 1)]
    frame = pd.DataFrame(rows, columns=_QUOTE_COLUMNS)
    for col in ("quote_start", "quote_end", "credibility"):
        frame[col] = frame[col].astype("int64")
    return frame


def load_evidence(evidence_file: Path, texts: dict, *, group=vocab.DEFAULT_GROUP,
                  hypothesis_ids=None, text_files: dict | None = None) -> Evidence:
    """Return the checked Evidence; raise InputError listing every problem. `texts` maps
    source ids to their texts (`text_files` to their files, named in messages); with
    `hypothesis_ids`, every claim's `ach` ratings are checked against them too."""
    from .hypotheses import check_ratings

    entries = read_yaml_entries(evidence_file)
    claims, problems = validate_claims(entries, texts, str(evidence_file), group=group,
                                       text_files=text_files)
    if hypothesis_ids is not None:
        problems += check_ratings(claims, hypothesis_ids, str(evidence_file))
    if problems:
        raise InputError(sorted(problems, key=lambda p: (p.line or 0)))
    return Evidence(evidence_long_frame(claims, group=group), quotes_frame(claims))
