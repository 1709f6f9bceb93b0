"""The brief model: what a one-to-two page brief on one focus (a country and its dyads,
or one dyad) shows, computed once by `build_brief`, a pure function."""

from dataclasses import dataclass, field

import pandas as pd

from .. import prose, vocab
from ..analysis import tables
from ..analysis.corroboration import corroborate_claims
from ..analysis.factcheck import check_claims
from ..analysis.focus import Focus, diff_snapshots, parse_focus, select_for_focus, snapshot_records
from ..analysis.judgments import before_invasion, derive_key_judgments
from ..analysis.staleness import age_days, age_words, staleness
from ..analysis.treaties import obligations_in_force
from ..inputs import Inputs
from ..inputs.settings import DEFAULT_HANDLING
from ..inputs.sources import sources_as_of
from .params import Params
from .scope import check_scope

__all__ = ["Brief", "build_brief", "focus_treaties", "focus_alliances", "focus_un_votes",
           "contradicted_claims", "obligations_words", "newest_on_focus_alone",
           "CHANGE_KINDS", "UN_YEARS", "STALE_AFTER_DAYS", "SHOWN_CLAIMS", "SHOWN_CLAIMS_COUNTRY"]

# How a record can differ from the previous edition (`focus.diff_snapshots`), in the
# order a brief lists them.
CHANGE_KINDS = ("added", "removed", "changed")
# How many of the latest UN General Assembly session years a dyad brief shows.
UN_YEARS = 5
TREATY_COLUMNS = ["treaty_id", "name", "dyad", "signed", "kind", "status", "defence",
                  "obligations"]
VOTE_COLUMNS = ["dyad", "year", "n_common", "agreement", "agreement_percentile"]
# How many claims, with their quotes, a brief shows as its strongest evidence: fewer on a
# country, whose bottom line runs longer, so that its brief keeps to two pages.
SHOWN_CLAIMS = 5
SHOWN_CLAIMS_COUNTRY = 3
# Used when a caller gives no `stale_after_days` (the notebook's parameters cell declares
# the parameter and its default).
STALE_AFTER_DAYS = 90


@dataclass
class Brief:
    """Everything a brief shows."""

    focus: Focus
    as_of: str
    edition: str
    previous_edition: str
    evidence: pd.DataFrame
    dyads_table: pd.DataFrame
    domain_table: pd.DataFrame
    judgments: list
    strongest: pd.DataFrame          # one row per record, weightiest and most credible first
    changes: pd.DataFrame | None     # None for a first edition
    change_counts: dict              # change kind -> records (every kind); {} for a first edition
    sources: pd.DataFrame
    defence_dyads: set
    pending_review: int = 0          # candidate claims awaiting review: never counted
    newest: str | None = None        # the newest date of a source quoted on the focus
    stale_after_days: int = STALE_AFTER_DAYS
    group: tuple = vocab.DEFAULT_GROUP  # the project's countries
    treaties: pd.DataFrame = field(default_factory=lambda: pd.DataFrame(columns=TREATY_COLUMNS))
                                     # the focus's agreements in force or signed on
                                     # `as_of` (`focus_treaties`, then `_current`)
    ended: pd.DataFrame = field(default_factory=lambda: pd.DataFrame(columns=TREATY_COLUMNS))
                                     # its agreements that had ended by `as_of`
    alliances: list = field(default_factory=list)   # ATOP / COW codings per dyad:
                                     # {dataset, dyad, first, last, obligations}
    un_votes: pd.DataFrame = field(default_factory=lambda: pd.DataFrame(columns=VOTE_COLUMNS))
                                     # (`focus_un_votes`) dyad, year, n_common,
                                     # agreement, agreement_percentile (the latest years)
    un_votes_end: str = "the vote data end there"  # why the UN figures stop where they do
    handling: str = DEFAULT_HANDLING  # the project's handling line (settings `handling`)
    prepared_by: str = ""            # the project's author and organisation, when set
    set_aside: tuple = ()            # ids of the focus's claims the reference data
                                     # contradict: shown, never counted
    newest_alone: str | None = None  # a dyad brief: the newest date of a claim on that
                                     # pair alone, when older than `newest`

    @property
    def n_claims(self) -> int:
        """How many claims on the focus the brief counts (contradicted ones set aside)."""
        if self.evidence.empty:
            return 0
        return int(self.evidence["record_id"].nunique()) - len(self.set_aside)

    @property
    def alone_note(self) -> str | None:
        """The sentence saying how old the newest claim on the pair alone is, when the
        newer claims on it concern several pairs at once (a hub claim such as 'Iran and
        the other three') and are more than `stale_after_days` newer; None otherwise."""
        if not self.newest_alone or not self.edition:
            return None
        names = vocab.pair_words(self.focus.dyads[0])
        return (f"The newest claim on {names} alone is dated {self.newest_alone}, "
                f"{age_words(age_days(self.newest_alone, self.edition))} before this date "
                "of issue; the later ones concern several pairs at once.")

    @property
    def no_evidence(self) -> bool:
        """True when the coded sources hold no claim on the focus (a gap, not a finding)."""
        return self.evidence.empty

    @property
    def stale(self) -> str | None:
        """The sentence saying the newest evidence on the focus is older than
        `stale_after_days` before the edition, or None."""
        if not self.newest or not self.edition:
            return None
        return staleness(self.newest, self.edition, self.stale_after_days)

    @property
    def shown_ids(self) -> list:
        """The ids of the claims whose quotes the brief shows (its strongest evidence)."""
        n = SHOWN_CLAIMS_COUNTRY if self.focus.kind == "country" else SHOWN_CLAIMS
        return [] if self.strongest.empty else self.strongest["record_id"].head(n).tolist()


