"""The report model: checked parameters, and the typed Report and Brief built once from a
project's inputs by pure functions."""
