"""UN General Assembly voting alignment: three agreement measures and Cohen's kappa for
every pair of countries in every year, vectorised as matrix products over one-hot vote
matrices.

For a pair (a, b) and a year, over the roll calls on which both cast yes, no or
abstain (absence is not a vote):

- `agreement`, the standard agreement score (Voeten): each common roll call scores 1
  when the two cast the same vote, 0.5 when one abstains and the other votes yes or
  no, 0 for yes against no; the score is the mean. 1 for identical voting, 0 for yes
  against no on every one.
- `agreement_strict`: the share of common roll calls on which they cast the same vote
  (an abstention against a yes or a no counts as full disagreement).
- `agreement_yesno`: the share of the same vote among the roll calls on which both
  voted yes or no (roll calls where either abstained are dropped); missing when there
  is none.
- `kappa` (Cohen 1960) = (p_o - p_e) / (1 - p_e), where p_o is `agreement_strict` and
  p_e the agreement expected by chance from each country's own mix of yes /
  abstain / no on those roll calls. 1 for identical voting; 0 for agreement no
  better than chance; negative below chance. Its minimum is -p_e / (1 - p_e):
  -1 when the two vote yes-against-no on every common roll call and each votes
  yes on half of them. Undefined (missing) when p_e = 1, i.e. both cast one and
  the same vote on every common roll call.

The measures are named in `vocab.UN_MEASURES`; `measure_column` and
`percentile_column` give each one's columns.

Pairs with no common roll call in a year are left out (missing), never 0.
Years are session years: the year a General Assembly session opened (1945 + session),
so session 74 (September 2019 to the data's end in January 2020) is 2019.
"""

import numpy as np
import pandas as pd

from .. import vocab

__all__ = ["VOTE_CODES", "MEASURE_COLUMNS", "DISTRIBUTION_QUANTILES", "PAIR_COLUMNS",
           "measure_column", "percentile_column", "quantile_column", "agreement_by_year",
           "add_percentiles", "pair_distribution", "focus_alignment"]

VOTE_CODES = ("yes", "abstain", "no")
# Each measure of vocab.UN_MEASURES and the column holding it.
MEASURE_COLUMNS = {"standard": "agreement", "strict": "agreement_strict",
                   "yes_no": "agreement_yesno"}
# The percentiles of all pairs' agreement kept per year (for each measure) beside the
# focus pairs, so a group can be set against the whole assembly without the votes.
DISTRIBUTION_QUANTILES = (10, 25, 50, 75, 90)
# A pair's figures in a year under every measure, as `focus_alignment` gives them: what a
# table of pairs (the report's latest year) needs to show any measure.
PAIR_COLUMNS = ["n_common", "n_same", "n_half", "n_yesno",
                *(c for col in MEASURE_COLUMNS.values() for c in (col, f"{col}_percentile")),
                "kappa", "kappa_percentile"]

_PAIR_COLUMNS = ["year", "country_a", "country_b", "n_common", "n_same", "n_half",
                 "n_yesno", "agreement", "agreement_strict", "agreement_yesno", "kappa"]


def _measure(measure: str) -> str:
    if measure not in MEASURE_COLUMNS:
        raise ValueError(f"unknown UN agreement measure {measure!r}: choose one of "
                         f"{', '.join(vocab.UN_MEASURES)}")
    return MEASURE_COLUMNS[measure]


def measure_column(measure: str = "standard") -> str:
    """Return the column holding `measure` (one of vocab.UN_MEASURES): 'agreement' for
    the standard score, 'agreement_strict', 'agreement_yesno'."""
    return _measure(measure)


def percentile_column(measure: str = "standard") -> str:
    """Return the column holding each pair's percentile among all pairs that year under
    `measure`: 'agreement_percentile', 'agreement_strict_percentile', ..."""
    return f"{_measure(measure)}_percentile"


def quantile_column(measure: str, q: int) -> str:
    """Return the column holding the `q`th percentile (one of DISTRIBUTION_QUANTILES) of
    all pairs' agreement under `measure` that year: 'agreement_p90', ..."""
    if q not in DISTRIBUTION_QUANTILES:
        raise ValueError(f"percentile {q} is not kept; kept: {DISTRIBUTION_QUANTILES}")
    return f"{_measure(measure)}_p{q}"


def _year_block(codes: np.ndarray, rc_index: np.ndarray, country_index: np.ndarray,
                n_rc: int, n_c: int) -> dict:
    """Return pairwise count matrices for one year's votes: n_common, n_same (identical
    votes), n_half (one abstains, the other votes yes or no), n_yesno (both vote yes or
    no), n_yesno_same (both yes or both no), and p_e (chance agreement, for kappa)."""
    yes, abstain, no = (np.zeros((n_rc, n_c), dtype=np.float32) for _ in range(3))
    for k, m in enumerate((yes, abstain, no)):
        sel = codes == k
        m[rc_index[sel], country_index[sel]] = 1.0
    decided = yes + no
    present = decided + abstain
    n_common = present.T @ present
    same_yes, same_no, same_abstain = yes.T @ yes, no.T @ no, abstain.T @ abstain
    abstain_decided = abstain.T @ decided
    # counts of each vote by a (rows) and by b (columns) on their common roll calls
    with np.errstate(divide="ignore", invalid="ignore"):
        p_e = sum((m.T @ present) * (present.T @ m) for m in (yes, abstain, no)) / (
            n_common * n_common)
    return dict(n_common=n_common, n_same=same_yes + same_no + same_abstain,
                n_half=abstain_decided + abstain_decided.T, n_yesno=decided.T @ decided,
                n_yesno_same=same_yes + same_no, p_e=p_e)


