"""UN General Assembly voting alignment: agreement and Cohen's kappa for every pair of
countries in every year, vectorised as matrix products over one-hot vote matrices.

For a pair (a, b) and a year, over the roll calls on which both cast yes, no or
abstain (absence is not a vote):

- `agreement` = share of those roll calls on which they voted the same way.
  1 for identical voting, 0 for voting differently on every one.
- `kappa` (Cohen 1960) = (p_o - p_e) / (1 - p_e), where p_o is `agreement` and
  p_e the agreement expected by chance from each country's own mix of yes /
  abstain / no on those roll calls. 1 for identical voting; 0 for agreement no
  better than chance; negative below chance. Its minimum is -p_e / (1 - p_e):
  -1 when the two vote yes-against-no on every common roll call and each votes
  yes on half of them. Undefined (missing) when p_e = 1, i.e. both cast one and
  the same vote on every common roll call.

Pairs with no common roll call in a year are left out (missing), never 0.
Years are session years: the year a General Assembly session opened (1945 + session),
so session 74 (September 2019 to the data's end in January 2020) is 2019.
"""

import numpy as np
import pandas as pd

__all__ = ["VOTE_CODES", "agreement_by_year", "add_percentiles", "focus_alignment"]

VOTE_CODES = ("yes", "abstain", "no")


def _year_block(codes: np.ndarray, rc_index: np.ndarray, country_index: np.ndarray,
                n_rc: int, n_c: int):
    """Return pairwise (n_common, n_same, p_e) matrices for one year's votes."""
    onehot = []
    for k in range(3):
        m = np.zeros((n_rc, n_c), dtype=np.float32)
        sel = codes == k
        m[rc_index[sel], country_index[sel]] = 1.0
        onehot.append(m)
    present = onehot[0] + onehot[1] + onehot[2]
    n_common = present.T @ present
    n_same = sum(m.T @ m for m in onehot)
    # counts of each vote by a (rows) and by b (columns) on their common roll calls
    with np.errstate(divide="ignore", invalid="ignore"):
        p_e = sum((m.T @ present) * (present.T @ m) for m in onehot) / (n_common * n_common)
    return n_common, n_same, p_e


def agreement_by_year(votes: pd.DataFrame, roll_calls: pd.DataFrame, *, countries=None,
                      years=None) -> pd.DataFrame:
    """Return one row per pair (country_a < country_b by code) and year with n_common,
    n_same, agreement and kappa.

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
        n_common, n_same, p_e = _year_block(block["code"].to_numpy(), rc_index, c_index,
                                            len(rc_ids), len(names))
        ia, ib = np.triu_indices(len(names), k=1)
        common = n_common[ia, ib]
        keep = common > 0
        ia, ib, common = ia[keep], ib[keep], common[keep]
        same = n_same[ia, ib]
        pe = p_e[ia, ib].astype(np.float64)
        agree = same / common
        with np.errstate(divide="ignore", invalid="ignore"):
            kappa = np.where(pe < 1 - 1e-9, (agree - pe) / (1 - pe), np.nan)
        frames.append(pd.DataFrame({
            "year": int(year), "country_a": names[ia], "country_b": names[ib],
            "n_common": common.astype(np.int64), "n_same": same.astype(np.int64),
            "agreement": agree.astype(np.float64), "kappa": kappa,
        }))
    columns = ["year", "country_a", "country_b", "n_common", "n_same", "agreement", "kappa"]
    if not frames:
        return pd.DataFrame(columns=columns)
    return pd.concat(frames, ignore_index=True)[columns]


def add_percentiles(pairs: pd.DataFrame, *, measure: str = "kappa") -> pd.DataFrame:
    """Return `pairs` with `percentile`: the share (0-100) of all pairs in the same year
    whose `measure` is at or below this pair's (ties share the average rank)."""
    ranks = pairs.groupby("year")[measure].rank(method="average", pct=True)
    return pairs.assign(percentile=100 * ranks)


def focus_alignment(votes: pd.DataFrame, roll_calls: pd.DataFrame, *, codes: dict,
                    since: int = 1991) -> pd.DataFrame:
    """Return agreement, kappa and their within-year percentiles (among all pairs of all
    countries) for the pairs among `codes` (data code -> ISO3, e.g. {"CN": "CHN"}), one
    row per pair and year from `since`, with ISO3 codes in country_a < country_b."""
    pairs = agreement_by_year(votes, roll_calls, years=range(since, 2100))
    pairs = add_percentiles(pairs, measure="agreement").rename(
        columns={"percentile": "agreement_percentile"})
    pairs = add_percentiles(pairs, measure="kappa").rename(
        columns={"percentile": "kappa_percentile"})
    mine = pairs[pairs["country_a"].isin(list(codes)) & pairs["country_b"].isin(list(codes))]
    a = mine["country_a"].map(codes)
    b = mine["country_b"].map(codes)
    out = mine.assign(country_a=[min(x, y) for x, y in zip(a, b)],
                      country_b=[max(x, y) for x, y in zip(a, b)])
    return out.sort_values(["country_a", "country_b", "year"], ignore_index=True)
