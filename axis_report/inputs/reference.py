"""Reference data: UN General Assembly votes, ATOP and COW alliance extracts, and the
hand-coded treaties table. Loading goes through `inputs` (checked columns and
types); everything else here is pure.
"""

from pathlib import Path

import pandas as pd

from .. import vocab
from ..errors import InputError, Problem
from ..vocab import OBLIGATIONS
from .checks import MAX_NAME_CHARS, checked_entries, member
from .files import read_csv_table

__all__ = ["TREATY_FIELDS", "CITATIONS", "load_unga", "load_atop", "load_cow", "load_treaties"]

COW_TO_ISO3 = {cow: iso for iso, cow in vocab.ISO3_TO_COW.items()}
CITATIONS = {
    "unga": "Voeten, E. (2013), 'Data and Analyses of Voting in the UN General Assembly', "
            "Routledge Handbook of International Organization; Bailey, Strezhnev and Voeten "
            "(2017), Journal of Conflict Resolution 61(2). Roll calls to January 2020 "
            "(session 74), via the R package unvotes.",
    "atop": "Leeds, Ritter, Mitchell and Long (2002), 'Alliance Treaty Obligations and "
            "Provisions, 1815-1944', International Interactions 28: 237-260; ATOP v5.1 "
            "dyad-years 1990-2018.",
    "cow": "Gibler (2009), International Military Alliances, 1648-2008, CQ Press; COW Formal "
           "Alliances v4.1 dyad-years 1990-2012.",
}

_VOTES = {"rcid": "int", "country": "str", "country_code": "str?",
          "vote": ("yes", "no", "abstain")}
_ROLL_CALLS = {"rcid": "int", "session": "int", "date": "date",
               "unres": "str?", "short": "str?"}
_ATOP = {"ccode1": "int", "ccode2": "int", "year": "int", "atop_defense": "flag",
         "atop_offense": "flag", "atop_neutral": "flag", "atop_nonagg": "flag",
         "atop_consul": "flag"}
_COW = {"ccode1": "int", "ccode2": "int", "year": "int", "cow_defense": "flag",
        "cow_neutral": "flag", "cow_nonagg": "flag", "cow_entente": "flag"}


