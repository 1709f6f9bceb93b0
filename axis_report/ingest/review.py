"""Reviewing a source's candidate claims: accept (with edits), merge, reject.

An analyst reviews the candidates the extractor proposed for one source
(seeds/candidates/<source>.yaml), on the command line (`axis-report review`) or in
notebooks/review.py (`Review`: `show()` the candidates with each quote highlighted in its
context, then `accept`, `merge` or `reject` them):

- **accept** makes a candidate a new claim in seeds/evidence.yaml (the next id, E083...),
  with the candidate's codes or the analyst's edits (claim, scope, dyads, hub, domain,
  stance, weight, event_date, asserts, ach, note; and for its quote: quote, attribution,
  analyst, affiliation, credibility). What the extractor does not judge gets a default the
  claim's `note` names: ACH `N` for every hypothesis not rated, weight 1, credibility 3.
- **merge** adds the candidate's quote to an existing claim (the same proposition in this
  source: codebook rule 6), as a further quote.
- **reject** keeps the candidate in its file with status `rejected`, so it is not proposed
  again.

Every claim written is first checked as `axis-report validate` checks it
(`inputs.evidence.validate_claims` with the project's texts, and the ACH ratings), then the
whole new evidence file is checked once more; a candidate whose quote is no longer verbatim
in its source, or any other problem, is refused with a message naming the candidates file,
the candidate and the field, and nothing is written. evidence.yaml only grows: the
analyst's comments, order and formatting are kept (`yamlio`).
"""

import dataclasses
import datetime as dt
import os
import re
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from .. import vocab
from ..config import ProjectPaths, find_project
from ..errors import InputError, Problem
from . import candidates as cand
from . import yamlio
from .extract import pair_check, stance_check

__all__ = ["DEFAULT_WEIGHT", "DEFAULT_CREDIBILITY", "CLAIM_EDITS", "QUOTE_EDITS", "Outcome",
           "parse_set", "review_source", "candidate_rows", "show_candidates", "Review"]

DEFAULT_WEIGHT = 1        # a passing or general mention: the least a claim can weigh
DEFAULT_CREDIBILITY = 3   # possibly true
CLAIM_EDITS = ("claim", "scope", "dyads", "hub", "domain", "stance", "weight", "event_date",
               "asserts", "ach", "note")
QUOTE_EDITS = ("quote", "attribution", "analyst", "affiliation", "credibility")
_LIST_EDITS = ("dyads",)
_INT_EDITS = ("weight", "credibility")


@dataclass
class Outcome:
    """What a review did."""

    source_id: str
    accepted: list = field(default_factory=list)   # (candidate id, new claim id)
    merged: list = field(default_factory=list)     # (candidate id, claim id)
    rejected: list = field(default_factory=list)   # candidate ids
    warnings: list = field(default_factory=list)
    hints: list = field(default_factory=list)

    def lines(self) -> list:
        out = [f"{c}: accepted as {e}" for c, e in self.accepted]
        out += [f"{c}: merged into {e} as a further quote" for c, e in self.merged]
        out += [f"{c}: rejected" for c in self.rejected]
        out += [f"warning: {w}" for w in self.warnings]
        out += [f"hint: {h}" for h in self.hints]
        return out

    def __repr__(self) -> str:
        return "\n".join(self.lines()) or "nothing reviewed"


# --- edits ---------------------------------------------------------------------------------

def _none(raw: str):
    return None if raw.strip().lower() in ("", "null", "none", "~") else raw


def _coerce(name: str, raw, where: str):
    """Return an edit's value from its command-line text (values given in Python pass)."""
    if not isinstance(raw, str):
        return raw
    if name in _LIST_EDITS:
        return [code for code in re.split(r"[\s,]+", raw.strip().strip("[]")) if code]
    if name in _INT_EDITS:
        try:
            return int(raw)
        except ValueError:
            raise InputError([Problem(where, f"{raw!r} is not a whole number",
                                      field=name)]) from None
    if name in ("ach", "asserts"):
        text = raw.strip()
        if name == "ach" and not text.startswith("{"):
            text = "{" + text.replace("=", ": ").replace(":", ": ") + "}"
        try:
            value = yaml.safe_load(text)
        except yaml.YAMLError:
            value = None
        if not isinstance(value, dict):
            raise InputError([Problem(where, f"{raw!r} is not a mapping, e.g. "
                                             + ("H1:C,H2:CC" if name == "ach"
                                                else "{kind: arms_transfer}"),
                                      field=name)])
        return {str(k): v for k, v in value.items()}
    return _none(raw)