def obligations_words(obligations: dict) -> str:
    """What an agreement obliges its parties to, in words: 'defence and non-aggression'
    for the obligations coded True ('...; the others unknown' when some are coded
    unknown), 'unknown' when none is coded True and some are unknown (a text never
    published), 'none' when every one is coded False."""
    named = prose.join([k.replace("_", "-") for k in vocab.OBLIGATIONS
                        if obligations.get(k) is True])
    unknown = any(obligations.get(k) is None for k in vocab.OBLIGATIONS)
    if named:
        return f"{named}; the others unknown" if unknown else named
    return "unknown" if unknown else "none"


def _treaty_status(t: dict, as_of: str) -> str:
    """What an agreement is on `as_of`: in force, ended (when), or signed and not (yet)
    in force."""
    start = t["in_force"] if isinstance(t["in_force"], str) and t["in_force"] else t["signed"]
    ended = t["ended"] if isinstance(t["ended"], str) and t["ended"] else ""
    if ended and ended <= as_of:
        return f"ended {ended}"
    if start > as_of:
        return f"signed, in force from {start}"
    return "in force"


def focus_treaties(treaties: pd.DataFrame, dyads, as_of: str) -> pd.DataFrame:
    """Return the project's agreements on `dyads`, one row per agreement and dyad, with
    their status on `as_of` and their obligations in words, oldest first."""
    rows = []
    for t in treaties.to_dict("records"):
        if t["signed"] > as_of:  # not yet signed on the date the brief speaks for
            continue
        for d in str(t["dyads"]).split():
            if d in dyads:
                obligations = {k: (None if pd.isna(t[k]) else bool(t[k]))
                               for k in vocab.OBLIGATIONS}
                rows.append({"treaty_id": t["treaty_id"], "name": t["name"], "dyad": d,
                             "signed": t["signed"], "kind": t["kind"],
                             "status": _treaty_status(t, as_of),
                             # True, False, or None where the text is not known
                             "defence": obligations["defence"],
                             "obligations": obligations_words(obligations)})
    return pd.DataFrame(rows, columns=TREATY_COLUMNS).sort_values(
        ["signed", "treaty_id", "dyad"], ignore_index=True)


def focus_alliances(atop: pd.DataFrame, cow: pd.DataFrame, dyads) -> list:
    """Return what the reference datasets (ATOP, COW) code for each of `dyads`: the span
    of years coded and the obligations of the last one."""
    out = []
    for dataset, frame in (("ATOP", atop), ("COW", cow)):
        if frame is None or frame.empty:
            continue
        for d in dyads:
            rows = frame[frame["dyad"].astype(str) == d].sort_values("year")
            if rows.empty:
                continue
            last = rows.iloc[-1]
            kinds = [c for c in rows.columns if c not in ("dyad", "year")]
            out.append({"dataset": dataset, "dyad": d, "first": int(rows["year"].iloc[0]),
                        "last": int(last["year"]), "obligations": prose.join([
                            k.replace("_", "-") for k in kinds
                            if not pd.isna(last[k]) and bool(last[k])])})
    return out


def un_year_cap(as_of: str) -> int | None:
    """The last UN General Assembly year a brief speaking for `as_of` (YYYY-MM-DD) may
    show: the year before, unless `as_of` is the year's last day; None without a date."""
    if not as_of:
        return None
    year = int(as_of[:4])
    return year if as_of[5:10] >= "12-31" else year - 1


def _un_votes_end(alignment, as_of: str) -> str:
    """Why the UN figures stop where they do: the data end, or the brief's date."""
    cap = un_year_cap(as_of)
    if alignment is None or alignment.empty:
        return "the vote data end there"
    last = int(alignment["year"].max())
    if cap is None or cap >= last:
        if before_invasion(last):  # said as the report's judgment says it
            return f"the vote data end there, {before_invasion(last)}"
        return "the vote data end there"
    return f"the last full year before {as_of}"


