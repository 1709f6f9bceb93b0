"""Figures as SVG bytes, and a cache of rendered figures keyed on everything that shapes them.

Drawing a figure and writing it as SVG costs 0.1-0.3 s; a report draws seven. The key
hashes the source of the plotting function's module and of the package's modules it uses
(`_code_files`), the package, matplotlib and seaborn
versions, and the data and options passed, so a cached SVG is reused only when the
figure would come out byte-identical anyway (SVG output here is deterministic). Each entry
is stored with its checksum (`publish.publish_checked`): a cut or altered entry is a miss,
drawn again and stored over the damaged one.
"""

import hashlib
import inspect
import io
import sys
from pathlib import Path

import matplotlib
import pandas as pd
import seaborn as sns

from .._version import __version__
from ..publish import publish_checked, read_checked
from .plots import STYLE

__all__ = ["figure_svg", "cached_svg"]


def figure_svg(fig) -> bytes:
    """Return a matplotlib figure as SVG bytes (no date stamp, stable ids, text as text),
    and close it if pyplot manages it."""
    buf = io.BytesIO()
    with matplotlib.rc_context({k: v for k, v in STYLE.items() if k.startswith("svg.")}):
        fig.savefig(buf, format="svg", bbox_inches="tight", metadata={"Date": None})
    if fig.canvas.manager is not None:  # a pyplot figure (an analyst's): release it
        import matplotlib.pyplot as plt

        plt.close(fig)
    return buf.getvalue()


def _feed(h, value) -> None:
    if isinstance(value, pd.DataFrame):
        h.update(repr((list(value.columns), [str(t) for t in value.dtypes])).encode())
        h.update(pd.util.hash_pandas_object(value, index=True).to_numpy().tobytes())
    elif isinstance(value, dict):
        for k in sorted(value, key=repr):
            h.update(repr(k).encode())
            _feed(h, value[k])
    elif isinstance(value, (list, tuple, set, frozenset, range)):
        items = sorted(value, key=repr) if isinstance(value, (set, frozenset)) else value
        h.update(f"<{type(value).__name__}>".encode())
        for item in items:
            _feed(h, item)
    else:
        h.update(repr(value).encode())


def _code_files(module) -> list:
    """The source files that shape what `module`'s functions draw: the module itself and
    every module of this package it uses (vocabularies, wording, measures), so a change
    to any of them changes the key."""
    package = __name__.split(".")[0]
    used = {module.__name__}
    for value in vars(module).values():
        owner = value if inspect.ismodule(value) else inspect.getmodule(value)
        if owner is not None and owner.__name__.split(".")[0] == package:
            used.add(owner.__name__)
    files = {Path(inspect.getfile(sys.modules[name])) for name in used}
    return sorted(f for f in files if f.suffix == ".py")


def _key(draw, args, kwargs) -> str:
    h = hashlib.sha256()
    for path in _code_files(inspect.getmodule(draw)):
        h.update(path.name.encode())
        h.update(path.read_bytes())
    h.update(repr((draw.__qualname__, __version__, matplotlib.__version__,
                   sns.__version__)).encode())
    _feed(h, list(args))
    _feed(h, kwargs)
    return h.hexdigest()


def cached_svg(draw, *args, cache_dir: Path | None, **kwargs) -> bytes:
    """Return the SVG of the figure `draw(*args, **kwargs)` draws (it returns an Axes or
    a sequence of Axes), from `cache_dir` when an identical figure was drawn before."""
    key = _key(draw, args, kwargs) if cache_dir else None
    path = Path(cache_dir) / f"{key}.svg" if key else None
    if path is not None:
        svg = read_checked(path)
        if svg is not None and svg.startswith(b"<?xml"):
            return svg
    axes = draw(*args, **kwargs)
    ax = axes[0] if isinstance(axes, (list, tuple)) or hasattr(axes, "__array__") else axes
    svg = figure_svg(ax.figure)
    if path is not None:
        try:
            publish_checked(path, svg)
        except OSError:  # a read-only or full checkout still renders, without the cache
            pass
    return svg