def parse_set(text: str, source_id: str = "") -> tuple:
    """Return (candidate id, field, value) from `ID.field=value` ('S012-C01.weight=2',
    'C01.dyads=CHN-RUS,IRN-RUS', 'C01.ach.H2=CC'); a short id (C01) is the source's."""
    left, eq, raw = text.partition("=")
    cid, dot, name = left.partition(".")
    if not eq or not dot or not cid or not name:
        raise InputError([Problem("--set", f"{text!r} is not ID.field=value, e.g. "
                                           f"{source_id or 'S012'}-C01.weight=2")])
    cid = _full_id(cid.strip(), source_id)
    name = name.strip()
    if name.startswith("ach."):
        return cid, "ach", {name[4:]: raw.strip()}
    return cid, name, _coerce(name, raw, "--set")


def _full_id(cid: str, source_id: str) -> str:
    return f"{source_id}-{cid}" if source_id and re.match(r"^C\d+$", cid) else cid


# --- building claims and quotes -----------------------------------------------------------

def _dyad(code):
    """A dyad written in either order, as the codebook writes it (alphabetical)."""
    if not isinstance(code, str):
        return code
    a, _, b = code.strip().upper().partition("-")
    return vocab.dyad_code(a, b) if a and b and a != b else code


def _quote_values(c, source_id: str, ed: dict, defaults: list) -> dict:
    attribution = ed.get("attribution", c.get("attribution") or "article")
    q = {"source": source_id, "quote": ed.get("quote", c.get("quote")),
         "attribution": attribution}
    analyst = ed.get("analyst", c.get("analyst") if attribution == "named" else None)
    if analyst is not None:
        q["analyst"] = analyst
    affiliation = ed.get("affiliation", c.get("affiliation") if attribution == "named" else None)
    if affiliation is not None:
        q["affiliation"] = affiliation
    if "credibility" in ed:
        q["credibility"] = ed["credibility"]
    else:
        q["credibility"] = DEFAULT_CREDIBILITY
        defaults.append(f"credibility {DEFAULT_CREDIBILITY}")
    return q


def _claim_values(c, claim_id: str, source_id: str, ed: dict, hypothesis_ids,
                  provenance: str) -> dict:
    scope = ed.get("scope", c.get("scope"))
    dyads = ed.get("dyads", c.get("dyads") or [])
    hub = ed.get("hub", c.get("hub"))
    if "scope" not in ed:
        if "dyads" in ed and dyads:
            scope = "dyads"
        elif "hub" in ed and hub:
            scope = "hub"
    values = {"id": claim_id}
    if ed.get("claim"):
        values["claim"] = ed["claim"]
    values["scope"] = scope
    if scope == "dyads":
        values["dyads"] = [_dyad(d) for d in dyads] if isinstance(dyads, list) else dyads
    elif scope == "hub":
        values["hub"] = hub
    values["domain"] = ed.get("domain", c.get("domain"))
    values["stance"] = ed.get("stance", c.get("stance"))
    defaults = []
    if "weight" in ed:
        values["weight"] = ed["weight"]
    else:
        values["weight"] = DEFAULT_WEIGHT
        defaults.append(f"weight {DEFAULT_WEIGHT}")
    for name in ("event_date", "asserts"):
        if ed.get(name) is not None:
            values[name] = ed[name]
    unrated = []
    if hypothesis_ids is not None:
        given = dict(ed.get("ach") or {})
        unrated = [h for h in hypothesis_ids if h not in given]
        values["ach"] = {**{h: given.get(h, "N") for h in hypothesis_ids},
                         **{h: r for h, r in given.items() if h not in hypothesis_ids}}
    quote = _quote_values(c, source_id, ed, defaults)
    note = [provenance]
    if unrated:
        note.append("Not rated against " + ("the hypotheses" if len(unrated)
                                              == len(hypothesis_ids) else ", ".join(unrated))
                    + ": ACH N (neutral) by default.")
    if defaults:
        note.append(" and ".join(defaults).capitalize() + (" are" if len(defaults) > 1
                                                            else " is")
                    + " the review default, not a judgment.")
    if ed.get("note"):
        note.insert(0, ed["note"])
    values["note"] = " ".join(note)
    values["quotes"] = [quote]
    return values


