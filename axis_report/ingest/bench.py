"""Time the extractor with and without its learned layer, in the same run.

    python -m axis_report.ingest.bench [--rounds 5]

Texts: every article of every set but the held-out one (dev, the tuning sets, training).
Each round runs the rules alone (`extract(text, model=False)`) and the rules plus the model
(`model=learn.load()`, loaded once, before timing) on every text, alternating which goes
first, and the best round of each is kept. Prints seconds per 5,000 characters and their
ratio; the machine is shared, so only the ratio of one run means much.
"""

from __future__ import annotations

import argparse
import sys
import time

from . import learn
from .extract import extract
from .scoring import SETS as GOLD_SETS
from .scoring import load_gold_set

__all__ = ["main"]

SETS = tuple(name for name in GOLD_SETS if name != "held-out")


def _run(texts, fn) -> float:
    started = time.perf_counter()
    for t in texts:
        fn(t)
    return time.perf_counter() - started


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(prog="python -m axis_report.ingest.bench",
                                     description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args(argv)
    texts = [t for name in SETS for _, t, _ in load_gold_set(name)]
    chars = sum(len(t) for t in texts)
    started = time.perf_counter()
    model = learn.load()
    load_s = time.perf_counter() - started
    rules = lambda t: extract(t, model=False)       # noqa: E731
    both = lambda t: extract(t, model=model)        # noqa: E731
    best_r, best_m = float("inf"), float("inf")
    for i in range(args.rounds):
        order = [(rules, "r"), (both, "m")] if i % 2 == 0 else [(both, "m"), (rules, "r")]
        for fn, tag in order:
            took = _run(texts, fn)
            if tag == "r":
                best_r = min(best_r, took)
            else:
                best_m = min(best_m, took)
    per = 5000 / chars
    print(f"{len(texts)} texts, {chars:,} characters, best of {args.rounds} rounds")
    print(f"rules alone:    {best_r * per:.3f} s per 5,000 characters")
    print(f"rules + model:  {best_m * per:.3f} s per 5,000 characters")
    print(f"ratio (rules + model / rules alone): {best_m / best_r:.2f}")
    print(f"loading model.json once: {load_s:.3f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
