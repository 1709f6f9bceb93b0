"""The brief grid: plan (keys), lock (one run at a time), manifest (what is published),
run (parallel, incremental, atomic renders with editions) and index (the briefs page)."""
