"""The render layer: execute a notebook (`notebook`), export HTML and PDF (`export`,
`exporters`), and run one render job published atomically (`job`)."""
