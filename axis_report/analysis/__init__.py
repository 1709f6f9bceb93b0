"""The analysis layer: pure functions, long-form frames in and frames out; no I/O, no HTML."""