def _relocate(problem: Problem, file: str, record: str, line_of) -> Problem:
    """A validator's problem with a claim made from a candidate, restated about the
    candidate: its file, its id, and its own field name (quote, not quotes[1].quote)."""
    name = problem.field
    if name and name.startswith("quotes[") and "]." in name:
        name = name.split("].", 1)[1]
    return Problem(file, problem.message, record=record, field=name, line=line_of(name))


# --- the review ----------------------------------------------------------------------------

def _inputs(paths: ProjectPaths):
    from ..inputs.files import read_yaml_entries
    from ..inputs.hypotheses import hypothesis_ids
    from ..inputs.settings import Settings, load_settings
    from ..inputs.sources import load_sources

    settings = load_settings(paths.settings_file) if paths.settings_file.exists() else Settings()
    _sources, texts = load_sources(paths.sources_file)
    hyp = hypothesis_ids(paths.hypotheses_file) if paths.hypotheses_file.exists() else None
    entries = read_yaml_entries(paths.evidence_file) if paths.evidence_file.exists() else []
    return tuple(settings.countries), texts, hyp, entries


def _next_claim_ids(existing, n: int) -> list:
    numbered = [(m.group(1), m.group(2)) for i in existing
                if (m := re.match(r"^([A-Za-z]*)(\d+)$", str(i)))]
    if not numbered:
        prefix, width, last = "E", 3, 0
    else:
        counts = {}
        for p, _ in numbered:
            counts[p] = counts.get(p, 0) + 1
        prefix = "E" if "E" in counts else max(counts, key=counts.get)
        digits = [d for p, d in numbered if p == prefix]
        width, last = max(len(d) for d in digits), max(int(d) for d in digits)
    return [f"{prefix}{last + k:0{width}d}" for k in range(1, n + 1)]


def _check_whole_file(paths: ProjectPaths, text: str, texts: dict, group, hyp) -> None:
    from ..inputs.evidence import load_evidence

    tmp = paths.build / f"evidence.yaml.{os.getpid()}.check"
    try:
        tmp.parent.mkdir(parents=True, exist_ok=True)
        tmp.write_text(text, encoding="utf-8")
        try:
            load_evidence(tmp, texts, group=group, hypothesis_ids=hyp)
        except InputError as err:
            raise InputError([dataclasses.replace(p, file=str(paths.evidence_file))
                              if p.file == str(tmp) else p for p in err.problems]) from None
    finally:
        tmp.unlink(missing_ok=True)


def review_source(paths: ProjectPaths, source_id: str, *, accept=(), reject=(), merge=None,
                  edits=None, reasons=None, today: dt.date | None = None) -> Outcome:
    """Review candidates of `source_id`: `accept` (ids), `merge` ({id: claim id}),
    `reject` (ids), with `edits` ({id: {field: value}}) for accepted and merged ones and
    `reasons` ({id: text}) for rejected ones. Short ids (C01) are the source's. Check
    everything first; raise InputError listing every problem (nothing written), else
    write evidence.yaml and the candidates file and return the Outcome. Holds the ingest
    lock meanwhile, so two reviews cannot take the same claim id."""
    from .add_source import ingest_lock

    with ingest_lock(paths):
        return _review(paths, source_id, accept=accept, reject=reject, merge=merge,
                       edits=edits, reasons=reasons, today=today)


