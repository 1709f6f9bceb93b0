# ---
# jupyter:
#   jupytext:
#     formats: ipynb,py:percent
#     text_representation:
#       extension: .py
#       format_name: percent
#   kernelspec:
#     display_name: Python 3 (ipykernel)
#     language: python
#     name: python3
# ---

# %% [markdown]
# <!-- Review one source's candidate claims: what the claim extractor proposed when the source was
#      added (axis-report add-source or ingest). Logic lives in axis_report.ingest.review; this
#      notebook shows the candidates and holds the analyst's decisions, one call each. -->

# %% tags=["parameters"]
source: str = ""  # the source id whose candidates to review, e.g. S012; empty for the source with the most awaiting review
project: str = ""  # project folder; empty for the project holding the current directory

# %%
from axis_report.ingest.review import Review

review = Review(source, project=project)
review.show()

# %% [markdown]
# ## Decide
#
# Each candidate is a quote with the extractor's codes; nothing counts as evidence until it is
# accepted or merged here. Each call below writes at once, after checking the claim as
# `axis-report validate` would (a quote no longer verbatim in the source is refused, naming
# the candidate and the field), and returns what it did.
#
# - `review.accept(ID)` makes the candidate a new claim as proposed. Weight 1, credibility 3
#   and ACH `N` for each hypothesis are defaults its note names: give them when you can.
# - `review.accept(ID, claim="...", dyads=["CHN-RUS"], domain="military", stance="cooperation",
#   weight=2, credibility=3, attribution="named", analyst="...", ach={"H1": "C"})` accepts
#   with edits.
# - `review.merge(ID, "E006")` adds the quote to an existing claim that makes the same
#   proposition (codebook rule 6).
# - `review.reject(ID, reason="...")` keeps it recorded as rejected; it is not proposed again.
#
# Short ids (`"C01"`) name this source's candidates.

# %%
review.pending()

# %%
# review.accept("C01", claim="...", weight=2)
# review.merge("C02", "E006")
# review.reject("C03", reason="not about relations among the four")

# %% [markdown]
# ## After the decisions

# %%
review.show()