def load_unga(votes_file: Path, roll_calls_file: Path) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Return (votes, roll_calls). Votes: rcid, country, country_code, vote (categorical);
    roll calls gain `year`, the year their session opened (1945 + session)."""
    votes = read_csv_table(votes_file, _VOTES)
    roll_calls = read_csv_table(roll_calls_file, _ROLL_CALLS)
    votes["vote"] = pd.Categorical(votes["vote"], categories=["yes", "abstain", "no"])
    roll_calls["year"] = 1945 + roll_calls["session"]
    # Three former states have no ISO code in the data (Yemen Arab Republic, Zanzibar,
    # Federal Republic of Germany): their name stands in as their code.
    names = votes["country"].astype(object)
    votes["country_code"] = votes["country_code"].astype(object).fillna(names)
    for col in ("country", "country_code"):
        votes[col] = votes[col].astype("category")
    unknown = ~votes["rcid"].isin(roll_calls["rcid"])
    if unknown.any():
        raise InputError([Problem(str(votes_file),
                                  f"{int(unknown.sum())} votes name a roll call (rcid) that is "
                                  "not in unga_roll_calls.csv.gz", field="rcid")])
    return votes, roll_calls


def _dyads_from_cow(frame: pd.DataFrame, path: Path) -> pd.Series:
    """Return each row's dyad (CHN-RUS form); raise InputError naming the line of a row
    whose country codes are not two different known COW codes."""
    a = frame["ccode1"].map(COW_TO_ISO3)
    b = frame["ccode2"].map(COW_TO_ISO3)
    bad = (a.isna() | b.isna() | (a == b)).to_numpy()
    if bad.any():
        rows = [int(i) for i in bad.nonzero()[0][:10]]
        raise InputError([Problem(str(path), f"ccode1 {frame['ccode1'].iat[i]} and ccode2 "
                                             f"{frame['ccode2'].iat[i]} are not two different "
                                             "known COW country codes "
                                             f"({', '.join(map(str, sorted(COW_TO_ISO3)))})",
                                  line=i + 2, field="ccode1") for i in rows])
    return pd.Series([vocab.dyad_code(x, y) for x, y in zip(a, b)], index=frame.index)


def load_atop(path: Path) -> pd.DataFrame:
    """Return ATOP dyad-years: dyad (CHN-RUS form), year and the five obligations as bools."""
    raw = read_csv_table(path, _ATOP)
    out = pd.DataFrame({"dyad": _dyads_from_cow(raw, path), "year": raw["year"]})
    for ours, theirs in zip(OBLIGATIONS, ("atop_defense", "atop_offense", "atop_neutral",
                                          "atop_nonagg", "atop_consul")):
        out[ours] = raw[theirs].astype(bool)
    return out.sort_values(["dyad", "year"], ignore_index=True)


def load_cow(path: Path) -> pd.DataFrame:
    """Return COW alliance dyad-years (undirected): dyad, year, defence, neutrality,
    non_aggression, entente."""
    raw = read_csv_table(path, _COW)
    out = pd.DataFrame({"dyad": _dyads_from_cow(raw, path), "year": raw["year"],
                        "defence": raw["cow_defense"].astype(bool),
                        "neutrality": raw["cow_neutral"].astype(bool),
                        "non_aggression": raw["cow_nonagg"].astype(bool),
                        "entente": raw["cow_entente"].astype(bool)})
    return out.drop_duplicates(["dyad", "year"]).sort_values(["dyad", "year"],
                                                              ignore_index=True)


TREATY_FIELDS = ("id", "name", "parties", "kind", "signed", "in_force", "in_force_note",
                  "ended", "obligations", "provisions", "citation")


_TREATY_COLUMNS = ["treaty_id", "name", "kind", "signed", "in_force", "in_force_note", "ended",
                   "provisions", "citation", "parties", "dyads", *OBLIGATIONS]


def load_treaties(path: Path, *, group=vocab.DEFAULT_GROUP) -> pd.DataFrame:
    """Return the treaties table, one row per agreement, with one column per obligation in
    pandas' nullable boolean dtype (True, False, or <NA> where the coding is `unknown`)
    and `dyads` (the pairs among `group` it binds)."""
    rows, problems = [], []
    for entry, check, tid in checked_entries(path, TREATY_FIELDS, "treaty"):
        parties = entry.values.get("parties")
        if (not isinstance(parties, list) or len(parties) < 2
                or not check.items("parties", parties)
                or any(not member(p, vocab.COUNTRY_NAMES) for p in parties)):
            check.problem("parties", "must list two or more known country codes")
            parties = None
        elif len(set(parties)) != len(parties):
            check.problem("parties", "lists a party twice")
            parties = None
        obligations = _obligations(entry.values.get("obligations"), check)
        row = dict(
            treaty_id=tid, name=check.string("name", limit=MAX_NAME_CHARS),
            kind=check.string("kind", limit=MAX_NAME_CHARS),
            signed=check.date("signed"), in_force=check.date("in_force", required=False),
            in_force_note=check.string("in_force_note", required=False),
            ended=check.date("ended", required=False),
            provisions=check.string("provisions"), citation=check.string("citation"),
        )
        if row["in_force"] is None and not row["in_force_note"]:
            check.problem("in_force", "give the date of entry into force, or an in_force_note "
                                      "saying why there is none")
        signed, in_force, ended = row["signed"], row["in_force"], row["ended"]
        if signed and in_force and in_force < signed:
            check.problem("in_force", f"{in_force} is before the agreement was signed ({signed})")
        if signed and ended and ended < signed:
            check.problem("ended", f"{ended} is before the agreement was signed ({signed})")
        elif in_force and ended and ended < in_force:
            check.problem("ended", f"{ended} is before the agreement entered into force "
                                   f"({in_force})")
        problems += check.problems
        if check.problems:
            continue
        row["parties"] = " ".join(parties)
        focus = [p for p in parties if p in group]
        row["dyads"] = " ".join(vocab.dyads_among(focus))
        row.update(obligations)
        rows.append(row)
    if problems:
        raise InputError(problems)
    frame = pd.DataFrame(rows, columns=_TREATY_COLUMNS)  # the columns even when empty
    for k in OBLIGATIONS:
        frame[k] = frame[k].astype("boolean")
    return frame


def _obligations(value, check) -> dict | None:
    """Return {obligation: True, False or pd.NA (unknown)}, or None after naming the
    problem: each obligation must be given as true, false or `unknown`."""
    words = {True: True, False: False, vocab.UNKNOWN: pd.NA}
    if (isinstance(value, dict) and set(value) == set(OBLIGATIONS)
            and all(isinstance(v, bool) or v == vocab.UNKNOWN for v in value.values())):
        return {k: words[value[k]] for k in OBLIGATIONS}
    blank = isinstance(value, dict) and any(v is None for v in value.values())
    check.problem("obligations", f"must give true, false or {vocab.UNKNOWN} for each of "
                                 f"{', '.join(OBLIGATIONS)}"
                  + (f" (write {vocab.UNKNOWN} where the text does not say, not null or "
                     "nothing)" if blank else ""))
    return None