def _review(paths: ProjectPaths, source_id: str, *, accept, reject, merge, edits, reasons,
            today) -> Outcome:
    today = today or dt.date.today()
    full = lambda cid: _full_id(str(cid), source_id)  # noqa: E731
    accept = [full(c) for c in accept]
    reject = [full(c) for c in reject]
    merge = {full(c): str(e) for c, e in (merge or {}).items()}
    edits = {full(c): dict(v) for c, v in (edits or {}).items()}
    reasons = {full(c): r for c, r in (reasons or {}).items()}
    cf = cand.read_candidates(paths, source_id)
    cfile = str(cf.path)
    problems = []
    actions = {}
    for cid, what in [*((c, "accept") for c in accept), *((c, "merge") for c in merge),
                      *((c, "reject") for c in reject)]:
        if cid in actions:
            problems.append(Problem(cfile, f"named twice ({actions[cid]} and {what}): "
                                           "give each candidate one action", record=cid))
        actions[cid] = what
    known = [c["id"] for c in cf.entries]
    for cid in actions:
        c = cf.get(cid)
        if c is None:
            problems.append(Problem(cfile, f"no such candidate (this file has "
                                           f"{', '.join(known) or 'none'})", record=cid))
        elif c.get("status") != "pending":
            done = c.get("claim") or c.get("merged_into")
            problems.append(Problem(cfile, f"already {c.get('status')}"
                                           + (f" ({done})" if done else "")
                                           + ": only pending candidates are reviewed",
                                    record=cid, field="status", line=cf.line_of(cid, "status")))
    for cid, ed in edits.items():
        if actions.get(cid) not in ("accept", "merge"):
            problems.append(Problem(cfile, "edits apply to a candidate accepted or merged in "
                                           "the same review", record=cid))
            continue
        allowed = (*CLAIM_EDITS, *QUOTE_EDITS) if actions[cid] == "accept" \
            else (*QUOTE_EDITS, "note")
        done = "accepted" if actions[cid] == "accept" else "merged"
        for name in ed:
            if name not in allowed:
                problems.append(Problem(cfile, f"cannot be edited when a candidate is {done} "
                                               f"(editable: {', '.join(allowed)})",
                                        record=cid, field=name))
        for name in list(ed):
            try:
                ed[name] = _coerce(name, ed[name], cfile)
            except InputError as err:
                problems += [dataclasses.replace(p, record=cid) for p in err.problems]
    if problems:
        raise InputError(problems)

    group, texts, hyp, entries = _inputs(paths)
    if source_id not in texts:
        raise InputError([Problem(str(paths.sources_file), f"no source {source_id!r} (the "
                                                           "candidates file names it)")])
    from ..inputs.evidence import validate_claims
    from ..inputs.files import Entry
    from ..inputs.hypotheses import check_ratings

    outcome = Outcome(source_id)
    rel = f"seeds/candidates/{cf.path.name}"
    order = [c["id"] for c in cf.entries]
    accepted = sorted((c for c in actions if actions[c] == "accept"), key=order.index)
    ids = _next_claim_ids([e.values.get("id") for e in entries], len(accepted))
    new_claims = []
    for cid, eid in zip(accepted, ids):
        c, ed = cf.get(cid), edits.get(cid, {})
        values = _claim_values(c, eid, source_id, ed, hyp,
                               f"From candidate {cid} ({rel}), accepted by axis-report review "
                               f"on {today.isoformat()}.")
        line_of = lambda name, cid=cid: cf.line_of(cid, name)  # noqa: E731
        claims, found = validate_claims([Entry(values, cf.line_of(cid) or 0, {})], texts,
                                        cfile, group=group)
        if hyp is not None and claims:
            found += check_ratings(claims, hyp, cfile)
        problems += [_relocate(p, cfile, f"{cid} (as new claim {eid})", line_of)
                     for p in found]
        new_claims.append(values)
        outcome.accepted.append((cid, eid))
        if not ed.get("claim"):
            outcome.hints.append(f"{eid} has no claim sentence: add one in evidence.yaml, or "
                                 f"next time give --set {cid}.claim='...'")
    by_id = {e.values.get("id"): e for e in entries}
    merged = []
    for cid in (c for c in order if actions.get(c) == "merge"):
        c, ed, eid = cf.get(cid), edits.get(cid, {}), merge[cid]
        target = by_id.get(eid)
        if target is None:
            problems.append(Problem(cfile, f"cannot merge into {eid!r}: no such claim in "
                                           f"{paths.evidence_file}", record=cid,
                                    field="merge"))
            continue
        q = _quote_values(c, source_id, ed, [])
        q["note"] = " ".join([*([ed["note"]] if ed.get("note") else []),
                              f"From candidate {cid} ({rel}), merged by axis-report review on "
                              f"{today.isoformat()}."])
        old_quotes = list(target.values.get("quotes") or [])
        values = {**target.values, "quotes": [*old_quotes, q]}
        item_lines = dict(target.item_lines)
        item_lines["quotes"] = [*(item_lines.get("quotes") or [None] * len(old_quotes)),
                                (cf.line_of(cid) or 0, {})]
        _claims, found = validate_claims([Entry(values, target.line, target.field_lines,
                                                item_lines)], texts,
                                         str(paths.evidence_file), group=group)
        mine = f"quotes[{len(old_quotes) + 1}]."
        for p in found:
            if p.field and (p.field.startswith(mine) or p.field == "quotes"):
                problems.append(_relocate(p, cfile, f"{cid} (merged into {eid})",
                                          lambda name, cid=cid: cf.line_of(cid, name)))
            else:
                problems.append(p)
        for name in ("scope", "stance", "domain"):
            theirs = target.values.get(name)
            if c.get(name) and theirs and c.get(name) != theirs:
                outcome.warnings.append(f"{cid} was proposed as {name} {c.get(name)!r}; {eid} "
                                        f"is {theirs!r}: the quote now supports {eid} as coded")
        merged.append((cid, eid, q))
        outcome.merged.append((cid, eid))
    if problems:
        raise InputError(problems)

    # bytes decoded as they are: CRLF line endings, if the analyst's editor wrote them, stay
    old = paths.evidence_file.read_bytes().decode("utf-8") if paths.evidence_file.exists() \
        else ""
    new = old
    for _cid, eid, q in merged:
        new = yamlio.insert_list_item(paths.evidence_file, new, eid, "quotes", q)
    if new_claims:
        new = yamlio.append_entries(
            paths.evidence_file, new, [yamlio.entry_text(v) for v in new_claims],
            comment=f"--- {source_id}: claims accepted from {rel} (axis-report review, "
                    f"{today.isoformat()}) ---")
    if new != old:
        lost = yamlio.only_additions(old, new)
        if lost:
            raise InputError([Problem(str(paths.evidence_file), "refusing to write: the "
                                      f"edit would change {len(lost)} existing line(s)")])
        _check_whole_file(paths, new, texts, group, hyp)

    for cid, eid in outcome.accepted:
        _mark(cf.get(cid), "accepted", today, claim=eid, edits=edits.get(cid))
    for cid, eid in outcome.merged:
        _mark(cf.get(cid), "merged", today, merged_into=eid, edits=edits.get(cid))
    for cid in (c for c in order if actions.get(c) == "reject"):
        _mark(cf.get(cid), "rejected", today, reason=reasons.get(cid) or None)
        outcome.rejected.append(cid)
    from ..publish import publish

    files = {cf.path: cf.text().encode("utf-8")}
    if new != old:
        files[paths.evidence_file] = new.encode("utf-8")
    publish(files)
    return outcome


