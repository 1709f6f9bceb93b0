"""Reference data: UN General Assembly votes, ATOP and COW alliance extracts, and the
hand-coded treaties table. Loading goes through `inputs` (checked columns and
types); everything else here is pure.
"""

from pathlib import Path

import pandas as pd

from . import vocab
from ._checks import FieldChecker
from .errors import InputError
from .inputs import read_csv_table, read_yaml_entries

__all__ = [
    "OBLIGATIONS",
    "COW_TO_ISO3",
    "ISO2_TO_ISO3",
    "CITATIONS",
    "load_unga",
    "load_atop",
    "load_cow",
    "load_treaties",
    "treaty_dyad_years",
    "obligations_in_force",
]

OBLIGATIONS = ("defence", "offence", "neutrality", "non_aggression", "consultation")
COW_TO_ISO3 = {710: "CHN", 365: "RUS", 630: "IRN", 731: "PRK", 2: "USA"}
ISO2_TO_ISO3 = {"CN": "CHN", "RU": "RUS", "IR": "IRN", "KP": "PRK", "US": "USA", "GB": "GBR",
                "FR": "FRA"}
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


def load_unga(reference_dir: Path) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Return (votes, roll_calls). Votes: rcid, country, country_code, vote (categorical);
    roll calls gain `year`, the year their session opened (1945 + session)."""
    unga = Path(reference_dir) / "unga"
    votes = read_csv_table(unga / "unga_votes_all.csv.gz", _VOTES)
    roll_calls = read_csv_table(unga / "unga_roll_calls.csv.gz", _ROLL_CALLS)
    votes["vote"] = pd.Categorical(votes["vote"], categories=["yes", "abstain", "no"])
    roll_calls["year"] = 1945 + roll_calls["session"]
    # Three former states have no ISO code in the data (Yemen Arab Republic, Zanzibar,
    # Federal Republic of Germany): their name stands in as their code.
    votes["country_code"] = votes["country_code"].astype(object).fillna(votes["country"].astype(object))
    for col in ("country", "country_code"):
        votes[col] = votes[col].astype("category")
    unknown = ~votes["rcid"].isin(roll_calls["rcid"])
    if unknown.any():
        from .errors import Problem

        raise InputError([Problem(str(unga / "unga_votes_all.csv.gz"),
                                  f"{int(unknown.sum())} votes name a roll call (rcid) that is "
                                  "not in unga_roll_calls.csv.gz", field="rcid")])
    return votes, roll_calls


def _dyads_from_cow(frame: pd.DataFrame) -> pd.Series:
    a = frame["ccode1"].map(COW_TO_ISO3)
    b = frame["ccode2"].map(COW_TO_ISO3)
    return pd.Series([vocab.dyad_code(x, y) for x, y in zip(a, b)], index=frame.index)


def load_atop(path: Path) -> pd.DataFrame:
    """Return ATOP dyad-years: dyad (CHN-RUS form), year and the five obligations as bools."""
    raw = read_csv_table(path, _ATOP)
    out = pd.DataFrame({"dyad": _dyads_from_cow(raw), "year": raw["year"]})
    for ours, theirs in zip(OBLIGATIONS, ("atop_defense", "atop_offense", "atop_neutral",
                                          "atop_nonagg", "atop_consul")):
        out[ours] = raw[theirs].astype(bool)
    return out.sort_values(["dyad", "year"], ignore_index=True)


def load_cow(path: Path) -> pd.DataFrame:
    """Return COW alliance dyad-years (undirected): dyad, year, defence, neutrality,
    non_aggression, entente."""
    raw = read_csv_table(path, _COW)
    out = pd.DataFrame({"dyad": _dyads_from_cow(raw), "year": raw["year"],
                        "defence": raw["cow_defense"].astype(bool),
                        "neutrality": raw["cow_neutral"].astype(bool),
                        "non_aggression": raw["cow_nonagg"].astype(bool),
                        "entente": raw["cow_entente"].astype(bool)})
    return out.drop_duplicates(["dyad", "year"]).sort_values(["dyad", "year"],
                                                              ignore_index=True)


_TREATY_FIELDS = ("id", "name", "parties", "kind", "signed", "in_force", "in_force_note",
                  "ended", "obligations", "provisions", "citation")


def load_treaties(path: Path) -> pd.DataFrame:
    """Return the treaties table, one row per agreement, with one bool column per obligation
    and `dyads` (the pairs among the four it binds)."""
    name = str(path)
    rows, problems, seen = [], [], set()
    for entry in read_yaml_entries(path):
        tid = entry.values.get("id")
        check = FieldChecker(name, entry, str(tid) if tid is not None else None)
        check.unknown_fields(_TREATY_FIELDS)
        tid = check.identifier("id", seen, "treaty")
        parties = entry.values.get("parties")
        if (not isinstance(parties, list) or len(parties) < 2
                or any(p not in vocab.COUNTRY_NAMES for p in parties)):
            check.problem("parties", "must list two or more known country codes")
            parties = None
        obligations = entry.values.get("obligations")
        if not isinstance(obligations, dict) or set(obligations) != set(OBLIGATIONS) or not all(
                isinstance(v, bool) for v in obligations.values()):
            check.problem("obligations", f"must give true/false for each of "
                                         f"{', '.join(OBLIGATIONS)}")
            obligations = None
        row = dict(
            treaty_id=tid, name=check.string("name"), kind=check.string("kind"),
            signed=check.date("signed"), in_force=check.date("in_force", required=False),
            in_force_note=check.string("in_force_note", required=False),
            ended=check.date("ended", required=False),
            provisions=check.string("provisions"), citation=check.string("citation"),
        )
        if row["in_force"] is None and not row["in_force_note"]:
            check.problem("in_force", "give the date of entry into force, or an in_force_note "
                                      "saying why there is none")
        problems += check.problems
        if check.problems:
            continue
        row["parties"] = " ".join(parties)
        focus = [p for p in parties if p in vocab.FOCUS_COUNTRIES]
        row["dyads"] = " ".join(vocab.dyads_among(focus))
        row.update({k: obligations[k] for k in OBLIGATIONS})
        rows.append(row)
    if problems:
        raise InputError(problems)
    return pd.DataFrame(rows)


def _given(value) -> bool:
    return isinstance(value, str) and bool(value)


def _start(row) -> str:
    # ATOP dates an obligation from signature; so does the fact check when the date of
    # entry into force is not established.
    return row["in_force"] if _given(row["in_force"]) else row["signed"]


def treaty_dyad_years(treaties: pd.DataFrame, years) -> pd.DataFrame:
    """Return the coded obligations per dyad and year, ATOP-style: an agreement counts in
    every year from its signature year to the year it ended, inclusive."""
    rows = []
    for t in treaties.to_dict("records"):
        first = int(t["signed"][:4])
        last = int(t["ended"][:4]) if _given(t["ended"]) else max(years)
        for dyad in t["dyads"].split():
            for year in years:
                if first <= year <= last:
                    rows.append({"dyad": dyad, "year": year, "treaty_id": t["treaty_id"],
                                 **{k: t[k] for k in OBLIGATIONS}})
    frame = pd.DataFrame(rows, columns=["dyad", "year", "treaty_id", *OBLIGATIONS])
    return (frame.groupby(["dyad", "year"], as_index=False)
            .agg(treaty_id=("treaty_id", " ".join), **{k: (k, "any") for k in OBLIGATIONS}))


def obligations_in_force(treaties: pd.DataFrame, date: str) -> pd.DataFrame:
    """Return, for each agreement in force on `date` (ISO), its dyads and obligations."""
    live = treaties[[(_start(t) <= date) and (not _given(t["ended"]) or t["ended"] > date)
                     for t in treaties.to_dict("records")]]
    rows = [{"dyad": d, **t} for t in live.to_dict("records") for d in t["dyads"].split()]
    return pd.DataFrame(rows, columns=["dyad", *treaties.columns])