def focus_un_votes(alignment: pd.DataFrame | None, dyads, *, years: int = UN_YEARS,
                   as_of: str = "") -> pd.DataFrame:
    """Return UN General Assembly agreement for `dyads` over the latest `years` session
    years of the votes (none later than `un_year_cap(as_of)`): dyad, year, n_common,
    agreement, agreement_percentile (its percentile among all pairs of the assembly that
    year). Empty without votes."""
    columns = VOTE_COLUMNS
    if alignment is None or alignment.empty:
        return pd.DataFrame(columns=columns)
    cap = un_year_cap(as_of)
    if cap is not None:
        alignment = alignment[alignment["year"] <= cap]
        if alignment.empty:
            return pd.DataFrame(columns=columns)
    pairs = alignment.assign(dyad=alignment["country_a"] + "-" + alignment["country_b"])
    pairs = pairs[pairs["dyad"].isin(list(dyads))]
    last = int(alignment["year"].max())
    pairs = pairs[pairs["year"] > last - years]
    order = {d: i for i, d in enumerate(dyads)}
    return pairs.sort_values(["dyad", "year"], key=lambda c: c.map(order) if c.name == "dyad"
                             else c, ignore_index=True)[columns]


def _current(treaties: pd.DataFrame) -> pd.DataFrame:
    """The agreements a brief lists, country and dyad alike: those in force on its date
    and those signed but not yet in force; ended ones are the report's timeline."""
    return treaties[~treaties["status"].str.startswith("ended")].reset_index(drop=True)


def contradicted_claims(inputs: Inputs, alignment: pd.DataFrame | None) -> set:
    """Return the ids of the claims the reference data contradict: a brief shows them
    flagged and counts none of them, and the briefs index counts as the briefs do."""
    records = inputs.evidence.drop_duplicates("record_id")
    checks = _fact_check(inputs, records, alignment)
    return set(checks.loc[checks["status"].astype(str) == "contradicted", "record_id"])


def _fact_check(inputs: Inputs, records: pd.DataFrame, alignment) -> pd.DataFrame:
    return check_claims(records, source_dates=dict(zip(inputs.sources["source_id"],
                                                       inputs.sources["date"])),
                        treaties=inputs.treaties, atop=inputs.atop, alignment=alignment,
                        cow=inputs.cow)


def newest_on_focus_alone(records, focus: Focus, dates: dict, *,
                          gap_days: int = 0) -> str | None:
    """For a dyad, the newest source date of a claim naming no country besides the pair's
    two (`records`: dicts with `countries` and `sources`, space-separated; `dates`: source
    id -> ISO date), when it is more than `gap_days` older than the newest of all its
    claims (a hub or group claim, such as 'Iran and the other three', can be newer); else
    None. Those wider claims are counted on the pair, so its newest evidence is theirs,
    but they say less about the pair itself."""
    if focus.kind != "dyad":
        return None
    pair = set(vocab.split_dyad(focus.dyads[0]))
    every, alone = [], []
    for r in records:
        known = [dates[s] for s in str(r["sources"] or "").split() if s in dates]
        every += known
        if set(str(r["countries"] or "").split()) <= pair:
            alone += known
    if not every or not alone or age_days(max(alone), max(every)) <= max(gap_days, 0):
        return None
    return max(alone)


def _strongest(rows: pd.DataFrame) -> pd.DataFrame:
    """One row per claim, weightiest and best corroborated first, with its dyads."""
    recs = (rows.groupby("record_id", sort=True)
            .agg(claim=("claim", "first"), quote=("quote", "first"), stance=("stance", "first"),
                 domain=("domain", "first"), weight=("weight", "first"),
                 credibility=("credibility", "first"), attribution=("attribution", "first"),
                 analyst=("analyst", "first"), affiliation=("affiliation", "first"),
                 source_id=("source_id", "first"), reliability=("best_reliability", "first"),
                 n_independent=("n_independent", "first"), check=("check", "first"),
                 dyads=("dyad", lambda s: ", ".join(sorted(map(str, s)))))
            .reset_index())
    return recs.sort_values(["weight", "credibility", "n_independent", "record_id"],
                            ascending=[False, True, False, True], ignore_index=True)


