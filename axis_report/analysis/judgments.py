"""Key judgments: sentences derived from the claims in scope, never typed in by hand.

Each judgment carries the claim ids it rests on, so a reader can trace it to the quotes,
and, where it judges the relationships, a confidence level with its basis
(`confidence.assess_confidence`). Statements about the source base itself (a gap, a
contradicted claim) carry no confidence level: they are facts about what was coded.

The balance of a set of claims names a direction only outside the near-tie band
(`confidence.direction`); inside it the judgment says the claims are divided.
"""

from dataclasses import dataclass

import pandas as pd

from .. import vocab
from .confidence import Confidence, assess_confidence, direction

__all__ = ["Judgment", "derive_key_judgments", "count_words", "join_words", "sentence_title"]

_WORDS = ("no", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten")


@dataclass(frozen=True)
class Judgment:
    """One key judgment, the claim ids behind it, and its confidence (None for a plain
    statement about the source base)."""

    text: str
    record_ids: tuple
    confidence: Confidence | None = None
    topic: str = ""


def count_words(n: int, noun: str, plural: str | None = None) -> str:
    """Return '3 claims', 'one claim', 'no claims': small numbers in words, plural right."""
    word = _WORDS[n] if 0 <= n < len(_WORDS) else str(n)
    return f"{word} {noun if n == 1 else (plural or noun + 's')}"


def join_words(items) -> str:
    """Return 'a', 'a and b', 'a, b and c'."""
    items = list(items)
    if len(items) <= 1:
        return "".join(items)
    return ", ".join(items[:-1]) + " and " + items[-1]


def _WORDS_OR(n: int) -> str:  # noqa: N802 - reads as a number word in the f-strings
    if n == 0:
        return "none"
    return _WORDS[n] if 0 <= n < len(_WORDS) else str(n)


def sentence_title(title: str) -> str:
    """Return a title for use inside a sentence: lower-case first letter, unless the
    title starts with a proper name ("Russia-centred ...")."""
    if any(title.startswith(name) for name in vocab.COUNTRY_NAMES.values()):
        return title
    return title[:1].lower() + title[1:]


def _ids(frame: pd.DataFrame) -> tuple:
    return tuple(sorted(frame["record_id"].unique()))


def _pair_name(dyad: str) -> str:
    a, b = vocab.split_dyad(dyad)
    return f"{vocab.country_name(a)}-{vocab.country_name(b)} ({dyad})"


def _tally(claims: pd.DataFrame) -> dict:
    """Counts and summed weights of distinct claims by stance, and the direction they lean."""
    coop = claims[claims["stance"] == "cooperation"]
    lim = claims[claims["stance"] == "limitation"]
    w_c, w_l = int(coop["weight"].sum()), int(lim["weight"].sum())
    return dict(n_c=len(coop), n_l=len(lim), w_c=w_c, w_l=w_l, lean=direction(w_c, w_l))


_LEANS = {"cooperation": "describe more cooperation than limitation",
          "limitation": "describe more limitation than cooperation",
          "divided": "are divided"}


def derive_key_judgments(evidence: pd.DataFrame, dyads_table: pd.DataFrame, *, quotes,
                         sources, corroboration, fact_check=None, pacts_in_force=None,
                         countries=(), excluded: pd.DataFrame | None = None) -> list:
    """Return the key judgments on the claims in scope, the broadest first.

    `evidence` is the long frame in scope (contradicted claims already left out unless
    asked for); `dyads_table` comes from `tables.tabulate_dyads`; `quotes`, `sources` and
    `corroboration` give each judgment its confidence; `fact_check` names contradicted
    claims; `pacts_in_force` (dyad, treaty_id, name, defence) is set beside gaps;
    `excluded` holds the rows of contradicted claims left out of `evidence` (None when they
    were counted, as the report parameter `include_contradicted` asks).
    """
    def conf(frame):
        return assess_confidence(_ids(frame), claims=frame.drop_duplicates("record_id"),
                                 quotes=quotes, sources=sources, corroboration=corroboration)

    out = []
    dyad = evidence["dyad"].astype(str)
    pairs = evidence[dyad != vocab.GROUP]
    pair_claims = pairs.drop_duplicates("record_id")
    names = join_words([vocab.country_name(c) for c in countries])
    if not pair_claims.empty:
        t = _tally(pair_claims)
        lean = t["lean"]
        out.append(Judgment(
            f"Across the pairs among {names}, the coded claims {_LEANS[lean]}"
            f"{', too close to name a direction' if lean == 'divided' else ''}: "
            f"{count_words(t['n_c'], 'claim')} of cooperation against "
            f"{_WORDS_OR(t['n_l'])} of limitation (summed weight {t['w_c']} against "
            f"{t['w_l']}).",
            _ids(pair_claims), conf(pairs), "pairs"))

    covered = dyads_table[dyads_table["n_records"] > 0].sort_values(
        ["n_records", "dyad"], ascending=[False, True], kind="stable")
    for r in covered.itertuples():
        rows = evidence[dyad == r.dyad]
        claims = rows.drop_duplicates("record_id")
        t = _tally(claims)
        lean = t["lean"]
        strongest = claims[claims["weight"] == claims["weight"].max()]
        doms = sorted({f"{s.domain} {s.stance}" for s in strongest.itertuples()})
        out.append(Judgment(
            f"{_pair_name(r.dyad)}: the claims {_LEANS[lean]}, with "
            f"{count_words(t['n_c'], 'claim')} of cooperation and {_WORDS_OR(t['n_l'])} of "
            "limitation; "
            f"the weightiest (weight {int(claims['weight'].max())}) concern {join_words(doms)}.",
            _ids(claims), conf(rows), r.dyad))

    group = evidence[dyad == vocab.GROUP].drop_duplicates("record_id")
    if not group.empty:
        t = _tally(group)
        lean = t["lean"]
        out.append(Judgment(
            f"Claims about the group as a whole ({count_words(len(group), 'claim')}, not "
            f"charged to any pair) {_LEANS[lean]}: {_WORDS_OR(t['n_c'])} of cooperation "
            f"against {_WORDS_OR(t['n_l'])} of limitation.",
            _ids(group), conf(evidence[dyad == vocab.GROUP]), "group"))

    missing = dyads_table.loc[dyads_table["n_records"] == 0, "dyad"].tolist()
    # A pair whose only claims were left out as contradicted is not a silent pair.
    only_bad = sorted(set(missing) & set(excluded["dyad"].astype(str))) if (
        excluded is not None and len(excluded)) else []
    if only_bad:
        missing = [d for d in missing if d not in only_bad]
        out.append(Judgment(
            f"The only claims on {join_words(_pair_name(d) for d in only_bad)} are contradicted "
            "by the reference data (see the fact check).", (), None, "contradicted pairs"))
    if missing:
        text = (f"The coded sources say nothing about {join_words(_pair_name(d) for d in missing)}"
                ": a gap in the source base, not a finding that "
                f"{'this pair does' if len(missing) == 1 else 'these pairs do'} not cooperate.")
        if pacts_in_force is not None and len(pacts_in_force):
            pacts = pacts_in_force[pacts_in_force["dyad"].isin(missing)
                                   & pacts_in_force["defence"].fillna(False).astype(bool)]
            for d, rows in pacts.groupby("dyad"):
                named = join_words([f"{p.treaty_id} ({p.name})" for p in rows.itertuples()])
                text += (" The treaties table does record a defence obligation in force for "
                         f"{d}: {named}.")
        out.append(Judgment(text, (), None, "gaps"))

    if fact_check is not None and not fact_check.empty:
        bad = fact_check[fact_check["status"] == "contradicted"]
        # `excluded` holds the contradicted claims' rows when they were left out.
        fate = ("left out of every count and of the ACH" if excluded is not None
                else "flagged but counted, as the report's parameters ask")
        if not bad.empty:
            quoted = "; ".join(f"\u201c{r.quote}\u201d ({r.record_id})" for r in bad.itertuples())
            out.append(Judgment(
                f"The reference data contradict {count_words(len(bad), 'coded claim')}, "
                f"{fate}: {quoted}.", _ids(bad), None, "fact check"))
    return out
