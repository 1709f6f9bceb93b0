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
# <!-- The axis report. Run with `make report`; edit in JupyterLab with `make lab`.
#      Logic lives in the axis_report package: this notebook holds prose and one call per section.
#      To add a table or figure of your own: ar.table(frame, caption=...) or ar.figure(ax, caption=...). -->

# %% tags=["parameters"]
countries: list = []  # ISO 3166-1 alpha-3 codes, two or more of the project's countries; empty for all of them
domains: list = ["military", "economic", "diplomatic", "ideological"]  # domains to include
min_weight: int = 1  # leave out claims weaker than this (1 passing, 2 specific, 3 concrete act)
title: str = ""  # report title; empty: "How far do <the countries in scope> cooperate?"
as_of: str = ""  # YYYY-MM-DD to use only sources dated on or before it; empty for the latest source date
project: str = ""  # project folder; empty for the project holding the current directory
hypotheses: list = []  # ACH hypothesis ids from hypotheses.yaml, e.g. H1 H2; empty for all
weighting: str = "parc"  # ACH weights: parc (credibility x relevance), credibility, relevance, unweighted
include_contradicted: bool = False  # count claims the reference data contradict (they are flagged either way)
un_measure: str = "standard"  # UN voting agreement: standard (an abstention against yes or no counts half), strict, yes_no
issued: str = ""  # YYYY-MM-DD date of issue printed under the title; empty for the day it is rendered
stale_after_days: int = 90  # warn in the title block when the newest evidence is older than this many days before issue; 0 never warns

# %%
import axis_report as ar

report = ar.prepare_report(countries=countries, domains=domains, min_weight=min_weight,
                           title=title, as_of=as_of, hypotheses=hypotheses,
                           weighting=weighting, include_contradicted=include_contradicted,
                           un_measure=un_measure, issued=issued,
                           stale_after_days=stale_after_days, project=project)
ar.show_title(report)

# %% [markdown]
# This report asks whether the "axis" of China, Russia, Iran and North Korea is a working
# partnership or a looser alignment. Every statement below rests on claims coded from the
# sources, each quoting them verbatim, or on a cited dataset. Each bracketed id (E001, ...)
# leads to its claim in the evidence annex at the end.
#
# ## Key judgments

# %%
ar.show_key_judgments(report)

# %% [markdown]
# ## Competing hypotheses
#
# Which reading of the four countries' ties does the evidence support? Following Heuer's Analysis
# of Competing Hypotheses, each claim is rated against each hypothesis, and hypotheses are ranked
# by how much weighted evidence is inconsistent with them: the least inconsistent ranks first.

# %%
ar.show_ach(report)

# %% [markdown]
# ## Cooperation by dyad and domain
#
# Blue cells lean to cooperation, orange cells to limitation.

# %%
ar.show_heatmap(report)

# %% [markdown]
# ## Claims of cooperation and of limitation, by dyad

# %%
ar.show_balance(report)

# %% [markdown]
# ## Network of the dyads

# %%
ar.show_network(report)

# %% [markdown]
# ## Treaties and agreements

# %%
ar.show_treaties(report)

# %% [markdown]
# ## Sources

# %%
ar.show_sources(report)

# %% [markdown]
# ## The evidence, dyad by dyad
#
# Each claim with its lead quote (from its most reliable source; every other quote, and the
# coder's note, is in the evidence annex), the record id and character span in its source, the domain, stance,
# weight (Wt, 1-3), Admiralty grade (source reliability A-F and information credibility 1-6,
# e.g. C2) and who said it.

# %%
ar.show_dyad_evidence(report)

# %% [markdown]
# ## Fact check against reference data
#
# Claims that assert something checkable (a treaty and its obligations, voting alignment) are
# tested against the hand-coded [treaties table](#treaties), the ATOP alliance data and UN
# General Assembly votes. A claim of a kind no dataset here covers is marked unverifiable, not assumed true.

# %%
ar.show_fact_check(report)

# %% [markdown]
# ## UN General Assembly voting alignment
#
# How often each pair votes the same way in the General Assembly, set beside each country's
# agreement with the United States, and how unusual that alignment is among all pairs of members.

# %%
ar.show_un_alignment(report)

# %% [markdown]
# ## Timeline of agreements and dated events

# %%
ar.show_timeline(report)

# %% [markdown]
# ## Named speakers and assessments
#
# Who is quoted by name, officials and agencies as well as analysts, and what they say.

# %%
ar.show_analysts(report)

# %% [markdown]
# ## Evidence gaps

# %%
ar.show_gaps(report)

# %% [markdown]
# ## Method and codebook

# %%
ar.show_method(report)

# %% [markdown]
# ## Appendix: ACH ratings, claim by claim
#
# Each claim's rating under each hypothesis (CC very consistent, C consistent, N neutral,
# I inconsistent, II very inconsistent).

# %%
ar.show_ach_ratings(report)

# %% [markdown]
# ## Appendix: parameters, inputs and versions

# %%
ar.show_appendix(report)

# %% [markdown]
# ## Evidence annex
#
# Every claim in scope by id, with its verbatim quotes, each quote's source and its span
# (character offsets into the stored text of the source), and the claim's grade (source
# reliability A-F and information credibility 1-6).

# %%
ar.show_annex(report)
