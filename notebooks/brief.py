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
# <!-- A brief of one or two pages on one country or one dyad; `make briefs` renders one for
#      each. The strongest evidence (the quotes the bottom line cites) comes first, where a
#      table can fill the first page; the charts, the strongest evidence, what changed and
#      the sources carry their own headings: a focus without coded evidence leaves them
#      out, and a first edition says so in its title block, rather than show an empty
#      section. -->

# %% tags=["parameters"]
focus: str = "RUS"  # a country (CHN, RUS, IRN, PRK) or a dyad written like IRN-RUS
as_of: str = ""  # YYYY-MM-DD to use only sources dated on or before it; empty for the latest
edition: str = ""  # the edition date YYYY-MM-DD, set by the grid runner; empty for today
previous: str = ""  # path of the previous edition's record snapshot; empty for a first edition
previous_edition: str = ""  # the previous edition's date, set by the grid runner
stale_after_days: int = 90  # warn in the title block when the newest evidence is older than this many days before the edition; 0 never warns
project: str = ""  # project folder; empty for the project holding the current directory

# %%
import axis_report as ar

brief = ar.prepare_brief(focus=focus, as_of=as_of, edition=edition, previous=previous,
                         previous_edition=previous_edition, stale_after_days=stale_after_days,
                         project=project)
ar.show_brief_title(brief)

# %% [markdown]
# ## Bottom line

# %%
ar.show_bottom_line(brief)

# %%
ar.show_strongest(brief)

# %%
ar.show_brief_balance(brief)

# %% [markdown]
# ## Treaties and UN votes

# %%
ar.show_brief_context(brief)

# %%
ar.show_changes(brief)

# %%
ar.show_brief_sources(brief)
