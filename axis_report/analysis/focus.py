"""What a brief is about, which evidence it shows, and what changed between editions.

Pure and light (no plotting imports), so the grid runner can plan a no-op run fast.
"""

from dataclasses import dataclass

import pandas as pd

from .. import vocab
from ..errors import InputError, Problem

__all__ = ["Focus", "parse_focus", "all_focuses", "select_for_focus", "snapshot_records",
           "diff_snapshots"]

_SNAPSHOT_FIELDS = ("claim", "scope", "hub", "sources", "n_quotes", "source_id", "quote",
                    "dyads", "domain", "stance", "weight", "credibility", "attribution",
                    "analyst", "affiliation", "event_date", "countries")


@dataclass(frozen=True)
class Focus:
    """What a brief is about: a country and its dyads with the other three, or one dyad."""

    name: str        # "RUS" or "IRN-RUS"
    kind: str        # "country" or "dyad"
    countries: tuple
    dyads: tuple

    @property
    def title(self) -> str:
        if self.kind == "country":
            return vocab.country_name(self.name)
        return vocab.pair_words(self.name)


def parse_focus(focus, group=vocab.DEFAULT_GROUP) -> Focus:
    """Return the Focus for 'RUS' or 'IRN-RUS' within `group`; raise InputError naming
    the parameter."""
    four = tuple(group)
    if isinstance(focus, str) and focus in four:
        dyads = tuple(d for d in vocab.dyads_among(four) if focus in vocab.split_dyad(d))
        return Focus(focus, "country", (focus,), dyads)
    if isinstance(focus, str) and "-" in focus:
        a, b = vocab.split_dyad(focus)
        if a in four and b in four and a != b:
            canonical = vocab.dyad_code(a, b)
            if canonical != focus:
                raise InputError([Problem("notebook parameters", f"write the dyad {focus!r} as "
                                          f"{canonical!r} (codes in alphabetical order)",
                                          field="focus")])
            return Focus(focus, "dyad", (a, b), (focus,))
    raise InputError([Problem("notebook parameters", f"{focus!r} is not a focus: give one of "
                                                    f"{', '.join(four)} or a dyad such as "
                                                    "IRN-RUS", field="focus")])


def all_focuses(group=vocab.DEFAULT_GROUP) -> list:
    """Return the grid's focuses in fixed order: each country of `group`, then each dyad."""
    return [parse_focus(c, group) for c in group] + [
        parse_focus(d, group) for d in vocab.dyads_among(group)]


def select_for_focus(evidence_long: pd.DataFrame, focus: Focus) -> pd.DataFrame:
    """Return the evidence rows a brief on `focus` shows: rows on its dyads and, for a
    country, the group-level rows whose record names that country."""
    dyad = evidence_long["dyad"].astype(str)
    keep = dyad.isin(focus.dyads)
    if focus.kind == "country":
        keep |= (dyad == vocab.GROUP) & evidence_long["countries"].str.split().apply(
            lambda cs: focus.name in cs)
    return evidence_long[keep].reset_index(drop=True)


def snapshot_records(rows: pd.DataFrame) -> list:
    """Return the records behind `rows` as sorted, JSON-ready dicts: what an edition
    showed, kept with it so the next edition can say what changed."""
    out = []
    for rid, group in rows.groupby("record_id", sort=True):
        first = group.iloc[0]
        rec = {"record_id": rid}
        for f in _SNAPSHOT_FIELDS:
            value = (" ".join(sorted(group["dyad"].astype(str))) if f == "dyads"
                     else first[f])
            if isinstance(value, float) and value != value:
                value = None
            rec[f] = value.item() if hasattr(value, "item") else value
        out.append(rec)
    return out


def diff_snapshots(previous, current) -> pd.DataFrame:
    """Return the records added, removed or changed between two snapshots, by record id,
    with the quote (the current one, or the removed one) and the fields that changed."""
    before = {r["record_id"]: r for r in previous or []}
    after = {r["record_id"]: r for r in current}
    rows = []
    for rid in sorted(set(before) | set(after)):
        old, new = before.get(rid), after.get(rid)
        if old is None:
            rows.append(dict(record_id=rid, change="added", quote=new["quote"], fields=""))
        elif new is None:
            rows.append(dict(record_id=rid, change="removed", quote=old["quote"], fields=""))
        elif old != new:
            changed = [k for k in new if old.get(k) != new.get(k)]
            rows.append(dict(record_id=rid, change="changed", quote=new["quote"],
                             fields=", ".join(changed)))
    return pd.DataFrame(rows, columns=["record_id", "change", "quote", "fields"])