def agreement_by_year(votes: pd.DataFrame, roll_calls: pd.DataFrame, *, countries=None,
                      years=None) -> pd.DataFrame:
    """Return one row per pair (country_a < country_b by code) and year with n_common,
    n_same (identical votes), n_half (abstention against yes or no), n_yesno (roll calls
    both voted yes or no on), the three agreement measures and kappa.

    `votes` has rcid, country_code, vote; `roll_calls` has rcid and year. Limit the
    work with `countries` (codes as in `votes`) and `years`.
    """
    v = votes[["rcid", "country_code", "vote"]].merge(roll_calls[["rcid", "year"]], on="rcid")
    if countries is not None:
        v = v[v["country_code"].isin(list(countries))]
    if years is not None:
        v = v[v["year"].isin(list(years))]
    codes_all = v["vote"].astype(str).map({c: i for i, c in enumerate(VOTE_CODES)})
    v = v.assign(code=codes_all.to_numpy(dtype=np.int8),
                 country_code=v["country_code"].astype(str))
    frames = []
    for year, block in v.groupby("year", sort=True):
        rc_ids, rc_index = np.unique(block["rcid"].to_numpy(), return_inverse=True)
        names, c_index = np.unique(block["country_code"].to_numpy(), return_inverse=True)
        m = _year_block(block["code"].to_numpy(), rc_index, c_index, len(rc_ids), len(names))
        ia, ib = np.triu_indices(len(names), k=1)
        common = m["n_common"][ia, ib]
        keep = common > 0
        ia, ib, common = ia[keep], ib[keep], common[keep].astype(np.float64)
        same = m["n_same"][ia, ib].astype(np.float64)
        half = m["n_half"][ia, ib].astype(np.float64)
        yesno = m["n_yesno"][ia, ib].astype(np.float64)
        yesno_same = m["n_yesno_same"][ia, ib].astype(np.float64)
        pe = m["p_e"][ia, ib].astype(np.float64)
        strict = same / common
        with np.errstate(divide="ignore", invalid="ignore"):
            kappa = np.where(pe < 1 - 1e-9, (strict - pe) / (1 - pe), np.nan)
            only_yesno = np.where(yesno > 0, yesno_same / yesno, np.nan)
        frames.append(pd.DataFrame({
            "year": int(year), "country_a": names[ia], "country_b": names[ib],
            "n_common": common.astype(np.int64), "n_same": same.astype(np.int64),
            "n_half": half.astype(np.int64), "n_yesno": yesno.astype(np.int64),
            "agreement": (same + 0.5 * half) / common, "agreement_strict": strict,
            "agreement_yesno": only_yesno, "kappa": kappa,
        }))
    if not frames:
        return pd.DataFrame(columns=_PAIR_COLUMNS)
    return pd.concat(frames, ignore_index=True)[_PAIR_COLUMNS]


def add_percentiles(pairs: pd.DataFrame, *, measure: str = "kappa") -> pd.DataFrame:
    """Return `pairs` with `percentile`: the share (0-100) of all pairs in the same year
    whose `measure` (a column) is at or below this pair's (ties share the average rank;
    pairs where it is missing are left out and get none)."""
    ranks = pairs.groupby("year")[measure].rank(method="average", pct=True)
    return pairs.assign(percentile=100 * ranks)


def pair_distribution(pairs: pd.DataFrame) -> pd.DataFrame:
    """Return, per year, the number of pairs with common votes (`n_pairs`) and the
    DISTRIBUTION_QUANTILES percentiles of each agreement measure over all of them
    (linear interpolation; missing values left out): columns year, n_pairs,
    agreement_p10, ..., agreement_yesno_p90."""
    columns = list(MEASURE_COLUMNS.values())
    grouped = pairs.groupby("year")
    out = grouped.size().rename("n_pairs").to_frame()
    for col in columns:
        q = grouped[col].quantile([p / 100 for p in DISTRIBUTION_QUANTILES]).unstack()
        q.columns = [f"{col}_p{p}" for p in DISTRIBUTION_QUANTILES]
        out = out.join(q)
    return out.reset_index()


def focus_alignment(votes: pd.DataFrame, roll_calls: pd.DataFrame, *, codes: dict,
                    since: int = 1991) -> pd.DataFrame:
    """Return the three agreement measures, kappa and their within-year percentiles
    (among all pairs of all countries) for the pairs among `codes` (data code -> ISO3,
    e.g. {"CN": "CHN"}), one row per pair and year from `since`, with ISO3 codes in
    country_a < country_b; each row also carries its year's `pair_distribution`
    (n_pairs and the percentiles of all pairs under each measure)."""
    pairs = agreement_by_year(votes, roll_calls, years=range(since, 2100))
    for col in [*MEASURE_COLUMNS.values(), "kappa"]:
        pairs = add_percentiles(pairs, measure=col).rename(
            columns={"percentile": f"{col}_percentile"})
    mine = pairs[pairs["country_a"].isin(list(codes)) & pairs["country_b"].isin(list(codes))]
    a = mine["country_a"].map(codes)
    b = mine["country_b"].map(codes)
    out = mine.assign(country_a=[min(x, y) for x, y in zip(a, b)],
                      country_b=[max(x, y) for x, y in zip(a, b)])
    out = out.merge(pair_distribution(pairs), on="year", how="left")
    return out.sort_values(["country_a", "country_b", "year"], ignore_index=True)