def build_brief(inputs: Inputs, params: Params, *, alignment: pd.DataFrame | None = None,
                previous_snapshot=None) -> Brief:
    """Return the Brief for checked `params` (focus, as_of, edition, previous_edition).

    `alignment` (from `model.unvotes.load_alignment`) lets the fact check flag
    contradicted claims; `previous_snapshot` is the previous edition's record snapshot (a
    list of dicts), None for a first edition. Contradicted claims are flagged and left
    out of the counts and judgments.
    """
    f = parse_focus(params.focus, inputs.group)
    # an as_of that leaves no claim at all is an error naming it; a focus with no coded
    # claim of its own is not: it gets the brief designed for a gap
    check_scope(inputs, {"as_of": params.get("as_of") or ""})
    as_of, in_time = sources_as_of(inputs.sources, params.get("as_of") or None)
    quotes = inputs.quotes[inputs.quotes["source_id"].isin(in_time)]
    evidence = inputs.evidence[inputs.evidence["record_id"].isin(set(quotes["record_id"]))]
    rows = select_for_focus(evidence, f)
    # What an edition showed, as the grid keys and archives it (typed fields only).
    snapshot = snapshot_records(rows)
    quotes = quotes[quotes["record_id"].isin(set(rows["record_id"]))]
    records = rows.drop_duplicates("record_id")
    fact_check = _fact_check(inputs, records, alignment)
    checks = dict(zip(fact_check["record_id"], fact_check["status"].astype(str)))
    corroboration = corroborate_claims(quotes, inputs.sources, checks)
    derived = corroboration.set_index("record_id")
    rows = rows.assign(check=rows["record_id"].map(checks), **{
        col: rows["record_id"].map(derived[col]) for col in
        ("credibility", "n_independent", "roots", "best_reliability", "contradicted")})
    counted = rows[~rows["contradicted"].astype(bool)] if len(rows) else rows
    pacts = obligations_in_force(inputs.treaties, as_of)
    dyad_rows = counted[counted["dyad"].astype(str).isin(f.dyads)]
    domain_table = tables.tabulate_dyad_domain(
        dyad_rows.assign(dyad="focus"), dyads=["focus"], domains=vocab.DOMAINS).drop(
        columns="dyad")
    dyads_table = tables.tabulate_dyads(counted, dyads=list(f.dyads))
    changes = (None if previous_snapshot is None
               else diff_snapshots(previous_snapshot, snapshot))
    change_counts = ({} if changes is None
                     else {k: int((changes["change"] == k).sum()) for k in CHANGE_KINDS})
    used = inputs.sources[inputs.sources["source_id"].isin(set(quotes["source_id"]))]
    members = [c for c in inputs.group if any(c in vocab.split_dyad(d) for d in f.dyads)]
    # a country brief speaks of that country's pairs, not of the whole group's
    own = (None if f.kind == "dyad" else
           f"{vocab.country_name(f.name)}'s {prose.count(len(f.dyads), 'pair')}")
    # each claim dated by its newest source, so judgments date old evidence as the
    # report's do
    dates = tables.claim_dates(quotes, inputs.sources)
    judgments = [] if rows.empty else derive_key_judgments(
        counted, dyads_table, quotes=quotes, sources=inputs.sources,
        corroboration=corroboration, fact_check=fact_check, pacts_in_force=pacts,
        countries=members, excluded=rows[rows["contradicted"].astype(bool)],
        pairs_phrase=own, dates=dates, as_of=as_of)
    agreements = focus_treaties(inputs.treaties, f.dyads, as_of)
    if f.kind == "dyad":  # the across-the-pairs judgment only restates the dyad's own
        judgments = [j for j in judgments if j.topic != "pairs"]
    return Brief(
        focus=f, as_of=as_of, edition=params.get("edition") or "",
        previous_edition=params.get("previous_edition") or "", evidence=rows,
        dyads_table=dyads_table, domain_table=domain_table, judgments=judgments,
        strongest=_strongest(rows) if len(rows) else rows, changes=changes,
        change_counts=change_counts,
        sources=used,
        defence_dyads=set(pacts.loc[pacts["defence"].fillna(False).astype(bool), "dyad"])
        & set(f.dyads),
        newest=used["date"].max() if len(used) else None,
        newest_alone=newest_on_focus_alone(
            snapshot, f, dict(zip(used["source_id"], used["date"])),
            gap_days=int(params.get("stale_after_days", STALE_AFTER_DAYS))),
        set_aside=tuple(sorted(set(rows.loc[rows["contradicted"].astype(bool), "record_id"]))),
        handling=inputs.settings.handling,
        prepared_by=", ".join(x for x in (inputs.settings.author,
                                          inputs.settings.organisation) if x),
        stale_after_days=int(params.get("stale_after_days", STALE_AFTER_DAYS)),
        group=tuple(inputs.group),
        treaties=_current(agreements),
        ended=agreements[agreements["status"].str.startswith("ended")].reset_index(drop=True),
        # the datasets' codings are a dyad brief's detail: a country brief stays short
        alliances=focus_alliances(inputs.atop, inputs.cow, f.dyads) if f.kind == "dyad" else [],
        un_votes=focus_un_votes(alignment, f.dyads, years=UN_YEARS if f.kind == "dyad" else 1,
                                as_of=params.get("as_of") or ""),
        un_votes_end=_un_votes_end(alignment, params.get("as_of") or ""),
    )
