"""Figures: seaborn plots that return Axes (`plots`) and their SVG, cached (`cache`)."""