def _mark(c, status: str, today: dt.date, **extra) -> None:
    c["status"] = status
    c["reviewed"] = today
    for key, value in extra.items():
        if value:
            c[key] = yamlio.styled(value, key)


# --- showing the candidates ----------------------------------------------------------------

_CONTEXT = 280   # characters of context shown on each side of a quote


def _context(text: str, c) -> dict:
    quote, start, end = c.get("quote") or "", c.get("start"), c.get("end")
    if not (isinstance(start, int) and isinstance(end, int) and text[start:end] == quote
            and quote):
        at = text.find(quote) if quote else -1
        if at < 0:
            return dict(found=False, before="", quote=quote, after="", start=None, end=None)
        start, end = at, at + len(quote)
    lo = max(0, start - _CONTEXT)
    if lo > 0:
        space = text.find(" ", lo, start)
        lo = space + 1 if space >= 0 else lo
    hi = min(len(text), end + _CONTEXT)
    if hi < len(text):
        space = text.rfind(" ", end, hi)
        hi = space if space >= 0 else hi
    return dict(found=True, before=("\u2026" if lo > 0 else "") + text[lo:start],
                quote=text[start:end],
                after=text[end:hi] + ("\u2026" if hi < len(text) else ""),
                start=start, end=end)


def _codes(c) -> str:
    scope = c.get("scope")
    if scope == "dyads":
        where = ", ".join(map(str, c.get("dyads") or [])) or "no dyads"
    elif scope == "hub":
        where = f"hub {c.get('hub')}"
    else:
        where = str(scope or "no scope")
    return " \u00b7 ".join(str(x) for x in (where, c.get("domain"), c.get("stance")) if x)


