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
# <!-- A one-to-two page brief on one country or one dyad. `make briefs` renders all ten;
#      logic lives in the axis_report package: this notebook holds prose and one call per section. -->

# %% tags=["parameters"]
focus: str = "RUS"  # a country (CHN, RUS, IRN, PRK) or a dyad written like IRN-RUS
as_of: str = ""  # YYYY-MM-DD to use only sources dated on or before it; empty for the latest
edition: str = ""  # the edition date YYYY-MM-DD, set by the grid runner; empty for today
previous: str = ""  # path of the previous edition's record snapshot; empty for a first edition
previous_edition: str = ""  # the previous edition's date, set by the grid runner
project: str = ""  # project folder; empty for the project holding the current directory

# %%
import axis_report as ar

brief = ar.prepare_brief(focus=focus, as_of=as_of, edition=edition, previous=previous,
                         previous_edition=previous_edition, project=project)
ar.show_brief_title(brief)

# %% [markdown]
# ## Bottom line
#
# Derived from the coded evidence on this focus; the bracketed ids lead to the quotes.

# %%
ar.show_bottom_line(brief)

# %% [markdown]
# ## Cooperation against limitation

# %%
ar.show_brief_balance(brief)

# %% [markdown]
# ## Strongest evidence

# %%
ar.show_strongest(brief)

# %% [markdown]
# ## What changed since the previous edition

# %%
ar.show_changes(brief)

# %% [markdown]
# ## Sources

# %%
ar.show_brief_sources(brief)
