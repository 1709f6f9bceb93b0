"""Figures: seaborn plots that return Axes (`plots`), their SVG, cached (`cache`), and the
checks of a drawn figure's layout the tests hold every figure to (`checks`)."""