def candidate_rows(paths: ProjectPaths, source_id: str) -> dict:
    """Return what the review page shows for one source: the source's title, outlet and
    date, counts by status, and one row per candidate (id, status, codes, confidence,
    cues, who says it, and the quote in its context: before, quote, after)."""
    from ..inputs.files import read_text
    from ..inputs.sources import load_sources

    cf = cand.read_candidates(paths, source_id)
    sources, _texts = load_sources(paths.sources_file)
    row = sources.loc[sources["source_id"] == source_id]
    if row.empty:
        raise InputError([Problem(str(paths.sources_file), f"no source {source_id!r}")])
    src = row.iloc[0]
    text = read_text(paths.seeds / src["file"])
    rows = []
    for c in cf.entries:
        said = c.get("attribution") or "article"
        if said == "named" and c.get("analyst"):
            said = f"named: {c.get('analyst')}"
        confidence = c.get("confidence")
        pending = c.get("status") == "pending"   # the hints are for candidates not yet reviewed
        rows.append(dict(id=c.get("id"), status=c.get("status"), codes=_codes(c),
                         confidence=(f"{confidence:.2f}"
                                     if isinstance(confidence, (int, float)) else ""),
                         cues=", ".join(map(str, c.get("cues") or [])), said=said,
                         countries=" ".join(map(str, c.get("countries") or [])),
                         check=pair_check(c) if pending else "",
                         stance_check=stance_check(c) if pending else "",
                         outcome=c.get("claim") or c.get("merged_into") or "",
                         reason=c.get("reason") or "", **_context(text, c)))
    counts = {s: sum(1 for r in rows if r["status"] == s) for s in cand.STATUSES}
    return dict(source_id=source_id, title=src["title"], outlet=src["outlet"],
                date=src["date"], file=str(cf.path.relative_to(paths.root)), counts=counts,
                rows=rows)


def show_candidates(source_id: str, project: str = "", *, paths: ProjectPaths | None = None):
    """Return one source's candidates as HTML (a `Block`): each quote highlighted in its
    context, with its codes, status and what became of it."""
    from ..html import render

    paths = paths or find_project(Path(project) if project else None)
    return render("review_candidates.html.j2", **candidate_rows(paths, source_id))


class Review:
    """A notebook's handle on one source's candidates.

        review = Review("S012")
        review.show()                                   # the candidates, in context
        review.accept("S012-C01")                       # as proposed
        review.accept("C02", dyads=["CHN-RUS"], weight=2, credibility=3,
                      claim="China and Russia ...")     # with edits
        review.merge("C03", "E006")                     # a further quote of E006
        review.reject("C04", reason="not about the four")

    Each call writes at once (evidence.yaml, the candidates file) and returns its Outcome;
    a problem raises InputError naming the file, candidate and field, and writes nothing.
    """

    def __init__(self, source: str = "", project: str = ""):
        self.paths = find_project(Path(project) if project else None)
        if not source:
            waiting = {s: n for s, n in cand.pending_counts(self.paths).items() if n}
            if not waiting:
                raise InputError([Problem(str(cand.candidates_dir(self.paths)),
                                          "no candidates await review: give a source id")])
            source = max(waiting, key=lambda s: (waiting[s], s))
        self.source = source

    def show(self):
        """The candidates, each quote highlighted in its context (HTML)."""
        return show_candidates(self.source, paths=self.paths)

    def _repr_html_(self) -> str:
        return self.show().markup

    def pending(self) -> list:
        """The ids of the candidates awaiting review."""
        cf = cand.read_candidates(self.paths, self.source)
        return [c["id"] for c in cf.entries if c.get("status") == "pending"]

    def accept(self, candidate: str, **edits) -> Outcome:
        """Make the candidate a new claim, with `edits` (claim, scope, dyads, hub, domain,
        stance, weight, event_date, asserts, ach, note, quote, attribution, analyst,
        affiliation, credibility)."""
        return review_source(self.paths, self.source, accept=[candidate],
                             edits={candidate: edits} if edits else None)

    def merge(self, candidate: str, into: str, **edits) -> Outcome:
        """Add the candidate's quote to the existing claim `into`, with `edits` (quote,
        attribution, analyst, affiliation, credibility, note)."""
        return review_source(self.paths, self.source, merge={candidate: into},
                             edits={candidate: edits} if edits else None)

    def reject(self, candidate: str, reason: str = "") -> Outcome:
        """Mark the candidate rejected (kept in its file, never proposed again)."""
        return review_source(self.paths, self.source, reject=[candidate],
                             reasons={candidate: reason} if reason else None)
